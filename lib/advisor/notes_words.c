/* notes_words.c - what people write about their body and mood, in Chinese
 * and English, by concept (the format is in notes_words.h).
 *
 * Where the words come from: the warning signs of ACSM's pre-participation
 * screening (Riebe et al., Med Sci Sports Exerc 2015: chest pain or its
 * equivalents in the neck, jaw and arms, breathlessness at rest or with mild
 * exertion, dizziness and syncope, palpitations), the "neck check" for
 * acute illness (Eichner 1993), ACOG Committee Opinion 804 (2020) for the
 * warning signs in pregnancy, AHA 2017 for blood pressure and ADA for
 * glucose; the everyday, clinical and brand names of the conditions and
 * their treatments; and how people type on a phone (colloquial Chinese,
 * internet slang, abbreviations, common misspellings).
 *
 * A phrase listed under W_NONE is only there to stop a shorter reading: it
 * is read as nothing. */
#include "notes_words.h"

#include <stddef.h>

const mr_word_group mr_notes_words[] = {
    /* ---------------------------------------------------------- masks */
    {W_NONE, "having a heart attack over here|heart attack over here|cleaning up puke|clean up puke|cleaning up sick|cleaning up vomit|cleaning up the puke|没气短|没有气短|没气喘|没有气喘|老胃病了|胃病了|老毛病了|老病了|膝盖还好。|膝盖还好,|膝盖都还好|膝盖倒是还好|膝盖倒还好|腰还好。|腰还好,|脚踝还好。|脚踝还好,|gave me chills|gives me chills|give me chills|giving me chills|got the chills from|got chills from|美得让人窒息|美到窒息|看得喘不过气|看得心跳加速|读得喘不过气|看得我喘不过气|胸大肌|sit on the toilet|sitting on the toilet|sit down on the toilet|get off the toilet|get up off the toilet|心梗走了|心梗去世|心梗没了|心脏病走了|心脏病去世|in flip flops|wearing flip flops|in my flip flops|hurling training|hurling practice|hurling season|hurling club|hurling team|hurling tonight|the flu shot|the flu jab|the flu vaccine|a flu shot|a flu jab|my flu shot|my flu jab|控制得不错|控制得挺好|控制得很好|控制得还行|控制得还不错|控制得蛮好|控制得不赖|控制得可以|控制得好好的|controlled well|well controlled|well-controlled|under control|冲凉|冲完凉|冲个凉|冲澡|冲个澡|冲完澡|went a bit mad this week|went a bit mad|went mad this week|went a bit overboard|went overboard|抗原两条杠|抗原阳性两条杠|新冠两条杠|阳了两条杠|试纸两条杠|跑步膝盖|跑步膝蓋|跑步的时候膝盖|心脏病都快犯了|心脏病都要犯了|心脏病快犯了|气得我心脏病|气出心脏病|骨头鼓出来|骨头凸出来|那块骨头|lost my left leg below the knee|lost my right leg below the knee|leg below the knee|below the knee amputation|below-knee|胸口痛不痛|胸口疼不疼|心口痛不痛|头晕不晕|头痛不痛|心跳乱不乱|心慌不慌|喘不喘得上气|不是那种闷痛|不是闷痛|不是那种痛|就是肌肉酸|就是肌肉酸痛|痛不痛|疼不疼|晕不晕|乱不乱|喘不喘|闷不闷|会不会憋醒|烧不烧|hurling match|playing hurling|hurling game|at hurling|the hurling|a lad with chest pain|lad with chest pain|turned out to be a stemi|who turned out to be a stemi|three arrests|老腰倒是一点没事|腰倒是一点没事|腰倒是没事|腰倒没事|mean u have a heart attack|mean you have a heart attack|means you have a heart attack|mean ur having a heart attack|mean you're having a heart attack|u have a heart attack|you have a heart attack|气得心口疼|气得我心口疼|气得胸口疼|气得心口痛|气得胸口痛|气得心疼|气得肝疼|骨头还硬朗|这把骨头还硬朗|pressure normal|pressure is normal|pressure's normal|pressure was normal|if ur heart hurts|if your heart hurts|if u get chest pain|if you get chest pain|if ur dizzy|if you're dizzy|if youre dizzy|if u feel dizzy|if you feel dizzy|if u r dizzy|if ur chest hurts|if your chest hurts|活蹦乱跳|喘气很顺|喘气挺顺|喘气正常|喘气顺畅|呼吸很顺|呼吸顺畅|没压力|没啥压力|没什么压力|毫无压力|无压力|冇压力|no pressure at all|happy with the runs|the runs this week|the runs lately|the runs are going|with the runs so far|no air con|no aircon|拉了一晚上的|拉客拉到|32周前置|前置胎盘|一陣一陣全身發熱|一阵一阵全身发热|一陣一陣發熱|一阵一阵发热|熱潮紅|热潮红|潮熱|潮热|熱醒|热醒|hot flush|hot flushes|hot flash|hot flashes|night sweats|不想太兴奋睡不着|怕兴奋得睡不着|不想兴奋得睡不着|免得睡不着|怕睡不着|坐着腰背僵硬|一整天坐着腰背僵硬|久坐腰背僵硬|坐得腰背僵硬|坐久了腰背僵硬|平时太懒了|平时太懒|平时比较懒|spinal cord injury|spinal cord injured|脊髓损伤|almost puked|nearly puked|almost threw up|nearly threw up|almost vomited|nearly vomited|almost hurled|差点吐了|差点吐出来|练到想吐|跑到想吐|chest pain patients|chest pain patient|chest-pain patients|patient with chest pain|patients with chest pain|胸痛病人|胸痛患者|胸痛的病人|胸痛的患者|只是心很痛|只是心痛|只是心好痛|心很痛這樣|心很痛这样|同班friend|同班friends|同班朋友|同班fd|同朋友|同friend|同friends|with friends|with my friends|with mates|with me mates|with my mates|with the lads|with the boys|with the girls|跟朋友|和朋友|跟哥们|跟姐妹们|和姐妹们|tested negative for covid|negative for covid|covid test was negative|covid test negative|covid negative|lft negative|rat negative|流感疫苗|打了疫苗|打完疫苗|打疫苗|flu jab|flu shot|flu vaccine|covid jab|covid booster|sick about it|sick with worry|worried sick|半山腰|山腰|爬到半山腰|不练一天浑身不得劲|一天不练浑身不得劲|不练就浑身不得劲|不动就浑身不得劲|不练浑身不得劲|不动浑身不得劲|一天不动浑身不得劲|不动就浑身难受|不练就浑身难受|一天不练就难受|一天不动就难受|ticker's fine|tickers fine|ticker is fine|ticker's ok|ticker's good|money's just tight|moneys just tight|money's tight|money is tight|money's a bit tight|money tight|cash is tight|funds are tight|budget is tight|budget's tight|money's been tight|things are tight|手头紧|钱紧|在家闷得慌|一个人闷得慌|家里闷得慌|一个人在家闷得慌|待着闷得慌|憋在家闷得慌|thought i was havin a heart attack when|thought i was having a heart attack when|nearly had a heart attack when i saw|almost had a heart attack when i saw|had a heart attack when i saw the|气得心口疼，嗨，逗您呢|逗您呢|逗你呢|开玩笑的|should i skip|or should i skip|or skip|skip it|skip today|skip the session|skip the class|skip class|skip my|skip a day|skip a session|skip the run|skip the gym|skip training|skip breakfast|skip lunch|skip meals|skip dinner|i'll skip|ill skip|gonna skip|going to skip|might skip|brutal out here|brutal out there|brutal outside|heat is brutal|humidity is brutal|brutal heat|brutally hot|brutal humidity|闷热|悶熱|好闷热|好悶熱|很闷热|真闷热|太闷热|闷热闷热|拉了一上午活|拉了一下午活|拉了一天活|拉了一晚上活|拉了一上午的活|拉了一天的活|拉活|拉客|拉到医院|烧了一桌|烧了一大桌|烧了一桌子|烧了几个菜|gave me a heart attack|nearly gave me a heart attack|almost gave me a heart attack|people off sick|staff off sick|colleagues off sick|half the office off sick|half the team off sick|folks off sick|guys off sick|lads off sick|优甲乐|雷替斯|左甲状腺素|优甲樂|胰岛素抵抗|胰岛素阻抗|insulin resistance|insulin resistant|catching a cold|catch a cold|about catching|afraid of catching|怕感冒|别感冒了|腿发软|怕伤着|怕受伤|afraid of hurting myself|scared of hurting myself|worried about hurting myself|扎了手指|扎手指|扎了一下手指|扎指尖|扎了指尖|测了手指|finger prick|finger-prick|fingerprick|pricked my finger|就要吃降压药|就得吃降压药|就要吃药了|不然要吃降压药|免得吃降压药|要开始吃降压药|别担心我|你别担心|不用担心我|skipped a beat when she said yes|skipped a beat when he said yes|skipped a beat when she said|skipped a beat when he said|skipped a beat when i saw|skipped a beat when they called|搬病人|抬病人|扶病人|背病人|给病人翻身|帮病人翻身|抱病人|锄头|石头|枕头|码头|舌头|木头|馒头|钟头|块头|开头|年头|念头|镜头|罐头|丫头|老头|日头|街头|里头|外头|前头|苗头|龙头|跟头|插头|窝窝头|跌晒水准|跌水准|水准下降|状态下滑|hate letting the team down|hate letting|hate to let|hate letting people down|keeps buzzing|keeps buzzin|buzzing me|buzzin me|watch buzzing|watch buzzed|phone buzzing|buzzed me|kept buzzing|拳头|拳頭|石头|馒头|舌头|指头|码头|里头|外头|前头|后头|枕头|罐头|feller|fella|fellers|watch kept buzzing|kept buzzing|watch buzzing|phone buzzing|buzzing with|坐着没动|没动|一动不动|没怎么动|这天闷得人喘不过气|天闷得人喘不过气|天气闷得人喘不过气|闷得人喘不过气|这天气闷得人喘不过气|天闷得喘不过气|馒头|跟馒头似的|像馒头一样|肿得跟馒头|一点不舒服都没有|一点儿不舒服都没有|一点都没不舒服|没有一点不舒服|啥不舒服都没有|什么不舒服都没有|哪都不疼|哪儿都不疼|一点都不疼|还没好利索|没好利索|还没好全|没好全|还没好彻底|walk fast|walking fast|walk faster|walking faster|walk quicker|run faster|running faster|go faster|ride faster|pedal faster|don't want to lose all my fitness|don't want to lose my fitness|dont want to lose my fitness|dont want to lose all my fitness|don't want to lose fitness|lose all my fitness|lose my fitness|不想掉体能|怕掉体能|走快|走快点|走得快|跑快|跑快点|跑得快|骑快|硬着头皮|feel sick to my stomach about|i feel sick to my stomach about|feel sick to my stomach over|sick to my stomach about|sick to my stomach over|feel sick about|giving me chest pains|giving me chest pain|gives me chest pains|跟发烧打摆子似的|打摆子似的|食紧|做紧|返紧|谂紧|睇紧|行紧|跑紧|用紧|搞紧|等紧|饮紧|揾紧|吃紧|跟发烧似的|像发烧似的|跟发烧一样|像发烧一样|轻松的运动|轻松嘅运动|轻松点的运动|轻松一点的运动|轻松些的运动|轻松的活动|轻松点的活动|head is spinning from|head's spinning from|head spinning from|spinning from all|头都大了|diagnosed last year|diagnosed a year ago|diagnosed years ago|diagnosed two years ago|diagnosed last month|diagnosed in|covid scare|a covid scare|tested negative|covid negative|negative covid|晕死|喘得像狗|累到喘成狗|新冠后|covid后|after covid months|长新冠|long covid|long-covid|post covid|post-covid|转头|扭头|回头|转脖子|转身|没有比平常更喘|没有比平时更喘|没比平常更喘|没比平时更喘|不比平时喘|不比平常喘|没有比以前更喘|没有平时喘|no more breathless than usual|no more short of breath than usual|not more breathless than usual|no more out of breath than usual|出血压|晕车|晕船|晕机|晕3d|绕晕|搞晕|弄晕|忙晕|光晕|红晕|晕染|烧烤|燃烧|烧钱|红烧|烧饭|烧菜|烧水|烧脑|烧卡路里|"
             "酸奶|酸菜|酸梅|麻烦|麻辣|麻将|芝麻|刺激|抽烟|抽空|抽时间|抽奖|吐槽|拉伸|拉练|拉力|堵车|憋尿|要紧|"
             "赶紧|抓紧|紧急|不要紧|不管|不知道|不知|不然|不得不|不少|不断|头发|头一次|头一回|里头|外头|上头|"
             "回头|开头|头条|他汀|他汀类|阿托伐他汀|瑞舒伐他汀|不算发烧|不算烧|heart's not in it|heart is not in it|heart isnt in it|"
             "heart's just not in it|heart just isn't in it|hearts not in it|skipping the gym|skip the gym|skipping gym|背包|背单词|背书|背景|背后|背着|违背|背锅|背影|腰围|弯腰|伸懒腰|腰包|叉腰|新手|"
             "手表|选手|对手|高手|一手|动手|卡路里|打卡|卡片|软件|影响|响应|心疼|妈呀|我的妈|他妈的|未来|无所谓|"
             "没关系|没想到|没时间|没办法|冷静|心跳训练|快走|压腿|压力测试|病毒式|病句|毛病不大|跑步机|"
             "热身|心得|用心|小心|放心|关心|开心果|细心|耐心|恶心人|心情一般|闷热|沉闷|胸有成竹|心中有数|"
             "血压计|发热量|心情|心里|心思|心态|心事|心理|心中|心愿|心意|心血|心眼|心声|心灵|心动|心软|心急|心虚|耐心|细心|"
             "信心|决心|核心|中心|爱心|热心|心仪|心机|真心|粗心|贴心|安心|专心|省心|舒心|心想|用心良苦|心电图|"
             "worried sick|sick with worry|cleaning up sick|clean up sick|cleaned up sick|head is spinning with|"
             "head spinning with|my head spins with|giddy with excitement|giddy with joy|血脂|贫血|献血|血型|血管|血液|抽血|验血|血常规|血氧|血检|心里话|cleaning up sick|clean up sick|cleaned up sick|head is spinning with|"
             "head spinning with|my head spins with|giddy with excitement|giddy with joy|看得我头晕|看得头晕|看得我眼晕|看得眼花|看得我眼花|cant keep up|can't keep up|mi band|xiaomi|看晕|看得我晕|看得晕|听晕|读晕|算晕|发烧友|puffer jacket|热量|困难|困扰|累计|积累|连累|拖累|乏味|棒球|棒棒糖|音乐|可乐|俱乐部|乐器|"
             "挣扎|扎实|扎针|烧掉|烧伤|烧脂|燃脂|其他|其它|其他的|喘口气|胃口|好转|手机支架|相机支架|气喘吁吁地跑完"},
    {W_NONE, "压力袖|压力衣|压力袜|压力套|compression sleeve|compression socks|吓醒了，还好是梦|还好是梦|梦见|reach back|reaching back|reach behind|reaching behind|lean back|leaning back|stress test|stress tests|stress echo|stress-test|pain in the neck|chest xray|chest x-ray|chest x ray|chest scan|chest ct|胸片|拍胸片|looked like i was about to faint|looked like i was going to faint|looked like i might faint|looked like i was gonna faint|like someone|like somebody|as if someone|as if somebody|as though someone|像有人|好像有人|像是有人|nah actually|no actually|nope actually|no wait|nah wait|sick gains|that was sick|was sick 🔥|so sick 🔥|pain in the ass|pain in the butt|a real pain|such a pain|growing pains|no pain no gain|"
             "hurt my feelings|hurts my feelings|spin class|spinning class|spin bike|spin studio|by heart|heart of|"
             "heart set on|with all my heart|head out|heading out|head to|head over|ahead|back to|back from|back home|"
             "back at|come back|came back|coming back|get back|got back|getting back|go back|went back|be back|"
             "welcome back|back and forth|hay fever|cabin fever|spring fever|fever pitch|breathtaking|"
             "take my breath away|hot flash|hot flashes|feel the burn|burn calories|burning calories|burn fat|"
             "fat burning|fat burn|calorie burn|seasick|carsick|tight schedule|tight deadline|sleep tight|"
             "heart rate zone|heart rate zones|heart rate training|break a leg|cold weather|cold outside|"
             "cold out|cold day|cold morning|cold beer|cold brew|cold shower|cold plunge|tightly|heartily|"
             "blood test|blood work|bloodwork|blood donation|bloody|no idea|no clue|not only|no matter|no time|"
             "nothing much|no worries|don't know|dont know|don't care|dont care|not to mention|"
             "heat is killing me|this heat is killing me|work is killing me|job is killing me|skipped breakfast|"
             "skipped lunch|skipped dinner|skipped a meal|skipped my workout|skipped the gym|skipped my run|"
             "skipping rope|skip rope|jump rope|racing bike|race day|running late|fast food|breakfast|"
             "break fast|intermittent fasting|sugar free|no sugar|sugar cravings|head start|head coach|"
             "headphones|headband|headset|heads up|head count|"
             "ankle weights|knee sleeve|knee sleeves|knee high|knee deep|feet up|on my feet|cold feet|flu shot|flu jab|"
             "flu vaccine|gastric bypass|mi band|getting used to|get used to|got used to|jumping jacks|calm down|"
             "a cold day|a cold morning|a cold night|a cold one|a cold drink|a cold beer|run down the|"
             "heart rate monitor|heart rate up|heart rate down|my heart rate data"},

    /* ---------------------------------------------------------- body parts */
    {B_CHEST, "my chess|me chess|ma chess|mi chess|心口窝子|心口窝|心窝子|心窝|心口头|心口頭|心肝头|心肝頭|ribs|my ribs|凶口|兄口|熊口|胸囗|xiong口|xiongkou|xiong kou|xinkou|xin kou|胸|胸口|胸部|胸前|胸腔|胸骨|心口|心窝|心窝子|前胸|左胸|右胸|胸肌|胸膛|膻中|"
              "~chest|breastbone|breast bone|sternum|rib cage|ribcage|pecs|pec|left side of my chest|center of my chest|midchest|mid chest|centre of my chest|behind my breastbone"},
    {B_HEART, "ticker|me heart|mi heart|新跳|hart|ticker|my ticker|ticker's|心|心脏|心跳|心率|心律|心脏跳|脉搏|脉|"
              "heart|hearts|heartbeat|heart beat|heartbeats|heart rate|pulse|ticker|tickers|hr"},
    /* the whole body: aches all over are illness below the neck (neck check) */
    /* breathing with a word for difficulty is breathlessness */
    {B_BREATH, "呼吸|吸气|"
               "breathing|breath|breathe|inhaling|each breath"},
    {S_EFFORT, "费劲|困难|不畅|不顺|急促|很急|好急|短|浅|"
               "hard|difficult|shallow|laboured|labored|restricted|harder"},
    /* vision going dark or white, or full of stars: (near) fainting */
    {B_VISION, "in front of my eyes|front of my eyes|my vision|vision|eyesight|眼前|两眼|眼睛前|视线|"
               "vision|my eyes|eyes went|eyesight"},
    {S_DARK, "sparkles|stars|closed in|黑|发黑|一黑|一阵发黑|一阵阵发黑|发白|一白|一阵发白|冒星星|星星|小星星|金星|花|发花|"
             "went black|went dark|went white|goes black|goes dark|goes white|going black|going dark|greying|goes grey|goes gray|going grey|going gray|"
             "graying|went grey|went gray|tunnel|fuzzy|dimmed|blacked"},
    /* the room or the world moving is dizziness (vertigo) */
    {B_SPACE, "房间|天花板|地面|地板|周围|世界|房子|"
              "room|world|floor|ceiling|everything around me|the walls|ground|everything"},
    {B_BODY, "全身|浑身|骨头|骨头缝|每个关节|关节都|身上|"
             "whole body|all over|every joint|all my joints|my joints|entire body|body"},
    {B_HEAD, "头|头部|脑袋|脑壳|脑子|头顶|太阳穴|后脑勺|头壳|脑阔|"
             "head|temples|skull"},
    {B_KNEE, "膊棱盖|波棱盖|波罗盖|卜楞盖|膊楞盖|波拉盖|磕膝盖|膝头哥|膝頭哥|膝头哥|膝头|膝哥|xigai|xi gai|脚馒头|腳饅頭|膝|膝盖|膝关节|膝部|髌骨|波棱盖|波棱盖儿|磕膝盖|膝盖骨|"
             "~knee|knees|kneecap|kneecaps|patella|kne"},
    {B_ANKLE, "脚脖子|脚腕子|脚腕|angle|脚踝|踝|踝关节|脚脖子|脚腕|脚腕子|跟腱|外踝|内踝|"
              "~ankle|ankles|achilles|achiles"},
    {B_FOOT, "脚趾头|脚指头|趾头|脚|足|脚底|脚后跟|足跟|脚趾|脚掌|脚背|足底|脚心|"
             "foot|feet|my heel|heel pain|heels|heel spur|left heel|right heel|toe|toes|arch|arches|sole|soles|plantar"},
    {B_LOWBACK, "small of me back|small of my back|small of the back|my waist|me waist|waist|腰|腰部|后腰|下背|下背部|腰背|腰眼|尾骨|骶骨|腰骶|腰椎|"
                "lower back|low back|lower bak|low bak|tailbone|coccyx|lower spine|sacrum|si joint"},
    /* "bakc", "bcak": a back typed in a hurry (too short for the one-typo rule) */
    {B_BACK, "bakc|bcak|lower bakc|coluna|my column|the column|in the column|背|后背|背部|脊椎|脊柱|上背|"
             "back|spine|upper back|mid back|middle back|bak"},
    {B_ARM, "胳膊|手臂|臂|左臂|左胳膊|左手臂|上臂|胳臂|"
            "arm|arms|left arm|forearm|forearms|bicep|biceps|tricep|triceps"},
    {B_JAW, "下巴|下颌|下颚|牙床|"
            "jaw|jawbone|jaw bone"},
    {B_NECK, "脖子|颈|颈椎|颈部|后颈|"
             "neck"},
    {B_SHOULDER, "肩头|肩|肩膀|肩周|肩关节|左肩|"
                 "shoulder|shoulders|rotator cuff|left shoulder"},
    {B_HIP, "髋|髋关节|胯|屁股|臀|臀部|腹股沟|"
            "hip|hips|groin|glute|glutes|buttock|buttocks|bum|bum cheek"},
    {B_LEG, "腿|大腿|大腿后侧|胫骨|腘绳肌|腿部|股四头肌|"
            "leg|legs|thigh|thighs|hamstring|hamstrings|hammy|quad|quads|quadricep|quadriceps|shin|shins"},
    {B_CALF, "腳瓜|脚瓜|腳瓜囊|小腿肚子|小腿|腿肚子|小腿肚|"
             "calf|calves"},
    {B_HAND, "手指头|指头|拳头|手腕|手指|手肘|肘|手掌|腕|大拇指|"
             "wrist|wrists|hand|hands|finger|fingers|thumb|elbow|elbows"},
    {B_BELLY, "肚子|腹|小腹|腹部|胃|下腹|"
              "stomach|belly|tummy|abdomen|abdominal|gut|lower belly"},

    /* ---------------------------------------------------------- sensations */
    /* "胸口有点烧得慌": a burning, not "有点烧" (a temperature) */
    {S_PAIN, "有点烧得慌|有点烧灼|有点火辣辣|有點燒得慌|a bun|bun mi|bunnin|hurtin|achin|burnin|dey burn|dey burn me|dey pain me|masakit|sair|pure sair|awfy sair|gey sair|is angry|'s angry|are angry|been angry|angry after|playing up|barking|protesting|火烧|像火烧|团火|火在烧|烧一样|火辣辣地|paining|on fire|疼|痛|tong|teng|tongdao|疼痛|刺痛|隐痛|隐隐作痛|隐隐的|作痛|抽痛|钝痛|剧痛|绞痛|胀痛|扎|针扎|刺|抽筋|痉挛|疼死|痛死|"
             "疼得|痛得|火辣辣|灼热|灼烧|烧灼|烧得慌|一阵一阵|撕裂般|要命|疼疼|痛痛|不能碰|一碰就疼|"
             "pain|pains|painful|~hurt|hurts|hurting|hurted|ache|aches|aching|achy|achey|stabbing|sharp|twinge|"
             "twinges|throbbing|throbs|throb|tender|burning|cramp|cramps|cramping|spasm|spasms|killing me|agony|"
             "niggle|niggling|fasciitis|splints|ouch|owie|hurt my|painfull|pian"},
    {S_PRESS, "someone's sitting on it|somebody's sitting on it|someone sitting on it|sitting on it|sittin on it|sat on it|sittin on my|頂住|顶住|用拳頭頂|用拳头顶|俾人用拳頭頂住|nakadagan|may nakadagan|parang may nakadagan|tite|sqeez*|sqeezing|squeezin|sqeeze|翳|好翳|翳住|翳翳地|翳到|elephant|anvil|boulder|ton of bricks|piano on|parked a fridge on|fridge on my|elephant on|elephant sitting on|weight on my|pressing on|pressing down|crushing|crushed|like a vice|in a vice|band around|squeezy|squeezing|squeeze|squeezed|闷|闷闷|闷闷的|憋|憋闷|压|压着|压迫|压榨|压住|紧|发紧|紧绷|揪着|揪|堵|堵得慌|沉|沉重|胀|发胀|"
              "透不过|石头|勒|箍|捏|攥|揸住|揸|大象|被踩|踩着|踩了|menmen|men men|menmende|men men de|"
              "tight|tightness|~pressure|heavy|heaviness|squeez*|squeezy|crush*|vice|vise|in a vice|clamp|clamped|crushing|crushed|"
              "constricted|constricting|constriction|clenched|clenching|band around|weight on|pressing|"
              "compressed|presure|pressur"},
    {S_SORE, "酸楚|wrecked|trashed|destroyed|smashed|酸|酸痛|酸胀|酸软|酸酸的|酸酸|"
             "sore|soreness"},
    {S_SWELL, "has gone all swelled up|has gone all swollen|has gone all puffy|has gone swollen|has gone puffy|has gone all fat|has swelled up|have gone all swollen|have gone swollen|have swelled up|gone all swelled up|gone all swollen|gone all puffy|gone all swole|gone swollen|gone puffy|all swelled up|swelled right up|swelled up|swole up|swoll up|swoln|it's gone dead swollen|its gone dead swollen|it's gone all swollen|its gone all swollen|it's gone swollen|its gone swollen|it's gone puffy|its gone puffy|gone dead swollen|dead swollen|blown up like a balloon|swelled right up|swelled up like|gone purple|gone blue|gone black and blue|purple|bruised|bruising|发紫|青紫|淤青|乌青|肿|肿了|红肿|肿胀|发炎|炎症|积液|积水|鼓包|"
              "swollen|swelling|swelled|puffy|puffed up|inflamed|inflammation|blew up|swolen"},
    {S_INJURY, "something click|something clicked|click in lower back|歪了|伤|受伤|扭伤|扭到|扭了|拉伤|撕裂|断了|骨折|骨裂|裂了|手术|开刀|术后|韧带|错位|脱臼|劳损|磕|"
               "磕到|撞到|摔了|摔倒|伤到|碰到|扭一下|伤了|扭|拉到|抻到|闪到|闪了|"
               "injury|injuries|injured|~sprained|sprain|sprains|~strained|strain|pulled my|pulled a|twisted my|"
               "twisted it|twisted|rolled my|rolled it|rolled over on|torn|tear|tore|ruptured|rupture|broke my|"
               "broken|fracture|fractured|dislocated|surgery|operation|tendinitis|tendonitis|tendinopathy|"
               "bursitis|tweaked|jammed|banged|bashed|landed on|went over on|injured my|hurt it|messed up|busted|"
               "fell on|fell over|tripped|sprang|sprane|injery|injurd"},
    {S_STIFF, "硬|发硬|硬邦邦|硬得像石头|像石头一样硬|僵|僵硬|发僵|咔咔响|咯吱响|弹响|嘎嘣|卡住|打软|发软|没力|使不上劲|不稳|不灵活|不利索|响|"
              "stiff|stiffness|locked up|locking|locks up|clicking|clicks|popping|pops|cracking|creaky|creaking|"
              "grinding|crunchy|gives way|giving way|gave way|gives out|giving out|gave out|buckled|buckling|"
              "unstable|weak|wobbly knee|stif"},
    {S_NUMB, "numbness|麻|发麻|麻木|麻麻的|刺麻|"
             "numb|numbness|tingling|tingly|tingle|pins and needles|dead arm"},
    {S_RACE, "going 100mph|going 100 mph|doing 100mph|doing 100 mph|at 100mph|at 100 mph|a hundred miles an hour|100 miles an hour|going a hundred|goes really fast|going really fast|bangs hard|banging hard|hopping|hoppin|跟打鼓似的|打鼓似的|像打鼓一样|跳得跟打鼓|skip-thump|skip thump|flip-flops|flip flops|flip-flop|flip flop|galloping|gallop|cha-cha|cha cha|扑腾扑腾|扑腾|跳得飞快|飞快|going a mile a minute|a mile a minute|mile a minute|going like a train|going like the clappers|skip a beat|skip a few beats|skipped a few beats|skips a few beats|skip beats|skip|flip flops|flip-flops|flipflops|somersaults|backflips|galloping|gallops|galloped|bouncing|bouncing around|乱|好乱|很乱|乱七八糟|停一下|停了一拍|skippy|狂飙|乱的|是乱的|一会儿快一会儿慢|忽快忽慢|快|漏拍|漏了一拍|漏一拍|停了一下|停一拍|扑腾|砰砰跳|怦怦跳|不齐|不规律|乱跳|狂跳|跳得快|跳得很快|跳得厉害|跳得好快|怦怦|砰砰|扑通|咚咚|突突|漏跳|停跳|加速|跳得乱|乱了|"
             "racing|races|pounding|thumping|fluttering|flutters|flutter|skipping|skipped|skips|irregular|"
             "all over the place|going crazy|beating fast|jumping|flip flopping|flipflopping|hammering|"
             "thudding|jumpy|erratic|thud|thuds|jump|jumps|very fast|so fast|really fast|too fast|fast|banging|bangs|"
             "like the clappers|hiccup|hiccups|somersault|somersaults|cartwheels|uneven|unevenly|misses one|"
             "misses a beat|missed a beat|flopping|fluttery|racey|going mad|going nuts|all over the shop"},
    {S_SPIN, "a-swimmin|swimmin|turn roun|turnin roun|da turn roun|doing laps|going round|going around|went round|spinning round|doing circles|🌀|天旋|转|在转|打转|晃|在晃|晃动|歪|倾斜|在动|昏|昏得很|昏昏的|昏昏|发昏|"
             "whirling|spin|spins|spinning|tilted|tilting|tilts|rotating|rotate|rotates|moving|moves|wobbly|"
             "wobbles|swaying|sways|lurching|rocking|goes to one side|go to one side|goes sideways|swimmy|"
             "going round|goes round|spun"},
    {S_ODD, "怪|怪怪的|不对劲|不对|不得劲|别扭|异样|异常|不好|不太好|毛病|"
            "weird|funny|strange|odd|feels off|feel off|feeling off|not right|doesnt feel right|feels wrong|"
            "foggy|fuzzy|uncomfortable|discomfort|wierd|wierdly|funky"},

    /* ---------------------------------------------------------- symptoms by name */
    {D_CHEST, "xiongmen|xiong men|xiongmeng|xiong meng|胸口会烧|胸口烧烧|胸口烧得|胸口烧|心口烧|心口会烧|胸口灼热|胸口灼烧|胸口火烧|胸口火辣辣|pressed by stone|pressed by a stone|pressed by a big stone|pressed by a rock|a stone pressing on my chest|stone pressing on my chest|stone on my chest|a stone on my chest|rock on my chest|a rock on my chest|brick on my chest|a brick on my chest|sitting on my breastbone|sitting on my sternum|sitting on my ribs|something sitting on my chest|sitting on my chest|sitting on me chest|sat on my chest|sitting on top of my chest|weight sitting on my chest|sitting on my ribs|indigestion comes back every time|indigestion every time he|indigestion every time i|indigestion when i walk|indigestion when he walks|indigestion going uphill|heartburn going uphill|heartburn when i walk|heartburn walking uphill|heartburn on the hill|heartburn on hills|indigestion on hills|heartburn every time i walk|心口窝子一阵一阵地疼|心口窝子一阵一阵的疼|心口一阵一阵地疼|心口一阵一阵的疼|胸口一阵一阵地疼|胸口一阵一阵的疼|心口窝子疼|心口窝子痛|心口窝疼|心口窝痛|心窝子疼|心窝疼|新口老是闷|新口闷|新口有点闷|新口发闷|新口疼|新口痛|新口压|新口憋|新口堵|xinkou bu shufu|xinkou teng|xiongkou teng|xiong men|xinkou men|chest is at me|band pulled round|like a band round|band round my chest|捂着胸口|捂住胸口|捂胸口|clutching my chest|clutching his chest|clutching my chest|clutching her chest|grabbin my chest|grabbing my chest|clutchin my chest|grabbing his chest|grabbin his chest|chest burns|chest is burning|chest was burning|my chest burning|parked a car on my chest|someone parked a car on my chest|behind my breast bone|behind my breastbone|behind my breast bine|behind the breastbone|pressure on the breast|pressure on my breast|pain on the breast|pain in the breast|pressure in the breast|heartburn-y feeling high up in my chest|heartburn-y feeling|heartburny feeling|heartburn-y|uneasiness in chest|uneasiness in my chest|uneasiness in the chest|chest uneasiness|uneasy feeling in my chest|like my bra's done up|my bra's done up|bra's done up|bra is done up too tight|bra feels too tight|band around my chest|band round my chest|band around my ribs|band round my ribs|band tightening round|band tightening around|chest mein jalan|chest me jalan|seene mein jalan|chest mein dard|chest me dard|seene mein dard|angina's been playing up|angina playing up|angina is playing up|angina's playing up|angina acting up|angina's acting up|angina flared|angina flaring|used the gtn|used my gtn|needed my gtn|had to use my gtn|had to use the gtn|took my gtn|took a gtn|gtn spray twice|用了硝酸甘油|吃了硝酸甘油|含了速效救心丸|吃了速效救心丸|凶闷|兄闷|胸门|凶痛|xiong闷|心绞痛|含了硝酸甘油|用了硝酸甘油|含硝酸甘油|吃了速效救心丸|used my gtn|"
              "used my nitro|took a nitro|took my nitro|had to use my gtn|had to use my nitro|nitro under my tongue|"
              "胸痛|胸闷|胸口闷|心绞痛发作|烧心|心口疼|心前区|憋闷|胸憋|压榨感|胸口发紧|胸口痛|胸口疼|"
              "heartburn|heart burn|elephant on my chest|elephant sitting on my chest|elephant sitting on me|"
              "elephant on me|weight on my chest|band around my chest|like a heart attack|having a heart attack|"
              "chestpain|chest pain|chest pains|chest tightness|tight chest|tight chested|tight chest'd|angina attack|angina again|"
              "anginal"},
    {D_DIZZY, "头眩目暗|头眩眼暗|行路拢行袂在|行路行袂在|行袂在|heid's spinnin|heid spinnin|heid's spinning|heid spinning|room went roon|went roon|sar ghoom raha|sar ghoom rha|sar ghoom|sir ghoom raha|sir ghoom|chakkar aa raha|chakkar aa rahe|chakkar aaya|chakkar aa gaya|everything goes grey|everything goes gray|everything going grey|everything going gray|everything goes dark|everything goes black|things go grey|things go gray|things go black|things go dark|had to grab the desk|grab the desk|had to grab the counter|had to grab the worktop|white as a sheet|went white as a sheet|went as white as a sheet|turned white as a sheet|went white as a ghost|觉得地在晃|地在晃|像在船上摇|站着都像在船上|the church started spinning|room started spinning|the room started spinning|room was spinning|the room was spinning|everything started spinning|everything was spinning|world started spinning|went all clammy|gone all clammy|眼门前一片黑|眼门前发黑|眼门前黑|眼门前一黑|went dark on me|nearly on the floor|nearly hit the floor|almost hit the floor|almost on the floor|had a funny turn|had a dizzy turn|had a bit of a turn|took a funny turn|a funny turn|gone all grey and swimmy|all grey and swimmy|grey and swimmy|gone all grey|gone all swimmy|went all swimmy|all swimmy|had to grab the kitchen bench|had to grab the bench|grab the kitchen bench|the road went grey and tilted|road went grey and tilted|went grey and tilted|the road went grey|road went grey|the road tilted|road was tilting|the world tilted|everything tilted|the room was going round|room was going round|room going round|醒过来才晓得摔了|人就倒在|突然就倒下去|突然倒下去|过几秒才醒|过了几秒才醒|几秒才醒过来|all things spinning|things spinning around|everything spinning around|all things spin|head was spinnin|head spinnin|head was spinning|填选地转|天选地转|天悬地转|醒过来一帮人围着|醒过来一帮人|咕咚一下就躺地上|咕咚一下倒|out cold for|went down like a sack of spuds|went down like a sack|woke up on the bathroom floor|woke up on the floor|came to on the floor|found myself on the floor|eyes become black|eyes became black|eyes go black|eyes went black|my eyes become black|眼睛一黑|眼睛发黑|眼睛一下就黑了|everything become black|everything became black|everything go black|everything goes black|everything went black|lights just went oot|lights went oot|the lights just went out|lights just went out|came roon after|came round after a minute|came to after a minute|room swims|the room swims|room swimming|room was swimming|head swims|head swimming|head very light|head is very light|head feel light|head feels very light|head feel very light|head goes a bit light|head goes light|my head goes light|head went light|head goes funny when i get up|went proper grey|gone proper grey|went all grey|floor was tippin sideways|floor was tipping sideways|floor was tippin|floor was tipping|floor tipping|everything dey turn|everything dey spin|my head dey turn|head dey spin|head dey turn|car park was spinning|whole car park was spinning|everything was spinning|place was spinning|room was spinning|the whole place spinning|went grey and clammy|went grey|i was out for a few seconds|was out for a few seconds|out for a few seconds|was out cold|had a wobble|white as a sheet|went white and swayed|swayed at the|everything is turning|everything turning|everything was turning|room is turning|room was turning|the room turning|everything is going round|everything goes round|whole street went wonky|went wonky|grey as a ghost|liked to fall out|like to fall out|till the spots went away|spots went away|kizunguzungu|inazunguka|nikakaribia kuanguka|still feel swimmy|tou yun|tou you dian yun|touyun|tou hun|tou yun le|目眩|头旋|几欲仆地|tipped sideways|yard tipped|脸色煞白|差点从凳子上滑下去|差点滑下去|整个房间都在转|房间都在转|房间在转|头很运|went sideways|everywhere come dey turn|everywhere dey turn|hold table make i no fall|运乎乎|运运乎乎|晕乎乎|晕晕乎乎|头有点运|眼前一片灰|眼前发灰|眼前一片黑|扶着门框|whole place spin|whole place spun|whole place spinning|whole room spin|whole room spun|everything went black|everthing went black|it all went black|like to fell out|liketa fell out|nearly fell out|almost fell out|funny turn|went grey and wobbly|went gray and wobbly|light-heidit|licht-heidit|light heidit|everything go around|everything goes around|everything going around|everything go round|like carousel|like a carousel|merry-go-round|room went sideways|room tilted|room was tilting|room tipped|had to grab the wardrobe|grab the wardrobe|头壳就眩|頭殼就眩|几秒钟没反应|我自己完全不记得|自己完全不记得|脸一下白了|脸刷一下白了|脑瓜子直迷糊|脑瓜子迷糊|直迷糊|栽一跟头|差点栽|room was swimming|the room was swimming|room swimming|头壳眩|头壳晕|头壳眩眩|眩眩|险险仔就倒|险险就倒|差点倒落去|倒落去|todo empezó a dar vueltas|dar vueltas|mareado|mareada|slid down the wall|i'm on the floor|i was on the floor|ended up on the floor|white as a sheet|站起来晃了一下|站起来晃了|起身晃了一下|晃了一下|went grey and slumped|slumped sideways|slumped over|叫我也没反应|叫我没反应|一点印象都没有|don't remember any of it|dont remember any of it|wasn't responding|unresponsive|world went grey|world went gray|whole kitchen tilted|kitchen tilted|tilted sideways|有点偷运|偷运|room went grey|room went gray|whole room went grey|whole room went gray|everything went grey|everything went gray|went all grey|room birls|the room birls|birling|birls|went aw swimmy|went all swimmy|all swimmy|aw swimmy|swimmy|nahilo ako|nahilo|nahihilo|umiikot yung paligid|umiikot ang paligid|hilo ako|woozy|presyncopal|presyncope|pre-syncope|pre-syncopal|near syncope|near-syncope|syncopal|before i hit the floor|nearly hit the floor|almost hit the floor|nearly hit the deck|almost hit the deck|nearly fainted|almost fainted|nearly passed out|almost passed out|屋子都在转|屋子在转|整个屋子都在转|屋里都在转|屋子转|偏偏倒倒|东倒西歪|踩棉花|像踩棉花|脚下发飘|走路发飘|走路打飘|晕死过去|差点晕死|swimmy-headed|swimmy headed|head swimming|head was swimming|keeled over|nearly keeled|almost keeled|nearly passed out|almost passed out|nearly fainted|almost fainted|legs went to jelly|legs turned to jelly|jelly legs|head rush|headrush|眼冒金星|头yun|touyun|头云|头运|头匀|头昏昏|tou晕|"
              "头晕|晕|头昏|眩晕|发晕|晕乎|晕乎乎|晕晕|晕眩|天旋地转|眼前发黑|眼前一黑|眼冒金星|眼花|站不稳|"
              "晕倒|昏倒|晕过去|昏过去|差点晕|头重脚轻|犯晕|头昏脑涨|头昏眼花|晕厥|昏厥|晕死|发昏|脑袋发晕|"
              "~dizzy|~dizziness|dizzyness|~lightheaded|light headed|lighheaded|woozy|~vertigo|faint|fainted|"
              "fainting|feel faint|felt faint|passed out|pass out|passing out|blacked out|black out|blackout|"
              "blacking out|nearly fainted|almost fainted|almost passed out|seeing stars|saw stars|room spinning|"
              "room is spinning|room was spinning|head spinning|head is spinning|unsteady|off balance|syncope|"
              "presyncope|went pale|pale and floppy|went floppy|went limp|lost consciousness|dont remember it|don't remember it|funny turn|funny turns|dizzy spell|dizzy spells|everything went grey|everything went gray|"
              "everything went black|everything went white|went all grey|went all gray|tunnel vision|vision went black|vision went dark|everything went black|greyed out|"
              "grayed out|spinny|dizy|disy|dizzie|dissy|lightheadedness|head rush|head rushes|head is swimming|"
              "head swimming|everything is spinning|world is spinning|the spins|spinning room|room keeps spinning|"
              "keeps spinning|world spin|world spins|makes the world spin|bppv|went white|went black|went dark|"
              "went fuzzy|went grey|went gray|vision went|眼前全是星星|眼前冒星星|眼前发白|冒金星|天花板在转|"
              "天花板转|房子在转|天在转|发飘|飘飘的|脚下发飘|走路发飘|晕车一样|像晕车|跟晕车似的|giddy|"
              "giddiness|feeling giddy|greying out|graying out|vision greying|vision graying|swimmy headed|"
              "swimmy head|head is rotating|on a boat|veering|like i'm tipsy|balance is not good|balance is off|"
              "lost my balance|losing my balance|off kilter|站不住|走路不稳|脚底发软|打偏偏|"
              "touyun|tou yun|头好yun|yun了|头晕晕|頭暈"},
    {D_FEVER, "🤒|发寒热|發寒熱|寒热|脑门烫|脑门说烫|脑门发烫|说烫手|摸着烫手|头烫手|skin hot|mi skin hot|skin is hot|my skin hot|裹着被子还打哆嗦|盖着被子还冷|盖着被子还打哆嗦|hot and shivery|hot n shivery|hot & shivery|feverish and shivery|shivery and feverish|feel shivery|feeling shivery|feel all shivery|feeling all shivery|i'm shivery|im shivery|摸起滚烫滚烫|滚烫滚烫|摸起滚烫|摸着滚烫|摸起来滚烫|额头滚烫|身上滚烫|浑身滚烫|头滚烫|额头发烫|身上发烫|浑身发烫|额头烫手|身上烫手|i dey hot|dey hot since|body dey hot|my body hot|body is hot since|malaria don catch|malaria catch me|got malaria|have malaria|打摆子了|i'm fevered|im fevered|i am fevered|fevered|hot an cold|hot and cold all night|homa kali|nina homa|na homa|fashao|fa shao|脑门儿说烫手|摸我脑门儿说烫|额头烫手|冷得直打哆嗦|花烧|额头滚烫|额头好烫|额头烫|摸着额头滚烫|发起烧来|发起烧了|发起高烧|身躯烧|身体烧|人烧|身軀燒燒|身躯烧烧|人燒燒|人烧烧|身體燒燒|身体烧烧|for my temperature|for my temp|still shivery|烧烧的|有点烧|有點燒|身上烧烧|发烧烧|发着烧|发着高烧|body is very hot|my body is very hot|i am shivering|im shivering|malaria again|coartem|low-grade temp|low grade temp|low-grade fever|low grade fever|lowgrade temp|发绕|发骚了|一阵冷一阵热|一阵热一阵冷|忽冷忽热|冷一阵热一阵|发冷发热|又冷又热|打寒颤|打冷颤|打摆子|sweats and shivers|shivers and sweats|sweats and chills|chills and sweats|hot and cold sweats|got the chills|having chills|the chills|shivery and hot|my body is hot|body is hot|body dey hot|body hot|skin hot hot|mi a shiver|hot hot skin|running hot|发shao|fa烧|fashao|发少|发稍|发骚|低shao|"
              "身上烫|身上有点烫|身上发烫|额头烫|额头好烫|摸着烫|发热|feel hot and cold|hot to the touch|"
              "发烧|低烧|高烧|发高烧|还在烧|又烧|在烧|烧得|烧着|一直烧|反复烧|烧没退|烧不退|烧还没退|有烧|体温高|体温有点高|体温偏高|有点烧|烧到|发烫|有热度|退烧药|烧起来|"
              "烧了|发低烧|打寒战|畏寒|"
              "~fever|~feverish|fevers|running a temp|running a temperature|high temp|high temperature|temp is up|"
              "burning up|low grade fever|low grade|pyrexia|febrile|feaver|fevr|fiever|feverishness|"
              "had a temp|got a temp|have a temp|bit of a temp|bit of a temperature|slight temperature|slight temp|a temperature|a fever|"
              "fever's back|fever is back|teeth chattering|hit 10*|spiked a fever|spiking|fashao|fa shao|fa烧"},
    {D_ANTIPYRETIC, "布洛芬|对乙酰氨基酚|泰诺|扑热息痛|美林|退烧贴|"
                    "ibuprofen|tylenol|paracetamol|advil|panadol|acetaminophen|motrin|calpol|nurofen"},
    {D_BREATH, "shortness of bread|short of bread|停低唞|停低唞吓|要停低唞|唞吓先|唞唞先|喘唔到氣|喘唔到气|上氣唔接下氣|上气唔接下气|must stop and take breath|stop and take breath|stop to take breath|have to stop and take breath|like no air|couldn't breathe lying flat|couldnt breathe lying flat|could not breathe lying flat|couldn't breathe lying down|couldn't breathe|couldnt breathe|could not breathe|couldn't breath|couldnt breath|can't breath|cant breath|cudnt breathe|扎起身坐住先唞到气|坐住先唞到气|坐起身先唞到气|要坐起身先唞|坐起身先唞|坐起身先透到气|瞓唔平|半夜扯气|半夜扯唔到气|瞓平就扯气|瞓平就喘|on the stairs i have no air|stairs i have no air|winded just taking|i'm winded just|im winded just|winded just|winded taking the bins|winded walking|憋醒|憋醒了|要坐起来才舒服|坐起来才舒服|坐起来才好受|smothery-like|smothery|prop up on three pillers|prop up on three pillows|three pillers|prop up on pillers|have to prop myself up|no air on the stairs|cyaan catch mi breath|feel breath short|breath short when|breath short|short of breath when i just talk|breathless just talking|out of breath just talking|out of breath talking|breathing fast just sitting|breathing fast sitting|breathing fast at rest|breathing really fast|breathing fast and shallow|breathing quick|breathing quickly|panting sitting|panting at rest|couldnt get a breath|couldn't get a breath|could not get a breath|can't get a breath|cant get a breath|couldnt get my breath|couldn't get my breath|could not get my breath|couldnt catch a breath|couldn't catch a breath|shortwinded|short winded|short-winded|short of wind|couldn't get me breff|couldnt get me breff|get me breff|catch me breff|out of breff|outta breff|couldn't get my breff|short of breff|喘成狗|喘得像狗|喘成这样|feeling like i was drowning|couldn't get a breath in|couldnt get a breath in|couldn't get enough air|couldnt get enough air|get enough air in|stoppin to get me breath|get me breath|can't finish a sentence|cant finish a sentence|pechin|stop at the lamppost|tae get ma breath|get ma breath|cannot catch breath|can't catch breath|cant catch breath|cant get my breth|can't get my breth|get my breth|catch me wind|catch my wind|get my wind|stop every few words|chuan bu shang qi|chuanbushangqi|ketch meh breath|ketch my breath|cyah ketch|can't get me breath|cant get me breath|can't get my breath|cant get my breath|停一下喘口气|停下喘口气|停下来喘口气|fightin for breath|fighting for breath|fight for breath|fought for breath|had to open the window and sit up|扯唔到气|扯唔到氣|抖唔到气|抖唔到氣|透唔到气|透唔到氣|stop halfway to catch breath|stop for breath|stopped for breath|need to stop for breath|reliever not doing much|reliever isn't doing much|reliever not working|reliever isn't working|inhaler not helping|inhaler isn't helping|inhaler not doing much|puffer not working|puffer isn't working|pant like dog|pant like a dog|panting like a dog|panting like dog|stopping 4 air|stop 4 air|w/o stopping 4|stop 4 breath|stopping 4 breath|喘不上来|说句话都喘|停下来歇两回|got my breath back|get my breath back|till i got my breath|pant until cannot talk|pant until|cannot talk properly|also pant|couldnt finish a sentence|couldn't finish a sentence|cant finish a sentence|can't finish a sentence|could not finish a sentence|get my puff back|getting my puff back|catch my puff|气咳|氣咳|垫三个枕头|垫两个枕头|垫高枕头才能睡|一躺平就憋|躺平就憋|一躺下就憋|躺下就憋|躺平就喘|一躺平就喘|透勿过气|透弗过气|喘勿过气|说两句就得喘口气|说两句就喘|说两句话就喘|走平路也得停下来歇|走到巷口就喘|can't lie flat anymore|cant lie flat anymore|can't lie flat|cant lie flat|propped on 3 pillows|propped on three pillows|feeling smothered|fighting for air|fought for air|lying flat i was drowning|lying flat i'm drowning|had to sleep sitting up|sleep sitting up|sleeping sitting up|坐着才能睡|垫高枕头才能睡|垫两个枕头才能睡|stopping for air|stop for air|stopping for breath|without stopping for air|to get air|get air at|gasping for air|hinihingal ako|hinihingal|hingal na hingal|hiningal|can't get through a sentence|couldn't get through a sentence|cant get through a sentence|whistly chest|still whistly|whistly|气都唞唔到|唞唔到|唞唔过气|唞唔到气|couldn't catch my breath|couldnt catch my breath|could not catch my breath|can't catch my breath|cant catch my breath|cannot catch my breath|can not catch my breath|气也有点不够用|气有点不够用|气不太够用|气不够用|气也不够用|气也不够|透唔切|透唔切氣|透唔切气|透唔過氣|透唔过气|透唔到氣|透唔到气|唞唔到氣|唞唔到气|唞唔切|to catch my breath|to catch my breathe|breathing difficulty|breathing difficulties|difficulty in breathing|breathing trouble|breathing problems|problems breathing|problem breathing|停下来换口气|停下换口气|停下来换气|得停下来换|要停下来换|说话都喘|说话就喘|说话也喘|说几句就喘|说句话都喘|上气不接下气|喘不上来|喘得不行|喘得厉害|"
               "气短|气促|喘不上气|喘不过气|喘不过来|上不来气|透不过气|呼吸困难|呼吸急促|憋气|喘|气喘|呼吸不畅|"
               "憋醒|夜里憋醒|喘得厉害|喘得|气不够|倒不上气|接不上气|呼吸费劲|呼吸不顺|"
               "short of breath|shortness of breath|sure if breath|sure of breath|shore of breath|short a breath|shorta breath|short if breath|~breathless|~breathlessness|out of breath|cant breathe|"
               "can't breathe|can not breathe|cannot breathe|cant catch my breath|can't catch my breath|"
               "hard to breathe|trouble breathing|difficulty breathing|struggling to breathe|struggle to breathe|"
               "struggled to breathe|winded|gasping|gasp|wheezing|wheezy|wheeze|air hunger|breathing is hard|"
               "labored breathing|laboured breathing|dyspnea|dyspnoea|orthopnea|cant get enough air|"
               "can't get enough air|not enough air|short of breth|shortness of breth|breathles|sob|puffed out|"
               "huffing and puffing|out of puff|breathing hard|puffing|huffing|cant get a full breath|"
               "can't get a full breath|get a full breath|full breath|呼吸急|呼吸也急|呼吸很急|呼吸快|喘粗气|"
               "gasp*|catch my breathe|cant catch my breathe|can't catch my breathe|sit up to breathe|to breathe|"
               "stopping for air|stop for air|stopped for air|puffed|puffed after|cant get my breath|"
               "can't get my breath|couldn't get my breath|couldnt get my breath|get my breath|catch my breth|"
               "cnt catch my breath|cnt catch my breth|cnt breathe|breathing got worse|breathing is worse|"
               "breathing worse|breathing is bad|breathless|gasping for air|air hunger|没气|喘不动|上气不接|吸不满|吸不到|"
               "吸不进|吸不够|"
               "透唔到气|唞唔到气|抖唔到气|吸不到底|吸不进气|吸气困难|吸不上气|垫两个枕头|垫高枕头|枕头垫高|"
               "两个枕头|停下来喘口气|得停下来喘|two pillows|prop myself up|propped up|without stopping for air|"
               "without stopping for breath|chuan bu shang qi|chuanbushangqi|qiduan|qi duan"},
    {D_PALP, "fluttery thing|fluttery feeling|moth trapped|like a moth|butterfly in my chest|butterflies in my chest|bird trapped in my chest|flapping in my chest|heart is beating fast-fast|heart dey beat fast|beating fast-fast|beating fast fast|heart was raising|heart is raising|heart raising|心跳一停一停|心跳停一下|心跳不太规律|心跳不太齐|心跳不怎么规律|doing flip flops|doing flip-flops|doing random flip-flops|doing random flip flops|heart flip flops|doing this flip flop|doing a flip flop|flip flop thing|flip-flop thing|heart flip flops|heart flip-flops|skips and then bangs|skips then bangs|missin a beat|missing a beat|missin beats|missing beats|thumpin then missin|thumping then missing|going like the clappers|gooin like the clappers|goin like the clappers|心里突然咚咚乱跳|咚咚乱跳|突突乱跳|怦怦乱跳|扑通乱跳|心咚咚乱跳|心还是跳个不停|心跳个不停|心脏跳个不停|心里跳个不停|㩒㩒跳|揿揿跳|漏咗一拍|漏了一拍|漏跳一拍|像漏了一拍|心突突的|心里突突的|心里突突|doing a jig all on its own|heart doing a jig|heart was doing a jig|doing a jig|like hammer, when i sit|beating strong, like hammer|heart beating strong|heart is beating so fast|beating so fast|felt all fluttery|all fluttery|possible afib|says possible afib|possible a-fib|kumakabog|heart is kumakabog|kumakabog ang puso|nagpapalpitate|心跳一下子飙到|心跳突然飙到|心率一下子飙到|心率突然飙到|心跳一下飙到|goin like the clappers|goin' like the clappers|going like the clappers, skipping|ticker's been doin|ticker's been doing the lambeth walk|doin' the lambeth walk|doing the lambeth walk|heart is beating hard|heart beating hard|heart's beating hard|heart is pounding even|heart pounding even|heart is beating fast even|heart beating fast even|heart dey beat anyhow|heart dey beat|heart dey race|heart dey run|heart dey jump|wan commot from my chest|commot from my chest|心跳得像打鼓|心跳像打鼓|心跳得跟打鼓|心跳得停不下来|心跳停不下来|心里像打鼓|心咚咚跳|心脏咚咚|heart pounding like a drum|heart going like a drum|gbim gbim|beating gbim|like somebody drumming|a-flutterin|flutterin like a bird|like a bird in a box|hopping in me chest|heart was hopping|like a frog in a bucket|moyo inapiga|inapiga fast|xintiao kuai|xin li tu tu tiao|tu tu tiao|xinhuang|扑腾扑腾|心里头扑腾|running like a boda boda|heart has been running|run like a horse|running like a horse|started to run like a horse|sayin high heart rate|saying high heart rate|high heart rate notification|跳跳停停|跳一下停一下|漏了一拍|漏跳|high heart rate alert|high heart rate alerts|heart rate alerts|thumping in my throat|beat like siao|beating like siao|beat like crazy|beating like crazy|beat like mad|beating like mad|提醒我心律不齐|提示心律不齐|提醒心律不齐|心律不齐提醒|irregular rhythm notification|irregular rhythm alert|心跳得好块|心跳好块|跳得好块|揣了只兔子|揣着只兔子|揣了个兔子|像揣了只兔子|skips a beat when i lie down|skips a beat when i lie|skip a beat when i lie|skips a beat lying down|skips a beat at night|skipping a beat when i lie|mi heart a race|mi heart a gallop|mi heart a beat|heart a race|heart a gallop|heart a beat fast|irregular rhythm|thudding and skipping|thudding|skipping beats|噗噗跳|心口噗噗|心口扑扑|flip thing|heart flips|heart keeps flipping|heart keeps doing this flip|flip-flop|flip flop|flip flops|thump... pause|heart going like mad|heart's going like mad|heart going mad|heart is going like mad|提醒说心律不齐|提示心律不齐|说心律不齐|报心律不齐|弹心律不齐|提醒心律不齐|说可能是房颤|提示房颤|提醒房颤|提示可能房颤|irregular rhythm notification|irregular rhythm alert|flagged afib|flagged a-fib|flagging afib|watch says afib|watch says a-fib|watch flagged|flagged an irregular|irregular heart rhythm|心扑扑跳|心噗噗跳|心扑通扑通|心噗通噗通|噗通噗通|扑通扑通|扑扑跳|咚咚咚乱跳|心还在咚咚|跳到好似要弹出|要弹出嚟|dil ki dhadkan|dhadkan bahut tez|dhadkan tez|dhadkan|heart is going mental|heart's going mental|heart going mental|heart is going crazy|heart's going crazy|heart going crazy|heart going nuts|heart is going nuts|heart's going nuts|heart going like the clappers|heart is going like the clappers|提醒我心率过高|提醒心率过高|心率过高提醒|心率过高|high heart rate alert|high heart rate notification|新慌|新慌得|走着走着心里就发慌|走着走着心里发慌|一走路心里就发慌|走路时心里发慌|动一动心里就发慌|fluttery irregular|fluttery feeling|irregular feeling|funny fluttery|fluttery spell|that fluttery|runs of that fluttery|心里老是咯噔|心里咯噔一下|心咯噔一下|咯噔一下|漏跳了一拍|漏跳一拍|漏跳|停跳了一下|ticker's been doing the cha-cha|doing the cha-cha|doing the cha cha|heart a gallop|heart gallop|heart galloping|gallop like horse|galloping like a horse|心里像有只小鸟|像有只小鸟在扑腾|心里扑腾|心在扑腾|心扑腾|心口扑腾|心里扑通扑通|心扑通扑通|心里扑棱|ectopics|ectopic beats|ectopic beat|missed a beat|missed a step|skipped a beat|skipping beats|skips a beat|skipped beats|extra beats|dropped beats|thud then pause|thud-then-pause|flip flop in my chest|flip-flop in my chest|like a bird in my chest|fluttering in my chest|drum solo|doing a drum solo|like a drum|thump thump|a million miles an hour|million miles an hour|going like the clappers|like a jackhammer|hrt racing|hrt pounding|hrt was racing|hrt is racing|heart went off|heart going off|heart was going off|heart like a jackhammer|heart hammering|hammering heart|heart was hammering|heart galloping|heart went crazy|heart went mad|heart went wild|af's back|af is back|af came back|af again|af episode|af kicked in|in af|afib's back|afib is back|afib episode|afib kicked in|房颤又犯了|房颤发作|房颤又来了|心荒|心晃|心季|心里突突|心里扑腾|心里扑通|心里咚咚|xinhuang|xin huang|xinji|xin ji|"
             "心慌|心悸|心跳快|心跳很快|心跳好快|心跳特别快|心跳有点快|心跳加快|心跳加速|心跳过快|心跳得厉害|"
             "心跳不齐|心跳乱|心跳漏|心砰砰|心怦怦|心扑通|心里扑通|心脏乱跳|心突突|心慌慌|"
             "~palpitations|palpitation|palps|heart racing|racing heart|heart pounding|pounding heart|"
             "heart fluttering|heart flutter|skipped beats|skipping beats|skipped a beat|skips a beat|missed beats|"
             "extra beats|irregular heartbeat|irregular heart beat|heart flip|heart flips|flip flop|flipflop|"
             "heart is going crazy|heart going crazy|heart doing flips|heart thumping|pulse racing|racing pulse|"
             "pulse is racing|heart beating fast|heart is racing|heart was racing|heart keeps racing|palpatations|"
             "palpitatons|heart rate is high|high heart rate|heart rate was high|heart rate is really high|"
             "heart rate through the roof|心率很高|心率偏高|心率高|心率快|心率特别快|心率过快|irregular rhythm|"
             "irregular pulse|心律乱|心跳不规律"},
    {D_ILL, "proper crook|feeling crook|feelin crook|feel crook|crook as|chucked twice|chucked three times|chucked up|been chucking|up and down to the dunny|to the dunny|上边吐下边窜|上面吐下面拉|上头吐下头拉|吐下边窜|上吐下窜|窜了一宿|belly a run me|mi belly a run|cyaan keep nutten|cyaan keep nothing|can't keep nothing in|cant keep nothing in|bathroom marathon|toilet marathon|loo marathon|bathroom all night long|上吐下泄|又吐又泄|pulled the belly|pull the belly|pulled belly|pulling the belly|pulled my belly|the stomach is not very comfortable|the stomach is not comfortable|stomach is not very comfortable|stomach is not comfortable|归身躯酸痛|归身躯疼|归身躯痛|全身躯酸痛|influensa|influenza|成身骨痛|成身痛|周身骨痛|周身骨头痛|全身骨痛|拉了五六回|拉了四五回|拉了三四回|拉了七八回|拉了十几回|拉了好几回|拉了五六次|拉了好几次|拉了七八次|跑了好几趟厕所|跑了五六趟厕所|浑身三桶|浑身酸桶|浑身酸通|从昨晚拉到现在|拉到怀疑人生|phlegm's gone green|phlegm gone green|phlegm is green|green phlegm|coughing up green|run go a bathroom|a run go bathroom|run go bathroom|bathroom whole night|bathroom all night|toilet all night|toilet whole night|throwing up and with the runs|every bit of me aches|everything aches|aching all over|aches all over|ache all over|achy all over|boaked|boaking|boakin|been boaking|boaked twice|回肚子|次肚子|趟肚子|趟茅房|趟厕所|跑茅房|跑了好几趟厕所|on the bog all|been on the bog|on the loo all|stomach's in bits|stomach is in bits|belly a run|belly runnin|belly running|shivery an achy|shivery and achy|achy and shivery|affa shivery|mwili yote inauma|mwili inauma|run go toilet|run go a toilet|chesty cold|proper chesty cold|run go a toilet|toilet every hour|running to the toilet|run to the toilet|back and forth to the toilet|on the toilet all|to the loo every|running to the loo|can't keep nothin down|cant keep nothin down|ngalay and masakit|so ngalay|masakit ang katawan|body is masakit|katawan ko masakit|呕咗|嘔咗|吐咗|getting a dose|got a dose|have a dose|caught a dose|拉了两次|拉了三次|拉了几次|拉了好几次|拉了兩次|胸腔里呼噜|呼噜呼噜的|rattling in my chest|cough is rattling|rattly chest|上吐下泻|屙了好多|屙咗好多|屙了好多摆|肚屎痛|肚屎疼|屙肚|吐佮落屎|落屎|规暝吐|dengue|whole body sakit|body sakit|badan sakit|catarrh don block my chest|block my chest|blocked my chest|chest congestion|chesty cough|拉了四五趟|拉了好几趟|拉了三四趟|拉了五六趟|nagsuka ako|nagsuka|nagsusuka|can't even keep water down|can't keep water down|cant keep water down|chucking up|chucked up|throwing up|吐到现在|一直吐|从早上吐|the trots|got the trots|啦肚子|拉了五六趟|啦了五六趟|every bone aches|every bone in my body aches|all my bones ache|my bones ache|bones ache|tummy's been running|tummy is running|tummy running|stomach is running|stomach's been running|belly running|running belly|running tummy|been stooling|stooling|stooled|running stomach|runny tummy|the runs|屙到|屙肚|肚屙|屙咗|成晚屙|屙到虚脱|lbm|loose bowel|loose bowels|to the cr|dey purge|i dey purge|purging|purge|一直跑厕所|老跑厕所|不停跑厕所|跑了好几趟厕所|跑了一晚上厕所|一晚上跑厕所|to the loo|running to the loo|running to the toilet|back and forth to the loo|back and forth to the toilet|bathroom floor|both ends|hugging the toilet|hacking cough|chest full of|crud on my chest|full of crud|gunk on my chest|咳到|狂咳|chundering|chundered|chunder|spewing|spewed|hurling|heaving|barfing|barfed|throwing my guts up|dodgy prawns|dodgy tummy|dodgy stomach|loose motions|loose motion|loose stools|the runs|runny tummy|tummy runs|流感|甲流|乙流|拉肚子|拉稀|腹泻|呕吐|吐了|上吐下泻|肠胃炎|胃肠炎|食物中毒|吃坏肚子|吃坏了|闹肚子|"
            "全身酸痛|浑身酸痛|浑身疼|全身疼|浑身痛|全身痛|骨头疼|支气管炎|肺炎|阳了|新冠|二阳|病了|生病|病倒|"
            "感染|发冷|咳痰|痰多|有痰|重感冒|一直吐|狂吐|吐得|又吐|吐个不停|拉了好几次|窜稀|跑肚|胃痉挛|"
            "浑身发冷|身上疼|浑身酸疼|全身酸疼|黄痰|浓痰|痰|趟厕所|拉了好几次|拉了七八次|蹲坑|拉了一早上|"
            "拉了一上午|拉了一天|拉了一晚|拉了好几趟|拉了一夜|"
            "flu|the flu|influenza|stomach bug|stomach flu|tummy bug|food poisoning|~vomiting|vomited|vomit|vomits|"
            "throwing up|threw up|throw up|puking|puked|puke|been sick|~diarrhea|~diarrhoea|diarhea|diarrhoea|"
            "the runs|gastro|gastroenteritis|body aches|body ache|achy all over|aching all over|everything aches|"
            "ache all over|aches all over|covid|covid19|tested positive|bronchitis|pneumonia|chest infection|"
            "chest cold|chest congestion|chesty cough|phlegm|coughing up|chills|the chills|sick|feel sick|"
            "feeling sick|got sick|am sick|im sick|i'm sick|sick with|sickness bug|norovirus|stomach virus|"
            "feeling ill|feel ill|fell ill|been ill|am ill|im ill|i'm ill|sick as a dog|strep|food poison|"
            "flu like|rigors|on the loo|on the toilet|toilet all night|🤮|phlegmy|congested|went to my chest|gone to my chest|肚屙|肚痾|屙咗|次厕所|everything aches|hit by a bus|everything hurts|hurts all over|ache everywhere|aching everywhere|sore all over|"
            "whole body aches|whole body hurts|body is aching|body hurts"},
    {D_PREGWARN, "water is coming|water coming out|water is leaking|leaking water|leaking fluid|fluid leaking|fluid coming out|waters leaking|waters have gone|waters went|my waters broke|waters broke|srom|pv loss|羊水|破水|流水了|下面流水|下面有水流出|water leak out|water leaking out|waters leak|见了一点红|见了点红|见了红|下面见红|落红|落紅|can't even keep water down|cant even keep water down|can't even keep anything down|cant even keep anything down|can't keep water down|cant keep water down|can't keep anything down|cant keep anything down|throwing up 10x|for a drip|喝水都吐|吃什么吐什么|tightenings are coming every|tightenings coming every|tightenings are coming|coming every 6|coming every 4|coming every 3|every 6-7 mins|every 5-6 mins|every 4-5 mins|every 3-4 mins|mins apart|waters might be trickling|waters are trickling|waters trickling|waters might be leaking|waters leaking|一阵一阵发紧发硬|发紧发硬，疼|七八分钟一回|几分钟一回|分钟一回|分钟一次的宫缩|规律宫缩|宫缩越来越密|cramps coming every|cramping every|contractions every|coming every 5|coming every five|every 5 mins|every five minutes|every few minutes|每隔几分钟|几分钟一次|一阵一阵越来越疼|见红|宫缩|破水|羊水|阴道出血|下面出血|下身出血|胎动减少|胎动少了|胎动变少|先兆流产|妊娠剧吐|"
                 "孕吐严重|孕吐特别厉害|孕吐得厉害|孕吐很厉害|宫缩痛|肚子发硬|肚子一阵阵疼|子痫|"
                 "contractions|contraction|waters broke|water broke|my water broke|leaking fluid|fluid leaking|"
                 "baby isnt moving|baby isn't moving|baby not moving|less movement|reduced movement|"
                 "cramps every|cramping every|contractions every|regular cramps|every 10 min|every ten minutes|"
                 "tightening every|tightenings every|every 5 min|every 7 min|every 8 min|every few minutes|"
                 "mins apart|minutes apart|公缩|宫所|分钟一次|越来越密|一阵一阵地疼|规律的疼|baby moving less|hyperemesis|preeclampsia|pre eclampsia|pre-eclampsia|placenta previa|threatened miscarriage"},
    {D_BLEED, "纸上有点粉|纸上粉粉|擦的纸上有点粉|粉色分泌物|pink when i wipe|pink on the tissue|pink on the paper|pinkish discharge|pink discharge|褐色分泌物|咖啡色分泌物|底裤有啲血|底裤有血|底裤有点血|底裤见血|内裤有血|内裤有点血|底褲有啲血|内裤上有点血|内裤上有血|内裤上有血丝|內褲上有點血|内裤上发现血|有点见红|bleeding a bit|a bit of blood|有水往下流|往下流|流下来|一闪一闪|眼前闪|冒金光|鲜红|粉红色|流出来|流出|哗一下|阴道|手肿|手脚肿|脸和手|"
              "出血|流血|出了点血|有血|血丝|漏尿|流水|褐色|咖啡色|一股水|渗水|往外流|湿了|湿湿的|看东西模糊|"
              "模模糊糊|视物模糊|眼花|脸肿|脸也肿|手脚肿|肚子疼|肚子痛|小腹疼|小腹痛|"
              "bleeding|bled|spotting|blood|bleed|leaking|fewer kicks|less kicking|less movement|"
              "reduced movement|cramping and bleeding|brown discharge|discharge|dischage|trickles|trickle|"
              "seeing spots|sparkly spots|spots in my vision|blurry|blurred|face is puffy|puffy face|zigzags|"
              "zig zags|sparkly|face looks puffy|flashing lights|trickling|fluid|like a light period|"
              "swollen face|hands swollen|period like cramps|period-like cramps|cramps"},
    {D_VOMIT_BAD, "can't even keep water or|cant even keep water or|can't keep water or|cant keep water or|thrown up everything|throwing up everything|threw up everything|thrown up all day|bringing everything up|brought everything up|can't keep a thing down|cant keep a thing down|keep a thing down|even the water i cannot keep|the water i cannot keep|cannot keep the water|cannot keep water|can't keep water down|cant keep water down|can't keep anything down|cant keep anything down|keep nothing down|vomit all the day|vomiting all day|vomit all day|hyperemesis|hiperêmese|hiperemesis|妊娠剧吐|喝水都吐|喝口水都吐|cant even keep water down|can't even keep water down|cant keep water down|can't keep water down|cannot keep water down|cant keep anything down|can't keep anything down|cant keep fluids down|can't keep fluids down|puking all day|vomiting all day|throwing up all day|sick all day and cant keep|吐得厉害|吐得很厉害|吃不下|吃什么吐什么|喝水都吐|吃啥吐啥|什么都吃不下|一吃就吐|"
                  "cant keep anything down|can't keep anything down|cant keep food down|can't keep food down|"
                  "cant keep water down|can't keep water down|throwing up all day|vomiting all day|constant vomiting|"
                  "severe morning sickness|cant eat anything|can't eat anything|cant hold anything down|"
                  "can't hold anything down|throwing up everything|even water|everything comes back up|cant keep|can't keep|couldnt keep|couldn't keep|even water comes back|"
                  "一天吐|吐七八次|吐了七八次|吐虚了|吐了一天|吃了就吐|喝水都吐|昏天黑地|挂水|要挂水|喝口水都吐|"
                  "喝水也吐|喝点水都吐|尿都很少|尿很少|"},
    {D_COLD, "感冒|流鼻涕|鼻塞|打喷嚏|嗓子疼|喉咙痛|喉咙疼|喉咙有点痛|喉咙有点疼|喉咙小小痛|喉咙少少痛|喉咙微痛|喉咙干痛|嗓子有点疼|"
             "嗓子有点痛|喉咙发炎|嗓子痒|咽痛|咳嗽|咳|嗓子不舒服|鼻子不通|着凉|"
             "have a cold|got a cold|caught a cold|catching a cold|getting a cold|with a cold|nursing a cold|"
             "head cold|common cold|cold symptoms|fighting a cold|fighting off a cold|the sniffles|sniffles|"
             "sniffly|snotty|runny nose|stuffy nose|blocked nose|stuffed up|sneezing|sneezy|sore throat|"
             "scratchy throat|throat hurts|throat is sore|cough|coughing|coughs|allergies|bit of a cold|cold coming on"},
    {D_UNWELL, "也不太舒服|也不舒服|也不大舒服|也有点不舒服|唔舒服|唔多舒服|不蜀服|不书服|不舒付|不输服|不熟服|不shu服|bu舒服|"
               "不舒服|不太舒服|不大舒服|不怎么舒服|有点不舒服|不适|难受|身体不舒服|身体不适|身体不好|虚弱|"
               "没胃口|浑身不舒服|不得劲儿|"
               "unwell|not well|not feeling well|not feeling good|under the weather|feel awful|feeling awful|"
               "feel terrible|feeling terrible|feel crappy|feeling crappy|feel like crap|feel like shit|feel rough|"
               "feeling rough|coming down with|indigestion|feel horrible|feeling horrible|not myself|"
               "feeling run down|feel run down|rundown|off colour|off color"},
    {D_HEADACHE, "frontal ha|severe ha|bad ha|ha since|ha not settling|ha not resolving|occipital ha|thunderclap ha|脑壳痛|脑壳好痛|脑壳痛得|头疼|头痛|偏头痛|头疼欲裂|头胀|脑袋疼|脑壳疼|头有点疼|"
                 "headache|headaches|~migraine|migraines|head hurts|head is pounding|pounding head|head pounding|"
                 "splitting headache|head ache|hedache|headach"},
    {D_HYPO, "饿晕|饿得发晕|饿得头晕|饿到晕|饿到头晕|低血糖|血糖低|血糖偏低|血糖有点低|血糖掉|"
             "hypo|hypoglycemia|hypoglycaemia|low blood sugar|sugar is low|sugar low|sugar dropped|blood sugar low|"
             "went low|going low|low sugar|sugar crash"},
    {D_HYPERGLY, "嘴有点干|嘴巴干|嘴干|口干|口很干|老想喝水|总想喝水|一直想喝水|老是口渴|pump line is blocked|pump line blocked|pump is blocked|pump blocked|pump occlusion|occlusion alarm|occlusion alert|kinked cannula|cannula kinked|cannula came out|cannula fell out|site came out|set came out|胰岛素泵堵|泵堵了|泵管堵|管路堵了|管路堵塞|针头堵了|泵报警堵塞|堵管|口渴|口干|特别渴|老是渴|多尿|尿频|老跑厕所|一直跑厕所|跑厕所|总上厕所|视力模糊|看东西模糊|眼睛模糊|三多一少|"
                 "very thirsty|so thirsty|always thirsty|thirsty|peeing a lot|peeing all the time|frequent urination|"
                 "peeing constantly|blurry vision|blurred vision|vision is blurry|vision blurry"},
    {D_NAUSEA, "恶心|想吐|反胃|干呕|"
               "nauseous|nausea|nauseated|queasy|feel like throwing up|want to throw up|nauseus"},

    /* ---------------------------------------------------------- conditions by name, drug or device */
    {K_HYPER, "coversyl|tritace|zestril|cozaar|diovan|micardis|norvasc|istin|atacand|avapro|benicar|exforge|natrilix|lercanidipine|felodipine|doxazosin|mi have pressure|pressure tablets|pressure pills|the pressure high|pressure high|the pressure is high|the pressure was high|ramipril|lisinopril|perindopril|enalapril|losartan|valsartan|candesartan|irbesartan|telmisartan|indapamide|bendroflumethiazide|hydrochlorothiazide|硝苯地平|缬沙坦|厄贝沙坦|替米沙坦|氯沙坦|培哚普利|贝那普利|have pressure|have de pressure|got pressure|pressure tablets|pressure pills|de pressure|血压要|降压要|tablets for the pressure|pills for the pressure|for the pressure|xueya gao|gao xueya|xueya pian gao|prestarium|perindopril|for pressure|for my pressure|雪压|安录地平|mi pressure|pressure did high|the sugar and the pressure|sugar and the pressure|got the pressure|pressure pills|pressure tablets|sugar and bp|bp and sugar|having bp|bp patient|has bp both|bp both|将压药|降亚药|绛压药|降压要|出血压偏高|出血压高|出血压有点高|出血压升高|出血压很高|出高血压|bp patient|bp pt|bp pateint|bp problem|bp issue|bp issues|telma|telma h|telma am|amlong|stamlo|cilacar|olmezest|losar|repace|雪压高|血鸭高|高血鸭|高血丫|"
              "高血压|血压高|血压偏高|血压有点高|血压升高|血压又高|血压很高|血压太高|血压飙|降压药|降压|血压药|"
              "氨氯地平|硝苯地平|缬沙坦|厄贝沙坦|氯沙坦|络活喜|拜新同|替米沙坦|吲达帕胺|依那普利|贝那普利|"
              "高压药|血压不稳|"
              "~hypertension|~hypertensive|high blood pressure|high bp|hbp|bp is high|bp high|bp was high|bp's high|bps high|"
              "blood pressure is high|blood pressure was high|elevated bp|elevated blood pressure|bp meds|bp med|"
              "bp pills|bp pill|bp medication|bp medicine|blood pressure meds|blood pressure pills|"
              "blood pressure medication|blood pressure medicine|blood pressure tablets|lisinopril|amlodipine|"
              "losartan|valsartan|irbesartan|olmesartan|telmisartan|hydrochlorothiazide|hctz|chlorthalidone|"
              "enalapril|ramipril|benazepril|nifedipine|water pill|bp tabs|bp tablets|blood pressure tabs|htn|hypertention|hypertenison|high blood presure|"
              "blood pressure's high|pressure is high|pressure was high|bp through the roof"},
    {K_DIAB, "met for men|metforman|metphormin|met form in|glucophage xr|pressure an sugar|my sensor is showing|two arrows down|double arrow down|arrows down|my cgm|my libre|my dexcom|libre says|dexcom says|探头显示|动态血糖|i'm on the pump|im on the pump|on an insulin pump|on the insulin pump|insulin pump|糖料病|糖尿并|二甲双瓜|二甲双呱|tangniaobing|you tangniaobing|二甲雙胍|got the sugar|have the sugar|the sugar and the pressure|sugar and the pressure|血糖也高|血糖也偏高|having sugar|sugar patient|has sugar|t1 here|t1d|t2d|type 1 diabetic|type 2 diabetic|一岛素|胰导素|姨岛素|胰岛索|pump site|site change|insulin pump site|cgm|dexcom|freestyle libre|libre sensor|bolus|bolused|forgot my jab|missed my jab|insulin jab|my insulin jab|糖尿病|糖尿|血糖高|血糖偏高|高血糖|血糖有点高|血糖很高|血糖又高|糖友|胰岛素|打胰岛素|二甲双胍|格华止|"
             "诺和锐|诺和灵|诺和达|优泌乐|门冬胰岛素|甘精胰岛素|来得时|长效胰岛素|短效胰岛素|novorapid|apidra|basaglar|"
             "toujeo|fiasp|tresiba|"
             "降糖药|降糖|格列|阿卡波糖|拜糖平|达格列净|司美格鲁肽|血糖仪|动态血糖|糖耐量|妊娠糖|一型糖|二型糖|"
             "~diabetes|~diabetic|diabeties|diabetis|t2d|t1d|t2dm|t1dm|type 2|type 1|type ii|type one|type two|"
             "sugar is there|have sugar|having sugar|sugar patient|glycomet|glucophage|gliclazide|diamicron|sitagliptin|"
             "vildagliptin|galvus|janumet|amaryl|prediabetes|prediabetic|pre diabetic|pre diabetes|insulin|~metformin|glipizide|glimepiride|januvia|"
             "jardiance|farxiga|ozempic|trulicity|mounjaro|victoza|lantus|humalog|novolog|levemir|tresiba|"
             "glucose meter|glucometer|cgm|dexcom|libre|sugar diabetes|high blood sugar|blood sugar is high|"
             "blood sugar was high|sugar was high|sugars are high|sugars were high|"
             "sugar is high|sugar's high|insulin pump|diabetic meds"},
    {K_ASTHMA, "asthalin|levolin|foracort|budecort|seroflo|duolin|puffs of asthalin|会不会诱发气喘|会诱发气喘吗|诱发气喘吗|会不会诱发哮喘|会诱发哮喘吗|会不会引发气喘|会不会引起气喘|blue pump|me blue pump|my blue pump|ma blue pump|brown pump|blue inhaler|my blue inhaler|ma blue inhaler|气喘平常|气喘病|有气喘|我有气喘|气喘控制|气喘用药|气喘喷药|气喘的药|气喘有在|气喘一直|气喘多年|气喘好多年|气泵|喷气泵|噴氣泵|氣泵|哮喘也有|也有哮喘|还有哮喘|哮喘还有|信必可|symbicort|舒利迭|seretide|万托林|沙丁胺醇|ventolin|气喘的药|气喘药|有气喘|气喘病|may hika ako|may hika|hika ko|hika|blue puffer|brown puffer|brown one|blue inhaler|brown inhaler|cold air gets me wheezy|gets me wheezy|wheezy in the cold|wheezy when it's cold|wheezy in cold air|冷空气一吸就喘|一吸冷空气就喘|bronchospasm|exercise-induced bronchospasm|exercise induced bronchospasm|eib|有气喘|我有气喘|气喘病|气喘药|患有气喘|气喘发作|哮穿|笑喘|孝喘|哮川|xiao喘|蓝色喷雾|蓝喷|"
               "哮喘|运动诱发型气喘|诱发型气喘|运动诱发型哮喘|运动性气喘|支气管痉挛|支气管收缩|运动诱发哮喘|运动诱发的哮喘|气喘病|吸入剂|气雾剂|沙丁胺醇|万托林|舒利迭|信必可|布地奈德|支气管哮喘|运动性哮喘|哮喘喷雾|"
               "~asthma|~asthmatic|inhaler|inhalers|~albuterol|ventolin|salbutamol|symbicort|advair|flovent|"
               "rescue inhaler|puffer|preventer|reliever|preventer inhaler|reliever inhaler|brown inhaler|blue inhaler|"
               "purple inhaler|bronchospasm|eib|exercise induced asthma|nebulizer|nebuliser|asma|athsma|asthama|"
               "azthma"},
    {K_HEART, "icd went off|my icd|icd fired|icd shocked|defibrillator went off|implanted defibrillator|got an icd|have an icd|除颤器|除顫器|消酸甘油|销酸甘油|个只架|防颤|花法林|华发林|my nitro pills|me nitro pills|nitro pills|nitro pill|gtn spray|my gtn|硝酸甘油|速效救心丸|hf nurse|heart failure nurse|my hf|showed af|showed a-fib|showed afib|shows af|new af|new onset af|went into af|in af again|myocardial infarction|myocardial infarct|had an mi|suffered an mi|heart attack in|节律器|心律调节器|心脏节律器|心脏起搏|节拍器|zhijia|zuo guo zhijia|qiboqi|an le qiboqi|fangchan|guanxinbing|官心病|冠兴病|速效就心丸|速效救心丸|心脏起搏器|起搏器|pacemaker|阵发性室上速|室上速|svt|bicuspid aortic valve|bicuspid valve|bicuspid|aortic valve|有心绞痛|心绞痛病史|心绞痛多年|hfref|hfpef|hf with reduced|reduced ef|reduced ejection fraction|ejection fraction|entresto|sacubitril|搭过桥|心脏搭过桥|做过搭桥|搭桥手术|换瓣|换瓣手术|换过瓣|瓣膜置换|人工瓣膜|机械瓣|valve replacement|new valve|replaced valve|hf pt|hf patient|heart failure patient|心脏病|冠心病|心梗|心肌梗|心肌梗死|心肌梗塞|心脏支架|支架|搭桥|心衰|心力衰竭|房颤|早搏|室早|房早|"
              "心律不齐|心律失常|心动过速|起搏器|瓣膜|心肌病|心肌炎|心脏不好|心脏有问题|心脏不太好|心脏病史|心脏手术|"
              "硝酸甘油|速效救心丸|救心丸|丹参滴丸|波立维|氯吡格雷|心脏搭桥|二尖瓣|三尖瓣|主动脉瓣|瓣膜反流|瓣膜病|"
              "regurgitation|肥厚型心肌病|valve leak|leaky valve|valve problem|valve disease|hocm|hcm|"
              "hypertrophic cardiomyopathy|心功能不全|心功能差|心脏功能不好|射血分数|放过支架|下过支架|装了支架|"
              "心脏有毛病|心血管病|心脏弱|先心病|先天性心脏病|"
              "heart disease|heart condition|heart problem|heart problems|heart issue|heart issues|heart trouble|"
              "~cardiac|coronary|coronary artery disease|chd|heart attack|had an mi|had a mi|post mi|post-mi|prior mi|previous mi|history of mi|old mi|after my mi|since my mi|my mi|nstemi|stemi|stemi|gtn|gtn spray|my af|af is|af playing|"
              "af acting|af flare|paroxysmal af|af episode|af again|nstemi|stent|stents|stented|bypass|cabg|"
              "heart failure|chf|afib|a fib|atrial fibrillation|fibrillation|~arrhythmia|arrythmia|arythmia|pvc|"
              "pvcs|ectopic beats|ectopics|pacemaker|defibrillator|valve replacement|heart valve|mitral|"
              "aortic stenosis|heart murmur|murmur|~cardiomyopathy|enlarged heart|weak heart|bad heart|heart surgery|"
              "open heart|angioplasty|angina|nitroglycerin|nitro spray|nitro tablets|blood thinner|blood thinners|warfarin|"
              "apixaban|rivaroxaban|dabigatran|edoxaban|digoxin|flecainide|amiodarone|sotalol|dronedarone|propafenone|"
              "af diagnosed|地高辛|胺碘酮|普罗帕酮|华法林|利伐沙班|阿哌沙班|达比加群|"
              "eliquis|xarelto|clopidogrel|plavix|baby aspirin|heart meds|heart pills|heart medication|"
              "heart doctor|svt|wpw|long qt|heart block|tachycardia|heart attak|"
              "hart disease|heart diesease"},
    {K_PREG, "nt刚做完|nt做完|做完nt|做nt|nt检查|nt结果|nt正常|无创dna|大排畸|grávida|gravida|estou grávida|estoy embarazada|embarazada|schwanger|incinta|hamileyim|hamile|in the semana|semana de embarazo|semanas de embarazo|semanas de gravidez|两条杠|验出两条杠|测出两条杠|b超说7周|孕囊|胎芽|enceinte of|i am enceinte|enceinte|young'un in my belly|youngun in my belly|young un in my belly|baby in my belly|bub in my belly|little one in my belly|怀起娃儿|怀起娃|怀娃儿|预产期|试管成功|移植成功|验孕成功|怀上了|hcg翻倍|gdm|gestational diabetes|妊娠糖尿病|妊娠期糖尿病|month gone|months gone|mont gone|belly big now|mi belly big|胎动|my bump|baby bump|bump's|bump is getting|bump getting|bumps getting|growing bump|with my bump|产检|孕检|唐筛|四维彩超|糖耐|baby due|baby's due|babys due|due date|my due date|预产期|怀孕|怀孕了|孕|孕期|孕妇|孕早期|孕中期|孕晚期|孕周|怀宝宝|怀了|有了宝宝|肚子里的宝宝|宝宝踢|胎动|产检|"
             "预产期|待产|孕吐|怀二胎|怀着|身孕|有喜|孕妈|准妈妈|孕肚|怀上了|怀上|孕妈妈|大肚子|宝宝在肚子里|"
             "胎儿|建档|怀运|怀yun|huai孕|大肚婆|孕妇装|胎心|孕检|唐筛|四维彩超|胎动|二胎了|三胎了|怀二胎|怀三胎|"
             "这一胎|这胎|前两胎|揣娃|揣了娃|怀娃|怀了娃|二宝在肚子里|宝宝在肚子里|娃在肚子里|在肚子里闹腾|"
             "在肚子里踢|"
             "preg|~pregnant|~pregnancy|preggers|preggo|prego|pregant|pregnat|expecting a baby|expecting our first|"
             "expecting our second|expecting my first|i'm expecting|im expecting|i am expecting|expecting twins|"
             "trimester|first trimester|second trimester|third trimester|due date|"
             "baby is due|baby's due|babys due|due in january|due in february|due in march|due in april|due in may|"
             "due in june|due in july|due in august|due in september|due in october|due in november|"
             "due in december|braxton hicks|baby bump|my bump|bun in the oven|eating for two|prenatal|antenatal|"
             "ob appointment|obgyn|ob gyn|midwife|baby kicks|baby kicking|baby is kicking|baby's kicking|with child|"
             "morning sickness|gestational|fetus|foetus|pregnent|first tri|second tri|third tri|1st tri|"
             "2nd tri|3rd tri|little bean|g1p0|g2p1|g3p2|g2p0|g3p1|baby on the way|2 on the way|one on the way|"
             "another one on the way|obstetrician|transfer worked|bfp|anatomy scan|dating scan|nt scan|"
             "week scan|weeks scan|kicks every|first kicks|felt kicks|felt the baby|baby moving|due next month|"
             "due next week|due in a month|due in a few weeks|anomaly scan|growth scan|baby's fine|babys fine|"
             "in my 7th month|7th month|8th month|6th month|5th month|9th month|third month|"
             "ninth month|eighth month|seventh month|sixth month|fifth month"},
    {N_PREGCTX, "宝妈们|孕妈|孕妈们|准妈妈|准妈妈们|孕晚期|孕中期|孕早期|belly big big|belly big|big belly|waddling|waddle|肚子发紧发硬|发紧发硬|肚皮发硬|肚子发硬|肚子里的|小家伙|胎|NT|nt|产科|B超|b超|二胎|三胎|二宝|大宝|"
                "kicks|kicking|kick|scan|ultrasound|tightening|tightenings|waters|little one|bean|bump|"
                "midwife|ob|obgyn|placenta|ivf|transfer|beta|nausea|sickness|due|due in"},
    {K_BETA, "美托洛尔|倍他乐克|比索洛尔|康忻|阿替洛尔|普萘洛尔|心得安|卡维地洛|β受体阻滞剂|β阻滞剂|"
             "metoprolol|atenolol|bisoprolol|propranolol|carvedilol|nebivolol|beta blocker|beta blockers|"
             "betablocker|beta-blocker|lopressor|toprol|concor"},
    {K_NOT_PREG, "since the pregnancy|since my pregnancy|since pregnancy|after the pregnancy|after my pregnancy|from the pregnancy|from my pregnancy|baby is 1 months|baby's 1 months|babys 1 months|baby is 1 mths|she's 1 months old|he's 1 months old|baby is 1 weeks old|baby's 1 weeks old|baby is 2 months|baby's 2 months|babys 2 months|baby is 2 mths|she's 2 months old|he's 2 months old|baby is 2 weeks old|baby's 2 weeks old|baby is 3 months|baby's 3 months|babys 3 months|baby is 3 mths|she's 3 months old|he's 3 months old|baby is 3 weeks old|baby's 3 weeks old|baby is 4 months|baby's 4 months|babys 4 months|baby is 4 mths|she's 4 months old|he's 4 months old|baby is 4 weeks old|baby's 4 weeks old|baby is 5 months|baby's 5 months|babys 5 months|baby is 5 mths|she's 5 months old|he's 5 months old|baby is 5 weeks old|baby's 5 weeks old|baby is 6 months|baby's 6 months|babys 6 months|baby is 6 mths|she's 6 months old|he's 6 months old|baby is 6 weeks old|baby's 6 weeks old|baby is 7 months|baby's 7 months|babys 7 months|baby is 7 mths|she's 7 months old|he's 7 months old|baby is 7 weeks old|baby's 7 weeks old|baby is 8 months|baby's 8 months|babys 8 months|baby is 8 mths|she's 8 months old|he's 8 months old|baby is 8 weeks old|baby's 8 weeks old|baby is 9 months|baby's 9 months|babys 9 months|baby is 9 mths|she's 9 months old|he's 9 months old|baby is 9 weeks old|baby's 9 weeks old|baby is 10 months|baby's 10 months|babys 10 months|baby is 10 mths|she's 10 months old|he's 10 months old|baby is 10 weeks old|baby's 10 weeks old|baby is 11 months|baby's 11 months|babys 11 months|baby is 11 mths|she's 11 months old|he's 11 months old|baby is 11 weeks old|baby's 11 weeks old|baby is 12 months|baby's 12 months|babys 12 months|baby is 12 mths|she's 12 months old|he's 12 months old|baby is 12 weeks old|baby's 12 weeks old|baby is 13 months|baby's 13 months|babys 13 months|baby is 13 mths|she's 13 months old|he's 13 months old|baby is 13 weeks old|baby's 13 weeks old|baby is 14 months|baby's 14 months|babys 14 months|baby is 14 mths|she's 14 months old|he's 14 months old|baby is 14 weeks old|baby's 14 weeks old|baby is 15 months|baby's 15 months|babys 15 months|baby is 15 mths|she's 15 months old|he's 15 months old|baby is 15 weeks old|baby's 15 weeks old|baby is 16 months|baby's 16 months|babys 16 months|baby is 16 mths|she's 16 months old|he's 16 months old|baby is 16 weeks old|baby's 16 weeks old|baby is 17 months|baby's 17 months|babys 17 months|baby is 17 mths|she's 17 months old|he's 17 months old|baby is 17 weeks old|baby's 17 weeks old|baby is 18 months|baby's 18 months|babys 18 months|baby is 18 mths|she's 18 months old|he's 18 months old|baby is 18 weeks old|baby's 18 weeks old|baby is one months|baby's one months|baby is two months|baby's two months|baby is three months|baby's three months|baby is four months|baby's four months|baby is five months|baby's five months|baby is six months|baby's six months|baby is seven months|baby's seven months|baby is eight months|baby's eight months|baby is nine months|baby's nine months|baby is ten months|baby's ten months|baby is eleven months|baby's eleven months|baby is 4 months|baby is 3 months|baby is 5 months|baby is 6 months|baby is 2 months|baby's 4 months|babys 4 months|baby is now|my baby is|6 week check|six week check|6-week check|postnatal check|post natal check|产后复查|产后42天|42天复查|顺产|剖宫产|42天复查|产后复查|还在喂奶|喂奶|宝宝满月|出月子|产后|生完|生了宝宝|坐月子|月子|哺乳期|备孕|避孕|不孕|产假|剖腹产后|顺产后|"
                 "postpartum|post partum|gave birth|had my baby|had a baby|after birth|after giving birth|"
                 "since the baby|breastfeeding|trying to conceive|ttc|trying for a baby|not pregnant|miscarriage|"
                 "after delivery|c section|c-section"},
    {K_KNEE, "西盖|膝該|膝该|玻璃酸钠|玻尿酸打膝|打了玻璃酸钠|膝盖退行性|膝关节退行性|膝關節退化|退行性膝|kicked in the knee|kicked on the knee|kick to the knee|kick in the knee|knee got kicked|踢到膝盖|踢中膝盖|did me knee in|did my knee in|done me knee in|done my knee in|knackered me knee|knackered my knee|半月版|打软腿|腿打软|换了膝关节|换过膝关节|膝关节置换|换膝|人工膝关节|半月板|十字韧带|交叉韧带|前交叉|后交叉|髌骨软化|髌腱炎|跑步膝|跑者膝|滑膜炎|膝关节炎|膝盖积水|老寒腿|"
             "膝骨关节炎|髌腱|膝盖软骨|"
             "~meniscus|menisci|acl|mcl|pcl|lcl|runner's knee|runners knee|jumper's knee|jumpers knee|"
             "patellofemoral|pfps|patellar tendinitis|patellar tendonitis|it band|itb|itbs|knee replacement|"
             "chondromalacia|baker's cyst|bakers cyst|osgood|menicus|miniscus|meniscis"},
    {K_ANKLE, "阿基里斯腱|阿基里斯|跟腱|did me ankle in|did my ankle in|done me ankle in|done my ankle in|right achilles|left achilles|my achilles|achilles|跟腱|rolled me ankle|twisted me ankle|sprained me ankle|done me ankle|went over on me ankle|went over on my ankle|rolled her ankle|rolled his ankle|扭亲脚眼|扭親腳眼|扭亲脚|twist the ankle|twisted the ankle|twist her ankle|twisted her ankle|foot turn over|foot turned over|turned my foot|turned over my ankle|turn over mi foot|ankle swell up|ankle swole up|ankle swell|踮不起脚尖|踮不起脚|踮不了脚|脚后跟上面|can't go up on tiptoe|cant go up on tiptoe|can't go up on my toes|can't stand on tiptoe|cant stand on tiptoe|pop at the back of my heel|pop in my heel|pop in my achilles|back of my heel|跟腱炎|跟腱疼|跟腱痛|跟腱发炎|a kill ease|akilles|achiles|achillies|achilles tendon|achilles tendonitis|achilles tendinitis|拗柴|拗咗柴|拗亲脚|扭亲脚|崴脚|崴了脚|崴到|崴|扭了脚|脚扭了|扭到脚|跟腱炎|跟腱断|脚踝扭伤|"
              "sprained ankle|rolled ankle|twisted ankle|achilles tendinitis|achilles tendonitis|achilles tendon|"
              "achilles tendinopathy|ankle sprain|ankle injury|rolled my ankle|twisted my ankle|sprained my ankle"},
    {K_BACK, "pit ma back oot|put ma back oot|ma back oot|my back oot|back oot|pit my back out|did my back in|done my back in|i have the back blocked|have the back blocked|back blocked|my back is blocked|lumbago|put my back out|threw my back out|cannot even put my socks|can't even put my socks on|cant even put my socks on|did me back in|did my back in|done me back in|done my back in|the back is at me|me back is at me|my back is at me|back's at me|back is killing me|disc thing|back's been at me|back been at me|back's at me|腰闪了|闪了腰|把腰闪|闪到腰|闪腰|腰给闪|slipped a disc|lower back's gone|my back's gone|yaojianpan|yao teng|yaotong|throwed my back out|threw my back out|put me back out|put my back out|back's been bad|back has been bad|backs been bad|back's been twinging|lower back's been|lower back has been|back's playing up|back is playing up|把腰闪了|did my back in|done my back in|did me back in|done me back in|did his back in|did her back in|hurt my back|hurt me back|my back's gone|me back's gone|腰闪了|闪了一下腰|my old disc thing|old disc thing|disc thing flared|back's killing me|backs killing me|闪了腰|闪到腰|闪着腰|闪腰了|直不起腰|腰直不起|腰都直不起|疼得直不起来|痛得直不起来|疼得直不起腰|痛得直不起腰|lbp|chronic lbp|slip disc|slipped disc|disc bulge|bulging disc|腰间盘突出|腰椎间盘|椎间盘突出|椎间盘|腰突|坐骨神经痛|坐骨神经|腰肌劳损|闪了腰|闪到腰|扭了腰|腰扭了|"
             "腰疼|腰痛|腰酸|腰不好|腰不舒服|背痛|下背痛|腰间盘|腰椎病|腰椎管狭窄|"
             "sciatic|sciatic pain|back went|my back went|~sciatica|sciatic nerve|herniated disc|herniated disk|~herniation|slipped disc|slipped disk|"
             "bulging disc|bulging disk|disc bulge|disk bulge|disc herniation|l4|l5|l4l5|l5s1|s1|lumbar|lumbago|"
             "back spasm|back spasms|threw my back out|threw out my back|back went out|put my back out|"
             "pulled my back|tweaked my back|back pain|backache|back ache|bad back|degenerative disc|"
             "spinal stenosis|spondylolisthesis|herniated|siatica|sciatica's|backpain"},

    /* ---------------------------------------------------------- qualifiers */
    {Q_NEG, "弗|sega na|sega|毋会|毋|勿|非疾|nae|不是很|不是特别|不算很|不怎么|羊水也没破|羊水没破|羊水没有破|羊水也没有破|没破水|没有破水|waters haven't broken|waters havent broken|waters not broken|唔|木有|米有|没得|冇|莫得|没|没有|不|无|未|并没有|并不|从没|从没有|没再|不再|也没|也没有|也不|毫无|一点也不|一点都不|完全不|完全没有|"
            "没什么|没啥|没感觉|不会|"
            "no|not|never|without|none|don't|dont|doesn't|doesnt|didn't|didnt|isn't|isnt|wasn't|wasnt|aren't|arent|"
            "haven't|havent|hasn't|hasnt|hadn't|hadnt|won't|wont|nor|zero|free of|no more|denies|denied|"
            "negative for|nothing|nope|nah|neither|absence of|no sign of|no signs of|ain't|aint|not having|"
            "not really|no longer have|not experiencing|no hint of|nvr|havnt|dont have|didnt have"},
    {Q_HEALED, "no symptoms now|no symptoms since|symptom free now|symptom-free now|testing negative since|tested negative since|好返晒|好返哂|早就好返|已经好返|好返了|been totally fine since|totally fine since|been fine since|fine ever since|fine since then|been good since|all good since|been ok since|been okay since|grand now|no bother at all|no bother now|no more fever since then|okay na|ok na|一点没事|倒是一点没事|solid for years|been fine for years|fine for years|good as new|good as gold|no trouble since|no problems since|稳得很|早就没事了|已经没有了|已经没了|现在没有了|现在没了|no more pain|no more pain liao|no pain anymore|no more chest pain|退了三天|退了两天|退了好几天|退了几天|已经退了|turned out to be nothing|turned out to be anxiety|turned out to be stress|turned out to be fine|turned out to be ok|was nothing in the end|cardiologist signed her off|cardiologist signed him off|cardiologist signed me off|cardiologist cleared|cleared by the cardiologist|cleared by cardiologist|结果没事|查了没事|查过没事|虚惊一场|全好咧|都好咧|been grand since|grand since|早退了|早就退了|退了五六天|last fever was|but it broke|it broke thursday|it broke on|broke thursday|broke on thursday|broke yesterday|broke last night|it broke yesterday|fever bruk|di fever bruk|fever done bruk|倒是没事|倒没事|倒是没问题|doc said its all clear|doc said it's all clear|all clear now|fully back now|fully back|all better now|back to normal now|cleared now|it's cleared|cleared up|all cleared|flyin it|flying it now|早就好了|冇喝了也冇慌了|冇慌了|也不慌了|也没慌了|已经完全好了|is finished|is over now|discharged me|physio discharged me|she discharged me|he discharged me|signed me off|cleared me to run|cleared to run|cleared for running|康复师说可以跑了|医生说可以跑了|been normal for|it's been normal|its been normal|back to normal|done with antibiotics|finished antibiotics|finished the antibiotics|finished my antibiotics|gp cleared me|doctor cleared me|out of hospital|getting better every week|出院了|抗生素吃完了|控制住了|控制住|控制得好|控制得挺好|早过去了|已经过去了|都过去了|fever free|fever-free|no fever since|查过了没事|检查过了没事|查过没事|检查没事|查了没事|是上个月的事|上个月的事了|上周的事了|checked out fine|got it checked and its fine|got it checked and it's fine|退烧|烧退|不烧了|没再烧|好了|已经好了|早好了|全好了|好利索|痊愈|康复|恢复了|恢复好了|没事了|不疼了|不痛了|退了|烧退了|退烧了|"
               "消失了|好透了|好全了|都好了|早就好了|治好了|已经不|不晕了|没了|"
               "healed|all healed|fully healed|recovered|fully recovered|all better|fine now|ok now|okay now|"
               "good now|good as new|cleared up|went away|gone now|is gone|are gone|has gone|no longer|not anymore|"
               "resolved|over it|got over|getting over|over the worst|tail end of|on the mend|快好了|差不多好了|"
               "bounced back|back to normal|normal now|fever broke|"
               "outgrew|grew out of|cured|clear now|all clear|fixed now|settled down|subsided|all good now|good now|"
               "totally fine now|fully over it|完全恢复了|完全好了|已经恢复|没事儿了|gone|finally gone|disappeared|"
               "no issues since|no problems since|fine since|been fine since|没再犯|再也没|nothing since|none since|"
               "finally broke|broke on|broke last|normal temp since|normal since|再没犯|再没犯过|没再犯过|没有再犯|"
               "再也没犯"},
    {Q_FINE, "nothing serious|but nothing serious|啥毛病没有|什么毛病都没有|没啥毛病|没毛病|啥事没有|一切正常|都正常|"
             "没事|没问题|正常|挺好|很好|还行|稳定|健康|良好|利索|"
             "fine|ok|okay|normal|healthy|no problem|no problems|no issue|no issues|all good|totally fine|"
             "feels fine|feel fine|feeling fine|perfectly fine|strong|solid|good to go"},
    {Q_PAST, "上回|上一回|上次献血|头一回献血|at uni|at university|at college|上大学的时候|大学的时候|two summers ago|summers ago|winters ago|few summers back|a few summers ago|back in 2015|back in 2016|back in 2017|back in 2018|back in 2019|back in 2020|back in 2021|back in 2022|back in 2023|in 2015|in 2016|in 2017|in 2018|in 2019|in 2020|in 2021|in 2022|in 2023|back in the fall|back in the spring|last fall|last spring|那会儿|那阵子|那会|back in october|back in november|back in september|back in the summer|那阵子|那时候|那段时间|那会儿|back in jan|back in feb|back in march|back in april|back in may|back in june|back in july|back in aug|back in august|back in sept|back in september|back in oct|back in october|back in nov|back in november|back in dec|back in december|back in the day|back in school|back in college|以前|去年|前年|小时候|年轻时|年轻的时候|几年前|多年前|曾经|早年|上学时|读书时|高中时|大学时|当年|那年|"
             "以往|年前|很久以前|好多年前|那时候|那会|那会儿|那时|当时|阳过|阳康|阳康了|前阵子|前段时间|"
             "a while ago|a while back|"
             "in jan|in feb|in march|in april|in june|in july|in aug|in sept|in oct|in nov|in dec|in january|"
             "last winter|last summer|last spring|last autumn|last fall|去年冬天|去年夏天|in february|in august|in september|in october|in november|in december|years ago|year ago|last year|as a kid|as a child|when i was a kid|when i was young|when i was younger|"
             "when i was little|in high school|in college|back then|used to|long ago|long time ago|childhood|a while back|ages ago|decade ago|in the past|"
             "years back|way back in|way back when|weeks back|week back|months back|month back"},
    {Q_CURRENT, "flares up|it flares|still flares|is back|are back|it's back|its back|comes back|was back|back again|以前不这样|以前没有过|以前没这样|以前从来没有|不像以前|从来没有过|"
                "didnt use to|didn't use to|never used to|not like before|never had this before|new for me|"
                "used to be fine|used to be ok|used to be easy|never had that before|以前没事|以前都没事|"
                "op booked|surgery booked|booked for surgery|op scheduled|surgery scheduled|waiting for surgery|"
                "awaiting surgery|on the waiting list|排了手术|约了手术|等手术|要做手术|准备手术|"
                "康复师|康复科|理疗师|做康复|康复训练|康复中|在康复|复健|rehab|physio|physiotherapy|还|还是|又|现在|最近|这几天|这两天|目前|仍|仍然|依然|复发|又犯|犯了|一直还|至今|"
                "still|again|now|currently|lately|recently|these days|right now|acting up|flaring|flare up|flared|"
                "flare|flares|flares after|keeps|on and off|comes and goes|since|for the past|these past|lingering"},
    {Q_THING, "我家旺财|旺财|来福|宠物医院|beagle|our beagle|labrador|collie|spaniel|terrier|poodle|dachshund|our dog|the dog|阮厝的猫|家里的猫|我家的猫|我家猫|家猫|羊羔子|羊羔|小羊|牛犊子|牛犊|猪崽|狗子|我家狗|我家猫|猫主子|spreadsheet|excel|computer|my pc|server|website|the app|printer|wifi|the wifi|手机|电脑|笔记本|平板|电池|充电宝|发动机|引擎|车子|这车|破车|我的车|汽车|冰箱|路由器|猫|猫咪|狗|狗狗|小狗|小猫|"
              "主子|股票|基金|大盘|股市|my phone|the phone|phone|phone's|my laptop|laptop|battery|my car|the car|car|car's|"
              "engine|the engine|engine's|fridge|aircon|router|my cat|the cat|cat|my dog|the dog|dog|puppy|kitten|"
              "the stock|stock|stocks|market|the market|portfolio|crypto"},
    {Q_THIRD, "the young lad|young lad|the lad|one of the lads|asking for one of|屋里男人|我屋里男人|我男人|俺男人|俺家那口子|我家那口子|babys|阿姨|邻居|鄰居|大爷|大妈|读者|观众|粉丝|网友|大宝|二宝|小宝|大娃|二娃|大儿子|小儿子|大女儿|小女儿|王姐|李姐|张姐|刘姐|陈姐|杨姐|赵姐|黄姐|周姐|吴姐|王哥|李哥|张哥|刘哥|陈哥|my mamma|my mama|my mam|我家老三|我家老二|我家老大|家里老三|家里老二|老三（|老二（|my nonna|my nonno|abuela|abuelo|yiayia|papou|babushka|babcia|dziadek|我同桌|同桌|线长|组长|车间主任|我屋里崽|屋里崽|my mam|mam|little one|老倌|我家老倌|屋里老倌|my helper|our helper|the helper|my maid|our maid|my nanny|our nanny|vet says|vet said|the vet|老刘|老王|老张|老李|老陈|老赵|老周|老孙|老吴|老杨|老黄|老徐|老马|老胡|老郭|老何|老林|老罗|老郑|老梁|老宋|老谢|老唐|老韩|老冯|老邓|老曹|老彭|老曾|老肖|老田|老董|老潘|老袁|老蒋|老蔡|老余|老杜|老叶|老程|老魏|老苏|老吕|老丁|老沈|老范|老钟|老汪|队里的|我们队里|工友|井下老|同事老|邻居老|乘客说|客人说|我家老爷子|俺家老爷子|家里老爷子|老爷子|我家老太太|俺家老太太|我家老太|老太爷|阮翁|阮尪|阮翁婿|老伴儿|老伴|我老伴|我家老伴|小宝|我家小宝|小宝宝发烧|孙子|孙女|外孙|外孙女|小孙子|小孙女|阿奶|我们家阿奶|家阿奶|骑手小王|小王|小李|小张|小刘|小陈|auntie|aunty|my auntie|my aunty|小囡|阿拉小囡|屋里小囡|阮阿公|阮阿嬷|阮阿嬤|阿公|阿嬷|阿嬤|阮老爸|阮老母|后座|后座一个大爷|一个大爷|阿拉老头子|我家老头子|俺家老头子|我们家老头子|家里老头子|俺家老爷们儿|俺家老爷们|我家老爷们|那口子|狗子|狗狗|猫咪|猫猫|老汉儿|老汉|伊|tita|tito|lola|lolo|brothah|bruvver|brudda|bredda|sistah|sista|brotha|伢儿|小家伙|小朋友|my oga|老姐妹几个|三叔|二叔|大叔|三姨|二姨|大姨|姑妈|舅妈|叔公|床的病人|号床|会员|学员|顾客|乘客|病人|患者|脑公|grandbaby|ah ma|my ah ma|ah gong|ma maw|my maw|kelpie|the kelpie|vet reckons|my boy|my bro|my homie|额大|俺爹|俺爸|额爸|额妈|俺娘|额娘|everyone at work|everybody at work|everyone in the office|everybody in the office|half the office|the whole office|everyone at home|the whole family|全办公室|办公室的人都|同事们都|我姐|我哥|我弟|我妹|我姐姐|我哥哥|gran|my gran|nan|my nan|nana|grandad|granddad|gramps|3yo|2yo|4yo|5yo|my little one|guy at my gym|a guy at my gym|someone at my gym|woman at my gym|lady at my gym|bloke at my gym|man at my gym|girl at my gym|guy at my work|someone at my work|someone in my class|guy in my class|guy at my office|someone at my office|my gym buddy|闺女|我闺女|小崽|崽崽|guy|the guy|this guy|some guy|guy next to me|man next to me|woman next to me|lady next to me|person next to me|旁边的人|旁边那个人|旁边那位|邻座|我爸|爸爸|爸|老爸|父亲|我妈|妈妈|妈|老妈|母亲|老公|老婆|媳妇|丈夫|妻子|爱人|对象|女朋友|男朋友|女友|男友|"
              "朋友|同事|领导|老板|儿子|女儿|孩子|娃|宝宝|奶奶|爷爷|外婆|外公|姥姥|姥爷|婆婆|公公|岳母|丈母娘|邻居|他|"
              "她|他们|她们|家人|家里人|别人|同学|室友|舍友|哥|哥哥|姐姐|弟|弟弟|妹|妹妹|舅舅|姑姑|阿姨|叔叔|队友|"
              "教练|客户|病人|闺蜜|兄弟|老人家|老人|家属|亲戚|大伯|小孩|"
              "my dad|dad|father|my mom|mom|mum|mother|wife|husband|partner|girlfriend|boyfriend|gf|bf|friend|kiddo|"
              "friends|buddy|coworker|co worker|colleague|boss|my son|our son|his son|her son|daughter|kid|kids|child|baby|grandma|grandpa|"
              "grandmother|grandfather|granny|nana|neighbor|neighbour|brother|sister|sis|uncle|aunt|cousin|"
              "roommate|flatmate|teammate|coach|he|she|his|her|him|someone|somebody|a guy|a lady|mate|my mate|"
              "bloke|bestie|bff|best mate|"
              "my family|parents|my folks|mother in law|father in law|patient|client|hubby|wifey|spouse|"
              "fiance|fiancee|grandson|granddaughter|toddler|guy at|girl at|lady at|man at|woman at"},
    {Q_FIRST, "这下轮到俺了|这下轮到我了|轮到俺了|轮到我了|now i've got it|now i have it|我们这些大妈|我们这些老太太|我们这些老头|我们这些老姐妹|咱们这些大妈|俺们这些|我们这些|俺|我|俺|本人|自己|咱|传染给我|传给我|"
              "i|i'm|im|i've|ive|i'd|me|my|mine|myself|i am|gave me his|gave me her|gave me their|gave me the|"
              "passed me his|passed me her|caught his|caught her|caught it from"},
    {Q_HEDGE, "好像|可能|也许|似乎|说不上来|不确定|不太确定|不清楚|不一定|不太|不怎么|不是很|没那么|不算|不大|好多了|"
              "好点了|好些了|缓解了|轻了点|还好|退了点|退了一点|降了点|降了一点|"
              "是不是|是否|会不会|有没有|要不要|能不能|算不算|说不出|说不上|说不清|讲不清|道不明|不知道是不是|"
              "not sure|maybe|perhaps|probably|possibly|might be|could be|i think|i guess|sort of|kind of|kinda|"
              "sorta|a bit|a little|slightly|not too|not that|not very|not as|not so|not much|hard to say|idk|"
              "dunno|seems|not quite|better now|bit better|little better|getting better|improving|mild|mildly|"
              "not sure if|dont think|don't think|not super|not crazy"},
    {Q_RADIATE, "放射|窜到|连着|牵扯|蔓延|扩散|一直到|传到|带着|往下走|窜|"
                "spreading|spread|spreads|radiating|radiates|radiate|going down|goes down|down my|into my|shooting|"
                "up to my|moving to|travels|traveling|travelling|runs down|running down"},
    {Q_HARD, "一口气爬了|爬了六楼|爬了七楼|爬了八楼|爬了九楼|爬了十楼|爬了十几楼|扛着两箱|扛了两箱|扛着一袋|扛了一袋|扛着大米|扛大米|ran up five flights|ran up 5 flights|ran up the stairs|sprinted for the bus|ran for the bus|ran for the train|after those 400s|after the 400s|after my 400s|those 400s|after those 800s|after the 800s|打完球|打了两个小时|打了一下午球|打完单打|打完双打|400 m repeats|400m repeats|800 m repeats|800m repeats|200 m repeats|1k repeats|mile repeats|my repeats|the repeats|on the track|track reps|speedwork|speed work|speed session|on the last climb|the last climb|on the climbs|on the climb|that's cycling|thats cycling|that's running|140k|100k ride|century ride|that wipeout|wipeout|都是干活累的|hill reps|hill rep|hill repeat|hill sprints|hill sprint|hill intervals|reps up the hill|top of each one|top of each rep|top of every rep|track session|track workout|interval session|fartlek|爬坡冲刺|坡道冲刺|冲坡|跑坡|坡跑|跑完咳了好一阵|跑完咳了|跑完步咳|sprinted for the bus|sprinting for the bus|ran for the bus|running for the bus|ran for a bus|ran for the train|sprinted for the train|追公交|赶公交|追公交车|赶地铁|跑800米|跑八百米|跑1000米|跑一千米|跑完800|体育课跑800|体测跑|体测800|体测1000|跑800|跑1000|搬了一天砖|搬了一天的砖|干了一天体力活|干了一天重活|扛了一天|搬了一天货|搬了一天的货|beep test|the beep test|bleep test|did the beep test|军训|站军姿|站了一天军姿|爬到山顶|爬上山顶|爬山|登顶|400米间歇|800米间歇|1000米间歇|间歇最后一组|最后一组间歇|when i walk fast|walking fast|walk fast|fast walks|fast walk|brisk walks|走快了|走快点|快走的时候|快走时|at the end|at the finish|at the finish line|end of the race|after the race|冲线后|到终点|波比跳|波比|tabata|crossfit|冲刺跑|高强度间歇|间歇训练|跑完|跑完步|跑了10公里|刚跑完|跑步后|冲刺|间歇跑|比赛后|练完|高强度|剧烈运动|跑了十公里|跑了半马|跑了全马|爬完山|"
             "after running|after my run|after a run|after the run|sprint|sprints|sprinting|intervals|hiit class|hiit session|hiit workout|hiit circuit|after hiit|during hiit|hiit training|"
             "hill repeats|burpees|burpee|after my race|after the race|after a race|after a hard|hard run|tempo run|max effort|"
             "all out|after lifting|after crossfit|after the game|after soccer|after basketball|after a long run|"
             "long run|after spin|after my workout|after the workout|after a workout|after training|mid run|"
             "during my run|during a run|while running|while sprinting"},
    {Q_MILD, "打电话|说几句话|talk on the phone|talking on the phone|on the phone|at my desk|at the desk|爬楼|上楼|走路|走几步|走两步|散步|躺着|坐着|休息时|安静时|静息|晚上睡觉|睡觉时|夜里|说话|不动|"
             "什么都没干|一动就|稍微动|稍微一动|平躺|起床|早上起来|"
             "stairs|flight of stairs|walking|at rest|resting|sitting|lying down|lying|in bed|at night|woke up|"
             "waking up|talking|barely doing anything|doing nothing|just standing|standing up|stood up|"
             "getting up|little effort|light effort|slightest|just walking|watching tv|at my desk|"
             "for no reason|out of nowhere"},
    {Q_LEGWORK, "连着跑了|连续跑了|连跑了|跑了五天|跑了一周|legs are still a bit sore from|legs still a bit sore from|legs are still sore from|legs still sore from|legs are sore from|legs sore from|legs are a bit sore from|sore from leg day|打了三个小时羽毛球|打了3小时羽毛球|羽毛球打了|打了一下午球|打了一下午篮球|hours of badminton|hrs of badminton|hours of basketball|hours of football|hours of tennis|legs yesterday|did legs|trained legs|hit legs|leg session|练了腿|腿部训练|深蹲|硬拉|练腿|练了腿|练完腿|腿日|箭步蹲|保加利亚蹲|全马|半马|马拉松|"
                "squat|squats|squatting|deadlift|deadlifts|deadlifting|lunges|leg press|leg day|legs day|marathon|"
                "half marathon"},
    {Q_UPPERWORK, "练背|练肩|练手臂|练胳膊|练二头|练三头|引体向上|推举|上肢|"
                  "pull ups|pullups|chin ups|chinups|rows|overhead press|shoulder press|shoulder day|arm day|back day|"
                  "push day|pull day|bicep curls|curls"},
    {Q_RECOVERING, "病好了|病刚好|刚病好|感冒刚好|感冒快好了|感冒好了|感冒好多了|感冒差不多好了|大病初愈|病愈|病后|"
                   "刚退烧|烧刚退|"
                   "getting over a cold|getting over my cold|getting over the flu|getting over a bug|"
                   "recovering from a cold|recovering from the flu|recovering from flu|just over a cold|"
                   "just over the flu|back from a cold|back from the flu|after a cold|after the flu|after being sick|"
                   "after being ill"},
    {Q_RELIEF, "goes away after a couple mins|goes away after a couple of minutes|goes away after a few mins|goes away after a few minutes|goes away when i stop|goes off when i stop|eases off after a couple|休息一下就好了|休息一下就好|歇一哈又|歇一哈就|歇一下又|歇一会又|歇一会儿又|settles when he stops|settles when she stops|settles when i stop|stops the second i stop|stops the moment i stop|stops as soon as i stop|stops when i stop|goes when i stop|eases when i stop|eases off when i stop|一停就好|一停下来就好|停下来就不疼|停下来就好了|歇了一会儿就好|歇了一会就好|歇了会儿就好|歇歇又好了|歇歇就好|停下来就好|停下来歇会就好|坐下就好了|went away after a few minutes|after a few minutes sitting|after a few minutes sitting down|minutes sitting down|after sitting down|once i sat down|when i sat down|eased off after i sat|went away when i sat|歇一两分钟就好|歇一两分钟|歇一会就好|歇一会儿就好|歇会儿就好|坐下歇歇就好|站一会儿就好|停下来就好|歇了几分钟就好|歇了几分钟|歇了一会|歇了会|歇几分钟就|歇歇就好|歇歇又好|休息了几分钟|休息几分钟就|停下来歇|缓了几分钟|stop for breath|stopped for breath|goes away a few min after i stop|goes away a few minutes after i stop|few min after i stop|few minutes after i stop|after i stop walking|after i stopped walking|stops when i stop walking|had to sit on the steps|had to sit down|had to stop and sit|had to sit on|had to sit for|had to stop and rest|had to lean on|不得不坐下|只好坐下|只好停下|went away after i sat|went away after sitting|went away after i stopped|went away after a few min|went away after a rest|went away once i sat|went away once i stopped|eased after i sat|eased off after i sat|settled after i sat|歇了几分钟才好|歇了一会就好了|坐下歇会儿就好|坐了一会儿就好|停下来歇一会就好|一歇就|歇一下就|歇会就|歇一会就|歇一会儿就|休息一下就|休息就好|一休息就|停下来就|停下就|坐下就|一停就|"
               "goes off when|goes away when i stop|goes away when i sit|goes away when i rest|went away when i stopped|"
               "went away when i sat|eases off when|eases when i|settles when i|stops when i stop|better when i stop|"
               "better when i rest|once i stop|once i sit|when i stop|when i rest|when i slow down|slowed to a walk|"
               "slowed down to a walk|slowed to walk|it faded|faded after|went away after i slowed|once i slowed|"
               "when i slowed|eased when i slowed|放慢就好|慢下来就好|改成走路就好|走了一会就好"},
    {Q_WORKOUT, "举重|习举重|futsal|went futsal|played futsal|went hard on chest|hard on chest|heavy bench press|heavy bench|chest session|chest workout yesterday|heavy chest + triceps|heavy chest + tris|heavy chest and triceps|heavy chest and tris|heavy chest day|heavy chest session|chest + triceps|chest + tris|chest & triceps|chest & tris|chest+triceps|chest+tris|练了胸|练完胸|胸部训练|练了胸肌|练胸|卧推|俯卧撑|健身后|撸铁|练完胸|胸推|飞鸟|夹胸|双杠|"
                "bench|bench press|benching|push ups|pushups|pushup|push up|flyes|flys|dips|from lifting|"
                "from the gym|from working out|from training|from my workout|workout yesterday|from chest|"
                "chest workout|pec deck|doms|chest day|chest and tris|chest and triceps|push session|push workout|"
                "chest session|pec day|upper body session|weights session|lifting session|gym session"},
    {Q_ACUTE, "踩空|踩空了|昨儿|昨儿个|前儿|前儿个|puffed up|still puffy|still swollen|swollen up|swelled up|sat arvo|sun arvo|saturday arvo|sunday arvo|on the weekend|at the weekend|还肿着|还肿|肿着|刚|刚刚|刚才|昨天|前天|今天|今早|早上|昨晚|这两天|几天前|上周|上个星期|不小心|一下子|突然|打球时|"
              "踢球时|跑步时|刚扭|新伤|"
              "yesterday|today|this morning|last night|just|just now|earlier|a few days ago|couple days ago|"
              "couple of days ago|days ago|last week|a week ago|over the weekend|this weekend|on monday|on tuesday|"
              "on wednesday|on thursday|on friday|on saturday|on sunday|fresh|new|suddenly|sudden|during|playing|"
              "landed|this week|tonight|an hour ago|hours ago|fell over|fell down"},
    {Q_CHRONIC, "老毛病|老伤|旧伤|多年|好几年|常年|慢性|长期|反复|经常|总是|老是|退化|关节炎|劳损|一直|老了|"
                "骨关节炎|"
                "for years|for many years|many years|chronic|chronically|long standing|longstanding|old injury|always|"
                "for ages|arthritis|osteoarthritis|degenerative|wear and tear|since i was|every winter|flares up|recurring|"
                "recurrent"},
    {Q_CONJ, "和|或|或者|跟|及|、|还有|"
             "or|and|nor|plus|or any|either"},
    {Q_BREAK, "但|但是|可是|不过|然而|只是|就是|倒是|反而|而且|"
              "but|though|although|however|except|apart from|other than|aside from|besides|otherwise|whereas|"
              "while my"},
    {Q_MISSED_MEDS, "唔记得食|唔记得食药|成日唔记得食|冇食药|忘了吃|忘吃|没吃|漏吃|忘记吃|漏服|药吃完了|药没了|药停了|停药|断药|没带|忘了|忘记|"
                    "forgot my|forgot to take|missed my|missed a dose|missed dose|ran out of|run out of|"
                    "haven't taken|havent taken|didn't take|didnt take|skipped my|out of my|stopped taking|"
                    "stopped my|off my|not taking my|havent had my|haven't had my|forgot|forgotten"},
    {Q_SEVERE, "痛到爆|到爆|也不缓解|躺着也不缓解|very strong|most strong|the strongest|worst of my life|worst ever|worst i've ever had|worst ive ever had|nothing shifts|nothing's shifting|won't shift|wont shift|won't quit|wont quit|won't go away|wont go away|not going away|didn't touch it|didnt touch it|nothing helps|doesn't help|doesnt help|splitting|吃药也不管用|止痛药没用|不见好|要裂开|裂开|像要裂开|要炸|炸了|炸裂|欲裂|不管用|吃了药也不管用|吃药也没用|won't touch|wont touch|doesnt help|"
               "doesn't help|not helping|厉害|严重|很严重|剧烈|受不了|不行|要命|特别|非常|剧|很疼|非常疼|"
               "severe|severely|really bad|terrible|awful|horrible|worst|unbearable|excruciating|intense|a lot|"
               "badly|so bad|crazy|really|extremely|pounding|splitting"},
    {Q_MEDS, "药|药物|药片|药丸|"
             "meds|medication|medications|medicine|medicines|pills|pill|tablets|tablet|dose|doses|insulin shot"},

    /* ---------------------------------------------------------- number contexts */
    {N_BODYTEMP, "体温|量了|测了|腋温|额温|耳温|温度计|体温计|量体温|测体温|口温|一测|测了下|量了下|测一下|量一下|"
                 "额温枪|"
                 "temp|temperature|thermometer|temps|running a|ran a|oral temp|forehead"},
    {N_WEATHER, "天气|气温|外面|室外|户外|高温|最高|最低|预报|太阳|晒|室温|空调|大热天|热死|热死了|好热|太热|"
                "outside|outdoors|weather|forecast|sunny|humid|heatwave|heat wave|degrees out|hot out|hot outside|"
                "high of|low of|the heat|so hot|too hot|it's hot|its hot|sweltering|scorching|boiling"},
    {N_BP, "cuff|home cuff|bp cuff|blood pressure cuff|血压计|电子血压计|血压|测血压|量血压|血压值|"
           "bp|blood pressure|b p|pressure reading|bloodpressure|blood presure"},
    {N_SYS, "上面|上边|高压|收缩压|上压|"
            "sys|systolic|top number"},
    {N_DIA, "下面|下边|低压|舒张压|下压|"
            "dia|diastolic|bottom number"},
    {N_GLU, "my sensor is showing|cgm says|cgm is showing|libre says|dexcom says|探头显示|glucose meter says|glucose meter said|sugar meter|my meter say|my meter says|my meter read|扎手指|扎手指头|指尖血|测血糖|finger prick|fingerstick|finger stick|bg|bgs|blood glucose|blood sugar|post-dinner|post dinner|postdinner|post-meal|post meal|postprandial|post-lunch|post lunch|post-breakfast|post breakfast|饭后|晚饭后|午饭后|早饭后|after dinner|after lunch|after breakfast|餐后两小时|餐后2小时|餐后|after meals|after eating|血糖|餐后血糖|随机血糖|血糖值|测血糖|"
            "glucose|blood sugar|sugar|sugars|bg|bgl|blood glucose|sugar level|fasting sugar|glucose level|fbs"},
    {N_MMOL, "mmol|mmol/l|毫摩尔|mm"},
    {N_MGDL, "mg/dl|mg|mgdl|mg dl"},
    {N_A1C, "糖化|糖化血红蛋白|a1c|hba1c|hb a1c"},
    {N_DEG_C, "度|℃|°c|°|c|celsius|deg c|degrees c|degree c|摄氏度|degrees|degree|deg"},
    {N_DEG_F, "f|°f|℉|fahrenheit|deg f|degrees f|degree f|华氏度|华氏"},
    {N_WEEK, "周|个星期|星期|周了|"
             "weeks|week|wks|wk|w"},
    {N_MONTH, "个月|月|"
              "months|month|mos|mo"},
    {N_OVER, "over"},
    {N_FASTING, "b4 brekkie|before brekkie|before breakfast|b4 breakfast|b4 brekky|before brekky|空腹|早上空腹|"
                "fasting|before breakfast|fasted|morning fasting"},
    {N_UNIT_OTHER, "微克|μg|µg|mcg|毫克|片|粒|iu|km|k|kg|kgs|kilo|kilos|lbs|lb|pounds|mi|miles|mile|min|mins|minutes|minute|hours|hour|hrs|hr|"
                   "岁|公里|公斤|斤|千米|米|分钟|小时|次|步|个|组|岁了|bpm|years|yrs|yo|steps|reps|sets|kcal|cal|"
                   "calories|卡|千卡|%|percent|块|元|dollars|bucks|m|meters|metres|floors|层|楼|秒|seconds|sec|secs|"
                   "天|days|day|points|分|号|am|pm|点|时|units|unit|iu|u|单位|h|times|time|tablets|tablet|pills|pill|tabs"},
    {Q_PERIOD_PAIN, "痛经|经期|来月经|月经第|大姨妈来了|大姨妈第|大姨妈|例假来了|例假第|例假|来例假|姨妈痛|生理期|"
                    "period cramps|period pain|period pains|menstrual cramps|menstrual pain|on my period|on my periods|"
                    "period started|period came|time of the month|cramps from my period|dysmenorrhea|dysmenorrhoea"},
    {Q_NO_PERIODS, "闭经|停经|几个月没来月经|月经几个月没来|大姨妈几个月没来|例假几个月没来|好几个月没来例假|好几个月没来月经|"
                   "havent had my period|haven't had my period|have not had my period|havent had a period|haven't had a period|"
                   "no period for|no periods for|no period since|lost my period|lost my periods|periods stopped|period stopped|"
                   "missed periods|amenorrhea|amenorrhoea"},
    {N_RESTHR, "watch says|my watch says|watch said|my watch said|apple watch says|fitbit says|garmin says|静息心率|安静心率|晨脉|静态心率|"
               "resting heart rate|resting hr|rhr|heart rate at rest|resting pulse|pulse at rest"},

    /* ---------------------------------------------------------- moods */
    {M_TIRED, "fair puggled|puggled|babalas|slept kak|吃力得来|软得没一点力气|软得没力气|莫得精神|没得精神|冇精神|腿都跑断了|跑断腿|just need sleep|need sleep|haven't had a full night's sleep|haven't had a full nights sleep|havent had a full nights sleep|haven't slept properly|slept maybe 2|slept maybe two|slept maybe 3|without strength|is without strength|no strength at all|just want to lie on the floor|want to lie on the floor|i feel so tired|feel so tired|床都不想下|恹恹的|恹恹|啥也干不动|干不动|白天老犯困|老犯困|dead beat|still weak|lowkey dead|absolutely cooked|i'm cooked|im cooked|totally cooked|木劲|浑身木劲|足忝|真无精神|无精神|难活得很|没一点劲|没有一点劲|贼拉虚|forfochen|gey forfochen|een are stingin|eyes are stinging|haven't got the energy|havent got the energy|haven't the energy|no energy for anything|body is heavy|my body is heavy|eyes keep closing|hondsmoe|only want my bed|just want my bed|脚都软了|腿都软了|想早点睡|就想回家躺着|想回家躺着|只想躺着|never sleep well|never slept well|arms are die|wore slap out|slap wore out|totally gassed|gassed|冇么个精神|眼都打唔开|吃力煞哉|吃力煞|不想动|瘫床上了|瘫床上|颠了一天|i'm cooked|absolutely rooted|rooted|haven't had a proper sleep|i tire well well|tire well well|whole body makes pain|觉都冇睡好|冇睡好|没什么劲|人没什么劲|wore right out|just wrecked|wrecked after|slept bad|i am so tired|i'm shattered|im shattered|一夜没困好|没困好|腿都是软的|浑身没力汽|没力汽|吃力煞了|睁弗开|眼睛都睁弗开|精神略差|睡眠欠佳|cream crackered|pure wrecked|feel pure wrecked|2 hrs sleep|running on pure vibes|running on fumes|好冇精神|冇精神|冇乜精神|眼都擘唔开|nakakapagod|pagod na|pagod|冇得一点劲|冇得劲|超想睡|眼皮直打架|眼皮打架|i'm jiggered|jiggered|i no fit do anything|no fit do anything|没啥劲|有点虚|还有点虚|蔫蔫的|蔫了|i no get strength|no get strength|absolutely buggered|buggered|累得跟孙子似的|累得跟孙子一样|累成孙子|冒得力|冒得劲|一点力都冒得|eyes hanging out|eyes are hanging out|i'm finished|im finished|人整个瘫掉了|瘫掉了|软塌塌|莫得一点劲|没得劲|木佬佬吃力|人焉|一点力气都没得|就想瘫|proper in bits|wore slap out|profound weariness|nimechoka|uchovu|tired-tired|dogs are barkin|懵的|整个人都是懵的|有一點仔忝|一点劲儿没有|浑身一点劲儿没有|倦甚|pure done in|done in|bolloxed|tired as a dog|weak and tired|昏戳戳|软趴趴|人都麻了|tired out|washed out|absolutely wabbit|wabbit|冇得一点力气|冇得力气|没得力气|一点劲都没得|没有力气|没力气|懒懒的|浑身还有点虚|人软软|冇得一点精神|没得精神|差点没爬起来|absolutely munted|running on absolutely nothing|running on nothing|sobrang pagod|pagod|half asleep|knackered|i'm wrecked|im wrecked|plumb tuckered|tuckered out|tuckered|death warmed up|body don weak|weak finish|一点精神都没有|没精神|没有精神|有啲攰|好攰|攰|冒得劲|没得劲|焉耷耷|蔫耷耷|软不拉几|浑身软不拉几|冇得精神|没得精神|plumb wore out|i'm plumb wore out|wore out|no get energy|i no get energy|手脚发软|手脚都软|全身没劲|全身没力|成身冇力|成身無力|absolutely drained|totally drained|body is weak|cyah even get outta bed|can't get out of bed|cant get out of bed|i just dey weak|dey weak|body weak|fit for nothing|slept maybe 3hrs|slept maybe 3 hrs|很虚|好虚|虚得很|整个人很虚|wet rag|like a wet rag|wrung out|wrecked|一点劲儿都没有|一点劲都没有|今日都冇乜力|冇乜力|一点力气没有|一点力气都没有|嘎嘎难受|一宿没咋睡|好攰|成个人好攰|haven't slept|bed's callin me|bed's calling me|beds calling me|凌晨两点才睡|两点才睡|老吃力|吃力额|一夜天没困着|没困着|冇得力气|冇力|finished me|have finished me|absolutely stuffed|stuffed|no oomph|absolutely wrecked|sobrang weak|weak ako|虚得|腿打飘|打飘|老睡不够|睡不够|一点劲没有|没劲|no strength at all|no strength|haven't slept properly|havent slept properly|up with her half the night|up half the night|nothing left in me|nothing left in the tank|jet lag|jetlag|jetlagged|jet lagged|body clock|very shag|so shag|shag|莫得力气|遭不住|没得力气|still wrecked|so wrecked|totally wrecked|wrecked|running on 4|running on 3|running on 5|running on no sleep|加班加成狗|眼睛都睁不开|睁不开眼|没什么精神|没精神|软绵绵|gassed|totally gassed|legs are toast|toast|睡得不太好|睡得不好|睡不太好|睡不好|睡得很差|睡得差|难睡得不太好|难睡得不好|难入睡|睡不着|没合眼|一宿没睡|一夜没睡|通宵没睡|散架|快散架|人都散架|瞓得好差|瞓得唔好|冇瞓好|睡得也不好|睡得也不太好|一点力气都没有|一点力气也没有|just want to sleep|want to sleep|wanna sleep|need a nap|hrs of sleep|hours of sleep|not sleeping|not sleeping much|not sleeping well|trouble sleeping|legs feel a bit flat|legs feel flat|legs feel heavy|legs feel a bit heavy|legs are heavy|heavy legs|flat legs|dead legs|腿沉|腿有点沉|腿发沉|冇晒力|冇力|一点劲都没有|虚得不行|虚得很|脑子转不动|转不动了|completely flattened|flattened|zero sleep|very weak|feeling weak|feel weak|absolutely spent|totally spent|completely spent|so spent|hours sleep|sleeping terribly|sleeping badly|累|好累|很累|太累|累死|累死了|累成狗|累瘫|累趴|疲惫|疲劳|疲倦|乏|乏力|没精神|没精打采|无精打采|困|好困|"
              "困死|犯困|瞌睡|打瞌睡|没睡好|没睡|睡不好|失眠|熬夜|通宵|睡眠不足|起不来|身体被掏空|被掏空|好虚|浑身没劲|"
              "没劲|没力气|提不起劲|精疲力尽|筋疲力尽|累趴下|倒时差|时差|昏昏沉沉|昏沉|眼皮打架|打哈欠|哈欠|电量不足|"
              "睡不着|没睡够|累累|困困|好乏|虚脱|乏得很|腿软|累得|累了|疲|困了|睡眠差|一夜没睡|夜班|值夜班|蔫|蔫蔫的|"
              "虚了|整个人虚|腿都软|只想睡觉|想睡觉|想躺|躺平|"
              "攰|好攰|瞓唔着|瞓唔著|😴|🥱|💤|😪|😫|😩|"
              "~tired|tierd|tird|tiered|exhausted|~exhausting|exhaustion|~fatigue|fatigued|sleepy|drained|wiped|"
              "wiped out|worn out|burnt out|burned out|burnout|no energy|low energy|zero energy|knackered|shattered|"
              "i'm beat|im beat|dead tired|dog tired|legs are dead|sluggish|lethargic|groggy|slept badly|"
              "didn't sleep|didnt sleep|couldn't sleep|couldnt sleep|can't sleep|cant sleep|barely slept|no sleep|"
              "poor sleep|bad sleep|little sleep|slept like crap|slept like shit|insomnia|up all night|jet lag|"
              "jetlag|jetlagged|jet lagged|zombie|running on empty|running on fumes|yawning|weary|so tired|"
              "i'm spent|im spent|need a nap|all nighter|allnighter|night shift|overtired|pooped|bushed|zonked|"
              "sleep deprived|no sleep|only slept|slept 4|slept 3|slept 5|tiring|tyred|exausted|exhuasted|"
              "fatiqued|drowsy|heavy eyelids|can barely keep my eyes open|dragging|drag myself|so weak|slept terrible|"
              "slept terribly|slept like|only slept|4hrs sleep|hardly slept|dead on my feet|brain fried|躺尸|fried"},
    {M_STRESS, "快疯了|要疯了|慌得一批|i feel like i'm drowning|i feel like im drowning|feel like i'm drowning|at the end of my rope|end of my tether|at the end of my tether|急得夜里翻来覆去|急得|紧张得要命|下死我了|吓死我了|heart was in my throat|heart in my throat|still a bit shaky|毛焦火辣|心头毛焦火辣|搞不赢|哪样都搞不赢|有啲驚|有啲惊|有点惊|stenachoria|cannot concentrate|can't concentrate|cant concentrate|so pressed|i am so pressed|im so pressed|有点毛|心里有点毛|心里发毛|nakakatakot|weirded out|kinda weirded|freaked out a bit|承受不住|越躺越焦虑|吓死宝宝了|阮真煩惱|真煩惱|足煩惱|心里急|慌得很|心里有点打鼓|nakakakaba|nakakaba|bricking it|i'm bricking it|bit concerned|a bit concerned|tax season is literally killing me|tax season|another deadline|deadlines|deadline|吓丝丝|吓丝丝的|心里有点虚|心里虚虚的|吓煞人|要不要马上去医院|惊惊|心内还惊|心内惊惊|just shaken|shaken up|very tensed|so tensed|tensed|got me shook|keep replaying it|i keep replaying|worried sick|心头乱糟糟|心里乱糟糟|乱糟糟|吓死我了|慌得一批|心里慌得|惊会发作|怕会发作|i dey worry|dey worry|is giving me a heart attack|giving me a heart attack|gives me a heart attack|give me a heart attack|乱成一锅粥|脑子乱成一锅粥|静不下来|焦绿|焦绿得不行|心一直悬着|心悬着|心里悬着|心一直吊着|心里厢急|急煞了|愁人|愁死人|i feel worry|feel worry|feel worried for|worried for him|worried for her|心里发怵|发怵|我比他还紧张|fearing to|i am fearing|worried sick about|好驚|好惊|nerves are shot|me nerves are shot|can't sit still|fretting|fretting about|worried sick|kinda freaking out|freaking out|想东想西|胡思乱想|老是想东想西|压力超大|压力巨大|压力贼大|压力特别大|心里毛得很|心里发毛|心里毛毛的|手心里全是汗|手心全是汗|紧张得手心|tensed|little tensed|feeling tensed|a bit shook|bit shook|i'm shook|proper shook|啷个办|好担心|wound tight|just wound tight|niko na wasiwasi|wasiwasi|心甚忧之|you dian pa|a bit wurried|wurried|bit nervus|nervus|bit on edge|着急|心急|急死|好急|absolute nerves|heart's in me mouth|a tad nervous|antsy|ah fraid|ah frighten|frighten bad|just shook|心里发慌|有点慌|越想越不踏实|不踏实|急得很|sketched out|very tensed|kinakabahan|kinakabahan ako|paranoid|feart|dey fear|heart in me mouth|heart in my mouth|on edge|can't settle|cant settle|bit tensed|i am tensed|不知道咋办|不知道怎么办|心慌慌|惊惊哋|驚驚哋|好焦人|焦人|不会有事吧|🥲|i am tensed|i'm tensed|im tensed|worried sick|有点紧张|有點緊張|mi fraid|me fraid|i fraid|i frighten|mi frighten|bit freaked|little freaked|freaked out|freaking out|😰|😱|有啲惊|好惊|仲有啲惊|惊到|吓到手|驚到|考砸了|考砸|会杀了我|i'm a wreck|im a wreck|nervous wreck|bit rattled|rattled|kan cheong|kancheong|gan cheong|脑子嗡嗡的|脑袋嗡嗡的|脑子嗡嗡|脑袋嗡嗡|嗡嗡的|she's worried sick and honestly so am i|worried sick|not liking this|brutal|has been brutal|partner's driving me to ed|😱|bag of nerves|a bag of nerves|shaky about it|is that my heart|担心得要命|怕得要命|急得要命|忙得要命|吓得要命|紧张得要命|心里直打鼓|心里打鼓|脑壳要炸了|脑袋要炸了|头要炸了|proper shook|i'm shook|im shook|freaks me out|freaked me out|freaking me out|心里好乱|心里很乱|心好乱|心里乱|心乱如麻|head is spinning with|so much to prep|so much to do|stir crazy|going stir crazy|climbing the walls|坐立不安|terrifying|terrifies me|scaring me|scares me|scared me|freaked me out|好驚|好惊|好驚呀|惊呀|waiting to hear back|freaking out|scared stiff|don't want to fall|dont want to fall|do not want to fall|不想摔|怕摔|心里有点毛|心里发毛|心里很乱|心里乱|心里没底|心里不踏实|can't stop googling|cant stop googling|so am i|blow off steam|blow off some steam|eek|yikes|压得我喘不过气|压得喘不过气|压得人喘不过气|压得我透不过气|压得透不过气|压得我快喘不过气|心有余悸|有啲驚|好驚|驚|不知所措|快崩了|要崩了|崩了|要不要紧|unnerving|can't focus|cant focus|tension|eating me alive|chaos|chaotic|can't switch off|cant switch off|lots on my plate|so much on my plate|too much on my plate|jaw clenched|clenched jaw|clenching my jaw|jaw is clenched|jaw tight from stress|grinding my teeth|咬紧牙关|咬牙切齿|压力|压力大|压力山大|焦虑|紧张|着急|急死|担心|担忧|害怕|恐慌|慌|不安|忐忑|崩溃|要疯了|"
               "抓狂|头大|焦头烂额|忙死了|太忙|好忙|ddl|赶工|内卷|心神不宁|坐立不安|慌得一批|紧绷|压抑|考试|"
               "deadline|焦虑症|心里发慌|慌慌|发愁|愁|憋屈得慌|着急上火|急躁|吓|吓死|吓死我了|吓坏|吓坏了|吓一跳|"
               "吓得|好怕|有点怕|怕|不敢|心里毛毛的|毛毛的|心里没底|没底|"
               "😰|😟|😬|😥|😖|🤯|😓|"
               "~stress|~stressed|~stressful|stressing|stresed|~anxious|~anxiety|nervous|worried|worry|worrying|"
               "overwhelmed|overwhelming|tense|on edge|panic|panicky|panicking|freaking out|freaked out|restless|"
               "under pressure|pressure at work|work pressure|lot of pressure|so much pressure|much pressure|"
               "pressured|feeling the pressure|pressure from|deadline|deadlines|so much work|crazy busy|swamped|"
               "frantic|jittery|uneasy|can't relax|cant relax|mind racing|racing thoughts|frazzled|agitated|"
               "wound up|high strung|exams|exam|exam week|finals|stresssed|streesed|anxous|anxios|nervy|"
               "on my mind|scared|afraid|dreading|dread|tight deadline|tight deadlines|busy busy|hectic|"
               "slammed at work|scary|freaked|terrified|shaken|bit shaken|spooked|frightened|freaking|nerve wracking|"
               "scard|skared|shook me up|shook up|rattled|right fright|fright|hope its nothing|hope it's nothing|"
               "😨|🙏|七上八下|提到嗓子眼|心里发毛|发毛|犯嘀咕|提心吊胆|不放心|不太放心|有点方|好方|方了|"},
    {M_NEG, "feel really low|feeling really low|feel so low|feeling so low|feel pretty low|feeling pretty low|feel quite low|feeling quite low|been really low|really low lately|受够|真受够|贼上火|整得我上火|整得我贼上火|窝火|motivation: nonexistent|motivation nonexistent|zero motivation|my soul has left my body|pissed off|so pissed off|proper pissed off|情绪不好|情绪不太好|情绪很不好|情绪差|情绪很差|情绪低|情绪很低|情緒不好|自己没用|心情不太好|心情也跟着蔫蔫的|蔫蔫的|气煞了|气煞|sick to the back teeth|raging with meself|raging with myself|ticked off|so ticked off|hacked off|proper hacked off|in a foul mood|foul mood|么得味|心里头么得味|心里没味|看着真毋甘|真毋甘|心肝头真艰苦|心肝头艰苦|好冇劲|么子都不想做|鬼火冒|鬼火绿|心里麻烦得很|心里麻烦|cor be bothered|can't be bothered|cant be bothered|everythin's gone wrong|everything's gone wrong|everything has gone wrong|just over it|i'm just over it|im just over it|i vex|i dey vex|nakakainis|wala akong gana|feeling pretty low|feeling low|feel low|冇晒心机|冇心机|好冇癮|真係好冇癮|輸到冇眼睇|输到冇眼睇|冇眼睇|got me down|ain't half got me down|fuming|broke my heart|breaks my heart|terribly quiet without|what choice i got|what choice have i got|picked last again|窝火|心都碎了|心里不得劲|心里不是滋味|心里蛮不好过|蛮不好过|肺都气炸了|气炸了|心里不好受|bugger of a week|dis is de pits|the pits|can't stop thinking about it|lowkey salty|i'm sick and tired of|im sick and tired of|i'm sick and tired|im sick and tired|冒火得很|背时得很|背时|don't much see the point|dont much see the point|don't see the point|canna be arsed|sick ae it|vex bad|cant be botherd|can't be botherd|老糊涂了|真是老糊涂|闷煞|一个人闷煞|啥也不想做|搞到我想爆炸|想爆炸|做到我想死|不中用了|老了不中用|dang it|shame man|just vex|vexed|pretty low about it|low about it|very bad mood|bad mood|sick of it|sick and tired|so sick of it|honestly sick of it|推板得来|心情推板|吵相骂|啥物事都弗想做|挺没意思的|没劲透了|心情跌到谷底|跌到谷底|feel flat|feeling flat|felt flat|real vex|just vex|so vex|cranky as a cut snake|browned off|brassed off|cheesed off|越想越气|气死了|气得不行|心态崩了|破防了|bloody typical|whats even the point|what's even the point|what is even the point|so done with|my heart is broken|heart is broken|just plain discouraged|discouraged|don't much feel like going out|dont much feel like going out|心头难受|心头难受得很|心情真䆀|哪儿也不想去|heart is breaking|she left me|another quiet morning without|greetin|been greetin|真窝囊|窝囊|憋了一肚子火|一肚子火|老爱发脾气|发脾气|闹脾气|讲不出的难过|rather flat|feel rather flat|disinclined|flat and over it|over it|绷不住了|绷不住|破防了|tuss of a day|week from hell|day from hell|hell of a week|心情也瞎|心情瞎|不想郁|唔想郁|心里不是滋味|mood: 麻了|sina mood|nimeboeka|just gutted|just low today|little appetite for exercise|心情超差|郁闷|right cranky|i'm grim|im grim|head's not|hit me hard|brok'n me 'eart|jus vex|i just feel lonely|feel lonely|cannae be arsed|心情差得很|蛮造孽|造孽|懊糟|冇心机|冇心機|空落落|心里不痛快|不痛快|so junk|im heated|i'm heated|pure ragin|ragin|can't be arsed|cant be arsed|e dey vex me|dey vex|心情好差|心情烂透了|烂透了|闹挺|憋屈|不甘心|啥都提不起劲|都提不起劲|kak weekend|what a kak|not in mood|not in the mood|sien|mi vex|me vex|cheesed off|well narked|narked|damn sian|so sian|贼闹心|闹心|好悶|好闷|心里窝火|窝火|absolutely tamping|tamping|drivin me nuts|driving me nuts|sorry for myself|好郁卒|郁卒|鬱卒|太废了|太廢了|我好废|dying of boredom|bored to death|bored stiff|spewin|spewing i|rubbish week|shite week|shit week|气到吐血|氣到吐血|被客户气|被客戶氣|气死我了|氣死我了|心里真不得劲|不得劲|心里挺难受|心里难受|气人得很|气人|fair scunnered|scunnered|so annoying|gatvol|no mood to train|feel very hea|very hea|有夠衰|真正有夠衰|有够衰|真正有够衰|好衰|真衰|eejit|feckin eejit|devo|so devo|so embarrassing|embarrassing|mortified|心都碎了|跑得我心都碎了|谢谢老天|呵呵 真开心|oh fantastic|living the dream 🙃|living the dream|miss my mom|miss my mum|alone in my dorm|everything feels pointless|feels pointless|pointless|old crock|feel like an old crock|not great|烦人|膈应|后悔死了|真想把键盘砸了|气到|he left|feeling pretty hollow|hollow|got laid off|laid off|today isn't|feeling rather low|rather low|eish|great 🙄|🙄|🙃|觉得自己很没用|觉得自己没用|很没用|自己好没用|没用死了|想哭|feel useless|feel like a failure|冷冷清清|一个人在家|absolutely filthy|filthy about it|i'm just vexed|just vexed|vexed|ducking dizzy|整个人都不好了|整个人不好了|想家|有点想家|好想家|想家了|走咗|乜都唔想做|唔想做|so low|feeling low|feeling so low|sian|so sian|气不顺|心疼|孤单|孤独|寂寞|好孤单|fml|被老板骂|挨骂|啥都不想干|什么都不想干|hate summer|hate this|i hate|扫兴|真扫兴|有点down|好down|很down|不想练|heavy-hearted|heavy hearted|kicking myself|sorry for myself|over it|on life support|not really feeling it|passed last week|passed away last|i'm sick of|im sick of|i am sick of|so sick of|getting sick of|sick of it|sick and tired|sick to death|好慘|好惨|惨|气自己|泄气|心情好差|好嬲|嬲|feeling very low|very low|zero motivation|bores me to tears|bored to tears|难过|伤心|沮丧|郁闷|不开心|不高兴|心情不好|心情差|心情很差|心情低落|低落|失落|悲伤|痛苦|哭|想哭|哭了|"
            "孤独|寂寞|无聊|没意思|没动力|不想动|懒|懒得|不想去|提不起兴趣|烦闷|抑郁|emo|丧|好丧|生气|气死|气死我了|"
            "愤怒|火大|恼火|委屈|失望|心碎|心塞|心痛|心酸|心里难受|心里堵|心里堵得慌|绝望|分手|失恋|想念|不爽|糟糕|"
            "倒霉|烦人|讨厌|厌倦|受够了|闷闷不乐|心情沉重|难受死了|沮丧死了|无语|丧气|郁郁|伤感|emo了|破防|"
            "心情糟|心情一般般|不想练|憋屈|没心情|心里苦|心情down|烦|烦死|烦死了|烦躁|心烦|烦烦|唉|哎|无奈|泡汤|"
            "可惜|遗憾|气人|😤|😑|🙄|去世|过世|蓝瘦|香菇|呜呜|呜呜呜|后悔死了|后悔死|灰暗|我真的会谢|什么都不想干|啥也不想干|"
            "没劲透了|气得|气到|心累|窒息|吃土|"
            "😢|😭|😞|😔|💔|☹️|🙁|😡|😠|🤬|😒|🥲|"
            "sad|sadness|unhappy|feeling down|feel down|bit down|so down|pretty down|kinda down|been down|"
            "down today|down lately|feeling low|feel low|bit low|low mood|mood is low|depressed|depressing|"
            "depression|miserable|upset|lonely|heartbroken|heartbreaking|heartbreak|grief|grieving|mourning|"
            "crying|cried|in tears|feeling blue|bummed|bummed out|gloomy|angry|mad|furious|pissed|annoyed|"
            "irritated|irritable|frustrated|frustrating|bored|boring|unmotivated|no motivation|can't be bothered|"
            "cant be bothered|don't feel like|dont feel like|don't want to|dont want to|meh|lazy|fed up|sick of|"
            "sick and tired|hopeless|disappointed|bad day|rough day|awful day|terrible day|shitty day|crappy day|"
            "devastated|broke up|breakup|dumped|passed away|died|funeral|rough week|in a funk|blah|homesick|lovesick|"
            "not in the mood|not motivated|not feeling it|grumpy|moody|down in the dumps|low key sad|"
            "depresed|saddd|upsetting|sucks|miss her|miss him|lost my|feel like crying|teary|gutted|"
            "demotivated|apathetic|numb inside|empty inside|worthless|blues|ugh|ughh|annoying|so annoying|gross|"
            "so over|over this|tired of|cross with|feel rubbish|feeling rubbish|getting me down|hate this|hate it|"
            "feeling flat|bit flat|so flat|flat today|feeling grey|feeling gray|feel grey|feel gray|cba|blood is boiling|blood boiling|punch something|irritating|bummer"},
    {M_POS, "feel like a new woman|feel like a new man|like a new woman|love every minute|motivated!|还挺得意|还挺开心|还挺高兴|还挺爽|best mood ever|feel incredible|feeling incredible|feel super fresh|feeling super fresh|hyped for|so hyped|一切都好|状态挺好|状态很好|状态不错|好靓|靓到透唔到气|靚到透唔到氣|靓到透唔到氣|team's buzzing|teams buzzing|i'm buzzing|im buzzing|buzzing about|so buzzing|well buzzing|但是安逸|心劲足得很|心劲足|心里舒坦得很|心里舒坦|delighted with meself|delighted with myself|feel like a million bucks|million bucks|i am perfetto|perfetto|vibes dey sweet|dey sweet die|贼舒坦|贼过瘾|练到位了|grinnin like an idiot|grinning like an idiot|still kicking|on cloud nine|ekdam fresh|so habby|big kefi|add oil|feel gd|feeling gd|the good pain|very animated|feeling fine|ready to get back|精神老好|精神很好|精神挺好|精神头足|浑身轻快|一身轻快|一切ok|一切正常！|被老板夸了|被夸了|庆祝一下|耍得安逸|安逸得很|终于可以恢复|终于可以|feelin bloody good|feeling bloody good|bloody good actually|weather is super|very fun|so fun|best!|ansum|lovely visit|thank goodness|heart is so full|vibes are immaculate|good vibes|浑身攒劲|攒劲得很|心情蛮好|今儿可得劲儿|可得劲|浑身有劲|有劲得很|cracking session|feeling lush|body don strong|make we go|yeehaw|ready to ride|想跑10k|心情交关好|交关好|亚克西|终于可以动起来|xswl|挺满意|很满意|doing real good|feeling like a new man|like a new man|ready to crack on|cannot wait|god is good|交关开心|破pr了|破pr|激动到|风景绝了|grand day|心里踏实了|踏实了|嘎嘎有劲|bostin|bostin mood|feeling very fine|feel very fine|tickled pink|fine as frog's hair|felt brilliant|feel brilliant|itching to get back|sound as a pound|finally free|exams done|安逸惨了|安逸得很|巴适得很|巴适惨了|要得！|今天要得|绝绝子|最靓的仔|状态绝了|tql|得劲！|得劲得很|今儿得劲|buzzin me heed off|buzzin me head off|buzzing me head off|canny day|feel rather well|feeling rather well|feel very well|feeling very fresh|very fresh and good|mood is good|mood is great|feeling squared away|squared away|parkrun pb|new pb|got a pb|ran a pb|心情杠赖|心情真好|心情贼拉好|贼拉好|心里美得冒泡|美得冒泡|都赢了|赢了|好relax|好relax呀|feeling so sharp|so sharp|feel right fine|right fine|never been better|over the moon|feelin handsome|feeling handsome|贼有劲儿|贼有劲|心情老好|心情老好额|feeling choice|feelin choice|poa sana|niko poa|feelin right some good|right some good|im thriving|i'm thriving|thriving fr|fit as a butcher's dog|mighty fine|feelin mighty fine|in flying form|flying form|so worth|pr'd|超開心|超开心|开心得很|恣得很|杠好|蛮好咯|好太多了|proper ansum|ansum day|lookin forward|feelin sweet|feeling sweet|fine as frog hair|fit and fine|alhamdulillah|wicked good|i'm champion|im champion|good good|raring to go|good to go|got engaged|engaged!|歹得很|得劲得很|心里得劲|太安逸了|一眼眼都不吃力|心情不错|tidy morning|feeling fiti|i'm feeling fiti|heaps good|feeling heaps good|mighty form|心情颇佳|心旷神怡|超有精神|feelin barry|barry the day|feelin just fine|real good actually|feelin real good|feeling real good|'ansum day|proper 'ansum|feelin 'ansum|shiok|心情还挺好|没甚毛病|心境甚佳|心情蛮好|in good form|feelin fine otherwise|very energy|i am very energy|dying to get back|必须整一场|feeling lekker|feelin lekker|lekker|feelin canny|feeling canny|i am strong|feel pretty good|ready for my session|lets gooo|let's gooo|倍儿精神|倍儿好|倍儿棒|美滴很|美得很|精神几好|精神不错|feel very good|feeling very good|with much energy|ready for the 10k|feeling grand|feelin grand|feelin pretty good|feeling pretty good|mi good|dey kampe|no wahala for my body|managing well|ready fi train|ready to train hard|心情板扎|板扎|感觉很good|很good|宝宝很活泼|继续练起来|i'm hyped|im hyped|so hyped|lekker day|canny pleased|looking forward to my|feel quite well|ready for leg day|good kind of sore|😊|✌️|tip top|still buzzing|buzzing from it|raring to go|💕|心情倍儿好|心情也跟着好起来|心情好起来|心情也跟着好|loving it|ready for more|best session in ages|best session|feel rested|feeling rested|巴适得很|巴适|巴适得板|irie|feelin irie|feeling irie|ready to smash it|smash it|feeling loads better|loads better|feeling much better|feeling heaps better|精神倍儿棒|倍儿棒|完全好了|劲头十足|zero regrets|worth it tho|worth it|super motivated|so motivated|贼精神|贼带劲|带劲|心情舒畅|舒畅|in the best way|lets goooo|lets go|otherwise mint|mint|lowkey emotional|cleared me|收到offer|拿到offer|收到offer了|offer了|上岸了|met my fav|my fav band|fav band|见到偶像|见到爱豆|演唱会|想加大强度|啥毛病没有|状态爆棚|爆棚|精神了|人也精神了|feeling zen|feel zen|zen|grand altogether|to get fit before the baby|before the baby comes|状态炸裂|炸裂|要当爸爸了|要当妈妈了|当爸爸了|当妈妈了|稳得一批|成就感|超有成就感|很有成就感|松了一口气|松了口气|终于松了|🎉|🥳|slept like a log|feeling fresh|feel fresh|can breathe again|feel like i can breathe again|handed in|sub 4|pb|new pb|personal best|心情大好|好激动|激动|感觉挺好|挺好的|fit as a fiddle|feeling fit|smashed my pb|smashed it|all looking good|巴适|巴适得很|得劲儿|贼得劲|挺得劲|🥰|feeling positive|so ready to meet|can't wait to meet|cant wait to meet|哈哈哈|哈哈|生龙活虎|太绝了|值！|值了|放心了|can't stop smiling|cant stop smiling|ahead of schedule|loves it|love it!|信心满满|稳稳的|loved it|love it|still here!|100% now|good as new|👌|精神头十足|精神头|心情也好|心情特别好|好利索|完赛|free了|mad keen|chipper|love it|in a good way|feeling human again|feel human again|worth it|chuffed|all systems go|开心|高兴|快乐|愉快|心情好|心情很好|心情不错|心情超好|心情挺好|状态好|状态很好|状态不错|精神好|精神不错|"
            "精力充沛|充满活力|有活力|兴奋|激动|期待|元气满满|满血|满血复活|棒|很棒|爽|舒服|美滋滋|哈哈|哈哈哈|"
            "嘻嘻|耶|好开心|幸福|满足|放松|轻松|自信|得意|骄傲|有动力|动力满满|跃跃欲试|迫不及待|干劲|干劲十足|"
            "好状态|神清气爽|倍儿棒|好极了|不错|开森|嗨皮|笑死|乐|乐呵|心情美美|美美的|超开心|精神抖擞|充满干劲|"
            "活力满满|状态在线|状态满分|冲|冲鸭|冲冲冲|加油|奖励自己|干就完了|🥹|😌|精神头足|浑身是劲|精神得很|自豪|"
            "嘿嘿|开练|走起|太好了|yyds|贼好|超好|骄傲|稳稳哒|松弛|拿了第一|升职了|"
            "😊|😄|😁|😃|🥳|💪|✨|🎉|👍|🙌|❤️|😍|🤩|☀️|😎|🙂|😀|😆|🤗|🔥|"
            "~happy|glad|great|feel great|feeling great|awesome|amazing|fantastic|excited|exciting|pumped|"
            "stoked|psyched|energetic|energized|energised|full of energy|motivated|can't wait|cant wait|dying to|"
            "dying for|to die for|ready to go|ready to crush|let's go|lets go|refreshed|well rested|"
            "relaxed|calm|chill|cheerful|thrilled|proud|on top of the world|feel amazing|feel good|feeling good|"
            "good mood|great mood|good vibes|blessed|yay|woohoo|joyful|best day|good day|great day|killing it|"
            "crushing it|in a good mood|in a great mood|happyy|hapy|excitd|pumpd|fired up|psyched up|buzzing|"
            "feel fantastic|feel awesome|optimistic|content|grateful|good spirits|upbeat|feeling really good|"
            "feel really good|energy's good|energy is good|full of beans|cracking mood|proud|so proud|feeling springy|"
            "lets gooo|let's gooo|pumped|🏆|💘|"
            "feeling strong|feel strong|raring to go|feel fresh|feeling fresh|motivated af|super keen|keen|relieved|"
            "lets do this|let's do this|bursting with pride|loving|love my|new pr|pr today|woo|woot|pumped up"},
};

const int mr_notes_n_groups = (int)(sizeof mr_notes_words / sizeof mr_notes_words[0]);

/* Real words one letter away from a key word: never read as its typo. */
const char *const mr_notes_not_typos[] = {
    "never", "fewer", "sever", "lever", "clever", "cheat", "chess", "crest", "paint", "saint", "taint", "feint",
    "angle", "tried", "tires", "timed", "fired", "hired", "wired", "spent", "scent", "heard", "hearth", "dirty",
    "pressed", "dressed", "stressed", "stresses", "press", "dizzy", "fiver", "river", "liver", "diver", "faster",
    "pleasure", "measure", "treasure", "happen", "happened", "strain", "stains", "sprint", "spring", "spain",
    "insular", "vomits", "asthma", "haste", "cardiac", "nervous", "heart", "hearts", "anxious", "ankles",
    "fatigue", "feature", "future", "pressure", "presume", "hypertension", "ventolin", "metformin",
    "migrant", "migraine", "diabetes", "pregnant", "regnant", "sciatica", "meniscus", "pleasant", "peasant",
    "breathless", "breathes", "vertigo", "lightened", "lighthearted", "tripped", "happy", "hippy", "harpy",
    NULL,
};
