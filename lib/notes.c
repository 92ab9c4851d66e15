/* notes.c - keyword rules over lower-cased text. Chinese needs no word
 * boundaries; English keywords are matched as substrings of lower-cased
 * text, chosen so that they do not occur inside common unrelated words. */
#include "notes.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    unsigned flag;
    const char *const *words;
} rule;

static const char *const W_HYPER[] = {"高血压", "血压高", "hypertension", "high blood pressure", NULL};
static const char *const W_DIAB[] = {"糖尿病", "血糖高", "diabet", "blood sugar", NULL};
static const char *const W_ASTHMA[] = {"哮喘", "asthma", NULL};
static const char *const W_HEART[] = {"心脏病", "冠心病", "心衰", "heart disease", "heart condition", "cardiac", NULL};
static const char *const W_PREG[] = {"怀孕", "孕期", "怀孕了", "pregnan", NULL};
static const char *const W_KNEE[] = {"膝盖", "膝关节", "knee", NULL};
static const char *const W_ANKLE[] = {"脚踝", "踝关节", "崴脚", "ankle", NULL};
static const char *const W_BACK[] = {"腰疼", "腰痛", "腰不好", "背痛", "back pain", "backache", "lower back", NULL};
static const char *const W_CHEST[] = {"胸痛", "胸口疼", "胸闷", "chest pain", "chest tight", NULL};
static const char *const W_DIZZY[] = {"头晕", "眩晕", "dizz", "lightheaded", "light-headed", NULL};
static const char *const W_FEVER[] = {"发烧", "发热", "fever", "temperature of 3", NULL};

static const rule RULES[] = {
    {MR_COND_HYPERTENSION, W_HYPER}, {MR_COND_DIABETES, W_DIAB},   {MR_COND_ASTHMA, W_ASTHMA},
    {MR_COND_HEART, W_HEART},        {MR_COND_PREGNANCY, W_PREG},  {MR_COND_KNEE, W_KNEE},
    {MR_COND_ANKLE, W_ANKLE},        {MR_COND_BACK, W_BACK},       {MR_SYM_CHEST_PAIN, W_CHEST},
    {MR_SYM_DIZZINESS, W_DIZZY},     {MR_SYM_FEVER, W_FEVER},
};

static const char *const M_TIRED[] = {"累", "疲惫", "疲劳", "没精神", "困", "没睡好", "tired", "exhausted", "fatigue",
                                      "sleepy", "worn out", "no energy", NULL};
static const char *const M_STRESS[] = {"压力", "焦虑", "紧张", "烦躁", "stress", "anxious", "anxiety", "overwhelm",
                                       "nervous", NULL};
static const char *const M_NEG[] = {"难过", "伤心", "沮丧", "郁闷", "不开心", "心情不好", "低落", "sad", "upset",
                                    "depress", "unhappy", "down today", "feel bad", NULL};
static const char *const M_POS[] = {"开心", "高兴", "心情好", "心情很好", "状态好", "状态很好", "精神好", "兴奋", "愉快", "happy", "great", "excited",
                                    "energetic", "good mood", "feel good", NULL};

const char *mr_mood_name(mr_mood m) {
    static const char *n[] = {"neutral", "positive", "negative", "stressed", "tired"};
    return m >= 0 && m < MR_MOOD_COUNT ? n[m] : "neutral";
}

static char *lower(const char *s) {
    size_t n = strlen(s);
    char *l = malloc(n + 1);
    if (!l) return NULL;
    for (size_t i = 0; i <= n; i++) l[i] = (char)tolower((unsigned char)s[i]);
    return l;
}

static int any(const char *text, const char *const *words) {
    for (; *words; words++)
        if (strstr(text, *words)) return 1;
    return 0;
}

unsigned mr_notes_flags(const char *text) {
    if (!text) return 0;
    char *l = lower(text);
    if (!l) return 0;
    unsigned f = 0;
    for (size_t i = 0; i < sizeof RULES / sizeof RULES[0]; i++)
        if (any(l, RULES[i].words)) f |= RULES[i].flag;
    free(l);
    return f;
}

mr_mood mr_notes_mood(const char *text) {
    if (!text) return MR_MOOD_NEUTRAL;
    char *l = lower(text);
    if (!l) return MR_MOOD_NEUTRAL;
    mr_mood m = any(l, M_TIRED) ? MR_MOOD_TIRED
              : any(l, M_STRESS) ? MR_MOOD_STRESSED
              : any(l, M_NEG) ? MR_MOOD_NEGATIVE
              : any(l, M_POS) ? MR_MOOD_POSITIVE
              : MR_MOOD_NEUTRAL;
    free(l);
    return m;
}
