from common import Z
Z("到拉萨第二天，头疼得厉害，走几步路去厕所就喘不上气，有点担心",
  "breathlessness","",{},"stressed",{},"timing",
  "Short of breath with mild effort (a few steps to the toilet) at altitude, now. Headache alone has no label. 有点担心 is stressed.")
Z("今天爬山爬到最陡那段喘得要死，坐下歇了五分钟就好了，风景太美了！",
  "","",{},"positive",{},"exertion_soreness figurative",
  "Out of breath on the steepest part, settled after rest: normal exertion. 喘得要死 is a figure of speech. Delight in the view: positive.")
Z("热死了🥵 外面38度，烦死了，晚上再去跑吧",
  "","",{},"negative",{},"figurative emoji",
  "热死了 is figurative; 38度 is the air temperature, not a fever, so no temp_c. 烦死了 (annoyed) is negative.")
Z("朋友去西藏高反严重，进了医院。我自己一点事没有，就是腿有点酸",
  "","",{},"neutral",{},"third_party exertion_soreness",
  "The altitude sickness was the friend's. The writer only has sore legs. Facts only: neutral.")
Z("早上天冷去爬山，爬到一半胸口发紧，像被绳子勒住，停下来才好点，这周已经两次了，有点慌",
  "chest_pain","",{},"stressed",{},"timing",
  "Chest tightness on exertion in the cold this morning, recurring: chest_pain. 有点慌 is stressed.")
Z("前年去四姑娘山高反过，吐了一晚上，现在完全没事了，准备今年再去，好兴奋",
  "","",{},"positive",{},"healed",
  "Vomiting from altitude sickness two years ago is past. 好兴奋 is positive.")
Z("昨天在海边晒伤了，肩膀脱皮，不过心情不错",
  "","",{},"positive",{},"short",
  "Sunburn is not a listed symptom. 心情不错 is positive.")
Z("昨天下午顶着太阳跑步，跑完眼前一黑晕倒了，几秒钟就醒了，今天还是浑身没劲",
  "dizziness","",{},"tired",{},"timing",
  "Fainting yesterday: dizziness. 浑身没劲 (no energy) is tired.")
Z("滑雪周住在2300米的小镇，晚上老是憋醒，喘不过气，根本睡不好",
  "breathlessness","",{},"tired",{},"effect_only",
  "Waking up unable to breathe (憋醒) is waking breathless: breathlessness. Sleeping badly is tired.")
Z("周日下山的时候脚崴了，现在脚踝还肿着，青一块紫一块，好郁闷",
  "","ankle_injury",{"ankle_injury":True},"negative",{},"timing",
  "Twisted ankle days ago, still swollen: ankle_injury, acute. 郁闷 is negative.")
Z("膝盖老毛病了，半月板损伤好几年，下山的时候会疼，昨天走了一天也就那样",
  "","knee_injury",{"knee_injury":False},"neutral",{},"timing",
  "A meniscus injury for years that still hurts on descents: knee_injury, not acute. Neutral.")
Z("露营回来就发烧了，38.7度，浑身酸痛，整个人一点精神都没有",
  "fever acute_illness","",{},"tired",{"temp_c":38.7},"multi device_reading",
  "Fever of 38.7 C now and body aches (acute_illness). 没精神 is tired.")
Z("今天雾霾爆表，AQI三百多。我有哮喘，喷雾随身带着，今天就在家练吧",
  "","asthma",{},"neutral",{},"",
  "Asthma is named. No current symptom; AQI is not a recorded number. Neutral.")
Z("花粉过敏又犯了，一直打喷嚏流鼻涕，这样还能去跑步吗？",
  "","",{},"neutral",{},"question",
  "Sneezing and a runny nose from hay fever are like a head cold, not acute_illness. Neutral question.")
Z("昨天爬山被蜜蜂蛰了手，肿了一大块，今天消了不少，没有呼吸困难",
  "","",{},"neutral",{},"negated",
  "Local swelling from a sting is not a listed symptom; breathing difficulty is negated. Neutral.")
Z("刚才野餐被马蜂蛰了，现在嗓子发紧，坐着都喘，好害怕",
  "breathlessness","",{},"stressed",{},"timing",
  "Breathless at rest after a sting, now: breathlessness. 害怕 is stressed.")
Z("顶着大逆风骑了60公里，腿废了，风口那段喘得像狗，到咖啡馆歇一下就缓过来了，很有成就感",
  "","",{},"positive",{},"exertion_soreness slang",
  "Heavy breathing during hard riding that recovered is normal exertion. 有成就感 (proud) is positive.")
Z("EBC徒步到了4900米，躺在帐篷里心还砰砰跳个不停，喘不上气，向导说要下撤，我好怕",
  "palpitations breathlessness","",{},"stressed",{},"multi",
  "Heart pounding and short of breath while lying down at altitude: palpitations and breathlessness. 好怕 is stressed.")
Z("2019年走过安纳布尔纳大环线，垭口那天有点头疼，没什么大事。今年秋天还想去，好期待",
  "","",{},"positive",{},"healed",
  "A headache years ago is past. 好期待 is positive.")
Z("天黑跑步戴头灯，差点被树根绊倒，还好没事😅 感觉挺爽的",
  "","",{},"positive",{},"negated emoji",
  "No injury (还好没事). 挺爽的 is positive.")
Z("看到山火把我最爱的那条徒步路线烧没了，心都碎了",
  "","",{},"negative",{},"figurative",
  "心都碎了 is a figure of speech for sadness, not a heart symptom: negative.")
Z("寒潮来了零下15度，骑车手指冻得发白发麻，进屋暖了一会儿就好了",
  "","",{},"neutral",{},"healed",
  "Numb fingers from cold that recovered are not a symptom; -15 is air temperature. Neutral.")
Z("我爸72了，想跟我们去爬泰山，他放过支架，一直吃降压药，他能去吗？我自己身体没问题",
  "","",{},"neutral",{},"third_party question",
  "The stent and blood pressure pills are the father's. The writer is fine. Neutral question.")
Z("帮我老公打的（这是他的账号）：他骑行回来就发烧了，体温38.4，咳嗽有痰，浑身酸",
  "fever acute_illness","",{},"neutral",{"temp_c":38.4},"proxy_writer multi",
  "Written for the account holder, so his symptoms count: 38.4 C fever, productive cough with body aches (acute_illness). Neutral.")
Z("去海里游泳，水温才15度，上岸抖得厉害，头晕了一下，在沙滩上坐着缓了一会儿，现在好了",
  "dizziness","",{},"neutral",{},"timing",
  "Dizziness today is within the last couple of days even though it passed. 15度 is the water temperature. Neutral.")
