/* conditions.c - the named conditions of conditions.h, each with its source. */
#include "conditions.h"
#include "knowledge.h"

#include <stddef.h>

const mr_condition mr_conditions[MR_DX_COUNT] = {
    /* inversions (headstand, shoulder stand, downward dog) raise eye pressure
     * at once (Jasien et al., PLoS One 2015); so does straining with a held
     * breath; regular aerobic exercise lowers it a little (AAO patient
     * guidance; Zhu et al. 2018) */
    [MR_DX_GLAUCOMA] = {{"glaucoma", "青光眼", NULL},
        "glaucoma: skip head-down positions, where the head is lower than the heart (headstands, shoulder stands, long downward dogs, decline benches): they raise eye pressure within minutes. Breathe out on the effort instead of holding your breath in strength work. Walking, cycling and swimming are good for you; keep to your eye drops, and tell your eye doctor about any new yoga class",
        "青光眼：不做头低于心脏的动作（头倒立、肩倒立、长时间的下犬式、头低脚高的斜板），这些动作几分钟内就会让眼压升高；力量练习用力时呼气，不要憋气。走路、骑车、游泳对你有益；按时点眼药水，去新的瑜伽课前可以先问问眼科医生（Jasien等，2015）"},
    /* regular aerobic exercise (40 min, 3 times a week) prevents migraine
     * about as well as topiramate (Varkey et al., Cephalalgia 2011); hard
     * efforts, heat and dehydration can set one off (AHS; Koppen & van Veldhoven 2013) */
    [MR_DX_MIGRAINE] = {{"migraine", "migraines", "偏头痛", "偏头疼", NULL},
        "migraine: regular aerobic exercise (about 40 minutes, 3 times a week) helps prevent attacks, but on the day of one, and while you still feel wrung out after it, keep it light and short: no hard, hot or sprint sessions, which can set off another. Warm up slowly, drink and eat beforehand. A headache unlike your usual ones, or aura with weakness, numbness or confusion, is an emergency (Varkey et al. 2011)",
        "偏头痛：规律的有氧运动（每次约40分钟，每周3次）能帮助预防发作；但发作当天和发作后还虚脱的时候，只做轻松、短时间的活动，不做高强度、高温或冲刺类训练，以免再诱发一次。热身慢一点，练之前吃点东西、喝够水。头痛和平时的不一样，或先兆时出现无力、麻木、神志不清，是急症（Varkey等，2011）"},
    /* anaemia cuts oxygen delivery, so effort feels harder and the heart runs
     * fast; iron repletion restores it; oral iron on alternate days is as
     * well absorbed with fewer side effects (BSG 2021, Snook et al.;
     * Stoffel et al. 2017); heavy periods are the common cause */
    [MR_DX_ANAEMIA] = {{"anaemia", "anemia", "anaemic", "anemic", "iron deficiency", "iron-deficiency", "low iron",
                        "low haemoglobin", "low hemoglobin", "贫血", "缺铁", "血红蛋白低", "血色素低", NULL},
        "anaemia: with fewer red cells every effort feels harder and the heart races sooner, so keep sessions easy (you can talk in full sentences) and short until it is treated, with no hard or race-pace work; training harder will not fix it. Take the iron as your doctor prescribed; if it upsets your stomach or constipates you, ask about taking it every other day or another form rather than stopping. Have the blood test repeated as planned, and tell your doctor about heavy periods, breathlessness on stairs or a racing heart (BSG 2021)",
        "贫血：红细胞少，同样的运动会更累、心跳更快，所以在治疗好之前，练得轻松（能说整句话）、时间短一些，不做高强度或比赛配速的训练；多练也补不回来。铁剂按医生开的吃；吃了胃不舒服或便秘，不要自己停药，可以问医生改成隔天吃或换一种剂型。按时复查血常规，月经量多、爬楼梯喘、心跳快，都要告诉医生（BSG 2021）"},
    /* exercise helps function and daily activities in dementia (WHO 2019
     * risk reduction; Forbes et al., Cochrane 2015); getting lost is the
     * risk on walks, and balance and strength work cuts falls (Sherrington
     * et al., Cochrane 2019) */
    [MR_DX_DEMENTIA] = {{"dementia", "alzheimer", "alzheimer's", "失智", "痴呆", "阿尔茨海默", "认知障碍", "老年痴呆", NULL},
        "dementia: keep walking every day, with someone he or she knows, on familiar routes and at the same time of day; carry an ID card or bracelet with a phone number, or a GPS watch, in case of getting lost. Add balance and strength work against falls (tai chi, sit-to-stands, standing on one leg holding a chair), and keep the bathroom safe (grab rails, a non-slip mat). Keeping active helps mood, sleep and daily living (WHO 2019; Sherrington et al. 2019)",
        "失智（认知症）：每天坚持散步，由熟悉的人陪着，走熟悉的路线、固定的时间；随身带写有联系电话的卡片或手环，或戴定位手表，以防走失。再加一些平衡和力量练习防跌倒（太极、坐下站起、扶着椅子单脚站），浴室装扶手、铺防滑垫。保持活动对情绪、睡眠和日常生活能力都有帮助（WHO 2019；Sherrington等，2019）"},
    /* ankylosing spondylitis: daily exercise is a core treatment, mobility
     * and stretching of the spine, posture, aerobic work; swimming suits it;
     * rest makes the stiffness worse (ASAS-EULAR 2022, Ramiro et al.) */
    [MR_DX_SPONDYLITIS] = {{"ankylosing spondylitis", "spondylitis", "axial spondyloarthritis", "axspa", "强直性脊柱炎",
                            "强直", "脊柱炎", NULL},
        "ankylosing spondylitis: daily exercise is part of the treatment and rest makes the stiffness worse. Every morning, after a warm shower, 10-15 minutes of spine mobility and stretching (cat-cow, gentle twists, chest opening, hip stretches, lying on your front), then aerobic work most days; swimming suits it well. Work on posture, stand tall. A red, painful eye or a fever needs your rheumatologist soon (ASAS-EULAR 2022)",
        "强直性脊柱炎：每天运动本身就是治疗，越躺越僵。每天早上洗个热水澡后，做10-15分钟脊柱灵活性练习和拉伸（猫牛式、温和的转体、扩胸、髋部拉伸、俯卧），大多数日子再加有氧运动，游泳特别合适；注意姿势，站直。眼睛红痛或发烧，要尽快看风湿科（ASAS-EULAR 2022）"},
    /* the aorta's wall stress rises with maximal and isometric effort and
     * breath-holding; moderate dynamic exercise is encouraged, contact and
     * heavy lifting are not (AHA/ACC 2015 eligibility, Braverman et al.;
     * ACC/AHA 2022 aortic disease, Isselbacher et al.) */
    [MR_DX_MARFAN] = {{"marfan", "marfan's", "马凡综合征", "马方综合征", "马凡氏", "马方", "马凡", NULL},
        "Marfan syndrome: moderate aerobic exercise (walking, cycling, swimming) is good for you, but maximal lifts, heavy or straining sets, breath-holding and contact sports raise the stress on the aorta: keep weights light enough for 10-15 easy reps while breathing out, never to failure, and no max-outs. Keep your yearly echo (the aorta's size sets the limits), and tell the cardiologist what you plan. Sudden tearing pain in the chest, back or belly is an emergency (AHA/ACC 2015; ACC/AHA 2022)",
        "马凡综合征：中等强度的有氧运动（走路、骑车、游泳）对你有益，但极限重量、憋气用力和对抗性运动会增加主动脉壁的压力：力量练习用能轻松做10-15次的重量，用力时呼气，不做到力竭，不测极限。每年按时做心脏彩超（主动脉的宽度决定能练什么），运动计划告诉心内科医生。胸、背或腹部突然撕裂样剧痛是急症（AHA/ACC 2015；ACC/AHA 2022）",
        1},
    /* exercise in remission helps fatigue, bone and mood; a flare with a
     * fever, blood or many stools a day is a doctor's today, and an
     * anti-diarrhoeal then can be dangerous (BSG 2019, Lamb et al.) */
    [MR_DX_IBD] = {{"crohn", "crohn's", "crohns", "ulcerative colitis", "colitis", "ibd", "克罗恩", "克隆氏", "克隆病",
                    "溃疡性结肠炎", "结肠炎", "炎症性肠病", "溃结", "uc diagnosed", "uc in remission", "my uc", "uc flare",
                    "have uc", "with uc", "uc since", "uc for", NULL},
        "inflammatory bowel disease (Crohn's, colitis): in remission, regular moderate exercise helps the fatigue, bones and mood; in a flare, rest or gentle walking near a toilet, and drink well. A fever, blood in the stools, severe belly pain or six or more stools a day need your doctor or IBD nurse today, and no anti-diarrhoea tablets unless they say so (BSG 2019)",
        "炎症性肠病（克罗恩病、溃疡性结肠炎）：缓解期规律的中等强度运动有助于缓解疲劳、保护骨骼和情绪；发作期以休息或在厕所附近慢走为主，多喝水。发烧、便血、肚子剧痛或一天拉六次以上，今天就联系医生或炎症性肠病专科护士，没有医生同意不要吃止泻药（BSG 2019）",
        1},
    /* a hernia awaiting repair: heavy lifting and straining push it out
     * further; pain, a lump that will not go back, vomiting: strangulation,
     * an emergency (NICE CKS inguinal hernia 2023; EHS guidelines 2018) */
    [MR_DX_HERNIA] = {{"hernia", "疝气", "疝氣", "小肠气", "腹股沟疝", NULL},
        "a hernia waiting for its repair: no heavy lifting, max attempts or straining with a held breath, which push it further out (and no belt to hold it in under load); walking, cycling, swimming and light strength work breathing out on the effort are fine. A lump that becomes painful, hard or will not go back, with vomiting or a swollen belly, is an emergency (NICE CKS 2023)",
        "疝气等待手术：不搬重物、不测极限、不憋气用力，这些会把疝往外推（也不要靠腰带压着硬练）；走路、骑车、游泳，以及用力时呼气的轻量力量练习都可以。疝块变得很痛、变硬或推不回去，伴有呕吐或肚子胀，是急症（NICE CKS 2023）",
        1, 0, {"ache", "aches", "lump", "groin", "bulge", "疼", "痛", "鼓包", NULL}},
    /* untreated hypothyroidism: fatigue, aches and a lower exercise
     * capacity until levothyroxine restores the levels over 6-8 weeks;
     * hard sessions add nothing then (NICE NG145, 2019) */
    [MR_DX_HYPOTHYROID] = {{"underactive thyroid", "hypothyroid", "hypothyroidism", "hashimoto", "甲减", "甲状腺功能减退",
                            "桥本", NULL},
        "an underactive thyroid not yet treated to normal levels: the exhaustion, aches and weight gain are the thyroid's, and hard sessions such as HIIT will not 'kickstart' anything now; keep to easy or moderate walking, cycling or swimming. Take the levothyroxine as prescribed (on an empty stomach, at the same time each day); as the levels come right over 6-8 weeks, build up, and have the blood test repeated as your doctor plans (NICE NG145)",
        "甲状腺功能减退还没治疗到正常：现在的疲惫、酸痛和体重增加都是甲减引起的，高强度间歇这类训练现在不能“激活代谢”；做轻松到中等强度的走路、骑车或游泳就好。左甲状腺素按医生开的吃（空腹、每天同一时间）；6-8周后指标慢慢恢复，再逐步加量，按医生安排复查甲功（NICE NG145）",
        1, 0, {"ache", "aches", "aching", "heavy", "酸", "酸痛", "沉", NULL}},
    /* sickle cell trait: exertional collapse, mostly in intense
     * conditioning drills and tests early in training, in heat, at altitude
     * or dehydrated (NATA consensus 2007; NCAA) */
    [MR_DX_SICKLE_TRAIT] = {{"sickle cell trait", "sickle trait", "sickle-cell trait", "镰状细胞特质", "镰刀型细胞特质",
                             "镰状细胞性状", NULL},
        "sickle cell trait: it is not the disease, but all-out efforts can make the red cells sickle and cause a collapse that can kill, above all in timed conditioning tests and sprints early in the season, in heat, at altitude or when short of water. Build up over weeks, drink freely (thirst is not weakness), take rest breaks, and stop at once and tell the coach or trainer if your legs cramp or weaken, you cannot catch your breath or you feel faint: that is an emergency, not lack of fitness (NATA 2007)",
        "镰状细胞特质：不是镰状细胞病，但全力运动可能让红细胞变形，引起可致命的虚脱，最常见于赛季初的计时体能测试和冲刺、高温、高海拔或缺水时。要用几周时间逐步加量，想喝就喝（口渴不是软弱），中间要休息；一旦腿抽筋或发软、喘不过气、要晕倒，马上停下并告诉教练或队医：这是急症，不是体能差（NATA 2007）",
        0},
    /* proliferative retinopathy: vigorous and resistance exercise,
     * straining and jarring can bleed into the eye; moderate aerobic work is
     * fine, and after laser the ophthalmologist says when (ADA 2016, Colberg
     * et al.) */
    [MR_DX_RETINOPATHY] = {{"proliferative retinopathy", "proliferative diabetic retinopathy", "增殖期", "增殖性视网膜",
                            "增殖型视网膜", "眼底出血", "玻璃体出血", "vitreous haemorrhage", "vitreous hemorrhage", NULL},
        "proliferative diabetic retinopathy: heavy lifting, straining with a held breath, jarring (running, jumping) and head-down positions raise the pressure in the eye and can make the fragile new vessels bleed. No weights today; moderate walking, the stationary bike or swimming are fine, and after laser treatment ask your eye doctor when you may lift again, then only light loads breathing out. Sudden floaters, a curtain or loss of sight: the eye clinic the same day (ADA 2016)",
        "增殖期糖尿病视网膜病变：大重量、憋气用力、跑跳颠簸和头低的姿势都会升高眼压，可能让脆弱的新生血管出血。今天不练力量；中等强度的走路、骑固定单车或游泳可以；做完激光后，问眼科医生什么时候能恢复力量练习，恢复后也只用轻重量、用力时呼气。突然出现很多飞蚊、眼前像拉了帘子或看不见：当天去眼科（ADA 2016）",
        1, (1u << MR_ACT_STRENGTH) | (1u << MR_ACT_RUN)},
    /* anticholinergic medicines cut sweating and raise the risk of heat
     * illness (ACSM 2007, Armstrong et al.; the drugs' labels) */
    [MR_DX_NO_SWEAT] = {{"amitriptyline", "nortriptyline", "oxybutynin", "topiramate", "阿米替林", "奥昔布宁", "托吡酯", NULL},
        "a medicine that can cut sweating (amitriptyline, oxybutynin, topiramate): your body cannot cool itself as well, so no hot yoga, heated studios, saunas or hard sessions in the heat while you take it; train somewhere cool, drink well, and stop at dizziness, a headache or feeling hot and dry. Dizziness on standing is a common side effect: stand up slowly, and tell your doctor (ACSM 2007)",
        "在吃可能减少出汗的药（阿米替林、奥昔布宁、托吡酯）：身体散热变差，吃药期间不做高温瑜伽、不进热房间和桑拿，也不在热天练强度；在凉快的地方练，多喝水，出现头晕、头痛、身上发热却不出汗就停下。站起来头晕是常见的副作用：起身慢一点，并告诉医生（ACSM 2007）",
        0, 0},
    /* after cataract surgery: water carries infection into the healing
     * eye (no swimming or hot tubs for 2-4 weeks), and straining, heavy
     * lifting and the head below the heart raise the pressure in it for the
     * first week or two; walking is encouraged (Royal College of
     * Ophthalmologists, patient information; AAO) */
    [MR_DX_EYE_OP] = {{"cataract surgery", "cataract op", "cataract operation", "cataract removed", "cataracts removed",
                       "lens replaced", "白内障手术", "白内障开刀", "做了白内障", "白内障术后", "眼睛做了手术", "眼科手术",
                       "retinal surgery", "视网膜手术", NULL},
        "eye surgery in the last weeks (a cataract): no swimming, hot tubs or getting water in the eye until your eye doctor says (usually 2-4 weeks: goggles do not make it safe), and for the first week or two no heavy lifting, straining or head-down positions (downward dog, touching your toes); walking and light exercise are fine. Pain, a red eye or vision getting worse: the eye clinic today (RCOphth; AAO)",
        "最近做过眼科手术（白内障）：眼科医生同意之前不要游泳、泡温泉，也不要让眼睛进水（一般2-4周，戴泳镜也不算安全），头一两周不搬重物、不憋气用力、不做头低于心脏的动作（下犬式、弯腰摸脚尖）；走路和轻松的活动可以。眼睛疼、发红或视力变差：当天回眼科（英国皇家眼科学院；美国眼科学会）",
        1, (1u << MR_ACT_SWIM) | (1u << MR_ACT_STRENGTH)},
    /* a perforated eardrum heals in weeks; water in the middle ear brings
     * infection, and earplugs are not a seal to trust: dry until a doctor
     * has seen it healed (NHS; AAO-HNS) */
    [MR_DX_EARDRUM] = {{"perforated eardrum", "perforated ear drum", "burst eardrum", "burst ear drum", "ruptured eardrum",
                        "ruptured ear drum", "hole in my eardrum", "hole in my ear drum", "perforated drum", "耳膜穿孔",
                        "鼓膜穿孔", "耳膜破了", "耳膜破", "鼓膜破", NULL},
        "a perforated eardrum: keep that ear dry until a doctor has seen it healed (usually a few weeks): no swimming, diving or getting your head under water, whatever earplugs or a cap you use, and in the shower a cotton-wool plug with petroleum jelly. Dry-land training is fine. Worse pain, discharge, a fever, or the room spinning: see your GP or an ENT doctor promptly (NHS; AAO-HNS)",
        "耳膜（鼓膜）穿孔：在医生确认长好之前，这只耳朵一定要保持干燥（一般要几周）：不游泳、不跳水、不把头埋进水里，戴耳塞、泳帽也不行；洗澡时用沾了凡士林的棉球塞住。陆上训练可以。疼得更厉害、流脓、发烧或天旋地转：尽快看医生或耳鼻喉科（英国NHS；美国耳鼻喉头颈外科学会）",
        0, 1u << MR_ACT_SWIM},
    /* a new pacemaker's leads settle into the heart over 4-6 weeks: the arm
     * on that side below shoulder height, no lifting, swimming or swinging
     * (golf, tennis) until then; walking builds back (HRS 2019 expert
     * consensus on devices; BHF) */
    [MR_DX_PACEMAKER_NEW] = {{"pacemaker put in", "pacemaker fitted", "pacemaker implanted", "new pacemaker",
                              "got a pacemaker", "had a pacemaker", "icd fitted", "icd put in", "icd implanted", "new icd",
                              "刚装了起搏器", "装了起搏器", "刚装起搏器", "装了心脏起搏器", "起搏器刚装", "植入起搏器",
                              "装了除颤器", "装咗心脏起搏器", "装咗起搏器", "装咗除颤器", "装心脏起搏器", "装起搏器",
                              "起搏器装了", "pacemaker in", "pacemaker was put in", "got my pacemaker", NULL},
        "a new pacemaker or ICD: for the first 4-6 weeks, while the leads settle, keep the arm on that side below shoulder height, lift nothing heavy with it, and no swimming, golf, tennis or other big arm swings; walking is the way back, building up day by day. Keep the wound clean and dry; redness, swelling, discharge or a fever: call the device clinic (HRS 2019; BHF)",
        "刚装了起搏器或除颤器：头4-6周电极还在固定，装置那一侧的胳膊不要举过肩，不用它提重物，不游泳、不打高尔夫或网球这类大幅挥臂的运动；走路是恢复的办法，一天天加。伤口保持干净干燥；发红、肿、渗液或发烧：联系起搏器门诊（HRS 2019；英国心脏基金会）",
        1, (1u << MR_ACT_SWIM) | (1u << MR_ACT_STRENGTH)},
    /* a fracture not yet united: a fall onto it can displace it, so no
     * road or trail riding and no contact until the X-ray and the surgeon
     * clear it; the rest of the body trains (BOA; NHS fracture clinic advice) */
    [MR_DX_FRACTURE] = {{"锁骨断", "锁骨骨折", "骨折还没长好", "骨头还在长", "骨头还没长好", "broken collarbone",
                         "broke my collarbone", "fractured collarbone", "collarbone fracture", "fracture hasn't healed",
                         "fracture not healed", "still healing fracture", "bone is still healing", "bone's still healing",
                         "髋骨骨折", "髋部骨折", "股骨颈骨折", "股骨骨折", "髋关节骨折", "打了钢钉", "hip fracture",
                         "broke my hip", "fractured my hip", "fractured hip", "broken hip", "hip was pinned", NULL},
        "a fracture still knitting: nothing with a risk of falling on it until the next X-ray and your surgeon clear it: no road or trail riding, no contact or ball sports, no lifting with that limb. The indoor bike (if the arm can rest without pain), walking and training the rest of the body keep you fit meanwhile; pain that gets worse, or a new fall: the fracture clinic (BOA; NHS)",
        "骨折还在愈合：下次拍X光、骨科医生同意之前，不做有摔倒风险的运动：不骑车上路或越野，不做对抗和球类，那一侧不提重物。室内单车（手臂放着不疼的话）、走路、练身体其他部位可以保持体能；疼痛加重或又摔了：去骨科复诊（英国骨科协会；NHS）",
        0, (1u << MR_ACT_CYCLE), {"骨折", "开刀", "钢钉", "fracture", "broke", "pinned", NULL}},
    /* the weeks after a heart attack, a stent or a bypass, before cardiac
     * rehab has tested and taken over: walking built up a few minutes at a
     * time, no running, lifting or straining (AHA/AACVPR secondary
     * prevention; NICE CG172; ACSM's Guidelines, 11th ed., ch. 9) */
    [MR_DX_CARDIAC_RECENT] = {{"两周前心梗", "一周前心梗", "三周前心梗", "上周心梗", "上个月心梗", "刚心梗", "心梗刚出院",
                               "心梗出院", "刚放了支架", "刚放支架", "刚装了支架", "支架刚放", "刚做了搭桥", "刚做完搭桥",
                               "搭桥刚做", "心脏康复门诊排", "心脏康复排到", "等心脏康复", "heart attack two weeks ago",
                               "heart attack 2 weeks ago", "heart attack three weeks ago", "heart attack 3 weeks ago",
                               "heart attack last week", "heart attack a week ago", "stent two weeks ago", "stent 2 weeks ago",
                               "stent last week", "stented last week", "just had a stent", "just got a stent",
                               "waiting for cardiac rehab", "cardiac rehab starts next", "before cardiac rehab starts",
                               "just had bypass", "bypass last month", "cabg last month", NULL},
        "a heart attack, stent or bypass in the last weeks: until cardiac rehab has assessed you, walking is the way back: 5-10 minutes once or twice a day at an easy pace (RPE 9-11: talking easily), adding a few minutes every few days toward 30; no running, weights or straining, nothing in the cold or straight after a meal. Chest pain or breathlessness that rest does not settle within minutes: emergency services (AHA/AACVPR; NICE CG172; ACSM)",
        "几周内刚心梗、放支架或搭桥：心脏康复评估之前，恢复就靠走路：每次5-10分钟、每天一两次，轻松走（RPE 9-11，说话不费劲），每隔几天加几分钟，慢慢加到30分钟；不跑步、不举重、不憋气用力，不在冷天或饭后马上运动。胸痛或气短休息几分钟不缓解：拨打急救电话（AHA/AACVPR；NICE CG172；ACSM）",
        2, (1u << MR_ACT_RUN) | (1u << MR_ACT_STRENGTH) | (1u << MR_ACT_SWIM) | (1u << MR_ACT_CYCLE)},
    /* after a hernia repair (open or keyhole): walking from the first day
     * and normal activity as comfortable; heavy lifting and straining wait
     * for the surgeon's weeks; cycling, swimming (wound healed) and golf as
     * comfort allows, often from 2-4 weeks (HerniaSurge 2018, the
     * international guidelines; NHS inguinal hernia repair, recovery) */
    [MR_DX_HERNIA_REPAIRED] = {{"hernia repair", "hernia repaired", "hernia surgery", "hernia op", "hernia operation",
                                "repaired my hernia", "hernia mesh", "疝气手术", "疝修补", "疝气修补", "疝气做了手术",
                                "疝气开刀", "疝手术", NULL},
        "a hernia repaired in the last weeks: walk every day and do what is comfortable; no lifting, even light deadlifts, for as long as your surgeon said (often nothing heavier than a shopping bag for 4-6 weeks), and no straining or holding your breath. The indoor bike first; swimming and surfing (paddling and popping up pull on the repair) once the wound has fully healed and your surgeon agrees, usually from 4 weeks; stop anything that pulls at the scar. A new lump, a wound red or weeping, a fever or pain that grows: your surgeon (HerniaSurge 2018; NHS)",
        "疝气修补术后几周：每天走路，做不勉强的活动；手术医生说的那几周里不举重（轻重量的硬拉也不做，一般4-6周内不超过一袋菜的重量），用力时不憋气。先骑室内单车；游泳、冲浪（划水和起身都会牵扯伤口）要等伤口完全长好、手术医生同意，一般4周以后；哪个动作牵扯到伤口就停。又鼓出包块、伤口红或渗液、发烧或越来越痛：找手术医生（HerniaSurge 2018；NHS）",
        /* (the pool and the sea wait for the wound; running and yoga's planks for the repair) */
        1, 1u << MR_ACT_SWIM | 1u << MR_ACT_RUN | 1u << MR_ACT_YOGA, {"bruising", "bruise", "瘀青", "wound", "伤口", "scar", "pull", NULL}},
    /* after a knee arthroscopy (a trimmed or repaired meniscus) or an ACL
     * reconstruction: walking, the bike and the pool build the way back;
     * running, jumping, pivoting and contact wait for the surgeon's or the
     * physio's criteria, weeks for a trimmed meniscus, months for a repair
     * or an ACL (NICE IPG230; van Melick et al. 2016 KNGF ACL guideline) */
    [MR_DX_KNEE_OP] = {{"arthroscopy", "arthroscopic", "knee scope", "scope on my", "scoped my knee", "scope on the knee",
                        "meniscectomy", "trimmed a torn meniscus", "trimmed the meniscus", "trimmed my meniscus",
                        "meniscus trimmed", "meniscus repair", "repaired meniscus", "acl reconstruction", "acl surgery",
                        "acl op", "关节镜", "膝关节镜", "膝头关节镜", "半月板手术", "剪咗少少半月板", "剪咗半月板",
                        "剪了半月板", "修了半月板", "缝了半月板", "半月板切除", "半月板修补", "十字韧带重建",
                        "十字韧带手术", NULL},
        "a knee operated on in the last weeks (an arthroscopy, the meniscus, an ACL): follow your surgeon's and physio's plan. Walking, the stationary bike and, once the wounds have healed, the pool are the way back, with the physio's exercises every day; running, jumping, pivoting and contact sport (hockey, football, basketball) wait until they clear you (often 4-6 weeks after a trimmed meniscus, months after a repair or an ACL). Some swelling after a busy day is usual; a knee that grows hotter, redder and more swollen, a fever, or a painful calf: your surgeon today (NICE IPG230; KNGF 2016)",
        "膝盖最近做过手术（关节镜、半月板、十字韧带）：按手术医生和物理治疗师的计划来。走路、室内单车、伤口长好后游泳，是恢复的路，每天做物理治疗师教的练习；跑、跳、急转和对抗运动（冰球、足球、篮球）要等他们放行（半月板部分切除一般4-6周，缝合或十字韧带重建要几个月）。活动多了有点肿是常见的；膝盖越来越热、越红、越肿，发烧，或小腿疼：当天联系手术医生（英国NICE IPG230；荷兰KNGF 2016）",
        1, (1u << MR_ACT_RUN), {"puffy", "warm", "swollen", "swelling", "肿", "热", NULL}},
    /* myeloma, or a cancer spread to the bones: exercise is safe and helps,
     * but heavy loads on the spine, loaded bending and twisting and impact
     * can break a weakened vertebra or rib; machines and bodyweight with a
     * neutral spine instead (Campbell et al., ACSM roundtable 2019; Galvao
     * et al., Med Sci Sports Exerc 2018; Macmillan, bone metastases) */
    [MR_DX_BONE_LESIONS] = {{"myeloma", "骨髓瘤", "bone mets", "bone metastases", "bone metastasis", "bone secondaries",
                             "spread to my bones", "spread to the bones", "spread to the bone", "mets in my spine",
                             "mets in the spine", "spinal mets", "spine mets", "lytic", "骨转移", "转移到骨", "溶骨", NULL},
        "bone lesions (myeloma, or a cancer in the bones): exercise is safe and helps, but the weakened bones set the limits: no deadlifts or heavy squats with a bar on the back, no sit-ups, toe touches or loaded twisting (a full golf swing included, until your team has checked the spine), and no running or jumping. Machines and bodyweight with a straight back instead (leg press, sit-to-stand, rows, bridges), 2 sets of 10-15 with a load you could lift 15 times; walking most days. New back or rib pain, pain at night, or a leg weak or numb: your team the same day (ACSM 2019; Galvao et al. 2018)",
        "骨骼病灶（骨髓瘤，或癌症转移到骨）：运动安全有益，但能练什么由变脆的骨头决定：不做硬拉和杠铃深蹲，不做仰卧起坐、弯腰摸脚尖和负重转体（挥杆打高尔夫也先等医生看过脊柱再说），不跑不跳。改用器械和自身体重、背挺直（腿举、坐站起立、划船、臀桥），2组×10-15次，重量要能举15次；大多数日子走走路。新出现的背痛或肋骨痛、夜里痛，或一条腿无力发麻：当天联系你的医疗团队（ACSM 2019；Galvao等，2018）",
        1, (1u << MR_ACT_RUN), {"vertebra", "rib", "肋骨", "椎", NULL}},
    /* hand-foot syndrome: pressure and friction on red, blistered soles
     * make them worse and can let them get infected; they settle with
     * rest, cushioning and often a dose pause (MASCC, Lacouture et al.
     * 2018; the capecitabine and sunitinib SmPCs) */
    [MR_DX_HAND_FOOT] = {{"hand-foot syndrome", "hand foot syndrome", "hand-foot reaction", "palmar-plantar", "手足综合征",
                          "手足综合症", "手足反应", "手足皮肤反应", NULL},
        "hand-foot syndrome (soles or palms red, blistered or sore on the treatment): walking and running press and rub them raw and can let them get infected, so give the soles a rest until they settle: the stationary bike, pedalling with the arch, or seated strength and upper-body work, short and comfortable; thick cushioned socks, soft roomy shoes, a urea cream, no hot water on them. Tell your oncology team this week, and the same day if blisters open, it stops you walking or you get a fever: a short pause or a dose change often lets it heal (MASCC; Lacouture et al. 2018)",
        "手足综合征（用药期间手掌、脚底发红、起水泡或疼）：走路、跑步会压迫摩擦，让皮肤破溃、感染，所以先让脚底休息，等它消下去：改骑固定单车（用脚心踩）、坐着做力量或上肢练习，时间短、不勉强；穿厚的软袜子和宽松软底的鞋，涂尿素软膏，不用热水泡，手上也别勒紧。这周告诉肿瘤科医生；水泡破了、痛得走不了路或发烧，当天就联系：暂停几天或调整剂量常常就能好转（MASCC；Lacouture等，2018）",
        1, (1u << MR_ACT_RUN) | (1u << MR_ACT_BRISK_WALK) | (1u << MR_ACT_WALK) | (1u << MR_ACT_ELLIPTICAL) |
               (1u << MR_ACT_SWIM),
        {"sole", "heel", "blister", "hurts to walk", "脚底", "脚跟", "水泡", NULL}},
    /* obstructive sleep apnoea: exercise lowers its severity apart from
     * weight loss, and weight loss lowers it more (Iftikhar et al. 2014;
     * ATS 2018, Hudgel et al.); sleepiness at the wheel is the danger
     * (AASM 2019 CPAP guideline, Patil et al.) */
    [MR_DX_SLEEP_APNOEA] = {{"sleep apnoea", "sleep apnea", "apnoea", "apnea", "cpap", "睡眠呼吸暂停", "呼吸暂停综合征",
                             "睡眠呼吸中止", NULL},
        "sleep apnoea: wear the CPAP every night, since training on broken sleep is harder and nodding off at the wheel is the real danger (no driving when drowsy). Regular exercise makes the apnoea milder even before the weight comes off, and weight loss helps it and the blood pressure more: walking, cycling or the pool most days plus strength twice a week, built up over weeks (Iftikhar et al. 2014; ATS 2018)",
        "睡眠呼吸暂停：每晚都戴呼吸机（CPAP），睡不好练起来更累，开车犯困才是真正的危险（困了不开车）。规律运动在体重还没降之前就能减轻呼吸暂停，减重对它和血压帮助更大：大多数日子走路、骑车或游泳，每周两次力量训练，用几周时间慢慢加量（Iftikhar等，2014；ATS 2018）"},
    /* aortic stenosis without symptoms: moderate dynamic activity is
     * allowed; straining and maximal efforts are not; exertional chest
     * pain, breathlessness, dizziness or a faint mean the valve now needs
     * the cardiologist (ESC/EACTS 2021 valvular heart disease; AHA/ACC
     * 2020; ACSM) */
    [MR_DX_AORTIC_STENOSIS] = {{"aortic stenosis", "aortic valve stenosis", "narrowed aortic valve", "narrow aortic valve",
                                "主动脉瓣狭窄", "主动脉瓣膜狭窄", "瓣膜狭窄", NULL},
        "aortic stenosis (a narrowed valve): with no symptoms and regular checks, walking, tai chi and hills at your own pace are fine; no straining, heavy lifting or all-out efforts. Stop and tell your cardiologist now for chest pain or tightness, breathlessness out of proportion, dizziness or a faint on effort: the valve's warning signs (ESC/EACTS 2021)",
        "主动脉瓣狭窄：没有症状、按时复查的话，走路、打太极、按自己的节奏爬山都可以；不憋气用力、不搬重物、不拼尽全力。运动中出现胸痛胸闷、和用力不相称的气短、头晕或晕倒，马上停下并尽快看心内科：这是瓣膜发出的警告（ESC/EACTS 2021）",
        1},
    /* after cardiac or pulmonary rehab: the gains fade within months unless
     * the programme goes on (phase III/IV; BACPR 2023; BTS 2013 pulmonary
     * rehabilitation; ACSM) */
    [MR_DX_REHAB_DONE] = {{NULL},
        "rehab finished: keep doing the programme rehab gave you (the bike or walking, and the light weights), 3-5 days a week at the effort rehab set (about 12-13 on the Borg RPE scale, talking in sentences), at home or in a maintenance class; the gains fade within months if it stops. Symptoms that stopped you in rehab stop you now too (BACPR 2023; BTS 2013)",
        "康复结束：继续做康复时教的那套训练（骑车或走路，加上轻重量练习），每周3-5天，强度和康复时一样（Borg自觉用力12-13分，能说整句话），在家或参加维持班都行；停下来几个月，练出来的就会退回去。康复时让你停下的症状，现在出现也要停下（BACPR 2023；BTS 2013）"},
    /* a stoma: exercise is safe and helps; a parastomal hernia is the worry,
     * so the core is built up gradually from the first weeks and heavy
     * lifts come back slowly with breath kept moving (ASCN UK 2016 parastomal
     * hernia guidance; Russell 2017, the Hernia Prevention programme); an
     * ileostomy loses water and salt, more in heat and in training (NICE
     * CKS stoma care) */
    [MR_DX_STOMA] = {{"stoma", "ileostomy", "colostomy", "造口", "造瘘", "人工肛门", "肠造口", "回肠造口", "结肠造口",
                      "造口袋", NULL},
        "a stoma: exercise is safe and helps. Against a hernia around it, build the core gradually (the stoma nurse's exercises first) and bring weights back slowly: loads you can lift 12-15 times, breathing out on the effort, never holding your breath, a support belt for heavy lifts; heavy squats and deadlifts return over months, with your stoma nurse's say. With an ileostomy, drink more (with some salt) on training days and in heat; a high, watery output with dizziness or little urine: your stoma nurse or doctor the same day (ASCN UK 2016; NICE CKS)",
        "造口：运动安全，对身体有好处。预防造口旁疝，核心力量循序渐进地练（先做造口护士教的练习），重量慢慢加回来：先用能做12-15次的重量，用力时呼气、不憋气，大重量时戴支撑腰带；大重量深蹲、硬拉要几个月里逐步恢复，听造口护士的意见。回肠造口的人，训练日和天热时多喝水、适当补盐；排出量大、像水一样，又头晕或尿少：当天联系造口护士或医生（英国ASCN 2016；NICE CKS）",
        0, 0, {"hernia", "疝", NULL}},
    /* Addison's disease or adrenal insufficiency on replacement: ordinary
     * exercise needs no extra dose; long or strenuous efforts may, as the
     * endocrinologist advises, and heat and sweat call for fluids and salt
     * (with fludrocortisone); vomiting or diarrhoea is the sick-day rules and
     * the emergency injection (Society for Endocrinology adrenal crisis
     * guidance 2020; Endocrine Society 2016, Bornstein et al.) */
    [MR_DX_ADRENAL] = {{"addison", "addison's", "addisons", "adrenal insufficiency", "adrenal failure", "爱迪生病", "艾迪生病",
                        "阿狄森", "艾迪森", "肾上腺功能不全", "肾上腺皮质功能减退", "肾上腺皮质功能不全", NULL},
        "Addison's (adrenal insufficiency) on hydrocortisone: everyday exercise needs no change in the tablets; before a long or hard effort (a half-day hike, a race) ask your endocrinologist about a small extra dose, as many are advised. In heat drink steadily and take salt (salty snacks, an electrolyte drink); carry your steroid card and emergency injection, and do not go alone. Faint, weak, sick or vomiting: the sick-day rules (double doses), the injection if tablets will not stay down, and emergency services (Society for Endocrinology 2020)",
        "爱迪生病（肾上腺皮质功能不全）吃着氢化可的松：日常运动不用改药量；长时间或很辛苦的运动（半天的行山、比赛），先问内分泌科医生要不要出发前加一点剂量，很多人是这样安排的。天热时持续补水、补盐（咸的零食、电解质饮料），随身带类固醇卡和急救针，不要一个人去。觉得头晕、无力、恶心或呕吐：按生病日规则（药量加倍），吃不下药就打急救针，并拨打120（英国内分泌学会2020；美国内分泌学会2016）"},
    /* after a sleeve or a bypass: walking from the first days, strength
     * training to keep the muscle that fast weight loss takes, fluids sipped
     * through the day apart from meals (dehydration is a common reason for
     * readmission), protein first; sweating and shakiness an hour or more
     * after sugary food is late dumping, a low sugar (ASMBS 2019/2022
     * guidelines, Mechanick et al.; Tabesh et al. 2019) */
    [MR_DX_BARIATRIC] = {{"gastric sleeve", "sleeve gastrectomy", "my sleeve done", "had my sleeve", "sleeve done",
                          "gastric bypass", "gastric band", "bariatric", "weight loss surgery", "weight-loss surgery",
                          "袖状胃", "胃袖状切除", "缩胃手术", "缩胃", "胃绕道", "胃旁路", "减重手术", "减肥手术", "切胃", NULL},
        "after weight-loss surgery: walk daily, and strength work twice a week (machines or bands, 2-3 sets of 10-15) keeps the muscle fast weight loss takes. Sip fluids all day, 1.5-2 litres away from meals, and sip water during exercise: too little fluid is the commonest cause of dizziness after surgery. Protein first at meals. No heavy lifting or belly straining until your surgeon clears it. Sweating or shaking an hour or two after something sweet is late dumping (a low sugar): no sugary snack before exercise, and tell your team (ASMBS 2019; Tabesh et al. 2019)",
        "减重手术后：每天走路，每周两次力量练习（器械或弹力带，2-3组×10-15次），保住体重快速下降时流失的肌肉。一整天小口喝水，1.5-2升，和吃饭错开，运动时也小口喝：喝水不够是术后头晕最常见的原因。每餐先吃蛋白质。手术医生放行前不搬重物、腹部不憋劲。吃了甜的一两个小时后出汗、手抖，是晚期倾倒引起的低血糖：运动前别吃甜点心，并告诉医疗团队（ASMBS 2019；Tabesh等，2019）"},
};

void mr_conditions_limit(unsigned dx_known, unsigned *allowed, int *cap) {
    for (int c = 0; c < MR_DX_COUNT; c++)
        if (dx_known & (1u << c)) {
            if (mr_conditions[c].moderate_cap && *cap > MR_MODERATE) *cap = MR_MODERATE;
            if (mr_conditions[c].moderate_cap == 2 && *cap > MR_LIGHT) *cap = MR_LIGHT;
            *allowed &= ~mr_conditions[c].disallow;
        }
}
