from common import Z
Z("花粉加雾霾，眼睛痒鼻子堵，胸口不闷，呼吸也正常",
  "","",{},"neutral",{},"negated",
  "Itchy eyes and a blocked nose are like a head cold; chest tightness and breathing problems negated. Neutral.")
Z("从喜马拉雅回来三天了，时差还没倒过来，一直犯困",
  "","",{},"tired",{},"short",
  "Jet lag and sleepiness: tired. No symptom.")
Z("今早铲雪的时候胸口又烧又沉，还窜到左臂，现在好了，坐着呢，有点怕",
  "chest_pain","",{},"stressed",{},"timing",
  "Chest burning and heaviness spreading to the left arm this morning: chest_pain though it passed. 怕 is stressed.")
Z("吃着二甲双胍，旅游回来空腹血糖8.1，吃得太放纵了，今天去海边走走",
  "","diabetes",{},"neutral",{"glucose_mg_dl":146},"medication_implied device_reading",
  "Metformin implies diabetes. 8.1 mmol/l x 18 = 146 mg/dl. Neutral.")
Z("音乐节露营回来，浑身发冷打摆子，全身酸疼，量了38.9度，太惨了",
  "fever acute_illness","",{},"negative",{"temp_c":38.9},"multi device_reading",
  "38.9 C fever with chills and body aches (acute_illness). 太惨了 is negative.")
Z("我小舅子上个月徒步的时候心梗了，这下我动力满满，要好好锻炼。我自己心脏没毛病",
  "","",{},"positive",{},"third_party negated",
  "The heart attack was the brother-in-law's; the writer negates heart problems. 动力满满 is positive.")
Z("早上爬坡凶口疼了一阵，像压了块石头，有点吓人",
  "chest_pain","",{},"stressed",{},"typo",
  "凶口 is a typo for 胸口: pressure-like chest pain on a climb this morning: chest_pain. 吓人 is stressed.")
Z("登山杖真好用，昨天下山膝盖没那么疼了，老关节炎了，跟平时差不多",
  "","knee_injury",{"knee_injury":False},"neutral",{},"comparison",
  "Long-standing knee arthritis: knee_injury, not acute. Neutral.")
Z("露营回来发的烧周日就退了，今天周四，感觉完全恢复了，准备慢慢恢复训练",
  "","",{},"positive",{},"healed timing",
  "The fever cleared four days ago: past. Keen to train: positive.")
Z("运动性哮喘，冷空气里更容易犯，跑之前吸了两口喷雾，没啥问题",
  "","asthma",{},"neutral",{},"medication_implied",
  "Exercise-induced asthma with an inhaler: asthma. No symptom. Neutral.")
Z("大本营手表测血氧84%，在帐篷里坐着都喘，向导在看着我",
  "breathlessness","",{},"neutral",{},"device_reading",
  "Breathless at rest now: breathlessness. SpO2 is not a recorded number. Neutral.")
Z("昨天顶着大太阳徒步了一天，今早起来有点头晕，估计是脱水了，在狂喝水",
  "dizziness","",{},"neutral",{},"timing",
  "Dizzy this morning: dizziness. Neutral.")
Z("想去爬5000米的山，怎么适应海拔比较好？以前从来没高反过",
  "","",{},"neutral",{},"question negated",
  "A question; altitude problems negated. Neutral.")
Z("孩子们晒伤了，小的夜里烧到38.5，心疼。我自己没事，就是照顾他们一晚上没睡好",
  "","",{},"tired",{},"third_party",
  "The 38.5 fever is the child's: no fever, no temp_c for the writer. 没睡好 is tired.")
Z("在海里被浪卷了，呛了好多水，从昨天下午开始一直咳，上楼梯都喘，吓到了",
  "breathlessness","",{},"stressed",{},"timing",
  "Breathless on stairs since yesterday: breathlessness. 吓到了 is stressed.")
Z("第一次一个人露营完成！背着大包走了18公里，肩膀有点酸，太骄傲了",
  "","",{},"positive",{},"exertion_soreness",
  "Sore shoulders from a pack are normal. 骄傲 is positive.")
Z("明天要走飞拉达，我恐高😬 好紧张，身体倒是没什么不舒服",
  "","",{},"stressed",{},"emoji negated",
  "No symptom. 紧张 is stressed.")
Z("冬泳完嘴唇发紫一直抖，量了下体温35.4，过了一个小时已经暖和过来了",
  "","",{},"neutral",{"temp_c":35.4},"device_reading",
  "35.4 C is a low reading, not a fever; shivering is not a listed symptom. Neutral.")
Z("周末爬山回来浑身得劲儿，贼开心",
  "","",{},"positive",{},"dialect slang",
  "Northeastern Mandarin: 得劲儿 means feeling great, 贼 means very. Positive.")
Z("在阿里徒步，半夜两点憋醒，感觉要窒息，只能坐起来喘气，现在好点了，但不敢再往上走了",
  "breathlessness","",{},"stressed",{},"effect_only",
  "Waking up suffocating last night: breathlessness. Afraid to go higher: stressed.")
Z("昨天高温下跑半马，离终点200米的时候晕过去了，医护说是热衰竭，当天就出院了，今天整个人虚脱",
  "dizziness","",{},"tired",{},"timing",
  "Fainting yesterday: dizziness. 虚脱 (drained) is tired.")
Z("顶着大太阳骑上了秦岭🔥🔥 腿废了，下坡风大得离谱，今天是最棒的一天",
  "","",{},"positive",{},"emoji exertion_soreness slang",
  "Tired legs after a big ride are normal. 最棒的一天 is positive.")
Z("周六背大包把腰闪了（四天前），现在还直不起腰，今天腿也开始麻，坐骨神经痛，好烦",
  "","low_back_pain",{"low_back_pain":True},"negative",{},"timing",
  "Back strain four days ago with sciatica: low_back_pain, acute. 好烦 is negative.")
Z("在3600米的青旅爬一层楼心就咚咚跳，还喘，平时我可是跑马拉松的，有点担心",
  "palpitations breathlessness","",{},"stressed",{},"comparison multi",
  "Pounding heart and breathless after one flight of stairs: palpitations and breathlessness. 担心 is stressed.")
Z("早上在霜地里开始跑的时候胸口有点紧，五分钟后就好了，每年冬天都这样。我有心绞痛，随身带着硝酸甘油",
  "chest_pain","heart_disease",{},"neutral",{},"medication_implied",
  "Chest tightness on exertion this morning: chest_pain. Diagnosed angina: heart_disease. Neutral.")
