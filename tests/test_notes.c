/* test_notes.c - lib/advisor/notes.c: what notes say, one rule at a time (body part
 * near sensation, words, numbers, typos, negation, somebody else, healed,
 * figures of speech, unsure findings, mood). The figures on hand-written
 * notes are in tests/notes_eval.py; these are the mechanisms. */
#include "testutil.h"

#include "notes.h"
#include "conditions.h"

#include <math.h>
#include <string.h>

static unsigned flags(const char *t) { return mr_notes_flags(t); }

static mr_notes read_(const char *t) {
    mr_notes n;
    mr_notes_read(t, 0, &n);
    return n;
}

/* read with conditions known from the profile's fields */
static mr_notes read_k(const char *t, unsigned known) {
    mr_notes n;
    mr_notes_read(t, known, &n);
    return n;
}

static void body_part_and_sensation(void **state) {
    (void)state;
    assert_int_equal(flags("胸口有点痛"), MR_SYM_CHEST_PAIN);
    assert_int_equal(flags("心口这块一直隐隐作痛"), MR_SYM_CHEST_PAIN);
    assert_int_equal(flags("weird pressure behind my breastbone"), MR_SYM_CHEST_PAIN);
    assert_int_equal(flags("pain in the middle of my chest since lunch"), MR_SYM_CHEST_PAIN);
    assert_int_equal(flags("my heart is pounding while I sit on the couch"), MR_SYM_PALPITATIONS);
    assert_int_equal(flags("knee clicks and aches on stairs"), MR_COND_KNEE);
    /* 头 ending another word is not the head: 膝头 is the knee, 手指头 a finger */
    assert_int_equal(flags("我個膝頭哥痛咗兩個禮拜") , MR_COND_KNEE);
    assert_false(read_("膝頭哥痛").notes & MR_NOTE_HEADACHE);
    assert_false(read_("手指头疼").notes & MR_NOTE_HEADACHE);
    assert_false(read_("锄头挖地手疼").notes & MR_NOTE_HEADACHE);
    /* a Latin word starts a word: "shin" is not in "pushing" */
    assert_int_equal(read_("How hard should I be pushing now?").shin, 0);
    assert_int_equal(read_("my shins are sore").shin, 1);
    assert_int_equal(flags("今天搬病人又把腰闪了一下，弯腰就疼"), MR_COND_BACK);
    assert_int_equal(flags("刚爬一层楼就喘成狗"), MR_SYM_BREATH);
    assert_int_equal(flags("跑完10公里喘成狗 爽！"), 0);
    assert_int_equal(flags("右边脚踝肿了"), MR_COND_ANKLE);
    assert_int_equal(flags("my lower back is stiff"), MR_COND_BACK);
    /* the words of a sentence's earlier clause: "still hurts" is the ankle */
    assert_int_equal(flags("去年扭了脚踝，现在还疼"), MR_COND_ANKLE);
    /* ACSM's anginal equivalents: pain spreading to the arm, jaw */
    assert_int_equal(flags("an ache spreading down my left arm"), MR_SYM_CHEST_PAIN);
    assert_int_equal(flags("下巴疼，爬楼的时候更明显"), MR_SYM_CHEST_PAIN);
    /* a chest workout's soreness is not chest pain */
    assert_int_equal(flags("did chest day yesterday, pecs are sore"), 0);
    assert_true(read_("did chest day yesterday, pecs are sore").n_unsure == 0); /* the muscles named: soreness */
    assert_true(read_("did chest day yesterday, my chest is sore").n_unsure == 1);  /* the chest: say what we read */
    assert_int_equal(flags("昨天练胸，卧推加了重量，今天胸肌酸得抬手都疼"), 0);
    assert_int_equal(flags("胸肌疼"), MR_SYM_CHEST_PAIN); /* no training to explain it */
    /* a joint named with no sensation still counts; a fine one does not */
    assert_int_equal(flags("ignore my knee, I want to run"), MR_COND_KNEE);
    assert_int_equal(flags("别管我的膝盖，我就要跑步"), MR_COND_KNEE);
    assert_int_equal(flags("my knees feel great today"), 0);
    /* beats per minute said at rest, with no heart word */
    assert_int_equal(flags("watch says 138 bpm and I'm sitting at my desk"), MR_SYM_PALPITATIONS);
    assert_int_equal(flags("hit 172 bpm on the last interval"), 0);
    /* a reading under 140/90 with blood-pressure pills in the sentence: treated hypertension */
    assert_int_equal(flags("home cuff says 136/84, finally under control since the new pills"), MR_COND_HYPERTENSION);
    assert_int_equal(flags("home cuff says 118/76, no meds"), 0);
    /* an injury with no body part: no impact, and said as unsure */
    mr_notes sp = read_("netball sprain 10 days ago, still tender");
    assert_true((sp.notes & MR_NOTE_LOWER_BODY) && sp.n_unsure >= 1);
    /* colloquial and Cantonese warning signs; a body part "angry" is pain */
    assert_int_equal(flags("心口好翳 成朝都係咁"), MR_SYM_CHEST_PAIN);
    assert_int_equal(flags("行兩步就透唔切氣 以前唔係咁㗎"), MR_SYM_BREATH);
    assert_int_equal(flags("站起来就偏偏倒倒 走路像踩棉花"), MR_SYM_DIZZINESS);
    assert_int_equal(flags("feels like an elephant parked itself on my chest since lunch"), MR_SYM_CHEST_PAIN);
    assert_int_equal(flags("been running to the loo since 5am"), MR_SYM_ILLNESS);
    assert_int_equal(flags("lower back is angry after moving house"), MR_COND_BACK);
    /* figures of speech and somebody else: nothing */
    assert_int_equal(flags("晕死 健身房又关门装修了"), 0);
    assert_int_equal(flags("爬山爬到山顶喘成狗 但是风景绝了"), 0);
    assert_int_equal(flags("guy next to me at spin keeled over yesterday"), 0);
    assert_int_equal(flags("I'm sick of waiting for my surgery date"), 0);
    assert_int_equal(flags("胸口疼是上个月的事了 查过了 没事"), 0);
    assert_int_equal(flags("可我怕摔一跤就骨折了"), 0); /* a fear, not a finding */
    assert_int_equal(read_("可我怕摔一跤就骨折了").n_unsure, 0);
}

/* Conditions the coach knows by name: COPD (its inhaler is not asthma, its
 * everyday breathlessness is not a warning sign unless worse than usual),
 * low bone density (a lumbar T-score is not a back problem), a painful
 * shoulder, a pulled muscle, a stroke; somebody else's say nothing. */
static void coaching_conditions(void **state) {
    (void)state;
    mr_notes n = read_("我有慢阻肺好几年了，每天早晚用吸入剂。走快了就喘，上三楼要歇两回。今天没什么特别不舒服。");
    assert_true((n.notes & MR_NOTE_COPD) && n.flags == 0);
    n = read_("COPD, and today I'm much more breathless than usual, can't finish a sentence");
    assert_true((n.notes & MR_NOTE_COPD) && (n.flags & MR_SYM_BREATH));
    n = read_("我有慢阻肺，也有哮喘，用吸入剂");
    assert_true((n.notes & MR_NOTE_COPD) && (n.flags & MR_COND_ASTHMA));
    assert_false(read_("my dad has COPD").notes & MR_NOTE_COPD);
    n = read_("去年查出骨质疏松，腰椎T值-2.8");
    assert_true((n.notes & MR_NOTE_OSTEOPOROSIS) && !(n.flags & MR_COND_BACK));
    assert_true(read_("my right shoulder's been pinching overhead, physio said it's impingement").notes & MR_NOTE_SHOULDER);
    assert_true(read_("冲刺的时候右大腿后面突然一紧，像被扯了一下").notes & MR_NOTE_STRAIN);
    assert_true(read_("pulled my hamstring at football on saturday").notes & MR_NOTE_STRAIN);
    assert_true(read_("前年中风过一次，现在左腿还是有点没劲").notes & MR_NOTE_STROKE);
    assert_false(read_("working on my breaststroke technique").notes & MR_NOTE_STROKE);
    assert_false(read_("my mum had a stroke last year").notes & MR_NOTE_STROKE);
    n = read_("两周前开始脚后跟疼，早上下床头几步最疼");
    assert_true((n.notes & MR_NOTE_HEEL) && n.n_unsure == 0);
    assert_true(read_("Lost my wife three weeks ago. Not sleeping much.").grief);
    assert_true(read_("最近两个月心情一直很低落，晚上睡不着，对什么都提不起兴趣").low_lasting);
    assert_false(read_("今天心情有点低落，下雨了").low_lasting);
    assert_false(read_("lost my keys again, so annoying").grief);
    assert_true(read_("I get a bit wobbly on the stairs and I live on my own").fall_fear);
    assert_int_equal(read_("Is a spin class ok tonight?").asked, MR_ACT_STATIONARY_BIKE);
    /* "走路可以但是有点跛" says walking is fine, with a but: the question is the run */
    assert_int_equal(read_("踢足球扭到脚踝，走路可以但是有点跛。想问明天可以恢复跑步吗？").asked, MR_ACT_RUN);
    assert_int_equal(read_("今天可以去练球吗？还是去练投篮就好？").asked, MR_ACT_COUNT); /* the team's practice */
    assert_int_equal(read_("今日约咗十二点去行山，行四个钟。我想问今日照去得唔得？").asked, MR_ACT_BRISK_WALK);
    /* the second table: PAD (its calf pain placed), a concussion, chemotherapy,
     * Ramadan, a wheelchair, a closed pool; a clot or heart failure to see today */
    n = read_("血管科医生说我是下肢动脉硬化闭塞症，走个两三百米右小腿就酸痛得走不动，这样疼还要接着走吗");
    assert_true((n.notes2 & MR_NOTE2_PAD) && n.n_unsure == 0);
    assert_true(read_("Crashed 5 days ago, hit my head, ER said mild concussion").notes2 & MR_NOTE2_CONCUSSION);
    assert_true(read_("乳腺癌，正在化疗，第三个疗程").notes2 & MR_NOTE2_CHEMO);
    assert_true(read_("现在是斋月第十三天，白天不吃不喝").notes2 & MR_NOTE2_FASTING);
    assert_true(read_("I'm a full-time wheelchair user. Pool's closed tonight.").notes2 & MR_NOTE2_WHEELCHAIR);
    assert_true(read_("I'm a full-time wheelchair user. Pool's closed tonight.").notes2 & MR_NOTE2_POOL_CLOSED);
    assert_true(read_("前天从纽约飞回上海，今天左边小腿又胀又疼").notes2 & MR_NOTE2_SEE_TODAY);
    /* type 1 on a pump is insulin; a low at 3 am after training is the night's,
     * and a reading now after it ("Right now I'm 6.1") is the current one;
     * a finger prick's number is a glucose */
    {
        mr_notes t1 = read_("I have type 1 (pump + Dexcom). Yesterday we had a double practice and I went low at 3 am (2.8). "
                            "Right now I'm 6.1 and steady.");
        assert_true((t1.notes & MR_NOTE_INSULIN) && t1.pump && t1.night_low && t1.glucose == 110);
        assert_false(read_("my son has type 1 and went low at 3 am").notes & MR_NOTE_INSULIN);
        assert_int_equal(read_("刚才顺手扎了一下手指，4.3，比平时还好看").glucose, 77);
    }
    /* Traditional script reads as simplified, even where the vocabulary
     * keeps a Traditional spelling beside the simplified one; a sentence-final
     * 耶 is no cheer that explains a racing heart away */
    assert_int_equal(read_("兩個月前右邊髖關節換了人工關節，復健師說恢復得很好").joint_replaced, 1);
    assert_true(read_("欸我這兩天心臟一直亂跳耶，坐著滑手機也會突然咚咚咚，好可怕喔").flags & MR_SYM_PALPITATIONS);
    assert_int_equal(read_("耶！今天跑了10公里").mood, MR_MOOD_POSITIVE);
    /* a platelet count, as people give it; somebody else's is not theirs */
    assert_int_equal(read_("Just recovered from dengue. Platelets were 60 at discharge, still got some bruises").platelets, 60);
    assert_int_equal(read_("血小板才6万，医生说慢慢来").platelets, 60);
    assert_int_equal(read_("plt 45k after chemo").platelets, 45);
    assert_int_equal(read_("platelet count 85,000 on Monday").platelets, 85);
    assert_int_equal(read_("my platelets are low this cycle").platelets, 1);
    assert_int_equal(read_("dad's platelets were 40").platelets, 0);
    /* one calf after a birth or an operation, or plainly thicker: a clot until a scan says not */
    assert_true(read_("顺产第12天，这两天左边小腿肚有点胀痛，看着比右边粗一圈，估计是抱娃站太久了").notes2 & MR_NOTE2_SEE_TODAY);
    assert_true(read_("3 weeks after my knee op, left calf is swollen and sore").notes2 & MR_NOTE2_SEE_TODAY);
    assert_false(read_("pulled my left calf sprinting, it's swollen and sore").notes2 & MR_NOTE2_SEE_TODAY);
    assert_false(read_("calves are sore after the hill run").notes2 & MR_NOTE2_SEE_TODAY);
    assert_true(read_("sleeping in my recliner because lying flat makes me short of breath, ankles are puffy").notes2 &
                MR_NOTE2_SEE_TODAY);
    assert_false(read_("my mum had chemo last year").notes2 & MR_NOTE2_CHEMO);
    n = read_("Relapsing-remitting MS. When it's warm my left leg gets weak and tingly, goes away once I cool down.");
    assert_true((n.notes2 & MR_NOTE2_MS) && n.n_unsure == 0);
    n = read_("Relapsing-remitting MS. When I get hot my left leg goes heavy and my vision goes a bit blurry, then it "
              "settles after a cool shower; neuro says that's Uhthoff's");
    assert_true((n.notes2 & MR_NOTE2_MS) && n.n_unsure == 0 && !(n.notes & MR_NOTE_LOWER_BODY));
    n = read_("Fibromyalgia for 8 years. Having a flare this week - everything aches.");
    assert_true((n.notes2 & MR_NOTE2_FIBRO) && !(n.flags & MR_SYM_ILLNESS));
    assert_true(read_("fibromyalgia, and now the flu: everything aches, 38.5").flags & MR_SYM_ILLNESS);
    assert_true(read_("帕金森六年了，吃着美多芭").notes2 & MR_NOTE2_PARKINSON);
    /* a thing or an animal the symptom word is about; not where the writer was when theirs came */
    assert_false(read_("手机发烫得厉害，电池都鼓包了").flags & MR_SYM_FEVER);
    assert_false(read_("猫今天吐了三回，医生说是毛球").flags & MR_SYM_ILLNESS);
    assert_false(read_("my car's making a wheezing noise and the engine's running hot").flags & MR_SYM_BREATH);
    assert_true(read_("刷着手机呢心脏突然咚咚咚一阵乱跳").flags & MR_SYM_PALPITATIONS);
    assert_true(read_("cant get through a phone call without stopping for air since tuesday").flags & MR_SYM_BREATH);
    /* life not worth living: a person to talk to (and not "bored"); figures of speech are not */
    n = read_("分手两个月了，饭也吃不下。有时候觉得活着挺没意思的。");
    assert_true(n.despair && !n.bored && n.mood == MR_MOOD_NEGATIVE && !(n.flags & MR_COND_PREGNANCY));
    assert_true(read_("some days I just don't want to live anymore").despair);
    assert_false(read_("累得想死，加班到十点").despair);
    assert_false(read_("I could die of embarrassment lol").despair);
    assert_false(read_("my friend said she wants to die, I'm worried about her").despair);
    /* a crash diet: no food, a sauna suit */
    assert_true(read_("Plan: no food, just water, and run 2 hours a day in a sauna suit").notes2 & MR_NOTE2_CRASH_DIET);
    /* "我一点不舒服都没有" denies; a dog walked is not the dog's breath */
    assert_int_equal(read_("我一点不舒服都没有，每周跑50公里").n_unsure, 0);
    assert_true(read_("遛狗慢慢走都觉得气不够用").flags & MR_SYM_BREATH);
    assert_false(read_("我家狗子今天又拉又吐，带它去宠物医院挂了水").flags & MR_SYM_ILLNESS);
    /* how a pain travels does not stop its denial; Cantonese and Hinglish symptoms */
    assert_int_equal(read_("lower back is stiff, no shooting pain down my leg or anything").n_unsure, 0);
    assert_true(read_("shooting pain down my leg since yesterday").n_unsure > 0);
    assert_true(read_("琴日食咗啲海鮮，成晚屙到虛脫").flags & MR_SYM_ILLNESS);
    assert_true(read_("yaar chest mein jalan since morning, not going away").flags & MR_SYM_CHEST_PAIN);
    /* a heart rate aimed at is not one measured; a low last time is not a low now */
    assert_false(read_("在吃倍他乐克，心率总是上不去，手表说我该到心率130才算有效").flags & MR_SYM_PALPITATIONS);
    assert_true(read_("坐着心率130，心慌").flags & MR_SYM_PALPITATIONS);
    assert_false(read_("BG 85 right now, last time I went low halfway through spin").notes & MR_NOTE_LOW_GLUCOSE);
    /* a hard session asked about; a heart rate reached in sprints, asked about */
    assert_true(read_("Plan says 8x800m at 5k pace today. Should I do it or swap it?").asked_hard);
    assert_false(read_("Should I go for an easy run today?").asked_hard);
    assert_int_equal(read_("my heart rate hit 190 during sprints yesterday, is that dangerous??").hr_asked, 190);
    assert_int_equal(read_("ran 10k in 52 min, felt great").hr_asked, -1);
    /* a racing heart already checked and exercise advised; swollen ankles that are fluid, not a sprain */
    mr_notes k = read_("最近压力大，偶尔心跳很快。上周做了24小时心电图，医生说心脏没问题，建议多运动");
    assert_true(!(k.flags & MR_SYM_PALPITATIONS) && k.palp_checked);
    k = read_("heart racing at rest for an hour, had an ECG years ago");
    assert_true(k.flags & MR_SYM_PALPITATIONS);
    k = read_("慢性肾病3期，最近两周脚踝一到晚上就肿，爬一层楼就喘得厉害");
    assert_true((k.notes2 & MR_NOTE2_SEE_TODAY) && !(k.flags & MR_COND_ANKLE));
    assert_true(read_("崴了脚，脚踝肿了").flags & MR_COND_ANKLE);
    /* "hit" is not HIIT (token skeletons collapse repeated letters): breathless since the flu hit is breathless */
    assert_true(read_("since the flu hit I've been short of breath").flags & MR_SYM_BREATH);
    assert_false(read_("out of breath after HIIT class, normal").flags & MR_SYM_BREATH);
    /* a figure of speech, a feared illness, a question asked only in case; a question told as it happened */
    assert_false(read_("that test was so hard my brain literally fainted lmaooo").flags & MR_SYM_DIZZINESS);
    assert_false(read_("Worried I might be getting sick coz everyone at work has a fever, but I feel totally normal").flags &
                 (MR_SYM_FEVER | MR_SYM_ILLNESS));
    assert_false(read_("if my chest hurts during a HIIT class should i stop? (it doesn't, just wondering)").flags &
                 MR_SYM_CHEST_PAIN);
    assert_true(read_("Is it normal to feel like my heart skips a beat when I lie down? happened last night").flags &
                MR_SYM_PALPITATIONS);
    /* a relative's note passed on: what "she" has is the person's */
    k = read_("我替我老婆说一下，她36周了，今天肚子一阵一阵发紧发疼，差不多十分钟一次");
    assert_true((k.flags & MR_SYM_PREG_WARNING) && (k.flags & MR_COND_PREGNANCY));
    assert_true(read_("帮我妈记一下 她今天早上血压170/100 头有点晕").flags & MR_SYM_DIZZINESS);
    assert_false(read_("帮我记一下 我妈今天头晕").flags & MR_SYM_DIZZINESS);
    /* oedema told by its look (ACSM screening: ankle oedema, orthopnoea), with heart failure and breathlessness */
    k = read_("I have heart failure. My ankles are puffier than usual (sock marks) and I get winded on the stairs");
    assert_true((k.notes2 & MR_NOTE2_SEE_TODAY) && !(k.flags & MR_COND_ANKLE));
    /* "no pain when breathing hard" is when, not what */
    assert_false(read_("Chest sore from bench, like DOMS. No pain when breathing hard or running.").flags & MR_SYM_BREATH);
    /* a morning rate above the usual; a weight-loss pace; grief said as "passed"; weakness rising from a chair is not a tired mood */
    assert_int_equal(read_("Morning HR has been 58 for 4 days, normally I'm at 50").hr_rise, 8);
    assert_true(read_("一个月瘦20斤！").loss_kg_week > 2.0f);
    assert_true(read_("been low since my husband passed in the spring").grief);
    k = read_("My legs feel weak getting out of a chair");
    assert_true(k.fall_fear && k.mood != MR_MOOD_TIRED);
    assert_true(read_("体检查出中度脂肪肝").notes2 & MR_NOTE2_FATTY_LIVER);
    assert_true(read_("want to test my 1-rep max on deadlift").asked_max);
    /* a knock to the head, typed for Nan: on a blood thinner and muddled, the scan's signs */
    k = read_("Granddaughter typing for Nan. She takes apixaban. She slipped and banged her head on the cupboard. "
              "Says she's fine but she's been a bit muddled since and was sick once.");
    /* (being sick is read as what it is; the head's rule, not the illness rule, answers it: safety.c) */
    assert_true((k.notes2 & MR_NOTE2_HEAD_KNOCK) && (k.notes2 & MR_NOTE2_HEAD_RED) && (k.flags & MR_SYM_ILLNESS));
    assert_false(read_("my son hit his head at footy").notes2 & MR_NOTE2_HEAD_KNOCK);
    /* "heavy chest + triceps" is a workout; a bump on a knee is no pregnancy; walked for an hour is no grief */
    assert_false(read_("Heavy chest + triceps yesterday, pecs a bit sore, normal DOMS").flags & MR_SYM_CHEST_PAIN);
    assert_false(read_("the bump below my knee hurts when i press it").flags & MR_COND_PREGNANCY);
    assert_false(read_("上周有一天走了一个小时，后面两天累得起不来床").grief);
    /* treatment finished is a survivor's; lymphoedema; a height written is altitude */
    k = read_("我乳癌做完化疗同电疗一年几，左手有少少淋巴水肿，戴紧压力袖");
    assert_true(!(k.notes2 & MR_NOTE2_CHEMO) && (k.notes2 & MR_NOTE2_LYMPHOEDEMA) && k.mood != MR_MOOD_STRESSED);
    assert_true(read_("Flew into Cusco (3400 m) yesterday from sea level").notes2 & MR_NOTE2_ALTITUDE);
    /* breathless on stairs after a normal workup and a gradual return advised; puffed on fast walks, asked "normal?" */
    k = read_("爬两层楼会有点喘，休息一会儿就好。上个月做了心脏彩超、肺功能，医生说都正常，让我慢慢恢复");
    assert_true(!(k.flags & MR_SYM_BREATH) && k.breath_checked);
    k = read_("when I walk fast I get puffed and my heart pounds, but it settles within a minute. is that normal?");
    assert_true(k.flags == 0 && k.effort_asked);
    /* Ramadan is no crash diet; a worry about after the birth is no birth; another day's tiredness;
     * a wish to keep a streak; a dislike of the treadmill */
    k = read_("Fasting for Ramadan (no food or water from dawn till sunset). I normally run 5k at lunch.");
    assert_true((k.notes2 & MR_NOTE2_FASTING) && !(k.notes2 & MR_NOTE2_CRASH_DIET));
    assert_false(read_("孕28周了，再加几组仰卧起坐练核心，怕生完肚子松").notes & MR_NOTE_POSTPARTUM);
    assert_int_equal(read_("I'm wiped out on dialysis days but today I feel ok").mood, MR_MOOD_NEUTRAL);
    /* the dialysis days' tiredness in the schedule's sentence; yesterday's session still felt is today's */
    assert_int_equal(read_("haemo dialysis mon wed fri at the unit, 4 hrs, wiped out after. fistula in left arm.").mood,
                     MR_MOOD_NEUTRAL);
    assert_int_equal(read_("Wiped out as usual after yesterday's dialysis session, still yawning").mood, MR_MOOD_TIRED);
    assert_true(read_("透析完回来，今天很累").dialysis_done_today);
    /* a note typed for a relative: whom it is for, not the writer's own relation */
    k = read_("This is his daughter here. Dad had a stroke last year, right side weak");
    assert_true(k.proxy && !strcmp(mr_notes_proxy_name(k.proxy_who, 0), "your dad"));
    k = read_("（女儿代填）我妈今年80了，去年在家里摔过一次");
    assert_true(k.proxy && !strcmp(mr_notes_proxy_name(k.proxy_who, 1), "妈妈"));
    k = read_("(Mum writing) Jack is 10, hates PE, says running gives him a stitch");
    assert_true(k.proxy && k.proxy_who == 10); /* only "he" said */
    assert_false(read_("my daughter is typing this for me, my knees are bad").proxy);
    /* an illness's "no strength" is a tired day */
    assert_int_equal(read_("昨天晚上開始拉肚子，今天全身痠痛又沒力").mood, MR_MOOD_TIRED);
    assert_int_equal(read_("chest cold, coughing, temp 38.2. wrecked").mood, MR_MOOD_TIRED);
    /* a warning sign asked about for reassurance: the worry is the mood */
    assert_int_equal(read_("34wks and tightenings every 10 mins for the last hour and they hurt. Is that Braxton Hicks??").mood,
                     MR_MOOD_STRESSED);
    assert_int_equal(read_("怀孕28周，今天早上见红了一点，可能没事吧？").mood, MR_MOOD_STRESSED);
    assert_int_equal(read_("Back home I walk every day at lunch, don't want to lose my streak.").mood, MR_MOOD_NEUTRAL);
    assert_true(read_("is it dumb to run in this? I hate the treadmill").disliked & (1u << MR_ACT_RUN));
    /* a chest pain the writer says is not the workout's: central, squeezing, into the neck */
    assert_true(read_("I did chest yesterday but this is different, it's right in the middle, squeezing, and it goes up "
                      "into my neck").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("昨天练胸了 但今天这个疼不一样 是胸口正中间压着疼 还往脖子上走").flags & MR_SYM_CHEST_PAIN);
    /* a faint someone else saw; a dream; a hypothetical question */
    assert_true(read_("my wife says I went grey and slumped sideways on the couch for a few seconds. I don't remember any of it")
                    .flags & MR_SYM_DIZZINESS);
    assert_false(read_("昨晚梦见自己跑马拉松跑晕倒了 直接吓醒哈哈 其实人好好的").flags & MR_SYM_DIZZINESS);
    assert_false(read_("想问一下 如果跑步的时候胸口疼是不是应该马上停？我没疼啊").flags & MR_SYM_CHEST_PAIN);
    assert_false(read_("要是明天发烧了还能来上团课吗 今天先正常练").flags & MR_SYM_FEVER);
    assert_false(read_("体温计显示37.3 这算发烧吗 有点怕").flags & MR_SYM_FEVER); /* a normal reading asked about */
    assert_true(read_("发烧38.5 这算高烧吗").flags & MR_SYM_FEVER);
    /* sore to the touch the day after a chest session; the same with no session is chest pain */
    assert_false(read_("Bro yesterday gym I did chest and today morning chest is paining when I press it, normal na?").flags &
                 MR_SYM_CHEST_PAIN);
    assert_true(read_("chest pain when I press it").flags & MR_SYM_CHEST_PAIN);
    /* a racing heart after effort that has not settled half an hour later */
    assert_true(read_("体育课跑完800 坐了半个多小时了心还在咚咚咚乱跳 停不下来").flags & MR_SYM_PALPITATIONS);
    /* a chronic condition "well controlled" is still had */
    assert_true(read_("哮喘也有 运动前先吸一口 最近控制得挺好").flags & MR_COND_ASTHMA);
    /* effort brought it on, rest took it away: angina, whatever day it was and however fine today is */
    assert_true(read_("Shoveled the driveway yesterday and got this weird tightness in my jaw and down my left arm, had to "
                      "sit on the steps for a few min and it went away. I feel fine today").flags & MR_SYM_CHEST_PAIN);
    assert_false(read_("chest pain from a fall 3 years ago, had to sit out the season, healed now").flags & MR_SYM_CHEST_PAIN);
    /* when the breathing is the question's setting, not a complaint */
    assert_false(read_("My watch says my heart rate hardly goes up even when I'm puffing, is the watch broken?").flags &
                 MR_SYM_BREATH);
    assert_true(read_("I get puffing when I walk to the shop now, never used to").flags & MR_SYM_BREATH);
    /* a cough the cold sets off is asthma's, not a cold */
    assert_false(read_("我有哮喘好些年了，一冷就容易咳").notes & MR_NOTE_COLD);
    /* a thousands comma is one number: the altitude is read */
    assert_true(read_("we're at about 2,900 m since yesterday").notes2 & MR_NOTE2_ALTITUDE);
    assert_int_equal(read_("Cardiologist did ECG, echo and a 48h Holter, all normal. Any tips so I don't freak out when my "
                           "heart rate goes up?").hr_asked, 0); /* asked, and 48 is the Holter's hours */
    assert_true(read_("been having panic attacks, heart pounds").notes2 & MR_NOTE2_PANIC);
    assert_true(read_("my plan is skip dinner and run twice a day").skip_meals);
    assert_true(read_("佢最近驚跌親，上個月差啲跌低").fall_fear);
    /* a chest sore to the poke after new push-ups, "in the middle" or not */
    assert_false(read_("Started doing pushups on Monday, and now the middle of my chest is sore when I press on it or twist, "
                       "kinda like a bruise").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("when I walk the dog up the hill my jaw and left shoulder start to ache, goes away a few min after I stop")
                    .flags & MR_SYM_CHEST_PAIN);
    /* eating far too little, periods gone; a habit told; steps asked; a pivoting sport after an ACL */
    mr_notes e = read_("trying to lose weight so ive been eating like 800 cal a day, havent had my period in 3 months");
    assert_true(e.skip_meals && e.amenorrhea);
    assert_false(read_("burned 800 cal on the bike today").skip_meals);
    /* one meal skipped is a diet only beside a weight to lose */
    assert_true(read_("trying to drop like 5 more lbs so ive been skipping breakfast lol").skip_meals);
    assert_false(read_("skipped breakfast, running late for work").skip_meals);
    /* "5 weeks ago" is compared as the reader keeps its words (repeated letters collapsed): not fresh */
    assert_int_equal(read_("Rolled my right ankle 5 weeks ago").acute, 0);
    assert_true(read_("Rolled my right ankle yesterday").acute & MR_COND_ANKLE);
    /* a physio's discharge ends the injury, whichever words named it; the first runs back are run-walk */
    mr_notes d = read_("Rolled my right ankle at 5-a-side 5 weeks ago (grade 2 the physio said). Did all the rehab exercises, "
                       "she discharged me last Thursday - single leg hops are fine, no swelling, no pain on stairs. How do I "
                       "ease back into running?");
    assert_int_equal(d.flags & MR_COND_ANKLE, 0);
    assert_true(d.run_return);
    assert_int_equal(d.notes2 & MR_NOTE2_HOSPITAL, 0); /* the physio discharged him, not a ward */
    assert_false(read_("lumbar fusion 3 years ago, fully recovered, PT discharged me ages ago").run_return);
    assert_true(read_("膝盖已经好了，康复科说可以恢复跑步了").run_return);
    /* walking itself makes the arthritic knees ache; a pool within reach; a target asked about */
    mr_notes oa = read_("both knees have arthritis. Walking more than 10-15 min makes them ache for the rest of the day. "
                       "Honestly I hate gyms. There's a pool at the Y near work that does water aerobics. Goal is 50 lbs by "
                       "next summer, is that realistic??");
    assert_true(oa.walk_hurts && oa.pool_access && oa.loss_asked);
    assert_int_equal(oa.n_unsure, 0); /* the ache is the knees' */
    assert_true(oa.loss_kg_week > 0.6f && oa.loss_kg_week < 0.9f);
    assert_int_equal(oa.mood, MR_MOOD_NEUTRAL); /* a gym avoided is not a low mood */
    assert_false(read_("膝盖不好，走路倒是不疼").walk_hurts);
    assert_false(read_("中午就20分钟能动一动，游泳馆来回太远了").pool_access);
    assert_false(read_("goal weight is 150 lbs by next summer, realistic?").loss_asked);
    /* chest pressure on the stairs last week that went with a few minutes' rest: the anginal pattern, not healed */
    assert_true(read_("我2型糖尿病五年了。哦对了，上周爬楼梯到五楼的时候胸口有点发紧，像压着块东西，歇了几分钟就好了，估计是太久没运动了。")
                    .flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("阿拉早上乘地铁上班,心口头闷牢了,像有块石头压辣上头").flags & MR_SYM_CHEST_PAIN); /* 心口头: the chest, not the head */
    /* effects and dialect words for the warning signs */
    assert_true(read_("BB 34周,今朝開始有啲落紅,唔知係咪正常").flags & MR_SYM_PREG_WARNING);
    assert_true(read_("Today walk from MRT to office also must stop halfway to catch breath, usually no problem one").flags &
                MR_SYM_BREATH);
    assert_false(read_("did 10 hill sprints, had to stop to catch my breath after each one").flags & MR_SYM_BREATH);
    assert_true(read_("In the morning I stand from bed and everything go around, like carousel").flags & MR_SYM_DIZZINESS);
    assert_true(read_("Doc's upped ma blood pressure tablets an noo a'm aw light-heidit when a stand up").flags & MR_SYM_DIZZINESS);
    assert_true(read_("Eh my heart suddenly beat like siao for no reason, I just sitting at hawker centre").flags &
                MR_SYM_PALPITATIONS);
    assert_true(read_("Mi belly a hurt mi from mawnin an mi a run go a toilet every hour").flags & MR_SYM_ILLNESS);
    assert_true(read_("Hello, I am 30 weeks of pregnant and today I have the head pain very strong, the most strong of my life, "
                      "and I see little lights").flags & MR_SYM_PREG_WARNING);
    assert_true(read_("16 weeks and still throwing up 6-7 times a day, can't even keep water down").flags & MR_SYM_PREG_WARNING);
    assert_false(read_("stomach bug, cant keep water down").flags & MR_SYM_PREG_WARNING);
    /* somebody writing for the person; the coach addressed; a carer telling of themselves */
    assert_true(read_("Carer here for Mr Okafor, 79. He had a funny turn getting out of his chair at lunch").flags & MR_SYM_DIZZINESS);
    assert_true(read_("Hi, I'm Dot's daughter and her carer. Her blood pressure this morning was 172/98").flags &
                MR_COND_HYPERTENSION);
    assert_true(read_("帮我女儿问一下,她是运动性哮喘,医生开了万托林").flags & MR_COND_ASTHMA);
    assert_false(read_("dad had a stroke and a stent last month, i'm his carer now. exhausted").flags & MR_COND_HEART);
    assert_true(read_("哥们儿今儿有点儿发烧,浑身骨头缝儿都疼,甭给我排课了").flags & MR_SYM_ILLNESS);
    assert_false(read_("mate fainted at spin class last night, ambulance came, he's ok").flags & MR_SYM_DIZZINESS);
    assert_false(read_("额大这两天心口疼得很,额陪他去医院了,额自己好着哩").flags & MR_SYM_CHEST_PAIN);
    /* spoken of, not had: a question whether it will come, hearsay, a fear proved wrong, a joke, joy, a feeling's heart */
    assert_false(read_("我今天没吃早饭会不会晕啊?目前还好没感觉").flags & MR_SYM_DIZZINESS);
    assert_false(read_("网上说运动的时候胸口痛是心脏病前兆,我现在没痛,就是怕").flags & (MR_SYM_CHEST_PAIN | MR_COND_HEART));
    assert_false(read_("昨天以為自己發燒,量了才36.8,虛驚一場").flags & MR_SYM_FEVER);
    assert_false(read_("guys i swear im gonna pass out from this heat lmao 🥵 jk im fine").flags & MR_SYM_DIZZINESS);
    assert_false(read_("这天儿热得要命,人都快中暑晕过去了,开玩笑的").flags & MR_SYM_DIZZINESS);
    assert_false(read_("额激动得都喘不上气咧哈哈").flags & MR_SYM_BREATH);
    assert_false(read_("Today's meeting damn heart pain sia, project kena cancel. Body ok la, just very sad").flags &
                 MR_SYM_CHEST_PAIN);
    assert_false(read_("Quick q - if I ever get chest pain on a run should I stop straight away? Haven't had any").flags &
                 MR_SYM_CHEST_PAIN);
    assert_false(read_("How would I even know if my heart was skipping? Mine feels normal").flags & MR_SYM_PALPITATIONS);
    assert_false(read_("跑步的时候心跳一百六正常吗?我没有哪里不舒服").flags & MR_SYM_PALPITATIONS);
    assert_true(read_("坐着没动心跳一百三").flags & MR_SYM_PALPITATIONS);
    /* a hypo told as past is not a low now; lingering tiredness after a virus; knee OA asked about; jogging cleared */
    assert_int_equal(read_("之前跑步的时候低血糖过一次，手抖出冷汗，有点担心").notes & MR_NOTE_LOW_GLUCOSE, 0);
    assert_true(read_("shaky and sweaty, I think I'm going low").notes & MR_NOTE_LOW_GLUCOSE);
    assert_true(read_("Had COVID about five weeks ago. The cough is gone but I'm still wiped out, and after my usual 5k I "
                      "was basically in bed for two days").post_viral);
    assert_false(read_("had the flu last winter, feeling great now").post_viral);
    assert_true(read_("两个膝盖都有骨关节炎，走多了会酸。是不是膝盖这样就不该运动了？").oa_asked);
    assert_true(read_("Sprained my left ankle 4 weeks ago. The physio says I can start jogging").run_return);
    assert_true(read_("想减肥，同事推荐我跳绳和HIIT，说燃脂快。今天下班想去练一下，会不会太累？").hiit_asked);
    assert_false(read_("did a HIIT class yesterday, legs are toast").hiit_asked);
    /* a mother gone last month is a grief; "怕状态没了" is form, not a person */
    assert_true(read_("我妈上个月走了，这一个月我基本没怎么出门").grief);
    assert_false(read_("明天比赛，心里挺慌的，怕状态没了").grief);
    /* stable COPD breathless on two flights as always, "没加重": not a new warning */
    assert_false(read_("我有慢阻肺好几年了，医生说现在情况稳定。平时爬两层楼会有点喘，跟以前一样，没加重").flags & MR_SYM_BREATH);
    assert_true(read_("我有慢阻肺，这两天爬一层楼就喘得厉害，比平时重多了").flags & MR_SYM_BREATH);
    /* asthma's chest that tends to tighten in cold air is its airways, told as a habit */
    assert_false(read_("Asthma since I was a kid, well controlled on Symbicort. It's 5 degrees out this morning and my chest "
                       "tends to get tight in really cold air.").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("I have asthma and my chest has been tight since this morning, cold air makes it worse").flags &
                MR_SYM_CHEST_PAIN);
    /* pelvic heaviness running in pregnancy; the day after a marathon; an Achilles named alone, its pain placed */
    assert_true(read_("怀孕24周了，这几次跑起来总觉得小肚子往下坠，有点不敢跑了").preg_heavy);
    assert_true(read_("Ran my first marathon yesterday!! 3:55, legs are wrecked").post_race);
    assert_false(read_("running my first marathon on sunday, nervous").post_race);
    mr_notes ach = read_("Right Achilles has been grumbling since September. Physio said I can keep running as long as pain "
                         "stays under about 3/10");
    assert_true(ach.flags & MR_COND_ANKLE);
    assert_int_equal(ach.n_unsure, 0);
    /* a post's filing tag is not a recovery; followers addressed are not the ones hurt */
    assert_true(read_("崴脚第三天打卡🦶脚踝还肿成馒头，只能练上肢了😭心情down到谷底 姐妹们有啥上肢动作推荐吗 #运动康复").acute &
                MR_COND_ANKLE);
    assert_true(read_("#发烧 头好痛").flags & MR_SYM_FEVER);
    /* voice input, a Wenzhou heart, a Garmin's alerts, Taglish, Geordie, a Malaysian spin */
    assert_true(read_("我今天早上量了雪压高压一百六十二低压九十八吃了安录地平了头有点运乎乎的").flags & MR_SYM_DIZZINESS);
    assert_true(read_("早上蹲着系鞋带，一站起来眼前一片灰，耳朵嗡嗡响").flags & MR_SYM_DIZZINESS);
    assert_true(read_("我这两天心脏老是跳跳停停，坐着也这样，像漏了一拍").flags & MR_SYM_PALPITATIONS);
    assert_true(read_("酒店才二楼，走楼梯上去都得在拐角停一下喘口气，以前从来不这样").flags & MR_SYM_BREATH);
    assert_true(read_("My Garmin keeps buzzing high heart rate alerts, 148 while I'm just sitting at my desk, and I can feel "
                      "it thumping in my throat").flags &
                MR_SYM_PALPITATIONS);
    assert_true(read_("Medyo masakit yung chest ko kanina while sitting lang sa jeep, parang may nakadagan").flags &
                MR_SYM_CHEST_PAIN);
    assert_true(read_("woke up twice last neet fightin for breath, had to open the window and sit up").flags & MR_SYM_BREATH);
    assert_true(read_("last night at the mamak I stood up to pay and the whole place spin, had to sit down again").flags &
                MR_SYM_DIZZINESS);
    /* a video, a TV drama, a child's sick, a feller, an illness finished, futsal's aches: not the writer's today */
    assert_false(read_("刚刷到一个视频说跑步猝死的人之前都会胸痛😱还好啥感觉都没有哈哈").flags & MR_SYM_CHEST_PAIN);
    assert_false(read_("昨天看《急诊科医生》，里面一个人跑马拉松晕倒了，看得我心惊肉跳的。我自己好着呢").flags & MR_SYM_DIZZINESS);
    assert_false(read_("twins both had a meltdown at 6am, one threw up in the car seat (hers not mine lol)").flags & MR_SYM_ILLNESS);
    assert_false(read_("Watched one of them doctor shows last night where a feller had a heart attack shovelin snow").flags &
                 (MR_SYM_FEVER | MR_COND_HEART));
    assert_false(read_("Alhamdulillah my dengue is finished, fever went away last week. But still very weak").flags &
                 (MR_SYM_ILLNESS | MR_SYM_FEVER));
    assert_false(read_("Yesterday went futsal 2 hours, today whole body pain like kena hit by lorry. Only muscle one lah").flags &
                 MR_SYM_ILLNESS);
    /* "是不是我想多了" is not "不是我" */
    assert_true(read_("左边胸口隐隐作痛 连着左胳膊有点麻 是不是我想多了…").flags & MR_SYM_CHEST_PAIN);
    mr_notes hip = read_("今年8月做了右边髋关节置换，康复科的训练上个月做完了，就是走久了右边屁股有点酸");
    assert_true(hip.hip_replaced);
    assert_int_equal(hip.n_unsure, 0); /* the new hip's ache */
    /* set 26: told by what others saw, by effects and in dialect; a fist is not a head */
    assert_true(read_("老婆说我昨天吃饭的时候脸色煞白，差点从凳子上滑下去").flags & MR_SYM_DIZZINESS);
    assert_true(read_("我爸说我今早扫地扫着扫着突然捂着胸口不动了").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("心口好似俾人用拳頭頂住咁，頂咗成五分鐘").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("this morning I was walking to the kombi and my heart started to run like a horse").flags &
                MR_SYM_PALPITATIONS);
    assert_true(read_("apple watch keeps buzzin me sayin high heart rate 140 while im literally sittin on the couch").flags &
                MR_SYM_PALPITATIONS);
    assert_true(read_("Walkin from de maxi stand to meh house, is like ah cyah ketch meh breath at all").flags & MR_SYM_BREATH);
    assert_true(read_("孕26周。其实下午坐着的时候下面见了一点红，不多，就一点点").flags & MR_SYM_PREG_WARNING);
    assert_true(read_("twice this week I've gone properly light-headed when I stand up from my desk, then it's gone").flags &
                MR_SYM_DIZZINESS);
    assert_true(read_("我有官心病，今天心口闷的历害，吃了速效就心丸好点了").flags & MR_COND_HEART);
    /* not the writer's: a mother in hospital with "我自己没事", a dog, a friend; "nae"; a past caffeine scare */
    assert_false(read_("我老妈在医院打点滴，发烧好几天了，我自己没事，就是跑来跑去好累咯").flags & MR_SYM_FEVER);
    assert_false(read_("The kelpie's been crook all week, vet reckons tick fever. I'm right as rain meself").flags & MR_SYM_FEVER);
    assert_false(read_("my boy Dre passed out at the gym yesterday tryna max out. im good tho, just shook").flags &
                 MR_SYM_DIZZINESS);
    assert_false(read_("Nae chest pain, nae dizziness, jist absolutely wabbit efter the ceilidh").flags &
                 (MR_SYM_CHEST_PAIN | MR_SYM_DIZZINESS));
    assert_false(read_("孕20周啦！前几周孕吐得厉害，现在已经完全好了，胃口超好").flags & MR_SYM_PREG_WARNING);
    /* rheumatoid arthritis in remission is not a flare; stairs at altitude that settle; an elbow */
    assert_false(read_("I have rheumatoid arthritis, on methotrexate, quiet for about 4 months - no swollen joints right now").notes &
                 MR_NOTE_ARTHRITIS_FLARE);
    assert_true(read_("my rheumatoid arthritis is flaring, both wrists swollen and hot").notes & MR_NOTE_ARTHRITIS_FLARE);
    assert_false(read_("昨天飞到拉萨，爬楼比平时喘得厉害点，歇一下就好，头不疼").flags & MR_SYM_BREATH);
    assert_true(read_("到拉萨第二天，头疼，坐着也喘").flags & MR_SYM_BREATH);
    assert_true(read_("the outside of my right elbow has been killing me, physio said lateral epicondylitis").elbow);
    /* a pump; shins that hurt to hop; a shoulder that aches at night */
    assert_true(read_("我是1型糖尿病，用胰岛素泵八年了，跑的时候要不要调泵？").pump);
    assert_int_equal(read_("today it actually hurts to hop, my shins have been sore along the inside").shin, 2);
    assert_int_equal(read_("shins a bit sore after the new shoes").shin, 1);
    assert_true(read_("My right shoulder has been sore for 3 weeks and it aches at night if I sleep on it").night_pain);
    /* set 27: pinyin typed for want of characters, classical Chinese, bopomofo particles, dialect effects */
    assert_true(read_("jt xueya 150/95, yao chi le. tou you dian yun, zuo xia jiu hao dian").flags & MR_SYM_DIZZINESS);
    assert_true(read_("lao tou zi bu hui da zi. jintian xinkou bu shufu, men teng, chuan dao zuo jianbang. qian nian zuo guo "
                      "zhijia").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("wo you tangniaobing, zaoshang kongfu 9.8").flags & MR_COND_DIABETES);
    assert_true(read_("昨夜读书至四鼓，今晨起身，目眩头旋，几欲仆地，扶案良久乃止。").flags & MR_SYM_DIZZINESS);
    assert_false(read_("上禮拜那次頭暈是中暑，早就好ㄌ，今天ㄅ暈ㄌ，超有精神ㄉ").flags & MR_SYM_DIZZINESS);
    assert_true(read_("昨儿后半夜冷得直打哆嗦，一会儿又热出一身汗，媳妇儿摸我脑门儿说烫手").flags & MR_SYM_FEVER);
    assert_true(read_("我怀孕24周了，今天早上开始头痛到爆，躺着也不缓解").flags & MR_SYM_PREG_WARNING);
    assert_true(read_("Mi deh 28 weeks now, belly big big. From yesterday mi left calf swell up, it hot an hurt mi").flags &
                MR_SYM_PREG_WARNING);
    assert_true(read_("Wee walk up tae the shops an wis pechin like an auld dug, hud tae stop at the lamppost tae get ma breath")
                    .flags & MR_SYM_BREATH);
    assert_true(read_("Ah jaysus me chest is at me since last night, like a band pulled round it").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("my heart has been running like a boda boda since morning even when I am just seated").flags &
                MR_SYM_PALPITATIONS);
    assert_true(read_("Couldn't finish tellin Mother the story on the phone, had to stop every few words to catch me wind").flags &
                MR_SYM_BREATH);
    assert_true(read_("Writin this for me dad. Says his chest's been heavy since dinner an it's goin down his left arm").flags &
                MR_SYM_CHEST_PAIN);
    assert_true(read_("Now 33 weeks 怀孕, this morning got water leak out, not pee one").flags & MR_SYM_PREG_WARNING);
    assert_true(read_("Throwed my back out haulin crawfish traps Saturday, cher").flags & MR_COND_BACK);
    /* somebody else's, told with the writer fine; a question; a mother asking */
    assert_false(read_("馆里今天有个会员练着练着晕倒了，给我吓的。我自己没事").flags & MR_SYM_DIZZINESS);
    assert_false(read_("今儿拉一哥们儿，上车就捂着心口说疼，我一脚油门给送协和急诊去了。我自个儿倍儿棒").flags & MR_SYM_CHEST_PAIN);
    assert_false(read_("我脑公昨天花烧得好厉害，我没有花烧，就是照顾他一晚上没睡").flags & MR_SYM_FEVER);
    assert_false(read_("My ah ma kena dengue, fever very high. Me ok one, no fever no nothing").flags & MR_SYM_FEVER);
    assert_false(read_("If I was to get chest pains out on the cliffs, what should I do like? Just askin").flags &
                 MR_SYM_CHEST_PAIN);
    assert_false(read_("my mom keeps saying im pale and asking if im dizzy 🙄 im NOT im just tired").flags & MR_SYM_DIZZINESS);
    /* questions answered: stress relief, training around night shifts, lifting weights */
    assert_true(read_("朋友叫我去跑步減壓，話跑完好爽").stress_said);
    assert_true(read_("这个月排夜班，刚下班，不知道是下班马上练完再睡，还是睡醒再练？").shift_asked);
    assert_false(read_("下班了，好累，今天不练了").shift_asked);
    assert_true(read_("a friend says I should be lifting weights. Is that right at my age, and how often?").lift_asked);
    /* heart failure's drugs are not hypertension; a weight target's time is in its own sentence */
    assert_false(read_("I have heart failure (they said my pumping is about 35%). I'm on carvedilol, sacubitril/valsartan and "
                       "a water tablet.").flags & MR_COND_HYPERTENSION);
    assert_true(read_("on valsartan for my blood pressure").flags & MR_COND_HYPERTENSION);
    assert_true(read_("I've been cycling 3 times a week, and I'd like to lose another 10 kg").loss_kg_week == 0);
    assert_true(read_("一个月瘦20斤").loss_kg_week > 2);
    /* an illness dated weeks back is over, an injury is not; a time ago is not a pregnancy's weeks */
    assert_false(read_("Had COVID about 6 weeks ago, pretty rough for a week.").flags & MR_SYM_ILLNESS);
    assert_true(read_("had the flu 2 weeks ago").flags & MR_SYM_ILLNESS);
    assert_true(read_("had covid 6 weeks ago and still coughing").flags & MR_SYM_ILLNESS);
    assert_false(read_("一个月前得了甲流，现在好了").flags & MR_COND_PREGNANCY);
    assert_true(read_("怀孕5个月").flags & MR_COND_PREGNANCY);
    assert_true(read_("tore my ACL 6 weeks ago").flags & MR_COND_KNEE);
    /* a heavy day named with its lift; the heat as their climate; a race ahead */
    assert_true(read_("今天上肢日，卧推想冲一下大重量，5组3次左右").heavy_lift == 1);
    assert_true(read_("heavy triples on the squat today").heavy_lift == 2);
    assert_true(read_("Lived in Phoenix 10 years. 91 at 5:45am is normal here lol").heat_used);
    assert_true(read_("Race is in 2.5 weeks. Plan says intervals today").race_ahead);
    assert_false(read_("my son has a race on Sunday").race_ahead);
    /* a husband typing in Cantonese for his pregnant wife: her weeks and her calf; Wu's 勿 denies; a hot flush is no fever */
    {
        mr_notes w = read_("我係佢老公，幫佢打：佢而家32週，今朝開始左邊腳瓜腫咗又痛，行路都痛，我哋好驚");
        assert_true((w.flags & MR_COND_PREGNANCY) && w.preg_calf);
    }
    assert_false(read_("她跑了32公里").flags & MR_COND_PREGNANCY);
    assert_false(read_("喉咙有点毛，鼻头塞牢，勿发烧勿咳嗽，其他侪蛮好").flags & MR_SYM_FEVER);
    assert_false(read_("更年期熱潮紅很頻繁，一陣一陣全身發熱、冒汗，量過體溫都正常").flags & (MR_SYM_FEVER | MR_SYM_ILLNESS));
    assert_false(read_("Sprinted for the bus this morning and my heart was hammering, but I was totally fine a minute later").flags &
                 MR_SYM_PALPITATIONS);
    assert_true(read_("I use a walker around the house").walking_aid);
    /* a blind panel's and two blind sets' catches: denial inside the words, a
     * father named the Dongbei way, the Cantonese of sitting up to breathe,
     * furniture that is no weight on the chest, a heart rate recovering, both
     * ankles swollen with no injury, a month-old episode, a morning pulse */
    assert_false(read_("体检报告都正常，没有胸痛，也没头晕，血压也不高哈").flags & MR_COND_HYPERTENSION);
    assert_true(read_("血压一直偏高").flags & MR_COND_HYPERTENSION);
    assert_false(read_("我家老爷子当年就是心梗没的，才五十八").flags & MR_COND_HEART);
    assert_true(read_("呢幾晚瞓到半夜要扎起身坐住先唞到氣，兩隻腳腳眼腫到鞋都著唔落").notes2 & MR_NOTE2_SEE_TODAY);
    assert_true(read_("I couldn't breathe last night").flags & MR_SYM_BREATH);
    assert_false(read_("sitting on the couch and my heart rate is fine").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("feels like something sitting on my chest").flags & MR_SYM_CHEST_PAIN);
    assert_false(read_("Hill reps last week had me gasping at the top of each one. HR drops back under 120 within a minute.").flags &
                 (MR_SYM_BREATH | MR_SYM_PALPITATIONS));
    {
        mr_notes w = read_("both my ankles are swollen by evening, no idea why");
        assert_true(w.ankles_swollen && !(w.flags & MR_COND_ANKLE));
    }
    assert_false(read_("Last month went A&E for chest pain, they do ECG all normal").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("felt dizzy last month when I stood up, and today again").flags & MR_SYM_DIZZINESS);
    assert_true(read_("晨脉平时48，今天躺着测了102，心里突突的，昨天才跑完全马").flags & MR_SYM_PALPITATIONS);
    assert_false(read_("晨脉平时48，今天躺着测了102").flags & MR_SYM_FEVER);
    assert_true(read_("早起测了个空腹，8.2").flags & MR_COND_DIABETES);
    assert_true(read_("喷了一下沙丁胺醇就没事了").flags & MR_COND_ASTHMA);
    assert_true(read_("备孕一年终于两条杠了！今天B超说7周+").flags & MR_COND_PREGNANCY);
    assert_false(read_("备孕中，想问孕妇可以做深蹲吗").flags & MR_COND_PREGNANCY);
    assert_true(read_("I help my grandpa type ah. He got diabetes, he check sugar 15.6, he say a bit giddy also").flags &
                MR_SYM_DIZZINESS);
    {
        mr_notes w = read_("最近在做16:8轻断食，想早上空腹跑步");
        assert_true(w.fasted && !(w.notes2 & MR_NOTE2_CRASH_DIET));
    }
    /* a spot on the shin tender to press is the bone stress sign, as hopping is */
    assert_int_equal(read_("my left shin is a bit tender when I press on it").shin, 2);
    /* panel 35: the failing heart's signs denied, a frame's unsteadiness told
     * as a habit, an ACL repaired years ago, a past sport, a carer's note,
     * dialysis by its other name, a few drinks that are no hangover */
    assert_false(read_("心衰三年了，最近体重稳稳的，脚脖子也不肿，晚上能平躺睡").notes2 & MR_NOTE2_SEE_TODAY);
    assert_false(read_("She's 93 and uses a walker. Bit unsteady first thing in the morning.").flags & MR_SYM_DIZZINESS);
    assert_true(read_("I feel a bit unsteady on my feet and light-headed this morning").flags & MR_SYM_DIZZINESS);
    assert_false(read_("Tore my ACL skiing back in 2019, had the reconstruction, knee's been rock solid for years").flags &
                 MR_COND_KNEE);
    assert_int_equal(read_("Had my right knee replaced 10 weeks ago. Keen to get fitter, used to play squash.").asked, -1);
    assert_true(read_("Note from Jim's carer: when he stood up off the commode this morning the room was going round").flags &
                MR_SYM_DIZZINESS);
    assert_true(read_("on hemodialysis Mon/Wed/Fri, fistula in my left arm").notes2 & MR_NOTE2_KIDNEY);
    {
        mr_notes w = read_("琴晚同班friend睇波飲咗幾杯，今朝起身有啲攰");
        assert_true(w.drank && !(w.notes & MR_NOTE_HANGOVER));
    }
    /* a review's catches in this round's rules: each of these is still the writer's warning sign */
    assert_true(read_("Chest tightness walking up hills, GP did an ECG last month and said it was fine").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("上个月体检一切正常，这两天爬楼胸口闷").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("I'm a 62 year old woman with chest pain when I walk uphill").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("Chest pressure is fine once I stop, comes back every time I climb").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("Walked our labrador up the hill and got chest tightness").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("拄拐杖，早上起来站不稳，眼前一黑差点摔倒").flags & MR_SYM_DIZZINESS);
    assert_true(read_("ACL rebuilt 2019, knee's been rock solid for years, but it buckled yesterday at football").flags &
                MR_COND_KNEE);
    assert_true(read_("35 weeks, belly goes rock solid and tight every few minutes").flags & MR_SYM_PREG_WARNING);
    assert_true(read_("Did hill sprints yesterday, heart fluttering on and off all morning").flags & MR_SYM_PALPITATIONS);
    assert_true(read_("Resting HR won't drop below 110 since the flu").flags & MR_SYM_PALPITATIONS);
    assert_true(read_("Came down with a fever an hour ago, ok now").flags & MR_SYM_FEVER);
    assert_true(read_("手不肿，但两只脚肿得一按一个坑，爬楼喘").notes2 & MR_NOTE2_SEE_TODAY);
    assert_true(read_("血压从没这么高").flags & MR_COND_HYPERTENSION);
    assert_true(read_("我觉得我发烧了，量了37.3，冷得发抖").flags & MR_SYM_FEVER);
    assert_true(read_("HR 140 sitting down, probably the adrenaline").flags & MR_SYM_PALPITATIONS);
    assert_true(read_("feels like something sitting on my breastbone").flags & MR_SYM_CHEST_PAIN);
    /* and these are no warning sign, no condition */
    assert_false(read_("Intermittent fasting, 16:8").flags & MR_COND_DIABETES);
    assert_false(read_("抗原两条杠").flags & MR_COND_PREGNANCY);
    assert_false(read_("PCOS, on metformin.").flags & MR_COND_DIABETES);
    assert_false(read_("Lost my left leg below the knee 2 yrs ago").flags & MR_COND_KNEE);
    /* panel 36: a limit told is the session's ceiling; a wrist hot and swollen these two days is the flare */
    assert_int_equal(read_("Long covid. A slow 15 min walk is about my limit on a good day").habit_minutes, 15);
    assert_true(read_("类风湿十几年了，控制得还可以。这两天左手腕又肿又热，拧毛巾都疼").notes & MR_NOTE_ARTHRITIS_FLARE);
    /* a quit under way is the writer's and now: not a father's, not one done years ago */
    assert_true(read_("戒烟第三天，烟瘾上来坐立不安").quitting_smoking);
    assert_true(read_("Day 4 of quitting smoking, cravings are brutal").quitting_smoking);
    assert_false(read_("My dad is trying to quit smoking, I'm going to walk with him").quitting_smoking);
    assert_false(read_("I quit smoking 10 years ago").quitting_smoking);
    /* a review's catches: politeness is no hypothetical, and everyday phrases are no symptoms */
    assert_true(read_("Sorry if you're busy but I got really dizzy on my run, should I keep going?").flags & MR_SYM_DIZZINESS);
    assert_false(read_("It's 35 out and I have no air con at home").flags & MR_SYM_BREATH);
    assert_false(read_("happy with the runs this week, legs feel great").flags & MR_SYM_ILLNESS);
    assert_false(read_("早上醒过来的时候嗓子有点疼").flags & MR_SYM_DIZZINESS);
    assert_false(read_("I'm not used to the heat yet, just moved to Dubai").heat_used);
    assert_int_equal(read_("power meter says 250 avg on the climbs").glucose, -1);
    assert_false(read_("帮我妈打的：她两个星期没下楼了").flags & MR_COND_PREGNANCY);
    assert_int_equal(read_("This may sound silly but I want to lose 10 kg").loss_month, 0);
    assert_true(read_("I weigh 80kg, goal is 70kg by December").loss_kg == 0);
    /* a target with a date: the month and day, for the advisor to count the weeks from today */
    {
        mr_notes w = read_("Wedding is May 16th!!! I need to lose 20 kilos");
        assert_true(w.loss_kg == 20.0f && w.loss_month == 5 && w.loss_mday == 16 && w.loss_kg_week == 0);
        w = read_("想在5月20号前瘦20斤");
        assert_true(w.loss_kg == 10.0f && w.loss_month == 5 && w.loss_mday == 20);
        assert_true(read_("明年五月结婚，想瘦10公斤").loss_month == 5);
        assert_true(read_("lose 10 kg by 16th of June").loss_mday == 16);
        assert_true(read_("I may lose 5 kg").loss_month == 0);       /* the verb */
        assert_true(read_("三个月瘦10斤").loss_month == 0);          /* a span, not a month */
    }
    /* set 28: Brummie, Pidgin, Appalachian, Sheng, Kiwi; a mother writing; a child quoted; a slipped disc that flares */
    assert_true(read_("Our kid reckons I went grey as a ghost at the bus stop, had to grab the railing cos the whole street "
                      "went wonky").flags & MR_SYM_DIZZINESS);
    assert_true(read_("last night my heart was beating gbim gbim gbim in my chest while I was just lying down").flags &
                MR_SYM_PALPITATIONS);
    assert_true(read_("my heart's been a-flutterin like a bird in a box ever since I got up, me just settin here").flags &
                MR_SYM_PALPITATIONS);
    assert_true(read_("Niaje fam, leo nimeamka na homa kali, mwili yote inauma").flags & MR_SYM_FEVER);
    assert_true(read_("Woke up at 3am feeling like I was drowning, couldn't get a breath in").flags & MR_SYM_BREATH);
    assert_true(read_("Sam's mum here. Sam (16) had a temp of 38.4 last night and his whole body aches").flags & MR_SYM_FEVER);
    assert_true(read_("Slipped a disc down low a few years back and it flares up when I'm bent over the board").flags &
                MR_COND_BACK);
    assert_false(read_("今天教小朋友转圈圈跳舞，有个小家伙说老师我头好晕哈哈😂 我自己好好的").flags & MR_SYM_DIZZINESS);
    assert_false(read_("我想问问看，假使跑步的辰光胸口痛，是要马上停下来对伐？我现在没有，就是问问。").flags & MR_SYM_CHEST_PAIN);
    assert_false(read_("My oga at work collapsed with chest pain yesterday. Me I'm fine o, no chest pain").flags &
                 MR_SYM_CHEST_PAIN);
    /* panel 24: a leak after a birth keeps running out; nights on short sleep */
    assert_true(read_("Had my baby 7 weeks ago, I do leak a little when I sneeze").notes & MR_NOTE_LEAKING);
    assert_true(read_("刚连上了三个夜班，只睡了四个小时").night_shift);
    /* a joke does not cancel the feeling said with it */
    assert_int_equal(read_("my boss is giving me chest pains with these deadlines jk, just stressed af").mood, MR_MOOD_STRESSED);
    assert_int_equal(read_("Normally run 5 miles before work, been doing it 10 yrs").habit_minutes, 50);
    assert_int_equal(read_("平时每天跑40分钟").habit_minutes, 40);
    assert_true(read_("is 10,000 steps a day realistic for me?").steps_asked);
    /* panel 47: "can't keep missing sessions" is no vomiting; a PICC line; a
     * sulfonylurea's low; keto on an SGLT2 inhibitor; nerves checked normal;
     * a head knock's dizziness is the concussion's; a watch's resting 41 beside an age of 70 */
    assert_false(read_("smoky again but honestly I can't keep missing sessions").flags & MR_SYM_ILLNESS);
    assert_true(read_("can't keep anything down since last night").flags & MR_SYM_ILLNESS);
    assert_true(read_("胳膊上的PICC管还要留到化疗结束，好想去游泳").line_in);
    assert_true(read_("胳膊上的PICC管还要留到化疗结束").notes2 & MR_NOTE2_CHEMO);
    assert_true(read_("格列美脲早上照常吃了，下午有点出虚汗，手有点抖").low_signs);
    assert_true(read_("Started keto 8 days ago, still on my Jardiance").keto);
    assert_false(read_("keto flu I reckon, bit queasy").flags & MR_SYM_ILLNESS);
    assert_false(read_("我一到考试前就心慌、心跳特别快，校医让我做了心电图，医生说正常，说是太紧张了").flags & MR_SYM_PALPITATIONS);
    {
        mr_notes c = read_("週六比賽跟人撞到頭，當下有點暈、眼睛花花的，現在還是有點頭痛");
        assert_true(!(c.flags & MR_SYM_DIZZINESS) && (c.notes2 & MR_NOTE2_CONCUSSION));
        c = read_("刚才起来倒水，眼前一黑一头撞到门框上，额头起了个大包");
        assert_true(c.flags & MR_SYM_DIZZINESS);
    }
    assert_int_equal(read_("Watch says resting HR 41. My dad had a pacemaker put in at 70. HRV normal. Should I train?").hr_rise, 0);
    assert_false(read_("no pain down the legs or numbness, pain's about 3 out of 10").n_unsure > 1);
    assert_false(read_("坐骨神经痛好几年了 从屁股一直麻到小腿").cauda_equina);
    assert_false(read_("开了十二个钟头车，屁股都坐麻了，腰倒是没事").cauda_equina);
    assert_false(read_("scared to bend or lift anything heavy at home, wife does the shopping bags").at_home);
    assert_true(read_("only have 20 minutes, doing it at home").at_home);
    {
        mr_notes g = read_("Random finger stick at the health fair: 231. They told me to see my doctor asap");
        assert_true((g.flags & MR_COND_DIABETES) && g.glucose == 231);
    }
    assert_int_equal(read_("My friend Jo says come to parkrun with her this morning, no pressure").asked, MR_ACT_RUN);
    assert_false(read_("今天是腿日，计划深蹲5×5然后冲个新PR。昨天练的上肢").notes & MR_NOTE_LOWER_WORKED);
    assert_true(read_("did legs yesterday, squats, quads still sore").notes & MR_NOTE_LOWER_WORKED);
    /* set 51: an emoji is a symptom only with the body beside it */
    assert_true(read_("😵‍💫😵‍💫 一起身就这样").flags & MR_SYM_DIZZINESS);
    assert_false(read_("三个deadline同时来 😵‍💫").flags & MR_SYM_DIZZINESS);
    assert_true(read_("1 flight of stairs and I'm 😮‍💨😮‍💨 like a 90 yr old").flags & MR_SYM_BREATH);
    assert_false(read_("exams finally over 😮‍💨").flags & MR_SYM_BREATH);
    assert_true(read_("Mi deh 36 week now an mi head a hurt mi bad bad, cyaan even open mi eye inna di light").flags &
                MR_SYM_PREG_WARNING);
    assert_true(read_("16周了还在吐，今天吐了七八回，连水都喝不进去").flags & MR_SYM_PREG_WARNING);
    assert_true(read_("复查心超出来了，医生说EF只有35%").flags & MR_COND_HEART);
    assert_false(read_("Still a bit weak since the malaria last week but no more fever, completed my Coartem on Sunday").flags &
                 MR_SYM_FEVER);
    /* panel 48: a limit advised is no racing heart; a watch not trusted; a
     * bench block's sore pecs; a cleared murmur; 20 minutes at lunch; RED-S in Traditional */
    assert_false(read_("Mum says running will hurt the baby and I shouldn't get my heart rate over 140, is that still a thing?").flags &
                 (MR_SYM_CHEST_PAIN | MR_SYM_PALPITATIONS));
    assert_false(read_("I've the AF for years, rate controlled. My watch heart rate jumps all over the place so I don't trust it").flags &
                 MR_SYM_PALPITATIONS);
    assert_false(read_("new bench block, flyes and dips. My chest is SO sore, it's tight when I stretch my arms back. No trouble "
                       "breathing, it's just the muscle").flags & MR_SYM_CHEST_PAIN);
    assert_false(read_("the cardiologist said it's an innocent flow murmur, heart is totally normal, no restrictions").flags &
                 MR_COND_HEART);
    {
        mr_notes f = read_("Realistically 20 min in my lunch break");
        assert_true(f.minutes_free == 20 && f.minutes_free_daily);
        f = read_("早餐都不太吃，晚餐只吃菜跟雞胸。月經已經五個月沒來了");
        assert_true(f.skip_meals && f.amenorrhea);
    }
    assert_true(read_("Had my heart attack 2 years ago, got the defibrillator put in. Saturday the defib went off, felt like a horse kicked me").icd_shock);
    assert_false(read_("ICD went off once last year, nothing since").icd_shock);
    assert_false(read_("上周就是这种天气跑的，也没怎么样，就是回来咳了两天").notes & MR_NOTE_COLD);
    assert_true(read_("肚臍上面摸起來有一條凹下去的縫，大概兩指寬，躺著要坐起來的時候肚子中間會鼓成一條").diastasis);
    assert_false(read_("心脏康复做了12次刚结束，康复科医生说可以自己在家接着练").at_home);
    /* new to the heat, or at home in it */
    assert_true(read_("just landed in Dubai for a work trip, want a run").heat_new);
    assert_true(read_("刚到三亚出差，想跑个步").heat_new);
    assert_false(read_("Phoenix in July, 108 again, want my usual walk").heat_new);
    /* a daily walker; not a past habit, a spouse's, a denial or a step count asked */
    assert_true(read_("我每天早上走半小时，想问能不能走快点").walks_daily);
    assert_true(read_("Walk the dog every morning, 40 min, knees ok").walks_daily);
    assert_true(read_("就想问问现在能不能每天走得再快一点").walks_daily);
    assert_false(read_("I used to walk every day before the surgery").walks_daily);
    assert_false(read_("my husband walks the dog every morning").walks_daily);
    assert_false(read_("I don't walk every day, maybe twice a week").walks_daily);
    assert_false(read_("每天走多少步合适？一万步吗").walks_daily);
    assert_true(read_("我每天早上跟几个老姐妹在公园走一圈，她们已经在群里喊了").walks_daily);
    assert_false(read_("我妈每天早上跟老姐妹在公园走一圈").walks_daily);
    assert_false(read_("以前每天早上在公园走一圈，现在不行了").walks_daily);
    assert_true(read_("What heart rate should I aim for to burn fat?? a guy said the fat burning zone is 60%").fatburn_asked);
    assert_false(read_("burned 800 cal on the bike today").fatburn_asked);
    assert_true(read_("5 months out from ACL recon, friends want me for pickup basketball Saturday").acl_sport);
    /* push, pull, legs: yesterday's day read; "ppl" for people, or in "apple", is no split */
    {
        mr_notes pn = read_("练了两年了，push/pull/legs三分化。昨天leg day深蹲5x5上了140kg，今天大腿酸");
        assert_true(pn.ppl && pn.lifter);
        assert_int_equal(pn.ppl_yest, 3);
        assert_int_equal(read_("PPL split, yesterday was push day, chest still pumped").ppl_yest, 1);
        assert_false(read_("ppl at work keep bringing cake, ate an apple instead").ppl);
        assert_false(read_("had an apple before my walk").lifter);
    }
    /* a repair long healed is neither a knee injury nor a return-to-sport question; a healed knee that aches is */
    {
        const char *healed = "Tore my ACL playing college football back in 2008, had it reconstructed. Knee's been 100% for "
                             "years. Want to start running 3x a week again";
        assert_int_equal(read_(healed).flags & MR_COND_KNEE, 0);
        assert_false(read_(healed).acl_sport);
        assert_true(read_("ACL reconstructed in 2008, knee's been 100% for years but it's aching since Tuesday").flags &
                    MR_COND_KNEE);
    }
    /* what was carried is not what hurts; a wife's pregnancy and its signs are hers */
    assert_true(read_("搬家扛冰箱把腰闪了，大前天的事，现在翻身都疼").flags & MR_COND_BACK);
    assert_int_equal(read_("我老婆怀孕33周，今天见红了，我们在去医院的路上").flags & (MR_COND_PREGNANCY | MR_SYM_PREG_WARNING), 0);
    assert_true(read_("Hi, this is Tom's wife, he's too stubborn to write it himself. He's been running a temperature since "
                      "Saturday.").flags & MR_SYM_FEVER);
    /* the children's bug, now the writer's; the body a sensation is said to be in */
    assert_true(read_("俩娃这周轮流上吐下泻，现在轮到我了，半夜起来好几趟").flags & MR_SYM_ILLNESS);
    assert_false(read_("the kids have had a stomach bug all week").flags & MR_SYM_ILLNESS);
    assert_true(read_("Head's thumping and there's a heavy feeling in my chest.").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("Had to stop halfway up the one flight, couldn't even say hi to my colleague till I got my breath back.")
                    .flags & MR_SYM_BREATH);
    assert_false(read_("Had a fever last week but it's been normal for four days now, 36.8 this morning.").flags &
                 MR_SYM_FEVER);
    assert_true(read_("我是他爸爸。我儿子（账号是他的，15岁）有哮喘，昨晚烧到38.7").flags & MR_COND_ASTHMA);
    /* COPD's usual cough and uphill breathlessness; rehab finished; a beta-blocker for anxiety; a duration */
    mr_notes copd = read_("我有慢阻肺（COPD），平时行40分钟冇问题，上斜先会喘。今朝有少少咳，有啲痰，同平时差唔多，冇发烧。");
    assert_int_equal(copd.flags & (MR_SYM_BREATH | MR_SYM_ILLNESS), 0);
    assert_false(copd.notes & MR_NOTE_COLD);
    assert_int_equal(read_("meniscus tear, physio signed me off, knee feels solid").flags, 0);
    assert_false(read_("GP started me on propranolol for anxiety about a month ago").flags & MR_COND_HYPERTENSION);
    assert_false(read_("threw up 3x last night, I've walked 30 min every day for 6 weeks").flags & MR_COND_PREGNANCY);
    assert_true(read_("Been walking most days but around the 10 min mark my right calf starts cramping and aching and I have "
                      "to stop by a bench for a couple minutes, then it goes away").claudication);
    assert_true(read_("Type 2, on Jardiance + metformin").sglt2);
    /* a stimulant ADHD medicine, the writer's own (heat in mind), not a child's */
    assert_true(read_("Started Vyvanse last month for ADHD, doc bumped the dose on Monday").stimulant);
    assert_true(read_("在吃专注达，今天好热").stimulant);
    assert_false(read_("my son is on Ritalin, I just want a run").stimulant);
    assert_true(read_("prostate cancer, on Zoladex since last year").bone_drug);
    assert_true(read_("乳腺癌术后在吃来曲唑").bone_drug);
    assert_false(read_("my dad is on Zoladex").bone_drug);
    /* up high: a headache with nausea is altitude sickness; with a poor night alone it is not (Lake Louise 2018) */
    mr_notes ams = read_("昨天直接开车上武岭，晚上住松雪楼，头有点痛，吃不太下有点想吐");
    assert_true((ams.notes2 & MR_NOTE2_ALTITUDE) && ams.ams && ams.n_unsure == 0);
    assert_false(read_("到了拉萨第一天，海拔3650米，有点头痛，晚上没睡好").ams);
    assert_false(read_("headache and nausea after the party").ams); /* not up high */
    /* heat illness's signs, a diabetic toe's cut, an ear infection */
    assert_true(read_("near the end went a bit wobbly and confused, stopped sweating. wee is dark like cola this morning").heat_illness);
    assert_true(read_("跑完尿是酱油色的，大腿特别酸").heat_illness);
    assert_false(read_("drank a cola after the run").heat_illness);
    assert_true(read_("small cut under left big toe from new chappals, little pus type water coming").foot_wound);
    assert_true(read_("右邊耳仔好痛，醫生話係外耳炎").ear_infection);
    assert_false(read_("my son has an ear infection").ear_infection);
    /* a blood thinner for a clot is not heart disease; "pain free" is no pain; 20 minutes with the weekends the same is daily */
    assert_false(read_("Had a clot in my lung in July (PE), on warfarin since, INR every 2 wks.").flags & MR_COND_HEART);
    assert_true(read_("On warfarin for my mechanical valve, INR was fine Monday").flags & MR_COND_HEART);
    assert_int_equal(read_("physio said grade 2. jogging is pain free now").n_unsure, 0);
    assert_true(read_("晚上哄睡完差不多九点半了，最多挤出20分钟，周末也是带娃。").minutes_free_daily);
    assert_false(read_("Cusco (3,400 m) yesterday. Mild headache last night. Not nauseous, slept badly.").ams);
    /* the walk is fast, not the heart; the 220-minus-age formula is no rate */
    assert_int_equal(read_("可是我走很快心跳也才一百出头，是不是要改用跑的才够？").flags & MR_SYM_PALPITATIONS, 0);
    assert_int_equal(read_("现在每天吃康肯。网上说心率要到220-年龄的80%才有效，就是127，可是我走很快心跳也才一百出头，"
                           "是不是要改用跑的才够？").hr_asked, 127);
    assert_true(read_("每天吃康肯").notes & MR_NOTE_BETA_BLOCKER);
    /* the white count's low in chemotherapy; a dialysis session today; despair in everyday words */
    assert_true(read_("化疗第4次打完一周，医生说这几天白细胞最低").wbc_low);
    assert_true(read_("周一三五透析，今天刚透完回来有点虚").dialysis_done_today);
    assert_true(read_("honestly some days I dont see the point of anything anymore").despair);
    assert_false(read_("Don't really see the point of the workout today either").despair);
    /* periods stopped and a sore spot on the shin: a bone stress injury until checked */
    mr_notes reds = read_("Period hasn't come since the summer but coach says thats normal. Bit of a sore spot on my left shin");
    assert_true((reds.notes & MR_NOTE_NO_PERIODS) && reds.shin == 2);
    assert_true(read_("My yoga class does loads of sit-ups, roll-downs and deep twists - is that ok?").flexion_said);
    /* "easy run yesterday" is the log's; "5 x 1000m" today is a hard session asked */
    mr_notes iv2 = read_("Slept 8h, easy run yesterday. Coach plan says 5 x 1000m at 5K pace w/ 2 min jog today");
    assert_true(!(iv2.notes2 & MR_NOTE2_ENDURANCE) && iv2.asked_hard);
    assert_false(read_("doctor said walk 2 x 15 min a day, can I walk today?").asked_hard);
    assert_false(read_("Went hard on chest yesterday - heavy bench, dips. Today my chest is SUPER sore, hurts when I press on "
                       "my pecs, and the sternum area aches a bit when I stretch.").flags & MR_SYM_CHEST_PAIN);
    /* a relative who says they are typing, in any words */
    assert_true(read_("This is her son typing, mum has been running a temp of 38.4 and shivering since last nite").flags &
                MR_SYM_FEVER);
    assert_true(read_("我老公替我打几个字：她昨晚烧到38.6 今天还是软绵绵的").flags & MR_SYM_FEVER);
    assert_int_equal(read_("Her mum here: my daughter is 29 weeks, her face and hands swelled up overnight and she has a "
                           "terrible headache that won't shift").flags,
                     MR_COND_PREGNANCY | MR_SYM_PREG_WARNING);
    assert_false(read_("帮忙打扫卫生累死了，我爸有心脏病").flags & MR_COND_HEART);
    assert_false(read_("代谢慢 打算多跑步 我妈有高血压").flags & MR_COND_HYPERTENSION);
    assert_false(read_("Mum here, 2 kids with colds and one has a fever, I'm knackered").flags & MR_SYM_FEVER);
    /* typed for a parent on their account: the parent's ankle */
    assert_true(read_("I write for my mother, she don't speak english. She twist the ankle last week, still swollen. This is her "
                      "account.").flags & MR_COND_ANKLE);
    /* walking the dog up a hill, a jaw and arm ache that went after sitting down: the anginal pattern */
    assert_true(read_("Walked the dog up the hill this morning and got this weird ache in my jaw and down my left arm, went "
                      "away after I sat on the bench for a few min. Probably just the cold air?").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("my dog has been wheezing all night").flags == 0);
    /* a heart problem asked about is not had; pneumonia treated and cleared is behind; a head buzzing after overtime is stress */
    assert_false(read_("手表显示最高心率192，我才35岁，是不是心脏有问题？").flags & MR_COND_HEART);
    assert_true(read_("心脏病十年了").flags & MR_COND_HEART);
    assert_false(read_("Out of hospital 3 weeks ago with pneumonia, done with antibiotics, GP cleared me last week.").flags &
                 MR_SYM_ILLNESS);
    k = read_("今天加班到7点，脑子嗡嗡的");
    assert_true(k.flags == 0 && k.mood == MR_MOOD_STRESSED);
    assert_true(read_("脑瓜子嗡嗡的，站起来晃了一下").flags & MR_SYM_DIZZINESS);
    /* what a daughter noticed of the writer; typed by a husband; GTN needed at rest; a hypothetical; a sister's faint */
    assert_true(read_("我闺女说我打电话说两句就得喘口气，我自己倒没觉得").flags & MR_SYM_BREATH);
    assert_true(read_("this is her husband typing. she's 33 weeks and bleeding a bit, bright red, no pain").flags &
                MR_SYM_PREG_WARNING);
    assert_true(read_("angina for years, carry the GTN spray. last night needed it twice while sitting watching telly").flags &
                MR_SYM_CHEST_PAIN);
    assert_false(read_("hypothetically if I got chest pain mid-run what should I do? feel totally fine now").flags &
                 MR_SYM_CHEST_PAIN);
    assert_false(read_("我姐上周在动感单车课上晕倒了，吓死我了").flags & MR_SYM_DIZZINESS);
    assert_true(read_("38+2 and I think my waters might be trickling? not a gush, just keeps coming").flags &
                MR_SYM_PREG_WARNING);
    /* "我是她女儿。我妈...差点摔倒，心跳很快": a daughter writing for her mother; breathless at an interval's end */
    k = read_("我是她女儿。我妈今天早上起床的时候突然头晕，差点摔倒，她说心跳很快，一阵一阵乱跳。");
    assert_true((k.flags & MR_SYM_DIZZINESS) && (k.flags & MR_SYM_PALPITATIONS));
    assert_false(read_("昨晚400米间歇最后一组心率到了185，喘得说不出话，停下来两分钟就恢复了").flags & MR_SYM_BREATH);
    /* a thrill needs its news ("收到offer"), not any good mood beside a heart that skips at the desk */
    assert_false(read_("收到offer了！！心跳漏了一拍 今天必须多跑两公里").flags & MR_SYM_PALPITATIONS);
    assert_true(read_("my heart's been doing random flip-flops at my desk all week. otherwise feeling great").flags &
                MR_SYM_PALPITATIONS);
    /* helping a friend move: the writer's back; lying flat and drowning is the heart's, not a figure of speech */
    assert_true(read_("昨天帮朋友搬家闪了腰 弯腰穿袜子都费劲").flags & MR_COND_BACK);
    assert_true(read_("HFrEF. had to sleep sitting up in the recliner because lying flat I was drowning").flags & MR_SYM_BREATH);
    /* a question about a symptom in general; somebody else's stent is no body for the writer's worry */
    assert_int_equal(read_("头晕一般是啥原因啊？我同事最近老头晕，我自己倒没有").flags, 0);
    assert_int_equal(read_("Is it normal to feel dizzy after donating blood? Asking cos I'm going tomorrow").flags, 0);
    assert_false(read_("我爸昨天胸痛住院，放了支架，我在医院守了一夜，担心得要命").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("放了支架以后，心口疼得要命").flags & MR_SYM_CHEST_PAIN);
    /* dialect and metaphor: Scots, Tagalog, Jamaican, Nigerian */
    assert_true(read_("went aw swimmy when ah stood up aff the couch").flags & MR_SYM_DIZZINESS);
    assert_true(read_("Nahilo ako kanina, like umiikot yung paligid").flags & MR_SYM_DIZZINESS);
    assert_true(read_("Mi heart a gallop like horse when mi just a lie down").flags & MR_SYM_PALPITATIONS);
    assert_true(read_("My body is hot since morning, no strength at all").flags & MR_SYM_FEVER);
    assert_true(read_("My waist has been paining me since I carried the bag of rice").flags & MR_COND_BACK);
    /* a symptom asked and answered no; asked and described another way */
    assert_int_equal(read_("Dizzy? Nope. Chest pain? Nope. Just lazy").flags, 0);
    assert_int_equal(read_("头晕？不晕。胸闷？不闷。就是懒").flags, 0);
    assert_true(read_("头晕？不知道为什么，一直晕").flags & MR_SYM_DIZZINESS);
    /* a replaced joint, the writer's own; its swelling is no fresh sprain */
    mr_notes jr = read_("total knee replacement 6 weeks ago, still swollen, doing my physio exercises");
    assert_true(jr.joint_replaced && !(jr.notes & MR_NOTE_ACUTE_SPRAIN));
    assert_true(read_("髋关节置换一年了，医生交代不要盘腿不要深蹲").joint_replaced);
    assert_true(read_("Had my knee replaced 4 months ago, walking fine now").joint_replaced);
    assert_false(read_("my mum had a hip replacement, I'm fine").joint_replaced);
    assert_false(read_("that was three weeks ago, thanks").joint_replaced);
    /* a session told with how often it was done is a habit; a programme
     * kept up at home is no house one cannot leave */
    mr_notes hb = read_("There I was doing 40 minutes on the bike and treadmill three times a week. Want to keep it going at home.");
    assert_true(hb.habit_minutes == 40 && !hb.at_home);
    /* ketones present: with high glucose, no exercise (Riddell et al. 2017) */
    mr_notes kt = read_("1型糖尿病，用胰岛素泵。中午血糖16点几，测了尿酮，试纸是中等那个颜色（++），嘴有点干老想喝水。");
    assert_true(kt.ketones_pos && !kt.ketones_neg && (kt.notes & MR_NOTE_HYPERGLY_SIGNS));
    assert_true(read_("blood ketones 1.8 this morning, sugar 300").ketones_pos);
    assert_false(read_("血酮0.2，阴性，血糖15").ketones_pos);
    assert_false(read_("ketone strip says negative").ketones_pos);
    /* in a pregnancy, a brief one-sided twinge on standing is the round
     * ligament; with bleeding it stays a warning sign; a past pregnancy is none */
    mr_notes rl = read_("22 weeks pregnant, feeling good, just a twinge low in my belly on one side when I stand up fast.");
    assert_true(rl.round_ligament && !(rl.flags & MR_SYM_PREG_WARNING) && (rl.flags & MR_COND_PREGNANCY));
    assert_true(read_("22 weeks pregnant, a twinge low in my belly on one side when I stand up, and some spotting").flags &
                MR_SYM_PREG_WARNING);
    assert_false(read_("Lower back has been grumbling on and off since the pregnancy, my daughter is 8 months old").flags &
                 MR_COND_PREGNANCY);
    /* a stroke's signs, passed or not (a TIA): the face, one arm, the
     * speech; not somebody else's, denied, asked about, a stroke had years
     * ago, or an arm slept on (FAST; NICE NG128) */
    mr_notes st = read_("this morning my left arm and the left side of my face went numb for about 10 minutes, my words came out slurred, fine now");
    assert_true(st.stroke_signs && !(st.flags & MR_SYM_CHEST_PAIN));
    assert_true(read_("早上左边胳膊突然麻了十来分钟，说话有点不清楚，现在好了").stroke_signs);
    assert_true(read_("突然嘴歪了一下，几分钟就好了").stroke_signs);
    assert_true(read_("sudden numbness in my right hand and trouble finding words an hour ago").stroke_signs);
    assert_false(read_("my dad's face drooped yesterday and he's in hospital, I'm stressed").stroke_signs);
    assert_false(read_("我妈昨天突然说话不清楚，送医院了").stroke_signs);
    assert_false(read_("no slurred speech, no face droop, just a headache").stroke_signs);
    assert_false(read_("had a stroke 3 years ago, speech still a bit slurred").stroke_signs);
    assert_false(read_("what are the signs of a stroke?").stroke_signs);
    assert_false(read_("what are the signs of a stroke?").notes & MR_NOTE_STROKE);
    assert_false(read_("a bit slurred after too many beers last night lol").stroke_signs);
    assert_false(read_("昨晚400米间歇最后一组心率到了185，喘得说不出话").stroke_signs); /* too breathless to talk */
    assert_false(read_("气得我说不出话").stroke_signs);
    assert_true(read_("突然说不出话，右手也没劲，过了几分钟好了").stroke_signs);
    assert_true(read_("my vision went dark in one eye for a minute this morning, like a curtain").stroke_signs);
    assert_true(read_("my right hand went weak and I dropped my cup, then it came back after 5 minutes").stroke_signs);
    assert_true(read_("wife says my mouth was drooping on one side at breakfast").stroke_signs);
    assert_true(read_("昨天晚上右手突然拿不住筷子，过了一会儿好了").stroke_signs);
    assert_true(read_("早上起来半边脸麻麻的").stroke_signs);
    assert_true(read_("sudden worst headache of my life while lifting").stroke_signs);
    assert_true(read_("突然头痛得要炸开，从来没这么疼过").stroke_signs);
    /* not: a pregnancy's headache (its own warning), cold hands, a finish line, angina's arm */
    mr_notes ph = read_("34 weeks, worst headache of my life since this morning n seeing little sparkly spots");
    assert_true(!ph.stroke_signs && (ph.flags & MR_SYM_PREG_WARNING));
    assert_false(read_("I dropped my phone, my left hand is numb from the cold").stroke_signs);
    assert_false(read_("Marathon done!!! Absolutely gassed at the end, couldn't speak for 5 mins haha").stroke_signs);
    mr_notes an = read_("下午搬了几箱货，心口像压了块砖，左边胳膊也麻麻的，过了二十来分钟才松下来");
    assert_true(!an.stroke_signs && (an.flags & MR_SYM_CHEST_PAIN));
    assert_false(read_("my right arm is weak for about a week since the gym").stroke_signs);
    /* an arm numb from lying on it is no heart's pain */
    assert_int_equal(read_("slept on my arm and it went numb, lol").flags, 0);
    assert_int_equal(read_("昨晚压着胳膊睡，早上手臂麻了").flags, 0);
    assert_true(read_("left arm numb and heavy since this morning").flags & MR_SYM_CHEST_PAIN);
    /* numb soles told in a diabetic's own words are its neuropathy (ADA 2016) */
    mr_notes np;
    mr_notes_read("这两年脚底有点麻，像隔了层布。", MR_COND_DIABETES, &np);
    assert_true((np.notes2 & MR_NOTE2_NEUROPATHY) && np.n_unsure == 0);
    mr_notes_read("my soles feel like I'm walking on cotton", MR_COND_DIABETES, &np);
    assert_true(np.notes2 & MR_NOTE2_NEUROPATHY);
    assert_false(read_("脚底有点麻").notes2 & MR_NOTE2_NEUROPATHY); /* no diabetes: unplaced, so gentle */
    /* breathlessness told by what it does: stopping on a flight of stairs,
     * waking up unable to breathe; not after a hard effort, not years ago */
    assert_true(read_("these days I have to stop halfway up one flight to get my breath").flags & MR_SYM_BREATH);
    assert_true(read_("最近上个二楼都得停下来歇一歇").flags & MR_SYM_BREATH);
    assert_true(read_("I wake up at night and can't breathe, have to sit up in bed").flags & MR_SYM_BREATH);
    assert_false(read_("ran up five flights for the train, totally out of breath lol").flags & MR_SYM_BREATH);
    assert_false(read_("扛了两箱水一口气爬了八楼，喘了一会儿就好了").flags & MR_SYM_BREATH);
    /* a lung disease's usual breathlessness, unchanged, is its baseline */
    assert_false(read_("慢阻肺十来年了。平时上两层楼就喘，要歇口气，这个老样子了，最近没加重。").flags & MR_SYM_BREATH);
    assert_true(read_("慢阻肺十来年了。以前上三楼没事，这两周上两层楼就得停下来歇口气").flags & MR_SYM_BREATH);
    /* numbers said aloud: a blood pressure's hundreds, a Fahrenheit "one oh one" */
    mr_notes sp = read_("blood pressure one sixty over one hundred this morning");
    assert_true((sp.flags & MR_COND_HYPERTENSION) && !(sp.flags & MR_SYM_FEVER));
    assert_false(read_("temp thirty seven point one, blood pressure one thirty eight over eighty four").flags & MR_SYM_FEVER);
    assert_true(read_("temp one oh one and aching").flags & MR_SYM_FEVER);
    /* a watch's AF alert to someone whose AF is known, who feels nothing */
    mr_notes af = read_("My watch flagged possible AFib again. I already have AF diagnosed, on apixaban. Feel fine, no symptoms.");
    assert_true((af.flags & MR_COND_HEART) && !(af.flags & MR_SYM_PALPITATIONS));
    assert_true(read_("watch says irregular rhythm and my heart is fluttering since lunch, afib diagnosed last year").flags &
                MR_SYM_PALPITATIONS);
    /* bleeding dated to an earlier week of the pregnancy is past; today's is not */
    assert_false(read_("30 weeks pregnant now, had a little spotting at 7 weeks, all checked and fine").flags & MR_SYM_PREG_WARNING);
    assert_false(read_("孕8周的时候出过一点血，现在孕30周了，挺好的").flags & MR_SYM_PREG_WARNING);
    assert_true(read_("孕30周，今天又有点出血").flags & MR_SYM_PREG_WARNING);
    /* an illness dated back, then "that's long over" */
    assert_int_equal(read_("Back in March I had the flu with a 39.5 fever. That's long over. Legs feel good today.").flags &
                         (MR_SYM_FEVER | MR_SYM_ILLNESS), 0);
    assert_true(read_("Had the flu with a 39.5 fever this week. That's long over, right?").flags & MR_SYM_FEVER);
    /* the northeast's word for the knee */
    assert_true(read_("波棱盖疼了好几天了").flags & MR_COND_KNEE);
    /* a question's mark is no negation of a mood */
    assert_int_equal(read_("What pace is zone 2? Just curious, feeling great this week.").mood, MR_MOOD_POSITIVE);
    /* a race run lately, and when: its recovery weeks; no taper read from it */
    mr_notes rc = read_("Ran the Chicago marathon last Sunday (3:28), legs still a bit sore on the stairs.");
    assert_true(rc.raced == 2 && rc.raced_wday == 0 && !(rc.notes & MR_NOTE_TAPER) && rc.race_wday < 0);
    assert_int_equal(mr_notes_race_days(&rc, 3), 3);
    assert_int_equal(mr_notes_race_days(&rc, 0), 7);
    rc = read_("上周日跑了半马，破PB了！");
    assert_true(rc.raced == 1 && rc.raced_wday == 0);
    rc = read_("ran a half marathon 3 days ago");
    assert_true(rc.raced == 1 && mr_notes_race_days(&rc, -1) == 3);
    assert_true(read_("昨天跑完全马，腿废了").post_race);
    assert_false(read_("my husband ran the marathon last Sunday, I cheered").raced);
    assert_false(read_("Taper week, marathon is this Sunday!").raced);
    assert_false(read_("ran my first marathon years ago, want to get back into it").raced);
    rc = read_("Did my first half marathon three weeks ago and caught the bug");
    assert_true(rc.raced == 1 && mr_notes_race_days(&rc, 3) == 21);
    /* an independent review's cases: excuses named beside the sign only */
    assert_true(read_("在酒店健身房，突然说话不清，右手没劲").stroke_signs);
    assert_true(read_("I think I'm having a stroke - face drooping, left arm weak").stroke_signs);
    assert_false(read_("腿有点麻，跑了40分钟左右，现在好了").stroke_signs);
    assert_false(read_("嗓子哑了说不出话，感冒三天了").stroke_signs);
    assert_false(read_("头一次跑半马，膝盖从来没这么疼过").stroke_signs);
    assert_false(read_("昨晚同学聚会喝了一斤白酒，说话都大舌头了").stroke_signs);
    assert_false(read_("楼下王阿姨前天突然看不见东西，一只眼睛黑了").stroke_signs);
    assert_true(read_("I'm 24 weeks and have been bleeding on and off for 2 weeks").flags & MR_SYM_PREG_WARNING);
    assert_true(read_("Back in January I had the flu with a 102 fever. That's long over. Since last night 38.9 and chills.").flags &
                MR_SYM_FEVER);
    assert_true(read_("lying on the sofa, pressure spreading down my left arm to my jaw").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("blood pressure one eighty over one ten").bp_sys == 180);
    assert_true(isnan(read_("I'm over forty and have had a bit of a fever since yesterday").temp_c));
    assert_false(read_("I used to have to stop halfway up the stairs, now I do five flights").flags & MR_SYM_BREATH);
    assert_false(read_("Ran half an hour yesterday, felt great").raced);
    assert_false(read_("Netflix marathon yesterday lol").raced);
    /* a race time is no temperature; a temperature after a colon still is */
    mr_notes tt = read_("Ran a marathon last Sunday (3:42). Quads still sore. Half marathon this Sunday.");
    assert_true(isnan(tt.temp_c) && !(tt.flags & MR_SYM_FEVER) && tt.raced == 2);
    assert_true(read_("体温：38.5，浑身疼").flags & MR_SYM_FEVER);
    /* a blood thinner; a graze on the elbow is no tennis elbow; the tummy gap after a birth */
    mr_notes bt = read_("我有心房顫動，食緊薄血丸（華法林）。上個月跌過一次車擦傷手肘，流血流咗好耐先止。");
    assert_true(bt.anticoag && !bt.elbow);
    assert_true(read_("顺产后十周，肚脐上面有两指宽的缝，医生说是腹直肌分离").diastasis);
    assert_false(read_("my mum has a diastasis after her twins").diastasis);
    /* "膝蓋還好。" is a knee that is fine; an hour of morning stiffness is no session planned */
    mr_notes ra = read_("我有類風濕性關節炎，早上手指很僵硬，大概要一個小時才會鬆開。膝蓋還好。");
    assert_true(!(ra.flags & MR_COND_KNEE) && ra.minutes_planned < 0);
    /* a loss, and no point in anything: depression's signs, a doctor to see */
    assert_true(read_("My husband passed away in March. Some days I don't see the point of getting dressed.").low_lasting);
    /* a race's day: its weekday or the days to it, not a past one's */
    assert_int_equal(read_("Taper week, marathon is this Sunday!").race_wday, 0);
    assert_int_equal(read_("这周减量，周六跑半马").race_wday, 6);
    assert_int_equal(read_("Half marathon in 4 days, tapering now").race_in, 4);
    assert_int_equal(read_("Ran a marathon last Sunday, legs still sore").race_wday, -1);
    assert_int_equal(read_("Marathon training 4 days a week, race is in the spring").race_in, -1);
    assert_int_equal(read_("下周六跑半马，这周正常练").race_wday, -1);
    assert_int_equal(read_("Ran 10 miles a week ago, nothing since").habit_minutes, 0);
    assert_false(read_("I never leave the house without my inhaler").at_home);
    assert_false(read_("家里练不了，想去健身房").at_home);
    /* training at home, said many ways; a day at home before a run is not */
    assert_true(read_("宅男一个，只在家里运动").at_home && read_("在宿舍里练，不想出去").at_home);
    assert_true(read_("I only ever exercise in my apartment, no gym").at_home && read_("house-bound this week with the baby").at_home);
    assert_false(read_("今天在家休息了一天，晚上想去跑步").at_home);
    /* a form filled in, and a list under one "denies": all answered no */
    assert_int_equal(read_("Checklist: chest pain - no. dizziness - no. palpitations - no. short of breath - no.").flags, 0);
    assert_int_equal(read_("胸痛：无；头晕：无；心悸：否").flags, 0);
    assert_int_equal(read_("Denies chest pain, dizziness, palpitations or shortness of breath. Feel great.").flags, 0);
    assert_true(read_("Chest pain: no, but my left arm feels heavy").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("chest pain - no idea why but it's there since morning").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("No fever, chest pain since this morning").flags & MR_SYM_CHEST_PAIN);
    /* what an independent review found these could swallow: an answer
     * spreading to the next items, a qualifier after it, a list with "and" */
    assert_true((read_("Chest pain (no), dizziness and palpitations (yes)").flags & (MR_SYM_DIZZINESS | MR_SYM_PALPITATIONS)) ==
                (MR_SYM_DIZZINESS | MR_SYM_PALPITATIONS));
    assert_true(read_("Chest pain: no, only when I run hard").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("No fever, chest pain, dizziness and palpitations").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("Chest pain on the hill again this morning. It was like this last week too, fine once I stopped.").flags &
                MR_SYM_CHEST_PAIN);
    assert_true(read_("Went too hard Saturday. Since last night vomiting on and off, diarrhoea, aching all over.").flags &
                MR_SYM_ILLNESS);
    assert_true(read_("和李哥吃饭的时候突然心慌，心跳很乱").flags & MR_SYM_PALPITATIONS);
    assert_true(read_("Nearly died of a heart attack in 2021").flags & MR_COND_HEART);
    assert_true(read_("Hip replaced 2019. Twisted my knee getting off the bus, swollen, can't bear weight.").notes &
                MR_NOTE_ACUTE_SPRAIN);
    assert_false(read_("堵车一停一停的，烦死了").flags & MR_SYM_PALPITATIONS);
    assert_false(read_("a staggering 40 km this week, legs feel great").flags & MR_SYM_DIZZINESS);
    /* work that takes the breath away is a figure of speech (kept gentle, not an emergency) */
    mr_notes b = read_("工作压力大到喘不过气，每天都在deadline边缘");
    assert_true(!(b.flags & MR_SYM_BREATH) && b.n_unsure == 1 && b.n_explained == 1);
    assert_true(read_("can't breathe properly since last night").flags & MR_SYM_BREATH);
    /* an asthma attack in the last days, the writer's own */
    assert_true(read_("前天晚上哮喘发作去了急诊，雾化了两次，今天好点了").flags & MR_SYM_BREATH);
    assert_false(read_("my son had an asthma attack yesterday").flags & MR_SYM_BREATH);
    assert_false(read_("had an asthma attack as a kid, fine now").flags & MR_SYM_BREATH);
    /* a joint's angle is no temperature, weeks since an operation no pregnancy */
    b = read_("6 weeks post ACL recon, 110 degrees flexion now, physio happy with it");
    assert_true(b.flags == MR_COND_KNEE && b.preg_weeks == -1 && isnan(b.temp_c));
    /* no fever said in Cantonese: the sore throat is a cold's */
    assert_int_equal(read_("今日有少少鼻塞，流鼻水，冇發燒，喉嚨小小痛").flags, 0);
    /* a fright at the reading, in its sentence, is the question; a panic attack's racing heart is not */
    mr_notes f = read_("上次打篮球手表显示心跳到了190，有点吓到，不过当时没什么不舒服");
    assert_true(f.hr_asked == 190 && f.hr_fright);
    f = read_("panic attack last week, heart going like 160. now im scared to get my heart rate up");
    assert_false(f.hr_fright);
    assert_true(read_("squats two days ago, thighs so sore, is that normal?").doms_asked);
    assert_false(read_("squats two days ago, thighs so sore").doms_asked);
    /* set 52's first reading: chest discomfort that came and "went away" is
     * the episode (a time said makes it past); "vision's gone sparkly" is a
     * change, not a healing; a watch's high-rate alert while hoovering is
     * the effort; "me da" is somebody else; a question about a symptom the
     * writer then says they do not have */
    assert_true(read_("walking the dog up the hill I got this tightness across my chest and it went up into my jaw, "
                      "stop it for a minute and it went away").flags & MR_SYM_CHEST_PAIN);
    assert_false(read_("had some chest pain from the flu last month, it went away").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("35 weeks, worst headache of my life and my vision's gone sparkly").flags & MR_SYM_PREG_WARNING);
    assert_false(read_("Watch flagged 'high heart rate' at 121 but I was literally hoovering the stairs. Felt totally normal").flags &
                 MR_SYM_PALPITATIONS);
    assert_true(read_("watch keeps giving me high heart rate alerts sitting on the couch, heart feels like it's racing").flags &
                MR_SYM_PALPITATIONS);
    assert_false(read_("Me da was rushed in with chest pains last night, he's stable now. I'm grand").flags & MR_SYM_CHEST_PAIN);
    assert_false(read_("跑完步头晕正常吗？我没有，就是看到网上有人说").flags & MR_SYM_DIZZINESS);
    assert_true(read_("练完深蹲头晕正常吗？今天练完晕了好一会").flags & MR_SYM_DIZZINESS);
    assert_true(read_("阿女話我琴日食飯食到一半成個人軟咗落去，叫極都唔應，過咗一陣先醒").flags & MR_SYM_DIZZINESS);
    assert_true(read_("我今仔日規身軀痠疼，額頭燒燒，咳甲袂睏").flags & MR_SYM_FEVER);
    assert_true(read_("twisted my need getting out of the car on saturday and its swollen up like a grapefruit").flags & MR_COND_KNEE);
    assert_false(read_("Rolled it again 20 mins ago stepping off the kerb and it's puffing up").flags & MR_SYM_BREATH);
    /* set 53's first reading: symptoms told as images, in text-speak, by
     * others; friends and kids in the sentence are company, not the sufferer;
     * "asking for a friend"; the air's 40 degrees beside a normal body temp */
    assert_true(read_("Shovelled the drive this morning n it felt like someone had parked a wheelie bin on my chest, "
                      "went right down my left arm to my pinky. gone now tho").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("dzzy af tdy, rm spnng whn i gt up").flags & MR_SYM_DIZZINESS);
    assert_true(read_("you know when your heart does that thing where it flops about like a fish on a dock? on the sofa. all evening").flags &
                MR_SYM_PALPITATIONS);
    assert_true(read_("halfway up one flight of stairs and suddenly you're breathing through a straw. Been that all week").flags &
                MR_SYM_BREATH);
    assert_true(read_("听他们说我突然就软下去了，醒过来已经躺在沙发上").flags & MR_SYM_DIZZINESS);
    assert_true(read_("懷咗廿周，啱啱去廁所見到有啲血，唔多但係鮮紅色").flags & MR_SYM_PREG_WARNING);
    assert_true(read_("早上弯腰给娃系鞋带，腰咔嚓一下闪了，现在直不起来").flags & MR_COND_BACK);
    assert_true(read_("约了朋友骑车去郊外野餐～对了半月板是老伤，跑多了膝盖还是隐隐作痛").flags & MR_COND_KNEE);
    assert_int_equal(read_("瞄了一眼胳膊上贴的那个小圆片，读数16.8").glucose, 302);
    assert_int_equal(read_("体温计读数38.5").glucose, -1);
    assert_false(read_("r u suppsd 2 wrk out w/ a fever? askin 4 a frnd lol (the frnd is not me, im fine)").flags & MR_SYM_FEVER);
    assert_false(read_("It's 40 degrees in Adelaide, body temp's normal, pool or treadmill?").flags & MR_SYM_FEVER);
    assert_true(read_("body temp 38.9, feel awful").flags & MR_SYM_FEVER);
    assert_false(read_("老公感冒发烧39度，我照顾了他一整晚，我自己好好的啥事没有").flags & (MR_SYM_FEVER | MR_SYM_ILLNESS));
    /* the weekdays of dialysis (bit 0 Sunday); one day named is no schedule */
    assert_int_equal(read_("I'm on dialysis Mon Wed Fri at the unit, fistula in my left arm").dialysis_days, 1u << 1 | 1u << 3 | 1u << 5);
    assert_int_equal(read_("每周一三五去医院透析").dialysis_days, 1u << 1 | 1u << 3 | 1u << 5);
    assert_int_equal(read_("血透：星期二、四、六").dialysis_days, 1u << 2 | 1u << 4 | 1u << 6);
    assert_int_equal(read_("我洗腎一三五，左手有廔管").dialysis_days, 1u << 1 | 1u << 3 | 1u << 5);
    assert_int_equal(read_("透析一次要四个小时，周三去").dialysis_days, 0u); /* one day named: not a schedule */
    /* light-headed after a session, on dialysis: the fluid taken off (no standing words needed) */
    assert_true(read_("我洗腎一三五，左手有廔管。昨天洗完有點頭暈，今天還好。").orthostatic);
    assert_false(read_("昨天洗完澡有点头晕").orthostatic); /* a shower, not dialysis */
    assert_int_equal(read_("dialysis Tuesdays, Thursdays and Saturdays").dialysis_days, 1u << 2 | 1u << 4 | 1u << 6);
    assert_int_equal(read_("on dialysis, went Monday").dialysis_days, 0);
    assert_int_equal(read_("ran Mon Wed Fri this week").dialysis_days, 0);
    assert_int_equal(read_("血透：星期二，四，六。周日休息").dialysis_days, 1u << 2 | 1u << 4 | 1u << 6); /* "，" in the run */
    assert_int_equal(read_("Dialysis is fine. Went for walks Mon and Thu").dialysis_days, 0); /* another sentence's days */
    /* the night low: the low and the small hours in one sentence */
    assert_true(read_("Type 1 on a pump, went low at 3 am after practice").night_low);
    assert_false(read_("Type 1. Had a low at lunch. Slept badly overnight.").night_low);
    /* cardiac or pulmonary rehab finished and carried on; not one still to come */
    assert_true(read_("今年9月心梗放了一个支架，医院心脏康复做了12次刚结束，医生说可以自己在家接着练").rehab_grad);
    assert_true(read_("Finished pulmonary rehab last month, the therapist said keep walking every day").rehab_grad);
    assert_false(read_("I start cardiac rehab next week").rehab_grad);
    assert_false(read_("my dad finished cardiac rehab").rehab_grad);
    /* equipment at home is no house one cannot leave */
    assert_false(read_("家里有一台健身脚踏车").at_home);
    assert_true(read_("带娃出不去，只能在家里练").at_home);
    /* a treadmill at hand, or not */
    assert_true(read_("The gym's treadmill is free until 8 if I have to.").treadmill);
    assert_true(read_("下雨了，家里有跑步机").treadmill);
    assert_false(read_("no treadmill at home").treadmill);
    assert_false(read_("我没有跑步机").treadmill);
    assert_false(read_("the gym is closed and the treadmill is there").treadmill);
    assert_false(read_("Treadmill at the gym is broken. Really want to get my run in").treadmill);
    /* with a bike beside it, the bike is the indoor form */
    assert_false(read_("家里有跑步机和动感单车").treadmill);
    assert_false(read_("gym has treadmills + bikes, aircon w/ filters").treadmill);
    /* very sore after far more than usual: rhabdomyolysis's signs are told */
    assert_true(read_("new bench block, a crazy amount of flyes and dips, chest is so sore it hurts to put my shirt on").sore_jump);
    assert_true(read_("第一次练了100个深蹲，腿酸得下不了楼").sore_jump);
    assert_false(read_("squats two days ago, thighs so sore").sore_jump);
    assert_false(read_("a crazy amount of work this week, so tired").sore_jump);
    /* practice contractions are not the warning; regular painful ones are */
    assert_false(read_("孕24周，偶尔肚子发紧，不规律也不疼").flags & MR_SYM_PREG_WARNING);
    assert_true(read_("孕30周，肚子一阵一阵发紧，越来越疼").flags & MR_SYM_PREG_WARNING);
    /* Cantonese 緊 marks an ongoing action (食緊藥: taking medicine), not tightness */
    assert_false(read_("房顫兩年，食緊薄血藥，今日心跳正常").flags & MR_SYM_CHEST_PAIN);
    /* DOMS asked about after the first squats: soreness, not a strain, nothing unplaced */
    n = read_("前天第一次去健身房练深蹲，今天大腿前面酸得下楼梯都疼，是不是拉伤了？？");
    assert_true((n.notes & MR_NOTE_LOWER_WORKED) && !(n.notes & (MR_NOTE_STRAIN | MR_NOTE_LOWER_BODY)) && n.n_unsure == 0);
    assert_true(read_("慢性肾病三期，肌酐一百五左右").notes2 & MR_NOTE2_KIDNEY);
    assert_true(read_("on dialysis Mon/Wed/Fri").notes2 & MR_NOTE2_KIDNEY);
    assert_false(read_("my dad is on dialysis").notes2 & MR_NOTE2_KIDNEY);
    assert_true(read_("I have epilepsy, on Keppra").notes2 & MR_NOTE2_EPILEPSY);
    /* a diagnosis no rule knows is named, with its words; known ones, somebody
     * else's, denied ones and figures of speech are not */
    n = read_("I was diagnosed with kidney stones last year");
    assert_true((n.notes2 & MR_NOTE2_DIAGNOSIS) && strstr(n.diagnosis, "kidney stone"));
    /* an underactive thyroid with no treatment said has its own line, not an unknown diagnosis */
    n = read_("I was diagnosed with Hashimoto's last year");
    assert_true((n.dx_known & (1u << MR_DX_HYPOTHYROID)) && !(n.notes2 & MR_NOTE2_DIAGNOSIS));
    n = read_("GP says underactive thyroid, TSH 38, levothyroxine script should be ready tomorrow");
    assert_true(!n.thyroid_ok && (n.dx_known & (1u << MR_DX_HYPOTHYROID)));
    n = read_("我有慢性病，不知道能不能练");
    assert_true((n.notes2 & MR_NOTE2_DIAGNOSIS) && strstr(n.diagnosis, "慢性病"));
    /* treated, an underactive thyroid limits nothing; untreated or overactive it stays a diagnosis */
    n = read_("甲减，每天吃优甲乐");
    assert_true(n.thyroid_ok && !(n.notes2 & MR_NOTE2_DIAGNOSIS) && !(n.dx_known & (1u << MR_DX_HYPOTHYROID)));
    /* sickle cell trait has its line; "water only after each period" is no crash diet */
    n = read_("trainer said something about my trait, sickle cell trait. water only after each period bc coach says thirsty = soft");
    assert_true((n.dx_known & (1u << MR_DX_SICKLE_TRAIT)) && !(n.notes2 & MR_NOTE2_CRASH_DIET));
    assert_true(read_("甲亢，最近心慌").notes2 & MR_NOTE2_DIAGNOSIS || read_("甲亢，最近心慌").flags & MR_SYM_PALPITATIONS);
    const char *not_dx[] = {"my mom has lupus", "I have heart disease and a stent", "懒癌晚期，拖延症又犯了",
                            "没有什么病", "no thyroid problems", "COPD, chronic obstructive pulmonary disease",
                            "糖尿病十年了", "感冒了，有点症状", "dialysis, kidney disease", "Parkinson's disease",
                            "肺炎刚好", "my sister has cancer"};
    for (size_t i = 0; i < sizeof not_dx / sizeof not_dx[0]; i++)
        if (read_(not_dx[i]).notes2 & MR_NOTE2_DIAGNOSIS) fail_msg("\"%s\" read as an unknown diagnosis", not_dx[i]);
    /* a countdown is not a pregnancy; tennis elbow is not a tennis question */
    assert_false(read_("Baby kept us up. Heavy squats today, 3 weeks out from nationals.").flags & MR_COND_PREGNANCY);
    assert_int_equal(read_("Tennis elbow for a month, can I do upper-body weights?").asked, MR_ACT_STRENGTH);
    /* a cough something sets off is not a cold; a cough with a stuffy nose is */
    assert_false(read_("就是打喷嚏、咳嗽的时候偶尔会漏一点尿").notes & MR_NOTE_COLD);
    assert_false(read_("the cold air gets me coughing sometimes").notes & MR_NOTE_COLD);
    assert_true(read_("咳嗽两天了，鼻塞").notes & MR_NOTE_COLD);
    /* swollen feet late in a pregnancy with no injury: oedema, not a sprain */
    n = read_("怀孕34周了，最近晚上脚有点肿，早上起来就消了，翻身难睡得不太好");
    assert_true((n.notes & MR_NOTE_PREG_SWELLING) && !(n.flags & MR_COND_ANKLE) && n.n_unsure == 0);
    n = read_("28 weeks pregnant, rolled my ankle yesterday and it's swollen");
    assert_true((n.flags & MR_COND_ANKLE) && !(n.notes & MR_NOTE_PREG_SWELLING));
}

/* What the writer asks about or plans: the activity nearest the asking words. */
static void question(void **state) {
    (void)state;
    mr_notes n = read_("Came down with a runny nose yesterday. Can I still do my long run today? Plan says 18k.");
    assert_int_equal(n.asked, MR_ACT_RUN);
    assert_string_equal(n.asked_words, "long run");
    n = read_("昨天leg day直接练爆了，今天DOMS巨严重，能不能再上个深蹲？");
    assert_int_equal(n.asked, MR_ACT_STRENGTH);
    assert_string_equal(n.asked_words, "深蹲");
    assert_int_equal(read_("晚上想去打一个小时羽毛球").asked, MR_ACT_COUNT);
    assert_int_equal(read_("Ran 10k yesterday, legs are fine.").asked, -1); /* nothing asked */
    assert_true(read_("Wildfire smoke again. Just do it with a mask?").asked_mask);
}

static void words_drugs_devices(void **state) {
    (void)state;
    assert_int_equal(flags("今天有点头晕，还发烧了"), MR_SYM_DIZZINESS | MR_SYM_FEVER);
    assert_int_equal(flags("blacked out for a second at the gym"), MR_SYM_DIZZINESS);
    assert_int_equal(flags("stood up and the whole room tilted"), MR_SYM_DIZZINESS);
    assert_int_equal(flags("下楼时突然两眼一黑"), MR_SYM_DIZZINESS);
    assert_int_equal(flags("moving my head hurts"), 0); /* a head that moves is not dizzy (it may be unsure) */
    assert_int_equal(flags("得垫两个枕头才睡得着"), MR_SYM_BREATH);
    /* an episode that passed is still a warning sign: angina eases at rest */
    assert_int_equal(flags("pressure in my chest walking up, went away when I sat down"), MR_SYM_CHEST_PAIN);
    assert_int_equal(flags("冠心病，今天早上心绞痛了，含了硝酸甘油才缓过来"), MR_SYM_CHEST_PAIN | MR_COND_HEART);
    assert_int_equal(flags("爬一层楼就喘不上气"), MR_SYM_BREATH);
    assert_int_equal(flags("out of breath after my sprint intervals"), 0); /* normal after hard work */
    assert_int_equal(flags("上吐下泻一整天"), MR_SYM_ILLNESS);
    assert_int_equal(flags("just a runny nose"), 0);
    assert_true(read_("just a runny nose").notes & MR_NOTE_COLD);
    assert_int_equal(flags("on lisinopril"), MR_COND_HYPERTENSION);
    assert_int_equal(flags("每天打胰岛素"), MR_COND_DIABETES);
    assert_int_equal(flags("had a stent put in"), MR_COND_HEART);
    assert_int_equal(flags("房颤好几年了"), MR_COND_HEART);
    assert_int_equal(flags("blue inhaler in my pocket, I have asthma"), MR_COND_ASTHMA);
    assert_int_equal(flags("腰间盘突出"), MR_COND_BACK);
    assert_int_equal(flags("sciatica flaring"), MR_COND_BACK);
    assert_int_equal(flags("torn meniscus"), MR_COND_KNEE);
    assert_int_equal(flags("expecting a baby in May"), MR_COND_PREGNANCY);
    assert_int_equal(flags("我怀孕五个月了"), MR_COND_PREGNANCY);
    assert_int_equal(flags("产后三个月，想恢复身材"), 0);
    assert_int_equal(flags("备孕中"), 0);
    /* bleeding is a warning sign in pregnancy */
    mr_notes n;
    mr_notes_read("a little spotting this morning", MR_COND_PREGNANCY, &n);
    assert_int_equal(n.flags, MR_SYM_PREG_WARNING);
    assert_int_equal(flags("a little spotting this morning"), 0);
    /* missed medication: a missed-dose word near a medicine */
    assert_true(read_("忘了吃降压药").notes & MR_NOTE_MISSED_MEDS);
    assert_true(read_("ran out of my bp pills").notes & MR_NOTE_MISSED_MEDS);
    assert_false(read_("forgot my water bottle").notes & MR_NOTE_MISSED_MEDS);
}

static void numbers(void **state) {
    (void)state;
    mr_notes n = read_("体温38.6");
    assert_int_equal(n.flags, MR_SYM_FEVER);
    assert_float_equal(n.temp_c, 38.6f, 1e-4);
    n = read_("temp 101F this morning");
    assert_int_equal(n.flags, MR_SYM_FEVER);
    assert_float_equal(n.temp_c, 38.33f, 0.01);
    n = read_("烧到三十八度五");
    assert_float_equal(n.temp_c, 38.5f, 1e-4);
    assert_int_equal(flags("今天38度好热"), 0); /* the weather */
    assert_int_equal(flags("ran 38.5 km"), 0);
    n = read_("体温37.6");
    assert_int_equal(n.flags, 0);
    assert_int_equal(n.n_unsure, 1); /* raised, not a fever */
    n = read_("bp 160/100 this morning");
    assert_int_equal(n.flags, MR_COND_HYPERTENSION);
    assert_int_equal(n.bp_sys, 160);
    assert_int_equal(n.bp_dia, 100);
    n = read_("高压150低压95");
    assert_int_equal(n.bp_sys, 150);
    assert_int_equal(n.bp_dia, 95);
    assert_int_equal(read_("my bp was 162 over 104").bp_dia, 104);
    assert_int_equal(read_("120/80").flags, 0);
    assert_int_equal(read_("12/25 is christmas").bp_sys, -1);
    n = read_("空腹血糖8.2");
    assert_int_equal(n.glucose, 148);
    assert_int_equal(n.flags, MR_COND_DIABETES);
    assert_int_equal(read_("sugar 240 this morning").glucose, 240);
    n = read_("孕28周");
    assert_int_equal(n.preg_weeks, 28);
    assert_int_equal(n.flags, MR_COND_PREGNANCY);
    assert_int_equal(read_("28 weeks pregnant").preg_weeks, 28);
    assert_int_equal(read_("resting heart rate 118 today").flags, MR_SYM_PALPITATIONS);
    assert_int_equal(read_("没做啥心跳就一百三四").flags, MR_SYM_PALPITATIONS);
    assert_int_equal(read_("heart rate 150 during my run").flags, 0); /* hard work */
    /* a ceiling under a beta-blocker is not a rate measured */
    assert_int_equal(read_("on metoprolol so my heart rate barely goes above 110").flags & MR_SYM_PALPITATIONS, 0);
    assert_int_equal(read_("吃了倍他乐克，心率最高只到110").flags & MR_SYM_PALPITATIONS, 0);
    assert_int_equal(read_("my heart rate is over 120 just sitting here").flags, MR_SYM_PALPITATIONS);
    assert_int_equal(read_("静息心率超过110，心慌").flags, MR_SYM_PALPITATIONS);
    n = read_("thermometer says thirty nine point four");
    assert_int_equal(n.flags, MR_SYM_FEVER);
    assert_float_equal(n.temp_c, 39.4f, 1e-4);
    assert_int_equal(read_("37+1 and some fluid leaking").flags, MR_COND_PREGNANCY | MR_SYM_PREG_WARNING);
    assert_int_equal(read_("24 wks, my left calf is swollen and sore").flags, MR_COND_PREGNANCY | MR_SYM_PREG_WARNING);
    assert_int_equal(read_("12 weeks of training left before the race").flags, 0);
    assert_int_equal(read_("I am in 7th month, slight bleeding this morning").flags, MR_COND_PREGNANCY | MR_SYM_PREG_WARNING);
    /* two numbers side by side after the words for blood pressure, in digits or in characters */
    n = read_("量了一下血压一百五十八九十六是不是太高了");
    assert_int_equal(n.bp_sys, 158);
    assert_int_equal(n.bp_dia, 96);
    assert_int_equal(read_("血压150 95").flags, MR_COND_HYPERTENSION);
    /* somebody else's number */
    assert_int_equal(read_("my dad's bp was 185/115").bp_sys, -1);
}

/* A wheeze the reliever settles, told as a habit, is controlled asthma
 * (the day capped, GINA 2023); one that is not settling is a breathing
 * symptom. */
static void wheeze(void **state) {
    (void)state;
    mr_notes n = read_("Bit wheezy on these cold mornings walking to the car, but two puffs of my albuterol before "
                       "exercise sorts it out and asthma is otherwise well controlled.");
    assert_int_equal(n.flags, MR_COND_ASTHMA);
    assert_true(n.notes2 & MR_NOTE2_WHEEZY);
    assert_int_equal(read_("wheezy walking to the bus, ventolin sorts it out usually but today it's not").flags,
                     MR_COND_ASTHMA | MR_SYM_BREATH);
    assert_int_equal(read_("used my blue inhaler twice and still wheezing walking to the bus").flags & MR_SYM_BREATH,
                     MR_SYM_BREATH);
    assert_int_equal(read_("wheezy and short of breath at night, the inhaler sorts it out for an hour").flags & MR_SYM_BREATH,
                     MR_SYM_BREATH);
}

/* A heart rate from an episode last week is history; "no more breathless
 * than usual" is a baseline, not a new symptom. */
static void history_and_baseline(void **state) {
    (void)state;
    assert_false(read_("had a full blown panic attack last week, heart going like 160, ER said all normal").flags &
                 MR_SYM_PALPITATIONS);
    assert_true(read_("my heart rate was 150 this morning just sitting").flags & MR_SYM_PALPITATIONS);
    assert_false(read_("慢阻肺好几年了，今天跟平时差不多，没有比平常更喘").flags & MR_SYM_BREATH);
    assert_true(read_("今天比平时更喘，走几步就喘不上气").flags & MR_SYM_BREATH);
    assert_true(read_("体检查出血压偏高，医生开了药").flags & MR_COND_HYPERTENSION);
    assert_int_equal(read_("体检查出血压偏高，医生开了药").n_unsure, 0);
}

static void typos_and_slang(void **state) {
    (void)state;
    /* repeated letters are collapsed, so words that collapse onto common ones are not in the vocabulary */
    assert_int_equal(flags("loving my runs, but there's a burning in my chest"), MR_SYM_CHEST_PAIN); /* not "butt" */
    assert_int_equal(read_("it hurts like hell").notes & MR_NOTE_LOWER_BODY, 0);                      /* not "heel" */
    assert_int_equal(flags("no my knee hurts"), MR_COND_KNEE); /* "no" starts a sentence, it negates nothing */
    /* Traditional characters, Cantonese, pinyin, dialects */
    assert_int_equal(flags("這兩天頭暈暈的"), MR_SYM_DIZZINESS);
    assert_int_equal(flags("心臟一直亂跳"), MR_SYM_PALPITATIONS);
    /* every Traditional form of the vocabulary's characters (notes_trad.h):
     * 誘發 is 诱发, so Taiwan's 氣喘 asked about is asthma, not breathlessness */
    assert_int_equal(flags("我有氣喘，平常控制得不錯。請問冬天在外面跑步會不會誘發氣喘？"), MR_COND_ASTHMA);
    assert_int_equal(flags("上年做咗膝頭哥手術，而家完全好返晒，物理治療都完咗"), 0); /* 上年: last year */
    assert_int_equal(flags("今朝头弗晕，也弗难过"), 0);                                /* Wu 弗: not */
    assert_int_equal(flags("Got kicked in the knee Monday, it's gone all swelled up and hot"), MR_COND_KNEE);
    assert_int_equal(flags("After my 400 m repeats I'm completely out of breath, then it settles"), 0);
    /* a run-on "keeps ... last year" dates the diagnosis, not the symptom */
    assert_true(flags("my heart keeps doing this flip flop thing in bed I was told last year I have a fib") & MR_SYM_PALPITATIONS);
    assert_int_equal(flags("angina, GTN spray in my coat, not needed it once this month"), MR_COND_HEART);
    assert_int_equal(flags("前几天烧到39度，现在烧退了三天了"), 0);
    assert_int_equal(flags("问一下，发烧了去跑步出汗能把烧捂下去吗？我现在没发烧"), 0);
    /* ... but not a fever of the writer's own asked about, nor a denial of another day */
    assert_int_equal(flags("前两天没发烧，今天发烧了，还能去跑步吗？"), MR_SYM_FEVER);
    assert_int_equal(flags("浑身发烫，也不知道发不发烧，今天还能去跑步吗？"), MR_SYM_FEVER);
    /* hard work is said as such, not by a bare number or a weekend's plan */
    assert_true(flags("Sugars have been in the 200s all week and my heart rate is 125 just sitting on the couch") &
                MR_SYM_PALPITATIONS);
    assert_true(flags("前几天开始坐着不动心跳就120多，今天还是这样") & MR_SYM_PALPITATIONS);
    assert_true(flags("早上冷空气引发气喘了，坐着休息了半小时还没好") & MR_SYM_BREATH);
    assert_int_equal(flags("Hey just wondering, should I skate if my BP meds make me woozy sometimes? Not woozy today"),
                     MR_COND_HYPERTENSION);
    assert_true(read_("walking to the bus stop I must stop and take breath. My wife say my ankles are fat now").notes2 &
                MR_NOTE2_SEE_TODAY);
    assert_int_equal(flags("心口好似俾嘢揸住咁，透唔到气"), MR_SYM_CHEST_PAIN | MR_SYM_BREATH);
    assert_int_equal(flags("xiong kou men men de"), MR_SYM_CHEST_PAIN);
    assert_int_equal(flags("脑壳昏得很"), MR_SYM_DIZZINESS);
    assert_int_equal(flags("feeling dizy"), MR_SYM_DIZZINESS);
    assert_int_equal(flags("soooo dizzzzy"), MR_SYM_DIZZINESS);
    assert_int_equal(flags("cheast pain"), MR_SYM_CHEST_PAIN);
    assert_int_equal(flags("i think i have a feaver"), MR_SYM_FEVER);
    assert_int_equal(flags("my presure is high"), MR_COND_HYPERTENSION);
    assert_int_equal(flags("never been better, fewer runs this week"), 0); /* real words, not typos */
    assert_int_equal(flags("凶口闷"), MR_SYM_CHEST_PAIN); /* a pinyin input slip */
    assert_int_equal(flags("发shao了"), MR_SYM_FEVER);
    assert_int_equal(flags("今天有点dizzy"), MR_SYM_DIZZINESS);
    assert_int_equal(flags("my 膝盖 hurts"), MR_COND_KNEE);
    assert_int_equal(flags("I'll run later"), 0); /* not "ill" */
    /* voice input: "short of breath" heard as "sure if breath" */
    assert_int_equal(flags("my chess feels tight when I walk up the stairs and I'm sure if breath"),
                     MR_SYM_CHEST_PAIN | MR_SYM_BREATH);
    /* the present tense of greying out, and a fever felt without a thermometer */
    assert_true(flags("ever since they upped my ramipril i stand up and everything goes grey, had to grab the desk") &
                MR_SYM_DIZZINESS);
    assert_int_equal(flags("think im coming down with something, feel all hot and shivery, havent checked my temp"),
                     MR_SYM_FEVER);
    /* the clinical name of exercise-induced asthma */
    assert_true(flags("医生说我是运动诱发的支气管痉挛，跑前喷了一下") & MR_COND_ASTHMA);
    /* "on the way back" is a route, not "way back" in time: the chest tightening on the hill is today's */
    assert_true(flags("on the way back up the hill from the bus my chest went really tight and I had to stop till it "
                      "eased off, probably just the cold air") & MR_SYM_CHEST_PAIN);
    assert_int_equal(flags("way back in 2015 my chest went tight once, nothing since"), 0);
    /* 老胃病 is an old stomach complaint, not 病了; a back said in jest; what somebody died of */
    assert_int_equal(flags("估计是累着了再加上胃不好（老胃病了）") & MR_SYM_ILLNESS, 0);
    assert_int_equal(flags("天天坐工位十几个小时，下班腰都直不起来（夸张了哈哈）") & MR_COND_BACK, 0);
    assert_true(flags("下班腰都直不起来，疼得厉害") & MR_COND_BACK);
    assert_int_equal(read_("Lost my wife Jenny three weeks ago, cancer. Not sleeping much").notes2 & MR_NOTE2_DIAGNOSIS, 0);
    assert_true(read_("Diagnosed with cancer last month, chemo starts soon").notes2 & MR_NOTE2_DIAGNOSIS);
    /* a faint mid-sprint and a relative's sudden death; a crash that never went after covid */
    {
        mr_notes fn = read_("i blacked out for a few secs right at the end of 5-a-side on thurs, just went down mid sprint. "
                            "my uncle dropped dead at 34 playing footy");
        assert_true(fn.faint_exertion && fn.family_sudden);
        assert_false(read_("felt a bit dizzy standing up too fast this morning").faint_exertion);
        assert_true(read_("Had covid back in June and never really bounced back. Any time I do a bit much I'm wiped out for 2 "
                          "days after, proper crash").post_viral);
    }
    /* set 48's words: Scots and Hinglish dizziness, a disc that flares, a negated 气短, covid over */
    assert_true(flags("heid's spinnin this mornin, room went roon when a sat up in bed") & MR_SYM_DIZZINESS);
    assert_true(flags("Aaj subah se sar ghoom raha hai yaar") & MR_SYM_DIZZINESS);
    assert_true(flags("Lumbar disc bulge from years back, flares after long drives. Drove 5 hrs yesterday, stiff") &
                MR_COND_BACK);
    assert_int_equal(flags("没胸痛 没气短 就是脖子有点僵") & (MR_SYM_BREATH | MR_SYM_CHEST_PAIN), 0);
    assert_int_equal(flags("Had covid two weeks back, testing negative since last Friday, no symptoms now") & MR_SYM_ILLNESS, 0);
    assert_true(flags("碰到老同学 摆了一个钟头龙门阵 下午来练哈 膝盖头还是有点痛 老毛病了") & MR_COND_KNEE);
    /* set 49's words: Nigerian "fast-fast", a "bathroom marathon", Hokkien 頭眩目暗, 阿基里斯腱, pinyin xiongmen,
     * 運動誘發型氣喘; and its false alarms: a heart attack "over here lmao", a kid's puke cleaned up,
     * a lady met "who'd fainted", dizziness flagged as a joke with a laugh */
    assert_true(flags("Since morning my heart is beating fast-fast like say I run race, meanwhile I'm just sitting in office") &
                MR_SYM_PALPITATIONS);
    assert_true(flags("Sketchy gas station sushi = 2am bathroom marathon. Still cramping, zero sleep") & MR_SYM_ILLNESS);
    assert_true(flags("今仔日頭眩目暗，行路攏行袂在，昨暝嘛無睏好") & MR_SYM_DIZZINESS);
    assert_true(flags("阿基里斯腱這半年一直卡卡的，早上起床第一步最痛") & MR_COND_ANKLE);
    assert_true(flags("今天xiongmen 上楼梯的时候特别明显 休息一下就好了") & MR_SYM_CHEST_PAIN);
    assert_true(flags("醫生說我是運動誘發型氣喘，跑步前要先噴一下藥") & MR_COND_ASTHMA);
    assert_int_equal(flags("Lost my keys, missed the train. I'm having a heart attack over here lmao. what a day ugh"), 0);
    assert_int_equal(flags("Kid had a stomach bug all night, I was cleaning up puke til 4am. I'm fine but dead on my feet") &
                     MR_SYM_ILLNESS, 0);
    assert_int_equal(flags("Met a lady on my walk who'd fainted at the bus stop, waited with her till the paramedics came"), 0);
    assert_int_equal(flags("开了一上午会，被领导的PPT看得我眼冒金星头晕目眩，哈哈夸张了，其实就是无聊透顶"), 0);
    assert_true(flags("开了一上午会，头晕目眩，站都站不稳") & MR_SYM_DIZZINESS);
    /* panel 46: a watch doubted is no palpitation; an aromatase inhibitor's joint aches are no bug;
     * an ankle plated in 2016 that "never gives me any bother" is healed (a funeral "last week" is not the ankle's) */
    assert_int_equal(flags("三年前發現心房顫動 現在吃艾必克凝。手錶測的心跳常常亂跳 不太準。今天沒有胸悶") & MR_SYM_PALPITATIONS, 0);
    assert_true(flags("心跳常常乱跳，坐着也跳得很快") & MR_SYM_PALPITATIONS);
    assert_int_equal(flags("On letrozole now which makes my joints ache esp first thing in the morning") & MR_SYM_ILLNESS, 0);
    assert_int_equal(flags("Funeral was last week. Broke my ankle years ago (2016) and the plate's still in but it never gives "
                           "me any bother") & MR_COND_ANKLE, 0);
    assert_true(flags("Broke my ankle years ago and it never gives me any bother, but I rolled it yesterday") & MR_COND_ANKLE);
    /* angina told as a pattern that passes with rest */
    assert_true(read_("when I hit the big hill I get this tight heavy feeling in my chest, sometimes goes down my left arm, goes "
                      "away after a couple mins standing there").angina_pattern);
    /* the baby's age is after the birth, not a pregnancy's months */
    assert_int_equal(flags("宝宝两个月了，顺产，想恢复运动") & MR_COND_PREGNANCY, 0);
    assert_true(read_("宝宝两个月了").notes & MR_NOTE_POSTPARTUM);
    assert_true(flags("怀孕两个月了") & MR_COND_PREGNANCY);
    /* a half named by its place, this Sunday */
    {
        mr_notes hn = read_("Melbourne half is this Sunday!! Taper week so feeling a bit nervy");
        assert_int_equal(hn.race_wday, 0);
        assert_true(hn.race_half);
        assert_int_equal(read_("half the office is off sick this week").race_wday, -1);
    }
}

static void cancelled(void **state) {
    (void)state;
    /* negation, including lists and Chinese forms */
    assert_int_equal(flags("no chest pain"), 0);
    assert_int_equal(flags("no chest pain, dizziness or fever"), 0);
    /* sore arms named beside a chest that is denied are not the heart's */
    assert_int_equal(flags("shovelled for two hours, arms an shoulders are some sore, no chest pain"), 0);
    assert_int_equal(flags("For Dad: he's had the runs and been sick since yesterday"), MR_SYM_ILLNESS); /* a carer's log */
    assert_int_equal(flags("Mum (78) fainted yesterday, she's ok now. I'm all good"), 0);
    assert_int_equal(flags("没有胸痛、头晕"), 0);
    assert_int_equal(flags("头不晕，胸口也不疼"), 0);
    assert_int_equal(flags("木有发烧"), 0);
    /* a new statement after a negation is read */
    assert_int_equal(flags("not dizzy and my chest hurts"), MR_SYM_CHEST_PAIN);
    assert_int_equal(flags("no fever, but dizzy since this morning"), MR_SYM_DIZZINESS);
    /* a hedged negation cancels nothing */
    assert_int_equal(flags("胸口不太舒服"), MR_SYM_CHEST_PAIN);
    assert_int_equal(flags("chest not too bad, a bit tight"), MR_SYM_CHEST_PAIN);
    assert_int_equal(flags("我也不知道为什么胸口疼"), MR_SYM_CHEST_PAIN);
    /* somebody else's */
    assert_int_equal(flags("my dad has heart disease"), 0);
    assert_int_equal(flags("老婆怀孕了"), 0);
    assert_int_equal(flags("my friend fainted at the gym"), 0);
    assert_int_equal(flags("我和我爸都有高血压"), MR_COND_HYPERTENSION); /* the writer too */
    /* healed, or long past */
    assert_int_equal(flags("膝盖已经好了"), 0);
    assert_int_equal(flags("sprained my ankle two years ago, fine now"), 0);
    assert_int_equal(flags("发烧已经退了三天了"), 0);
    assert_int_equal(flags("had the flu last week, all good now"), 0);
    /* but not a chronic disease: a past heart attack is heart disease today */
    assert_int_equal(flags("had a heart attack in 2019"), MR_COND_HEART);
    assert_int_equal(flags("高血压，控制得很好"), MR_COND_HYPERTENSION);
    /* something new is current: "以前不这样" */
    assert_int_equal(flags("爬楼就喘 以前不这样"), MR_SYM_BREATH);
    /* and "is it normal to be dizzy" is still dizziness */
    assert_int_equal(flags("头晕正常吗"), MR_SYM_DIZZINESS);
}

static void figures_of_speech(void **state) {
    (void)state;
    assert_int_equal(flags("that movie was heartbreaking"), 0);
    assert_int_equal(flags("dying to run today"), 0);
    assert_int_equal(flags("this heat is killing me"), 0);
    assert_int_equal(flags("累成狗"), 0);
    assert_int_equal(flags("心累"), 0);
    assert_int_equal(flags("这个课表我看晕了"), 0);
    assert_int_equal(flags("我是跑步发烧友"), 0);
    assert_int_equal(flags("hay fever season"), 0);
    assert_int_equal(flags("看到他回消息心跳加速😍"), 0);
    assert_int_equal(read_("累成狗").mood, MR_MOOD_TIRED);
    assert_int_equal(read_("that movie was heartbreaking").mood, MR_MOOD_NEGATIVE);
}

static void unsure(void **state) {
    (void)state;
    mr_notes n = read_("my wrist feels weird when I lift my arm");
    assert_int_equal(n.flags, 0);
    assert_int_equal(n.n_unsure, 1);
    /* a shoulder named is placed: its own advice, no unsure line */
    n = read_("shoulder hurts when I lift my arm");
    assert_true(n.notes & MR_NOTE_SHOULDER);
    assert_int_equal(n.n_unsure, 0);
    n = read_("hip has been aching");
    assert_int_equal(n.n_unsure, 1);
    assert_true(n.notes & MR_NOTE_LOWER_BODY);
    n = read_("今天身体不舒服");
    assert_int_equal(n.n_unsure, 1);
    n = read_("meeting at 7 sharp");
    assert_int_equal(n.n_unsure, 0);
    assert_int_equal(n.flags, 0);
    /* legs grown weak, which strength work answers, are placed; weak legs with
     * nothing said stay unsure */
    assert_int_equal(read_("legs are weak, struggle with the stairs at home").n_unsure, 0);
    assert_int_equal(read_("腿没劲，上楼费劲，想练练").n_unsure, 0);
    assert_int_equal(read_("my legs are weak").n_unsure, 1);
    /* "it" beside an injury word is the part the sentence before named */
    n = read_("knee's way better than last week, swelling gone! sprained it 10 days ago");
    assert_true(n.flags & MR_COND_KNEE);
    assert_int_equal(n.n_unsure, 0);
    assert_true(read_("rolled my ankle on saturday. it's still swollen").flags & MR_COND_ANKLE);
    assert_false(read_("Back is fine. My run was great, it hurts to stop").flags & MR_COND_BACK);
}

static void mood(void **state) {
    (void)state;
    /* sarcasm turns the praise into the complaint; behaviour says the mood */
    assert_int_equal(mr_notes_mood("Great, rained on my only day off. Perfect. Just perfect."), MR_MOOD_NEGATIVE);
    assert_int_equal(mr_notes_mood("太好了，周末又被叫回去加班，我可真是公司的宝贝呢🙂"), MR_MOOD_NEGATIVE);
    assert_int_equal(mr_notes_mood("Feeling great, just perfect run this morning"), MR_MOOD_POSITIVE);
    assert_int_equal(mr_notes_mood("Slept through 3 alarms. Coffee #3 and it's only 10am"), MR_MOOD_TIRED);
    assert_int_equal(mr_notes_mood("Cancelled on the girls again. Didn't get out of bed till 2."), MR_MOOD_NEGATIVE);
    assert_int_equal(mr_notes_mood("Interview at 2, trying not to spiral"), MR_MOOD_STRESSED);
    assert_int_equal(mr_notes_mood("最近膝盖有点疼，工作压力很大"), MR_MOOD_STRESSED);
    assert_int_equal(mr_notes_mood("I feel tired today, maybe a short walk?"), MR_MOOD_TIRED);
    assert_int_equal(mr_notes_mood("今天心情很好，想出去走走"), MR_MOOD_POSITIVE);
    assert_int_equal(mr_notes_mood("Feeling sad and down today"), MR_MOOD_NEGATIVE);
    assert_int_equal(mr_notes_mood("Plan: swim at 7"), MR_MOOD_NEUTRAL);
    assert_int_equal(mr_notes_mood("not happy with my pace"), MR_MOOD_NEGATIVE);
    assert_int_equal(mr_notes_mood("not tired at all"), MR_MOOD_NEUTRAL);
    assert_int_equal(mr_notes_mood("烦死了"), MR_MOOD_NEGATIVE); /* irritation is negative (LABELS.md) */
    assert_int_equal(mr_notes_mood("my wife is so stressed"), MR_MOOD_NEUTRAL); /* somebody else's */
    assert_int_equal(mr_notes_mood("soooo tierd"), MR_MOOD_TIRED);
    assert_int_equal(mr_notes_mood("一坐就是十个小时😩 最近项目赶进度压力超大，晚上老是想东想西"), MR_MOOD_STRESSED);
    /* a symptom come back, praised; a death beside tiredness; not a faint's "passed out"; hyperbole is no death */
    assert_int_equal(mr_notes_mood("great, chest pain again lol. third time this week"), MR_MOOD_NEGATIVE);
    assert_int_equal(mr_notes_mood("太好了又胸口疼了，这周第三次了呵呵"), MR_MOOD_NEGATIVE);
    assert_int_equal(mr_notes_mood("爷爷走了，这几天都不想动"), MR_MOOD_NEGATIVE);
    assert_int_equal(mr_notes_mood("grandpa passed last week. going for a slow walk to clear my head"), MR_MOOD_NEGATIVE);
    assert_int_equal(mr_notes_mood("Dad passed out at church yesterday so I spent the night in A&E with him. I'm fine, just shattered"),
                     MR_MOOD_TIRED);
    assert_int_equal(mr_notes_mood("家人们谁懂啊 期末周连熬三个大夜 困到原地去世 眼皮子都睁不开了"), MR_MOOD_TIRED);
    assert_int_equal(mr_notes_mood("栓Q，二甲双胍吃了拉肚子，三天了还在拉"), MR_MOOD_NEGATIVE);
    assert_int_equal(mr_notes_mood("did end of the street and back sunday"), MR_MOOD_NEUTRAL); /* "street" is no typo of "stress" */
    assert_string_equal(mr_mood_name(MR_MOOD_STRESSED), "stressed");
}

/* What the coach reads beyond safety: the time the writer has, short
 * sleep, which muscles were trained, stiffness from sitting, a fresh
 * sprain, and being back from an illness. */
static void coaching_facts(void **state) {
    (void)state;
    assert_int_equal(read_("Got about 45 min before dinner.").minutes_free, 45);
    assert_int_equal(read_("午休就40分钟，吃完饭还剩20来分钟").minutes_free, 20);
    assert_int_equal(read_("only have half an hour").minutes_free, -1); /* words, not digits: not read */
    assert_int_equal(read_("ran 30 minutes yesterday").minutes_free, -1); /* a past session is not free time */
    assert_int_equal(read_("have 1 hr at lunch").minutes_free, 60);
    /* panel 69's: the baby's nap is the window; a weight target over a number of weeks; a frequency is no target's week */
    assert_int_equal(read_("想趁寶寶午睡20分鐘運動，推嬰兒車快走已經很輕鬆").minutes_free, 20);
    assert_int_equal(read_("想趁天没黑去公园快走一个小时").minutes_free, -1);
    assert_int_equal(read_("这周出差，每天早上能练45分钟").minutes_free, 45);
    assert_int_equal(read_("每天下班可以练两个小时").minutes_free, -1);
    assert_true(read_k("以前腰椎间盘突出过。出差这一周每天骑多久合适？会不会伤腰？", MR_COND_BACK).back_bike);
    /* a trek ahead, asked about; home above neighbours who hear a jump (not knees aching going downstairs) */
    assert_int_equal(read_("Only hills I've got are 12 floors of stairs. Can stairs actually get me ready for Kili?").trek_asked, 1);
    {
        mr_notes g = read_("Is the Grind in August actually realistic for someone my size or am I kidding myself?");
        assert_true(g.trek_asked == 2 && g.trek_month == 8);
    }
    assert_true(read_("租的老小区，楼下阿姨很敏感，跳一下就上来敲门").quiet_home);
    assert_true(read_("small flat so no jumping (neighbours downstairs!)").quiet_home);
    assert_false(read_("knees ache going downstairs. tried a youtube HIIT jumping thing last yr").quiet_home);
    {
        mr_notes w = read_("10周瘦5公斤现实吗？");
        assert_true(w.loss_kg_week > 0.49f && w.loss_kg_week < 0.51f && w.loss_asked);
        assert_true(read_("lose 5 kg in 10 weeks, realistic?").loss_kg_week > 0.49f);
        assert_true(read_("lose 20 lbs, I run 5 km 3 times a week").loss_kg_week == 0.0f);
    }
    assert_true(read_("should I keep resting till it's 100% or start doing stuff?").ask & MR_ASK_REST);
    assert_true(read_("我是不是真的该停下来休息？").ask & MR_ASK_REST);
    assert_int_equal(read_("要练多久、多累才会降血压？").mood, MR_MOOD_NEUTRAL);
    /* a try at running that lasted minutes: where the week's runs start (walk-jog) */
    assert_int_equal(read_("tried to jog last week, made it 5 min, felt like dying").run_managed, 5);
    assert_int_equal(read_("上周试着跑步，跑了3分钟就跑不动了").run_managed, 3);
    assert_int_equal(read_("I run 30 minutes three times a week").run_managed, 0);
    assert_int_equal(read_("Only have 10 min, can I run?").run_managed, 0);
    /* one repeat of a set is the session's structure, not the time free */
    mr_notes iv = read_("Plan is a 90 min ride at 1 (only time I get off work) with 3 x 10 min threshold.");
    assert_int_equal(iv.minutes_free, -1);
    assert_int_equal(iv.minutes_planned, 90);
    assert_int_equal(iv.asked, MR_ACT_CYCLE); /* "plan is": the session asked about */
    /* a practice fixed for tonight is the session asked about; one done this evening is not */
    assert_int_equal(read_("Hockey practice 5:30-7 tonight at the rink").asked, MR_ACT_COUNT);
    assert_int_equal(read_("went for a run this evening, knees sore").asked, -1);
    assert_int_equal(read_("今晚打完球了，好累").asked, -1);
    assert_int_equal(read_("only got time for 3x10min intervals").minutes_free, -1);
    assert_int_equal(read_("今天只有4×8分钟间歇").minutes_free, -1);
    assert_int_equal(read_("今天只有5组3分钟").minutes_free, -1);
    assert_int_equal(read_("only 30 min today, 3 x 10 min").minutes_free, 30);
    /* a session planned; the eve of the writer's own race; the myth */
    assert_int_equal(read_("gonna run 2 hours today to get ready").minutes_planned, 120);
    assert_int_equal(read_("今天打算骑3个小时").minutes_planned, 180);
    assert_int_equal(read_("ran 2 hours yesterday").minutes_planned, -1);
    assert_true(read_("signed up for a 10k tomorrow lol").notes2 & MR_NOTE2_RACE_EVE);
    assert_true(read_("明天跑半马，有点紧张").notes2 & MR_NOTE2_RACE_EVE);
    assert_false(read_("my son's race is tomorrow").notes2 & MR_NOTE2_RACE_EVE);
    assert_false(read_("孩子明天比赛，我陪着").notes2 & MR_NOTE2_RACE_EVE);
    assert_false(read_("no race tomorrow, just chilling").notes2 & MR_NOTE2_RACE_EVE);
    assert_true(read_("no pain no gain right?").pain_myth && read_("教练说不痛不长肌肉").pain_myth);
    /* set 71's phone typing: a mild effort named in the words beats the run
     * in the sentence; "主要是" is not "要是" (if); "以为" holds its own clause;
     * "我有" makes it the writer's; a voice slip for the ankle; nitro taken */
    assert_true(read_("体育课跑800 跑完喘不算 主要是现在上个楼梯都喘 我才15啊").flags & MR_SYM_BREATH);
    assert_false(read_("跑完800米喘得不行").flags & MR_SYM_BREATH);
    assert_true(read_("同桌以为我在抖腿，我有哮喘").flags & MR_COND_ASTHMA);
    assert_false(read_("以为自己发烧，量了才36.8").flags & MR_SYM_FEVER);
    assert_true(read_("rolled my uncle on the curb yesterday lol ANKLE. its purple and puffy").flags & MR_COND_ANKLE);
    assert_true(read_("I took my nitro under the tongue full stop").flags & MR_COND_HEART);
    assert_true(read_("couldnt get thru a whole sentence on the phone w my sister without stopping for air").flags & MR_SYM_BREATH);
    assert_true(read_("zero palpitations since they changed my meds, AF finally settled").flags & MR_COND_HEART);
    assert_false(read_("tired af, long shift").flags & MR_COND_HEART);
    /* consciousness lost, not a near miss (lightheaded is not unconscious) */
    assert_true(read_("I fainted at the bus stop yesterday").faint_lost);
    assert_true(read_("昨天晕倒了一次").faint_lost);
    assert_true(read_("nearly passed out in the shower, then actually passed out").faint_lost);
    assert_false(read_("felt dizzy and nearly fainted on my run yesterday").faint_lost);
    assert_false(read_("差点晕倒，扶着墙站了一会").faint_lost);
    assert_false(read_("almost blacked out standing up").faint_lost);
    assert_true(read_("这周每天只睡五个小时").notes & MR_NOTE_SHORT_SLEEP);
    assert_true(read_("only slept 6 hrs, exams").notes & MR_NOTE_SHORT_SLEEP);
    assert_true(read_("失眠好几天了").notes & MR_NOTE_SHORT_SLEEP);
    assert_false(read_("slept 8 hours, feel great").notes & MR_NOTE_SHORT_SLEEP);
    assert_true(read_("Heavy squat + deadlift day yesterday, quads are wrecked").notes & MR_NOTE_LOWER_WORKED);
    assert_false(read_("Heavy squat + deadlift day yesterday").notes & MR_NOTE_UPPER_WORKED);
    mr_notes n = read_("昨天练胸，今天胸肌酸，今天想练腿");
    assert_true((n.notes & MR_NOTE_UPPER_WORKED) && !(n.notes & MR_NOTE_LOWER_WORKED)); /* 想练腿 is a wish */
    n = read_("昨天刚跑完全马，大腿前侧酸得下楼梯都得侧着走");
    assert_true((n.notes & MR_NOTE_LOWER_WORKED) && n.n_unsure == 0 && n.flags == 0);
    n = read_("天天坐电脑前，脖子和肩膀硬得像石头");
    assert_true((n.notes & MR_NOTE_NECK_SHOULDER) && n.n_unsure == 0 && n.flags == 0);
    n = read_("shoulders are stiff and the ache goes into my jaw"); /* spreading to the jaw: the warning sign */
    assert_true(n.flags & MR_SYM_CHEST_PAIN);
    n = read_("Rolled my ankle last night, it's swollen and purple");
    assert_true((n.flags & MR_COND_ANKLE) && (n.notes & MR_NOTE_ACUTE_SPRAIN));
    assert_false(read_("sprained my ankle two years ago, fine now").notes & MR_NOTE_ACUTE_SPRAIN);
    n = read_("Getting over a cold, no fever for 4 days now, just a leftover stuffy nose");
    assert_true((n.notes & MR_NOTE_RECOVERED) && n.flags == 0);
    n = read_("上周发烧了，发烧已经退了三天了");
    assert_true((n.notes & MR_NOTE_RECOVERED) && n.flags == 0);
    assert_false(read_("我妈感冒刚好").notes & MR_NOTE_RECOVERED);
    /* periods: pain today softens the day; months without one is a doctor's question, not a pregnancy */
    n = read_("大姨妈第一天🩸肚子坠着疼，吃了布洛芬好点了");
    assert_true((n.notes & MR_NOTE_PERIOD_PAIN) && n.n_unsure == 0 && n.flags == 0);
    assert_true(read_("period cramps are killing me").notes & MR_NOTE_PERIOD_PAIN);
    assert_false(read_("on my period today, feeling great").notes & MR_NOTE_PERIOD_PAIN);
    assert_false(read_("我老婆痛经").notes & MR_NOTE_PERIOD_PAIN);
    n = read_("havent had my period since summer (3 months?) is that normal for athletes??");
    assert_true((n.notes & MR_NOTE_NO_PERIODS) && !(n.flags & MR_COND_PREGNANCY));
    /* after a birth: the baby's age is not pregnancy weeks; leaking is the pelvic floor */
    n = read_("宝宝8周了，顺产，42天复查医生说恢复得还行，一咳嗽就有点漏尿，还在喂奶");
    assert_true((n.notes & MR_NOTE_POSTPARTUM) && (n.notes & MR_NOTE_LEAKING));
    assert_false(n.flags & (MR_COND_PREGNANCY | MR_SYM_PREG_WARNING));
    assert_int_equal(n.n_unsure, 0);
    assert_true(read_("怀孕8周了，有点孕吐").flags & MR_COND_PREGNANCY);
    assert_false(read_("my sister just gave birth").notes & MR_NOTE_POSTPARTUM);
    /* facts a coach answers: insulin, a hangover, a race today, a taper, long COVID, a flare */
    assert_true(read_("1型糖尿病，打胰岛素（诺和锐+来得时）。刚测指尖血糖5.2").notes & MR_NOTE_INSULIN);
    assert_true(read_("昨晚公司年会喝大了🍺 今天头疼").notes & MR_NOTE_HANGOVER);
    /* somebody else's, or denied: nothing about the writer */
    assert_false(read_("my dad takes insulin, I'm fine").notes & MR_NOTE_INSULIN);
    assert_false(read_("我爸每天打胰岛素，我陪他散步").notes & MR_NOTE_INSULIN);
    assert_false(read_("I'm not on insulin, just metformin").notes & MR_NOTE_INSULIN);
    assert_true(read_("on insulin since last year").notes & MR_NOTE_INSULIN);
    assert_true(read_("my mom is diabetic too but I'm the one on insulin").notes & MR_NOTE_INSULIN);
    /* panel 29's well clients: asthma named in Taiwanese, a habit's idiom, a baby's age, a question about the cold */
    n = read_("氣喘平常有在噴藥，控制得還不錯");
    assert_true((n.flags & MR_COND_ASTHMA) && !(n.flags & MR_SYM_BREATH));
    assert_int_equal(read_("在家能练吗？不练一天浑身不得劲。").flags, 0);
    n = read_("Baby is 4 months, got the all-clear at my 6 week check. Still a bit of leaking when I jump");
    assert_true(!(n.flags & (MR_COND_PREGNANCY | MR_SYM_PREG_WARNING)) && (n.notes & MR_NOTE_POSTPARTUM));
    assert_true(read_("I'm 30 weeks, baby is kicking loads").flags & MR_COND_PREGNANCY);
    n = read_("It's freezing out, is it ok to run or will I get sick??");
    assert_true(!(n.flags & MR_SYM_ILLNESS) && n.sick_asked);
    assert_true(read_("I feel sick, will I be ok to run?").flags & MR_SYM_ILLNESS);
    assert_true(read_("legs are still a bit sore from tuesday. what should i hit?").notes & MR_NOTE_LOWER_WORKED);
    /* panel 30's: a husband's heart attack, a child's fever are theirs; friends played too, the knee is the writer's */
    assert_false(read_("老伴上个月心梗住院，现在在家养着").flags & MR_COND_HEART);
    assert_true(read_("老伴说我昨晚心跳得很乱").flags & MR_SYM_PALPITATIONS);
    assert_false(read_("小宝发烧38度5，折腾了两晚没咋睡，我自己倒没啥事").flags & MR_SYM_FEVER);
    assert_true(read_("琴日同班friend踢完波，今朝起身膝頭哥有啲腫").acute & MR_COND_KNEE);
    assert_false(read_("Had a chest cold 2 weeks ago, totally fine now.").notes & MR_NOTE_RECOVERED);
    /* what the coach answers: hot yoga, the blood-pressure myth, long sitting, a gym, not being watched, ketones */
    assert_true(read_("朋友约我去上热瑜伽，可以吗？").hot_yoga);
    assert_true(read_("朋友老说高血压不能运动，真的吗？").bp_myth);
    assert_false(read_("高血压，吃药控制得挺好").bp_myth);
    assert_true(read_("back's stiff from sitting all day at work").sits_long);
    n = read_("I have a gym membership I never use lol");
    assert_true(n.gym_access & (1u << MR_ACT_STATIONARY_BIKE));
    assert_true(read_("家里有一台动感单车").gym_access == 1u << MR_ACT_STATIONARY_BIKE);
    assert_int_equal(read_("no gym near me, just the park").gym_access, 0);
    assert_true(read_("she doesn't want to do anything sporty in front of people").not_seen);
    n = read_("BG 280, checked ketones and they're negative");
    assert_true(n.ketones_neg && n.glucose == 280);
    assert_false(read_("BG 280, haven't checked ketones").ketones_neg);
    /* a low treated, the reading since back up: the later reading counts; symptoms after a reading are a low now */
    n = read_("went low at 3.6 before lunch, had juice and a biscuit, now 6.8");
    assert_true(n.glucose == 122 && (n.notes2 & MR_NOTE2_LOW_TREATED) && !(n.notes & MR_NOTE_LOW_GLUCOSE));
    n = read_("早上低血糖了3.5，喝了果汁，现在6.2");
    assert_true(n.glucose == 112 && (n.notes2 & MR_NOTE2_LOW_TREATED));
    n = read_("sugar 6.8 this morning, now shaky and sweaty, think I'm going low");
    assert_true((n.notes & MR_NOTE_LOW_GLUCOSE) && !(n.notes2 & MR_NOTE2_LOW_TREATED));
    /* hay fever's sneezing and a smoker's cough are not a cold; with a cold or a fever named, the cold stands */
    n = read_("hay fever is terrible today, sneezing and itchy eyes");
    assert_true(n.hay_fever && !(n.notes & MR_NOTE_COLD));
    assert_false(read_("花粉过敏又犯了，一直打喷嚏流鼻涕").notes & MR_NOTE_COLD);
    assert_false(read_("smoker's cough as usual in the mornings, nothing new").notes & MR_NOTE_COLD);
    assert_true(read_("hay fever or a cold? sore throat and sneezing").notes & MR_NOTE_COLD);
    n = read_("my son has hay fever, I've got a cold");
    assert_true(!n.hay_fever && (n.notes & MR_NOTE_COLD));
    /* a blocked pump and nausea: with a high reading, ketones before anything (safety.c) */
    assert_true(read_("pump occlusion alarm went off twice overnight").notes & MR_NOTE_HYPERGLY_SIGNS);
    assert_true(read_("胰岛素泵管路堵了，有点恶心").notes & MR_NOTE_HYPERGLY_SIGNS);
    assert_false(read_("my son's pump line was blocked yesterday, sorted now").notes & MR_NOTE_HYPERGLY_SIGNS);
    assert_false(read_("not hungover at all, slept great").notes & MR_NOTE_HANGOVER);
    assert_false(read_("my husband is hungover lol").notes & MR_NOTE_HANGOVER);
    assert_false(read_("我妈类风湿又犯了，我得照顾她").notes & MR_NOTE_ARTHRITIS_FLARE);
    assert_true(read_("类风湿又犯了，手指肿").notes & MR_NOTE_ARTHRITIS_FLARE);
    assert_false(read_("my son has a race today, I'm just watching").notes & MR_NOTE_RACE_TODAY);
    assert_true(read_("race is at 2pm today!! 3000m").notes & MR_NOTE_RACE_TODAY);
    /* a game with its hour, or tonight's ball game: the match is the day's session; a son's is not */
    n = read_("T1 on pump. game at 3. coach says just play");
    assert_true((n.notes & MR_NOTE_RACE_TODAY) && n.match_today && (n.notes & MR_NOTE_INSULIN) && n.pump);
    n = read_("今晚有球赛，有点紧张");
    assert_true((n.notes & MR_NOTE_RACE_TODAY) && n.match_today);
    assert_false(read_("my son has a game at 3, I want to run first").notes & MR_NOTE_RACE_TODAY);
    assert_false(read_("game at 3 tomorrow, easy day today").notes & MR_NOTE_RACE_TODAY);
    /* a team's practice fixed for today is the day's session too (match_today 2); a gym's
     * "training tonight", piano practice, a son's practice and a cancelled one are not */
    n = read_("T1D. Practice at 4:30 for 90 min, coach is picking the team Friday");
    assert_true((n.notes & MR_NOTE_RACE_TODAY) && n.match_today == 2);
    n = read_("校田径队的，今天训练课是6组300米间歇，教练说低于5就别练了");
    assert_true((n.notes & MR_NOTE_RACE_TODAY) && n.match_today == 2);
    assert_false(read_("leg training tonight at the gym").notes & MR_NOTE_RACE_TODAY);
    assert_false(read_("piano practice at 4, then the club for a swim").notes & MR_NOTE_RACE_TODAY);
    assert_false(read_("my son has practice at 4 with his team, I want to run first").notes & MR_NOTE_RACE_TODAY);
    assert_false(read_("no practice today, coach is sick").notes & MR_NOTE_RACE_TODAY);
    n = read_("race is at 2pm today!! 3000m");
    assert_false(n.match_today);
    assert_true(read_("Taper week, race Sunday! Legs feel a bit flat").notes & MR_NOTE_TAPER);
    n = read_("新冠后快半年了，一直很容易累。医生说是长新冠。");
    assert_true((n.notes & MR_NOTE_LONG_COVID) && !(n.flags & MR_SYM_ILLNESS));
    assert_true(read_("类风湿这几天又犯了，手指又肿又热").notes & MR_NOTE_ARTHRITIS_FLARE);
    /* turning the head is not a spinning head; not sleeping is short sleep */
    assert_false(read_("脖子特别僵，转头有点卡，不算很疼").flags & MR_SYM_DIZZINESS);
    assert_true(read_("一转头就晕，天旋地转").flags & MR_SYM_DIZZINESS);
    assert_true(read_("Not sleeping much, appetite's off").notes & MR_NOTE_SHORT_SLEEP);
    /* months of poor sleep are not one short night; 4 hours or less is a very short one */
    n = read_("绝经前后这一年，潮热、睡不好，肚子上的肉越来越多");
    assert_true(n.sleep_long && !(n.notes & MR_NOTE_SHORT_SLEEP));
    n = read_("sciatica on and off for years. didn't sleep much");
    assert_true(!n.sleep_long && (n.notes & MR_NOTE_SHORT_SLEEP));
    assert_true(read_("slept 3 h, boss yelled at me").sleep_very_short);
    assert_false(read_("slept maybe 5 hrs").sleep_very_short);
    /* a joint that hurts more with training; a desk day's ache is not that */
    assert_true(read_("我個膝頭哥痛咗兩個禮拜，跑完之後更加痛").joint_worse);
    assert_false(read_("lower back grumbling for a year, worse after long days at the desk").joint_worse);
    /* how to start lifting, asked; a fall behind and a fear now; a runner's form is not a fall */
    assert_true(read_("朋友说要练力量保骨头，不知道一周练几次、每次多少组合适").lift_asked);
    assert_true(read_("去年在浴室滑了一跤，現在走路有點怕").fall_fear);
    assert_false(read_("下個月有場半馬，好驚跌晒水準").fall_fear);
    /* the signs named for what they may be: a clot, pre-eclampsia, angina; hip arthritis; lying flat asked */
    assert_true(read_("孕33周，左边小腿又肿又疼，按下去有点硬").preg_calf);
    assert_true(read_("孕33周，今天早上还有点头痛，眼睛有点花").preg_head);
    assert_true(read_("爬两层楼就觉得胸口发闷，歇一两分钟就好了").angina);
    n = read_("Osteoarthritis in my right hip. Walking more than 20 min makes it ache.");
    assert_true(n.hip_oa && n.walk_hurts && n.n_unsure == 0);
    assert_true(read_("孕28周，瑜伽课老师会让我们平躺做一些动作，不知道还可不可以").supine_asked);
    assert_false(read_("I like lying on my back after a run").supine_asked);
    /* a drug stopped on purpose is not a missed dose; insulin resistance is no insulin */
    assert_false(read_("Type 2, on metformin only (doctor stopped my gliclazide for the month)").notes & MR_NOTE_MISSED_MEDS);
    assert_true(read_("forgot my metformin this morning").notes & MR_NOTE_MISSED_MEDS);
    assert_false(read_("醫生說有胰島素阻抗，開了二甲雙胍").notes & MR_NOTE_INSULIN);
    assert_true(read_("晚上打一针甘精胰岛素").notes & MR_NOTE_INSULIN);
    /* worrying about catching a cold is not having one; the kid's sniffles are the kid's */
    assert_false(read_("Slightly paranoid about catching a cold, my kid had the sniffles but I'm fine.").notes & MR_NOTE_COLD);
    /* the pulled muscle named; an injury a month old is not fresh; "at home I run" is the writer's home town */
    n = read_("Pulled my left hamstring 19 days ago in a sprint, physio said grade 1-2.");
    assert_true((n.notes & MR_NOTE_STRAIN) && n.strain_muscle == 1 && n.n_unsure == 0 && !(n.notes & MR_NOTE_LOWER_BODY));
    assert_false(read_("上个月下台阶崴了一下差点摔了").acute & MR_COND_ANKLE);
    assert_true(read_("昨天下楼梯踩空崴了右脚，脚踝肿得跟馒头一样").acute & MR_COND_ANKLE);
    assert_false(read_("Flew to Cusco yesterday. At home I run 50 km a week.").at_home);
    /* a flare's hot, swollen joint today outweighs months of quiet, and is no sprain */
    n = read_("类风湿关节炎八年，这两个月控制得还不错。今天早上右膝盖有点热有点肿，比平时明显，走路疼");
    assert_true((n.notes & MR_NOTE_ARTHRITIS_FLARE) && !(n.notes & MR_NOTE_ACUTE_SPRAIN));
    assert_false(read_("rheumatoid arthritis, no swollen joints right now, quiet for 4 months").notes & MR_NOTE_ARTHRITIS_FLARE);
    assert_true(read_("(Mum writing) please no weight talk in front of him, he reads these").no_weight_talk);
    assert_true(read_("41 today and no air con at my place").no_ac);
    /* a thyroid dose is no glucose; 上面/下面 name the two pressures; 個頭 is the head */
    assert_int_equal(read_("每天早上空腹吃优甲乐50微克").glucose, -1);
    n = read_("頭先用部機量咗下，上面186下面114，個頭有啲痛");
    assert_true(n.bp_sys == 186 && n.bp_dia == 114 && (n.notes & MR_NOTE_HEADACHE));
    /* told as past and passed, effort-brought chest pain is still the writer's (angina) */
    n = read_("Last week rushing for the train I got this tight heavy feeling across my chest, went away after a few minutes sitting down.");
    assert_true((n.flags & MR_SYM_CHEST_PAIN) && n.angina);
    /* morning sickness is the pregnancy's, not an illness */
    assert_false(read_("9 weeks pregnant, morning sickness is brutal, threw up twice today").flags & MR_SYM_ILLNESS);
    assert_true(read_("Pollen count is EXTREME today, my hay fever is going nuts").pollen_high);
}

static void hostile_text(void **state) {
    (void)state;
    assert_int_equal(flags(""), 0);
    assert_int_equal(flags(NULL), 0);
    /* invalid UTF-8, control bytes, a long run of one character */
    assert_int_equal(flags("\xff\xfe\x80 chest \xc0\xaf pain"), MR_SYM_CHEST_PAIN);
    static char big[2001];
    memset(big, 'a', sizeof big - 1);
    assert_int_equal(flags(big), 0);
    for (int i = 0; i < 2000; i += 3) memcpy(big + i, "疼", i + 3 <= 2000 ? 3 : 0);
    mr_notes n;
    mr_notes_read(big, 0, &n);
    assert_true(n.n_unsure <= MR_NOTES_MAX_UNSURE);
    /* numbers far beyond any reading, where a reading is looked for (found
     * by fuzzing: their conversion to int was undefined; the sanitizer
     * build stops on it) */
    const char *huge[] = {"bp 222222222222222222222/22222222222222222222",
                          "systolic 99999999999999999999 diastolic 99999999999999999999",
                          "36000000000000000000000 weeks pregnant", "血压 1e400/90"};
    for (int i = 0; i < 4; i++) {
        mr_notes_read(huge[i], 0, &n);
        assert_int_equal(n.bp_sys, -1);
        assert_int_equal(n.preg_weeks, -1);
    }
}

/* What a diagnosis, a date or a condition word changes in the reading of
 * the words beside it. */
static void context_of_words(void **state) {
    (void)state;
    mr_notes n;
    /* POTS diagnosed: the rise on standing is the condition's, not a palpitation */
    mr_notes_read("Diagnosed with POTS in August - heart rate jumps to 130 when I stand up.", 0, &n);
    assert_int_equal(n.pots, 1);
    assert_false(n.flags & MR_SYM_PALPITATIONS);
    /* undiagnosed, the same rise is still a warning sign; a racing heart at rest too */
    mr_notes_read("heart rate jumps to 130 when I stand up", 0, &n);
    assert_int_equal(n.pots, 0);
    assert_true(n.flags & MR_SYM_PALPITATIONS);
    mr_notes_read("I have POTS. Heart racing at 140 lying down in bed tonight.", 0, &n);
    assert_true(n.flags & MR_SYM_PALPITATIONS);
    mr_notes_read("washed the pots and pans, then a walk", 0, &n);
    assert_int_equal(n.pots, 0);
    mr_notes_read("cardiologist ruled out POTS", 0, &n);
    assert_int_equal(n.pots, 0);
    /* a stroke dated, and the antiplatelet that follows it is not heart disease */
    mr_notes_read("Stroke 8 months ago, left side still weaker. On ramipril, atorvastatin, clopidogrel.", 0, &n);
    assert_true(n.notes & MR_NOTE_STROKE);
    assert_false(n.flags & MR_COND_HEART);
    mr_notes_read("Had a stent last year, on clopidogrel. Stroke 2 years ago.", 0, &n);
    assert_true(n.flags & MR_COND_HEART);
    mr_notes_read("working on my breaststroke, stroke rate 30 last year", 0, &n);
    assert_false(n.notes & MR_NOTE_STROKE);
    /* what happens when tired is not how today feels */
    mr_notes_read("my left foot drags when I get tired", 0, &n);
    assert_int_not_equal(n.mood, MR_MOOD_TIRED);
    assert_int_equal(n.tired_when, 1);
    mr_notes_read("I'm so tired today", 0, &n);
    assert_int_equal(n.mood, MR_MOOD_TIRED);
    /* the point of "2.5 h" ends no sentence: the plan is a ride */
    mr_notes_read("Planning a 2.5 h endurance ride today.", 0, &n);
    assert_int_equal(n.asked, MR_ACT_CYCLE);
    /* a sweat wished for is no cold sweat beside a congested chest */
    mr_notes_read("fever of 101.2, chest feels tight and congested, coughing. Want to hit spin to sweat it out", 0, &n);
    assert_true(n.flags & MR_SYM_CHEST_PAIN);
    assert_false(n.notes & MR_NOTE_MI_SIGNS);
    mr_notes_read("chest pain and I'm sweating buckets", 0, &n);
    assert_true(n.notes & MR_NOTE_MI_SIGNS);
    /* asthma's wheeze last week and its night cough: short of control, not breathless today, not a cold */
    mr_notes_read("I have asthma. Last week I was wheezing after practice and coughing at night.", 0, &n);
    assert_false(n.flags & MR_SYM_BREATH);
    assert_false(n.notes & MR_NOTE_COLD);
    assert_int_equal(n.asthma_poor, 1);
    mr_notes_read("I have asthma. Last week I was wheezing and I'm still wheezing today.", 0, &n);
    assert_true(n.flags & MR_SYM_BREATH);
    /* the reliever more than twice a week, or waking with it: short of control (GINA 2023) */
    mr_notes_read("哮喘，这周蓝色那个喷雾用了五六次，跑完要缓半天", 0, &n);
    assert_int_equal(n.asthma_poor, 1);
    mr_notes_read("asthma, woke up coughing twice this week", 0, &n);
    assert_int_equal(n.asthma_poor, 1);
    mr_notes_read("asthma, I take my inhaler before races, all good", 0, &n);
    assert_int_equal(n.asthma_poor, 0);
    mr_notes_read("my son's asthma inhaler is used every day", 0, &n);
    assert_int_equal(n.asthma_poor, 0);
    /* a question told as having happened is a report; a doctor's "stop if" is an instruction */
    mr_notes_read("Is it bad if I get breathless walking up one flight of stairs? Happened at work today and yesterday.", 0, &n);
    assert_true(n.flags & MR_SYM_BREATH);
    mr_notes_read("what if I get dizzy on the bike?", 0, &n);
    assert_false(n.flags & MR_SYM_DIZZINESS);
    mr_notes_read("My doctor said to stop if I feel dizzy. I don't, just passing it on", 0, &n);
    assert_false(n.flags & MR_SYM_DIZZINESS);
    /* the question mark ending the sentence before does not make the next one a question */
    mr_notes_read("If I feel faint on the treadmill should I hop off? My cardiologist said to stop if I get lightheaded, "
                  "since the stent last year.", 0, &n);
    assert_true(n.flags & MR_COND_HEART);
    /* "my lower back" is the writer's, whoever was carried for; a mother's condition after the birth is hers */
    mr_notes_read("My bf was wheezing so I had to drive him home and carry his kit, tweaked my lower back lifting the bag", 0, &n);
    assert_true(n.flags & MR_COND_BACK);
    mr_notes_read("宝宝出生三个月了，跟腱炎一直没好，抱娃站久了脚后跟就疼。", 0, &n);
    assert_true((n.flags & MR_COND_ANKLE) && !(n.flags & MR_COND_PREGNANCY) && (n.notes & MR_NOTE_POSTPARTUM));
    /* an account opened for a father; what a mother said of the writer in Cantonese; Cantonese breathlessness */
    mr_notes_read("这个号是我给老爸注册的，他八十了。他今天说站起来的时候眼前发黑，差点又摔", 0, &n);
    assert_true(n.flags & MR_SYM_DIZZINESS);
    mr_notes_read("阿媽話我塊面好青，行兩步就要停低抖氣", 0, &n);
    assert_true(n.flags & MR_SYM_BREATH);
    /* shorthand and misspellings: CP, Ventalin, "the fluttering", lost seconds */
    mr_notes_read("CP since this morning, kind of a squeeze in the middle", 0, &n);
    assert_true(n.flags & MR_SYM_CHEST_PAIN);
    mr_notes_read("Ventalin twice before the 5-a-side", 0, &n);
    assert_true(n.flags & MR_COND_ASTHMA);
    mr_notes_read("Told the nurse about the fluttering and she said it's caffeine, still getting it every evening", 0, &n);
    assert_true(n.flags & MR_SYM_PALPITATIONS);
    mr_notes_read("My husband says I went pale at dinner and I don't remember a few seconds of it", 0, &n);
    assert_true(n.flags & MR_SYM_DIZZINESS);
    /* a heart "jumping out" denied as palpitations; a bill that nearly gave a heart attack */
    mr_notes_read("手上三個deadline，心臟快跳出來了，不過其實只是壓力大，沒有真的心悸", 0, &n);
    assert_false(n.flags & MR_SYM_PALPITATIONS);
    mr_notes_read("看到这个月的信用卡账单，我差点心脏病发作😂 今天去跑步", 0, &n);
    assert_false(n.flags & (MR_SYM_CHEST_PAIN | MR_COND_HEART));
    /* knee osteoarthritis told as a fear that moving wears it out: answered as the question it is */
    mr_notes_read("醫生說是膝蓋退化，上下樓梯會痛，所以現在都盡量不動，怕越動越壞", 0, &n);
    assert_true((n.flags & MR_COND_KNEE) && n.oa_asked);
    mr_notes_read("my knee hurts on the stairs", 0, &n);
    assert_false(n.oa_asked);
    /* the week's routine, by weekday (0 Sunday); somebody else's is not */
    mr_notes_read("parkrun every Sat for 6 yrs, bushwalk Tuesdays, gym class Thursdays.", 0, &n);
    assert_int_equal(n.routine[6], MR_ACT_RUN + 1);
    assert_int_equal(n.routine[2], MR_ACT_BRISK_WALK + 1);
    assert_int_equal(n.routine[4], MR_ACT_STRENGTH + 1);
    assert_int_equal(n.routine[1], 0);
    mr_notes_read("每周二游泳，每周四去健身房。", 0, &n);
    assert_int_equal(n.routine[2], MR_ACT_SWIM + 1);
    assert_int_equal(n.routine[4], MR_ACT_STRENGTH + 1);
    mr_notes_read("my husband swims every Tuesday", 0, &n);
    assert_int_equal(n.routine[2], 0);
    /* lists of days, with or without "every"; "每周三次" is a count, not Wednesdays */
    mr_notes_read("I run Tue/Thu/Sat and do yoga on sundays", 0, &n);
    assert_int_equal(n.routine[2], MR_ACT_RUN + 1);
    assert_int_equal(n.routine[4], MR_ACT_RUN + 1);
    assert_int_equal(n.routine[6], MR_ACT_RUN + 1);
    assert_int_equal(n.routine[0], MR_ACT_YOGA + 1);
    mr_notes_read("aqua aerobics every Monday and Wednesday with my sister", 0, &n);
    assert_int_equal(n.routine[1], MR_ACT_SWIM + 1);
    assert_int_equal(n.routine[3], MR_ACT_SWIM + 1);
    mr_notes_read("每周二、四晚上游泳，周六跑步", 0, &n);
    assert_int_equal(n.routine[2], MR_ACT_SWIM + 1);
    assert_int_equal(n.routine[4], MR_ACT_SWIM + 1);
    assert_int_equal(n.routine[6], 0); /* 周六 without 每: this Saturday, perhaps */
    /* ranges, weekends, and the sport named earlier in the sentence */
    mr_notes_read("周一到周五晚饭后和老婆在小区快走40分钟", 0, &n);
    for (int d = 1; d <= 5; d++) assert_int_equal(n.routine[d], MR_ACT_BRISK_WALK + 1);
    assert_int_equal(n.routine[6], 0);
    mr_notes_read("I swim Mon-Fri mornings, long walks weekends", 0, &n);
    assert_int_equal(n.routine[3], MR_ACT_SWIM + 1);
    assert_int_equal(n.routine[0], MR_ACT_WALK + 1);
    assert_int_equal(n.routine[6], MR_ACT_WALK + 1);
    mr_notes_read("我是校游泳队的，每周一三五晚上7点到8点半训练", 0, &n);
    assert_int_equal(n.routine[5], MR_ACT_SWIM + 1);
    mr_notes_read("每周一三五早上7点在公园跟太极队打24式", 0, &n); /* the park is where, tai chi is what */
    assert_int_equal(n.routine[1], MR_ACT_TAI_CHI + 1);
    mr_notes_read("每周三次游泳", 0, &n);
    assert_int_equal(n.routine[3], 0);
    assert_int_equal(n.per_week[MR_ACT_SWIM], 3);
    /* how many times a week: the writer's habit, not a plan asked about nor the past */
    mr_notes_read("been running 3x a week since oct, longest is 6k", 0, &n);
    assert_int_equal(n.per_week[MR_ACT_RUN], 3);
    mr_notes_read("I swim twice a week and lift weights 4 days per week", 0, &n);
    assert_int_equal(n.per_week[MR_ACT_SWIM], 2);
    assert_int_equal(n.per_week[MR_ACT_STRENGTH], 4);
    mr_notes_read("平时一周跑4次，每周去健身房两次", 0, &n);
    assert_int_equal(n.per_week[MR_ACT_RUN], 4);
    assert_int_equal(n.per_week[MR_ACT_STRENGTH], 2);
    mr_notes_read("should I run 3 times a week?", 0, &n);
    assert_int_equal(n.per_week[MR_ACT_RUN], 0);
    mr_notes_read("能不能加到一周4次跑步", 0, &n);
    assert_int_equal(n.per_week[MR_ACT_RUN], 0);
    mr_notes_read("孕前每周跑3次，现在只散步", 0, &n);
    assert_int_equal(n.per_week[MR_ACT_RUN], 0);
    mr_notes_read("my wife swims 5 times a week", 0, &n);
    assert_int_equal(n.per_week[MR_ACT_SWIM], 0);
    mr_notes_read("Kids keep saying I should slow down at my age - should I?", 0, &n);
    assert_true(n.slow_down_asked);
    /* a coach logging for an athlete: the athlete's injury is the person's */
    mr_notes_read("Coach here logging for Mia (U17 netball). She rolled her left ankle at training Thursday, still swollen.", 0, &n);
    assert_true(n.flags & MR_COND_ANKLE);
    mr_notes_read("教练代记:队员小林周六比赛膝盖被撞了一下,现在还肿着,上下楼梯疼。", 0, &n);
    assert_true(n.flags & MR_COND_KNEE);
    mr_notes_read("Coaching note for Tom (18, rowing): patellar tendinopathy for months, managing it with load.", 0, &n);
    assert_true(n.flags & MR_COND_KNEE);
    /* what somebody saw of the writer is the writer's; her own is hers */
    mr_notes_read("我妈说我最近脸色好白,我自己倒没觉得,就是上一层楼要停下来歇口气才能接着走。", 0, &n);
    assert_true(n.flags & MR_SYM_BREATH);
    mr_notes_read("我妈说她上一层楼要停下来歇口气", 0, &n);
    assert_false(n.flags & MR_SYM_BREATH);
    /* a heart that flutters ("扑腾扑腾") while sitting; "the usual" back ache beside a past operation */
    mr_notes_read("早上心里发慌,扑腾扑腾的,坐着也那样,持续了十几分钟", 0, &n);
    assert_true(n.flags & MR_SYM_PALPITATIONS);
    mr_notes_read("考试前心里发慌", 0, &n);
    assert_false(n.flags & MR_SYM_PALPITATIONS);
    mr_notes_read("Had a bypass in 2018 and the usual lumbar ache from sitting all day.", 0, &n);
    assert_true(n.flags & MR_COND_BACK);
    /* a ring's skin-temperature deviation against a normal thermometer; a watch's reading explained away */
    mr_notes_read("Oura flagged a temperature deviation of +0.9 but the thermometer says 36.9, no fever.", 0, &n);
    assert_false(n.flags & MR_SYM_FEVER);
    mr_notes_read("戒指提示体温偏高+1.2℃,但我拿体温计量是36.8", 0, &n);
    assert_false(n.flags & MR_SYM_FEVER);
    mr_notes_read("Oura flagged a temperature deviation and the thermometer says 38.4", 0, &n);
    assert_true(n.flags & MR_SYM_FEVER);
    mr_notes_read("手表说我心率180,其实是我在摇奶茶,表带太松了", 0, &n);
    assert_false(n.flags & MR_SYM_PALPITATIONS);
    /* a bug on Sunday, fully better now; still rough, not */
    mr_notes_read("had a tummy bug on Sunday but I'm fully better now", 0, &n);
    assert_false(n.flags & MR_SYM_ILLNESS);
    mr_notes_read("had a tummy bug on Sunday and still feel rough", 0, &n);
    assert_true(n.flags & MR_SYM_ILLNESS);
    /* knees that creak with nothing wrong said are no knee problem; with pain, arthritis or "again", they are */
    mr_notes_read("parkrun every Sat for 6 yrs. On a statin and thyroxine, both stable for years. Knees a bit creaky first "
                  "thing. Kids say I should slow down, should I?", 0, &n);
    assert_false(n.flags & MR_COND_KNEE);
    mr_notes_read("膝盖上楼咔咔响", 0, &n);
    assert_false(n.flags & MR_COND_KNEE);
    mr_notes_read("膝盖上下楼咔咔响还疼", 0, &n);
    assert_true(n.flags & MR_COND_KNEE);
    mr_notes_read("my creaky left knee (arthritis)", 0, &n);
    assert_true(n.flags & MR_COND_KNEE);
    mr_notes_read("knees been acting up again, left one clicks on the stairs", 0, &n);
    assert_true(n.flags & MR_COND_KNEE);
    mr_notes_read("my knee keeps locking and clicking", 0, &n);
    assert_true(n.flags & MR_COND_KNEE);
    /* an Achilles stiff in the mornings that warms up: the tendon's sign (low impact, loaded back by pain); swollen, another injury */
    mr_notes_read("Legs feel good, a bit of right Achilles tightness in the mornings that warms up after 10 min.", 0, &n);
    assert_true(n.flags & MR_COND_ANKLE);
    assert_int_equal(n.achilles, 1);
    mr_notes_read("my Achilles is swollen and tight this morning, limping", 0, &n);
    assert_true(n.flags & MR_COND_ANKLE);
    assert_int_equal(n.achilles, 0);
    /* a lifter's push-pull split: yesterday's chest, today's back */
    mr_notes_read("分化训练。昨天练的胸和三头，今天想练背和二头，大概能练一个小时。", 0, &n);
    assert_int_equal(n.split_today, 1);
    mr_notes_read("Did back and biceps yesterday, sore lats. Chest and triceps today?", 0, &n);
    assert_int_equal(n.split_today, 2);
    mr_notes_read("chest day yesterday, my back hurts today", 0, &n);
    assert_int_equal(n.split_today, 0);
    /* a half run before the pregnancy is no sore legs today; a plan asked about is no habit */
    mr_notes_read("孕前跑过半马，想尽快恢复跑步，先从每天跑3公里开始行不行？", 0, &n);
    assert_false(n.notes & MR_NOTE_LOWER_WORKED);
    assert_int_equal(n.habit_minutes, 0);
    mr_notes_read("昨天跑了半马，腿好酸", 0, &n);
    assert_true(n.notes & MR_NOTE_LOWER_WORKED);
    /* an old fracture with osteoporosis is its history, placed; a new one is not */
    mr_notes_read("手腕骨折过,医生说我骨质疏松,在吃钙片和阿仑膦酸", 0, &n);
    assert_int_equal(n.n_unsure, 0);
    assert_true(n.notes & MR_NOTE_OSTEOPOROSIS);
    /* depression in treatment is said so the card can answer it; somebody else's is not */
    mr_notes_read("失眠大半年了，吃舍曲林50mg两个月，心理医生说运动对抑郁有帮助", 0, &n);
    assert_int_equal(n.depression_care, 1);
    mr_notes_read("my sister is on sertraline", 0, &n);
    assert_int_equal(n.depression_care, 0);
    /* a back typed in a hurry; a chest that burns is no temperature; a flutter felt with AF is the heart's */
    mr_notes_read("hurt my lower bakc deadlifitng on monday, still cant tie my shoes", 0, &n);
    assert_true(n.flags & MR_COND_BACK);
    mr_notes_read("胸口有点烧得慌，可能是中午吃太辣了", 0, &n);
    assert_true(n.flags & MR_SYM_CHEST_PAIN);
    assert_false(n.flags & MR_SYM_FEVER);
    mr_notes_read("Afib, on Eliquis + metoprolol. felt fluttery last night while watching tv", 0, &n);
    assert_true(n.flags & MR_SYM_PALPITATIONS);
    mr_notes_read("felt fluttery before my exam", 0, &n);
    assert_false(n.flags & MR_SYM_PALPITATIONS);
    /* a rehab programme's sessions are the habit */
    mr_notes_read("醫院的心臟復健做了八次，在跑步機上走 20 分鐘 RPE 大概 12，都沒有不舒服。", 0, &n);
    assert_int_equal(n.habit_minutes, 20);
    /* long COVID: the session that brought the crash is the ceiling, hyphen or not */
    mr_notes_read("Long COVID. Every time I push, like the 20-min walk on Tuesday, I crash for 2 days after.", 0, &n);
    assert_int_equal(n.habit_minutes, 20);
}

/* A race done is not a race ahead; a short race run for a time is raced. */
static void races(void **state) {
    (void)state;
    mr_notes n;
    mr_notes_read("上周日跑了上海马拉松，2:58:40，PB！周二试着慢跑了5公里，大腿前侧还是酸。下周一开始练间歇，准备明年无锡。", 0, &n);
    assert_false(n.notes & MR_NOTE_TAPER);
    assert_int_equal(n.race_wday, -1);
    assert_int_equal(n.race_ahead, 0);
    mr_notes_read("每天跑5公里，周六想多跑一点", 0, &n);
    assert_int_equal(n.race_ahead, 0);
    mr_notes_read("Parkrun 5K this Saturday, current PB 22:41. What should I do today?", 0, &n);
    assert_true(n.notes & MR_NOTE_TAPER);
    assert_int_equal(n.race_wday, 6);
    assert_int_equal(n.race_short, 1);
    /* a parkrun for fun needs no taper */
    mr_notes_read("parkrun this Saturday with my kids, just for fun", 0, &n);
    assert_false(n.notes & MR_NOTE_TAPER);
    mr_notes_read("Marathon this Sunday, feeling nervous", 0, &n);
    assert_true(n.notes & MR_NOTE_TAPER);
    assert_int_equal(n.race_short, 0);
}

/* Things that look like warning signs and are not: a heart aching for a
 * death, a pacing cap on the heart rate, breathlessness on hills that a
 * nurse has put down to being out of condition. */
static void alarms_that_are_not(void **state) {
    (void)state;
    /* set 73's: a session's numbers and burning lungs, a teammate's faint, a runner's wall, an athlete coached */
    assert_int_equal(read_("This hill killed me today. Heart rate 178 at the top, breathing like a train, recovered in a minute.").flags &
                     MR_SYMPTOMS_MASK, 0);
    assert_int_equal(read_("Smashed out a 10k, heart rate still 140 on the walk back lol").flags & MR_SYMPTOMS_MASK, 0);
    assert_int_equal(read_("HR hit 191 on the last 400 which is basically my max, lungs burning. Solid session.").flags &
                     MR_SYMPTOMS_MASK, 0);
    assert_int_equal(read_("Blew up at 35k, hit the wall like a brick, legs went to jelly. Took a gel and shuffled in.").flags &
                     MR_SYMPTOMS_MASK, 0);
    assert_int_equal(read_("Our keeper fainted in the changing room after the match. I'm ok, just sore from the game.").flags &
                     MR_SYMPTOMS_MASK, 0);
    assert_int_equal(read_("我们队守门员比赛完在更衣室晕倒了，叫了120。我没事，就是踢完全身酸。").flags & MR_SYMPTOMS_MASK, 0);
    assert_int_equal(read_("我带一个老年跑步组，其中一位大爷（房颤，吃华法林）今天静坐时心跳很快，让他先休息。我自己挺好的。").flags &
                     MR_SYMPTOMS_MASK, 0);
    /* set 75's: the question echoed and answered no */
    assert_int_equal(read_("chest pain? nah lol i'm fine. just stressed about exams").flags & MR_SYMPTOMS_MASK, 0);
    assert_int_equal(read_("胸口疼？没有啦，我就是考试压力大").flags & MR_SYMPTOMS_MASK, 0);
    assert_true(read_("胸口疼？有一点，从早上开始").flags & MR_SYM_CHEST_PAIN);
    /* out of breath running, for someone with nothing to explain it otherwise, is the run's (ACSM: at rest
     * or with mild effort is the sign); on the stairs, at night, as a figure, with asthma or a heart, or in
     * stronger words it stays the sign */
    assert_int_equal(read_("went for my first run in years, totally out of breath after 5 min lol").flags & MR_SYMPTOMS_MASK, 0);
    assert_int_equal(read_("跑了5分钟就喘得不行，太久没运动了").flags & MR_SYMPTOMS_MASK, 0);
    assert_true(read_("took the stairs, only 2 floors, and was gasping like I ran a marathon").flags & MR_SYM_BREATH);
    assert_true(read_("Normal to be puffed after hill sprints, but this week I'm puffed walking the dog on the flat.").flags &
                MR_SYM_BREATH);
    assert_true(read_("first jog ever, couldn't breathe after 3 minutes").flags & MR_SYM_BREATH);
    assert_true(read_k("went for a run, out of breath after 5 min", MR_COND_HEART).flags & MR_SYM_BREATH);
    assert_true(read_("out of breath after 5 min of jogging, getting worse every week").flags & MR_SYM_BREATH);
    /* panel 66's: a stumble off the bus, last week's dizziness gone with water; but a faint last week stays a sign */
    assert_int_equal(read_("Had a wobble getting off the bus last week, didn't fall but it gave me a fright.").flags & MR_SYMPTOMS_MASK, 0);
    assert_int_equal(read_("上個禮拜行完有少少頭暈，飲咗兩支水就冇事。").flags & MR_SYMPTOMS_MASK, 0);
    assert_true(read_("上星期喺廁所暈低咗一陣，飲咗水就冇事。").flags & MR_SYM_DIZZINESS);
    assert_true(read_("上星期喺廁所暈低咗一陣，幾秒就醒返，而家冇事喇。").flags & MR_SYM_DIZZINESS);
    /* ... and what is: a question told as lately, a heart that pounds walking round a shop, 晕 by voice input */
    assert_true(read_("is it normal to get a burning pressure in the chest on the first km of every run lately? goes away once I warm up").flags &
                MR_SYM_CHEST_PAIN);
    assert_true(read_("Since covid my heart pounds and I get short of breath just walking round Tesco").flags & MR_SYM_PALPITATIONS);
    assert_true(read_("坐在办公室里心突然狂跳，感觉人要运过去").flags & MR_SYM_DIZZINESS);
    assert_true(read_("T1, on a pump. Went hypo on the bike yesterday").flags & MR_COND_DIABETES);
    assert_true(read_("Fasting sugar 142 mg/dL this morning").flags & MR_COND_DIABETES);
    assert_true(read_("半月板缝合术后6周，康复进展不错。").flags & MR_COND_KNEE);
    assert_false(read_("膝盖已经康复了").flags & MR_COND_KNEE);
    /* set 55's: shopping's skipped beat, money burnt, ankles swollen with the calves said fine in pregnancy */
    assert_int_equal(read_("看到新跑鞋打五折 心跳都漏了一拍 果断下单 美滋滋").flags & MR_SYMPTOMS_MASK, 0);
    assert_int_equal(read_("健身房年卡真烧钱 烧得我心疼 哈哈").flags & MR_SYMPTOMS_MASK, 0);
    assert_int_equal(read_("孕30周 脚踝有点肿 袜子印很深 小腿不疼也不肿 产检说正常").flags & MR_SYMPTOMS_MASK, 0);
    assert_int_equal(read_("老公烧到39度，我在家照顾他").flags & MR_SYMPTOMS_MASK, 0);
    /* ... and what is a warning sign there */
    assert_true(read_("Hi it's Sue, her daughter, on Mum's account. She's just home from hospital (they put a stent in on "
                      "Tuesday)").flags & MR_COND_HEART);
    assert_true(read_("not a pain as such, more a pressure, like someone sitting on me, comes on when I carry the laundry "
                      "upstairs").flags & MR_SYM_CHEST_PAIN);
    assert_true(read_("Bleeding got heavier again yesterday and I went grey and had to sit down on the stairs").flags &
                MR_SYM_DIZZINESS);
    assert_false(read_("my hair went grey years ago").flags & MR_SYM_DIZZINESS);
    assert_true(read_("新换的降压药吃了三天 一蹲下再站起来眼前就发灰 得扶着桌子缓几秒").flags & MR_SYM_DIZZINESS);
    /* a Cantonese son's fever; exam nerves; an AF found on a check-up ECG with nothing felt */
    assert_int_equal(read_("個仔發燒38度5，我請咗假喺屋企湊佢").flags & MR_SYMPTOMS_MASK, 0);
    assert_int_equal(read_("Can't focus, my heart races just thinking about it lol").flags & MR_SYMPTOMS_MASK, 0);
    mr_notes af = read_("上周体检心电图提示房颤，心内科开了倍他乐克和利伐沙班，今天感觉还行，心跳没乱跳");
    assert_true((af.flags & MR_COND_HEART) && !(af.flags & MR_SYMPTOMS_MASK));
    assert_true(read_("手表提示可能有房颤，还没去医院").flags & MR_SYM_PALPITATIONS); /* the watch's alert still counts */
    assert_true(read_("breathless just talking and my heart thumps when I'm sitting still").flags & MR_SYM_PALPITATIONS);
    assert_true(read_("氣喘從小就有，醫生加了吸入型類固醇").flags & MR_COND_ASTHMA);
    assert_true(read_("SOB walking to the car, ankles puffy. HF clinic Thurs.").flags & MR_COND_HEART);
    mr_notes n;
    mr_notes_read("我爸两周前走了，心很痛，吃不下饭", 0, &n);
    assert_false(n.flags & MR_SYM_CHEST_PAIN);
    assert_int_equal(n.mood, MR_MOOD_NEGATIVE);
    assert_true(n.grief);
    mr_notes_read("心真的很痛，爸爸走得太突然", 0, &n);
    assert_false(n.flags & MR_SYM_CHEST_PAIN);
    /* the chest still counts after a loss */
    mr_notes_read("我爸走了，这两天胸口很痛，左胳膊也麻", 0, &n);
    assert_true(n.flags & MR_SYM_CHEST_PAIN);
    /* "爸爸说走得太慢" is no death */
    mr_notes_read("我怕状态没了，爸爸说走得太慢", 0, &n);
    assert_false(n.grief);
    mr_notes_read("ME/CFS for 3 years, my physio set a heart rate cap of about 110, pacing, crash if I overdo it", 0, &n);
    assert_false(n.flags & MR_SYM_PALPITATIONS);
    assert_true(n.notes & MR_NOTE_LONG_COVID);
    assert_int_equal(n.hr_cap, 110);
    mr_notes_read("长新冠半年了，康复师让我心率控制在110以下", 0, &n);
    assert_false(n.flags & MR_SYM_PALPITATIONS);
    assert_int_equal(n.hr_cap, 110);
    mr_notes_read("静息心率今天110，平时60", 0, &n); /* a rate measured at rest still counts */
    assert_true(n.flags & MR_SYM_PALPITATIONS);
    mr_notes_read("finished chemo for breast cancer in August, get puffed out going up hills, nurse says it's deconditioning", 0, &n);
    assert_false(n.flags & MR_SYM_BREATH);
    assert_int_equal(n.breath_checked, 2);
    assert_true(n.cancer_survivor);
    mr_notes_read("puffed out walking up the stairs lately, never used to be", 0, &n); /* new, unexplained: still a sign */
    assert_true(n.flags & MR_SYM_BREATH);
    /* a workout's hardness is not stress; a job's is */
    assert_int_equal(read_("squats were brutal yesterday, heavy triples").mood, MR_MOOD_NEUTRAL);
    assert_int_equal(read_("work has been brutal this week, so much stress").mood, MR_MOOD_STRESSED);
    /* kilometres are not kilograms, and a loss behind them is not a target */
    mr_notes_read("今年已经瘦了8公斤，目标是一周后10公里跑进50分钟", 0, &n);
    assert_true(n.loss_kg_week <= 0);
    mr_notes_read("目标一个月瘦8公斤", 0, &n);
    assert_true(n.loss_kg_week > 1.8f && n.loss_kg_week < 2.0f);
    /* the indoor trainer is the stationary bike */
    mr_notes_read("Planning 45 min on my home trainer (Zwift) after work", 0, &n);
    assert_int_equal(n.asked, MR_ACT_STATIONARY_BIKE);
    mr_notes_read("想在家里骑骑行台45分钟", 0, &n);
    assert_int_equal(n.asked, MR_ACT_STATIONARY_BIKE);
    mr_notes_read("usually lift mon/tue/thu/fri, upper/lower split", 0, &n);
    assert_true(n.lifter);
    /* practice contractions, irregular and painless, are not the warning; closer and regular ones are */
    assert_false(flags("30周，今天肚子发紧了几次，但是不疼也不规律，是假性宫缩吧？") & MR_SYM_PREG_WARNING);
    assert_true(flags("孕34周，以为是假性宫缩，但是越来越规律，五分钟一次，还疼") & MR_SYM_PREG_WARNING);
    assert_true(flags("34 weeks, thought it was Braxton Hicks but they're getting closer together") & MR_SYM_PREG_WARNING);
    assert_false(flags("孕20周，作息越来越规律了，每天散步") & MR_SYM_PREG_WARNING);
    /* out of breath only on hard effort, said so: the effort's; new breathlessness still counts */
    mr_notes_read("dying on the stairs but I only get out of breath when I push hard, no chest pain or dizziness", 0, &n);
    assert_false(n.flags & MR_SYM_BREATH);
    assert_int_equal(n.breath_checked, 3);
    assert_true(flags("out of breath on the stairs lately, never used to be, only when I push hard") & MR_SYM_BREATH);
    /* set 60's: a past panic with none since, a nitrate spray not used this month, a fright's heart,
     * a lifter's pump, a mother's reading, breathing better than in last week's covid, track repeats */
    assert_int_equal(flags("had a panic attack last month, heart was going mad. nothing since. feeling calm") & MR_SYMPTOMS_MASK, 0);
    n = read_("口袋里揣着硝酸甘油 上次爬山胸口疼用过一次 这个月没犯过");
    assert_true((n.flags & MR_COND_HEART) && !(n.flags & MR_SYMPTOMS_MASK));
    assert_int_equal(flags("吓得我心脏都要跳出来了 刚才电梯突然停了一下 哈哈 现在没事了") & MR_SYMPTOMS_MASK, 0);
    assert_int_equal(flags("撸铁撸到胸快炸了哈哈哈 昨天卧推练胸") & MR_SYMPTOMS_MASK, 0);
    n = read_("我妈三高，昨天血压180/100，吓死我了，我自己没事");
    assert_true(n.bp_sys < 0 && !(n.flags & MR_COND_HYPERTENSION));
    assert_true(read_("老公出差了，今早血压160/100").bp_sys == 160);
    assert_true(flags("我三高，想减肥") & MR_COND_HYPERTENSION);
    assert_int_equal(flags("breathing loads better than last week when I had covid, can talk on the stairs now") & MR_SYMPTOMS_MASK, 0);
    assert_false(flags("couldn't catch my breath during the 400s, fine 2 min later") & MR_SYM_BREATH);
    /* ... and what is one there: a thought overturned, a heart emoji racing, a rate in sleep */
    assert_true(flags("以为是练胸的泵感，可今天根本没练，坐着胸口就发紧，还往左胳膊窜") & MR_SYM_CHEST_PAIN);
    assert_false(flags("以为自己发烧，量了才36.8") & MR_SYM_FEVER);
    assert_true(flags("💓💓 racing again 😰 just sitting on the couch") & MR_SYM_PALPITATIONS);
    assert_true(flags("手表说我夜里心率掉到38 然后又一下子到130 我睡着了没感觉") & MR_SYM_PALPITATIONS);
    assert_false(flags("想把心率练到150") & MR_SYM_PALPITATIONS);
    assert_false(flags("trying to get my HR to 150") & MR_SYM_PALPITATIONS);
    assert_false(flags("slept badly, hr 52 overnight, 10k run today at 150") & MR_SYM_PALPITATIONS);
    assert_int_equal(flags("看球赛心脏都要跳出来了，太刺激了！") & MR_SYMPTOMS_MASK, 0);
    assert_true(flags("生完三个月了 娃一晚上醒五次 腰椎间盘突出又犯了") & MR_COND_BACK);
    /* set 61's: asthma tight today with the reliever used, a flutter-skip at rest, a back "finished",
     * a swollen face with a headache at 7 months; joy that feels light, a workout gap since covid */
    assert_true(flags("asthmatic. cold air this morning, chest tight even walking, used my blue inhaler twice") & MR_SYM_CHEST_PAIN);
    assert_true(flags("冷空气，跑了一公里胸口就发紧，我有哮喘，吸了药好一点") & MR_SYM_CHEST_PAIN);
    assert_true(flags("heart doing that flutter-skip thing again, lying on the couch") & MR_SYM_PALPITATIONS);
    assert_true(flags("my back is finished today, I was carrying the gas cylinder yesterday") & MR_COND_BACK);
    assert_true(flags("I am 7 months pregnant, my legs and face are very swollen since yesterday and big headache") &
                MR_SYM_PREG_WARNING);
    assert_int_equal(flags("终于把房贷还完了，整个人轻飘飘的，今天必须去跑一圈") & MR_SYMPTOMS_MASK, 0);
    assert_int_equal(flags("nervous about first spin class, haven't worked out since covid. asthma, inhaler in my bag") &
                     MR_SYMPTOMS_MASK, 0);
    /* set 62's: "chess pains" into the jaw, gone since; "not me fainting" (Gen Z: I did) this morning, ok now;
     * 低稍 for 低烧; "my pressure's up", "a touch of sugar"; push-day soreness and a partner's word on
     * snoring with pauses are no warning sign */
    assert_true(flags("had like chess pains this morning going up into my jaw its gone now though") & MR_SYM_CHEST_PAIN);
    assert_true(flags("not me fainting in the shower this morning 💀 ok now") & MR_SYM_DIZZINESS);
    assert_true(flags("fainted this morning ok now") & MR_SYM_DIZZINESS);
    assert_false(flags("had a dizzy spell last month, fine now") & MR_SYM_DIZZINESS);
    assert_true(flags("昨晚低稍三十七度八 今天早上还是没退 困得不行") & MR_SYM_FEVER);
    assert_true(flags("my pressure's up again, doc doubled my tablets. fed up with it") & MR_COND_HYPERTENSION);
    assert_true(flags("just a touch of sugar, the doctor says. miss my biscuits") & MR_COND_DIABETES);
    assert_int_equal(flags("chest is wrecked from yesterday's push day, can't even lift my arms lmao") & MR_SYMPTOMS_MASK, 0);
    assert_int_equal(flags("老伴说我晚上打呼噜憋气，我自己不觉得，就是白天老犯困") & MR_SYMPTOMS_MASK, 0);
    assert_true(flags("晚上睡觉憋气憋醒") & MR_SYM_BREATH);
    /* set 63's: Nigerian Pidgin's running belly, Malay's demam and sakit, Tagalog's fast heartbeat sitting, 🫀
     * racing on the couch, Hinglish's "sugar ka patient"; angina quiet for a long time is not today's, a new pain is */
    assert_true(flags("Abeg I no fit run today, my belle dey run since morning, I don enter toilet like 6 times") & MR_SYM_ILLNESS);
    assert_true(flags("昨天开始demam，今天身体还是很热，sakit sakit的，可以skip gym吗？") & MR_SYM_FEVER);
    assert_true(flags("Kinakabahan ako, ang bilis ng tibok ng puso ko kahit nakaupo lang") & MR_SYM_PALPITATIONS);
    assert_true(flags("🫀 going brrrr while sitting on the couch??") & MR_SYM_PALPITATIONS);
    assert_true(flags("🫀跳好快 躺着都这样") & MR_SYM_PALPITATIONS);
    assert_true(flags("Bhai sugar ka patient hoon, metformin le raha hoon, morning walk enough hai kya?") & MR_COND_DIABETES);
    assert_true(flags("HF, EF 35%, walking 20 min a day") & MR_COND_HEART);
    assert_false(flags("冠心病，心绞痛好久没发作了，硝酸甘油一直带着") & MR_SYM_CHEST_PAIN);
    assert_true(flags("心绞痛好久没发作了，今天又胸口疼") & MR_SYM_CHEST_PAIN);
    assert_true(flags("哮喘很久没犯了，不过药还一直在用") & MR_COND_ASTHMA);
    /* panel 54's: 胸12 (the twelfth thoracic vertebra) is no chest, a class's 扭腰的动作 no twisted back, a watch's
     * heart rate "going weird" no palpitation felt */
    assert_int_equal(flags("前年弯腰搬米的时候胸12压缩性骨折，现在吃阿仑膦酸钠") & MR_SYMPTOMS_MASK, 0);
    assert_false(flags("小区瑜伽班有仰卧起坐、弯腰摸脚尖，还有扭腰的动作") & MR_COND_BACK);
    assert_true(flags("昨天扭了腰") & MR_COND_BACK);
    assert_int_equal(flags("my watch heart rate goes weird sometimes, is 150 ok to aim for?") & MR_SYMPTOMS_MASK, 0);
    /* set 64's: a back "闪了" lifting the old man one cares for is the writer's; a panic attack's heart "about to burst
     * out", 冒金星 in pregnancy; a chest heaviness that "never came back" since last week is the past */
    assert_true(flags("给老爷子擦身翻身，把腰闪了，昨天的事，现在弯不下去") & MR_COND_BACK);
    assert_true(flags("惊恐发作，刚才在地铁上，心跳得要蹦出来，胸口像被勒住，喘不上气") & MR_SYM_PALPITATIONS);
    assert_true(flags("Anxiety attack in the meeting at 11, felt like my heart would burst out of my chest") & MR_SYM_PALPITATIONS);
    assert_true(flags("怀孕20周，头疼得要裂开，吃了药也不管用，眼前冒金星，好害怕") & MR_SYM_DIZZINESS);
    assert_false(flags("胸口没事了，上周那个闷的感觉一直没再来过，挺开心") & MR_SYM_CHEST_PAIN);
    assert_false(flags("给我妈打电话，她说头晕") & MR_SYM_DIZZINESS);
    /* a little winded on a hill is the climb's; on the flat it is the warning sign */
    assert_false(flags("did end of the street and back sunday, ok just a bit winded on the hill. sleep flat no problem") & MR_SYM_BREATH);
    assert_true(flags("a bit winded on the hill and even on the flat now") & MR_SYM_BREATH);
}

/* Set 65's and panel 55's readings, each in other words than the set's own. */
static void buried_and_indirect(void **state) {
    (void)state;
    /* dictation slips and the signs by their medicine: "busy spells", "pal petitions", "feinted", 起短, CP + SOB,
     * nitro sprayed on a walk, 🫀 for the heart */
    assert_true(flags("busy spells again this morning had to sit on the kitchen floor") & MR_SYM_DIZZINESS);
    assert_true(flags("pal petitions again since lunch sitting at my desk") & MR_SYM_PALPITATIONS);
    assert_true(flags("nearly feinted at the bus stop yesterday") & MR_SYM_DIZZINESS);
    assert_true(flags("起短 走几步就不行") & MR_SYM_BREATH);
    assert_true(flags("tighness in my chest goin up to my jaw") & MR_SYM_CHEST_PAIN);
    assert_int_equal(flags("CP + SOB walking to the bus stop") & (MR_SYM_CHEST_PAIN | MR_SYM_BREATH), MR_SYM_CHEST_PAIN | MR_SYM_BREATH);
    assert_true(flags("nitro spray twice on my walk this am") & MR_SYM_CHEST_PAIN);
    assert_false(flags("GTN spray in my bag just in case") & MR_SYM_CHEST_PAIN);
    assert_true(flags("🫀跳得好乱 躺着也是 有点怕") & MR_SYM_PALPITATIONS);
    /* ... and what is not the writer's sign: a patient's chest pain, a song's racing heart, a heart racing for a
     * crush, a question someone in the group asked, a fear asked with 咋办, a knee warm to the touch, a flu of last week */
    assert_false(flags("今天带的病人胸痛抢救了一下午 我还好 就是累") & MR_SYM_CHEST_PAIN);
    assert_false(flags("singing 'my heart is racing' at the top of my lungs in the car lol") & MR_SYM_PALPITATIONS);
    assert_false(flags("心跳加速了 他回我消息了😍") & MR_SYM_PALPITATIONS);
    assert_true(flags("这两天坐着不动心也突突地跳，报告写窦性心动过速") & MR_SYM_PALPITATIONS);
    assert_false(flags("深蹲完会头晕正常吗？群里有人问") & MR_SYM_DIZZINESS);
    assert_false(flags("万一跑着跑着头晕了咋办 有点怕") & MR_SYM_DIZZINESS);
    assert_false(flags("膝盖发热肿胀") & MR_SYM_FEVER);
    assert_true(flags("浑身发热") & MR_SYM_FEVER);
    assert_false(flags("had flu last week, still a bit tired") & MR_SYM_ILLNESS);
    assert_true(read_("had the flu last week, better now").notes & MR_NOTE_RECOVERED);
    assert_true(flags("flu last week, still coughing") & MR_SYM_ILLNESS);
    assert_true(flags("flu since last week") & MR_SYM_ILLNESS);
    /* an activity stopped for now; a question whether exercise brings on labour */
    assert_true(read_("I ran till about 20 wks then switched to walking + pregnancy yoga").stopped & (1u << MR_ACT_RUN));
    assert_false(read_("ran till the end of the road then walked back").stopped & (1u << MR_ACT_RUN));
    assert_true(read_("40+3 today, sister reckons a hard run will get labour going").labour_asked);
    assert_false(read_("a hard run will get me going today").labour_asked);
    /* black stools are the writer's (not on iron, not a father's); a miscarriage is no pregnancy now; bed rest
     * planned for a new back; oxygen at home */
    assert_true(read_("这两天大便有点黑，像柏油一样，可能吃了猪血？").gi_bleed);
    assert_false(read_("black stool from iron tablets").gi_bleed);
    assert_false(read_("my dad has black stools").gi_bleed);
    assert_false(flags("三周前孕9周自然流产了，出血上周就停了，医生说可以慢慢恢复运动") & (MR_COND_PREGNANCY | MR_SYM_PREG_WARNING));
    assert_true(read_("搬家闪到腰，同事说要躺床一个星期").back_bed_rest);
    assert_true(read_("do my walk every morning w my little oxygen tank (2L), copd").on_oxygen);
    /* the worst headache ever, out of nowhere, mid-lift: a bleed's sign (AHA/ASA) */
    assert_true(read_("mid deadlift yesterday got this insane headache out of nowhere, honestly the worst one ive ever had").stroke_signs);
    /* a mood after "just" is said, not denied; happy tears are joy */
    assert_int_equal(read_("NO FEVER NO COUGH JUST SAD TODAY").mood, MR_MOOD_NEGATIVE);
    assert_int_equal(read_("positive pregnancy test!!! happy tears 😭😭").mood, MR_MOOD_POSITIVE);
    assert_int_equal(read_("头都大了 三个方案要交").mood, MR_MOOD_STRESSED);
    /* breathless on a gentle stroll, said in the next sentence; waking breathless after a day's hike */
    assert_true(flags("Had to stop and catch my breath talking to my neighbour. It was only a slow walk to the shop") &
                MR_SYM_BREATH);
    assert_false(flags("had to stop and catch my breath at the top of the hill reps") & MR_SYM_BREATH);
    assert_true(flags("徒步回来当晚半夜憋醒，喘不上气，坐起来才缓过来") & MR_SYM_BREATH);
    assert_false(flags("这个项目压得我喘不过气来，天天加班到半夜") & MR_SYM_BREATH);
    /* chest discomfort in pinyin; a heart that jumps about, said with 心里; a fast heart sitting still, in words */
    assert_true(flags("xiong kou有点闷，今天不跑了") & MR_SYM_CHEST_PAIN);
    assert_true(flags("喝完酒心里一阵狂跳，缓了半天") & MR_SYM_PALPITATIONS);
    assert_false(flags("心里想着明天的比赛") & MR_SYM_PALPITATIONS);
    assert_true(flags("坐着不动心跳也一百多") & MR_SYM_PALPITATIONS);
    assert_true(flags("sitting down my heart rate is 118 and I haven't moved") & MR_SYM_PALPITATIONS);
    assert_true(flags("my heart shot up and wouldn't come down when I stopped the bike") & MR_SYM_PALPITATIONS);
    assert_true(flags("最近心里发慌，老伴说我嘴唇发乌") & MR_SYM_PALPITATIONS);
    assert_false(flags("明天考试，心里发慌") & MR_SYM_PALPITATIONS);
    /* figures of speech and other people's: feverish excitement, chest pain from anger, a Cantonese father's */
    assert_int_equal(flags("feverish excitement all week before the wedding") & MR_SYMPTOMS_MASK, 0);
    assert_int_equal(flags("气得我胸口痛，孩子作业又没写") & MR_SYMPTOMS_MASK, 0);
    assert_int_equal(flags("我老豆話佢心口痛，我自己冇事") & MR_SYMPTOMS_MASK, 0);
    assert_true(flags("老爷子今天说胸口闷，我替他问问能不能去公园走走") & MR_SYM_CHEST_PAIN); /* typed for him */
    /* an ablation for a flutter is heart disease, not a flutter felt; the flutter back is */
    mr_notes ab = read_("had an ablation for my flutter last month, all calm since");
    assert_true((ab.flags & MR_COND_HEART) && !(ab.flags & MR_SYMPTOMS_MASK));
    assert_true(flags("my flutter's back this morning") & MR_SYM_PALPITATIONS);
    /* a chest sore from bench pressing, blamed on it, tender to touch */
    assert_int_equal(flags("胸口酸痛，一碰就疼，昨天卧推练猛了") & MR_SYMPTOMS_MASK, 0);
    assert_true(flags("胸口疼，一碰就疼，最近没练") & MR_SYM_CHEST_PAIN);
    assert_int_equal(flags("neck and shoulders tight from hunching over the laptop, chest fine") & MR_SYMPTOMS_MASK, 0);
    /* moods shown indirectly */
    assert_int_equal(read_("笑得肚子疼哈哈，那个视频太逗了").mood, MR_MOOD_POSITIVE);
    assert_int_equal(read_("后天面试，紧张得睡不着").mood, MR_MOOD_STRESSED);
    assert_int_equal(read_("连着上了三个大夜班，整个人麻了").mood, MR_MOOD_TIRED);
    assert_int_equal(read_("半夜总醒，对什么都提不起兴趣").mood, MR_MOOD_NEGATIVE);
    /* pregnant and lightheaded only lying flat: the vena cava, with its own answer, not a dizziness */
    mr_notes sup = read_k("24 weeks, I get a bit dizzy when I lie flat on my back for sit-ups", MR_COND_PREGNANCY);
    assert_true(sup.supine_asked == 2 && !(sup.flags & MR_SYM_DIZZINESS));
    assert_true(read_k("24 weeks, dizzy all morning and I nearly fainted at the shops", MR_COND_PREGNANCY).flags & MR_SYM_DIZZINESS);
    /* a knock to the head with the concussion's signs; the baby's age after a birth, 孕前 being before it */
    assert_true(read_("took a ball to the head at training, dazed for a bit, headache since").notes2 & MR_NOTE2_CONCUSSION);
    mr_notes pp = read_("宝宝两个月了，孕前天天跑步，现在想恢复");
    assert_true((pp.notes & MR_NOTE_POSTPARTUM) && pp.postpartum_weeks == 8);
    assert_true(read_("生完二胎，打喷嚏会漏一点点尿").notes & MR_NOTE_LEAKING);
    /* panic disorder, the heart checked: the fear of a faster heart is answered, not rested */
    mr_notes pa = read_("I have panic disorder, cardiologist says my heart is normal, but whenever my heart speeds up I'm "
                        "scared it's an attack");
    assert_true(!(pa.flags & MR_SYM_PALPITATIONS) && pa.hr_asked == 0);
    assert_true(read_("panic disorder, and right now my heart is racing at rest and won't settle").flags & MR_SYM_PALPITATIONS);
    /* up high, an unsteady walk or breathless at rest: go down (HACE, HAPE); a headache and nausea alone: rest there */
    assert_int_equal(read_("徒步第三天住在4800米，头疼，早上吐了，走路有点飘").ams, 2);
    assert_int_equal(read_("at 4300 m in Nepal, pounding headache and nauseous, can't eat").ams, 1);
    assert_int_equal(read_("at 4300 m, headache, nauseous, and my mate says I'm stumbling about").ams, 2);
    /* a grey-out in exercise weeks ago, unchecked: the heart checked first; a checked one, or a brother's collapse, is not */
    mr_notes hc = read_("last month at spin i went really lightheaded and greyed out near the end, had to get off the bike");
    assert_true(hc.faint_effort_past && !(hc.flags & MR_SYM_DIZZINESS));
    assert_false(read_("fainted at the end of a race in July, had an ECG and echo, all normal").faint_effort_past);
    assert_false(read_("my dad collapsed playing tennis last year").faint_effort_past);
    assert_true(read_("上个月打球的时候眼前一黑，差点晕倒").faint_effort_past);
    /* a brother with HCM: the family's screening; the writer's own HCM is not a relative's */
    assert_true(read_("my bro got diagnosed with HCM last yr, his cardiologist said family should get checked").family_heart);
    assert_true(read_("我哥去年查出肥厚型心肌病").family_heart);
    assert_false(read_("I have HCM, my cardiologist manages it").family_heart);
    /* one calf puffier after a long flight, on HRT: a clot until shown otherwise; a simile's cramp pulls nothing */
    assert_true(read_("back from a 12hr flight. left calf aching like a cramp that won't let go, bit puffier than the right. "
                      "on HRT").notes2 & MR_NOTE2_SEE_TODAY);
    /* a smoker's morning phlegm and a little puff up three flights, settling: neither an illness nor the warning sign */
    mr_notes sm = read_("抽了30年烟，一天一包，开出租车天天坐着。早上起来咳几声有痰，爬三楼有点喘但不难受，歇一下就好。");
    assert_true(sm.smoker && !(sm.flags & (MR_SYM_ILLNESS | MR_SYM_BREATH)) && !(sm.notes & MR_NOTE_COLD));
    assert_true(read_("爬一层楼就喘，得停下来歇口气，以前不这样").flags & MR_SYM_BREATH);
    assert_true(read_("smoker, but this week a fever and green phlegm").flags & MR_SYM_ILLNESS);
    /* a TIA weeks ago, seen in hospital: a stroke had, not today's signs; the same signs this morning are */
    assert_false(read_("上个月短暂性脑缺血发作，右手麻、说话不清，二十分钟就好了，住了三天院。最近没有再麻过。").stroke_signs);
    assert_true(read_("this morning my face drooped and my speech was slurred for ten minutes, fine now").stroke_signs);
    /* IVF: stimulation, and the wait after a transfer; a kidney transplant is neither */
    assert_int_equal(read_("上周日做的冻胚移植，下周二验血").ivf, 2);
    assert_int_equal(read_("day 8 of stims for IVF, egg collection friday").ivf, 1);
    assert_int_equal(read_("肾移植五年了，肾功能稳定").ivf, 0);
    /* conditions with their own guidance, named; no unknown diagnosis held to moderate for them */
    mr_notes dx = read_("我有青光眼，每天点眼药水");
    assert_true((dx.dx_known & (1u << MR_DX_GLAUCOMA)) && !(dx.notes2 & MR_NOTE2_DIAGNOSIS));
    assert_true(read_("强直性脊柱炎确诊一年，早上腰背僵").dx_known & (1u << MR_DX_SPONDYLITIS));
    assert_true(read_("had one of my migraines this morning").dx_known & (1u << MR_DX_MIGRAINE));
    assert_false(read_("my mum has dementia, I look after her").dx_known & (1u << MR_DX_DEMENTIA));
    assert_true(read_("got marfan syndrome, aorta 'a bit wide', friends want me to max out").dx_known & (1u << MR_DX_MARFAN));
    assert_true(mr_conditions[MR_DX_MARFAN].moderate_cap && !mr_conditions[MR_DX_GLAUCOMA].moderate_cap);
    /* a heart attack or a stent of the last weeks, not one of years ago; "憋得慌" at home is cabin fever */
    mr_notes mi = read_("两周前心梗放了个支架，出院说心脏康复门诊排到下个月。在家憋得慌，想今天先慢跑个3公里试试");
    assert_true((mi.dx_known & (1u << MR_DX_CARDIAC_RECENT)) && !(mi.flags & MR_SYM_CHEST_PAIN));
    assert_true(read_("had a heart attack 3 weeks ago, stent put in, waiting for cardiac rehab").dx_known & (1u << MR_DX_CARDIAC_RECENT));
    assert_false(read_("十年前放了支架，一直跑步").dx_known & (1u << MR_DX_CARDIAC_RECENT));
    assert_true(read_("胸口憋得慌，走两步就喘").flags & MR_SYM_CHEST_PAIN);
    /* a meal skipped on a sulfonylurea; a drive home after nights; a dietitian and a psychologist's team */
    assert_true(read_("on glimepiride 2mg, skipped lunch today, only tea").meal_skipped_su);
    assert_false(read_("skipped lunch today, only tea").meal_skipped_su);
    assert_true(read_("刚下第三个夜班，练完还得自己开车回家").drowsy_drive);
    assert_true(read_("my team ok'd 3 x 20 min easy runs a week (dietitian + psych + GP)").eating_disorder);
    /* a face fallen and speech slurred, in Cantonese, typed by a wife, passed in ten minutes: a TIA's signs */
    assert_true(read_("我係佢老婆，幫佢打字。今日飲茶嗰陣，佢半邊面突然跌咗落嚟，講嘢含含糊糊，拎唔穩杯茶，"
                      "大概十分鐘就完全好返").stroke_signs);
    /* the baby moving less in late pregnancy: a warning sign (RCOG Green-top 57) */
    assert_true(read_("34週了～寶寶今天動得很少，下午到現在幾乎沒感覺到踢").flags & MR_SYM_PREG_WARNING);
    assert_true(read_("35 weeks and baby's been really quiet today, hardly felt any kicks").flags & MR_SYM_PREG_WARNING);
    /* a chesty wet cough is below the neck */
    assert_true(read_("been coughing 2 days, chesty wet cough, kept me up last night").flags & MR_SYM_ILLNESS);
    /* a racing heart told as a drum solo or a disco, sitting still; chest tightness in pinyin with no space */
    assert_true(read_("my heart's doing drum solos and I've literally been sitting at my desk all morning").flags &
                MR_SYM_PALPITATIONS);
    assert_true(read_("感觉心脏在胸口里蹦迪💃 我明明坐着没动").flags & MR_SYM_PALPITATIONS);
    assert_true(read_("今天xiongkou有点men，不知道咋回事").flags & MR_SYM_CHEST_PAIN);
    /* Shanghainese 热度 is a fever; a COPD's breathlessness getting dressed, with green phlegm this week, is worse */
    assert_true(read_("今朝有眼热度，37度8，浑身骨头痛").flags & MR_SYM_FEVER);
    assert_true(read_("COPD, chest is rattly this week, coughing up green stuff and short of breath just getting dressed").flags &
                MR_SYM_BREATH);
    /* work pressure felt as not getting a breath, a bra's underwire, a hill like everyone else: no warning sign */
    assert_false(read_("最近工作壓力好大，有點喘不過氣的感覺，但身體沒什麼問題啦，只是心很煩").flags & MR_SYM_BREATH);
    assert_false(read_("Thought I was having a heart attack lol, turns out it was the underwire on my new sports bra").flags &
                 MR_SYM_CHEST_PAIN);
    assert_false(read_("Walked 3 miles with the walking group, bit puffed on the big hill like everyone else").flags &
                 MR_SYM_BREATH);
    assert_true(read_("new tablets since the AF diagnosis (bisoprolol)").flags & MR_COND_HEART);
    assert_false(read_("Got aff the ferry yesterday").flags & MR_COND_HEART);
    /* a glucose in words a few words on; a medicine as a question's premise is taken */
    mr_notes gw = read_("这周空腹血糖连着三天都是七点六😬，下周去看医生");
    assert_true(gw.glucose == 137 && (gw.flags & MR_COND_DIABETES));
    assert_true(read_("is it ok to train on an empty stomach if I'm on metformin?").flags & MR_COND_DIABETES);
    assert_false(read_("what if I get dizzy on the bike?").flags & MR_SYM_DIZZINESS);
    /* a park named as a place asks for no walk; going to the park does */
    assert_int_not_equal(read_("boot camp, first session today 6am at east coast park").asked, MR_ACT_WALK);
    assert_int_equal(read_("can we go to the park today?").asked, MR_ACT_WALK);
    /* panels 56 and 57 scored: a week indoors is no pregnancy; a bone tender on one spot is no illness; races are
     * events; a gout toe "又痛風"; a hernia that "goes back in" is no back pain */
    assert_false(read_("一个星期没出门了，整天躺在床上滑手机").flags & MR_COND_PREGNANCY);
    assert_true(read_("七个月的小肚肚😆 今天去游泳 医生说一切都挺好").flags & MR_COND_PREGNANCY);
    assert_false(read_("小腿前面疼了两个礼拜，骨头上有一个点按下去特别疼").flags & MR_SYM_ILLNESS);
    assert_false(read_("i don't use the blue inhaler before races cos it feels like cheating and my chest is fine").flags &
                 MR_SYM_PALPITATIONS);
    assert_true(read_("琴晚右腳大腳趾又痛風，又紅又熱").notes & MR_NOTE_ARTHRITIS_FLARE);
    mr_notes hn = read_("lump in my right groin, GP says inguinal hernia, goes back in when I lie down, dull ache after heavy pulls");
    assert_true((hn.dx_known & (1u << MR_DX_HERNIA)) && !(hn.flags & MR_COND_BACK) && hn.n_unsure == 0);
    assert_true(read_("克隆氏症又發作，今朝探熱38.2").dx_known & (1u << MR_DX_IBD));
    /* the weeks since a birth as English says them */
    assert_int_equal(read_("baby is 8 weeks old, keen to run again").postpartum_weeks, 8);
    assert_int_equal(read_("had my baby 14 weeks ago").postpartum_weeks, 14);
    /* set 68 and panel 58: a blackout on standing; a checked faint of last week, over; a child's fever; a watch that
     * flagged nothing; cauda equina as it is told; a gout toe; a PE by its initials; dialysis as 洗腎 */
    assert_true(read_("when I stood up everything turned dark, I had to hold the wall and sit on the floor").flags &
                MR_SYM_DIZZINESS);
    assert_false(read_("passed out in the shower last Friday, went to A&E, bloods and ECG were all normal. Haven't had a "
                       "single dizzy spell since").flags & MR_SYM_DIZZINESS);
    assert_false(read_("Both kids have had temperatures since Sunday, 39.2 last night for the little one. I'm not ill").flags &
                 MR_SYM_FEVER);
    assert_false(read_("Watch hasn't flagged a single irregular rhythm since I started flecainide").flags & MR_SYM_PALPITATIONS);
    assert_true(read_("back's been at me for 2 wks since lifting boxes. since this morning it feels weird down below when I "
                      "wipe, like numb? and I couldn't really tell if I needed to pee").cauda_equina);
    assert_true(read_("昨晚开始右脚大脚趾又红又肿又热，医生说是痛风").gout);
    assert_true(read_("had a PE in feb after my knee op. on apixaban").clot_treated);
    assert_true(read_("我洗腎一三五，左手有廔管").notes2 & MR_NOTE2_KIDNEY);
    assert_true(read_("增殖期视网膜病变上周刚做完激光").dx_known & (1u << MR_DX_RETINOPATHY));
    assert_true(read_("doc started me on amitriptyline 2 wks ago").dx_known & (1u << MR_DX_NO_SWEAT));
    assert_false(read_("今天老闆的簡報讓我頭超大，快暈倒了XD 不過身體沒事，下班要去健身房發洩一下。").faint_effort_past);
    /* hypo unawareness is the condition, not a low now */
    mr_notes hu = read_("T1 on a pump, don't really feel my hypos coming anymore (endo calls it hypo unawareness)");
    assert_true(hu.hypo_unaware && !(hu.notes & MR_NOTE_LOW_GLUCOSE));
    assert_true(read_("hypo unawareness, and I'm 3.1 right now").notes & MR_NOTE_LOW_GLUCOSE);
    /* a diagnosed PAD's calf pain on walking is its own, not an unplaced leg finding */
    mr_notes pad = read_("vascular surgeon says PAD in both legs. calves cramp after 300m, stop a minute and go on");
    assert_true((pad.notes2 & MR_NOTE2_PAD) && !pad.claudication && !(pad.notes & MR_NOTE_LOWER_BODY));
    /* someone around the writer urging rest or pushing on, by name; encouragement and the weather's advice are neither */
    mr_notes ot = read_("doc says walk more. my husband thinks I should stop everything till the scan");
    assert_true(ot.others_say == 1 && !strcmp(ot.others_who, "husband") && !ot.others_pro);
    ot = read_("膝盖疼了两周，朋友说没事，跑开了就好了");
    assert_true(ot.others_say == 2 && !strcmp(ot.others_who, "朋友"));
    ot = read_("my coach says just scale a bit, my MIL thinks I should stop lifting altogether");
    assert_true(ot.others_say == 1 && !strcmp(ot.others_who, "mother-in-law"));
    assert_int_equal(read_("my daughter keeps telling me to do more but I don't know how").others_say, 0);
    assert_int_equal(read_("妈妈说今天雾霾大别出去跑了").others_say, 0);
    assert_int_equal(read_("my wife ran a 10k and said it was hard").others_say, 0);
    /* questions answered on their own lines: lose weight first, sleep; HIIT only when it is what is asked */
    mr_notes q = read_("tried a youtube HIIT thing last yr and gave up. maybe I should lose some weight first before I start??");
    assert_true(q.weight_first && !q.hiit_asked);
    assert_true(read_("can I do HIIT at lunch?").hiit_asked);
    q = read_("靠咖啡撑，晚上举铁出出汗会不会好睡点？");
    assert_true(q.sleep_asked && q.caffeine);
    /* a desk job's neck and shoulder ache is the posture's, said anywhere in the note */
    mr_notes dk = read_("neck and right shoulder super tight, ache by 3pm daily. physio said its postural");
    assert_true((dk.notes & MR_NOTE_NECK_SHOULDER) && !(dk.flags & MR_SYMPTOMS_MASK) && dk.n_unsure == 0);
    /* insulin ahead or not wanted is none taken; a meal just eaten; the kit at home; "not keen on the gym" is no mood */
    mr_notes gd = read_k("上周查出妊娠糖尿病，医生说先饮食+运动，控制不好再打胰岛素。刚吃完午饭", MR_COND_PREGNANCY);
    assert_true(!(gd.notes & MR_NOTE_INSULIN) && gd.just_ate);
    assert_true(read_("on lantus at night, novorapid with meals").notes & MR_NOTE_INSULIN);
    assert_string_equal(read_("not keen on the gym, have some ankle weights at home").home_kit, "ankle weights");
    assert_int_equal(read_("not keen on the gym, have some ankle weights at home").mood, MR_MOOD_NEUTRAL);
    /* an oxygen reading: today's lowest, under 92 only; somebody else's not */
    assert_int_equal(read_("家里有个指夹血氧仪，平时坐着93、94，今天早上测了几次都是88、89").spo2, 88);
    assert_int_equal(read_("sats 96% on the oximeter, fine").spo2, 0);
    assert_int_equal(read_("my dad's sats were 85 in hospital").spo2, 0);
    /* ketones a few words after the strip; 生酮 is a diet, its weight lost no reading */
    mr_notes kt = read_("libre says 16.1 mmol, mum made me do a ketone strip and it was like 1.8?? feel a bit sick tbh");
    assert_true(kt.ketones_pos && kt.nausea_said && !(kt.flags & MR_SYM_ILLNESS));
    assert_false(read_("上个月开始生酮，已经瘦了6斤").ketones_pos);
    /* the vascular clinician's word about the writer */
    assert_true(read_("calves cramp after a couple blocks. the vascular guy called it PAD and said walk more").notes2 & MR_NOTE2_PAD);
    /* the writer's own relation skipped ("我是孩子妈妈"): the card is for the son; the grandpa's "别把孩子累着" is his
     * words, not the writer's tiredness; the writer's own voice back after them is the writer's */
    mr_notes ch = read_("我是孩子妈妈。儿子10岁，跑两圈就喘。爷爷说小孩胖点是福，别把孩子累着");
    assert_true(ch.proxy && !strcmp(mr_notes_proxy_name(ch.proxy_who, 1), "儿子") && ch.mood == MR_MOOD_NEUTRAL);
    assert_int_equal(read_("胸门 上楼梯到二楼就得歇 老伴不让我去跳广场舞了 我也有点怕").mood, MR_MOOD_STRESSED);
    /* an illness two weeks back, its fever long gone, is the past; short of fluid after a day in the sun */
    assert_int_equal(flags("两周前阳了，烧了三天早退了") & MR_SYMPTOMS_MASK, 0);
    assert_true(flags("两周前开始胸口疼，一直没好") & MR_SYM_CHEST_PAIN);
    assert_true(read_("在工地晒了一天，今天喝水不多，尿有点黄").dehydrated);
    assert_false(read_("drank 3 litres today, peeing loads").dehydrated);
    /* an RA flare said loosely; a cancer whose treatment is over is a survivor's, not an unknown diagnosis */
    assert_true(read_("RA's acting up again, knuckles and wrists puffy and warm since monday").notes & MR_NOTE_ARTHRITIS_FLARE);
    assert_false(read_("my race is on sunday").notes & MR_NOTE_ARTHRITIS_FLARE);
    mr_notes sv = read_("乳癌完成治疗大半年，腋下拎走咗十几粒淋巴");
    assert_true(sv.cancer_after && !(sv.notes2 & MR_NOTE2_DIAGNOSIS) && sv.mood == MR_MOOD_NEUTRAL);
    assert_true(read_("breast cancer, on chemo cycle 3").notes2 & MR_NOTE2_CHEMO);
    /* a session someone else offers is not one done; Cantonese 冇事 is a push */
    assert_false(read_("my brother wants me at his bootcamp, lots of burpees and jump squats").notes & MR_NOTE_LOWER_WORKED);
    assert_true(read_("did 100 jump squats yesterday").notes & MR_NOTE_LOWER_WORKED);
    assert_int_equal(read_("老婆話冇事嘅，照去行山出下汗就會低返").others_say, 2);
    /* set 66's: a racing car for a racing heart; voice input's 兄们 and 川不上气; Ventolin by voice; a chest said to be
     * fine beside a sore arm; a bloated belly "like three months pregnant"; a pounding heart after the last interval */
    assert_true(flags("heart going 🏎️🏎️ just sitting at my desk, no coffee today either") & MR_SYM_PALPITATIONS);
    assert_true(flags("早上遛狗的时候兄们，像有块石头压着，坐下歇了几分钟才好") & MR_SYM_CHEST_PAIN);
    assert_true(flags("早上走到公交站就川不上气，用了两下万托林") & MR_SYM_BREATH);
    assert_true(flags("used my vent Colin twice this morning cause I was wheezy") & MR_COND_ASTHMA);
    assert_int_equal(flags("没发烧，不头晕，胸口也不闷，就是昨天搬家胳膊酸") & MR_SYMPTOMS_MASK, 0);
    assert_int_equal(flags("试管促排第8天，肚子胀得跟怀了三个月似的哈哈") & (MR_SYMPTOMS_MASK | MR_COND_PREGNANCY), 0);
    assert_int_equal(flags("died on the last interval 😂 heart was pounding out of my chest but so worth it") & MR_SYMPTOMS_MASK, 0);
    assert_true(flags("after the intervals my heart is still racing, sitting here 20 min later") & MR_SYM_PALPITATIONS);
    assert_true(flags("my heart is still racing 20 minutes after my run, sitting on the couch") & MR_SYM_PALPITATIONS);
    /* a class on a weekday: the weekday and the activity nearest the class word */
    mr_notes cl = read_("gym on monday, swim class on friday");
    assert_true(cl.class_act == MR_ACT_SWIM && cl.class_wday == 5);
    cl = read_("社区健身房周三晚上8点有瑜伽课");
    assert_true(cl.class_act == MR_ACT_YOGA && cl.class_wday == 3);
    assert_int_equal(read_("went to the gym on monday").class_act, -1);
    /* a lasting back pain feared as damage */
    assert_true(read_k("every time I bend my back hurts, scared I'll damage it more", MR_COND_BACK).back_fear);
    assert_false(read_k("back hurts when I bend", MR_COND_BACK).back_fear);
}

/* Who and when in a hurried note: a question about a symptom the note then
 * tells as having happened; "if ... I'll stop" is a plan; a fear of it
 * coming back, a month-old one "fine since", a club's bug, an in-law's or a
 * father's when the writer says they are fine, are not the writer's now; a
 * medicine not needed lately still tells of its condition; the general
 * questions the card answers first. */
static void who_and_when(void **state) {
    (void)state;
    /* set 75's: a roommate's bug now the writer's ("now" after the date); "当时" pointing back to yesterday;
     * still dizzy the day after a knock to the head (no exercise today, and the concussion's rule);
     * a near-faint a mother saw; a heart like a drum at rest; a brother asked for */
    assert_true(read_("my roommate had food poisoning last week and now i've got it too 🤢 diarrhoea all night").flags &
                MR_SYM_ILLNESS);
    assert_int_equal(read_("had flu last week, better now").flags & MR_SYM_ILLNESS, 0);
    assert_true(read_("昨天打球被人肘到头，当时眼冒金星直接坐地上了").flags & MR_SYM_DIZZINESS);
    {
        mr_notes k = read_("昨天打球撞到头，有点晕");
        assert_true((k.flags & MR_SYM_DIZZINESS) && (k.notes2 & MR_NOTE2_CONCUSSION));
    }
    assert_true(read_("我妈说我吃饭时脸煞白还冒冷汗，差点从椅子上栽下去，我自己都不太记得").flags & MR_SYM_DIZZINESS);
    assert_true(read_("喝了预锻炼粉一个小时了，人坐着心跳跟打鼓一样停不下来").flags & MR_SYM_PALPITATIONS);
    {
        mr_notes b = read_("帮我弟弟问一下，他16岁，有哮喘，平时用舒利迭，这周走路上学都说喘不上气");
        assert_true(b.proxy && (b.flags & MR_COND_ASTHMA) && (b.flags & MR_SYM_BREATH));
    }
    /* older writers' ways of saying it: about to keel over; newly puffed on one flight ("never used to be");
     * a daughter's guess at the writer's own pills; a fever with a cough is a chest illness; 胸口有点烧 on walking */
    assert_true(flags("Pulse 42 on the cuff and I feel like I might keel over.") & MR_SYM_DIZZINESS);
    assert_true(flags("Is it normal to be puffing after just one flight of stairs? Never used to be.") & MR_SYM_BREATH);
    assert_true(flags("dizzy when I stood up, my daughter thinks it is the new blood pressure pills") & MR_COND_HYPERTENSION);
    assert_false(flags("my daughter thinks she needs blood pressure pills") & MR_COND_HYPERTENSION);
    assert_true(flags("Cough and a temperature since yesterday.") & MR_SYM_ILLNESS);
    assert_false(flags("Kid has a cough and a temperature, I'm fine") & (MR_SYM_ILLNESS | MR_SYM_FEVER));
    assert_true(flags("吃完饭胸口有点烧，走路的时候更明显。") & MR_SYM_CHEST_PAIN);
    /* ... and what is not a sign now: a denial to the doctor's question, a heart failure's swelling already seen
     * to, angina quiet for the month (but "今天又犯了" is one) */
    assert_false(flags("Doc asked if I get chest pain walking up hills. Nope, never.") & MR_SYM_CHEST_PAIN);
    assert_true(flags("Doc asked if I get chest pain walking up hills, I said yes") & MR_SYM_CHEST_PAIN);
    assert_false(read_("Both ankles swollen by teatime. Cardiologist knows, it's my heart failure, he upped the furosemide.").fluid);
    assert_false(flags("心绞痛好几年了，硝酸甘油随身带着，这个月一次都没犯过。") & MR_SYM_CHEST_PAIN);
    assert_true(flags("心绞痛好几年了，今天又犯了，胸口闷") & MR_SYM_CHEST_PAIN);
    /* coming back: a caesarean wound red and weeping, lochia heavier and smelling (not "Scared", not "恶露不多了");
     * a knee scope 10 days ago (not "in college, fully healed"); a stress fracture in a boot (not healed last year);
     * a fever gone for days and a chest infection cleared by the GP are the past */
    assert_true(read_("宝宝25天了，剖的。刀口这两天有点红，还有点渗液。恶露也比上周多了点，有点味道").postnatal_infection);
    assert_true(read_("Had a c-section 3 weeks ago. The wound is red and oozing a bit.").postnatal_infection);
    assert_false(read_("Baby is 10 wks. Breastfeeding, knackered, sleep is terrible. Scared to do anything.").postnatal_infection);
    assert_false(read_("顺产第12天，想开始动一动。恶露不多了，奶水也够。").postnatal_infection);
    assert_true(read_("scope on my right knee 10 days ago, trimmed a torn meniscus. knee still a bit puffy").dx_known &
                (1u << MR_DX_KNEE_OP));
    assert_false(read_("scope on my right knee 10 days ago, knee a bit puffy and warm").notes & MR_NOTE_ACUTE_SPRAIN);
    assert_false(read_("had a knee scope in college, fully healed, running 25 miles a week").dx_known & (1u << MR_DX_KNEE_OP));
    assert_true(read_("四周前右脚第二跖骨疲劳性骨折，骨科说穿气动靴6到8周").bone_stress);
    assert_false(read_("stress fracture last year, healed, back running").bone_stress);
    assert_false(flags("两个星期前得了流感，烧了三天，已经五天没发烧了，现在就是有点流鼻涕") & MR_SYM_FEVER);
    assert_false(flags("Had a chest infection after Christmas, GP listened to my chest 2 wks ago and said its clear.") &
                 MR_SYM_ILLNESS);
    assert_true(flags("发烧38.5，吃了退烧药退烧了") & MR_SYM_FEVER); /* brought down by the tablet: still a fever */
    assert_true(flags("上个礼拜日行山，上斜嗰阵下巴同左手臂有啲紧，坐低抖几分钟就冇事") & MR_SYM_CHEST_PAIN);
    /* exams behind are not exams ahead; waiting for school to start asks about resting, waiting for the evening does not */
    assert_false(read_("中考完了终于解放 之前三个月每天刷题").exams);
    /* a forum is not a mother, a best time before the baby is no race this week */
    assert_int_equal(read_("on the mum groups everyone says don't do anything except walk for 6 months").others_say, 0);
    assert_int_equal(read_("Baby is 10 wks. Pre-pregnancy I ran 3x a week, half marathon PB 1:48, ran until 20 wks.").raced, 0);
    /* a faint feared in a question is not a faint ("会不会...晕倒？"); "担心哮喘发作" still tells of the asthma */
    assert_false(flags("吃着药可以运动吗？会不会血压血糖太低晕倒？") & MR_SYM_DIZZINESS);
    /* a stroll in the park, a CPAP machine, out of breath chasing a grandson: none is a sign */
    assert_false(flags("体温37.3，其实我自己觉得挺好的，照常去公园转转。") & MR_SYM_DIZZINESS);
    assert_false(flags("CPAP呼吸机戴着不舒服，一晚上醒了好几回") & MR_SYM_BREATH);
    assert_false(flags("孙子跑得太快，我追得上气不接下气，哈哈，歇一下就好了") & MR_SYM_BREATH);
    assert_true(flags("头有点转转的，站不稳") & MR_SYM_DIZZINESS);
    assert_true(flags("我有运动性哮喘 好怕跑一半犯病 早上一量还有点低烧 37.8 咋整") & MR_SYM_FEVER);
    assert_true(flags("下周要去高原出差，担心哮喘发作，要带什么药吗") & MR_COND_ASTHMA);
    assert_true(read_("planning to pop 2 advil before and push through, good idea?").nsaid_through);
    assert_true(read_("孩子有哮喘，想给他开个免体证明算了，这样行吗？").pe_exempt_asked);
    assert_false(read_("今年中考要考1000米，体育老师让每天练").exams);
    assert_false(read_("Ramzan over, Eid was 10 days back. During the roza I stopped my morning walk").notes2 & MR_NOTE2_FASTING);
    assert_true(read_("现在是斋月第十三天，白天不吃不喝").notes2 & MR_NOTE2_FASTING);
    mr_notes hr = read_("Keyhole hernia repair 10 days ago, wound healing grand");
    assert_true((hr.dx_known & (1u << MR_DX_HERNIA_REPAIRED)) && !(hr.dx_known & (1u << MR_DX_HERNIA)));
    assert_true(read_("期末考试下周开始，还要不要去游泳").exams);
    assert_true(read_("我不太想动 天太热了 能不能等开学再说").ask & MR_ASK_REST);
    assert_false(read_("Should I push through the fatigue or wait until evening?").ask & MR_ASK_REST);
    assert_true(flags("Is it normal to get dizzy after squats? Happened Monday and again yesterday, both times I had to sit") &
                MR_SYM_DIZZINESS);
    assert_false(flags("Is it normal to feel dizzy after donating blood?") & MR_SYM_DIZZINESS);
    assert_true(flags("胸口有点门，走路快了就门，停下来就好") & MR_SYM_CHEST_PAIN); /* 门 typed for 闷 */
    assert_false(flags("我出门就门口等你") & MR_SYMPTOMS_MASK);
    assert_true(flags("on the pump now (T1 since I was 12). had a couple of hypos this week") & MR_COND_DIABETES);
    assert_true(flags("since yesterday I've had the squits and a tummy ache") & MR_SYM_ILLNESS);
    assert_true(flags("36周了，从中午开始大概每十分钟痛一次，越来越规律") & MR_SYM_PREG_WARNING);
    assert_false(flags("每十分钟痛一次 胃不舒服") & (MR_SYM_PREG_WARNING | MR_COND_PREGNANCY));
    assert_true(flags("孕20周，今天下午突然出了不少血") & MR_SYM_PREG_WARNING);
    assert_false(flags("If my chest starts hurting again I'll stop, promise.") & MR_SYM_CHEST_PAIN);
    assert_true(flags("if I walk fast my chest hurts") & MR_SYM_CHEST_PAIN);
    assert_false(flags("Worried I'll get dizzy again like at the wedding in May, but nothing so far") & MR_SYM_DIZZINESS);
    assert_false(flags("上个月在健身房晕过一次，这个月一直没事") & MR_SYM_DIZZINESS);
    assert_true(flags("上个月晕过一次，今天又晕了") & MR_SYM_DIZZINESS);
    assert_false(flags("Half the running club has norovirus after curry night. I skipped it so I'm fine") & MR_SYM_ILLNESS);
    assert_true(flags("前晚跑团聚餐好几个人食物中毒，我也中招了，拉了一天") & MR_SYM_ILLNESS);
    assert_false(flags("My father-in-law is having fever and loose motions, I am attending to him. Myself I am fine only") &
                 (MR_SYM_FEVER | MR_SYM_ILLNESS));
    assert_false(flags("阿爸入咗医院，心口痛，医生话要通波仔。我冇事") & MR_SYM_CHEST_PAIN);
    assert_true(flags("我妈住院了，胸口疼") & MR_SYM_CHEST_PAIN); /* not said to be fine: errs safe */
    assert_true(flags("Good week! haven't needed the asthma inhaler once.") & MR_COND_ASTHMA);
    assert_false(flags("I don't have asthma, never used an inhaler") & MR_COND_ASTHMA);
    assert_true(flags("今朝行上斜路心口痛，好似上次通波仔之前咁") & MR_COND_HEART);
    assert_true(flags("醫生說我有心律不整，藥有按時吃") & MR_COND_HEART);
    assert_true(flags("坐骨神经痛这半年也没好利索") & MR_COND_BACK);
    assert_true(flags("累成狗，血糖都没顾上测（二型）") & MR_COND_DIABETES);
    assert_false(flags("我妈血糖高（二型）") & MR_COND_DIABETES);
    /* a stroke's signs told by a wife and played down (the cold, carrying rice); the cold still explains numb hands */
    assert_true(read_("老伴说我这两天说话有点含糊，我自己没觉得，就是今天中午右手拿筷子有点使不上劲，掉了两次，可能昨天搬米累着了，"
                      "右边嘴角她说有点歪，也可能是冻的。").stroke_signs);
    assert_false(read_("手冻得发麻，右手没劲").stroke_signs);
    /* a hot, thicker calf after a long flight in Cantonese, the writer's guess of a cramp notwithstanding */
    assert_true(read_("上個禮拜飛返嚟，十幾個鐘。左邊小腿腫咗，比右邊粗咗一圈，摸落有啲熱同痛，我諗係坐得耐抽筋啫").notes2 &
                MR_NOTE2_SEE_TODAY);
    /* "is it OK to get a bit breathless when I walk?" asks about effort; breathless sitting is the sign */
    mr_notes e = read_("Is it actually OK for me to get a bit breathless when I walk or should I be taking it easy?");
    assert_true(!(e.flags & MR_SYM_BREATH) && e.effort_asked);
    assert_true(flags("is it ok to get a bit breathless walking? I get breathless sitting") & MR_SYM_BREATH);
    /* Parkinson's freezing as the dose wears off is the illness's, placed; the spin bike asked about */
    e = read_("帕金森确诊两年，吃多巴丝肼。药效好的时候走路还行，药快过了脚就像粘在地上迈不开。家里有台动感单车落灰了。我现在能骑吗？");
    assert_true(e.n_unsure == 0 && e.asked == MR_ACT_STATIONARY_BIKE);
    /* a caesarean six weeks back is a birth behind her */
    assert_true(read_("剖腹产六周了，42天复查医生说伤口长得挺好").notes & MR_NOTE_POSTPARTUM);
    /* a device fitted 10 weeks ago is no longer new */
    assert_false(read_("Got an ICD put in 10 weeks ago, the arm restrictions are done").dx_known & (1u << MR_DX_PACEMAKER_NEW));
    assert_true(read_("Got an ICD put in 3 weeks ago").dx_known & (1u << MR_DX_PACEMAKER_NEW));
    assert_int_equal(read_("Do I need to worry about my heart rate hitting the shock zone?").mood, MR_MOOD_NEUTRAL);
    /* the time a nap gives, most days; work's walking asked about */
    e = read_("She naps after lunch which gives me maybe 10 min to myself. Is 10 minutes even worth bothering with?");
    assert_true(e.minutes_free == 10 && e.minutes_free_daily);
    assert_true(read_("我在工地搬砖，一天站十来个小时，我都走这么多了还要运动吗？").job_active_asked);
    assert_true(read_("I'm 80. Is it too late for me to build any muscle?").late_asked);
    assert_true(read_("有没有不用跑步的运动？我喜欢跟着视频跳舞").counts_asked);
    assert_false(read_("I love dancing to videos").counts_asked);
    /* the general questions */
    assert_int_equal(read_("knees ache after 20 min. is it better to rest them?").ask, MR_ASK_REST);
    assert_int_equal(read_("驗身話我血壓高。想問點開始好？有冇危險？").ask, MR_ASK_SAFE | MR_ASK_START);
    assert_int_equal(read_("Hill walk tomorrow, any advice?").ask, MR_ASK_ADVICE);
    assert_int_equal(read_("想减肥，一周练几次比较好？").ask, MR_ASK_HOW_MUCH);
    assert_int_equal(read_("how long till I can run again?").ask, 0);
    assert_int_equal(read_("is it ok to do 2 or more days in a row??").ask & MR_ASK_IN_A_ROW, MR_ASK_IN_A_ROW);
    assert_int_equal(read_("想问有氧和力量应该先做哪个？").ask, MR_ASK_ORDER);
    assert_int_equal(read_("能不能加到一周4次？").ask, MR_ASK_ADD_DAY);
    assert_int_equal(read_("missed 8 days with a cold. Where do I restart?").ask, MR_ASK_RESTART);
    assert_int_equal(read_("是不是要等完全不痛才能回健身房?").ask, MR_ASK_WAIT_PAIN);
    assert_int_equal(read_("3个小时会不会太多？").ask, MR_ASK_TOO_MUCH);
    assert_int_equal(read_("我陪她一晚上没怎么睡，这几天累死了").ask, 0); /* 没怎么, 这几天: no question */
    assert_int_equal(read_("Is it safe for someone with asthma to do HIIT? Asking for my son").ask, 0);
    /* an ache the day after a long game is overuse (moderate at most), not a fresh sprain; an arthritic knee puffy after a long walk, likewise */
    e = read_k("每个星期天打3个钟头羽毛球。昨天打完右膝盖又有点酸痛，今天好一点", MR_COND_KNEE);
    assert_true(e.joint_sore && !(e.notes & MR_NOTE_ACUTE_SPRAIN));
    assert_true(read_k("osteoarthritis in my right knee. Did a 90 min bushwalk sunday, knee is sore today and bit puffy",
                       MR_COND_KNEE).oa_swollen);
    assert_true(read_("twisted my knee yesterday, it's swollen").notes & MR_NOTE_ACUTE_SPRAIN);
    assert_true(read_("儿子说冬天早上冷容易出事，让我改时间，要不要改？").time_asked);
    /* "how heavy should I go?" with a stent is the bar's load, not a heavy chest */
    assert_false(flags("stent 2 yrs ago. want to add weights - how heavy should I go?") & MR_SYM_CHEST_PAIN);
    assert_true(flags("stent 2 yrs ago. feels heavy again today") & MR_SYM_CHEST_PAIN);
    assert_int_equal(read_("my wife asked if she should rest her knee?").ask, 0);
}

static void at_work(void **state) {
    (void)state;
    /* set 76's: a tight band across the chest carrying bags up to the first floor (the floor is no body part for a
     * tightness); swaying at the counter, gone white; 穿不过气 for 喘不过气; malaria again with a fever */
    assert_true(flags("Carrying plaster bags up to the first floor this morning and got a tight band across my chest, had to put the "
                      "bag down and lean on the wall. Went off after 5 mins.") & MR_SYM_CHEST_PAIN);
    assert_true(flags("the floor was moving under me") & MR_SYM_DIZZINESS);
    assert_true(flags("Customer asked if I was alright because apparently I'd gone white and was swaying at the counter. Didn't "
                      "even notice till I had to grab the shelf") & MR_SYM_DIZZINESS);
    assert_true(flags("apparently I'd gone white and was swaying") & MR_SYM_DIZZINESS);
    assert_false(flags("the tree was swaying at the top") & MR_SYM_DIZZINESS);
    assert_true(flags("坐在车里胸口闷闷的，穿不过气来") & MR_SYM_BREATH);
    assert_true(flags("I dey feel hot and cold, body dey pepper me everywhere, I think na malaria again.") & MR_SYM_ILLNESS);
    assert_false(flags("malaria tablets for the trip") & MR_SYM_ILLNESS);
    /* not alarms: the heart that skipped a beat when the boss called; a workmate who fainted in the heat */
    assert_false(flags("My heart skipped a beat when the boss called me in, thought I was getting sacked. Turns out it was a pay "
                       "rise!! Over the moon") & MR_SYM_PALPITATIONS);
    assert_true(flags("my heart skipped a beat twice while sitting at my desk") & MR_SYM_PALPITATIONS);
    assert_false(flags("今天车间一个老师傅热晕了，被120拉走了，还好没事。我自己好好的，就是到现在还有点后怕") & MR_SYM_DIZZINESS);
    /* a day's moods said the way workers say them */
    assert_int_equal(read_("Yaar aaj bahut thakaan hai, 12 hour shift at the godown").mood, MR_MOOD_TIRED);
    assert_int_equal(read_("Overtime again, 6th day in a row. I swear I'm losing my mind.").mood, MR_MOOD_STRESSED);
    assert_int_equal(read_("This heat is killing me, 41 in the shed today. Just hot and cranky").mood, MR_MOOD_NEGATIVE);
    assert_int_equal(read_("Back's been cranky since I moved the couch").mood, MR_MOOD_NEUTRAL);
    /* weakness feared for later is no tired day; an every-morning habit; a son's advice in Cantonese */
    assert_int_equal(read_("我驚冇得練對腳會冇力").mood, MR_MOOD_NEUTRAL);
    assert_int_equal(read_("平时每朝落公园打太极").daily_act, MR_ACT_TAI_CHI + 1);
    assert_int_equal(read_("I swim every morning before work").daily_act, MR_ACT_SWIM + 1);
    assert_int_equal(read_("should I run every day?").daily_act, 0);
    assert_int_equal(read_("以前每天游泳").daily_act, 0);
    assert_int_equal(read_("个仔话咁大年纪冻亲唔好郁，叫我留喺屋企休息。係咪真係唔好做运动好？").others_say, 1);
    /* repeats asked about with no activity named are a run's hard session, quoted back */
    {
        mr_notes q = read_("Did 10x200 hills yesterday, legs are pretty heavy. Should I do 8x400 today or is that too much?");
        assert_true(q.asked_hard && q.asked == MR_ACT_RUN && !strcmp(q.asked_words, "8x400") && q.n_unsure == 0);
    }
}

static void two_conditions(void **state) {
    (void)state;
    /* panel 70's: a drug and a condition listed ("仲有血压高" is no blood); "好闷" sitting at home is boredom, not a
     * tight chest; a watch's erratic heart rate; COPD as Taiwan says it; a chosen all-out walk's breathing; a low and
     * a tight chest of last week's training; falls on a blood thinner */
    {
        mr_notes w = read_k("心房颤动食紧薄血丸（华法林），仲有血压高同骨质疏松。今年跌咗两次。我日日坐喺度好闷", MR_COND_HEART);
        assert_true((w.flags & MR_COND_HYPERTENSION) && !(w.flags & MR_SYMPTOMS_MASK) && w.n_unsure == 0);
        assert_true(w.anticoag && w.fallen);
    }
    assert_true(flags("孕32周，今天内裤上有血") & MR_SYM_PREG_WARNING);
    assert_false(flags("Also my Garmin HR is all over the place, what should I go by?") & MR_SYM_PALPITATIONS);
    assert_true(flags("my heart is racing and my watch says 180 sitting down") & MR_SYM_PALPITATIONS);
    {
        mr_notes c = read_("我有肺阻塞，每天早上吸一次长效的。平常早上都去河滨公园走路40分钟，走快一点会喘要停下来。");
        assert_true((c.notes & MR_NOTE_COPD) && !(c.flags & MR_SYM_BREATH));
    }
    assert_false(read_k("我故意走很快走到上气不接下气，心跳也才100出头。是不是练得不够？", MR_COND_HEART).flags & MR_SYM_BREATH);
    assert_true(read_k("走很快就上气不接下气，最近越来越明显", MR_COND_HEART).flags & MR_SYM_BREATH);
    {
        mr_notes t = read_k("type 1 on a pump. was cold as last week and i went low (3.1) halfway thru and my chest got tight in the "
                            "fitness bit. im 7.8 rn", MR_COND_DIABETES | MR_COND_ASTHMA);
        assert_true(t.eib_past && t.hypo_past && !(t.flags & MR_SYMPTOMS_MASK) && !(t.notes & MR_NOTE_LOW_GLUCOSE));
    }
    assert_true(read_k("my chest got tight at training today", MR_COND_ASTHMA).flags & MR_SYM_CHEST_PAIN);
    assert_true(flags("last week my chest got tight in the fitness bit") & MR_SYM_CHEST_PAIN); /* (no asthma: still the sign) */
    /* a statin's aching legs for weeks after the dose went up; a sea swim in 10 degree water */
    assert_true(read_("吃阿托伐他汀，医生把他汀从20加到40。这两三周大腿小腿都酸酸的，两边都有").statin_ache);
    assert_false(read_("吃阿托伐他汀，昨天爬山，今天大腿酸").statin_ache);
    assert_true(read_("My friends do a sea swim at the Forty Foot every morning, water's about 10 degrees").cold_water);
    assert_false(read_("sea swim in Greece next week, water is 24 degrees").cold_water);
    assert_true(read_("想去冬泳").cold_water);
    /* two activities asked as a choice: the other one kept, in the order written */
    {
        mr_notes c = read_("knee is a bit sore after yesterday. run or swim today?");
        assert_true(c.asked >= 0 && c.asked_alt >= 0 && c.asked != c.asked_alt);
        assert_true((c.asked == MR_ACT_RUN && c.asked_alt == MR_ACT_SWIM && !c.asked_alt_first) ||
                    (c.asked == MR_ACT_SWIM && c.asked_alt == MR_ACT_RUN && c.asked_alt_first));
    }
    assert_true(read_("今天去游泳还是骑车好？").asked_alt >= 0);
    assert_int_equal(read_("swam yesterday, can I run today?").asked_alt, -1);
}

static void events_and_travel(void **state) {
    (void)state;
    /* set 77's: a faint at a funeral; a tent that spins at base camp; a brother's wedding is no third party's angina;
     * a heart doing somersaults after cocktails */
    assert_true(flags("funeral for my best friend yesterday, I collapsed at the crematorium and came round after a few seconds.") &
                MR_SYM_DIZZINESS);
    assert_true(flags("now I've got a pounding headache, threw up my dinner and the tent spins when I sit up") & MR_SYM_DIZZINESS);
    assert_true(flags("在我哥婚礼上，心绞痛又来了，胸口压着，含了两次硝酸甘油") & MR_COND_HEART);
    assert_true(flags("跨年夜喝了三杯鸡尾酒，元旦这天躺着心脏都像在翻跟头") & MR_SYM_PALPITATIONS);
    /* not alarms: somebody else's bug or fever with the writer well; a fever gone for days; a mind racing before a new job;
     * a long climb's breathing, settled in minutes */
    assert_false(flags("Everyone at the wedding got the stomach bug except me, my friend was vomiting all night. I'm totally fine") &
                 MR_SYM_ILLNESS);
    assert_false(flags("My 4 y/o has had a fever since the flight back, 39.2 this morning. I'm worried sick but I'm not sick myself") &
                 MR_SYM_FEVER);
    assert_true(flags("my son has a fever and now I've got it too, 38.9") & MR_SYM_FEVER);
    assert_false(flags("越南回来周一发烧38.6，周二就退了，已经正常四天了，感觉还行") & MR_SYM_FEVER);
    assert_true(flags("周一发烧38.6，周二退了，今天又烧起来了") & MR_SYM_FEVER);
    assert_false(flags("明天入职新公司，心里七上八下的，脑子转个不停睡不着") & MR_SYM_DIZZINESS);
    assert_false(flags("Climbed the 272 steps up to Batu Caves, totally out of breath at the top but fine after a couple minutes.") &
                 MR_SYM_BREATH);
    assert_false(flags("走虎跳峡高路，一路呼哧呼哧喘，歇歇就好。") & MR_SYM_BREATH);
    assert_true(flags("Climbed the steps up to the temple and I'm still out of breath an hour later") & MR_SYM_BREATH);
}

static void numbers_and_sport(void **state) {
    (void)state;
    /* set 78's: the upper number with "bottom" for the lower; the upper alone; a meter past its top with vomiting;
     * "skipped-beat", "short of breathe", Cantonese 针拮 */
    assert_true(flags("top number 160 bottom 100 on the wrist cuff, did it 3 times same-ish. no symptoms tho") & MR_COND_HYPERTENSION);
    assert_int_equal(read_("上压185，头有点胀").bp_sys, 185);
    assert_false(flags("systolic was 120 this morning") & MR_COND_HYPERTENSION);
    mr_notes hi = read_("血糖機顯示HI，一型糖尿，一路嘔，好辛苦");
    assert_true(hi.glucose >= 600 && (hi.flags & MR_SYM_ILLNESS) && (hi.flags & MR_COND_DIABETES));
    assert_int_equal(read_("my mate said hi at the gym, sugar fine").glucose, -1);
    assert_true(flags("BP 135/85 at home. Also been getting a weird fluttery skipped-beat feeling lying in bed the last 2 nights") &
                MR_SYM_PALPITATIONS);
    assert_true(flags("HR 20 beats higher than usual for the same effort, and I'm short of breathe on the slightest hill") & MR_SYM_BREATH);
    assert_true(flags("今朝深呼吸嗰陣心口好似針拮咁，血氧98%") & MR_SYM_CHEST_PAIN);
    /* set 79's: regular painful tightenings at 34 weeks; a chest tight after futsal ("came back from" is no cause);
     * Malay pengsan and pening; still dizzy after a clash of heads; 胸口发闷 with the workout and the muscle denied;
     * typos 头运, 天炫地转 */
    assert_true(flags("34 weeks and we did a gentle hike yesterday. Since then I've had tightenings about every 10 mins that "
                      "actually hurt and are pretty regular.") & MR_SYM_PREG_WARNING);
    assert_true(flags("Just came back from futsal, chest quite tight leh, like got something pressing on it. Not the usual ache "
                      "from bench press one.") & MR_SYM_CHEST_PAIN);
    assert_false(flags("back from the gym, chest sore from bench") & MR_SYM_CHEST_PAIN);
    assert_true(flags("Badminton at the dewan just now, so hot, I almost pengsan lah, kena sit down. Still pening now.") &
                MR_SYM_DIZZINESS);
    assert_true(flags("争顶头球跟对方后卫撞了头，当场眼冒金星，到现在头还有点晕") & MR_SYM_DIZZINESS);
    assert_true(flags("天天坐着打游戏，这两天坐着坐着胸口就发闷，像压了块石头。我根本没去练胸，不是肌肉酸") & MR_SYM_CHEST_PAIN);
    assert_true(flags("打完拳头运得厉害，一站起来就天炫地转") & MR_SYM_DIZZINESS);
    /* not alarms: a pre-eclampsia scare over after the birth; a watch's alerts the cardiologist waved off; a child in the
     * writer's class, a friend on the hill, a sparring partner, a mum, each with the writer set apart */
    assert_false(flags("Not pregnant anymore lol, baby came 6 weeks ago! BP back to 118/75 after the pre-eclampsia scare, so happy") &
                 MR_SYM_PREG_WARNING);
    assert_false(flags("my watch keeps saying irregular rhythm but I have a pacemaker and the cardiologist said ignore it. feel fine") &
                 MR_SYM_PALPITATIONS);
    assert_false(flags("One of the kids in my junior badminton class fainted in the heat today, his parents took him home and he's ok.") &
                 MR_SYM_DIZZINESS);
    assert_false(flags("朋友爬山时手表测血氧85，当场晕倒了，好吓人。我自己一直95%，没事") & MR_SYM_DIZZINESS);
    assert_false(flags("陪练的师兄昨天被KO了，头晕了好久，我自己没事，今晚照常练") & MR_SYM_DIZZINESS);
    assert_false(flags("我妈67岁，最近老头晕，血压90/55，准备带她去看医生，有点担心。我自己今天骑了20分钟车没事") & MR_SYM_DIZZINESS);
}

static void moods_and_feelings(void **state) {
    (void)state;
    /* set 80's: a voice slip for 晕倒; not alarms: checked and not since, long past and not since, a friend's faint
     * with the writer well, "Racing heart, no.", a heavy heart, a brain that cannot keep up */
    assert_true(flags("今天早上在药房排队的时候差点运倒，本来就因为今天出成绩很紧张") & MR_SYM_DIZZINESS);
    assert_false(flags("Dad passed 3 weeks ago, still gutted. The chest pain I had around the funeral turned out to be nothing, "
                       "doctor cleared me, hasn't come back.") & MR_SYM_CHEST_PAIN);
    assert_false(flags("我爸三周前走了，还是很难受。葬礼那几天胸口痛，后来查了没事，已经没再痛了") & MR_SYM_CHEST_PAIN);
    assert_true(flags("葬礼那几天胸口痛，今天又痛了") & MR_SYM_CHEST_PAIN);
    assert_false(flags("小时候爸妈吵架我会心悸，好多年没犯了。今天就是通勤太累了") & MR_SYM_PALPITATIONS);
    assert_false(flags("I used to get dizzy spells when I was depressed back in 2021 but that's all behind me now.") &
                 MR_SYM_DIZZINESS);
    assert_false(flags("My friend had a full breakdown at the gym yesterday, fainted and everything. I'm ok physically.") &
                 MR_SYM_DIZZINESS);
    assert_false(flags("Someone in my running group collapsed on Sunday, chest pains, he's in hospital. I'm okay but worried sick "
                       "about him.") & MR_SYM_CHEST_PAIN);
    assert_false(flags("Stressed, yes. Racing heart, no. Just the usual exam nerves") & MR_SYM_PALPITATIONS);
    assert_true(flags("Racing heart, no idea why, since this morning") & MR_SYM_PALPITATIONS);
    assert_false(flags("Heavy heart today, it would've been Mum's 60th. Nothing wrong physically") & MR_SYM_CHEST_PAIN);
    assert_false(flags("头大，三个项目一起催，脑子转不过来了") & MR_SYM_DIZZINESS);
    /* moods said plainly, with slang or understatement */
    assert_int_equal(mr_notes_mood("Feeling a bit blue but nothing physical. Just grey skies and a grey mood."), MR_MOOD_NEGATIVE);
    assert_int_equal(mr_notes_mood("I'm not even sad, I'm just numb. Heart's not in it today."), MR_MOOD_NEGATIVE);
    assert_int_equal(mr_notes_mood("今天是我妈生日，她走了两年了，心里沉甸甸的。身体没事，想散散步"), MR_MOOD_NEGATIVE);
    assert_int_equal(mr_notes_mood("这周硬是恼火得很，我妈住院，天天跑医院"), MR_MOOD_STRESSED);
    assert_int_equal(mr_notes_mood("答辩终于过了，如释重负！"), MR_MOOD_POSITIVE);
    assert_int_equal(mr_notes_mood("I'm dead 💀 my little brother just sent the funniest meme. anyway feeling great"), MR_MOOD_POSITIVE);
    assert_int_equal(mr_notes_mood("我妈说我看起来很憔悴，娃长牙每晚哭，全家都没得睡"), MR_MOOD_TIRED);
}

static void womens_health(void **state) {
    (void)state;
    /* set 81's: a positive test after a missed period; regular painful tightenings at 36+3; the flu caught from a
     * grandson; a pregnancy now after a sister's miscarriage, after a last pregnancy's diabetes */
    assert_true(flags("Missed period + test positive!!! 😭😭 happy tears. Like 4 weeks I think?? what can I still do") &
                MR_COND_PREGNANCY);
    assert_false(flags("Missed period, covid test positive though, so probably just that") & MR_COND_PREGNANCY);
    assert_true(flags("36+3 and the tightenings are every 6 min for the last hour and they HURT, have to stop talking through them.") &
                MR_SYM_PREG_WARNING);
    assert_true(flags("被孙子传染了流感🤒 浑身疼，体温38.8，咳嗽，我还在吃降压药") & MR_SYM_FEVER);
    assert_true(flags("我姐上周流产了，心里很难受。我现在孕15周，一切正常，没出血没肚子疼") & MR_COND_PREGNANCY);
    assert_true(flags("上一胎妊娠糖尿病，生完就好了。这胎糖耐量正常，26周，开心") & MR_COND_PREGNANCY);
    /* not alarms: a first trimester's bleed that stopped weeks ago, a sister-in-law's postpartum pre-eclampsia */
    assert_false(flags("The bleeding I had in my first trimester stopped weeks ago, now 21 weeks and the anatomy scan was perfect") &
                 MR_SYM_PREG_WARNING);
    assert_true(flags("21 weeks now, some bleeding again this morning") & MR_SYM_PREG_WARNING);
    assert_false(flags("My SIL had postpartum preeclampsia and ended up in ICU. I'm 3 weeks post birth and feeling really good") &
                 MR_SYM_PREG_WARNING);
}

static void played_down(void **state) {
    (void)state;
    mr_notes n;
    /* set 82's: a voice slip ("my hard" for my heart), two typos in one line, and a question about
     * what is "normal" that is told as happening the last two nights */
    assert_true(flags("My hard has been racing at night when I lie down like it skips and then pounds no idea why") &
                MR_SYM_PALPITATIONS);
    assert_true(flags("cheast feels heavey when i climb the stares, fine at rest. prolly the cold") & MR_SYM_CHEST_PAIN);
    assert_true(flags("Is it normal to feel like your heart is skipping beats when you're lying in bed? It's happened the last "
                      "two nights. Otherwise I'm fine.") & MR_SYM_PALPITATIONS);
    assert_false(flags("Is it normal to feel dizzy after donating blood?") & MR_SYM_DIZZINESS);
    assert_false(flags("my hard session is done, heart feels fine") & MR_SYM_PALPITATIONS);
    /* not alarms: a heart not in it, a heart's somersault at good news, chest pain of last year checked and gone */
    assert_false(flags("Heart wasn't in it yesterday, skipped the run and sat on the couch all evening.") & MR_SYMPTOMS_MASK);
    assert_false(flags("My heart did a little somersault when I opened my exam results, got a first!! 🎉") & MR_SYMPTOMS_MASK);
    assert_false(flags("去年胸口疼去查过了，是胃食管反流，现在吃药控制得挺好，一直没再疼过") & MR_SYM_CHEST_PAIN);
    assert_true(flags("去年查过了心脏没事，今天胸口又疼了") & MR_SYM_CHEST_PAIN);
    assert_int_equal(mr_notes_mood("My heart did a little somersault when I opened my exam results, got a first!! 🎉"),
                     MR_MOOD_POSITIVE);
    assert_int_equal(mr_notes_mood("I'm dead on my feet after the wedding"), MR_MOOD_TIRED);
    /* a parent writing: the child's wish is the question; a grandmother's opinion is not the person */
    n = read_("(mum writing) Oliver is 13. he wants to go to swim club this morning. Grandma thinks he shouldn't be in water. Is he ok?");
    assert_true(n.asked == MR_ACT_SWIM && n.proxy && n.proxy_who != 2 && n.proxy_who != 3);
    assert_int_equal(read_("my husband wants to go for a run").asked, -1);
}

static void after_a_workout(void **state) {
    (void)state;
    /* set 83's: breathless on one flight of stairs today after yesterday's jog (the jog does not explain
     * today's), Pidgin "I dey pant", a rate stuck at 190 at rest after intervals that then drops at once */
    assert_true(flags("昨天慢跑完以後，今天在公司連爬一層樓梯都喘到不行，以前不會這樣。") & MR_SYM_BREATH);
    assert_true(flags("Since yesterday after the jogging, even to climb the one flight of stairs in my office, I dey pant like "
                      "person wey run marathon. Before before no be so.") & MR_SYM_BREATH);
    assert_true(flags("400米间歇跑完坐在草地上，心跳一直在190多下不来，手表显示坐着还是196，过了十来分钟才突然一下掉到90。") &
                MR_SYM_PALPITATIONS);
    assert_false(flags("间歇跑完心跳180，歇了两分钟就降到120了") & MR_SYM_PALPITATIONS);
    assert_false(flags("panting after the last 400m rep, legs dead, great session") & MR_SYMPTOMS_MASK);
    /* "中间歇了两回" is resting on the way, not interval training */
    assert_true(flags("早上爬楼，才到三楼就喘得不行，中间歇了两回，以前没这样") & MR_SYM_BREATH);
    /* not alarms: a question answered no at once, a running mate's faint */
    assert_false(flags("Felt lightheaded after the long ride? Nope, not this time, fuelled properly") & MR_SYMPTOMS_MASK);
    assert_false(flags("长距离骑完头晕？这次没有😅 补给吃够了") & MR_SYMPTOMS_MASK);
    assert_false(flags("喘？不存在的，那是去年冬天的事了。今年哮喘控制得很好") & MR_SYM_BREATH);
    assert_true(flags("头晕？有点，站起来就晕") & MR_SYM_DIZZINESS);
    assert_false(flags("一起练的跑友在30公里补给站晕倒了，被医护抬走了。我全程感觉挺好。") & MR_SYM_DIZZINESS);
}

static void everyday_illness(void **state) {
    (void)state;
    /* set 84's: a positive RAT with aches, Pidgin "I dey shiver", a cold gone to the chest, AF said as a patient */
    assert_true(flags("Positive RAT this morning two lines. Sore throat, headache, aches in my legs, bit of a temperature") &
                MR_SYM_ILLNESS);
    assert_true(flags("body dey hot and I dey shiver since yesterday night. I just weak") & MR_SYMPTOMS_MASK);
    assert_true(flags("Wednesday: the cold seems to have moved to my chest, I'm coughing a lot") & MR_SYM_ILLNESS);
    assert_true(flags("AF patient (on apixaban). Flu last few days") & MR_COND_HEART);
    /* not alarms: flu going round and dodged, just sinus, a child's fever (Pidgin "pikin"), a sick trick,
     * a fever of last week, a chest checked in January and not since, tired "like being ill" */
    /* (the flu going round the office and dodged is still read as the writer's: the safer error) */
    assert_true(flags("I've got the flu doing the rounds at work") & MR_SYM_ILLNESS);
    /* a "no" to another question does not take a symptom back */
    assert_true(flags("Chest pain on hills, is that bad? Nah probably nothing") & MR_SYM_CHEST_PAIN);
    assert_true(flags("胸口闷？并没有好转") & MR_SYM_CHEST_PAIN);
    assert_false(flags("心率到180，骑车坐着还是站着好？") & MR_SYM_PALPITATIONS);
    assert_true(flags("my chest feels congested") & MR_SYM_ILLNESS);
    /* not a team's practice, not a team's days: the gym and a steam room, a daily dog walk beside Sunday golf */
    assert_false(read_("Training at the gym, then the steam room").notes & MR_NOTE_RACE_TODAY);
    assert_int_equal(read_("Golf on Sundays. Walk the dog every day.").sport_days & 0x3e, 0);
    assert_false(flags("just sinus. face feels full, no fever, no cough, just congested") & MR_SYMPTOMS_MASK);
    assert_true(flags("chest is congested and I'm coughing up green stuff") & MR_SYM_ILLNESS);
    assert_false(flags("My pikin get fever since yesterday, I no sleep at all. Me I dey kampe but I tire") & MR_SYM_FEVER);
    assert_false(flags("that was a sick trick at the skatepark, ankle's fine, no pain. stoked") & MR_SYMPTOMS_MASK);
    assert_false(flags("发烧已经是上个礼拜的事了，现在除了有点咳嗽都好了") & MR_SYM_FEVER);
    assert_false(flags("一月份阳的时候胸闷过，查了心脏没问题，之后再没有过。现在就是流鼻涕") & MR_SYM_CHEST_PAIN);
    assert_false(flags("病了一样累，这礼拜加班加疯了") & MR_SYMPTOMS_MASK);
    assert_false(flags("Malaria don comot o, I finish my drugs last week, body don strong well well") & MR_SYMPTOMS_MASK);
}

static void medicines_and_treatments(void **state) {
    (void)state;
    /* set 85's: a daughter writing for "one of your users", a child typed for by her mum, skipped beats on a Holter,
     * the pressure's tablets as people name them, a voice slip for metformin, breathing still hard after half an hour */
    assert_true(flags("Hi, I'm the daughter of one of your users (Dad, 79). He's on digoxin for his AF and today he's very dizzy") &
                MR_SYM_DIZZINESS);
    assert_true(flags("妈妈替我打：孩子12岁，有哮喘，今天体育课跑步后一直咳嗽喘不过气，歇了半小时还在喘") & MR_SYM_BREATH);
    assert_true(flags("今天心跳又漏了好几下，昨晚开始的，现在还戴着24小时动态心电图") & MR_SYM_PALPITATIONS);
    assert_true(flags("Writing for my husband, 68, he's on insulin and tablets for his pressure") & MR_COND_HYPERTENSION);
    assert_true(flags("Doctor placed me on BP drugs since last month") & MR_COND_HYPERTENSION);
    assert_true(flags("the doctor put me on metaphor min last week") & MR_COND_DIABETES);
    /* not alarms: a leaflet's side effects none of which came, an infection cleared, palpitations weeks ago and
     * none since, "not a single bit of" chest pain, a faint years back, a jab's chill without fever */
    assert_false(flags("Read the leaflet for my new sertraline: dizziness, palpitations, sweating, the works. Haven't had any of it") &
                 MR_SYMPTOMS_MASK);
    assert_false(flags("看说明书上写副作用有头晕、心慌、恶心，吓我一跳，不过我吃了一周啥反应都没有") & MR_SYMPTOMS_MASK);
    assert_true(flags("the leaflet says dizziness. I have been dizzy all morning") & MR_SYM_DIZZINESS);
    assert_false(flags("Finished my antibiotics last week, the chest infection has cleared") & MR_SYM_ILLNESS);
    assert_false(flags("Wearing a Holter monitor because of palps a few weeks ago. Haven't had any since, not one flutter") &
                 MR_SYM_PALPITATIONS);
    assert_false(flags("Not a single bit of chest pain on the treadmill at cardiac rehab today") & MR_SYM_CHEST_PAIN);
    assert_false(flags("Fainted in church 3 yrs ago, turned out to be low iron. Fine since.") & MR_SYM_DIZZINESS);
    assert_false(flags("刚打完新冠加强针，有点发冷，量了37.1，没发烧") & MR_SYM_ILLNESS);
    assert_true(flags("flu jab yesterday, arm sore, achy all over and 37.9 last night") & MR_SYM_ILLNESS);
    /* (a breath that settled is still the night's warning: "until it settled" is no healing word) */
    assert_true(flags("I awoke quite unable to catch my breath and was obliged to sit upright in the chair until it settled.") &
                MR_SYM_BREATH);
    /* a miscarriage feared is no loss told; the first trimester's nausea is placed */
    mr_notes n = read_("10 wks pregnant. my mom keeps telling me running will cause a miscarriage and i should stop");
    assert_true((n.flags & MR_COND_PREGNANCY) && n.miscarriage_fear);
    assert_int_equal(read_("10 weeks pregnant, feel good except morning nausea").n_unsure, 0);
    /* periods grown rare in training are lost ones (IOC), unless PCOS explains them */
    assert_true(read_("Run 50km a week, lost 4kg. Periods have gone from monthly to every 2-3 months").notes & MR_NOTE_NO_PERIODS);
    assert_false(read_("I have PCOS so my periods come every 2-3 months").notes & MR_NOTE_NO_PERIODS);
    /* a calf swollen on one side after a caesarean; placenta praevia; OHSS's signs after an egg collection */
    assert_true(read_("I had a c-section 9 days ago. My left calf has been really tight and a bit swollen since yesterday").notes2 &
                MR_NOTE2_SEE_TODAY);
    assert_true(read_("怀孕24周，B超说是完全性前置胎盘，医生说别做剧烈运动").previa);
    assert_false(read_("low-lying placenta at 20 weeks but it has moved up now").previa);
    assert_true(read_("low-lying placenta at 20 weeks, consultant says take it easy").previa);
    assert_true(read_("Egg retrieval was Monday. Super bloated, up about 3 kg and short of breath lying down").ohss);
    /* an injury feared for later is not placed today; "C25K" is no 25k; "30 wks" is no heart rate */
    assert_int_equal(read_("而家好驚跌親會骨折，係咪唔好再做運動？").n_unsure, 0);
    assert_string_equal(read_("Can I still do week 6 run 3 of C25K today??").asked_words, "run");
    assert_true(read_("30 wks, 1hr after lunch i was 152 (goal is under 140). is it ok to skip?").hr_asked < 30);
    assert_true(read_("it's like 96 out. is it ok to skip?").ask & MR_ASK_REST);
    assert_false(read_("it's like 96 out. is it ok to skip?").ask & MR_ASK_SAFE);
    /* (a review's cases: the writer's own sign beside a leaflet, a "no side effects", a sign told as back, an
     * insulin jab, a praevia this time, a blood not the period's) */
    assert_true(flags("No side effects from the new tablets, but I got chest pain and felt faint on my walk this morning") &
                MR_SYM_CHEST_PAIN);
    assert_true(flags("The leaflet says dizziness is a side effect and I've been dizzy every morning since. Haven't had any "
                      "ankle swelling though.") & MR_SYM_DIZZINESS);
    assert_true(flags("说明书上写副作用有头晕、心慌，我这两天一直头晕心慌，别的啥反应都没有") & MR_SYM_DIZZINESS);
    assert_true(flags("Palpitations a few weeks ago. Haven't had any since, until they came back again today.") &
                MR_SYM_PALPITATIONS);
    assert_true(flags("Chest tightness a few weeks ago. None since Monday, but it came back this morning on my walk.") &
                MR_SYM_CHEST_PAIN);
    assert_true(flags("上个月胸闷过一阵，之后再没有过，今天早上又闷了一次。") & MR_SYM_CHEST_PAIN);
    assert_true(flags("Chest pain started a few weeks ago. Fine since I stopped running but it comes on when I climb stairs.") &
                MR_SYM_CHEST_PAIN);
    assert_true(flags("Felt my heart racing weeks ago, sorted it with less coffee, but it is racing at rest now.") &
                MR_SYM_PALPITATIONS);
    assert_true(flags("Had my insulin jab this morning as usual. Shivery and achy today, legs sore.") & MR_SYM_ILLNESS);
    assert_true(flags("Had my flu jab last month. Today I have got chills and aching legs and feel rotten.") & MR_SYM_ILLNESS);
    assert_true(flags("flu jab yesterday, achy and shivery, feel hot but no thermometer") & MR_SYM_ILLNESS);
    assert_int_equal(read_("I had placenta praevia in my last pregnancy and it's low-lying again this time, 30 weeks").previa, 2);
    assert_int_equal(read_("30 weeks pregnant. Scan says low placenta, they hope it has moved up by 32 weeks.").previa, 2);
    assert_true(read_("On my period, can I swim? There is blood in my pee too and it burns.").n_unsure > 0);
    assert_false(read_("12 weeks pregnant, haven't had a period since").notes & MR_NOTE_NO_PERIODS);
    assert_true(read_("Nursing student running 60 miles a week. My periods have stopped for 6 months.").notes & MR_NOTE_NO_PERIODS);
    assert_false(read_("IVF egg retrieval Monday. A bit bloated, put on my trainers for a walk").ohss);
    assert_false(flags("产后三个月，跳绳的时候又漏了") & MR_SYM_PALPITATIONS);
    /* (a second review's: a quiet with an end, an "I'm afraid" of regret, the writer's own sign beside a leaflet in the past
     * tense, effort that makes one want to faint, a skipped beat while running, weight put on after an egg collection) */
    assert_true(flags("Chest tightness a few weeks ago, none since until this morning.") & MR_SYM_CHEST_PAIN);
    assert_true(flags("Palpitations a few weeks ago, haven't had any since, but they're back.") & MR_SYM_PALPITATIONS);
    assert_true(flags("Had chest tightness a few weeks ago, none since. I'm afraid it came back on my walk though.") &
                MR_SYM_CHEST_PAIN);
    assert_true(flags("New pills. Leaflet says dizziness and fainting can happen, and I nearly fainted at work. Haven't had any "
                      "nausea.") & MR_SYM_DIZZINESS);
    assert_true(flags("说明书上写副作用有头晕、心慌，我昨天爬楼就心慌了，别的啥反应都没有") & MR_SYM_PALPITATIONS);
    assert_true(flags("Running up hills makes me want to faint, had to stop twice this morning.") & MR_SYM_DIZZINESS);
    assert_true(flags("跑着跑着心里咯噔一下，还以为心跳停了") & MR_SYM_PALPITATIONS);
    assert_true(flags("Came out of work and the car park was spinning.") & MR_SYM_DIZZINESS);
    assert_true(read_("Egg collection on Monday. Since then really bloated and I've put on 3kg in two days.").ohss);
    assert_false(read_("Had OHSS after my egg collection two years ago (bloated, breathless, peeing less). Now training").ohss);
    assert_int_equal(read_("Low-lying placenta at my 20 week scan. Rescan at 32 weeks showed it has moved up!").previa, 0);
    assert_int_equal(read_("Had placenta praevia last pregnancy but not this time").previa, 0);
    /* a day without it denied: it is there every day */
    assert_true(flags("Not a single day without chest pain this week") & MR_SYM_CHEST_PAIN);
    assert_true(flags("Not a day without chest pain this week") & MR_SYM_CHEST_PAIN);
    /* a thing named before a subject of its own is not what spins */
    assert_true(flags("Got out of the car and everything was spinning") & MR_SYM_DIZZINESS);
    assert_false(flags("my car is making a wheezing noise") & MR_SYMPTOMS_MASK);
}

static void work_and_travel(void **state) {
    (void)state;
    /* set 86's: a car park spinning after a double shift, a heart that shot up at the nurses' station, a chest
     * that hurts more often this week; not alarms: a boss who makes one "want to faint", 气都要气晕了 */
    assert_true(flags("Did a double at the hospital, 20 hours. Sat down in the car after and the whole car park was spinning on "
                      "me. Grand now I think but absolutely wrecked.") & MR_SYM_DIZZINESS);
    assert_true(flags("夜班三点多坐在护士站写记录，心跳突然飙起来，手表显示150多，持续了十来分钟。") & MR_SYM_PALPITATIONS);
    assert_true(flags("连轴转了二十个小时的班，下班坐进车里，整个停车场都在转，缓了好久。") & MR_SYM_DIZZINESS);
    assert_true(flags("养老院护工，这周搬老人的时候胸口一阵阵揪着疼，以前也有过，但这周更频繁了。") & MR_SYM_CHEST_PAIN);
    assert_false(flags("the car's making a wheezing noise") & MR_SYMPTOMS_MASK);
    assert_false(flags("Wah the deadline this week sibei jialat, my boss make me want to faint lol. But body ok one, no dizzy.") &
                 MR_SYMPTOMS_MASK);
    assert_false(flags("这周赶工期，老板把我整得脑壳都大了，气都要气晕了哈哈，其实身体莫得问题，不晕。") & MR_SYMPTOMS_MASK);
}

static void food_and_fasting(void **state) {
    (void)state;
    /* set 87's: a heart racing at 130 at the desk after an energy drink, blood in the morning's vomit after a
     * night's drinking, yesterday's day of diarrhoea "better" this morning */
    assert_true(flags("energy drink heart again?? sitting at my desk and it's racing like 130. only had one Monster") &
                MR_SYM_PALPITATIONS);
    assert_true(read_("今天早上吐出来的东西里有血丝，昨晚喝了半斤白酒").gi_bleed);
    assert_true(read_("threw up this morning and there was blood in it").gi_bleed);
    assert_false(read_("threw up twice, no blood, just a hangover").gi_bleed);
    assert_false(read_("吐了，没有血，就是喝多了").gi_bleed);
    assert_true(flags("今天拉肚子好了，昨天拉了一整天") & MR_SYM_ILLNESS);
    /* not alarms: a bug over and eating again since yesterday, sore pecs from training, a faint of last year */
    assert_false(flags("tummy bug's gone, ate normally yesterday, feel back to myself") & MR_SYMPTOMS_MASK);
    assert_false(flags("肠胃炎好了，昨天正常吃饭，感觉又活过来了") & MR_SYMPTOMS_MASK);
    assert_false(flags("上周拉肚子，现在好了") & MR_SYMPTOMS_MASK);
    assert_false(flags("喝完蛋白粉就去练，胸肌昨天练得酸死了，今天练背") & MR_SYMPTOMS_MASK);
    assert_false(flags("Fainted at the gym during Ramadan last year, so this year I train after iftar. All good so far") &
                 MR_SYM_DIZZINESS);
    assert_true(flags("fainted last year and again today") & MR_SYM_DIZZINESS);
}

static void several_conditions(void **state) {
    (void)state;
    /* panel 79's: a wife writing for her husband after slurred words that passed (a TIA) */
    mr_notes n = read_("Margaret here (Jim's wife). He was a bit muddled at breakfast and his words came out slurred for maybe 10 "
                       "min, he's right as rain now and wants to go to his stroke exercise class at 11.");
    assert_true(n.proxy && n.stroke_signs);
    assert_int_equal(n.proxy_who, 10); /* him, by the pronoun, not the wife who writes */
    /* the breathlessness COPD always brings on the stairs, told unchanged, is no new sign; worse than usual is */
    assert_false(flags("finished pulmonary rehab in jan. get winded on stairs and going uphill like always, no worse.") &
                 MR_SYM_BREATH);
    assert_true(flags("COPD, get winded on stairs, worse than usual this week") & MR_SYM_BREATH);
    /* a knee that hurts on the stairs, with no twist or fall, is no fresh sprain */
    assert_false(read_("我每天早上和姐妹们跳广场舞一个小时，膝盖上下楼有点疼。").notes & MR_NOTE_ACUTE_SPRAIN);
    assert_true(read_("今天早上扭了一下，膝盖上下楼疼").notes & MR_NOTE_ACUTE_SPRAIN);
    assert_int_equal(read_("最近心情麻麻，唔係好想郁，但係游完水會開心啲").mood, MR_MOOD_NEGATIVE);
    /* a team's days told without its sport in the clause, and today's practice by its clock time */
    n = read_("bgl 15.0 after school, ketones 0.3. footy training 4:30 till 6. coach said sit out if your high?? training mon + "
              "wed, game sat");
    assert_int_equal(n.sport_days, (1u << 1) | (1u << 3) | (1u << 6));
    assert_true((n.notes & MR_NOTE_RACE_TODAY) && n.match_today == 2);
    assert_false(read_("soccer training 3 times a week with the team").notes & MR_NOTE_RACE_TODAY);
    assert_int_equal(read_("watched the football game sat").sport_days, 0);
    /* a multiple pregnancy, the writer's; twins from 28 weeks and triplets are read as more */
    assert_int_equal(read_("20 weeks with twins, all scans fine so far.").multiple, 1);
    assert_int_equal(read_("30 weeks pregnant with twins, feeling huge").multiple, 2);
    assert_int_equal(read_("双胎妊娠29周，医生让我少动").multiple, 2);
    assert_int_equal(read_("expecting triplets! 16 weeks").multiple, 3);
    assert_int_equal(read_("怀的是双胞胎，现在22周").multiple, 1);
    assert_int_equal(read_("my twins are 3 and I chase them all day").multiple, 0);
    assert_int_equal(read_("我家双胞胎三岁了，带娃好累").multiple, 0);
    assert_int_equal(read_("my sister is pregnant with twins").multiple, 0);
}

static void review_of_sets_87_79(void **state) {
    (void)state;
    /* an independent review's cases: the pecs' soreness only with a session done as its cause */
    assert_true(flags("一直没练，今天上班的时候胸肌那里闷痛，出冷汗") & MR_SYM_CHEST_PAIN);
    assert_true(flags("胸肌这里压着疼，还没开始练就疼了，有点出冷汗") & MR_SYM_CHEST_PAIN);
    assert_true(flags("pecs feel tight and crushing at my desk, clammy, gym was cancelled anyway") & MR_SYM_CHEST_PAIN);
    assert_true(flags("left pec hurts when I walk uphill, goes away when I stop, haven't been to the gym in ages") &
                MR_SYM_CHEST_PAIN);
    /* a spell that started a year ago and goes on is now */
    assert_true(flags("dizzy since last year") & MR_SYM_DIZZINESS);
    assert_true(flags("Fainted last year and nearly fainted last week too") & MR_SYM_DIZZINESS);
    assert_true(flags("a year ago i started getting dizzy when i stand, still happens") & MR_SYM_DIZZINESS);
    assert_true(flags("年前晕倒过一次，还没查原因") & MR_SYM_DIZZINESS);
    /* somebody else's lungs, and "as usual" said of the inhaler, keep the breathlessness */
    assert_true(flags("My mum has emphysema. I'm breathless climbing one flight, no worse") & MR_SYM_BREATH);
    assert_true(flags("My husband has COPD. I get breathless on the stairs like always, no worse") & MR_SYM_BREATH);
    assert_true(flags("慢阻肺。今早起来喘得厉害，跟平时一样吸了药，没缓解") & MR_SYM_BREATH);
    assert_false(read_("I work in pulmonary rehab as a nurse").notes & MR_NOTE_COPD);
    /* a slip on the stairs is a fresh injury */
    assert_true(read_("slipped on the stairs yesterday and now my knee hurts a lot").notes & MR_NOTE_ACUTE_SPRAIN);
    assert_true(read_("昨天下楼梯滑了一下，膝盖疼得厉害").notes & MR_NOTE_ACUTE_SPRAIN);
    /* blood in the vomit weighed in its own clause */
    assert_true(read_("吐出来的东西里有血丝，量了血压还正常").gi_bleed);
    assert_true(read_("vomited this morning with streaks of blood, no blood thinners").gi_bleed);
    assert_false(read_("threw up after my run, blood sugar was low").gi_bleed);
    /* the writer's twins told every way */
    assert_int_equal(read_("I'm 30 weeks with twin girls").multiple, 2);
    assert_int_equal(read_("怀了龙凤胎，24周").multiple, 1);
    assert_int_equal(read_("我今年35岁怀双胞胎30周").multiple, 2);
    assert_int_equal(read_("twins! 29 weeks").multiple, 2);
    assert_int_equal(read_("I'm a twin and 20 weeks pregnant").multiple, 0);
    assert_int_equal(read_("my twins are 4, and I'm 20 weeks pregnant again").multiple, 0);
}

static void outdoors_and_altitude(void **state) {
    (void)state;
    /* set 88's false alarms: a sickness on a trip told over, and altitude sickness of trips past and to come */
    assert_false(flags("Climbed Kilimanjaro last year and got proper altitude sickness at Barafu camp, threw up and everything. "
                       "Fine now obviously, want to start training for Aconcagua") & MR_SYMPTOMS_MASK);
    assert_false(flags("Got sunstroke at the cricket last weekend, 8 days ago now, threw up twice and was dizzy. All fine since, "
                       "just remembering to drink more") & MR_SYMPTOMS_MASK);
    assert_false(flags("上上周去看球赛中暑了，吐了两次，头晕，现在早就好了") & MR_SYMPTOMS_MASK);
    assert_false(read_("On the bus up to Lhasa I had a nosebleed and a headache and my wife was really dizzy and vomited. We're "
                       "both OK now").ams);
    assert_false(read_("I get altitude sick every time I go above 3000m (headache, nausea) so I'm taking Diamox for the Peru "
                       "trip next month. Feel fine right now at home").ams);
    assert_true(read_("At 3800m in Cusco, headache and nauseous, still not great").ams);
    /* ... but a spell that goes on since the race, or came back, is now */
    assert_true(flags("Half marathon on Saturday went well, breathing's been fine, but I've been light-headed every time I stand "
                      "up since the race, like the room tips for a second") & MR_SYM_DIZZINESS);
    assert_true(flags("Had food poisoning last month, fine now, but threw up again this morning") & MR_SYM_ILLNESS);
    /* panel 80's: a mother in Cantonese about her ballet daughter's faint in class and lost periods */
    mr_notes n = read_("我係佢媽媽。囡囡15歲學芭蕾，一星期跳6日。M已經5個月冇嚟。上個禮拜上堂企起身嗰陣暈咗一陣，坐咗一陣就冇事。");
    assert_true(n.proxy && n.faint_effort_past && (n.notes & MR_NOTE_NO_PERIODS));
    /* not three weeks pregnant: the 三 of 周三; not bleeding: the taste of blood after a run; hurling the sport */
    assert_false(flags("大一女生 上次跑完腿疼了好几天 嗓子有血腥味 周三周五满课") & (MR_COND_PREGNANCY | MR_SYM_PREG_WARNING));
    assert_true(flags("怀孕三周，有点出血") & MR_SYM_PREG_WARNING);
    assert_false(flags("Oisin is 8, hurling training Saturday 11-12. Raining today but hurling is still on.") & MR_SYMPTOMS_MASK);
    assert_true(flags("been hurling all night") & MR_SYM_ILLNESS);
    /* a knock at rugby told by the head-injury assessment, the headache worse and vomiting twice: a scan today (NICE NG232) */
    n = read_("took a knock in the first half sat. this morning its worse than yesterday and I chucked up twice before school, "
              "feel a bit foggy and the light bugs me. coach reckons I'll be right for training tues if I pass the HIA.");
    assert_true((n.notes2 & MR_NOTE2_HEAD_KNOCK) && (n.notes2 & MR_NOTE2_HEAD_RED));
    assert_false(read_("I have a hiatus hernia and threw up after dinner").notes2 & MR_NOTE2_HEAD_KNOCK);
}

static void review_of_set_88_panel_80(void **state) {
    (void)state;
    /* a second review's cases: "over now" said of something else, or with the sign back tonight, heals nothing */
    assert_true(flags("每次上楼梯都头晕眼花，坐下来就没事了") & MR_SYM_DIZZINESS);
    assert_true(flags("Whenever I go running I get lightheaded after 10 min, ok now") & MR_SYM_DIZZINESS);
    assert_true(flags("I had covid 2 weeks ago, fine now but feeling feverish tonight") & MR_SYM_FEVER);
    assert_true(flags("Had covid last month, fine now apart from feeling dizzy when I climb stairs") & MR_SYM_DIZZINESS);
    assert_true(flags("上个月得了甲流，现在都好了，就是这两天有点低烧") & MR_SYM_FEVER);
    assert_true(flags("上周末开始发烧，昨晚38度9，头还晕，工作上的事都好了") & MR_SYM_FEVER);
    /* altitude sickness on arriving stays, whatever else is "好了" or at home */
    assert_true(read_("到了拉萨第二天，头痛恶心，没胃口，约好了明天去布达拉宫").ams);
    assert_true(read_("刚到香格里拉，头很痛，恶心，睡不好，在家的时候从来没这样").ams);
    assert_true(read_("Arrived in Cusco yesterday, headache and nausea, off my food. Booked the Inca trail for next month.").ams);
    /* a knock's red flags are the writer's and the head's: not a hamstring, a cold or a child being sick */
    assert_false(read_("Took a knock to the head in the match Saturday, passed the HIA, no symptoms at all. Hamstring getting worse "
                       "though.").notes2 & MR_NOTE2_HEAD_RED);
    assert_false(read_("Passed the HIA on Saturday, feel totally normal. My cold is worse than yesterday, just a runny nose.").notes2 &
                 MR_NOTE2_HEAD_RED);
    assert_false(read_("Had a head injury assessment after a clash, all clear. Kid was puking all night with a bug, I'm fine.").notes2 &
                 MR_NOTE2_HEAD_RED);
    assert_true(read_("Was at hurling training when I got a bang to the head, now headache and chucked up twice").notes2 &
                MR_NOTE2_HEAD_RED);
    /* 冇嚟 of practice is no lost period */
    assert_false(read_("教練話我三個月冇嚟練習，要重新開始").notes & MR_NOTE_NO_PERIODS);
    assert_true(read_("M已經5個月冇嚟，佢話跳舞嘅女仔好多都係咁").notes & MR_NOTE_NO_PERIODS);
}

/* young people in sport (panel 80): tiredness that lasts, a run test's
 * numbers, an ache of the last time, a swim squad's Cantonese */
static void youth_sport(void **state) {
    (void)state;
    /* tired all the time, not just today: the writer's own, not in the past, not someone else's */
    assert_true(read_("我13歲 學校泳隊 一星期練4朝水 成日好攰 上堂都瞓著咗兩次").worn_out);
    assert_true(read_("Training 6 days a week and I'm tired all the time, times getting slower").worn_out);
    assert_true(read_("Her mum here, typing for her. She keeps falling asleep in class since the season started").worn_out);
    assert_false(read_("My sister keeps falling asleep in class, I'm fine").worn_out);
    assert_false(read_("My mum is always tired since her chemo").worn_out);
    assert_false(read_("I used to be tired all the time before I fixed my sleep").worn_out);
    assert_false(read_("tired today after a late night").worn_out);
    /* the swim squad's sessions are swims ("練水", "游水") */
    mr_notes n = read_("学校泳队 星期一二四五朝早6点练水");
    assert_int_equal(n.routine[1], MR_ACT_SWIM + 1);
    assert_int_equal(n.routine[5], MR_ACT_SWIM + 1);
    /* a competition now and then is the season, not a race to taper for */
    assert_false(read_("星期六有时有比赛 教练叫我加跑步").notes & MR_NOTE_TAPER);
    assert_true(read_("这周六有比赛，想问今天练什么").notes & MR_NOTE_TAPER);
    /* a run test: its distance, the time to beat and the time now */
    n = read_("初三 中考体育还有6周 1000米现在4分05 满分要3分40 老师说每天多跑5圈");
    assert_int_equal(n.test_m, 1000);
    assert_int_equal(n.test_goal_s, 220);
    assert_int_equal(n.test_now_s, 245);
    n = read_("PE test next month: 1.5 mile run, currently 13:10, need under 12:00 to pass");
    assert_int_equal(n.test_m, 2414);
    assert_int_equal(n.test_goal_s, 720);
    assert_int_equal(n.test_now_s, 790);
    assert_int_equal(read_("ran 1000m this morning, felt good").test_m, 0); /* no test, no test's numbers */
    /* the last test's soreness, over, is no finding in the legs today; today's is */
    n = read_("中考体育还有6周 1000米现在4分05 满分要3分40 上次测完腿酸了3天");
    assert_false(n.notes & (MR_NOTE_LOWER_BODY | MR_NOTE_LOWER_WORKED));
    assert_false(read_("上次跑完腿疼了好几天 嗓子有血腥味").notes & MR_NOTE_LOWER_WORKED);
    assert_true(read_("上次跑完腿疼了好几天，现在还疼").notes & (MR_NOTE_LOWER_BODY | MR_NOTE_LOWER_WORKED));
    /* daily stairs are no daily run */
    assert_int_equal(read_("上次跑完腿疼了好几天 宿舍在6楼 每天爬楼").daily_act, 0);
    /* a diet of cucumbers is meals given up */
    assert_true(read_("想开学前瘦20斤 晚饭只吃黄瓜").skip_meals);
}

/* sleep, stress and the mind (set 89): a racing heart put down to nerves is
 * still one; a pattern told as quiet for weeks is not today's */
static void sleep_stress_mind(void **state) {
    (void)state;
    assert_true(flags("Woke at 3am with my heart going like crazy and sweating. Probably the work dream.") & MR_SYM_PALPITATIONS);
    assert_true(flags("压力太大了，坐着看电视心跳都好块，停不下来") & MR_SYM_PALPITATIONS);
    assert_true(flags("Turns out the racing heart wasn't anxiety after all, it's AF. On propranolol now.") & MR_COND_HEART);
    /* quiet for weeks by the writer's count, with nothing today: not today's sign */
    assert_false(flags("I get chest pains when I'm anxious. Haven't had one in about three weeks though.") & MR_SYM_CHEST_PAIN);
    assert_false(flags("咨询师让我告诉你们：我一焦虑就胸痛。不过已经三周没犯了。") & MR_SYM_CHEST_PAIN);
    /* (kept on purpose: "stopped completely ... 10 days ago" stays a sign, a review found the form hid today's) */
    assert_true(flags("The palpitations stopped completely once I cut out coffee 10 days ago.") & MR_SYM_PALPITATIONS);
    /* ... but not two days, not with effort (angina's pattern), not with today's */
    assert_true(flags("I get chest pains when I'm anxious. Haven't had one in 2 days") & MR_SYM_CHEST_PAIN);
    assert_true(flags("I get chest pains when I run. Haven't had one in 3 weeks because I stopped running") & MR_SYM_CHEST_PAIN);
    assert_true(flags("胸口疼，已经三周没犯了，今天又疼") & MR_SYM_CHEST_PAIN);
    /* moods in these words */
    assert_int_equal(read_("slept 9 hrs!! first time since the twins were born. feel like a new person").mood, MR_MOOD_POSITIVE);
    assert_int_equal(read_("Baby is 8 weeks old, midwife cleared me for exercise. Weepy and low most days though.").mood,
                     MR_MOOD_NEGATIVE);
    assert_int_equal(read_("Started sertraline about 10 days ago for depression. Feeling properly motivated for the first time "
                           "in months!").mood, MR_MOOD_POSITIVE);
    assert_int_equal(read_("This audit is killing me lol. 14 hour days.").mood, MR_MOOD_STRESSED);
    assert_int_equal(read_("my knee is killing me after the run").mood == MR_MOOD_STRESSED, 0); /* pain, not stress */
}

/* home, family and caring (set 90): whose sign it is when the family is in the note */
static void family_and_caring(void **state) {
    (void)state;
    /* typed for a relative: the signs are the user's */
    mr_notes n = read_("替我儿子（16岁）打字，他说昨晚躺在床上心跳突然特别快，砰砰跳了二十来分钟");
    assert_true(n.proxy && (n.flags & MR_SYM_PALPITATIONS));
    n = read_("给我奶奶打字，她85岁，这两天心里扑腾扑腾的，说心慌，坐着也慌。她有房颤");
    assert_true(n.proxy && (n.flags & MR_COND_HEART));
    n = read_("my teen daughter (14) asked me to write this: she has asthma and uses her inhaler before PE.");
    assert_true(n.proxy && (n.flags & MR_COND_ASTHMA));
    assert_false(read_("我给儿子买了双鞋").proxy);
    /* a relative telling of the writer, at a relative's event */
    assert_true(flags("老公说我昨天在儿子家长会上脸色发白，差点晕过去，我自己没什么印象。") & MR_SYM_DIZZINESS);
    assert_true(flags("I nearly fainted at my son's wedding") & MR_SYM_DIZZINESS);
    assert_false(flags("儿子在学校晕倒了") & MR_SYM_DIZZINESS);
    /* the one looked after is not whose back it is */
    assert_true(flags("照顾瘫痪的老伴三年了，腰椎间盘突出是老毛病了。") & MR_COND_BACK);
    assert_false(flags("照顾住院的老伴，他发烧了") & MR_SYM_FEVER);
    /* an arm and the jaw aching together on a walk: the anginal pair; a baby's age is no pregnancy */
    n = read_("用背带背着四个月的宝宝在小区走，这周每次走一会儿左胳膊和下巴就隐隐作痛，是背带勒的吗？");
    assert_true(n.flags & MR_SYM_CHEST_PAIN);
    assert_false(n.flags & (MR_COND_PREGNANCY | MR_COND_BACK));
    assert_true((n.notes & MR_NOTE_POSTPARTUM) && n.postpartum_weeks == 17);
    assert_true(flags("背着孩子走了一天，背疼") & MR_COND_BACK);
    /* stopping twice on a five-minute walk to catch the breath */
    assert_true(flags("送女儿去公交站才五分钟的路，中间停了两次喘口气，以前完全没事") & MR_SYM_BREATH);
    /* a step-parent's, the eldest child's, and a fever gone since Monday are not the writer's now */
    assert_false(flags("我继母有房颤经常心慌，我从来没有过。今天照常跑步") & (MR_SYM_PALPITATIONS | MR_COND_HEART));
    assert_false(flags("咱家老大发烧三十九度多，老二拉肚子，俺一宿没合眼") & (MR_SYM_FEVER | MR_SYM_ILLNESS));
    assert_false(flags("Fever's been gone since Monday, the whole house had flu last week. Still a bit drained") & MR_SYM_FEVER);
    /* (kept on purpose: "can't breathe with all of it" stays breathlessness, as "with all this walking" is) */
    assert_true(flags("Dad's in ICU after a heart attack. Can't breathe with all of it, everything's on top of me") & MR_SYM_BREATH);
    /* Cantonese sleep: "瞓咗三個鐘" is three hours slept */
    assert_true(read_("喺機上crew rest瞓咗三個鐘 成個人好攰").sleep_very_short);
}

/* an independent review of sets 89's and 90's and panels 80-82's fixes:
 * each of these was hidden or misread by a first form of a fix */
static void review_of_sets_89_90(void **state) {
    (void)state;
    /* a quiet spell beside today's sign heals nothing */
    assert_true(flags("Had chest pain on the bus this afternoon. Haven't had one in weeks though.") & MR_SYM_CHEST_PAIN);
    assert_true(flags("I get chest pains when I'm anxious. Haven't had one in about three weeks but my chest has been hurting "
                      "since lunch.") & MR_SYM_CHEST_PAIN);
    assert_true(flags("Chest pain is back this afternoon. Haven't had one in three weeks.") & MR_SYM_CHEST_PAIN);
    assert_true(flags("The chest pressure hasn't gone completely since it started 3 days ago") & MR_SYM_CHEST_PAIN);
    assert_true(flags("The chest pain stopped completely 2 days ago.") & MR_SYM_CHEST_PAIN);
    assert_true(flags("My heart was racing at my desk an hour ago. Haven't had one in weeks before that.") & MR_SYM_PALPITATIONS);
    assert_true(flags("已经三周没犯了，现在胸口很闷") & MR_SYM_CHEST_PAIN);
    assert_true(flags("我一焦虑就胸痛。不过已经三周没犯了，可是下午胸口闷得厉害") & MR_SYM_CHEST_PAIN);
    assert_true(flags("心悸好几个星期没发作，晚上躺下心跳乱跳") & MR_SYM_PALPITATIONS);
    assert_true(flags("Breathless at night lying flat, ankles swollen. Haven't had one in weeks.") & MR_SYM_BREATH);
    /* "can't breathe with all this ..." is breathlessness */
    assert_true(flags("I can't breathe with all this walking, have to stop every 20 metres") & MR_SYM_BREATH);
    assert_true(flags("Can't breathe with everything I do lately, even getting dressed, lips a bit blue") & MR_SYM_BREATH);
    /* months said beside a fresh sprain do not make it old */
    assert_true(read_("怀孕五个月了，昨天下楼崴了脚，肿得厉害，走不了路").acute & MR_COND_ANKLE);
    assert_true(read_("Rolled my ankle badly this morning, swollen and can't put weight on it, 4 months since I started running")
                    .acute & MR_COND_ANKLE);
    /* carrying a child is no mask on the back a fall hurt */
    assert_true(flags("背孩子下楼摔了一跤，后背疼得动不了，腿也麻了") & MR_COND_BACK);
    /* a run test is a run test: not a blood test, not "21km", not a son's */
    assert_int_equal(read_("Training for a 21km half in 6 weeks. Blood test yesterday came back fine.").test_m, 0);
    assert_int_equal(read_("Treadmill stress test on Friday to check my heart; I jog 1 km to the shops.").test_m, 0);
    assert_int_equal(read_("My son has his 1000m test at school; he is at 4:50, needs 4:20").test_m, 0);
    /* somebody else's tiredness, a hernia repaired years ago */
    assert_false(read_("My students fall asleep in class all the time. I run every Mon, Wed, Fri, Sat.").worn_out);
    assert_false(read_("疝气手术是五年前做的，现在想去游泳").dx_known & (1u << MR_DX_HERNIA_REPAIRED));
    assert_true(read_("hernia op (open, mesh) 12 days ago").dx_known & (1u << MR_DX_HERNIA_REPAIRED));
}

/* Blind sets 91 (typed in a hurry) and 92 (sports and match days), and the
 * misses an earlier review found in both builds. */
static void hurried_and_match_days(void **state) {
    (void)state;
    /* the jaw and an arm on effort are the anginal pair, passed or not */
    assert_true(flags("my arm and jaw ached on the walk, been gone since I stopped") & MR_SYM_CHEST_PAIN);
    assert_true(flags("左胳膊和下巴走路时隐隐作痛，现在没事了") & MR_SYM_CHEST_PAIN);
    assert_true(flags("Weird toothache-ish pain in my lower jaw that only comes on when I'm hoovering the stairs, dentist found nothing")
                & MR_SYM_CHEST_PAIN);
    assert_false(flags("hurt my arm and jaw in a bike crash last week") & MR_SYM_CHEST_PAIN);
    /* a calf hot after a flight, red and hot and swollen, or swollen weeks after a birth: a doctor today */
    assert_true(read_("my calf has been sore and hot since the last flight").notes2 & MR_NOTE2_SEE_TODAY);
    assert_true(read_("上次跑完小腿疼了好几天，肿起来了，现在摸着发红发热").notes2 & MR_NOTE2_SEE_TODAY);
    assert_true(read_("3 weeks after giving birth, my calf is swollen and painful").notes2 & MR_NOTE2_SEE_TODAY);
    assert_false(read_("calf not red or hot, just sore after the flight").notes2 & MR_NOTE2_SEE_TODAY);
    /* the bladder's control lost after a birth, told plainly */
    assert_true(read_("since carrying the baby I've been leaking urine and lost bladder control").notes & MR_NOTE_LEAKING);
    /* weight lost without trying, or with night sweats; not dieting's, not a mother's */
    assert_true(read_("lost about 8kg without trying over two months and I get night sweats").weight_loss);
    assert_true(read_("最近两个月没减肥却瘦了8斤，晚上盗汗").weight_loss);
    assert_false(read_("lost 3kg without trying since I cut out sugar").weight_loss);
    assert_false(read_("my mum has lost weight without trying").weight_loss);
    assert_false(read_("menopause night sweats, lost 2kg on my diet").weight_loss);
    /* what a physio allows is not the knee told fine */
    assert_true(flags("meniscus surgery 10 days ago PT says light bike ok") & MR_COND_KNEE);
    /* "(he uses the app)": the app is not whose afib it is */
    assert_true(flags("typing for my dad (he uses the app) he has afib and says his chest hurts a bit today") & MR_COND_HEART);
    /* checked and nothing since */
    assert_false(flags("had chest pains like 3 wks ago, doc did ecg n all clear, nothing since") & MR_SYM_CHEST_PAIN);
    assert_true(flags("had chest pains like 3 wks ago, doc did ecg n all clear, nothing since till today") & MR_SYM_CHEST_PAIN);
    /* a head knock: vomiting is a finding, Scots spinning is dizziness */
    assert_true(flags("hit my head in the match and threw up twice") & MR_SYM_ILLNESS);
    assert_true(flags("Ma heid's been spinnin since the shinty on Saturday, took a stick tae the side o' the heid.") &
                MR_SYM_DIZZINESS);
    assert_true(flags("Och, a wee bit peely-wally the day, had tae sit doon, the hale hill was birlin roond me") & MR_SYM_DIZZINESS);
    /* the writer's own role first; a teammate's chest is the teammate's */
    assert_true(flags("守门员，早上训练扑救扑反了方向，把腰扭了，现在腰一抽一抽的") & MR_COND_BACK);
    assert_false(flags("我们队守门员把腰扭了") & MR_COND_BACK);
    assert_false(flags("One of our lads had chest pains at training and went to A&E, turned out to be muscular.") &
                 MR_SYM_CHEST_PAIN);
    assert_false(flags("队里一个小伙子训练时胸痛去了急诊，后来说是肌肉拉伤") & MR_SYM_CHEST_PAIN);
    /* contractions told by their timing in a pregnancy; a timing alone is nothing */
    assert_true(flags("24 wks pregnant, since last night I've had cramping that comes every 10 mins or so") & MR_SYM_PREG_WARNING);
    assert_false(flags("drink water every 5 mins on the long run") & (MR_SYM_PREG_WARNING | MR_COND_PREGNANCY));
    assert_false(flags("intervals every five minutes on the bike") & (MR_SYM_PREG_WARNING | MR_COND_PREGNANCY));
    /* breathless walking from the car park; a heart rate up on the bike that drops when stopping */
    assert_true(flags("I was gassed just walking up from the car park to the court, never used to be like this") & MR_SYM_BREATH);
    assert_false(flags("我一骑车心率高了就紧张，不过一停下来马上就降了") & MR_SYM_PALPITATIONS);
    /* chest and shoulders sore from push-ups are the workout's */
    assert_false(flags("100 burpees, my chest and shoulders are so sore from all the push ups lol") & MR_SYM_CHEST_PAIN);
    assert_true(flags("chest tight and my left arm aches after bench") & MR_SYM_CHEST_PAIN);
    /* moods as written */
    assert_int_equal(read_("im dying lol orgo midterm tmrw and i know nothing").mood, MR_MOOD_STRESSED);
    assert_int_equal(read_("that sunrise run took my breath away").mood, MR_MOOD_POSITIVE);
    assert_int_equal(read_("Feeling a bit down about it honestly.").mood, MR_MOOD_NEGATIVE);
    assert_int_equal(read_("下午被老板叫去改方案晚上回家还得做饭真的累到不行").mood, MR_MOOD_TIRED);
}

/* Blind set 93 (older people and their carers) and panel 84 (the mind). */
static void older_people_and_the_mind(void **state) {
    (void)state;
    /* typed for an older person: "daughter here", a carer, a neighbour, a parent headed with her age */
    assert_true(read_("daughter here - mum 91 - temp 38.9, she's very muddled this morning").proxy);
    assert_true(flags("daughter here - mum 91 - temp 38.9, she's very muddled this morning") & MR_SYM_FEVER);
    assert_true(flags("我是护工。奶奶今天早上体温38.7，说话糊里糊涂的，不认识人了") & MR_SYM_FEVER);
    assert_true(flags("我是他邻居，替李大爷发。今天早上发现他坐在门口地上，他说突然眼前一黑就倒了。他有糖尿病，打胰岛素的") &
                MR_SYM_DIZZINESS);
    assert_true(flags("我妈78岁，有糖尿病和高血压。今天拉肚子拉了五回了") & MR_COND_DIABETES);
    assert_false(flags("我妈有糖尿病，我自己今天想跑步") & MR_COND_DIABETES);
    /* a COPD flare being treated; "the sugar"; "they say I've got"; a tablet for the blood pressure; an irregular heartbeat's tablet */
    assert_true(flags("My chest is bad again, it's the COPD, puffing just walking to the front gate. The nurse gave me steroids "
                      "and antibiotics yesterday.") & MR_SYM_BREATH);
    assert_false(flags("COPD, puffing on the stairs as usual") & MR_SYM_BREATH);
    assert_true(flags("Had the sugar 20 years now, on tablets") & MR_COND_DIABETES);
    assert_true(flags("They say I've got a leaky valve, the aortic one") & MR_COND_HEART);
    assert_false(flags("they say chest pain on a run means heart disease") & (MR_SYM_CHEST_PAIN | MR_COND_HEART));
    assert_true(flags("I took the little white one for my blood pressure twice this morning") & MR_COND_HYPERTENSION);
    assert_true(flags("on bisoprolol for the irregular heartbeat") & MR_COND_HEART);
    assert_true(flags("Son typing: Dad nearly went over when he stood up to go to the toilet") & MR_SYM_DIZZINESS);
    assert_true(flags("从昨天开始心口这儿一阵一阵扑棱扑棱的，像揣了只小鸟") & MR_SYM_PALPITATIONS);
    /* not alarms: the usual pillows, swelling the heart nurse has seen to, a joke taken back, a grandson's weight */
    assert_false(flags("ankles swollen again by the evening, the heart failure nurse upped my furosemide. breathing is ok, "
                       "sleeping on my usual two pillows") & (MR_SYM_BREATH | MR_COND_ANKLE));
    assert_false(read_("心衰好几年了，最近晚上脚又有点肿，医生把呋塞米加了半片。喘气还行，晚上照样两个枕头睡。").notes2 &
                 MR_NOTE2_SEE_TODAY);
    assert_true(read_("ankles swollen, need two pillows to breathe now").notes2 & MR_NOTE2_SEE_TODAY);
    assert_false(flags("My chest feels like an elephant is sitting on it. Not really, my grandson sat on me for a cuddle") &
                 MR_SYM_CHEST_PAIN);
    assert_false(flags("孙子说：奶奶我压得你喘不过气了吧？往我身上一趴😂 我好着呢。") & MR_SYM_BREATH);
    assert_false(flags("三个礼拜前换了新药头晕过几天，医生给调了，以后就没晕过。") & MR_SYM_DIZZINESS);
    assert_true(flags("换了新药头晕，医生给调了，今天又晕了") & MR_SYM_DIZZINESS);
    /* a plan's signs beside despair are a crisis; a passive wish is despair, talked about today */
    assert_int_equal(read_("gave my guitar and my switch to my housemates this week, wrote some letters. honestly it'd be easier for "
                           "everyone if i wasnt around").despair, 2);
    assert_int_equal(read_("tbh some days i think everyone'd be better off without me").despair, 1);
    /* a medicine's toxicity by its signs */
    assert_int_equal(read_("有躁鬱症食緊鋰鹽兩年。呢兩日肚屙咗好多次 飲水都少 今日手震得好犀利 行路有啲唔穩 頭有啲暈暈懵懵").med_toxic, 1);
    assert_int_equal(read_("started sertraline 2 wks ago. clinic gave me tramadol. sweating like crazy but shivering, legs keep "
                           "twitching, had the runs twice, temp was 38.6").med_toxic, 2);
    assert_int_equal(read_("on sertraline, feeling a bit sweaty in the heat today").med_toxic, 0);
    assert_false(flags("legs keep twitching, jaw clenching, heart pounding, sweating") & MR_SYM_CHEST_PAIN);
    /* a racing heart only with nerves or a run is no sign; irregular, at rest or with the chest it is */
    assert_false(flags("一紧张就心慌手心出汗") & MR_SYM_PALPITATIONS);
    assert_false(flags("现在一跑起来心跳加快就会想起车祸那一刻 很慌 就停了") & MR_SYM_PALPITATIONS);
    assert_true(flags("一紧张就心慌，今天坐着也心慌") & MR_SYM_PALPITATIONS);
    assert_true(flags("一跑起来心跳就乱跳") & MR_SYM_PALPITATIONS);
    assert_true(flags("when i get anxious my heart races and my chest hurts") & MR_SYM_CHEST_PAIN);
    /* lost periods told by months; a late period is not */
    assert_true(read_("月经已经半年没来了").amenorrhea);
    assert_false(read_("period hasn't come this month, doing a test").amenorrhea);
    /* the past illness of an eating disorder is not an illness today; hearsay online is not the writer's */
    assert_false(flags("please NO calories or weight stuff, that's what got me sick") & MR_SYM_ILLNESS);
    assert_false(flags("網路上有人說吃SSRI運動會心律不整 還會猝死 好怕") & (MR_COND_HEART | MR_SYM_PALPITATIONS));
}

/* An independent review of the fixes for sets 91-93 and panels 83-84: each
 * case a sign the first form of a rule hid, or an alarm it raised. */
static void review_of_sets_91_93(void **state) {
    (void)state;
    /* "Not really ..." takes back only a figure of speech */
    assert_true(flags("My chest gets tight when I walk up hills. Not really sure why, started last week.") & MR_SYM_CHEST_PAIN);
    assert_true(flags("Fainted at the gym today. Not really a big deal I think.") & MR_SYM_DIZZINESS);
    assert_true(flags("Left arm and jaw ache when I walk the dog. Not really sure if it's related to anything.") & MR_SYM_CHEST_PAIN);
    assert_true(flags("今天跑步时晕倒了。逗你的吧？不是，真的。") & MR_SYM_DIZZINESS);
    /* a racing heart with a trigger that lasts, wakes, is new or is a run's stays a sign */
    assert_true(flags("When my heart races I have to lie down for an hour before it stops.") & MR_SYM_PALPITATIONS);
    assert_true(flags("When I get nervous my heart pounds, and lately it also happens in bed at night and wakes me up.") &
                MR_SYM_PALPITATIONS);
    assert_true(flags("一跑起来心跳就加快到220，停下来半个小时都降不下来") & MR_SYM_PALPITATIONS);
    assert_true(flags("一紧张就心慌，最近不紧张也会心慌，一天好几次") & MR_SYM_PALPITATIONS);
    /* the anginal pair is explained only by an injury or dental work told with it */
    assert_true(flags("Jaw and left arm ache when I walk uphill. Crashed on the sofa after.") & MR_SYM_CHEST_PAIN);
    assert_true(flags("My jaw and left arm ache every time I walk to the bus. I've been on a crash diet.") & MR_SYM_CHEST_PAIN);
    assert_true(flags("下巴和左胳膊走路就疼，前天撞到了桌角（腿）。") & MR_SYM_CHEST_PAIN);
    assert_true(flags("Jaw and left arm ached on my walk, fine now. My grandson crashed his bike yesterday.") & MR_SYM_CHEST_PAIN);
    /* checked and quiet since, except today */
    assert_true(flags("上个月晕倒过，医生调了药，之后就没晕过，但今天早上又有点头晕眼前发黑") & MR_SYM_DIZZINESS);
    /* masks that swallowed signs */
    assert_true(flags("喘气还好费劲，上楼都要歇") & MR_SYM_BREATH);
    assert_true(flags("运动心率高得吓人，休息半小时还是150降不下来") & MR_SYM_PALPITATIONS);
    /* a pregnancy said another way, with contractions' timing */
    assert_true(flags("Getting cramps every 8 minutes low in my belly, I'm expecting in March") & MR_SYM_PREG_WARNING);
    /* an intent said plainly is a crisis; everyday wording is not */
    assert_int_equal(read_("I keep thinking about killing myself.").despair, 2);
    assert_int_equal(read_("不想活了，药都攒好了").despair, 2);
    assert_int_equal(read_("Tired of living out of a suitcase for work, gave away my old bike, goodbye party tonight.").despair, 0);
    assert_int_equal(read_("这个方案一了百了地解决了我的问题，把旧东西都送人了").despair, 0);
    assert_int_equal(read_("累得想死，加班到十点").despair, 0);
    /* lithium with two kinds of sign, the nerves' and the fluid lost */
    assert_int_equal(read_("On lithium, it's been hot and I've hardly been drinking, now I'm really drowsy and shaky.").med_toxic, 1);
    /* hearsay about the writer that the writer denies stays hearsay */
    assert_false(flags("网上说我吃的药会心慌，我没有") & MR_SYM_PALPITATIONS);
    assert_false(flags("They say I should watch for chest pain on runs, I've never had any.") & MR_SYM_CHEST_PAIN);
    /* "son here ... I'm asking for me" */
    assert_false(read_("Son here, my dad's been dizzy, but I'm asking for me: I want to start running.").proxy);
}

/* Blind set 94 (women's bodies through life): fewer movements of the baby,
 * weeks written as "37w" or typed by voice as "运27周", weeks after a birth
 * as "pp", and what is taken back or belongs to an earlier pregnancy. */
static void womens_bodies(void **state) {
    (void)state;
    /* fewer movements are a warning (RCOG Green-top 57), said either way */
    assert_true(flags("34w, way fewer movements today than normal, felt maybe 3 all day") & MR_SYM_PREG_WARNING);
    assert_true(flags("孕34周，今天胎动明显少了，一整天只感觉到两三下") & MR_SYM_PREG_WARNING);
    assert_false(flags("32 weeks, baby moving loads, no fewer movements") & MR_SYM_PREG_WARNING);
    assert_false(flags("孕30周，胎动正常，挺活跃") & MR_SYM_PREG_WARNING);
    /* the weeks of a pregnancy written short, or misheard by voice input */
    assert_true(flags("swollen ankles at 37w by the evening, both sides, goes down overnight") & MR_COND_PREGNANCY);
    assert_true(flags("我现在运27周 打电话说话都觉得穿不上气") & MR_COND_PREGNANCY);
    assert_false(flags("ride 200w for 20 min") & MR_COND_PREGNANCY);
    /* "pp" is after the birth, not a pregnancy */
    mr_notes n = read_("4 weeks pp and wondering about running");
    assert_false(n.flags & MR_COND_PREGNANCY);
    assert_true(n.notes & MR_NOTE_POSTPARTUM);
    /* taken back by name, something else wet, food kept down, an earlier pregnancy's */
    assert_false(flags("孕36周，包里的水瓶盖没拧紧，破水了哈哈，包里全湿了，不是那个破水啦") & MR_SYM_PREG_WARNING);
    assert_true(flags("孕36周，内裤湿了") & MR_SYM_PREG_WARNING);
    assert_true(flags("孕36周，好像破水了") & MR_SYM_PREG_WARNING);
    assert_false(flags("孕7周，孕吐挺厉害的，一整天都恶心，但苏打饼干还吃得下") & MR_SYM_PREG_WARNING);
    assert_true(flags("孕8周，孕吐特别厉害，喝水都吐") & MR_SYM_PREG_WARNING);
    assert_false(flags("my waters broke at 37w with my first, is squatting ok in late pregnancy? not pregnant now") &
                 MR_SYM_PREG_WARNING);
    /* moods said this way */
    assert_int_equal(read_("anniversary of losing our daughter today. not feeling like myself at all").mood, MR_MOOD_NEGATIVE);
    assert_int_equal(read_("I could die for a nap. 5 month old teething all night").mood, MR_MOOD_TIRED);
    /* (a chest that is 闷得慌 stays the chest's, whatever the mood) */
    assert_true(flags("一到晚上胸口就闷得慌，要开窗吹吹风才好点") & MR_SYM_CHEST_PAIN);
}

/* Blind panel 85 (disability and neurological conditions): the signs that
 * cannot wait, and what only looks like them. */
static void disability_and_neurology(void **state) {
    (void)state;
    /* autonomic dysreflexia: a high injury, a pounding headache and flushing or sweating */
    assert_int_equal(read_("T4 complete since 2018, chair user. pounding headache started 40 min ago, face all red n blotchy, "
                           "sweating above my nipple line, stuffy nose. bp 176/102, im usually like 95/60").neuro_urgent, 1);
    assert_int_equal(read_("T10 complete paraplegia, wheelchair, headache today after a bad night").neuro_urgent, 0);
    assert_int_equal(read_("my T4 levels are low, headache and sweating").neuro_urgent, 0);
    assert_int_equal(read_("C6 incomplete, had dysreflexia last year, fine today").neuro_urgent, 0);
    /* an MS relapse: new numbness and sight going for days, no heat or fever; Uhthoff's is not one */
    assert_int_equal(read_("多发性硬化5年了 最近两天左腿发麻 从脚一直往上到腰了 右眼看东西发灰 转眼珠会痛 没发烧 天气也不热").neuro_urgent, 2);
    assert_int_equal(read_("MS, legs tingle when it's hot, goes away when I cool down").neuro_urgent, 0);
    assert_int_equal(read_("多发性硬化，天热的时候腿有点麻，凉快了就好").neuro_urgent, 0);
    /* seizures with epilepsy told, in Cantonese or plainly; a feared one is not one */
    assert_true(read_("有癲癇 食緊keppra 漏咗兩次藥 琴晚瞓覺嗰陣發咗三次 今朝好攰").seizure_today);
    assert_true(read_("epilepsy on keppra, had two last night, tired today").seizure_today);
    assert_false(read_("有癫痫，一年发作一两次，最近半年没发作，今天想去游泳").seizure_today);
    assert_false(read_("有癫痫，今天怕发作，想游泳").seizure_today);
    /* (the review's probes: asked, not taken back; other attacks; no cord injury; heat or old symptoms) */
    assert_true(flags("胸痛半小时了，出冷汗，是不是真的胸痛还是胃的问题？") & MR_SYM_CHEST_PAIN);
    assert_true(flags("怀孕20周，出血了，不是真的出血吧？好害怕") & MR_SYM_PREG_WARNING);
    assert_true(flags("孕8周，孕吐很严重，能吃进去的全都吐出来了") & MR_SYM_PREG_WARNING);
    assert_true(flags("pregnant with number 2, 14 weeks. I started running at 8 weeks pp last time") & MR_COND_PREGNANCY);
    assert_false(flags("货还要运2周，我先去健身房练腿") & MR_COND_PREGNANCY);
    assert_false(read_("epilepsy, well controlled on lamotrigine. had a fit of laughter today at spin class").seizure_today);
    assert_false(read_("有癫痫，昨晚发了三次朋友圈，今天想去游泳").seizure_today);
    assert_false(read_("有癫痫，昨晚痛风发作了，脚趾很痛").seizure_today);
    assert_false(read_("I have epilepsy, new trainers fits me well today").seizure_today);
    assert_true(read_("有癫痫，今天早上又抽了一次，现在没事了").seizure_today);
    assert_int_equal(read_("T1 diabetic, completed a hard spin class, headache after and face flushed, sweating").neuro_urgent, 0);
    assert_int_equal(read_("did my t5 test at school, headache now and flushed from running, complete exhaustion").neuro_urgent, 0);
    assert_int_equal(read_("T6 vertebra fracture from osteoporosis, using a wheelchair for now, headache and hot flushes").neuro_urgent, 0);
    assert_int_equal(read_("T5 complete para, no headache, no flushing, no stuffy nose").neuro_urgent, 0);
    assert_int_equal(read_("我係頸椎受傷坐輪椅，四肢癱瘓，而家頭好痛，面好紅，出好多汗").neuro_urgent, 1);
    assert_int_equal(read_("C7 incomplete. think I'm having dysreflexia right now, bladder full").neuro_urgent, 1);
    assert_int_equal(read_("MS for 6 years. Left leg numb since Tuesday and spreading up to my waist, no fever, not hot").neuro_urgent, 2);
    assert_int_equal(read_("我有MS，呢幾日左腳麻痺，愈嚟愈差，右眼睇嘢矇").neuro_urgent, 2);
    assert_int_equal(read_("multiple sclerosis. legs tingly and weak past few days, it's been really warm in the flat").neuro_urgent, 0);
    assert_int_equal(read_("multiple sclerosis. optic neuritis 5 years ago, vision's been a bit blurry ever since").neuro_urgent, 0);
    assert_int_equal(read_("多发性硬化十年了，脚麻好多年了，这几天也一样，想去游泳").neuro_urgent, 0);
    assert_int_equal(read_("multiple sclerosis, lip still numb from the dentist since yesterday lol").neuro_urgent, 0);
    /* an ME/CFS or long-COVID crash now, not one that is over */
    assert_int_equal(read_("确诊慢性疲劳综合征两年 这两天几乎下不了床 喉咙痛").crash_now, 1);
    assert_int_equal(read_("ME/CFS, crashed since Sunday, can't get out of bed, want to try a walk today?").crash_now, 1);
    assert_int_equal(read_("long covid, last week crashed for 3 days, couldnt get off the couch. today im maybe 60%").crash_now, 0);
    assert_int_equal(read_("long covid, last month I was bed-bound for a week, now better, can I walk 10 min").crash_now, 0);
    /* set 95: a back strained lifting a daughter's wheelchair is the writer's; a carer typing for a
     * grandfather; a stomach bug beside fibromyalgia stays an illness */
    assert_true(flags("昨天把女儿的轮椅抬上车闪了腰，弯不下去，左腿一阵阵放射痛") & MR_COND_BACK);
    assert_true(flags("护工打字：爷爷（中风后，有房颤）说刚才走到车旁胸口发沉，还往下巴那里窜，坐下歇会儿就好了") & MR_SYM_CHEST_PAIN);
    assert_true(flags("I've got fibromyalgia and now a stomach bug since last night, been sick 3 times and got the runs") &
                MR_SYM_ILLNESS);
    /* panel 86: cancer in the spine with a weak leg and trouble peeing is the cord pressed (NICE NG234);
     * a swollen warm calf on chemotherapy is a clot for a doctor today, whatever cramp he guesses */
    assert_true(read_("prostate ca with mets in spine & pelvis. back's been giving me real gyp past 2 wks, worse at night. "
                      "left leg a bit weak n tingly going upstairs. bit of a job peeing this morning too").cauda_equina);
    assert_true(read_("Ron has lung cancer, on carboplatin. since yesterday his left calf is swollen n warm and a bit sore "
                      "to touch, he says its a cramp from the walk").notes2 & MR_NOTE2_SEE_TODAY);
    /* a low pressure on standing from a medicine is no hypertension */
    assert_false(flags("醫師說是藥引起的姿勢性低血壓 藥已經調過了 坐著量血壓120/75") & MR_COND_HYPERTENSION);
    assert_true(flags("血压一直在吃药控制") & MR_COND_HYPERTENSION);
}

static void cancer_treatment(void **state) {
    (void)state;
    /* the arm with a line in, swollen: a line-related clot, a doctor today */
    mr_notes n = read_("右手臂上的PICC管放了快两个月 昨天开始整只右手臂肿肿的 有点紧 手指也胀 表带变紧 应该是睡觉压到");
    assert_true(n.line_arm);
    assert_true(n.notes2 & MR_NOTE2_SEE_TODAY);
    assert_true(read_("PICC in my left arm, the arm is puffy and my ring won't come off since last night").line_arm);
    assert_false(read_("PICC in my left arm, no swelling, dressing changed Tuesday").line_arm);
    assert_false(read_("arm swollen after the flu jab, no line or anything").line_arm);
    /* regimens and drugs by name are treatment; neutrophils by number */
    n = read_("hodgkins, ABVD cycle 4 (of 6), day 12. bloodwork yest: neutrophils 0.8, hgb 112, platelets fine");
    assert_true(n.notes2 & MR_NOTE2_CHEMO);
    assert_true(n.wbc_low);
    assert_true(n.hb_gdl > 11.1f && n.hb_gdl < 11.3f);
    assert_false(read_("ABVD cycle 2, neutrophils 2.4 on Monday").wbc_low);
    assert_true(read_("化疗第三周期 中性粒细胞0.9").wbc_low);
    assert_true(read_("on FOLFOX, ANC 800 this week").wbc_low);
    assert_true(read_("胃切了一半 现在做化疗 第5个疗程 昨天抽血血红蛋白9.6").hb_gdl > 9.5f);
    assert_true(read_("kidney cancer, on sunitinib week 3").notes2 & MR_NOTE2_CHEMO);
    /* outside chemotherapy a low haemoglobin is an anaemia named */
    assert_true(read_("hb 98 on my last bloods, GP started iron").dx_known & (1u << MR_DX_ANAEMIA));
    assert_false(read_("hb 135, all normal").dx_known & (1u << MR_DX_ANAEMIA));
    /* hand-foot syndrome: named, or the soles sore on its drugs */
    assert_true(read_("on sunitinib, soles of my feet are red with some blisters on the heels, hurts to walk on").hand_foot);
    assert_true(read_("吃卡培他滨 手足综合征 脚底脱皮").dx_known & (1u << MR_DX_HAND_FOOT));
    assert_false(read_("on sunitinib, feeling ok, walked 5 km").hand_foot);
    assert_false(read_("new running shoes gave me a blister on my heel").hand_foot);
    /* oxaliplatin named; weight lost in or after treatment; myeloma's bones */
    assert_true(read_("结肠癌术后化疗 XELOX第3周期第2天 手脚遇冷有点麻").oxaliplatin);
    assert_true(read_("oral cancer, operated + radiation finished in may. lost 12 kg, was 64 now 52").cancer_wt_lost);
    assert_false(read_("lost 6 kg on my diet since January, feeling great").cancer_wt_lost);
    assert_true(read_("myeloma, lesions in a couple of vertebrae, used to deadlift 140").dx_known & (1u << MR_DX_BONE_LESIONS));
    /* a diabetic foot's sore with an infection's signs; one without */
    assert_true(read_("type 2 on insulin, blister on the ball of my foot is open, a little yellow stain on my sock, red around it")
                    .foot_infected);
    assert_false(read_("type 2, small blister on my heel from new shoes, clean and dry").foot_infected);
    /* brain fog with the menopause named is not long COVID; with covid it is */
    assert_false(read_("Menopause has hit me like a truck: hot flushes, waking at 3am drenched, brain fog").notes &
                 MR_NOTE_LONG_COVID);
    assert_true(read_("brain fog since covid in March, crashed after a walk").notes & MR_NOTE_LONG_COVID);
}

static void gut_glucose_and_hormones(void **state) {
    (void)state;
    /* the diabetes named by its type alone or as this pregnancy's; a scan's T2, a passed glucose test, a past pregnancy's */
    assert_true(flags("T1, 5.6, snack in bag, go.") & MR_COND_DIABETES);
    assert_true(flags("六周前刚确诊1型，还在学算碳水") & MR_COND_DIABETES);
    assert_false(flags("T2 MRI showed a disc bulge") & MR_COND_DIABETES);
    assert_true(flags("GDM, 32 wks. sugars are fine") & MR_COND_DIABETES);
    assert_true(flags("孕20周，妊糖靠饮食控制") & MR_COND_DIABETES);
    assert_false(flags("上一胎妊娠糖尿病，生完就好了。这胎糖耐量正常，26周，开心") & MR_COND_DIABETES);
    assert_false(flags("had gestational diabetes with my first, she's 2 now") & MR_COND_DIABETES);
    /* a condition that runs in the family is theirs, unless the writer has it too */
    assert_false(flags("heart disease runs in my family") & MR_COND_HEART);
    assert_true(flags("high blood pressure runs in my family and now I've got it too. on pills since March") & MR_COND_HYPERTENSION);
    /* fresh blood in the stools (2), black tarry ones (1); iron darkens, but tarry stools or dizziness still count */
    assert_int_equal(read_("溃结又发了，一天拉十来次还带血，整个人没力气").gi_bleed, 2);
    assert_int_equal(read_("black tarry poo yesterday and this morning. I take ibuprofen a lot").gi_bleed, 1);
    assert_int_equal(read_("on iron tablets so my stools are black, feel fine").gi_bleed, 0);
    assert_int_equal(read_("on iron tablets but the stools are black and tarry and I'm dizzy").gi_bleed, 1);
    /* a low's grave signs: confusion, a low that will not come up */
    assert_true(read_("T1, sugar 2.9 after spin, ate a sandwich and it was only 3.0 twenty min later. my wife says I'm slurring").hypo_grave);
    assert_int_equal(read_("T1 and my mood is still low, had some juice").hypo_grave, 0);
    assert_int_equal(read_("T1, 3.5 now, confused about my carb ratio, had juice").hypo_grave & 1, 0);
    /* vomiting said the British way beside good news; hyperemesis; figures of speech; IBS's usual morning */
    assert_true(flags("mood's great, oh I was sick twice last night, prob something I ate") & MR_SYM_ILLNESS);
    assert_true(flags("14 weeks pregnant and sick every morning, haven't kept anything down for 2 days") & MR_SYM_PREG_WARNING);
    assert_false(flags("salad every day, sick to my stomach of counting calories") & MR_SYM_ILLNESS);
    assert_false(flags("肠易激，早上照例跑了趟厕所，现在好了，老毛病，跑步没问题") & MR_SYM_ILLNESS);
    /* symptoms told now, with the doctor's "call if that happens" after them */
    assert_true(flags("tight chest and my heart's racing and my thyroid is over active so the doc said to call if that happens") &
                MR_SYM_CHEST_PAIN);
    assert_true(flags("My doctor said to stop if I feel dizzy") == 0);
    /* puffed by three flights, plainly, out of condition: not the warning sign; with a change or distress it is */
    mr_notes n = read_("戒烟第十天了，以前一天一包抽了15年，爬三楼就喘。晚上想去小区跑两圈");
    assert_false(n.flags & MR_SYM_BREATH);
    assert_true(n.stairs_puffed);
    assert_true(flags("今朝返工行樓梯上三樓都喘到唔識講嘢，平時唔會咁㗎") & MR_SYM_BREATH);
    assert_true(flags("最近爬三楼都喘得厉害 以前不会这样") & MR_SYM_BREATH);
    /* blood ketones under 0.6 are normal; a forgotten bolus is no insulin working */
    n = read_("Forgot to bolus for lunch. dexcom says 15.8 and flat. Did a blood ketone check like the nurse said, 0.4. Feel fine just a bit thirsty");
    assert_true(n.ketones_neg && !n.ketones_pos && !n.bolus_recent);
    assert_true(read_("had my lunch bolus a bit late, ketones 1.8").ketones_pos);
    /* set 98: an asthmatic's tight chest told as this morning's; a back said the Northern way; 漆盖 for 膝盖; stopping
     * halfway up the stairs after ten days laid up; knees warm to the touch at 37.3 are no fever; walking to the loo is no bug */
    assert_true(flags("brought my inhaler. chest a bit tight in the cold air this morning") & MR_SYM_CHEST_PAIN);
    assert_false(flags("my chest tends to get tight in really cold air so I keep my inhaler handy") & MR_SYM_CHEST_PAIN);
    assert_true(flags("Me back's proper bad, can't bend to put me socks on. Since Tuesday.") & MR_COND_BACK);
    assert_true(flags("漆盖疼了好几个月了，上下楼更疼") & MR_COND_KNEE);
    assert_true(flags("爬楼梯爬到一半得坐下来歇口气，脚踝骨折在家躺了十天以后才这样的") & MR_SYM_BREATH);
    assert_false(flags("护工代写：王伯伯类风湿两个膝盖都肿了，摸着发热，体温37.3，医生知道") & MR_SYM_FEVER);
    assert_true(flags("膝盖肿了摸着发热，体温38.4") & MR_SYM_FEVER);
    assert_false(flags("Today I get puffed walking to the loo") & MR_SYM_ILLNESS);
    /* the conditions named with their own lines */
    assert_true(read_("回肠造口（stoma）8个月了，想回健身房").dx_known & (1u << MR_DX_STOMA));
    assert_true(read_("我有愛迪生病，每日食hydrocortisone").dx_known & (1u << MR_DX_ADRENAL));
    assert_true(read_("Had my sleeve done 10 wks ago, 20kg gone already").dx_known & (1u << MR_DX_BARIATRIC));
}

static void heart_and_lungs(void **state) {
    (void)state;
    /* a relative typing for the person: what "she" says is the person's */
    assert_true(flags("Mum's typing via me: she says her heart is pounding and she feels faint, she's sitting down now. She has AF.") &
                MR_SYM_PALPITATIONS);
    assert_true(flags("hiya its Jan's daughter, mum can't type today with her hands. BP 136/84, took her blood pressure pills") &
                MR_COND_HYPERTENSION);
    /* a heart fluttering at rest, in English and Cantonese; breath short on light work */
    assert_true(flags("Watch says resting HR jumped to 120 and is all over the place, I can feel it fluttering in my throat. Just "
                      "sitting at my desk.") & MR_SYM_PALPITATIONS);
    assert_true(flags("今朝冲凉嗰阵突然晕咗，醒返喺地下。之后个心一直跳跳吓，唔规律") & MR_SYM_PALPITATIONS);
    assert_true(flags("这两天心口窝堵得慌，干点活就憋得慌，歇会儿能好点") & MR_SYM_BREATH);
    assert_false(flags("天天憋在家里憋得慌，想出去走走") & MR_SYM_BREATH);
    /* a hard session's pounding heart that settled; passed and cleared; a blocked nose */
    assert_false(flags("That spin class nearly killed me 😂 heart was banging, back to normal by the changing room") &
                 MR_SYM_PALPITATIONS);
    assert_false(flags("动感单车课差点要了我的命😂 心脏砰砰的，到更衣室就平复了") & MR_SYM_PALPITATIONS);
    assert_true(flags("spin class, heart pounding and it didn't settle for an hour after, still racing") & MR_SYM_PALPITATIONS);
    assert_false(flags("Sat 3 hours in A&E for palpitations last week and it was just anxiety. Heart's fine, ECG clear") &
                 MR_SYM_PALPITATIONS);
    assert_false(flags("Dizzy spells stopped since they changed my tablets in March, BP 132/80 now. Fine.") & MR_SYM_DIZZINESS);
    assert_false(flags("Can't breathe properly, I mean my nose is blocked with this cold. Chest is clear.") & MR_SYM_BREATH);
    /* training hard said as people say it is no crisis; said plainly it is */
    assert_int_equal(read_("been killing myself on the rower lately, heart pounding after the 2k piece, love it").despair, 0);
    assert_int_equal(read_("i keep thinking about killing myself, work is hell").despair, 2);
    /* an ICD's shock as people say it; a known AF a watch flags, felt not at all, against a watch's first "possible AF" */
    assert_true(read_("got a zap from my defib this morning mowing the lawns, fine now").icd_shock);
    assert_false(flags("我有心房颤动，食紧薄血丸，隻手表成日话我心跳唔规则，我冇咩感觉") & MR_SYM_PALPITATIONS);
    assert_true(flags("手表弹了个提示说可能是房颤，不知道准不准，人倒是没啥感觉") & MR_SYM_PALPITATIONS);
    /* hay fevers are no fever; a pacemaker's wound "already not sore" is no chest pain */
    assert_false(flags("hay fevers going off, using the ventolin more") & MR_SYM_FEVER);
    assert_false(flags("三个礼拜前装咗心脏起搏器，伤口喺左边心口，已经唔痛") & MR_SYM_CHEST_PAIN);
    assert_true(read_("三个礼拜前装咗心脏起搏器，伤口喺左边心口，已经唔痛").dx_known & (1u << MR_DX_PACEMAKER_NEW));
    /* named conditions with their own lines */
    assert_true(read_("got diagnosed with sleep apnoea in sept, on CPAP now").dx_known & (1u << MR_DX_SLEEP_APNOEA));
    assert_true(read_("心内科说我主动脉瓣狭窄中度，半年复查一次，没症状").dx_known & (1u << MR_DX_AORTIC_STENOSIS));
    assert_true(read_("finished the 8 week cardiac rehab last thurs, heart attack in august").dx_known & (1u << MR_DX_REHAB_DONE));
    assert_false(read_("on the waiting list for cardiac rehab, heart attack in august").dx_known & (1u << MR_DX_REHAB_DONE));
    /* a waiting list's "3-4 months" is no pregnancy */
    assert_false(flags("IPF, on the waiting list for pulmonary rehab (letter says 3-4 months). breathless on hills") &
                 MR_COND_PREGNANCY);
    assert_true(flags("4 months, feeling good, baby kicking") & MR_COND_PREGNANCY);
    /* a stent is a heart condition whatever "heart's fine" says beside it */
    assert_true(flags("Flu, aching everywhere, 39.1. Heart's fine otherwise (got a stent).") & MR_COND_HEART);
    /* COPD breathless as before rehab, sitting more: stable, not a flare */
    assert_true(read_("COPD. finished pulmonary rehab 2 wks ago. been sitting more, getting winded going to the mailbox like before "
                      "rehab. phlegm same as always").copd_stable);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(body_part_and_sensation),
        cmocka_unit_test(coaching_conditions), cmocka_unit_test(question), cmocka_unit_test(words_drugs_devices), cmocka_unit_test(numbers), cmocka_unit_test(wheeze),
        cmocka_unit_test(history_and_baseline),
        cmocka_unit_test(typos_and_slang),         cmocka_unit_test(cancelled),           cmocka_unit_test(figures_of_speech),
        cmocka_unit_test(unsure),                  cmocka_unit_test(mood),                cmocka_unit_test(coaching_facts),
        cmocka_unit_test(hostile_text),            cmocka_unit_test(context_of_words),    cmocka_unit_test(races),
        cmocka_unit_test(alarms_that_are_not),     cmocka_unit_test(buried_and_indirect), cmocka_unit_test(who_and_when),
        cmocka_unit_test(at_work), cmocka_unit_test(two_conditions), cmocka_unit_test(events_and_travel),
        cmocka_unit_test(numbers_and_sport), cmocka_unit_test(moods_and_feelings), cmocka_unit_test(womens_health), cmocka_unit_test(played_down), cmocka_unit_test(after_a_workout), cmocka_unit_test(everyday_illness), cmocka_unit_test(medicines_and_treatments), cmocka_unit_test(work_and_travel),
        cmocka_unit_test(food_and_fasting), cmocka_unit_test(several_conditions), cmocka_unit_test(review_of_sets_87_79), cmocka_unit_test(outdoors_and_altitude),
        cmocka_unit_test(review_of_set_88_panel_80), cmocka_unit_test(youth_sport), cmocka_unit_test(sleep_stress_mind), cmocka_unit_test(family_and_caring), cmocka_unit_test(review_of_sets_89_90), cmocka_unit_test(hurried_and_match_days), cmocka_unit_test(older_people_and_the_mind), cmocka_unit_test(review_of_sets_91_93), cmocka_unit_test(womens_bodies), cmocka_unit_test(disability_and_neurology), cmocka_unit_test(cancer_treatment), cmocka_unit_test(heart_and_lungs), cmocka_unit_test(gut_glucose_and_hormones),
    };
    return cmocka_run_group_tests_name("notes", tests, NULL, NULL);
}
