from common import Z
Z("和我爸去爬山，他到山顶头晕，坐了好久，他有高血压。我自己没事，就是出了一身汗，挺担心他的",
  "","",{},"stressed",{},"third_party",
  "The dizziness and hypertension are the father's. The writer is fine. 担心 is stressed.")
Z("上上周去看球赛中暑了，吐了两次，头晕，现在早就好了",
  "","",{},"neutral",{},"healed timing",
  "Vomiting and dizziness about two weeks ago, long resolved: past. Neutral.")
Z("在草地上晒太阳，一站起来眼冒金星，今天早上起床又来了一次",
  "dizziness","",{},"neutral",{},"timing",
  "Seeing stars on standing, today and just before: dizziness. Neutral.")
Z("刚从高原带队回来，回到平原感觉状态超好，静息心率48",
  "","",{},"positive",{},"device_reading",
  "A low resting heart rate in a fit guide is not a symptom. 状态超好 is positive.")
Z("徒步回来一直低烧，昨晚37.8，今早38.1，可能是喝了生水",
  "fever","",{},"neutral",{"temp_c":38.1},"device_reading comparison",
  "Low-grade fever now; the latest and highest reading, 38.1 C, is recorded. Neutral.")
Z("前交叉韧带重建术后4个月，康复师说可以开始慢慢爬坡了，下坡要注意什么？",
  "","knee_injury",{"knee_injury":False},"neutral",{},"question",
  "Recovering from ACL surgery four months ago: knee_injury, not acute. Neutral question.")
Z("山火的烟飘过来两天了，我一直咳，走到楼下拿个快递都喘，我没有哮喘，有点慌",
  "breathlessness","",{},"stressed",{},"negated timing",
  "Breathless with mild effort (walking downstairs to get a parcel): breathlessness. Asthma negated. 慌 is stressed.")
Z("这次爬山要了我的命💀 腿都不是自己的了，只想睡觉",
  "","",{},"tired",{},"figurative emoji",
  "要了我的命 is figurative; wanting only to sleep is tired.")
Z("遛狗的时候踩破冰掉进小水塘，水到小腿，脚冻麻了，洗个热水澡就好了，现在想起来还挺好笑",
  "","",{},"positive",{},"healed",
  "Numb feet from cold that recovered are not a symptom. Finding it funny: positive.")
Z("去年春天在尼泊尔崴了脚，早就好了，现在越野跑一点问题没有，很开心",
  "","",{},"positive",{},"healed",
  "A sprain last year, healed: no ankle_injury. 很开心 is positive.")
Z("我每次上3000米都会高反头疼，下个月去稻城，医生开了乙酰唑胺。现在在家一切正常",
  "","",{},"neutral",{},"negated timing",
  "Altitude sickness is a past pattern; fine now. Acetazolamide implies no listed condition. Neutral.")
Z("从海边回来坐在沙发上，心跳咚咚咚的，手表显示130，还一跳一跳不规律，胸口倒不疼，有点慌",
  "palpitations","",{},"stressed",{},"device_reading negated",
  "Fast, irregular heart at rest: palpitations. Chest pain negated. 慌 is stressed.")
Z("这周心累得很，连周末去爬山都提不起劲",
  "","",{},"negative",{},"figurative",
  "心累 is emotional weariness, not a heart symptom; 提不起劲 (unmotivated) is negative.")
Z("沙漠回来就拉肚子，肚子绞着疼，第三天了，水都喝不下去，烦",
  "acute_illness","",{},"negative",{},"timing",
  "Ongoing diarrhoea and cramps: acute_illness. 烦 is negative.")
Z("我有哮喘，不过控制得很好，好几个月没用过喷雾了。今天花粉多，在室内练",
  "","asthma",{},"neutral",{},"negated",
  "Asthma is a condition even when controlled. No symptom. Neutral.")
Z("去爬了泰山十八盘，喘得不行，不过这么陡谁爬都喘，到顶就好了，开心",
  "","",{},"positive",{},"exertion_soreness",
  "Out of breath on a very steep climb that settled: normal exertion. 开心 is positive.")
Z("昨天第一次滑雪，今天大腿酸死了😂 不过超好玩",
  "","",{},"positive",{},"figurative exertion_soreness emoji",
  "Sore thighs after skiing are exertion soreness; 酸死了 is figurative. 超好玩 is positive.")
Z("坐缆车的时候突然头晕，感觉天在转，可能是海拔高又没吃早饭？明天还能滑吗",
  "dizziness","",{},"neutral",{},"question",
  "Sudden dizziness with spinning today: dizziness. Neutral question.")
Z("今日行咗成日山，好攰呀，對腳軟晒",
  "","",{},"tired",{},"dialect",
  "Cantonese: 好攰 means very tired and 對腳軟晒 means legs gone weak after a long hike. No symptom: tired.")
Z("坐车去拉萨的路上我流鼻血头疼，我老婆头晕还吐了。现在我们俩都好了",
  "","",{},"neutral",{},"third_party healed",
  "The dizziness and vomiting were the wife's; the writer's nosebleed and headache have no label and are over. Neutral.")
Z("怀孕七个月，今天天热出去走了一圈，回来发现有点出血，不多",
  "pregnancy_warning","pregnancy",{},"neutral",{},"buried",
  "Bleeding in pregnancy: pregnancy_warning. 七个月 is not in weeks, so no pregnancy_weeks. Neutral.")
Z("晒了一天，还是晕",
  "dizziness","",{},"neutral",{},"short",
  "Still dizzy now: dizziness. Neutral.")
Z("今天去爬山的时候头很运 天旋地转的 到现在还有一点 句号",
  "dizziness","",{},"neutral",{},"voice_input typo",
  "Voice input: 头很运 is a mis-hearing of 头很晕, with spinning, still present: dizziness. Neutral.")
Z("说来话长。国庆去走了四天徒步，第一天很轻松，第二天全是乱石，第三天下大雨路滑，我摔了一跤扭到膝盖，现在还肿着（三天前的事），上下楼梯疼。第四天坐车出来了。其他都挺好，吃得下睡得着，想问问能不能骑车",
  "","knee_injury",{"knee_injury":True},"neutral",{},"long buried question",
  "Twisted knee three days ago, still swollen: knee_injury, acute. Mostly facts: neutral.")
Z("今天hiking了15公里，legs 酸但 mood 超好",
  "","",{},"positive",{},"mixed_lang exertion_soreness",
  "Sore legs after a hike are normal. mood 超好 is positive.")
