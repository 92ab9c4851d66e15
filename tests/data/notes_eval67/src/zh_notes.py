# Hand-written Chinese notes. Each tuple:
# (text, symptoms, conditions, acute, mood, numbers, kind, why)
T, F = True, False

NOTES = [
("胸闷，老毛病了，应该没事吧",
 ["chest_pain"], [], {}, "neutral", {}, ["short"],
 "胸闷 = chest tightness now; calling it an old problem ('老毛病') and downplaying it does not remove it."),

("今天被领导当众骂了一顿，心累，气死我了，不想练",
 [], [], {}, "negative", {}, ["figurative"],
 "心累 and 气死我了 are emotional figures of speech, not heart symptoms; upset and angry = negative."),

("我是跑步发烧友哈哈，今天状态超好，准备冲个半马🏃",
 [], [], {}, "positive", {}, ["figurative", "emoji"],
 "发烧友 means an enthusiast, not a fever; the writer is in great form."),

("昨天卧推练胸，今天胸肌酸得不行，一笑就疼😂 不过心情不错",
 [], [], {}, "positive", {}, ["exertion_soreness", "emoji"],
 "Chest muscle soreness clearly from yesterday's bench press is excluded from chest_pain; good mood."),

("周末带娃去了动物园，超开心！！老公还给我买了新跑鞋👟 就是今天早上爬楼梯到三楼的时候胸口像压了块石头，歇了两分钟就好了，可能是没吃早饭吧。今天练啥？",
 ["chest_pain"], [], {}, "positive", {}, ["buried", "long", "emoji", "effect_only"],
 "'胸口像压了块石头' on the stairs this morning, relieved by rest, is chest_pain buried in a happy note."),

("这两天站起来的时候眼前一黑，得扶一下墙才缓过来",
 ["dizziness"], [], {}, "neutral", {}, ["effect_only"],
 "眼前一黑 on standing in the last two days = nearly blacking out, i.e. dizziness."),

("今日有啲頭暈，琴晚瞓唔夠，成日喺度打喊露😪",
 ["dizziness"], [], {}, "tired", {}, ["dialect", "emoji"],
 "Cantonese: 頭暈 = dizzy; 瞓唔夠 (not enough sleep) and 打喊露 (yawning) = tired."),

("心口好似俾嘢壓住咁，行兩步就唔舒服，坐低就冇事，有啲驚",
 ["chest_pain"], [], {}, "stressed", {}, ["dialect", "effect_only"],
 "Cantonese: chest feels pressed down, uncomfortable on walking and fine at rest = chest_pain; 有啲驚 (a bit scared) = stressed."),

("琴晚肚痾咗四五次，今朝仲係好想嘔",
 ["acute_illness"], [], {}, "neutral", {}, ["dialect"],
 "Cantonese: 肚痾 = diarrhoea four or five times last night, still nauseous = stomach bug, acute_illness."),

("最近工作壓力好大，有點喘不過氣的感覺，但身體沒什麼問題啦，只是心很煩",
 [], [], {}, "stressed", {}, ["figurative", "negated"],
 "'喘不過氣的感覺' here is about work pressure, and the body is explicitly fine; under pressure = stressed."),

("昨天爬山回來膝蓋有點腫，今天下樓梯會痛，應該是扭到了，真的很沮喪",
 [], ["knee_injury"], {"knee_injury": T}, "negative", {}, ["timing"],
 "Knee swollen since yesterday and painful on stairs = a fresh knee injury; 沮喪 = down/frustrated."),

("昨儿喝大了，今儿脑瓜子迷糊，走道直打晃",
 ["dizziness"], [], {}, "neutral", {}, ["dialect"],
 "Northeastern: 脑瓜子迷糊 and 走道直打晃 = dizzy and unsteady; a hangover cause does not remove it."),

("脑壳昏得很，遭凉了，鼻子也堵到的",
 ["dizziness"], [], {}, "neutral", {}, ["dialect"],
 "Sichuanese: 脑壳昏 = dizzy; 遭凉了 with only a stuffy nose is a head cold, not acute_illness."),

("心头慌得很，坐到起都跳得咚咚咚的",
 ["palpitations"], [], {}, "neutral", {}, ["dialect", "effect_only"],
 "Sichuanese: heart pounding ('咚咚咚') while sitting ('坐到起') = palpitations at rest."),

("今朝有眼热度，37度8，浑身骨头痛",
 ["fever", "acute_illness"], [], {}, "neutral", {"temp_c": 37.8}, ["dialect", "multi"],
 "Shanghainese 有热度 = running a fever (the word counts even below 38); aching all over = acute_illness."),

("老吃力额，昨日夜班，今朝只想困觉",
 [], [], {}, "tired", {}, ["dialect"],
 "Shanghainese: 老吃力 = very tired, 困觉 = sleep; no symptom."),

("今天好 sian 啊，下雨又不能出去，整天在家没东西做，没心情运动 lah",
 [], [], {}, "negative", {}, ["dialect", "mixed_lang", "slang"],
 "Singapore: sian = bored/fed up; no mood to exercise = negative."),

("昨天去 hawker centre 吃了 chicken rice 之后一直拉肚子，今天还是很 lethargic",
 ["acute_illness"], [], {}, "tired", {}, ["mixed_lang"],
 "Diarrhoea since yesterday's meal = acute_illness; lethargic = tired."),

("jintian touyun, 可能昨晚没睡好",
 ["dizziness"], [], {}, "neutral", {}, ["typo"],
 "Pinyin slip: touyun = 头晕 = dizzy today."),

("今天有点胸门，走路的时候感觉喘不上气",
 ["chest_pain", "breathlessness"], [], {}, "neutral", {}, ["voice_input", "multi"],
 "Voice input 胸门 = 胸闷 (chest tightness); breathless while just walking."),

("我昨天晚上发少了，今天早上量了三十七度九，还有点咳",
 ["fever"], [], {}, "neutral", {"temp_c": 37.9}, ["voice_input", "timing"],
 "Voice input 发少 = 发烧: fever last night, 37.9 this morning; a slight cough alone is not acute_illness."),

("今天 chest 有点 tight，不知道是不是 anxiety，meeting 太多了😩",
 ["chest_pain"], [], {}, "stressed", {}, ["mixed_lang", "emoji"],
 "Chest tightness now counts as chest_pain even if anxiety is blamed; too many meetings = stressed."),

("我替我妈写的：她今年68，有高血压，一直吃氨氯地平，今天早上量血压160/95，说头有点晕",
 ["dizziness"], ["hypertension"], {}, "neutral", {"bp": [160, 95]}, ["proxy_writer", "medication_implied", "device_reading"],
 "Proxy note about the user (mum): hypertension on amlodipine, BP 160/95, dizzy today."),

("我爸上个月心梗放了支架，我自己没什么事，就是挺担心他的",
 [], [], {}, "stressed", {}, ["third_party"],
 "The heart attack and stent are the father's; the writer is worried = stressed."),

("老婆怀孕了，以后我天天陪她散步，自己身体倍儿棒",
 [], [], {}, "positive", {}, ["third_party", "dialect"],
 "The wife is pregnant, not the writer; Beijing 倍儿棒 = in great shape."),

("去年的半月板手术早就恢复了，膝盖现在完全没感觉，医生说可以正常跑",
 [], [], {}, "neutral", {}, ["healed", "negated"],
 "Meniscus surgery last year, fully recovered and no knee symptoms = healed, no knee_injury."),

("发烧已经退了三天了，现在精神很好",
 [], [], {}, "positive", {}, ["healed"],
 "The fever went three days ago = past; feeling energetic now."),

("累成狗🐶 今天加班到十一点",
 [], [], {}, "tired", {}, ["figurative", "emoji", "short"],
 "累成狗 is a figure of speech for exhausted = tired; no symptom."),

("晕死了，又忘带运动鞋了🙄",
 [], [], {}, "negative", {}, ["figurative", "emoji"],
 "晕死了 here is exasperation, not dizziness; frustrated = negative."),

("二型糖尿病，在吃二甲双胍，今早空腹血糖7.8",
 [], ["diabetes"], {}, "neutral", {"glucose_mg_dl": 140}, ["medication_implied", "device_reading"],
 "Type 2 diabetes on metformin; 7.8 mmol/l x 18 = 140 mg/dl."),

("体检说空腹血糖6.5，医生说偏高让我注意饮食，没开药",
 [], [], {}, "neutral", {"glucose_mg_dl": 117}, ["negated", "device_reading"],
 "Fasting 6.5 mmol/l (117 mg/dl) is below 7.0 and there is no treatment, so no diabetes label."),

("降压药吃了，血压132/84，还行",
 [], ["hypertension"], {}, "neutral", {"bp": [132, 84]}, ["medication_implied", "device_reading", "short"],
 "Taking BP pills = treated hypertension; the reading 132/84 is recorded."),

("血压正常，心率62，昨晚睡得很好，今天想跑个10公里！",
 [], [], {}, "positive", {}, ["negated"],
 "血压正常 is negated (no number given); slept well and keen to run."),

("血压一百五十八/一百，头有点胀",
 [], ["hypertension"], {}, "neutral", {"bp": [158, 100]}, ["device_reading", "short"],
 "BP written in words, 158/100, is at or above 140/90 = hypertension; a full feeling in the head is not dizziness."),

("有哮喘，今天空气不好，喷了两次沙丁胺醇还是有点喘，走路去地铁站都喘",
 ["breathlessness"], ["asthma"], {}, "neutral", {}, ["medication_implied", "multi"],
 "Asthma with salbutamol; breathless walking to the metro = breathlessness with mild effort."),

("三年前做过心脏搭桥，现在每天快走半小时，感觉挺好",
 [], ["heart_disease"], {}, "positive", {}, ["timing"],
 "A bypass, even three years ago, means heart_disease; no symptom; feeling good."),

("房颤，吃着华法林，今天心跳有点乱，坐着也感觉扑通扑通的",
 ["palpitations"], ["heart_disease"], {}, "neutral", {}, ["medication_implied", "multi"],
 "Atrial fibrillation on warfarin = heart_disease; irregular pounding heart while sitting = palpitations."),

("怀孕28周，今天见红了一点点，肚子也有点发紧",
 ["pregnancy_warning"], ["pregnancy"], {}, "neutral", {"pregnancy_weeks": 28}, ["effect_only"],
 "见红 = vaginal bleeding at 28 weeks = pregnancy warning."),

("孕22周，没出血也没肚子疼，就是最近有点累，老想睡觉",
 [], ["pregnancy"], {}, "tired", {"pregnancy_weeks": 22}, ["negated"],
 "Pregnant at 22 weeks, bleeding and pain negated; sleepy = tired."),

("怀孕五个月，小腿又肿又疼，走路都费劲，从昨天开始的",
 ["pregnancy_warning"], ["pregnancy"], {}, "neutral", {}, ["timing"],
 "Calf pain and swelling in pregnancy = pregnancy warning; five months is not converted to weeks."),

("懷孕33週，今天頭痛得超級嚴重，吃了普拿疼也沒用，眼睛看東西有點模糊，好擔心",
 ["pregnancy_warning"], ["pregnancy"], {}, "stressed", {"pregnancy_weeks": 33}, ["multi"],
 "Taiwan usage (普拿疼 = paracetamol): severe headache at 33 weeks = pregnancy warning; 好擔心 = worried."),

("产后42天复查完了，恶露干净了，医生说可以开始恢复运动，好开心😊",
 [], [], {}, "positive", {}, ["timing", "emoji"],
 "Postpartum, so not pregnant; lochia finished; cleared to exercise and happy."),

("BB出世三個月，條腰仲係好痛，湊仔湊到腰都直唔起",
 [], ["low_back_pain"], {"low_back_pain": F}, "neutral", {}, ["dialect", "mixed_lang"],
 "Cantonese: lower back still very painful months after the birth from carrying the baby = long-standing low back pain."),

("打球崴脚了，前天的事，现在还肿着，郁闷",
 [], ["ankle_injury"], {"ankle_injury": T}, "negative", {}, ["timing", "short"],
 "Ankle sprained two days ago and still swollen = fresh ankle injury; 郁闷 = frustrated."),

("跟腱疼了小半年了，早上起床最明显",
 [], ["ankle_injury"], {"ankle_injury": F}, "neutral", {}, ["timing"],
 "Achilles pain for about half a year = long-standing ankle_injury."),

("腰间盘突出好多年了，最近还行，没怎么疼",
 [], ["low_back_pain"], {"low_back_pain": F}, "neutral", {}, ["timing", "negated"],
 "A lumbar disc herniation the writer still has is a current, long-standing condition even on a good week."),

("昨天硬拉闪了腰，今天弯腰都疼，气死了，这周计划全泡汤了",
 [], ["low_back_pain"], {"low_back_pain": T}, "negative", {}, ["timing", "slang"],
 "闪了腰 = acute lower back strain from yesterday's deadlift, painful today; angry that the week's plan is ruined = negative."),

("腿练废了😂 昨天深蹲练太狠，上厕所都蹲不下去",
 [], [], {}, "neutral", {}, ["exertion_soreness", "figurative", "emoji"],
 "'腿练废了' is figurative for post-squat muscle soreness; no warning symptom."),

("今天心情超好！！早上跑了5公里，配速5分半🎉 对了，中午吃完饭坐着刷手机的时候心跳突然很快，咚咚咚的，持续了十几分钟才慢下来，以前没这样过。今天还能练吗？",
 ["palpitations"], [], {}, "positive", {}, ["buried", "long", "question", "emoji"],
 "A sudden fast pounding heart for 10+ minutes while sitting = palpitations, buried in a happy note."),

("我七十五了，今天早上买菜回来爬了两层楼就上气不接下气，以前不这样",
 ["breathlessness"], [], {}, "neutral", {}, ["comparison", "effect_only"],
 "Out of breath after two flights of stairs, new compared with before = breathlessness with mild effort."),

("老伴儿说我最近脸色煞白，我寻思没啥事儿，就是这两天起猛了眼前直冒金星",
 ["dizziness"], [], {}, "neutral", {}, ["others_noticed", "dialect"],
 "Seeing stars on standing up quickly in the last two days = dizziness; the spouse noticed pallor."),

("明天高考，手心冒汗，躺床上心跳得好快，半天停不下来，睡不着",
 ["palpitations"], [], {}, "stressed", {}, [],
 "A racing heart while lying in bed is palpitations at rest even when exam nerves cause it; anxious = stressed."),

("奶奶走了，这几天吃不下睡不着，心里空落落的",
 [], [], {}, "negative", {}, ["figurative"],
 "Grief; 心里空落落 is emotional, not cardiac = negative."),

("新换了降压药，这两天一站起来就头晕",
 ["dizziness"], ["hypertension"], {}, "neutral", {}, ["medication_implied", "timing"],
 "New BP medicine = hypertension; dizzy on standing these two days."),

("开始吃他汀了，医生说血脂有点高，别的没啥",
 [], [], {}, "neutral", {}, ["medication_implied", "negated"],
 "A statin for high cholesterol does not imply any listed condition."),

("今天38度高温，在外面跑了一圈差点中暑，头晕恶心，歇了一会儿好点了",
 ["dizziness"], [], {}, "neutral", {}, [],
 "Dizzy from the heat today; 38 degrees is the weather, not a body temperature, so no fever and no temp_c."),

("感冒了，就是流鼻涕打喷嚏，嗓子有点干，不发烧。好郁闷，本来约了朋友打球",
 [], [], {}, "negative", {}, ["negated"],
 "A head cold with runny nose, sneezing and a dry throat, fever negated, is not acute_illness; 郁闷 = frustrated."),

("重感冒，咳嗽有痰，鼻塞，浑身没劲儿",
 ["acute_illness"], [], {}, "tired", {}, [],
 "A chest cold with productive cough and congestion = acute_illness; 浑身没劲 = no energy = tired."),

("连上三个夜班累得要命，今天白天补觉，醒来心慌慌的，手还有点抖",
 ["palpitations"], [], {}, "tired", {}, [],
 "心慌 on waking at rest = palpitations; the note leads with exhaustion from night shifts."),

("慢阻肺十几年了，最近一周咳得厉害，黄痰，穿个衣服都喘，晚上也睡不好，累得很",
 ["breathlessness", "acute_illness"], [], {}, "tired", {}, ["multi"],
 "Breathless getting dressed and a productive chest infection this week; COPD is not a listed condition; sleeping badly and worn out = tired."),

("膝关节炎，老寒腿了，天一冷就疼。唉，真不想动",
 [], ["knee_injury"], {"knee_injury": F}, "negative", {}, ["slang", "timing"],
 "Knee arthritis ('老寒腿') = long-standing knee problem; not wanting to move = negative."),

("膝盖咔咔响但一点都不疼，正常吗？",
 [], [], {}, "neutral", {}, ["question", "negated", "short"],
 "Painless knee clicking is not a knee problem; pain is negated."),

("今朝 check 咗血壓 145/92，醫生話要食藥但我未食",
 [], ["hypertension"], {}, "neutral", {"bp": [145, 92]}, ["dialect", "mixed_lang", "device_reading"],
 "Cantonese: BP 145/92 is at or above 140/90 and the doctor wants treatment = hypertension."),

("啱啱跑完步，喘到好似隻狗咁，不過好爽！",
 [], [], {}, "positive", {}, ["dialect", "exertion_soreness", "figurative"],
 "Cantonese: panting like a dog right after a run is normal exertion, not breathlessness; feels great."),

("我阿媽今日發燒，我要留喺屋企照顧佢，自己冇事",
 [], [], {}, "neutral", {}, ["third_party", "dialect", "negated"],
 "Cantonese: the mother has the fever; the writer is fine."),

("幫我爸爸打：佢有心臟病，裝咗起搏器，今朝話心口有啲翳，行幾步就氣促",
 ["chest_pain", "breathlessness"], ["heart_disease"], {}, "neutral", {}, ["proxy_writer", "dialect", "multi"],
 "Proxy, Cantonese: pacemaker = heart_disease; 心口翳 = chest oppression; 氣促 after a few steps = breathlessness."),

("今天天气热到爆 sia，34度，流汗流到不行，不过 ok lah 照样去跑步",
 [], [], {}, "neutral", {}, ["dialect", "mixed_lang", "figurative"],
 "Singapore: 34 degrees is the weather, not a body temperature; sweating in heat is not a symptom."),

("我有 diabetes，doctor 给我吃 metformin，今天 check sugar 9.2 leh",
 [], ["diabetes"], {}, "neutral", {"glucose_mg_dl": 166}, ["mixed_lang", "dialect", "medication_implied", "device_reading"],
 "Singapore mix: diabetes on metformin; 9.2 mmol/l x 18 = 166 mg/dl."),

("🤒🤒 38.9度 🛌",
 ["fever"], [], {}, "neutral", {"temp_c": 38.9}, ["emoji", "short"],
 "38.9 degrees with a sick emoji = body temperature of at least 38.0 C = fever."),

("在美国读书，刚量体温100.8°F，这算发烧吗？",
 ["fever"], [], {}, "neutral", {"temp_c": 38.2}, ["question", "device_reading"],
 "100.8 F = 38.2 C, at or above 38.0 = fever."),

("体温37.2，正常吧？没啥不舒服的",
 [], [], {}, "neutral", {"temp_c": 37.2}, ["question", "negated"],
 "37.2 C is below 38.0 and nothing else is wrong; no fever."),

("胸口有点烧得慌，估计是早上吃辣吃多了",
 ["chest_pain"], [], {}, "neutral", {}, ["effect_only"],
 "A burning chest counts as chest_pain by definition; blaming spicy food does not cancel it."),

("今天天气好好呀☀️ 约了闺蜜下午去爬山，早上还烤了个蛋糕🍰 就是早上洗澡的时候突然晕倒了一下，几秒钟就醒了，现在没事啦，好期待下午！",
 ["dizziness"], [], {}, "positive", {}, ["buried", "long", "emoji"],
 "Fainting in the shower this morning = dizziness, buried in a cheerful note."),

("同事说我嘴唇发紫，说两句话就喘，我觉得还好吧",
 ["breathlessness"], [], {}, "neutral", {}, ["others_noticed"],
 "Breathless after a couple of sentences = breathlessness while talking; a colleague noticed blue lips."),

("今天xiongkou有点men，不知道咋回事",
 ["chest_pain"], [], {}, "neutral", {}, ["typo"],
 "Pinyin slip: xiongkou men = 胸口闷 = chest tightness."),

("头晕呕吐，今早开始的，要不要紧？",
 ["dizziness", "acute_illness"], [], {}, "neutral", {}, ["question", "multi", "short"],
 "Dizziness plus vomiting since this morning = dizziness and acute_illness."),

("昨天拉了一天肚子，今天好多了，就是还有点虚",
 ["acute_illness"], [], {}, "tired", {}, ["timing"],
 "Diarrhoea yesterday is within the last couple of days = acute_illness; 虚 = drained = tired."),

("上周拉肚子，早好了",
 [], [], {}, "neutral", {}, ["healed", "short"],
 "Diarrhoea last week, long resolved = past."),

("感觉心脏在胸口里蹦迪💃 我明明坐着没动",
 ["palpitations"], [], {}, "neutral", {}, ["effect_only", "slang", "emoji"],
 "Heart 'disco dancing' while sitting still = palpitations at rest, described figuratively."),

("气短，说两句话就得歇一歇",
 ["breathlessness"], [], {}, "neutral", {}, ["short", "effect_only"],
 "Short of breath after a couple of sentences = breathlessness while talking."),

("今天孙子来看我了，高兴！早上量血压148/92，降压药也吃了，下午想去公园打太极",
 [], ["hypertension"], {}, "positive", {"bp": [148, 92]}, ["medication_implied", "device_reading"],
 "BP pills and 148/92 = hypertension; happy."),

("替我爸发的：他糖尿病好多年了，打胰岛素，今天早上测血糖15.6，说口渴得厉害",
 [], ["diabetes"], {}, "neutral", {"glucose_mg_dl": 281}, ["proxy_writer", "medication_implied", "device_reading"],
 "Proxy: the user (dad) has diabetes on insulin; 15.6 mmol/l x 18 = 281 mg/dl; thirst is not a listed symptom."),

("低血糖了，刚吃了块糖，手抖出冷汗，有点头晕，测了一下3.5",
 ["dizziness"], [], {}, "neutral", {"glucose_mg_dl": 63}, ["device_reading"],
 "Dizzy with a low sugar now; 3.5 mmol/l = 63 mg/dl; diabetes is not stated and a low reading does not imply it."),

("脚崴了，跟腱那块肿得老高",
 [], ["ankle_injury"], {"ankle_injury": T}, "neutral", {}, ["short"],
 "A sprained ankle with swelling over the Achilles = fresh ankle injury."),

("高反了，到拉萨第一天，头疼气短，走两步就喘",
 ["breathlessness"], [], {}, "neutral", {}, ["slang"],
 "高反 = altitude sickness; breathless after a few steps = breathlessness with mild effort."),

("昨天在健身房看到一个大哥晕倒了，吓死我了，我自己没事",
 [], [], {}, "stressed", {}, ["third_party", "figurative", "negated"],
 "Someone else fainted; 吓死我了 is figurative; the writer is fine but shaken = stressed."),

("心脏不太好，前年装了三个支架，最近爬坡的时候胸口发紧，心里有点没底",
 ["chest_pain"], ["heart_disease"], {}, "stressed", {}, ["multi"],
 "Stents = heart_disease; chest tightness on slopes recently = chest_pain; uneasy = stressed."),

("今仔日頭殼眩眩，袂爽快",
 ["dizziness"], [], {}, "neutral", {}, ["dialect", "short"],
 "Taiwanese Hokkien: 頭殼眩 = dizzy; 袂爽快 = unwell."),

("今天巴适得板，精神头好得很，冲！",
 [], [], {}, "positive", {}, ["dialect", "short"],
 "Sichuanese 巴适得板 = feeling great; energetic."),

("这咋整，嗓子疼还发烧，浑身酸了吧唧的",
 ["fever", "acute_illness"], [], {}, "neutral", {}, ["dialect", "multi"],
 "Northeastern: fever plus aching all over = fever and acute_illness."),

("今天 resting HR 105，Apple Watch 还提示心律不齐，坐着都能感觉到心脏乱跳",
 ["palpitations"], [], {}, "neutral", {}, ["mixed_lang", "device_reading"],
 "An irregular heart felt while sitting, backed by the watch = palpitations."),

("跑完步小腿抽筋了，是不是得了什么大病啊😭",
 [], [], {}, "stressed", {}, ["question", "exertion_soreness", "emoji"],
 "A calf cramp after running is harmless; catastrophising = stressed."),

("十年前心梗过一次，现在没啥事了，每天遛弯",
 [], ["heart_disease"], {}, "neutral", {}, ["timing"],
 "A past heart attack counts as heart_disease by definition, even ten years later and symptom-free."),

("份工壓力好大，成日都好煩，瞓唔著",
 [], [], {}, "stressed", {}, ["dialect"],
 "Cantonese: work pressure, can't sleep = stressed."),

("今天超累der，昨天追劇追到三點，不過身體沒事",
 [], [], {}, "tired", {}, ["slang", "negated"],
 "Taiwan slang: very tired from staying up; the body is fine."),

("我有氣喘，今天有帶吸入器，目前都OK",
 [], ["asthma"], {}, "neutral", {}, ["dialect", "negated"],
 "In Taiwan 氣喘 names asthma, not breathlessness; no current symptom."),

("我今天有点心荒，坐着也慌，不知道咋回事",
 ["palpitations"], [], {}, "neutral", {}, ["voice_input"],
 "Voice input 心荒 = 心慌: heart fluttering even sitting = palpitations."),

("有咗30週，今朝發現有啲水流出嚟，唔知係咪穿咗羊水，好驚呀",
 ["pregnancy_warning"], ["pregnancy"], {}, "stressed", {"pregnancy_weeks": 30}, ["dialect"],
 "Cantonese: 30 weeks pregnant, fluid leaking (possible waters) = pregnancy warning; 好驚 = scared."),

("怀孕8周，孕吐吐得天昏地暗，喝口水都吐，昨天一天啥也没吃进去",
 ["pregnancy_warning"], ["pregnancy"], {}, "neutral", {"pregnancy_weeks": 8}, ["figurative"],
 "Severe pregnancy vomiting that keeps nothing down = pregnancy warning (not also acute_illness)."),

("我有糖尿病，今天飯前血糖 118 mg/dL，控制得不錯😊",
 [], ["diabetes"], {}, "positive", {"glucose_mg_dl": 118}, ["device_reading", "emoji"],
 "Diabetes named; 118 mg/dl before a meal; pleased."),
]
