/* notes_words.h - the vocabularies of the notes reader (notes_words.c) and
 * the concepts they name; read only by notes.c.
 *
 * A group lists, separated by '|', the words and phrases that name one
 * concept, as people write them, lower case:
 *   - Chinese is matched character by character ("胸口");
 *   - English words are matched whole, with letters that repeat collapsed on
 *     both sides ("dizzy" matches "dizy" and "dizzzzy"), words separated by
 *     one space ("short of breath");
 *   - a trailing '*' makes an English word a prefix ("pregnan*");
 *   - a leading '~' lets a single English word of five letters or more match
 *     with one typo (two from nine letters): "~fever" reads "feaver";
 *     common words that are one letter away ("never", "fewer") are listed in
 *     mr_notes_not_typos and never read as typos.
 * At each place the longest entry wins, so "不舒服" (discomfort) is not read
 * as the negation "不", and "heartbreaking" is not "heart". */
#ifndef MR_NOTES_WORDS_H
#define MR_NOTES_WORDS_H

#include "common.h"

typedef enum {
    W_NONE, /* a phrase that only masks shorter readings ("晕车", "pain in the neck" as a figure) */
    /* body parts */
    B_CHEST, B_HEART, B_HEAD, B_KNEE, B_ANKLE, B_FOOT, B_LOWBACK, B_BACK, B_ARM, B_JAW, B_NECK, B_SHOULDER,
    B_HIP, B_LEG, B_HAND, B_BELLY, B_CALF,
    B_BODY,   /* the whole body, every joint */
    B_SPACE,  /* the room, the world, the floor: moving, they are dizziness */
    B_VISION, /* 眼前, vision: going dark or white is (near) fainting */
    B_BREATH, /* breathing, 呼吸: hard, short or shallow is breathlessness */
    /* sensations */
    S_PAIN,   /* pain, ache, hurt, 疼, 痛 */
    S_PRESS,  /* tight, pressure, heavy, squeezing, 闷, 堵, 压, 憋 */
    S_SORE,   /* muscle soreness, 酸 */
    S_SWELL,  /* swollen */
    S_INJURY, /* sprained, twisted, torn, 扭, 崴, 拉伤, surgery */
    S_STIFF,  /* stiff, clicking, locking, giving way */
    S_NUMB,   /* numb, tingling, 麻 */
    S_RACE,   /* racing, pounding, skipping (a heart) */
    S_SPIN,   /* spinning, 晕 (a head) */
    S_ODD,    /* weird, off, 不对劲, 不舒服 */
    S_DARK,   /* 发黑, 一黑, went dark (of vision) */
    S_EFFORT, /* hard, shallow, 费劲 (of breathing) */
    /* symptoms named directly */
    D_CHEST, D_DIZZY, D_FEVER, D_BREATH, D_PALP, D_ILL, D_PREGWARN,
    D_BLEED,      /* bleeding: a warning in pregnancy */
    D_VOMIT_BAD,  /* cannot keep food down: a warning in pregnancy, else illness */
    D_COLD,       /* a cold above the neck */
    D_UNWELL,     /* unwell, off, not feeling right */
    D_HEADACHE,
    D_HYPO,       /* low blood sugar */
    D_HYPERGLY,   /* thirst, frequent urination, blurred vision */
    D_NAUSEA,
    D_ANTIPYRETIC, /* ibuprofen, 布洛芬: a raised temperature under them is a fever */
    /* conditions named directly (a name, a drug, a device) */
    K_HYPER, K_DIAB, K_ASTHMA, K_HEART, K_PREG, K_KNEE, K_ANKLE, K_BACK,
    K_NOT_PREG,   /* postpartum, trying to conceive, contraception: not pregnant */
    K_BETA,       /* a beta-blocker: metoprolol, 倍他乐克 */
    /* qualifiers */
    Q_NEG,        /* no, not, 没有, 不 */
    Q_HEALED,     /* healed, fine now, 好了, 退了 */
    Q_PAST,       /* years ago, as a kid, 以前, 去年 */
    Q_CURRENT,    /* still, again, now, 还, 又, 最近 */
    Q_THIRD,      /* my dad, she, 老婆, 同事 */
    Q_THING,      /* a phone, a car's engine, the cat, the stock: what a symptom word right after it is about */
    Q_FIRST,      /* I, me, my, 我 */
    Q_HEDGE,      /* not sure, maybe, 好像, 不太 (a hedged negation cancels nothing) */
    Q_RADIATE,    /* spreading to, going down, 放射, 连着 */
    Q_HARD,       /* after a hard run, sprint, 跑完, 冲刺 */
    Q_MILD,       /* at rest, on stairs, walking, 爬楼, 躺着 */
    Q_WORKOUT,    /* chest day, bench press, 练胸, 卧推: soreness from training */
    Q_FINE,       /* fine, great, strong, 没事 */
    Q_ACUTE,      /* yesterday, just now, swollen, 刚, 昨天 */
    Q_CHRONIC,    /* for years, chronic, 老毛病 */
    Q_CONJ,       /* or, and, 、, 和 */
    Q_BREAK,      /* but, 但是, 不过: a clause boundary */
    Q_MISSED_MEDS,/* forgot my pills, 忘了吃药 */
    Q_SEVERE,     /* severe, really bad, 厉害, 严重 */
    Q_LEGWORK,    /* squats, leg day, a marathon, 深蹲, 练腿: the legs were trained */
    Q_UPPERWORK,  /* pull-ups, arm day, 练背, 引体向上: the upper body was trained (Q_WORKOUT too) */
    Q_RECOVERING, /* getting over a cold, 感冒刚好, 病好了: back from an illness */
    Q_RELIEF,     /* goes off when I stop, 一歇就好: eases with rest (the pattern of angina) */
    Q_PERIOD_PAIN,/* period cramps, 痛经, 大姨妈第一天: menstrual pain today */
    Q_NO_PERIODS, /* no period for months, 闭经, 停经: amenorrhoea */
    /* number contexts */
    N_BODYTEMP, N_WEATHER, N_BP, N_SYS, N_DIA, N_GLU, N_MMOL, N_MGDL, N_A1C, N_DEG_C, N_DEG_F, N_WEEK,
    N_MONTH, N_OVER, N_FASTING, N_UNIT_OTHER, /* km, kg, minutes, 岁: a number that is something else */
    N_RESTHR,     /* resting heart rate: a number after it of 100 or more is a racing heart at rest */
    N_PREGCTX,    /* baby, kicks, scan, 宝宝, 胎: with weeks written, a pregnancy */
    Q_MEDS,       /* pills, meds, 药: what a missed dose is of */
    /* moods */
    M_POS, M_NEG, M_STRESS, M_TIRED,
    W_COUNT
} mr_word_concept;

typedef struct {
    unsigned char concept; /* mr_word_concept */
    const char *words;     /* "chest|breastbone|胸口" */
} mr_word_group;

MR_INTERNAL extern const mr_word_group mr_notes_words[];
MR_INTERNAL extern const int mr_notes_n_groups;
MR_INTERNAL extern const char *const mr_notes_not_typos[]; /* NULL-terminated */

#endif
