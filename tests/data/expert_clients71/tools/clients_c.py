# h13-h18: Chinese clients (literal data)
from clients_a import ALL_BUT_REST

NO_120 = r"(?:[拨撥]打|打|致[电電]|[电電][话話]|急救)\D{0,4}120(?!\d)"
NO_120_119 = r"(?:[拨撥]打|打|致[电電]|[电電][话話]|急救)\D{0,4}(?:120|119)(?!\d)"

CLIENTS = []

CLIENTS.append({
 "id": "h13", "lang": "zh-CN",
 "who": "13岁初一女生，下周期末考，妈妈让她在家复习别运动；问放学该不该和同学去公园跑步或骑车",
 "call": {
  "activity": "run", "minutes": 40, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("今天：该去！放学和同学去公园跑步，约40分钟，中等到较大强度（RPE 12-15，跑的时候还能说短句）。\n"
           "你问：考前该去运动还是在家复习？该去。运动不会耽误复习，反而能让注意力更集中、晚上睡得更好、压力更小。WHO建议5-17岁每天累计至少60分钟中等到较大强度的活动，考试周也一样。\n"
           "跑步还是骑车？今天选跑步：和同学一起在公园里跑，不用在马路上骑车；想骑车的话，戴好头盔、走非机动车道。\n"
           "跑前快走5分钟热身，带上水；回家再复习，效率更高。可以把这张卡给妈妈看。\n"
           "如果跑的时候胸口痛、头晕或者喘不上气，马上停下来告诉大人；紧急情况拨打120。\n"
           "（本建议不是医疗建议。）"),
  "plan": [
   "周二 跑步40分钟（公园，和同学），中等到较大强度，RPE 12-15",
   "周三 复习间隙跳绳或快走10分钟×2，放学后骑车30分钟（戴头盔）",
   "周四 体育课＋课间活动，放学后打球或快走30分钟",
   "周五 跑步30分钟＋拉伸10分钟",
   "周六 和家人骑车或游泳60分钟",
   "周日 散步30分钟＋力量练习15分钟（深蹲、俯卧撑、平板支撑）",
   "周一 跑步30分钟：快跑1分钟、慢跑1分钟，共8组",
  ],
  "week": "每天累计约60分钟（含体育课和课间活动），每周3天较大强度和肌肉骨骼练习；每复习45-60分钟起来动5分钟。"},
 "profile": {
  "age": 13, "sex": "female", "weight_kg": 45, "height_cm": 155, "fitness": "intermediate",
  "preferences": ["run", "cycle"], "goal": "考试考好",
  "context": {"time": "2026-06-02T16:30", "temperature_c": 27, "aqi": 60, "precipitation": "none"},
  "notes": "下周期末考试，我妈说这几天别出去运动了在家复习。同学约我放学去公园跑步或者骑车，我到底该去还是在家休息？跑步和骑车哪个好？",
  "language": "zh-CN"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "vigorous", "max_minutes": 90,
  "wrong_activities": ["rest"], "hr_zone_null": True,
  "must_match": [r"[该該]去|去吧|要去|可以去|建[议議]去|[当當]然去|去跑|去[骑騎]|[别別]停|不要停|不用停|不[会會](?:耽[误誤]|影[响響])",
                 r"(?<!\d)60\s*分|一小[时時]|1\s*小[时時]",
                 r"[专專]注|注意力|[学學][习習]|[复複復][习習]|[记記][忆憶]|睡|[压壓]力|效率"],
  "must_not_match": [],
  "plan_must_match": [r"(?<!\d)60|一小[时時]"]},
})

CLIENTS.append({
 "id": "h14", "lang": "zh-CN",
 "who": "58岁男性，2型糖尿病吃二甲双胍，饭前血糖8.9；问饭前走还是饭后走",
 "call": {
  "activity": "brisk_walk", "minutes": 30, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("今天：饭后走。晚饭后30分钟左右出门，快走30分钟。\n"
           "你问：饭前走还是饭后走？饭后。餐后血糖最高，饭后走路让肌肉直接把血糖用掉，降餐后血糖效果最好；你单用二甲双胍，一般不会引起低血糖，饭前走也安全，只是效果不如饭后。\n"
           "快走30分钟，中等强度：RPE 12-13，能说整句话但唱不了歌。7点吃完，7点半到8点出门。\n"
           "现在血糖8.9 mmol/L（160 mg/dl），在可以运动的范围。穿合脚的运动鞋，回家看看脚上有没有磨破。随身带几颗糖以防万一：如果心慌、出冷汗、手抖，停下来吃糖。\n"
           "另外每周做2次力量练习，对控制血糖也有帮助。\n"
           "（本建议不是医疗建议。紧急情况拨打120。）"),
  "plan": [
   "周二 晚饭后快走30分钟，中等强度，RPE 12-13",
   "周三 晚饭后快走30分钟；力量练习15分钟（靠墙俯卧撑、坐站起立、弹力带划船，2组×12次）",
   "周四 晚饭后快走35分钟，中等强度",
   "周五 午饭后散步15分钟＋晚饭后快走30分钟",
   "周六 力量练习20分钟＋饭后快走30分钟",
   "周日 饭后散步20分钟，轻松",
   "周一 晚饭后快走35分钟，中等强度",
  ],
  "week": "饭后快走和散步约210分钟，力量2天；饭后30分钟内出门，坚持比强度更重要。"},
 "profile": {
  "age": 58, "sex": "male", "weight_kg": 80, "height_cm": 170, "resting_hr": 76,
  "conditions": ["diabetes"], "bp_systolic": 134, "bp_diastolic": 84, "glucose_mg_dl": 160,
  "fitness": "beginner", "preferences": ["walk", "brisk_walk"],
  "history": [{"activity": "walk", "minutes": 20, "days_ago": 1, "rpe": 10},
              {"activity": "walk", "minutes": 20, "days_ago": 2, "rpe": 10},
              {"activity": "walk", "minutes": 25, "days_ago": 4, "rpe": 11}],
  "context": {"time": "2026-05-19T18:20", "temperature_c": 24, "precipitation": "none"},
  "notes": "医生让我多走路控制血糖。饭前走还是饭后走好？刚测的饭前血糖8.9，晚饭7点吃。吃二甲双胍。",
  "goal": "控制血糖", "language": "zh-CN"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 60,
  "wrong_activities": ["rest"], "hr_zone_null": False,
  "must_match": [r"[饭飯餐][后後]|吃完|吃[过過]|[晚午][饭飯][后後]",
                 r"血糖"],
  "must_not_match": [],
  "plan_must_match": [r"走|散步|步行|力量"]},
})

CLIENTS.append({
 "id": "h15", "lang": "zh-TW",
 "who": "32歲孕婦，懷孕33週；隨口提到昨晚有一點出血、頭一直悶痛，以為是沒睡好；問游泳還是孕婦瑜伽",
 "call": {
  "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
  "card": ("今天：不要游泳，也不要去上孕婦瑜伽。先休息，今天就去看醫師。\n"
           "你問：游泳還是孕婦瑜伽？兩個都先不要。懷孕33週出血，加上一直悶痛的頭痛，都是孕期要停止運動、馬上就醫的警訊（ACOG）；頭痛可能和血壓升高（子癇前症）有關，不能當成只是沒睡好。\n"
           "現在就打電話給你的產檢醫師，或直接去醫院婦產科急診；請家人陪你去，不要自己開車。\n"
           "如果出血變多、肚子一陣一陣痛或持續痛、有水流出來、看東西模糊、胸痛或喘不過氣，立刻撥打119。\n"
           "醫師確認沒事之後，再回來游泳或上孕婦瑜伽。\n"
           "（本建議不是醫療建議。）"),
  "plan": [
   "週四 休息；今天就去產檢醫師或婦產科急診，檢查出血和頭痛",
   "週五 休息，等醫師評估結果",
   "週六 休息；出血變多、劇烈頭痛或視力模糊請撥打119",
   "週日 醫師確認沒問題才可以散步15分鐘，輕鬆（能說整句話）",
   "週一 依醫師指示；未確認前休息",
   "週二 依醫師指示：可游泳20分鐘，輕鬆",
   "週三 依醫師指示；未確認前休息",
  ],
  "week": "本週先暫停運動，等醫師評估出血和頭痛；確認沒事後從輕鬆散步和游泳開始，不要長時間平躺仰臥。"},
 "profile": {
  "age": 32, "sex": "female", "weight_kg": 68, "height_cm": 160, "resting_hr": 82,
  "conditions": ["pregnancy"], "fitness": "intermediate", "preferences": ["swim", "yoga"],
  "history": [{"activity": "swim", "minutes": 30, "days_ago": 3, "rpe": 11},
              {"activity": "yoga", "minutes": 50, "days_ago": 6, "rpe": 10}],
  "context": {"time": "2026-03-26T10:00", "temperature_c": 21, "precipitation": "none"},
  "notes": "懷孕33週，今天要去游泳還是去上孕婦瑜伽？昨天晚上內褲上有一點點血，頭也一直悶悶的痛，應該是最近沒睡好吧。其他都還好",
  "language": "zh-TW"},
 "expect": {
  "must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
  "wrong_activities": ALL_BUT_REST, "hr_zone_null": True,
  "must_match": [r"[出流见見]血|有血|[头頭]痛|[头頭][疼]",
                 r"[医醫][生师師院]|[产產][检檢]|急[诊診]|就[医醫]|看[医醫]|[妇婦][产產]"],
  "must_not_match": [NO_120],
  "plan_must_match": [r"[医醫]"]},
})

CLIENTS.append({
 "id": "h16", "lang": "zh-HK",
 "who": "72歲男士，心臟衰弱食緊藥；順口講對腳腫咗兩個禮拜、瞓覺要墊三個枕頭先唞到氣，以為係天氣熱；問打太極定行山",
 "call": {
  "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
  "card": ("今日：唔好打太極，亦唔好行山，先休息，盡快見醫生。\n"
           "你問：打太極定係行山？今日兩樣都唔做。你本身心臟衰弱，而家對腳腫咗、瞓覺要墊三個枕頭先唞到氣，呢啲係心臟衰竭可能轉差（身體積水）嘅警號，唔係天氣熱咁簡單。\n"
           "今日或者聽日就要睇你嘅心臟科或者家庭醫生，講俾醫生聽腳腫同瞓唔平；每朝起身磅一磅體重，兩三日重咗2公斤以上都要話俾醫生知。\n"
           "如果坐定都氣促、半夜要坐起身先唞到氣、胸口痛、暈或者咳粉紅色痰，即刻打999。\n"
           "醫生睇過、調好藥之後，再慢慢返去打太極。\n"
           "（本建議唔係醫療建議。）"),
  "plan": [
   "週三 休息；今日或聽日見醫生（腳腫、瞓覺要墊高枕頭）",
   "週四 休息，等醫生評估；每朝磅體重",
   "週五 休息；坐定都氣促或胸口痛即刻打999",
   "週六 醫生准許先可以喺屋企附近慢行10分鐘，輕鬆（講到整句說話）",
   "週日 休息或依醫生指示",
   "週一 依醫生指示：太極15分鐘，輕鬆",
   "週二 依醫生指示；未睇醫生之前唔好做運動",
  ],
  "week": "今個禮拜暫停運動，等醫生評估腳腫同夜晚氣促；醫生准許之後由慢行同太極開始，避免行山同熱天大汗。"},
 "profile": {
  "age": 72, "sex": "male", "weight_kg": 70, "height_cm": 165, "resting_hr": 78,
  "conditions": ["heart_disease", "hypertension"], "bp_systolic": 138, "bp_diastolic": 84,
  "fitness": "beginner", "preferences": ["tai_chi", "walk"],
  "context": {"time": "2026-07-08T06:30", "temperature_c": 28, "humidity_pct": 85, "precipitation": "none"},
  "notes": "今朝去公園打太極定係去行山好？醫生話我心臟有少少衰弱，食緊藥。呢兩個禮拜對腳腫咗，夜晚瞓覺要墊三個枕頭先唞到氣，應該係天氣熱啫。",
  "language": "zh-HK"},
 "expect": {
  "must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
  "wrong_activities": ALL_BUT_REST, "hr_zone_null": True,
  "must_match": [r"[肿腫]|枕|[气氣]促|[唞抖][气氣]|[积積]水|瞓唔平|平[躺臥卧]|呼吸",
                 r"[医醫][生师師院]|睇[医醫]|[诊診]|急症|心[脏臟]科",
                 r"999|急症|急[诊診]|[救][护護][车車]|即刻|立即|立刻|[马馬]上|[尽盡]快"],
  "must_not_match": [NO_120_119],
  "plan_must_match": [r"[医醫]"]},
})

CLIENTS.append({
 "id": "h17", "lang": "zh-SG",
 "who": "45岁女性，体重偏重（88公斤），膝盖退化性关节炎，初学者；问游泳还是踩楼下健身角的脚车",
 "call": {
  "activity": "stationary_bike", "minutes": 20, "intensity": "moderate", "hr_zone_bpm": None,
  "card": ("今天：踩楼下健身角的脚车（室内单车）20分钟，中等强度。\n"
           "你问：游泳还是骑脚车？两个都适合膝盖退化性关节炎，都是低冲击。今天选脚车：就在楼下，不用出门赶路，傍晚就能做；周末再去游泳池游泳或在水中走路，两个轮流最好。\n"
           "室内单车20分钟：RPE 12-13，能说整句话但唱不了歌；阻力调轻，转速稳定。座椅调到踩到最低点时膝盖还微微弯曲，太低会压膝盖。\n"
           "运动时膝盖有点酸痛（0-10分里不超过3-5分），第二天早上就消退，是可以的；如果变成尖锐的痛、膝盖肿起来或第二天更痛，下次就减量，一直不好就复诊。\n"
           "每周加2次大腿力量练习（坐姿抬腿、靠墙半蹲），对膝盖很有帮助；减重5-10%能明显减轻膝盖负担。\n"
           "（本建议不是医疗建议。紧急情况拨打995。）"),
  "plan": [
   "周四 室内单车20分钟，中等强度，RPE 12-13",
   "周五 大腿力量15分钟（坐姿抬腿、靠墙半蹲、踮脚，2组×10-15次）＋拉伸",
   "周六 游泳或水中走路30分钟，中等强度",
   "周日 休息",
   "周一 室内单车25分钟，中等强度",
   "周二 大腿力量15分钟＋平路散步15分钟",
   "周三 游泳30分钟或室内单车25分钟",
  ],
  "week": "有氧约130分钟（单车和游泳轮流，都是低冲击），力量2天；每周加约5分钟，膝盖痛不超过3-5分。"},
 "profile": {
  "age": 45, "sex": "female", "weight_kg": 88, "height_cm": 158, "resting_hr": 80,
  "conditions": ["knee_injury"], "fitness": "beginner", "preferences": ["swim", "stationary_bike"],
  "goal": "减重", 
  "context": {"time": "2026-09-24T18:30", "temperature_c": 29, "humidity_pct": 80, "precipitation": "none"},
  "notes": "医生说我膝盖是退化性关节炎，叫我减重多运动。游泳还是骑脚车好？组屋楼下健身角有脚车可以踩。走路久了膝盖会痛，楼梯更痛。",
  "language": "zh-SG"},
 "expect": {
  "must_rest": False, "rest_acceptable": False, "max_intensity": "moderate", "max_minutes": 45,
  "wrong_activities": ["rest", "run"], "hr_zone_null": False,
  "must_match": [r"膝", r"痛", r"游泳|[单單][车車]|[脚腳][车車]|[骑騎]|踩"],
  "must_not_match": [NO_120],
  "plan_must_match": [r"力量|[肌][力肉]|抬腿|半蹲"]},
})

CLIENTS.append({
 "id": "h18", "lang": "zh-CN",
 "who": "38岁男性，早上发烧38.5、浑身酸痛，吃了布洛芬觉得好多了；问去游泳出出汗还是在家骑动感单车",
 "call": {
  "activity": "rest", "minutes": 0, "intensity": None, "hr_zone_bpm": None,
  "card": ("今天：不游泳，也不骑动感单车，休息。\n"
           "你问：游泳还是动感单车？都不做。发烧38.5℃加上浑身酸痛，是“脖子以下”的全身症状，这时运动不会“出汗排毒”，反而会延长病程，少数人还可能诱发心肌炎。布洛芬让你现在感觉好一些，只是把体温压下去了，病还在。\n"
           "今天多喝水、多睡觉，约好的球也推掉。\n"
           "不吃退烧药、体温正常24小时以上、酸痛消退后，再从20-30分钟轻松活动开始，一两周内逐步恢复原来的强度。\n"
           "如果出现胸痛、心慌、呼吸困难、高烧不退或精神很差，及时就医；情况紧急拨打120。\n"
           "（本建议不是医疗建议。）"),
  "plan": [
   "周四 休息：多喝水、多睡觉",
   "周五 休息；体温仍在38℃以上或酸痛明显，继续休息",
   "周六 休息，除非已经不吃退烧药体温正常24小时",
   "周日 退烧24小时以上：散步20分钟，轻松（RPE 9-11）；否则休息",
   "周一 退烧且不再酸痛：室内单车20分钟，轻松",
   "周二 散步或游泳25分钟，轻松到中等",
   "周三 室内单车30分钟，中等强度；感觉正常再考虑打球",
  ],
  "week": "先养病：不靠退烧药体温正常24小时后才恢复运动，从轻松、短时间开始；胸痛或心慌立即就医。"},
 "profile": {
  "age": 38, "sex": "male", "weight_kg": 75, "height_cm": 176, "resting_hr": 66,
  "fitness": "intermediate", "preferences": ["swim", "stationary_bike"],
  "history": [{"activity": "swim", "minutes": 45, "days_ago": 3, "rpe": 13},
              {"activity": "stationary_bike", "minutes": 40, "days_ago": 5, "rpe": 14}],
  "context": {"time": "2026-12-03T19:00", "temperature_c": 5, "precipitation": "none"},
  "notes": "今天有点发烧，早上量38.5，吃了布洛芬现在好多了，就是浑身酸痛。本来约了打球，想着去游泳出出汗还是在家骑会儿动感单车？出身汗就好了吧",
  "language": "zh-CN"},
 "expect": {
  "must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
  "wrong_activities": ALL_BUT_REST, "hr_zone_null": True,
  "must_match": [r"[发發][烧燒]|38\.5|[体體][温溫]|[发發][热熱]",
                 r"休息|[养養]病|不[要宜]?[运運][动動]|[暂暫]停"],
  "must_not_match": [],
  "plan_must_match": [r"退[烧燒]|[体體][温溫]|24|48"]},
})
