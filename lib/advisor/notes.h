/* notes.h - what a user's free-text notes say about their body and mood.
 *
 * This is the advisor's safety reader: a model may read more, but nothing
 * here depends on it, and whatever either reads can only add caution. It
 * reads Chinese, English and both mixed, the way people type on a phone:
 *
 *   - a body part near a sensation within a clause ("胸口有点痛", "weird
 *     pressure behind my breastbone", "knee clicks and aches on stairs"),
 *     besides the direct words ("头晕", "short of breath", "stent", "胰岛素");
 *   - numbers with their units and context (a body temperature "体温38.2",
 *     "101F"; a blood pressure "160/100", "高压150低压95"; a glucose value
 *     in mg/dl or mmol/l; weeks of pregnancy);
 *   - English words with a typo or repeated letters ("dizy", "cheast",
 *     "feaver", "soooo tired");
 *   - what cancels a mention: explicit negation ("no chest pain", "头不晕"),
 *     somebody else's ("my dad has heart disease", "老婆怀孕了"), healed or
 *     long past ("膝盖早好了", "sprained it two years ago"), figures of speech
 *     ("heartbreaking", "累成狗", "dying to run"). A hedged negation ("不太
 *     疼", "not that bad") does not cancel anything.
 *
 * What it cannot place (a body part with a sensation it has no rule for, a
 * raised temperature under 38 C, feeling unwell) is reported as "unsure", so
 * that the advisor lowers the intensity and says what it read. The
 * vocabularies are in notes_words.c. */
#ifndef MR_NOTES_H
#define MR_NOTES_H

#include "safety.h"

#include <math.h>

typedef enum { MR_MOOD_NEUTRAL, MR_MOOD_POSITIVE, MR_MOOD_NEGATIVE, MR_MOOD_STRESSED, MR_MOOD_TIRED,
               MR_MOOD_COUNT } mr_mood;

#define MR_NOTES_MAX_UNSURE 4
#define MR_NOTES_EVIDENCE 72 /* bytes of the words kept for each finding */

typedef struct {
    unsigned flags;          /* MR_COND_* | MR_SYM_* the text says the writer has */
    unsigned acute;          /* of MR_COND_KNEE | MR_COND_ANKLE | MR_COND_BACK: recent, swollen or just happened */
    unsigned notes;          /* MR_NOTE_* */
    unsigned notes2;         /* MR_NOTE2_* */
    mr_mood mood;            /* by the rules' lexicon; neutral when nothing matches */
    int bp_sys, bp_dia;      /* the highest blood-pressure reading written (mmHg), -1 none */
    int glucose;             /* mg/dl (mmol/l x 18), -1 none */
    float a1c;               /* HbA1c %, NAN none */
    float temp_c;            /* body temperature (Fahrenheit converted), NAN none */
    int preg_weeks;          /* -1 none */
    int postpartum_weeks;    /* weeks since the birth, from the baby's age said ("宝宝两个月了"); -1 unknown */
    int minutes_free;        /* the time the writer says they have ("got 45 min", "还剩20来分钟"), -1 none */
    int minutes_planned;     /* a session length the writer plans ("gonna run 2 hours"), -1 none */
    int pain_myth;           /* "no pain no gain", "不痛不长" */
    int clot_treated;        /* a DVT or a pulmonary embolism, on a blood thinner: walk, and the signs of a PE */
    int heat_recent;         /* heat exhaustion or heat stroke in the last day or two ("昨天中暑") */
    int legs_today;          /* today is the split's leg day ("leg day today", "今天练腿"), yesterday's not legs */
    int hypo_asked;          /* a low feared with exercise ("会不会低血糖？"): 1 on tablets that seldom cause one, 2 on insulin or a sulfonylurea */
    int exams;               /* exams ahead ("boards start in 3 weeks", "下周期末考试", "中考"), a young person's */
    int test_m;              /* a timed run test ahead ("中考体育1000米", "体测800米补测", "1.5 mile run test"): its metres, 0 none */
    int test_goal_s;         /* ... the time to beat, seconds ("满分要3分40", "need under 4:34"), 0 none */
    int test_now_s;          /* ... the time run now ("现在4分05", "currently 4:50"), 0 none */
    int race_untrained;      /* (set by the advisor) a race this week with no training behind it: no taper, run-walk it */
    int lift_growth;         /* asks whether lifting stunts growth ("练重训会长不高吗", "will weights stunt my growth?") */
    int preg_lift;           /* names the heavy lifts or a belt (deadlift, bench, squat, 硬举, 卧推, 腰带): 1; with a question: 2 */
    int protein_asked;       /* asks about protein powder or shakes ("要不要喝蛋白粉？", "do I need whey?") */
    int previa;              /* placenta praevia or a low-lying placenta, this pregnancy's ("前置胎盘"): 1; from 26 weeks or the third trimester: 2 */
    int multiple;            /* a multiple pregnancy, the writer's: twins 1; twins from 28 weeks or the third trimester 2; triplets or more 3 */
    int ohss;                /* after egg collection, two or more of: bloating, weight up, less urine, breathless (OHSS) */
    int miscarriage_fear;    /* fears exercise will cause a miscarriage ("running will cause a miscarriage", "跑步会流产吗") */
    int when_asked;          /* asks when in the day to exercise ("before the shift or after?", "什么时候练比较好") */
    int cold_fear;           /* fears the cold for the heart ("新闻说天冷容易心脏病发作", "cold weather brings on heart attacks") */
    int commute;             /* rides or walks to school or work ("bike to school", "骑车上班"): 1 bike, 2 on foot */
    int period_asked;        /* asks whether to exercise on a period ("is it bad to exercise on your period?", "来月经不能运动，是真的吗") */
    float heat_later;        /* heat forecast later today, told ("heat advisory, 101 this afternoon", "下午最高37度"), °C; 35 when only a warning is named; 0 none */
    int heat_bare;           /* heat_later came from a bare figure ("forecast 42 today"): Celsius, unless the person reads Fahrenheit */
    int eating_disorder;     /* an eating disorder named, in treatment or recovery (anorexia, 厌食症) */
    int swim_alone;          /* a swim planned alone ("solo swim", "一个人去游") */
    int exam_worth;          /* exams ahead, and asks whether exercise is worth the time ("高考...浪费时间") */
    int gains_fear;          /* afraid a few days off lose the gains ("don't want to lose gains", "怕掉肌肉") */
    int fitness_fear;        /* afraid time off running loses their fitness ("我怕體力掉光", "don't want to lose my fitness") */
    float loss_kg_week;      /* a weight-loss target written with its time, kg a week; 0 none */
    float loss_kg;           /* a weight-loss target's kilograms, with or without a time; 0 none */
    int loss_month, loss_mday; /* its date when written as one ("by May 16th", "5月前"): 1..12, 0 none; day 0 unknown */
    int n_unsure;
    int n_explained;         /* of them, the ones the rules put down to training (a chest sore from bench presses) */
    unsigned explained;      /* bit i: unsure[i] is one of those */
    char unsure[MR_NOTES_MAX_UNSURE][MR_NOTES_EVIDENCE]; /* the words read but not placed */
    char evidence[16][MR_NOTES_EVIDENCE]; /* per flag bit: the words that set it */
    char mood_evidence[MR_NOTES_EVIDENCE];/* the words that set the mood */
    /* What the writer asks about or plans ("can I still do my long run?",
     * "晚上想去打羽毛球"): an mr_activity, MR_ACT_COUNT for a sport outside
     * the list (badminton, football), -1 none; with the words, for the answer. */
    int asked;
    char asked_words[MR_NOTES_EVIDENCE];
    int asked_alt;           /* the other of two asked about ("run or swim today?", "游泳还是骑车"), -1 none */
    int asked_alt_first;     /* the other one was written first */
    /* bit a: activity a a doctor, surgeon or physio said not to do for now ("doc said no running for 6 weeks",
     * "医生说暂时不能游泳"), or said with its time ("no lifting till March"); the advisor keeps them out */
    unsigned told_not;
    /* bit a: an activity the writer has stopped for now ("ran till about 20 wks then switched to walking",
     * "gave up running", "不跑了"): not chosen for them, in the card or the week, unless asked for */
    unsigned stopped;
    int orthostatic;         /* dizzy only on standing up ("woozy when I stand up fast"), no faint, with a medicine or dialysis to explain it */
    int labour_asked;        /* pregnant, asking whether exercise brings on labour ("a hard run will get labour going") */
    int back_bed_rest;       /* an acute back, and bed rest planned ("打算一直躺着", "stay in bed for a week") */
    int hypo_grave;          /* a severe low's signs, read with a low reading: 1 confusion, slurring or drowsiness; 2 told as not coming up after sugar; 4 a figure still low after it (bits) */
    int gi_bleed;            /* black, tarry stools or blood vomited (iron or bismuth explains only black ones, not tarry or dizzy): 1; fresh blood in the stools: 2 */
    int bone_stress;         /* a stress fracture of the foot or leg, healing ("疲劳性骨折...穿气动靴6到8周"), not yet cleared */
    int postnatal_infection; /* after a birth: the wound red or oozing, the lochia heavier or foul ("刀口有点红，还有点渗液", "恶露...有点味道") */
    int seizure_today;       /* a seizure today or last night ("had a tonic-clonic about 7 this morning", "昨晚癫痫发作了") */
    int nsaid_through;       /* a painkiller planned to train through soreness ("pop 2 advil before and push through") */
    int pe_exempt_asked;     /* asks whether to get a note excusing a child from PE ("想给他开个免体证明") */
    int fever_masked;        /* a fever with a fever reducer taken ("吃了普拿疼现在退了") */
    int bp_med;              /* takes a blood-pressure medicine ("on amlodipine", "吃着降压药") */
    int minutes_free_daily;  /* the free time said is most days' ("realistically i have like 20 min after bedtime") */
    int faint_exertion;      /* fainted during exertion ("blacked out ... mid sprint") */
    int fluid;               /* fluid building up: swollen ankles with breathlessness or lying flat ("2 pillows now"); 2 after a virus */
    int routine[7];          /* the week's routine: routine[d] - 1 is the activity done on weekday d (0 Sunday), 0 none */
    int daily_act;           /* an every-day habit ("平时每朝落公园打太极", "I swim every morning"): activity + 1, 0 none */
    unsigned sport_days;     /* bit d: a team sport or a dance class on weekday d ("每週二四六打籃球校隊", "netball tue + thu") */
    /* the week's fixed events, bit d for weekday d (0 Sunday), as told for
     * the days ahead ("周一周二去上海出差", "daughter's wedding Saturday",
     * "they're saying 39 thursday") */
    int stitch;              /* a side stitch while running ("跑个十分钟右边肚子就岔气", "a stitch every time") */
    int copd_flare;          /* COPD worse by two of its three signs (more breathless, more or discoloured phlegm, the reliever far more) */
    int med_groggy;          /* 1 a sedating medicine's morning grogginess ("吃了米氮平，早上起来有点晕乎，腿软"), 2 a drop on standing the doctor has put down to a medicine and adjusted: not a warning sign */
    int gym_dull;            /* the gym disliked ("the gym was so awkward and boring", "健身房太无聊"): its strength done elsewhere */
    unsigned ev_trip;        /* away on a trip: a hotel, a flight, a train ("出差", "work trip", "conference") */
    unsigned ev_drive;       /* a long drive ("driving to Wellington Wed, 8 hrs", "周三开车回老家") */
    unsigned ev_social;      /* a wedding, a party, a festival dinner, a christening ("年会", "婚礼") */
    unsigned ev_drink;       /* ... with drinking said ("肯定要喝酒", "open bar") */
    unsigned ev_heat;        /* a hot day forecast, 35 °C or more or a heatwave ("40 friday", "周四高温") */
    unsigned ev_shift;       /* a night shift ("nights wed and thu", "周三周四夜班") */
    unsigned ev_proc;        /* a procedure: surgery, an operation, a scope ("手术", "colonoscopy") */
    unsigned ev_surgery;     /* ... of them, an operation (not a scope or a scan): the days after it stay light */
    unsigned ev_fast;        /* a test taken fasting ("周三要去做糖耐 要空腹", "fasting bloods Wed") */
    unsigned ev_period;      /* a period expected, with pain said ("周一周二估计会来大姨妈 每次头两天肚子疼得厉害") */
    int per_week[MR_ACT_COUNT]; /* sessions a week of each activity as told ("run 3x a week", "每周游三次"), 0 none */
    int slow_down_asked;     /* asked whether age means slowing down ("should I slow down at my age?", "这把年纪还能跑吗") */
    int faint_lost;          /* lost consciousness, at any time ("woke up on the bathroom floor", "晕倒了") */
    int family_sudden;       /* a relative died suddenly ("dropped dead at 34", "猝死") */
    int faint_effort_past;   /* the writer fainted or greyed out in exercise some time ago, the heart not yet checked */
    int family_heart;        /* a parent, sibling or child with an inherited heart disease (HCM, long QT) or a sudden death young */
    int glucose_falling;     /* a glucose reading said to be falling (a CGM's arrow down) */
    int speed_said;          /* speed wished for ("get faster", "跑得更快"; "my heart beats faster" is not) */
    int later_act;           /* an activity wished for later, not today ("back in the pool eventually"), -1 none */
    int with_company;        /* the outing asked about is with somebody ("coming walking with her", "约了朋友") */
    int asked_besides;       /* asks what else to do besides the activity asked about ("除了打太极，还可以加点什么") */
    int asked_mask;          /* asks whether a mask makes bad air fine */
    int asked_hard;          /* the plan or the question is a hard session (intervals, tempo, 间歇) */
    int asked_long;          /* the plan or the question is the long run or ride */
    int asked_max;           /* a one-rep-max test planned or asked about */
    int hr_asked;            /* asks about a heart rate ("hit 190, is that dangerous?", "resting 42, worry?"): bpm, 0 no number, -1 none */
    int palp_checked;        /* a racing heart already checked (normal ECG) with exercise advised */
    int palp_cued;           /* a racing heart told only as what nerves or a run set off ("一紧张就心慌"): no sign of its own */
    int low_said;            /* a low mood said, whichever mood won */
    int low_words;           /* ... in words, not only an emoji ("想哭", not 😭 beside a leak) */
    int effort_asked;        /* asks whether puffing and a pounding heart on a hard effort are normal */
    int breath_checked;      /* breathless on stairs: 1 settles, heart and lungs checked, a gradual return advised; 2 put down to deconditioning by a clinician; 3 only on hard effort, said so */
    int hr_rise;             /* a resting rate this many beats above the writer's usual, 0 none */
    int hr_fright;           /* frightened by that reading, in the sentence giving it ("心跳到了190，有点吓到") */
    int grief;               /* a death written of ("lost my wife", "奶奶走了"): condolence, and the doctor if it lingers */
    int fall_fear;           /* afraid of falling, unsteady on their feet */
    int eib_past;            /* with asthma, a tight chest in a session a week or more ago, gone since: exercise-induced bronchoconstriction */
    int hypo_past;           /* a low reading of a week or more ago ("last week i went low (3.1) halfway thru"): the fuel and the insulin before the next session */
    int crash_now;           /* ME/CFS or long COVID in a crash now (hardly out of bed): rest through it */
    int neuro_urgent;        /* 1 autonomic dysreflexia's signs (a spinal injury at T6 or above, a pounding headache with flushing, sweating or a pressure far up); 2 an MS relapse's (new numbness, weakness or sight lost for days, no heat or fever) */
    int med_toxic;           /* a medicine's toxicity told by its signs: 1 lithium (a worse tremor, unsteady, with diarrhoea or little drink), 2 serotonin syndrome (an SSRI with tramadol, and fever, twitching, sweating) */
    int weight_loss;         /* weight lost without trying, or with night sweats: a doctor within two weeks, nothing hard */
    int statin_ache;         /* a statin and muscles aching for weeks, both legs, after a dose change: a doctor and a CK test */
    int cold_water;          /* a swim in cold open water planned ("sea swim", "冬泳", water 16 C or less) */
    int fallen;              /* the writer has fallen lately ("今年跌咗两次", "had a fall in March"): falls prevention, and a blood thinner's head injury */
    int back_fear;           /* a back known to hurt, and afraid that moving it does damage ("scared I damage something more") */
    int skip_meals;          /* giving up meals to lose weight ("skip dinner", "不吃晚饭", "eating 800 cal a day") */
    int run_return;          /* the first runs back after an injury and its rehab ("discharged me", "ease back into running") */
    int loss_asked;          /* asks whether the weight target (loss_kg_week) is realistic */
    int pool_access;         /* a pool they can use ("there's a pool at the Y") */
    int preg_calf;           /* a calf that hurts or swells in a pregnancy (a clot until shown otherwise) */
    int preg_head;           /* a severe headache, or with spots or blurred vision, in a pregnancy (pre-eclampsia's signs) */
    int no_weight_talk;      /* asks for no talk of weight (a child reads the card): no calories shown */
    int pollen_high;         /* a high pollen count said */
    int hay_fever;           /* hay fever or allergic rhinitis, the writer's own */
    unsigned gym_access;     /* bit a: machine a (the bike, the cross-trainer) is theirs to use, at a gym or home */
    int not_seen;            /* would rather not exercise in front of people */
    int sweat;               /* wants a sweat ("sweat it out", "出身汗"): an aerobic session, not a stretch */
    int ketones_neg;         /* ketones checked and negative ("ketone strip says negative", "尿酮阴性") */
    int ketones_pos;         /* ketones checked and present ("尿酮++", "moderate ketones", "blood ketones 1.8") */
    int hot_yoga;            /* hot yoga (Bikram, 热瑜伽) named */
    int bp_myth;             /* asks whether high blood pressure rules exercise out */
    int sits_long;           /* sits all day (a desk, a driver's seat) */
    int sick_asked;          /* asks whether the cold will make them ill */
    int fine_said;           /* says they feel fine ("feel totally fine", "感觉挺好"): no low mood to guess */
    int no_ac;               /* no air-conditioning where they are */
    int heavy_lift;          /* a heavy, low-rep day asked for ("5组3次", "heavy triples"): 1 bench, 2 squat, 3 deadlift, 4 unnamed; 0 none */
    int match_today;         /* MR_NOTE_RACE_TODAY is a game or match ("game at 3", "今晚有球赛"), not a race */
    int race_ahead;          /* a race of the writer's named ("Race is in 2.5 weeks") */
    int race_in;             /* days to it when said ("in 5 days", "5天后"; 1 tomorrow, 0 today), -1 */
    int race_wday;           /* its weekday when said ("this Sunday", "周日比赛"), 0 Sunday .. 6, -1 */
    int race_month, race_mday; /* its date when written ("on the 6th dec", "11月8号", "2/22"), 1..12 and 1..31 (0 unsaid) */
    int race_half;           /* that race is a half marathon: about a week to recover */
    int race_short;          /* that race is a 5K or a 10K: a day or two to recover, not weeks */
    int walking_aid;         /* walks with a frame, a cane or a stick */
    int ankles_swollen;      /* both ankles or feet swollen, no injury, no breathlessness: the doctor within days */
    int fasted;              /* intermittent fasting (16:8, 轻断食) or a fasted morning session asked about */
    int drank;               /* some alcohol last night ("a few drinks"), not a hangover: water first */
    int amputee;             /* a leg amputation, a prosthesis: the residual limb's skin, not a knee injury */
    int pcos;                /* polycystic ovary syndrome */
    int thyroid_ok;          /* an underactive thyroid treated, levels normal: no limit from it */
    int quitting_smoking;    /* stopping smoking now ("戒烟第三天", "on the patches"), not years ago */
    int ivf;                 /* in IVF now: 1 stimulation or egg collection, 2 after the embryo transfer (the two-week wait) */
    unsigned dx_known;       /* 1 << MR_DX_*: a condition named that conditions.h has guidance for */
    int spread_asked;        /* asks whether a little every day or longer on a few days ("20 min every day or an hour twice a week?") */
    int meal_time_asked;     /* asks whether to exercise before or after a meal ("饭前走还是饭后走好？") */
    int on_su;               /* takes a sulfonylurea (gliclazide, 格列齐特): lows with exercise, like insulin */
    int meal_skipped_su;     /* a meal skipped on a sulfonylurea or insulin: a low is likely with exercise */
    int no_reliever;         /* the asthma reliever is not at hand ("forgot my puffer") */
    int diet_said;           /* a diet or cut meals planned (for a child: not) */
    int fistula;             /* a dialysis fistula named */
    int drowsy_drive;        /* to drive home after a night shift or short sleep */
    int hypo_unaware;        /* hypoglycaemia unawareness: lows come without warning */
    int smoker;              /* smokes now, or has for years ("抽了30年烟", "pack a day"), not quit long ago */
    int heat_new;            /* new to the heat: travelling, just arrived, a heatwave's first days */
    int on_oxygen;           /* uses oxygen at home or for exercise ("my little oxygen tank", "家庭氧疗") */
    int heat_used;           /* used to the heat ("normal here", "every morning all summer"): acclimatised */
    int menopause;           /* in or around the menopause (hot flushes, night sweats): bone, heart, sleep and mood are the aims */
    int run_cleared;         /* a knee or ankle past its first weeks that a doctor or physio has cleared to run: the walk-run return */
    int incision;            /* 1 + the index among unsure[] of a chest operation's healing wound ("incision itchy, tender"), 0 none */
    int gout;                /* a gout flare now: the joint rests, the flare's treatment, a doctor for a first one or with fever */
    int strain_late;         /* a leg strain two weeks or more old that jogging no longer hurts: the graded return to speed */
    int strain_muscle;       /* with MR_NOTE_STRAIN: 1 hamstring, 2 calf, 3 groin, 4 quadriceps, 0 not said */
    int angina;              /* chest pain brought on by effort and eased by rest */
    int angina_pattern;      /* ... told as a recurring pattern, not as happening now: a doctor today, not the ambulance */
    int hip_oa;              /* hip osteoarthritis told */
    int supine_asked;        /* pregnant and asking whether poses lying on the back are still fine (1), or lightheaded when she lies flat (2) */
    int sleep_very_short;    /* 4 hours or less, or none ("slept 3 h", "通宵") */
    int sleep_long;          /* sleep poor for months or years, not last night (then no MR_NOTE_SHORT_SLEEP) */
    int joint_worse;         /* the knee, ankle or back written of hurts more with training ("跑完之后更加痛") */
    int walk_hurts;          /* walking itself makes the known knee, ankle or back ache ("walking 15 min makes them ache") */
    int post_viral;          /* weeks after a virus, still drained, a crash after usual effort */
    int hip_replaced;        /* a hip replacement told */
    int joint_replaced;      /* a replaced hip (1) or knee (2), or both (3): low impact for good */
    int stress_said;         /* stress relief sought ("减压", "burnt out"), whatever mood leads */
    int shift_asked;         /* asks when to train around night shifts and sleep */
    int night_shift;         /* night shifts said */
    int lift_asked;          /* asks whether to lift weights (strength training) */
    int shin;                /* sore shins: 1; 2 when hopping hurts (a possible bone stress injury) */
    int night_pain;          /* a pain said to come at night */
    int pump;                /* an insulin pump */
    int elbow;               /* a painful elbow (tennis or golfer's elbow) */
    int preg_heavy;          /* pelvic heaviness when running, in a pregnancy */
    int round_ligament;      /* a brief one-sided twinge on standing or turning, in a pregnancy: the round ligament */
    int post_race;           /* a marathon or half run yesterday */
    int raced;               /* a marathon (2) or a half (1) the writer ran lately, 0 none */
    int raced_ago;           /* days since it when said ("yesterday" 1, "3 days ago", "前天" 2), 0 not said */
    int raced_wday;          /* its weekday when said ("last Sunday", "上周日跑的全马"), 0 Sunday .. 6, -1 */
    int oa_asked;            /* asks whether knee osteoarthritis means no more exercise */
    int hiit_asked;          /* asks about HIIT, tabata, burpees or rope skipping */
    int weight_first;        /* wonders whether to lose weight before starting to exercise */
    int sleep_asked;         /* asks whether exercise will help them sleep */
    int caffeine;            /* coffee or energy drinks said */
    char home_kit[24];       /* strength equipment they say they have ("ankle weights", "哑铃"), as written */
    int spo2;                /* the lowest oxygen saturation said for today, when under 92% ("血氧88、89", "sats 89"); 0 none */
    int class_act, class_wday; /* a class on a weekday said ("周三晚上8点有瑜伽课"): its activity and day (0 Sunday); -1 none */
    int heart_failure;       /* heart failure named, or its drugs, clinic or ejection fraction: daily weights and its signs */
    int cancer_after;        /* a cancer whose treatment is over (a survivor): the survivorship guidance, not an unknown diagnosis */
    int bedbound;            /* days spent in bed ("成個禮拜都瞓喺床", "can't get out of bed") */
    int dehydrated;          /* urine dark, or little drunk after a day in the heat */
    int just_ate;            /* a meal just eaten (with diabetes, a walk now blunts the glucose rise) */
    int amenorrhea;          /* periods stopped for months (with too little eating: RED-S) */
    int tired_when;          /* tiredness said only of other times ("drags when I get tired"): not today's mood */
    int cough_said;          /* a cough, phlegm or congestion written */
    int nausea_said;         /* nausea or vomiting written */
    int depression_care;     /* depression being treated (an antidepressant, a psychiatrist): the session a help, never a test */
    int split_today;         /* a lifter's split: 1 pull today after push yesterday ("昨天练胸和三头，今天练背和二头"), 2 push after pull */
    int achilles;            /* an Achilles stiff in the mornings that warms up: the tendon's overload sign, trained by pain */
    int asthma_poor;         /* asthma's wheeze or night cough in the last days, not today: short of control */
    int cancer_survivor;     /* cancer treatment (chemotherapy, radiotherapy) finished */
    int legs_race_only;      /* MR_NOTE_LOWER_WORKED from a race named only, no leg session or soreness said */
    int ppl;                 /* the split is push, pull, legs in turn ("push/pull/legs", "推拉腿") */
    int ppl_yest;            /* with it, yesterday: 1 push, 2 pull, 3 legs, 0 not said */
    int lifter;              /* trains a lifting split ("upper/lower", "push pull legs", "分化", "lift 4 days a week") */
    int hr_cap;              /* a heart-rate ceiling the writer keeps to ("a cap of about 110", "心率控制在110以下"), bpm; 0 none */
    int pots;                /* postural tachycardia syndrome diagnosed: the rise on standing is the condition's */
    int trek_asked;          /* a hike or trek ahead, asked about: 1 whether stairs or hills can train for it, 2 whether it is realistic */
    int trek_month;          /* its month when the note names one ("the Grind in August"), 1..12, 0 none */
    int quiet_home;          /* training at home where jumping disturbs others ("楼下阿姨...跳一下就上来敲门", "neighbours below complain") */
    int back_bike;           /* a back that hurt asks whether riding harms it ("骑车会不会伤腰", "is cycling bad for my back") */
    int run_managed;         /* the minutes of running a recent try lasted ("made it 5 min", "跑了5分钟就跑不动"), 0 none */
    int habit_minutes;       /* the usual session's minutes as told ("normally run 5 miles" ~ 50, "平时每天跑40分钟"), 0 none */
    int bolus_missed;        /* a mealtime insulin dose forgotten ("forgot to bolus for lunch", "忘了打胰岛素") */
    int bolus_recent;        /* a mealtime insulin dose in the last hours ("lunch bolus a bit late", "刚打了餐前胰岛素") */
    int icd_shock;           /* the writer's ICD (implanted defibrillator) fired ("the defib went off") */
    int icd;                 /* the writer has an ICD (implanted defibrillator), not only a pacemaker */
    int icd_zone;            /* the rate the writer's ICD is set to shock at ("zone on the device is 170"), bpm; 0 not said */
    int device_old;          /* the writer's ICD or pacemaker has been in for a while ("ICD since 2022", "装了三年") */
    int glp1;                /* a GLP-1 or dual agonist (Wegovy, Ozempic, Mounjaro, 司美格鲁肽) */
    int low_signs;           /* shaky or sweaty on a sulfonylurea or insulin: a low's signs */
    int keto;                /* on a ketogenic or very low-carbohydrate diet ("keto", "生酮", "断碳") */
    int walks_daily;         /* walks every day or most days ("每天早上走一圈", "walk the dog every morning"): the week keeps the walks */
    int fatburn_asked;       /* asks about the "fat-burning zone" (燃脂心率) */
    int claudication;        /* a calf that aches walking and eases on stopping (not yet diagnosed as PAD) */
    int sglt2;               /* takes an SGLT2 inhibitor (Jardiance, Forxiga, 恩格列净...) */
    int stimulant;           /* takes a stimulant ADHD medicine (Vyvanse, Ritalin, 哌甲酯...): heat tolerance lower */
    int wbc_low;             /* the white count low or at its lowest (nadir) in chemotherapy */
    int flexion_said;        /* sit-ups, crunches, roll-downs, deep twists named (a spine with osteoporosis) */
    int caffeine_high;       /* four or more coffees or energy drinks a day */
    int diuretic;            /* takes a water tablet (diuretic: a thiazide, furosemide, 利尿剂) */
    int mania;               /* a mood stabiliser stopped or bipolar named, with nights without sleep or a rush of energy */
    int heat_signs;          /* a headache, cramps or nausea today ("lil headache and kinda crampy calves", "腿有点抽筋") */
    int heat_illness;        /* confusion or sweating stopped in the heat, or urine like cola after an effort */
    int pressure_sore;       /* skin that stays red, blistered or broken under pressure: 1 on a stump under the socket, 2 over the tailbone, a sit bone or a heel with a spinal injury or a wheelchair */
    int foot_wound;          /* a cut, blister or sore on the foot (read with diabetes) */
    int foot_infected;       /* ... with an infection's signs told (pus, yellow on the sock, red around it, warm, swollen) */
    int ear_infection;       /* an ear infection (otitis, swimmer's ear, 中耳炎) */
    int ams;                 /* up high, a headache with nausea, dizziness or exhaustion: altitude sickness (1); an unsteady walk,
                              * confusion or breathless at rest up high, its emergency (2: HACE or HAPE, go down now) */
    int bone_drug;           /* hormone therapy for cancer that thins bone (Zoladex, Lupron, letrozole, 诺雷德...) */
    int steps_asked;         /* asks about a daily step count ("is 10,000 steps a day realistic?", "每天要走一万步吗") */
    int acl_sport;           /* an ACL repair or tear and a pivoting sport asked about ("pickup basketball Saturday") */
    int despair;             /* life not worth living: a person to talk to, today; 2 with an intent, self-harm or a plan's signs: a crisis */
    int low_lasting;         /* low for weeks, with no interest or no sleep: depression's signs, a doctor to see */
    int worn_out;            /* tired all the time, not just today ("成日好攰", "falling asleep in class", "exhausted for weeks"):
                              * with training on most days, the sign that training has outrun recovery */
    int proxy;               /* typed by a relative or carer for the person ("typing this for my mum", "替我爸写的") */
    int proxy_who;           /* which relative (mr_notes_proxy_name); 9 or 10: only "she" or "he" said; -1: neither */
    int dialysis;            /* on dialysis (a fistula, 透析): fluid restricted, the dialysis team to tell */
    int dialysis_done_today; /* back from a dialysis session today ("刚透完", "just back from dialysis") */
    unsigned dialysis_days;  /* bit d (0 Sunday .. 6): the weekdays of dialysis said ("dialysis Mon Wed Fri", "周一三五透析") */
    int at_home;             /* training at home (the children asleep, can't go out): no equipment, no outing */
    int rehab_grad;          /* cardiac or pulmonary rehab finished, carried on alone ("心脏康复做了12次刚结束", "finished pulmonary rehab") */
    int treadmill;           /* MR_INDOOR_*: a treadmill at hand ("家里有跑步机": a run or a walk can go indoors), or a
                              * mall open for walkers ("Mall opens at 8 for walkers": a walk can) */
    int bored;               /* bored of the routine: variety, not a gentler day */
    unsigned disliked;       /* bit a: the writer dislikes activity a ("I hate running") */
    char disliked_words[MR_NOTES_EVIDENCE]; /* the first such words */
    int doms_asked;          /* sore after training and asking whether it is an injury or normal */
    int sore_jump;           /* very sore after far more than usual ("a crazy amount of flyes", "第一次练了100个"): rhabdomyolysis's signs told */
    char diagnosis[MR_NOTES_EVIDENCE]; /* with MR_NOTE2_DIAGNOSIS: the words naming it */
    int others_say;          /* what someone around the writer urges, in their words ("my wife says stop altogether",
                              * "婆婆说要满100天，啥都不让我动"): 1 rest or stopping, 2 pushing on ("no pain no gain"); 0 none */
    char others_who[32];     /* who, as written without "my"/"我" ("wife", "婆婆", "running buddy") */
    int others_pro;          /* that someone is a coach or trainer (their "rest" is a professional's, not answered) */
    int diastasis;           /* the tummy muscles parted after a pregnancy (腹直肌分离, diastasis recti) */
    int anticoag;            /* takes a blood thinner (warfarin, apixaban, 华法林, 薄血丸): falls bleed more */
    int line_in;             /* a PICC line, central line or accessed port in place ("胳膊上的PICC管") */
    int line_arm;            /* with a line in, that arm or hand swollen or tight (a line-related clot until a scan says not) */
    float hb_gdl;            /* the writer's haemoglobin in g/dl ("血红蛋白9.6", "hgb 112" g/l read as 11.2); 0 none said */
    int cancer_wt_lost;      /* cancer, in or after treatment, with weight lost ("lost 12 kg, was 64 now 52"): food first */
    int oxaliplatin;         /* on oxaliplatin (FOLFOX, XELOX/CAPOX): cold brings on numbness and a tight throat for days */
    int hand_foot;           /* hand-foot syndrome on capecitabine or a kinase inhibitor: soles red, blistered or sore */
    int stairs_puffed;       /* puffed by three flights or more, plainly, nothing else told: out of condition, moderate at most */
    char stairs_evidence[MR_NOTES_EVIDENCE]; /* ... the words that told it */
    int copd_stable;         /* COPD, its breathlessness said to be the usual and no worse ("same as it's been for years") */
    int night_low;           /* on insulin, a low in the night after training ("went low at 3 am", "半夜低血糖") */
    int platelets;           /* the platelet count said, x10^9/l ("platelets were 60", "血小板6万"); 1 when only "low" is said; 0 none */
    int cauda_equina;        /* back or leg pain with saddle numbness or a new bladder or bowel change */
    int stroke_signs;        /* a stroke's signs now or lately, passed or not (face, arm, speech, one eye) */
    char stroke_words[MR_NOTES_EVIDENCE]; /* the sentence that told them */
    int time_asked;          /* asks whether to move a session to another time of day ("儿子让我改时间，要不要改？") */
    int oa_swollen;          /* an arthritic knee or ankle swollen after more than usual, no twist or fall: not a sprain */
    int joint_sore;          /* a knee or ankle aching since a long session, no twist, fall or swelling told: moderate at most */
    int late_asked;          /* asks whether it is too late to build muscle or start ("is it too late for me", "这个岁数还来得及吗") */
    int counts_asked;        /* asks whether an activity they enjoy counts as exercise ("does dancing count?", "跳舞算运动吗"); 2 yoga ("is yoga enough?") */
    int job_active_asked;    /* on their feet or lifting all day at work, asking whether that is exercise enough ("我都走这么多了还要运动吗") */
    unsigned ask;            /* the writer's own general questions, MR_ASK_* bits ("is it better to rest them?",
                              * "有冇危險？", "点开始好？", "how often should I go?"): the card answers them first */
} mr_notes;

/* General questions a note asks (mr_notes.ask). */
enum {
    MR_ASK_REST = 1,         /* rest or move: "should I just rest?", "这样休息是不是比较好？" */
    MR_ASK_SAFE = 2,         /* whether it is safe: "is it safe?", "有没有危险？" */
    MR_ASK_START = 4,        /* how to start, what to do: "where do I start?", "点开始好？" */
    MR_ASK_HOW_MUCH = 8,     /* how much, how long, how often: "how long should I walk?", "一周练几次？" */
    MR_ASK_ADVICE = 16,      /* what to do, any advice: "any tips?", "有什么建议？" */
    MR_ASK_IN_A_ROW = 32,    /* days in a row: "is it ok to run 2 days in a row?", "连续两天可以吗？" */
    MR_ASK_ORDER = 64,       /* cardio or weights first: "先有氧还是先力量？" */
    MR_ASK_ADD_DAY = 128,    /* one more day a week: "能不能加到一周4次？", "can I add a fourth gym day?" */
    MR_ASK_RESTART = 256,    /* where to restart after time off: "missed 8 days, where do I restart?" */
    MR_ASK_WAIT_PAIN = 512,  /* whether to wait until pain-free: "是不是要等完全不痛才能回健身房？" */
    MR_ASK_TOO_MUCH = 1024   /* whether a long session is too much: "3个小时会不会太多？" */
};

MR_INTERNAL const char *mr_mood_name(mr_mood m);
/* Reads text (UTF-8; invalid bytes are skipped) into out. known: the
 * MR_COND_* flags already known from the profile, for findings that depend
 * on them (bleeding in pregnancy). Never fails; NULL text reads as "". */
MR_INTERNAL void mr_notes_read(const char *text, unsigned known, mr_notes *out);
/* A month named as a date in s ("May 16th", "6th dec", "11月8号"): 1..12, 0
 * none; *mday its day when written with it, else 0. */
MR_INTERNAL int mr_notes_month_said(const char *s, int *mday);
/* Days since the race in n->raced, on a day of weekday wday (0 Sunday ..
 * 6, -1 unknown): 1 the day after; a weekday said counts back from wday
 * (the same weekday: a week); a week when only "last week" is known; 3 when
 * nothing dates it. 0 when no race was run. */
MR_INTERNAL int mr_notes_race_days(const mr_notes *n, int wday);
/* The days after the race in n->raced that are its first, gentlest week:
 * 7 after a marathon, 4 after a half (reverse taper; heuristic). */
MR_INTERNAL int mr_notes_race_first_days(const mr_notes *n);
/* Shorthands: the flags, and the mood, of mr_notes_read(text, 0). */
MR_INTERNAL unsigned mr_notes_flags(const char *text);
MR_INTERNAL mr_mood mr_notes_mood(const char *text);

/* The relative a proxy note is typed for, as the card names them ("your
 * mum", "妈妈"); "" for -1. */
const char *mr_notes_proxy_name(int who, int zh);

#endif
