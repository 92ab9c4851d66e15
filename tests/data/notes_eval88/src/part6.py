from common import Z
Z("吃了路边摊海鲜，上吐下泻一晚上，今天肯定练不了，累瘫了",
  "acute_illness","",{},"tired",{},"slang",
  "Vomiting and diarrhoea overnight: acute_illness. 累瘫了 is tired.")
Z("花粉季哮喘又犯了，上楼梯都喘，胸口发紧，烦死了",
  "breathlessness chest_pain","asthma",{},"negative",{},"multi",
  "Asthma named. Breathless on stairs (mild effort) and chest tightness, which counts as chest_pain whatever the cause. 烦死了 is negative.")
Z("雾霾天能跑步吗？我自己没咳嗽也没啥不舒服",
  "","",{},"neutral",{},"question negated",
  "A general question; symptoms negated. Neutral.")
Z("登顶哈巴雪山！最后那段心跳得飞快，不过那是在拼命冲，一停下来就好了，超开心",
  "","",{},"positive",{},"exertion_soreness",
  "A fast heart during an all-out push that settled at once is not palpitations. 超开心 is positive.")
Z("到玉树两天了，坐着不动心也跳得很快，手表显示120多，还一阵一阵地乱跳，有点紧张",
  "palpitations","",{},"stressed",{},"device_reading",
  "Fast, irregular heart at rest for two days: palpitations. Heart rate is not a recorded number. 紧张 is stressed.")
Z("昨天在山脊上遇到雷暴，淋成落汤鸡。今天就是有点鼻塞，嗓子有点干，别的没事，心情还不错",
  "","",{},"positive",{},"negated",
  "A stuffy nose and dry throat are a head cold, not acute_illness. 心情还不错 is positive.")
Z("我是1型糖尿病，准备去徒步五天，今天早上血糖13.5，有点高，心里有点紧张",
  "","diabetes",{},"stressed",{"glucose_mg_dl":243},"device_reading",
  "Type 1 diabetes named. 13.5 mmol/l x 18 = 243 mg/dl. 紧张 is stressed.")
Z("上个月去玉龙雪山，在4680米那里头晕得不行，下来就好了，之后再也没有过",
  "","",{},"neutral",{},"healed timing",
  "Dizziness a month ago, none since: past. Neutral.")
Z("怀孕22周，在三亚度假，外面34度，每天在泳池里慢慢游一会儿，感觉很好",
  "","pregnancy",{},"positive",{"pregnancy_weeks":22},"",
  "Pregnant at 22 weeks. 34度 is the weather, not a temperature reading: no temp_c. 感觉很好 is positive.")
Z("怀孕30周，坐飞机到昆明以后右边小腿又疼又肿，已经两天了，有点担心",
  "pregnancy_warning","pregnancy",{},"stressed",{"pregnancy_weeks":30},"timing",
  "Calf pain and swelling in pregnancy: pregnancy_warning. 30 weeks recorded. 担心 is stressed.")
Z("我是替我儿子写的，他13岁，用我手机上的这个app。他上周六踢球中暑晕倒了，医生看过了，这一周都好好的",
  "","",{},"neutral",{},"proxy_writer healed",
  "Proxy writer for the user; the faint was over a week ago and he has been fine since: past. Neutral.")
Z("做完热瑜伽走回家，太阳很大，突然眼前发黑，天旋地转，扶着墙才没倒，吓得我不轻",
  "dizziness","",{},"stressed",{},"effect_only",
  "Vision going black and the world spinning, nearly falling, today: dizziness. Frightened: stressed.")
Z("又是高温天😩 啥也不想干，今天就在家拉伸一下吧",
  "","",{},"negative",{},"emoji",
  "No symptoms. 啥也不想干 (can't be bothered) is negative.")
Z("今天徒步25公里，累成狗，睡了十个小时还想睡",
  "","",{},"tired",{},"figurative slang",
  "累成狗 is a figure of speech for tired; wanting more sleep is tired.")
Z("早上在家量血压150/95，一直在吃降压药，今天想慢慢爬个小山",
  "","hypertension",{},"neutral",{"bp":[150,95]},"device_reading medication_implied",
  "Blood pressure pills and a reading of 150/95 imply hypertension. Neutral.")
Z("走完了贡嘎转山，一点高反都没有，不头疼也不喘，睡得也香，太爽了",
  "","",{},"positive",{},"negated",
  "Altitude symptoms negated. 太爽了 is positive.")
Z("在新疆露营，蚊子咬了一身包，天天下雨，憋在帐篷里好无聊",
  "","",{},"negative",{},"short",
  "Mosquito bites are not a listed symptom. 无聊 (bored) is negative.")
Z("同行的朋友说我下午在山上脸色煞白，走路打晃，我自己就觉得脑袋有点发飘",
  "dizziness","",{},"neutral",{},"others_noticed",
  "A friend saw the writer swaying and pale; the writer felt light-headed (发飘) today: dizziness. Neutral.")
Z("老婆怀孕30周了，我们下周去海边，我想每天早上继续跑步",
  "","",{},"neutral",{},"third_party",
  "The wife is pregnant, not the writer: no pregnancy, no pregnancy_weeks. Neutral.")
Z("昨天滑雪摔了好几跤，腰到现在又僵又疼，弯腰都困难，气死了",
  "","low_back_pain",{"low_back_pain":True},"negative",{},"timing",
  "Low back pain since yesterday's falls: low_back_pain, acute. 气死了 (angry) is negative.")
Z("从西藏回来这两天，休息的时候心脏老是扑通扑通乱跳，还漏跳。我本来就有房颤，在吃华法林，挺担心的",
  "palpitations","heart_disease",{},"stressed",{},"multi medication_implied",
  "Irregular, skipping heart at rest for two days: palpitations. Atrial fibrillation: heart_disease. 担心 is stressed.")
Z("今朝行山行到一半心口好翳，好似俾嘢压住咁，坐低抖咗阵先好返啲",
  "chest_pain","",{},"neutral",{},"dialect",
  "Cantonese: 心口好翳 means chest tightness/oppression, like being pressed, this morning on a hike: chest_pain. Neutral.")
Z("在香格里拉高反了，坐着 heart racing 停不下来，走两步就 breathless，scared",
  "palpitations breathlessness","",{},"stressed",{},"mixed_lang multi",
  "Heart racing at rest and breathless after a couple of steps: palpitations and breathlessness. 'scared' is stressed.")
Z("从沙滩走回停车场，就一个缓坡，胸口闷闷的发沉，还往左胳膊窜，歇了两次才走上去，有点害怕",
  "chest_pain","",{},"stressed",{},"timing",
  "Chest heaviness with mild effort spreading to the left arm: chest_pain. 害怕 is stressed.")
Z("今天雾霾好大，咳咳咳……开玩笑的，我啥事没有，去跑步机上跑",
  "","",{},"neutral",{},"figurative slang",
  "The coughing is a joke the writer takes back (开玩笑的，我啥事没有). Neutral.")
