/* notes.c - the notes reader (see notes.h): normalise, cut into tokens,
 * find the vocabulary of notes_words.c (longest entry first), cut into
 * clauses, then combine what was found: a body part with a sensation,
 * numbers with their units, and the qualifiers that cancel a mention
 * (negation, somebody else, healed, long past). */
#include "notes.h"
#include "conditions.h"

#include "notes_words.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

const char *mr_mood_name(mr_mood m) {
    static const char *n[] = {"neutral", "positive", "negative", "stressed", "tired"};
    return m >= 0 && m < MR_MOOD_COUNT ? n[m] : "neutral";
}

/* ------------------------------------------------------------ normalise */

/* Decodes one UTF-8 sequence; *len = bytes used (1 for an invalid byte,
 * which yields 0xFFFD). Overlong forms and surrogates count as invalid. */
static unsigned utf8_next(const unsigned char *s, int *len) {
    unsigned c = s[0];
    int n = c < 0x80 ? 0 : (c & 0xe0) == 0xc0 ? 1 : (c & 0xf0) == 0xe0 ? 2 : (c & 0xf8) == 0xf0 ? 3 : -1;
    *len = 1;
    if (n < 0) return 0xfffd;
    if (n == 0) return c;
    unsigned cp = c & (0x3f >> n);
    for (int i = 1; i <= n; i++) {
        if ((s[i] & 0xc0) != 0x80) return 0xfffd;
        cp = cp << 6 | (s[i] & 0x3f);
    }
    static const unsigned min[4] = {0, 0x80, 0x800, 0x10000};
    if (cp < min[n] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0xfffd;
    *len = n + 1;
    return cp;
}

static int put_utf8(char *o, unsigned cp) {
    if (cp < 0x80) { o[0] = (char)cp; return 1; }
    if (cp < 0x800) { o[0] = (char)(0xc0 | cp >> 6); o[1] = (char)(0x80 | (cp & 0x3f)); return 2; }
    if (cp < 0x10000) {
        o[0] = (char)(0xe0 | cp >> 12); o[1] = (char)(0x80 | (cp >> 6 & 0x3f)); o[2] = (char)(0x80 | (cp & 0x3f));
        return 3;
    }
    o[0] = (char)(0xf0 | cp >> 18); o[1] = (char)(0x80 | (cp >> 12 & 0x3f));
    o[2] = (char)(0x80 | (cp >> 6 & 0x3f)); o[3] = (char)(0x80 | (cp & 0x3f));
    return 4;
}

/* Traditional characters that the vocabulary knows in their simplified form
 * (Taiwan and Hong Kong users): pairs of code points. */
/* (The last pairs are bopomofo typed for a particle: "好ㄌ" for 好了, "ㄅ暈" for 不晕.) */
static const char TRAD_SIMP[] =
    "臟脏頭头暈晕燒烧熱热腦脑發发氣气懷怀藥药壓压悶闷緊紧腳脚蓋盖難难腫肿傷伤鬱郁開开"
    "睏困覺觉醫医過过說说會会時时還还這这點点沒没為为們们來来個个裡里後后麼么嗎吗頸颈"
    "嘔呕瀉泻癢痒聲声亂乱顫颤嚨咙體体溫温鬆松輕轻鬧闹紅红陰阴應应檢检測测週周膽胆"
    "脹胀痺痹腸肠跡迹瘋疯嚇吓擔担憂忧慮虑煩烦憊惫島岛臉脸漲涨壞坏歲岁涼凉風风濕湿痠酸"
    "軟软響响飯饭運运動动騎骑車车練练舉举啞哑幾几級级樓楼滯滞經经歷历驗验產产婦妇寶宝"
    "媽妈兒儿帶带樂乐興兴奮奋歡欢愛爱憤愤喪丧獨独無无慘惨"
    "劑剂診诊療疗廁厕準准齊齐縮缩顯显變变見见東东灣湾雞鸡錯错較较趕赶鐘钟換换聽听讀读寫写"
    "給给讓让學学對对種种關关係系樣样兩两當当總总邊边陣阵緩缓劇剧彈弹線线幫帮護护貼贴"
    "針针證证極极續续處处嚴严輸输養养買买賣卖錢钱貸贷爺爷孫孙夢梦懶懒態态慣惯"
    "攝摄轉转暫暂驚惊懼惧壯壮虛虚軀躯殼壳預预"
    "ㄌ了ㄅ不ㄉ的ㄇ吗雙双減减"
    "節节裝装閃闪擺摆"
    "質质鈣钙隻只";

#include "notes_trad.h"

/* The hand-written pairs first, then the generated table (binary search). */
static unsigned simplified(unsigned cp) {
    const unsigned char *p = (const unsigned char *)TRAD_SIMP;
    while (*p) {
        int l1, l2;
        unsigned a = utf8_next(p, &l1), b = utf8_next(p + l1, &l2);
        if (a == cp) return b;
        p += l1 + l2;
    }
    size_t lo = 0, hi = sizeof TRAD_SIMP_CP / sizeof TRAD_SIMP_CP[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (TRAD_SIMP_CP[mid][0] == cp) return TRAD_SIMP_CP[mid][1];
        if (TRAD_SIMP_CP[mid][0] < cp) lo = mid + 1;
        else hi = mid;
    }
    return cp;
}

/* Lower-case ASCII; full-width forms (Ｆ，３８．５) to ASCII; curly quotes
 * to '; invalid bytes and control characters to spaces. Never longer than s. */
static char *normalise(const char *s) {
    size_t n = strlen(s);
    char *o = malloc(n + 1), *w = o;
    if (!o) return NULL;
    for (size_t i = 0; i < n;) {
        int len;
        unsigned cp = utf8_next((const unsigned char *)s + i, &len);
        i += (size_t)len;
        if (cp >= 0xff01 && cp <= 0xff5e) cp -= 0xfee0;       /* full-width ASCII */
        else if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3105 && cp <= 0x312f)) cp = simplified(cp);
        else if (cp == 0x3000 || cp == 0xfffd) cp = ' ';
        else if (cp == 0x2018 || cp == 0x2019 || cp == 0x2032) cp = '\'';
        if (cp < 0x20 && cp != '\n') cp = ' ';
        if (cp < 0x80) *w++ = (char)tolower((int)cp);
        else w += put_utf8(w, cp);
    }
    *w = 0;
    return o;
}

/* ------------------------------------------------------------ tokens */

enum { T_WORD, T_NUM, T_CJK, T_PUNCT, T_OTHER };
#define SKEL 32

typedef struct {
    int kind;              /* T_* */
    int off, len;          /* bytes in the normalised text */
    double val;            /* T_NUM */
    int dot;               /* T_NUM written with a decimal point */
    char skel[SKEL];       /* T_WORD: letters, repeats collapsed, apostrophes dropped */
} tok;

typedef struct {
    int c;                 /* mr_word_concept */
    int t0, t1;            /* tokens [t0, t1) */
    int fuzzy;             /* matched with a typo */
} hit;

typedef struct {
    const char *s;         /* normalised text */
    tok *t;
    int nt;
    int *clause, *sent;    /* per token */
    hit *h;
    int nh;
    unsigned known;        /* the profile's flags */
    int *used;             /* per hit: a body part a sensation has taken */
    mr_notes *out;
    int placed[32][2];     /* byte spans of the facts said in so many words (said_own) */
    int n_placed;
    int vomit_bad;         /* vomiting that keeps nothing down was read (hyperemesis, in a pregnancy read later) */
    int disliked[4][2];    /* byte spans of "hate running": not the mood */
    int proxy;             /* written by someone else for the person ("granddaughter typing for Nan"): "she" is the person */
    int n_said, said[4][2];/* byte spans of advice reported from others ("爷爷说...别把孩子累着"): their words, not the writer's mood */
    int n_disliked;
    int low_off;           /* byte offset of the last low glucose said (a word or a reading under 70), -1 none */
    int glucose_off;       /* byte offset of the last glucose reading */
    int heartache;         /* a heart that aches for a death or a parting: the mood's, not the chest's */
} reader;

static int is_cjk(unsigned cp) {
    return (cp >= 0x2e80 && cp <= 0x2fdf) || (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3400 && cp <= 0x4dbf) ||
           (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x2fa1f);
}

/* Collapse repeated letters and drop apostrophes and a possessive 's:
 * "dizzzy" -> "dizy", "dad's" -> "dad". */
static void skeleton(const char *w, int n, char *out) {
    int k = 0;
    if (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's') n -= 2;
    for (int i = 0; i < n && k < SKEL - 1; i++) {
        if (w[i] == '\'' || w[i] == '-') continue;
        if (k && out[k - 1] == w[i]) continue;
        out[k++] = w[i];
    }
    out[k] = 0;
}

/* Chinese numerals before 度 / 周 / 个月 ("三十八度五", "孕二十八周") are
 * numbers; elsewhere "一" is usually "a" (一点, 一直) and stays a character. */
static int cjk_digit(unsigned cp) {
    static const unsigned d[] = {0x96f6, 0x4e00, 0x4e8c, 0x4e09, 0x56db, 0x4e94, 0x516d, 0x4e03, 0x516b, 0x4e5d};
    for (int i = 0; i < 10; i++) if (cp == d[i]) return i;
    if (cp == 0x3007) return 0;    /* 〇 */
    if (cp == 0x4e24) return 2;    /* 两 */
    if (cp == 0x5341) return 10;   /* 十 */
    if (cp == 0x767e) return 100;  /* 百 */
    return -1;
}

/* Value of a run of Chinese numerals (up to 999); returns bytes used, 0 if none. */
static int cjk_number(const char *s, double *val) {
    int used = 0, len, n = 0, d[8];
    for (;;) { /* the numerals, as digits (0-9) and units (10, 100) */
        int v = cjk_digit(utf8_next((const unsigned char *)s + used, &len));
        if (v < 0 || n == 8) break;
        if (n >= 2 && d[n - 2] == 10 && d[n - 1] < 10) break; /* 五十八 is complete: "一百五十八九十六" is 158, 96 */
        d[n++] = v;
        used += len;
    }
    int section = 0, cur = 0;
    for (int i = 0; i < n; i++) {
        if (d[i] == 10 || d[i] == 100) {
            section += (cur ? cur : 1) * d[i];
            cur = 0;
        } else if (i > 0 && d[i - 1] == 100 && d[i] == 0 && i + 1 < n && d[i + 1] < 10) {
            cur = d[i + 1]; /* 一百零五 is 105 */
            break;
        } else if (i > 0 && d[i - 1] == 100 && (i + 1 == n || d[i + 1] < 10)) {
            cur = d[i] * 10; /* 一百二 is 120; 一百三四 a range from 130 */
            break;
        } else {
            cur = cur * 10 + d[i];
        }
    }
    *val = section + cur;
    return n ? used : 0;
}

static int starts_with_any(const char *s, const char *const *w) {
    for (; *w; w++) if (!strncmp(s, *w, strlen(*w))) return 1;
    return 0;
}

static int tokenise(reader *r) {
    const char *s = r->s;
    size_t n = strlen(s);
    r->t = malloc((n + 1) * sizeof *r->t);
    if (!r->t) return 0;
    static const char *const numeral_units[] = {"度", "周", "个月", "个星期", NULL};
    for (size_t i = 0; i < n;) {
        tok *t = &r->t[r->nt];
        memset(t, 0, sizeof *t);
        t->off = (int)i;
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\r') {
            /* Chinese writers use spaces as commas: a space next to a Chinese
             * character ends a clause ("爬楼就喘 以前不这样"). */
            size_t j = i;
            while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r')) j++;
            int len;
            int prev_cjk = r->nt && r->t[r->nt - 1].kind == T_CJK;
            int next_cjk = j < n && (unsigned char)s[j] >= 0x80 && is_cjk(utf8_next((const unsigned char *)s + j, &len));
            if (prev_cjk && next_cjk) { /* "got a 闷闷的 feeling" is one clause */
                t->kind = T_PUNCT;
                t->len = 1;
                r->nt++;
            }
            i = j;
            continue;
        }
        if (isdigit(c)) {
            char *end;
            t->kind = T_NUM;
            t->val = strtod(s + i, &end);
            size_t j = (size_t)(end - s);
            /* strtod reads "1e5" and "0x1f"; notes mean digits and one point */
            size_t k = i;
            while (k < n && isdigit((unsigned char)s[k])) k++;
            /* a thousands comma: "2,900 m", "10,000 steps" (1-2 digits, then
             * exactly three; "160,100" stays two numbers) */
            int thousands = 0;
            while (k - i <= 2 + 4 * (size_t)thousands && k + 3 < n && s[k] == ',' && isdigit((unsigned char)s[k + 1]) &&
                   isdigit((unsigned char)s[k + 2]) && isdigit((unsigned char)s[k + 3]) &&
                   (k + 4 >= n || !isdigit((unsigned char)s[k + 4]))) {
                k += 4;
                thousands++;
            }
            if (k < n - 1 && s[k] == '.' && isdigit((unsigned char)s[k + 1])) {
                t->dot = 1;
                k++;
                while (k < n && isdigit((unsigned char)s[k])) k++;
            }
            if (j != k) t->val = strtod(s + i, NULL); /* same digits; exponent ignored below */
            char buf[32];
            size_t m = 0;
            for (size_t q = i; q < k && m < sizeof buf - 1; q++)
                if (s[q] != ',') buf[m++] = s[q];
            buf[m] = 0;
            t->val = atof(buf);
            t->len = (int)(k - i);
            i = k;
        } else if (isalpha(c)) {
            size_t k = i;
            while (k < n && (isalnum((unsigned char)s[k]) ||
                             ((s[k] == '\'' || s[k] == '-') && k + 1 < n && isalpha((unsigned char)s[k + 1]))))
                k++;
            t->kind = T_WORD;
            t->len = (int)(k - i);
            skeleton(s + i, t->len, t->skel);
            i = k;
        } else if (c < 0x80) {
            t->kind = T_PUNCT;
            t->len = 1;
            i++;
        } else {
            int len;
            unsigned cp = utf8_next((const unsigned char *)s + i, &len);
            double v;
            int used = cjk_digit(cp) >= 0 ? cjk_number(s + i, &v) : 0;
            /* a second numeral run straight after a number: 一百五十八九十六's 九十六 */
            int after_num = r->nt && r->t[r->nt - 1].kind == T_NUM && r->t[r->nt - 1].off + r->t[r->nt - 1].len == (int)i &&
                            !isdigit((unsigned char)s[r->t[r->nt - 1].off]);
            /* after a measurement's name ("低压九十五", "体温三十八") or a slash
             * after a number ("一百六十五/一百零五") */
            static const char *const measured[] = {"高压", "低压", "血压", "体温", "血糖", "心率", "心跳", "脉搏", "收缩压",
                                                   "舒张压", "上压", "下压", NULL};
            int after_name = 0;
            for (int k = 0; measured[k] && !after_name; k++) {
                size_t L = strlen(measured[k]);
                after_name = i >= L && !strncmp(s + i - L, measured[k], L);
            }
            /* ... a value, not "心跳一停一停", "心跳一下子": two numerals at least, 30 and up */
            if (after_name && (used < 6 || v < 30)) after_name = 0;
            int after_slash = r->nt >= 2 && r->t[r->nt - 1].kind == T_PUNCT && s[r->t[r->nt - 1].off] == '/' &&
                              r->t[r->nt - 2].kind == T_NUM;
            if (used && (after_num || after_name || after_slash || starts_with_any(s + i + used, numeral_units) ||
                         memmem(s + i, (size_t)used, "百", 3) ||
                         (!strncmp(s + i + used, "点", 3) && cjk_number(s + i + used + 3, &(double){0})))) {
                t->kind = T_NUM;
                t->val = v;
                t->len = used;
                i += (size_t)used;
                if (!strncmp(s + i, "点", 3)) { /* 三十八点五度 */
                    double f;
                    int u2 = cjk_number(s + i + 3, &f);
                    t->val += f / (f >= 10 ? 100 : 10);
                    t->dot = 1;
                    t->len += 3 + u2;
                    i += 3 + (size_t)u2;
                }
            } else {
                t->kind = is_cjk(cp) ? T_CJK : (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0x2000 && cp <= 0x206f) ? T_PUNCT
                                                                                                                : T_OTHER;
                t->len = len;
                i += (size_t)len;
                /* emoji variation selectors and joiners stay with their emoji */
                while (i < n) {
                    unsigned nx = utf8_next((const unsigned char *)s + i, &len);
                    if (nx != 0xfe0f && nx != 0x200d && !(nx >= 0x1f3fb && nx <= 0x1f3ff)) break;
                    t->len += len;
                    i += (size_t)len;
                }
            }
        }
        r->nt++;
    }
    return 1;
}

/* "thirty nine point four", "a hundred and one": number words become one
 * number token (temperatures are written this way). */
static void number_words(reader *r) {
    static const char *const units[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                        "seventeen", "eighteen", "nineteen", NULL};
    static const char *const tens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                                       "ninety", NULL};
    int w = 0;
    for (int i = 0; i < r->nt;) {
        double v = 0;
        int j = i, any = 0, words = 0; /* words: the number words read ("and" is not one) */
        for (;;) { /* [a|one] hundred [and] tens units */
            const tok *t = j < r->nt ? &r->t[j] : NULL;
            if (!t || t->kind != T_WORD) break;
            char sk[SKEL];
            int k, found = 0;
            for (k = 2; tens[k] && !found; k++) {
                skeleton(tens[k], (int)strlen(tens[k]), sk);
                /* "one thirty eight": a spoken hundred (a blood pressure), not 1 + 38 */
                if (!strcmp(t->skel, sk)) { v = (any && v >= 1 && v <= 9 ? v * 100 : v) + 10 * k; found = 1; }
            }
            /* "twenty-nine": the hyphen is dropped from the word's skeleton,
             * so the tens are its start and a unit the rest */
            for (k = 2; tens[k] && !found; k++) {
                skeleton(tens[k], (int)strlen(tens[k]), sk);
                size_t n = strlen(sk);
                if (strncmp(t->skel, sk, n) || !t->skel[n]) continue;
                for (int m = 1; m < 10 && !found; m++) {
                    char su[SKEL];
                    skeleton(units[m], (int)strlen(units[m]), su);
                    if (!strcmp(t->skel + n, su)) { v = (any && v >= 1 && v <= 9 ? v * 100 : v) + 10 * k + m; found = 1; }
                }
            }
            for (k = 0; units[k] && !found; k++) {
                skeleton(units[k], (int)strlen(units[k]), sk);
                /* "one ten", "two fifteen": a spoken hundred with its teens */
                if (!strcmp(t->skel, sk)) { v = k >= 10 && any && v >= 1 && v <= 9 ? v * 100 + k : v + k; found = 1; }
            }
            if (!found && !strcmp(t->skel, "hundred") && (any || (j > i))) { v = (v ? v : 1) * 100; found = 1; }
            /* "a hundred and one" */
            if (!found && !any && !strcmp(t->skel, "a") && j + 1 < r->nt && r->t[j + 1].kind == T_WORD &&
                !strcmp(r->t[j + 1].skel, "hundred")) { j++; continue; }
            /* "one oh one": 101 (a Fahrenheit temperature said aloud) */
            if (!found && any && v >= 1 && v <= 9 && (!strcmp(t->skel, "oh") || !strcmp(t->skel, "o")) && j + 1 < r->nt &&
                r->t[j + 1].kind == T_WORD) {
                for (k = 1; k < 10 && !found; k++) {
                    skeleton(units[k], (int)strlen(units[k]), sk);
                    if (!strcmp(r->t[j + 1].skel, sk)) { v = v * 100 + k; found = 1; j++; }
                }
                if (found) { j++; words += 2; continue; }
            }
            if (!found && any && !strcmp(t->skel, "and") && j + 1 < r->nt && r->t[j + 1].kind == T_WORD) { j++; continue; }
            if (!found) break;
            any = 1;
            words++;
            j++;
        }
        /* "forty and have": the "and" taken on the way is given back */
        while (j > i && r->t[j - 1].kind == T_WORD && !strcmp(r->t[j - 1].skel, "and")) j--;
        /* "point four" */
        if (any && j + 1 < r->nt && r->t[j].kind == T_WORD && !strcmp(r->t[j].skel, "point") && r->t[j + 1].kind == T_WORD) {
            for (int k = 0; k < 10; k++) {
                char sk[SKEL];
                skeleton(units[k], (int)strlen(units[k]), sk);
                if (!strcmp(r->t[j + 1].skel, sk)) { v += k / 10.0; j += 2; r->t[i].dot = 1; break; }
            }
        }
        /* only numbers that can matter here: a temperature (35..43, 95..110),
         * or a blood pressure's two sides ("one thirty eight over eighty four") */
        int bp_side = (j < r->nt && r->t[j].kind == T_WORD && !strcmp(r->t[j].skel, "over")) ||
                      (i > 0 && r->t[i - 1].kind == T_WORD && !strcmp(r->t[i - 1].skel, "over"));
        int many = words >= 2 || r->t[i].dot; /* "thirty nine point four", not a lone "forty" */
        /* "Twenty-nine weeks", "thirty-four weeks along": a pregnancy's weeks said in words */
        int weeks = j < r->nt && r->t[j].kind == T_WORD &&
                    (!strcmp(r->t[j].skel, "weks") || !strcmp(r->t[j].skel, "wek") || !strcmp(r->t[j].skel, "wks"));
        if (any && ((many || bp_side) || (weeks && v >= 10 && v <= 42)) &&
            ((v >= 35 && v <= 43 && many) || (v >= 95 && v <= 110 && many) || (bp_side && v >= 50 && v <= 260) ||
             (weeks && v >= 10 && v <= 42))) {
            tok merged = r->t[i];
            merged.kind = T_NUM;
            merged.val = v;
            merged.len = r->t[j - 1].off + r->t[j - 1].len - merged.off;
            r->t[w++] = merged;
            i = j;
        } else {
            r->t[i].dot = r->t[i].kind == T_NUM ? r->t[i].dot : 0;
            r->t[w++] = r->t[i++];
        }
    }
    r->nt = w;
}

/* ------------------------------------------------------------ vocabulary */

/* Damerau distance between a and b, giving up above max. */
static int edit_distance(const char *a, const char *b, int max) {
    int la = (int)strlen(a), lb = (int)strlen(b);
    if (abs(la - lb) > max || la >= SKEL || lb >= SKEL) return max + 1;
    int d[SKEL + 1][SKEL + 1];
    for (int i = 0; i <= la; i++) d[i][0] = i;
    for (int j = 0; j <= lb; j++) d[0][j] = j;
    for (int i = 1; i <= la; i++) {
        int rowmin = max + 1;
        for (int j = 1; j <= lb; j++) {
            int cost = a[i - 1] != b[j - 1];
            int v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v) v = d[i][j - 1] + 1;
            if (d[i - 1][j - 1] + cost < v) v = d[i - 1][j - 1] + cost;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < v)
                v = d[i - 2][j - 2] + 1;
            d[i][j] = v;
            if (v < rowmin) rowmin = v;
        }
        if (rowmin > max) return max + 1;
    }
    return d[la][lb];
}

static int not_a_typo(const char *skel) {
    for (const char *const *w = mr_notes_not_typos; *w; w++) {
        char s[SKEL];
        skeleton(*w, (int)strlen(*w), s);
        if (!strcmp(s, skel)) return 1;
    }
    return 0;
}

/* How many tokens from t[i] the entry e[0..n) matches (0: none); *fuzzy
 * set when a typo was allowed. */
static int match_entry(const reader *r, const char *e, int n, int i, int *fuzzy) {
    const char *end = e + n;
    int k = i, allow_typo = 0, units = 0;
    *fuzzy = 0;
    if (e < end && *e == '~') { allow_typo = 1; e++; }
    while (e < end) {
        if (*e == ' ') { e++; continue; }
        if (k >= r->nt) return 0;
        const tok *t = &r->t[k];
        unsigned char c = (unsigned char)*e;
        if (isalnum(c)) {
            const char *w = e;
            while (e < end && *e != ' ' && (unsigned char)*e < 0x80 && *e != '*' && (isalnum((unsigned char)*e) ||
                                                                                      *e == '\'' || *e == '-'))
                e++;
            int wl = (int)(e - w), prefix = e < end && *e == '*';
            if (prefix) e++;
            units++;
            int nd = (int)strspn(w, "0123456789");
            if (isdigit(c)) { /* a number in a phrase ("type 2"), or digits then letters ("2nd", "g2p1") */
                if (t->kind != T_NUM || t->len != nd || strncmp(r->s + t->off, w, (size_t)nd)) return 0;
                k++;
                if (nd == wl) continue;
                if (k >= r->nt || r->t[k].kind != T_WORD || r->t[k].off != t->off + nd) return 0;
                t = &r->t[k];
                w += nd;
                wl -= nd;
            }
            if (t->kind != T_WORD) return 0;
            char sk[SKEL];
            skeleton(w, wl, sk);
            size_t sl = strlen(sk);
            if (prefix ? !strncmp(t->skel, sk, sl) : !strcmp(t->skel, sk)) { k++; continue; }
            /* the dropped g of speech: "burnin", "poundin'" read as "burning" */
            size_t tl = strlen(t->skel);
            if (!prefix && tl >= 4 && tl + 1 == sl && sk[sl - 1] == 'g' && !strncmp(t->skel, sk, tl) &&
                !strcmp(t->skel + tl - 2, "in")) { k++; continue; }
            /* one typo in a long key word; two from nine letters */
            if (!allow_typo || prefix || e < end || units > 1 || sl < 5 || t->skel[0] != sk[0]) return 0;
            int max = sl >= 9 ? 2 : 1;
            if (edit_distance(t->skel, sk, max) > max || not_a_typo(t->skel)) return 0;
            *fuzzy = 1;
            k++;
            continue;
        }
        /* one character (Chinese, punctuation, emoji) against one token */
        int len;
        utf8_next((const unsigned char *)e, &len);
        if (t->kind == T_WORD || t->kind == T_NUM || t->len < len || strncmp(r->s + t->off, e, (size_t)len)) return 0;
        if (t->len > len) { /* an emoji token with its modifiers: the entry must cover them all */
            if (end - e < t->len || strncmp(r->s + t->off, e, (size_t)t->len)) return 0;
            len = t->len;
        }
        e += len;
        k++;
    }
    return k - i;
}

static int add_hit(reader *r, int c, int t0, int t1, int fuzzy) {
    hit *h = realloc(r->h, (size_t)(r->nh + 1) * sizeof *h);
    if (!h) return 0;
    r->h = h;
    r->h[r->nh++] = (hit){c, t0, t1, fuzzy};
    return 1;
}

/* Left to right; at each token the longest entry (exact before typo). */
static int find_words(reader *r) {
    for (int i = 0; i < r->nt;) {
        const tok *t = &r->t[i];
        unsigned char tc = (unsigned char)r->s[t->off];
        int best = 0, best_c = W_NONE, best_fz = 0;
        for (int g = 0; g < mr_notes_n_groups; g++) {
            for (const char *e = mr_notes_words[g].words; *e;) {
                const char *bar = strchr(e, '|');
                int n = bar ? (int)(bar - e) : (int)strlen(e);
                /* cheap first-byte filter; a typo keeps the first letter too */
                unsigned char ec = (unsigned char)(*e == '~' ? e[1] : e[0]);
                if (ec == tc) {
                    int fz, m = match_entry(r, e, n, i, &fz);
                    if (m > best || (m == best && m && best_fz && !fz)) {
                        best = m;
                        best_c = mr_notes_words[g].concept;
                        best_fz = fz;
                    }
                }
                e += n + (bar != NULL);
            }
        }
        if (best) {
            if (best_c != W_NONE && !add_hit(r, best_c, i, i + best, best_fz)) return 0;
            i += best;
        } else {
            i++;
        }
    }
    return 1;
}

/* ------------------------------------------------------------ clauses */

static int is_clause_punct(const reader *r, int i, int *sentence) {
    const tok *t = &r->t[i];
    const char *p = r->s + t->off;
    *sentence = 0;
    if (t->kind == T_PUNCT) {
        if (t->len == 1) {
            if (strchr("!?;\n", *p)) { *sentence = 1; return 1; }
            if (*p == '.') { /* a full stop, not "e.g" */
                *sentence = 1;
                return 1;
            }
            return *p == ',' || *p == ':' || *p == ' '; /* "mum (78) keeps getting dizzy" stays one clause */
        }
        if (!strncmp(p, "。", 3)) { *sentence = 1; return 1; }
        /* "…" and "—" pause, they do not end the sentence ("胸口右边…不对是中间") */
        return !strncmp(p, "…", 3) || !strncmp(p, "—", 3) || !strncmp(p, "～", 3) || !strncmp(p, "「", 3);
    }
    return 0;
}

static int split_clauses(reader *r) {
    r->clause = malloc((size_t)(r->nt + 1) * sizeof *r->clause);
    r->sent = malloc((size_t)(r->nt + 1) * sizeof *r->sent);
    if (!r->clause || !r->sent) return 0;
    int c = 0, s = 0, h = 0, paren = 0;
    for (int i = 0; i < r->nt; i++) {
        while (h < r->nh && r->h[h].t0 < i) h++;
        if (h < r->nh && r->h[h].t0 == i && r->h[h].c == Q_BREAK) c++;
        int sentence;
        /* a comma inside brackets is the aside's, not the clause's ("其中一位大爷（房颤，吃华法林）今天心跳很快") */
        if (r->t[i].kind == T_PUNCT && r->t[i].len == 1) {
            if (r->s[r->t[i].off] == '(') paren++;
            else if (r->s[r->t[i].off] == ')' && paren > 0) paren--;
        }
        if (is_clause_punct(r, i, &sentence) && !(paren > 0 && !sentence && r->s[r->t[i].off] == ',')) {
            c++;
            s += sentence;
        }
        r->clause[i] = c;
        r->sent[i] = s;
    }
    return 1;
}

static int hclause(const reader *r, int h) { return r->clause[r->h[h].t0]; }
static int hsent(const reader *r, int h) { return r->sent[r->h[h].t0]; }

/* The tokens [*s0, *s1) of token t's sentence. */
static void sent_span(const reader *r, int t, int *s0, int *s1) {
    int a = t, b = t;
    while (a > 0 && r->sent[a - 1] == r->sent[t]) a--;
    while (b < r->nt && r->sent[b] == r->sent[t]) b++;
    *s0 = a;
    *s1 = b;
}

static int tok_is(const reader *r, int i, const char *s) {
    if (i < 0 || i >= r->nt) return 0;
    return r->t[i].len == (int)strlen(s) && !strncmp(r->s + r->t[i].off, s, strlen(s));
}

/* ------------------------------------------------------------ qualifiers */

static int is_target(int c) { return (c >= B_CHEST && c <= K_BACK); }

/* Tokens strictly between hits a (before) and b that are not punctuation;
 * -1 when punctuation other than "、" and "/" lies between. */
static int gap(const reader *r, int a, int b) {
    int g = 0;
    for (int i = r->h[a].t1; i < r->h[b].t0; i++) {
        const tok *t = &r->t[i];
        if (t->kind == T_PUNCT && strncmp(r->s + t->off, "、", 3) && r->s[t->off] != '/') return -1;
        g++;
    }
    return g;
}

static int find_before(const reader *r, int h, int concept) {
    for (int k = h - 1; k >= 0 && hclause(r, k) == hclause(r, h); k--)
        if (r->h[k].c == concept) return k;
    return -1;
}

static int in_clause(const reader *r, int h, int concept) {
    for (int k = 0; k < r->nh; k++)
        if (r->h[k].c == concept && hclause(r, k) == hclause(r, h)) return 1;
    return 0;
}

static int in_sentence(const reader *r, int h, int concept) {
    for (int k = 0; k < r->nh; k++)
        if (r->h[k].c == concept && hsent(r, k) == hsent(r, h)) return 1;
    return 0;
}

static int not_settling(const reader *r);
static int anywhere(const reader *r, int concept);
static int span_says(const reader *r, int t0, int t1, const char *const *w);
static int text_before_is(const reader *r, int off, const char *const *w);
/* "喊他跑两步 ... 心口跳得咚咚咚的，歇一哈又活蹦乱跳了": a heart pounding
 * while running that settles with rest is the run's, not a racing heart at
 * rest (LABELS: palpitations are at rest or with little effort) */
static int run_settles(reader *r) {
    return anywhere(r, Q_RELIEF) && !not_settling(r) &&
           span_says(r, 0, r->nt, (const char *const[]){"跑", " run", "running", "jogging", "sprint", NULL}) &&
           !span_says(r, 0, r->nt, (const char *const[]){"坐着", "躺着", "sitting", "lying", "at rest", "in bed", "静息",
                                                         "watching", "at my desk", NULL});
}

static int negated(const reader *r, int h);
/* The chest named in the sentence of hit h, and not denied ("arms sore
 * from shovelling, no chest pain" names no chest that hurts). */
static int clause_end(const reader *r, int i);
static int chest_beside(const reader *r, int h) {
    for (int k = 0; k < r->nh; k++)
        if ((r->h[k].c == B_CHEST || r->h[k].c == D_CHEST) && hsent(r, k) == hsent(r, h) && !negated(r, k) &&
            /* ("胸口也不闷", "chest is fine": the chest named to say it is well) */
            !span_says(r, r->h[k].t1, clause_end(r, r->h[k].t0), (const char *const[]){"不", "没", "fine", "ok", "okay",
                                                                                        "good", "clear", NULL}))
            return 1;
    return 0;
}

/* Any of these words (CJK text or English skeletons) in token range [a, b). */
static int words_in(const reader *r, int a, int b, const char *const *w) {
    for (int i = a < 0 ? 0 : a; i < b && i < r->nt; i++)
        for (int k = 0; w[k]; k++) {
            /* tokens are kept as skeletons (repeated letters collapsed), so
             * "weeks" must be compared as "weks" */
            char sk[SKEL];
            if (r->t[i].kind == T_WORD) skeleton(w[k], (int)strlen(w[k]), sk);
            if (r->t[i].kind == T_WORD && !strcmp(r->t[i].skel, sk)) return 1;
            if (r->t[i].kind == T_CJK && !strncmp(r->s + r->t[i].off, w[k], strlen(w[k]))) return 1;
        }
    return 0;
}

/* A hard effort in the sentence of hit h that is today's: "昨天才跑完全马"
 * (yesterday's marathon) does not explain a racing heart lying down today. */
static int clause_start(const reader *r, int i);
static int clause_end(const reader *r, int i);
static int hard_today(const reader *r, int h) {
    static const char *const before[] = {"昨天", "昨日", "前天", "昨儿", "yesterday", "last night", "last week", "上周", NULL};
    for (int k = 0; k < r->nh; k++) {
        if (r->h[k].c != Q_HARD || hsent(r, k) != hsent(r, h)) continue;
        if (!span_says(r, clause_start(r, r->h[k].t0), clause_end(r, r->h[k].t0), before)) return 1;
    }
    return 0;
}

/* a hyphen inside a word ("12-hour", "self-care"): a quote runs over it */
static int hyphen(const reader *r, int k) {
    return r->t[k].kind == T_PUNCT && r->t[k].len == 1 && r->s[r->t[k].off] == '-' && k > 0 && k + 1 < r->nt &&
           r->t[k - 1].kind != T_PUNCT && r->t[k + 1].kind != T_PUNCT && r->t[k - 1].off + r->t[k - 1].len == r->t[k].off &&
           r->t[k].off + 1 == r->t[k + 1].off;
}

static int clause_start(const reader *r, int i) {
    while (i > 0 && r->clause[i - 1] == r->clause[i]) i--;
    return i;
}

static int clause_end(const reader *r, int i) {
    int c = r->clause[i];
    while (i < r->nt && r->clause[i] == c) i++;
    return i;
}

static int negated(const reader *r, int h);
static int answered_no(const reader *r, int h);

/* The negation of hit h is a denial that takes a list ("Denies chest
 * pain, ...", "无胸痛、..."). */
static int denial_before(const reader *r, int h) {
    static const char *const deny[] = {"denies", "denied", "deny", "无", "否认", NULL};
    for (int k = h - 1; k >= 0 && hclause(r, k) == hclause(r, h); k--)
        if (r->h[k].c == Q_NEG) return words_in(r, r->h[k].t0, r->h[k].t1, deny);
    return 0;
}

/* "no chest pain, dizziness or fever": a clause that is only a list of
 * symptoms joined by "or" / "and", after a clause whose last finding was
 * negated, continues that negation. */
static int listed_after_negation(const reader *r, int h) {
    int c = hclause(r, h), first = h, conj = 0, k;
    while (first > 0 && hclause(r, first - 1) == c) first--;
    if (first == 0 || hsent(r, first - 1) != hsent(r, h) || hclause(r, first - 1) != c - 1) return 0;
    /* "Denies chest pain, dizziness, palpitations or shortness of breath":
     * the "or" may come in a later clause of the same list, so the list
     * runs on while its clauses hold only symptoms named directly */
    int cross = 0, conj_or = 0;
    for (k = first; k < r->nh && hsent(r, k) == hsent(r, h) && !conj;) {
        int cl = hclause(r, k);
        if (cl != c && cl != hclause(r, k - 1) + 1) return 0; /* a clause between without a symptom */
        cross |= cl != c;
        for (; k < r->nh && hclause(r, k) == cl; k++) {
            if (r->h[k].c == Q_CONJ) {
                conj = 1;
                conj_or = words_in(r, r->h[k].t0, r->h[k].t1, (const char *const[]){"or", "nor", "或", "或者", "也不", "也没", NULL});
                continue;
            }
            if (r->h[k].c < D_CHEST || r->h[k].c > K_BACK) return 0; /* only symptoms named directly */
        }
    }
    int prev = first - 1;
    while (prev >= 0 && !is_target(r->h[prev].c)) prev--;
    /* the list said in other clauses than its own needs "or" ("nor", "或")
     * or a denial that takes a list ("denies", "无"): "No fever, chest pain,
     * dizziness and palpitations" may be four things had */
    if (conj && cross && !conj_or && !denial_before(r, prev)) return 0;
    /* an answer on a form or to a question ("Chest pain (no), dizziness
     * and palpitations (yes)") answers its own item only */
    return conj && prev >= 0 && hclause(r, prev) == c - 1 && negated(r, prev) && !answered_no(r, prev);
}

/* "头晕？不晕。", "Dizzy? Nope.": a symptom asked and answered no by the
 * writer ("chest pain? no idea why" is not an answer, and "chest pain? not
 * really, more like a weird squeeze" names it another way). */
static int answered_no(const reader *r, int h) {
    static const char *const unsure_w[] = {"idea", "clue", "sure", "知道", "确定", "清楚", "懂", NULL};
    static const char *const but_w[] = {"more", "like", "but", "rather", "kinda", "sort", "更像", "而是", "倒是", "只是", "但",
                                        "像是", NULL};
    int t = r->h[h].t1;
    /* a form filled in: "chest pain - no.", "Dizziness: none", "胸痛：无",
     * "心悸（否）": the answer right after a mark, and nothing else after it */
    /* ("Stressed, yes. Racing heart, no.": a comma and a bare no, likewise) */
    static const char *const mark[] = {":", "：", "-", "–", "—", "(", "（", "=", ",", "，", NULL};
    static const char *const extra_no[] = {"否", "nil", "neg", "nope", "nah", NULL};
    for (int m = 0; mark[m]; m++)
        if (t + 1 < r->nt && tok_is(r, t, mark[m]) && !hyphen(r, t)) {
            int e = -1;
            for (int k = h + 1; k < r->nh && e < 0; k++)
                if (r->h[k].t0 > t) e = r->h[k].c == Q_NEG && r->h[k].t0 == t + 1 ? r->h[k].t1 : -2;
            if (e == -2 || e < 0) e = words_in(r, t + 1, t + 2, extra_no) ? t + 2 : -1;
            if (e < 0) return 0;
            int s0, s1;
            sent_span(r, t, &s0, &s1);
            static const char *const only_w[] = {"only", "except", "when", "unless", "sometimes", "apart", "偶尔", "有时",
                                                 "就是", "只是", "只有", "除了", NULL};
            return (e >= r->nt || (r->t[e].kind == T_PUNCT && !hyphen(r, e))) && !words_in(r, e, s1 + 1, but_w) &&
                   !words_in(r, e, s1 + 1, only_w);
        }
    /* "Felt lightheaded after the long ride? Nope, not this time", "长距离骑完头晕？这次没有",
     * "喘？不存在的": a question the writer puts and answers no at once */
    {
        /* the question is the symptom's own ("Felt X after Y?"): it opens its
         * sentence, and the answer is a whole denial of this time, not a
         * "no" to another question ("Chest pain on hills, is that bad? Nah
         * probably nothing" keeps the chest pain) */
        int q = t, s0, s1;
        sent_span(r, r->h[h].t0, &s0, &s1);
        while (q < r->nt && q < t + 6 && r->sent[q] == r->sent[r->h[h].t0] && !tok_is(r, q, "?") && !tok_is(r, q, "？")) q++;
        static const char *const asks_other[] = {"is that", "is it", "is this", "should i", "can i", "do i", "what", "why", "how",
                                                 "正常吗", "要紧吗", "怎么办", "是不是", "会不会", "要不要", "能不能", NULL};
        if (q < r->nt && (tok_is(r, q, "?") || tok_is(r, q, "？")) && r->t[r->h[h].t0].off - r->t[s0].off <= 18 && !span_says(r, s0, q, asks_other)) {
            static const char *const at_once[] = {"nope, not this time", "nope. not this time", "nope not this time",
                                                  "nope, not today", "no, not this time", "not this time", "这次没有", "这回没有",
                                                  "不存在的", NULL};
            const char *after = r->s + r->t[q].off + r->t[q].len;
            while (*after == ' ') after++;
            for (int m = 0; at_once[m]; m++)
                if (!strncasecmp(after, at_once[m], strlen(at_once[m]))) return 1;
        }
    }
    if (!tok_is(r, t, "?") && !tok_is(r, t, "？")) return 0;
    for (int k = h + 1; k < r->nh; k++)
        if (r->h[k].t0 > t) {
            int e = r->h[k].t1;
            while (e < r->nt && r->sent[e] == r->sent[r->h[k].t0]) e++;
            /* a short answer ("Nope.", "不晕。"), not "not a gush, just keeps coming" */
            return r->h[k].c == Q_NEG && r->h[k].t0 <= t + 2 && e - r->h[k].t0 <= 3 &&
                   !words_in(r, r->h[k].t1, r->h[k].t1 + 1, unsure_w) && !words_in(r, r->h[k].t1, e, but_w);
        }
    return 0;
}

/* Negated: "no X", "not X", "没有X", "不X", "X不疼" (the negation right before
 * the sensation); "no X or Y" negates Y too. Body parts between the negation
 * and the word do not break it ("不头晕", "no chest pain"). */
/* One of the phrases w within tokens [t0, t1) (phrases may span words,
 * which words_in's single tokens cannot). */
static int span_says(const reader *r, int t0, int t1, const char *const *w) {
    if (t1 <= t0 || t0 < 0) return 0;
    size_t a = (size_t)r->t[t0].off, b = (size_t)(r->t[t1 - 1].off + r->t[t1 - 1].len);
    for (int k = 0; w[k]; k++) {
        const char *at = strstr(r->s + a, w[k]);
        if (at && (size_t)(at - r->s) + strlen(w[k]) <= b) return 1;
    }
    return 0;
}

/* The text of tokens [t0, t1) into dst (n bytes), cut short if it must be. */
static void span_text(const reader *r, int t0, int t1, char *dst, size_t n) {
    if (t1 <= t0 || t0 < 0) { dst[0] = 0; return; }
    snprintf(dst, n, "%.*s", r->t[t1 - 1].off + r->t[t1 - 1].len - r->t[t0].off, r->s + r->t[t0].off);
}

/* One of the phrases w in the sentence of hit h. */
static int sentence_says(const reader *r, int h, const char *const *w) {
    int s0, s1;
    sent_span(r, r->h[h].t0, &s0, &s1);
    return span_says(r, s0, s1, w);
}

/* Some sentence of the note says one of a and one of b ("比平时 ... 肿",
 * "worse after ... running"). */
static int sentence_says_both(const reader *r, const char *const *a, const char *const *b) {
    for (int t = 0; t < r->nt;) {
        int s0, s1;
        sent_span(r, t, &s0, &s1);
        if (span_says(r, s0, s1, a) && span_says(r, s0, s1, b)) return 1;
        t = s1 > t ? s1 : t + 1;
    }
    return 0;
}

/* A question mark (or 吗, with ma) in the sentence of token t; the mark that
 * ends a sentence may open the next one's tokens, so s1 is included. */
static int sentence_asks(const reader *r, int t, int ma) {
    int s0, s1, q = 0;
    sent_span(r, t, &s0, &s1);
    /* ... and so the mark at s0 is the sentence before's */
    for (int i = s0 > 0 && r->t[s0].kind == T_PUNCT ? s0 + 1 : s0; i <= s1 && i < r->nt; i++)
        q |= tok_is(r, i, "?") || tok_is(r, i, "？") || (ma && tok_is(r, i, "吗"));
    /* "万一跑着跑着头晕了咋办": a question without its mark */
    if (!q && ma) q = span_says(r, s0, s1 + 1 < r->nt ? s1 + 1 : r->nt, (const char *const[]){"咋办", "怎么办", "怎么整", "咋整", "肿么办", NULL});
    return q;
}

static int any_sub(const char *s, const char *const *w);
static int any_word(const char *s, const char *const *w);
static int any_sub_in(const char *s, size_t a, size_t b, const char *const *w);

/* "Is it normal ...? happened last night and the night before": a
 * question that the note then tells as having happened. */
static int told_as_happened(const reader *r) {
    static const char *const happened[] = {"happened last night", "happened again", "happened twice", "happened this morning",
                                           "happened yesterday", "the night before", "keeps happening", "still happening",
                                           "昨晚也", "昨天晚上也", "又发生", "连着两晚", "连续两晚", "started a couple", "started a few",
                                           "started yesterday", "started last", "started this", "been happening", "这几天开始", "最近开始",
                                           "happened at work", "happened today", "happened at the", "it happened", "happens every",
                                           "今天也这样", "今天又",
                                           /* "Happened Monday and again yesterday, both times I had to sit" */
                                           "happened monday", "happened tuesday", "happened wednesday", "happened thursday",
                                           "happened friday", "happened saturday", "happened sunday", "happened on", "happened mon",
                                           "again yesterday", "again today", "again this morning", "again last night", "both times",
                                           "两次都", "这周一和", "这周二和", "这周三和",
                                           /* "... on the first km of every run lately? goes away once I warm up" */
                                           "lately", "recently", "these days", "goes away once", "goes away when",
                                           "goes away after", "every time i", "each time i", "past few days", "last few days",
                                           "最近每次", "这阵子", "这几天",
                                           /* "... after just one flight of stairs? Never used to be": new, so had */
                                           "never used to", "didn't use to", "didnt use to", "never did before", "以前不会",
                                           "以前没有这样", "以前不这样", "以前从来没有",
                                           /* "It's happened the last two nights" */
                                           "happened the last", "happened the past", "happened a few", "happened two",
                                           "happened three", "happened several", "last two nights", "past two nights",
                                           "last few nights", "past few nights", "nights in a row", "days in a row", "every night this",
                                           "连着几晚", "这两晚", "这两天晚上", "这几晚", NULL};
    return any_sub(r->s, happened);
}

/* "Is it actually OK for me to get a bit breathless when I walk?": a mild
 * puff on exertion asked about, not told as a sign (ACSM: the talk test;
 * breathless at rest or on little effort is the sign) */
static const char *const puff_ok_q[] = {"ok for me to get", "okay for me to get", "ok to get", "okay to get", "alright to get",
                                        "all right to get", "ok to be", "okay to be", "fine to get", "ok if i get", "okay if i get",
                                        "ok to feel", "okay to feel", "喘一点没关系", "有点喘没关系", "有点喘正常", "微微喘可以",
                                        "喘点没事吧", "有点喘可以吗", "有点喘行吗", NULL};
static const char *const puff_mild[] = {"a bit", "a little", "bit of", "slightly", "somewhat", "mildly", "有点", "一点", "微微",
                                        "稍微", NULL};
static const char *const puff_rest[] = {"at rest", "sitting", "lying", "resting", "in bed", "静坐", "躺", "坐着", "休息时",
                                        "不动也", NULL};

/* "头晕一般是啥原因啊？", "Is it normal to feel dizzy after donating
 * blood?": a question about a symptom in general, not a report of it. */
static int general_question(const reader *r, int h) {
    if (r->h[h].c == D_BREATH && sentence_asks(r, r->h[h].t0, 0) && sentence_says(r, h, puff_ok_q) &&
        sentence_says(r, h, puff_mild) && !sentence_says(r, h, puff_rest))
        return 1;
    static const char *const gq[] = {"一般是", "是什么原因", "是啥原因", "什么原因", "为什么会", "怎么回事", "is it normal to",
                                     "what causes", "why do people", "why does", "can you get", "do people get", "如果",
                                     "假如", "万一", "what should a", "what should i do if", "if they get", "if you get",
                                     "if i get", "if someone", "hypothetically", "if i got", "要是", "if i ever",
                                     "should i ever", "how would i know if", "how would i even know if", "how do i know if",
                                     "how would i tell if", "how can i tell if", "if i was to get", "if i were to get",
                                     "just askin", "just asking", "假使", "就是问问", "asking for a friend", "askin for a friend",
                                     "what does it mean if", "what does it mean when", "what does it mean when your",
                                     "can ye get", "can ya get", "can u get", NULL};
    /* "要是明天发烧了还能来吗": a condition opening the clause of the symptom
     * ("主要是", "只要是": "mainly", "as long as", not "if") */
    int cs = clause_start(r, r->h[h].t0);
    if (words_in(r, cs, r->h[h].t0, (const char *const[]){"如果", "假如", NULL})) return 1;
    if (words_in(r, cs, r->h[h].t0, (const char *const[]){"要是", NULL})) {
        static const char *const not_if[] = {"主", "只", "需", "重", "还", "就", "总", NULL};
        int a = r->t[cs < 0 ? 0 : cs].off, b = r->t[r->h[h].t0].off;
        for (const char *at = strstr(r->s + a, "要是"); at && at < r->s + b; at = strstr(at + 1, "要是"))
            if (!text_before_is(r, (int)(at - r->s), not_if)) return 1;
    }
    /* "If my chest starts hurting again I'll stop": the symptom inside an
     * "if" and what the writer will do then after it, a plan for the day it
     * happens ("if I walk fast my chest hurts" tells what does happen) */
    if (words_in(r, cs < 0 ? 0 : cs, r->h[h].t0, (const char *const[]){"if", NULL})) {
        int s0, s1;
        sent_span(r, r->h[h].t0, &s0, &s1);
        if (span_says(r, r->h[h].t1, s1, (const char *const[]){"i'll", "i will", "i'd ", "i would", "should i", "do i ",
                                                                "will i", "what do", "what should", "i know to", "i'm to",
                                                                "i am to", "i'm meant to", "i'm supposed to", NULL}))
            return 1;
    }
    /* "Is it normal to feel like my heart skips a beat when I lie down?
     * happened last night and the night before": asked, and told as it happened */
    if (told_as_happened(r)) return 0;
    /* "My doctor said to stop if I feel dizzy": an instruction for the day
     * it happens, not a report that it has */
    static const char *const told_if[] = {"said to stop if", "told me to stop if", "says to stop if", "said to call if",
                                          "told me to call if", "said i should stop if", "to stop if i", "stop if i feel",
                                          "stop if i get", "stop if you feel", "stop if you get", "医生说如果", "医生说要是",
                                          "医生说万一", "醫生說如果", "醫生話如果", NULL};
    /* ("tight chest and my heart's racing ... the doc said to call if that
     * happens": "that" is what is told, happening now) */
    static const char *const that_now[] = {"if that happens", "if this happens", "if it happens", "if that happened",
                                           "if this happened", "if these happen", "if that's the case", "if this is the case",
                                           "如果这样", "如果是这样", "要是这样", "出现这种情况", "出现这情况", NULL};
    if (r->h[h].c < K_HYPER && sentence_says(r, h, told_if) && !sentence_says(r, h, that_now))
        return 1; /* a symptom; "since the stent" still tells of the stent */
    /* "if my chest hurts during a HIIT class should i stop? (it doesn't, just wondering)" */
    static const char *const wondering[] = {"just wondering", "just curious", "(it doesn't", "(it doesnt", "it doesn't, just",
                                            "it doesnt, just", "只是问问", "随便问问", "好奇问一下", "先问问", "提前问问", NULL};
    if (sentence_asks(r, r->h[h].t0, 0) && any_sub(r->s, wondering)) return 1;
    /* "low fever, can I still run? asking for my husband", "asking for one of the lads": somebody else's */
    static const char *const behalf[] = {"asking for one of", "asking for my", "asking for a mate", "asking for a buddy",
                                         "asking for someone", "asking on behalf", "问的是我屋里", "问的是我老公", "问的是我家",
                                         "问的不是我", "帮我老公问", "帮我老婆问", "帮朋友问", "替朋友问", "替我老公问", NULL};
    /* (asking for a parent, "帮我妈问一下", is typing for the person: the proxy's rule) */
    if (sentence_asks(r, r->h[h].t0, 0) && any_sub(r->s, behalf)) return 1;
    return sentence_asks(r, r->h[h].t0, 0) && sentence_says(r, h, gq);
}

/* "梦见自己跑马拉松跑晕倒了", "dreamt I fainted": a dream */
static int dreamt(const reader *r, int h) {
    static const char *const dream[] = {"梦见", "梦到", "做梦", "dreamt", "dreamed", "dream", NULL};
    int s0, s1;
    sent_span(r, r->h[h].t0, &s0, &s1);
    return words_in(r, s0, r->h[h].t0, dream);
}

/* "no calf pain or swelling", "小腿不肿": the calf's words denied */
static int negated_text(const char *s) {
    static const char *const no[] = {"no calf", "calves are fine", "calf is fine", "小腿不肿", "小腿没肿", "腿不肿", "腿没肿",
                                     "no swelling", NULL};
    for (int k = 0; no[k]; k++)
        if (strstr(s, no[k])) return 1;
    return 0;
}

/* The sentence of the note that holds the words ev says one of w. */
static int sentence_now(const reader *r, const char *ev, const char *const *w) {
    const char *at = *ev ? strstr(r->s, ev) : NULL;
    if (!at) return 0;
    int t = 0;
    while (t + 1 < r->nt && r->t[t + 1].off <= (int)(at - r->s)) t++;
    int s0, s1;
    sent_span(r, t, &s0, &s1);
    return span_says(r, s0, s1, w);
}

/* Does the sentence holding token i say any of these words? */
static int sentence_at_says(const reader *r, int i, const char *const *w) {
    int s0, s1;
    sent_span(r, i, &s0, &s1);
    return span_says(r, s0, s1, w);
}

/* "以为是练胸的泵感，可今天根本没练，坐着胸口就发紧": what was thought, then
 * a "but" before the finding, which is then the real one. Tokens [t0, t1). */
static int belief_overturned(const reader *r, int t0, int t1) {
    const char *from = r->s + r->t[t0].off, *to = r->s + r->t[t1 - 1].off + r->t[t1 - 1].len;
    static const char *const thought[] = {"以为", "以為", "thought i", NULL};
    static const char *const but[] = {"可", "但", "结果", "結果", "没想到", "沒想到", "but ", "turns out", "turned out", NULL};
    const char *last = NULL;
    for (int k = 0; thought[k]; k++)
        for (const char *at = strstr(from, thought[k]); at && at < to; at = strstr(at + 1, thought[k])) last = at;
    if (!last) return 0;
    for (int k = 0; but[k]; k++) {
        const char *at = strstr(last, but[k]);
        if (at && at < to) return 1;
    }
    return 0;
}

/* Findings only spoken of: asked whether they will come, what others say of
 * them, a fear that proved wrong, a joke, joy, a heart that is a feeling.
 * (Feelings themselves are not cancelled by these: "jk, just stressed af".) */
static int unreal(const reader *r, int h) {
    int c0 = clause_start(r, r->h[h].t0);
    /* "我今天没吃早饭会不会晕啊?": asked whether it will come, not had */
    static const char *const will_it[] = {"会不会", "会唔会", "會不會", "會唔會", NULL};
    if (r->h[h].t0 > c0 && span_says(r, r->h[h].t0 - 3 > c0 ? r->h[h].t0 - 3 : c0, r->h[h].t0, will_it) &&
        sentence_asks(r, r->h[h].t0, 1))
        return 1;
    /* "网上说运动时胸口痛是心脏病前兆", "I read that chest pain on a run means":
     * what others say of a symptom; "以为自己发烧，量了才36.8": a fear that
     * proved wrong */
    static const char *const hearsay[] = {"新闻说", "看新闻", "新闻里", "news said", "the news says", "网上说", "網路上", "网络上",
                                          "網上", "网上有人说", "有人說", "有人说", "online someone", "someone online", "read online", "听讲", "聽講", "听人讲", "网上看到", "听说", "据说", "文章说", "人家说", "i read that",
                                          "i read online", "they say", "people say", "视频说", "刷到", "看到一个视频", "看《", "电视剧", "剧里",
                                          "电视里", "视频里", "里面一个人", "里面有个人", "watched", "tv show", "doctor show",
                                          "doctor shows", "on tv", "on the news", "a documentary", NULL};
    int s0_, s1_;
    sent_span(r, r->h[h].t0, &s0_, &s1_);
    /* (not what they say of the writer: "They say I've got a leaky valve" is the writer's diagnosis) */
    if (r->h[h].t0 > s0_ && span_says(r, s0_, r->h[h].t0, hearsay) && !belief_overturned(r, s0_, r->h[h].t0) &&
        !(span_says(r, s0_, r->h[h].t0, (const char *const[]){"say i've", "say ive", "say i have", "says i've", "says i have",
                                                               "said i've", "said i have", "said i had", "说我有", "说我得了",
                                                               "说我是", NULL}) &&
          !any_sub(r->s, (const char *const[]){"我没有", "我没事", "never had", "i'm fine", "im fine", "i don't", "我自己挺好", NULL})))
        return 1;
    /* a mistaken belief holds its own clause only ("同桌以为我在抖腿，我有哮喘": the asthma is said, not thought) */
    static const char *const thought[] = {"以为", "以為", "thought i had", "thought i was having", "thought i was havin",
                                          "thought i was getting", NULL};
    if (r->h[h].t0 > c0 && span_says(r, c0, r->h[h].t0, thought) && !belief_overturned(r, c0, r->h[h].t0)) return 1;
    /* "my mom keeps asking if im dizzy 🙄 im NOT": asked by someone else */
    /* ("Doc asked if I get chest pain walking up hills. Nope, never.": asked, and not had; "... I said yes" had) */
    static const char *const asked_if[] = {"asking if im", "asking if i'm", "asks if im", "asks if i'm", "asked if i was",
                                           "asked if i get", "asked if i ever", "asked if i have", "asked if i've",
                                           "asked whether i", "asked me if i", "asks if i get", "asks whether i",
                                           "问我是不是", "问我有没有", "问我会不会", NULL};
    static const char *const said_yes[] = {"said yes", "told him yes", "told her yes", "yes i do", "i do get", "yes, i do",
                                           "yes sometimes", "yes, sometimes", "i said i do", "我说有", "我说是", "有的", NULL};
    if (r->h[h].t0 > c0 && span_says(r, c0, r->h[h].t0, asked_if) && !any_sub(r->s, said_yes)) return 1;
    /* "chest pain? nah lol i'm fine", "胸口疼？没有啦": the question echoed
     * (what the app or a parent asks), then answered no */
    if (r->h[h].t0 <= s0_ + 1 && r->h[h].t1 + 1 >= s1_ && s1_ + 1 < r->nt && sentence_asks(r, r->h[h].t0, 1)) {
        static const char *const no_w[] = {"nah", "no", "nope", "naw", "没有", "没", "沒有", "沒", "冇", "不是", "不会", NULL};
        if (words_in(r, s1_ + 1, s1_ + 2, no_w)) return 1;
    }
    /* "singing 'my heart is racing' at the top of my lungs": a song's words, in quotes */
    static const char *const sing[] = {"singing", "sang", "sing", "song", "lyrics", "lyric", "唱", "歌词", "这首歌", "那首歌",
                                       "歌里", NULL};
    if (sentence_says(r, h, sing)) {
        int q = 0;
        for (int i = s0_; i < r->h[h].t0; i++) {
            const char *t = r->s + r->t[i].off;
            q += r->t[i].len == 1 && (*t == '\'' || *t == '"');
            q += r->t[i].len == 3 && (!strncmp(t, "“", 3) || !strncmp(t, "「", 3) || !strncmp(t, "‘", 3));
        }
        if (q % 2 == 1) return 1;
    }
    /* "心跳加速了 他回我消息了😍", "my crush texted back and my heart is racing": a heart racing for love */
    static const char *const love[] = {"他回我消息", "她回我消息", "回我消息了", "回我微信", "暗恋", "好心动", "心动了", "怦然心动", "表白", "喜欢的人",
                                       "男神", "女神", "crush", "texted me back", "texted back", "replied to my", "asked me out",
                                       "😍", "🥰", "😘", NULL};
    if ((r->h[h].c == D_PALP || r->h[h].c == S_RACE) && any_sub(r->s, love) &&
        !any_sub(r->s, (const char *const[]){"胸", "头晕", "晕", "chest", "dizzy", "faint", "breath", "喘", "at rest", "躺着", NULL}))
        return 1;
    /* "深蹲完会头晕正常吗？群里有人问", "asking for a friend": a question somebody else asked */
    static const char *const their_q[] = {"群里有人问", "有人在群里问", "群里问", "有人问", "朋友问", "帮朋友问", "替朋友问",
                                          "同事问", "asking for a friend", "for a friend asking", "someone asked", "somebody asked",
                                          "a friend asked", "my friend asked", "someone in the group asked", "someone in the chat asked",
                                          NULL};
    if (sentence_asks(r, r->h[h].t0, 1) && any_sub(r->s, their_q)) return 1;
    /* "one threw up in the car seat (hers not mine lol)": a child's */
    static const char *const not_mine[] = {"hers not mine", "his not mine", "theirs not mine", "not mine lol", "不是我的", NULL};
    if (sentence_says(r, h, not_mine)) return 1;
    /* "what if I get that dizzy thing again?", "万一跑着跑着晕了怎么办？": feared, asked */
    static const char *const what_if[] = {"what if", "what happens if", "if i", "will i", "would i", "am i gonna", "am i going to",
                                          "could i get", "万一", "要是", NULL};
    /* ... and in its own clause: "吃着药可以运动吗？会不会血压血糖太低晕倒？" ("好怕跑一半犯病 ... 有点低烧 37.8" has the fever) */
    static const char *const fear_q[] = {"会不会", "會不會", "怕", "担心", "擔心", "worried i'll", "worried i will", "scared i'll",
                                         "afraid i'll", "in case i", NULL};
    if (r->h[h].c < K_HYPER && r->h[h].t0 > c0 && span_says(r, c0, r->h[h].t0, fear_q) && sentence_asks(r, r->h[h].t0, 1) &&
        !told_as_happened(r))
        return 1; /* (a symptom feared; "担心哮喘发作" still tells of the asthma) */
    /* ("is it ok to train fasted if I'm on metformin?": the medicine is the premise, taken) */
    int premise = text_before_is(r, r->t[r->h[h].t0].off, (const char *const[]){"if i'm on", "if im on", "if i am on",
                                                                                  "if i take", "if i'm taking", NULL});
    if (r->h[h].t0 > s0_ && span_says(r, s0_, r->h[h].t0, what_if) && sentence_asks(r, r->h[h].t0, 1) && !told_as_happened(r) &&
        !premise)
        return 1;
    /* "gonna pass out from this heat lmao jk", "快中暑晕过去了，开玩笑的": a joke */
    static const char *const joke[] = {"jk", "j/k", "just kidding", "just joking", "only joking", "开玩笑的", "开个玩笑",
                                       "開玩笑的", "说笑的", "講笑", "讲笑", "逗您呢", "逗你呢", "逗你玩", "逗您玩", NULL};
    if (sentence_says(r, h, joke) && any_word(r->s, joke)) return 1;
    /* "My chest feels like an elephant is sitting on it. Not really, my
     * grandson sat on me": the next sentence opens by taking it back */
    if (s1_ < r->nt) {
        int n0, n1;
        sent_span(r, s1_, &n0, &n1);
        while (n0 < n1 && r->t[n0].kind == T_PUNCT) n0++;
        /* (not a question echoed, "chest pain? not really, more like a weird squeeze": that goes on to tell it;
         * and only a figure taken back, "feels like an elephant is sitting on it": "Not really sure why" takes back nothing) */
        if (n0 < n1 && !sentence_asks(r, r->h[h].t0, 1) &&
            sentence_says(r, h, (const char *const[]){"feels like", "feel like", "like an", "like a ", "as if", "as though", "好像",
                                                      "像是", "似的", "一样", NULL}) &&
            !span_says(r, n0, n1, (const char *const[]){"sure", "worried", "sleep", "eating", "improv", "stopped", "told",
                                                        "big deal", "aside", "about", "不是", "真的", NULL}) &&
            !span_says(r, n0, n1, (const char *const[]){"like", "more", "squeez", "pain", "hurt", "tight", "ache", "pressure",
                                                        "but", "still", "像", "但", "还", "疼", "痛", "闷", NULL}) &&
            (words_in(r, n0, n0 + 2, (const char *const[]){"not really", NULL}) ||
                        span_says(r, n0, n0 + 2 < n1 ? n0 + 2 : n1, (const char *const[]){"not really", "kidding", "jk",
                                                                                          "开玩笑", "骗你的", "逗你", "逗您", NULL})))
            return 1;
    }
    /* "激动得都喘不上气咧哈哈": breathless with joy, laughing */
    static const char *const moved[] = {"激动得", "高兴得", "笑得", "兴奋得", "开心得", "激動得", "高興得", "興奮得",
                                        "laughing so hard", "laughed so hard", NULL};
    if (r->h[h].t0 > c0 && span_says(r, c0, r->h[h].t0, moved)) return 1;
    /* "heart pain sia, project kena cancel ... body ok la, just very sad",
     * "心脏快停了haha，其实身体没事": the heart of a feeling, the body fine */
    static const char *const body_ok[] = {"body ok", "body okay", "body fine", "body is fine", "body is ok", "physically fine",
                                          "physically ok", "身体没事", "身体没问题", "身体好着", "身體沒事", "其实没事",
                                          "ticker's fine", "tickers fine", "ticker is fine", "heart's fine", "身子骨没事",
                                          "没有真的心悸", "沒有真的心悸", "不是真的心悸", "no actual palpitations", "not real palpitations",
                                          NULL};
    static const char *const heart_w[] = {"heart", "心脏", "心臟", "心痛", NULL};
    static const char *const chest_w[] = {"chest", "胸", "心口", "心口头", NULL};
    /* (a heart condition stays one: "Heart's fine otherwise (got a stent)") */
    if (r->h[h].c != K_HEART && any_sub(r->s, body_ok) && sentence_says(r, h, heart_w) && !sentence_says(r, h, chest_w))
        return 1;
    return 0;
}

/* "should I skate if my BP meds make me woozy?": a question about the
 * writer's own condition or medicine still tells of it */
static int own_condition(const reader *r, int h) {
    int c = r->h[h].c, t = r->h[h].t0;
    if (c != K_HYPER && c != K_DIAB && c != K_ASTHMA && c != K_HEART) return 0;
    return words_in(r, t - 1 < 0 ? 0 : t - 1, t, (const char *const[]){"my", "me", "我的", "我", NULL});
}

static int negated(const reader *r, int h) {
    if (answered_no(r, h) || (general_question(r, h) && !own_condition(r, h)) || dreamt(r, h)) return 1;
    /* "that test was so hard my brain literally fainted": a figure of speech */
    static const char *const brain[] = {"brain literally fainted", "brain fainted", "brain just fainted", "brain passed out",
                                        "brain literally passed out", "brain blacked out", "脑子晕了", "脑子已经晕了", NULL};
    if (sentence_says(r, h, brain)) return 1;
    /* "水瓶盖没拧紧，破水了哈哈，...不是那个破水啦": the word taken back by name later on */
    {
        int a = r->t[r->h[h].t0].off, n = r->t[r->h[h].t1 - 1].off + r->t[r->h[h].t1 - 1].len - a;
        /* (not "是不是那个..." or "...吧？", which ask) */
        static const char *const not_that[] = {"不是那个", "不是那种", NULL};
        for (int k = 0; not_that[k]; k++)
            for (const char *at = strstr(r->s + a + n, not_that[k]); at; at = strstr(at + 1, not_that[k])) {
                const char *after = at + strlen(not_that[k]) + n;
                if (!strncmp(at + strlen(not_that[k]), r->s + a, (size_t)n) && !(at - r->s >= 3 && !strncmp(at - 3, "是", 3)) &&
                    strncmp(after, "吧", 3) && strncmp(after, "吗", 3) && strncmp(after, "？", 3) && *after != '?')
                    return 1;
            }
        for (int k = 0; not_that[k]; k++) { /* (and that later "不是那个破水" itself) */
            size_t m = strlen(not_that[k]);
            const char *after = r->s + a + n;
            if (a >= (int)m && !strncmp(r->s + a - m, not_that[k], m) &&
                !(a >= (int)m + 3 && !strncmp(r->s + a - m - 3, "是", 3)) && strncmp(after, "吧", 3) &&
                strncmp(after, "吗", 3) && strncmp(after, "？", 3) && *after != '?')
                return 1;
        }
    }
    /* "Worried I might be getting sick": feared, not had (the clause before it says so) */
    static const char *const feared[] = {"might be getting", "worried i might", "afraid i might", "scared i might",
                                         "worried i'll", "worried ill", "worried i will", "scared i'll", "scared i will",
                                         "afraid i'll", "afraid i will", "worried i'd", "worried that i'll", "nervous i'll",
                                         "hope i'm not getting", "hope im not getting", "hope i don't get", "hope i dont get",
                                         "怕自己也", "怕我也", "担心自己也", "担心我也会", NULL};
    int c0 = clause_start(r, r->h[h].t0);
    if (r->h[h].t0 > c0 && span_says(r, c0, r->h[h].t0, feared)) return 1;
    if (!(r->h[h].c >= M_POS && r->h[h].c <= M_TIRED) && unreal(r, h)) return 1;
    for (int k = h - 1; k >= 0 && hclause(r, k) == hclause(r, h); k--) {
        int c = r->h[k].c;
        if (c >= B_CHEST && c <= B_BREATH) continue;
        if (c == Q_NEG) {
            int g = gap(r, k, h);
            /* "can barely talk without getting winded": the double negative says it happens */
            static const char *const cant[] = {"cant", "canot", "barely", "hardly", "couldnt", NULL};
            const tok *nt0 = &r->t[r->h[k].t0];
            if (nt0->kind == T_WORD && !strcmp(nt0->skel, "without") &&
                words_in(r, clause_start(r, r->h[k].t0), r->h[k].t0, cant))
                return 0;
            /* "not a (single) day without chest pain", "没有一天不头晕": a day without it denied, so it is there every day */
            if (nt0->kind == T_WORD && !strcmp(nt0->skel, "without") &&
                span_says(r, clause_start(r, r->h[k].t0), r->h[k].t0,
                          (const char *const[]){"not a day", "not one day", "not a single day", "never a day", "no day", NULL}))
                return 0;
            /* "no fever no cough just sad today": what comes after "just" or "but" is said, not denied */
            if (r->h[h].c >= M_POS && r->h[h].c <= M_TIRED &&
                words_in(r, r->h[k].t1, r->h[h].t0 + 1, (const char *const[]){"just", "only", "but", "就是", "只是", "但是", NULL}))
                return 0;
            /* "haven't needed the asthma inhaler once": a medicine not needed
             * lately still tells of the condition it treats */
            int ch = r->h[h].c;
            if ((ch == K_ASTHMA || ch == K_DIAB || ch == K_HEART || ch == K_HYPER) &&
                !(nt0->kind == T_WORD && !strcmp(nt0->skel, "never")) &&
                !words_in(r, clause_start(r, r->h[k].t0), r->h[k].t1, (const char *const[]){"从来", "从没", "never", NULL}) &&
                words_in(r, r->h[k].t1, r->h[h].t0, (const char *const[]){"needed", "need", "needing", "used", "use", "using",
                                                                          "touched", "taken", "took", "需要", "用过", "用到", "用", NULL}))
                return 0;
            return g >= 0 && g <= 3;
        }
        if (c == Q_CONJ) {
            /* "no fever or chills", "没有胸痛和头晕": a symptom named right after
             * the conjunction shares the negation of the one before it; "not
             * dizzy and my chest hurts" starts a new statement */
            /* "no numbness or leg pain": a sensation with its body part listed after one */
            int sens = r->h[h].c >= S_PAIN && r->h[h].c <= S_SPIN;
            if ((r->h[h].c < D_CHEST && !sens) || gap(r, k, h) > 1) return 0;
            for (int j = k - 1; j >= 0 && hclause(r, j) == hclause(r, h); j--) {
                if (r->h[j].c >= B_CHEST && r->h[j].c <= B_BREATH) continue;
                int listed = is_target(r->h[j].c) || (sens && r->h[j].c >= S_PAIN && r->h[j].c <= S_SPIN);
                return listed && gap(r, j, k) >= 0 && gap(r, j, k) <= 1 && negated(r, j) && !answered_no(r, j);
            }
            return 0;
        }
        /* "not really dizzy"; but "no my knee hurts" is not a negation of the
         * knee: a person named in between starts a new statement */
        if (c == Q_HEDGE || c == Q_SEVERE) continue;
        /* "no shooting pain down my leg": how a pain travels qualifies it */
        if (c == Q_RADIATE && r->h[h].c >= S_PAIN && r->h[h].c <= S_EFFORT) continue;
        /* "没有胸闷胸痛", "no chest pain/tightness": a symptom right after
         * another, with nothing or only "、" "/" between, shares its negation */
        if (is_target(c) && c >= D_CHEST && r->h[h].c >= D_CHEST && !(r->h[h].c >= M_POS && r->h[h].c <= M_TIRED)) {
            int g = gap(r, k, h);
            int joined = g == 0 || (g == 1 && r->t[r->h[k].t1].kind == T_PUNCT);
            return joined && negated(r, k);
        }
        return 0;
    }
    return listed_after_negation(r, h);
}

/* "昨天打球被人肘到头，当时眼冒金星": "当时" (at the time) points back to a
 * time the sentence has already dated, yesterday here, not to long ago.
 * True when every past word of h's clause is such a pointer and the
 * sentence dates it within the last couple of days. */
/* The last couple of days, said ("昨天", "this morning"). */
static const char *const recent_days[] = {"昨天", "昨晚", "今天", "今早", "前天", "刚才", "刚刚", "yesterday", "last night",
                                          "today", "this morning", "tonight", NULL};

static int past_is_recent(const reader *r, int h) {
    static const char *const pointer[] = {"当时", "那时", "那时候", "那会", "那会儿", "at the time", "at that point", NULL};
    int any = 0;
    for (int k = 0; k < r->nh; k++) {
        if (r->h[k].c != Q_PAST || hclause(r, k) != hclause(r, h)) continue;
        if (!words_in(r, r->h[k].t0, r->h[k].t1, pointer)) return 0;
        any = 1;
    }
    int s0, s1;
    sent_span(r, r->h[h].t0, &s0, &s1);
    return any && span_says(r, s0, s1, recent_days);
}

/* After the knock (at), the dizziness said to last till now ("到现在头还有点晕",
 * "still dizzy", "现在还晕"), not only at the moment of the knock. */
static int still_now(const char *at) {
    static const char *const w[] = {"还有点晕", "还有些晕", "还晕", "还在晕", "还是晕", "还是有点晕", "到现在头", "头还",
                                    "现在还晕", "现在头还", "仍然晕", "依然晕", "一直晕", "still dizzy", "still a bit dizzy",
                                    "still a little dizzy", "still woozy", "still lightheaded", "still light-headed",
                                    "still light headed", "still feel dizzy", "still feeling dizzy", "still seeing stars",
                                    "still spinning", "dizzy ever since", "dizzy since", "woozy since", "woozy ever since", NULL};
    return any_sub(at, w);
}

/* The knock to the head is of the last couple of days ("昨天打球撞到头",
 * "hit my head at practice yesterday"). */
static int recent_knock(const reader *r) { return any_sub(r->s, recent_days); }

/* Words that bring a sentence back to the present after a date ("had food
 * poisoning last week and now i've got it too, diarrhoea all night"). */
static const char *const moved[] = {"now", "rn", "right now", "today", "tonight", "this morning", "现在", "今天", "今早",
                                    "这两天", NULL};

/* The clause says when, in the past: "last week", "3 days ago", "孕期那会". */
static int said_before(const reader *r, int h) {
    static const char *const w[] = {"week", "weeks", "month", "months", "year", "years", "年前", "去年", "前年", "上周", "上个月", "几周前", "个月前", "上礼拜", "上个礼拜", "上星期", "上个星期", "上個禮拜", "上禮拜",
                                    "前几周", "前几个星期", "之前", "以前", "月子里", "那场", "那次", "那回", "两周前", "两个星期前",
                                    "两个礼拜前", "三周前", "周前", "星期前", "礼拜前", NULL};
    /* a fever or an illness days back that has gone ("前几天发烧，已经退了"):
     * the fever's own healing is the point, not an episode that passed */
    static const char *const days[] = {"前几天", "几天前", "前两天", "前些天", "那几天", "days ago", "day ago", "weeks ago",
                                       /* "a tummy bug on Sunday but fully better now": a day named, healed since */
                                       "on monday", "on tuesday", "on wednesday", "on thursday", "on friday", "on saturday",
                                       "on sunday", "over the weekend", "at the weekend", "last weekend", "上周末", "周末",
                                       /* "a chest infection after Christmas", "过年那阵发烧": a holiday dates it */
                                       "after christmas", "over christmas", "at christmas", "before christmas",
                                       "after new year", "over new year", "over easter", "after easter", "过年", "春节",
                                       "過年", "烧了三天", "烧了两天", "烧了四天", "烧了一天", "发烧三天", "发烧两天",
                                       NULL};
    int feverish = r->h[h].c == D_FEVER || r->h[h].c == D_ILL;
    /* "前年放了支架，这两天遛弯走到一半就说胸口发闷": a chest's time of its own,
     * recent, in the finding's clause or the one before dates it, whatever an
     * earlier clause dated (the stent) */
    int hc = r->h[h].c;
    if (hc == D_CHEST || hc == B_CHEST || ((hc == S_PAIN || hc == S_PRESS || hc == S_ODD) && in_sentence(r, h, B_CHEST))) {
        int a = clause_start(r, r->h[h].t0), e = clause_end(r, r->h[h].t0);
        if (a > 0) a = clause_start(r, a - 1);
        static const char *const recent[] = {"这两天", "这几天", "今天", "昨天", "最近", "今早", "昨晚", "this week", "today",
                                             "yesterday", "since yesterday", "this morning", "last night", NULL};
        if (span_says(r, a, e, recent)) return 0;
    }
    /* the clause, and the sentence's clauses before it: "上上周得了甲流 烧了三天" */
    int c = hclause(r, h), s0 = hsent(r, h);
    if (feverish) {
        int a = -1;
        for (int i = 0; i < r->nt && a < 0; i++)
            if (r->sent[i] == s0) a = i;
        if (a >= 0 && span_says(r, a, clause_end(r, r->h[h].t0), days)) return 1;
    }
    /* "my heart keeps doing this flip flop thing ... I was told last year I
     * have a fib": a "last year" after "keeps" in an unpunctuated run-on
     * dates what comes after it, not the ongoing symptom */
    static const char *const now_w[] = {"keeps", "keep", "still", "now", "currently", "一直", "还在", "现在", NULL};
    int ongoing = words_in(r, clause_start(r, r->h[h].t0), r->h[h].t1, now_w);
    /* "my roommate had food poisoning last week and now i've got it too,
     * diarrhoea all night": a "now" between the date and the finding moves
     * to the present what comes after it */
    for (int k = 0; k < r->nh; k++)
        if (hclause(r, k) <= c && hsent(r, k) == s0 && r->h[k].c == Q_PAST &&
            !(ongoing && hclause(r, k) == c && r->h[k].t0 >= r->h[h].t1) &&
            !(r->h[k].t1 < r->h[h].t0 && words_in(r, r->h[k].t1, r->h[h].t0, moved))) return 1;
    for (int i = 0; i < r->nt; i++) {
        if (r->clause[i] > c || r->sent[i] != s0) continue;
        if (i < r->h[h].t0 && words_in(r, i + 1, r->h[h].t0, moved)) continue;
        char sk[SKEL];
        for (int k = 0; w[k]; k++)
            if ((r->t[i].kind == T_WORD && (skeleton(w[k], (int)strlen(w[k]), sk), !strcmp(r->t[i].skel, sk))) ||
                (r->t[i].kind == T_CJK && !strncmp(r->s + r->t[i].off, w[k], strlen(w[k]))))
                return 1;
    }
    return 0;
}

/* Healed, gone, fine: after the word in its clause ("烧退了", "knee is fine
 * now", "dizziness went away"). */
/* "控制得挺好", "well controlled", "under control": a chronic condition
 * treated, still had (asthma, diabetes, blood pressure, the heart) */
static int controlled(const reader *r, int h, int k) {
    int c = r->h[h].c;
    if (c != K_ASTHMA && c != K_DIAB && c != K_HYPER && c != K_HEART) return 0;
    static const char *const w[] = {"控制", "controlled", "control", "in check", "稳定", "stable", NULL};
    return span_says(r, r->h[k].t0, r->h[k].t1, w);
}

/* "my vision's gone sparkly", "legs have gone numb": "gone" before a word
 * of what it became is a change, not a healing */
static int gone_becoming(const reader *r, int k) {
    const tok *a = &r->t[r->h[k].t0];
    if (a->len != 4 || strncmp(r->s + a->off, "gone", 4) || r->h[k].t0 + 1 >= r->nt) return 0;
    const tok *b = &r->t[r->h[k].t0 + 1];
    static const char *const became[] = {"sparkly", "blurry", "blurred", "fuzzy", "dark", "black", "grey", "gray", "white",
                                         "numb", "dead", "funny", "weird", "all", "really", "very", "so", "red", "purple",
                                         "blue", "tight", "stiff", "swollen", "puffy", "wobbly", "wonky", "pale", "floaty",
                                         "swimmy", "woozy", "shaky", "fast", "crazy", "haywire", "wrong", "off", "bad",
                                         "worse", "weak", "jelly", "hard", "blotchy", "yellow", "cold", "hot", NULL};
    for (int i = 0; became[i]; i++)
        if ((size_t)b->len == strlen(became[i]) && !strncmp(r->s + b->off, became[i], (size_t)b->len)) return 1;
    return 0;
}

/* "康复进展不错", "还在康复中", "康复训练": recovery going on, not over */
static int still_mending(const reader *r, int k) {
    const char *e = r->s + r->t[r->h[k].t1 - 1].off + r->t[r->h[k].t1 - 1].len;
    static const char *const on[] = {"中", "进展", "训练", "期", "阶段", "还在", "做得", NULL};
    for (int j = 0; on[j]; j++)
        if (!strncmp(e, on[j], strlen(on[j]))) return !strncmp(r->s + r->t[r->h[k].t0].off, "康复", 6);
    return 0;
}

/* "... none since Monday, but it came back this morning", "之后再没有过，
 * 今天早上又闷了一次": a sign told as back, after hit h, is neither healed
 * nor past, whatever was said of it in between */
static int told_back(const reader *r, int h) {
    static const char *const back[] = {"came back", "back again", "it's back", "its back", "they're back", "theyre back",
                                       "started again", "started up again", "again today", "again this morning",
                                       "again last night", "until today", "until this morning", "till today",
                                       "till this morning", "until last night", "except today", "except this morning",
                                       "except on the", "except yesterday", "except last night",
                                       "又闷", "又疼", "又痛", "又犯了", "又开始", "又晕", "又慌", "又喘", "直到今天",
                                       "直到今早", "除了今天", NULL};
    /* (not one feared: "就是一直担心又犯", "scared it came back") */
    size_t from = (size_t)(r->t[r->h[h].t1 - 1].off + r->t[r->h[h].t1 - 1].len);
    for (int k = 0; back[k]; k++)
        for (const char *p = strstr(r->s + from, back[k]); p; p = strstr(p + 1, back[k])) {
            size_t i = (size_t)(p - r->s), a = i > 12 ? i - 12 : 0;
            char pre[16];
            snprintf(pre, sizeof pre, "%.*s", (int)(i - a), r->s + a);
            if (!any_sub(pre, (const char *const[]){"怕", "担心", "worried", "scared", "in case", "if it", NULL}))
                return 1;
        }
    return 0;
}

static int healed(const reader *r, int h, int allow_fine, int is_symptom) {
    if (is_symptom && told_back(r, h)) return 0;
    /* a stent, a bypass or a device stays: "heart's fine otherwise (got a stent)" is a heart condition still */
    if (r->h[h].c == K_HEART &&
        span_says(r, r->h[h].t0, r->h[h].t1, (const char *const[]){"stent", "stents", "stented", "bypass", "cabg", "pacemaker",
                                                                   "defibrillator", "icd", "valve replacement", "支架", "搭桥",
                                                                   "起搏器", "除颤器", NULL}))
        return 0;
    /* "none since until this morning", "none since, except on the hill
     * today": a quiet with an end told in the sign's sentence is no healing */
    if (is_symptom) {
        int s0, s1;
        sent_span(r, r->h[h].t0, &s0, &s1);
        if (words_in(r, r->h[h].t1, s1, (const char *const[]){"until", "till", "直到", NULL})) return 0;
    }
    /* a faint (consciousness lost) is the warning sign whatever came after it, until a doctor has checked it (ACSM) */
    if (is_symptom && r->h[h].c == D_DIZZY &&
        span_says(r, clause_start(r, r->h[h].t0), clause_end(r, r->h[h].t0),
                  (const char *const[]){"faint", "fainted", "passed out", "blacked out", "collapsed", "晕倒", "晕低", "昏倒", "晕过去",
                                        "昏过去", "暈咗", "晕咗", "暈低", "暈倒", NULL}) &&
        !any_sub(r->s, (const char *const[]){"checked", "doctor said", "ecg", "all clear", "检查", "看过医生", "医生看过", "醫生睇過",
                                             "查过", "心电图", NULL}) &&
        /* (a faint of last month or longer ago, fine since, is the past the labels call healed) */
        !sentence_says(r, h, (const char *const[]){"month", "months", "year", "years", "个月", "上个月", "年前", "去年", NULL}))
        return 0;
    /* "Fainted at the gym during Ramadan last year", "前年减肥过度晕倒过一次":
     * a spell dated a year or more back in its own clause, with nothing of
     * it today or again in the note, is the past */
    /* (not one that started then and goes on: "dizzy since last year", "a
     * year ago I started getting dizzy, still happens", "半年前开始头晕，到现在还没好") */
    if (is_symptom && r->h[h].c == D_DIZZY &&
        span_says(r, clause_start(r, r->h[h].t0), clause_end(r, r->h[h].t0),
                  (const char *const[]){"last year", "years ago", "year ago", "去年", "前年", "小时候", NULL}) &&
        !any_sub(r->s, (const char *const[]){"again", "today", "this morning", "this week", "last week", "came back", "since",
                                             "still", "start", "nearly", "frequent", "getting", "lately", "these days",
                                             "keep", "又", "今天", "今早", "这周", "上周", "这几天", "最近", "开始", "还在",
                                             "还是", "还没", "到现在", "越来越", "一直", "经常", "老是", "没查", NULL}))
        return 1;
    /* "Climbed Kilimanjaro last year and got altitude sickness, threw up. Fine
     * now", "上上周中暑了，吐了两次，头晕，现在早就好了": an illness or a dizzy
     * spell dated a week or more back in its own sentence, told over in that
     * sentence or the next, with nothing of it since, again or now in the
     * note (not the chest, and not a faint no doctor has seen: above) */
    if (is_symptom && (r->h[h].c == D_ILL || r->h[h].c == D_DIZZY || r->h[h].c == D_FEVER) &&
        sentence_says(r, h, (const char *const[]){"last year", "years ago", "year ago", "last month", "months ago", "weeks ago",
                                                  "last weekend", "last saturday", "last sunday", "去年", "前年", "上个月",
                                                  "个月前", "周前", "上上周", "上周六", "上周日", "上周末", "上星期", NULL})) {
        static const char *const over_now[] = {"fine now", "ok now", "okay now", "all fine since", "fine since", "been fine all",
                                               "been fine since", "fine all week", "all good now", "back to normal", "早就好了",
                                               "都好好的", "现在都好了", "现在好了", "都好了", "没事了", "恢复了", NULL};
        static const char *const ongoing[] = {"again", "today", "tonight", "this morning", "this week", "still", "came back",
                                              "back tonight", "since then", "nearly", "since the", "since my", "since i ",
                                              "ever since", "every time", "whenever", "except", "apart from", "but ", "though",
                                              "lately", "these days", "又", "今天", "今晚", "今早", "昨晚", "这两天", "这几天",
                                              "最近", "开始", "还在", "还是", "还没", "还晕", "还烧", "到现在还", "一直", "不过",
                                              "就是", "每次", NULL};
        int s0, s1, n0, n1;
        sent_span(r, r->h[h].t0, &s0, &s1);
        n0 = n1 = s1;
        if (s1 < r->nt) sent_span(r, s1, &n0, &n1);
        if ((span_says(r, s0, s1, over_now) || span_says(r, n0, n1, over_now)) && !any_sub(r->s, ongoing)) return 1;
    }
    /* "twice this week I've gone light-headed when I stand up ... then it's
     * gone": episodes that pass are the warning sign, not a recovery */
    static const char *const episodic[] = {"twice", "each time", "every time", "when i stand", "when i stood", "站起来", "每次",
                                           "两次", "好几次", "几次", "times this week", "好几分钟", "几分钟才", "才下来", "才缓过来",
                                           "for several minutes", "for a few minutes", NULL};
    if (is_symptom && (r->h[h].c == D_DIZZY || r->h[h].c == D_PALP || r->h[h].c == B_HEART || in_sentence(r, h, B_HEART)) &&
        sentence_says(r, h, episodic))
        return 0;
    /* "tightness in my jaw and down my left arm shovelling yesterday, had to
     * sit for a few min and it went away": brought on by effort, gone with
     * rest, is the anginal pattern; that it passed is the point (ACSM) */
    if (in_sentence(r, h, Q_RELIEF) && !in_sentence(r, h, S_INJURY) &&
        (r->h[h].c == D_CHEST || in_sentence(r, h, B_CHEST) || in_sentence(r, h, B_JAW) || in_sentence(r, h, B_ARM)))
        return 0;
    /* "arm and jaw ached on the walk, fine now": the jaw and an arm together
     * are the anginal pair (ACSM); that they passed is no recovery unless
     * the sentence dates them weeks back */
    if (in_sentence(r, h, B_JAW) && in_sentence(r, h, B_ARM) && !anywhere(r, S_INJURY) &&
        !sentence_says(r, h, (const char *const[]){"bike crash", "car crash", "crashed my bike", "crashed my car", "fell off",
                                                   "came off my", "knocked my jaw", "punched in", "wisdom tooth", "root canal", "拔牙",
                                                   "补牙", "智齿", "摔了", "摔倒", "摔到", "撞到下巴", NULL}) &&
        !sentence_says(r, h, (const char *const[]){"weeks ago", "wks ago", "months ago", "last month", "last year", "years ago",
                                                   "个月前", "上个月", "去年", "年前", "几周前", "周前", NULL}))
        return 0;
    /* "tightness across my chest ... and it went away": chest discomfort
     * that came and went is the episode, the warning itself; only a time
     * said ("last month", "weeks ago") makes it the past */
    int chest = r->h[h].c == D_CHEST || r->h[h].c == B_CHEST ||
                ((r->h[h].c == S_PAIN || r->h[h].c == S_PRESS || r->h[h].c == S_ODD) && in_sentence(r, h, B_CHEST));
    /* (... but "心绞痛好久没发作了": a long quiet is the past) */
    static const char *const long_quiet[] = {"好久没发作", "很久没发作", "好久没犯", "很久没犯", "好久沒發作", "很久沒發作",
                                             "几年没发作", "多年没发作", "一直没发作", "没再发作过", "没再来过", "一直没再来", NULL};
    if (is_symptom && chest && span_says(r, clause_start(r, r->h[h].t0), clause_end(r, r->h[h].t0), long_quiet)) return 1;
    /* "心绞痛好几年了，硝酸甘油随身带着，这个月一次都没犯过", "angina for
     * years, haven't needed my spray in months": the diagnosis, quiet, told
     * across the sentence; unless it came back ("今天又犯了") */
    static const char *const quiet_now[] = {"一次都没犯", "一次也没犯", "都没犯过", "没犯过", "没有犯过", "没再犯过", "一次都没发作",
                                            "一次也没发作", "没发作过", "没有发作过", "haven't had an attack", "havent had an attack",
                                            "not had an attack", "no attacks", "haven't needed my spray", "havent needed my spray",
                                            "haven't needed the spray", "not needed the spray", "haven't used my spray",
                                            "havent used my spray", NULL};
    static const char *const back_again[] = {"又犯", "又发作", "又来了", "今天犯", "今天发作", "again", "came back", "today", NULL};
    if (is_symptom && chest &&
        (words_in(r, r->h[h].t0, r->h[h].t1, (const char *const[]){"心绞痛", "angina", NULL})) && sentence_says(r, h, quiet_now) &&
        !sentence_says(r, h, back_again))
        return 1;
    /* "the chest pain I had around the funeral turned out to be nothing,
     * doctor cleared me, hasn't come back", "小时候...会心悸，好多年没犯了":
     * checked or long past, and not since */
    static const char *const checked[] = {"turned out to be nothing", "doctor cleared me", "cleared me", "查了没事", "检查没事",
                                          "查过没事", "后来查了", "医生说没事", "all clear", "used to", "back in 20", "when i was",
                                          "小时候", "那时候", "years ago", "年前", "去年", "last year", "查过了", "去查过",
                                          "got it checked", "had it checked", "got checked out", "查了心脏没问题", "查了没问题",
                                          "检查没问题", "查过没问题", "心脏没问题", "医生给调了", "医生调了药", "给调了药", "调了药",
                                          "doctor changed the dose", "doctor adjusted", "gp adjusted", "dose was adjusted", NULL};
    static const char *const not_since[] = {"hasn't come back", "hasnt come back", "not come back", "never came back",
                                            "not since", "gone since", "nothing since", "none since", "all behind me", "behind me now", "long gone",
                                            "没再痛", "没再疼", "没再犯", "再没犯", "没有再犯", "好多年没犯", "多年没犯",
                                            "好几年没犯", "很久没犯", "再也没", "再没有过", "之后再没", "没再有过", "以后就没晕过",
                                            "之后就没晕过", "没再晕过", "就没再晕", "not dizzy since", "no dizziness since", NULL};
    if (is_symptom && sentence_says(r, h, checked) && sentence_says(r, h, not_since) &&
        !sentence_says(r, h, (const char *const[]){"today", "this morning", "tonight", "again", "except", "came back", "今天",
                                                   "今早", "又", "但今天", "但是今天", "刚才", "除了", NULL}))
        return 1;
    /* "palps a few weeks ago. Haven't had any since", "上个月胸闷过一阵，之后
     * 再没有过": dated weeks back in its own sentence, and none since said
     * in it or the next one */
    static const char *const weeks_back[] = {"weeks ago", "wks ago", "months ago", "last month", "a month ago", "个月前", "上个月",
                                             "几周前", "周前", "星期前", "礼拜前", NULL};
    static const char *const quiet_since[] = {"haven't had any since", "havent had any since", "not had any since", "none since",
                                              "not one since", "haven't had it since", "havent had it since", "之后再没", "再没有过",
                                              "没再有过", "一直没再", "没再犯", NULL};
    /* (and nothing of it since, now or again in either: "until they came back today", "除了今天早上") */
    static const char *const since_back[] = {"again", "came back", "comes back", "come back", "coming back", "now", "this morning",
                                             "today", "tonight", "except", "until", "till", "when i", "every time", "comes on",
                                             "又", "今天", "今早", "现在", "除了", "每次", "一", NULL};
    if (is_symptom && r->h[h].c != D_DIZZY && sentence_says(r, h, weeks_back)) {
        int s0, s1, n0, n1;
        sent_span(r, r->h[h].t0, &s0, &s1);
        n0 = n1 = s1;
        if (s1 < r->nt) sent_span(r, s1, &n0, &n1);
        if ((span_says(r, s0, s1, quiet_since) || span_says(r, n0, n1, quiet_since)) && !span_says(r, s0, s1, since_back) &&
            !span_says(r, n0, n1, since_back) && !words_in(r, s0, n1, since_back))
            return 1;
    }
    /* "I get chest pains when I'm anxious. Haven't had one in about three
     * weeks", "我一焦虑就胸痛。不过已经三周没犯了": a sign told only as a
     * pattern with a worry for its trigger, and the next sentence, naming no
     * sign of its own, counts weeks of quiet; nothing in the note of it now,
     * today or back, and no effort bringing it on (a review found that any
     * looser form hid today's chest pain beside an old quiet spell) */
    if (is_symptom && r->h[h].c != D_DIZZY) {
        static const char *const trigger[] = {"when i'm anxious", "when im anxious", "when i get anxious", "when i'm stressed",
                                              "when im stressed", "when i get stressed", "when i panic", "一焦虑就", "一紧张就",
                                              "一有压力就", "焦虑的时候", "紧张的时候", NULL};
        static const char *const quiet_for[] = {"haven't had one in", "havent had one in", "not had one in", "haven't had any in",
                                                "havent had any in", "haven't had one for", "havent had one for", "周没犯",
                                                "个月没犯", "星期没犯", "礼拜没犯", "周没发作", "个月没发作", "星期没发作", NULL};
        static const char *const weeks[] = {"week", "weeks", "month", "months", "周", "个月", "星期", "礼拜", NULL};
        static const char *const now_w[] = {"again", "came back", "come back", "coming back", "is back", "today", "tonight",
                                            "this morning", "this afternoon", "this evening", "yesterday", "last night", "now",
                                            "hour ago", "hours ago", "since lunch", "at night", "except", "until", "but",
                                            "又", "今天", "今早", "昨天", "昨晚", "刚", "现在", "上午", "下午", "晚上", "小时前",
                                            "除了", "可是", "但是", NULL};
        static const char *const effort[] = {"run", "running", "walk", "walking", "stairs", "exercise", "workout", "training",
                                             "gym", "hill", "跑", "走", "爬", "楼梯", "运动", "锻炼", "练", NULL};
        int s0, s1, n0 = -1, n1 = -1;
        sent_span(r, r->h[h].t0, &s0, &s1);
        if (s1 < r->nt) sent_span(r, s1, &n0, &n1);
        /* (the cheap tests first: the walk over every hit is for the few notes told as such a pattern) */
        int next_clean = n0 >= 0 && n1 > n0 && span_says(r, s0, s1, trigger) && span_says(r, n0, n1, quiet_for) &&
                         span_says(r, n0, n1, weeks) && !any_word(r->s, now_w) && !span_says(r, s0, n1, effort);
        for (int k = 0; k < r->nh && next_clean; k++) /* (the quiet sentence tells of no sign itself) */
            if (r->h[k].t0 >= n0 && r->h[k].t0 < n1 &&
                ((r->h[k].c >= D_CHEST && r->h[k].c <= D_NAUSEA) || (r->h[k].c >= B_CHEST && r->h[k].c <= B_BREATH) ||
                 (r->h[k].c >= S_PAIN && r->h[k].c <= S_EFFORT)))
                next_clean = 0;
        if (next_clean) return 1;
    }
    if (is_symptom && chest && !said_before(r, h) && !in_sentence(r, h, S_INJURY)) return 0;
    /* "fainted in the shower this morning ok now": a faint or a dizzy spell
     * of today or last night that has passed is still the warning sign (a
     * faint is checked whatever came after it) */
    static const char *const lately[] = {"this morning", "this afternoon", "this evening", "today", "tonight", "last night",
                                         "earlier", "今早", "今天", "早上", "上午", "下午", "昨晚", "刚才", "刚刚", NULL};
    if (is_symptom && r->h[h].c == D_DIZZY &&
        span_says(r, clause_start(r, r->h[h].t0), clause_end(r, r->h[h].t0), lately))
        return 0;
    /* "今天拉肚子好了，昨天拉了一整天", "stomach bug yesterday, fine now": an
     * illness of yesterday or last night is a day old; the neck check
     * waits for it to be a day or two behind */
    if (is_symptom && r->h[h].c == D_ILL) {
        static const char *const yday[] = {"yesterday", "last night", "overnight", "昨天", "昨晚", "昨日", "昨夜", "琴日", "尋晚",
                                           "寻晚", NULL};
        /* (the day's own clause tells the illness: "昨天拉了一整天", not "ate normally yesterday") */
        static const char *const sick[] = {"拉", "吐", "烧", "燒", "病", "疼", "痛", "sick", "vomit", "threw up", "throwing up",
                                           "diarrh", "the runs", "bug", "poisoning", "fever", NULL};
        int s0, s1;
        sent_span(r, r->h[h].t0, &s0, &s1);
        for (int t = s0; t < s1; t = clause_end(r, t)) {
            int c1 = clause_end(r, t);
            if (c1 <= t) break;
            if (span_says(r, t, c1, yday) && span_says(r, t, c1, sick)) return 0;
        }
    }
    for (int k = h + 1; k < r->nh && hclause(r, k) == hclause(r, h); k++) {
        if (r->h[k].c == Q_HEALED && (controlled(r, h, k) || gone_becoming(r, k) || still_mending(r, k))) continue;
        /* "meniscus surgery 10 days ago PT says light bike ok": what the
         * physio allows, not the knee told fine */
        if (r->h[k].c == Q_FINE &&
            words_in(r, r->h[h].t1, r->h[k].t0, (const char *const[]){"says", "said", "say", "told", "allows", "说", "讲", NULL}))
            continue;
        if (r->h[k].c == Q_HEALED || (allow_fine && r->h[k].c == Q_FINE)) return 1;
        if (is_target(r->h[k].c) && r->h[k].c >= D_CHEST) break; /* another finding begins */
    }
    /* "已经不疼了": the healing word just before */
    int k = find_before(r, h, Q_HEALED);
    if (k >= 0 && gap(r, k, h) >= 0 && gap(r, k, h) <= 2) return 1;
    /* "had the flu last week, all good now": a later clause of the sentence
     * that only says it healed. A symptom needs its time said too: "chest
     * pressure walking up, went away when I sat down" is an episode that
     * passed, the warning sign itself (ACSM), not a recovery. */
    if (is_symptom && !said_before(r, h)) return 0;
    int joint_again = 0;
    for (k = h + 1; k < r->nh && hsent(r, k) == hsent(r, h); k++) {
        if (hclause(r, k) == hclause(r, h)) continue;
        if (r->h[k].c == r->h[h].c) continue; /* "上周发烧了，发烧已经退了三天了": the same one, named again */
        /* "得了甲流 烧了三天 退烧五天了": the fever is the flu's */
        if ((r->h[h].c == D_ILL || r->h[h].c == D_FEVER) && (r->h[k].c == D_FEVER || r->h[k].c == D_ILL)) continue;
        /* "Tore my ACL ..., knee's been rock solid for years": the same joint, named again */
        if ((r->h[h].c == K_KNEE && r->h[k].c == B_KNEE) || (r->h[h].c == K_ANKLE && r->h[k].c == B_ANKLE) ||
            (r->h[h].c == K_BACK && (r->h[k].c == B_LOWBACK || r->h[k].c == B_BACK))) {
            joint_again = 1;
            continue;
        }
        if (joint_again && allow_fine && r->h[k].c == Q_FINE) return 1; /* "..., my knee is fine now" */
        /* "a chest infection ..., GP listened to my chest and said its clear": the infection's chest */
        if (r->h[h].c == D_ILL && r->h[k].c == B_CHEST) continue;
        if (r->h[k].c >= B_CHEST && r->h[k].c <= K_BACK) return 0;
        /* "knee's way better ..., swelling gone!": the swelling went, the sprain is 10 days old */
        if (r->h[k].c == Q_HEALED && r->h[k].t0 > 0 &&
            words_in(r, r->h[k].t0 - 1, r->h[k].t0, (const char *const[]){"swelling", "swelling's", "swollen", "肿", "浮肿", NULL}))
            continue;
        if (r->h[k].c == Q_HEALED && !controlled(r, h, k) && !still_mending(r, k)) return 1;
    }
    return 0;
}

/* "Had COVID about 6 weeks ago", "一个月前得了甲流": an illness (not an
 * injury, which weeks do not end) dated three weeks or more back in its own
 * clause, with nothing current in the sentence, is over; what is left is
 * the return to training. */
/* "still", "现在" said of this finding: in its own clause, or in another
 * clause of the sentence that names a finding too ("had flu 3 weeks ago,
 * still coughing"), not one that only says how the person feels ("..., still
 * a bit tired") */
static int current_said(const reader *r, int h) {
    for (int k = 0; k < r->nh; k++) {
        if (r->h[k].c != Q_CURRENT || hsent(r, k) != hsent(r, h)) continue;
        if (hclause(r, k) == hclause(r, h)) return 1;
        for (int m = 0; m < r->nh; m++)
            if (m != k && m != h && hclause(r, m) == hclause(r, k) && is_target(r->h[m].c)) return 1;
    }
    return 0;
}

/* "had flu last week, better now", "上周得了流感": an illness (not a
 * fever) told in the past tense and dated last week, nothing current about
 * it: not an illness today, a return from one (ACSM: back gradually) */
static int illness_last_week(const reader *r, int h) {
    int c = r->h[h].c;
    if ((c != D_ILL && c != D_COLD) || current_said(r, h)) return 0;
    int c0 = clause_start(r, r->h[h].t0), c1 = clause_end(r, r->h[h].t0);
    /* ("flu since last week", "从上周开始": still going) */
    if (span_says(r, c0, c1, (const char *const[]){"since", "从上", "开始", "until", "till", "到现在", NULL})) return 0;
    static const char *const when[] = {"last week", "a week ago", "week ago", "上周", "上个星期", "上礼拜", "上个礼拜", "一周前",
                                       "一个星期前", NULL};
    static const char *const had[] = {"had", "got", "caught", "was sick", "was ill", "was down with", "得了", "得过", "患了",
                                      "中了", "阳了", NULL};
    for (int j = c0; j < r->h[h].t0; j++) /* "... last week and now i've got it too" */
        if (words_in(r, j, j + 1, moved) && span_says(r, c0, j, when)) return 0;
    return span_says(r, c0, c1, when) && span_says(r, c0, r->h[h].t0 + 1 > c1 ? c1 : r->h[h].t0 + 1, had);
}

static int illness_weeks_ago(const reader *r, int h) {
    int c = r->h[h].c;
    if ((c != D_ILL && c != D_FEVER && c != D_COLD) || current_said(r, h)) return 0;
    int c0 = clause_start(r, r->h[h].t0), c1 = clause_end(r, r->h[h].t0);
    char cl[256];
    snprintf(cl, sizeof cl, "%.*s", (int)(r->t[c1 - 1].off + r->t[c1 - 1].len - r->t[c0].off), r->s + r->t[c0].off);
    static const char *const ago[] = {"a month ago", "months ago", "month ago", "一个月前", "两个月前", "三个月前", "几个月前",
                                      "一个多月前", "三周前", "四周前", "五周前",
                                      "六周前", "三个星期前", "四个星期前", "三个礼拜前", NULL};
    if (any_sub(cl, ago)) return 1;
    static const char *const n_en[] = {"three", "four", "five", "six", "seven", "eight", "nine", "ten", NULL};
    for (const char *at = strstr(cl, "weeks ago"); at; at = strstr(at + 1, "weeks ago")) {
        const char *b = at;
        while (b > cl && b[-1] == ' ') b--;
        const char *d = b;
        while (d > cl && isdigit((unsigned char)d[-1])) d--;
        if (d < b && !(d > cl && d[-1] == '.') && atoi(d) >= 3) return 1; /* "2.5 weeks ago" is not 5 */
        for (int k = 0; n_en[k]; k++) {
            size_t l = strlen(n_en[k]);
            if (b - cl >= (long)l && !strncmp(b - l, n_en[k], l)) return 1;
        }
    }
    return 0;
}

/* Long past (years ago, as a child, 以前) with nothing current in the clause. */
/* "I got dizzy ... That was 10 days ago and I've been fine since": the
 * next sentence dates the symptom a week or more back, and well since */
static int dated_after(const reader *r, int h) {
    int s0, s1, n0, n1;
    sent_span(r, r->h[h].t0, &s0, &s1);
    int t = s1;
    while (t < r->nt && r->t[t].kind == T_PUNCT) t++;
    if (t >= r->nt) return 0;
    sent_span(r, t, &n0, &n1);
    static const char *const that[] = {"that was", "this was", "那是", "那都是", "那已经是", NULL};
    /* "again", "like this", "same": still going, whatever the date */
    static const char *const still[] = {"again", "same", "too", "like this", "still", "又", "还", "一样", NULL};
    if (span_says(r, s0, n1, still) || r->h[h].c == D_PREGWARN || r->h[h].c == D_BLEED) return 0;
    static const char *const back[] = {"weeks ago", "last week", "last month", "months ago", "a week ago", "上周", "上个月",
                                       "几周前", "两周前", "一周前", NULL};
    if (!span_says(r, t, t + 3 < n1 ? t + 3 : n1, that)) return 0;
    /* and well since: a faint last week with nothing said after it still wants a doctor */
    int well = 0;
    for (int k = 0; k < r->nh; k++) well |= r->h[k].c == Q_HEALED && r->h[k].t0 >= t && r->h[k].t0 < n1;
    if (!well) return 0;
    if (span_says(r, t, n1, back)) return 1;
    for (int i = t; i + 2 < n1 && i + 2 < r->nt; i++)
        if (r->t[i].kind == T_NUM && r->t[i].val >= 7 && words_in(r, i + 1, i + 2, (const char *const[]){"days", "天", NULL}) &&
            words_in(r, i + 2, i + 3, (const char *const[]){"ago", "前", NULL}))
            return 1;
    return 0;
}

/* "had a panic attack last month, heart was going mad. nothing since.",
 * "上次爬山胸口疼用过一次 这个月没犯过": an episode dated back (a month, weeks,
 * 上次) in its sentence or the one before, and the note says none since. */
static int none_since(const reader *r, int h) {
    static const char *const since[] = {"nothing since", "none since", "not since", "no more since", "havent had one since",
                                        "haven't had one since", "not had one since", "这个月没犯过", "没再犯", "再没犯",
                                        "没再发作", "再没发作", "之后就没", "之后再没", NULL};
    static const char *const back[] = {"last month", "weeks ago", "months ago", "last year", "a month ago", "last winter",
                                       "last summer", "上个月", "上次", "上回", "几周前", "几个月前", "去年", NULL};
    if (!any_sub(r->s, since)) return 0;
    int s0, s1;
    sent_span(r, r->h[h].t0, &s0, &s1);
    int p0 = s0, p1 = s1;
    if (s0 > 0) {
        int t = s0 - 1;
        while (t > 0 && r->t[t].kind == T_PUNCT) t--;
        sent_span(r, t, &p0, &p1);
    }
    static const char *const still[] = {"again", "still", "today", "this morning", "now", "又", "还", "今天", "现在", NULL};
    if (span_says(r, s0, s1, still)) return 0;
    return span_says(r, p0, s1, back);
}

static int long_past(const reader *r, int h) {
    static const char *const now_w[] = {"keeps", "keep", "still", "currently", NULL}; /* inside the hit: "heart keeps doing" */
    /* "diagnosed with exercise-induced bronchospasm last year": the date is
     * the diagnosis's; a lasting condition is still there */
    static const char *const dx[] = {"diagnosed", "dx", "dx'd", "确诊", "诊断", "確診", "診斷", NULL};
    int c = r->h[h].c;
    if ((c == K_ASTHMA || c == K_DIAB || c == K_HYPER || c == K_HEART) &&
        span_says(r, clause_start(r, r->h[h].t0), clause_end(r, r->h[h].t0), dx))
        return 0;
    /* "breathing loads better than last week when I had covid": the illness a comparison looks back to */
    static const char *const than_when[] = {"than when i had", "than last week when i had", "than when i was sick",
                                            "比阳的时候", "比上周阳的时候", "比生病的时候", NULL};
    if ((c == D_ILL || c == D_FEVER || c == D_COLD) && span_says(r, clause_start(r, r->h[h].t0), r->h[h].t0 + 1, than_when))
        return 1;
    return (in_clause(r, h, Q_PAST) && !in_sentence(r, h, Q_CURRENT) && !in_clause(r, h, Q_ACUTE) &&
            !words_in(r, r->h[h].t0, r->h[h].t1, now_w) && !past_is_recent(r, h)) ||
           illness_weeks_ago(r, h) || illness_last_week(r, h) || (r->h[h].c >= D_CHEST && r->h[h].c <= D_NAUSEA && (dated_after(r, h) || none_since(r, h))) ||
           /* a heart's or a chest's sensation ("heart was going mad") dated back the same way */
           ((r->h[h].c == S_RACE || r->h[h].c == S_PAIN || r->h[h].c == S_PRESS) &&
            (in_sentence(r, h, B_HEART) || in_sentence(r, h, B_CHEST)) && none_since(r, h));
}

/* "Last month went A&E for chest pain", "上个月胸口疼过一次": a warning
 * sign a month or more back is not today's (an injury then may still be,
 * so this is for the symptoms alone); "since last month" is still going */
static int symptom_month_ago(const reader *r, int h) {
    static const char *const month[] = {"last month", "a month ago", "months ago", "month ago", "上个月", "一个月前",
                                        "几个月前", "上月", "个把月前", NULL};
    static const char *const ongoing[] = {"since", "ever since", "still", "一直", "从上个月", "开始", "到现在", "至今", "还",
                                          "again", "today", "this morning", "yesterday", "tonight", "last night", "又",
                                          "今天", "今早", "昨天", "昨晚", "再次", NULL};
    static const char *const effort[] = {"walk", "climb", "stairs", "hill", "run", "爬", "走", "跑", "楼", "这两天", "these days",
                                         "this week", "lately", "最近", NULL};
    if (r->h[h].c < D_CHEST || r->h[h].c > D_NAUSEA || r->h[h].c == D_PREGWARN || r->h[h].c == D_BLEED) return 0;
    /* the month said in the symptom's own clause, and nothing in the sentence still going */
    int c0 = clause_start(r, r->h[h].t0), c1 = clause_end(r, r->h[h].t0), s0, s1;
    sent_span(r, r->h[h].t0, &s0, &s1);
    /* "上个月晕过一次，这个月一直没事": "一直" and "还" there say it has been fine since */
    static const char *const fine_since[] = {"一直没事", "一直没有", "一直挺好", "一直很好", "一直正常", "还好", "还行",
                                             "没再", "再没", "fine since", "nothing since", "nothing so far", "fine ever since", NULL};
    static const char *const dated[] = {"again", "today", "this morning", "yesterday", "tonight", "last night", "又", "今天",
                                        "今早", "昨天", "昨晚", "再次", NULL};
    int going = span_says(r, s0, s1, fine_since) ? span_says(r, s0, s1, dated) : span_says(r, s0, s1, ongoing);
    return span_says(r, c0, c1, month) && !going && !span_says(r, c0, c1, effort);
}

/* Somebody else's: the nearest person named before it in its clause is not
 * the writer; for conditions (not symptoms) the sentence's earlier clauses
 * count too ("我妈高血压，一直吃药"). */
static int is_baby(const reader *r, int k) {
    const tok *t = &r->t[r->h[k].t0];
    return r->h[k].c == Q_THIRD && ((t->kind == T_WORD && (!strcmp(t->skel, "baby") || !strcmp(t->skel, "toddler"))) ||
                                    !strncmp(r->s + t->off, "宝宝", 6));
}

/* Is the thing at hit k what symptom hit h says something of ("手机发烫",
 * "猫今天吐了", "car's making a wheezing noise"), not where the writer was
 * when it happened ("刷着手机呢心脏乱跳", "a phone call without stopping for
 * air")? Close after it in the clause, with no body part, sensation or
 * "I" between, and not in use. */
static int thing_is_subject(const reader *r, int k, int h) {
    static const char *const in_use[] = {"cal", "cals", "without", "while", "on", "着", "呢", "时", "玩", "刷", "看",
                                         "前", "面前", "跟前", NULL}; /* "坐在电脑前心跳": a place, not the subject */
    if (hclause(r, k) != hclause(r, h) || r->h[h].t0 - r->h[k].t1 > 6) return 0; /* "猫今天又拉又吐" */
    for (int m = k + 1; m < h; m++) {
        int c = r->h[m].c;
        if ((c >= B_CHEST && c <= B_BREATH) || c == Q_FIRST) return 0; /* "cat's been sneezing and wheezing": symptoms may join */
    }
    /* "got this weird ache in my jaw": the writer's own body named after it */
    for (int m = h + 1; m < r->nh && m <= h + 3 && hclause(r, m) == hclause(r, h); m++)
        if (r->h[m].c == Q_FIRST && m + 1 < r->nh && r->h[m + 1].c >= B_CHEST && r->h[m + 1].c <= B_BREATH) return 0;
    static const char *const using[] = {"遛", "玩", "刷", "看", "用", "骑", "开", "带", "扛", "搬", "抬", "举", "walk", "walking",
                                        "walked", "walks", "carrying", "carried", "lifting", "lifted", "moving", "moved",
                                        "took", "taking", "fed", "feeding", "with", "on", "在", "对着", "盯着", "at",
                                        /* "sat down in the car and everything was spinning": where the writer was */
                                        "in", "inside", "into", NULL};
    int t0 = r->h[k].t0;
    /* "the car park was spinning", "got out of the car and everything was
     * spinning": a place, or a subject of its own between them */
    if (words_in(r, r->h[k].t1, r->h[k].t1 + 1, (const char *const[]){"park", "lot", "parks", NULL}) ||
        words_in(r, r->h[k].t1, r->h[h].t1, (const char *const[]){"everything", "room", "world", "head", "i", "me", "my",
                                                                   /* "(he uses the app) he has afib": a person between */
                                                                   "he", "she", "he's", "she's", "他", "她", NULL}))
        return 0;
    return !words_in(r, r->h[k].t1, r->h[h].t0, in_use) && !words_in(r, t0 > 1 ? t0 - 2 : 0, t0, using); /* "walked our labrador" */
}

static int any_word(const char *s, const char *const *w);

/* Hit k (somebody else) telling what they saw of the writer: "我闺女说我
 *打电话说两句就得喘口气", "my wife says I went grey". */
static int tells_of_writer(const reader *r, int k) {
    int t1 = r->h[k].t1;
    if (words_in(r, t1, t1 + 3, (const char *const[]){"说我", "话我", "話我", "says", "said", "noticed", "觉得我", NULL}) &&
        words_in(r, t1, t1 + 4, (const char *const[]){"我", "i", "im", "my", NULL}))
        return 1;
    /* "my daughter thinks it is the new blood pressure pills": a guess at
     * the cause of the writer's trouble ("it"), not a fact of hers */
    return words_in(r, t1, t1 + 1, (const char *const[]){"thinks", "reckons", "thought", "reckoned", NULL}) &&
           words_in(r, t1 + 1, t1 + 3, (const char *const[]){"it", "its", "it's", NULL}) &&
           !words_in(r, t1, t1 + 8, (const char *const[]){"his", "her", "their", "she", "he", "they", NULL});
}

/* Token i names the writer: "I", "I'm", "my", 我. */
static int tok_is_me(const reader *r, int i) {
    const tok *t = &r->t[i];
    return (t->kind == T_WORD && (!strcmp(t->skel, "im") || !strcmp(t->skel, "i") || !strcmp(t->skel, "my"))) ||
           (t->kind == T_CJK && !strncmp(r->s + t->off, "我", 3));
}

/* "在儿子家长会上差点晕过去", "at my son's wedding": the relative named
 * just before an event of theirs gives the place, not the subject */
static int relatives_event(const reader *r, int k) {
    if (r->h[k].t1 >= r->nt) return 0;
    const char *after = r->s + r->t[r->h[k].t1].off;
    static const char *const ev[] = {"家长会", "的家长会", "婚礼", "的婚礼", "生日会", "的生日", "毕业典礼", "的毕业",
                                     "'s wedding", "'s party", "'s school", "'s game", "'s graduation", "'s recital",
                                     "'s birthday", "s wedding", "s party", "s graduation", "s recital", NULL};
    for (int j = 0; ev[j]; j++)
        if (!strncmp(after, ev[j], strlen(ev[j]))) return 1;
    return 0;
}

static int others(const reader *r, int h, int whole_sentence) {
    /* "Read the leaflet: dizziness, palpitations, the works. Haven't had any
     * of it", "说明书上写副作用有头晕、心慌……我啥反应都没有": a sign in a
     * medicine's list of side effects (after the leaflet's word in its
     * sentence), none of which the writer says came, is the leaflet's. The
     * writer's own telling of it ("I've been dizzy since", "我这两天一直头晕")
     * is theirs, and "no side effects" alone denies nothing else said. */
    {
        static const char *const leaflet[] = {"leaflet", "side effects", "side-effects", "package insert", "the insert",
                                              "说明书", "副作用", "不良反应", NULL};
        static const char *const none_had[] = {"haven't had any", "havent had any", "not had any", "none of them", "none of it",
                                               "haven't had a single", "啥反应都没有", "什么反应都没有", "一点反应都没有",
                                               "没什么反应", "没有任何反应", "没啥反应", "一个都没有", "都没出现", "都没有出现", NULL};
        static const char *const own_now[] = {"i've", "ive", "i have", "i had", "i got", "i get", "i'm", "im", "i am", "i was",
                                              "i nearly", "i felt", "i feel", "me", "since", "every", "today", "this morning",
                                              "yesterday", "last night", "this week", "我", "一直", "今天", "昨天", "昨晚", "这两天",
                                              "这几天", "每天", "这周", NULL};
        int s0, s1, t0 = r->h[h].t0;
        sent_span(r, t0, &s0, &s1);
        if (span_says(r, s0, t0, leaflet) && any_sub(r->s, none_had) &&
            !span_says(r, clause_start(r, t0), clause_end(r, t0), own_now))
            return 1;
    }
    /* "heart disease runs in my family", "糖尿病是家族遗传": a condition
     * the family has, said after it; the writer's own only as "I have" */
    {
        int t0 = r->h[h].t0, t1 = r->h[h].t1, e = clause_end(r, t0);
        static const char *const family_of[] = {"runs in my family", "runs in the family", "run in my family",
                                                "run in the family", "in my family", "family history", "家族史", "家族遗传",
                                                "家族遺傳", "家里遗传", "遗传的", NULL};
        static const char *const mine[] = {"i have", "i've got", "ive got", "i got", "i've", "diagnosed", "我有", "我也有", "我得",
                                           "我自己", "我患", NULL};
        /* "... and now it's my turn", "现在轮到我了": the writer's too */
        static const char *const now_mine[] = {"my turn", "got it too", "have it too", "i've got it", "ive got it", "me too",
                                               "now i have", "now i've", "轮到我", "輪到我", "我也", NULL};
        int c = r->h[h].c, s0, s1;
        sent_span(r, t0, &s0, &s1);
        if ((c == K_HYPER || c == K_DIAB || c == K_ASTHMA || c == K_HEART) && span_says(r, t1, e < t1 + 6 ? e : t1 + 6, family_of) &&
            !span_says(r, clause_start(r, t0), t0, mine) && !span_says(r, t1, s1, now_mine))
            return 1;
    }
    /* "俩娃轮流上吐下泻，现在轮到我了", "the kids had it and now it's my turn":
     * the family's bug is now the writer's */
    int c = r->h[h].c;
    if (c == D_ILL || c == D_FEVER || c == D_VOMIT_BAD || c == D_COLD) {
        static const char *const caught[] = {"轮到我", "我也中招", "我也被传染", "传给我", "我也染上", "my turn", "now i've got it",
                                             "now ive got it", "now i have it", "i've caught it", "ive caught it",
                                             "caught it off", "caught it from", "passed it to me", "gave it to me",
                                             /* "被孙子传染了流感": caught from the grandson */
                                             "被孙子传染了", "被孙女传染了", "被孩子传染了", "被娃传染了", "被儿子传染了",
                                             "被女儿传染了", "被老公传染了", "被老婆传染了", "被同事传染了", "被外孙传染了",
                                             "被家里人传染了", "被他传染了", "被她传染了", "picked it up from", "caught the flu from",
                                             "caught a cold from", NULL};
        if (any_word(r->s, caught)) return 0;
    }
    /* "把女儿的轮椅抬上车闪了腰": a relative's thing the writer lifted, and the
     * strain the writer's own */
    if ((c == K_BACK || c == K_KNEE || c == K_ANKLE) &&
        any_sub(r->s, (const char *const[]){"把女儿的", "把儿子的", "把孩子的", "把老公的", "把老婆的", "把妈妈的", "把爸爸的",
                                            "把我妈的", "把我爸的", "把她的", "把他的", "把奶奶的", "把爷爷的", "把老人的", NULL}))
        return 0;
    /* "Met a lady on my walk who'd fainted at the bus stop": "who" just
     * before the finding makes the person named before it its subject */
    {
        int t0 = r->h[h].t0;
        static const char *const who[] = {"who", "whod", "who'd", "who had", "who has", "whos", NULL};
        if (words_in(r, t0 - 2 < 0 ? 0 : t0 - 2, t0, who))
            for (int k = h - 1; k >= 0 && hsent(r, k) == hsent(r, h); k--)
                if (r->h[k].c == Q_THIRD) return !r->proxy;
    }
    /* "tweaked my lower back": "my" just before the hit names the writer's own */
    if (r->h[h].t0 > 0 && r->t[r->h[h].t0 - 1].kind == T_WORD && !strcmp(r->t[r->h[h].t0 - 1].skel, "my")) return 0;
    /* "同桌以为我在抖腿 我有哮喘": "我有", "我的" just before it, likewise */
    if (text_before_is(r, r->t[r->h[h].t0].off, (const char *const[]){"我有", "我的", "我也有", "我得了", "我患有", "我有点", NULL}))
        return 0;
    /* "and I'm a wreck": the hit names its own subject */
    for (int i = r->h[h].t0; i < r->h[h].t1; i++) /* "(my colleague) till I got my breath back" */
        if (tok_is_me(r, i)) return 0;
    /* "阿爸入咗医院，心口痛，医生话要通波仔。我冇事": the person named at the
     * head of the sentence stays its subject over the commas when the writer
     * says they themself are fine */
    if (((c >= D_CHEST && c <= D_NAUSEA) || (c >= B_CHEST && c <= B_BREATH) || (c >= S_PAIN && c <= S_EFFORT)) && !r->proxy &&
        any_sub(r->s, (const char *const[]){"我没事", "我冇事", "我自己没事", "我倒没事", "我自己冇事", "我很好", "i'm fine",
                                            "im fine", "i am fine", "myself i am fine", "myself fine", "me? fine", "me, fine",
                                            "i'm ok myself", "i'm fine myself", "i'm ok physically", "i'm okay physically",
                                            "physically i'm fine", "physically i'm ok", "i'm okay but", "i'm ok but", "im ok but",
                                            /* "我自己一直95%，没事", "我自己今天骑了20分钟车没事": the writer set apart */
                                            "我自己", "自己没事", "i myself", "me myself", "as for me", NULL}))
        for (int k = h - 1; k >= 0 && hsent(r, k) == hsent(r, h); k--) {
            if (r->h[k].c == Q_FIRST) break;
            if (r->h[k].c != Q_THIRD || relatives_event(r, k)) continue;
            int mine = 0;
            for (int i = r->h[k].t1; i < r->h[h].t0 && !mine; i++) mine = tok_is_me(r, i);
            if (!mine) return 1;
            break;
        }
    for (int k = h - 1; k >= 0; k--) {
        if (hclause(r, k) != hclause(r, h) && (!whole_sentence || hsent(r, k) != hsent(r, h))) break;
        if (r->h[k].c == Q_FIRST) return 0;
        /* "手机发烫", "猫今天吐了三回", "my car's making a wheezing noise": a
         * thing or an animal just before the symptom word is what it is about */
        if (r->h[k].c == Q_THING && thing_is_subject(r, k, h)) return 1;
        /* "baby #2 on the way": the baby does not make a pregnancy somebody else's */
        if (is_baby(r, k) && (r->h[h].c == K_PREG || r->h[h].c == D_PREGWARN || r->h[h].c == D_BLEED)) continue;
        /* "宝宝出生三个月了，跟腱炎一直没好": the baby's age in a clause before
         * is the mother's time since the birth; her condition is her own */
        if (is_baby(r, k) && whole_sentence && hclause(r, k) != hclause(r, h) && (r->out->notes & MR_NOTE_POSTPARTUM)) continue;
        /* "娃一晚上醒五次 腰疼": a baby's back, knees and ankles are not what a
         * parent writes about; the joint is the parent's */
        if ((is_baby(r, k) || ((r->out->notes & MR_NOTE_POSTPARTUM) && !strncmp(r->s + r->t[r->h[k].t0].off, "娃", 3))) &&
            (r->h[h].c == B_LOWBACK || r->h[h].c == B_BACK || r->h[h].c == B_KNEE || r->h[h].c == B_ANKLE ||
             r->h[h].c == K_BACK || r->h[h].c == K_KNEE || r->h[h].c == K_ANKLE))
            continue;
        if (r->h[k].c == Q_THIRD && r->proxy) continue; /* typed for Nan: "she" is the person advised */
        if (r->h[k].c == Q_THIRD && tells_of_writer(r, k)) continue;
        /* "守门员，早上训练...把腰扭了", "我是守门员": the writer's own role, said first */
        if (r->h[k].c == Q_THIRD) {
            const char *e = r->s + r->t[r->h[k].t1 - 1].off + r->t[r->h[k].t1 - 1].len;
            char who[64];
            int b = r->t[r->h[k].t0].off;
            snprintf(who, sizeof who, "%.*s", (int)(e - r->s) - b, r->s + b);
            int kin = any_sub(who, (const char *const[]){"我", "my", "老公", "老婆", "爸", "妈", "儿", "女", "孩", "娃", "爷",
                                                          "奶", "姐", "哥", "弟", "妹", "伴", "husband", "wife", "dad", "mum",
                                                          "mom", "son", "daughter", "he", "she", "他", "她", NULL});
            if (!kin && ((b == 0 && (!strncmp(e, "，", 3) || !strncmp(e, "：", 3) || *e == ',' || *e == ':')) ||
                         text_before_is(r, b, (const char *const[]){"我是", "我当", "我做", "本人是", NULL})))
                continue;
        }
        if (r->h[k].c == Q_THIRD && relatives_event(r, k)) continue;
        if (r->h[k].c == Q_THIRD) { /* "我和我爸都有", "me and my dad": the writer too */
            /* "踩到别人脚", "landed on his foot": somebody else's foot, the writer's ankle */
            static const char *const struck[] = {"踩到", "踩了", "踩", "撞到", "撞了", "碰到", "踢到", "on", "into", NULL};
            /* "抱娃抱多了，腰疼", "carrying the kids all day": the person is
             * what the writer carried or looked after, not whose back it is */
            static const char *const cared[] = {"抱", "背", "带", "哄", "喂", "扶", "照顾", "抱着", "背着", "帮", "替", "陪", "给",
                                                "和", "跟", "同", "送", "接", "with",
                                                "helping", "helped", "help", "drive", "drove", "driving", "take", "took",
                                                "carry", "carrying", "carried", "lift", "lifting", "lifted",
                                                "holding", "chasing",
                                                /* "被老板叫去改方案 ... 累到不行": the passive's agent; the writer is its subject */
                                                "被", NULL};
            /* "碰到老同学 ... 膝盖头还是有点痛": somebody met, not whose knee it is
             * (not in English, where "met a lady who'd fainted" makes her the subject) */
            static const char *const met[] = {"碰到", "遇到", "碰见", "遇见", "见到", "碰上", NULL};
            int t = r->h[k].t0;
            if (words_in(r, t - 2 < 0 ? 0 : t - 2, t, struck)) continue;
            if (words_in(r, t - 4 < 0 ? 0 : t - 4, t, met)) continue;
            if (words_in(r, t - 2 < 0 ? 0 : t - 2, t, cared)) continue;
            /* "照顾瘫痪的老伴三年了": the one looked after, a few words on */
            if (words_in(r, t - 6 < 0 ? 0 : t - 6, t, (const char *const[]){"照顾", "伺候", "照料", "looking after", "caring for",
                                                                            "care for", "look after", NULL}))
                continue;
            return !(k >= 2 && r->h[k - 1].c == Q_CONJ && r->h[k - 2].c == Q_FIRST);
        }
    }
    return 0;
}

/* ------------------------------------------------------------ findings */

static const int FLAG_BIT[] = {
    [D_CHEST] = MR_SYM_CHEST_PAIN, [D_DIZZY] = MR_SYM_DIZZINESS, [D_FEVER] = MR_SYM_FEVER,
    [D_BREATH] = MR_SYM_BREATH, [D_PALP] = MR_SYM_PALPITATIONS, [D_ILL] = MR_SYM_ILLNESS,
    [D_PREGWARN] = MR_SYM_PREG_WARNING, [K_HYPER] = MR_COND_HYPERTENSION, [K_DIAB] = MR_COND_DIABETES,
    [K_ASTHMA] = MR_COND_ASTHMA, [K_HEART] = MR_COND_HEART, [K_PREG] = MR_COND_PREGNANCY,
    [K_KNEE] = MR_COND_KNEE, [K_ANKLE] = MR_COND_ANKLE, [K_BACK] = MR_COND_BACK,
};

/* The words of tokens [t0, t1) for a card; too long, they end after the
 * last whole word that fits, with "…" (never in the middle of a word). */
static void copy_span(const reader *r, int t0, int t1, char *dst) {
    int a = r->t[t0].off, b = r->t[t1 - 1].off + r->t[t1 - 1].len, cut = 0;
    if (b - a > MR_NOTES_EVIDENCE - 1) {
        const int room = MR_NOTES_EVIDENCE - 1 - 3; /* "…" is 3 bytes */
        int k = t1 - 1;
        while (k > t0 && r->t[k].off + r->t[k].len - a > room) k--;
        b = r->t[k].off + r->t[k].len;
        if (b - a > room) { /* one token longer than the room: a character boundary */
            b = a + room;
            while (b > a && ((unsigned char)r->s[b] & 0xc0) == 0x80) b--;
        }
        cut = 1;
    }
    memcpy(dst, r->s + a, (size_t)(b - a));
    dst[b - a] = 0;
    if (cut) memcpy(dst + (b - a), "\xe2\x80\xa6", 4); /* "…" and its NUL */
}

/* Is w at byte i of s as a whole word (ASCII letters do not continue it)? */
static int word_at(const char *s, size_t i, const char *w) {
    size_t n = strlen(w);
    if (strncmp(s + i, w, n)) return 0;
    if (!isalnum((unsigned char)w[0])) return 1; /* CJK, punctuation: no word boundary to check */
    /* (a figure is whole too: "5k" is not inside "C25K", Couch to 5K) */
    if (isdigit((unsigned char)w[0]) && i > 0 && isdigit((unsigned char)s[i - 1])) return 0;
    return (i == 0 || !isalpha((unsigned char)s[i - 1])) && !isalpha((unsigned char)s[i + n]);
}

/* Does s hold w as a whole word (anywhere)? */
static int has_word(const char *s, const char *w) {
    for (const char *p = strstr(s, w); p; p = strstr(p + 1, w))
        if (word_at(s, (size_t)(p - s), w)) return 1;
    return 0;
}

/* Any of the NULL-ended strings anywhere in s, word or not? */
/* How many times the words occur in s, all of them together. */
static int count_in(const char *s, const char *const *w) {
    int n = 0;
    for (int k = 0; w[k]; k++)
        for (const char *q = strstr(s, w[k]); q; q = strstr(q + strlen(w[k]), w[k])) n++;
    return n;
}

static int any_sub(const char *s, const char *const *w) {
    for (int k = 0; w[k]; k++)
        if (strstr(s, w[k])) return 1;
    return 0;
}

/* One of w in s once the phrases in unless are blanked out ("没加重" does
 * not say "加重", "头不疼" does not say "头疼"). */
static int any_sub_unless(const char *s, const char *const *w, const char *const *unless) {
    char *plain = strdup(s);
    if (!plain) return any_sub(s, w);
    for (int k = 0; unless[k]; k++)
        for (char *at = strstr(plain, unless[k]); at; at = strstr(at, unless[k])) memset(at, ' ', strlen(unless[k]));
    int found = any_sub(plain, w);
    free(plain);
    return found;
}

/* Every place one of w is said comes right after "nearly", "almost",
 * "差点" or the like: a near miss ("nearly fainted", "差点晕倒") is not the
 * thing itself (lightheaded, not unconscious). 0 when one is not. */
static int only_nearly(const reader *r, const char *const *w) {
    static const char *const near[] = {"nearly", "almost", "near", "close to", "practically", "差点", "差一点", "快要",
                                       "几乎", "险些", "差點", "幾乎", "快", NULL};
    int any = 0;
    for (int k = 0; w[k]; k++)
        for (const char *at = strstr(r->s, w[k]); at; at = strstr(at + 1, w[k])) {
            if (!text_before_is(r, (int)(at - r->s), near)) return 0;
            any = 1;
        }
    return any;
}

/* Any of the NULL-ended words, as a whole word? */
static int any_word(const char *s, const char *const *w) {
    for (int k = 0; w[k]; k++)
        if (has_word(s, w[k])) return 1;
    return 0;
}

static int bit_index(unsigned bit) {
    int i = 0;
    while (bit > 1) { bit >>= 1; i++; }
    return i;
}

/* A finding taken back: its flag, its acuteness and the words it quoted. */
static void drop_finding(mr_notes *o, unsigned bit) {
    o->flags &= ~bit;
    o->acute &= ~bit;
    o->evidence[bit_index(bit)][0] = 0;
}

static void set_flag(reader *r, unsigned bit, int t0, int t1) {
    mr_notes *o = r->out;
    /* "药引起的姿势性低血压": a low pressure is never the high one */
    if (bit == MR_COND_HYPERTENSION && t0 < r->nt &&
        ((r->t[t0].off >= 3 && !strncmp(r->s + r->t[t0].off - 3, "低血压", 9)) || !strncmp(r->s + r->t[t0].off, "低血压", 9) ||
         !strncmp(r->s + r->t[t0].off, "hypotension", 11)))
        return;
    if (!(o->flags & bit)) copy_span(r, t0, t1, o->evidence[bit_index(bit)]);
    o->flags |= bit;
}

static void unsure(reader *r, int t0, int t1) {
    mr_notes *o = r->out;
    if (o->n_unsure >= MR_NOTES_MAX_UNSURE) return;
    /* "no pain down the legs or numbness", "没有头晕或者胸闷": a list the
     * negation opens, joined by "or", in one clause, denies each of it */
    for (int k = 0; k < r->nh; k++) {
        if (r->h[k].c != Q_NEG || r->h[k].t1 > t0 || r->clause[r->h[k].t0] != r->clause[t0] || t0 - r->h[k].t1 > 8) continue;
        for (int i = r->h[k].t1; i < t1; i++)
            if (words_in(r, i, i + 1, (const char *const[]){"or", "nor", "或", "或者", "也没", NULL})) return;
    }
    char buf[MR_NOTES_EVIDENCE];
    copy_span(r, t0, t1, buf);
    for (int i = 0; i < o->n_unsure; i++) { /* one finding, read twice ("calf swollen", "calf swollen and sore"): the longer */
        if (strstr(o->unsure[i], buf)) return;
        if (strstr(buf, o->unsure[i])) { memcpy(o->unsure[i], buf, sizeof buf); return; }
    }
    memcpy(o->unsure[o->n_unsure++], buf, sizeof buf);
}

/* Quoted and kept gentle, but explained (a chest sore from bench presses,
 * "压力大到喘不过气"): nothing for a model to escalate, and the card says
 * what it was read as. */
static void explained(reader *r, int t0, int t1) {
    int n = r->out->n_unsure;
    unsure(r, t0, t1);
    if (r->out->n_unsure > n) {
        r->out->explained |= 1u << n;
        r->out->n_explained++;
    }
}

/* 产后, 备孕, postpartum: not pregnant now; but "怕生完肚子松", "worried
 * about after the birth" is a worry about later. */
static int not_pregnant_now(const reader *r) {
    static const char *const later[] = {"怕", "担心", "等", "以后", "将来", "worried", "worry", "scared", "afraid", "when",
                                        "once",
                                        /* "running will cause a miscarriage", "会导致流产": a risk feared, not a loss */
                                        "cause", "causes", "causing", "risk", "risks", "lead", "leads", "will", "could", "might",
                                        "avoid", "prevent", "会", "导致", "引起", "造成", "容易", NULL};
    for (int k = 0; k < r->nh; k++) {
        if (r->h[k].c != K_NOT_PREG) continue;
        /* "我姐上周流产了": hers (a birth told with a baby is the writer's) */
        if (others(r, k, 1) && span_says(r, r->h[k].t0, r->h[k].t1, (const char *const[]){"流产", "小产", "miscarriage",
                                                                                     "miscarried", "misscarriage", NULL}))
            continue;
        int t = r->h[k].t0;
        /* "上一胎...生完就好了。这胎...26周", "had a miscarriage last year, now 15
         * weeks": a pregnancy said to be now, after the one that ended */
        int now_preg = 0;
        for (int j = k + 1; j < r->nh && !now_preg; j++)
            now_preg = r->h[j].c == K_PREG && !negated(r, j) && !others(r, j, 1) &&
                       span_says(r, clause_start(r, r->h[j].t0), clause_end(r, r->h[j].t0),
                                 (const char *const[]){"现在", "这胎", "这一胎", "目前", "now", "this pregnancy", "currently", NULL});
        if (now_preg) continue;
        /* "备孕一年终于两条杠了": the trying is over, a pregnancy follows it */
        int later_preg = 0;
        for (int j = k + 1; j < r->nh && !later_preg; j++)
            later_preg = r->h[j].c == K_PREG && !negated(r, j) &&
                         span_says(r, clause_start(r, r->h[j].t0), clause_end(r, r->h[j].t0),
                                   (const char *const[]){"终于", "成功", "确认", "测出", "验出", "b超", "两条杠", "finally",
                                                         "positive", "confirmed", NULL});
        if (later_preg && (!strncmp(r->s + r->t[t].off, "备孕", 6) || !strncmp(r->s + r->t[t].off, "trying to conceive", 18) ||
                           !strncmp(r->s + r->t[t].off, "ttc", 3)))
            continue;
        if (!words_in(r, t - 2 < 0 ? 0 : t - 2, t, later)) return 1;
    }
    return 0;
}

static int pregnant(const reader *r) {
    return ((r->known | r->out->flags) & MR_COND_PREGNANCY) != 0;
}

/* Cancelled by negation, somebody else, healing or the long past? Emergency
 * symptoms are never cancelled by a person named in an earlier clause nor
 * by "normal" or "fine" after them ("头晕正常吗" asks whether dizziness is
 * normal); chronic diseases are not cancelled by the past or by healing
 * words ("had a heart attack in 2019" is heart disease today, "高血压控制得
 * 很好" is still hypertension). */
static int cancelled(const reader *r, int h, int is_symptom, int chronic) {
    if (negated(r, h) || others(r, h, !is_symptom)) return 1;
    /* "我老妈在医院打点滴，发烧好几天了，我自己没事": the writer says their own is fine */
    static const char *const self_fine[] = {"我自己没事", "我自己好着", "我自己倒没事", "我自己冇事", "i'm fine myself",
                                            "im fine myself", "me i'm fine", "as for me i am", "i'm right as rain",
                                            "im right as rain", "right as rain meself", "im good tho", "i'm good tho",
                                            "我自个儿倍儿棒", "我自个儿", "我自己身体倍儿棒", "我自己倒没啥", "me, i'm fine",
                                            "me i am fine", "me ok one", "am no ill masel", "no ill masel", "我自己好好的",
                                            "我自己冇事", "me i'm fine o", "but i'm fine", "but im fine", "i'm fine though", "我家己无代志", "家己无代志", "我自己倒是没啥子", "我自己没啥子", "俺倒没事", "俺没事", "俺自己没事", "nowt wrong wi me", "nowt wrong with me",
                                            "nothing wrong with me", "me naman i'm fine", "me naman im fine", "but not me", "except me", "not me though", "apart from me", "除了我",
                                            "我目前还好", "我目前没症状", "我暂时没症状", "我还好,没症状", "我自己胸口一点事都没有",
                                            "我自己一点事都没有", "我自己啥事没有", "我自己什么事都没有", "我自己胸口没事",
                                            "我自己一點事都沒有", "i was the only one who didn't", "i was the only one who didnt",
                                            "only one who didn't eat", "only one who didnt eat", "就我没吃", "只有我没吃", "就我没事",
                                            NULL};
    if (is_symptom && any_sub(r->s, self_fine)) {
        if (others(r, h, 1)) return 1;
        /* "老公感冒发烧39度，我照顾了他一整晚，我自己好好的": the kin named in the
         * symptom's sentence, and the writer's own said to be fine */
        static const char *const kin[] = {"老公", "老婆", "我妈", "我爸", "孩子", "儿子", "女儿", "闺女", "宝宝", "婆婆",
                                          "公公", "爱人", "男朋友", "女朋友", "husband", "wife", "hubby", "my son", "my daughter",
                                          "my mum", "my mom", "my dad", "the kids", "my kid", "my partner", "boyfriend",
                                          "girlfriend", NULL};
        if (sentence_says(r, h, kin)) return 1;
        /* "有个小家伙说老师我头好晕 ... 我自己好好的": the "我" is the child's, quoted */
        for (int k = 0; k < h; k++)
            if (r->h[k].c == Q_THIRD && hsent(r, k) == hsent(r, h)) return 1;
    }
    /* "跑完步头晕正常吗？我没有，就是看到网上有人说": a question about a
     * symptom the writer then says they do not have */
    if (is_symptom) {
        static const char *const ask[] = {"?", "？", "吗", "正常", "normal", NULL};
        static const char *const not_me[] = {"我没有,就是", "我没有,只是", "我没有。就是", "我没有,是看", "我自己没有",
                                             "我沒有,就是", "i don't get it myself", "i dont get it myself", "not me, i just",
                                             "i don't have it, just", "i dont have it, just", "i don't, just read",
                                             "i dont, just read", "i don't, i just", "i dont, i just", "看群里有人说", "看網上有人說", "网上有人说",
                                             "看到网上有人说", "看网上有人说", "我今天没晕", "我没晕", "not me, just read", "asking for a friend",
                                             "askin for a friend", "askin 4 a frnd", "asking 4 a friend", "the frnd is not me",
                                             "the friend is not me", "friend is not me", "帮朋友问", "替朋友问", NULL};
        if ((sentence_says(r, h, ask) || strchr(r->s, '?')) && any_sub(r->s, not_me)) return 1;
    }
    /* a watch's high-rate alert in real effort ("flagged 121 but I was
     * hoovering the stairs") or with nothing felt is the effort's rate, not
     * palpitations; an irregular-rhythm alert is not this */
    if (is_symptom && r->h[h].c == D_PALP) {
        static const char *const rate[] = {"high heart rate", "heart rate is high", "heart rate was high", "心率过高",
                                           "heart rate alert", NULL};
        static const char *const effort[] = {"hoovering", "vacuuming", "the stairs", "up the stairs", "climbing", "running",
                                             "workout", "working out", "during my run", "on my run", "spin class", "爬楼",
                                             "拖地", "搬东西", "跑步的时候", "运动的时候", "干活", NULL};
        static const char *const unfelt[] = {"felt totally normal", "felt normal", "felt fine", "felt completely fine",
                                             "no fluttering", "didn't feel anything", "didnt feel anything", "felt nothing",
                                             "没什么感觉", "没感觉", "感觉正常", "自己没感觉", "一点感觉都没有", NULL};
        if (sentence_says(r, h, rate) && !any_sub(r->s, (const char *const[]){"irregular", "afib", "a-fib", "房颤", "心律不齐", NULL}) &&
            (sentence_says(r, h, effort) || any_sub(r->s, unfelt)))
            return 1;
    }
    if (chronic) return 0;
    /* "fine", "一切正常" do not end asthma or a pregnancy */
    if (healed(r, h, !is_symptom && r->h[h].c != K_ASTHMA && r->h[h].c != K_PREG, is_symptom)) return 1;
    if (is_symptom && told_back(r, h)) return 0;
    return long_past(r, h) || symptom_month_ago(r, h);
}

/* Any hit of the concept that is the writer's (not "我爸...放了支架"). */
static int own_anywhere(const reader *r, int concept) {
    for (int k = 0; k < r->nh; k++)
        if (r->h[k].c == concept && !others(r, k, 1) && !negated(r, k)) return 1;
    return 0;
}

/* A sensation or injury word with no body part counts as "unsure" only when
 * it plainly says pain or injury ("it hurts", "扭伤了"); "sharp", "killing
 * me" or "tear" alone say nothing about the body. */
static int orphan_counts(const reader *r, int h) {
    static const char *const w[] = {"pain", "pains", "painful", "hurt", "hurts", "hurting", "ache", "aches", "aching",
                                    "agony", "injury", "injured", "sprain", "sprained", "strained", "torn",
                                    "fracture", "fractured", "swollen", "swelling", "疼", "痛", "疼痛", "受伤",
                                    "扭伤", "拉伤", "骨折", "肿", "肿了", "红肿", "伤了", NULL};
    const tok *first = &r->t[r->h[h].t0], *last = &r->t[r->h[h].t1 - 1];
    int a = first->off, n = last->off + last->len - a;
    for (int k = 0; w[k]; k++) {
        if (first->kind == T_WORD && r->h[h].t1 - r->h[h].t0 == 1) {
            char sk[SKEL];
            skeleton(w[k], (int)strlen(w[k]), sk);
            if (!strcmp(first->skel, sk)) return 1;
        } else if ((int)strlen(w[k]) == n && !strncmp(r->s + a, w[k], (size_t)n)) {
            return 1;
        }
    }
    return 0;
}

static int anywhere(const reader *r, int concept) {
    for (int k = 0; k < r->nh; k++)
        if (r->h[k].c == concept) return 1;
    return 0;
}

/* The body part a sensation belongs to: the nearest one in its clause
 * (before it first), else the last one of the clause before in the same
 * sentence ("去年扭了脚踝，现在还疼"). */
/* Body parts, and the injuries and heart disease named directly ("torn
 * meniscus, still aches"; "had an MI, that same tight feeling again"). */
static int is_body(int c) {
    return (c >= B_CHEST && c <= B_BREATH) || c == K_KNEE || c == K_ANKLE || c == K_BACK || c == K_HEART;
}

static int episode_past(const reader *r, int i);

static int body_of(const reader *r, int s) {
    int best = -1, bestd = 1 << 30;
    for (int k = 0; k < r->nh; k++) {
        if (!is_body(r->h[k].c) || hclause(r, k) != hclause(r, s)) continue;
        /* "up to the first floor and got a tight band across my chest": the
         * floor or the room is a place for a spin, not for a pain or a tightness */
        if (r->h[k].c == B_SPACE && r->h[s].c != S_SPIN && r->h[s].c != S_ODD && r->h[s].c != S_DARK) continue;
        /* "chest hurts", "pain in the middle of my chest": before within ten
         * tokens, after within eight, the nearer one (after counts two more) */
        int d = k < s ? r->h[s].t0 - r->h[k].t1 : r->h[k].t0 - r->h[s].t1 + 2;
        /* "head's thumping and a heavy feeling in my chest": the body the
         * sensation is said to be in wins over a nearer one before it */
        if (k > s) {
            static const char *const in_w[] = {"feling", "in", "my", "the", "of", "around", "across", "on", "sensation",
                                               "right", "left", NULL};
            int only = 1;
            for (int i = r->h[s].t1; i < r->h[k].t0 && only; i++) only = words_in(r, i, i + 1, in_w);
            if (only && words_in(r, r->h[s].t1, r->h[k].t0, (const char *const[]){"in", "across", "around", NULL})) d = -1;
        }
        if (d < bestd && d <= 10) { best = k; bestd = d; }
    }
    if (best >= 0) return best;
    for (int k = s - 1; k >= 0 && hsent(r, k) == hsent(r, s); k--) {
        if (hclause(r, k) < hclause(r, s) - 2) break;
        /* "no numbness or leg pain, just stiff": a part denied in its own clause is not the one meant */
        if (is_body(r->h[k].c) && k + 1 < r->nh && hclause(r, k + 1) == hclause(r, k) && r->h[k + 1].c >= S_PAIN &&
            r->h[k + 1].c <= S_SPIN && negated(r, k + 1))
            continue;
        if (is_body(r->h[k].c)) return k;
    }
    /* "knee's way better than last week! sprained it 10 days ago", "it's
     * still swollen": "it" next to an injury word stands for the last part
     * the sentence before named ("it hurts" is too loose to carry over) */
    int it = words_in(r, r->h[s].t1, r->h[s].t1 + 1, (const char *const[]){"it", NULL}) ||
             (r->h[s].t0 >= 1 && words_in(r, r->h[s].t0 - 1, r->h[s].t0, (const char *const[]){"it", "its", "it's", NULL})) ||
             (r->h[s].t0 >= 2 && words_in(r, r->h[s].t0 - 2, r->h[s].t0 - 1, (const char *const[]){"it", "its", "it's", NULL}) &&
              words_in(r, r->h[s].t0 - 1, r->h[s].t0, (const char *const[]){"still", "is", "was", "got", "s", NULL}));
    if (it && (r->h[s].c == S_INJURY || r->h[s].c == S_SWELL))
        for (int k = s - 1; k >= 0 && hsent(r, k) >= hsent(r, s) - 1; k--)
            if (hsent(r, k) < hsent(r, s) && is_body(r->h[k].c)) return k;
    return -1;
}

/* "the physio discharged me last Thursday, hops fine": rehab done, the
 * joint is no longer a current problem (unless it hurts or swells again in
 * the sentence that names it) */
static const char *const DISCHARGED[] = {"discharged me", "signed me off", "cleared me to run", "cleared to run",
                                         "cleared for running", "cleared me for running", "康复师说可以跑了",
                                         "医生说可以跑了", "康复结束", "康复师说可以恢复", "理疗师说可以跑", "复健已经做完", "复健做完",
                                         "复健都做完", "复健结束", "复健完成", "康复已经做完", "康复做完", "康复完成",
                                         "物理治疗都完", "物理治疗做完", "物理治疗完成", "医生说可以回", NULL};
/* The joint findings, knee, ankle and back (the coach's low-impact ones). */
static const unsigned JOINTS[] = {MR_COND_KNEE, MR_COND_ANKLE, MR_COND_BACK};

/* Breathlessness that is new, growing or at rest: still a warning sign,
 * whatever it is put down to (ACSM). */
static const char *const BREATH_NEW[] = {"never used to", "didn't use to", "didnt use to", "getting worse", "worse than",
                                         "at rest", "sitting", "lying", "以前不会", "越来越", "坐着", "躺着", NULL};

static int rehab_done(const reader *r, int h) {
    /* "reconstructed back in 2008 ... Knee's been 100% for years": healed long
     * ago, said so. Narrower than long_healed()'s list, since only pain or
     * swelling in the sentence stops it ("rock solid ... but it buckled
     * yesterday" is long_healed()'s to refuse) */
    static const char *const fine_years[] = {"100% for years", "been 100%", "100 % for years", "been 100 %", "100 for years", "100 percent", "100percent",
                                             "fine for years", "no problems for years",
                                             "no issues for years", "no trouble for years", "好了很多年", "多年没事", "早就好了",
                                             NULL};
    if (any_sub(r->s, fine_years) && !in_sentence(r, h, S_PAIN) && !in_sentence(r, h, S_SWELL)) return 1;
    return any_word(r->s, DISCHARGED) && !in_sentence(r, h, S_PAIN) && !in_sentence(r, h, S_SWELL);
}

static void injury_phase(reader *r, unsigned bit, int h) {
    int c = r->h[h].c;
    if (in_sentence(r, h, Q_CHRONIC)) return;
    /* "上个月下台阶崴了一下": a month ago is not fresh */
    if (sentence_says(r, h, (const char *const[]){"上个月", "上月", "一个月前", "几个月前", "last month", "a month ago",
                                                  "months ago", "前年", "去年", "年前", "last year", "years ago", "year ago",
                                                  NULL}))
        return;
    /* "骨折打了钢板，五个月了", "5 months since the op": months since a
     * fracture or an operation, with nothing fresh told in the sentence */
    if (sentence_says(r, h, (const char *const[]){"个月了", "months since", "months out", "months post", NULL}) &&
        sentence_says(r, h, (const char *const[]){"骨折", "钢板", "手术", "fracture", "surgery", "op ", "operation", "plate", NULL}) &&
        !sentence_says(r, h, (const char *const[]){"今天", "昨天", "刚", "肿得", "崴了", "扭了", "today", "yesterday",
                                                    "this morning", "just", "swollen", NULL}))
        return;
    /* "rolled my ankle 5 weeks ago": older than two weeks is not fresh */
    int s0, s1;
    sent_span(r, r->h[h].t0, &s0, &s1);
    for (int i = s0; i + 2 < s1 && i + 2 < r->nt; i++)
        if (r->t[i].kind == T_NUM && ((r->t[i].val >= 3 && words_in(r, i + 1, i + 2, (const char *const[]){"weeks", "wks", "周", NULL})) ||
                                      words_in(r, i + 1, i + 2, (const char *const[]){"months", "month", "个月", NULL})) &&
            words_in(r, i + 2, i + 3, (const char *const[]){"ago", "前", NULL}))
            return;
    /* "昨天打完右膝盖又有点酸痛": an ache after a long game, with no twist, fall or swelling told, is overuse, not a fresh injury */
    if (c == S_SORE && !in_sentence(r, h, S_INJURY) && !in_sentence(r, h, S_SWELL)) {
        if (in_sentence(r, h, Q_ACUTE) && (bit & (MR_COND_KNEE | MR_COND_ANKLE))) r->out->joint_sore = 1;
        return;
    }
    if (in_sentence(r, h, Q_ACUTE) || c == S_INJURY || c == S_SWELL) r->out->acute |= bit;
}

/* A head that spins, rotates or swims is dizzy; one that moves or tilts is
 * just a head moving. */
static int spins(const reader *r, int h) {
    static const char *const w[] = {"spin", "spins", "spinning", "spun", "rotating", "rotates", "swimmy", "whirling",
                                    "wobbly", "swaying", "swimming", "swimmin", "a-swimmin", "turn", "turning", "turnin",
                                    "转", "在转", "晃", "打转", "昏", NULL};
    const tok *t = &r->t[r->h[h].t0];
    for (int k = 0; w[k]; k++) {
        char sk[SKEL];
        skeleton(w[k], (int)strlen(w[k]), sk);
        if ((t->kind == T_WORD && !strcmp(t->skel, sk)) || (t->kind == T_CJK && !strncmp(r->s + t->off, w[k], 3)))
            return 1;
    }
    return 0;
}

/* The writer names a cause: "from yesterday's push-ups", "练胸练的". */
static int blamed_on(const reader *r, int h) {
    static const char *const w[] = {"from", "because", "due", "因为", "练的", "搞的", "弄的", NULL};
    static const char *const denied[] = {"not", "isnt", "no", "nothing", "不是", "没", NULL};
    for (int i = 0; i < r->nt; i++) {
        if (r->sent[i] != hsent(r, h)) continue;
        for (int k = 0; w[k]; k++)
            if (((r->t[i].kind == T_WORD && !strcmp(r->t[i].skel, w[k])) ||
                 (r->t[i].kind == T_CJK && !strncmp(r->s + r->t[i].off, w[k], strlen(w[k])))) &&
                !words_in(r, i - 3 < 0 ? 0 : i - 3, i, denied) && /* "no its not from the gym" */
                /* "just came back from futsal, chest tight": where they came
                 * from, not a cause */
                !(k == 0 && i > 0 && words_in(r, i - 1, i, (const char *const[]){"back", "home", "returned", "came", NULL})))
                return 1;
    }
    return 0;
}

/* "chest is paining when I press it", "一按就疼": sore to the touch, as a
 * worked muscle is (with the workout in the same sentence) */
static int tender(const reader *r, int h) {
    static const char *const w[] = {"press it", "press on it", "press on my", "poke it", "push on it", "touch it",
                                    "when i stretch", "reach behind", "when i twist", "按着", "一按", "按压", "按一下",
                                    "摸着", "碰一下", "一伸展", "拉伸的时候", "一碰就", "碰到就", "碰着就", "一摸就", NULL};
    return sentence_says(r, h, w);
}

/* "yesterday gym I did chest": a session named without the exercise */
static int gym_said(const reader *r, int h) {
    static const char *const w[] = {"gym", "did", "trained", "workout", "健身", "练了", "健身房", NULL};
    int s0, s1;
    sent_span(r, r->h[h].t0, &s0, &s1);
    return words_in(r, s0, s1, w);
}

/* "my heart skipped a beat when I saw my race photo": a heart moved by
 * something seen or heard is a feeling, unless it happened at rest. */
static int moved_by(const reader *r, int h) {
    static const char *const seen[] = {"saw", "se", "seing", "heard", "看到", "看见", "听到", NULL};
    int t0 = r->h[h].t0;
    return words_in(r, clause_start(r, t0), clause_end(r, t0), seen) && !in_sentence(r, h, Q_MILD);
}

/* A thrill, not a symptom: good news in the note and nothing that makes
 * the heart's skip or the stars last ("收到offer了！！心跳漏了一拍", "still
 * seeing stars lol, met my fav band"). */
static int thrill(const reader *r) {
    static const char *const news[] = {"offer", "上岸", "crush", "男神", "女神", "偶像", "爱豆", "idol", "fav band", "concert",
                                       "演唱会", "表白", "求婚", "proposed", "got the job", "中奖", "lottery", "saw him", "saw her",
                                       "看到他", "看到她", "告白", "met my fav", "exam results", "my results", "got a first",
                                       "got into", "got in!", "passed my", "查到成绩", "考上", "录取", "scored in the", "we won", "won the match",
                                       "won the final", "进球了", "绝杀", "in the final", "cup final", "the final tonight", "derby tonight",
                                       "决赛", "打折", "五折", "半价", "下单", "抢到", "秒杀", "on sale", "half price",
                                       NULL};
    static const char *const lasting[] = {"一直", "总是", "老是", "经常", "好几", "又", "小时", "分钟", "坐着", "躺着", "休息",
                                          "偶尔", "时", "always", "all day", "all evening", "all night", "all week", "hours",
                                          "hour", "minutes", "again", "sitting", "lying", "stood", "standing", "stand up",
                                          "got up", "at rest", "sometimes", "occasionally", "when", "while", "keeps",
                                          "起身", "站起", NULL};
    return any_word(r->s, news) && !any_word(r->s, lasting) && !anywhere(r, Q_SEVERE);
}

/* "I did chest yesterday but this is different, right in the middle,
 * squeezing, up into my neck": the writer says it is not the workout's
 * soreness (ACSM's warning signs: central pressure, spreading). */
static int unlike_training(const reader *r, int s) {
    static const char *const unlike[] = {"different", "not the same", "not like", "unlike", "middle", "centre", "center",
                                         "squeez", "不一样", "不同", "对不上", "正中间", "中间", "不像", "ain't from the gym",
                                         "aint from the gym", "not from the gym", "isn't from the gym", "nothing to do with the gym",
                                         "didn't lift", "didnt lift", "ain't even lift", "aint even lift", "haven't lifted",
                                         "不是练的", "没去健身", "还以为是", "還以為是", "可我昨天练的是", "练的是腿", "练的腿",
                                         "走快了更", "一走快就", "走快更", "thought it was from", "but i did legs", "but i trained legs",
                                         "worse when i walk", "worse walking", "worse on the stairs", "worse when i climb",
                                         /* "我根本没去练胸，不是肌肉酸": the workout and the muscle denied */
                                         "没去练胸", "没练胸", "没有练胸", "根本没练", "根本没去练", "不是肌肉酸", "不是肌肉",
                                         "不是练出来", "not muscle", "not the muscle", "not a muscle", "not muscular", "not doms",
                                         "not the usual ache", "not the usual soreness", "didn't train", "didnt train",
                                         "haven't trained", "havent trained", "didn't work out", "didnt work out", NULL};
    if (in_sentence(r, s, Q_RADIATE) || anywhere(r, Q_RADIATE)) return 1;
    if (tender(r, s)) return 0; /* "the middle of my chest is sore when I press on it": the muscle's */
    for (int k = 0; unlike[k]; k++)
        if (strstr(r->s, unlike[k])) return 1;
    return 0;
}

/* A swollen face or hands ("legs and face are very swollen ... big
 * headache"): with a headache in pregnancy, pre-eclampsia's other sign (ACOG 2020). */
static int face_swollen(const reader *r) {
    return any_sub(r->s, (const char *const[]){"face", "脸", "hands", "手也肿", "手肿", "眼皮肿", NULL}) &&
           any_sub(r->s, (const char *const[]){"swollen", "swelling", "puffy", "puffed", "肿", NULL});
}

/* Spots, flashing lights or blurring before the eyes ("眼睛有点花"): with a
 * headache in pregnancy, pre-eclampsia's signs (ACOG 2020). */
static int sees_lights(const reader *r) {
    static const char *const lights[] = {"see little lights", "seeing little lights", "see lights", "seeing lights",
                                         "flashing lights", "seeing spots", "see spots", "blurry vision",
                                         "blurred vision", "visual sx", "visual symptoms", "visual disturbance", "visual disturbances", "眼前有亮点", "眼前冒金星", "眼冒金星", "眼花", "看东西模糊",
                                         "視線模糊", "眼前发黑", "眼睛有点花", "眼睛花", "看东西花", "眼睛模糊", "视力模糊", "看不清楚",
                                         "vision's blurry", "vision is blurry", "spots in front of my eyes", NULL};
    return any_sub(r->s, lights);
}

/* "去年冬天滑了一跤，手腕骨折了": an injury told as the past, the time in
 * an earlier clause of its sentence and nothing there saying it goes on, is
 * history, not today's unknown (used where the body part is none the
 * safety rules know: a wrist, a finger). */
static int injury_in_past(const reader *r, int s, int sc) {
    return sc == S_INJURY && in_sentence(r, s, Q_PAST) && !in_sentence(r, s, Q_CURRENT) && !in_sentence(r, s, Q_ACUTE);
}

/* "胸肌昨天练得酸死了", "pecs wrecked from training": the chest muscles'
 * soreness put down to a session done, in the sentence; not a workout
 * denied, skipped or planned ("一直没练", "gym was cancelled"), and nothing
 * of the heart's beside it (a cold sweat, breathlessness, on a climb) */
static int pecs_from_training(const reader *r, int h) {
    static const char *const done[] = {"练得", "练狠", "练完", "练了", "昨天练", "練得", "練完", "練了", "from training",
                                       "after training", "from the gym", "after the gym", "trained", "from lifting",
                                       "after lifting", "workout yesterday", "training yesterday", NULL};
    static const char *const not_done[] = {"没练", "沒練", "没有练", "还没", "不敢练", "没去", "一直没", "要练", "cancel",
                                           "haven't", "havent", "didn't", "didnt", "not been", "skipped", "before i",
                                           "还没开始", NULL};
    static const char *const heart[] = {"冷汗", "出汗", "气短", "气有点短", "喘", "clammy", "sweat", "short of breath",
                                        "breathless", "uphill", "stairs", "at my desk", "crushing", "walk", "走", NULL};
    return sentence_says(r, h, done) && !sentence_says(r, h, not_done) && !any_sub(r->s, heart);
}

/* "上次测完腿酸了3天", "last time my legs were sore for days after it":
 * an ache an earlier effort left, told as over within its clause (the
 * last time, lasting days), with nothing of it now or again */
static int last_time_ache(const reader *r, int t) {
    static const char *const last[] = {"上次", "上回", "上一次", "last time", NULL};
    int c0 = clause_start(r, t), c1 = clause_end(r, t), k = t;
    /* (from "the last time" on: a clause run on past a number, "现在4分05 ... 上次测完腿酸了3天", keeps its own now) */
    while (k > c0 && !span_says(r, k, t + 1, last)) k--;
    return span_says(r, k, t + 1, last) &&
           span_says(r, k, c1, (const char *const[]){"几天", "天", "for days", "for a few days", "days after", NULL}) &&
           !span_says(r, k, c1, (const char *const[]){"还", "现在", "今天", "又", "still", "now", "today", "again", NULL});
}

static void read_sensation(reader *r, int s, int sc, int *body_used) {
    int b = body_of(r, s);
    int t0 = b >= 0 && r->h[b].t0 < r->h[s].t0 ? r->h[b].t0 : r->h[s].t0;
    int t1 = b >= 0 && r->h[b].t1 > r->h[s].t1 ? r->h[b].t1 : r->h[s].t1;
    if (b >= 0) body_used[b] = 1;
    int bc = b >= 0 ? r->h[b].c : -1;
    if (bc == B_BREATH && sc != S_EFFORT && sc != S_PRESS && sc != S_ODD) bc = -1;
    if (bc != B_BREATH && sc == S_EFFORT) return; /* "hard" says nothing of a knee */
    if (bc == K_KNEE) bc = B_KNEE; /* "torn meniscus, still aches" */
    if (bc == K_ANKLE) bc = B_ANKLE;
    if (bc == K_BACK) bc = B_LOWBACK;
    if (bc == K_HEART) bc = B_HEART;
    int symptom = bc == B_CHEST || bc == B_HEART || bc == B_HEAD || (bc == B_CALF && pregnant(r)) ||
                  (bc == B_BELLY && pregnant(r));
    if (cancelled(r, s, symptom, 0) || (b >= 0 && (negated(r, b) || (!symptom && others(r, b, 1))))) return;
    if (b >= 0 && others(r, b, 0)) return;
    /* the heart named as a condition is the body only when it is the writer's ("我爸...放了支架") */
    if (b >= 0 && r->h[b].c == K_HEART && others(r, b, 1)) return;
    /* "上次测完腿酸了3天", "last time my legs were sore for days": the
     * soreness an earlier effort left, told as over in its clause, is no
     * finding in the legs today (delayed-onset soreness fades in days) */
    if ((bc == B_LEG || bc == B_CALF) && (sc == S_SORE || sc == S_PAIN) && last_time_ache(r, t0)) return;
    switch (bc) {
    case B_CHEST:
        /* the chest muscles named as muscles (胸肌, pecs) after a chest
         * workout: the soreness that training leaves, nothing to hold back */
        if (!unlike_training(r, s) && (tok_is(r, r->h[b].t0 + 1, "肌") || (r->t[r->h[b].t0].kind == T_WORD &&
             (!strcmp(r->t[r->h[b].t0].skel, "pecs") || !strcmp(r->t[r->h[b].t0].skel, "pec")))) &&
            (sc == S_SORE || sc == S_PAIN || sc == S_PRESS || sc == S_STIFF) &&
            (anywhere(r, Q_WORKOUT) || pecs_from_training(r, s)))
            return;
        /* a chest workout's soreness (LABELS: not chest pain): sore after
         * training, or tight or aching with the workout named as the cause */
        if (!unlike_training(r, s) && ((sc == S_SORE && anywhere(r, Q_WORKOUT)) ||
                          ((sc == S_PRESS || sc == S_PAIN) && in_sentence(r, s, Q_WORKOUT) && (blamed_on(r, s) || tender(r, s))) ||
                          /* "昨天练胸练太狠了，今天胸口一动就酸疼", "wrecked after yesterday's bench session": the ache
                           * of a muscle, in the sentence of the chest workout */
                          (sc == S_PAIN && in_sentence(r, s, Q_WORKOUT) &&
                           any_sub(r->s, (const char *const[]){"酸疼", "酸痛", "一动就", "wrecked", "destroyed", "smashed",
                                                               "sore", "doms", NULL})) ||
                          ((sc == S_PRESS || sc == S_PAIN) && tender(r, s) && (gym_said(r, s) || anywhere(r, Q_WORKOUT))) ||
                          /* "hurts when I push on my pecs ... it's just the muscle", after a bench block */
                          ((sc == S_PRESS || sc == S_PAIN) && anywhere(r, Q_WORKOUT) &&
                           any_sub(r->s, (const char *const[]){"just the muscle", "it's the muscle", "its the muscle",
                                                               "muscle soreness", "push on my pecs", "press on my pecs",
                                                               "就是肌肉", "肌肉酸", "按着胸肌", NULL})))) {
            explained(r, t0, t1);
            return;
        }
        if (sc == S_RACE && run_settles(r)) return;
        if (sc == S_RACE) { set_flag(r, MR_SYM_PALPITATIONS, t0, t1); return; }
        if (sc == S_SPIN || sc == S_STIFF) { unsure(r, t0, t1); return; }
        /* "last week ... my chest got tight in the fitness bit", with asthma:
         * a tight chest brought on by a session a week or more ago and gone,
         * is exercise-induced bronchoconstriction, answered by the reliever
         * before training and a warm-up (GINA 2023), not a chest pain today */
        if (sc == S_PRESS && ((r->known & MR_COND_ASTHMA) || own_anywhere(r, K_ASTHMA)) && episode_past(r, r->h[s].t0) &&
            sentence_says(r, s, (const char *const[]){"training", "fitness", "practice", "session", "game", "match", "run",
                                                      "running", "sprint", "训练", "跑", "练", "比赛", "体测", NULL}) &&
            !sentence_says(r, s, (const char *const[]){"still", "again today", "today", "now", "还", "今天", "现在", NULL})) {
            r->out->eib_past = 1;
            return;
        }
        set_flag(r, MR_SYM_CHEST_PAIN, t0, t1);
        return;
    case B_HEART:
        /* "我走很快心跳也才一百出头": the walk is fast, not the heart */
        if (sc == S_RACE && b >= 0 && r->h[s].t0 < r->h[b].t0) {
            static const char *const moving[] = {"走", "跑", "骑", "游", "爬", "踩", "蹬", "騎", NULL};
            int t = r->h[s].t0;
            if (words_in(r, t - 2 < 0 ? 0 : t - 2, t, moving)) return;
        }
        if (sc == S_RACE || sc == S_ODD) {
            /* ... unless it is still racing long after, sitting ("still is, sitting here 20 min later"): not the effort's */
            int lasting = sentence_says(r, s, (const char *const[]){"still", "min later", "mins later", "minutes later",
                                                                     "minutes after", "min after", "hour later", "sitting",
                                                                     "还在", "还是", "分钟了还", "半小时了", "坐着", NULL});
            if (in_clause(r, s, Q_HARD) && !in_clause(r, s, Q_MILD) && !lasting) return; /* after a sprint */
            /* "my Garmin HR is all over the place": a device's reading, erratic
             * (as wrist sensors are in AF), not a heart felt racing */
            if (b >= 0 && words_in(r, r->h[b].t0, r->h[b].t1, (const char *const[]){"hr", "heart rate", "heartrate", "心率", "pulse",
                                                                                   "bpm", NULL}) &&
                sentence_says(r, s, (const char *const[]){"garmin", "watch", "fitbit", "whoop", "strap", "monitor", "tracker",
                                                          "apple watch", "polar", "手表", "手环", "手錶", "手環", NULL}) &&
                !sentence_says(r, s, (const char *const[]){"feel", "felt", "feeling", "dizzy", "faint", "chest", "sitting", "at rest",
                                                           "resting", "lying", "since", "alert", "notif", "irregular rhythm",
                                                           "感觉", "慌", "头晕", "胸", "坐着", "躺着", "静息", "一直", "提醒",
                                                           "提示", "不齐", NULL}))
                return;
            if (run_settles(r)) return;
            if (in_clause(r, s, M_POS) || moved_by(r, s) || thrill(r)) return; /* a crush, a win */
            set_flag(r, MR_SYM_PALPITATIONS, t0, t1);
        } else if (sc == S_PAIN || sc == S_PRESS || sc == S_SORE || sc == S_NUMB) {
            /* "HR hit 191 on the last 400, lungs burning": a rate cannot hurt; the burning is another part's */
            if (b >= 0 && b != s && (words_in(r, r->h[b].t0, r->h[b].t1, (const char *const[]){"hr", "heart rate", "heartrate", "心率",
                                                                                           "脉搏", "pulse", NULL})))
                return;
            if (in_sentence(r, s, M_NEG)) { r->heartache = 1; return; } /* heartache ("heart hurts since the breakup"); the chest still counts */
            /* "我爸两周前走了，心很痛": the heart that aches for a death is grief's */
            if (any_sub(r->s, (const char *const[]){"去世", "过世", "過世", "走了", "走得突然", "走得太突然", "走得太早", "离世", "離世", "过身", "過身", "葬礼",
                                                    "passed away", "died", "funeral", "passed last", "lost my mum",
                                                    "lost my mom", "lost my dad", "lost my wife", "lost my husband", NULL})) {
                r->heartache = 1;
                return;
            }
            set_flag(r, MR_SYM_CHEST_PAIN, t0, t1);
        }
        return;
    case B_HEAD:
        if (sc == S_SPIN && spins(r, s)) set_flag(r, MR_SYM_DIZZINESS, t0, t1);
        else if (sc == S_PAIN || sc == S_PRESS) {
            r->out->notes |= MR_NOTE_HEADACHE;
            /* with spots or flashing lights before the eyes: pre-eclampsia's signs (ACOG) */
            if (pregnant(r) && (in_sentence(r, s, Q_SEVERE) || anywhere(r, D_ANTIPYRETIC) || sees_lights(r) || face_swollen(r))) {
                set_flag(r, MR_SYM_PREG_WARNING, t0, t1);
                r->out->preg_head = 1;
            }
        } else if (sc != S_SORE) unsure(r, t0, t1);
        return;
    case B_KNEE:
        if (rehab_done(r, s)) return;
        /* knees that creak or click with no pain, swelling, injury or named
         * problem beside them ("knees a bit creaky first thing"): the noise
         * of ageing cartilage, common and harmless on its own (crepitus
         * without pain; Song et al. 2018), not a knee to protect */
        if (sc == S_STIFF && words_in(r, r->h[s].t0, r->h[s].t1, (const char *const[]){"creaky", "creaking", "creak", "creaks",
                                                                                        "clicking", "clicks", "click",
                                                                                        "cracking", "popping", "pops",
                                                                                        "咔咔", "嘎吱", "咯吱", "弹响", NULL}) &&
            !in_sentence(r, s, S_PAIN) && !in_sentence(r, s, S_SWELL) && !in_sentence(r, s, S_INJURY) &&
            !anywhere(r, S_PAIN) && b >= 0 && hsent(r, b) == hsent(r, s) &&
            !sentence_says(r, s, (const char *const[]){"acting up", "playing up", "giving me grief", "bad knee", "dodgy", "dicky",
                                                       "for years", "again", "worse", "老毛病", "老伤", "好几年", "又", "越来越",
                                                       NULL}) &&
            !sentence_says(r, s, (const char *const[]){"arthritis", "arthritic", "osteoarthritis", "meniscus", "acl", "cartilage",
                                                       "关节炎", "半月板", "韧带", "髌骨", "软骨", "积液", "手术", "surgery",
                                                       "op", "replacement", "gives way", "gave way", "locks", "locking",
                                                       "打软", "卡住", NULL}))
            return;
        set_flag(r, MR_COND_KNEE, t0, t1);
        injury_phase(r, MR_COND_KNEE, s);
        return;
    case B_ANKLE:
    case B_FOOT:
        /* feet or ankles a little swollen late in a pregnancy, with no injury:
         * the pregnancy's oedema (ACOG), not a sprain */
        if (sc == S_SWELL && pregnant(r) && !anywhere(r, S_INJURY) && !anywhere(r, K_ANKLE)) {
            r->out->notes |= MR_NOTE_PREG_SWELLING;
            return;
        }
        if (rehab_done(r, s)) return;
        if (bc == B_ANKLE) { set_flag(r, MR_COND_ANKLE, t0, t1); injury_phase(r, MR_COND_ANKLE, s); return; }
        if (sc == S_INJURY || sc == S_SWELL) { set_flag(r, MR_COND_ANKLE, t0, t1); injury_phase(r, MR_COND_ANKLE, s); }
        else { unsure(r, t0, t1); r->out->notes |= MR_NOTE_LOWER_BODY; }
        return;
    case B_LOWBACK:
    case B_BACK:
        if (sc == S_RACE || sc == S_SPIN || rehab_done(r, s)) return;
        set_flag(r, MR_COND_BACK, t0, t1);
        injury_phase(r, MR_COND_BACK, s);
        return;
    case B_SHOULDER: case B_NECK: /* "my left arm and shoulder went heavy": the arm named with it decides */
        for (int k = 0; k < r->nh; k++)
            if (r->h[k].c == B_ARM && hclause(r, k) == hclause(r, s) && r->h[k].t0 < r->h[s].t0 &&
                abs(r->h[k].t0 - r->h[b].t0) <= 3)
                bc = B_ARM;
        /* "脖子和肩膀硬得像石头", "shoulders are stiff" from the desk: stiffness
         * with nothing cardiac beside it wants mobility, not caution */
        if (bc != B_ARM && (sc == S_STIFF || sc == S_SORE) && !in_sentence(r, s, Q_RADIATE) &&
            !chest_beside(r, s) && !in_sentence(r, s, B_JAW) &&
            !anywhere(r, Q_RELIEF)) {
            r->out->notes |= MR_NOTE_NECK_SHOULDER;
            return;
        }
        /* tight from hunching over a desk ("neck tight from hunching", "低头看手机脖子发紧"): the posture's */
        if (bc != B_ARM && (sc == S_PRESS || sc == S_STIFF || sc == S_SORE || (sc == S_PAIN && !in_sentence(r, s, S_INJURY))) &&
            !in_sentence(r, s, Q_RADIATE) && !in_sentence(r, s, B_JAW) && !anywhere(r, Q_RELIEF) &&
            (sentence_says(r, s, (const char *const[]){"hunching", "hunched", "from my desk", "at my desk", "posture", "slouch",
                                                        "looking down at", "desk job", "at a desk", "伏案", "低头", "落枕", "久坐",
                                                        "对着电脑", "坐一天", NULL}) ||
             any_sub(r->s, (const char *const[]){"postural", "its posture", "it's posture", "姿势不对", "姿势问题", "体态", NULL}))) {
            r->out->notes |= MR_NOTE_NECK_SHOULDER;
            return;
        }
        /* fall through */
    case B_ARM: case B_JAW:
        /* an arm gone numb from lying on it or on the handlebars: pressure
         * on a nerve, gone once moved, not the heart */
        if ((sc == S_NUMB || sc == S_PRESS) && bc == B_ARM && !chest_beside(r, s) && !in_sentence(r, s, Q_RADIATE) &&
            !in_sentence(r, s, B_JAW) &&
            sentence_says(r, s, (const char *const[]){"slept on", "sleeping on", "handlebar", "压着", "压麻", "睡麻", "枕着",
                                                       "压到", NULL}) &&
            !sentence_says(r, s, (const char *const[]){"没压着", "没有压着", "没压到", "不是压", "not from sleeping",
                                                        "not from lying", "hadn't slept on", "didn't sleep on", NULL}))
            return;
        /* the arm a jab went into ("打完疫苗胳膊有点疼", "arm hurts from the
         * flu shot"): the injection site, sore for a day or two (CDC) */
        if (bc == B_ARM && !chest_beside(r, s) && !in_sentence(r, s, Q_RADIATE) && !in_sentence(r, s, B_JAW) &&
            any_sub(r->s, (const char *const[]){"疫苗", "打针", "打了一针", "打了针", "针眼", "接种", "加强针", "vaccine",
                                                "vaccinated", "vaccination", "jab", "booster", "flu shot", "covid shot",
                                                "injection", "tetanus shot", "shingles shot", "打完针", NULL})) {
            explained(r, t0, t1);
            return;
        }
        /* ACSM counts pain or discomfort in the neck, jaw or arms as an
         * anginal equivalent: so when it spreads, comes with the chest, or
         * (jaw, arm) has no training or injury to explain it */
        /* ("tight when I stretch my arms back ... it's just the muscle" after flyes and dips: the workout's) */
        int just_muscle = anywhere(r, Q_WORKOUT) && any_sub(r->s, (const char *const[]){"just the muscle", "it's the muscle",
                                                                                      "its the muscle", "muscle soreness",
                                                                                      "doms", "延迟性肌肉酸痛", "就是肌肉", "肌肉酸",
                                                                                      "肯定是昨天", NULL});
        /* "my chest and shoulders are so sore from all the push ups": muscle
         * soreness (S_SORE) after the workout that made it, not a pain spreading */
        if (sc == S_SORE && anywhere(r, Q_WORKOUT) && !in_sentence(r, s, Q_RADIATE) && !unlike_training(r, s) &&
            !anywhere(r, Q_RELIEF))
            just_muscle = 1;
        /* a crash's, a fall's or the dentist's jaw and arm: explained */
        int knocked = sentence_says(r, s, (const char *const[]){"bike crash", "car crash", "crashed my bike", "crashed my car",
                                                                "crashed the car", "crashed the bike", "fell off", "came off my",
                                                                "knocked my jaw", "punched in", "hit in the face", "hit in the jaw",
                                                                "wisdom tooth", "root canal", "tooth out", "tooth pulled", "at the dentist",
                                                                "拔牙", "补牙", "智齿", "摔了", "摔倒", "摔到", "撞到下巴", "撞到胳膊",
                                                                "被打", NULL});
        if ((sc == S_PAIN || sc == S_PRESS || sc == S_NUMB || sc == S_ODD || sc == S_SORE) && !just_muscle &&
            (in_sentence(r, s, Q_RADIATE) || chest_beside(r, s) ||
             anywhere(r, Q_RELIEF) || /* brought on by walking or jogging, gone with rest: the anginal pattern */
             /* the jaw and an arm aching together ("左胳膊和下巴就隐隐作痛"): the anginal equivalent's pair */
             /* (an injury told elsewhere explains it only when no effort brings it on: "走路就疼，前天撞到了桌角（腿）") */
             (in_sentence(r, s, B_JAW) && in_sentence(r, s, B_ARM) && !knocked &&
              (!anywhere(r, S_INJURY) ||
               sentence_says(r, s, (const char *const[]){"walk", "stairs", "uphill", "up the hill", "走路", "爬楼", "上楼", "上坡",
                                                         "爬坡", "快走", NULL}))) ||
             /* the jaw aching on a walk or the stairs: effort's anginal equivalent */
             (bc == B_JAW && !anywhere(r, S_INJURY) && !knocked &&
              sentence_says(r, s, (const char *const[]){"walk", "stairs", "uphill", "up the hill", "up a hill", "incline", "走路",
                                                        "走快", "快走", "爬楼", "上楼", "上坡", "爬坡", "爬山", NULL})) ||
             ((bc == B_JAW || bc == B_ARM) && sc != S_SORE && !anywhere(r, Q_WORKOUT) && !anywhere(r, S_INJURY) &&
              !anywhere(r, Q_HARD) && !knocked)))
            set_flag(r, MR_SYM_CHEST_PAIN, t0, t1);
        else if (just_muscle) explained(r, t0, t1);
        else unsure(r, t0, t1);
        return;
    case B_CALF:
        if (pregnant(r) && (sc == S_PAIN || sc == S_SWELL || sc == S_SORE)) {
            set_flag(r, MR_SYM_PREG_WARNING, t0, t1);
            r->out->preg_calf = 1;
            return;
        }
        /* fall through */
    case B_HIP: case B_LEG:
        /* "hip aches a bit afterwards but its fine by next morning": an ache
         * after a run that has settled by the next morning is within what the
         * pain-monitoring model allows (Silbernagel et al. 2007), not a finding */
        if ((sc == S_PAIN || sc == S_SORE) &&
            sentence_says(r, s, (const char *const[]){"fine by next morning", "fine by the next morning", "gone by the next morning",
                                                "gone by next morning", "gone by morning", "fine by morning", "settles by the morning",
                                                "settled by the next morning", "fine the next day", "gone the next day",
                                                "第二天就好", "第二天早上就好", "第二天就没事", "睡一觉就好", NULL}) &&
            !anywhere(r, S_INJURY) && !anywhere(r, S_SWELL))
            return;
        /* legs sore or heavy the day after a marathon or squats: training's
         * soreness (the coach gives them a rest), not a finding */
        if ((sc == S_SORE || sc == S_PRESS || (sc == S_PAIN && in_clause(r, s, S_SORE))) &&
            (anywhere(r, Q_HARD) || anywhere(r, Q_LEGWORK))) {
            r->out->notes |= MR_NOTE_LOWER_WORKED;
            return;
        }
        /* "legs are weak, struggle with the stairs", "腿没劲，上楼费劲，想练练":
         * legs that have grown weak over time, which strength work answers;
         * weakness that came on suddenly stays unplaced (the stroke check
         * reads one side going weak) */
        if (sc == S_STIFF && span_says(r, t0, t1, (const char *const[]){"weak", "没劲", "没力", "发软", "使不上劲", NULL}) &&
            sentence_says(r, s, (const char *const[]){"stairs", "struggle", "stronger", "build them", "build up", "since the chemo",
                                                      "getting old", "楼梯", "爬楼", "上楼", "想练", "练练", "越来越", NULL}) &&
            !sentence_says(r, s, (const char *const[]){"sudden", "this morning", "today", "突然", "今天", "今早", NULL}))
            return;
        unsure(r, t0, t1);
        r->out->notes |= MR_NOTE_LOWER_BODY;
        return;
    case B_BELLY:
        if (pregnant(r) && (sc == S_PAIN || sc == S_PRESS)) {
            /* an irregular, painless tightening is a practice contraction
             * (Braxton Hicks); regular painful ones are the warning (ACOG) */
            static const char *const practice[] = {"不规律", "没规律", "没什么规律", "不疼", "不痛", "iregular", "painles",
                                                   "braxton", "假性宫缩", NULL}; /* English as skeletons */
            int e = t1;
            while (e < r->nt && r->sent[e] == r->sent[t0]) e++;
            if (sc == S_PRESS && words_in(r, clause_start(r, t0), e, practice)) return;
            set_flag(r, MR_SYM_PREG_WARNING, t0, t1);
            return;
        }
        unsure(r, t0, t1);
        return;
    case B_HAND:
        if (!injury_in_past(r, s, sc)) unsure(r, t0, t1);
        return;
    case B_BREATH: /* "breathing feels hard", "呼吸费劲": breathlessness, unless after hard work */
        if (sc == S_EFFORT || sc == S_PRESS || sc == S_ODD) {
            if (anywhere(r, Q_HARD) && !in_clause(r, s, Q_MILD)) return;
            set_flag(r, MR_SYM_BREATH, t0, t1);
        }
        return;
    case B_VISION: /* "两眼一黑", "眼前发白", "vision went grey": near-fainting */
        if (sc == S_DARK || sc == S_SPIN) set_flag(r, MR_SYM_DIZZINESS, t0, t1);
        return;
    case B_SPACE: /* "the room tilted", "天花板在转": vertigo */
        if (sc == S_SPIN) set_flag(r, MR_SYM_DIZZINESS, t0, t1);
        return;
    case B_BODY: /* aches all over: illness below the neck, unless it is a workout's soreness */
        if (sc != S_PAIN && sc != S_SORE && sc != S_ODD) return;
        if (anywhere(r, Q_WORKOUT) || anywhere(r, Q_HARD)) unsure(r, t0, t1);
        else set_flag(r, MR_SYM_ILLNESS, t0, t1);
        return;
    default: /* a sensation with no body part: pain or an injury somewhere */
        /* "that squeezy feeling is back" from someone with stents: pressure
         * with no place named, in heart disease, is the anginal equivalent */
        /* "chest yesterday, but this is different, in the middle, squeezing,
         * up into my neck": the chest named earlier, and not the workout's */
        if ((sc == S_PRESS || sc == S_PAIN) && anywhere(r, B_CHEST) && unlike_training(r, s)) {
            set_flag(r, MR_SYM_CHEST_PAIN, t0, t1);
            return;
        }
        if (sc == S_PRESS && ((r->known & MR_COND_HEART) || own_anywhere(r, K_HEART))) {
            /* "how heavy should I go?", "heavy weights": the load on the bar, not a heavy chest */
            int tw = r->h[s].t0;
            if (r->t[tw].kind == T_WORD && !strcmp(r->t[tw].skel, "heavy") &&
                ((tw > 0 && words_in(r, tw - 1, tw, (const char *const[]){"how", "go", "too", "lift", "lifting", "so", "going", NULL})) ||
                 (tw + 1 < r->nt && words_in(r, tw + 1, tw + 2, (const char *const[]){"weights", "weight", "lifting", "lift",
                                                                                     "load", "loads", "set", "sets", "squats",
                                                                                     "deadlifts", "bag", "singles", "day", NULL}))))
                return;
            set_flag(r, MR_SYM_CHEST_PAIN, t0, t1);
            return;
        }
        if (sc == S_PAIN || sc == S_SORE) { /* "feverish and achy": body aches; "冇發燒，喉嚨小小痛" is no fever */
            int fever = 0;
            for (int k = 0; k < r->nh; k++) fever |= r->h[k].c == D_FEVER && hsent(r, k) == hsent(r, s) && !negated(r, k);
            if (fever) {
                set_flag(r, MR_SYM_ILLNESS, t0, t1);
                return;
            }
        }
        /* "怕摔一跤就骨折了", "scared I'll break something": a fear, not a finding */
        static const char *const fear[] = {"怕", "担心", "万一", "害怕", "afraid", "scared", "worried", "in case", "fear", NULL};
        if (words_in(r, clause_start(r, r->h[s].t0), r->h[s].t0, fear)) return;
        if (injury_in_past(r, s, sc)) return;
        if ((sc == S_PAIN || sc == S_INJURY || sc == S_SWELL) && orphan_counts(r, s)) {
            unsure(r, t0, t1);
            /* "netball sprain 10 days ago, still tender": an injury with no
             * body part named is most often an ankle or a knee; no impact */
            if (sc == S_INJURY) r->out->notes |= MR_NOTE_LOWER_BODY;
        }
        return;
    }
}

/* "跑完800 坐了半个多小时了心还在咚咚咚乱跳 停不下来": a racing heart or
 * breathlessness that the effort explains settles within minutes; one
 * still there half an hour later does not (ACSM's warning signs) */
static int not_settling(const reader *r) {
    static const char *const w[] = {"停不下来", "半个多小时", "半小时了", "一个小时了", "一个多小时", "还没缓过来", "缓不过来",
                                    "坐了半天", "歇了半天", "休息了半天", "won't settle", "wont settle", "won't slow down",
                                    "wont slow down", "hasn't settled", "hasnt settled", "not settling", "an hour later",
                                    "half an hour later", "an hour after", "30 min after", "30 mins after", "still racing",
                                    "still pounding", "still going like", "二十多分钟还是", "二十分钟还是", "还是咚咚",
                                    "二十多分钟还", "20 minutes later", "20 mins later", "平复不下来", "还没平复", "还是平复不了",
                                    "还没缓过来",
                                    /* a rate that stays up at rest and then drops at once, as a switch (SVT's pattern) */
                                    "心跳下不来", "心率下不来", "多下不来", "心跳降不下来", "心率降不下来", "坐着还是1",
                                    "十来分钟才", "十几分钟才", "突然一下掉",
                                    "突然掉到", "stuck at 1", "stayed at 1", "stayed above 1", "wouldn't come down", "wouldnt come down",
                                    "won't come down", "wont come down", "suddenly dropped", "dropped suddenly", "like a switch",
                                    "like someone flicked a switch",
                                    /* breathing still hard long after the effort ("歇了半小时还在喘") */
                                    "还在喘", "还是喘", "还喘得", "半小时还", "still wheezing", "still out of breath",
                                    "still breathless", "still gasping", "still puffing", "still can't catch", "still cant catch",
                                    NULL};
    return any_sub(r->s, w);
}

/* "a bit wheezy on cold mornings, but two puffs of my albuterol before
 * exercise sorts it out": asthma the reliever controls, told as a habit.
 * GINA 2023 has the reliever before exercise and training go on; the
 * wheeze still caps the day (MR_NOTE2_WHEEZY). Anything that says it is
 * not settling ("still", "even after", at rest, at night, more puffs than
 * usual) keeps it a breathing symptom. */
static int wheeze_relieved(reader *r, int t0, int t1) {
    static const char *const wheeze[] = {"whezy", "whezing", "wheze", "whistly", "喘鸣", "哮鸣", NULL};
    static const char *const relief[] = {"sorts it out", "sorts it", "sorted it", "fixes it", "fixed it", "settles it",
                                         "settles it down", "clears it", "does the trick", "takes care of it",
                                         "keeps it in check", "keeps it under control", "well controlled",
                                         "就好了", "就没事", "就好", "就缓解", "就压住", "就不喘", NULL};
    static const char *const still[] = {"still", "even after", "even with", "not helping", "doesnt help", "doesn't help",
                                        "not working", "didnt help", "didn't help", "it's not", "its not", "isn't", "isnt", "no longer",
                                        "not anymore", "again", "worse", "at rest", "sitting",
                                        "at night", "woke", "all day", "every hour", "times", "还是", "仍然", "依旧",
                                        "不管用", "没用", "不行", "效果一般", "不太管用", "憋醒", "夜里", "又犯", "加重", NULL};
    int w = 0;
    for (int i = t0; i < t1 && !w; i++) w = words_in(r, i, i + 1, wheeze);
    if (!w) return 0;
    /* "Last week I was wheezing after practice and coughing at night", with
     * asthma known: asthma short of control (a review this week, nothing
     * hard), not breathlessness today (GINA 2023) */
    static const char *const before[] = {"last week", "last month", "the other day", "few days ago", "couple of days ago",
                                         "上周", "上个星期", "上星期", "前几天", "上个月",
                                         /* "got a bit wheezy at training tuesday, it was freezing": a session days back */
                                         "at training monday", "at training tuesday", "at training wednesday",
                                         "at training thursday", "at training friday", "at training saturday",
                                         "at training sunday", "at practice monday", "at practice tuesday",
                                         "at practice wednesday", "at practice thursday", "at practice friday",
                                         "training on monday", "training on tuesday", "training on wednesday",
                                         "training on thursday", "training on friday", NULL};
    static const char *const now_w[] = {"today", "now", "this morning", "right now", "still", "今天", "现在", "还在", "今早",
                                        NULL};
    int s0, s1;
    sent_span(r, t0, &s0, &s1);
    if (((r->known | r->out->flags) & MR_COND_ASTHMA) && span_says(r, s0, s1, before) && !span_says(r, s0, s1, now_w)) {
        r->out->notes2 |= MR_NOTE2_WHEEZY;
        r->out->asthma_poor = 1;
        return 1;
    }
    if (!any_sub(r->s, relief) || any_sub(r->s, still)) return 0;
    r->out->notes2 |= MR_NOTE2_WHEEZY;
    explained(r, t0, t1);
    return 1;
}

/* Direct words: a symptom or a condition by name, drug or device. */
/* The note's pregnancy is somebody else's ("我老婆怀孕33周", "my wife is
 * 30 weeks"), and the writer's is not known: her signs are hers too. */
static int pregnancy_others_only(const reader *r) {
    if ((r->known & MR_COND_PREGNANCY) || r->proxy) return 0;
    int any = 0;
    for (int k = 0; k < r->nh; k++)
        if (r->h[k].c == K_PREG) {
            if (!others(r, k, 1)) return 0;
            any = 1;
        }
    return any;
}

static void read_direct(reader *r, int h) {
    int c = r->h[h].c, t0 = r->h[h].t0, t1 = r->h[h].t1;
    int symptom = c >= D_CHEST && c <= D_NAUSEA;
    int chronic = c == K_HYPER || c == K_DIAB || c == K_HEART || c == K_BETA;
    /* "喷了一下沙丁胺醇就没事了": the reliever working is the asthma treated, not healed */
    if (c == K_ASTHMA) {
        static const char *const drug[] = {"沙丁胺醇", "万托林", "舒利迭", "信必可", "布地奈德", "特布他林", "吸入剂", "气雾剂",
                                           "ventolin", "salbutamol", "albuterol", "symbicort", "seretide", "inhaler", "puffer",
                                           "pump", "reliever", NULL};
        int a0 = r->t[t0].off, n = r->t[t1 - 1].off + r->t[t1 - 1].len - a0;
        for (int k = 0; drug[k] && !chronic; k++) {
            const char *at = strstr(r->s + a0, drug[k]);
            chronic = at && at - (r->s + a0) < n;
        }
    }
    /* angina diagnosed (心绞痛, "angina") is coronary disease, whenever it was */
    if (c == D_CHEST && !negated(r, h) && !others(r, h, 1) &&
        (!strncmp(r->s + r->t[t0].off, "心绞痛", 9) || words_in(r, t0, t1, (const char *const[]){"angina", "gtn", "nitro",
                                                                                               "nitroglycerin", "硝酸甘油", "救心丸", NULL})))
        set_flag(r, MR_COND_HEART, t0, t1);
    /* "AF's back", "房颤又犯了": the rhythm and the disease both */
    if (c == D_PALP && !negated(r, h) && !others(r, h, 1) &&
        words_in(r, t0, t1, (const char *const[]){"af", "afib", "房", NULL}))
        set_flag(r, MR_COND_HEART, t0, t1);
    if (cancelled(r, h, symptom, chronic)) return;
    /* "肠易激，早上照例跑了趟厕所，现在好了，老毛病": IBS's usual morning, said
     * as usual or settled, is its baseline, not a bug (NICE CG61: exercise
     * helps IBS); a flare, blood or a fever still speaks */
    if (c == D_ILL && any_sub(r->s, (const char *const[]){"肠易激", "腸易激", "ibs", "irritable bowel", NULL}) &&
        any_sub(r->s, (const char *const[]){"照例", "老毛病", "老样子", "as usual", "the usual", "usual ibs", "现在好了", "fine now",
                                            "settled", "grumbling", NULL}) &&
        !any_sub(r->s, (const char *const[]){"flare", "发作", "發作", "血", "blood", "fever", "发烧", "發燒", "吐", "vomit",
                                             NULL}))
        return;
    /* "T1, 5.6, snack in bag", "2型，最近血糖6到7": the type alone names the
     * diabetes; a scan's T1 or T2, a vertebra, a tumour's stage do not */
    if (c == K_DIAB && t1 - t0 == 1 && words_in(r, t0, t1, (const char *const[]){"t1", "t2", NULL}) &&
        any_sub(r->s, (const char *const[]){"mri", "weighted", "scan", "vertebra", "spine", "disc", "t1-", "t2-", "t3", "t4", "t12",
                                            "stage", "tumour", "tumor", "cancer", "nerve", "term", "trimester", "lymph", NULL}))
        return;
    /* "这胎糖耐量正常", "糖耐过了": a glucose tolerance test passed is no diabetes */
    if (c == K_DIAB && span_says(r, t0, t1, (const char *const[]){"糖耐", NULL}) &&
        span_says(r, t1, clause_end(r, t0), (const char *const[]){"正常", "没问题", "沒問題", "过了", "過了", "通过", "通過", "过啦",
                                                                  "過啦", "没事", NULL}))
        return;
    /* "GDM, 32 wks", "妊糖靠饮食控制": gestational diabetes is this pregnancy's
     * diabetes, with the glucose checks around exercise that diabetes has
     * (ADA Standards of Care 2024, 15: management of diabetes in pregnancy) */
    if (c == K_PREG && span_says(r, t0, t1, (const char *const[]){"gdm", "gestational diabetes", "妊娠糖尿病", "妊娠期糖尿病", "妊糖",
                                                                  NULL})) {
        /* ("上一胎妊娠糖尿病，生完就好了", "had GDM with my first": a past pregnancy's) */
        static const char *const before[] = {"上一胎", "上胎", "头胎", "第一胎", "生完", "生了以后", "产后", "那会儿", "那时候",
                                             "以前", "last pregnancy", "previous pregnancy", "with my first", "with my son",
                                             "with my daughter", "went away", "after she was born", "after he was born",
                                             "after the birth", "since the birth", "years ago", NULL};
        int s0, s1;
        sent_span(r, t0, &s0, &s1);
        if (!span_says(r, s0, s1, before)) set_flag(r, MR_COND_DIABETES, t0, t1);
    }
    /* "that leg day was sick 🔥": slang praise, not an illness */
    /* ("mood's great, oh I was sick twice last night": the writer was sick, British for vomiting) */
    if (c == D_ILL && t1 - t0 == 1 && r->t[t0].kind == T_WORD && !strcmp(r->t[t0].skel, "sick") &&
        (in_sentence(r, h, M_POS) || in_sentence(r, h, Q_LEGWORK) || in_sentence(r, h, Q_UPPERWORK)) &&
        !(span_says(r, t0 - 2 < 0 ? 0 : t0 - 2, t0, (const char *const[]){"i was", "i've been", "ive been", "i been", "been", NULL}) &&
          span_says(r, t1, t1 + 3 > r->nt ? r->nt : t1 + 3, (const char *const[]){"twice", "again", "last night", "overnight",
                                                                                "all night", "this morning", "in the night",
                                                                                "three times", "x2", "x3", NULL})))
        return;
    /* an emoji alone ("😵‍💫" over a workload, "😮‍💨" of relief) is a symptom only
     * with the body in its sentence ("一起身就这样", "1 flight of stairs and I'm 😮‍💨") */
    if ((c == D_DIZZY || c == D_BREATH) && t1 - t0 >= 1 && (unsigned char)r->s[r->t[t0].off] == 0xF0 &&
        !sentence_says(r, h, (const char *const[]){"起身", "站起", "起来", "站着", "走", "爬楼", "楼梯", "头", "stand", "get up",
                                                   "got up", "stairs", "flight", "walk", "hill", "head", "room", NULL}))
        return;
    /* "踢完全身酸", "whole body aching after the game": the match's soreness, not a flu's aches */
    if (c == D_ILL && (!strncmp(r->s + r->t[t0].off, "全身酸", 9) || !strncmp(r->s + r->t[t0].off, "浑身酸", 9)) &&
        t0 > 0 && (r->t[t0 - 1].len == 3 && !strncmp(r->s + r->t[t0 - 1].off, "完", 3)) && !anywhere(r, D_FEVER))
        return;
    /* "Spewin the pool's shut AGAIN": Australian for gutted, followed by what
     * upset them; "spewing up", "been spewing" are the illness */
    if (c == D_ILL && t1 - t0 == 1 && r->t[t0].kind == T_WORD && !strncmp(r->t[t0].skel, "spew", 4) && t1 < r->nt &&
        words_in(r, t1, t1 + 1, (const char *const[]){"the", "that", "about", "cos", "coz", "because", "they", "we", "it",
                                                      "as", "mate", NULL}))
        return;
    /* "Had a wobble getting off the bus last week, didn't fall": a stumble, balance's, not a dizzy spell */
    if (c == D_DIZZY && words_in(r, t0, t1, (const char *const[]){"wobble", NULL}) &&
        sentence_says(r, h, (const char *const[]){"getting off", "stepping", "missed a step", "tripped", "didn't fall", "didnt fall",
                                                  "did not fall", "kerb", "curb", "off the bus", "the stairs", "on the step", NULL}) &&
        !sentence_says(r, h, (const char *const[]){"dizzy", "spin", "faint", "black", "light-headed", "lightheaded", NULL}))
        return;
    /* "晕，又下雨了": a lone 晕 opening a note is an exclamation */
    if (c == D_DIZZY && h == 0 && r->h[h].t0 == 0 && r->t[0].len == 3 && !strncmp(r->s, "晕", 3) && r->nt > 2 &&
        r->clause[1] != r->clause[0] && r->clause[r->nt - 1] != r->clause[0])
        return;
    /* "体温计显示37.3 这算发烧吗", "99.1, is that a fever?": a normal reading
     * asked about is a question, not a fever (the doubt still lowers the day) */
    /* "发烧了去跑步出一身汗能把烧捂下去吗？我现在没发烧": asked about, and denied */
    /* only a question in general (no 我, no today) and the writer's own
     * present denial: "我没发烧" not "前两天没发烧", never "发不发烧" */
    static const char *const no_fever[] = {"我现在没发烧", "我现在没有发烧", "我现在不发烧", "我没发烧", "我没有发烧",
                                           "i don't have a fever", "i dont have a fever", "i have no fever", "i'm not feverish",
                                           "im not feverish", "i haven't got a fever", NULL};
    static const char *const own_now[] = {"我", "今天", "现在", "今早", "昨晚", "i", "im", "my", "me", "today", "now", "tonight", NULL};
    if (c == D_FEVER && sentence_asks(r, t0, 1) && any_sub(r->s, no_fever)) {
        int s0, s1;
        sent_span(r, t0, &s0, &s1);
        if (!words_in(r, s0, s1, own_now)) return;
    }
    if (c == D_FEVER && !isnan(r->out->temp_c) && r->out->temp_c < 37.5f && sentence_asks(r, t0, 1)) {
        unsure(r, t0, t1);
        return;
    }
    switch (c) {
    case D_BREATH: {
        /* out of breath after a hard run; not when the words themselves name a
         * mild effort ("跑完喘不算，主要是上个楼梯都喘", "can't finish a sentence") */
        static const char *const mild_in[] = {"楼梯", "上楼", "走几步", "走两步", "说话", "说句话", "stairs", "walking", "talking",
                                              "sentence", "the phone", NULL};
        /* ("昨天慢跑完以后，今天连爬一层楼梯都喘到不行": yesterday's jog in the
         * sentence, one flight of stairs today in the breath's own clause) */
        static const char *const mild_clause[] = {"一层楼", "一楼梯", "一段楼梯", "连爬", "one flight", "a flight of",
                                                  "single flight", "even to climb", "even climbing", "even walking", NULL};
        if (in_sentence(r, h, Q_HARD) && !in_clause(r, h, Q_MILD) && !not_settling(r) && !span_says(r, t0, t1, mild_in) &&
            !span_says(r, clause_start(r, t0), clause_end(r, t0), mild_clause))
            return;
        /* "no pain when breathing hard": when it happens, not what happens */
        if (t0 > 0 && words_in(r, t0 - 1, t0, (const char *const[]){"when", "while", "during", "whenever", NULL})) return;
        /* "my heart rate hardly goes up even when I'm puffing" */
        if (t0 > 1 && words_in(r, t0 - 2, t0 - 1, (const char *const[]){"when", "while", "whenever", NULL}) &&
            words_in(r, t0 - 1, t0, (const char *const[]){"im", "i", "am", "get", "got", NULL}))
            return;
        /* "压力大到喘不过气", "drowning in work, can't breathe with all these deadlines": a figure of speech */
        static const char *const load[] = {"压力大到", "压力大得", "压力山大", "忙到", "忙得", "deadline", "deadlines",
                                           "swamped", "buried", "workload", "new job", "so much to learn", "has me breathless",
                                           "left me breathless", "breathless with excitement", "love every minute", NULL};
        int s0, s1;
        sent_span(r, t0, &s0, &s1);
        if (words_in(r, s0, s1, load) || span_says(r, s0, s1, load)) {
            explained(r, t0, t1);
            return;
        }
        /* "工作压力好大，有点喘不过气的感觉，但身体没什么问题，只是心很烦": the pressure's, said as a feeling */
        if (span_says(r, s0, s1, (const char *const[]){"压力好大", "压力太大", "压力很大", "工作压力", "压力特别大", NULL}) &&
            span_says(r, s0, s1, (const char *const[]){"喘不过气的感觉", "透不过气的感觉", "心很烦", "心烦", "身体没什么问题",
                                                       "身体没问题", "身体没事", NULL})) {
            explained(r, t0, t1);
            return;
        }
        if (wheeze_relieved(r, t0, t1)) return;
        set_flag(r, MR_SYM_BREATH, t0, t1);
        return;
    }
    case D_PALP:
        if (hard_today(r, h) && !in_clause(r, h, Q_MILD) && !not_settling(r)) return;
        if (run_settles(r)) return;
        if (in_clause(r, h, M_POS) || moved_by(r, h) || thrill(r)) return; /* "心跳加速😍" */
        set_flag(r, MR_SYM_PALPITATIONS, t0, t1);
        return;
    case D_DIZZY:
        /* "still seeing stars lol, met my fav band": starstruck */
        if (words_in(r, t0, t1, (const char *const[]){"stars", NULL}) && thrill(r)) return;
        set_flag(r, MR_SYM_DIZZINESS, t0, t1);
        return;
    case D_BLEED: {
        /* "孕早期6周的时候有过一点出血，医生说没事。现在孕26周了": bleeding dated to
         * an earlier week of this pregnancy, weeks back, and not again */
        int s0, s1, past = 0;
        sent_span(r, t0, &s0, &s1);
        /* the earlier week as a time ("at 7 weeks", "6周的时候"), not a length ("for 2 weeks", "since 20 weeks") */
        for (int i = s0; i < s1 && r->out->preg_weeks > 0; i++)
            if (r->t[i].kind == T_NUM && r->t[i].val + 4 <= r->out->preg_weeks &&
                words_in(r, i + 1, i + 2 < s1 ? i + 2 : s1, (const char *const[]){"周", "weeks", "week", "wks", "wk", NULL}) &&
                (words_in(r, i - 1, i, (const char *const[]){"at", "around", NULL}) ||
                 span_says(r, i + 1, i + 5 < s1 ? i + 5 : s1, (const char *const[]){"的时候", "时候", "周时", "那次", NULL})) &&
                !words_in(r, i - 1, i, (const char *const[]){"for", "since", "last", "past", NULL}))
                past = 1;
        /* "The bleeding I had in my first trimester stopped weeks ago, now 21
         * weeks": the first trimester named as its time, well past, and stopped */
        if (r->out->preg_weeks >= 16 &&
            span_says(r, s0, s1, (const char *const[]){"first trimester", "1st trimester", "早孕期", "孕早期", "头三个月", NULL}) &&
            span_says(r, s0, s1, (const char *const[]){"stopped", "had in", "i had", "停了", "止住", "有过", NULL}))
            past = 1;
        /* (the "now" looked for in the bleeding's own clause: "现在孕30周了" is the pregnancy's now) */
        if (past && !span_says(r, clause_start(r, t0), clause_end(r, t0),
                               (const char *const[]){"又", "再次", "还在", "今天", "现在", "again", "still", "today",
                                                                 "this morning", "since", "last night", "昨晚",
                                                                 "刚才", "比", "more than", NULL}))
            return;
        /* "包里全湿了", "my shirt's wet through": something else wet, not her */
        if (span_says(r, t0, t1, (const char *const[]){"湿了", "湿湿的", "wet", NULL}) &&
            span_says(r, clause_start(r, t0), t0, (const char *const[]){"包", "衣服", "鞋", "头发", "被子", "床单", "裤腿", "袜子",
                                                                       "bag", "shirt", "top", "hair", "shoes", "socks", NULL}))
            return;
        if (pregnant(r)) set_flag(r, MR_SYM_PREG_WARNING, t0, t1);
        else unsure(r, t0, t1);
        return;
    }
    case D_VOMIT_BAD: {
        /* "can't keep missing sessions", "can't keep up": a bare "can't keep"
         * is vomiting only with what stays down ("can't keep it down", "... in") */
        if (r->t[t1 - 1].kind == T_WORD && (!strcmp(r->t[t1 - 1].skel, "kep") || !strcmp(r->t[t1 - 1].skel, "keep")) &&
            !span_says(r, t1, t1 + 5 < r->nt ? t1 + 5 : r->nt, (const char *const[]){"down", " in", "food", "water", "fluid",
                                                                                    "drink", "anything", "nothing", "nothin",
                                                                                    NULL}))
            return;
        /* "吃不下", "can't eat anything" alone is appetite (grief, stress,
         * a long shift), not an illness; in pregnancy it is hyperemesis */
        int appetite = 0;
        for (int i = t0; i < t1; i++) {
            if (tok_is(r, i, "吃") || (r->t[i].kind == T_WORD && !strcmp(r->t[i].skel, "eat"))) appetite = 1;
            if (tok_is(r, i, "吐")) { appetite = 0; break; }
        }
        if (!pregnant(r) && appetite && !anywhere(r, D_ILL) && !anywhere(r, D_NAUSEA)) return;
        if (pregnant(r)) set_flag(r, MR_SYM_PREG_WARNING, t0, t1);
        if (!appetite) set_flag(r, MR_SYM_ILLNESS, t0, t1); /* vomiting is an illness below the neck too */
        if (!appetite) r->vomit_bad = 1;
        return;
    }
    case D_COLD: {
        /* a cough or a sneeze that something sets off ("一咳嗽就漏尿", "the
         * cold air gets me coughing") is a reaction, not a cold */
        static const char *const cough[] = {"咳", "咳嗽", "打喷嚏", "cough", "coughing", "coughs", "sneezing", NULL};
        static const char *const set_off[] = {"时候", "一咳", "一打", "漏", "冷空气", "一冷", "遇冷", "一吹风", "when", "whenever", "gets",
                                              "makes", "air", "triggers", NULL};
        if (words_in(r, t0, t1, cough)) {
            int a = t0, b = t1;
            while (a > 0 && r->sent[a - 1] == r->sent[t0]) a--;
            while (b < r->nt && r->sent[b] == r->sent[t0]) b++;
            if (words_in(r, a, b, set_off)) return;
            /* "上周就是这种天气跑的…回来咳了两天": a cough of last week, told as the past */
            if (span_says(r, a, b, (const char *const[]){"上周", "上次", "上回", "上个礼拜", "last week", "last time", NULL}) &&
                !span_says(r, a, b, (const char *const[]){"还在", "还有", "现在", "今天", "still", "now", "today", NULL}))
                return;
        }
        r->out->notes |= MR_NOTE_COLD;
        return;
    }
    case D_UNWELL: /* "胸口不舒服": a discomfort with a body part is a sensation */
        if (body_of(r, h) >= 0) { read_sensation(r, h, S_ODD, r->used); return; }
        unsure(r, t0, t1);
        return;
    case D_NAUSEA:
        /* with a high glucose reading, nausea is a sign to check ketones (safety.c) */
        r->out->notes |= MR_NOTE_HYPERGLY_SIGNS;
        unsure(r, t0, t1);
        return;
    case D_HEADACHE:
        r->out->notes |= MR_NOTE_HEADACHE;
        /* ACOG: a severe or persistent headache in pregnancy (one a painkiller did not touch) */
        if (pregnant(r) && (in_sentence(r, h, Q_SEVERE) || anywhere(r, D_ANTIPYRETIC) || sees_lights(r) || face_swollen(r))) {
            set_flag(r, MR_SYM_PREG_WARNING, t0, t1);
            r->out->preg_head = 1;
        }
        return;
    case D_HYPO: {
        /* "last time I went low halfway": a past low, told to plan the carbohydrate;
         * the reading now decides (a past chest pain still counts: not here) */
        static const char *const before[] = {"last", "上次", "上回", "上一次", "previous", "previously", "之前", "以前",
                                             "once", "过一次", "過一次", NULL};
        if (words_in(r, clause_start(r, t0), t1, before)) return;
        /* "之前跑步的时候低血糖过一次": an episode of the past, told in its sentence */
        if (sentence_says(r, h, (const char *const[]){"之前", "以前", "过一次", "過一次", "上次", "one time", "last time",
                                                      "once before", NULL}))
            return;
        if (episode_past(r, t0)) { r->out->hypo_past = 1; return; } /* ("last week ... i went low") */
        r->out->notes |= MR_NOTE_LOW_GLUCOSE;
        r->low_off = r->t[t0].off;
        return;
    }
    case K_HEART: { /* "是不是心脏有问题？", "do I have a heart problem?": asked, not had */
        static const char *const ask[] = {"是不是", "会不会", "有没有", "do i have", "is it", "could it be", "is something wrong",
                                          "is that my", NULL};
        int s0, s1;
        sent_span(r, t0, &s0, &s1);
        int q = 0;
        for (int i = s0; i <= s1 && i < r->nt; i++) q |= tok_is(r, i, "?") || tok_is(r, i, "？");
        if (q && words_in(r, s0, t0, ask)) return;
        set_flag(r, MR_COND_HEART, t0, t1);
        return;
    }
    case K_BETA: /* a beta-blocker: treated blood pressure or heart disease, and zones that mislead */
        r->out->notes |= MR_NOTE_BETA_BLOCKER;
        /* with the heart named, the tablet is the heart's (AF, angina), not a blood pressure's */
        /* "propranolol for anxiety", "for my migraines": taken for something else */
        static const char *const other_use[] = {"for anxiety", "for my anxiety", "anxiety", "for my nerves", "migraine",
                                                "migraines", "tremor", "stage fright", "performance anxiety", "焦虑",
                                                "偏头痛", "手抖", "紧张", NULL};
        if (!(r->known & MR_COND_HEART) && !anywhere(r, K_HEART) && !any_word(r->s, other_use))
            set_flag(r, MR_COND_HYPERTENSION, t0, t1);
        return;
    case D_HYPERGLY: r->out->notes |= MR_NOTE_HYPERGLY_SIGNS; return;
    case K_PREG:
        if (not_pregnant_now(r)) return; /* 产后, 备孕, postpartum: not pregnant now */
        /* "the bump below my knee": a lump on a body part */
        for (int k = h + 1; k < r->nh && r->h[k].t0 <= t1 + 3; k++)
            if (r->h[k].c >= B_CHEST && r->h[k].c <= B_CALF && words_in(r, t0, t1, (const char *const[]){"bump", NULL})) return;
        set_flag(r, MR_COND_PREGNANCY, t0, t1);
        /* "孕吐比上个月还严重": severe vomiting in pregnancy (ACOG) */
        /* (not when food stays down: "孕吐挺厉害...但苏打饼干还吃得下" is ordinary sickness) */
        if (in_clause(r, h, Q_SEVERE) && (!strncmp(r->s + r->t[t0].off, "孕吐", 6) ||
                                          (r->t[t0].kind == T_WORD && !strcmp(r->t[t0].skel, "morning"))) &&
            !any_sub(r->s, (const char *const[]){"还吃得下", "还能吃得下", "都吃得下", "keeping food down", "keeping things down",
                                                 "can keep food down", "can keep things down", "keeping crackers down", NULL}))
            set_flag(r, MR_SYM_PREG_WARNING, t0, t1);
        return;
    case D_PREGWARN: /* contractions, waters, hyperemesis: only a pregnancy has them */
        if (pregnancy_others_only(r)) return; /* "我老婆怀孕33周，今天见红了": hers */
        /* "drink water every 5 mins", "intervals every 10 minutes": a timing
         * alone is a contraction's only beside a pregnancy or a contraction */
        if (!pregnant(r) && span_says(r, t0, t1, (const char *const[]){"every", "apart", "分钟", NULL}) &&
            any_sub(r->s, (const char *const[]){"water", "drink", "interval", "jog", "run", "rep", "set", "bike", "swim", "lap",
                                                "喝水", "间歇", "组", "跑", NULL}) &&
            !any_sub(r->s, (const char *const[]){"孕", "怀", "pregnan", "trimester", "bump", "due", "contraction", "tighten",
                                                 "宫缩", "发紧", "midwife", "助产", "宝宝", "baby", "wks", "weeks", "周", "expecting",
                                                 "months along", "period late", "late period", "period is late", "twins", "bleed",
                                                 "cramp", NULL}))
            return;
        /* "baby came 6 weeks ago! BP back to 118/75 after the pre-eclampsia
         * scare": a pregnancy's warning that is over, the pressure normal again */
        if (not_pregnant_now(r) && (r->out->bp_sys < 0 || (r->out->bp_sys < 140 && r->out->bp_dia < 90)) &&
            any_sub(r->s, (const char *const[]){"scare", "back to", "after the pre", "had pre", "已经正常", "恢复正常", "降下来了",
                                                "吓了一跳", NULL}))
            return;
        /* "my waters broke at 37w with my first ... not pregnant now": an
         * earlier pregnancy's, told with no pregnancy now */
        if (not_pregnant_now(r) &&
            any_sub(r->s, (const char *const[]){"not pregnant", "没怀孕", "没有怀孕", "現在冇", "现在没怀", NULL}) &&
            span_says(r, clause_start(r, t0), clause_end(r, t0),
                      (const char *const[]){"with my first", "with my last", "with my second", "last pregnancy",
                                            "my first pregnancy", "previous pregnancy", "上一胎", "怀老大", "头胎",
                                            "第一胎", "上次怀孕", NULL}))
            return;
        /* "can't keep anything down since last night" with no pregnancy in
         * sight: the vomiting of a bug, an illness below the neck */
        if (!pregnant(r) && span_says(r, t0, t1, (const char *const[]){"keep", "吐", "vomit", "throw", "down", NULL}) &&
            !any_sub(r->s, (const char *const[]){"孕", "怀", "周", "week", "pregnan", "trimester", "bump", "宝宝", "due", NULL})) {
            set_flag(r, MR_SYM_ILLNESS, t0, t1);
            r->vomit_bad = 1;
            return;
        }
        /* "不疼也不规律，是假性宫缩吧": practice contractions (Braxton Hicks), irregular
         * and painless; regular, closer or painful ones are the warning (ACOG) */
        if (r->t[t0].off >= 6 && !strncmp(r->s + r->t[t0].off - 6, "假性宫缩", 12) &&
            any_sub(r->s, (const char *const[]){"不规律", "没规律", "没什么规律", "不疼", "不痛", "不会痛", "不会疼", "一下就好",
                                                "医生说是假性", "医生说是正常", NULL}) &&
            !any_sub(r->s, (const char *const[]){"越来越", "分钟一次", "分钟一回", "规律宫缩", "还疼", "很疼", "好疼",
                                                "疼得", "痛得", "见红", "出血", "流水", "破水", NULL}))
            return;
        set_flag(r, MR_SYM_PREG_WARNING, t0, t1);
        if (!not_pregnant_now(r)) set_flag(r, MR_COND_PREGNANCY, t0, t1);
        return;
    case K_KNEE: case K_ANKLE: case K_BACK: {
        if (rehab_done(r, h)) return;
        unsigned bit = (unsigned)FLAG_BIT[c];
        set_flag(r, bit, t0, t1);
        injury_phase(r, bit, h);
        return;
    }
    default:
        if (c < (int)(sizeof FLAG_BIT / sizeof FLAG_BIT[0]) && FLAG_BIT[c]) set_flag(r, (unsigned)FLAG_BIT[c], t0, t1);
    }
}

/* A joint named with no sensation ("ignore my knee, I want to run") still
 * counts, unless the clause says it is fine, healed, or somebody else's. */
static void read_body_alone(reader *r, int b) {
    int c = r->h[b].c;
    unsigned bit = c == B_KNEE ? MR_COND_KNEE : c == B_ANKLE ? MR_COND_ANKLE : c == B_LOWBACK ? MR_COND_BACK : 0;
    if (!bit || cancelled(r, b, 0, 0) || in_clause(r, b, Q_FINE) || in_clause(r, b, Q_HEALED) || in_clause(r, b, M_POS))
        return;
    set_flag(r, bit, r->h[b].t0, r->h[b].t1);
}

/* ------------------------------------------------------------ numbers */

static int hit_at(const reader *r, int t, int concept) {
    for (int k = 0; k < r->nh; k++)
        if (r->h[k].t0 == t && r->h[k].c == concept) return k;
    return -1;
}

/* A hit of the concept in token i's clause: before it (within `before`
 * tokens) when before > 0. */
static int near(const reader *r, int i, int concept, int before) {
    for (int k = 0; k < r->nh; k++) {
        if (r->h[k].c != concept || r->clause[r->h[k].t0] != r->clause[i]) continue;
        if (!before || (r->h[k].t1 <= i && i - r->h[k].t1 <= before)) return 1;
    }
    return 0;
}

/* A glucose test named at most six tokens before token i with no full
 * stop between, across the colon that introduces the reading. */
static int glu_before_colon(const reader *r, int i) {
    for (int k = 0; k < r->nh; k++) {
        if (r->h[k].c != N_GLU || r->h[k].t1 > i || i - r->h[k].t1 > 6) continue;
        int stop = 0;
        for (int o = r->t[r->h[k].t1 - 1].off; o < r->t[i].off && !stop; o++)
            stop = r->s[o] == '.' || r->s[o] == '!' || r->s[o] == '?' || !strncmp(r->s + o, "。", 3);
        if (!stop) return 1;
    }
    return 0;
}

/* A hit of the concept ending at most `before` tokens ahead of token i,
 * across a comma but in its sentence ("测了个空腹，8.2"). */
static int just_before(const reader *r, int i, int concept, int before) {
    for (int k = 0; k < r->nh; k++)
        if (r->h[k].c == concept && r->sent[r->h[k].t0] == r->sent[i] && r->h[k].t1 <= i && i - r->h[k].t1 <= before) {
            int only_punct = 1; /* "空腹，8.2", not "after dinner, type 2" */
            for (int j = r->h[k].t1; j < i; j++) only_punct &= r->t[j].kind == T_PUNCT;
            if (only_punct) return 1;
        }
    return 0;
}

/* Tokens from the nearest hit of the concept that ends before token i in
 * its clause, or -1 when none lies within `within`. */
static int nearest_before(const reader *r, int i, int concept, int within) {
    int best = -1;
    for (int k = 0; k < r->nh; k++) {
        if (r->h[k].c != concept || r->clause[r->h[k].t0] != r->clause[i] || r->h[k].t1 > i) continue;
        int d = i - r->h[k].t1;
        if (d <= within && (best < 0 || d < best)) best = d;
    }
    return best;
}

/* Vomiting written ("吐得吃不下", "can't keep anything down"), not only a
 * lost appetite ("饭也吃不下" after a breakup): with weeks or months
 * beside it, a pregnancy's sickness. */
static int vomiting(const reader *r) {
    for (int h = 0; h < r->nh; h++) {
        if (r->h[h].c != D_VOMIT_BAD) continue;
        int eat = 0;
        for (int i = r->h[h].t0; i < r->h[h].t1; i++) {
            if (tok_is(r, i, "吐")) return 1;
            eat |= tok_is(r, i, "吃") || (r->t[i].kind == T_WORD && !strcmp(r->t[i].skel, "eat"));
        }
        if (!eat || anywhere(r, D_NAUSEA)) return 1;
    }
    return 0;
}

/* The sentence of token i speaks of an illness (a 39°C there is a fever). */
static int sentence_ill(const reader *r, int i) {
    for (int k = 0; k < r->nh; k++)
        if (r->sent[r->h[k].t0] == r->sent[i] &&
            (r->h[k].c == D_ILL || r->h[k].c == D_COLD || r->h[k].c == D_UNWELL || r->h[k].c == B_BODY ||
             r->h[k].c == D_ANTIPYRETIC))
            return 1;
    return 0;
}

static int sentence_has(const reader *r, int i, int concept) {
    for (int k = 0; k < r->nh; k++)
        if (r->h[k].c == concept && r->sent[r->h[k].t0] == r->sent[i]) return 1;
    return 0;
}

/* 孕 said of a pregnancy now, not only of the time before it ("孕前每周跑3次": before the pregnancy) */
static int pregnancy_said(const char *s) {
    for (const char *at = strstr(s, "孕"); at; at = strstr(at + 3, "孕"))
        if (strncmp(at + 3, "前", 3) != 0) return 1;
    return 0;
}

/* "12 weeks of training", "6 weeks into the plan": weeks that are not a pregnancy. */
static int starts_plan(const reader *r, int i) {
    static const char *const w[] = {"of", "into", "ago", "training", "plan", "program", "programme", "since", "straight",
                                    "until", "till", "left", "to", "before", "after", "out", "没", "训练", "计划",
                                    "以前", "前", "后", NULL};
    for (int k = 0; w[k]; k++)
        if ((r->t[i].kind == T_WORD && !strcmp(r->t[i].skel, w[k])) || tok_is(r, i, w[k])) return 1;
    return 0;
}

/* "宝宝27周", "baby is 20 weeks": the third person named is the baby, and
 * the weeks are the writer's pregnancy. */
static int baby_before(const reader *r, int i) {
    for (int k = r->nh - 1; k >= 0; k--) {
        if (r->h[k].t0 > i || r->clause[r->h[k].t0] != r->clause[i] || r->h[k].c != Q_THIRD) continue;
        return is_baby(r, k);
    }
    return 0;
}

static int baby_anywhere(const reader *r) {
    for (int k = 0; k < r->nh; k++)
        if (is_baby(r, k)) return 1;
    return 0;
}

/* Somebody else's number ("my dad's bp is 180/110")? */
/* Is the mention of another person at hit k an aside, not the clause's
 * subject: in brackets closed before token i ("at my mate's (he's diabetic)
 * ... got 13.2"), or a place by their name ("at my mate's", "at Gran's")? */
static int aside_other(const reader *r, int k, int i) {
    int t0 = r->h[k].t0, t1 = r->h[k].t1;
    int open = 0, closed = 0;
    for (int j = t0 - 1; j >= 0 && r->clause[j] == r->clause[t0] && !open; j--) open = tok_is(r, j, "(") || tok_is(r, j, "（");
    for (int j = t1; j < i && !closed; j++) closed = tok_is(r, j, ")") || tok_is(r, j, "）");
    if (open && closed) return 1;
    const tok *e = &r->t[t1 - 1];
    int poss = e->len > 2 && !strncmp(r->s + e->off + e->len - 2, "'s", 2);
    return poss && t0 > 0 && (tok_is(r, t0 - 1, "at") || tok_is(r, t0 - 1, "from")) && t1 < r->nt &&
           !(r->t[t1].kind == T_WORD && !tok_is(r, t1, "(") && !tok_is(r, t1, "and") && !tok_is(r, t1, "for"));
}

static int others_at(const reader *r, int i) {
    for (int k = r->nh - 1; k >= 0; k--) {
        if (r->h[k].t0 > i || r->clause[r->h[k].t0] != r->clause[i]) continue;
        if (r->h[k].c == Q_THIRD && aside_other(r, k, i)) continue;
        /* "想同班姊妹去行山", "going with my sister": the company, the writer's own outing */
        if (r->h[k].c == Q_THIRD &&
            words_in(r, r->h[k].t0 - 2 < 0 ? 0 : r->h[k].t0 - 2, r->h[k].t0,
                     (const char *const[]){"同", "和", "跟", "约", "陪", "同埋", "with", NULL}))
            continue;
        if (r->h[k].c == Q_FIRST) return 0;
        if (r->h[k].c == Q_THIRD && tells_of_writer(r, k)) return 0;
        if (r->h[k].c == Q_THIRD) return !r->proxy;
    }
    return 0;
}


/* A fact found as words at byte offset off of the note: the writer's own,
 * and not denied? The concept matched there, when there is one, answers as
 * every finding does (negated, somebody else's); otherwise the clause does,
 * as it does for a number: another person named before it, or a negation
 * within three tokens before it. */
/* The first token that ends after byte off (r->nt if none). */
static int tok_at(const reader *r, int off) {
    int t = 0;
    while (t < r->nt && r->t[t].off + r->t[t].len <= off) t++;
    return t;
}

static int own_fact(const reader *r, int off) {
    for (int k = 0; k < r->nh; k++) {
        const tok *a = &r->t[r->h[k].t0], *b = &r->t[r->h[k].t1 - 1];
        if (a->off <= off && off < b->off + b->len) return !negated(r, k) && !others(r, k, 1);
    }
    int t = tok_at(r, off);
    return t >= r->nt || (!others_at(r, t) && nearest_before(r, t, Q_NEG, 3) < 0);
}

/* Is any of these words (a fact said in so many words) in the note as the
 * writer's own, not denied nor somebody else's? */
/* Insulin taken: named, a brand, a pump's words, or type 1 (which always
 * means insulin). Read by the table of facts said and kept by the check that
 * "insulin resistance" alone is not insulin taken. */
/* the writer's implanted defibrillator, by name */
static const char *const icd_w[] = {"icd", "defib", "除颤器", "除顫器", NULL};
static const char *const insulin_w[] = {"胰岛素", "insulin", "诺和锐", "来得时", "优泌乐", "lantus", "novorapid", "humalog",
                                        "levemir", "tresiba", "insulin pump", "omnipod", "novolog", "fiasp", "toujeo",
                                        "apidra", "basaglar", "诺和灵", "门冬胰岛素", "甘精胰岛素", "type 1 diabet",
                                        "type one diabet", "t1d", "t1 diabetic", "1型糖尿病", "一型糖尿病", "i型糖尿病",
                                        "have type 1", "got type 1", "i'm type 1", "im type 1", "t1 on pump", "bolused",
                                        "bolus", "temp basal", "on my pump", "t1, on a pump", "t1 on a pump", "t1, pump",
                                        "went hypo", "had a hypo", "a hypo on", "hypo on the", "hypo yesterday", "hypo last",
                                        NULL};

/* the sulfonylureas, which cause lows (insulin aside, the only common tablets that do; ADA 2024) */
static const char *const su_w[] = {"格列美脲", "格列齐特", "格列吡嗪", "格列本脲", "格列喹酮", "亚莫利", "达美康", "美吡达",
                                   "优降糖", "glimepiride", "gliclazide", "glipizide", "glibenclamide", "glyburide", "amaryl",
                                   "diamicron", "glucotrol", "daonil", NULL};

static int said_own(reader *r, const char *const *w) {
    int found = 0;
    for (int j = 0; w[j]; j++)
        for (const char *at = strstr(r->s, w[j]); at; at = strstr(at + 1, w[j]))
            /* a Latin word starts a word ("shin" is not in "pushing"); an ending may follow ("shins") */
            if (!(isalpha((unsigned char)w[j][0]) && at > r->s && isalpha((unsigned char)at[-1])) &&
                own_fact(r, (int)(at - r->s))) {
                if (r->n_placed < 32) { /* every place, for read_diagnosis */
                    r->placed[r->n_placed][0] = (int)(at - r->s);
                    r->placed[r->n_placed++][1] = (int)(at - r->s + strlen(w[j]));
                }
                found = 1;
            }
    return found;
}

/* The platelet count the writer gives for themselves ("Platelets were 60 at
 * discharge", "plt 45k", "血小板才6万", "血小板60"), in thousands per
 * microlitre (10^9/l): 1 for "low platelets" said without a number, 0 when
 * none is said, and none of someone else's. */
static int own_fact(const reader *r, int off);
static int platelet_count(const reader *r) {
    static const char *const key[] = {"platelets", "platelet count", "platelet", "plt", "血小板", NULL};
    for (int k = 0; key[k]; k++)
        for (const char *at = strstr(r->s, key[k]); at; at = strstr(at + 1, key[k])) {
            if (isalpha((unsigned char)key[k][0]) && at > r->s && isalpha((unsigned char)at[-1])) continue;
            if (!own_fact(r, (int)(at - r->s))) continue;
            const char *p = at + strlen(key[k]), *end = p + 40;
            while (*p && p < end && !isdigit((unsigned char)*p) && *p != '.' && strncmp(p, "。", 3)) p++;
            if (*p && isdigit((unsigned char)*p) && p < end) {
                char *q;
                double v = strtod(p, &q);
                while (*q == ',' && isdigit((unsigned char)q[1])) { /* "60,000" */
                    v = v * 1000 + strtod(q + 1, &q);
                }
                if (!strncmp(q, "万", 3)) v *= 10;                    /* 6万 = 60 x10^9/l */
                else if (*q == 'k' || *q == 'K') ;                    /* 60k */
                else if (v >= 1000) v /= 1000;                        /* 60000 per microlitre */
                if (v >= 1 && v < 1000) return (int)(v + 0.5);
            }
            if (any_sub(r->s, (const char *const[]){"low platelet", "platelets are low", "platelets were low", "platelets low",
                                                    "platelets still low", "血小板低", "血小板少", "血小板偏低", "血小板減少",
                                                    "血小板减少", NULL}))
                return 1;
        }
    return 0;
}

/* The first number within a few bytes after one of keys, said of the
 * writer ("neutrophils 0.8", "血红蛋白9.6", "hgb 112"); -1 when none. */
static double lab_value(const reader *r, const char *const *key) {
    for (int k = 0; key[k]; k++)
        for (const char *at = strstr(r->s, key[k]); at; at = strstr(at + 1, key[k])) {
            if (isalpha((unsigned char)key[k][0]) && at > r->s && isalpha((unsigned char)at[-1])) continue;
            const char *p = at + strlen(key[k]);
            if (isalpha((unsigned char)key[k][0]) && isalpha((unsigned char)*p) && *p != 's') continue; /* "hbc", not "hb" */
            if (!own_fact(r, (int)(at - r->s))) continue;
            const char *end = p + 16;
            while (*p && p < end && !isdigit((unsigned char)*p) && strncmp(p, "。", 3) && *p != ',' && *p != ';') p++;
            if (*p && p < end && isdigit((unsigned char)*p)) return strtod(p, NULL);
        }
    return -1;
}

/* The weekdays of dialysis, in the sentence that says dialysis ("on
 * dialysis Mon Wed Fri", "周一三五去血透", "dialysis Tuesdays, Thursdays and
 * Saturdays"): bit d, 0 Sunday .. 6; 0 unless two days or more are named. */
static unsigned dialysis_weekdays(const reader *r) {
    const char *s = r->s;
    static const char *const key[] = {"dialysis", "透析", "血透", "洗腎", "洗肾", NULL};
    static const struct { const char *w; int d; } en[] = {
        {"sun", 0}, {"sunday", 0}, {"sundays", 0}, {"mon", 1}, {"monday", 1}, {"mondays", 1}, {"tue", 2}, {"tues", 2},
        {"tuesday", 2}, {"tuesdays", 2}, {"wed", 3}, {"weds", 3}, {"wednesday", 3}, {"wednesdays", 3}, {"thu", 4},
        {"thur", 4}, {"thurs", 4}, {"thursday", 4}, {"thursdays", 4}, {"fri", 5}, {"friday", 5}, {"fridays", 5},
        {"sat", 6}, {"saturday", 6}, {"saturdays", 6}};
    static const char *const zh_day[] = {"日", "一", "二", "三", "四", "五", "六"};
    unsigned days = 0;
    for (int k = 0; key[k]; k++)
        for (const char *at = strstr(s, key[k]); at; at = strstr(at + 1, key[k])) {
            /* the sentence around it */
            int t = tok_at(r, (int)(at - s)), s0, s1;
            if (t >= r->nt) continue;
            sent_span(r, t, &s0, &s1);
            char sent[512];
            span_text(r, s0, s1, sent, sizeof sent);
            for (size_t i = 0; i < sizeof en / sizeof en[0]; i++)
                if (has_word(sent, en[i].w)) days |= 1u << en[i].d;
            if (has_word(sent, "mwf")) days |= 1u << 1 | 1u << 3 | 1u << 5;
            /* 周一三五, 星期二、四、六, 礼拜一和周四: a run of day numerals after the
             * week's word; right after the dialysis word ("洗腎一三五"), a run of
             * two at least ("透析一次" is not Monday) */
            static const char *const week[] = {"周", "週", "星期", "礼拜", "禮拜", "透析", "血透", "洗腎", "洗肾", NULL};
            for (int w = 0; week[w]; w++)
                for (const char *q = strstr(sent, week[w]); q; q = strstr(q + 1, week[w])) {
                    const char *c = q + strlen(week[w]);
                    unsigned run = 0;
                    for (;;) {
                        int dn = -1;
                        for (int d = 0; d < 7; d++)
                            if (!strncmp(c, zh_day[d], strlen(zh_day[d]))) dn = d;
                        if (dn < 0 && w < 5 && !strncmp(c, "天", 3)) dn = 0;
                        if (dn >= 0) { run |= 1u << dn; c += 3; continue; }
                        if (!strncmp(c, "、", 3) || !strncmp(c, "和", 3)) { c += 3; continue; } /* "，" is "," by now */
                        if (*c == ',' || *c == ' ' || *c == '/') { c++; continue; }
                        break;
                    }
                    if (w < 5 || __builtin_popcount(run) >= 2) days |= run;
                }
        }
    return __builtin_popcount(days) >= 2 ? days : 0;
}

/* Is any of these words the writer's own, in a sentence with none of the
 * words that put it in the past ("上个月有一次…手抖出冷汗", "went off once last year")? */
static int said_own_now(const reader *r, const char *const *w, const char *const *past) {
    for (int k = 0; w[k]; k++)
        for (const char *at = strstr(r->s, w[k]); at; at = strstr(at + 1, w[k])) {
            int t = tok_at(r, (int)(at - r->s)), s0, s1;
            if (t >= r->nt) continue;
            sent_span(r, t, &s0, &s1);
            if (own_fact(r, (int)(at - r->s)) && !span_says(r, s0, s1, past)) return 1;
        }
    return 0;
}

static void bp_reading(reader *r, int sys, int dia, int t0, int t1) {
    if (sys < 70 || sys > 300 || dia < 30 || dia > 200 || sys <= dia + 5) return;
    mr_notes *o = r->out;
    if (sys > o->bp_sys || (sys == o->bp_sys && dia > o->bp_dia)) { o->bp_sys = sys; o->bp_dia = dia; }
    if (sys >= 140 || dia >= 90) set_flag(r, MR_COND_HYPERTENSION, t0, t1);
}

/* "血压一直偏高", "bp has been high", "血压…在吃药": blood pressure with a
 * word for high, or with medication, in the same clause. */
static void read_bp_words(reader *r) {
    static const char *const high[] = {"高", "偏高", "high", "elevated", "up", "through", "raised", NULL};
    for (int h = 0; h < r->nh; h++) {
        if (r->h[h].c != N_BP || others(r, h, 0) || negated(r, h)) continue;
        int t0 = r->h[h].t0, found = 0;
        for (int i = r->h[h].t1; i < r->nt && i <= r->h[h].t1 + 4 && r->clause[i] == r->clause[t0] && !found; i++)
            for (int k = 0; high[k]; k++)
                if (tok_is(r, i, high[k]) || (r->t[i].kind == T_WORD && !strcmp(r->t[i].skel, high[k]))) found = i + 1;
        /* "home cuff says 136/84, finally under control since the new pills":
         * a reading with blood-pressure medicine in the sentence is treated */
        /* (not when the pressure told is a low one, a medicine's side effect: "药引起的姿势性低血压") */
        int low = any_sub(r->s, (const char *const[]){"低血压", "low blood pressure", "hypotension", "low bp", NULL});
        for (int k = 0; k < r->nh && !found && !low; k++)
            if (r->h[k].c == Q_MEDS && hsent(r, k) == hsent(r, h) && !negated(r, k) && !in_clause(r, h, Q_NEG))
                found = r->h[h].t1;
        /* "血压也不高", "bp's not high at all": denied between the two */
        static const char *const deny[] = {"不", "没", "沒", "未", "并不", "not", "never", "no", "isnt", "isn", "wasnt",
                                           "wasn", "arent", "aren", "nt", NULL};
        if (found && found - 1 > r->h[h].t1 && words_in(r, r->h[h].t1, found - 1, deny) &&
            !span_says(r, r->h[h].t1, found, (const char *const[]){"从没", "从来没", "never been", "never this", NULL}))
            found = 0;
        if (found) set_flag(r, MR_COND_HYPERTENSION, t0, found);
    }
}

/* A number as the readings below use it: none of them is near a million,
 * and capping there keeps the conversions to int defined for a note that
 * holds "2222222222222222222222". */
static double reading(const tok *t) { return t->val < 1e6 ? t->val : 1e6; }

/* A note about periods ("no period for 3 months", "例假推迟两周"): its
 * weeks and months are a cycle's, not a pregnancy's. */
static int period_talk(const reader *r) {
    static const char *const w[] = {"period", "periods", "月经", "例假", "大姨妈", "经期", "menstrual", NULL};
    return words_in(r, 0, r->nt, w);
}

/* A reading from an episode a week or more ago ("a panic attack last week,
 * heart going like 160"): what it was then, not a rate at rest now. */
static int episode_past(const reader *r, int i) {
    /* "前几天烧到39度，现在烧退了三天了": days back count too, told as gone */
    static const char *const w[] = {"上周", "上个星期", "上礼拜", "上个月", "去年", "前几天", "几天前", "前些天", "那几天",
                                    "wek", "month", "year", "days", NULL}; /* skeletons: repeats collapsed */
    static const char *const last[] = {"last", "ago", NULL};
    int a = i, b = i;
    while (a > 0 && r->sent[a - 1] == r->sent[i]) a--;
    while (b + 1 < r->nt && r->sent[b + 1] == r->sent[i]) b++;
    /* "前几天开始坐着心跳就120多，今天还是这样": days back, and still going */
    static const char *const goes_on[] = {"开始", "一直", "还", "今天", "started", "since", "still", "today", "now", NULL};
    int on = words_in(r, a, b + 1, goes_on);
    for (int k = a; k <= b; k++) {
        const tok *t = &r->t[k];
        if (t->kind == T_CJK && words_in(r, k, k + 1, w) && !(on && words_in(r, k, k + 1, w + 5))) return 1;
        if (t->kind == T_WORD && words_in(r, k, k + 1, w + 9) &&
            (words_in(r, k - 1, k, last) || words_in(r, k + 1, k + 2, last)) && !(on && words_in(r, k, k + 1, w + 12)))
            return 1;
    }
    return 0;
}

/* Does the text just before byte off (spaces skipped) end with one of w? */
static int text_before_is(const reader *r, int off, const char *const *w) {
    while (off > 0 && r->s[off - 1] == ' ') off--;
    for (int j = 0; w[j]; j++) {
        int n = (int)strlen(w[j]);
        if (n <= off && !strncmp(r->s + off - n, w[j], n) &&
            !(isalpha((unsigned char)w[j][0]) && off - n > 0 && isalpha((unsigned char)r->s[off - n - 1])))
            return 1;
    }
    return 0;
}

/* Is one of w in the text (as a whole word when whole) without one of
 * before just ahead of it? "我当力量训练记录" is no lifting asked about,
 * "not needed it" no GTN used. */
static int said_not_after(const reader *r, const char *const *w, const char *const *before, int whole) {
    for (int k = 0; w[k]; k++)
        for (const char *at = strstr(r->s, w[k]); at; at = strstr(at + 1, w[k]))
            if ((!whole || word_at(r->s, (size_t)(at - r->s), w[k])) && !text_before_is(r, (int)(at - r->s), before)) return 1;
    return 0;
}

/* "佢而家32週", "她现在32周": she, then at most two characters, then the number at token i */
static int she_before(const reader *r, int i) {
    const char *at = r->s + r->t[i].off;
    /* "她两个星期没下楼了", "佢3個月冇出街": how long something has not happened */
    static const char *const not_done[] = {"没", "沒", "冇", "不", NULL};
    for (int k = 0; not_done[k]; k++) {
        const char *q = strstr(at, not_done[k]);
        if (q && q - at <= 15) return 0;
    }
    for (int back = 3; back <= 9 && r->t[i].off >= back; back += 3)
        if (!strncmp(at - back, "她", 3) || !strncmp(at - back, "佢", 3)) return 1;
    return 0;
}

/* "我妈三高，昨天血压180/100": a number in a clause that names nobody,
 * after a clause of the same sentence whose topic is somebody else (named
 * first in it), with no "I" between: theirs. */
static int topic_other(const reader *r, int i) {
    if (r->proxy) return 0;
    int c0 = clause_start(r, i);
    for (int k = r->nh - 1; k >= 0; k--) {
        if (r->h[k].t0 >= i) continue;
        if (r->sent[r->h[k].t0] != r->sent[i]) break;
        if (r->h[k].c == Q_FIRST) return 0;
        if (r->h[k].c != Q_THIRD) continue;
        if (r->h[k].t0 >= c0) return 0; /* in the number's own clause: others_at's call */
        int k0 = clause_start(r, r->h[k].t0), health = 0;
        /* "at my mate's (he's diabetic) ... got 13.2": an aside in brackets is not the sentence's topic */
        if (k0 > 0 && (tok_is(r, k0 - 1, "(") || tok_is(r, k0 - 1, "（") || tok_is(r, k0, "(") || tok_is(r, k0, "（"))) continue;
        for (int m = k + 1; m < r->nh && hclause(r, m) == hclause(r, k); m++) health |= is_target(r->h[m].c);
        /* "我妈三高", "my mum has high blood pressure"; not "老公出差了，今早血压160/100" */
        return r->h[k].t0 <= k0 + 1 && health && !tells_of_writer(r, k);
    }
    return 0;
}

static void read_numbers(reader *r) {
    mr_notes *o = r->out;
    int pending_sys = -1, pending_t = 0;
    for (int i = 0; i < r->nt; i++) {
        const tok *t = &r->t[i];
        if (t->kind != T_NUM) continue;
        int next_is_weeks = i + 1 < r->nt && (hit_at(r, i + 1, N_WEEK) >= 0 || hit_at(r, i + 1, N_MONTH) >= 0);
        if ((others_at(r, i) || topic_other(r, i)) && !(next_is_weeks && baby_before(r, i))) continue;
        /* "39.2 last night for the little one": whose reading, said just after it */
        {
            int whose = 0;
            for (int j = i + 1; j < r->nt && j <= i + 6 && r->sent[j] == r->sent[i] && !whose; j++)
                whose = hit_at(r, j, Q_THIRD) >= 0 && j > 0 && (tok_is(r, j - 1, "for") || tok_is(r, j - 1, "the"));
            if (whose) continue;
        }
        double v = reading(t);
        /* a blood pressure: 160/100, 160 over 100 */
        if (i + 2 < r->nt && r->t[i + 2].kind == T_NUM && !t->dot && !r->t[i + 2].dot &&
            (tok_is(r, i + 1, "/") || hit_at(r, i + 1, N_OVER) >= 0 || tok_is(r, i + 1, "比") ||
             /* "血压160-100", "BP 150-95": a dash after the words for blood pressure */
             ((tok_is(r, i + 1, "-") || tok_is(r, i + 1, "~")) && nearest_before(r, i, N_BP, 3) >= 0 && v >= 90 && v <= 260 &&
              reading(&r->t[i + 2]) >= 40 && reading(&r->t[i + 2]) <= 160 && v > reading(&r->t[i + 2]) + 10))) {
            bp_reading(r, (int)v, (int)reading(&r->t[i + 2]), i, i + 3);
            i += 2;
            continue;
        }
        /* "血压158 96", "量了血压一百五十八九十六": two numbers side by side
         * just after the words for blood pressure */
        if (i + 1 < r->nt && r->t[i + 1].kind == T_NUM && !t->dot && !r->t[i + 1].dot && nearest_before(r, i, N_BP, 3) >= 0 &&
            v >= 90 && v <= 260 && reading(&r->t[i + 1]) >= 40 && reading(&r->t[i + 1]) <= 160 && v > reading(&r->t[i + 1]) + 10) {
            bp_reading(r, (int)v, (int)reading(&r->t[i + 1]), i, i + 2);
            i += 1;
            continue;
        }
        /* 高压150 低压95; systolic 150 diastolic 95: the nearer label decides */
        int ds = nearest_before(r, i, N_SYS, 3), dd = nearest_before(r, i, N_DIA, 3);
        if (ds >= 0 && (dd < 0 || ds < dd) && !t->dot) {
            pending_sys = (int)v;
            pending_t = i;
            /* "top number 160", "上压165": the upper number alone is a reading
             * too, 140 or more is high, 180 or more a crisis (ACC/AHA 2017) */
            if (v >= 90 && v <= 260) {
                if (v > r->out->bp_sys) r->out->bp_sys = (int)v;
                if (v >= 140) set_flag(r, MR_COND_HYPERTENSION, i, i + 1);
            }
            continue;
        }
        if (dd >= 0 && !t->dot && pending_sys > 0) {
            bp_reading(r, pending_sys, (int)v, pending_t, i + 1);
            pending_sys = -1;
            continue;
        }
        int next = i + 1;
        if (next < r->nt && r->t[next].kind == T_WORD && r->t[next].off == t->off + t->len &&
            (!strcmp(r->t[next].skel, "th") || !strcmp(r->t[next].skel, "st") || !strcmp(r->t[next].skel, "nd") ||
             !strcmp(r->t[next].skel, "rd")))
            next++; /* "7th month" */
        int unit_c = next < r->nt && hit_at(r, next, N_DEG_C) >= 0;
        int unit_f = next < r->nt && hit_at(r, next, N_DEG_F) >= 0;
        int unit_other = next < r->nt && hit_at(r, next, N_UNIT_OTHER) >= 0;
        /* a glucose value (mmol/l or mg/dl), an HbA1c */
        if (near(r, i, N_A1C, 4) && v >= 4 && v <= 20) { o->a1c = (float)v; if (v >= 6.5) set_flag(r, MR_COND_DIABETES, i, i + 1); continue; }
        /* "went low at 3.6, had juice, now 6.8", "低血糖3.5，喝了果汁，现在6.2":
         * after a glucose said, a decimal that follows "now" is the next reading */
        int next_reading = (r->glucose_off > 0 || r->low_off >= 0 || anywhere(r, D_HYPO) || anywhere(r, N_GLU)) && t->dot && v >= 2 && v <= 35 &&
                           text_before_is(r, t->off, (const char *const[]){"now", "现在", "回到", "升到", "up to", "back to",
                                                                            "back at", "now at", "已经", "now i'm", "now im",
                                                                            "i'm", "im", "i am", "sitting at", "现在是", NULL});
        if ((near(r, i, N_GLU, 5) || near(r, i, K_DIAB, 5) || near(r, i, N_FASTING, 5) || near(r, i, D_HYPO, 3) ||
             just_before(r, i, N_FASTING, 2) || just_before(r, i, N_GLU, 2) || next_reading ||
             /* "空腹血糖连着三天都是七点六": a decimal a few words after the glucose named */
             (t->dot && v >= 2 && v <= 35 && nearest_before(r, i, N_GLU, 8) >= 0) ||
             /* "did a finger prick ... got 13.2": the meter's reading, the glucose unnamed */
             (t->dot && v >= 2 && v <= 35 &&
              any_sub(r->s, (const char *const[]){"finger prick", "finger-prick", "fingerprick", "pricked my finger", "扎手指",
                                                  "扎了手指", "测了手指", NULL})) ||
             /* "胳膊上贴的那个小圆片，读数16.8": a reading, the sensor named in the note */
             (text_before_is(r, t->off, (const char *const[]){"读数", "讀數", "reading", "reads", "showed", "显示", NULL}) &&
              any_sub(r->s, (const char *const[]){"小圆片", "圆片", "探头", "传感器", "贴片", "血糖仪", "libre", "dexcom", "cgm",
                                                  "sensor", "glucose meter", "my meter", NULL})) ||
             /* "finger stick at the health fair: 231": the reading after a colon, the test a few words back */
             (glu_before_colon(r, i) && text_before_is(r, t->off, (const char *const[]){":", "：", NULL}))) && !unit_other &&
            r->s[t->off + t->len] != ':' && r->s[t->off + t->len] != '/') {
            int mmol = (next < r->nt && hit_at(r, next, N_MMOL) >= 0) || (v <= 35 && hit_at(r, next, N_MGDL) < 0);
            double mg = mmol ? v * 18.0 : v;
            /* "last week i went low (3.1) halfway thru": a low of a week or more ago, not today's reading */
            if (mg >= 20 && mg < 70 && episode_past(r, i)) {
                o->hypo_past = 1;
                continue;
            }
            if (mg >= 20 && mg <= 900) {
                o->glucose = (int)(mg + 0.5);
                r->glucose_off = t->off;
                int fasting = near(r, i, N_FASTING, 0) || just_before(r, i, N_FASTING, 2) ||
                              span_says(r, clause_start(r, i), i, (const char *const[]){"fasting", "空腹", "fbs", "fbg", NULL});
                if (mg >= 200 || (fasting && mg >= 126)) set_flag(r, MR_COND_DIABETES, i, i + 1);
                if (mg < 70) { o->notes |= MR_NOTE_LOW_GLUCOSE; r->low_off = t->off; }
            }
            continue;
        }
        /* a resting heart rate of 100 or more: tachycardia at rest; a heart
         * rate of 110 or more with no hard effort said ("心跳就一百三四",
         * "pulse 140 sat on the couch") */
        /* "zone on the device is 170", "ICD set to shock at 188", "除颤器设定在180":
         * the rate the device shocks at, the one to stay well under (HRS 2019) */
        {
            static const char *const zone[] = {"zone", "shock", "set to", "set at", "cutoff", "cut-off", "cut off", "programmed",
                                               "threshold", "therapy", "设定", "设置", "設定", "設置", "放电", "放電", "阈值",
                                               "閾值", NULL};
            if (v >= 130 && v <= 240 && !t->dot && any_sub(r->s, icd_w) && span_says(r, i - 8 < 0 ? 0 : i - 8, i, zone)) {
                o->icd_zone = (int)v;
                continue;
            }
        }
        /* "手表说我该到心率130", "trying to get my HR to 150": a number aimed at, not one measured */
        static const char *const aim[] = {"该到", "要到", "达到", "目标", "reach", "aim", "target", "should", "zone", NULL};
        /* ("到", "hit", "get": a rate reached in effort or aimed at; in sleep, "夜里心率到130", "HR hit 130 asleep", measured) */
        static const char *const aim_weak[] = {"到", "get", "hit", "to", NULL};
        int asleep = sentence_at_says(r, i, (const char *const[]){"睡着", "夜里", "半夜", "睡觉时", "睡觉的时候", "asleep",
                                                                   "overnight", "in my sleep", "while sleeping", NULL});
        if ((near(r, i, N_RESTHR, 5) || near(r, i, B_HEART, 4)) &&
            (span_says(r, i - 4 < 0 ? 0 : i - 4, i, aim) ||
             (words_in(r, i - 4 < 0 ? 0 : i - 4, i, aim_weak) && !asleep)))
            continue;
        /* "手表说我夜里心率掉到38 然后又一下子到130", "HR jumped to 130 overnight while I was asleep":
         * a fast rate in sleep is a rate at rest */
        if (asleep && v >= 110 && v <= 250 && !t->dot && !anywhere(r, Q_HARD) && !episode_past(r, i) &&
            !span_says(r, clause_start(r, i), clause_end(r, i), (const char *const[]){"run", "ride", "swim", "跑", "骑", "游",
                                                                                      "练", "today", "今天", NULL}) &&
            hit_at(r, next, N_UNIT_OTHER) < 0 && sentence_at_says(r, i, (const char *const[]){"心率", "心跳", "heart rate", "hr",
                                                                                          "pulse", "bpm", "脉搏", NULL})) {
            set_flag(r, MR_SYM_PALPITATIONS, i, i + 1);
            continue;
        }
        /* "my physio set a heart rate cap of about 110", "keep my HR under 110",
         * "心率控制在110以下": a limit set for pacing, not a rate measured */
        static const char *const cap[] = {"cap", "capped", "limit", "ceiling", "keep", "stay", "上限",
                                          "不超过", "控制在", "别超过", "不要超过", NULL};
        if ((near(r, i, N_RESTHR, 6) || near(r, i, B_HEART, 6)) && (words_in(r, i - 5 < 0 ? 0 : i - 5, i, cap) ||
                                                                    !strncmp(r->s + t->off + t->len, "以下", 6) ||
                                                                    !strncmp(r->s + t->off + t->len, "以内", 6))) {
            if (v >= 80 && v <= 200 && !t->dot) r->out->hr_cap = (int)v;
            continue;
        }
        /* "on metoprolol my HR barely goes above 110", "心率最高只到120": a
         * ceiling the writer cannot get past, not a rate measured (skeletons:
         * repeated letters collapsed) */
        static const char *const ceiling[] = {"above", "over", "past", "beyond", "exced", "exceds", "max", "maximum",
                                              "peak", "peaks", "tops", "最高", "超过", "超", "上不去", "顶多", "最多", NULL};
        /* ("I shouldn't get my heart rate over 140", "心率别超过140": a limit advised) */
        static const char *const limit[] = {"barely", "never", "hardly", "rarely", "doesnt", "dont", "wont", "cant",
                                            "canot", "only", "shouldnt", "should", "keep", "not", "最高", "只", "不", "别",
                                            "上不去", "顶多", "最多", NULL};
        if ((near(r, i, N_RESTHR, 5) || near(r, i, B_HEART, 4)) && words_in(r, i - 4, i, ceiling) &&
            words_in(r, clause_start(r, i), i, limit))
            continue;
        /* "HR drops back under 120 within a minute", "心率一分钟就降回120以下":
         * how fast it recovers after an effort, not a rate at rest */
        static const char *const recovers[] = {"under", "below", "back to", "back down", "drops", "dropped", "drop", "comes down",
                                               "came down", "down to", "降到", "降回", "回到", "掉到", "降至", "以下", NULL};
        if ((near(r, i, N_RESTHR, 5) || near(r, i, B_HEART, 4)) &&
            (words_in(r, i - 4 < 0 ? 0 : i - 4, i, recovers) || !strncmp(r->s + t->off + t->len, "以下", 6)) &&
            span_says(r, clause_start(r, i), clause_end(r, i), (const char *const[]){"within", "minute", "seconds", "分钟", "秒",
                                                                                     "after", "之后", "以后", NULL}) &&
            !span_says(r, clause_start(r, i), clause_end(r, i), (const char *const[]){"won't", "wont", "doesn't", "doesnt",
                                                                                      "not", "never", "不", "没", NULL}))
            continue;
        /* "my cardio zone is 125-140 but I never get near that", "目标心率120-140": a zone or a target told, not a rate measured */
        {
            int z0, z1;
            sent_span(r, i, &z0, &z1);
            if (span_says(r, z0, z1, (const char *const[]){"zone", "target", "supposed to", "should be", "aim for", "get near",
                                                           "get up to", "区间", "目标心率", "靶心率", "达不到", "到不了", "上不去",
                                                           NULL}))
                continue;
        }
        /* "晨脉平时48，今天躺着测了102": the morning pulse named earlier in the sentence */
        int rest_named = near(r, i, N_RESTHR, 5);
        for (int k = 0; k < r->nh && !rest_named; k++)
            rest_named = r->h[k].c == N_RESTHR && r->h[k].t0 < i && r->sent[r->h[k].t0] == r->sent[i] && !t->dot &&
                         !span_says(r, clause_start(r, i), clause_end(r, i),
                                    (const char *const[]){"max", "peak", "最高", "最大", "跑", "run", "ride", NULL}) &&
                         !anywhere(r, Q_HARD);
        if (rest_named && !unit_other) {
            if (v >= 100 && v <= 250) set_flag(r, MR_SYM_PALPITATIONS, i, i + 1);
            continue;
        }
        /* "跑步的时候心跳一百六正常吗?": a rate while running is the run's */
        static const char *const moving[] = {"跑步的时候", "跑步时", "跑的时候", "运动的时候", "运动时", "骑车的时候", "爬山的时候",
                                             "跑步時", "運動時", "while running", "during my run", "during a run", "on my run",
                                             "when i run", "when running", "during exercise", "while exercising", "on the treadmill",
                                             "on the bike",
                                             /* where in a session it was read: the top of a climb, the last rep, the walk back */
                                             "at the top", "on the last", "the last rep", "the last interval", "up the hill",
                                             "uphill", "the climb", "on the walk back", "walking back", "cool down", "cooldown",
                                             "the segment", "最后一个", "最后一组", "坡顶", "爬坡", "冲刺", NULL};
        int s0m, s1m;
        sent_span(r, i, &s0m, &s1m);
        int exercising = span_says(r, s0m, s1m, moving) && v <= 200;
        /* "400米间歇跑完...心跳一直在190多下不来": a fast rate after the session
         * that will not come down at rest is no longer the session's */
        if (near(r, i, B_HEART, 4) && v >= 150 && v <= 250 && !t->dot && not_settling(r) && !episode_past(r, i) &&
            hit_at(r, next, N_UNIT_OTHER) < 0) {
            set_flag(r, MR_SYM_PALPITATIONS, i, i + 1);
            continue;
        }
        if (near(r, i, B_HEART, 4) && v >= 110 && v <= 250 && !t->dot && !anywhere(r, Q_HARD) && !episode_past(r, i) &&
            hit_at(r, next, N_UNIT_OTHER) < 0 && !exercising) {
            set_flag(r, MR_SYM_PALPITATIONS, i, i + 1);
            continue;
        }
        static const char *const sitting_still[] = {"sitting", "sat ", "at my desk", "on the couch", "on the sofa",
                                                    "resting", "lying", "in bed", "watching", "坐着", "躺着", "静坐", "没动",
                                                    "休息时", NULL};
        /* "watch says 138 bpm and I'm sitting at my desk": beats per minute
         * of 110 or more said at rest */
        if (next < r->nt && tok_is(r, next, "bpm") && v >= 110 && v <= 250 && !anywhere(r, Q_HARD) && !episode_past(r, i)) {
            if (any_sub(r->s, sitting_still)) { set_flag(r, MR_SYM_PALPITATIONS, i, i + 2); continue; }
        }
        /* "heart again?? sitting at my desk and it's racing like 130": a
         * rate told beside the racing word, the heart named in the note,
         * while sitting still */
        if (near(r, i, S_RACE, 3) && anywhere(r, B_HEART) && v >= 110 && v <= 250 && !t->dot && !exercising &&
            !anywhere(r, Q_HARD) && !episode_past(r, i) && hit_at(r, next, N_UNIT_OTHER) < 0) {
            if (any_sub(r->s, sitting_still)) { set_flag(r, MR_SYM_PALPITATIONS, i, i + 1); continue; }
        }
        /* "坐着心跳都一百多", "sitting down my pulse is 112": over 100 while
         * sitting still is a fast heart at rest (AHA: tachycardia is over
         * 100 at rest), even the day after a hike */
        {
            static const char *const still[] = {"坐着", "躺着", "静坐", "坐下来", "坐那", "休息时", "休息的时候", "不动",
                                                "sitting", "sat down", "lying down", "at rest", "resting", NULL};
            int over = v > 100 || (v == 100 && !strncmp(r->s + t->off + t->len, "多", 3));
            if (near(r, i, B_HEART, 4) && over && v <= 250 && !t->dot && !exercising && !episode_past(r, i) &&
                hit_at(r, next, N_UNIT_OTHER) < 0 && span_says(r, clause_start(r, i), clause_end(r, i), still)) {
                set_flag(r, MR_SYM_PALPITATIONS, i, i + 1);
                continue;
            }
        }
        /* weeks or months of pregnancy */
        /* "36 wks" with a pregnancy, with what only a pregnancy has ("leaking
         * fluid", the baby, a scan), or opening the note ("24 wks, my left
         * calf is swollen"); "37+1" is how pregnancies count weeks and days */
        int opens = (i == 0 && next + 1 < r->nt && !starts_plan(r, next + 1)) ||
                    (i > 0 && (hit_at(r, i - 1, Q_FIRST) >= 0 || tok_is(r, i - 1, "am") || tok_is(r, i - 1, "deh") ||
                               tok_is(r, i - 1, "dey"))) || /* "I'm 30 wks", "我28周了", Patois "mi deh 36 week" */
                    (i > 0 && r->proxy && (tok_is(r, i - 1, "is") || tok_is(r, i - 1, "she's") || tok_is(r, i - 1, "shes") ||
                                           tok_is(r, i - 1, "s"))) || /* typed by her mother: "my daughter is 29 weeks", "she's 34 weeks" */
                    (r->proxy && v >= 6 && she_before(r, i)) || /* typed by her husband: "佢而家32週", "她现在32周" */
                    ((i == 0 || r->t[i - 1].kind == T_PUNCT) &&
                     (next + 1 >= r->nt || r->clause[next + 1] != r->clause[i] || r->t[next + 1].kind == T_PUNCT));
        /* "一个星期没出门了" opens on a week of staying in, not a pregnancy's
         * week: opening the note, the weeks are a pregnancy's only from 4
         * and said as weeks ("28周了", "30 wks"), not "一个星期" */
        if (opens && next < r->nt && (v < 4 || !strncmp(r->s + r->t[next].off, "个星期", 9))) opens = 0;
        int plus = tok_is(r, next, "+") && next + 1 < r->nt && r->t[next + 1].kind == T_NUM && r->t[next + 1].val <= 6;
        if (plus && v >= 4 && v <= 42 && !t->dot) {
            if (not_pregnant_now(r)) continue; /* "宝宝8周了" after a birth: the baby's age */
            if ((int)v > o->preg_weeks) o->preg_weeks = (int)v; /* the latest week is now; an earlier one is history */
            set_flag(r, MR_COND_PREGNANCY, i, i + 3);
            continue;
        }
        int preg_ctx = anywhere(r, K_PREG) || anywhere(r, D_PREGWARN) || anywhere(r, D_BLEED) || baby_anywhere(r) ||
                       vomiting(r) || anywhere(r, N_PREGCTX) || opens || tok_is(r, next + 1, "along") ||
                       (i == 0 && hit_at(r, next, N_WEEK) >= 0 && (r->known & MR_COND_PREGNANCY)) ||
                       /* "swollen ankles at 37w": weeks written as a glued "w" are a pregnancy's */
                       (v >= 12 && v <= 42 && !t->dot && tok_is(r, next, "w") && r->t[next].off == t->off + t->len) ||
                       /* voice input's "我现在运27周" for 孕 */
                       (t->off >= 3 && !strncmp(r->s + t->off - 3, "运", 3) && hit_at(r, next, N_WEEK) >= 0 && v >= 6 &&
                        v <= 42 && !any_sub(r->s, (const char *const[]){"货", "快递", "物流", "运输", "运费", "托运", NULL}));
        /* "3 weeks out from nationals", "two weeks away from the race": a countdown, not a pregnancy;
         * "6 weeks post ACL recon", "术后6周": since an operation */
        int countdown = (i > 0 && tok_is(r, i - 1, "for")) || /* "walked every day for 6 weeks": how long, not a pregnancy */
                        (next + 1 < r->nt && (tok_is(r, next + 1, "out") || tok_is(r, next + 1, "away") ||
                                             tok_is(r, next + 1, "post") || tok_is(r, next + 1, "postop") ||
                                             tok_is(r, next + 1, "since") || tok_is(r, next + 1, "after") ||
                                             /* "6 wk check with gynae", "6-week check-up": the check after a birth */
                                             tok_is(r, next + 1, "check") || tok_is(r, next + 1, "checkup") ||
                                             tok_is(r, next + 1, "review") || tok_is(r, next + 1, "postnatal") || tok_is(r, next + 1, "pp") ||
                                             tok_is(r, next + 1, "postpartum")));
        static const char *const op_w[] = {"术后", "手术", "surgery", "op", "operation", "recon", "reconstruction",
                                           "replacement", NULL};
        countdown |= words_in(r, clause_start(r, i), clause_end(r, i), op_w) && !anywhere(r, K_PREG);
        /* "the waiting list (letter says 3-4 months)": a range or a wait, not a pregnancy's months */
        countdown |= !anywhere(r, K_PREG) &&
                     ((i >= 2 && tok_is(r, i - 1, "-") && r->t[i - 2].kind == T_NUM) ||
                      span_says(r, 0, r->nt, (const char *const[]){"waiting list", "wait list", "waitlist", "waiting for",
                                                                  "on the list", "排队", "等了", "还要等", NULL}));
        /* "周三周五满课": the 三 of a weekday, its 周 before it, not three weeks */
        if (i > 0 && r->t[i].off >= 3 && (!strncmp(r->s + r->t[i].off - 3, "周", 3) || !strncmp(r->s + r->t[i].off - 3, "週", 3)))
            countdown = 1;
        /* "6 weeks ago", "一个月前得了甲流": a time ago, not a pregnancy's weeks */
        if (next < r->nt) {
            const char *u = r->s + r->t[next].off;
            static const char *const unit[] = {"个多月", "个月", "月", "个星期", "星期", "周", NULL};
            for (int k = 0; unit[k]; k++)
                if (!strncmp(u, unit[k], strlen(unit[k]))) { u += strlen(unit[k]); break; }
            countdown |= !strncmp(u, "前", 3) || !strncmp(u, "以前", 6) || (next + 1 < r->nt && tok_is(r, next + 1, "ago"));
        }
        /* "宝宝两个月了", "baby is 8 weeks old": the baby's age, after the birth;
         * not "宝宝32周了", which is how a pregnancy's weeks are said, nor any
         * note with a word of pregnancy in it (a missed pregnancy is the worse error) */
        if (next < r->nt && (hit_at(r, next, N_WEEK) >= 0 || hit_at(r, next, N_MONTH) >= 0) &&
            (hit_at(r, next, N_MONTH) >= 0 || strstr(r->s, " old")) &&
            !any_sub(r->s, (const char *const[]){"怀", "胎", "产检", "宫缩", "羊水", "预产期", "肚子", "pregnan", "bump",
                                                 "due", "trimester", "midwife", "contraction", NULL}) &&
            !pregnancy_said(r->s)) {
            static const char *const baby[] = {"宝宝", "娃", "baby", "bub", "babe", "little one", NULL};
            const char *u = r->s + r->t[next].off + r->t[next].len;
            if (!strncmp(u, "月", 3)) u += 3; /* "两个|月了": the unit's second character */
            else if (!strncmp(u, "星期", 6)) u += 6;
            int old = !strncmp(u, "了", 3) || !strncmp(u, "大", 3) || !strncmp(u, " old", 4) ||
                      (next + 1 < r->nt && (tok_is(r, next + 1, "了") || tok_is(r, next + 1, "old") || tok_is(r, next + 1, "大")));
            static const char *const born[] = {"出生", "生下来", "出世", "生完", "born", NULL}; /* "宝宝出生三个月了" */
            /* "背着四个月的宝宝": the baby's age before the baby */
            int baby_after = !strncmp(u, "的宝宝", 9) || !strncmp(u, "的娃", 6) || !strncmp(u, "大的宝宝", 12) ||
                             !strncmp(u, "大的娃", 9);
            if (((old && (words_in(r, i - 3 < clause_start(r, i) ? clause_start(r, i) : i - 3, i, baby) ||
                          words_in(r, i - 2 < clause_start(r, i) ? clause_start(r, i) : i - 2, i, born))) || baby_after) &&
                !words_in(r, clause_start(r, i), clause_end(r, i), (const char *const[]){"怀", "孕", "pregnant", NULL})) {
                o->notes |= MR_NOTE_POSTPARTUM;
                o->postpartum_weeks = hit_at(r, next, N_MONTH) >= 0 ? (int)(v * 4.35) : (int)v;
                continue;
            }
        }
        if (preg_ctx && !countdown && next < r->nt && (hit_at(r, next, N_WEEK) >= 0 || hit_at(r, next, N_MONTH) >= 0)) {
            int weeks = hit_at(r, next, N_WEEK) >= 0 ? (int)v : (int)(v * 4.3 + 0.5);
            int k = i > 0 ? hit_at(r, i - 1, N_PREGCTX) : -1;
            if (k >= 0 && r->h[k].t1 - r->h[k].t0 == 2) weeks = 40 - weeks; /* "due in 5 weeks" */
            if (weeks >= 1 && weeks <= 42 && !not_pregnant_now(r) && !period_talk(r)) {
                if (weeks > o->preg_weeks) o->preg_weeks = weeks;
                set_flag(r, MR_COND_PREGNANCY, i, i + 2);
            }
            continue;
        }
        /* a body temperature: 38.5, 38.5C, 38度5, 101F, "temp 101"; not a
         * clock or a race time ("marathon (3:42)", "6:38 pace", "1:38:41") */
        if ((i >= 2 && tok_is(r, i - 1, ":") && r->t[i - 2].kind == T_NUM) ||
            (i + 2 < r->nt && tok_is(r, i + 1, ":") && r->t[i + 2].kind == T_NUM))
            continue;
        int body = sentence_has(r, i, N_BODYTEMP) || sentence_has(r, i, D_FEVER);
        int weather = near(r, i, N_WEATHER, 0);
        if (unit_other || (weather && !body)) continue;
        /* "It's 40 degrees in Adelaide, body temp's normal": the body's said
         * normal, so a number not the body temperature's own is the air's */
        if (any_sub(r->s, (const char *const[]){"temp's normal", "temp is normal", "temp normal", "temperature's normal",
                                                "temperature is normal", "temperature normal", "normal temp", "体温正常",
                                                "体温也正常", NULL}) &&
            !just_before(r, i, N_BODYTEMP, 2))
            continue;
        /* "110 degrees flexion", "膝盖能弯到120度": a joint's angle */
        static const char *const angle[] = {"flexion", "extension", "bend", "bends", "bent", "rom", "angle", "range",
                                            "屈曲", "弯曲", "弯到", "伸直", "角度", "屈膝", NULL};
        if (words_in(r, clause_start(r, i), clause_end(r, i), angle)) continue;
        /* 38度5, 三十八度五, 38度多: a decimal after the unit */
        double frac = 0;
        int decimal = t->dot;
        if (unit_c && !t->dot && next + 1 < r->nt) {
            const tok *d = &r->t[next + 1];
            int len, cd = d->kind == T_CJK ? cjk_digit(utf8_next((const unsigned char *)r->s + d->off, &len)) : -1;
            if (d->kind == T_NUM && d->val < 10 && d->len == 1) frac = d->val / 10, decimal = 1;
            else if (cd >= 0 && cd < 10) frac = cd / 10.0, decimal = 1;
            else if (tok_is(r, next + 1, "多")) frac = 0.05, decimal = 1;
        }
        double c = -1;
        if (v >= 95 && v <= 110 && (unit_f || unit_c || body || (t->dot && v >= 99.5) || sentence_ill(r, i)))
            c = (v - 32) * 5 / 9; /* "101F", "101 degrees", "101.5 and freezing" */
        else if (v >= 34 && v <= 43.5 && (body || (unit_c && decimal) || (decimal && !unit_c && v >= 37.3) ||
                                          (unit_c && v >= 38 && sentence_ill(r, i))))
            c = v + frac;
        if (c < 0) continue;
        /* "上礼拜烧到38.6，早退了": last week's fever, gone; told as healed in its sentence */
        int gone = 0;
        for (int h = 0; h < r->nh && !gone; h++)
            gone = r->h[h].c == Q_HEALED && r->sent[r->h[h].t0] == r->sent[i];
        /* "上周烧到39度，今天量了36.8": a past fever with a normal reading since */
        int normal_now = 0;
        for (int k = 0; k < r->nt && !normal_now; k++)
            normal_now = k != i && r->t[k].kind == T_NUM && r->t[k].dot && r->t[k].val >= 35.5 && r->t[k].val < 37.3;
        if ((gone || normal_now) && episode_past(r, i)) continue;
        /* "Little one's got a fever of 39", "老公烧到39度": somebody else's reading */
        if (others_at(r, i)) continue;
        if (c >= 34 && c <= 44) {
            if (isnan(o->temp_c) || c > o->temp_c) o->temp_c = (float)c;
            /* under ibuprofen or paracetamol a raised temperature is a fever held down */
            if (c >= 38.0 || (c >= 37.5 && anywhere(r, D_ANTIPYRETIC))) set_flag(r, MR_SYM_FEVER, i, i + 1 + unit_c + unit_f);
            else if (c >= 37.3) unsure(r, i, i + 1 + unit_c + unit_f);
        }
    }
}

/* ------------------------------------------------------------ mood */

static int intensified(const reader *r, int h) {
    static const char *const w[] = {"very", "so", "really", "super", "extremely", "totally", "soo", "rly", "sooo",
                                    "很", "太", "超", "非常", "特别", "好", "巨", "贼", "真", NULL};
    /* "honestly I've been feeling really low": said plainly, or the intensifier inside the phrase */
    static const char *const plainly[] = {"honestly", "to be honest", "tbh", "truthfully", "说实话", "说真的", "老实说", NULL};
    if (span_says(r, clause_start(r, r->h[h].t0), r->h[h].t0, plainly)) return 1;
    for (int k = r->h[h].t0 + 1; k < r->h[h].t1; k++) /* English only: "好" and "真" are inside Chinese words themselves */
        if (r->t[k].kind == T_WORD && words_in(r, k, k + 1, w)) return 1;
    int i = r->h[h].t0 - 1;
    if (i < 0) return 0;
    const tok *t = &r->t[i];
    for (int k = 0; w[k]; k++) {
        if (t->kind == T_WORD && !strcmp(t->skel, w[k])) return 1;
        if (t->kind == T_CJK && t->len == (int)strlen(w[k]) && !strncmp(r->s + t->off, w[k], (size_t)t->len)) return 1;
    }
    return 0;
}

static int grief(const reader *r, int h) {
    static const char *const w[] = {"passed away", "died", "funeral", "去世", "走了", "过世", "离开了我们", NULL};
    int a = r->t[r->h[h].t0].off, n = r->t[r->h[h].t1 - 1].off + r->t[r->h[h].t1 - 1].len - a;
    /* "困到原地去世": hyperbole, not a death */
    if (a >= 6 && (!strncmp(r->s + a - 6, "原地", 6) || !strncmp(r->s + a - 3, "到", 3))) return 0;
    for (int k = 0; w[k]; k++)
        if ((int)strlen(w[k]) == n && !strncmp(r->s + a, w[k], (size_t)n)) return 1;
    /* ("爷爷走了", "grandpa passed": the one who died named with it) */
    static const char *const named[] = {"passed", "走了", NULL};
    for (int k = 0; named[k]; k++) {
        size_t l = strlen(named[k]);
        if ((size_t)n > l && !strncmp(r->s + a + n - l, named[k], l)) return 1;
    }
    return 0;
}

static void read_mood(reader *r) {
    float score[MR_MOOD_COUNT] = {0};
    int where[MR_MOOD_COUNT] = {-1, -1, -1, -1, -1}, first = 1;
    for (int h = 0; h < r->nh; h++) {
        int c = r->h[h].c;
        if (c < M_POS || c > M_TIRED) continue;
        int inside = 0; /* in advice reported from someone else ("别把孩子累着"): theirs */
        for (int k = 0; k < r->n_said; k++)
            inside |= r->t[r->h[h].t0].off >= r->said[k][0] && r->t[r->h[h].t0].off < r->said[k][1];
        if (inside) continue;
        mr_mood m = c == M_POS ? MR_MOOD_POSITIVE : c == M_NEG ? MR_MOOD_NEGATIVE : c == M_STRESS ? MR_MOOD_STRESSED
                                                                                                   : MR_MOOD_TIRED;
        /* somebody else's mood is not the writer's; a death is (grief) */
        if (others(r, h, 0) && !grief(r, h)) continue;
        const tok *a = &r->t[r->h[h].t0], *b = &r->t[r->h[h].t1 - 1];
        int about_act = 0; /* "i hate running" is about running */
        for (int k = 0; k < r->n_disliked; k++)
            about_act |= a->off < r->disliked[k][1] && b->off + b->len > r->disliked[k][0];
        if (about_act) continue;
        /* "Do I need to worry about my heart rate ...?", "需要担心吗": a question put, not a worried mood */
        if (c == M_STRESS && sentence_asks(r, r->h[h].t0, 0) &&
            words_in(r, r->h[h].t0 - 3 < 0 ? 0 : r->h[h].t0 - 3, r->h[h].t1,
                     (const char *const[]){"need", "should", "do", "需要", "要不要", "用不用", "用担心", NULL}) &&
            words_in(r, r->h[h].t0, r->h[h].t1, (const char *const[]){"worry", "担心", NULL}))
            continue;
        /* "squats were brutal yesterday", "brutal leg day": the workout's hardness, not stress */
        if (c == M_STRESS && r->t[r->h[h].t0].kind == T_WORD && !strncmp(r->t[r->h[h].t0].skel, "brutal", 6) &&
            (in_sentence(r, h, Q_LEGWORK) || in_sentence(r, h, Q_WORKOUT)))
            continue;
        /* "don't want to lose my streak", "不想断了打卡": a wish to keep going, not a low mood */
        static const char *const keep[] = {"lose", "miss", "break", "stop", "skip", "fall", "ruin", "waste", "quit", "get", "bail",
                                           "let", "drop",
                                           "错过", "断", "停", "放弃", "中断", NULL};
        if (c == M_NEG && words_in(r, r->h[h].t1, r->h[h].t1 + 1, keep) &&
            words_in(r, r->h[h].t0, r->h[h].t1, (const char *const[]){"want", "wana", "想", NULL}))
            continue;
        /* "i hate missing it": a wish to keep going */
        if (c == M_NEG && words_in(r, r->h[h].t0, r->h[h].t1, (const char *const[]){"hate", NULL}) &&
            words_in(r, r->h[h].t1, r->h[h].t1 + 1, (const char *const[]){"missing", "skipping", "losing", "breaking", NULL}))
            continue;
        /* "wiped out on dialysis days but today I feel ok": another day's tiredness */
        static const char *const other_days[] = {"days", "那天", "那几天", "的日子", NULL};
        static const char *const today_ok[] = {"today i feel ok", "today i feel fine", "feel ok today", "feel fine today",
                                               "today i feel good", "today (non-dialysis day) i feel ok", "今天还好",
                                               "今天感觉还行", "今天还行", "今天没事", NULL};
        if ((c == M_TIRED || c == M_NEG) && any_word(r->s, today_ok) &&
            words_in(r, clause_start(r, r->h[h].t0), clause_end(r, r->h[h].t0), other_days))
            continue;
        /* "dialysis mon wed fri, wiped out after", "每次血透完都很累": the
         * dialysis days' tiredness, which the plan already keeps light, not
         * how the day between feels */
        if ((c == M_TIRED || c == M_NEG) &&
            sentence_says(r, h, (const char *const[]){"dialysis", "透析", "血透", "haemo", "hemo", "洗肾", NULL}) &&
            !sentence_says(r, h, (const char *const[]){"today", "今天", "刚透", "just back", "just had", "this morning",
                                                       "今早", "早上", "yesterday", "still", "昨天", "还", NULL}))
            continue;
        /* "要练多久、多累才会降血压？", "how tired should I get": the effort asked about, not a tired day */
        if (c == M_TIRED && (text_before_is(r, r->t[r->h[h].t0].off, (const char *const[]){"多", "多么", NULL}) ||
                             words_in(r, r->h[h].t0 - 2 < 0 ? 0 : r->h[h].t0 - 2, r->h[h].t0,
                                      (const char *const[]){"how", NULL})) &&
            sentence_asks(r, r->h[h].t0, 1))
            continue;
        /* "我惊冇得练对脚会冇力", "afraid my legs will get weak": weakness
         * feared for later, not a tired day */
        if (c == M_TIRED && r->h[h].t0 >= 1 &&
            words_in(r, r->h[h].t0 - 2 < 0 ? 0 : r->h[h].t0 - 2, r->h[h].t0,
                     (const char *const[]){"会", "will", "would", "might", "gonna", "go", "get", "变得", "越来越", NULL}) &&
            words_in(r, clause_start(r, r->h[h].t0), r->h[h].t0,
                     (const char *const[]){"惊", "怕", "担心", "害怕", "afraid", "worried", "worry", "scared", "fear", NULL}))
            continue;
        /* "my legs feel weak getting out of a chair": weakness, which strength work answers, not a tired day */
        static const char *const rise[] = {"chair", "起身", "站起", "坐起", NULL};
        if (c == M_TIRED && words_in(r, clause_start(r, r->h[h].t0), clause_end(r, r->h[h].t0), rise)) continue;
        /* "my left foot drags when I get tired", "一累就腿软": what happens
         * on tired days, not how today feels */
        if (c == M_TIRED) {
            int t0 = r->h[h].t0, cond = 0;
            if (t0 >= 2 && words_in(r, t0 - 1, t0, (const char *const[]){"get", "gets", "getting", "i'm", "im", "am", "feel", NULL}) &&
                words_in(r, t0 - 3 < 0 ? 0 : t0 - 3, t0 - 1, (const char *const[]){"when", "if", "whenever", "once", NULL}))
                cond = 1;
            static const char *const when_zh[] = {"一累", "累了就", "累就", "累了的时候", "累的时候", NULL};
            int off = r->t[t0].off;
            for (int k = 0; when_zh[k] && !cond; k++)
                for (const char *p = strstr(r->s, when_zh[k]); p && !cond; p = strstr(p + 1, when_zh[k]))
                    cond = off >= (int)(p - r->s) && off < (int)(p - r->s + strlen(when_zh[k]));
            if (cond) { r->out->tired_when = 1; continue; }
        }
        /* "positive pregnancy test!!! happy tears 😭😭": the crying face is joy's */
        if (c == M_NEG && (unsigned char)r->s[r->t[r->h[h].t0].off] == 0xF0 &&
            any_sub(r->s, (const char *const[]){"happy tears", "tears of joy", "happy crying", "happy cry", "喜极而泣", "感动哭",
                                                "开心到哭", "高兴得哭", NULL}))
            continue;
        /* "好热啊，跑两步就一身汗😩": the face is the weather's (the heat rule answers it), not a tired day */
        static const char *const heat[] = {"热", "汗", "hot", "sweat", "sweating", "sweaty", "humid", "heat", NULL};
        if (c == M_TIRED && (unsigned char)r->s[r->t[r->h[h].t0].off] == 0xF0 &&
            words_in(r, clause_start(r, r->h[h].t0), clause_end(r, r->h[h].t0), heat))
            continue;
        /* "zone 2? Just curious, feeling great": a question's mark is no
         * negation of a mood, and a dream's is nobody's */
        int q0, q1;
        sent_span(r, r->h[h].t0, &q0, &q1);
        if ((general_question(r, h) && (tok_is(r, q1 - 1, "?") || tok_is(r, q1 - 1, "？"))) || dreamt(r, h)) continue;
        if (negated(r, h) && !general_question(r, h)) {
            if (m != MR_MOOD_POSITIVE) continue; /* "not tired" */
            m = MR_MOOD_NEGATIVE;                /* "not happy", "不开心" */
        }
        /* "dad passed out at church": a faint, not a death */
        if (c == M_NEG && r->h[h].t1 < r->nt && tok_is(r, r->h[h].t1, "out") && r->t[r->h[h].t1 - 1].len == 6 &&
            !strncmp(r->s + r->t[r->h[h].t1 - 1].off, "passed", 6))
            continue;
        /* a death outweighs the tiredness beside it ("爷爷走了，这几天都不想动") */
        /* (and so does interest lost in everything, one of PHQ-2's two
         * questions for depression: the low mood, not the poor sleep beside it) */
        int anhedonia = m == MR_MOOD_NEGATIVE &&
                        span_says(r, r->h[h].t0, r->h[h].t1, (const char *const[]){"兴趣", "interest", "enjoy", NULL});
        /* "legs are dead lol ... best workout this year though", "累是累，不过很满意":
         * the mood said after a contrast is the writer's verdict */
        int verdict = 0;
        {
            int c0 = clause_start(r, r->h[h].t0), c1 = clause_end(r, r->h[h].t0);
            static const char *const opens[] = {"but", "though", "tho", "however", "anyway", "still", "不过", "但是", "但",
                                                "可是", "还好", "好在", "总之", "总的来说", NULL};
            static const char *const closes[] = {"though", "tho", "anyway", NULL};
            verdict = words_in(r, c0, c0 + 2 < c1 ? c0 + 2 : c1, opens) || words_in(r, r->h[h].t1, c1 + 1, closes);
            /* (not a bare "fine" after a "but", nor the body's: "I'm fine
             * physically but ...", "但我自己挺好的" say the body is well, and
             * "但跑步是我唯一的放松" names a relief sought) */
            static const char *const weak[] = {"fine", "ok", "okay", "alright", "kampe", "no wahala", "没事", "还好", "挺好",
                                               "舒服", "放松", "解压", "relax", "physically", "body", "身体", "我自己", NULL};
            if (verdict && (span_says(r, c0, c1, weak) || words_in(r, c0, c1, weak))) verdict = 0;
        }
        /* depression named as what a medicine treats ("started sertraline for
         * depression", "抗抑郁药") is the diagnosis, weighed below how the
         * person says they feel today */
        int dx_name = m == MR_MOOD_NEGATIVE &&
                      span_says(r, r->h[h].t0, r->h[h].t1, (const char *const[]){"depression", "抑郁", NULL}) &&
                      sentence_says(r, h, (const char *const[]){"for depression", "抗抑郁", "antidepressant", "sertraline",
                                                                "fluoxetine", "citalopram", "escitalopram", "舍曲林", "氟西汀",
                                                                "药", "meds", "medication", NULL});
        score[m] += (dx_name ? 0.4f : 1.0f) + (intensified(r, h) ? 0.5f : 0) + (first ? 0.25f : 0) + (verdict ? 0.75f : 0) +
                    (m == MR_MOOD_NEGATIVE && (grief(r, h) || anhedonia) ? 1.0f : 0);
        if (m == MR_MOOD_NEGATIVE) r->out->low_said = 1; /* even when tiredness weighs more */
        if (m == MR_MOOD_NEGATIVE && (unsigned char)r->s[r->t[r->h[h].t0].off] != 0xF0) r->out->low_words = 1; /* not an emoji */
        if (where[m] < 0) where[m] = h;
        first = 0;
    }
    /* sarcasm ("Great, rained on my only day off. Perfect. Just perfect.",
     * "太好了呢，周末又被叫回去加班🙂"): the praise is the complaint, a low
     * mood, or stress where stress is said too */
    static const char *const sarcasm[] = {"perfect. just perfect", "love that for me", "oh good,", "oh great,",
                                          "oh fab", "oh joy", "yay me", "totally calm. totally", "just what i needed",
                                          "🙃", "太好了呢", "可真是", "天选之子", "恭喜我自己", "真是谢谢", "好棒棒",
                                          "太好了又", "again lol", "again lmao", "again haha", "又来了呵呵", NULL};
    /* (and praise that opens a note of a symptom come back: "great, chest pain again lol", "太好了又胸口疼了…呵呵") */
    if (score[MR_MOOD_POSITIVE] > 0 && (any_sub(r->s, sarcasm) || ((!strncmp(r->s, "great,", 6) || !strncmp(r->s, "great.", 6)) &&
                                                                   any_sub(r->s, (const char *const[]){"again", "又", NULL})))) {
        mr_mood to = score[MR_MOOD_STRESSED] > 0 ? MR_MOOD_STRESSED : MR_MOOD_NEGATIVE;
        score[to] += score[MR_MOOD_POSITIVE];
        if (where[to] < 0) where[to] = where[MR_MOOD_POSITIVE];
        score[MR_MOOD_POSITIVE] = 0;
    }
    int best = MR_MOOD_NEUTRAL;
    for (int m = 1; m < MR_MOOD_COUNT; m++)
        if (score[m] > score[best]) best = m;
    r->out->mood = (mr_mood)best;
    if (best != MR_MOOD_NEUTRAL) { /* the clause it was said in, for the reason */
        int h = where[best], t0 = r->h[h].t0, t1 = r->h[h].t1;
        while (t0 > 0 && r->clause[t0 - 1] == r->clause[r->h[h].t0] && (r->t[t0 - 1].kind != T_PUNCT || hyphen(r, t0 - 1))) t0--;
        while (t1 < r->nt && r->clause[t1] == r->clause[r->h[h].t0] && (r->t[t1].kind != T_PUNCT || hyphen(r, t1))) t1++;
        copy_span(r, t0, t1, r->out->mood_evidence);
    }
}

/* A year written after "in" ("in 2019") or before 年 ("2019年") is the
 * past, like "years ago". */
static int by_start(const void *a, const void *b) {
    return ((const hit *)a)->t0 - ((const hit *)b)->t0;
}

static int mark_years(reader *r) {
    for (int i = 0; i < r->nt; i++) {
        const tok *t = &r->t[i];
        if (t->kind != T_NUM || t->dot || t->val < 1950 || t->val > 2035) continue;
        int before = i > 0 && r->t[i - 1].kind == T_WORD && !strcmp(r->t[i - 1].skel, "in");
        int after = i + 1 < r->nt && r->t[i + 1].len == 3 && !strncmp(r->s + r->t[i + 1].off, "年", 3);
        if ((before || after) && !add_hit(r, Q_PAST, i, i + 1, 0)) return 0;
    }
    if (r->nh) qsort(r->h, (size_t)r->nh, sizeof *r->h, by_start); /* the readers walk hits in text order */
    return 1;
}

/* "忘了吃降压药", "forgot my bp meds", "ran out of insulin": a missed dose is
 * a missed-dose word within five tokens of a medicine or a drug's name. */
static void read_missed_meds(reader *r) {
    /* "doctor stopped my gliclazide for the month", "医生让我先停了": a drug
     * stopped on purpose is the plan, not a dose missed */
    static const char *const on_purpose[] = {"doctor stopped", "doc stopped", "gp stopped", "told me to stop", "told to stop",
                                             "taken off", "took me off", "stopped my", "医生让我停", "医生让停", "医生停了",
                                             "大夫让停", "大夫让我停", "医生叫我停", "遵医嘱停", NULL};
    if (any_sub(r->s, on_purpose)) return;
    for (int h = 0; h < r->nh; h++) {
        if (r->h[h].c != Q_MISSED_MEDS) continue;
        /* "forgot to drop it for the class", "忘了减量": a dose not lowered, taken in full */
        if (words_in(r, r->h[h].t1, r->h[h].t1 + 2, (const char *const[]){"drop", "reduce", "lower", "cut", "turn", "decrease",
                                                                          "adjust", "减", "调", "少", NULL}))
            continue;
        for (int k = 0; k < r->nh; k++) {
            int c = r->h[k].c;
            if (c != Q_MEDS && c != K_HYPER && c != K_DIAB && c != K_HEART && c != K_ASTHMA) continue;
            if (hclause(r, k) != hclause(r, h) || abs(r->h[k].t0 - r->h[h].t0) > 5) continue;
            r->out->notes |= MR_NOTE_MISSED_MEDS;
            return;
        }
    }
}

/* ------------------------------------------------------------ coaching facts */

/* A number at token i, in digits or Chinese numerals ("五个小时"); *next is
 * the token after it. */
static int number_at(const reader *r, int i, double *v, int *next) {
    if (i < 0 || i >= r->nt) return 0;
    if (r->t[i].kind == T_NUM) { *v = r->t[i].val; *next = i + 1; return 1; }
    if (r->t[i].kind != T_CJK) return 0;
    int used = cjk_number(r->s + r->t[i].off, v);
    if (!used) return 0;
    int j = i;
    while (j < r->nt && r->t[j].off < r->t[i].off + used) j++;
    *next = j;
    return 1;
}

/* The unit of a duration starting at token j ("来分钟", "个小时", "min",
 * "hrs"): 1 for minutes, 60 for hours, 0 for anything else. */
static int duration_unit(const reader *r, int j) {
    while (tok_is(r, j, "来") || tok_is(r, j, "多") || tok_is(r, j, "个") || tok_is(r, j, "半")) j++;
    if (j >= r->nt) return 0;
    if (tok_is(r, j, "分") && !tok_is(r, j + 1, "之")) return 1;
    if ((tok_is(r, j, "小") && tok_is(r, j + 1, "时")) || tok_is(r, j, "钟")) return 60;
    static const char *const mins[] = {"min", "mins", "minutes", "minute", "m", NULL};
    static const char *const hours[] = {"h", "hr", "hrs", "hour", "hours", NULL};
    if (r->t[j].kind != T_WORD) return 0;
    for (int k = 0; mins[k]; k++)
        if (!strcmp(r->t[j].skel, mins[k])) return 1;
    for (int k = 0; hours[k]; k++)
        if (!strcmp(r->t[j].skel, hours[k])) return 60;
    return 0;
}

/* A duration that is one repeat of a set ("3 x 10 min threshold", "4×8分钟",
 * "5组3分钟"): the structure of a session, neither the time free nor the
 * session's length. */
static int interval_rep(const reader *r, int i) {
    int k = (int)r->t[i].off;
    while (k > 0 && r->s[k - 1] == ' ') k--;
    if (k >= 2 && !memcmp(r->s + k - 2, "\xc3\x97", 2)) k -= 2;      /* × */
    else if (k >= 3 && !memcmp(r->s + k - 3, "组", 3)) k -= 3;
    else if (k >= 1 && (r->s[k - 1] == 'x' || r->s[k - 1] == 'X' || r->s[k - 1] == '*')) k--;
    else return 0;
    while (k > 0 && r->s[k - 1] == ' ') k--;
    return k > 0 && (isdigit((unsigned char)r->s[k - 1]) || (k >= 3 && cjk_number(r->s + k - 3, &(double){0}) == 3));
}

/* Unsure findings holding any of these words are explained by a concept
 * read elsewhere (the leak, the heel, PAD's calf, MS's weak leg): drop them,
 * so that the card does not call them unplaced and no model turns them into
 * a finding. */
/* Drop the unsure entries holding one of words (exact: equal to one). */
static void drop_unsure(mr_notes *o, const char *const *words, int exact) {
    int n = 0;
    unsigned kept = 0; /* the explained bits, moved with their entries */
    for (int i = 0; i < o->n_unsure; i++) {
        int drop = 0, was = (o->explained >> i) & 1;
        for (int k = 0; words[k] && !drop; k++)
            drop = exact ? !strcmp(o->unsure[i], words[k]) : strstr(o->unsure[i], words[k]) != NULL;
        if (drop) { o->n_explained -= was; continue; }
        if (n != i) memcpy(o->unsure[n], o->unsure[i], sizeof o->unsure[i]);
        kept |= (unsigned)was << n++;
    }
    o->n_unsure = n;
    o->explained = kept;
}

static void place_unsure(mr_notes *o, const char *const *words) { drop_unsure(o, words, 0); }

/* What a coach uses beyond safety: the time the writer has, short sleep,
 * which muscles were trained (so a lifter trains the others: ACSM's 48 h
 * is per muscle group), and being back from an illness. */
static int month_said(const char *s, int *mday);

/* A running test named ("beep test", "1.5 mile", "中考体育"): the treadmill is its training. */
static const char *const RUN_TEST_WORDS[] = {"beep test", "bleep test", "shuttle run", "pacer test", "yo-yo test", "1.5 mile",
                                             "1.5 mi", "2.4 km", "2.4km", "run test", "running test", "cooper test", "12 minute run",
                                             "12-minute run", "折返跑", "长跑测试", "跑步测试", "中考体育", NULL};


/* "ketone strip says negative", "血酮0.2，阴性": the words near the
 * ketones, beside read_coaching's fixed phrases */
static void read_ketones(reader *r) {
    static const char *const k_w[] = {"ketone", "ketones", "酮体", "尿酮", "血酮", "酮", NULL};
    static const char *const neg[] = {"negative", "neg", "none", "阴性", "(-)", "正常", "no ketones", "没有酮", "没酮", NULL};
    const char *s = r->s;
    for (int k = 0; k_w[k]; k++)
        for (const char *p = strstr(s, k_w[k]); p; p = strstr(p + 1, k_w[k])) {
            size_t i = (size_t)(p - s), from = i > 24 ? i - 24 : 0;
            char win[96];
            snprintf(win, sizeof win, "%.*s", (int)(strlen(s + from) < 80 ? strlen(s + from) : 80), s + from);
            if (any_sub(win, neg) && !strstr(win, "positive") && !strstr(win, "阳性")) r->out->ketones_neg = 1;
            /* present: a strip's "++" or "moderate", "阳性", or blood ketones
             * of 1.5 mmol/l and more (Riddell et al. 2017: with high glucose,
             * 1.5 and more, or urine 2+, rule exercise out; a trace or small
             * amount is seen to first, and light to moderate work may follow) */
            static const char *const pos[] = {"++", "+++", "2+", "3+", "阳性", "中等", "中度", "偏高", "moderate", "large",
                                              "positive", NULL};
            char after[64];
            snprintf(after, sizeof after, "%.*s", (int)(strlen(p) < 60 ? strlen(p) : 60), p);
            if (any_sub(after, pos) && !any_sub(after, neg)) r->out->ketones_pos = 1;
            const char *d = p + strlen(k_w[k]);
            /* ("ketone strip and it was like 1.8??": a decimal a few English words on; 生酮 is a diet) */
            if (p >= s + 3 && !strncmp(p - 3, "生", 3)) continue;
            int words_only = 1;
            while (*d && !isdigit((unsigned char)*d) && d - p < 36) {
                if (!isalpha((unsigned char)*d) && *d != ' ' && *d != ',') words_only = 0;
                d++;
            }
            if (isdigit((unsigned char)*d) && (d - p < 24 || (words_only && strchr(d, '.') && strchr(d, '.') - d <= 2)) &&
                strtod(d, NULL) >= 1.5 && strtod(d, NULL) < 10)
                r->out->ketones_pos = 1;
            /* ("did a blood ketone check like the nurse said, 0.4": under 0.6 mmol/l is normal, ISPAD 2022) */
            if (isdigit((unsigned char)*d) && *d == '0' && d[1] == '.' && (d - p < 24 || words_only) && strtod(d, NULL) < 0.6)
                r->out->ketones_neg = 1;
        }
    if (r->out->ketones_pos) r->out->ketones_neg = 0;
}

/* Somebody else named earlier in token t's sentence, and no "I" since
 * ("楼下王阿姨前天突然看不见东西，一只眼睛黑了": the neighbour's, across a comma). */
static int others_in_sentence(const reader *r, int t) {
    static const char *const with[] = {"跟", "和", "同", "与", "陪", "给", "送", "with", "to", "on", NULL};
    int last = -1;
    for (int k = 0; k < r->nh && r->h[k].t0 < t; k++) {
        if (r->sent[r->h[k].t0] != r->sent[t] || (r->h[k].c != Q_THIRD && r->h[k].c != Q_FIRST)) continue;
        /* "跟俺闺女视频", "on the phone with my sister": company, not the subject */
        int a = r->h[k].t0;
        if (r->h[k].c == Q_THIRD && (words_in(r, a - 1, a, with) || words_in(r, a - 2, a - 1, with) ||
                                     words_in(r, a - 3, a - 2, with)))
            continue;
        last = r->h[k].c == Q_THIRD && tells_of_writer(r, k) ? Q_FIRST : r->h[k].c;
    }
    return last == Q_THIRD && !r->proxy;
}

/* A stroke's signs: the face drooping, an arm or one side gone numb or weak
 * all of a sudden, slurred or lost speech, sight lost in one eye; even when
 * they have passed, since a mini-stroke (TIA) warns of a stroke (FAST / BE
 * FAST; NICE NG128, 2019: a suspected TIA is seen by a specialist within 24
 * hours; AHA/ASA, Powers et al. 2019). Not after drinking, not an arm slept
 * on or cold, not years ago or a stroke already had (MR_NOTE_STROKE). */
/* A stroke sign's words, or "A…B": A with B within the next few characters
 * ("右边嘴角她说有点歪", "说话有点含糊"). */
static const char *find_sign(const char *from, const char *w) {
    const char *sep = strstr(w, "…");
    if (!sep) return strstr(from, w);
    char a[32], win[24];
    snprintf(a, sizeof a, "%.*s", (int)(sep - w), w);
    for (const char *at = strstr(from, a); at; at = strstr(at + 1, a)) {
        const char *e = at + strlen(a);
        snprintf(win, sizeof win, "%.*s", (int)strnlen(e, 18), e);
        if (!strstr(win, "，") && !strstr(win, "。") && strstr(win, sep + 3)) return at;
    }
    return NULL;
}

static void read_stroke(reader *r) {
    static const char *const face[] = {"face drooping", "face droop", "face drooped", "face was drooping", "droopy face",
                                       "face went droopy", "face sagged", "face sagging", "mouth drooped", "mouth drooping",
                                       "mouth was drooping", "drooping on one side", "droopy on one side", "drooped on one side",
                                       "lopsided smile", "smile was lopsided", "face looked lopsided", "side of my face went numb",
                                       "smile looked crooked", "crooked smile", "smile was crooked", "side of my mouth",
                                       "mouth wasn't moving", "mouth wasnt moving", "嘴歪", "口角歪", "嘴角歪", "脸歪",
                                       "口眼歪斜", "嘴巴歪", "嘴角耷拉", "半边脸麻", "半边脸木", "半边脸没知觉",
                                       /* (as it is said: 耷拉, 垂, and in Cantonese 半边面跌咗落嚟) */
                                       "半边脸耷拉", "半边脸垂", "半边脸掉", "半边脸塌", "脸耷拉", "半边面跌", "半边面塌",
                                       "半边面垂", "半边面歪", "半边面麻", "半边面冇知觉", "面跌咗落", "面歪", "口歪",
                                       /* a few words apart: "右边嘴角她说有点歪" */
                                       "嘴角…歪", "口角…歪", "嘴…歪了", "半边脸…歪", "嘴角…耷拉", "嘴角…往下", NULL};
    static const char *const speech[] = {"slurred", "slurring", "slurry", "couldn't get my words out",
                                         "couldnt get my words out", "could not get my words out", "couldn't get the words out",
                                         "couldn't speak", "couldnt speak", "could not speak", "couldn't talk properly",
                                         "trouble speaking", "trouble finding words", "trouble finding my words",
                                         "words came out wrong", "words came out jumbled", "words jumbled", "garbled",
                                         "说话不清", "口齿不清", "说话含糊", "说话含混", "说不出话", "讲不出话", "舌头不听使唤",
                                         "舌头发硬", "大舌头", "吐字不清", "话说不利索", "说话不利索", "came out all funny",
                                         "came out funny", "wrong words", "words were wrong", "couldn't understand me",
                                         "couldnt understand me", "说话拌蒜", "拌蒜了", "词儿都不对", "说的词都不对", "说错词",
                                         "说话很奇怪", "说话怪怪的", "我的话他不懂", "听不懂我说", "话他听不懂", "嘴跟不上",
                                         "说话含含糊糊", "讲话含糊", "讲嘢含糊", "讲嘢含含糊糊", "讲嘢唔清", "讲唔清楚",
                                         "讲唔到嘢", "讲唔出嘢", "口齿唔清", "讲嘢怪怪", "黐脷",
                                         "说话…含糊", "讲话…含糊", "说话…不清", "讲嘢…含糊", "讲嘢…唔清", "说话…大舌头", NULL};
    static const char *const eye[] = {"sight in one eye", "vision in one eye", "blind in one eye", "curtain over my eye",
                                      "curtain came down", "一只眼睛突然看不见", "一只眼突然看不见", "一只眼看不见",
                                      "一边眼睛看不见", "单眼看不见", "一只眼睛看不见", "dark in one eye", "black in one eye",
                                      "grey in one eye", "gray in one eye", "like a curtain", "一只眼睛突然黑", "一只眼发黑",
                                      "一只眼黑了", "一只眼睛黑了", "double vision", "seeing double", "saw double",
                                      "two of everything", "side of my view", "half the world was missing", "half my vision",
                                      "half of my vision", "重影", "一个变两个", "看东西成双", "视野少了一半", "半边看不见",
                                      "眼睛突然啥子都看不到", "眼睛突然看不到", "眼睛突然看不见", "眼突然看不见", NULL};
    /* a sudden, severe headache like never before: a bleed (AHA/ASA's stroke warning signs) */
    static const char *const thunder[] = {"worst headache of my life", "worst headache ever", "worst headache i've ever",
                                          "worst headache ive ever", "thunderclap", "从来没这么疼过", "从没这么疼过",
                                          "这辈子最疼", "从来没这么痛过", "从来没这么厉害", "从没这么厉害", "砸了一棍",
                                          "打了一棍", "never had a headache like", "worst one ive ever had", "worst one i've ever had",
                                          "worst one i have ever had", "worst-ever headache", "worst ever headache",
                                          "worst headache i have ever", NULL};
    /* all of a sudden, or come and gone within minutes (a TIA's way) */
    static const char *const sudden[] = {"sudden", "suddenly", "out of nowhere", "out of the blue", "突然", "忽然",
                                         "一下子", "came back after", "then it came back", "went away after", "then it went away",
                                         "for a few minutes", "for a minute", "for a couple of minutes", "minutes and then",
                                         "fine now", "funny turn", "现在好了", "后来好了", "又好了", "好些了", "掉地上", "过了一会儿", "一会儿就好", "几分钟就好", "十来分钟",
                                         "dropped my", "掉了两次", "掉了几次", "掉了一次", "掉了好几次", "dropped it", NULL};
    static const char *const dull[] = {"numb", "weak", "went dead", "tingl", "麻", "没劲", "无力", "没力", "不听使唤",
                                       "抬不起", "使不上劲", "没知觉", "拿不住", "握不住", "拿不稳", "拎唔稳", "揸唔稳",
                                       "拎唔住", "冇力", "couldn't grip", "couldnt grip",
                                       "couldn't hold", "couldnt hold", "发沉", "拖着", "掉地上", "掉在地上", "heavy",
                                       "clumsy", NULL};
    static const char *const drink[] = {"drunk", "beer", "beers", "wine", "pints", "vodka", "tipsy", "喝多", "喝醉", "喝酒",
                                        "喝了酒", "酒后", "酒喝", "白酒", "啤酒", "红酒", "黄酒", "酒局", NULL};
    /* "she asked if I was drunk but I hadnt had anything": no drink to blame */
    static const char *const sober[] = {"hadn't had", "hadnt had", "wasn't drunk", "wasnt drunk", "not drunk",
                                        "if i was drunk", "if i'd been drinking", "没喝酒", "滴酒没沾", "一口酒都没喝", "没喝", NULL};
    /* the cold explains numb hands, not a drooping face or slurred speech ("也可能是冻的" is the writer's guess) */
    static const char *const cold[] = {"from the cold", "so cold", "freezing", "frozen", "冻", "冷得", "gloves", "raynaud", NULL};
    static const char *const excuse[] = {"slept on", "sleeping on", "handlebar", "dentist", "anaesthetic", "anesthetic",
                                         "压着", "压麻", "睡麻", "牙医", "麻药", "years ago", "year ago", "last year",
                                         "年前", "去年", "小时候", "always had", "always been", "born with", "天生", NULL};
    /* a stroke had before: its lasting effects, unless something sudden or new is told */
    static const char *const had_one[] = {"had a stroke", "since my stroke", "after my stroke", "中风后", "中风以后",
                                          "中风过", "脑梗后", "脑梗以后", "得过中风", "得过脑梗", NULL};
    static const char *const asked[] = {"what should i do if", "what do i do if", "if i ever", "if someone", "if you",
                                        "how do i know if", "how would i know", "what happens if", "signs of", "symptoms of",
                                        "如果出现", "要是出现", "万一出现", "假如出现", "怎么判断", "什么症状", "有什么症状", NULL};
    const char *const *lists[] = {face, speech, eye, dull, thunder};
    for (int l = 0; l < 5 && !r->out->stroke_signs; l++)
        for (int k = 0; lists[l][k] && !r->out->stroke_signs; k++)
            for (const char *at = find_sign(r->s, lists[l][k]); at; at = find_sign(at + 1, lists[l][k])) {
                if (isalpha((unsigned char)lists[l][k][0]) && at > r->s && isalpha((unsigned char)at[-1])) continue;
                int off = (int)(at - r->s), t = tok_at(r, off), s0, s1;
                if (t >= r->nt || !own_fact(r, off) || others_in_sentence(r, t)) continue;
                sent_span(r, t, &s0, &s1);
                char sent[512];
                int a = r->t[s0].off, b = r->t[s1 - 1].off + r->t[s1 - 1].len;
                snprintf(sent, sizeof sent, "%.*s", b - a, r->s + a);
                if (any_sub(sent, excuse) || any_sub(sent, asked) || (any_sub(sent, drink) && !any_sub(sent, sober))) continue;
                if (l == 3 && any_sub(sent, cold)) continue;
                /* "上个月TIA，右手麻、说话不清……住了三天院", "mini-stroke 5 weeks ago, kept in
                 * overnight": weeks past and already seen in hospital; the stroke
                 * had (MR_NOTE_STROKE) answers it, unless it is back */
                static const char *const weeks_ago[] = {"上个月", "个月前", "周前", "星期前", "礼拜前", "last month",
                                                        "weeks ago", "months ago", "month ago", "week ago", NULL};
                static const char *const seen[] = {"住了", "住院", "出院", "急诊", "神经科", "神经内科", "hospital", "neurolog",
                                                   "stroke clinic", "tia clinic", "kept in", "admitted", "discharged", NULL};
                if (any_sub(r->s, weeks_ago) && any_sub(r->s, seen) &&
                    !any_sub(r->s, (const char *const[]){"again", "又麻", "又有", "又出现", "又来", "came back", "today",
                                                         "this morning", "今天", "今早", NULL}))
                    continue;
                if (any_sub(sent, had_one) && !any_sub(sent, sudden) && !any_sub(sent, (const char *const[]){"new", "again", "又", "新", NULL}))
                    continue;
                /* "喘得说不出话", "气得说不出话", "couldn't speak for laughing": too
                 * breathless, angry or moved to talk, not a stroke's speech */
                static const char *const degree[] = {"得说不出话", "得讲不出话", "到说不出话", "到讲不出话", "喘", "breath",
                                                     "winded", "puffed", "laugh", "crying", "angry", "speechless",
                                                     "gobsmacked", "choked up", "感动", "气死", "气得", "吓得", "急得", "激动",
                                                     "gassed", "knackered", "marathon", "马拉松", "冲线", "voice",
                                                     "hoarse", "laryngitis", "sore throat", "嗓子", "哑",
                                                     "累得", "得我说不出", NULL};
                if (l == 1 && any_sub(sent, degree)) continue;
                /* a headache like never before: the head named in its sentence; in a
                 * pregnancy it is pre-eclampsia's sign, read as the pregnancy's warning */
                if (l == 4 && ((!any_word(sent, (const char *const[]){"head", "headache", "headaches", "skull", NULL}) &&
                                !any_sub_unless(sent, (const char *const[]){"头", "脑", NULL},
                                                (const char *const[]){"头一次", "头一回", "钟头", "头发", "里头", "外头", "回头",
                                                                      "带头", "开头", "电脑", "脑子", NULL})) ||
                               pregnant(r)))
                    continue;
                /* an arm gone numb with the chest in the same sentence is the heart's (angina's), read there */
                if (l == 3 && any_sub(sent, (const char *const[]){"胸", "心口", "chest", "heart", NULL})) continue;
                /* numb or weak: only of an arm, the face or one side, all of a sudden
                 * (whole English words: "warm" is no arm, "left" the verb no side is
                 * told apart by the words around it; 手机, 左右, 麻烦 are no limb, side, numbness) */
                static const char *const not_limb[] = {"手机", "手表", "分手", "手续", "手术", "手套", "洗手", "手里", NULL};
                static const char *const not_side[] = {"左右", "一边", "alright", "all right", NULL};
                static const char *const not_dull[] = {"麻烦", "weak tea", "weak coffee", "weekend", NULL};
                static const char *const cjk_limb[] = {"半边", "一侧", "半身", "胳膊", "手臂", "手", "脸", "腿", NULL};
                static const char *const en_limb[] = {"arm", "hand", "face", "leg", "one side", "half my body", NULL};
                static const char *const cjk_side[] = {"左", "右", "半边", "一侧", "半身", NULL};
                static const char *const en_side[] = {"left arm", "left hand", "left leg", "left side", "right arm", "right hand",
                                                      "right leg", "right side", "one side", "one arm", "one hand", "half my",
                                                      "left-hand", "right-hand", NULL};
                if (l == 3 && !(any_sub(sent, sudden) &&
                                (any_word(sent, en_limb) || any_sub_unless(sent, cjk_limb, not_limb)) &&
                                (any_sub(sent, en_side) || any_sub_unless(sent, cjk_side, not_side)) &&
                                any_sub_unless(sent, dull, not_dull)))
                    continue;
                /* the curtain and the half view are of the sight: an eye or the view named */
                if (l == 2 && strstr(lists[l][k], "curtain") &&
                    !any_sub(sent, (const char *const[]){"eye", "vision", "view", "see", "sight", "眼", "看", NULL}))
                    continue;
                r->out->stroke_signs = 1;
                copy_span(r, s0, s1, r->out->stroke_words);
                /* an arm gone numb with the face or the speech is the stroke's,
                 * not the chest's (the anginal reading needs the chest named) */
                mr_notes *o = r->out;
                const char *ev = o->evidence[bit_index(MR_SYM_CHEST_PAIN)];
                if ((o->flags & MR_SYM_CHEST_PAIN) &&
                    !any_sub(ev, (const char *const[]){"chest", "胸", "心", "heart", "breast", NULL}) &&
                    !any_sub(r->s, (const char *const[]){"chest", "胸", NULL})) {
                    o->flags &= ~(unsigned)MR_SYM_CHEST_PAIN;
                    o->notes &= ~(unsigned)MR_NOTE_MI_SIGNS;
                    o->evidence[bit_index(MR_SYM_CHEST_PAIN)][0] = 0;
                }
                break;
            }
}

/* Breathlessness told only by what it does: having to stop on one or two
 * flights of stairs or a short walk ("爬两层楼就得停下来歇口气", "had to stop
 * halfway up the stairs"), or waking up unable to breathe and sitting up
 * for it. ACSM's sign is breathlessness at rest or with mild exertion, and
 * waking breathless (paroxysmal nocturnal dyspnoea) is one (Riebe et al.
 * 2015). Not after a hard effort (seven floors with a load), not a habit
 * of the past ("以前一口气上六楼"). */
static void read_breath_effect(reader *r) {
    static const char *const mild[] = {"两层楼", "二层楼", "一层楼", "两层", "一层", "二楼", "三楼", "一段楼梯", "几级台阶", "爬到一半",
                                       "楼梯爬一半", "上到一半", "走到一半",
                                       "几步路", "走几步", "半层", "one flight", "a flight", "two flights", "2 flights",
                                       "halfway up the stairs", "up the stairs", "the stairs", "to the mailbox", "to the car",
                                       "to the bathroom", "across the room", "to the letterbox", "to the shops", "a few steps",
                                       NULL};
    static const char *const stop[] = {"停下来歇", "歇口气", "歇一歇", "歇一下", "歇一会", "得歇", "要歇", "就得停", "得停下",
                                       "喘口气", "喘一阵", "喘半天", "have to stop", "had to stop", "need to stop",
                                       "needed to stop", "have to sit down", "had to sit down", "catch my breath",
                                       "get my breath", "out of breath", "short of breath", "winded", NULL};
    static const char *const night[] = {"wake up", "woke up", "waking up", "wakes me", "woke me", "半夜醒", "夜里醒",
                                        "睡着睡着", "憋醒", "喘醒", "middle of the night", NULL};
    /* ("a gentle stroll": mild effort, said in the sentence before or after) */
    static const char *const gentle[] = {"stroll", "gentle walk", "easy walk", "slow walk", "walking slowly", "散步", "遛弯",
                                         "溜达", "慢慢走", "走得很慢", NULL};
    static const char *const breath_stop[] = {"catch my breath", "get my breath", "out of breath", "short of breath",
                                              "winded", "喘口气", "歇口气", "喘不上", "喘不过", NULL};
    static const char *const no_air[] = {"cannot take the breath", "can't take the breath", "cant take the breath",
                                         "can't breathe", "cant breathe", "cannot breathe", "couldn't breathe",
                                         "could not breathe", "gasping", "fighting for breath", "sit up to breathe",
                                         "sit on bed", "sit up in bed", "喘不上气", "喘不过气", "透不过气", "上不来气",
                                         "坐起来喘", NULL};
    if (r->out->flags & MR_SYM_BREATH) return;
    for (int t = 0; t < r->nt; t++) {
        if (t > 0 && r->sent[t - 1] == r->sent[t]) continue; /* one sentence at a time */
        int s0, s1;
        sent_span(r, t, &s0, &s1);
        int p0 = s0, p1 = s1, a, b;
        if (s0 > 0) { sent_span(r, s0 - 1, &a, &b); p0 = a; }
        if (s1 < r->nt) { sent_span(r, s1, &a, &b); p1 = b; }
        int on_stairs = (span_says(r, s0, s1, stop) && span_says(r, s0, s1, mild)) ||
                        (span_says(r, s0, s1, breath_stop) && span_says(r, p0, p1, gentle));
        int at_night = span_says(r, s0, s1, night) && span_says(r, s0, s1, no_air);
        if (!on_stairs && !at_night) continue;
        /* "平时上两层楼就喘，这个老样子了，最近没加重": a lung disease's usual
         * breathlessness, unchanged, is its baseline (the COPD rule gives
         * the signs that it is worse); a change said is the warning */
        static const char *const usual[] = {"平时", "老样子", "一直这样", "一直都这样", "多年", "好多年", "always", "usually",
                                            "for years", "my normal", "as usual", "same as ever", NULL};
        static const char *const changed[] = {"越来越", "比以前", "以前", "getting worse", "worse than", "than before",
                                              "used to", "这两周", "这几天", "new", "lately", "recently", NULL};
        static const char *const no_worse[] = {"没加重", "没有加重", "不加重", "没变", "no worse", "not worse",
                                               "not any worse", NULL};
        /* "爬三楼有点喘但不难受，歇一下就好": a little puffed, no distress, settling at once: the climb's */
        static const char *const slight[] = {"不难受", "有点喘但", "微微喘", "稍微有点喘", "bit puffed but fine",
                                             "bit winded but fine", "bit out of breath but fine", NULL};
        if (on_stairs && !at_night && span_says(r, s0, s1, slight) && !any_sub(r->s, changed)) continue;
        int chronic = span_says(r, s0, s1, usual) || (r->out->notes & MR_NOTE_COPD);
        if (chronic && (!any_sub(r->s, changed) || any_sub(r->s, no_worse))) continue;
        int hard = 0;
        for (int k = 0; k < r->nh; k++)
            if (r->h[k].c == Q_HARD && r->sent[r->h[k].t0] == r->sent[t]) hard = 1;
        /* (waking breathless is a warning after any day, a hike's too) */
        if ((hard && !at_night) || (span_says(r, s0, s1, (const char *const[]){"以前", "used to", "years ago", "when i was", NULL}) &&
                         !span_says(r, s0, s1, (const char *const[]){"最近", "现在", "这两周", "这几天", "这周", "now", "lately",
                                                                      "these days", "this week", "recently", NULL})))
            continue;
        int off = r->t[s0].off;
        if (!own_fact(r, off) || others_at(r, s0) || others_in_sentence(r, s1 - 1)) continue;
        /* "I used to have to stop halfway up the stairs, now I do five flights": better now */
        if (span_says(r, s0, s1, (const char *const[]){"now i do", "now i can", "now i run", "now i manage", "现在能",
                                                       "现在可以", "现在一口气", NULL}))
            continue;
        set_flag(r, MR_SYM_BREATH, s0, s1);
        return;
    }
}

/* The first token of token i's sentence ("Planning a ride ..., about 4 hours": the plan and its length). */
static int sent_start(const reader *r, int i) {
    int s0, s1;
    sent_span(r, i, &s0, &s1);
    return s0;
}

/* A race word whose clause tells of it done ("上周日跑了上海马拉松", "ran
 * a 5k last week", "周二试着慢跑了5公里"), or a distance run as a habit
 * ("每天跑5公里"): no race ahead in it. */
static int race_not_ahead(const reader *r, size_t i, const char *w) {
    int t = tok_at(r, (int)i), c0 = clause_start(r, t), c1 = clause_end(r, t);
    static const char *const past[] = {"last ", "上周", "上个", "上星期", "上礼拜", "昨天", "前天", "跑了", "跑完", "完赛",
                                       "参加了", "ran ", "did ", "raced", "finished", "completed", " ago", "天前", "周前",
                                       NULL};
    if (span_says(r, c0, c1, past)) return 1;
    /* a competition that comes now and then ("星期六有時有比賽", "most
     * weekends a game") is the season, not a race ahead to taper for */
    static const char *const now_and_then[] = {"有时", "偶尔", "经常", "sometimes", "most weekends", "most saturdays",
                                               "most sundays", "every weekend", "每个周末", "每周末", NULL};
    if (span_says(r, c0, c1, now_and_then)) return 1;
    static const char *const habit[] = {"每天", "每次", "平时", "一般", "usually", "every", "daily", "normally", "a day",
                                        "a week", NULL};
    int distance = isdigit((unsigned char)w[0]) || !strncmp(w, "十公里", strlen("十公里"));
    /* a distance run in training ("周六再来个10公里节奏跑", "這週六直接跑一次21K確認",
     * "a 10k tempo on thursday"): a session planned, not the race */
    static const char *const session[] = {"节奏", "節奏", "tempo", "跑个", "跑個", "再跑", "来个", "來個", "跑一次", "跑一趟",
                                          "试跑", "試跑", "確認", "确认", "long run", "easy run", "training run", "practice run",
                                          "test run", "trial run", "as a test", "to test", "轻松跑", "輕鬆跑", "拉练", "LSD",
                                          "lsd", NULL};
    if (distance && span_says(r, c0, c1, session)) return 1;
    return distance && span_says(r, c0, c1, habit);
}

/* A time to beat ("current PB 22:41", "sub-25", "想破50分钟"): a short race
 * run for a time, so it is raced, not jogged */
static int time_goal(const char *s) {
    static const char *const w[] = {"pb", "pr", "personal best", "sub", "break", "破", "目标", "goal", "best time", NULL};
    if (any_word(s, w)) return 1;
    for (const char *c = strchr(s, ':'); c; c = strchr(c + 1, ':'))
        if (c > s && isdigit((unsigned char)c[-1]) && isdigit((unsigned char)c[1]) && isdigit((unsigned char)c[2])) return 1;
    return 0;
}

/* An old joint injury said to be long healed ("knee's been 100% for years",
 * "rock solid for years", "早就好了") with nothing said to hurt now: no joint
 * condition today, and no return-to-sport rule for a repair years old. */
static int long_healed(const reader *r) {
    static const char *const for_years[] = {"never gives me any bother", "never gives me bother", "never bothers me",
                                            "doesn't bother me", "doesnt bother me", "no bother since", "gives me no trouble",
                                            "从来没事", "一直没事", "rock solid", "solid for years", "fine for years", "no problems since",
                                            "no trouble since", "good as new", "fully healed", "100% for years",
                                            "100 percent for years", "100% ever since", "been 100%", "good for years",
                                            "no issues for years", "no problems for years", "no issues since", "完全好了",
                                            "早就好了", "好多年没事", "这些年都没事", "再没疼过", NULL};
    /* "again" is not here: "start running again" is the plan, not the knee */
    /* nor "still": "the plate's still in" is the metal, not the ankle */
    static const char *const now[] = {"hurt", "sore", "swell", "swollen", "pain", "ache", "aching", "tender", "stiff", "flare",
                                      "acting up", "giving me", "niggle", "unstable", "weak", "rolled", "sprain", "twist",
                                      "buckled", "gave way", "give way", "疼", "痛", "肿", "酸", "又", "还", "崴", "扭", "伤",
                                      NULL};
    return any_sub(r->s, for_years) && !any_sub(r->s, now);
}

/* ... and no injury of days ago in the joint's own sentence ("rolled it
 * yesterday"; a funeral last week elsewhere in the note is not the ankle's) */
static int joint_recent(const reader *r, const mr_notes *o) {
    static const char *const recent[] = {"yesterday", "this morning", "last week", "last night", "days ago", "昨天", "今天",
                                         "前天", "上周", NULL};
    for (int q = 0; q < 3; q++) {
        const char *ev = o->evidence[bit_index(JOINTS[q])];
        if (ev[0] && sentence_now(r, ev, recent)) return 1;
    }
    return 0;
}

static const char *const run_managed_run[] = {"jog", "jogging", "jogged", "run", "running", "ran", "跑步", "慢跑", "跑了",
                                               "跑", NULL};
static const char *const run_managed_end[] = {"made it", "managed", "lasted", "gave up", "had to stop", "had to walk",
                                               "couldn't", "couldnt", "could not", "就跑不动", "就不行", "就停", "就走",
                                               "就喘", "只坚持", "坚持了", "跑不动", "不到", NULL};

static void read_coaching(reader *r) {
    static const char *const free_w[] = {"got", "have", "gives", "give", "leaves", "leaving", "buys", "only", "free", "spare", "available", "left", "realistically", "max",
                                          "剩", "有", "空", "就", "只", "最多", "挤出", "顶多", NULL};
    static const char *const sleep_w[] = {"slep", "sleping", "slept", "insomnia", "睡", "瞓", "失眠", "熬夜", "通宵", NULL}; /* skeletons */
    static const char *const want_w[] = {"want", "wana", "wanted", "plan", "planing", "planed", "gona", "going",
                                          "hit", "想", "要", "打算", "计划", "准备", "决定", "decided", "decide", "thinking",
                                          "considering", NULL};
    mr_notes *o = r->out;
    o->minutes_free = o->minutes_planned = -1;
    /* "slept from 9 till 12 only", "睡了从早上9点到12点": a span of sleep by the clock */
    for (int i = 0; i + 2 < r->nt; i++) {
        if (r->t[i].kind != T_NUM || r->t[i].dot) continue;
        int c0 = clause_start(r, i), c1 = clause_end(r, i);
        if (!words_in(r, c0, c1, sleep_w)) continue;
        int k = i + 1;
        while (k < c1 && k < i + 4 && r->t[k].kind != T_NUM) k++; /* "9 till 12", "9am to 12pm", "9点到12点" */
        if (k >= c1 || r->t[k].kind != T_NUM || r->t[k].dot ||
            !words_in(r, i + 1, k, (const char *const[]){"till", "til", "until", "to", "-", "到", "至", NULL}))
            continue;
        int a = (int)r->t[i].val, b = (int)r->t[k].val, h = b - a;
        if (a < 0 || a > 24 || b < 0 || b > 24) continue;
        if (h <= 0) h += 12;
        if (h > 0 && h <= 6) {
            o->notes |= MR_NOTE_SHORT_SLEEP;
            if (h <= 4) o->sleep_very_short = 1;
        }
        i = k;
    }
    for (int i = 0; i < r->nt; i++) {
        double v;
        int j;
        if (!number_at(r, i, &v, &j)) continue;
        int unit = duration_unit(r, j);
        if (!unit || v <= 0 || v > 1000) continue;
        int c0 = clause_start(r, i), c1 = clause_end(r, i);
        if (unit == 60 && v <= 6 && words_in(r, c0, c1, sleep_w)) {
            o->notes |= MR_NOTE_SHORT_SLEEP;
            if (v <= 4) o->sleep_very_short = 1;
        }
        int m = (int)(v * unit);
        if (interval_rep(r, i)) { i = j - 1; continue; }
        /* a try at running that lasted minutes ("tried to jog last week, made
         * it 5 min", "跑了5分钟就跑不动了", "只坚持了3分钟"): where the week's runs start */
        if (m <= 15) {
            int se0, se1;
            sent_span(r, i, &se0, &se1);
            if (span_says(r, se0, se1, run_managed_run) && span_says(r, se0, se1, run_managed_end) &&
                (!o->run_managed || m < o->run_managed))
                o->run_managed = m;
        }
        /* ("趁宝宝午睡20分钟": the baby's nap is the window, not the writer's sleep) */
        int window = words_in(r, c0, i, (const char *const[]){"趁", "while", NULL}) &&
                     words_in(r, c0, i, (const char *const[]){"午睡", "睡", "nap", "naps", "napping", "asleep", NULL});
        /* "每天早上能练45分钟": a short time one can train is the time free ("可以练两个小时" is a wish) */
        int can = m <= 60 && words_in(r, c0, i, (const char *const[]){"能练", "可以练", NULL});
        if (m >= 5 && m <= 240 && (window || can || (words_in(r, c0, i, free_w) && !words_in(r, c0, c1, sleep_w))) &&
            (o->minutes_free < 0 || m < o->minutes_free)) {
            o->minutes_free = m;
            /* "realistically i have like 20 min after bedtime": the time most days, not only today's */
            int se0, se1; /* the whole sentence: "最多挤出20分钟，周末也是带娃" */
            sent_span(r, i, &se0, &se1);
            o->minutes_free_daily =
                words_in(r, se0, se1, (const char *const[]){"realistically", "usually", "normally", "most days",
                                                                      "every day", "each day", "a day", "per day", "weekdays",
                                                                      "after bedtime", "every night", "each night", "平时",
                                                                      "每天", "一般", "通常", "工作日", "lunch break",
                                                                      "午休", "周末也", "weekends too", "weekends are the same",
                                                                      /* "only gap is the 15 min while the baby naps": the day's one window */
                                                                      "only gap", "only window", "only time", "naps", "nap time",
                                                                      "nap", "唯一", "只有午睡", "睡午觉的时候", "孩子睡了", "午睡",
                                                                      NULL}) &&
                !words_in(r, sent_start(r, i), c1, (const char *const[]){"today", "tonight", "今天", "今晚", NULL});
        }
        /* a session planned ("gonna run 2 hours", "打算骑3个小时"): compared with today's dose;
         * not how long something takes ("晨僵大概要一个小时才会松开", "an hour to loosen up") */
        else if (m >= 20 && m <= 720 && (words_in(r, c0, i, want_w) || words_in(r, sent_start(r, i), i, want_w)) &&
                 !words_in(r, c0, c1, sleep_w) &&
                 !span_says(r, c0, c1, (const char *const[]){"僵", "松开", "才会", "才能", "stiff", "loosen", "to ease",
                                                             "wear off", NULL}) &&
                 m > o->minutes_planned)
            o->minutes_planned = m;
        i = j - 1;
    }
    /* a height written ("Flew into Cusco (3400 m)", "到了海拔3600米的拉萨"): altitude from 2,400 m */
    /* (written in digits, or with a height's words: "走个三四百米" is 300-400 m walked, not 3,400 m up) */
    for (int i = 0; i + 1 < r->nt; i++)
        if (r->t[i].kind == T_NUM && r->t[i].val >= 2400 && r->t[i].val <= 6000 &&
            (words_in(r, i + 1, i + 2, (const char *const[]){"m", "masl", "meters", "metres", NULL}) || tok_is(r, i + 1, "米"))) {
            int s0, s1;
            sent_span(r, i, &s0, &s1);
            if (isdigit((unsigned char)r->s[r->t[i].off]) ||
                span_says(r, s0, s1, (const char *const[]){"海拔", "高原", "山", "高度", "altitude", "elevation", "above sea", NULL}))
                o->notes2 |= MR_NOTE2_ALTITUDE;
        }
    /* the eve of a race ("10k tomorrow", "明天跑半马"): keep the legs for it */
    static const char *const eve_w[] = {"tomorow", "tmrw", "tmr", "tomoro", "tomrow", "明天", "明早", "明儿", "明日", NULL};
    static const char *const race_w[] = {"race", "10k", "5k", "21k", "42k", "half marathon", "marathon", "parkrun",
                                         "triathlon", "tri", "meet", "match", "tournament", "比赛", "马拉松", "半马",
                                         "全马", "10公里", "十公里", "5公里", "越野赛", "铁三", "比賽", "馬拉松", "半馬", "全馬",
                                         "广马", "北马", "上马", "杭马", "厦马", "成马",
                                         /* a ride or an event by its kind ("the sportive on Sunday", "骑行赛") */
                                         "sportive", "gran fondo", "granfondo", "fondo", "audax", "duathlon", "cycle challenge",
                                         "骑行赛", "環湖賽", "环湖赛", "公路赛",
                                         /* "Melbourne half is this Sunday": a half named by its place */
                                         "half is", "half this", "half next", "half on sunday", "half on saturday", "my half",
                                         "my first half", "a half on", NULL};
    /* a race of the writer's ahead ("Race is in 2.5 weeks", "10K on Dec 20"): the hard session is its preparation */
    for (int k = 0; race_w[k] && !o->race_ahead; k++)
        for (const char *at = strstr(r->s, race_w[k]); at && !o->race_ahead; at = strstr(at + 1, race_w[k]))
            if (word_at(r->s, (size_t)(at - r->s), race_w[k]) && own_fact(r, (int)(at - r->s)) &&
                !race_not_ahead(r, (size_t)(at - r->s), race_w[k]))
                o->race_ahead = 1;
    for (int i = 0; i < r->nt; i++) {
        if (!words_in(r, i, i + 1, eve_w)) continue;
        int c0 = clause_start(r, i), c1 = clause_end(r, i);
        size_t from = (size_t)r->t[c0].off, to = (size_t)(r->t[c1 - 1].off + r->t[c1 - 1].len);
        for (int k = 0; race_w[k]; k++) /* the writer's race, not a son's */
            for (size_t at = from; at + strlen(race_w[k]) <= to; at++)
                if (word_at(r->s, at, race_w[k]) && own_fact(r, (int)at)) o->notes2 |= MR_NOTE2_RACE_EVE;
    }
    /* a weight-loss target with its time ("一个月瘦20斤", "lose 10 kg in a month"): kg a week;
     * with a date instead ("Wedding is May 16th ... lose 20 kilos") the
     * advisor, which knows today's date, works the weeks out */
    static const char *const lose_w[] = {"瘦", "减", "掉", "lose", "drop", "shed", "goal", "目标", NULL};
    for (int i = 0; i < r->nt; i++) {
        double v;
        int j;
        if (!number_at(r, i, &v, &j) || v <= 0 || j >= r->nt) continue;
        /* "公斤" is kilograms; "公里" is kilometres ("10公里跑进50分钟") */
        double kg = tok_is(r, j, "斤") ? v / 2 : (tok_is(r, j, "公") && tok_is(r, j + 1, "斤")) || words_in(r, j, j + 1, (const char *const[]){"kg", "kgs", "kilos", "kilo", NULL}) ? v
                    : words_in(r, j, j + 1, (const char *const[]){"lbs", "lb", "pounds", NULL}) ? v * 0.4536 : 0;
        int c0 = clause_start(r, i);
        if (kg <= 0 || !words_in(r, c0 > 0 ? clause_start(r, c0 - 1) : c0, clause_end(r, i), lose_w)) continue;
        /* "already lost 8 kg", "已经瘦了8公斤": a loss behind them, not a target */
        if (words_in(r, c0, i, (const char *const[]){"lost", "dropped", "shed", "已经", "瘦了", "减了", "掉了", NULL}) &&
            !words_in(r, c0, i, (const char *const[]){"lose", "want", "another", "more", "还要", "再", "想", NULL}))
            continue;
        /* "goal is 70kg", "目标是60公斤": where to end up, not how much to lose
         * ("goal is 50 lbs by next summer" is an amount: under 40 kg it is) */
        if (kg >= 40 && words_in(r, c0, i, (const char *const[]){"goal", "target", "目标", "down to", "get to", "reach", NULL}) &&
            !words_in(r, c0, i, (const char *const[]){"lose", "drop", "shed", "瘦", "减", "掉", NULL}))
            continue;
        /* "goal weight 150 lbs" is where to end up, not how much to lose */
        if (words_in(r, c0, i, (const char *const[]){"weight", "weigh", "体重", NULL}) &&
            !words_in(r, c0, i, (const char *const[]){"lose", "drop", "shed", "瘦", "减", "掉", NULL}))
            continue;
        static const struct { const char *w; double weeks; } span[] = {
            {"一个月", 4.3}, {"1个月", 4.3}, {"a month", 4.3}, {"one month", 4.3}, {"两个月", 8.6}, {"2个月", 8.6},
            {"two months", 8.6}, {"2 months", 8.6}, {"一周", 1}, {"一个星期", 1}, {"a week", 1}, {"两周", 2}, {"two weeks", 2},
            {"2 weeks", 2}, {"三个月", 13}, {"3个月", 13}, {"three months", 13}, {"3 months", 13},
            {"六个月", 26}, {"6个月", 26}, {"半年", 26}, {"six months", 26}, {"6 months", 26}, {"next summer", 30},
            {"明年夏天", 30}, {"by summer", 26}, {"this summer", 26}, {"before summer", 26}, {"夏天之前", 26},
            {"一年", 52}, {"a year", 52}, {"one year", 52}, {"12 months", 52}};
        /* the time in the number's own sentence ("lose another 10 kg" is not
         * "a week" because another sentence cycles "3 times a week") */
        if (o->loss_kg <= 0) o->loss_kg = (float)kg;
        int s0, s1;
        sent_span(r, i, &s0, &s1);
        int from = i;
        for (int t = i - 1; t >= s0 && t >= i - 6; t--) /* "一个月瘦20斤": the span just before counts too */
            if (r->t[t].kind == T_PUNCT) break;
            else from = t;
        /* ("I run 5 km 3 times a week": a frequency, not the target's time) */
        int freq = span_says(r, from, s1, (const char *const[]){"times a week", "time a week", "x a week", "days a week",
                                                                 "sessions a week", "一周三次", "一周两次", "一周几次", NULL});
        for (size_t k = 0; k < sizeof span / sizeof span[0]; k++)
            if ((!freq || span[k].weeks != 1) && span_says(r, from, s1, (const char *const[]){span[k].w, NULL})) {
                o->loss_kg_week = (float)(kg / span[k].weeks);
                break;
            }
        /* a number of weeks or months ("10周瘦5公斤", "lose 5 kg in 10 weeks") */
        for (int t = from; t < s1 && o->loss_kg_week <= 0; t++) {
            double n;
            int e;
            if (t == i || !number_at(r, t, &n, &e) || n < 1 || n > 104 || e >= r->nt) continue;
            double weeks = tok_is(r, e, "周") || tok_is(r, e, "星") ||
                                   words_in(r, e, e + 1, (const char *const[]){"weeks", "week", "wks", "wk", NULL})
                               ? n
                           : (tok_is(r, e, "个") && tok_is(r, e + 1, "月")) ||
                                   words_in(r, e, e + 1, (const char *const[]){"months", "month", "mos", NULL})
                               ? n * 4.3
                               : 0;
            if (weeks > 0) o->loss_kg_week = (float)(kg / weeks);
        }
    }
    if (o->loss_kg > 0 && o->loss_kg_week <= 0) o->loss_month = month_said(r->s, &o->loss_mday);
    /* a race within two weeks ("Marathon in 10 days", "周六有比赛", "下周六就比赛了"): the taper's rules */
    static const char *const soon[] = {"this weekend", "next week", "saturday", "sunday", "周六", "周日", "周末", "下周",
                                       "这周六", "这周日", "星期六", "星期天", "礼拜六", "礼拜天", NULL};
    if (o->notes2 & MR_NOTE2_RACE_EVE) o->race_in = 1;
    for (int k = 0; race_w[k] && !(o->notes2 & MR_NOTE2_RACE_EVE); k++)
        for (const char *at = strstr(r->s, race_w[k]); at; at = strstr(at + 1, race_w[k])) {
            size_t i = (size_t)(at - r->s);
            if (!word_at(r->s, i, race_w[k]) || !own_fact(r, (int)i) || race_not_ahead(r, i, race_w[k])) continue;
            /* a fun run needs no taper; one run for a time does */
            if ((!strcmp(race_w[k], "5k") || !strcmp(race_w[k], "parkrun")) && !time_goal(r->s)) break;
            if (!strcmp(race_w[k], "5k") || !strcmp(race_w[k], "parkrun") || !strcmp(race_w[k], "10k") ||
                !strcmp(race_w[k], "5公里") || !strcmp(race_w[k], "10公里") || !strcmp(race_w[k], "十公里"))
                o->race_short = 1;
            if (strstr(race_w[k], "half") || !strcmp(race_w[k], "21k") || !strcmp(race_w[k], "半马") ||
                !strcmp(race_w[k], "半馬"))
                o->race_half = 1;
            int t = tok_at(r, (int)i), c0 = clause_start(r, t), c1 = clause_end(r, t), near_days = 0;
            for (int j = c0; j + 1 < c1; j++) /* "in 10 days", "10天后" */
                if (r->t[j].kind == T_NUM && r->t[j].val >= 2 && r->t[j].val <= 14 &&
                    (words_in(r, j + 1, j + 2, (const char *const[]){"days", "day", NULL}) || tok_is(r, j + 1, "天"))) {
                    near_days = 1;
                    int in_n = (j > 0 && words_in(r, j - 1, j, (const char *const[]){"in", "还有", "还剩", "再过", NULL})) ||
                               words_in(r, j + 2, j + 3, (const char *const[]){"away", "out", "left", "后", "之后", "以后", NULL});
                    if (o->race_in < 0 && in_n) o->race_in = (int)r->t[j].val;
                }
            if (near_days || words_in(r, c0 > 0 ? clause_start(r, c0 - 1) : c0, c1, soon)) o->notes |= MR_NOTE_TAPER;
            /* the race's weekday, in its sentence ("marathon is this Sunday",
             * "周日比赛"); not a past one ("last Sunday's race") */
            static const struct { const char *w; int d; } wd[] = {
                {"sunday", 0}, {"monday", 1}, {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4}, {"friday", 5},
                {"saturday", 6}, {"周日", 0}, {"周天", 0}, {"星期天", 0}, {"星期日", 0}, {"礼拜天", 0}, {"周一", 1},
                {"星期一", 1}, {"礼拜一", 1}, {"周二", 2}, {"星期二", 2}, {"礼拜二", 2}, {"周三", 3}, {"星期三", 3},
                {"礼拜三", 3}, {"周四", 4}, {"星期四", 4}, {"礼拜四", 4}, {"周五", 5}, {"星期五", 5}, {"礼拜五", 5},
                {"周六", 6}, {"星期六", 6}, {"礼拜六", 6}};
            int s0, s1;
            sent_span(r, t, &s0, &s1);
            const char *from = r->s + r->t[s0].off, *to = r->s + r->t[s1 - 1].off + r->t[s1 - 1].len, *first = NULL;
            /* its date, in its sentence ("Valencia on the 6th dec", "11月8号", "2/22 第一次半馬"):
             * the advisor, which knows today, counts the days */
            if (!o->race_month) {
                char sent[512];
                snprintf(sent, sizeof sent, "%.*s", (int)(to - from), from);
                o->race_month = month_said(sent, &o->race_mday);
                for (const char *q = sent; !o->race_month && (q = strchr(q, '/')) != NULL; q++) {
                    const char *m0 = q;
                    while (m0 > sent && isdigit((unsigned char)m0[-1]) && q - m0 < 2) m0--;
                    int mo = m0 < q ? atoi(m0) : 0, da = isdigit((unsigned char)q[1]) ? atoi(q + 1) : 0;
                    const char *e = q + 1;
                    while (isdigit((unsigned char)*e)) e++;
                    /* (not a blood pressure, a fraction of a longer figure, or a full date's year) */
                    if (mo >= 1 && mo <= 12 && da >= 1 && da <= 31 && e - q - 1 <= 2 && *e != '/' &&
                        !(m0 > sent && (isdigit((unsigned char)m0[-1]) || m0[-1] == '/'))) {
                        o->race_month = mo;
                        o->race_mday = da;
                    }
                }
            }
            if (o->race_wday < 0 &&
                !span_says(r, s0, s1, (const char *const[]){"last", "上周", "上个", "上星期", "上礼拜", "ran ", "did ", "跑完", NULL}))
                for (size_t k2 = 0; k2 < sizeof wd / sizeof wd[0]; k2++)
                    for (const char *w = strstr(from, wd[k2].w); w && w < to; w = strstr(w + 1, wd[k2].w)) {
                        size_t n = strlen(wd[k2].w);
                        /* "每周一次", "这周一共", "下周六" (next week's), "next Sunday" */
                        if ((w - r->s >= 3 && (!strncmp(w - 3, "每", 3) || !strncmp(w - 3, "下", 3))) ||
                            !strncmp(w + n, "共", 3) || !strncmp(w + n, "次", 3) || !strncmp(w + n, "些", 3) ||
                            (w - r->s >= 5 && !strncmp(w - 5, "next ", 5)))
                            continue;
                        if (!first || w < first) {
                            first = w;
                            o->race_wday = wd[k2].d;
                        }
                    }
        }
    /* "no pain no gain", "不痛不长肌肉": the myth, answered */
    static const char *const myth[] = {"no pain no gain", "no pain, no gain", "no pain = no gain", "没有痛苦就没有收获",
                                       "不痛不长", "不疼不长", "不痛没效果", "不疼没效果", "痛了才有效", "疼了才有效", NULL};
    for (int k = 0; myth[k]; k++) o->pain_myth |= strstr(r->s, myth[k]) != NULL;
    o->heat_recent = said_own(r, (const char *const[]){"中暑", "热射病", "热衰竭", "heat exhaustion", "heatstroke", "heat stroke",
                                                       "sunstroke", NULL}) &&
                     any_sub(r->s, (const char *const[]){"昨天", "前天", "昨晚", "yesterday", "last night", "day before",
                                                         NULL});
    o->eating_disorder = said_own(r, (const char *const[]){"厌食症", "暴食症", "进食障碍", "神经性厌食", "anorexia", "anorexic",
                                                           "bulimia", "bulimic", "eating disorder", "arfid", NULL});
    /* driving home after a night shift or on little sleep ("练完还得自己开车回家",
     * "nearly nodded off at the lights"): drowsy driving is the danger */
    o->drowsy_drive = any_sub(r->s, (const char *const[]){"开车回家", "开车回去", "自己开车", "还要开车", "还得开车", "开回家",
                                                          "drive home", "driving home", "drive back", "have to drive",
                                                          "got to drive", "开車回家", NULL}) &&
                      (o->night_shift || (o->notes & MR_NOTE_SHORT_SLEEP) ||
                       any_sub(r->s, (const char *const[]){"夜班", "night shift", "nightshift", "night duty", "大夜", NULL}) ||
                       any_sub(r->s, (const char *const[]){"差点睡着", "打瞌睡", "犯困", "nodded off", "nodding off",
                                                           "fell asleep at", "nearly fell asleep", "almost fell asleep",
                                                           NULL}));
    /* the asthma reliever left behind ("forgot my puffer at my dad's", "喷雾忘带了") */
    o->no_reliever = any_sub(r->s, (const char *const[]){"forgot my puffer", "forgot my inhaler", "left my inhaler",
                                                         "left my puffer", "don't have my inhaler", "dont have my inhaler",
                                                         "no inhaler", "without my inhaler", "without my puffer", "忘带",
                                                         "忘帶", "没带喷", "沒帶噴", NULL});
    /* a diet, meals cut or a fat-loss camp planned ("每天只吃两顿", "put her on a diet"): the advisor weighs it for a child */
    o->diet_said = any_sub(r->s, (const char *const[]){"只吃两顿", "一天两顿", "节食", "少吃", "不吃晚饭", "减脂营", "只吃兩頓",
                                                       "節食", "on a diet", "skip meals", "cut her food", "cut his food",
                                                       NULL});
    /* a dialysis fistula named ("左手有廔管", "my fistula arm") */
    o->fistula = any_sub(r->s, (const char *const[]){"fistula", "瘘", "瘻", "廔", NULL});
    /* a treatment team of a dietitian and a psychologist that sets the
     * exercise ("my team ok'd 3 x 20 min easy runs (dietitian + psych + GP)"):
     * an eating disorder's outpatient care, named or not (NICE NG69) */
    if (any_word(r->s, (const char *const[]){"dietitian", "dietician", "nutritionist", "营养师", NULL}) &&
        any_word(r->s, (const char *const[]){"psych", "psychologist", "psychiatrist", "therapist", "心理医生", "心理咨询",
                                             "心理治疗", NULL}) &&
        any_word(r->s, (const char *const[]){"my team", "treatment team", "ok'd", "okayed", "allowed", "cleared", "治疗团队",
                                             "只让", "只允许", NULL}))
        o->eating_disorder = 1;
    o->swim_alone = any_sub(r->s, (const char *const[]){"solo swim", "swim alone", "swimming alone", "swim by myself",
                                                        "swim on my own", "swimming on my own", "solo ocean", "solo open water",
                                                        "一个人游", "一个人去游", "自己去游", "独自游", "独自下水", NULL});
    o->exam_worth = any_sub(r->s, (const char *const[]){"高考", "中考", "考研", "期末", "考试", "exam", "finals", "gcse",
                                                        "a-levels", "a levels", "sat ", "revision", NULL}) &&
                    any_sub(r->s, (const char *const[]){"浪费时间", "有没有必要", "有必要吗", "没必要", "值不值", "waste of time",
                                                        "worth it", "worth the time", "no time to", "没时间运动", "没时间锻炼",
                                                        /* "运动等考完再说？": whether exercise should wait for the exams */
                                                        "等考完", "考完再", "考完了再", "考完以后再", "after the exams", "after exams",
                                                        "until the exams are over", "until exams are over", "after her exams",
                                                        "after his exams", "after my exams", NULL});
    o->gains_fear = any_sub(r->s, (const char *const[]){"lose gains", "lose my gains", "lose the gains", "losing gains",
                                                        "losing my gains", "lose muscle", "losing muscle", "lose my strength",
                                                        "lose strength", "掉肌肉", "肌肉会掉", "肌肉掉", "白练了", "前功尽弃", NULL});
    o->fitness_fear = any_sub(r->s, (const char *const[]){"lose fitness", "lose my fitness", "lose all my fitness", "losing fitness",
                                                          "losing my fitness", "lose my base", "体力掉光", "体力会掉", "怕体力掉",
                                                          "体能掉", "掉体能", "体能会掉", "怕退步", "fitness will drop",
                                                          "lose everything i've built", "lose my progress", "lose progress",
                                                          "losing my progress", "losing progress", "lose all my progress",
                                                          "进度白费", "前面白练", "怕退回去", NULL});
    int legwork_session = 0; /* legs trained or sore, beyond a race named */
    for (int h = 0; h < r->nh; h++) {
        int c = r->h[h].c, t0 = r->h[h].t0;
        if (c == M_TIRED && words_in(r, t0, r->h[h].t1, sleep_w) && !negated(r, h)) o->notes |= MR_NOTE_SHORT_SLEEP;
        /* "孕前跑过半马", "以前跑过半马", "ran a half years ago": once, long ago, not legs tired now */
        /* (the clause, or the sentence opened by "Pre-pregnancy I ran 3x a week, half marathon PB 1:48") */
        int once_long_ago = (c == Q_LEGWORK || c == Q_UPPERWORK) &&
                       (sentence_at_says(r, t0, (const char *const[]){"pre-pregnancy", "pre pregnancy", "孕前", "怀孕前",
                                                                        "生孩子前", "before the baby", NULL}) ||
                        span_says(r, clause_start(r, t0), clause_end(r, t0),
                                 (const char *const[]){"跑过", "练过", "以前", "孕前", "年轻时", "年前", "去年", "years ago",
                                                       "before the baby", "before pregnancy", "back in", "used to",
                                                       /* a career or a best time: "跑马十几年了，全马最好3小时28分" */
                                                       "最好", "十几年", "多年", "好多年", "几十年", "成绩", "personal best",
                                                       "my best", "best time", "pb is", "pb of", "for years",
                                                       /* "was deadlifting 180 before" the operation */
                                                       "before the op", "before surgery", "before the surgery", "was deadlifting",
                                                       "was squatting", "术前", "手术前", NULL}) ||
                        last_time_ache(r, t0));
        /* "今天是腿日", "today's leg day": the session planned, not done */
        int planned = span_says(r, clause_start(r, t0), t0, (const char *const[]){"今天是", "今儿是", "今天要练", "今天练",
                                                                                 "today is", "today's", "todays", NULL}) ||
                      /* "leg day was meant to be today", "本来今天练腿" */
                      span_says(r, t0, clause_end(r, t0), (const char *const[]){"meant to be", "supposed to be", "was due",
                                                                                "is due", "planned for", NULL}) ||
                      span_says(r, clause_start(r, t0), t0, (const char *const[]){"本来今天", "原本今天", "本来要", NULL}) ||
                      /* "squat day!! going for a 585 single today": a day's name with nothing done yet */
                      (c == Q_LEGWORK && words_in(r, t0, r->h[h].t1 + 1 < r->nt ? r->h[h].t1 + 1 : r->nt, (const char *const[]){"day", "日", NULL}) &&
                       !sentence_at_says(r, t0, (const char *const[]){"yesterday", "昨天", "前天", "last", "did", "done", "after",
                                                                      "smashed", "killed", "wrecked", "sore", "doms", "酸", "疼",
                                                                      "痛", "练完", "练了", NULL}) &&
                       !anywhere(r, S_SORE)) ||
                      /* "have a coffee and go heavy squats at 4?": the session asked about */
                      (words_in(r, t0 - 3 < 0 ? 0 : t0 - 3, t0, (const char *const[]){"go", "do", "then", "去", "再", NULL}) &&
                       sentence_asks(r, t0, 1));
        /* ("my brother wants me at his bootcamp, lots of burpees and jump squats": a session someone else offers) */
        int offered = sentence_says(r, h, (const char *const[]){"wants me", "want me", "invited me", "asked me to", "叫我去",
                                                                 "让我去", "拉我去", "想让我", "喊我去", NULL});
        if ((c == Q_LEGWORK || c == Q_UPPERWORK || c == Q_WORKOUT) && !negated(r, h) && !others(r, h, 0) && !once_long_ago &&
            !planned && !offered && !words_in(r, clause_start(r, t0), t0, want_w)) {
            o->notes |= c == Q_LEGWORK ? MR_NOTE_LOWER_WORKED : MR_NOTE_UPPER_WORKED;
            /* a race named, not a leg session ("ran the marathon last Sunday") */
            if (c == Q_LEGWORK && !span_says(r, t0, r->h[h].t1, (const char *const[]){"marathon", "马拉松", "全马", "半马",
                                                                                     "half", NULL}))
                legwork_session = 1;
        }
        /* sore legs after training ("大腿前侧酸", "quads are wrecked" after squats) */
        if ((c == S_SORE || c == S_PAIN || c == S_PRESS) && (anywhere(r, Q_LEGWORK) || anywhere(r, Q_HARD)) &&
            !negated(r, h) && !last_time_ache(r, t0)) {
            int b = body_of(r, h);
            if (b >= 0 && (r->h[b].c == B_LEG || r->h[b].c == B_CALF || r->h[b].c == B_HIP)) {
                o->notes |= MR_NOTE_LOWER_WORKED;
                legwork_session = 1;
            }
        }
        /* on a period with pain: a pain word of its own ("痛经", "cramps") or a pain said beside it */
        if (c == Q_PERIOD_PAIN && !negated(r, h) && !others(r, h, 0)) {
            static const char *const own[] = {"痛", "pain", "pains", "cramps", "dysmenorhea", "dysmenorhoea", NULL};
            /* (a pain elsewhere in the note is not the period's: "例假乱了 ... 累得不想动") */
            int irregular = any_sub(r->s, (const char *const[]){"乱了", "不规律", "不准", "irregular", "all over the place", NULL});
            if (words_in(r, t0, r->h[h].t1, own) ||
                (!irregular && (in_sentence(r, h, S_PAIN) || in_sentence(r, h, S_SORE) || anywhere(r, S_PAIN))))
                o->notes |= MR_NOTE_PERIOD_PAIN;
        }
        /* (periods grown rare count as lost ones, IOC's menstrual dysfunction,
         * unless something else explains them: PCOS, breastfeeding, the years
         * before the menopause, a pill or a coil) */
        if (c == Q_NO_PERIODS && !negated(r, h) && !others(r, h, 0) &&
            !said_own(r, (const char *const[]){"pcos", "polycystic", "多囊", "breastfeed", "nursing my", "nursing the baby", "哺乳",
                                               "喂奶", "perimenopaus", "menopaus", "更年期", "绝经", "on the pill", "吃避孕药",
                                               "coil", "iud", "mirena", "上环", NULL}))
            o->notes |= MR_NOTE_NO_PERIODS;
        if (c == K_NOT_PREG && !others(r, h, 0)) {
            static const char *const birth[] = {"产后", "生完", "顺产", "剖宫产", "月子", "出月子", "哺乳期", "喂奶", "postpartum",
                                                "post", "gave", "birth", "delivery", "breastfeding", "c", "baby", "babys", "check",
                                                "产后复查", "42天复查", "剖腹产", "剖腹產", "剖完", "剖腹生", NULL};
            /* "怕生完肚子松" at 28 weeks is a worry about later, not a birth behind her */
            if (words_in(r, t0, r->h[h].t1, birth) && !((r->known | o->flags) & MR_COND_PREGNANCY))
                o->notes |= MR_NOTE_POSTPARTUM;
        }
        /* "getting over a cold", "烧退了三天": back from an illness */
        /* "a chest cold 2 weeks ago, totally fine now": long enough ago, and
         * said to be over, is no longer a return from illness */
        static const char *const long_ago[] = {"2 weeks ago", "two weeks ago", "3 weeks ago", "three weeks ago",
                                               "a month ago", "last month", "weeks ago", "两周前", "两个星期前",
                                               "三周前", "上个月", "一个月前", NULL};
        static const char *const over[] = {"totally fine now", "fine now", "all good now", "fully recovered",
                                           "完全好了", "早好了", "好利索了", NULL};
        int long_over = sentence_says(r, h, long_ago) && any_sub(r->s, over);
        if ((((c == D_FEVER || c == D_ILL || c == D_COLD) && (healed(r, h, 1, 0) || illness_last_week(r, h))) || c == Q_RECOVERING) &&
            !negated(r, h) && !others(r, h, 0) && !long_over)
            o->notes |= MR_NOTE_RECOVERED;
    }
    o->legs_race_only = (o->notes & MR_NOTE_LOWER_WORKED) && !legwork_session;
    { /* facts said in so many words, the writer's own and not denied ("my dad
       * takes insulin", "not hungover", "我妈类风湿又犯了" say nothing of the writer) */
        static const struct { unsigned bit; const char *w[56]; } said[] = {
            {MR_NOTE_HANGOVER, {"宿醉", "喝大了", "喝多了", "喝醉", "喝断片", "hangover", "hungover", "hung over",
                                "drank too much", "too much to drink", "too many drinks", "still drunk", "pints",
                                "few shots", "night out", "been drinking", "drinking last night", "昨晚喝酒", "昨晚喝了",
                                "喝了不少酒", "酒喝多", "喝了一斤", "喝了几瓶", NULL}},
            {MR_NOTE_RACE_TODAY, {"race today", "race is today", "race is at", "race this afternoon", "race tonight",
                                  "race later today", "match today", "game today", "meet today", "今天比赛", "今天下午比赛",
                                  "下午比赛", "晚上比赛", "比赛就在今天", "今天有比赛", "match tonight",
                                  "match this afternoon", "match this evening", "match later", "game tonight",
                                  "game this afternoon", "game this evening", "game later", "tournament today",
                                  "今晚比赛", "今晚有比赛", "下午有比赛", "晚上有比赛", "今天打比赛", "今天踢比赛",
                                  "今天有球赛", "下午有球赛", "今晚有球赛", "晚上有球赛", "下午打比赛", "下午踢比赛",
                                  "晚上打比赛", "晚上踢比赛", "今天的比赛", "今天下午的比赛", NULL}},
            {MR_NOTE_TAPER, {"taper", "tapering", "减量期", "赛前减量", "赛前调整", "在减量", "减量周", "减量中", "race week",
                             "比赛周", "这周减量", "本周减量", NULL}},
            {MR_NOTE_LONG_COVID, {"长新冠", "新冠后遗症", "新冠后一直", "感染新冠后一直", "阳了以后一直", "since covid", "covid and never",
                                  "新冠,之后", "新冠之后", "阳了之后一直", "阳过之后一直", "脑雾", "brain fog", "since i had covid",
                                  "after covid i", "post-covid", "post covid", "瞓咗两日", "睡了两天才", "躺了两天才",
                                  "never recovered from covid", "long covid", "long-covid", "post-exertional", "post exertional",
                                  "crashed for two days", "me/cfs", "me-cfs", "cfs", "chronic fatigue syndrome", "myalgic",
                                  "post-exertional malaise", "慢性疲劳综合征", "慢性疲劳症候群", "慢性疲劳综合症", "肌痛性脑脊髓炎", "劳累后不适", "运动后不适",
                                  "(pem)", "pem)", "新冠后一年", "新冠后半年", "新冠后几个月", NULL}},
            {MR_NOTE_ARTHRITIS_FLARE, {"类风湿", "风湿又犯", "rheumatoid", "ra flare", "arthritis flare", "关节炎发作",
                                       "ra's acting up", "ra is acting up", "ra acting up", "my ra is", "ra's flaring", "ra is flaring",
                                       "痛风发作", "痛风又犯", "痛风又来", "痛风又嚟", "痛风犯了", "痛风来了", "痛风又发",
                                       "又痛风", "又发痛风", "痛风又痛", "痛风痛",
                                       "gout flare", "gout attack", "gout's back", "gout is back", "gout again", "gout flared",
                                       "lupus flare", NULL}},
            {MR_NOTE_COPD, {"慢阻肺", "肺阻塞", "阻塞性肺病", "慢性阻塞性肺", "肺气肿", "慢支", "慢性支气管炎", "copd", "emphysema",
                            "chronic bronchitis", "chronic obstructive", "finished pulmonary rehab", "did pulmonary rehab",
                            "after pulmonary rehab", "completed pulmonary rehab", "做完肺康复", "肺康复结束", NULL}},
            {MR_NOTE_OSTEOPOROSIS, {"骨质疏松", "骨松", "骨量减少", "骨密度低", "骨密度偏低", "阿仑膦酸", "osteoporosis",
                                    "osteopenia", "osteoporotic", "low bone density", "brittle bones", "alendronate",
                                    "fosamax", NULL}},
            {MR_NOTE_SHOULDER, {"肩周炎", "肩袖", "肩峰撞击", "肩撞击", "冻结肩", "五十肩", "肩膀疼", "肩膀痛", "肩膀一抬",
                                "impingement", "rotator cuff", "frozen shoulder", "shoulder pain", "shoulder hurts",
                                "shoulder's been", "shoulder is sore", "sore shoulder", "bad shoulder", "dodgy shoulder",
                                "shoulder's sore", "shoulder injury", "shoulder has been sore", "shoulder has been", "shoulder's been sore",
                                "shoulder aches", "shoulder ache", "肩膀疼", "肩膀痛", "肩周炎", "肩袖", NULL}},
            {MR_NOTE_STRAIN, {"拉伤", "扯伤", "扯了一下", "抻了", "抻着", "腘绳肌", "pulled my hamstring", "pulled a hamstring",
                              "pulled hamstring", "hamstring strain", "strained my hamstring", "tweaked my hamstring",
                              "pulled my left hamstring", "pulled my right hamstring", "pulled my left calf",
                              "pulled my right calf", "strained my left hamstring", "strained my right hamstring",
                              "hamstring injury", "hamstring's", "hammy",
                              "pulled a muscle", "pulled my calf", "calf strain", "strained my calf", "groin strain",
                              "pulled my groin", "pulled hammy", "hamstring tear", "torn hamstring", "pulled my quad",
                              "quad strain", "torn calf", NULL}},
            {MR_NOTE_HEEL, {"足底筋膜炎", "足底筋膜", "脚后跟疼", "脚后跟痛", "脚跟疼", "脚跟痛", "足跟痛", "足跟疼",
                            "plantar fasciitis", "plantar fascia", "heel pain", "heel hurts", "heel is sore",
                            "sore heel", "heel spur", NULL}},
            {MR_NOTE_STROKE, {"中风", "脑梗", "脑卒中", "卒中", "脑出血", "偏瘫", "had a stroke", "my stroke", "a stroke",
                              "post-stroke", "post stroke", "stroke survivor", "since the stroke", "mini-stroke",
                              "mini stroke", "the stroke", "minor stroke", "small stroke", "had a stroke", NULL}},
        };
        for (size_t k = 0; k < sizeof said / sizeof said[0]; k++)
            if (said_own(r, said[k].w)) o->notes |= said[k].bit;
        /* brain fog with another cause named (the menopause, a pregnancy, an
         * untreated thyroid, chemotherapy, MS, no sleep) and no covid or
         * crash told is not long COVID's pacing */
        if ((o->notes & MR_NOTE_LONG_COVID) &&
            any_sub(r->s, (const char *const[]){"menopaus", "perimenopaus", "更年期", "hot flush", "hot flash", "潮热", "hrt",
                                                "pregnan", "怀孕", "孕", "thyroid", "甲减", "chemo", "化疗", "multiple sclerosis",
                                                "my ms", "多发性硬化", "newborn", "no sleep", "没睡", "新生儿", NULL}) &&
            !any_sub(r->s, (const char *const[]){"covid", "新冠", "阳了", "阳过", "crash", "pem", "cfs", "post-exertional",
                                                 "post exertional", "myalgic", "慢性疲劳", "崩", "劳累后", "运动后不适", "长新冠",
                                                 NULL}))
            o->notes &= ~(unsigned)MR_NOTE_LONG_COVID;
        if (said_own(r, insulin_w)) o->notes |= MR_NOTE_INSULIN;
        /* "game at 3", "kick-off at 7:30": a game today, its hour named */
        static const char *const at_w[] = {"game at ", "match at ", "kick-off at ", "kickoff at ", "kick off at ",
                                           "tip-off at ", "tipoff at ", "race at ", NULL};
        int another_day = any_sub(r->s, (const char *const[]){"tomorrow", "tmrw", "saturday", "sunday", "next week", NULL});
        for (int k = 0; at_w[k] && !another_day && !(o->notes & MR_NOTE_RACE_TODAY); k++)
            for (const char *at = strstr(r->s, at_w[k]); at; at = strstr(at + 1, at_w[k]))
                if (!(at > r->s && isalpha((unsigned char)at[-1])) && isdigit((unsigned char)at[strlen(at_w[k])]) &&
                    own_fact(r, (int)(at - r->s))) {
                    o->notes |= MR_NOTE_RACE_TODAY;
                    break;
                }
        /* the race today is a game: a match, a tournament, a ball game */
        if (o->notes & MR_NOTE_RACE_TODAY)
            o->match_today = said_own(r, (const char *const[]){"game", "match", "tournament", "kick-off", "kickoff",
                                                                "kick off", "tip-off", "球赛", "打比赛", "踢比赛", "球", NULL});
        /* a team's practice fixed for today ("Practice at 4:30 for 90 min",
         * "今晚球队训练"): like a game, it is the day's session, and only with
         * a team, a coach or a ball sport in the notes (not "training tonight"
         * alone at the gym, not piano practice) */
        if (!(o->notes & MR_NOTE_RACE_TODAY) && !another_day) {
            static const char *const team[] = {"team", "coach", "squad", "varsity", "scrimmage", "club", "selection",
                                               "trials", "tryout", "教练", "球队", "校队", "队里", "队友", "俱乐部",
                                               "足球", "篮球", "排球", "橄榄球", "football", "soccer", "basketball",
                                               "netball", "hockey", "rugby", "volleyball", "lacrosse", "baseball", "softball",
                                               "water polo", "handball", "cricket", "footy", "footie", NULL};
            static const char *const at_hour[] = {"practice at ", "practice is at ", "training at ", "training is at ",
                                                  /* ("footy training 4:30 till 6") */
                                                  "practice ", "training ", NULL};
            int hour_said = 0; /* (the hour after "at": "training at 6", not "training at the gym") */
            for (int k = 0; at_hour[k] && !hour_said; k++)
                for (const char *at = strstr(r->s, at_hour[k]); at && !hour_said; at = strstr(at + 1, at_hour[k])) {
                    const char *h = at + strlen(at_hour[k]);
                    hour_said = isdigit((unsigned char)h[0]) && own_fact(r, (int)(at - r->s));
                    /* (without "at", a clock time only: "training 4:30", "practice 6pm", not "training 3 times a week") */
                    if (hour_said && strstr(at_hour[k], " at ") == NULL) {
                        while (isdigit((unsigned char)*h)) h++;
                        hour_said = (*h == ':' && isdigit((unsigned char)h[1])) || !strncmp(h, "pm", 2) || !strncmp(h, "am", 2) ||
                                    !strncmp(h, " pm", 3) || !strncmp(h, " am", 3) || (*h == '.' && isdigit((unsigned char)h[1]));
                    }
                }
            static const char *const today[] = {"practice today", "practice tonight", "practice this afternoon",
                                                "practice this evening", "practice later", "practice after school",
                                                "training today", "training tonight", "training this afternoon",
                                                "training this evening", "training after school",
                                                "今天训练", "今天下午训练", "今晚训练", "今天晚上训练", "下午有训练", "晚上有训练",
                                                "今天有训练", "今晚有训练", "今天球队训练", "今晚球队训练", "下午球队训练",
                                                "今天校队训练", "下午校队训练", "今天要训练", "今晚要训练", "放学后训练", NULL};
            static const char *const off[] = {"no practice", "practice cancelled", "practice canceled", "practice is cancelled",
                                              "no training", "training cancelled", "training canceled", "yoga practice",
                                              "piano practice", "music practice", "band practice", "choir practice",
                                              "训练取消", "没有训练", "不用训练", "训练完", "训练了", "练完了", "after training",
                                              "after practice", NULL};
            if ((hour_said || said_own(r, today)) && any_word(r->s, team) && !any_sub(r->s, off)) {
                o->notes |= MR_NOTE_RACE_TODAY;
                o->match_today = 2;
            }
        }
        /* "Stroke 8 months ago", "stroke last year": one had, dated; not a
         * swimming stroke ("breaststroke", "stroke rate") or heat stroke */
        for (const char *at = strstr(r->s, "stroke"); at && !(o->notes & MR_NOTE_STROKE); at = strstr(at + 1, "stroke")) {
            if (at > r->s && isalpha((unsigned char)at[-1])) continue;
            if (at - r->s >= 5 && (!strncmp(at - 5, "heat ", 5) || !strncmp(at - 4, "sun ", 4))) continue;
            static const char *const dated[] = {" ago", "last year", "last month", "last spring", "last summer",
                                                "last autumn", "last fall", "last winter", " in 20", " back in", "last jan",
                                                "last feb", "last mar", "last apr", "last may", "last jun", "last jul", "last aug",
                                                "last sep", "last oct", "last nov", "last dec", NULL};
            char after[32];
            snprintf(after, sizeof after, "%s", at + 6);
            if (after[0] == 's' || after[0] == '-') continue; /* "strokes", "stroke-rate" */
            /* the date right after the word ("stroke rate 30 last year" is a swimmer's) */
            static const char *const next[] = {" 1", " 2", " 3", " 4", " 5", " 6", " 7", " 8", " 9", " a ", " an ", " one ",
                                               " two ", " three ", " four ", " five ", " six ", " last ", " in ", " back ",
                                               " few ", " several ", " about ", " some ", NULL};
            int direct = 0;
            for (int k = 0; next[k] && !direct; k++) direct = !strncmp(after, next[k], strlen(next[k]));
            if (direct && any_sub(after, dated) && own_fact(r, (int)(at - r->s))) o->notes |= MR_NOTE_STROKE;
        }
        /* "what are the signs of a stroke?", "预防中风": a stroke asked about, not had */
        if ((o->notes & MR_NOTE_STROKE) &&
            any_sub(r->s, (const char *const[]){"signs of a stroke", "symptoms of a stroke", "risk of a stroke", "stroke risk",
                                                "prevent a stroke", "avoid a stroke", "中风的症状", "中风有什么", "预防中风",
                                                "中风风险", "中风的风险", "脑梗的症状", "预防脑梗", NULL}) &&
            !any_sub(r->s, (const char *const[]){"had a stroke", "my stroke", "since the stroke", "post-stroke", "post stroke",
                                                 "stroke survivor", "中风后", "中风过", "得过", "偏瘫", "脑梗后", NULL}))
            o->notes &= ~(unsigned)MR_NOTE_STROKE;
        /* after a stroke an antiplatelet is the stroke's ("on clopidogrel"),
         * not a sign of heart disease; a heart named is still read (AHA/ASA
         * 2021 secondary prevention) */
        if ((o->notes & MR_NOTE_STROKE) && (o->flags & MR_COND_HEART)) {
            static const char *const antiplatelet[] = {"clopidogrel", "plavix", "氯吡格雷", "波立维", "baby aspirin",
                                                       "blood thinner", "阿司匹林", "aspirin", NULL};
            static const char *const heart[] = {"heart", "cardiac", "coronary", "stent", "angina", "bypass", "cabg", "afib",
                                                "atrial", "fibrillation", "pacemaker", "valve", "心脏", "冠心", "支架",
                                                "心梗", "房颤", "搭桥", "心绞痛", "心律", "心衰", NULL};
            if (any_sub(o->evidence[bit_index(MR_COND_HEART)], antiplatelet) && !any_sub(r->s, heart)) {
                o->flags &= ~(unsigned)MR_COND_HEART;
                o->evidence[bit_index(MR_COND_HEART)][0] = 0;
            }
        }
        /* rheumatoid arthritis named is the disease; a flare needs its signs
         * ("no swollen joints right now ... quiet for 4 months" is remission) */
        static const char *const flare_sign[] = {"flare", "flaring", "swollen", "swelling", "hot", "red", "又犯", "犯了", "发作",
                                                 "puffy", "warm", "acting up", "playing up",
                                                 "肿", "红肿", "发热", NULL};
        static const char *const quiet[] = {"no swollen", "no swelling", "remission", "been quiet", "it's been quiet",
                                            "under control", "缓解", "控制得", "没犯", "没有发作", "不肿", NULL};
        /* "控制得还不错 ... 今天早上右膝盖有点热有点肿": today's signs outweigh months of quiet */
        static const char *const today_w[] = {"今天", "今早", "今儿", "早上起来", "比平时", "这两天", "这几天", "today", "this morning",
                                              "since yesterday", "past couple of days", "the last few days", NULL};
        int flare_today = sentence_says_both(r, today_w, (const char *const[]){"肿", "热", "红", "swollen", "swelling", "hot", NULL});
        if ((o->notes & MR_NOTE_ARTHRITIS_FLARE) && !flare_today && (!any_word(r->s, flare_sign) || any_sub(r->s, quiet)) &&
            !any_sub(r->s, (const char *const[]){"ra flare", "arthritis flare", "关节炎发作", "痛风发作", "痛风又犯", "痛风又来",
                                                "又痛风", "又发痛风", "痛风又痛", "痛风痛",
                                                "痛风又嚟", "痛风犯了", "痛风来了", "痛风又发", "gout's back", "gout is back",
                                                "gout again", "gout flared", "gout flare", "gout attack", "lupus flare", "风湿又犯",
                                                NULL}))
            o->notes &= ~(unsigned)MR_NOTE_ARTHRITIS_FLARE;
        /* a hot, red, swollen big toe with gout named: its flare, whatever it is called ("医生说是痛风") */
        if ((strstr(r->s, "gout") || strstr(r->s, "痛风")) &&
            any_sub(r->s, (const char *const[]){"大脚趾", "脚趾", "大拇指", "big toe", "toe", "脚背", "ankle", "脚踝", NULL}) &&
            any_sub(r->s, (const char *const[]){"红肿", "又红又肿", "又肿又", "红肿热痛", "又红", "swollen", "red and hot",
                                                "hot and red", "hot and swollen", NULL}))
            o->notes |= MR_NOTE_ARTHRITIS_FLARE;
        if ((o->notes & MR_NOTE_ARTHRITIS_FLARE) && (strstr(r->s, "gout") || strstr(r->s, "痛风"))) /* (normalised: 痛風 is 痛风) */
            o->gout = 1;
    }
    /* a lifter's split: yesterday's pushing muscles, today's pulling ones (or
     * the other way round), each in its own clause */
    {
        static const char *const yest[] = {"昨天", "yesterday", "last night", "昨晚", NULL};
        static const char *const today[] = {"今天", "today", "tonight", "今晚", "this evening", NULL};
        static const char *const push[] = {"胸和三头", "练的胸", "练胸", "chest and tri", "chest & tri", "chest/tri", "push day",
                                           "chest day", "triceps", "三头", "卧推", "bench", "推的", NULL};
        static const char *const pull[] = {"背和二头", "背和肱二", "练背", "back and bi", "back & bi", "back/bi", "pull day",
                                           "back day", "biceps", "二头", "拉的", NULL};
        static const char *const legs[] = {"leg day", "legs day", "练腿", "腿日", "深蹲", "squat", "squats", "deadlift", "硬拉",
                                           NULL};
        int yp = 0, yl = 0, tp = 0, tl = 0, ylegs = 0, tlegs = 0;
        for (int t = 0; t < r->nt;) {
            int c0 = clause_start(r, t), c1 = clause_end(r, t);
            int y = span_says(r, c0, c1, yest), d = span_says(r, c0, c1, today);
            if (y && !d) { yp |= span_says(r, c0, c1, push); yl |= span_says(r, c0, c1, pull); ylegs |= span_says(r, c0, c1, legs); }
            if (d && !y) { tp |= span_says(r, c0, c1, push); tl |= span_says(r, c0, c1, pull); tlegs |= span_says(r, c0, c1, legs); }
            t = c1 > t ? c1 : t + 1;
        }
        o->split_today = yp && !yl && tl && !tp ? 1 : yl && !yp && tp && !tl ? 2 : 0;
        o->legs_today = tlegs && !ylegs;
        /* a lifter's week told: the split, or the lifting days */
        o->lifter = o->split_today || any_sub(r->s, (const char *const[]){"upper/lower", "upper lower split", "upper-lower",
                                                                          "bro split", "lift 3 days", "lift 4 days", "lift 5 days",
                                                                          "lift three days", "lift four days", "lift five days",
                                                                          "lift 3x", "lift 4x", "lift 5x", "lifting 4 days",
                                                                          "lifting 3 days", "lifting four days", "powerlifting",
                                                                          "powerlifter", "bodybuilding", "分化", "上下肢分化",
                                                                          "健美", "力量举", "一周练四天", "一周练三天",
                                                                          "一周练五天", "每周练四天", "每周练三天", "每周练五天",
                                                                          "一周撸铁", "撸铁",
                                                                          /* a day of the split named, or the gains to keep */
                                                                          "leg day", "push day", "pull day", "chest day", "back day",
                                                                          "lose gains", "lose my gains", "losing gains", "losing my gains",
                                                                          "squat day", "bench day", "deadlift day", "at the meet",
                                                                          "powerlifting meet", "深蹲日", "卧推日", "硬拉日",
                                                                          "keep my gains", "hypertrophy", "练腿日", "腿日", "胸日",
                                                                          "背日", "掉肌肉", "增肌", NULL});
        if (o->split_today) o->notes |= MR_NOTE_UPPER_WORKED; /* yesterday's half of the upper body */
        /* push, pull, legs in turn: what yesterday was says what today is */
        /* "ppl" as a word ("apple", "ppl at work" for people are not) */
        o->ppl = any_sub(r->s, (const char *const[]){"push pull legs", "push/pull/legs", "push-pull-legs", "ppl split", "推拉腿",
                                                     NULL}) ||
                 (any_word(r->s, (const char *const[]){"ppl", NULL}) &&
                  any_sub(r->s, (const char *const[]){"lift", "gym", "split", "leg", "练", NULL}));
        o->lifter |= o->ppl; /* push/pull/legs is a split too */
        if (o->ppl && !o->split_today)
            o->ppl_yest = ylegs && !yp && !yl ? 3 : yp && !yl && !ylegs ? 1 : yl && !yp && !ylegs ? 2 : 0;
    }
    /* "a bit of Achilles tightness in the mornings that warms up after 10
     * min": the tendon's overload sign. It stays a foot or ankle finding (low
     * impact today, as the independent sets label it), and the card says what
     * the tendon needs: load it back by the pain it leaves (the
     * pain-monitoring model, Silbernagel et al. 2007). Swollen, sharp, a limp
     * or a pop is an injury of another kind. */
    if ((o->flags & MR_COND_ANKLE) && !(o->acute & MR_COND_ANKLE) &&
        any_sub(o->evidence[bit_index(MR_COND_ANKLE)], (const char *const[]){"achilles", "跟腱", NULL}) &&
        any_sub(r->s, (const char *const[]){"tight", "stiff", "紧", "僵", "发紧", NULL}) &&
        any_sub(r->s, (const char *const[]){"morning", "warms up", "warm up", "loosens", "eases off", "早上", "晨起", "起床",
                                            "热身后", "跑开了", "活动开", NULL}) &&
        !any_sub(r->s, (const char *const[]){"swollen", "swelling", "sharp", "snap", "pop", "limp", "can't", "cannot", "hop",
                                             "lump", "肿", "瘸", "断", "刺痛", "剧痛", NULL})) {
        o->achilles = 1;
    }
    if (o->notes & MR_NOTE_ARTHRITIS_FLARE) { /* the flare's joints and stiffness are the disease's, placed */
        static const char *const ra_joints[] = {"手", "腕", "指", "僵", "关节", "wrist", "finger", "hand", "knuckle", "stiff",
                                                "joint", NULL};
        place_unsure(o, ra_joints);
    }
    if (o->notes & MR_NOTE_COPD) {
        /* the inhaler is the COPD's: asthma only when it is named */
        if ((o->flags & MR_COND_ASTHMA) && !strstr(r->s, "哮喘") && !strstr(r->s, "asthma")) {
            o->flags &= ~(unsigned)MR_COND_ASTHMA;
            o->evidence[2][0] = 0;
        }
        /* breathless on effort is what COPD is; a warning sign when worse
         * than usual, at rest or at night, or with more phlegm or a fever
         * (an exacerbation, GOLD 2024) */
        static const char *const worse[] = {"比平时", "比平常", "比以前", "比往常", "更喘", "更厉害", "加重", "严重了", "厉害了",
                                            "喘得厉害", "喘得不行", "说话都", "说话也", "躺着", "躺下", "坐着也", "坐着都", "静息",
                                            "休息时也", "憋醒", "痰多", "黄痰", "绿痰", "痰变", "嘴唇发紫", "worse",
                                            "more than usual", "more breathless", "than normal", "at rest", "sitting",
                                            "lying", "can't talk", "cant talk", "more phlegm", "green phlegm",
                                            "yellow phlegm", "flare", "exacerbation", "blue lips", "pillows", "gone green",
                                            "phlegm's gone", "phlegm gone", "痰变绿", "痰绿了", "痰黄了", "green stuff",
                                            "yellow stuff", "rattly this week", "chest is rattly", "getting dressed",
                                            "get dressed", "穿衣服都", "穿个衣服都",
                                            /* treated as a flare ("the nurse gave me steroids and antibiotics"), or back */
                                            "steroids and antibiotics", "antibiotics and steroids", "rescue pack", "rescue meds",
                                            "prednisolone", "flaring", "flared", "playing up", "bad again", "coughing all night",
                                            "coughed all night", "激素和抗生素", "抗生素和激素", "泼尼松", "强的松", "又犯了",
                                            "咳了一晚上", "咳了一夜", "咳了一整夜", NULL};
        /* "跟以前一样，没加重", "no worse than usual": said not to be worse */
        static const char *const not_worse[] = {"没加重", "没有加重", "不加重", "未加重", "没更", "no worse", "not worse",
                                                "isn't worse", "isnt worse", "not any worse", "sitting more", "been sitting",
                                                NULL};
        int w = any_sub_unless(r->s, worse, not_worse);
        static const char *const stable[] = {"no worse", "not worse", "same as it's been", "same as always", "same as usual",
                                             "as usual", "for years", "my usual", "baseline", "normal for me", "没加重",
                                             "没有加重", "跟以前一样", "和以前一样", "跟平时一样", "和平时一样", "一直这样",
                                             "老样子", "好多年了", "like before rehab", "as before rehab", "before rehab",
                                             NULL};
        o->copd_stable = !w && any_sub(r->s, stable);
        /* an exacerbation told by two of its three signs: more breathless,
         * more or discoloured phlegm, the reliever needed far more (GOLD
         * 2024; NICE NG115): the breathlessness rule's rest and a doctor
         * today, whatever the haze is blamed for */
        static const char *const sputum[] = {"yellow", "green", "黄痰", "绿痰", "痰变", "痰多", "痰更多", "more phlegm",
                                             "phlegm more", "phlegm's gone", "phlegm gone", "more sputum", NULL};
        static const char *const puffed[] = {"more puffed", "more breathless", "more short of breath", "puffed than usual",
                                             "breathless than usual", "比平时喘", "比平时更喘", "更喘", "喘得更", NULL};
        static const char *const puffs[] = {"4 times", "5 times", "6 times", "7 times", "8 times", "four times", "five times",
                                            "six times", "many times", "好几次", "好多次", "多喷了", NULL};
        static const char *const reliever[] = {"ventolin", "salbutamol", "reliever", "inhaler", "puffer", "万托林", "喷雾",
                                               "吸入剂", "喷剂", NULL};
        int signs = any_sub(r->s, sputum) + any_sub(r->s, puffed) + (any_sub(r->s, puffs) && any_sub(r->s, reliever));
        if (signs >= 2) w = o->copd_flare = 1;
        if (signs >= 2 && !(o->flags & MR_SYM_BREATH)) {
            o->flags |= MR_SYM_BREATH;
            o->copd_stable = 0;
            snprintf(o->evidence[bit_index(MR_SYM_BREATH)], MR_NOTES_EVIDENCE, "%s",
                     strstr(r->s, "ventolin") ? "ventolin" : strstr(r->s, "痰") ? "痰" : any_sub(r->s, sputum) ? "phlegm" : "breathless");
        }
        if ((o->flags & MR_SYM_BREATH) && !w) {
            o->flags &= ~(unsigned)MR_SYM_BREATH;
            o->evidence[11][0] = 0;
        }
        /* "有啲痰，同平时差唔多", "my usual morning cough": the COPD's own
         * cough and phlegm, not an infection, unless something says worse
         * (a fever is its own finding) */
        static const char *const usual[] = {"同平时", "跟平时", "和平时", "平时一样", "老样子", "as usual", "same as usual",
                                            "my usual", "normal for me", "the usual", NULL};
        if (!w && (any_word(r->s, usual) || o->copd_stable)) {
            o->notes &= ~(unsigned)MR_NOTE_COLD;
            int bi = bit_index(MR_SYM_ILLNESS);
            if ((o->flags & MR_SYM_ILLNESS) && (strstr(o->evidence[bi], "痰") || strstr(o->evidence[bi], "咳") ||
                                                strstr(o->evidence[bi], "phlegm") || strstr(o->evidence[bi], "cough") ||
                                                strstr(o->evidence[bi], "sputum"))) {
                o->flags &= ~(unsigned)MR_SYM_ILLNESS;
                o->evidence[bi][0] = 0;
            }
        }
    }
    /* "my chest tends to get tight in really cold air", "一遇冷空气胸口就发紧":
     * asthma's airways told as a habit, not a chest pain today (a tight
     * chest with asthma is its bronchospasm; GINA 2023) */
    if ((o->flags & MR_SYM_CHEST_PAIN) && ((o->flags | r->known) & MR_COND_ASTHMA)) {
        const char *ev = o->evidence[bit_index(MR_SYM_CHEST_PAIN)];
        static const char *const habit[] = {"tends to", "tend to", "usually", "always gets", "whenever", "in cold air",
                                            "cold air", "when it's cold", "when its cold", "一冷就", "遇冷", "冷空气", "一到冬天",
                                            "每次", "in the cold", "in the cauld", "cauld air", "when it's cauld",
                                            "gets tight in", "keep my inhaler", "keep the blue inhaler", "keep my blue inhaler",
                                            "carry my inhaler", "inhaler in my pocket", "inhaler in ma pocket", "一冷胸口",
                                            "天冷就", "冷天就", NULL};
        static const char *const now[] = {"right now", "since", "all morning", "all day", "still", "现在", "一直", "从早上",
                                          NULL};
        /* ("chest a bit tight in the cold air this morning", "早上冷空气里胸口有点紧": today's, unless the
         * sentence also tells it as a habit: "5 degrees this morning and my chest tends to get tight") */
        static const char *const today_s[] = {"this morning", "today", "tonight", "早上", "今早", "今天", "今朝", NULL};
        static const char *const habit_s[] = {"tends to", "tend to", "usually", "always", "whenever", "每次", "一冷就", "天冷就",
                                              "冷天就", "一到冬天", "一遇", "遇冷", NULL};
        /* ("cold air this morning, chest tight even walking, used my blue inhaler twice": today's, the reliever used) */
        static const char *const today_w[] = {"even walking", "just walking", "used my", "twice", "刚才", "跑了", "吸了药",
                                              "用了药", "喷了", NULL};
        if ((strstr(ev, "tight") || strstr(ev, "紧") || strstr(ev, "闷")) && any_sub(r->s, habit) &&
            !sentence_now(r, ev, now) && !any_sub(r->s, today_w) && !(sentence_now(r, ev, today_s) && !sentence_now(r, ev, habit_s))) {
            o->flags &= ~(unsigned)MR_SYM_CHEST_PAIN;
            o->evidence[bit_index(MR_SYM_CHEST_PAIN)][0] = 0;
        }
    }
    /* "膝盖发热肿胀", "腿肚子胀痛发热", "my knee is hot and swollen": a joint or a
     * limb warm to the touch is inflammation there (or a clot in a calf),
     * not a fever; a fever is the body's ("浑身发热", a temperature) */
    /* (a temperature under 38 written beside it, "摸着发热，体温37.3", is no fever either) */
    if ((o->flags & MR_SYM_FEVER) && (isnan(o->temp_c) || o->temp_c < 38.0f)) {
        int limb = 0;
        for (int k = 0; k < r->nh && !limb; k++) {
            if (r->h[k].c != D_FEVER) continue;
            /* the limb in the same clause, or earlier in the sentence when the warmth's clause says it swells or hurts */
            int local = span_says(r, clause_start(r, r->h[k].t0), clause_end(r, r->h[k].t0),
                                  (const char *const[]){"肿", "胀", "痛", "疼", "红", "摸", "swollen", "sore", "red", "touch", NULL});
            int c = hsent(r, k), cl = hclause(r, k);
            for (int m = k - 1; m >= 0 && hsent(r, m) == c && !limb && (local || hclause(r, m) == cl); m--)
                limb = r->h[m].c == B_KNEE || r->h[m].c == B_ANKLE || r->h[m].c == B_FOOT || r->h[m].c == B_LEG ||
                       r->h[m].c == B_CALF || r->h[m].c == B_ARM || r->h[m].c == B_HAND || r->h[m].c == B_SHOULDER ||
                       r->h[m].c == B_HIP;
        }
        static const char *const body[] = {"浑身", "全身", "身上", "额头", "体温", "发烧", "低烧", "高烧", "chills", "fever",
                                           "temperature", "shivering", "发冷", "打冷颤", NULL};
        /* (the temperature taken and under 38 says the body has no fever, whatever names it) */
        if (limb && (!any_sub(r->s, body) || (!isnan(o->temp_c) && o->temp_c < 38.0f))) {
            drop_finding(o, MR_SYM_FEVER);
            /* a joint hot and swollen with no injury told: an inflamed joint, rested and light today (ACR) */
            static const char *const swollen[] = {"肿", "swollen", "swelling", "puffy", NULL};
            static const char *const hurt[] = {"扭", "崴", "摔", "撞", "拉伤", "sprain", "twist", "rolled", "fell", "fall",
                                               "knock", "tore", "torn", "hit it", NULL};
            if (any_sub(r->s, swollen) && !any_sub(r->s, hurt) && (o->flags & (MR_COND_KNEE | MR_COND_ANKLE)))
                o->notes |= MR_NOTE_ARTHRITIS_FLARE;
        }
    }
    /* "chest incision still itchy + a bit tender", "胸口刀口还有点痒，按着有点疼":
     * a chest operation's healing wound, sore to the touch, is not a pain of
     * the heart (itching and tenderness are how incisions heal; the
     * breastbone's own rule then keeps lifting and the arms in check). A
     * pressure, a tightness, a pain on effort or one that spreads stays a
     * chest pain (AHA/ACC 2021 chest pain guideline). */
    if (o->flags & MR_SYM_CHEST_PAIN) {
        const char *ev = o->evidence[bit_index(MR_SYM_CHEST_PAIN)];
        static const char *const wound[] = {"incision", "scar", "wound", "stitches", "staples", "刀口", "伤口", "疤", "缝线",
                                            "缝针", NULL};
        static const char *const touch[] = {"tender", "itchy", "itch", "itches", "when i touch", "to touch", "to the touch",
                                            "pulling", "pulls", "numb", "痒", "按着", "按压", "一按", "碰到", "摸着", "麻",
                                            "牵拉", NULL};
        static const char *const cardiac[] = {"tight", "pressure", "squeez", "heavy", "crushing", "spread", "radiat",
                                              "arm", "jaw", "breath", "stairs", "walking", "exert", "闷", "压着", "紧", "喘",
                                              "放射", "胳膊", "下巴", "走路", "爬楼", "上楼", "一动", NULL};
        if (sentence_now(r, ev, wound) && sentence_now(r, ev, touch) && !sentence_now(r, ev, cardiac)) {
            const char *at = strstr(r->s, ev);
            int t = 0;
            while (at && t + 1 < r->nt && r->t[t + 1].off <= (int)(at - r->s)) t++;
            drop_finding(o, MR_SYM_CHEST_PAIN);
            int t1 = t;
            while (t1 < r->nt && r->sent[t1] == r->sent[t] && t1 - t < 10) t1++;
            int n = o->n_unsure;
            explained(r, t, t1);
            if (o->n_unsure > n) o->incision = n + 1;
        }
    }
    /* "Tore my ACL back in 2019, had the reconstruction ... knee's been rock
     * solid for years, ran two 10Ks this year": an old repair long healed,
     * with nothing said to hurt now */
    if ((o->flags & (MR_COND_KNEE | MR_COND_ANKLE | MR_COND_BACK)) && long_healed(r) && !joint_recent(r, o)) {
        for (int q = 0; q < 3; q++) drop_finding(o, JOINTS[q]);
        o->notes &= ~(unsigned)(MR_NOTE_ACUTE_SPRAIN | MR_NOTE_STRAIN);
    }
    /* "get winded on stairs and going uphill like always, no worse" with
     * COPD or after pulmonary rehab: the breathlessness of effort the lung
     * disease has always brought, told unchanged, is no new warning sign
     * (ACSM: a change in the usual pattern is); at rest, or worse, it is */
    if (o->flags & MR_SYM_BREATH) {
        static const char *const usual[] = {"like always", "as always", "same as always", "as usual", "no worse", "not worse",
                                            "no different", "一直这样", "一直都这样", "老样子", "没加重", "没有加重", "跟平时一样",
                                            "和平时一样", "跟以前一样", "还是那样", NULL};
        static const char *const lungs[] = {"copd", "emphysema", "chronic bronchitis", "finished pulmonary rehab",
                                            "did pulmonary rehab", "after pulmonary rehab", "completed pulmonary rehab",
                                            "慢阻肺", "肺气肿", "慢支", "做完肺康复", "肺康复结束", NULL};
        static const char *const changed[] = {"at rest", "sitting", "lying", "in bed", "worse than", "getting worse", "more than usual",
                                              "badly", "severe", "can't", "cant", "relief", "didn't help", "didnt help",
                                              "坐着", "躺着", "静息", "更喘", "越来越", "比平时", "比以前", "厉害", "没缓解",
                                              "不缓解", "喘不过气", NULL};
        const char *ev = o->evidence[bit_index(MR_SYM_BREATH)];
        const char *at = ev[0] ? strstr(r->s, ev) : NULL;
        if (at && said_own(r, lungs) && !sentence_now(r, ev, changed)) {
            int t = tok_at(r, (int)(at - r->s));
            /* (the usual is the breath's, in its clause or the one after: "winded on stairs like always, no worse";
             * not "跟平时一样吸了药" beside a bad morning) */
            int c0 = clause_start(r, t), c1 = clause_end(r, t), c2 = c1 < r->nt ? clause_end(r, c1) : c1;
            if (span_says(r, c0, c1, usual) ||
                (c1 < r->nt && r->sent[c1] == r->sent[t] && span_says(r, c1, c2, usual) &&
                 span_says(r, c1, c2, (const char *const[]){"no worse", "not worse", "没加重", "没有加重", NULL})))
                drop_finding(o, MR_SYM_BREATH);
        }
    }
    /* "下班腰都直不起来（夸张了哈哈）", "my back is destroyed (exaggerating lol)":
     * a joint or the back said in jest, in the same sentence; a symptom only
     * with laughter beside the jest too ("眼冒金星头晕目眩，哈哈夸张了，其实就是无聊透顶") */
    {
        static const char *const jest[] = {"夸张了", "夸张一下", "夸张点", "开玩笑", "exaggerating", "exaggeration",
                                           "just kidding", "jk", NULL};
        static const char *const laugh[] = {"哈哈", "呵呵", "lol", "lmao", "haha", "😂", "🤣", NULL};
        static const unsigned sym[] = {MR_SYM_CHEST_PAIN, MR_SYM_DIZZINESS, MR_SYM_BREATH, MR_SYM_PALPITATIONS};
        for (int q = 0; q < 4; q++) {
            const char *ev = o->evidence[bit_index(sym[q])];
            if ((o->flags & sym[q]) && ev[0] && sentence_now(r, ev, jest) && sentence_now(r, ev, laugh)) drop_finding(o, sym[q]);
        }
        for (int q = 0; q < 3; q++) {
            const char *ev = o->evidence[bit_index(JOINTS[q])];
            if ((o->flags & JOINTS[q]) && ev[0] && sentence_now(r, ev, jest)) drop_finding(o, JOINTS[q]);
        }
    }
    /* "手錶測的心跳常常亂跳 不太準", "my watch's heart rate jumps around, not accurate":
     * the device doubted in the same sentence (or its alerts waved off by the
     * doctor), nothing felt */
    if (o->flags & MR_SYM_PALPITATIONS) {
        static const char *const device[] = {"手表", "手环", "watch", "fitbit", "garmin", "app", "tracker", NULL};
        static const char *const doubt[] = {"不准", "不太准", "不准确", "不靠谱", "not accurate", "inaccurate", "isn't accurate",
                                            "isnt accurate", "unreliable", "glitchy", "can't trust", "cant trust", "don't trust",
                                            "dont trust", "do not trust", "wouldn't trust", "不信", "不相信", "不能信",
                                            /* "...but I have a pacemaker and the cardiologist said ignore it" */
                                            "said ignore", "said to ignore", "told me to ignore", "says to ignore", "说不用管",
                                            "说不用理", "说别管", "说不要管", "说可以不管", NULL};
        const char *ev = o->evidence[bit_index(MR_SYM_PALPITATIONS)];
        if (ev[0] && sentence_now(r, ev, device) && sentence_now(r, ev, doubt)) drop_finding(o, MR_SYM_PALPITATIONS);
    }
    /* "an innocent flow murmur, heart is totally normal, no restrictions": a
     * murmur the cardiologist cleared is no heart disease (AHA/AAP
     * preparticipation screening) */
    if ((o->flags & MR_COND_HEART) && !(r->known & MR_COND_HEART)) {
        const char *ev = o->evidence[bit_index(MR_COND_HEART)];
        if (any_sub(ev, (const char *const[]){"murmur", "杂音", "雜音", NULL}) &&
            any_sub(r->s, (const char *const[]){"innocent", "flow murmur", "benign", "heart is totally normal", "heart is normal",
                                                "no restrictions", "生理性", "功能性杂音", "心脏正常", "没问题", NULL}))
            drop_finding(o, MR_COND_HEART);
    }
    /* "16周了还在吐，今天吐了七八回，连水都喝不进去": vomiting that keeps nothing
     * down, read before the weeks made it a pregnancy, is hyperemesis (ACOG 2020) */
    if (r->vomit_bad && (o->flags & MR_COND_PREGNANCY) && !(o->flags & MR_SYM_PREG_WARNING) && !pregnancy_others_only(r))
    {
        o->flags |= MR_SYM_PREG_WARNING;
        memcpy(o->evidence[bit_index(MR_SYM_PREG_WARNING)], o->evidence[bit_index(MR_SYM_ILLNESS)], MR_NOTES_EVIDENCE);
    }
    /* "一堆卷子要签字，我头都大了，整天晕头转向的", "the timetable have mi head a
     * spin, cyaan mek head nor tail a it": too much to take in, not vertigo */
    if (o->flags & MR_SYM_DIZZINESS) {
        static const char *const muddle[] = {"头都大了", "头大", "卷子", "作业", "事情太多", "事太多", "手忙脚乱", "忙得",
                                             "head nor tail", "timetable", "paperwork", "so much to", "too much to",
                                             "information", "all the forms", NULL};
        static const char *const idiom[] = {"晕头转向", "head a spin", "head in a spin", "head spinning", "head is spinning",
                                            "head's spinning", "head was spinning", NULL};
        static const char *const body[] = {"站不稳", "站不住", "天旋地转", "晕倒", "眼前发黑", "faint", "black out", "blacked",
                                           "fall over", "fell", "vomit", "吐", "stand up", "站起来", NULL};
        const char *ev = o->evidence[bit_index(MR_SYM_DIZZINESS)];
        if (ev[0] && sentence_now(r, ev, idiom) && any_sub(r->s, muddle) && !sentence_now(r, ev, body))
            drop_finding(o, MR_SYM_DIZZINESS);
    }
    /* "Baby's 3 months and running 38.4, should I still go to my class?":
     * the baby's temperature, in a sentence with no word of the writer's own */
    if (o->flags & MR_SYM_FEVER) {
        static const char *const baby[] = {"baby's", "babys", "baby is", "the baby", "my baby", "little one", "the kid",
                                           "宝宝", "孩子", "娃", NULL};
        static const char *const mine[] = {"i'm", "im ", "i am", "i have", "i've", "ive ", "me ", "my temp", "myself",
                                           "我", NULL};
        const char *ev = o->evidence[bit_index(MR_SYM_FEVER)], *at = ev[0] ? strstr(r->s, ev) : NULL;
        if (at) { /* the baby the subject of the fever's own clause, before it, and no word of the writer's there */
            int t = tok_at(r, (int)(at - r->s)), c0 = clause_start(r, t), c1 = clause_end(r, t);
            if (span_says(r, c0, t, baby) && !span_says(r, c0, c1, mine)) drop_finding(o, MR_SYM_FEVER);
        }
    }
    /* "My 4 y/o has had a fever since the flight ... I'm not sick myself",
     * "婚宴上好多人食物中毒 ... 我自己完全没事": somebody else's bug or fever,
     * with the writer saying outright they are well */
    if (o->flags & (MR_SYM_FEVER | MR_SYM_ILLNESS)) {
        static const char *const well[] = {"not sick myself", "i'm not sick", "im not sick", "i am not sick", "except me",
                                           "i'm totally fine", "im totally fine", "i'm completely fine", "i'm fine myself",
                                           "i feel fine myself", "我自己没事", "我自己完全没事", "我自己好好的", "我没被传染",
                                           "就我没事", "只有我没事", "我倒没事", "我自己冇事", NULL};
        static const char *const mine[] = {"i have a", "i've got", "ive got", "i got a", "i got it", "i caught", "me too", "now i",
                                           "我也", "我发烧", "我也发烧", "我也吐", "我烧", NULL};
        int third = 0;
        for (int k = 0; k < r->nh && !third; k++) third = r->h[k].c == Q_THIRD;
        third |= any_sub(r->s, (const char *const[]){"y/o", "year old", "yr old", "everyone", "everybody", "好多人", "大家", NULL});
        if (third && any_sub(r->s, well) && !any_sub(r->s, mine)) {
            drop_finding(o, MR_SYM_FEVER);
            drop_finding(o, MR_SYM_ILLNESS);
            o->temp_c = NAN;
        }
    }
    /* "fever was 38.6 on Monday but it broke Tuesday and I've been normal for
     * 4 days now", "周二就退了，已经正常四天了": a fever gone for days */
    if (o->flags & MR_SYM_FEVER) {
        /* (the days counted on the normal temperature itself, not days off training) */
        static const char *const gone_for[] = {"normal for 2", "normal for 3", "normal for 4", "normal for 5", "normal for a few days",
                                               "normal for days", "normal for a week", "normal for two", "normal for three",
                                               "normal for four", "fever-free for", "fever free for", "no fever for",
                                               "已经正常两天", "已经正常三天", "已经正常四天", "已经正常五天", "已经正常好几天",
                                               "正常两天了", "正常三天了", "正常四天了", "正常好几天了", "退了两天", "退了三天",
                                               "退了四天", "退了好几天", "退烧两天", "退烧三天", "退烧好几天", "两天没烧", "三天没烧",
                                               "好几天没烧", NULL};
        static const char *const still[] = {"still", "again", "back up", "came back", "又烧", "还在烧", "还烧", "反复", "又发烧",
                                            "又起来", "还是酸", "还是痛", "还是疼", "没劲", NULL};
        if (any_sub(r->s, gone_for) && !any_sub(r->s, still)) {
            drop_finding(o, MR_SYM_FEVER);
            o->temp_c = NAN;
        }
    }
    /* "一到考试前就心慌…做了心电图，医生说正常，说是太紧张了": a racing heart
     * with nerves, already checked and found normal, is the nerves' (the
     * mood says so); new chest pain, fainting or breathlessness still count */
    if (o->flags & MR_SYM_PALPITATIONS) {
        static const char *const nerves[] = {"考试", "紧张", "焦虑", "慌张", "exam", "exams", "nervous", "anxious", "anxiety",
                                             "stage fright", "presentation", NULL};
        static const char *const checked[] = {"心电图正常", "心电图没问题", "医生说正常", "医生说没事", "医生说没问题",
                                              "检查正常", "检查都正常", "查了没事", "ecg was normal", "ecg normal", "ecg was fine",
                                              "ecg came back normal", "ekg was normal", "ekg normal", "heart is fine",
                                              "heart checked out", "cardiologist said it's fine", "doctor said it's anxiety",
                                              "doctor said it was anxiety", NULL};
        if (any_sub(r->s, nerves) && any_sub(r->s, checked) &&
            !(o->flags & (MR_SYM_CHEST_PAIN | MR_SYM_DIZZINESS | MR_SYM_BREATH)))
            drop_finding(o, MR_SYM_PALPITATIONS);
    }
    /* "手表弹了个提示说可能是房颤", "my watch flagged possible AFib": an
     * irregular-rhythm alert is a finding to have checked (an ECG) before
     * training hard, however much the writer doubts the watch (ESC 2020 AF
     * guideline: a wearable's alert is confirmed by an ECG) */
    {
        static const char *const device[] = {"手表", "手环", "watch", "fitbit", "garmin", "app", "tracker", NULL};
        static const char *const alert[] = {"提示", "弹了", "报警", "警告", "提醒", "alert", "notification", "flagged", "warned",
                                            "warning", "pinged", NULL};
        static const char *const af[] = {"房颤", "房顫", "心律不齐", "心律不整", "心律失常", "afib", "a-fib", "a fib",
                                         "atrial fib", "irregular rhythm", "irregular heart rhythm", NULL};
        int s0, s1;
        for (int i = 0; i < r->nt && !(o->flags & MR_SYM_PALPITATIONS); i++) {
            if (!words_in(r, i, i + 1, alert)) continue;
            sent_span(r, i, &s0, &s1);
            /* ("hasn't flagged a single irregular rhythm since ...": none) */
            if (nearest_before(r, i, Q_NEG, 2) >= 0 || (i > 0 && (tok_is(r, i - 1, "hasnt") || tok_is(r, i - 1, "hasn't") ||
                                                                 tok_is(r, i - 1, "never") || tok_is(r, i - 1, "not"))))
                continue;
            if (span_says(r, s0, s1, device) && span_says(r, s0, s1, af) && !others_at(r, i) && !(r->known & MR_COND_HEART))
                set_flag(r, MR_SYM_PALPITATIONS, s0, s1);
        }
    }
    /* "On letrozole now which makes my joints ache": the aromatase
     * inhibitor's joint pain, a known effect of the drug, not a bug */
    if (o->flags & MR_SYM_ILLNESS) {
        static const char *const ai[] = {"letrozole", "anastrozole", "exemestane", "arimidex", "femara", "aromasin",
                                         "aromatase", "来曲唑", "阿那曲唑", "依西美坦", "芙瑞", "瑞宁得", NULL};
        static const char *const joints[] = {"joint", "joints", "关节", NULL};
        const char *ev = o->evidence[bit_index(MR_SYM_ILLNESS)];
        if (ev[0] && any_sub(r->s, ai) && any_sub(ev, joints) && !(o->flags & MR_SYM_FEVER)) drop_finding(o, MR_SYM_ILLNESS);
    }
    /* "PCOS, on metformin": the insulin resistance of polycystic ovaries, not diabetes */
    o->pcos = any_sub(r->s, (const char *const[]){"pcos", "polycystic", "多囊", NULL});
    if ((o->flags & MR_COND_DIABETES) && !(r->known & MR_COND_DIABETES) && o->pcos &&
        !any_sub(r->s, (const char *const[]){"diabet", "糖尿病", "insulin", "胰岛素", "type 2", "type 1", "t2d", "sugar was",
                                             "sugar is", "血糖", NULL}) &&
        o->glucose < 0) {
        o->flags &= ~(unsigned)MR_COND_DIABETES;
        o->evidence[bit_index(MR_COND_DIABETES)][0] = 0;
    }
    /* "Lost my left leg below the knee": an amputation, not a knee injury */
    o->amputee = any_sub(r->s, (const char *const[]){"below the knee amputation", "below-knee amputation", "above the knee amputation",
                                                     "amputee", "amputation", "lost my left leg", "lost my right leg", "lost my leg",
                                                     "my stump", "stump gets", "prosthetic leg", "prosthesis", "my prosthetic",
                                                     "截肢", "假肢", "残肢", NULL});
    /* a residual limb sore or raw from the socket: less time on it today (no walking sessions) */
    if (o->amputee && any_sub(r->s, (const char *const[]){"sore", "raw", "blister", "rubbing", "red", "磨破", "磨红", "起泡",
                                                          "疼", "痛", NULL}))
        o->walk_hurts = 1;
    if (o->amputee && (o->flags & MR_COND_KNEE) && !any_sub(r->s, (const char *const[]){"other knee", "good knee", "knee pain",
                                                                                       "knee hurts", NULL})) {
        o->flags &= ~(unsigned)MR_COND_KNEE;
        o->acute &= ~(unsigned)MR_COND_KNEE;
        o->evidence[5][0] = 0;
    }
    /* "as long as pain stays under 3/10": a bare pain word beside a joint
     * injury read or known is that injury's */
    if ((o->flags | r->known) & (MR_COND_KNEE | MR_COND_ANKLE | MR_COND_BACK)) {
        static const char *const bare[] = {"pain", "hurt", "hurts", "sore", "ache", "aches", "疼", "痛", "酸", NULL};
        drop_unsure(o, bare, 1);
    }
    /* a T-score names the lumbar spine's bone density, not a back problem */
    if ((o->notes & MR_NOTE_OSTEOPOROSIS) && (o->flags & MR_COND_BACK) && !(o->acute & MR_COND_BACK) &&
        (strstr(r->s, "t值") || strstr(r->s, "骨密度") || strstr(r->s, "t-score") || strstr(r->s, "t score") ||
         strstr(r->s, "bone density"))) {
        o->flags &= ~(unsigned)MR_COND_BACK;
        o->evidence[7][0] = 0;
    }
    /* "手腕骨折过，医生说我骨质疏松": the old fracture is the osteoporosis's
     * history (a fragility fracture), placed; a fracture that is new stays unsure */
    if (o->notes & MR_NOTE_OSTEOPOROSIS) {
        static const char *const old_break[] = {"骨折过", "以前骨折", "去年骨折", "摔断过", "broke my wrist", "broken wrist",
                                                "fractured my", "broke my hip", "had a fracture", "fracture last year",
                                                "fracture years ago", NULL};
        static const char *const fresh[] = {"今天", "刚", "昨天", "today", "just", "yesterday", NULL};
        if (any_sub(r->s, old_break) && !sentence_says_both(r, fresh, old_break)) {
            static const char *const brk[] = {"骨折", "断", "fractur", "broke", "broken", NULL};
            place_unsure(o, brk);
        }
    }
    { /* stress incontinence: "一咳嗽就漏尿", "leak a bit when I jump" */
        static const char *const leak[] = {"漏尿", "漏了点尿", "尿失禁", "憋不住尿", "leak when", "leaking when", "leak a bit",
                                           "pee a little", "wee a little", "incontinence", "leak a little", "leak a bit when",
                                           "still leak", "i leak", "leaking a little", "漏一点尿", "会漏尿", "leaky when",
                                           "bit leaky", "still leaky", "little leaky", "wet myself", "pee myself",
                                           "wee myself", "pee when i", "wee when i", "漏点尿", "漏一点点尿", "漏一点点",
                                           "有点漏尿", "漏一些尿", "漏些尿", "会漏一点",
                                           /* told plainly: "leaking urine", "lost bladder control" */
                                           "leaking urine", "leak urine", "leaks urine", "leaking pee", "leaking wee",
                                           "bladder control", "can't hold my pee", "cant hold my pee", "can't hold my wee",
                                           "cant hold my wee", "控制不住小便", "控制不住尿", "憋不住小便", "小便失禁", NULL};
        for (int k = 0; leak[k]; k++) if (strstr(r->s, leak[k])) o->notes |= MR_NOTE_LEAKING;
    }
    { /* the period's belly pain, the leak, the heel: placed, not unsure */
        static const char *const belly[] = {"肚子", "小腹", "腹", "tummy", "stomach", "belly", "abdom", "cramp", NULL};
        static const char *const leak[] = {"漏", "尿", "leak", NULL};
        static const char *const heel[] = {"脚", "足", "跟", "heel", "foot", "feet", "sole", "arch", NULL};
        if (o->notes & MR_NOTE_PERIOD_PAIN) place_unsure(o, belly);
        if (o->notes & MR_NOTE_LEAKING) place_unsure(o, leak);
        if (o->notes & MR_NOTE_HEEL) place_unsure(o, heel);
    }
    { /* a death in the writer's life; a fear of falling */
        static const char *const loss[] = {"lost my wife", "lost my husband", "lost my mum", "lost my mom", "lost my dad",
                                           "lost my son", "lost my daughter", "lost my partner", "passed away", "passed last",
                                           "husband passed", "wife passed", "mum passed", "mom passed", "dad passed",
                                           "mother passed", "father passed", "partner passed", "since he passed", "since she passed",
                                           "widowed", "widow", "bereaved", "bereavement", "老伴走了", "老伴去世", "丧偶",
                                           "died", "funeral", "grieving", "grief", "去世", "过世", "葬礼", "丧事",
                                           "奶奶走了", "爷爷走了", "外婆走了", "外公走了", "姥姥走了", "姥爷走了", "妈走了",
                                           "爸走了", "老公走了", "老婆走了", "父亲走了", "母亲走了", "人走了", "突然走了",
                                           "办后事", "离开了我们", NULL};
        static const char *const fall[] = {"怕摔", "怕跌", "担心摔", "怕再摔", "惊跌", "驚跌", "差啲跌", "差点跌", "差点摔",
                                           "险些摔", "差点摔倒", "腿脚不稳", "站不稳", "afraid of falling",
                                           "scared of falling", "fear of falling", "don't want to fall", "dont want to fall",
                                           "wobbly", "unsteady", "balance is", "use a cane", "with a cane", "my cane",
                                           "walking stick", "use a walker", "my walker", "zimmer frame", "拄拐", "拐杖", "助行器", "惊再跌", "怕再跌",
                                           "走路不稳", "行路唔稳", "行路有啲唔稳", "脚步不稳", "扶住栏杆", "扶着栏杆", "扶着墙走",
                                           "legs feel weak getting", "weak getting out of", "getting out of a chair", "起身困难",
                                           "站起来费劲", NULL};
        static const char *const bored[] = {"bored of", "bored with", "sick of the treadmill", "so bored", "boring",
                                            "bored out of my mind", "bored out of my skull", "get bored", "gets boring",
                                            "bored stiff", "mind-numbing", "mind numbing",
                                            "练腻了", "腻了", "无聊", "没意思", "烦了跑步机", NULL};
        /* life not worth living, self-harm (WHO mhGAP 2019: ask, listen, refer);
         * "累得想死", "die of embarrassment" are figures of speech */
        static const char *const despair[] = {"活着没意思", "活着挺没意思", "活着真没意思", "活着没什么意思", "不想活",
                                              "轻生", "自杀", "结束生命", "结束自己", "活不下去", "自残", "割腕",
                                              "死了算了", "不如死了", "don't want to live", "dont want to live",
                                              "don't want to be here anymore", "no point living", "no point in living",
                                              "no reason to live", "not worth living", "want to die", "wanna die",
                                              "kill myself", "end it all", "end my life", "suicidal", "self harm",
                                              "self-harm", "hurt myself", "better off without me", "better off dead",
                                              "don't see the point of anything", "dont see the point of anything",
                                              "see the point of anything anymore", "no point to anything", "no point in anything",
                                              "what's the point of anything", "whats the point of anything",
                                              "what's the point of living", "whats the point of living", "活着有什么意思",
                                              "活着有啥意思", "什么都没意义", "做什么都没意义", "看不到活下去的意义",
                                              /* said sideways, with the signs of a plan (things given away, letters) */
                                              "ending my life", "cutting myself", "cut myself again",
                                              "想好怎么做", "药都攒好", "攒好了药", "pills saved",
                                              "easier for everyone if i", "better for everyone if i", "if i wasnt around",
                                              "if i wasn't around", "if i weren't around", "if i wasnt here", "if i wasn't here",
                                              "if i weren't here", "no one would miss me", "nobody would miss me",
                                              "won't be around much longer", "wont be around much longer", "i'm tired of living",
                                              "im tired of living", "i am tired of living", "i'm tired of being alive",
                                              "im tired of being alive", "go to sleep and not wake up", "sleep and never wake up",
                                              "gave my things away", "giving my things away", "given my things away",
                                              "goodbye letters", "said my goodbyes", "saying my goodbyes", "没有我大家会更好", "没有我会更好",
                                              "我不在了大家", "要是我不在了", "活着太累了", "不想再醒来", "睡着了就别醒",
                                              "想一了百了", "一了百了算了", "不如一了百了", "写了遗书", "遗书", "交代后事", "把东西都送人了", "活唔落去", "唔想生存",
                                              NULL};
        /* "我想死" said, not the degree of a tiredness ("踢得我想死", "做到我想死") */
        int want_die = 0;
        for (const char *q = strstr(r->s, "我想死"); q && !want_die; q = strstr(q + 1, "我想死"))
            if (!(q - r->s >= 3 && (!strncmp(q - 3, "得", 3) || !strncmp(q - 3, "到", 3) || !strncmp(q - 3, "都", 3))))
                want_die = own_fact(r, (int)(q - r->s));
        /* "killing myself on the rower", "killing myself at the gym": training hard, said as people say it;
         * any other "killing myself" is read as said */
        int kill_said = 0;
        static const char *const fig_kill[] = {" on the rower", " on the bike", " on the treadmill", " on the erg", " on the track",
                                               " on the hills", " on hills", " at the gym", " in the gym", " at training",
                                               " in training", " at practice", " doing intervals", " doing hiit", " doing burpees",
                                               " doing squats", " doing sprints", " on intervals", " on sprints", " on the bags",
                                               " in spin", " at spin", " at crossfit", " on the assault bike", NULL};
        for (const char *q = strstr(r->s, "killing myself"); q && !kill_said; q = strstr(q + 1, "killing myself")) {
            const char *e = q + strlen("killing myself");
            int fig = 0;
            for (int k = 0; fig_kill[k] && !fig; k++) fig = !strncmp(e, fig_kill[k], strlen(fig_kill[k]));
            kill_said = !fig && own_fact(r, (int)(q - r->s));
        }
        o->despair = (said_own(r, despair) || want_die || kill_said) && !strstr(r->s, "die of") && !strstr(r->s, "died of");
        /* ... and beyond a passive wish (which is a person to talk to today,
         * with gentle company on the move): an intent, self-harm, or the
         * signs of a plan (things given away, letters, goodbyes): a crisis,
         * no workout today (WHO mhGAP 2019; NICE NG225, 2022) */
        static const char *const intent[] = {"kill myself", "end my life", "ending my life", "end it all",
                                             "going to end it", "suicidal", "self harm", "self-harm", "hurt myself", "cutting myself",
                                             "cut myself", "轻生", "自杀", "结束生命", "结束自己", "自残", "割腕", "想好怎么做",
                                             "药都攒好", "攒好了药", "pills saved", NULL};
        static const char *const plan_signs[] = {"gave away my", "giving away my", "given away my", "gave my things", "gave my stuff",
                                                 "giving my things", "wrote some letters", "wrote letters", "writing letters",
                                                 "goodbye letter", "said my goodbyes", "saying my goodbyes", "saved up pills",
                                                 "saving up pills", "stockpil", "have a plan", "made a plan", "遗书", "交代后事",
                                                 "东西都送人", "把东西送人", "攒了药", "存了药", NULL};
        int gave_to = any_sub(r->s, (const char *const[]){"gave my", NULL}) && any_sub(r->s, (const char *const[]){" to my ", NULL});
        if ((said_own(r, intent) || kill_said || (want_die && any_sub(r->s, (const char *const[]){"想好怎么", "攒", "遗书", "药", NULL}))) &&
            !strstr(r->s, "die of") && !strstr(r->s, "died of"))
            o->despair = 2;
        else if (o->despair && (any_sub(r->s, plan_signs) || gave_to)) o->despair = 2;
        if (o->despair && o->mood == MR_MOOD_NEUTRAL) o->mood = MR_MOOD_NEGATIVE;
        /* (the gym found dull is a place to avoid, not a routine to vary) */
        o->gym_dull = said_own(r, (const char *const[]){"gym was so awkward", "gym was awkward", "gym was so boring",
                                                         "gym was boring", "gym is boring", "gym is so boring", "gym's boring",
                                                         "gyms are boring", "hate the gym", "hated the gym", "hate gyms",
                                                         "健身房很无聊", "健身房太无聊", "健身房好无聊", "不喜欢健身房",
                                                         "讨厌健身房", "不喜欢去健身房", NULL});
        o->bored = any_word(r->s, bored) && o->mood == MR_MOOD_NEGATIVE && !o->despair && !o->gym_dull;
        o->depression_care = said_own(r, (const char *const[]){"舍曲林", "左洛复", "氟西汀", "百忧解", "艾司西酞普兰", "西酞普兰",
                                                                "帕罗西汀", "文拉法辛", "度洛西汀", "米氮平", "抗抑郁药", "抑郁症",
                                                                "sertraline", "zoloft", "fluoxetine", "prozac", "escitalopram",
                                                                "lexapro", "citalopram", "paroxetine", "venlafaxine", "effexor",
                                                                "duloxetine", "mirtazapine", "antidepressant", "ssri",
                                                                "diagnosed with depression", "my depression", NULL}) ||
                             /* "醫生話係抑鬱，有食緊藥": the doctor's word and the medicine, said in other words */
                             (said_own(r, (const char *const[]){"抑郁", "depression", "depressed", NULL}) &&
                              any_sub(r->s, (const char *const[]){"医生", "药", "doctor", "gp", "meds", "medication",
                                                                  "tablets", "psychiatrist", "精神科", "心理医生", NULL}));
        /* tired all the time rather than today: days on end, or asleep in
         * class or at the desk; with training on most days it is the first
         * sign of overreaching (Meeusen et al. 2013, ECSS/ACSM consensus on
         * the overtraining syndrome; AAP, Brenner 2007) */
        static const char *const worn_w[] = {"always tired", "always exhausted", "always knackered", "always wiped",
                                             "tired all the time", "exhausted all the time", "knackered all the time",
                                             "tired all day every day", "constantly tired", "constantly exhausted",
                                             "permanently tired", "permanently exhausted", "tired for weeks", "exhausted for weeks",
                                             "no energy for weeks", "tired every day", "exhausted every day", "so tired lately",
                                             "fell asleep in class", "falling asleep in class", "falls asleep in class",
                                             "asleep in class", "dozing off in class", "nodding off in class", "asleep at school",
                                             "asleep at my desk", "falls asleep at the table", "falling asleep at the table",
                                             "成日好攰", "成日都好攰", "成日攰", "成日好累", "成日都好累", "总是很累", "总是好累",
                                             "总是觉得累", "总觉得累", "老是很累", "老是觉得累", "老觉得累", "一直很累", "一直好累",
                                             "一直都很累", "天天很累", "天天都很累", "天天都好累", "每天都很累", "每天都好累",
                                             "整天很累", "整天都很累", "一天到晚都很累", "累了好几周", "累了几个星期",
                                             "上课睡着", "上课都睡着", "上课打瞌睡", "上课都在打瞌睡", "上课老打瞌睡", "上堂瞓着",
                                             "上堂都瞓着", "上堂瞓著", "上堂都瞓著", "上堂瞌眼瞓", "上课犯困", NULL};
        static const char *const worn_past[] = {"used to", "last year", "以前", "去年", "那时候", "back then", NULL};
        /* (typed for the user by a parent or a partner: "she" is the user) */
        o->worn_out = said_own_now(r, worn_w, worn_past) || (r->proxy && any_sub(r->s, worn_w) && !any_sub(r->s, worn_past));
        /* ("my students fall asleep in class all the time": theirs) */
        if (o->worn_out && !r->proxy &&
            any_sub(r->s, (const char *const[]){"my students", "students", "pupils", "my class ", "my kids", "the kids", "学生",
                                                "孩子们", "同学们", NULL}))
            o->worn_out = 0;
        /* days in bed, no energy to move: the smallest dose is the start (behavioural activation) */
        o->bedbound = any_sub(r->s, (const char *const[]){"瞓喺床", "瞓响床", "躺在床上", "躺床上", "在床上躺", "都在床上",
                                                          "起不来床", "下不了床", "in bed all", "stayed in bed", "can't get out of bed",
                                                          "cant get out of bed", "haven't left bed", "havent left bed", NULL});
        o->dialysis = any_sub(r->s, (const char *const[]){"透析", "血透", "腹透", "dialysis", "fistula", "内瘘", "造瘘", "洗肾",
                                                          "haemo mon", "haemo tue", "hemo mon", "hemo tue", "on haemo", "on hemo",
                                                          NULL});
        if (o->dialysis) o->dialysis_days = dialysis_weekdays(r);
        if (o->dialysis)
            o->dialysis_done_today = any_sub(r->s, (const char *const[]){"刚透完", "刚透析完", "今天透完", "透完回来", "透析回来", "透析完回来", "血透完回来", "血透回来", "今天透析", "今天血透", "今天做了透析",
                                                                         "刚做完透析", "just back from dialysis", "just had dialysis",
                                                                         "after dialysis today", "dialysis this morning",
                                                                         "back from dialysis", "straight from dialysis", NULL});
        /* "最近两个月心情一直很低落 ... 对什么都提不起兴趣": low for two weeks
         * and more with lost interest or broken sleep are the signs of
         * depression (ICD-11; NICE NG222, 2022): a doctor, not only a walk */
        static const char *const weeks_low[] = {"两个月", "几个月", "好几个月", "两三个月", "半年", "两周了", "两个星期", "几个星期",
                                                "好几周", "for weeks", "for months", "couple of months", "few months",
                                                "couple months", "few weeks", "since the summer", "since summer", "since january",
                                                "since february", "since march", "since april", "since may", "since june",
                                                "since july", "since august", "since september", "since october",
                                                "since november", "since december", "since the funeral", "since he died",
                                                "since she died", "since he passed", "since she passed", "几个月了", "半年了",
                                                "走了以后", "去世以后", "去世后", NULL};
        static const char *const no_joy[] = {"提不起兴趣", "没兴趣", "没有兴趣", "什么都不想做", "啥都不想干", "提不起劲",
                                             "lost interest", "no interest in", "nothing is fun", "no joy", "can't enjoy",
                                             "cant enjoy", "don't enjoy anything", "dont enjoy anything", "don't see the point",
                                             "dont see the point", "what's the point", "whats the point", "no point getting",
                                             "干什么都没意思", "做什么都没意思", "觉得没意义", "什么都没意义", NULL};
        o->low_lasting = (o->mood == MR_MOOD_NEGATIVE || o->low_said) && any_sub(r->s, weeks_low) && any_sub(r->s, no_joy) &&
                         !o->despair;
        static const char *const home[] = {"在家练", "在家能练", "在家做", "在家里练", "在家怎么练", "家里练", "出不了门",
                                           "不能出门", "出不去", "at home", "from home", "in my living room",
                                           "in the living room", "can't leave the house", "cant leave the house",
                                           "can't go out", "cant go out", "home workout", "in my apartment", "in my flat",
                                           "in my room", "in my bedroom", "in my dorm", "in the apartment", "in the flat",
                                           "house-bound", "housebound", "homebound", "stuck inside", "stuck indoors",
                                           "indoors only", "only at home", "home only", "no gym, no equipment", "small flat",
                                           "flat is small", "small apartment", "apartment is small", "tiny flat", "tiny apartment",
                                           "no gym membership", "房子小", "家里小",
                                           "while she naps", "while he naps", "while the baby naps", "while baby naps",
                                           "宅在家", "宅家", "居家锻炼", "居家运动",
                                           "居家健身", NULL};
        /* "please no weight talk in front of him", "别提体重": no calories on the card */
    o->no_weight_talk = any_sub(r->s, (const char *const[]){"no calorie numbers", "no calories", "no calorie counts",
                                                            "don't show calories", "dont show calories", "no kcal",
                                                            "anorexia", "anorexic", "bulimia", "eating disorder", "厌食症",
                                                            "暴食症", "进食障碍", "不要显示卡路里", "别显示热量", "不要热量",
                                                            "不要卡路里", "no weight talk", "no talk about weight", "don't mention weight",
                                                            "dont mention weight", "don't mention his weight", "don't mention her weight",
                                                            "not mention weight", "不要提体重", "别提体重", "别说体重", "不要说体重",
                                                            "不提体重", NULL});
    /* "pollen count is EXTREME today": for asthma and hay fever, indoors */
    o->pollen_high = (any_sub(r->s, (const char *const[]){"pollen", "花粉", NULL}) &&
                      any_sub(r->s, (const char *const[]){"extreme", "very high", "high", "huge", "crazy", "off the charts",
                                                          "going nuts", "花粉多", "花粉很多", "花粉浓度高", "花粉指数高", "花粉爆表",
                                                          "花粉过敏", NULL})) ||
                     /* "杨絮柳絮满天飞", poplar and willow seed fluff: Beijing's spring allergy season, pollen with it */
                     any_sub(r->s, (const char *const[]){"杨絮", "柳絮", "飞絮", "楊絮", "飛絮", "满天飞的絮", NULL}) ||
                     /* "hay fevers going off": the pollen told by the hay fever it sets off */
                     any_sub(r->s, (const char *const[]){"hay fever going off", "hay fevers going off", "hayfever going off",
                                                         "hay fever is bad", "hay fever's bad", "hay fever is awful",
                                                         "hay fever playing up", "hay fever's playing up", "花粉过敏犯了",
                                                         "花粉症犯了", "鼻敏感发作", NULL});
    /* "no air con at my place": a hot day indoors at home is no cooler */
    /* "卧推想冲一下大重量，5组3次", "heavy triples on the squat": a trained
     * lifter's heavy day, not the 8-12 of general strength work */
    if (any_sub(r->s, (const char *const[]){"大重量", "冲重量", "5组3次", "5组5次", "5x3", "3x5", "5x5", "5 x 3", "5 x 5",
                                            "heavy triples", "heavy singles", "heavy doubles",
                                            "heavy day", "1rm", "one rep max", "max out", "pr attempt", "健力", "powerlifting",
                                            "going for a single", "single today", "heavy single", "a new max", "maxing out",
                                            "冲击极限", "冲1rm", NULL}) ||
        /* "going for a 585 single": a number, then "single" */
        (strstr(r->s, "going for a ") && strstr(r->s, " single"))) {
        o->heavy_lift = any_sub(r->s, (const char *const[]){"卧推", "bench", NULL})       ? 1
                        : any_sub(r->s, (const char *const[]){"深蹲", "squat", NULL})     ? 2
                        : any_sub(r->s, (const char *const[]){"硬拉", "deadlift", NULL})  ? 3 : 4;
    }
    o->walking_aid = any_sub(r->s, (const char *const[]){"a walker", "my walker", "zimmer", "walking frame", "a cane", "my cane", "walking stick",
                                                         "拐杖", "拐棍", "助行器", "手杖", NULL});
    /* "uses a walker ... bit unsteady first thing in the morning": the
     * balance a frame is for, told as a habit, not a dizzy spell today */
    if (o->walking_aid && (o->flags & MR_SYM_DIZZINESS)) {
        const char *ev = o->evidence[bit_index(MR_SYM_DIZZINESS)];
        static const char *const habit[] = {"first thing", "mornings", "usually", "always", "for years", "every morning",
                                            "每天早上", "一向", NULL};
        static const char *const other[] = {"黑", "晕", "faint", "light-headed", "lightheaded", "light headed", "dizzy", "spin",
                                            "grey", "gray", "black", "swimmy", "woozy", "passed out", "blacked", "倒", NULL};
        if ((!strcmp(ev, "unsteady") || !strcmp(ev, "wobbly") || !strcmp(ev, "站不稳") || !strcmp(ev, "不稳")) &&
            any_sub(r->s, habit) && !any_sub(r->s, other)) {
            o->flags &= ~(unsigned)MR_SYM_DIZZINESS;
            ev = NULL;
            o->evidence[bit_index(MR_SYM_DIZZINESS)][0] = 0;
        }
    }
    /* "ok just a bit winded on the hill": a little out of breath on a climb
     * is the effort's, not breathlessness with mild effort (walking on the
     * flat, one flight of stairs), unless the flat or rest is said too */
    if (o->flags & MR_SYM_BREATH) {
        const char *ev = o->evidence[bit_index(MR_SYM_BREATH)];
        static const char *const climb[] = {"bit winded on the hill", "bit winded up the hill", "bit winded on hills",
                                            "bit puffed on the hill", "bit puffed up the hill", "bit out of breath on the hill",
                                            "bit out of breath up the hill", "上坡有点喘", "爬坡有点喘", "上坡的时候有点喘",
                                            "puffed on the big hill", "puffed up the big hill", "winded on the big hill",
                                            "puffed on the hills", "like everyone else", NULL};
        static const char *const flat[] = {"on the flat", "flat ground", "level ground", "sitting", "at rest", "lying down",
                                           "平路", "坐着", "躺着", "走平", NULL};
        if ((strstr(ev, "winded") || strstr(ev, "puffed") || strstr(ev, "out of breath") || strstr(ev, "喘")) &&
            any_sub(r->s, climb) && !any_sub(r->s, flat) && !(o->flags & MR_SYM_CHEST_PAIN)) {
            o->flags &= ~(unsigned)MR_SYM_BREATH;
            o->evidence[bit_index(MR_SYM_BREATH)][0] = 0;
        }
    }
    /* "爬三楼有点喘但不难受，歇一下就好", "a bit winded after 4 flights, fine in a
     * minute": a little out of breath after several flights, settling, is the
     * climb's; one flight, the flat, rest or a change from before still are
     * the sign (ACSM: breathless with mild exertion) */
    if (o->flags & MR_SYM_BREATH) {
        const char *ev = o->evidence[bit_index(MR_SYM_BREATH)];
        static const char *const flights[] = {"三楼", "四楼", "五楼", "六楼", "七楼", "八楼", "3楼", "4楼", "5楼", "6楼", "7楼",
                                              "三层", "四层", "五层", "六层", "3层", "4层", "5层", "6层", "three flights",
                                              "four flights", "five flights", "3 flights", "4 flights", "5 flights",
                                              "several flights", "a few flights", NULL};
        static const char *const mild[] = {"不难受", "歇一下就好", "歇一会儿就好", "休息一下就好", "一会儿就好", "缓一下就好",
                                           "fine in a minute", "fine after a minute", "settles quickly", "settles in a minute",
                                           "back to normal in a minute", NULL};
        if ((strstr(ev, "winded") || strstr(ev, "puffed") || strstr(ev, "out of breath") || strstr(ev, "喘")) &&
            any_sub(r->s, flights) && any_sub(r->s, mild) &&
            /* ("天天坐着" is a desk job, not breathless sitting: the change is what counts here) */
            !any_sub(r->s, (const char *const[]){"never used to", "didn't use to", "didnt use to", "getting worse", "worse than",
                                                 "at rest", "以前不会", "以前不这样", "比以前", "越来越", NULL}) &&
            !(o->flags & (MR_SYM_CHEST_PAIN | MR_SYM_DIZZINESS))) {
            o->flags &= ~(unsigned)MR_SYM_BREATH;
            o->evidence[bit_index(MR_SYM_BREATH)][0] = 0;
        }
    }
    /* "first jog in years, totally out of breath after 5 min lol", "跑了5分钟就
     * 喘得不行": out of breath while running is the run's, not breathlessness at
     * rest or with mild effort (ACSM's sign), for someone with no heart, lung
     * or pregnancy to explain it otherwise; new, growing, at rest, not
     * settling, or with any other sign, it stays the sign. Plain words only
     * ("couldn't breathe" and "喘不上气" stay the sign). */
    if (o->flags & MR_SYM_BREATH) {
        const char *ev = o->evidence[bit_index(MR_SYM_BREATH)];
        static const char *const mild_w[] = {"winded", "puffed", "puffing", "out of breath", "gasping", "huffing", "breathless",
                                             "上气不接下气", "喘", "呼哧", NULL};
        static const char *const run_w[] = {"run", "running", "ran", "jog", "jogging", "jogged", "sprint", "sprints",
                                            "sprinting", "intervals", "hiit", "burpees", "跑步", "跑了", "慢跑", "冲刺", "间歇",
                                            "跑", NULL};
        static const char *const strong_w[] = {"couldn't breathe", "couldnt breathe", "can't breathe", "cant breathe",
                                               "could not breathe", "can't catch", "cant catch", "wheez", "whistl", "tight",
                                               "喘不上气", "喘不过气", "上不来气", "透不过气", "憋", "胸", "哮", NULL};
        int plain = 0;
        for (int k = 0; mild_w[k] && !plain; k++) plain = strstr(ev, mild_w[k]) != NULL;
        int sent_run = 0;
        for (int i = 0; i < r->nt && !sent_run; i++)
            if (words_in(r, i, i + 1, run_w)) {
                int s0, s1;
                sent_span(r, i, &s0, &s1);
                sent_run = span_says(r, s0, s1, mild_w);
            }
        /* mild effort or the night anywhere in the note ("normal after hill
         * sprints, but puffed out walking the dog"), or a run as a figure
         * ("gasping like I ran a marathon", "喘得像跑了个5K") */
        static const char *const mild_effort[] = {"walk", "stairs", "flight", "floor", "letterbox", "mailbox", "the dog",
                                                  "the car", "the flat", "bed", "night", "woke", "wake", "sleep",
                                                  "like i", "like i've", "like ive", "as if", "楼", "走", "爬", "夜",
                                                  "睡", "醒", "像", "好像", "似的", "一样", NULL};
        if (plain && sent_run && !any_sub(r->s, strong_w) && !any_sub(r->s, BREATH_NEW) && !not_settling(r) &&
            !any_sub(r->s, mild_effort) &&
            !((r->known | o->flags) & (MR_COND_HEART | MR_COND_PREGNANCY | MR_COND_ASTHMA)) &&
            !(o->notes & MR_NOTE_COPD) &&
            !(o->flags & (MR_SYM_CHEST_PAIN | MR_SYM_DIZZINESS | MR_SYM_PALPITATIONS | MR_SYM_FEVER | MR_SYM_ILLNESS)))
            drop_finding(o, MR_SYM_BREATH);
        /* "Climbed the 272 steps up to Batu Caves, totally out of breath at the
         * top but fine after a couple minutes", "爬上峨眉山金顶，一路台阶爬得气
         * 喘吁吁，到顶歇了一会儿就好了": a long climb's breathing, settled in
         * minutes, for someone with no heart, lung or pregnancy to explain it
         * otherwise (ACSM's sign is breathlessness at rest or on mild effort) */
        static const char *const climb_w[] = {"steps up", "hundreds of steps", "flights of steps", "hiked up", "hike up",
                                              "climbed up", "of climbing", "summit", "the top", "金顶", "爬山", "登山", "一路台阶",
                                              "台阶", "高路", "徒步", "hill climb", "up the mountain", "山顶", NULL};
        static const char *const settled_w[] = {"fine after", "recovered", "back to normal", "caught my breath", "歇了一会儿就好",
                                                "歇歇就好", "缓过来", "一会儿就好", "就好了", "就好", "fine at the top",
                                                "ok after", "okay after", NULL};
        /* (the breathlessness alone: no strong word, nothing new or lasting, no other sign) */
        int breath_only = !any_sub(r->s, strong_w) && !any_sub(r->s, BREATH_NEW) && !not_settling(r) &&
                          !(o->flags & (MR_SYM_CHEST_PAIN | MR_SYM_DIZZINESS | MR_SYM_PALPITATIONS | MR_SYM_FEVER | MR_SYM_ILLNESS));
        if ((o->flags & MR_SYM_BREATH) && plain && breath_only && sentence_says_both(r, climb_w, mild_w) &&
            any_sub(r->s, settled_w) && !((r->known | o->flags) & (MR_COND_HEART | MR_COND_PREGNANCY | MR_COND_ASTHMA)) &&
            !(o->notes & MR_NOTE_COPD))
            drop_finding(o, MR_SYM_BREATH);
        /* "以前一天一包抽了15年，爬三楼就喘", "get puffed by the third flight":
         * puffed by three flights or more, plainly said (no distress, no stop,
         * nothing new or worse, no other sign), with no heart, lung or
         * pregnancy to explain it, is a body out of condition: ACSM's sign is
         * breathlessness at rest or on mild effort. Not rest, but nothing hard
         * until it is known, and the card says when it would be the sign. */
        static const char *const many_flights[] = {"三楼", "四楼", "五楼", "六楼", "七楼", "八楼", "3楼", "4楼", "5楼", "6楼",
                                                   "三层", "四层", "五层", "六层", "3层", "4层", "5层", "6层", "three flights",
                                                   "four flights", "five flights", "3 flights", "4 flights", "5 flights",
                                                   "third flight", "third floor", "fourth floor", "fifth floor", "3rd floor",
                                                   "4th floor", "5th floor", NULL};
        static const char *const distress_w[] = {"喘得", "不行", "厉害", "说不", "停", "歇", "扶", "stop", "sit down",
                                                 "can't talk", "cant talk", "couldn't talk", "barely", "struggl", "really",
                                                 "so bad", "badly", "rest", "最近", "这几天", "这两天", "这周", "lately",
                                                 "recently", "this week", "these days", "suddenly", "突然", "肿", "枕", "swollen",
                                                 "pillow", "平时", "平時", "唔會", "唔识", "唔識", "不会这样", "講唔", "讲不",
                                                 "講嘢", "讲话", "说话", "talk", "usually", "normally", "not like me", "cough", "咳",
                                                 "更", "worse", NULL};
        if ((o->flags & MR_SYM_BREATH) && plain && breath_only && any_sub(r->s, many_flights) &&
            !any_sub(r->s, distress_w) && !((r->known | o->flags) & (MR_COND_HEART | MR_COND_PREGNANCY | MR_COND_ASTHMA)) &&
            !(o->notes & MR_NOTE_COPD)) {
            snprintf(o->stairs_evidence, sizeof o->stairs_evidence, "%s", ev);
            for (int i = 0; i < r->nt; i++) /* quoted by its clause ("爬三楼就喘"), not the bare word */
                if (span_says(r, clause_start(r, i), clause_end(r, i), many_flights) &&
                    span_says(r, clause_start(r, i), clause_end(r, i), mild_w)) {
                    int c0 = clause_start(r, i);
                    while (c0 + 1 < clause_end(r, i) && r->t[c0].kind == T_PUNCT) c0++;
                    copy_span(r, c0, clause_end(r, i), o->stairs_evidence);
                    break;
                }
            drop_finding(o, MR_SYM_BREATH);
            o->stairs_puffed = 1;
        }
        /* "我故意走很快走到上气不接下气" to see the heart rate climb: a chosen
         * all-out effort's breathing, in the sentence that says so, is the
         * effort's, with nothing else wrong */
        static const char *const meant[] = {"故意", "刻意", "特意", "特地", "使劲", "拼命", "尽全力", "on purpose", "deliberately",
                                            "as fast as i could", "as hard as i could", "pushed myself", "flat out", NULL};
        int meant_in = 0;
        for (int i = 0; i < r->nt && !meant_in; i++)
            if (words_in(r, i, i + 1, meant)) {
                int s0, s1;
                sent_span(r, i, &s0, &s1);
                meant_in = span_says(r, s0, s1, mild_w);
            }
        if ((o->flags & MR_SYM_BREATH) && plain && meant_in && breath_only) drop_finding(o, MR_SYM_BREATH);
    }
    /* "抽了30年烟……早上起来咳几声有痰", "smoker's cough, bit of phlegm every
     * morning": a smoker's morning phlegm is the smoking's (chronic
     * bronchitis), not an illness below the neck; a fever, aches or a cold
     * named with it still are */
    if (o->flags & MR_SYM_ILLNESS) {
        const char *ev = o->evidence[bit_index(MR_SYM_ILLNESS)];
        static const char *const smoker[] = {"抽烟", "吸烟", "抽了", "烟龄", "一天一包", "一天两包", "smoker", "pack a day",
                                             "packs a day", "i smoke", "still smoke", "抽菸", "吸菸", "食煙", NULL};
        static const char *const usual[] = {"早上起来", "每天早上", "早上咳", "晨咳", "老是", "常年", "多年", "every morning",
                                            "in the morning", "mornings", "smoker's cough", "smokers cough", "always", NULL};
        static const char *const ill[] = {"感冒", "发烧", "流感", "发冷", "酸痛", "cold", "flu", "fever", "aches", "achy",
                                          "green", "黄痰", "绿痰", NULL};
        if ((strstr(ev, "痰") || strstr(ev, "phlegm")) && said_own(r, smoker) && any_sub(r->s, usual) &&
            !any_word(r->s, ill) && !(o->flags & MR_SYM_FEVER)) {
            o->flags &= ~(unsigned)MR_SYM_ILLNESS;
            o->evidence[bit_index(MR_SYM_ILLNESS)][0] = 0;
            /* (and its cough is no cold above the neck, unless a nose or a throat is said) */
            if (!any_word(r->s, (const char *const[]){"鼻涕", "鼻塞", "喷嚏", "嗓子", "喉咙", "runny", "sneez", "throat",
                                                      "stuffy", NULL}))
                o->notes &= ~(unsigned)MR_NOTE_COLD;
        }
    }
    /* "老伴说我晚上打呼噜憋气": breath held in the snoring is sleep apnoea's
     * sign, told by a partner, not breathlessness at rest; waking up
     * gasping, or breathless by day, still is (AASM) */
    if (o->flags & MR_SYM_BREATH) {
        const char *ev = o->evidence[bit_index(MR_SYM_BREATH)];
        static const char *const snore[] = {"打呼", "打鼾", "呼噜", "呼嚕", "鼾", "snore", "snoring", NULL};
        static const char *const awake[] = {"憋醒", "喘醒", "喘不上", "喘不过", "气短", "气急", "上不来气", "short of breath",
                                            "breathless", "gasping", "can't breathe", "cant breathe", NULL};
        if ((strstr(ev, "憋气") || strstr(ev, "憋") || strstr(ev, "stop breathing") || strstr(ev, "stops breathing")) &&
            any_sub(r->s, snore) && !any_sub(r->s, awake)) {
            o->flags &= ~(unsigned)MR_SYM_BREATH;
            o->evidence[bit_index(MR_SYM_BREATH)][0] = 0;
        }
    }
    /* "戒烟第三天", "quit smoking on Monday", "on the patches": a quit under
     * way, when a short bout of exercise eases the cravings; "quit 10 years
     * ago" is long done and "my dad is trying to quit" is not the writer's */
    o->quitting_smoking = said_own(r, (const char *const[]){"戒烟", "戒菸", "戒煙", "quit smoking", "quitting smoking",
                                                           "stopped smoking", "stop smoking", "give up smoking",
                                                           "giving up smoking", "gave up smoking", "nicotine patch",
                                                           "nicotine gum", "the patches", "戒烟贴", "尼古丁贴", NULL}) &&
                          !any_sub(r->s, (const char *const[]){"years ago", "year ago", "last year", "年前", "去年", "早就戒",
                                                               "戒了好多年", "戒了很多年", "戒了几年", "戒了十年", "quit years",
                                                               "never smoked", "从不抽烟", "不抽烟", NULL});
    /* IVF under way: stimulation and egg collection enlarge the ovaries; the
     * two-week wait after a transfer ("上周日做的冻胚移植，下周二验血") */
    if (said_own(r, (const char *const[]){"促排", "取卵", "打促排", "stims", "stimming", "egg retrieval", "egg collection",
                                         "ovarian stimulation", "retrieval", NULL}) &&
        any_sub(r->s, (const char *const[]){"ivf", "试管", "促排", "取卵", "stims", "stimming", "egg", "卵泡", "follicle", NULL}))
        o->ivf = 1;
    /* days after an egg collection: bloating, weight put on fast, less urine,
     * breathlessness are ovarian hyperstimulation's signs, two or more of them
     * the clinic's to see today (RCOG Green-top 5, 2016) */
    if (o->ivf == 1) {
        int signs = any_sub(r->s, (const char *const[]){"bloat", "腹胀", "肚子胀", "肚子很胀", "胀得", "swollen belly",
                                                       "belly is huge", NULL}) +
                    (any_sub(r->s, (const char *const[]){"kg since", "kilos since", "up about", "gained", "put on", "weight is up",
                                                        "weight's up", "up 1", "up 2", "up 3", "up 4", "up 5", "pounds since",
                                                        "lbs since", "重了", "涨了", "胖了", NULL}) &&
                     any_sub(r->s, (const char *const[]){"kg", "kilo", "lb", "pound", "斤", NULL})) +
                    any_sub(r->s, (const char *const[]){"peeing less", "pee less", "less urine", "not peeing", "hardly peeing",
                                                       "urine is dark", "尿少", "尿量少", "尿很少", "不怎么尿", NULL}) +
                    ((o->flags & MR_SYM_BREATH) || any_sub(r->s, (const char *const[]){"short of breath", "breathless",
                                                                                       "气短", "喘不上气", "喘", NULL}));
        /* (recent: not an OHSS of years or months ago told as history) */
        o->ohss = signs >= 2 && !any_sub(r->s, (const char *const[]){"years ago", "year ago", "last year", "months ago",
                                                                     "年前", "去年", "个月前", NULL});
    }
    if (said_own(r, (const char *const[]){"胚胎移植", "冻胚移植", "鲜胚移植", "冻胚", "鲜胚", "移植后", "移植了", "移了两个",
                                         "移了一个", "囊胚移植", "试管移植", "embryo transfer", "frozen transfer",
                                         "frozen embryo", "my transfer", "the transfer", "post transfer", "post-transfer",
                                         "since transfer", "2ww", "two week wait", "two-week wait", "5dp5dt", "3dp5dt",
                                         "dp5dt", "dp3dt", "胚胎植入", "植入后", NULL}) &&
        !any_sub(r->s, (const char *const[]){"肾移植", "肝移植", "kidney transplant", "liver transplant", "balance transfer",
                                             "bank transfer", NULL}) &&
        !pregnant(r))
        o->ivf = 2;
    /* a smoker ("抽了30年烟，一天一包", "pack a day since I was 16"): the heart's and the lungs' risk named */
    o->smoker = said_own(r, (const char *const[]){"一天一包", "一天两包", "一天半包", "烟龄", "年烟", "老烟枪", "烟民", "pack a day",
                                                 "packs a day", "pack-a-day", "i smoke", "still smoke", "i'm a smoker",
                                                 "im a smoker", "heavy smoker", "a smoker", "cigarettes a day", "a day smoker",
                                                 "支烟", "根烟", "食煙", "抽菸", "pack years", "pack-years", NULL}) &&
                !any_sub(r->s, (const char *const[]){"years ago", "year ago", "last year", "年前", "去年", "早就戒", "戒了好多年",
                                                     "戒了很多年", "戒了几年", "戒了十年", "quit years", "never smoked", "从不抽烟",
                                                     "不抽烟", "ex-smoker", "ex smoker", NULL});
    /* "menopause is killing me, hot flushes all night", "更年期睡不好": the
     * writer's own change of life, whose exercise aims are bone, heart,
     * weight, sleep and mood */
    o->menopause = said_own(r, (const char *const[]){"menopause", "menopausal", "perimenopause", "perimenopausal",
                                                    "peri-menopause", "peri-menopausal", "the change", "更年期", "绝经", "围绝经", "圍絕經",
                                                    "潮热", "潮熱", "热潮红", "熱潮紅", "hot flush", "hot flushes", "hot flash",
                                                    "hot flashes",
                                                    "絕經", "停经了", "停經了", "停经快", "停经一年", "停经两年", "停经好几年",
                                                    "停经几年", "已经停经", "停经后", NULL}) &&
                   !any_sub(r->s, (const char *const[]){"my mum", "my mom", "my wife", "her menopause", "我妈", "我老婆",
                                                       "我媳妇", "老婆更年期", "妈妈更年期", NULL});
    /* "琴晚飲咗幾杯", "a few drinks last night": some alcohol, not a hangover; water first */
    o->drank = !(o->notes & MR_NOTE_HANGOVER) &&
               said_own(r, (const char *const[]){"饮咗几杯", "飲咗几杯", "饮咗酒", "飲咗酒", "喝了几杯", "喝了点酒", "喝了点小酒",
                                                 "a few drinks", "few drinks last night", "few beers", "couple of drinks",
                                                 "couple of beers", "couple of pints", NULL});
    /* "91 at 5:45am is normal here", "I run every morning all summer": the
     * heat is their climate, and 10-14 days of it is acclimatisation (ACSM 2007) */
    o->heat_used = any_sub_unless(r->s, (const char *const[]){"used to the heat", "used to heat", "acclimatised", "acclimatized",
                                                              "acclimated", "is normal here", "normal for here", "normal round here",
                                                              "习惯了热", "习惯这种热", "天天都这么热", "一直这么热", "常年这么热", NULL},
                                  (const char *const[]){"not used to", "n't used to", "not yet used to", "not acclimat",
                                                        "n't acclimat", "not yet acclimat", "还没习惯", "不习惯", "没习惯", NULL});
    /* new to this heat: travelling, just arrived, the first hot days; only
     * they get the first-fortnight advice (a Phoenix July is a resident's climate) */
    o->heat_new = any_sub(r->s, (const char *const[]){"just arrived", "just got here", "just landed", "visiting", "on holiday",
                                                      "on vacation", "trip to", "travelling", "traveling", "first week here",
                                                      "just moved", "not used to", "n't used to", "not acclimat", "heatwave",
                                                      "heat wave", "first hot", "first real hot", "first warm week",
                                                      "training in the 60s", "training in the 50s", "刚到", "出差", "旅游", "旅行", "来玩", "刚搬",
                                                      "第一次来", "还没习惯", "不习惯", "热浪", "突然热", "刚入夏", "刚热起来",
                                                      NULL});
    o->no_ac = any_sub(r->s, (const char *const[]){"no air con", "no aircon", "no air-con", "no a/c", "no ac at", "no ac in",
                                                   "don't have air con", "dont have air con", "没有空调", "没空调", "冇冷气",
                                                   "冇冷氣", "no air conditioning", NULL});
    /* "at home I run 50 km a week" is the writer's home town, not a living-room session */
    /* "keep it going at home" after rehab is a programme of one's own, not a house one cannot leave */
    o->at_home = said_own(r, home) && !any_sub(r->s, (const char *const[]){"at home i ", "back at home", "at home in ",
                                                                           "going at home", "up at home", "on at home",
                                                                           "continue at home", "home program", "练不了",
                                                                           "没法练", "练不成", "can't work out at home",
                                                                           "cant work out at home", "heavy at home",
                                                                           "chores at home", "things at home", "stuff at home",
                                                                           "help at home", "at home with the", "at home with my",
                                                                           "stuck at home with", "work from home", "在家接着练",
                                                                           "在家继续练", "回家接着练", "回家继续练", "在家接着做", "回家继续", "回家接着",
                                                                           /* a part of the week done at home, or rest wished for there */
                                                                           "在家做弹力带", "在家做力量", "在家做哑铃", "在家休息",
                                                                           "bands at home", "weights at home", "strength at home",
                                                                           NULL});
    /* cardiac or pulmonary rehabilitation finished, to be carried on alone:
     * the programme's dose is the week's, aerobic work on most days (AACVPR
     * 2013 and ACSM for the maintenance after phase II; BTS 2013 for
     * pulmonary rehabilitation), not a beginner's ramp from the log */
    {
        static const char *const prog[] = {"cardiac rehab", "heart rehab", "pulmonary rehab", "lung rehab", "pulmonary rehabilitation",
                                           "cardiac rehabilitation", "心脏康复", "心臟康復", "心脏复健", "心臟復健", "肺康复",
                                           "肺康復", "肺复健", "肺復健", NULL};
        static const char *const done[] = {"finished", "completed", "graduated", "done with", "just ended", "ended",
                                           "结束", "結束", "做完", "上完", "完成", "结业", "結業", "毕业", "畢業",
                                           "接着练", "接著練", "继续练", "繼續練", "繼續每天", "继续每天", "on my own now",
                                           "keep going at home", "keep it going at home", "carry on at home", NULL};
        static const char *const yet[] = {"next week", "start rehab", "starting rehab", "waiting list", "referred",
                                          "下周开始", "下週開始", "还没开始", "還沒開始", "排队", "排隊", NULL};
        o->rehab_grad = said_own(r, prog) && any_sub(r->s, done) && !any_sub(r->s, yet);
    }
    /* a treadmill of one's own or the gym's: running and walking can move
     * indoors when the weather or the air keeps them off the roads ("no
     * treadmill", "the gym is shut" say it is not there) */
    /* with a bike or a cross-trainer beside it ("gym has treadmills +
     * bikes", "家里有跑步机和动感单车") the machine without impact is the
     * indoor form, as the panels chose: the treadmill is for whom it is the
     * one machine */
    {
        static const char *const tm[] = {"treadmill", "running machine", "跑步机", "跑步機", NULL};
        /* (for a running test the treadmill stays beside a bike: below) */
        int run_tested = any_sub(r->s, RUN_TEST_WORDS);
        o->treadmill = said_own(r, tm) &&
                       !any_sub(r->s, (const char *const[]){"gym is closed", "gym's closed", "gym is shut", "gym's shut",
                                                            "健身房关了", "健身房關了", NULL}) &&
                       !sentence_says_both(r, tm, (const char *const[]){"broken", "broke", "out of order", "not working",
                                                                        "坏了", "壞了", "坏掉", "维修", "維修", NULL}) &&
                       (run_tested ||
                        !sentence_says_both(r, tm, (const char *const[]){"bike", "单车", "單車", "elliptical", "cross-trainer",
                                                                         "cross trainer", "椭圆机", "橢圓機", "rower", NULL}));
        /* a mall or a shopping centre that opens early for walkers: the
         * walk's indoor form (mall walking; AHA) */
        static const char *const mall[] = {"mall opens", "mall walk", "mall walking", "walk in the mall", "walk the mall",
                                           "walking the mall", "walking in the mall", "mall for walkers", "malls for walkers",
                                           "shopping centre walk", "walk in the shopping centre", "商场里走", "去商场走",
                                           "商场走路", "商场里散步", "商場裡走", "去商場走", "商場走路",
                                           /* (somewhere indoors to walk, said: a long corridor, a mall downstairs) */
                                           "楼下是商场", "楼下有商场", "长走廊", "走廊很长", "a mall downstairs", "a long corridor",
                                           "long corridors", "indoor track", "室内跑道", NULL};
        if (!o->treadmill && said_own(r, mall)) o->treadmill = MR_INDOOR_MALL;
    }
    /* "只在家里运动", "在宿舍里练": a room of one's own, then the training
     * within a few characters; and the outing that cannot be ("带娃出不去":
     * the negation is the fact, and the child is the reason). Not wanting
     * to go out ("不想出门") is no constraint: in a low mood it is the
     * reason to go out for a walk */
    static const char *const room[] = {"在家", "家里", "宿舍", "屋里", "房间里", "客厅", NULL};
    static const char *const train[] = {"练", "运动", "锻炼", "动一动", "动动", "健身", NULL};
    for (int k = 0; room[k] && !o->at_home; k++)
        for (const char *at = strstr(r->s, room[k]); at && !o->at_home; at = strstr(at + 1, room[k])) {
            char win[16] = {0};
            snprintf(win, sizeof win, "%s", at + strlen(room[k]));
            for (int j = 0; train[j]; j++)
                o->at_home |= strstr(win, train[j]) && !strstr(win, "不了") && !strstr(win, "不成") && !strstr(win, "没法") &&
                              /* "可以自己在家接着练" after rehab: a programme carried on, not a house one cannot leave */
                              !strstr(win, "接着") && !strstr(win, "继续") &&
                              /* "家里有一台健身脚踏车": a machine at home, not a house one cannot leave */
                              strncmp(win, "有", strlen("有")) != 0;
        }
    o->at_home |= any_sub(r->s, (const char *const[]){"出不去", "出不了门", "不能出门", "没法出门", NULL});
        o->grief = any_word(r->s, loss);
        /* "我妈上个月走了", "奶奶前几天没了": a relative, then a few characters of
         * time, then gone ("怕状态没了" is form, not a person) */
        static const char *const kin_gone[] = {"妈", "爸", "奶奶", "爷爷", "外婆", "外公", "姥姥", "姥爷", "老伴", "老公", "老婆",
                                               "母亲", "父亲", "婆婆", "公公", "阿嬷", "阿公", NULL};
        static const char *const gone[] = {"走了", "走得突然", "走得太突然", "走得太早", "走得早", "走得很安详", "没了", "去世", "过世", "離世", "离世", "过身", "過身", "走咗", NULL};
        for (int k = 0; kin_gone[k] && !o->grief; k++)
            for (const char *at = strstr(r->s, kin_gone[k]); at && !o->grief; at = strstr(at + 1, kin_gone[k])) {
                const char *from = at + strlen(kin_gone[k]);
                for (int g = 0; gone[g]; g++) {
                    const char *q = strstr(from, gone[g]);
                    if (q && q - from <= 18) o->grief = 1; /* up to six characters between ("两周前") */
                }
            }
        if ((r->heartache || (o->grief && any_sub(r->s, (const char *const[]){"心很痛", "心好痛", "心痛", "心就很痛", "心就痛",
                                                                               "心里很痛", "心里痛", "heart hurts", "heart aches",
                                                                               "heart really hurts", "heartbroken", NULL}))) &&
            o->mood == MR_MOOD_NEUTRAL)
            o->mood = MR_MOOD_NEGATIVE;
        /* "左边手脚没劲" after a stroke: the weak side, not a tired mood */
        if ((o->notes & MR_NOTE_STROKE) && o->mood == MR_MOOD_TIRED &&
            any_sub(o->mood_evidence, (const char *const[]){"手", "脚", "腿", "胳膊", "arm", "leg", "side", NULL})) {
            o->mood = MR_MOOD_NEUTRAL;
            o->mood_evidence[0] = 0;
        }
        /* a warning sign with a question after it for reassurance ("Is that
         * Braxton Hicks??", "见红了一点，可能没事吧？"): the worry is the mood */
        static const char *const worry_q[] = {"??", "？？", "is that", "is this", "should i worry", "should i be worried",
                                              "没事吧", "要紧吗", "严重吗", "严不严重", "正常吗", "怎么办", NULL};
        if ((o->flags & MR_SYMPTOMS_MASK) && o->mood == MR_MOOD_NEUTRAL && (strchr(r->s, '?') || strstr(r->s, "？")) &&
            any_sub(r->s, worry_q))
            o->mood = MR_MOOD_STRESSED;
        /* a loss, and no point in anything: grief gone on into depression's signs (NICE NG222) */
        if (o->grief && !o->despair && !o->low_lasting &&
            any_sub(r->s, (const char *const[]){"don't see the point", "dont see the point", "what's the point",
                                                "whats the point", "no point getting", "no interest in", "lost interest",
                                                "提不起兴趣", "干什么都没意思", "做什么都没意思", "觉得没意义", "什么都没意义", NULL}))
            o->low_lasting = 1;
        /* or a fall behind them and a fear now ("去年冬天摔过一跤，现在走路有点怕") */
        static const char *const fell[] = {"摔过", "摔了一跤", "摔了一下", "摔倒过", "跌倒过", "跌了一跤", "摔倒了", "滑了一跤", "滑倒", "摔跤了",
                                           "跌咗一跤", "跌过一跤", "跌亲", "had a fall",
                                           "took a fall", "fell over", "fell down", "fell last", "i fell", "跌倒", "绊了一下",
                                           "绊倒", "绊了一跤", "摔倒", "tripped", "slipped and fell", NULL};
        static const char *const fear[] = {"怕", "不敢", "担心", "惊", "afraid", "scared", "nervous", "worried", "frightened",
                                           NULL};
        /* "好驚跌晒水準" (Cantonese: afraid of losing form) is a runner's
         * form, not a fall */
        static const char *const form[] = {"跌晒水准", "跌咗水准", "跌水准", "跌晒状态", "跌状态", NULL};
        o->fallen = any_word(r->s, fell) ||
                    any_sub(r->s, (const char *const[]){"跌咗两次", "跌咗几次", "跌咗", "摔了两次", "摔过两次", "摔了几次", "fell twice",
                                                        "two falls", "couple of falls", "few falls", "fell again", NULL});
        o->fall_fear = (any_word(r->s, fall) && any_sub_unless(r->s, fall, form)) ||
                       (any_word(r->s, fell) && any_word(r->s, fear));
        /* a back that hurts, and the fear that bending or moving it harms it
         * ("every time I bend it hurts so I scared I damage something more",
         * "怕把腰弄坏"): fear-avoidance, which keeps back pain going */
        o->back_fear = ((o->flags | r->known) & MR_COND_BACK) && !(o->acute & MR_COND_BACK) &&
                       any_sub(r->s, (const char *const[]){"damage", "make it worse", "making it worse", "hurt it more",
                                                           "injure it", "break something", "弄坏", "弄伤", "加重", "伤得更",
                                                           "越动越", "bed rest", "卧床", "躺着养", NULL}) &&
                       any_word(r->s, fear);
        /* a hike or a trek ahead ("Can stairs actually get me ready for Kili",
         * "Is the Grind in August actually realistic for someone my size") */
        static const char *const trek[] = {"kili", "kilimanjaro", "everest", "base camp", "trek", "trekking", "hike", "hiking",
                                           "summit", "the grind", "grouse", "machu picchu", "徒步", "登山", "爬山", "雪山",
                                           "玉山", "四姑娘山", "大本营", "hill walk", "camino", NULL};
        if (any_sub(r->s, trek) && any_sub(r->s, (const char *const[]){"?", "？", "吗", "嗎", NULL})) {
            if (any_sub(r->s, (const char *const[]){"stairs", "flights", "stair", "steps", "楼梯", "爬楼", "台阶", NULL}) &&
                any_sub(r->s, (const char *const[]){"get me ready", "prepare", "train for", "enough", "how many", "够不够",
                                                    "有用", "练得出", "准备", "多少层", "几层", NULL}))
                o->trek_asked = 1;
            else if (any_sub(r->s, (const char *const[]){"realistic", "doable", "kidding myself", "possible", "achievable",
                                                         "现实", "能做到", "做得到", "来得及", "可能吗", "靠谱", NULL}))
                o->trek_asked = 2;
            int md;
            if (o->trek_asked) o->trek_month = month_said(r->s, &md);
        }
        o->quiet_home = (any_sub(r->s, (const char *const[]){"跳", "蹦", NULL}) &&
                         any_sub(r->s, (const char *const[]){"楼下", "邻居", "敲门", "怕吵", "嫌吵", "太吵", NULL})) ||
                        (any_sub(r->s, (const char *const[]){"jump", "noise", "noisy", "stomp", NULL}) &&
                         any_sub(r->s, (const char *const[]){"neighbour", "neighbor", "flat below", "apartment below",
                                                             "people below", NULL}));
        o->back_bike = ((o->flags | r->known) & MR_COND_BACK) &&
                       any_sub(r->s, (const char *const[]){"伤腰", "伤到腰", "腰受得了", "对腰不好", "对腰有影响", "bad for my back",
                                                           "hurt my back", "hurts my back", "strain my back", "my back cope",
                                                           "ok for my back", "okay for my back", NULL}) &&
                       any_sub(r->s, (const char *const[]){"骑", "单车", "bike", "cycl", "ride", "riding", "spin", NULL});
        /* "my plan is skip dinner and run twice a day", "不吃晚饭减肥": meals
         * given up to lose weight */
        static const char *const skip[] = {"skip dinner", "skip meals", "skipping meals", "skipping dinner", "skip lunch",
                                           "skip breakfast", "not eating dinner", "stop eating", "starve myself",
                                           "starving myself", "only eat once", "不吃晚饭", "不吃晚餐", "不吃饭", "少吃一顿",
                                           "饿着", "饿肚子", "节食", "断食减肥", "只吃一顿", NULL};
        o->skip_meals = said_own(r, skip);
        /* "Had COVID about five weeks ago ... still wiped out, in bed for two
         * days after my usual 5k": tiredness that outlasts a virus, and a crash
         * after usual effort */
        static const char *const virus[] = {"covid", "corona", "新冠", "阳了", "阳过", "flu", "流感", "virus", "病毒",
                                            "glandular fever", NULL};
        static const char *const weeks_ago[] = {"weeks ago", "week ago", "months ago", "month ago", "周前", "个月前",
                                                "个星期前", "几周了", "never really bounced back", "never bounced back",
                                                "not bounced back", "haven't bounced back", "havent bounced back",
                                                "never really recovered", "never recovered", "since then", "ever since",
                                                "一直没恢复", "一直没缓过来", "一直没好利索", "之后一直", NULL};
        static const char *const drained[] = {"wiped out", "exhausted", "no energy", "crash", "crashed", "in bed for",
                                              "need a nap", "drained", "fatigue", "fatigued", "still tired", "没劲", "乏力",
                                              "累得", "疲劳", "一动就累", "起不来床", NULL};
        /* "是不是膝盖这样就不该运动了？": asked whether osteoarthritis means stopping */
        static const char *const oa[] = {"骨关节炎", "关节炎", "退行性", "osteoarthritis", "arthritis", "wear and tear",
                                         "骨質增生", "骨质增生", "磨损", "膝盖退化", "膝关节退化", "退化", NULL};
        /* ... or told it as a fear that moving wears it out ("怕越动越坏", "scared I'll wear it out") */
        static const char *const stop_q[] = {"不该运动", "不能运动", "还能运动", "该不该运动", "还能不能运动", "能做点什么",
                                             "能做什么", "should i stop", "stop exercising", "give up exercise", "can i still exercise",
                                             "is exercise bad", "should i still exercise", "越动越坏", "越动越严重", "越用越坏",
                                             "尽量不动", "不敢动", "不太敢", "怕磨坏", "wear it out", "wear them out", "make it worse",
                                             "afraid to move", "scared to move", "avoid moving", "在家歇着", "天天歇着",
                                             "该歇着", "多歇着", "少动", NULL};
        o->oa_asked = said_own(r, oa) && ((o->flags | r->known) & MR_COND_KNEE) && any_sub(r->s, stop_q);
        /* "跑起来总觉得小肚子往下坠": pelvic heaviness running in pregnancy,
         * a sign to change to low impact (ACOG 2020) */
        static const char *const heavy[] = {"往下坠", "下坠", "坠胀", "坠坠", "坠着", "pelvic heaviness", "pelvic pressure",
                                            "heaviness down", "heavy down below", "pressure down below", "feels heavy down",
                                            NULL};
        o->preg_heavy = ((o->flags | r->known) & MR_COND_PREGNANCY) && said_own(r, heavy);
        /* "Ran my first marathon yesterday!! ... legs are wrecked": the day after a race */
        static const char *const raced[] = {"marathon yesterday", "ran my first marathon", "ran a marathon", "ran the marathon",
                                            "finished the marathon", "did the marathon", "half marathon yesterday",
                                            "昨天跑了全马", "昨天跑了半马", "昨天跑了马拉松", "昨天跑完马拉松", "昨天跑完全马",
                                            "昨天跑完半马", "昨天全马", "昨天半马", "昨天的马拉松", "昨天马拉松", NULL};
        static const char *const yday[] = {"yesterday", "last night", "昨天", "昨日", NULL};
        o->post_race = said_own(r, raced) && any_sub(r->s, yday);
        /* any marathon or half run lately, and when: the weeks after it are
         * for recovery (read by mr_notes_race_days) */
        static const char *const raced_at[] = {"marathon", "马拉松", "全马", "半马", "21k", "42k", "13.1", "26.2", NULL};
        static const char *const ran_w[] = {"ran ", "did ", "finished", "completed", "just ran", "run on", "跑了", "跑完",
                                            "完赛", "参加了", "跑的", "ran my", "raced", NULL};
        static const char *const ahead_w[] = {"next", "this coming", "is this", "is on", "in two weeks", "in 2 weeks", "taper",
                                              "training for", "signed up", "下周", "准备", "要跑", "报了", "备赛", "减量",
                                              "years ago", "last year", "去年", "年前", "months ago", "个月前", "最好",
                                              "十几年", "多年", "personal best", "best time", "my best",
                                              /* "Pre-pregnancy I ran 3x a week, half marathon PB 1:48": before the baby */
                                              "pre-pregnancy", "pre pregnancy", "before pregnancy", "before the baby",
                                              "before i got pregnant", "孕前", "怀孕前", "生孩子前", "used to", NULL};
        for (int t = 0; t < r->nt && !o->raced; t++) {
            if (t > 0 && r->sent[t - 1] == r->sent[t]) continue;
            int s0, s1;
            sent_span(r, t, &s0, &s1);
            if (!span_says(r, s0, s1, raced_at) || !span_says(r, s0, s1, ran_w) || span_says(r, s0, s1, ahead_w) ||
                span_says(r, s0, s1, (const char *const[]){"netflix", "movie marathon", "film marathon", "binge", "追剧", NULL}))
                continue;
            /* the runner is the writer ("my husband ran the marathon" is his) */
            int mine = 1;
            for (int k = 0; ran_w[k]; k++) {
                const char *at = strstr(r->s + r->t[s0].off, ran_w[k]);
                if (at && at < r->s + r->t[s1 - 1].off + r->t[s1 - 1].len && !own_fact(r, (int)(at - r->s))) mine = 0;
            }
            if (!mine) continue;
            o->raced = span_says(r, s0, s1, (const char *const[]){"half", "半马", "21k", "13.1", NULL}) ? 1 : 2;
            if (span_says(r, s0, s1, yday)) o->raced_ago = 1;
            else if (span_says(r, s0, s1, (const char *const[]){"大前天", NULL})) o->raced_ago = 3;
            else if (span_says(r, s0, s1, (const char *const[]){"前天", "day before yesterday", NULL})) o->raced_ago = 2;
            else if (span_says(r, s0, s1, (const char *const[]){"just finished", "today", "this morning", "今天", "刚跑完", NULL}))
                o->raced_ago = 1; /* the race today: the day after's rules are the nearest */
            if (span_says(r, s0, s1, (const char *const[]){"weekend", "周末", NULL})) o->raced_wday = 0;
            else if (span_says(r, s0, s1, (const char *const[]){"last week", "上周", "上个星期", "上礼拜", NULL}) && !o->raced_ago)
                o->raced_ago = 7;
            /* "three weeks ago", "两周前", "last month": outside the recovery weeks, or near their end */
            static const char *const wk_w[] = {"weeks ago", "week ago", "周前", "星期前", "礼拜前", NULL};
            if (span_says(r, s0, s1, wk_w)) {
                static const struct { const char *w; int n; } nw[] = {
                    {"a week", 1}, {"one week", 1}, {"two weeks", 2}, {"couple of weeks", 2}, {"three weeks", 3},
                    {"few weeks", 3}, {"four weeks", 4}, {"一周", 1}, {"一个星期", 1}, {"两周", 2}, {"二周", 2},
                    {"两个星期", 2}, {"三周", 3}, {"三个星期", 3}, {"四周", 4}, {"1 week", 1}, {"2 weeks", 2},
                    {"3 weeks", 3}, {"4 weeks", 4}, {"1周", 1}, {"2周", 2}, {"3周", 3}, {"4周", 4}};
                int n = 2;
                for (size_t k2 = 0; k2 < sizeof nw / sizeof nw[0]; k2++)
                    if (span_says(r, s0, s1, (const char *const[]){nw[k2].w, NULL})) n = nw[k2].n;
                o->raced_ago = 7 * n;
            }
            if (span_says(r, s0, s1, (const char *const[]){"last month", "上个月", "month ago", "个月前", NULL})) o->raced_ago = 30;
            for (int i = s0; i + 2 < s1; i++) /* "3 days ago", "3天前" */
                if (r->t[i].kind == T_NUM && r->t[i].val >= 1 && r->t[i].val <= 60 &&
                    words_in(r, i + 1, i + 2, (const char *const[]){"days", "day", "天", NULL}) &&
                    words_in(r, i + 2, i + 3, (const char *const[]){"ago", "前", NULL}))
                    o->raced_ago = (int)r->t[i].val;
            static const struct { const char *w; int d; } wd[] = {
                {"sunday", 0}, {"monday", 1}, {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4}, {"friday", 5},
                {"saturday", 6}, {"周日", 0}, {"周天", 0}, {"星期天", 0}, {"星期日", 0}, {"礼拜天", 0}, {"周一", 1},
                {"星期一", 1}, {"周二", 2}, {"星期二", 2}, {"周三", 3}, {"星期三", 3}, {"周四", 4}, {"星期四", 4},
                {"周五", 5}, {"星期五", 5}, {"周六", 6}, {"星期六", 6}};
            for (size_t k2 = 0; k2 < sizeof wd / sizeof wd[0]; k2++)
                if (span_says(r, s0, s1, (const char *const[]){wd[k2].w, NULL})) o->raced_wday = wd[k2].d;
            if (o->raced_ago == 7 && o->raced_wday >= 0) o->raced_ago = 0; /* "last Sunday": the weekday dates it */
        }
        if (o->raced_ago == 1) o->post_race = 1;
        /* the race run is behind: no taper or race ahead read from it, unless another one is said to come */
        if (o->raced && !any_sub(r->s, (const char *const[]){"next", "coming up", "in two weeks", "in 2 weeks", "taper",
                                                               "this sunday", "this saturday", "this weekend", "this week",
                                                               "tomorrow", "这周日", "这周六", "这个周末", "本周", "明天",
                                                               "周日还有", "周末还有",
                                                               "下周", "下个月", "减量", "备赛", "准备", "要跑", "报了", "signed up",
                                                               "training for", NULL})) {
            o->notes &= ~(unsigned)(MR_NOTE_TAPER | MR_NOTE_RACE_TODAY);
            o->match_today = 0;
            o->notes2 &= ~(unsigned)MR_NOTE2_RACE_EVE;
            o->race_ahead = 0;
            o->race_in = o->race_wday = -1;
        }
        static const char *const hip[] = {"髋换了人工关节", "髋换了关节", "髋关节置换", "换了髋关节", "人工髋关节", "髋关节手术", "换髋", "hip replacement",
                                          "髋关节换了人工关节", "髋关节换了", "髋关节换成", "髖關節換了", "total hip", "hip replaced",
                                          "thr ", "hip arthroplasty",
                                          "new hip", "replaced hip", "hip was replaced", "髖關節置換", "换左边髋关节", "换右边髋关节",
                                          "换了左边髋关节", "换了右边髋关节", "换左髋", "换右髋", "左髋置换", "右髋置换",
                                          "换左侧髋关节", "换右侧髋关节", "hip op", NULL};
        o->hip_replaced = said_own(r, hip);
        static const char *const knee_new[] = {"膝换了人工关节", "膝盖换了人工关节", "膝关节换了人工关节", "膝关节换了", "total knee",
                                               "knee replaced", "knee arthroplasty", "tkr ", "膝换了关节", "膝盖换了关节", "膝关节置换", "换了膝关节", "换过膝关节", "人工膝关节", "换膝", "膝關節置換",
                                               "knee replacement", "knee replaced", "replaced knee", "replaced my knee",
                                               "knee arthroplasty", "hip arthroplasty", "tkr", NULL};
        o->joint_replaced = (o->hip_replaced ? 1 : 0) | (said_own(r, knee_new) ? 2 : 0);
        /* "osteoarthritis in my right hip", "髋关节炎": its ache is the
         * arthritis, and exercise is its treatment (Kolasinski et al. 2020) */
        static const char *const hip_oa[] = {"osteoarthritis in my hip", "osteoarthritis in my right hip",
                                             "osteoarthritis in my left hip", "osteoarthritis in both hips", "arthritis in my hip",
                                             "arthritis in my right hip", "arthritis in my left hip", "hip osteoarthritis",
                                             "hip arthritis", "arthritic hip", "髋关节炎", "髋关节骨关节炎", "髋骨关节炎",
                                             "髋关节退化", "髋关节磨损", "髖關節炎", NULL};
        o->hip_oa = !o->hip_replaced && said_own(r, hip_oa);
        /* a painful shoulder's pain is placed */
        if (o->notes & MR_NOTE_SHOULDER) place_unsure(o, (const char *const[]){"shoulder", "肩", "painful", "pinch", NULL});
        /* chest pain on effort that eases with rest: the pattern of angina */
        o->angina = (o->flags & MR_SYM_CHEST_PAIN) && anywhere(r, Q_RELIEF);
        /* told as a pattern ("when I hit the big hill ... sometimes goes down my left arm, goes away
         * after a couple mins standing"), not as something happening now */
        o->angina_pattern = o->angina && any_sub(r->s, (const char *const[]){"when i hit", "every time", "everytime", "whenever",
                                                                              "sometimes", "each time", "when i walk up",
                                                                              "when i go up", "每次", "一爬", "一上坡", "一走快",
                                                                              "有时候", NULL}) &&
                            !any_sub(r->s, (const char *const[]){"right now", "still there", "hasn't gone", "hasnt gone",
                                                                 "won't go", "wont go", "现在还", "还没好", "一直没缓", NULL});
        if (o->hip_oa) place_unsure(o, (const char *const[]){"hip", "髋", "ache", "aches", "酸", "疼", "痛", NULL});
        /* pregnant and asking about poses lying flat on the back */
        static const char *const supine[] = {"平躺", "仰卧", "躺平做", "lying on my back", "lie on my back", "lying flat",
                                             "lie flat", "flat on my back", "on my back", NULL};
        o->supine_asked = pregnant(r) && said_own(r, supine) &&
                          (strchr(r->s, '?') || strstr(r->s, "？") || strstr(r->s, "吗") ||
                           any_sub(r->s, (const char *const[]){"不知道", "可不可以", "能不能", "还能", "is it ok", "is that ok",
                                                               "still ok", "safe", "should i", NULL}));
        /* lightheaded whenever she lies flat ("a bit lightheaded if I lie flat
         * on the bench"): the womb pressing on the vena cava (supine
         * hypotension, ACOG 2020), answered by not lying flat, not a
         * dizziness to stop all exercise for; only when tied to lying flat in
         * its own sentence, and nothing else alarming said */
        if (pregnant(r) && (o->flags & MR_SYM_DIZZINESS) && !(o->flags & MR_SYMPTOMS_MASK & ~(unsigned)MR_SYM_DIZZINESS) &&
            !(o->flags & MR_SYM_PREG_WARNING)) {
            const char *dz = o->evidence[bit_index(MR_SYM_DIZZINESS)];
            const char *at = dz[0] ? strstr(r->s, dz) : NULL;
            if (at) {
                int t = tok_at(r, (int)(at - r->s)), s0, s1;
                sent_span(r, t, &s0, &s1);
                if (span_says(r, s0, s1, supine) &&
                    span_says(r, s0, s1, (const char *const[]){"if i", "when i", "whenever", "every time", "每次", "一躺", "一平躺",
                                                               "只要", NULL}) &&
                    !span_says(r, s0, s1, (const char *const[]){"fainted", "passed out", "blacked out", "晕倒", "晕过去", NULL})) {
                    drop_finding(o, MR_SYM_DIZZINESS);
                    o->supine_asked = 2;
                }
            }
        }
        /* "朋友叫我去跑步減壓", "exercise for stress": stress relief sought, whatever mood leads */
        static const char *const relief[] = {"减压", "減壓", "解压", "解壓", "顶唔顺", "頂唔順", "倦怠", "burnout", "burnt out",
                                             "burned out", "stress relief", "destress", "de-stress", NULL};
        o->stress_said = any_word(r->s, relief);
        /* "下班马上练完再睡，还是睡醒再练？": when to train around night shifts */
        static const char *const nights[] = {"夜班", "大夜", "night shift", "night shifts", "nights this", "on nights", "work nights",
                                             "working nights", "back-to-back nights", "back to back nights", "nightshift",
                                             "graveyard shift", "上夜", "值夜", "3rd night", "third night", "2nd night", "second night",
                                             "4th night", "fourth night", "nights in a row", "just finished nights",
                                             "finished my nights", "post nights", "post-nights", "off nights", "night in icu",
                                             "night on the ward", "night in a&e", "8pm-8am", "8pm to 8am", "7pm-7am", "7pm to 7am",
                                             "连着夜班", "第三个夜班", "下夜班", NULL};
        static const char *const order[] = {"先练", "再睡", "睡醒再练", "睡醒", "练完再睡", "before i sleep", "before sleep",
                                            "before bed", "after i wake", "when i wake", "after sleeping", "影响睡觉",
                                            "affect my sleep", "mess up my sleep", NULL};
        o->night_shift = said_own(r, nights);
        o->shift_asked = o->night_shift && any_sub(r->s, order);
        /* "a friend says I should be lifting weights. Is that right at my age?" */
        static const char *const lift[] = {"lifting weights", "lift weights", "weight training", "weights at my age",
                                           "strength training", "resistance training", "举铁", "撸铁", "力量训练", "练力量",
                                           "练肌力", "练重量", "肌力训练", "重量训练", "练器械", NULL};
        /* "我当力量训练记录", "logged as strength training": what the app
         * files a session under, not a question about lifting */
        static const char *const filed[] = {"我当", "当作", "当成", "算作", "算成", "记成", "记作", "as", "under", NULL};
        o->lift_asked = said_not_after(r, lift, filed, 0) && (strchr(r->s, '?') || strstr(r->s, "？") || strstr(r->s, "吗") ||
                                                 any_sub(r->s, (const char *const[]){"should i", "is that right", "how often",
                                                                                     "how many sets", "要不要", "该不该",
                                                                                     "怎么练", "练几次", "多少组", NULL}));
        /* "my shins have been sore along the inside ... today it hurts to hop":
         * shin pain on hopping may be a bone stress injury (stop running
         * until it is checked) */
        static const char *const shin[] = {"shin splints", "shins", "shin", "胫骨", "小腿前面", "小腿前侧", "迎面骨", NULL};
        static const char *const hop[] = {"hurts to hop", "hurt to hop", "pain to hop", "pain hopping", "hurts hopping",
                                          "can't hop", "cant hop", "单脚跳就疼", "单脚跳疼", "一跳就疼", "跳一下就疼",
                                          /* a spot tender to press: the other sign of a bone stress injury */
                                          "tender when i press", "when i press on it", "a tender spot", "one tender spot",
                                          "one spot", "某个点", "一个点", "按着疼", "一按就疼", "按下去疼", "按下去痛", "一按就痛",
                                          "按下去有", "一小块", "压痛", "按着痛", "tender to press", "tender to touch",
                                          "tender to the touch", "pinpoint", "press on it", "hopping on it", "hopping hurts",
                                          "hop on it", "hurts when i press", "when i press it", "hurts to press", "sore to press",
                                          "painful to press", "a spot that", "按一下就疼", "按一下就痛", "一碰就疼", "sore spot",
                                          "spot on my", "痛点", "疼的点", NULL};
        o->shin = said_own(r, shin) ? 1 + any_sub(r->s, hop) : 0;
        /* with periods stopped in training (low energy availability) a sore
         * shin is a bone stress injury until checked (IOC RED-S consensus,
         * Mountjoy et al. 2018) */
        if (o->shin && (o->notes & MR_NOTE_NO_PERIODS)) o->shin = 2;
        static const char *const shin_w[] = {"shin", "胫", "小腿", NULL};
        if (o->shin) place_unsure(o, shin_w);
        static const char *const night[] = {"at night", "aches at night", "hurts at night", "sleep on it", "wakes me",
                                            "夜里", "晚上睡觉", "压着疼", "睡觉压着", "半夜疼醒", NULL};
        o->night_pain = any_sub(r->s, night);
        static const char *const shoulder_w[] = {"shoulder", "肩", NULL};
        if (o->notes & MR_NOTE_SHOULDER) place_unsure(o, shoulder_w);
        static const char *const pump[] = {"胰岛素泵", "insulin pump", "on a pump", "my pump", "用泵", "调泵", "在泵上", "泵上按",
                                           "泵里", "on the pump", "on pump", "on my pump", "omnipod",
                                           "tandem", "t:slim", "(pump", "pump +", "pump and dexcom", "pump and cgm", "pump & cgm",
                                           NULL};
        o->pump = said_own(r, pump);
        /* "the outside of my right elbow ... lateral epicondylitis", "网球肘": the gripping tendon */
        static const char *const elbow[] = {"tennis elbow", "golfer's elbow", "golfers elbow", "epicondylitis", "elbow",
                                            "网球肘", "高尔夫球肘", "肱骨外上髁炎", "胳膊肘", "手肘", NULL};
        o->elbow = said_own(r, elbow);
        /* a graze on the elbow from a fall is a wound, not a tendon */
        static const char *const graze[] = {"擦伤", "擦破", "擦損", "擦损", "擦傷", "grazed", "graze", "scraped", "scrape", "cut my",
                                            "road rash", NULL};
        if (o->elbow && any_sub(r->s, graze) && !any_sub(r->s, (const char *const[]){"tennis elbow", "golfer", "网球肘",
                                                                                        "高尔夫球肘", "epicondyl", NULL}))
            o->elbow = 0;
        /* the tummy muscles parted after a pregnancy (diastasis recti) */
        static const char *const drac[] = {"腹直肌分离", "腹直肌分離", "diastasis", "ab separation", "abdominal separation",
                                           "separated abs", "abs separated", "ab gap", "gap in my abs", "凹下去的缝", "鼓成一条",
                                           "中间会鼓", "中间鼓起", "两指宽", "两指的缝", "两指的缝隙", "gap above my belly button",
                                           "doming", "domes when i sit up", "cone down the middle", NULL};
        o->diastasis = said_own(r, drac);
        /* a blood thinner of the writer's: a fall bleeds more and longer */
        static const char *const thinner[] = {"apixaban", "eliquis", "rivaroxaban", "xarelto", "warfarin", "coumadin",
                                              "dabigatran", "pradaxa", "edoxaban", "blood thinner", "anticoagulant", "华法林",
                                              "华发林", "花法林", "利伐沙班", "阿哌沙班", "达比加群", "抗凝", "薄血丸",
                                              "heparin", "clexane", "拜瑞妥", "艾乐妥",
                                              /* two antiplatelets after a stent bleed much as one thinner does */
                                              "plavix", "clopidogrel", "brilinta", "ticagrelor", "prasugrel", "effient",
                                              "氯吡格雷", "波立维", "替格瑞洛", "倍林达", NULL};
        o->anticoag = said_own(r, thinner);
        /* a statin and aching muscles that exercise does not explain (both
         * legs for weeks, after the dose went up): the statin's muscle
         * symptoms until a doctor has checked (ACC/AHA 2018 cholesterol
         * guideline; NLA 2022 statement on statin intolerance) */
        static const char *const statin[] = {"他汀", "阿托伐", "瑞舒伐", "辛伐", "立普妥", "可定", "降脂药", "降血脂药", "statin",
                                             "atorvastatin", "rosuvastatin", "simvastatin", "pravastatin", "lipitor", "crestor",
                                             "zocor", "cholesterol pill", "cholesterol tablet", NULL};
        static const char *const aches[] = {"酸", "疼", "痛", "乏力", "没劲", "无力", "抽筋", "ache", "aching", "achy", "sore",
                                            "pain", "cramp", "weak", "tender", NULL};
        static const char *const where[] = {"大腿", "小腿", "两边", "两条腿", "双腿", "全身", "肩膀", "胳膊", "肌肉", "thigh",
                                            "calves", "calf", "both legs", "my legs", "muscles", "shoulders", "all over",
                                            NULL};
        static const char *const lasting[] = {"周", "星期", "礼拜", "个月", "一直", "加量", "加到", "加了", "换了", "从20",
                                              "weeks", "week", "month", "since", "increased", "upped", "doubled", "raised",
                                              "went up", "new dose", "higher dose", NULL};
        o->statin_ache = said_own(r, statin) && any_sub(r->s, aches) && any_sub(r->s, where) && any_sub(r->s, lasting);
        /* weight lost without trying, or with drenching night sweats: the
         * unexplained loss NICE NG12 (2015) asks a doctor to look into
         * within two weeks (thyroid, diabetes, an infection, a cancer);
         * not a loss dieting or training explains, nor the menopause's sweats */
        static const char *const wlost[] = {"lost weight", "losing weight", "lost a lot of weight", "weight has dropped",
                                           "weight dropped", "weight's dropped", "dropping weight", "dropped weight", "kg lighter",
                                           "瘦了", "掉了", "体重下降", "体重掉", "体重降", "轻了", "瘦得", NULL};
        static const char *const lost_kg[] = {"kg", "kgs", "kilo", "kilos", "lb", "lbs", "pounds", "stone", "斤", "公斤", NULL};
        static const char *const lost_v[] = {"lost", "losing", "dropped", "down", NULL};
        static const char *const unexplained[] = {"without trying", "not trying", "wasn't trying", "wasnt trying", "not dieting",
                                                  "no diet", "haven't been dieting", "havent been dieting", "without dieting",
                                                  "no idea why", "don't know why", "dont know why", "for no reason", "no reason",
                                                  "not on a diet", "没减肥", "没有减肥", "没刻意", "没有刻意", "莫名", "无缘无故",
                                                  "不知道为什么", "不知道怎么", "没节食", "没有节食", "没控制饮食", "自己就瘦", NULL};
        static const char *const sweats[] = {"night sweat", "sweats at night", "sweating at night", "sweat at night",
                                             "drenched at night", "soaked the sheets", "soaking the sheets", "drenched the sheets",
                                             "盗汗", "夜里出汗", "晚上出汗", "半夜出汗", "睡觉出汗", "夜里一身汗", NULL};
        static const char *const menopause[] = {"menopaus", "perimenopaus", "hot flush", "hot flash", "更年期", "潮热", "hrt", NULL};
        /* (a cause told: "since I cut out sugar", "开始跑步以后", breastfeeding) */
        static const char *const cause[] = {"cut out", "cutting out", "cut down", "cut back", "since i started", "since starting",
                                            "keto", "fasting", "calorie", "counting", "breastfeed", "breast feed", "戒糖", "戒了",
                                            "开始运动", "开始跑", "开始健身", "少吃", "控制饮食", "喂奶", "母乳", "生酮", NULL};
        int why_not = any_sub(r->s, unexplained), sweating = said_own(r, sweats);
        /* ("没减肥却瘦了": the negation is the diet's, the loss the writer's) */
        int lost_said = said_own(r, wlost) || (said_own(r, lost_v) && any_word(r->s, lost_kg)) ||
                        (why_not && any_sub(r->s, wlost) && !anywhere(r, Q_THIRD));
        /* a medicine's toxicity, told by its signs beside its name (BNF; NICE CKS lithium;
         * Boyer and Shannon 2005 on serotonin syndrome): categories of sign counted, not words */
        {
            static const char *const lithium[] = {"lithium", "priadel", "camcolit", "鋰鹽", "锂盐", "碳酸锂", "碳酸鋰", "鋰", "锂",
                                                  NULL};
            static const char *const ssri[] = {"sertraline", "zoloft", "fluoxetine", "prozac", "escitalopram", "lexapro",
                                               "cipralex", "citalopram", "paroxetine", "venlafaxine", "effexor", "duloxetine",
                                               "cymbalta", "ssri", "snri", "舍曲林", "左洛复", "氟西汀", "百忧解", "艾司西酞普兰",
                                               "来士普", "來士普", "立普能", "西酞普兰", "帕罗西汀", "文拉法辛", "度洛西汀", NULL};
            static const char *const partner[] = {"tramadol", "曲马多", "曲馬多", "triptan", "sumatriptan", "linezolid", "st john",
                                                  "mdma", "ecstasy", "pethidine", "dextromethorphan", "maoi", "fentanyl", NULL};
            static const char *const sg[][24] = {
                {"tremor", "shaky", "shaking", "trembl", "手震", "手抖", "震得", "发抖", "發抖", NULL},
                {"unsteady", "wobbly", "唔稳", "唔穩", "不稳", "不穩", "站不稳", "走不稳", "staggering", NULL},
                {"diarrh", "the runs", "肚屙", "拉肚子", "腹泻", "腹瀉", "vomit", "throwing up", "呕吐", "嘔吐", NULL},
                {"confus", "muddled", "懵", "糊涂", "糊塗", "slurred", "口齿不清", "drowsy", "dizzy", "暈", "晕", NULL},
                {"twitch", "jerk", "clonus", "抽动", "抽動", "肌肉跳", "jaw clench", "clenching", "咬紧牙", NULL},
                {"sweat", "出汗", "冒汗", "shiver", "寒战", "發冷", "fever", "temp was 3", "temp 3", "发烧", "發燒", NULL},
                {"少饮水", "少飲水", "饮水都少", "飲水都少", "没怎么喝水", "沒怎麼喝水", "没喝什么水", "喝水少", "not drinking",
                 "hardly drinking", "hardly been drinking", "barely drinking", "barely been drinking", "not been drinking",
                 "haven't been drinking", "dehydrat", "been hot", "heatwave", "天热", "热得", NULL}};
            int n_sg = 0;
            for (size_t k = 0; k < sizeof sg / sizeof sg[0]; k++) n_sg += any_sub(r->s, sg[k]);
            int nerves = any_sub(r->s, sg[0]) || any_sub(r->s, sg[1]) || any_sub(r->s, sg[3]);
            int fluid_lost = any_sub(r->s, sg[2]) || any_sub(r->s, sg[6]);
            if (said_own(r, lithium) && nerves && (n_sg >= 3 || fluid_lost)) o->med_toxic = 1;
            else if (said_own(r, ssri) && any_sub(r->s, partner) && n_sg >= 2 && (any_sub(r->s, sg[4]) || any_sub(r->s, sg[5])))
                o->med_toxic = 2;
        }
        o->weight_loss = lost_said && !any_sub(r->s, cause) && (why_not || (sweating && !any_sub(r->s, menopause)));
        /* ("was 64 now 52"): the loss told as two weights */
        o->cancer_wt_lost = lost_said || any_sub(r->s, (const char *const[]){"瘦了", "掉了", "体重下降", "体重掉", "轻了",
                                                                             "weight loss", "lost weight", "losing weight", NULL});
        /* a spinal cord injury at T6 or above ("T4 complete", "C6 quad",
         * 胸4以上, 颈髓损伤, tetraplegia) and a pounding headache with
         * flushing, sweating or a stuffy nose, or dysreflexia named: the
         * reflex that a full bladder sets off, an emergency (Consortium for
         * Spinal Cord Medicine 2001) */
        {
            int high = any_sub(r->s, (const char *const[]){"tetrapleg", "quadripleg", "tetraplegic", "颈髓", "颈椎损伤", "颈段",
                                                           "高位截瘫", "四肢瘫", "四肢瘫痪", NULL});
            for (const char *q = r->s; *q && !high; q++) {
                if ((*q != 't' && *q != 'c' && *q != 'T' && *q != 'C') || (q > r->s && isalnum((unsigned char)q[-1]))) continue;
                if (!isdigit((unsigned char)q[1])) continue;
                int lv = atoi(q + 1);
                if (isdigit((unsigned char)q[2]) && lv > 12) continue;
                high = (*q == 't' || *q == 'T') ? lv >= 1 && lv <= 6 : lv >= 1 && lv <= 8;
            }
            for (const char *q = strstr(r->s, "胸"); q && !high; q = strstr(q + 3, "胸")) {
                const char *d = q + 3;
                if (!strncmp(d, "椎", 3) || !strncmp(d, "髓", 3)) d += 3;
                if (!strncmp(d, "第", 3)) d += 3; /* "胸椎第4节" */
                high = isdigit((unsigned char)*d) && atoi(d) >= 1 && atoi(d) <= 6;
            }
            /* the injury said as one ("T1 diabetic", "t5 test", a T6 fracture
             * from osteoporosis, paracetamol, completed, quads are none) */
            int sci = any_sub(r->s, (const char *const[]){"spinal cord", "spinal injury", "paraplegi", "tetrapleg", "quadripleg",
                                                          "wheelchair", "chair user", "脊髓", "截瘫", "轮椅", "四肢瘫", NULL}) ||
                      any_word(r->s, (const char *const[]){"sci", "para", "tetra", "quad", NULL}) ||
                      any_sub(r->s, (const char *const[]){"完全性", NULL});
            /* ("T4 complete", "C7 incomplete": the level with its grade) */
            for (const char *q = r->s; *q && !sci; q++) {
                if ((*q != 't' && *q != 'c') || (q > r->s && isalnum((unsigned char)q[-1])) || !isdigit((unsigned char)q[1]))
                    continue;
                const char *e = q + 1;
                while (isdigit((unsigned char)*e)) e++;
                while (*e == ' ') e++;
                sci = !strncmp(e, "complete", 8) || !strncmp(e, "incomplete", 10) || !strncmp(e, "compelte", 8);
            }
            /* (a vertebra broken by osteoporosis is no cord injury) */
            if (any_sub(r->s, (const char *const[]){"fracture", "骨折", "osteopor", "骨质疏松", NULL}) &&
                !any_sub(r->s, (const char *const[]){"spinal cord", "脊髓", "paraplegi", "tetrapleg", "截瘫", NULL}))
                sci = 0;
            int named = said_own(r, (const char *const[]){"dysreflexia", "自主神经反射异常", "自主神经反射", NULL});
            int head = said_own(r, (const char *const[]){"headache", "head is pounding", "head pounding", "pounding head",
                                                         "head's pounding", "head is banging", "head is killing", "throbbing head",
                                                         "head is throbbing", "头痛", "头疼", "头胀", "头很痛", "头好痛", "头很疼",
                                                         "头好疼", "头爆痛", "头要炸", NULL});
            int sign = said_own(r, (const char *const[]){"flush", "red face", "face all red", "face is red", "face has gone red",
                                                         "bright red", "gone red", "blotchy", "sweating above", "sweaty above",
                                                         "sweat above", "sweating buckets", "sweating loads", "stuffy nose",
                                                         "blocked nose", "goosebumps", "脸红", "脸很红", "面红", "满脸通红", "出汗",
                                                         "冒汗", "鼻塞", "鸡皮疙瘩", "面好红", "脸好红", "出好多汗", "出很多汗",
                                                         "好多汗", NULL}) ||
                       (r->out->bp_sys >= 150 && any_sub(r->s, (const char *const[]){"usually", "normally", "平时", "一般",
                                                                                    NULL}));
            int now = any_sub(r->s, (const char *const[]){"right now", "having dysreflexia", "现在", "又", NULL});
            if (high && sci && ((head && (sign || named)) || (named && now))) o->neuro_urgent = 1;
        }
        /* a swim in cold open water planned ("sea swim ... water's about 10
         * degrees", "冬泳"): cold shock's gasp, blood pressure and heart
         * rhythm (Tipton et al. 2017; RNLI) */
        static const char *const open_w[] = {"sea swim", "open water", "cold water", "wild swim", "the sea", "in the sea",
                                             "lake swim", "river swim", "ice swim", "cold plunge", "ice bath", "forty foot",
                                             "冬泳", "冷水浴", "下海", "海泳", "海里游", "水库游", "野泳", "冰水", NULL};
        if (any_sub(r->s, open_w)) {
            int cold = any_sub(r->s, (const char *const[]){"cold", "freezing", "icy", "冷", "冰", "冬", NULL});
            for (int i = 0; i < r->nt && !cold; i++)
                if (r->t[i].kind == T_NUM && r->t[i].val >= 0 && r->t[i].val <= 16 &&
                    span_says(r, i, i + 3 < r->nt ? i + 3 : r->nt,
                              (const char *const[]){"degre", "degres", "deg", "°", "度", "c", NULL}))
                    cold = 1;
            o->cold_water = cold;
        }
        static const char *const elbow_w[] = {"elbow", "肘", NULL};
        if (o->elbow) place_unsure(o, elbow_w);
        static const char *const hip_ache[] = {"屁股", "臀", "髋", "hip", "buttock", NULL};
        if (o->hip_replaced) place_unsure(o, hip_ache); /* the new hip's ache, told */
        o->post_viral = said_own(r, virus) && any_sub(r->s, weeks_ago) && any_word(r->s, drained);
        /* on a blood-pressure medicine already ("吃着氨氯地平", "on amlodipine") */
        static const char *const bp_drug[] = {"amlodipine", "norvasc", "ramipril", "lisinopril", "perindopril", "enalapril",
                                              "losartan", "valsartan", "candesartan", "irbesartan", "telmisartan", "indapamide",
                                              "hydrochlorothiazide", "bendroflumethiazide", "nifedipine", "bp meds", "bp tablets",
                                              "bp pills", "blood pressure meds", "blood pressure tablets", "blood pressure pills",
                                              "blood pressure medication", "pressure pills", "氨氯地平", "络活喜", "硝苯地平",
                                              "缬沙坦", "厄贝沙坦", "替米沙坦", "氯沙坦", "培哚普利", "贝那普利", "降压药", "降压片",
                                              "吃着降压", NULL};
        o->bp_med = said_own(r, bp_drug);
        /* a fever brought down by a tablet ("吃了普拿疼现在退了", "took Tylenol, temp's normal now") */
        static const char *const antipyretic[] = {"paracetamol", "panadol", "tylenol", "acetaminophen", "ibuprofen", "advil",
                                                  "nurofen", "motrin", "退烧药", "退烧片", "布洛芬", "对乙酰氨基酚", "扑热息痛",
                                                  "普拿疼", "必理痛", "美林", "泰诺", NULL};
        o->fever_masked = (o->flags & MR_SYM_FEVER) && any_sub(r->s, antipyretic);
        /* "Cough and a temperature since yesterday": a fever with a cough is a
         * chest infection, an illness below the neck (the neck check) */
        if ((o->flags & MR_SYM_FEVER) && !(o->flags & MR_SYM_ILLNESS)) {
            for (int t = 0; t < r->nt; t++)
                if (words_in(r, t, t + 1, (const char *const[]){"cough", "coughing", "咳嗽", "咳", NULL}) && own_fact(r, r->t[t].off) &&
                    !others_at(r, t)) {
                    set_flag(r, MR_SYM_ILLNESS, t, t + 1);
                    break;
                }
        }
        /* a faint during exertion ("blacked out ... mid sprint", "跑步的时候晕倒了"), and a
         * relative's sudden death young ("my uncle dropped dead at 34 playing footy", "猝死") */
        static const char *const faint[] = {"blacked out", "passed out", "fainted", "went down", "collapsed", "keeled over",
                                            "was out for", "woke up on the", "went grey", "went gray", "hit the deck",
                                            "晕倒", "昏倒", "晕过去", "昏过去", "倒在地上", "倒下了", NULL};
        static const char *const effort[] = {"mid sprint", "mid-sprint", "sprinting", "while running", "during my run",
                                             "during the match", "during the game", "playing", "at the end of", "on the pitch",
                                             "on court", "5-a-side", "five a side", "跑步的时候", "跑步时", "比赛中", "比赛的时候",
                                             "打球的时候", "打球时", "冲刺", "踢球", "beep test", "bleep test", "shuttle run",
                                             "pacer test", "yo-yo test", "during the test", "during practice", "at practice",
                                             "conditioning", "体测", "跑800", "跑1000", NULL};
        if ((o->flags & MR_SYM_DIZZINESS) && sentence_says_both(r, faint, effort)) o->faint_exertion = 1;
        static const char *const lost[] = {"blacked out", "passed out", "fainted", "woke up on the", "came round on the",
                                           "came to on the", "lost consciousness", "knocked myself out", "晕倒", "昏倒", "晕过去",
                                           "昏过去", "不省人事", "失去意识", "暈倒", "昏迷", NULL};
        o->faint_lost = (o->flags & MR_SYM_DIZZINESS) && said_own(r, lost) && !only_nearly(r, lost);
        static const char *const sudden[] = {"dropped dead", "died suddenly", "sudden death", "sudden cardiac",
                                             "died in his sleep", "died in her sleep", "猝死", "突然去世", "突然走了", NULL};
        /* "my uncle died young of 'a heart thing'": a heart death young is the family history too (ESC 2020) */
        o->family_sudden = any_sub(r->s, sudden) ||
                           (any_sub(r->s, (const char *const[]){"died young", "died at 3", "died at 4", "died in his 3",
                                                                "died in his 4", "died in her 3", "died in her 4", "年纪轻轻就走",
                                                                "很年轻就走", "四十多岁就走", "三十多岁就走", NULL}) &&
                            any_sub(r->s, (const char *const[]){"heart", "心脏", "心梗", NULL}));
        /* a faint or a grey-out in exercise told as past ("last month at spin i
         * greyed out near the end", "上个月打球眼前一黑差点晕倒"): unlike one today
         * it sets no warning sign, but the heart is checked before more
         * training, unless the note says it has been (ESC 2020) */
        static const char *const faint_any[] = {"blacked out", "passed out", "fainted", "collapsed", "keeled over", "went grey",
                                                "went gray", "greyed out", "grayed out", "nearly passed out", "almost passed out",
                                                "nearly fainted", "almost fainted", "nearly blacked out", "晕倒", "昏倒", "晕过去",
                                                "昏过去", "差点晕", "眼前一黑", "眼前发黑", "两眼一黑", "暈倒", "差點暈", "暈咗", "晕咗", "暈低", "晕低",
                                                NULL};
        static const char *const effort_any[] = {"at spin", "spin class", "spinning", "off the bike", "near the end", "at the end of",
                                                 "mid sprint", "mid-sprint", "sprinting", "while running", "during my run",
                                                 "on my run", "during a run", "during the match", "during the game", "playing",
                                                 "on the pitch", "on court", "at the gym", "during a workout", "mid workout",
                                                 "mid-workout", "during training", "at training", "at practice", "during practice",
                                                 "during class", "in class", "beep test", "bleep test", "race", "跑步", "比赛",
                                                 "打球", "踢球", "冲刺", "体测", "健身房", "训练", "骑车", "动感单车", "跑完",
                                                 "運動", "运动的时候", "运动时", NULL};
        static const char *const heart_ok[] = {"ecg was normal", "ecg normal", "ecg was fine", "ecg fine", "echo was normal",
                                               "echo normal", "echo was fine", "heart was fine", "heart is fine", "heart's fine",
                                               "heart checked", "heart was checked", "cleared by cardiology", "cardiologist cleared",
                                               "cardiology cleared", "all normal", "all clear", "心电图正常", "心电图没问题",
                                               "心脏彩超正常", "心超正常", "心脏没问题", "查过心脏", "心脏检查正常", "心內科說沒事",
                                               "心内科说没事", "cardiologist checked", "checked everything", "checked out fine",
                                               "checked my heart", "heart checked out", "nothing found", "cardiology checked",
                                               "心脏科看过", "看过心内科", "心内科看过", "检查都正常", "检查没问题", "查了没事",
                                               NULL};
        for (int j = 0; faint_any[j] && !o->faint_effort_past; j++)
            for (const char *at = strstr(r->s, faint_any[j]); at; at = strstr(at + 1, faint_any[j])) {
                if (!own_fact(r, (int)(at - r->s))) continue;
                /* "快晕倒了XD" (about to faint, a figure), "要晕倒": no faint */
                if (at - r->s >= 3 && (!strncmp(at - 3, "快", 3) || !strncmp(at - 3, "要", 3))) continue;
                int s0, s1;
                sent_span(r, tok_at(r, (int)(at - r->s)), &s0, &s1);
                /* (the gym planned later in the sentence is no exercise the faint came in) */
                if (span_says(r, s0, s1, (const char *const[]){"要去", "下班去", "打算", "going to", "gonna", "will go", "plan to",
                                                               NULL}))
                    continue;
                /* (a class, a lesson: a dance or sport class when the note names one, "學芭蕾...上堂...暈咗") */
                if (span_says(r, s0, s1, effort_any) ||
                    (span_says(r, s0, s1, (const char *const[]){"上堂", "上课", "上課", "in class", "at class", "lesson", NULL}) &&
                     any_sub(r->s, (const char *const[]){"芭蕾", "跳舞", "舞蹈", "练舞", "練舞", "ballet", "dance", "dancing",
                                                         "gymnastic", "体操", "體操", "武术", "武術", "跆拳道", "karate",
                                                         "taekwondo", NULL}))) {
                    o->faint_effort_past = 1;
                    break;
                }
            }
        if (any_sub(r->s, heart_ok)) o->faint_effort_past = 0;
        /* a parent, brother, sister or child with an inherited heart disease
         * ("my bro got diagnosed with HCM", "我爸有肥厚型心肌病"), or one who died
         * suddenly young: the family is screened (ECG, echo) before hard
         * sport (ESC 2020 sports cardiology; AHA/ACC 2020 HCM) */
        static const char *const kin[] = {"brother", "bro", "sister", "sis", "dad", "father", "mum", "mom", "mother", "son",
                                          "daughter", "twin", "sibling", "family", "哥", "弟", "姐", "妹", "爸", "妈", "父亲",
                                          "母亲", "儿子", "女儿", "家里", "家人", "媽", "兒子", "家族", NULL};
        static const char *const inherited[] = {"hcm", "hypertrophic cardiomyopathy", "cardiomyopathy", "long qt", "long-qt",
                                                "brugada", "arvc", "arrhythmogenic", "肥厚型心肌病", "肥厚性心肌病", "心肌肥厚",
                                                "心肌病", "长qt", "長qt", "布鲁加达", NULL};
        o->family_heart = (sentence_says_both(r, kin, inherited) && !said_own(r, inherited)) ||
                          (o->family_sudden && any_word(r->s, kin));
        /* "skipping breakfast" is a diet only beside a weight to lose ("trying
         * to drop 5 more lbs ... skipping breakfast lol") */
        static const char *const skip_one[] = {"skipping breakfast", "skipped breakfast", "skip brekkie", "skipping brekkie",
                                               "skipping lunch", "skipped lunch", "no breakfast", "not eating breakfast",
                                               "不吃早饭", "不吃早餐", "不吃午饭", "早饭不吃", "早餐不吃", "午饭不吃", NULL};
        static const char *const slim[] = {"lose weight", "lose", "drop", "lbs", "pounds", "kilos", "weight", "skinny",
                                           "thinner", "减肥", "减重", "瘦", "掉秤", "斤", NULL};
        if (said_own(r, skip_one) && any_word(r->s, slim)) o->skip_meals = 1;
        /* "run every morning before school without breakfast and skip lunch"
         * to "lose half a stone": the plan told beside the weight ("without"
         * negates nothing of it), and nobody else's */
        if ((any_sub(r->s, skip) || any_sub(r->s, skip_one) ||
             any_sub(r->s, (const char *const[]){"without breakfast", "without eating", "without lunch", "on an empty stomach",
                                                 NULL})) &&
            (any_word(r->s, slim) || any_sub(r->s, (const char *const[]){"stone", "lose weight", NULL})) &&
            !anywhere(r, Q_THIRD))
            o->skip_meals = 1;
        /* "早餐都不太吃，晚餐只吃菜跟鸡胸", "barely eat now, some days just a yoghurt": too little for the training */
        if (said_own(r, (const char *const[]){"早餐都不太吃", "早饭都不太吃", "早餐不太吃", "只吃菜", "只吃水煮菜", "不敢吃",
                                              "不怎么吃饭", "基本不吃", "只吃黄瓜", "只啃黄瓜", "只吃水果", "只吃苹果", "只吃沙拉",
                                              "只吃蔬菜", "只喝水", "barely eat", "hardly eat", "just a yoghurt",
                                              "only eat cucumber", "only eating cucumber", "just cucumber", "only eat fruit",
                                              "only eating fruit", "just fruit for dinner",
                                              "just a yogurt", "only eat salad", "eating almost nothing", "no appetite at all",
                                              NULL}))
            o->skip_meals = 1;
        /* the first runs after an injury or its rehab ("she discharged me,
         * how do I ease back into running?"): run-walk, short, progressed by
         * how the joint answers the next day */
        static const char *const back_run[] = {"ease back into running", "ease back into it", "back into running",
                                               "back to running", "return to running", "returning to running",
                                               "first run back", "first run since", "get back to running",
                                               "return to run programme", "return to run program", "return-to-run",
                                               "cleared me to start running", "可以在平地慢跑", "可以平地慢跑",
                                               "start running again", "start jogging", "can start jogging", "cleared to jog",
                                               "back to jogging", "恢复跑步", "重新开始跑", "重新跑步", "重新开跑", "恢复跑",
                                               "可以慢跑了", "开始慢跑", NULL};
        static const char *const was_hurt[] = {"sprain", "sprained", "rolled", "injury", "injured", "surgery", "physio",
                                               "rehab", "fracture", "broke", "tendon", "achilles", "扭伤", "崴", "受伤",
                                               "手术", "康复", "骨折", "跟腱", NULL};
        static const char *const long_ago[] = {"ages ago", "years ago", "year ago", "last year", "long ago", "早好了",
                                               "早就好了", "一年多", "几年", "去年", "上年", "好多年", NULL};
        o->run_return = (any_word(r->s, DISCHARGED) || (any_word(r->s, back_run) && any_word(r->s, was_hurt))) &&
                        !any_sub(r->s, long_ago);
        /* "eating like 800 cal a day": an intake far below what training uses */
        static const char *const kcal[] = {"cal", "cals", "calories", "kcal", "卡", "大卡", "千卡", NULL};
        static const char *const eat[] = {"eat", "eating", "ate", "intake", "diet", "吃", "摄入", NULL};
        for (int i = 0; i + 1 < r->nt; i++)
            if (r->t[i].kind == T_NUM && r->t[i].val >= 300 && r->t[i].val <= 1200 && words_in(r, i + 1, i + 2, kcal)) {
                int s0, s1;
                sent_span(r, i, &s0, &s1);
                if (words_in(r, s0, i, eat)) o->skip_meals = 1;
            }
        static const char *const period[] = {"havent had my period", "haven't had my period", "no period for", "no periods for",
                                             "lost my period", "my period stopped", "my periods stopped", "periods have stopped",
                                             "period has stopped", "月经没来", "大姨妈没来", "例假没来", "停经", "闭经",
                                             "个月没来了", "个月没来月经", "月经好几个月没", "月经已经好几个月",
                                             "几个月没来月经", "月经停了", "月经已经半年", "月经半年没", "半年没来月经", "半年没来例假",
                                             "例假已经半年", "月经已经好几个月", "月经已经几个月", "月经已经好久", "好几个月没来",
                                             "periods haven't come", "haven't had a period in", "havent had a period in",
                                             "haven't had a period for", "havent had a period for", "no period in", "no periods in",
                                             "not had a period in", "not had a period for", NULL};
        o->amenorrhea = said_own(r, period) && !o->menopause; /* periods ended by the menopause are not an athlete's lost ones */
        o->speed_said = any_sub(r->s, (const char *const[]){"get faster", "getting faster", "be faster", "run faster",
                                                            "faster runner", "more speed", "speed work", "speedwork", "my speed",
                                                            "跑得更快", "跑更快", "跑快点", "提速", "爆发力", NULL});
        /* a CGM's trend arrow pointing down ("箭头往下走", "trending down"): the reading will keep falling */
        static const char *const falling[] = {"箭头往下", "箭头向下", "箭头朝下", "箭头下", "往下掉", "一直在掉", "在往下掉",
                                              "下降趋势", "arrow down", "down arrow", "arrow pointing down", "arrows down",
                                              "trending down", "dropping fast", "falling fast", "double down", "going down fast",
                                              "arrow going down", "arrow heading down", "arrow pointing diagonally down",
                                              "arrow is down", "arrow's down", "arrow going diagonally down", "↘", "↓", "趋势往下",
                                              "趋势向下", "箭头斜向下", "箭头斜着往下",
                                              NULL};
        /* a mealtime dose forgotten ("forgot to bolus for lunch", "忘了打胰岛素") */
        o->bolus_missed = any_sub(r->s, (const char *const[]){"forgot to bolus", "forgot my bolus", "forgot the bolus",
                                                              "missed my bolus", "missed the bolus", "missed a bolus",
                                                              "didn't bolus", "didnt bolus", "no bolus", "forgot my insulin",
                                                              "forgot to take my insulin", "missed my insulin", "漏打",
                                                              "忘了打", "忘记打", "忘打胰岛素", "冇打針", "没打胰岛素", NULL});
        /* a mealtime bolus lately ("had my lunch bolus a bit late", "刚打了餐前胰岛素"): insulin still working through the run */
        o->bolus_recent = any_sub(r->s, (const char *const[]){"bolus", "bolused", "餐前胰岛素", "餐时胰岛素", "打了胰岛素",
                                                              "打了诺和锐", "打了速效", "修正量", "打了修正", "按了修正",
                                                              "correction dose", "correction bolus", "corrected", NULL}) &&
                          any_sub(r->s, (const char *const[]){"late", "just", "ago", "recent", "an hour", "刚", "晚了", "小时前",
                                                              "分钟前", "full bolus", "forgot to drop", "forgot to reduce",
                                                              "forgot to lower", "didn't reduce", "didnt reduce", "没减", "忘了减",
                                                              NULL}) &&
                          !o->bolus_missed; /* ("forgot to bolus for lunch": the insulin that is not there) */
        o->glucose_falling = any_sub(r->s, falling) && (o->glucose >= 0 || ((o->flags | r->known) & MR_COND_DIABETES));
        static const char *const acl[] = {"acl", "前十字", "十字韧带", "acl recon", "acl reconstruction", NULL};
        static const char *const pivot[] = {"basketball", "pickup", "soccer", "football", "netball", "rugby", "tennis",
                                            "badminton", "volleyball", "篮球", "足球", "羽毛球", "排球", "网球", NULL};
        o->acl_sport = any_word(r->s, acl) && any_word(r->s, pivot) && !long_healed(r);
        /* "Normally run 5 miles before work", "I usually do 45 min", "平时每天跑40分钟":
         * a habit in minutes (a mile ~10, a km ~6), told with a word for habit */
        /* a rehab programme's sessions ("心脏复健做了八次，在跑步机上走20分钟") are a habit too */
    static const char *const usual[] = {"normaly", "usualy", "usual", "everyday", "daily", "平时",
                                            "一般", "每天", "平常", "每次", "通常", "复健", "康复", "rehab", NULL};
        for (int i = 0; i + 1 < r->nt && !o->habit_minutes; i++) {
            if (r->t[i].kind != T_NUM || r->t[i].val <= 0 || r->t[i].val > 300) continue;
            int s0, s1;
            sent_span(r, i, &s0, &s1);
            /* "a slow 15 min walk is about my limit", "最多能走15分钟": a ceiling told, kept as the session */
            int limit = words_in(r, s0, s1, (const char *const[]){"limit", "max", "极限", "最多", "顶多", NULL}) ||
                        /* "the 20-min walk on Tuesday, I crash for 2 days": the crash's dose is a ceiling too */
                        ((o->notes & MR_NOTE_LONG_COVID) &&
                         words_in(r, s0, s1, (const char *const[]){"crash", "crashed", "crashes", "wiped", "垮", "趴下", "manage", "tolerate",
                                                                   "能走", "能坚持", "受得了", NULL}));
            /* "was doing 40 minutes on the bike three times a week" (in cardiac
             * rehab): a session told with how often it was done is a habit too */
            static const char *const often[] = {"a week", "per week", "times a week", "x a week", "x/week", "每周", "一周",
                                                "每星期", "每个星期", NULL};
            int told_often = span_says(r, i, s1 < r->nt ? s1 + 1 : s1, often) &&
                             !span_says(r, i, s1 < r->nt ? s1 + 1 : s1, (const char *const[]){"week ago", "weeks ago", "周前", "星期前", NULL});
            /* ... or with the count just before it in its clause ("hatha yoga 4 days/week 45 mins at class") */
            told_often |= span_says(r, clause_start(r, i), i, (const char *const[]){"/week", "/wk", "a week", "per week", "x a week",
                                                                                  "每周", "一周", NULL}) &&
                          !span_says(r, clause_start(r, i), i, (const char *const[]){"used to", "before", "以前", "孕前", "之前",
                                                                                   "原来", "过去", NULL});
            if (!words_in(r, s0, i, usual) && !limit && !told_often) continue;
            /* "先从每天跑3公里开始行不行", "can I start with 3 km a day?": a plan asked about, not a habit */
            {
                int c0 = clause_start(r, i), c1 = clause_end(r, i);
                /* ("或者让她每天跟我跑3公里 可以吗": a parent's plan for a child, asked about) */
                if (span_says(r, c0, c1, (const char *const[]){"开始", "行不行", "能不能", "可不可以", "start", "can i",
                                                               "should i", "could i", "让她", "让他", "让孩子", "讓她",
                                                               "讓他", "讓孩子", "have her", "have him", NULL}))
                    continue;
            }
            double v = r->t[i].val, m = 0;
            int u = i + 1; /* "20-min walk": the unit after a hyphen */
            if (u + 1 < r->nt && r->s[r->t[u].off] == '-') u++;
            if (words_in(r, u, u + 1, (const char *const[]){"mile", "miles", "mi", NULL})) m = v * 10;
            else if (words_in(r, u, u + 1, (const char *const[]){"km", "k", "公里", "千米", NULL})) m = v * 6;
            else if (words_in(r, u, u + 1, (const char *const[]){"min", "mins", "minute", "minutes", "分钟", NULL})) m = v;
            else if (words_in(r, u, u + 1, (const char *const[]){"hour", "hours", "hr", "hrs", "小时", NULL})) m = v * 60;
            /* "30 miles a week", "每周跑50公里", "150 min a week": a week's
             * total, spread over about four sessions (a runner's week) */
            if (m > 0 && (words_in(r, u + 1, u + 3 < r->nt ? u + 3 : r->nt,
                                   (const char *const[]){"week", "wk", "weekly", NULL}) ||
                          words_in(r, u + 1, u + 2, (const char *const[]){"weekly", "pw", "mpw", "/week", "/wk", NULL}) ||
                          words_in(r, i - 3 < s0 ? s0 : i - 3, i, (const char *const[]){"每周", "一周", "每星期", "每个星期", "周跑量", "周跑",
                                                                                    "周量", "weekly", NULL})))
                m /= 4;
            if (m >= 15 && m <= 150) o->habit_minutes = (int)(m + 0.5);
        }
        static const char *const fatburn[] = {"fat burning zone", "fat-burning zone", "fat burn zone", "fatburning zone",
                                              "burn fat", "burning fat", "fat burning heart rate", "燃脂心率", "燃脂区间",
                                              "燃脂区", "燃脂区间心率", "燃烧脂肪", NULL};
        o->fatburn_asked = any_word(r->s, fatburn) && any_sub(r->s, (const char *const[]){"?", "？", "吗", "what", "多少",
                                                                                        "is that", NULL});
        /* "around the 10 min mark my calf starts cramping ... I have to stop by
         * a bench for a couple minutes, then it goes away": claudication */
        static const char *const calf[] = {"calf", "calves", "小腿", "腿肚", "buttock", NULL};
        static const char *const walking[] = {"walk", "walks", "walked", "walking", "走路", "走一段", "走到", "散步", NULL};
        static const char *const ache[] = {"cramp", "cramping", "ache", "aching", "pain", "hurt", "hurts", "疼", "痛", "酸",
                                           "抽筋", NULL};
        static const char *const eases[] = {"have to stop", "had to stop", "stop by a bench", "then it goes away", "goes away",
                                            "goes off", "eases", "停下来", "歇一会", "歇一下", "歇会", "停一会", "休息一下就好",
                                            "就好了", NULL};
        o->claudication = any_word(r->s, calf) && any_word(r->s, walking) && any_word(r->s, ache) && any_word(r->s, eases) &&
                          !pregnant(r) && !anywhere(r, S_INJURY) && !(o->notes2 & MR_NOTE2_PAD);
        static const char *const sglt2[] = {"jardiance", "empagliflozin", "forxiga", "farxiga", "dapagliflozin",
                                            "invokana", "canagliflozin", "ertugliflozin", "steglatro", "synjardy", "xigduo",
                                            "恩格列净", "达格列净", "卡格列净", "欧唐静", "安达唐", NULL};
        o->sglt2 = said_own(r, sglt2);
        static const char *const stim[] = {"vyvanse", "elvanse", "lisdexamfetamine", "adderall", "dexedrine", "dexamfetamine",
                                           "dexamphetamine", "ritalin", "concerta", "methylphenidate", "focalin", "mydayis",
                                           "adhd meds", "adhd med", "adhd medication", "adhd medicine", "adhd pills",
                                           "哌甲酯", "利他林", "专注达", "專注達", "择思达", "安非他命", "苯丙胺",
                                           "多动症的药", "多動症的藥", "adhd的药", "adhd的藥", NULL};
        /* atomoxetine (择思达/Strattera) is no stimulant, but raises the heart rate and sweating likewise */
        o->stimulant = said_own(r, stim);
        /* androgen deprivation for prostate cancer, an aromatase inhibitor for
         * breast cancer: bone is lost on them (ACSM roundtable, Campbell et al. 2019) */
        static const char *const bone_drug[] = {"zoladex", "goserelin", "lupron", "leuprolide", "leuprorelin", "prostap",
                                                "eligard", "degarelix", "firmagon", "decapeptyl", "triptorelin", "abiraterone",
                                                "zytiga", "enzalutamide", "xtandi", "bicalutamide", "casodex",
                                                "androgen deprivation", "letrozole", "femara", "anastrozole", "arimidex",
                                                "exemestane", "aromasin", "aromatase inhibitor", "诺雷德", "諾雷德", "戈舍瑞林",
                                                "亮丙瑞林", "抑那通", "比卡鲁胺", "康士得", "阿比特龙", "恩杂鲁胺", "来曲唑",
                                                "弗隆", "阿那曲唑", "瑞宁得", "依西美坦", "阿诺新", "去势治疗", "芳香化酶抑制剂",
                                                NULL};
        o->bone_drug = said_own(r, bone_drug);
        o->ear_infection = said_own(r, (const char *const[]){"ear infection", "swimmer's ear", "swimmers ear", "otitis",
                                                             "中耳炎", "外耳炎", "耳朵发炎", "耳道发炎", "耳朵感染", "耳道感染",
                                                             "耳朵流脓", NULL});
        {
            static const char *const stopped[] = {"stopped sweating", "quit sweating", "no longer sweating", "not sweating anymore",
                                                  "stop sweating", "不出汗了", "不流汗了", "汗都不出了", "没汗了", NULL};
            static const char *const confused[] = {"confused", "disoriented", "disorientated", "didn't know where i was",
                                                   "迷糊", "糊涂", "神志不清", "意识模糊", NULL};
            static const char *const hot[] = {"heat", "hot", "heatwave", "sun", "热", "中暑", "高温", "太阳", NULL};
            static const char *const cola[] = {"like cola", "cola-coloured", "cola colored", "cola coloured", "colour of cola",
                                               "color of cola", "like coke", "tea-coloured", "tea colored", "dark like tea",
                                               "brown urine", "brown wee", "brown pee", "可乐色", "像可乐", "茶色", "酱油色",
                                               "浓茶色", "深褐色", NULL};
            static const char *const urine[] = {"wee", "pee", "urine", "piss", "尿", NULL};
            /* urine dark and scant after a hot day's work, with aching or cramping
             * muscles ("pee very dark like teh-o and not much ... legs cramping"):
             * dehydration with muscle breakdown's signs (ACSM 2007; NATA 2015) */
            static const char *const dark[] = {"very dark", "dark like", "teh-o", "teh o", "dark urine", "dark pee", "dark wee",
                                               "pee is dark", "urine is dark", "wee is dark", "尿很深", "尿色很深", "尿色发深",
                                               "尿很黄", "尿黄得厉害", "尿得很少", "尿好少", NULL};
            static const char *const aching[] = {"cramp", "cramping", "aching", "ache", "sore", "抽筋", "酸痛", "酸疼", "肌肉疼",
                                                 "肌肉痛", NULL};
            o->heat_illness = said_own(r, stopped) || (said_own(r, confused) && any_sub(r->s, hot)) ||
                              (said_own(r, cola) && any_sub(r->s, urine)) ||
                              (said_own(r, dark) && any_sub(r->s, urine) && any_sub(r->s, aching) && any_sub(r->s, hot));
            /* stopping lithium (or another mood stabiliser), or bipolar
             * disorder, with nights of little sleep and a rush of energy:
             * the start of a manic episode (NICE CG185, 2014/2023) */
            static const char *const stabiliser[] = {"lithium", "lamotrigine", "valproate", "depakote", "quetiapine", "seroquel",
                                                     "olanzapine", "my mood stabiliser", "my mood stabilizer", "碳酸锂", "锂盐",
                                                     "丙戊酸", "喹硫平", "奥氮平", NULL};
            static const char *const stopped_med[] = {"stopped my", "stopped taking", "quit my", "quit taking", "came off",
                                                      "off my meds", "off my lithium", "ditched my", "停了", "停药", "自己停",
                                                      "不吃了", NULL};
            static const char *const bipolar[] = {"bipolar", "manic depression", "双相", "躁郁", "躁狂", NULL};
            static const char *const no_sleep[] = {"haven't slept", "havent slept", "havent really slept", "haven't really slept",
                                                   "cant sleep", "can't sleep", "no sleep", "without sleep", "2 nights", "two nights",
                                                   "don't need sleep", "dont need sleep", "几天没睡", "两晚没睡", "没怎么睡",
                                                   "不用睡", "睡不着", NULL};
            static const char *const rush[] = {"feel amazing", "feel AMAZING", "energy is unreal", "unstoppable", "racing thoughts",
                                               "best i've felt", "best ive felt", "精力特别旺", "精力旺盛", "停不下来", "特别兴奋",
                                               NULL};
            o->mania = ((said_own(r, stabiliser) && any_sub(r->s, stopped_med)) || said_own(r, bipolar)) &&
                       (any_sub(r->s, no_sleep) || any_sub(r->s, rush));
            static const char *const cramp[] = {"cramp", "cramps", "crampy", "cramping", "抽筋", "抽了筋", "腿抽", "nausea",
                                                "nauseous", "queasy", "恶心", "想吐", NULL};
            o->heat_signs = (o->notes & MR_NOTE_HEADACHE) || (said_own(r, cramp) && !(o->notes & MR_NOTE_PERIOD_PAIN));
        }
        {
            static const char *const foot[] = {"toe", "foot", "feet", "sole", "heel", "脚趾", "脚底", "脚上", "脚掌", "脚后跟", NULL};
            static const char *const wound[] = {"cut", "blister", "sore on", "ulcer", "wound", "pus", "oozing", "weeping",
                                                "伤口", "水泡", "破了", "破皮", "溃烂", "溃疡", "流脓", "化脓", "流水", NULL};
            o->foot_wound = said_own(r, foot) && said_own(r, wound);
            o->foot_infected = o->foot_wound &&
                               said_own(r, (const char *const[]){"pus", "yellow", "green", "oozing", "weeping", "red around",
                                                                 "red round", "redness", "gone red", "turned red", "warm",
                                                                 "swollen", "swelling", "smell", "流脓", "化脓", "有脓", "发红",
                                                                 "红肿", "渗液", "流水", "发热", "发烫", "黄水", "发黄", "臭", NULL});
            /* skin that stays red after the pressure is off (non-blanching),
             * a blister or broken skin: on an amputee's stump under the
             * socket (1), or over the tailbone, a sit bone or a heel with a
             * spinal injury or a wheelchair (2), a pressure injury's start
             * (NPIAP 2019; the prosthetist for the socket) */
            static const char *const mark[] = {"red patch", "red mark", "red spot", "red area", "still red", "stays red",
                                               "doesnt go white", "doesn't go white", "does not go white", "doesnt blanch",
                                               "doesn't blanch", "non-blanching", "non blanching", "pressure sore", "pressure ulcer",
                                               "pressure injury", "bed sore", "bedsore", "blister", "broken skin", "skin broke",
                                               "不变白", "不褪色", "红了一块", "一块红", "块红的", "红印", "发红", "压疮", "褥疮",
                                               "压力性损伤", "磨破", "破皮", "水泡", NULL};
            static const char *const stump[] = {"stump", "residual limb", "socket", "prosthe", "amputee", "amputation", "残肢",
                                                "假肢", "接受腔", "截肢", NULL};
            static const char *const seat[] = {"tailbone", "coccyx", "sacrum", "sit bone", "sitting bone", "buttock", "bum",
                                               "butt", "heel", "尾骨", "屁股", "骶", "坐骨", "臀", "脚后跟", NULL};
            static const char *const chair[] = {"wheelchair", "chair user", "paraplegi", "tetrapleg", "quadripleg", "spinal cord",
                                                "sci ", "轮椅", "截瘫", "瘫痪", "脊髓", NULL};
            if (said_own(r, mark) && any_sub(r->s, stump) && any_sub(r->s, (const char *const[]){"stump", "residual limb",
                                                                                               "socket", "残肢", "接受腔",
                                                                                               "断端", NULL}))
                o->pressure_sore = 1;
            else if (said_own(r, mark) && any_sub(r->s, seat) && any_sub(r->s, chair))
                o->pressure_sore = 2;
        }
        o->diuretic = said_own(r, (const char *const[]){"fluid tablet", "fluid pill", "water pill", "water tablet", "diuretic",
                                                        "hydrochlorothiazide", "hctz", "indapamide", "chlorthalidone",
                                                        "bendroflumethiazide", "furosemide", "frusemide", "lasix", "spironolactone",
                                                        "利尿剂", "利尿药", "利尿", "氢氯噻嗪", "双氢克尿噻", "吲达帕胺", "呋塞米", "速尿",
                                                        "螺内酯", "排水的药", NULL});
        /* four or more coffees (or energy drinks) a day: past the 400 mg a day held safe (EFSA 2015) */
        for (int i = 0; i + 1 < r->nt && !o->caffeine_high; i++) {
            double v;
            int j;
            if (!number_at(r, i, &v, &j) || v < 4 || v > 30) continue;
            static const char *const cups[] = {"杯咖啡", "罐红牛", "罐咖啡", "杯美式", "coffees", "cups of coffee", "espressos",
                                               "energy drinks", "red bulls", "monsters", NULL};
            int e = j + 4 < r->nt ? j + 4 : r->nt;
            o->caffeine_high = words_in(r, j, e, cups) || span_says(r, j, e, cups);
        }
        o->flexion_said = any_sub(r->s, (const char *const[]){"sit-up", "sit up", "situp", "crunch", "roll-down", "roll down",
                                                              "rolldown", "twist", "toe touch", "touch my toes", "仰卧起坐",
                                                              "卷腹", "转体", "扭转", "弯腰摸", "体前屈", NULL});
        o->wbc_low = any_sub(r->s, (const char *const[]){"白细胞最低", "白细胞低", "白细胞有点低", "白细胞偏低", "粒细胞低",
                                                         "粒细胞减少", "血象低", "nadir", "low white count", "white count is low",
                                                         "white count's low", "white cells are low", "neutropenic", "neutrophils are low",
                                                         "low neutrophils", "counts are low", "low counts", NULL});
        /* shaky and sweaty on a sulfonylurea or insulin ("吃了格列美脲…出虚汗，手有点抖"):
         * a low's signs, whatever the writer blames them on (ADA 2024: the
         * sulfonylureas cause lows, exercise more so) */
        {
            const char *const *su = su_w;
            static const char *const signs[] = {"手抖", "手有点抖", "发抖", "手发抖", "出虚汗", "出冷汗", "冒冷汗", "冒虚汗", "饿得心慌",
                                                "shaky", "shaking", "trembling", "the shakes", "sweaty", "clammy", "cold sweat",
                                                "cold sweats", NULL};
            /* now, not the low of a story ("上个月有一次走着走着手抖出冷汗", "once, last time") */
            static const char *const past[] = {"之前", "以前", "上次", "上回", "去年", "上个月", "有一次", "有过一次", "once",
                                               "last time", "last year", "last month", "before", "used to", NULL};
            if ((said_own(r, su) || (o->notes & MR_NOTE_INSULIN)) && said_own_now(r, signs, past) && !(o->flags & MR_SYM_FEVER)) {
                o->notes |= MR_NOTE_LOW_GLUCOSE;
                o->low_signs = 1;
            }
            /* a meal skipped on a sulfonylurea or insulin ("skipped lunch today, only tea"): the walk can bring on a low */
            static const char *const skipped[] = {"skipped lunch", "skipped breakfast", "skipped dinner", "skipped food",
                                                  "missed lunch", "missed breakfast", "no lunch", "no breakfast", "haven't eaten",
                                                  "havent eaten", "not eaten", "没吃午饭", "没吃早饭", "没吃饭", "午饭没吃",
                                                  "早饭没吃", "还没吃", "饭都没吃", "没顾上吃", NULL};
            if ((said_own(r, su) || (o->notes & MR_NOTE_INSULIN)) && said_own(r, skipped)) o->meal_skipped_su = 1;
        }
        o->platelets = platelet_count(r);
        /* blood counts given as numbers: neutrophils under 1.5 x10^9/l is
         * neutropenia (infection risk: no pools or crowds), haemoglobin in
         * g/dl or g/l (effort feels harder, the heart runs fast) */
        {
            double n = lab_value(r, (const char *const[]){"neutrophils", "neutrophil", "neuts", "anc", "中性粒细胞", "中性粒",
                                                          NULL});
            if (n >= 100) n /= 1000; /* 800 per microlitre */
            if (n > 0 && n < 1.5) o->wbc_low = 1;
            double hb = lab_value(r, (const char *const[]){"血红蛋白", "血色素", "haemoglobin", "hemoglobin", "hgb", "hb", NULL});
            if (hb >= 30 && hb < 250) hb /= 10; /* g/l */
            if (hb >= 3 && hb < 25) o->hb_gdl = (float)hb;
        }
        /* a low in the night (after a day of training): the delayed low */
        {
            static const char *const low[] = {"went low", "low at", "hypo at", "had a hypo", "had a low", "woke up low", "低血糖",
                                              "血糖低", "掉到", NULL};
            static const char *const small_hours[] = {"3 am", "3am", "2 am", "2am", "4 am", "4am", "1 am", "1am", "overnight",
                                                "in the night", "middle of the night", "at night", "woke up low", "半夜",
                                                "夜里", "凌晨", "夜间", "睡着", NULL};
            int at_night = 0; /* the low and the small hours in one sentence ("went low at 3 am (2.8)") */
            for (int k = 0; low[k] && !at_night; k++)
                for (const char *at = strstr(r->s, low[k]); at && !at_night; at = strstr(at + 1, low[k])) {
                    int t = tok_at(r, (int)(at - r->s)), s0, s1;
                    if (t >= r->nt) continue;
                    sent_span(r, t, &s0, &s1);
                    at_night = span_says(r, s0, s1, small_hours);
                }
            /* (the pump is read later: the insulin's own words, or a pump or type 1 said) */
            o->night_low = ((o->notes & MR_NOTE_INSULIN) || any_sub(r->s, (const char *const[]){"pump", "type 1", "t1d", "1型", "胰岛素泵", NULL})) &&
                           at_night;
        }
        o->line_in = said_own(r, (const char *const[]){"picc", "central line", "hickman", "port-a-cath", "portacath",
                                                       "chemo port", "输液港", "留置管", "中心静脉导管", "深静脉置管", NULL}) &&
                     !any_sub(r->s, (const char *const[]){"picc removed", "picc is out", "picc came out", "picc's out",
                                                          "line removed", "line is out", "拔了", "拔掉了", "已经拔", "拔管了", NULL});
        /* with the line in, that arm swollen or tight ("整隻右手臂腫腫的 ... 錶帶變緊",
         * "my PICC arm is puffy, ring won't come off"): a line-related clot
         * until an ultrasound says not, whatever the writer blames it on
         * (NICE NG158, 2020; Macmillan PICC guidance) */
        if (o->line_in) {
            static const char *const arm[] = {"手臂", "胳膊", "上臂", "手指", "手背", "手腕", "表带", "戒指", "arm", "hand",
                                              "fingers", "wrist", "watch strap", "watchband", "watch band", "ring", NULL};
            static const char *const puffy[] = {"肿", "胀", "变紧", "紧绷", "勒", "粗了", "swollen", "swelling", "swell",
                                                "puffy", "puffier", "puffed", "tight", "bigger than", "won't come off",
                                                "wont come off", NULL};
            static const char *const not_puffy[] = {"不肿", "没肿", "没有肿", "no swelling", "not swollen", "isn't swollen",
                                                    "no arm swelling", NULL};
            o->line_arm = said_own(r, arm) && said_own(r, puffy) && !any_sub(r->s, not_puffy);
        }
        /* hand-foot syndrome (capecitabine, sunitinib, sorafenib): named, or
         * the soles or palms red, blistered, peeling or sore on such a drug
         * (Lacouture 2018, MASCC; the drugs' SmPCs) */
        {
            static const char *const named[] = {"hand-foot", "hand foot", "hand and foot syndrome", "palmar-plantar",
                                                "palmar plantar", "手足综合征", "手足综合症", "手足反应", "手足皮肤反应", NULL};
            static const char *const drug[] = {"capecitabine", "xeloda", "卡培他滨", "希罗达", "sunitinib", "sutent", "sorafenib",
                                               "nexavar", "regorafenib", "cabozantinib", "lenvatinib", "axitinib", "舒尼替尼",
                                               "索拉非尼", "瑞戈非尼", "阿帕替尼", "仑伐替尼", "5-fu", "fluorouracil", "氟尿嘧啶", NULL};
            static const char *const sole[] = {"sole", "palm", "feet", "foot", "heel", "脚底", "脚掌", "脚跟", "手掌", "手心", NULL};
            static const char *const skin[] = {"blister", "peel", "red", "cracked", "raw", "hurts to walk", "sore", "burn",
                                               "水泡", "起泡", "脱皮", "发红", "红肿", "裂", "走路痛", "走路疼", NULL};
            o->hand_foot = said_own(r, named) || (said_own(r, drug) && said_own(r, sole) && said_own(r, skin));
        }
        o->oxaliplatin = said_own(r, (const char *const[]){"oxaliplatin", "eloxatin", "folfox", "folfirinox", "xelox", "capox",
                                                           "奥沙利铂", "乐沙定", NULL});
        /* the writer's ICD fired lately ("Saturday ... the defib went off"), not
         * "went off once last year, nothing since" (the time in its sentence) */
        {
            static const char *const shock[] = {"defib went off", "defibrillator went off", "icd went off", "icd fired",
                                                "icd shocked", "defib fired", "defibrillator fired", "got shocked by my",
                                                "除颤器放电", "除颤器响", "除颤器打了", "zap from my defib", "zap from my icd",
                                                "zapped by my defib", "zapped by my icd", "defib zapped", "icd zapped",
                                                "defib shocked me", "icd shocked me", "shock from my defib", "shock from my icd",
                                                "defib gave me a shock", "icd gave me a shock", "defib kicked", "icd kicked",
                                                "被除颤器电", "除颤器电了", "除颤器放咗电", "除颤器电咗", NULL};
            static const char *const shock_ago[] = {"last year", "years ago", "year ago", "months ago", "month ago", "去年",
                                                    "年前", "几个月前", "个月前", NULL};
            o->icd_shock = said_own_now(r, shock, shock_ago);
            /* the implant's first 6 weeks (no overhead work with that arm)
             * are behind a device in "since 2022" or "for three years" */
            static const char *const dev[] = {"icd", "defib", "pacemaker", "pacer", "除颤器", "除顫器", "起搏器", "節律器",
                                              "节律器", NULL};
            static const char *const old[] = {"since 19", "since 20", "years ago", "year ago", "years now", "for years",
                                              "yrs", "年了", "多年", "年前", "几年", "幾年", NULL};
            o->device_old = sentence_says_both(r, dev, old);
            o->icd = said_own(r, icd_w);
        }
        o->glp1 = said_own(r, (const char *const[]){"wegovy", "ozempic", "mounjaro", "zepbound", "semaglutide", "tirzepatide",
                                                    "saxenda", "liraglutide", "rybelsus", "trulicity", "dulaglutide",
                                                    "司美格鲁肽", "诺和泰", "替尔泊肽", "利拉鲁肽", NULL});
        o->keto = said_own(r, (const char *const[]){"keto", "ketogenic", "low carb diet", "low-carb diet", "carnivore diet", "生酮",
                                                    "断碳", "不吃碳水", "不吃主食", NULL});
        /* the back's red flags: numb in the saddle area, or a new bladder or
         * bowel change, told beside back or leg pain (NICE CKS sciatica) */
        {
            static const char *const saddle[] = {"saddle numbness", "saddle area", "saddle region", "saddle anaesthesia",
                                                 "saddle anesthesia", "numb around my bum", "numb around my bottom", "numb down there",
                                                 "numbness down there", "numb between my legs", "numbness between my legs",
                                                 "numb around my groin", "groin is numb", "bum is numb", "bottom is numb",
                                                 "butt is numb", "numb bum", "numb butt", "can't feel when i wipe",
                                                 "cant feel when i wipe", "can't feel the toilet paper", "会阴麻", "会阴发麻",
                                                 "會陰麻", "屁股周围麻", "屁股周围发麻", "肛门周围麻", "肛门周围发麻", "裆部麻",
                                                 "裆部发麻", "私处麻", "屁股一圈麻", "擦屁股没感觉", "大腿内侧麻", "大腿内侧发麻",
                                                 "weird down below when i wipe", "down below when i wipe", "numb when i wipe",
                                                 "weird when i wipe", "numb down below", "down below is numb", NULL};
            static const char *const bladder[] = {"trouble peeing", "trouble passing urine", "difficulty passing urine",
                                                  "difficulty peeing", "can't pee", "cant pee", "cannot pee", "hard to pee",
                                                  "struggling to pee", "can't start peeing", "can't get the pee out",
                                                  "lost control of my bladder", "lost control of my bowels",
                                                  "hard time peeing", "hard time passing urine", "hard to pass urine",
                                                  "trouble urinating", "difficulty urinating", "can't urinate", "cant urinate",
                                                  "didn't know i needed to pee", "couldn't feel i needed", "尿不出", "排尿困难",
                                                  "排尿費力", "排尿费力", "小便困难", "小便不出来", "尿不出来", "尿尿费劲",
                                                  "尿失禁", "大小便失禁", "憋不住尿", "控制不住小便", "控制不住大便", "尿裤子",
                                                  "couldn't really tell if i needed to pee", "couldn't tell if i needed to pee",
                                                  "can't tell if i need to pee", "cant tell if i need to pee",
                                                  "can't tell when i need to pee", "then dribbled", "dribbled a bit",
                                                  "dribbling urine", "不知道自己要不要尿", "感觉不到要尿", "尿了一点在裤子上",
                                                  "job peeing", "trouble peeing", "hard to pee", "struggling to pee", "can't pee",
                                                  "cant pee", "尿不出", "排尿困难", NULL};
            static const char *const back[] = {"back", "sciatica", "disc", "lumbar", "spine", "legs", "腰", "坐骨", "椎间盘",
                                               "脊", "两条腿", "双腿", NULL};
            /* numbness a few words from the saddle area ("kind of numb around my backside", "屁股周围有点麻") */
            static const char *const numb[] = {"numb", "numbness", "tingly", "tingling", "pins and needles", "麻", "没感觉",
                                               "沒感覺", NULL};
            /* around the saddle area, not the buttock down one leg ("从屁股麻到小腿" is
             * sciatica) nor a seat sat on too long ("屁股都坐麻了") */
            static const char *const seat[] = {"around my backside", "around my bum", "around my bottom", "around my butt",
                                               "around my groin", "round my bum", "round my backside", "between my legs",
                                               "in my groin", "my privates", "down there", "down below", "perineum", "屁股周围", "屁股一圈",
                                               "肛门周围", "会阴", "會陰", "裆部", "私处", NULL};
            int seat_numb = 0;
            for (int i = 0; i < r->nt && !seat_numb; i++)
                if (words_in(r, i, i + 1, numb) || span_says(r, i, i + 1, numb))
                    seat_numb = span_says(r, i - 6 < 0 ? 0 : i - 6, i + 7 < r->nt ? i + 7 : r->nt, seat) && !others_at(r, i) &&
                                nearest_before(r, i, Q_NEG, 3) < 0;
            /* a numb bum after hours in the saddle is the saddle's */
            int riding = any_sub(r->s, (const char *const[]){"bike", "cycling", "ride", "riding", "spin class", "saddle sore",
                                                             "骑车", "骑行", "单车", "動感單車", "动感单车", NULL});
            o->cauda_equina = (((seat_numb || said_own(r, saddle)) && !riding) || said_own(r, bladder)) && any_sub(r->s, back) &&
                              !any_sub(r->s, (const char *const[]){"pregnan", "怀孕", "孕", "uti", "bladder infection",
                                                                   "尿路感染", "prostate", "前列腺", "postpartum", "产后",
                                                                   "sneeze", "打喷嚏", "when i cough", "咳嗽的时候", NULL});
            /* cancer spread to the spine with back pain and a leg newly weak,
             * numb or tingling, or the bladder: the cord pressed by it
             * (metastatic spinal cord compression), an emergency (NICE NG234, 2023) */
            if (any_sub(r->s, (const char *const[]){"mets in spine", "mets in my spine", "mets in the spine", "spine mets",
                                                    "spinal mets", "spread to my spine", "spread to the spine", "spread to spine",
                                                    "bone mets", "metastases in", "脊柱转移", "骨转移", "转移到脊", "转移到骨",
                                                    NULL}) &&
                any_sub(r->s, back) &&
                (said_own(r, bladder) || said_own(r, (const char *const[]){"leg a bit weak", "leg weak", "legs weak", "weak leg",
                                                                           "leg is weak", "legs are weak", "tingly", "numb",
                                                                           "腿没劲", "腿无力", "腿发麻", "腿麻", "腿软", NULL})))
                o->cauda_equina = 1;
        }
        /* "血糖都没顾上测（二型）": the type named beside the glucose is the writer's diabetes */
        if (any_sub(r->s, (const char *const[]){"(二型)", "(2型)", "(一型)", "(1型)", "二型)", "2型)", NULL}) &&
            any_sub(r->s, (const char *const[]){"血糖", "测糖", "sugar", "glucose", NULL})) {
            int third = 0; /* "我妈血糖高（二型）": hers */
            for (int k = 0; k < r->nh && !third; k++) third = r->h[k].c == Q_THIRD;
            if (!third) o->flags |= MR_COND_DIABETES;
        }
        /* "mi have pressure an sugar": both, in the Caribbean's words (the reader takes one name per phrase) */
        if (said_own(r, (const char *const[]){"pressure an sugar", "pressure and sugar", "sugar and pressure", "sugar an pressure",
                                               "sugar and the pressure", "pressure and the sugar", NULL}))
            o->flags |= MR_COND_HYPERTENSION | MR_COND_DIABETES;
        static const char *const steps[] = {"10,000 steps", "10000 steps", "10k steps", "steps a day", "steps per day",
                                            "step count", "step goal", "一万步", "1万步", "每天走多少步", "走多少步", "步数", NULL};
        o->steps_asked = any_word(r->s, steps) && any_sub(r->s, (const char *const[]){"?", "？", "吗", "realistic",
                                                                                    "how many", "多少", NULL});
        /* a daily walker: the week keeps a walk on its rest days (WHO 2020:
         * activity spread over the week; every minute counts). Not a past
         * habit ("used to walk every day") nor a step count asked about. */
        static const char *const daily_walk[] = {"walk every day", "walk everyday", "walk daily", "walks every day", "walks everyday",
                                                 "walk every morning", "walk every evening", "walk every night", "walking every day",
                                                 "walking daily", "walk most days", "walks most days", "daily walk", "daily walks",
                                                 "walk the dog every", "walk my dog every", "walk the dog twice a day", "dog walks every",
                                                 "每天走", "每天都走", "每天早上走", "每天晚上走", "每天饭后走", "每天散步", "每天都散步",
                                                 "每天快走", "每天都快走", "每天早上散步", "每天晚上散步", "每天早上快走", "每天晚饭后",
                                                 "天天走", "天天散步", "天天快走", "每天遛狗", "每天都遛狗", "每天走路", "每日行", "日日行", NULL};
        /* asked ("能不能每天走得再快一点"): the walks are daily either way */
        /* "我每天早上跟几个老姐妹在公园走一圈": every day and the walk in one
         * clause, with the company and the place between them */
        int daily_clause = 0;
        {
            static const char *const walkw[] = {"走一圈", "走两圈", "走几圈", "走走", "走路", "散步", "快走", "遛弯", "walk", NULL};
            static const char *const every[] = {"每天", "天天", "每日", "每个早上", "每天早上", "every day", "everyday",
                                                "every morning", "every evening", "each morning", "daily", NULL};
            for (int k = 0; walkw[k] && !daily_clause; k++)
                for (const char *at = strstr(r->s, walkw[k]); at && !daily_clause; at = strstr(at + 1, walkw[k])) {
                    int t = tok_at(r, (int)(at - r->s));
                    if (t >= r->nt) continue;
                    int c0 = clause_start(r, t), c1 = clause_end(r, t);
                    /* the friends one walks with are company, not the walkers ("跟几个老姐妹") */
                    int company = span_says(r, c0, c1, (const char *const[]){"跟", "和", "同", "with", NULL}) &&
                                  !span_says(r, c0, c1, (const char *const[]){"我妈", "我爸", "妈妈", "爸爸", "老公", "老婆",
                                                                           "my mum", "my mom", "my dad", "my wife",
                                                                           "my husband", NULL});
                    daily_clause = (own_fact(r, (int)(at - r->s)) || company) && span_says(r, c0, c1, every) &&
                                   !span_says(r, c0, c1, (const char *const[]){"跑", "run", "jog", "以前", "used to", "过去", NULL});
                }
        }
        o->walks_daily = (said_own(r, daily_walk) || daily_clause ||
                          any_sub(r->s, (const char *const[]){"能不能每天", "可不可以每天", "能每天走", "can i walk every", "ok to walk every",
                                                              NULL})) && !o->steps_asked &&
                         !any_sub_unless(r->s, (const char *const[]){"used to walk", "以前每天", "以前天天", "过去每天", "不能每天", "没法每天",
                                                                     "没办法每天", "can't walk", "cannot walk", "can not walk", NULL},
                                         (const char *const[]){"能不能每天", NULL});
        /* asks whether a weight target is realistic ("50 lbs by next summer, is that realistic??") */
        o->loss_asked = o->loss_kg_week > 0 &&
                        any_sub(r->s, (const char *const[]){"realistic", "doable", "possible", "achievable", "can i do it",
                                                            "现实", "能做到", "做得到", "可能吗", "可行", "靠谱", NULL});
        /* a pool they can use ("there's a pool at the Y", "小区有游泳馆"): the
         * water carries the weight a sore knee or a heavy body cannot */
        static const char *const pool[] = {"a pool", "the pool", "pool at", "pool near", "pool by", "water aerobics",
                                           "aqua aerobics", "aquafit", "aqua fit", "water walking", "泳池", "游泳池", "游泳馆",
                                           "水中有氧", "水中健身", "水中走", NULL};
        static const char *const no_pool[] = {"太远", "远了", "too far", "far away", "no pool", "没有泳池", "没有游泳",
                                              "去不了", "can't get to", "cant get to", NULL};
        o->pool_access = said_own(r, pool) && !(o->notes2 & MR_NOTE2_POOL_CLOSED) && !any_sub(r->s, no_pool);
        /* a gym or a machine at home ("a gym membership I never use", "会所有跑步机"):
         * the bike and the cross-trainer are there when outside is not */
        static const char *const gym[] = {"gym membership", "membership at", "gym at work", "work gym", "office gym",
                                          "gym in my building", "building has a gym", "have a gym", "got a gym", "gym near",
                                          "gym down the road", "gym round the corner", "little gym", "健身房会员", "健身卡",
                                          "办了卡", "有健身房", "健身房就在", "健身房會員", NULL};
        static const char *const bike[] = {"exercise bike", "spin bike", "peloton", "bikes in the gym", "indoor bike",
                                           "stationary bike", "turbo trainer", "smart trainer", "bike trainer", "wattbike", "watt bike",
                                           "assault bike", "air bike", "echo bike", "动感单车", "健身车",
                                           "单车机", "单车机", "室内单车", "室内自行车", "骑行台", "單車機", "動感單車", NULL};
        static const char *const xtrainer[] = {"cross-trainer", "cross trainer", "elliptical", "椭圆机", "橢圓機", NULL};
        static const char *const no_gym[] = {"no gym", "don't have a gym", "dont have a gym", "没有健身房", "没健身房",
                                             "can't afford a gym", "cant afford a gym", NULL};
        /* "no gym membership but an old exercise bike in the garage": the
         * denial takes the gym, not the machine at home */
        if (said_own(r, gym) && !any_sub(r->s, no_gym)) o->gym_access |= 1u << MR_ACT_STATIONARY_BIKE | 1u << MR_ACT_ELLIPTICAL;
        if (said_own(r, bike)) o->gym_access |= 1u << MR_ACT_STATIONARY_BIKE;
        if (said_own(r, xtrainer)) o->gym_access |= 1u << MR_ACT_ELLIPTICAL;
        /* the bike or the cross-trainer first (above); but for a running
         * test or a run race the treadmill is the training ("beep test ...
         * condo gym has a treadmill and a spin bike": specificity, ACSM) */
        int tm_run = o->treadmill && (any_sub(r->s, RUN_TEST_WORDS) || o->test_m > 0);
        if (o->gym_access && !tm_run) o->treadmill = 0;
        o->ketones_neg = any_sub(r->s, (const char *const[]){"ketones negative", "ketones are negative", "ketones were negative",
                                                             "they're negative", "theyre negative", "negative ketones",
                                                             "no ketones", "ketones: negative", "ketones are fine",
                                                             "ketones fine", "ketones clear", "ketones 0.", "酮体阴性",
                                                             "酮体正常", "没有酮体", "尿酮阴性", "血酮正常", "酮体是阴性",
                                                             "酮體陰性", NULL}) &&
                         any_sub(r->s, (const char *const[]){"ketone", "酮", NULL});
        o->hot_yoga = any_sub(r->s, (const char *const[]){"hot yoga", "bikram", "hot pilates", "热瑜伽", "熱瑜伽", "高温瑜伽",
                                                          "高溫瑜伽", NULL});
        /* "朋友老说高血压不能运动，真的吗？": the myth asked about */
        o->bp_myth = any_sub(r->s, (const char *const[]){"高血压", "血压高", "高血壓", "血壓高", "high blood pressure", "high bp",
                                                         "hypertension", NULL}) &&
                     any_sub(r->s, (const char *const[]){"不能运动", "不能锻炼", "不能动", "不能健身", "能运动吗", "能不能运动",
                                                         "能锻炼吗", "不能運動", "能運動嗎", "can't exercise", "cant exercise",
                                                         "cannot exercise", "shouldn't exercise", "shouldnt exercise",
                                                         "not supposed to exercise", "safe to exercise", "ok to exercise",
                                                         "okay to exercise", "shouldn't be exercising", NULL});
        o->sits_long = said_own(r, (const char *const[]){"sitting all day", "sit all day", "sat all day", "desk all day",
                                                         "desk job", "sitting at a desk", "sat at a desk", "sedentary job",
                                                         "sitting for hours", "sit for hours", "坐一天", "坐了一天", "久坐",
                                                         "一坐就是", "整天坐着", "天天坐着", "坐着一整天", "坐一整天", NULL});
        o->fine_said = any_sub(r->s, (const char *const[]){"feel fine", "feel totally fine", "feel absolutely fine",
                                                           "feeling fine", "feeling totally fine", "feel great", "feeling great",
                                                           "feel good", "feeling good", "i'm fine", "im fine", "感觉挺好",
                                                           "感觉很好", "感觉不错", "感觉良好", "状态不错", "状态很好", NULL});
        o->sick_asked = any_sub(r->s, (const char *const[]){"will i get sick", "will i catch a cold", "will i get a cold",
                                                            "will i get ill", "make me sick", "give me a cold", "catch my death",
                                                            "会感冒吗", "会不会感冒", "冻感冒", "会不会生病", "会生病吗", NULL});
        /* "need to sweat it out", "想出身汗": the stress or the day worked
         * off by moving, which a stretch does not give */
        o->sweat = any_sub(r->s, (const char *const[]){"sweat it out", "sweat it off", "work up a sweat", "break a sweat",
                                                       "burn it off", "run it off", "blow off steam", "blow off some steam",
                                                       "出出汗", "出身汗", "出一身汗", "流流汗", "出个汗", "出點汗",
                                                       "出点汗", NULL});
        /* "doesn't want to do anything sporty in front of people": the pool
         * and the gym are on show; a ride or a walk with family is not */
        o->not_seen = any_sub(r->s, (const char *const[]){"in front of people", "in front of others", "people watching me",
                                                          "people staring", "self-conscious", "self conscious",
                                                          "embarrassed to exercise", "embarrassed at the gym",
                                                          "在别人面前", "在人前", "怕被人看", "怕别人看", "怕人笑",
                                                          "不好意思去健身房", "不好意思在", NULL});
        /* "walking more than 10-15 min makes them ache", "走久了膝盖就疼":
         * walking itself is what hurts the joint */
        static const char *const walk_w[] = {"walking", "walk", "walks", "walked", "走路", "走久", "走多", "走一会",
                                             "散步", "走上", "走", NULL};
        static const char *const ache_w[] = {"ache", "aches", "achy", "aching", "hurt", "hurts", "sore", "pain", "painful",
                                             "疼", "痛", "酸", NULL};
        static const char *const no_w[] = {"no", "not", "dont", "don't", "doesnt", "doesn't", "never", "without", "不",
                                           "没", NULL};
        if (((o->flags | r->known) & (MR_COND_KNEE | MR_COND_ANKLE | MR_COND_BACK)) || o->hip_oa)
            for (int i = 0; i < r->nt && !o->walk_hurts; i++) {
                if (!words_in(r, i, i + 1, walk_w)) continue;
                int s0, s1;
                sent_span(r, i, &s0, &s1);
                if (words_in(r, s0, s1, ache_w) && !words_in(r, s0, s1, no_w)) o->walk_hurts = 1;
            }
        if (o->walk_hurts) place_unsure(o, ache_w);
        /* "跑完之后更加痛", "it's getting worse": the injured joint hurts
         * more with the training, so the load comes down */
        static const char *const worse_w[] = {"更痛", "更加痛", "更疼", "更加疼", "越来越痛", "越来越疼", "越跑越痛", "越跑越疼",
                                              "加重了", "getting worse", "gotten worse", "got worse", "worse after",
                                              "worse when", "hurts more", "more painful", NULL};
        static const char *const train_w[] = {"跑", "练", "训练", "运动", "打球", "run", "running", "runs", "training", "train",
                                              "workout", "workouts", "exercise", "gym", "session", "sessions", NULL};
        o->joint_worse = (o->flags & (MR_COND_KNEE | MR_COND_ANKLE | MR_COND_BACK)) && sentence_says_both(r, worse_w, train_w);
        /* "绝经前后这一年，潮热、睡不好", "insomnia for years": sleep poor for
         * months is not one short night; regular moderate exercise improves
         * it (Kredlow et al. 2015), so the session is not cut for it. A
         * night told in hours or as last night stays a short night. */
        static const char *const long_w[] = {"这一年", "一年多", "一年了", "几个月", "好几个月", "长期", "一直睡不好", "常年",
                                             "多年", "好多年", "这几年", "老是睡不好", "总是睡不好", "for months", "for years",
                                             "for a year", "chronic insomnia", "insomnia for", "years of insomnia",
                                             "never sleep well", "always sleep badly", NULL};
        static const char *const night_w[] = {"昨晚", "昨天晚上", "昨夜", "小时", "个钟", "夜班", "last night", "hours",
                                              "hrs", "night shift", "this morning", NULL};
        /* a night not slept at all */
        static const char *const none_w[] = {"通宵", "一夜没睡", "一宿没睡", "没合眼", "all-nighter", "all nighter",
                                             "didn't sleep at all", "didnt sleep at all", "no sleep", "pulled an all", NULL};
        if (said_own(r, none_w)) o->notes |= MR_NOTE_SHORT_SLEEP, o->sleep_very_short = 1;
        static const char *const sleep_w2[] = {"睡", "失眠", "sleep", "slept", "sleeping", "insomnia", NULL};
        int long_sleep = 0, night_sleep = 0;
        for (int t = 0; t < r->nt && (o->notes & MR_NOTE_SHORT_SLEEP); t++) {
            if (!words_in(r, t, t + 1, sleep_w2)) continue;
            int s0, s1;
            sent_span(r, t, &s0, &s1);
            long_sleep |= span_says(r, s0, s1, long_w);
            night_sleep |= span_says(r, s0, s1, night_w);
        }
        if (long_sleep && !night_sleep) {
            o->notes &= ~(unsigned)MR_NOTE_SHORT_SLEEP;
            o->sleep_long = 1;
        }
    }
    { /* facts of the second table, the writer's own and not denied */
        static const struct { unsigned bit; const char *w[80]; } said2[] = {
            {MR_NOTE2_PAD, {"下肢动脉硬化", "下肢动脉", "间歇性跛行", "外周动脉", "动脉硬化闭塞", "peripheral artery",
                            "peripheral arterial", "claudication", "pad in my legs", "called it pad", "it's pad", "its pad",
                            "said pad", "says pad", "says it's pad", "said it was pad", "dx pad", "dx: pad", "pad in both legs", "pad in both",
                            "pad in my left leg", "pad in my right leg", "pad in the legs", "i have pad", "i've got pad",
                            "diagnosed with pad", "diagnosed pad", "vascular clinic", "vascular surgeon", "血管外科",
                            "下肢血管堵", "腿上血管堵", NULL}},
            {MR_NOTE2_CONCUSSION, {"脑震荡", "concussion", "concussed", "hit my head", "撞到头", "磕到头", "撞了头",
                                   "got knocked out", "was knocked out", "knocked out for a", "knocked out cold",
                                   "knocked unconscious", "knocked me out", "got ko'd", "被撞晕", "撞晕了", "撞晕过去",
                                   "晕过去几秒", "被撞得晕", NULL}},
            /* (the regimens and drugs by name: "ABVD cycle 4", "XELOX第3周期", "on sunitinib") */
            {MR_NOTE2_CHEMO, {"化疗", "放疗", "靶向治疗", "白细胞低", "白细胞有点低", "chemo", "chemotherapy", "radiotherapy",
                              "radiation therapy", "neutropenia", "low white count", "white count is low", "abvd", "folfox",
                              "folfiri", "folfirinox", "xelox", "capox", "r-chop", "rchop", "oxaliplatin", "奥沙利铂",
                              "capecitabine", "xeloda", "卡培他滨", "希罗达", "carboplatin", "cisplatin", "卡铂", "顺铂",
                              "paclitaxel", "docetaxel", "taxol", "紫杉醇", "多西他赛", "sunitinib", "sutent", "sorafenib",
                              "舒尼替尼", "索拉非尼", "regorafenib", "瑞戈非尼", "gemcitabine", "吉西他滨", "pembrolizumab",
                              "keytruda", "nivolumab", "opdivo", "immunotherapy", "免疫治疗", NULL}},
            {MR_NOTE2_FASTING, {"斋月", "封斋", "开斋", "把斋", "ramadan", "iftar", "suhoor", "fasting today",
                                "i'm fasting", "im fasting", "puasa", "berbuka", "sahur", "sehri", "roza", "fasting month",
                                NULL}},
            {MR_NOTE2_ALTITUDE, {"高海拔", "海拔", "高原", "高反", "高山症", "高山病", "高山反应", "altitude", "at elevation",
                                  "拉萨", "西藏", "lhasa", "la paz", "cusco", "香格里拉", "合欢山", "合欢主峰", "北合欢", "武岭",
                                  "松雪楼", "排云山庄", "玉山主峰", "登玉山", "爬玉山", "稻城", "亚丁", "色达", "纳木错",
                                  "珠峰大本营", "玉龙雪山", "四姑娘山", "冈仁波齐", "everest base camp", "kilimanjaro",
                                  "machu picchu", "quito", "leadville", "pikes peak", "fourteener", "14er", "tibet", NULL}},
            {MR_NOTE2_WHEELCHAIR, {"轮椅", "截瘫", "wheelchair", "paraplegic", "paraplegia", "spinal cord injury", "sci)",
                                   NULL}},
            {MR_NOTE2_MS, {"多发性硬化", "multiple sclerosis", "relapsing-remitting", "relapsing remitting", "ocrevus",
                           "tecfidera", "my ms", "ms fatigue", "i have ms", "i've got ms", "ive got ms", "got ms ",
                           "with ms", "have had ms", "had ms for", "ms nurse", "ms team", "ms relapse",
                           "ms flare", "diagnosed with ms", "dx ms", "ms dx", "kesimpta", "copaxone", NULL}},
            {MR_NOTE2_FIBRO, {"纤维肌痛", "fibromyalgia", "fibro flare", "my fibro ", "my fibro,", "my fibro.", "fibro ", "fibro,",
                              "fibro.", "have fibro ", "got fibro ", NULL}},
            {MR_NOTE2_PARKINSON, {"帕金森", "巴金森", "柏金遜", "柏金逊", "左多巴", "parkinson", "美多芭", "madopar", "sinemet", "levodopa", "carbidopa", "co-careldopa",
                                   "careldopa", "co-beneldopa", "rasagiline", "ropinirole", "pramipexole", "左旋多巴",
                                   "多巴丝肼", "diagnosed pd", "dx pd", "pd dx", "dx'd with pd", "diagnosed with pd", NULL}},
            {MR_NOTE2_ENDURANCE, {"miles easy", "easy miles", "km easy", "easy km", "easy pace", "nice and easy", "long run", "longrun", "长距离", "endurance ride", "endurance run", "long ride", "easy run", "easy ride", "easy jog", "轻松跑", "zone 2", "zone two", "z2 ride", "base ride",
                                   "base miles", "easy long ride", "long easy ride", "long slow", "lsd", "耐力骑", "耐力跑",
                                   "有氧基础", "二区", "长距离慢跑", "慢骑", NULL}},
            {MR_NOTE2_CRASH_DIET, {"no food", "not eating", "just water", "only water", "water only", "water fast",
                                    "starving myself", "skipping meals", "sauna suit", "sweat suit", "bin bag",
                                    "garbage bag", "暴汗服", "桑拿服", "不吃饭", "不吃东西", "只喝水", "断食", "饿肚子减",
                                    "辟谷", "催吐", NULL}},
            {MR_NOTE2_KIDNEY, {"hemodialysis", "haemodialysis", "peritoneal dialysis", "kidneys packed in", "my fistula", "av fistula", "内瘘", "肾病", "慢性肾", "肾衰", "肾功能不全", "肾功能不好", "肾功能差", "尿毒症", "透析", "血透", "腹透", "洗肾", "洗腎", "瘘管", "廔管",
                               "肌酐", "肾移植", "ckd", "kidney disease", "renal disease", "kidney failure", "renal failure",
                               "dialysis", "kidney function", "egfr", "creatinine", "nephropathy", "kidney transplant",
                               "kidneys are", NULL}},
            {MR_NOTE2_EPILEPSY, {"癫痫", "羊癫疯", "羊角风", "左乙拉西坦", "丙戊酸", "拉莫三嗪", "epilepsy", "epileptic",
                                 "seizures", "seizure disorder", "keppra", "levetiracetam", "lamotrigine", "lamictal",
                                 NULL}},
            {MR_NOTE2_FATTY_LIVER, {"脂肪肝", "fatty liver", "nafld", "masld", "肝脏脂肪", NULL}},
            {MR_NOTE2_LYMPHOEDEMA, {"淋巴水肿", "淋巴水腫", "lymphoedema", "lymphedema", "lymph oedema", "lymph edema",
                                    "压力袖", "compression sleeve", "淋巴结清扫", "淋巴结切除", "淋巴結清掃", "lymph nodes removed",
                                    "lymph node removal", "axillary clearance", NULL}},
            {MR_NOTE2_GROWTH_KNEE, {"osgood", "胫骨结节", "胫骨粗隆", "膝盖下面那块骨头鼓", "膝盖下面鼓出来", "膝盖下面凸起",
                                    "膝盖下方鼓包", "膝盖下面的骨头凸", "bump below my knee", "bump under my knee",
                                    "lump below my knee", "lump under my kneecap", "bump below my kneecap",
                                    "bump below the kneecap", "bump under my kneecap", "lump below my kneecap", "sever's", "severs disease", "sever disease",
                                    "sinding", "跟骨骨骺", NULL}},
            {MR_NOTE2_STERNOTOMY, {"搭桥手术", "搭桥术", "心脏搭桥", "开胸", "triple bypass", "double bypass", "quadruple bypass", "quad bypass", "bypass op", "换瓣", "瓣膜置换", "bypass surgery", "heart bypass",
                                   "cabg", "open heart", "open-heart", "valve replacement", "sternotomy", "胸骨", NULL}},
            {MR_NOTE2_DOCTOR_WALK, {"cleared for walking", "cleared me for walking", "only cleared walking", "only walking",
                                    "just walking for now", "walking and light exercise", "可以慢慢走路", "只让走路", "只能散步",
                                    "只让散步", "只可以走路", "只能走路", "cleared for light stuff", "light stuff only",
                                    "cleared for light exercise", "light exercise only", "only light exercise",
                                    "only light stuff", "只能做轻度", "只能轻度活动", "只能做点轻的", "只让做轻度", NULL}},
            {MR_NOTE2_DEVICE, {"icd", "defibrillator", "除颤器", "起搏器", "pacemaker", "crt-d", NULL}},
            {MR_NOTE2_WHEEZY, {"wheezy", "wheezing", "wheeze", "whistly", "喘鸣", "哮鸣", "有哨音", "needed my puffer",
                               "used her puffer", "used my puffer", "used my inhaler", "needed my inhaler", "用了吸入剂",
                               "used my reliever", "needed my reliever", "took my reliever", "had to use my reliever",
                               "喷了吸入剂", NULL}},
            {MR_NOTE2_HOSPITAL, {"out of hospital", "discharged", "hospitalised", "hospitalized", "出院", "住院", NULL}},
            {MR_NOTE2_PANIC, {"panic attack", "panic attacks", "panic disorder", "anxiety attack", "anxiety attacks",
                               "惊恐发作", "惊恐障碍", "惊恐症", "焦虑发作", "恐慌发作", "恐慌症", "恐慌障碍", NULL}},
            {MR_NOTE2_SHOVEL, {"shovel", "shovelling", "shoveling", "铲雪", "扫雪", NULL}},
            {MR_NOTE2_HEAD_KNOCK, {"head injury assessment", "failed the hia", "pass the hia", "passed the hia", "fail the hia",
                                   "hia test", "hia protocol", "tae the heid", "to the side of the head", "to the side o' the heid", "stick to the head",
                                   "took a stick", "bat to the head", "boot to the head", "knee to the head", "bang to the head", "bang on the head", "banged in the head", "took a header to the", "header to the face", "header to the head", "clash of heads",
                                   "clashed heads", "head clash", "knock to the head", "knock on the head", "ball to the head",
                                   "ball to the face", "elbow to the head", "hit in the head", "hit to the head",
                                   "被球砸到头", "头被球砸", "头被撞", "头撞了一下", "头球撞", "头撞头", "头球跟人撞", "头球时跟人撞",
                                   "头球和人撞", "争头球撞", "顶头球撞", "跟人撞了头", "被撞懵", "撞懵了", "撞得懵",
                                   "頭球跟人撞", "頭撞頭", "頭被撞", "banged her head", "banged his head", "banged my head", "hit her head", "hit his head",
                                   "hit my head", "bumped my head", "bumped her head", "bumped his head", "knocked my head",
                                   "knocked her head", "head injury", "fell on my head", "撞到头", "磕到头", "摔到头", "头撞到",
                                   "撞了头", "磕了头", "碰到头", "头磕到", "撞到頭", "磕到頭", NULL}},
            {MR_NOTE2_AF, {"afib", "a fib", "a-fib", "atrial fibrillation", "房颤", "心房颤动", "房顫", "心房顫動",
                           "af diagnosis", "diagnosed with af", "my af is", "my af has", NULL}},
            {MR_NOTE2_NEUROPATHY, {"neuropathy", "neuropathic", "神经病变", "末梢神经炎", "末梢神经病", "糖尿病足",
                                   "diabetic foot", "diabetic feet", "脚底还有点发麻", "脚底发麻", "脚底有点发麻", "足底麻木",
                                   "脚底麻木", "numb feet", "my feet are numb", "tingling feet", NULL}},
            {MR_NOTE2_POOL_CLOSED, {"pool's closed", "pool is closed", "pool closed", "pool was closed", "游泳馆关门",
                                    "泳池关门", "游泳池关了", "游泳馆关了", "泳池关了", NULL}},
        };
        /* an easy session done ("easy run yesterday") is the log's, not today's plan */
        static const char *const done_w[] = {"yesterday", "last night", "this morning", "last week", "昨天", "前天", "上周",
                                             "ago", "天前", NULL};
        for (size_t k = 0; k < sizeof said2 / sizeof said2[0]; k++)
            if (said2[k].bit == MR_NOTE2_ENDURANCE ? said_own_now(r, said2[k].w, done_w) : said_own(r, said2[k].w))
                o->notes2 |= said2[k].bit;
        /* "the vascular guy called it PAD": a vascular clinician's word about the writer */
        if (!(o->notes2 & MR_NOTE2_PAD) && any_sub(r->s, (const char *const[]){"vascular", "血管外科", NULL}) &&
            any_word(r->s, (const char *const[]){"pad", "claudication", "跛行", NULL}) &&
            !any_sub(r->s, (const char *const[]){"my dad", "my mum", "my mom", "my father", "my mother", "my husband", "my wife",
                                                "我爸", "我妈", "老公", "老婆", "老伴", NULL}))
            o->notes2 |= MR_NOTE2_PAD;
        /* a diagnosed PAD's calf pain on walking is its own, placed and answered (walk into it, AHA/ACC 2016) */
        if (o->notes2 & MR_NOTE2_PAD) {
            o->claudication = 0;
            if (!anywhere(r, S_INJURY)) o->notes &= ~(unsigned)MR_NOTE_LOWER_BODY; /* the calf's pain is the arteries' */
            place_unsure(o, (const char *const[]){"calf", "calves", "cramp", "小腿", "腿肚", "抽筋", "pain", "疼", "痛", NULL});
        }
        /* "bump below my right kneecap hurts when I jump": a bump under the kneecap, in one sentence (Osgood-Schlatter's sign) */
        for (int t = 0; t < r->nt && !(o->notes2 & MR_NOTE2_GROWTH_KNEE); t++) {
            if (t > 0 && r->sent[t - 1] == r->sent[t]) continue;
            int s0, s1;
            sent_span(r, t, &s0, &s1);
            if (span_says(r, s0, s1, (const char *const[]){"bump", "lump", "鼓包", "凸起", "鼓出", NULL}) &&
                span_says(r, s0, s1, (const char *const[]){"below my", "below the", "under my", "under the", "下面", "下方", NULL}) &&
                span_says(r, s0, s1, (const char *const[]){"kneecap", "knee cap", "膝盖", NULL}) && own_fact(r, r->t[s0].off))
                o->notes2 |= MR_NOTE2_GROWTH_KNEE;
        }
        /* a physio who "discharged me" ended the rehab, not a hospital stay */
        static const char *const physio[] = {"physio", "physiotherapist", "physical therapist", "pt", "康复师", "理疗师", NULL};
        static const char *const ward[] = {"hospital", "住院", "出院", NULL};
        if (any_word(r->s, physio) && !any_word(r->s, ward)) o->notes2 &= ~(unsigned)MR_NOTE2_HOSPITAL;
        /* the first days at altitude: more winded on stairs, better after a short
         * rest, is the thin air, not a warning sign; at rest or with a headache
         * it is altitude sickness (WMS 2019) and stays */
        /* up high, a headache with a stomach that will not eat, dizziness
         * or exhaustion: acute mountain sickness (Lake Louise 2018, which
         * no longer counts the poor night alone) */
        if ((o->notes2 & MR_NOTE2_ALTITUDE) && (o->notes & MR_NOTE_HEADACHE)) {
            static const char *const ams_w[] = {"想吐", "恶心", "反胃", "吃不下", "没胃口", "吐了", "呕", "头晕", "乏力",
                                                "没力气", "nausea", "nauseous", "queasy", "sick to my stomach", "threw up",
                                                "throwing up", "vomit", "no appetite", "off my food", "can't eat", "cant eat",
                                                "dizzy", "lightheaded", "light-headed", "exhausted", "wiped out", NULL};
            static const char *const not_w[] = {"not nauseous", "not nauseated", "no nausea", "not sick", "not dizzy", "no dizziness",
                                                "not queasy", "eating fine", "eating ok", "appetite's fine", "appetite is fine",
                                                "不恶心", "没恶心", "没有恶心", "不想吐", "没想吐", "没有想吐", "不头晕", "没头晕",
                                                "没有头晕", "胃口还行", "胃口还好", "胃口不错", "吃得下", NULL};
            o->ams = any_sub_unless(r->s, ams_w, not_w) || (o->flags & MR_SYM_DIZZINESS);
            /* (a sickness told over, or of trips past and to come, from home: "We're both OK now",
             * "I get altitude sick every time ... Feel fine right now at home", "现在我们俩都好了") */
            /* (told over: "we're both OK now", "现在我们俩都好了"; or of trips to come, told from home:
             * "trip next month. Feel fine right now at home"; not on arriving: "arrived in Cusco yesterday") */
            int told_over = any_sub(r->s, (const char *const[]){"both ok now", "both okay now", "both fine now", "we're both ok",
                                                                "we are both ok", "back home now", "since we got back",
                                                                "俩都好了", "都好了", "回来以后", "回来后就好", NULL});
            int from_home = any_sub(r->s, (const char *const[]){"right now at home", "fine at home", "现在在家", NULL}) &&
                            any_sub(r->s, (const char *const[]){"next month", "next trip", "next year", "下个月", "下次去",
                                                                NULL});
            if (o->ams && (told_over || from_home) &&
                !any_sub(r->s, (const char *const[]){"still", "even now", "getting worse", "arrived", "since we got up",
                                                     "up here", "刚到", "到了", "还在", "还是", "仍然", "越来越", NULL}))
                o->ams = 0;
            /* (its vomiting is the mountain's, not a stomach bug's: no fever, no diarrhoea said) */
            if (o->ams && (o->flags & MR_SYM_ILLNESS) && !(o->flags & MR_SYM_FEVER) &&
                any_sub(o->evidence[bit_index(MR_SYM_ILLNESS)], (const char *const[]){"吐", "呕", "vomit", "threw up",
                                                                                   "throwing up", "sick", NULL}) &&
                !any_sub(r->s, (const char *const[]){"拉肚子", "腹泻", "拉稀", "diarrh", "the runs", "fever", "发烧", NULL}))
                drop_finding(o, MR_SYM_ILLNESS);
            if (o->ams) /* the sickness explains them */
                place_unsure(o, (const char *const[]){"想吐", "恶心", "吃不下", "疼", "痛", "头", "nause", "queasy", "sick",
                                                      "head", NULL});
        }
        /* up high, an unsteady walk, confusion or unusual drowsiness (the
         * brain swelling, HACE) or breathlessness at rest (the lungs', HAPE):
         * going down is the treatment, now (WMS, Luks et al. 2019) */
        if (o->notes2 & MR_NOTE2_ALTITUDE) {
            static const char *const hace[] = {"走路不稳", "走路有点飘", "走路发飘", "走路飘", "走路有点晃", "走路晃", "走路打晃",
                                               "站不稳", "走不稳", "走不直", "意识模糊", "神志不清", "说胡话", "叫不醒", "迷迷糊糊",
                                               "unsteady", "stumbling", "staggering", "wobbly on my feet", "can't walk straight",
                                               "cant walk straight", "walking like i'm drunk", "walking like im drunk",
                                               "walking like a drunk", "confused", "not making sense", "hard to wake",
                                               "breathless at rest", "short of breath at rest", "breathless lying", "休息时也喘",
                                               "躺着也喘", "坐着也喘", "粉红色泡沫痰", "pink frothy", NULL};
            static const char *const not_hace[] = {"not unsteady", "not confused", "走路还稳", "走路稳", "没有走路不稳",
                                                   "不喘", NULL};
            if (any_sub_unless(r->s, hace, not_hace) && !any_sub(r->s, (const char *const[]){"如果", "万一", "if ", NULL}))
                o->ams = 2;
        }
        if ((o->notes2 & MR_NOTE2_ALTITUDE) && (o->flags & MR_SYM_BREATH)) {
            static const char *const settles[] = {"歇一下就好", "歇一会就好", "歇歇就好", "一歇就好", "休息一下就好", "settles",
                                                  "after a short rest", "passes after", "goes after a rest", "fine after a rest",
                                                  NULL};
            static const char *const rest_or_head[] = {"休息时也", "躺着", "坐着也", "at rest", "sitting", "lying", "头疼",
                                                       "头痛", "headache", "咳", "cough", NULL};
            static const char *const no_head[] = {"头不疼", "头不痛", "no headache", "没有头疼", "没头疼", NULL};
            if (any_sub(r->s, settles) && !any_sub_unless(r->s, rest_or_head, no_head)) {
                o->flags &= ~(unsigned)MR_SYM_BREATH;
                o->evidence[bit_index(MR_SYM_BREATH)][0] = 0;
            }
        }
        /* an asthma attack in the last days, treated in hospital or with a
         * nebuliser: not a day to train until a doctor has reviewed it (GINA
         * 2023: follow-up within days of an exacerbation) */
        static const char *const attack[] = {"哮喘发作", "哮喘犯了", "哮喘又犯", "哮喘急性发作", "asthma attack", "雾化",
                                             "nebulised", "nebulized", "nebuliser", "nebulizer", "neb treatment", NULL};
        static const char *const lately[] = {"昨天", "前天", "昨晚", "前晚", "今早", "今天", "这两天", "这几天", "last night",
                                             "night before last", "yesterday", "this morning", "this week", "nights ago",
                                             "days ago", NULL};
        for (int k = 0; attack[k]; k++) {
            const char *at = strstr(r->s, attack[k]);
            if (at && own_fact(r, (int)(at - r->s)) && (any_word(r->s, lately) || strstr(r->s, "ago")) &&
                !strstr(r->s, "years ago") && !strstr(r->s, "年前")) {
                int off = (int)(at - r->s);
                set_flag(r, MR_SYM_BREATH, tok_at(r, off), tok_at(r, off + (int)strlen(attack[k]) - 1) + 1);
                break;
            }
        }
        /* heart surgery years ago is healed; recent or undated, the breastbone's rules hold */
        static const char *const long_ago[] = {"年前", "去年", "上年", "前年", "years ago", "last year", "year ago", NULL};
        if ((o->notes2 & MR_NOTE2_STERNOTOMY) && any_word(r->s, long_ago)) o->notes2 &= ~(unsigned)MR_NOTE2_STERNOTOMY;
        /* 16:8, "轻断食", a fasted morning run: a time-restricted diet that
         * eats enough, not a crash diet (its own line says how to train fasted) */
        o->fasted = any_sub(r->s, (const char *const[]){"16:8", "16：8", "18:6", "轻断食", "间歇性断食", "间歇断食",
                                                        "168断食", "intermittent fasting", "intermittent fast", "空腹跑",
                                                        "空腹运动", "空腹练", "fasted run", "fasted cardio", "fasted training",
                                                        "run fasted", "train fasted", "running fasted", NULL});
        if (o->fasted && !any_sub(r->s, (const char *const[]){"只喝水", "不吃饭", "不吃东西", "饿肚子减", "辟谷", "催吐",
                                                              "starving myself", "skipping meals", "not eating", "no food",
                                                              "water only", "only water", "just water", "water fast",
                                                              "sauna suit", "sweat suit", "暴汗服", "桑拿服", NULL}))
            o->notes2 &= ~(unsigned)MR_NOTE2_CRASH_DIET;
        /* fasting for Ramadan is not a crash diet (its own timing line says when to train) */
        /* "Ramzan over, Eid was 10 days back", "斋月结束了": the fast is behind */
        if ((o->notes2 & MR_NOTE2_FASTING) &&
            any_sub(r->s, (const char *const[]){"ramadan over", "ramadan is over", "ramadan's over", "ramadan ended",
                                                "ramadan finished", "ramzan over", "ramzan is over", "ramzan ended",
                                                "after ramadan", "after ramzan", "since ramadan", "since eid", "eid was",
                                                "after eid", "post ramadan", "post-ramadan", "斋月结束", "斋月过了",
                                                "斋月过去", "开斋节过了", "斋月完了", "过完斋月", "puasa dah habis",
                                                "lepas raya", NULL}))
            o->notes2 &= ~(unsigned)MR_NOTE2_FASTING;
        if (o->notes2 & MR_NOTE2_FASTING) o->notes2 &= ~(unsigned)MR_NOTE2_CRASH_DIET;
        /* "water only after each period": when the water comes, not a diet of it */
        if (any_sub(r->s, (const char *const[]){"water only after", "water only at", "water only between", "only water after",
                                                NULL}) &&
            !any_sub(r->s, (const char *const[]){"not eating", "no food", "just water", "water fast", "sauna", "sweat suit",
                                                 "cutting weight", "make weight", "skipping meals", NULL}))
            o->notes2 &= ~(unsigned)MR_NOTE2_CRASH_DIET;
        /* treatment finished ("做完化疗一年多", "finished chemo last year"): a survivor, not in treatment */
        static const char *const done_tx[] = {"做完化疗", "化疗做完", "化疗结束", "做完放疗", "放疗做完", "治疗结束", "完成化疗",
                                              "finished chemo", "chemo finished", "done with chemo", "completed chemo",
                                              "chemo ended", "finished my chemo", "finished treatment", "after chemo", "since chemo",
                                              "post-chemo", "post chemo", "since finishing chemo",
                                              "chemo last year", "chemo years ago", "放疗结束", "放化疗结束", "疗程结束",
                                              "治疗都结束", "结束一年", "结束两年", "结束半年", "结束几年", "结束好几年",
                                              "finished radiation", "finished radiotherapy", "radiation finished",
                                              "treatment ended", "treatment finished", "finished my treatment", NULL};
        /* ("留到化疗结束", "until chemo finishes": the end still ahead) */
        if ((o->notes2 & MR_NOTE2_CHEMO) && any_word(r->s, done_tx) &&
            !any_sub(r->s, (const char *const[]){"到化疗结束", "等化疗结束", "化疗结束以后再", "化疗结束后再", "until chemo",
                                                 "until treatment", "till chemo", "til chemo", "still in chemo", "还在化疗",
                                                 "在做化疗", "正在化疗", NULL})) {
            o->notes2 &= ~(unsigned)MR_NOTE2_CHEMO;
            o->cancer_survivor = 1;
        }
        /* a meter that reads "HI" is past its top, about 600 mg/dl (33.3
         * mmol/l) on most: a glucose far too high to exercise on (ADA 2016,
         * Colberg et al.) */
        if (o->glucose < 600 &&
            any_word(r->s, (const char *const[]){"显示hi", "显示high", "显示 hi", "读数hi", "meter says hi", "meter said hi",
                                                 "meter reads hi", "meter read hi", "meter showed hi", "meter shows hi",
                                                 "meter just says hi", "just says hi", "says hi on my meter", "reading hi",
                                                 "reads hi", "read hi", "showing hi", "shows hi", "showed hi", NULL}) &&
            (anywhere(r, N_GLU) || anywhere(r, K_DIAB) ||
             any_sub(r->s, (const char *const[]){"血糖", "meter", "glucometer", "libre", "dexcom", NULL})))
            o->glucose = 600;
        /* with a knock to the head: what makes it a scan today (NICE NG232) */
        static const char *const head_red[] = {"apixaban", "eliquis", "rivaroxaban", "xarelto", "warfarin", "coumadin",
                                               "dabigatran", "pradaxa", "edoxaban", "blood thinner", "anticoagulant",
                                               "华法林", "利伐沙班", "阿哌沙班", "达比加群", "抗凝", "muddled", "confused",
                                               "confusion", "drowsy", "vomit", "vomited", "was sick", "been sick", "threw up",
                                               "throwing up", "fit", "seizure", "passed out", "knocked out", "迷糊", "糊涂",
                                               "意识不清", "吐了", "呕吐", "嗜睡", "犯困", "抽搐", "昏过去", "晕过去", NULL};
        if ((o->notes2 & MR_NOTE2_HEAD_KNOCK) && any_word(r->s, head_red)) o->notes2 |= MR_NOTE2_HEAD_RED;
        /* (the writer's own vomiting in slang, and a headache getting worse in its own sentence, after a
         * knock not told as long over: "this morning its worse than yesterday and I chucked up twice") */
        if ((o->notes2 & MR_NOTE2_HEAD_KNOCK) && !(o->notes2 & MR_NOTE2_HEAD_RED) &&
            !any_sub(r->s, (const char *const[]){"no symptoms", "all clear", "fully recovered", "feel totally normal",
                                                 "feel normal", "weeks ago", "months ago", NULL})) {
            static const char *const slang_sick[] = {"chucked up", "chucking up", "spewed", "spewing", "puked", "puking",
                                                     "vomiting", NULL};
            static const char *const worse[] = {"worse than yesterday", "getting worse", "worse today", "its worse", "it's worse",
                                                "越来越痛", "越来越疼", "更痛了", "更疼了", NULL};
            int sick = 0;
            for (int k = 0; slang_sick[k] && !sick; k++)
                for (const char *at = strstr(r->s, slang_sick[k]); at && !sick; at = strstr(at + 1, slang_sick[k]))
                    sick = own_fact(r, (int)(at - r->s)) && !others_at(r, tok_at(r, (int)(at - r->s)));
            int worse_head = 0;
            for (int k = 0; worse[k] && !worse_head; k++)
                for (const char *at = strstr(r->s, worse[k]); at && !worse_head; at = strstr(at + 1, worse[k])) {
                    int t = tok_at(r, (int)(at - r->s)), s0, s1;
                    sent_span(r, t, &s0, &s1);
                    worse_head = span_says(r, s0, s1, (const char *const[]){"headache", "head", "头", "頭", NULL}) ||
                                 (s0 > 0 && span_says(r, s0, s1, (const char *const[]){"its worse", "it's worse", NULL}) &&
                                  any_sub(r->s, (const char *const[]){"headache", "头痛", "头疼", NULL}));
                }
            if (sick || worse_head) o->notes2 |= MR_NOTE2_HEAD_RED;
        }
        /* a knock to the head followed by the concussion's signs ("was kinda
         * out of it, had headaches till monday", "light hurts my eyes"): a
         * concussion, whether or not the word is said (Amsterdam 2022
         * consensus: suspected concussion is managed as one) */
        static const char *const conc_sign[] = {"out of it", "dazed", "seeing stars", "saw stars", "headache", "headaches",
                                                "light hurts", "hurts my eyes", "sensitive to light", "foggy", "fog",
                                                "can't focus", "cant focus", "怕光", "畏光", "头痛", "头疼", "懵", "发懵",
                                                "晕乎", "恍惚", NULL};
        if ((o->notes2 & MR_NOTE2_HEAD_KNOCK) && !(o->notes2 & MR_NOTE2_HEAD_RED) && any_sub(r->s, conc_sign))
            o->notes2 |= MR_NOTE2_CONCUSSION;
        static const char *const head[] = {"head", "头", "頭", NULL};
        if (o->notes2 & MR_NOTE2_HEAD_KNOCK) place_unsure(o, head);
        /* a seizure told as today's or last night's, the writer's own ("Had a
         * tonic-clonic about 7 this morning", "昨晚癫痫发作了一次"): the time
         * in the seizure's own sentence, not months ago, not a pet's */
        static const char *const seiz[] = {"seizure", "tonic-clonic", "tonic clonic", "had a fit", "癫痫发作", "发作了一次",
                                           "抽搐了", "羊癫疯犯了", "癫痫犯了", "grand mal", NULL};
        static const char *const now_w[] = {"today", "this morning", "last night", "tonight", "this afternoon", "hours ago",
                                            "an hour ago", "今天", "今早", "早上", "昨晚", "昨天晚上", "刚才", "凌晨", NULL};
        static const char *const not_now[] = {"months ago", "years ago", "weeks ago", "month ago", "year ago", "last seizure",
                                              "seizure-free", "seizure free", "no seizure", "个月前", "年前", "没有发作", "没发作",
                                              "没再发作", "dog", "cat", "puppy", "狗", "猫", NULL};
        /* with epilepsy told, the attack said plainly: "琴晚瞓觉嗰阵发咗三次", "had two last night" */
        static const char *const fit_w[] = {"发咗一次", "发咗两次", "发咗三次", "发咗几次", "发作了", "发作咗", "发了两次",
                                             "发了三次", "发了一次", "发了几次", "又发了", "抽咗", "抽搐", "又抽了",
                                             "抽了一次", "had two last night", "had three last night", "had 3 last night",
                                             "had 2 last night", "had one this morning", "had a fit", "had two fits",
                                             "had 2 fits", "had three fits", "had 3 fits", NULL};
        /* (another attack's words just before it: gout, a migraine, panic, an allergy) */
        static const char *const other_attack[] = {"痛风", "偏头痛", "头痛", "过敏", "惊恐", "哮喘", "烧", "短信", "短讯",
                                                   "脾气", "朋友圈", "作业", "消息", "微信", "邮件", "红包", "laugh", NULL};
        static const char *const now_c[] = {"琴晚", "寻晚", "噚晚", "今朝", "昨夜", "昨天夜里", "今日", "last night",
                                            "this morning", "today", "昨晚", "今早", "凌晨", NULL};
        if ((o->notes2 & MR_NOTE2_EPILEPSY) && said_own(r, fit_w))
            for (int k = 0; fit_w[k] && !o->seizure_today; k++)
                for (const char *at = strstr(r->s, fit_w[k]); at && !o->seizure_today; at = strstr(at + 1, fit_w[k])) {
                    int t = tok_at(r, (int)(at - r->s));
                    o->seizure_today = t < r->nt && (sentence_at_says(r, t, now_c) || sentence_at_says(r, t, now_w)) &&
                                       !sentence_at_says(r, t, not_now) && !any_sub_in(r->s, at - r->s >= 12 ? (size_t)(at - r->s - 12) : 0,
                                                                                       (size_t)(at - r->s), other_attack) &&
                                       !any_sub_in(r->s, (size_t)(at - r->s) + strlen(fit_w[k]),
                                                   (size_t)(at - r->s) + strlen(fit_w[k]) + 12, other_attack) &&
                                       strncmp(at + strlen(fit_w[k]), " of ", 4) &&
                                       !sentence_at_says(r, t, (const char *const[]){"怕", "担心", "万一", "会不会", "worried",
                                                                                      "afraid", "scared", "in case", "if i",
                                                                                      NULL});
                }
        if (said_own(r, seiz))
            for (int k = 0; seiz[k] && !o->seizure_today; k++)
                for (const char *at = strstr(r->s, seiz[k]); at && !o->seizure_today; at = strstr(at + 1, seiz[k])) {
                    int t = tok_at(r, (int)(at - r->s));
                    o->seizure_today = t < r->nt && sentence_at_says(r, t, now_w) && !sentence_at_says(r, t, not_now) &&
                                       strncmp(at + strlen(seiz[k]), " of ", 4); /* "a fit of laughter" */
                }
        /* "Missed period + test positive!!!", "例假推迟了，验孕棒两条杠": a
         * pregnancy of days or weeks, the writer's own */
        if (!(o->flags & MR_COND_PREGNANCY) && !(o->notes & MR_NOTE_POSTPARTUM) &&
            any_sub(r->s, (const char *const[]){"missed period", "missed my period", "period is late", "period's late",
                                                "period late", "月经推迟", "例假推迟", "大姨妈推迟", "月经没来", "例假没来",
                                                "大姨妈没来", NULL}) &&
            any_sub(r->s, (const char *const[]){"test positive", "positive test", "tested positive", "+ test", "test +", "bfp",
                                                "两条杠", "两道杠", "两条线", "阳性", NULL}) &&
            !any_sub(r->s, (const char *const[]){"covid", "新冠", "抗原", "flu", "甲流", "strep", "negative", "阴性", "一条杠",
                                                 NULL}))
            o->flags |= MR_COND_PREGNANCY;
        /* "吃了米氮平...早上起来有点晕乎，腿软", "groggy in the mornings on my
         * sleeping pill": a sedating medicine's morning hangover, not a
         * faint's warning sign (a fall is its risk; advisor.c says what to do) */
        if ((o->flags & MR_SYM_DIZZINESS) &&
            any_sub(r->s, (const char *const[]){"米氮平", "瑞美隆", "mirtazapine", "remeron", "安眠药", "助眠药", "sleeping pill",
                                                "sleeping tablet", "zopiclone", "佐匹克隆", "trazodone", "曲唑酮", "amitriptyline",
                                                "阿米替林", "quetiapine", "喹硫平", "diazepam", "地西泮", "艾司唑仑", NULL}) &&
            any_sub(r->s, (const char *const[]){"早上", "早晨", "起来", "起床", "morning", "mornings", "when i get up",
                                                "getting up", NULL}) &&
            any_sub(r->s, (const char *const[]){"晕乎", "昏昏沉沉", "昏沉", "头昏", "groggy", "woozy", "drowsy", "hungover",
                                                "foggy", NULL}) &&
            !any_sub(r->s, (const char *const[]){"晕倒", "昏倒", "摔", "跌", "眼前一黑", "fainted", "passed out", "blacked out",
                                                 "fell", "chest", "胸", "心慌", "palpitation", "racing", NULL}) &&
            !(o->flags & (MR_SYM_CHEST_PAIN | MR_SYM_PALPITATIONS | MR_SYM_BREATH))) {
            drop_finding(o, MR_SYM_DIZZINESS);
            o->med_groggy = 1;
        }
        /* ... pregabalin or gabapentin's dizziness that wears off by late
         * morning ("lyrica makes me groggy and a bit dizzy til like 10am") */
        if ((o->flags & MR_SYM_DIZZINESS) &&
            any_sub(r->s, (const char *const[]){"lyrica", "pregabalin", "gabapentin", "neurontin", "普瑞巴林", "乐瑞卡", "加巴喷丁",
                                                NULL}) &&
            any_sub(r->s, (const char *const[]){"til like 1", "til 1", "till 1", "until 1", "til like 9", "til 9", "till 9",
                                                "until 9", "til lunch", "till lunch", "until lunch", "til noon", "until noon",
                                                "in the mornings", "first thing", "到中午", "上午都", "早上起来", NULL}) &&
            !any_sub(r->s, (const char *const[]){"晕倒", "昏倒", "摔", "fainted", "passed out", "blacked out", "fell", "chest", "胸",
                                                 "palpitation", "racing", "worse today", "all day", NULL}) &&
            !(o->flags & (MR_SYM_CHEST_PAIN | MR_SYM_PALPITATIONS | MR_SYM_BREATH))) {
            drop_finding(o, MR_SYM_DIZZINESS);
            o->med_groggy = 1;
        }
        /* a drop in pressure on standing that a doctor has put down to a
         * medicine and adjusted it for ("医师说是药引起的姿势性低血压 药已经调过了
         * ... 没有昏倒过"): known and treated, so rising slowly and water, not
         * a faint's warning sign; a faint or a fall today stays one */
        if ((o->flags & MR_SYM_DIZZINESS) &&
            any_sub(r->s, (const char *const[]){"姿势性低血压", "体位性低血压", "直立性低血压", "orthostatic hypotension",
                                                "postural hypotension", NULL}) &&
            any_sub(r->s, (const char *const[]){"医师说", "医生说", "医生讲", "doctor said", "doctor says", "gp said", "gp says",
                                                "neurologist said", "neuro said", "dr said", NULL}) &&
            any_sub(r->s, (const char *const[]){"调过", "调整了", "换了药", "减了", "adjusted", "changed my", "lowered", "reduced",
                                                NULL}) &&
            !any_sub_unless(r->s, (const char *const[]){"晕倒", "昏倒", "fainted", "passed out", "blacked out", "摔", "fell", NULL},
                            (const char *const[]){"没有昏倒", "沒有昏倒", "没昏倒", "没有晕倒", "没晕倒", "怕晕倒", "怕昏倒",
                                                  "担心晕倒", "afraid of fainting", "scared of fainting", "never fainted",
                                                  "haven't fainted", "havent fainted", "not fainted", NULL}) &&
            !(o->flags & (MR_SYM_CHEST_PAIN | MR_SYM_PALPITATIONS | MR_SYM_BREATH))) {
            drop_finding(o, MR_SYM_DIZZINESS);
            o->med_groggy = 2;
        }
        /* a stitch ("岔气", "a stitch in my side"): the runner's transient
         * abdominal pain, harmless and its own answer (Morton and Callister
         * 2015), not a pain to place */
        if (any_sub(r->s, (const char *const[]){"岔气", "岔了气", "a stitch", "stitches", "side stitch", "side cramp", "side ache",
                                                "stitch in my side", "got a stitch", NULL}) &&
            !(o->flags & (MR_SYM_CHEST_PAIN | MR_SYM_ILLNESS | MR_SYM_PREG_WARNING))) {
            o->stitch = 1;
            place_unsure(o, (const char *const[]){"岔气", "岔了气", "stitch", "side", "肚子", "腹", NULL});
        }
        /* dazed, dizzy or seeing blurred after a knock to the head: the
         * concussion's signs, answered by its own rule (no sport until
         * cleared; Amsterdam 2022 consensus), not a heart's dizziness; a
         * blackout or vomiting makes it a scan today (HEAD_RED above) */
        /* (the dizziness after the knock, not a blackout that caused it: "眼前一黑一头撞到门框上") */
        const char *knock = NULL, *dz = o->evidence[bit_index(MR_SYM_DIZZINESS)];
        static const char *const knock_w[] = {"撞到头", "撞到頭", "磕到头", "磕到頭", "撞了头", "摔到头", "hit my head",
                                              "bumped my head", "banged my head", "knocked my head", "concussion", "脑震荡",
                                              "腦震盪", NULL};
        for (int k = 0; knock_w[k] && !knock; k++) knock = strstr(r->s, knock_w[k]);
        const char *dz_at = dz[0] ? strstr(r->s, dz) : NULL;
        if ((o->notes2 & (MR_NOTE2_HEAD_KNOCK | MR_NOTE2_CONCUSSION)) && (o->flags & MR_SYM_DIZZINESS) && knock && dz_at &&
            dz_at > knock && !any_sub(r->s, (const char *const[]){"一黑", "发黑", "blacked", "black out", "passed out", "fainted",
                                                                 "woke up on", "晕倒", "晕过去", "昏倒", NULL}) &&
            !(o->notes2 & MR_NOTE2_HEAD_RED) && !(o->flags & (MR_SYM_CHEST_PAIN | MR_SYM_PALPITATIONS))) {
            /* still dizzy a day after the knock: no exercise today and
             * checked, as any dizziness (the concussion's rule says how to
             * come back) */
            /* ... and so is a dizziness said to last till now ("到现在头还有点晕",
             * "still dizzy"): not the moment of the knock but a sign that
             * has not cleared, checked today (Amsterdam 2022: persisting
             * symptoms after a head impact need a doctor's assessment) */
            if (!recent_knock(r) && !still_now(knock)) drop_finding(o, MR_SYM_DIZZINESS);
            o->notes2 |= MR_NOTE2_CONCUSSION;
        }
        /* "pain's about 3 out of 10 most days" from someone whose back is known to hurt: the back's */
        if (((o->flags | r->known) & MR_COND_BACK))
            place_unsure(o, (const char *const[]){"pain's", "pain is", "pains", "the pain", "疼痛", NULL});
        if (o->notes2 & MR_NOTE2_CONCUSSION) /* its headache, fog and screen trouble are its own */
            place_unsure(o, (const char *const[]){"不舒服", "头痛", "头疼", "专心", "眼睛", "headache", "foggy", "fog", "screen",
                                                  "blurry", NULL});
        static const char *const wound[] = {"伤口", "伤", "刀口", "疤", "wound", "scar", "incision", NULL};
        if (o->notes & MR_NOTE_POSTPARTUM) place_unsure(o, wound); /* the caesarean's wound, checked */
        /* cramps in the heat are its own line (the heat-strain rule), not an unplaced leg */
        if (o->heat_signs) place_unsure(o, (const char *const[]){"抽筋", "cramp", "crampy", "cramps", NULL});
        static const char *const lymph[] = {"肿", "swell", "swollen", "arm", "手", NULL};
        if (o->notes2 & MR_NOTE2_LYMPHOEDEMA) place_unsure(o, lymph);
        /* on dialysis, the fluid between sessions is the kidneys' (its own line says so) */
        if (o->notes2 & MR_NOTE2_KIDNEY) place_unsure(o, (const char *const[]){"fluid", "水", "legs have gone", NULL});
        /* "Flatmate reckons I've got a fever cos I'm all red, nah ... temp's
         * 36.9": somebody else's guess, and the thermometer says otherwise */
        if ((o->flags & MR_SYM_FEVER) && !isnan(o->temp_c) && o->temp_c < 37.5f && !anywhere(r, D_ANTIPYRETIC)) {
            /* ... and a watch's or a ring's skin-temperature deviation ("Oura
             * flagged +0.9", "戒指提示体温偏高") against the thermometer's
             * normal reading: the thermometer measures the body */
            static const char *const guess[] = {"reckons i", "reckon i", "thinks i", "think i've", "says i've", "says i have",
                                                "说我发烧", "deviation", "oura", "ring flagged", "ring says", "watch flagged",
                                                "watch says my temp", "戒指提示", "戒指说", "手表提示体温", "手环提示体温", "体温偏高+",
                                                NULL};
            if (any_sub(r->s, guess)) {
                o->flags &= ~(unsigned)MR_SYM_FEVER;
                o->evidence[bit_index(MR_SYM_FEVER)][0] = 0;
            }
        }
        /* a watch's heart rate the writer explains away as the watch's
         * ("其实是我在摇奶茶，表带太松了", "strap was loose"): optical sensors
         * misread with motion and a loose fit (Bent et al. 2020) */
        if (o->flags & MR_SYM_PALPITATIONS) {
            const char *ev = o->evidence[bit_index(MR_SYM_PALPITATIONS)];
            static const char *const artefact[] = {"表带太松", "表带松", "戴松了", "没戴紧", "其实是我在", "手表不准", "手环不准",
                                                   "strap was loose", "strap's loose", "strap is loose", "loose strap", "loose band",
                                                   "band was loose", "band's loose", "band is loose", "loose watch",
                                                   "表带松了", "手表没戴好", "手环没戴好",
                                                   "watch glitch", "watch is glitching", "watch was glitching", "misreading",
                                                   "misread", "faulty reading", "wrong reading", "watch is wrong", "watch was wrong",
                                                   NULL};
            if (isdigit((unsigned char)ev[0]) && any_sub(r->s, artefact)) drop_finding(o, MR_SYM_PALPITATIONS);
        }
        /* (being sick after the knock stays a finding: vomiting is one,
         * and the head's rule puts the emergency department first) */
        /* "Back on Jan 3 I had the flu with a 102 fever and was out for a
         * week. That's long over.": an illness dated back, then said to be
         * long over in the next sentence */
        static const char *const over[] = {"that's long over", "thats long over", "that's all over", "it's long over",
                                           "long over now", "long gone now", "那早就好了", "早就好了", "早就过去了", "早好了", NULL};
        static const char *const back_then[] = {"back on", "back in", "last month", "months ago", "weeks ago", "in january",
                                                "in february", "over christmas", "上个月", "年初", "过年的时候", "几周前",
                                                "几个月前", NULL};
        for (int k = 0; over[k] && (o->flags & (MR_SYM_FEVER | MR_SYM_ILLNESS)); k++) {
            const char *at = strstr(r->s, over[k]);
            if (!at) continue;
            int t = tok_at(r, (int)(at - r->s)), p0, p1;
            if (t >= r->nt || t == 0) continue;
            int before = t - 1;
            while (before > 0 && r->t[before].kind == T_PUNCT) before--;
            if (r->sent[before] == r->sent[t]) continue; /* in the same sentence: healed() reads it */
            sent_span(r, before, &p0, &p1);
            if (!span_says(r, p0, p1, back_then)) continue;
            /* and nothing of a fever or a bug told after it ("... long over. Since last night 38.9 and chills") */
            if (any_sub(at, (const char *const[]){"fever", "temp", "chills", "flu", "sick", "shiver", "38", "39", "40",
                                                  "发烧", "发热", "烧", "体温", "发冷", "感冒", "拉肚子", "吐", NULL}))
                continue;
            char prev[512];
            int a = r->t[p0].off, b = r->t[p1 - 1].off + r->t[p1 - 1].len;
            snprintf(prev, sizeof prev, "%.*s", b - a, r->s + a);
            const unsigned bits[] = {MR_SYM_FEVER, MR_SYM_ILLNESS};
            for (int q = 0; q < 2; q++) {
                char *ev = o->evidence[bit_index(bits[q])];
                if ((o->flags & bits[q]) && ev[0] && strstr(prev, ev)) {
                    o->flags &= ~bits[q];
                    ev[0] = 0;
                }
            }
            if (o->temp_c >= 38.0f && !(o->flags & MR_SYM_FEVER)) o->temp_c = NAN;
        }
        /* a watch's AF alert to someone whose AF is known and who feels
         * nothing ("本来就有阵发性房颤 ... 这次没啥感觉", "already have AFib
         * diagnosed ... felt totally normal, no flutters"): the arrhythmia
         * known (its heart rules hold), not a new symptom */
        static const char *const alert[] = {"提示", "提醒", "报警", "报房颤", "irregular rhythm", "flagged", "alert",
                                            "notification", "detected", "signs of atrial fibrillation", "possible afib",
                                            "possible af", NULL};
        static const char *const known_af[] = {"本来就有", "一直有", "早就有", "确诊", "already have", "already got",
                                               "diagnosed", "known af", "on eliquis", "cardiologist knows", "好几年了",
                                               "好多年了", "多年了", "几年了", "利伐沙班", "阿哌沙班", "达比加群", "华法林",
                                               "拜瑞妥", "艾乐妥", "xarelto", "rivaroxaban", "apixaban", "warfarin",
                                               "for years", "years now", NULL};
        static const char *const device[] = {"手表", "手环", "watch", "fitbit", "apple watch", "kardia", "ring", NULL};
        static const char *const felt_nothing[] = {"没啥感觉", "没什么感觉", "没感觉", "心跳也不乱", "没有不舒服",
                                                   "felt totally normal", "felt normal", "feel normal", "feel fine",
                                                   "felt fine", "no flutters", "no symptoms", NULL};
        if ((o->flags & MR_SYM_PALPITATIONS) &&
            (any_sub(o->evidence[bit_index(MR_SYM_PALPITATIONS)], alert) || (any_sub(r->s, alert) && any_sub(r->s, device))) &&
            (o->notes2 & MR_NOTE2_AF) && any_sub(r->s, known_af) && !strstr(r->s, "undiagnosed") &&
            any_sub_unless(r->s, felt_nothing, (const char *const[]){"don't feel normal", "dont feel normal", "not feel normal",
                                                                      "don't feel fine", "dont feel fine", "not fine", NULL}) &&
            !any_sub_unless(r->s, (const char *const[]){"flutter", "racing", "pounding", "心慌", "心悸", "乱跳", NULL},
                            (const char *const[]){"no flutter", "not racing", "not pounding", "没心慌", "不心慌", "没有心慌",
                                                  "没有心悸", NULL})) {
            o->flags &= ~(unsigned)MR_SYM_PALPITATIONS;
            o->evidence[bit_index(MR_SYM_PALPITATIONS)][0] = 0;
        }
        /* a blood thinner for a clot ("a clot in my lung in July (PE), on
         * warfarin since"): the clot's treatment, not heart disease */
        if ((o->flags & MR_COND_HEART) &&
            any_sub(o->evidence[bit_index(MR_COND_HEART)], (const char *const[]){"warfarin", "blood thinner", "coumadin", "apixaban",
                                                                               "eliquis", "rivaroxaban", "xarelto", "edoxaban",
                                                                               "dabigatran", "pradaxa", "利伐沙班", "阿哌沙班",
                                                                               "华法林", "抗凝", NULL}) &&
            any_sub(r->s, (const char *const[]){"(pe)", " pe ", "pulmonary embol", "clot in my lung", "clot in my leg", "clots in my",
                                                "dvt", "deep vein", "blood clot", "肺栓塞", "血栓", NULL}) &&
            !any_sub(r->s, (const char *const[]){"valve", "af ", "afib", "a fib", "fibrillation", "房颤", "瓣", NULL})) {
            o->flags &= ~(unsigned)MR_COND_HEART;
            o->evidence[bit_index(MR_COND_HEART)][0] = 0;
        }
        /* a clot treated with a blood thinner ("DVT in my left calf 6 wks ago ... on apixaban"): the leg's
         * ache and swelling are the clot's, and walking is part of its treatment */
        o->clot_treated = said_own(r, (const char *const[]){"dvt", "deep vein", "clot in my calf", "clot in my leg",
                                                            "blood clot in my", "pulmonary embol", "clot in my lung",
                                                            "深静脉血栓", "下肢静脉血栓", "腿上有血栓", "腿上长了血栓", "肺栓塞",
                                                            "had a pe ", "had a pe,", "a pe in ", "pe in feb", "pe last",
                                                            NULL}) && o->anticoag;
        /* (a clot of years back, "on warfarin since the clot in my lung 2 yrs ago", is the reason for the
         * tablet, not a clot being treated now) */
        static const char *const clot_w[] = {"dvt", "deep vein", "clot in my", "blood clot", "pulmonary embol", "深静脉血栓",
                                             "血栓", "肺栓塞", NULL};
        static const char *const years_back[] = {"yrs ago", "years ago", "year ago", "yr ago", "years back", "年前", "去年",
                                                 "几年", NULL};
        for (int k = 0; o->clot_treated && clot_w[k]; k++)
            if (strstr(r->s, clot_w[k]) && sentence_now(r, clot_w[k], years_back)) o->clot_treated = 0;
        if (o->clot_treated && !(o->notes2 & MR_NOTE2_SEE_TODAY))
            place_unsure(o, (const char *const[]){"calf", "leg", "小腿", "腿", NULL});
        /* ME/CFS or long COVID and a crash going on now ("这两天几乎下不了床",
         * "crashed since Sunday, can't get out of bed"): rest through it, no
         * session, not even a short one (NICE NG206, 2021) */
        if ((o->notes & MR_NOTE_LONG_COVID) &&
            said_own(r, (const char *const[]){"下不了床", "起不来床", "起不了床", "下唔到床", "起唔到身", "卧床", "躺了两天",
                                              "躺了三天", "bed-bound", "bedbound", "bed bound", "can't get out of bed",
                                              "cant get out of bed", "can't get up", "stuck in bed", "in bed all day",
                                              "crashing", "in a crash", "mid crash", "mid-crash", NULL}) &&
            any_sub(r->s, (const char *const[]){"这两天", "这几天", "今天", "现在", "呢两日", "呢几日", "而家", "today", "right now",
                                                "since", "still", "this week", "at the moment", NULL}) &&
            !any_sub(r->s, (const char *const[]){"better", "recovered", "over now", "0%", "bed early", "好多了", "好点了", "恢复了", "缓过来",
                                                 "过去了", "last month", "上个月", NULL}))
            o->crash_now = 1;
        /* long COVID: the infection named months ago is not an illness today */
        if ((o->notes & MR_NOTE_LONG_COVID) && (o->flags & MR_SYM_ILLNESS) && !(o->flags & MR_SYM_FEVER) &&
            any_sub(o->evidence[bit_index(MR_SYM_ILLNESS)], (const char *const[]){"新冠", "covid", "阳", NULL})) {
            o->flags &= ~(unsigned)MR_SYM_ILLNESS;
            o->evidence[bit_index(MR_SYM_ILLNESS)][0] = 0;
        }
        /* numb or tingling feet with diabetes are its neuropathy (ADA 2016) */
        static const char *const numb_feet[] = {"numb feet", "feet are numb", "feet are a bit numb", "feet feel numb",
                                                "feet go numb", "feet tingle", "tingly feet", "tingling feet",
                                                "feet are tingly", "pins and needles in my feet", "脚麻", "脚底麻",
                                                "脚底发麻", "双脚发麻", "脚发麻", "脚趾麻", "脚趾发麻", "脚木木的", NULL};
        if (((r->known | o->flags) & MR_COND_DIABETES) && said_own(r, numb_feet)) o->notes2 |= MR_NOTE2_NEUROPATHY;
        /* "脚底有点麻，像隔了层布", "my soles feel like cotton": the feet and a loss of
         * feeling read together but left unplaced are the same neuropathy in a diabetic */
        static const char *const sole[] = {"feet", "foot", "soles", "sole of", "toes", "脚", "足底", "腳", NULL};
        static const char *const dull[] = {"numb", "tingl", "pins and needles", "cotton", "can't feel", "cannot feel",
                                           "麻", "木", "隔了层布", "隔着层布", "踩棉花", "没知觉", "没感觉", "感觉不到", NULL};
        for (int i = 0; i < o->n_unsure && (r->known | o->flags) & MR_COND_DIABETES; i++)
            if (any_sub(o->unsure[i], sole) && any_sub(o->unsure[i], dull)) o->notes2 |= MR_NOTE2_NEUROPATHY;
        static const char *const cotton[] = {"on cotton", "on cotton wool", "踩棉花", "隔了层布", "隔着层布",
                                             "隔了一层", "隔着一层", NULL};
        if (((r->known | o->flags) & MR_COND_DIABETES) && any_sub(r->s, sole) && said_own(r, cotton))
            o->notes2 |= MR_NOTE2_NEUROPATHY;
        static const char *const feet[] = {"feet", "foot", "toes", "脚", "足", "numb", "tingl", "麻", NULL};
        if (o->notes2 & MR_NOTE2_NEUROPATHY) { /* the numb feet are placed, and are not a foot injury */
            int before = o->n_unsure;
            place_unsure(o, feet);
            if (o->n_unsure < before && o->n_unsure == 0) o->notes &= ~(unsigned)MR_NOTE_LOWER_BODY;
        }
        /* a swollen, painful calf after a long flight or drive; breathless lying flat with swollen ankles */
        static const char *const travel[] = {"飞机", "飞回", "飞了", "航班", "经济舱", "长途", "坐了十", "flight", "flew",
                                             "飞返", "飞咗", "坐咗十", "十几个钟", "搭飞机", "返嚟之后",
                                             "long drive", "long haul", "long-haul", "door to door", "landed", "hrs flying",
                                             "hours flying", "hrs on the plane", "hours on the plane", "jet lag", "jetlag",
                                             /* a driver's days at the wheel ("5 day run, denver and back") */
                                             "trucker", "truck stop", "day run", "on the road", "road trip", "drove", "driving",
                                             "跑长途", "开长途", "开了一天", "开了两天", "开车回", NULL};
        static const char *const calf[] = {"小腿", "腿肚", "calf", NULL};
        static const char *const swell[] = {"肿", "胀", "粗", "swollen", "swelling", "puffy", "puffier", "puffed up", "swelled",
                                            "tight and sore", "tighter and", NULL};
        static const char *const flat[] = {"躺平就喘", "躺下就喘", "躺平会喘", "垫两个枕头", "垫三个枕头", "坐着睡", "lying flat",
                                           "lie flat", "pillows to sleep", "two pillows", "three pillows", "recliner",
                                           "propped up", NULL};
        static const char *const ankles[] = {"脚踝肿", "脚肿", "腿肿", "脚踝 also swollen", "ankles are puffy", "ankles puffy",
                                             "ankles are swollen", "swollen ankles", "ankles swell", "feet swell", "ankles are fat", "ankles fat",
                                             "fat ankles", "ankles are big", "ankles are thick", "ankles got fat", "cankles",
                                             "ankles like balloons", "ankles are like balloons", "feet like balloons",
                                             "ankles like footballs", "ankles swollen up", "脚肿得像", "脚踝肿得像", NULL};
        /* swollen ankles with no injury behind them, and breathless or with the
         * kidneys or the heart known: fluid building up, not a sprain */
        static const char *const hurt[] = {"崴", "扭", "摔", "踩空", "sprain", "sprained", "twisted", "rolled", "fell",
                                           "landed", NULL};
        /* "puffier than usual (sock marks)", "按下去一个坑": oedema told by its look */
        static const char *const puff[] = {"swell", "swollen", "puffy", "puffier", "puffed", "puffing up", "deep dents", "leave dents", "sock mark",
                                           "sock line", "marks from her socks", "marks from my socks", "pitting", NULL};
        static const char *const puff_zh[] = {"肿", "按下去一个坑", "一按一个坑", "一按一个窝", "按下去一个窝", "袜子勒", "袜印",
                                              "襪印", NULL};
        /* the legs as people call them: 脚杆 (Sichuan), 腿, 腳 */
        static const char *const legs_zh[] = {"脚踝", "脚脖", "腳踝", "脚眼", "脚杆", "脚背", "脚面", "腿", "脚", "腳", NULL};
        /* "脚脖子也不肿，晚上能平躺睡": the heart failure's signs denied */
        static const char *const no_puff[] = {"不肿", "没肿", "没有肿", "不浮肿", "没有浮肿", "没浮肿", "not swollen", "no swelling",
                                              "isn't swollen", "aren't swollen", "no ankle swelling", "not puffy", NULL};
        int n_puff = count_in(r->s, (const char *const[]){"肿", "swell", "swollen", NULL}), n_denied = count_in(r->s, no_puff);
        int puff_denied = n_denied > 0 && n_denied >= n_puff; /* "手不肿，但两只脚肿得一按一个坑": one denied, one not */
        int legs_puffy = !puff_denied && any_sub(r->s, legs_zh) && any_sub(r->s, puff_zh);
        int swollen = !puff_denied && (any_word(r->s, ankles) ||
                      ((strstr(r->s, "脚踝") || strstr(r->s, "脚脖") || strstr(r->s, "腳踝") || strstr(r->s, "脚眼")) && any_sub(r->s, puff_zh)) ||
                      ((strstr(r->s, "ankle") || strstr(r->s, "feet")) && any_sub(r->s, puff)));
        /* legs swollen as people put it ("脚杆杆也肿", "腿有点肿") count with
         * breathlessness; a heart failure's usual ankles alone do not send
         * anyone to the doctor today */
        /* "Cardiologist knows, it's my heart failure, he upped the furosemide":
         * the swelling already seen to, with no breathlessness, is not news */
        static const char *const seen_to[] = {"cardiologist knows", "doctor knows", "gp knows", "nurse knows", "hf nurse knows",
                                              "upped the furosemide", "upped my furosemide", "increased the furosemide",
                                              "increased my furosemide", "upped my water pill", "upped the water pill",
                                              "upped my water tablet", "upped the water tablet", "doubled my water pill",
                                              "医生知道", "医生加了利尿", "加了利尿剂", "利尿剂加量", "利尿药加量",
                                              "加了速尿", "速尿加量", "呋塞米加", "加了呋塞米", "把呋塞米加", "呋塞米加量",
                                              "heart failure nurse upped", "hf nurse upped", NULL};
        int seen = !(o->flags & MR_SYM_BREATH) && any_sub(r->s, seen_to);
        int fluid = !any_word(r->s, hurt) && !pregnant(r) &&
                    ((swollen && ((o->flags & MR_SYM_BREATH) || (o->notes2 & MR_NOTE2_KIDNEY) ||
                                  (((r->known | o->flags) & MR_COND_HEART) && !seen))) ||
                     (legs_puffy && (o->flags & MR_SYM_BREATH)));
        /* one calf swollen and sore, bigger than the other, with a clot's
         * risk behind it (the weeks after a birth, pregnancy, an operation, a
         * cast, chemotherapy, the pill or HRT) or plainly thicker than the
         * other: a deep vein thrombosis until a scan says not (NICE NG158,
         * 2020; RCOG Green-top 37a for the weeks after a birth) */
        static const char *const one_side[] = {"左边小腿", "右边小腿", "左小腿", "右小腿", "左腿肚", "右腿肚", "左边腿肚",
                                               "右边腿肚", "一边小腿", "一条腿", "left calf", "right calf", "one calf",
                                               "one leg", "other leg", "other calf", NULL};
        static const char *const thicker[] = {"比右边粗", "比左边粗", "比另一边粗", "比另一条腿粗", "粗一圈", "粗了一圈",
                                              "bigger than the other", "bigger than my other", "thicker than the other",
                                              "fatter than the other", "bigger than my right", "bigger than my left",
                                              "larger than the other", "puffier than the", "puffier than my", "比另一只粗",
                                              "粗咗一圈", "大咗一圈", "比右边粗咗", "比左边粗咗", "肿咗一圈", NULL};
        static const char *const sore[] = {"痛", "疼", "胀", "pain", "sore", "tender", "hurts", "ache", "aching", "tight", "hot",
                                           "warm", "发热", "发烫", "紧绷", NULL};
        static const char *const clot_risk[] = {"手术", "术后", "surgery", "operation", "op", "replacement", "置换", "石膏",
                                                "cast", "boot", "化疗", "chemo", "cancer", "癌", "tumour", "tumor", "肿瘤",
                                                "carboplatin", "cisplatin", "卡铂", "顺铂",
                                                "避孕药", "the pill", "hrt", "激素替代", "卧床", "bed rest", "bedbound",
                                                /* (a caesarean told before the weeks after a birth are read) */
                                                "c-section", "c section", "csection", "c-sec", "caesarean", "cesarean", "caesarian",
                                                "postpartum", "post partum", "postnatal", "剖腹产", "剖宫产", "产后", "月子", NULL};
        static const char *const pulled[] = {"拉伤", "抽筋", "pulled", "strain", "strained", "cramp", "tear", "torn",
                                             "撕裂", NULL};
        /* "like a cramp that won't let go" describes the ache; it pulled nothing */
        int pulled_said = any_word(r->s, pulled) &&
                          !any_sub(r->s, (const char *const[]){"like a cramp", "like cramp", "像抽筋", "跟抽筋一样", NULL});
        /* "我谂系坐得耐抽筋啫", "figured I strained it": the writer's guess, not a pull told */
        for (int k = 0; pulled_said && pulled[k]; k++) {
            const char *at = strstr(r->s, pulled[k]);
            if (!at) continue;
            int from = (int)(at - r->s) > 30 ? (int)(at - r->s) - 30 : 0;
            char back[40];
            snprintf(back, sizeof back, "%.*s", (int)(at - r->s) - from, r->s + from);
            if (any_sub(back, (const char *const[]){"谂系", "谂住", "以为", "我想是", "应该是", "估计是", "可能是", "大概是",
                                                     "figured", "i think", "probably", "prob ", "must be", "guess", "reckon",
                                                     "think i", "thought i", "says its", "says it's", "says it is", "thinks its",
                                                     "thinks it's", "他说是", "她说是", "他觉得是", "她觉得是", NULL}))
                pulled_said = 0;
        }
        int one_calf = any_word(r->s, calf) && (any_word(r->s, one_side) || any_word(r->s, thicker)) &&
                       (any_word(r->s, swell) || any_word(r->s, thicker)) && any_word(r->s, sore) && !any_word(r->s, hurt) &&
                       !pulled_said;
        int clot_risky = (o->notes & MR_NOTE_POSTPARTUM) || pregnant(r) || any_word(r->s, clot_risk) || any_word(r->s, thicker);
        /* a calf hot or red to the touch ("sore and hot since the last
         * flight", "肿起来了，摸着发红发热"): with a flight or a swelling, a
         * clot (or an infection) for a doctor today, whatever run came before */
        static const char *const hot[] = {"hot", "warm to touch", "warm to the touch", "feels warm", "warm and", "发热", "发烫",
                                          "烫", "摸着热", NULL};
        static const char *const red[] = {"red", "redness", "reddish", "发红", "红肿", "泛红", "变红", NULL};
        int calf_hot = said_own(r, calf) && said_own(r, hot) && !pulled_said && !any_word(r->s, hurt);
        /* the weeks after a birth: a swollen, sore calf on either side (RCOG Green-top 37a) */
        int pp_calf = (o->notes & MR_NOTE_POSTPARTUM) && said_own(r, calf) && any_word(r->s, swell) &&
                      (any_word(r->s, sore) || any_sub(r->s, (const char *const[]){"painful", "aching", "achy", NULL})) &&
                      !pulled_said && !any_word(r->s, hurt);
        if ((any_word(r->s, travel) && any_word(r->s, calf) && any_word(r->s, swell)) ||
            (any_word(r->s, flat) && any_word(r->s, ankles)) || fluid || (one_calf && clot_risky) || pp_calf ||
            (calf_hot && (any_word(r->s, travel) || (any_word(r->s, swell) && said_own(r, red)))) || o->line_arm)
            o->notes2 |= MR_NOTE2_SEE_TODAY;
        /* the fluid named on the card, and after a virus the heart muscle
         * it may have inflamed (ESC 2021 heart failure; ESC 2013 myocarditis) */
        if (fluid || (any_word(r->s, flat) && any_word(r->s, ankles)))
            o->fluid = said_own(r, (const char *const[]){"flu", "covid", "virus", "viral", "a cold", "感冒", "流感", "甲流",
                                                         "新冠", "阳了", "病毒", NULL}) ? 2 : 1;
        /* both ankles swollen with no injury behind them is no sprain: the
         * heart, the kidneys, the veins or a medicine (amlodipine) swell both
         * sides; with breathlessness it is the fluid above, a doctor today */
        static const char *const both[] = {"两只脚", "两边脚", "两个脚", "双脚", "两只脚踝", "两个脚踝", "两边脚踝", "双脚踝",
                                           "两条腿", "双腿", "两边都肿", "两只都肿", "both ankles", "both feet", "both legs",
                                           "both my ankles", "both my feet", "both my legs", "both of my ankles", NULL};
        if (!fluid && (swollen || legs_puffy) && any_sub(r->s, both) && !any_word(r->s, hurt) && !pregnant(r)) {
            o->ankles_swollen = 1;
            o->flags &= ~(unsigned)MR_COND_ANKLE;
            o->acute &= ~(unsigned)MR_COND_ANKLE;
            o->notes &= ~(unsigned)MR_NOTE_ACUTE_SPRAIN;
            o->evidence[bit_index(MR_COND_ANKLE)][0] = 0;
        }
        /* the heart's swelling already seen to ("the heart failure nurse upped my furosemide"): no ankle injury either */
        if (!fluid && seen && (swollen || legs_puffy) && (o->flags & MR_COND_ANKLE) && !any_word(r->s, hurt)) {
            o->flags &= ~(unsigned)MR_COND_ANKLE;
            o->acute &= ~(unsigned)MR_COND_ANKLE;
            o->notes &= ~(unsigned)MR_NOTE_ACUTE_SPRAIN;
            o->evidence[bit_index(MR_COND_ANKLE)][0] = 0;
        }
        if (fluid && (o->flags & MR_COND_ANKLE)) { /* the swelling is the fluid's, not an ankle injury */
            o->flags &= ~(unsigned)MR_COND_ANKLE;
            o->acute &= ~(unsigned)MR_COND_ANKLE;
            o->evidence[bit_index(MR_COND_ANKLE)][0] = 0;
        }
        /* MS: a leg weak or tingling with heat is the disease's, known; fibromyalgia:
         * everything aching is the flare, not an illness below the neck */
        /* ... and so is a leg gone heavy or sight gone blurred in the heat (Uhthoff's phenomenon) */
        static const char *const ms[] = {"weak", "tingl", "numb", "heavy", "blurr", "无力", "麻", "没劲", "沉", "模糊", NULL};
        /* ... but new numbness, weakness or sight lost, lasting days and with
         * no heat or fever told, is a relapse's picture (NICE NG220) */
        /* "I have MS, ...", "我有MS": the letters as a word, beside what MS brings */
        if (!(o->notes2 & MR_NOTE2_MS) && any_word(r->s, (const char *const[]){"ms", NULL}) &&
            any_sub(r->s, (const char *const[]){"numb", "tingl", "relapse", "neurolog", "optic", "lesion", "mri", "vision",
                                                "blurry", "fatigue", "heat", "hot", "balance", "wheelchair", "walking stick",
                                                "麻", "复发", "神经科", "视力", "看不清", "疲劳", "平衡", "yoga", "years", "年",
                                                NULL}) &&
            /* (not milliseconds: "300 ms", "300ms") */
            !any_sub(r->s, (const char *const[]){"ms delay", "ping", "latency", "ms per", "0 ms", "1 ms", "2 ms", "3 ms", "4 ms",
                                                 "5 ms", "6 ms", "7 ms", "8 ms", "9 ms", "0ms", "1ms", "2ms", "3ms", "4ms", "5ms",
                                                 "6ms", "7ms", "8ms", "9ms", NULL}))
            o->notes2 |= MR_NOTE2_MS;
        if ((o->notes2 & MR_NOTE2_MS) && said_own(r, (const char *const[]){"numb", "tingl", "weak leg", "leg is weak",
                                                                        "leg's weak", "legs are weak", "leg weak", "weak arm",
                                                                        "arm is weak", "arm weak", "weak hand", "麻", "腿无力",
                                                                        "手无力", "腿没劲", "手没劲", "腿软", "看东西发灰",
                                                                        "看东西模糊", "看不清", "视力", "视物", "double vision",
                                                                        "重影", "vision", "blurry", "blurred", "eye hurts",
                                                                        "hurts when i move it", "转眼珠会痛", "转眼珠痛", "眼球痛",
                                                                        NULL}) &&
            any_sub(r->s, (const char *const[]){"两天", "三天", "几天", "这几天", "最近两天", "呢几日", "呢两日", "since yesterday",
                                                "since monday", "since tuesday", "since wednesday", "since thursday",
                                                "since friday", "since saturday", "since sunday", "since the weekend",
                                                "for two days", "for 2 days", "for three days", "for 3 days", "for a few days",
                                                "past few days", "last few days", "last two days", "last 2 days", "last three days",
                                                "48 hours", "昨天开始", "从昨天", "越来越", "愈嚟愈", "越嚟越", "getting worse",
                                                "spreading", "往上", "spread", NULL}) &&
            /* (heat's, old and stable, treated and getting better, or another cause) */
            !any_sub_unless(r->s, (const char *const[]){"热", "热水澡", "桑拿", "晒", "空调", "凉快", "降温", "sauna", "hot", "heat",
                                                 "warm", "boiling", "summer", "overheat", "sunbath", "cool off", "cool down",
                                                 "as usual", "as always", "same as", "for years", "baseline", "usual for me",
                                                 "老样子", "老毛病", "一直都", "一直有", "好几年", "好多年", "也一样", "还是一样",
                                                 "nothing new", "ever since", "years ago", "年前", "always have", "steroid", "激素",
                                                 "getting better", "improving", "好转", "好多了", "dentist", "牙医", "麻药",
                                                 "anaesthetic", "injection", "carpal", "腕管", "pregnan", "怀孕", "孕", "发烧了",
                                                 "有点烧", NULL},
                            (const char *const[]){"not hot", "not warm", "no heat", "isn't hot", "isnt hot", "wasn't hot",
                                                  "not in the heat", "不热", "没晒", "no sauna", NULL}) &&
            !(o->flags & MR_SYM_FEVER))
            o->neuro_urgent = 2;
        if ((o->notes2 & MR_NOTE2_MS) && o->n_unsure) {
            place_unsure(o, ms);
            if (!o->n_unsure) o->notes &= ~(unsigned)MR_NOTE_LOWER_BODY; /* the leg was the disease's */
        }
        if ((o->notes2 & MR_NOTE2_FIBRO) && (o->flags & MR_SYM_ILLNESS) && !(o->flags & MR_SYM_FEVER) &&
            !strstr(r->s, "flu") && !strstr(r->s, "vomit") && !strstr(r->s, "感冒") && !strstr(r->s, "发烧") &&
            !strstr(r->s, "stomach bug") && !strstr(r->s, "been sick") && !strstr(r->s, "the runs") && !strstr(r->s, "diarrh") &&
            !strstr(r->s, "拉肚子") && !strstr(r->s, "肠胃炎") && !strstr(r->s, "腹泻") &&
            !strstr(r->s, "吐")) {
            o->flags &= ~(unsigned)MR_SYM_ILLNESS;
            o->evidence[13][0] = 0;
        }
        /* a calf that may hold a clot: the doctor today says it all */
        static const char *const clot_calf[] = {"小腿", "腿肚", "calf", NULL};
        if (o->notes2 & MR_NOTE2_SEE_TODAY) place_unsure(o, clot_calf);
        /* swollen ankles with breathlessness lying flat: fluid, the doctor's today, not a sprain */
        if ((o->notes2 & MR_NOTE2_SEE_TODAY) && (o->flags & MR_COND_ANKLE) && !(r->known & MR_COND_ANKLE)) {
            const char *ev = o->evidence[bit_index(MR_COND_ANKLE)];
            if (!any_sub(ev, (const char *const[]){"扭", "崴", "sprain", "twist", "roll", "injur", "伤", NULL}) &&
                !any_sub(r->s, (const char *const[]){"扭到", "崴到", "崴了", "sprained", "twisted", "rolled my ankle", NULL}))
                drop_finding(o, MR_COND_ANKLE);
        }
        /* "是不是拉伤了?" two days after the first squats asks about the
         * soreness of training (the coach explains it); it is not a strain */
        static const char *const wonder[] = {"是不是", "会不会", "是否", "怕是", "is it", "did i", "could it be",
                                             "could this be", "or just", NULL};
        int asks = strchr(r->s, '?') || strstr(r->s, "？") || strstr(r->s, "吗");
        static const char *const normal[] = {"normal", "正常", "injured", "injury", "受伤", "伤到", NULL};
        o->doms_asked = (o->notes & MR_NOTE_LOWER_WORKED) && asks && (any_word(r->s, wonder) || any_word(r->s, normal));
        /* very sore after far more than usual: the soreness of training, but
         * a jump in volume is what brings on exertional rhabdomyolysis, so
         * its signs are told (O'Connor et al. 2020, CHAMP consensus) */
        {
            static const char *const jump[] = {"crazy amount", "insane amount", "ridiculous amount", "way more than",
                                               "a lot more than usual", "twice what i", "double my", "more than ever",
                                               "first time in years", "hundreds of", "100 burpees", "200 squats",
                                               "疯狂", "比平时多很多", "比平时多了一倍", "翻倍", "猛练", "练了好多", "超量",
                                               "第一次练", "好几年没练", "一口气做了", NULL};
            static const char *const severe[] = {"so sore", "really sore", "very sore", "extremely sore", "insanely sore",
                                                 "hurts to", "can barely", "can't straighten", "cannot straighten",
                                                 "can't lift my arm", "can't bend", "酸得", "酸到", "疼得", "痛得",
                                                 "下不了楼", "抬不起", "伸不直", "动不了", NULL};
            int sore_ctx = (o->notes & (MR_NOTE_LOWER_WORKED | MR_NOTE_UPPER_WORKED)) || o->explained;
            o->sore_jump = sore_ctx && any_sub(r->s, jump) && any_sub(r->s, severe);
        }
        if ((o->notes & MR_NOTE_STRAIN) && (o->notes & MR_NOTE_LOWER_WORKED) && any_word(r->s, wonder) && asks) {
            static const char *const strain[] = {"拉伤", "扯伤", "strain", "pulled", "tear", "torn", NULL};
            o->notes &= ~(unsigned)(MR_NOTE_STRAIN | MR_NOTE_LOWER_BODY);
            place_unsure(o, strain);
        }
        /* a fresh sprain swells and bruises: placed */
        static const char *const sprain_signs[] = {"swollen", "swelling", "purple", "bruised", "肿", "紫", "淤青", "青了", NULL};
        if (o->acute & (MR_COND_KNEE | MR_COND_ANKLE)) place_unsure(o, sprain_signs);
        /* the calf pain on walking is the claudication: placed */
        static const char *const calf_pain[] = {"腿", "calf", "leg", "疼", "痛", "pain", "hurt", "ache", NULL};
        if ((o->notes2 & MR_NOTE2_PAD) || o->claudication) place_unsure(o, calf_pain); /* (named on the card as claudication's signs) */
    }
    /* a cough or phlegm, nausea or vomiting, as written: with a fever and a
     * tight chest a chest infection; with ketones on insulin, DKA (advisor.c) */
    o->cough_said = any_sub(r->s, (const char *const[]){"cough", "phlegm", "mucus", "congest", "yellow stuff", "green stuff",
                                                        "咳", "痰", NULL});
    o->nausea_said = any_sub(r->s, (const char *const[]){"nause", "vomit", "throwing up", "threw up", "puk", "恶心", "想吐",
                                                         "呕吐", "吐了", "feel sick", "feel a bit sick", "feeling sick",
                                                         "felt sick", "feel a little sick", "queasy", NULL});

    if (o->flags & MR_SYM_CHEST_PAIN) { /* what makes chest pain a call now (AHA) */
        static const char *const with[] = {"冷汗", "出汗", "一身汗", "大汗", "虚汗", "恶心", "想吐",
                                           "sweat", "sweaty", "sweating", "clammy", "nausea", "nauseous", "sick to my stomach",
                                           NULL};
        static const char *const spread[] = {"胳膊", "手臂", "左臂", "下巴", "arm", "jaw", NULL};
        /* pain reaching the arm or jaw that came on with effort and went with
         * rest is angina's pattern: a cardiologist today, an ambulance if it
         * comes at rest or lasts (advisor.c); sweating, nausea or
         * breathlessness with it are a call now (AHA) */
        /* "want to sweat it out at spin": a sweat wished for is no cold sweat */
        static const char *const with_unwished[] = {"冷汗", "大汗", "虚汗", "恶心", "想吐", "clammy", "cold sweat",
                                                    "nausea", "nauseous", "sick to my stomach", NULL};
        int with_said = o->sweat ? any_word(r->s, with_unwished) : any_word(r->s, with);
        if ((o->flags & MR_SYM_BREATH) || with_said || (any_word(r->s, spread) && !anywhere(r, Q_RELIEF)))
            o->notes |= MR_NOTE_MI_SIGNS;
        /* "feel sick and sweaty" beside the chest (or jaw) is the heart's nausea, not a flu */
        static const char *const flu[] = {"flu", "fever", "vomit", "vomiting", "vomited", "diarrhea", "diarrhoea", "cough",
                                          "coughing", "感冒", "发烧", "发热", "吐了", "拉肚子", "腹泻", "咳", NULL};
        const char *ev = o->evidence[bit_index(MR_SYM_ILLNESS)];
        int flu_said = any_word(r->s, flu); /* whole words: "reflux" is no flu */
        if ((o->notes & MR_NOTE_MI_SIGNS) && (o->flags & MR_SYM_ILLNESS) && !flu_said &&
            (strstr(ev, "sick") || strstr(ev, "nause") || strstr(ev, "恶心") || strstr(ev, "想吐") || strstr(ev, "sweat"))) {
            o->flags &= ~(unsigned)MR_SYM_ILLNESS;
            o->evidence[bit_index(MR_SYM_ILLNESS)][0] = 0;
        }
    }
    /* a racing heart the doctor has just checked (a normal ECG or Holter)
     * and put down to anxiety, with exercise advised and no other warning
     * sign: the workup answered it; the stop signs still stand */
    /* the same for breathlessness on stairs that settles, after a normal
     * heart and lung workup and a doctor's go-ahead (long COVID's "慢慢恢复") */
    /* a racing heart told only as what nerves or a run do to it ("一紧张就心慌手心出汗",
     * "一跑起来心跳加快就会想起车祸那一刻", "when my heart races it feels like an attack
     * starting"): anxiety's alarm or the effort's normal answer, no sign of its own;
     * not when it is irregular, comes from nowhere or at rest, lasts, or comes
     * with chest pain, a faint or breathlessness (ACSM; NICE CKS palpitations) */
    if ((o->flags & MR_SYM_PALPITATIONS) && !(o->flags & (MR_SYM_CHEST_PAIN | MR_SYM_DIZZINESS | MR_SYM_BREATH | MR_SYM_FEVER))) {
        static const char *const trigger[] = {"一紧张就", "一着急就", "一焦虑就", "紧张的时候", "紧张时", "一緊張就",
                                              "when i get nervous", "when i'm nervous", "when im nervous", "when i get anxious",
                                              "when i'm anxious", "when im anxious", "when i panic",
                                              /* (a run's racing heart that brings the trauma back: "一跑起来心跳加快就会想起车祸") */
                                              "一跑起来心跳加快就会想起", "跑起来心跳一快就想起", NULL};
        static const char *const real[] = {"乱跳", "乱", "漏", "停跳", "不齐", "irregular", "skip", "flutter", "all over the place",
                                           "out of nowhere", "for no reason", "at rest", "无缘无故", "莫名其妙", "坐着", "躺着",
                                           "休息的时候", "休息时", "停不下来", "不停", "won't settle", "wont settle", "still racing",
                                           "today", "this morning", "right now", "今天", "刚才", "现在还",
                                           /* lasting, often, at night, new, out of proportion */
                                           "last", "minute", "hour", "分钟", "小时", "半天", "越来越", "最近", "平时也", "不紧张也",
                                           "bed", "night", "lying", "woke", "wake", "睡觉", "晚上", "夜里", "半夜", "uneven", "new",
                                           "lately", "often", "150", "160", "170", "180", "190", "200", "220", NULL};
        const char *ev = o->evidence[bit_index(MR_SYM_PALPITATIONS)];
        const char *at = ev[0] ? strstr(r->s, ev) : NULL;
        int cued = 0;
        const char *cue = NULL;
        for (int k = 0; at && trigger[k] && !cued; k++)
            for (const char *t = strstr(r->s, trigger[k]); t && !cued; t = strstr(t + 1, trigger[k]))
                if ((cued = t <= at && at - t <= 24)) cue = t;
        /* (what makes it real is told beside it: "今天坐着也心慌", not "每天坐着学14个小时" elsewhere) */
        char near[160] = "";
        if (cue) snprintf(near, sizeof near, "%.*s", (int)(strlen(cue) < 100 ? strlen(cue) : 100), cue);
        if (cued && !any_sub(near, real) &&
            !any_sub(r->s, (const char *const[]){"out of nowhere", "for no reason", "无缘无故", "莫名其妙", "at rest", "won't settle",
                                                 "wont settle", "停不下来", "in bed", "at night", "woke me", "wakes me", "夜里",
                                                 "半夜", "睡觉", NULL})) {
            o->flags &= ~(unsigned)MR_SYM_PALPITATIONS;
            o->evidence[bit_index(MR_SYM_PALPITATIONS)][0] = 0;
            o->palp_cued = 1;
        }
    }
    unsigned checkable = o->flags & (MR_SYM_PALPITATIONS | MR_SYM_BREATH);
    if (checkable && !(o->flags & (MR_SYM_CHEST_PAIN | MR_SYM_DIZZINESS | MR_SYM_FEVER)) &&
        __builtin_popcount(checkable) == 1) {
        static const char *const workup[] = {"心电图", "动态心电图", "holter", "ecg", "ekg", "echo", "心脏彩超", "心脏没问题",
                                             "心脏没事", "heart is fine", "heart's fine", "heart was fine", "肺功能", "lung function",
                                             "spirometry", "chest x-ray", "胸片", "out of hospital", "antibiotics", "出院",
                                             "抗生素", NULL};
        static const char *const advised[] = {"建议多运动", "建议运动", "多运动", "可以运动", "让我运动", "多锻炼", "慢慢恢复",
                                              "exercise would help", "exercise will help", "told me to exercise",
                                              "exercise would actually help", "exercise will actually help", "would actually help",
                                              "said to exercise", "recommended exercise", "cleared me", "fine to exercise",
                                              "ok to exercise", "okay to exercise", "exercise is fine", "keep exercising",
                                              "build up slowly", "build back slowly", "take it slow", "exercise is safe",
                                              "safe to exercise", "start moving", "want me to exercise", "want me to start",
                                              "运动是安全的", "可以放心运动", "放心运动", NULL};
        static const char *const settles[] = {"休息一会儿就好", "歇一会儿就好", "歇一下就好", "休息一下就好", "一会儿就好",
                                              "平地走路没事", "settles", "goes away", "fine on the flat", "getting better",
                                              "better every week", "一周比一周好", "越来越好", NULL};
        int breath = checkable == MR_SYM_BREATH;
        if (any_word(r->s, workup) && any_word(r->s, advised) && said_own(r, workup) &&
            (!breath || any_word(r->s, settles))) {
            o->flags &= ~checkable;
            o->evidence[bit_index(checkable)][0] = 0;
            if (breath) o->breath_checked = 1;
            else o->palp_checked = 1;
        }
    }
    /* a faint or a racing heart of days ago, checked (A&E, ECG, Holter) and
     * not back since ("passed out in the shower last Friday ... bloods and
     * ECG all normal ... haven't had a single dizzy spell since",
     * "去医院查了说是低血糖……再也没晕过"): assessed and over */
    if ((o->flags & (MR_SYM_DIZZINESS | MR_SYM_PALPITATIONS)) && !(o->flags & (MR_SYM_CHEST_PAIN | MR_SYM_BREATH))) {
        static const char *const checked[] = {"a&e", "ecg", "ekg", "holter", "bloods", "cardiologist", "hospital", "er ",
                                              "心电图", "动态心电图", "医院", "急诊", "查了", "检查", NULL};
        static const char *const none_since[] = {"haven't had a single", "havent had a single", "haven't had one since",
                                                 "not had one since", "nothing since", "none since", "haven't felt it since",
                                                 "havent felt it since", "not felt it since", "再也没晕过", "再没晕过",
                                                 "没再晕过", "一次都没犯", "没再犯", "没再发作", "再也没犯", NULL};
        if (any_sub(r->s, checked) && any_sub(r->s, none_since)) {
            unsigned drop = o->flags & (MR_SYM_DIZZINESS | MR_SYM_PALPITATIONS);
            o->flags &= ~drop;
            if (drop & MR_SYM_DIZZINESS) o->evidence[bit_index(MR_SYM_DIZZINESS)][0] = 0;
            if (drop & MR_SYM_PALPITATIONS) o->evidence[bit_index(MR_SYM_PALPITATIONS)][0] = 0;
        }
    }
    /* "puffed out on hills but the nurse thinks that's just being out of
     * condition": breathless only on a climb, put down to deconditioning by
     * the person's clinician, nothing else amiss: assessed, not a warning
     * sign (the stop signs still stand; ACSM: breathlessness at rest or
     * with mild exertion is the sign) */
    if (o->flags == (o->flags & ~(unsigned)(MR_SYM_CHEST_PAIN | MR_SYM_DIZZINESS | MR_SYM_FEVER | MR_SYM_PALPITATIONS)) &&
        (o->flags & MR_SYM_BREATH)) {
        static const char *const climb[] = {"hill", "hills", "uphill", "stairs", "steps", "incline", "爬坡", "上坡", "爬楼",
                                            "上楼", "楼梯", "爬山", NULL};
        static const char *const unfit[] = {"out of condition", "deconditioning", "deconditioned", "out of shape", "unfit",
                                            "lack of fitness", "fitness will come back", "体能下降", "体能差", "体力差",
                                            "缺乏锻炼", "缺少锻炼", "体力没恢复", "体力还没恢复", NULL};
        static const char *const clinician[] = {"nurse", "doctor", "gp", "oncologist", "physio", "consultant", "cardiologist",
                                                "医生", "护士", "大夫", "医院", NULL};
        if (any_word(r->s, climb) && any_sub(r->s, unfit) && any_word(r->s, clinician) && !any_sub(r->s, BREATH_NEW)) {
            o->flags &= ~(unsigned)MR_SYM_BREATH;
            o->evidence[bit_index(MR_SYM_BREATH)][0] = 0;
            o->breath_checked = 2;
        }
    }
    /* angina's spray needed ("needed my GTN twice while sitting"): an anginal episode, a warning sign (ACSM) */
    static const char *const gtn[] = {"gtn", "nitro", "nitroglycerin", "硝酸甘油", "救心丸", NULL};
    static const char *const needed[] = {"needed it", "used it", "took it", "needed my", "used my", "needed the", "用了", "喷了",
                                         "含了", "吃了", "needed 1", "needed one", "needed a", "needed 2", "needed two",
                                         "spray twice", "sprayed", "sprays", "spray this", "spray on my", "puff", "puffs",
                                         "took a", "took one", "took 1", "took my", "took two", "had to use", "had to take",
                                         "used a", "used 1", "used one", "popped a", "popped one", "under my tongue", "under the tongue",
                                         "舌下", NULL};
    /* "Not needed it once this month", "haven't used my GTN": a denial, no episode */
    static const char *const not_[] = {"not", "never", "haven't", "havent", "没", "没有", "不用", NULL};
    if (!(o->flags & MR_SYM_CHEST_PAIN) && any_word(r->s, gtn) && said_not_after(r, needed, not_, 1)) { /* not "caused it" */
        for (int k = 0; gtn[k]; k++) {
            const char *at = strstr(r->s, gtn[k]);
            if (at && own_fact(r, (int)(at - r->s))) {
                int t = tok_at(r, (int)(at - r->s));
                set_flag(r, MR_SYM_CHEST_PAIN, t, t + 1);
                break;
            }
        }
    }
    /* "Afib, on Eliquis. felt fluttery last night": with a heart rhythm
     * known, a flutter felt is the heart's, not nerves (ACSM's warning signs) */
    if (!(o->flags & MR_SYM_PALPITATIONS) && ((o->flags | r->known) & MR_COND_HEART) &&
        !any_sub(r->s, (const char *const[]){"stomach", "tummy", "butterflies", "no flutter", "not fluttery", "without flutter",
                                            NULL})) {
        static const char *const flutter[] = {"felt fluttery", "feel fluttery", "feeling fluttery", "fluttery", "fluttering",
                                              "flutters", "flip-flopping", "flip flopping", NULL};
        for (int k = 0; flutter[k] && !(o->flags & MR_SYM_PALPITATIONS); k++) {
            const char *at = strstr(r->s, flutter[k]);
            if (!at || (at > r->s && isalpha((unsigned char)at[-1]))) continue;
            int off = (int)(at - r->s);
            if (own_fact(r, off)) set_flag(r, MR_SYM_PALPITATIONS, tok_at(r, off), tok_at(r, off) + 2);
        }
    }
    /* "心里发慌 手抖 出虚汗": a racing heart with shaking and a cold sweat (a hypo's,
     * or the heart's), not nerves */
    /* (or with blue lips, or breathless after a few steps: the heart's, AHA) */
    if (!(o->flags & MR_SYM_PALPITATIONS) && (strstr(r->s, "心里发慌") || strstr(r->s, "心慌")) &&
        any_sub(r->s, (const char *const[]){"手抖", "虚汗", "冷汗", "嘴唇发紫", "嘴唇发乌", "嘴唇紫", "嘴唇没血色", "走两步",
                                            "走几步", "坐着也慌", "躺着也慌", NULL})) {
        const char *at = strstr(r->s, "心里发慌") ? strstr(r->s, "心里发慌") : strstr(r->s, "心慌");
        int off = (int)(at - r->s);
        if (own_fact(r, off)) set_flag(r, MR_SYM_PALPITATIONS, tok_at(r, off), tok_at(r, off) + 2);
    }
    /* puffed and a pounding heart on a fast walk that settles, asked "is that
     * normal?": the effort's, answered (not a warning sign) */
    static const char *const normal_q[] = {"is that normal", "is it normal", "normal?", "正常吗", "正常不", "要紧吗", "没事吧",
                                           "is that ok", "is that okay", "just normal", "normal, right", "normal right",
                                           "stuff, right", "that's the point right", "thats the point right", "正常的吧",
                                           "正常吧", "是正常的吧", "正常反应吧", NULL};
    if ((anywhere(r, D_BREATH) || anywhere(r, D_PALP) || anywhere(r, S_RACE)) && anywhere(r, Q_HARD) &&
        !(o->flags & (MR_SYM_BREATH | MR_SYM_PALPITATIONS | MR_SYM_CHEST_PAIN | MR_SYM_DIZZINESS)) && any_word(r->s, normal_q))
        o->effort_asked = 1;
    if (anywhere(r, D_BREATH) && !(o->flags & MR_SYM_BREATH) && any_sub(r->s, puff_ok_q) && any_sub(r->s, puff_mild))
        o->effort_asked = 1;
    /* heavy, restless legs in taper week are the taper's, not training soreness */
    if (o->notes & MR_NOTE_TAPER) o->notes &= ~(unsigned)MR_NOTE_LOWER_WORKED;
    /* "16 weeks and still throwing up 6-7 times a day, can't even keep water
     * down": the pregnancy may be read after the vomiting (ACOG: hyperemesis) */
    static const char *const down[] = {"keep water down", "keep anything down", "keep nothing down", "keep nothin down",
                                       "keep food down", "keep fluids down", "喝水都吐", "吃什么吐什么", "吃啥吐啥", NULL};
    if ((r->vomit_bad || vomiting(r) || ((o->flags & MR_SYM_ILLNESS) && any_sub(r->s, down))) &&
        ((o->flags | r->known) & MR_COND_PREGNANCY) && !(o->flags & MR_SYM_PREG_WARNING)) {
        o->flags |= MR_SYM_PREG_WARNING;
        memcpy(o->evidence[bit_index(MR_SYM_PREG_WARNING)], o->evidence[bit_index(MR_SYM_ILLNESS)], MR_NOTES_EVIDENCE);
    }
    /* an oxygen reading ("指夹血氧仪...今天早上坐着测了几次都是88、89", "sats 89%"):
     * the lowest number of 70-99 in the sentences that name it, today's
     * (a usual value said beside it is higher and does not count) */
    {
        static const char *const ox[] = {"血氧", "spo2", "sp02", "sats", "o2 sat", "oxygen", "oximeter", "pulse ox", "血氧仪", NULL};
        int low = 0, at = -1;
        for (int t = 0; t < r->nt; t++) {
            if (r->t[t].kind != T_NUM || r->t[t].dot || r->t[t].val < 70 || r->t[t].val > 99) continue;
            int s0, s1;
            sent_span(r, t, &s0, &s1);
            if (!span_says(r, s0, s1, ox) || others_at(r, t)) continue;
            int v = (int)r->t[t].val;
            if (!low || v < low) { low = v; at = t; }
        }
        /* (a watch's or a ring's reading, worn loose or over nail polish, is not an oximeter's) */
        int wearable = any_sub(r->s, (const char *const[]){"watch", "ring", "oura", "fitbit", "garmin", "手表", "戒指", "手环",
                                                          NULL}) &&
                       !any_sub(r->s, (const char *const[]){"oximeter", "血氧仪", "血氧夹", "指夹", NULL});
        if (low && low < 92 && !wearable) o->spo2 = low;
        /* under 90 with breathlessness said, even where breathlessness is a lung disease's usual (COPD): today's is
         * worse than usual, the warning sign (BTS 2017; GOLD 2024: an exacerbation) */
        if (o->spo2 && o->spo2 < 90 && !(o->flags & MR_SYM_BREATH) &&
            any_sub_unless(r->s, (const char *const[]){"short of breath", "breathless", "out of breath", "can't breathe",
                                                       "winded", "sob", "喘", "气短", "气急", "上不来气", NULL},
                           (const char *const[]){"not breathless", "not short of breath", "不喘", "没喘", "不气短", NULL}))
            set_flag(r, MR_SYM_BREATH, at, at + 1);
    }
    /* heart failure named (or its drugs, its clinic, its ejection fraction) */
    {
        static const char *const hf_w[] = {"heart failure", "心衰", "心力衰竭", "ejection fraction", "射血分数", "hf clinic",
                                           "hf nurse", "hfref", "hfpef", "entresto", "sacubitril", "沙库巴曲", "诺欣妥", "my ef",
                                           "ef is", "ef was", "ef 2", "ef 3", "ef 4", "ef of", "ef ~", NULL};
        for (int k = 0; hf_w[k] && !o->heart_failure; k++) {
            const char *at = strstr(r->s, hf_w[k]);
            if (at && !(isalpha((unsigned char)hf_w[k][0]) && at > r->s && isalpha((unsigned char)at[-1])) &&
                own_fact(r, (int)(at - r->s)))
                o->heart_failure = 1;
        }
    }
    /* sacubitril/valsartan, carvedilol, a water tablet in heart failure are
     * the failing heart's drugs, not a blood-pressure diagnosis, unless the
     * pressure itself is named or read */
    if ((o->flags & MR_COND_HYPERTENSION) && o->bp_sys < 0) {
        static const char *const hf[] = {"heart failure", "心衰", "心力衰竭", "pumping is", "ejection fraction", "射血分数", NULL};
        static const char *const bp_w[] = {"blood pressure", "hypertension", "high bp", "血压", "高血压", "bp", NULL};
        if (any_sub(r->s, hf) && !any_word(r->s, bp_w)) {
            o->flags &= ~(unsigned)MR_COND_HYPERTENSION;
            o->evidence[bit_index(MR_COND_HYPERTENSION)][0] = 0;
        }
    }
    /* a calf swollen, hot or sore in pregnancy: a clot until shown otherwise (ACOG) */
    static const char *const calf[] = {"calf", "小腿", "腿肚", NULL};
    static const char *const calf_sw[] = {"swell", "swollen", "swole", "hot an hurt", "hot and hurt", "red and sore", "肿", "发烫",
                                          NULL};
    /* the swelling in the calf's own clause and not denied ("脚踝有点肿 ... 小腿不疼也不肿" is the ankles') */
    static const char *const calf_fine[] = {"不肿", "没肿", "没有肿", "not swollen", "no swelling", "isn't swollen", "aren't swollen",
                                            "not swelling", NULL};
    int calf_swollen = 0;
    for (int k = 0; calf[k] && !calf_swollen; k++)
        for (const char *at = strstr(r->s, calf[k]); at && !calf_swollen; at = strstr(at + 1, calf[k])) {
            int t = tok_at(r, (int)(at - r->s));
            if (t >= r->nt) continue;
            int c0 = clause_start(r, t), c1 = clause_end(r, t);
            char cl[256];
            span_text(r, c0, c1, cl, sizeof cl);
            calf_swollen = any_sub_unless(cl, calf_sw, calf_fine);
        }
    if (((o->flags | r->known) & MR_COND_PREGNANCY) && !(o->flags & MR_SYM_PREG_WARNING) && calf_swollen &&
        !negated_text(r->s)) {
        o->flags |= MR_SYM_PREG_WARNING;
        o->preg_calf = 1;
        snprintf(o->evidence[bit_index(MR_SYM_PREG_WARNING)], MR_NOTES_EVIDENCE, "%s", "calf");
    }
    /* "morning sickness is brutal, threw up twice": the pregnancy's nausea, not
     * an illness below the neck (a fever, or nothing kept down, still is) */
    static const char *const nvp[] = {"morning sickness", "all-day sickness", "all day sickness", "孕吐", "害喜", "早孕反应",
                                      NULL};
    if (((o->flags | r->known) & MR_COND_PREGNANCY) && any_sub(r->s, nvp) && !(o->flags & MR_SYM_FEVER) &&
        !(o->flags & MR_SYM_PREG_WARNING))
        o->flags &= ~(unsigned)MR_SYM_ILLNESS;
    /* "刚打完新冠加强针，有点发冷，量了37.1，没发烧", "flu jab yesterday, bit
     * achy and shivery": a vaccine's usual reaction for a day or two, with no
     * fever, is the jab's, not an illness below the neck (CDC, vaccine side
     * effects); a fever with it, or anything more, still counts */
    /* (a vaccine by name, dated to the last day or two in its own sentence;
     * an insulin jab or another injection is no vaccine, and feeling hot is
     * a fever until a thermometer says not) */
    static const char *const vaccine[] = {"加强针", "疫苗", "flu jab", "flu shot", "covid jab", "covid shot", "booster",
                                          "vaccine", "vaccination", NULL};
    int jab_recent = 0; /* (looked for only when there is an illness to explain) */
    for (int k = 0; vaccine[k] && !jab_recent && (o->flags & MR_SYM_ILLNESS) && !(o->flags & MR_SYM_FEVER); k++)
        for (const char *p = strstr(r->s, vaccine[k]); p && !jab_recent; p = strstr(p + 1, vaccine[k])) {
            int s0, s1;
            sent_span(r, tok_at(r, (int)(p - r->s)), &s0, &s1);
            jab_recent = span_says(r, s0, s1, (const char *const[]){"刚打完", "刚打了", "昨天打", "今天打", "打完", "just had",
                                                                    "yesterday", "this morning", "last night", "today", NULL});
        }
    if ((o->flags & MR_SYM_ILLNESS) && !(o->flags & MR_SYM_FEVER) && (isnan(o->temp_c) || o->temp_c < 37.5f) &&
        !any_sub(r->s, (const char *const[]){"all over", "every bone", "whole body", "全身", "浑身", "身上都", "feel hot",
                                             "feeling hot", "feverish", "burning up", "身上发热", "浑身发烫", "insulin", "胰岛素",
                                             "b12", "injection", "注射", NULL}) &&
        jab_recent && said_own(r, vaccine) &&
        any_sub(o->evidence[bit_index(MR_SYM_ILLNESS)], (const char *const[]){"发冷", "冷", "酸", "chill", "shiver", "ache",
                                                                               "achy", "sore", "疼", "痛", NULL}) &&
        !any_sub(r->s, (const char *const[]){"vomit", "threw up", "diarrh", "cough", "吐", "拉肚子", "腹泻", "咳", NULL}))
        drop_finding(o, MR_SYM_ILLNESS);
    /* "10 wks, feel good except morning nausea", "孕10周，早上有点恶心": the
     * first trimester's usual nausea is placed, not a finding to be unsure of
     * (ACOG 2018, nausea and vomiting of pregnancy; vomiting all day and
     * nothing kept down is the warning sign read elsewhere) */
    if (((o->flags | r->known) & MR_COND_PREGNANCY) && !(o->flags & (MR_SYM_FEVER | MR_SYM_ILLNESS | MR_SYM_PREG_WARNING)) &&
        (o->preg_weeks < 0 || o->preg_weeks <= 16) &&
        any_sub(r->s, (const char *const[]){"morning nausea", "nausea", "nauseous", "queasy", "morning sickness", "恶心", "想吐",
                                            "孕吐", "害喜", NULL}))
        place_unsure(o, (const char *const[]){"nausea", "nauseous", "queasy", "sickness", "恶心", "想吐", "孕吐", "害喜", "吐",
                                              NULL});
    /* "胰島素阻抗", "insulin resistance": no insulin taken */
    /* ("控制不好再打胰岛素", "trying to avoid insulin": insulin ahead, or not wanted, is none taken) */
    static const char *const resist[] = {"胰岛素抵抗", "胰岛素阻抗", "insulin resistance", "insulin resistant", "再打胰岛素",
                                         "不想打胰岛素", "不用打胰岛素", "就要打胰岛素", "就得打胰岛素", "要打胰岛素",
                                         "避免打胰岛素", "免得打胰岛素", "可能要打胰岛素", "不打胰岛素", "没打胰岛素",
                                         "not on insulin", "avoid insulin", "avoiding insulin", "before insulin", "need insulin",
                                         "want insulin", "no insulin", "go on insulin", "start insulin", "put me on insulin",
                                         "put on insulin", NULL};
    /* (a brand named, "novorapid", "来得时", is insulin taken however "insulin" is written) */
    if ((o->notes & MR_NOTE_INSULIN) &&
        !any_sub_unless(r->s, insulin_w, resist))
        o->notes &= ~(unsigned)MR_NOTE_INSULIN;
    /* a pain the named condition explains is placed: fibromyalgia's, a pulled muscle's */
    if (o->notes2 & MR_NOTE2_FIBRO) place_unsure(o, (const char *const[]){"pain", "痛", "疼", "ache", NULL});
    /* "bleeding stopped last week" weeks after a birth: the lochia, over; the card's own postpartum line says when to call */
    if ((o->notes & MR_NOTE_POSTPARTUM) && !(o->flags & MR_COND_PREGNANCY))
        place_unsure(o, (const char *const[]){"bleeding", "出血", "恶露", NULL});
    if (o->notes & MR_NOTE_STRAIN) {
        place_unsure(o, (const char *const[]){"hamstring", "hammy", "calf", "groin", "quad", "拉伤", "腘绳", "扯", NULL});
        if (!o->n_unsure) o->notes &= ~(unsigned)MR_NOTE_LOWER_BODY; /* the strain's own rule says what to avoid */
        static const char *const ham[] = {"hamstring", "hammy", "腘绳", "大腿后", NULL}, *const calf2[] = {"calf", "小腿", NULL},
                                 *const groin[] = {"groin", "腹股沟", "大腿内侧", NULL}, *const quad[] = {"quad", "股四头", "大腿前", NULL};
        o->strain_muscle = any_sub(r->s, ham) ? 1 : any_sub(r->s, calf2) ? 2 : any_sub(r->s, groin) ? 3 : any_sub(r->s, quad) ? 4 : 0;
        /* "pulled it 3 wks ago ... jogging is pain free now": past the first
         * weeks and running without pain, the strain's return is graded
         * running and speed, not rest from running (Heiderscheit et al.
         * 2010; Askling et al. 2013) */
        static const char *const weeks[] = {"2 weeks ago", "3 weeks ago", "4 weeks ago", "2 wks ago", "3 wks ago", "4 wks ago",
                                            "two weeks ago", "three weeks ago", "four weeks ago", "a month ago", "两周前",
                                            "三周前", "四周前", "两个星期前", "三个星期前", "一个月前", "半个多月", NULL};
        static const char *const no_pain[] = {"pain free", "pain-free", "painfree", "doesn't hurt", "doesnt hurt", "no pain",
                                              "jogging is fine", "jogging fine", "跑起来不疼", "慢跑不疼", "不疼了", "不痛了",
                                              NULL};
        /* "no pain walking but running still hurts" is not the late stage */
        static const char *const still[] = {"still hurt", "still sore", "still pain", "still tight", "hurts when",
                                            "hurts to", "but running hurts", "sprinting hurts", "还疼", "还痛", "还是疼",
                                            "还是痛", "一跑就", "跑快就疼", "跑快了疼", NULL};
        if (any_sub(r->s, weeks) && any_sub(r->s, no_pain) && !any_sub(r->s, still)) {
            o->strain_late = 1;
            o->notes &= ~(unsigned)MR_NOTE_STRAIN;
        }
    }
    /* "puked in the bucket after ... not a bug, just went too hard": sick
     * from the effort, which passes, not an illness */
    if (o->flags & MR_SYM_ILLNESS) {
        char *ev = o->evidence[bit_index(MR_SYM_ILLNESS)];
        static const char *const vomit[] = {"puk", "threw up", "throw up", "vomit", "hurl", "吐", NULL};
        static const char *const effort[] = {"went too hard", "pushed too hard", "not a bug", "not sick", "from the effort",
                                             "练吐了", "跑吐了", "练到吐", "跑到吐", "练太猛", "不是生病", NULL};
        static const char *const goes_on[] = {"since", "still", "keep", "on and off", "diarr", "runs", "fever", "aching",
                                              "拉肚", "腹泻", "泻", "发烧", "还在", "一直", "浑身", NULL};
        if (any_sub(ev, vomit) && any_sub(r->s, effort) && !any_sub(r->s, goes_on)) {
            o->flags &= ~(unsigned)MR_SYM_ILLNESS;
            ev[0] = 0;
        }
    }
    /* "a twinge low in my belly on one side when I stand up fast": in a
     * pregnancy, a brief one-sided pull on a change of position is the
     * round ligament stretching, common from the second trimester; pain
     * that lasts or comes in waves, bleeding or fluid stay warning signs
     * (ACOG, "Round ligament pain"; heuristic reading) */
    if ((o->flags & MR_SYM_PREG_WARNING) && (o->flags & MR_COND_PREGNANCY)) {
        static const char *const brief[] = {"twinge", "twinges", "pull", "pulling", "抽一下", "扯一下", "抽痛一下", "扯着疼一下", NULL};
        static const char *const side[] = {"one side", "left side", "right side", "一侧", "一边", "左边", "右边", NULL};
        static const char *const move[] = {"stand up", "get up", "stood up", "got up", "roll over", "turn over", "cough", "sneeze",
                                           "站起来", "起身", "翻身", "咳嗽", "打喷嚏", NULL};
        static const char *const not_it[] = {"bleed", "blood", "spotting", "fluid", "leak", "waves", "regular", "tighten",
                                             "contraction", "worse", "won't stop", "wont stop", "constant", "fever",
                                             "出血", "见红", "流水", "一阵一阵", "宫缩", "发紧", "越来越", "一直", "发烧", NULL};
        if (any_sub(r->s, brief) && any_sub(r->s, side) && any_sub(r->s, move) && !any_sub(r->s, not_it)) {
            o->flags &= ~(unsigned)MR_SYM_PREG_WARNING;
            o->evidence[bit_index(MR_SYM_PREG_WARNING)][0] = 0;
            o->round_ligament = 1;
            place_unsure(o, (const char *const[]){"belly", "side", "肚", "腹", "侧", NULL});
        }
    }
    /* "以为是假性宫缩，但是越来越规律，五分钟一次，还疼": tightenings that come
     * closer and regular, in a pregnancy, are labour's or preterm labour's
     * sign whatever they were first thought to be (ACOG) */
    static const char *const closer[] = {"越来越规律", "越来越密", "越来越频繁", "越来越疼", "分钟一次", "分钟一回", "分钟来一次",
                                         "分钟痛一次", "分钟疼一次", "分钟痛一回", "分钟疼一回",
                                         "more regular", "getting regular", "closer together", "closer and closer",
                                         "minutes apart", "every few minutes", "every two minutes", "every three minutes",
                                         "every four minutes", "every five minutes", "every six minutes", "every seven minutes",
                                         "every eight minutes", "every nine minutes", "every ten minutes", "every twelve minutes",
                                         "every fifteen minutes", "mins apart", "min apart", NULL};
    if ((o->flags & MR_COND_PREGNANCY) && !(o->flags & MR_SYM_PREG_WARNING) &&
        any_sub(r->s, (const char *const[]){"宫缩", "发紧", "发硬", "肚子疼", "肚子痛", "tightening", "tightenin", "contraction",
                                            "contractin", "braxton", "阵痛", "分钟痛", "分钟疼", "分钟就痛", "分钟就疼",
                                            "cramps coming", "pains coming", NULL}))
        for (int k = 0; closer[k]; k++) { /* the words that tell it, quoted */
            const char *at = strstr(r->s, closer[k]);
            if (!at) continue;
            int t0 = tok_at(r, (int)(at - r->s)), t1 = tok_at(r, (int)(at - r->s + strlen(closer[k]) - 1)) + 1;
            set_flag(r, MR_SYM_PREG_WARNING, t0, t1);
            break;
        }
    /* a flare's hot, swollen joint is the arthritis, not a sprain; an
     * arthritic knee puffy after a longer walk than usual, with no twist or
     * fall told, is the arthritis's swelling */
    if (o->notes & MR_NOTE_ARTHRITIS_FLARE) o->acute &= ~(unsigned)(MR_COND_KNEE | MR_COND_ANKLE);
    /* (its caps stay: low impact, moderate; the card names it as the arthritis's swelling, advisor.c) */
    if ((o->acute & (MR_COND_KNEE | MR_COND_ANKLE)) &&
        said_own(r, (const char *const[]){"osteoarthritis", "arthritis", "骨关节炎", "关节炎", "退行性", "wear and tear", NULL}) &&
        !anywhere(r, S_INJURY) &&
        !any_sub(r->s, (const char *const[]){"twist", "sprain", "rolled", "fell", "fall", "landed", "扭", "崴", "摔", "跌", NULL}))
        o->oa_swollen = 1;
    /* a replaced knee's swelling is the operation's, not a sprain's */
    if ((o->joint_replaced & 2) && !anywhere(r, S_INJURY)) o->acute &= ~(unsigned)MR_COND_KNEE;
    /* "半月板手术后三个月", "knee scope 3 months ago": an operation months
     * back is being recovered from, not a fresh injury */
    static const char *const op[] = {"手术", "术后", "开刀", "surgery", "scope", "arthroscop", "op ", "post-op", "postop",
                                     "reconstruction", "recon", "repair", NULL};
    static const char *const months[] = {"个月", "个多月", "半年", "一年", "months", "month ago", "a month", NULL};
    static const char *const fresh[] = {"肿", "swollen", "swelling", "刚", "yesterday", "昨天", "again", "又", NULL};
    if ((o->acute & (MR_COND_KNEE | MR_COND_ANKLE)) && any_sub(r->s, op) && any_sub(r->s, months) && !any_sub(r->s, fresh))
        o->acute &= ~(unsigned)(MR_COND_KNEE | MR_COND_ANKLE);
    /* "医生说可以慢慢恢复跑步了", "surgeon cleared me to start running
     * again": an injury past its first weeks whose doctor or physio has
     * cleared running: the graded return (walk-run), not a ban */
    static const char *const who_clears[] = {"医生", "大夫", "理疗师", "康复师", "物理治疗", "doctor", "doc ", "surgeon", "physio",
                                             "physical therapist", "pt said", "pt cleared", "consultant", "gp", NULL};
    static const char *const clears[] = {"可以慢慢恢复跑", "可以恢复跑", "可以开始跑", "可以跑步了", "可以慢慢跑", "可以试着跑",
                                         "同意我跑", "允许我跑", "cleared me to run", "cleared me to start running",
                                         "cleared to run", "cleared for running", "cleared me for running", "ok to start running",
                                         "okay to start running", "ok to run again", "okay to run again", "can start running",
                                         "can start jogging", "cleared me to jog", "cleared to jog", "ok to start jogging",
                                         "start a return to run", "return to run program", "return-to-run", NULL};
    if ((o->flags & (MR_COND_KNEE | MR_COND_ANKLE)) && !(o->acute & (MR_COND_KNEE | MR_COND_ANKLE)) &&
        any_sub(r->s, who_clears) && any_sub(r->s, clears) &&
        !any_sub(r->s, (const char *const[]){"not cleared", "hasn't cleared", "hasnt cleared", "not yet", "还不能", "不能跑",
                                             "还没同意", "不让跑", "won't clear", "wont clear", NULL}))
        o->run_cleared = 1;
    /* "knees a bit achy on the stairs this week", "膝盖上下楼有点疼": an ache of use, with no
     * twist, fall, pop or swelling told, is no fresh sprain (the knee stays
     * read, low impact) */
    if ((o->acute & (MR_COND_KNEE | MR_COND_ANKLE)) && !anywhere(r, S_INJURY) && !anywhere(r, S_SWELL) &&
        any_sub(r->s, (const char *const[]){"achy", "aching", "ache", "sore", "stiff", "酸", "僵",
                                            /* (a knee that hurts on the stairs: the wear pattern, "膝盖上下楼有点疼") */
                                            "on the stairs", "going downstairs", "going upstairs", "上下楼", "上楼", "下楼",
                                            "爬楼", "楼梯", "上落樓梯", NULL}) &&
        !any_sub(r->s, (const char *const[]){"twist", "sprain", "rolled", "fell", "fall", "landed", "pop", "gave way", "gave out",
                                             "injur", "swell", "swollen", "slip", "trip", "missed a step", "knock", "hit it",
                                             "扭", "崴", "摔", "跌", "肿", "伤", "滑", "踩空", "绊", "磕", "撞", NULL}))
        o->acute &= ~(unsigned)(MR_COND_KNEE | MR_COND_ANKLE);
    if (o->acute & (MR_COND_KNEE | MR_COND_ANKLE)) o->notes |= MR_NOTE_ACUTE_SPRAIN;
    if (o->acute & MR_COND_BACK) o->notes |= MR_NOTE_ACUTE_BACK;
    /* "Lower back is a bit tight from deadlifts last week, not painful": a
     * lift's stiffness, said to be no pain, is training's, not a back injury */
    if ((o->flags & MR_COND_BACK) && !(r->known & MR_COND_BACK)) {
        const char *ev = o->evidence[bit_index(MR_COND_BACK)];
        int stiff = strstr(ev, "tight") || strstr(ev, "stiff") || strstr(ev, "紧") || strstr(ev, "僵");
        if (stiff && any_sub(r->s, (const char *const[]){"not painful", "no pain", "not sore", "doesn't hurt", "doesnt hurt",
                                                          "not hurting", "isn't painful", "isnt painful", "不痛", "不疼",
                                                          "not sharp", "just tight", "just stiff", "only tight", "不是刺痛", "只是紧",
                                                          "就是紧", NULL}) &&
            any_sub(r->s, (const char *const[]){"deadlift", "squat", "lifting", "rows", "gym", "硬拉", "深蹲", "练背", NULL})) {
            drop_finding(o, MR_COND_BACK);
            o->notes &= ~(unsigned)MR_NOTE_ACUTE_BACK;
        }
    }
    /* "over the flu, just a stuffy nose left": the nose is the illness's
     * tail, and the return-after-illness rule (moderate, gradual) covers it */
    if (o->notes & MR_NOTE_RECOVERED) o->notes &= ~(unsigned)MR_NOTE_COLD;
    /* hypo unawareness ("don't really feel my hypos coming anymore"): the
     * hypos named are the condition, not a low now; the reading decides, and
     * the answer is company, alarms and food (ADA 2016; Riddell et al. 2017) */
    o->hypo_unaware = said_own(r, (const char *const[]){"hypo unawareness", "hypoglycaemia unawareness",
                                                       "hypoglycemia unawareness", "don't feel my hypos", "dont feel my hypos",
                                                       "don't really feel my hypos", "dont really feel my hypos",
                                                       "can't feel my hypos", "cant feel my hypos", "don't feel my lows",
                                                       "dont feel my lows", "can't feel my lows", "cant feel my lows",
                                                       "don't feel lows", "no warning of hypos", "感觉不到低血糖",
                                                       "低血糖没感觉", "低血糖没有感觉", "无感知低血糖", "无症状低血糖",
                                                       "低了也没感觉", NULL});
    if (o->hypo_unaware && (o->notes & MR_NOTE_LOW_GLUCOSE) && (o->glucose < 0 || o->glucose >= 90) && !o->low_signs)
        o->notes &= ~(unsigned)MR_NOTE_LOW_GLUCOSE;
    /* "went low at 3.6, had juice, now 6.8": the low was treated and the
     * last reading is the one that counts now (safety.c keeps it moderate) */
    if ((o->notes & MR_NOTE_LOW_GLUCOSE) && o->glucose >= 90 && r->glucose_off > r->low_off &&
        any_word(r->s, (const char *const[]){"juice", "sugar", "glucose tablets", "glucose tabs", "dextrose", "jelly babies",
                                             "biscuit", "sweets", "candy", "treated", "had some", "ate", "back up", "came up",
                                             "now", "果汁", "吃了糖", "吃了块糖", "喝了", "吃了", "补了", "葡萄糖", "现在",
                                             "回到", "升到", "回升", "上来了", NULL})) {
        o->notes &= ~(unsigned)MR_NOTE_LOW_GLUCOSE;
        o->notes2 |= MR_NOTE2_LOW_TREATED;
    }
    /* asthma short of control as GINA 2023 asks it: the reliever on more
     * than two days a week, or waking at night with it ("蓝色那个喷雾用了
     * 五六次", "woke up coughing twice"): a review of the preventer this
     * week and nothing hard until then (advisor.c says it) */
    if ((r->known | o->flags) & MR_COND_ASTHMA) {
        static const char *const night[] = {"咳醒", "憋醒", "喘醒", "woke up coughing", "woken up coughing",
                                            "woke me up coughing", "wakes me up coughing", "waking up coughing",
                                            "woke up wheezing", "waking up wheezing", "coughing at night", "cough at night",
                                            "wheezing at night", "wheezy at night", "coughing in the night",
                                            "夜里咳", "晚上咳嗽", "半夜咳", "夜里喘", "半夜喘", "夜咳", NULL};
        static const char *const reliever[] = {"喷雾", "吸入剂", "喷剂", "万托林", "沙丁胺醇", "急救药", "急救吸入",
                                               "inhaler", "puffer", "ventolin", "salbutamol", "albuterol", "reliever",
                                               "blue pump", NULL};
        static const char *const often[] = {"every day", "everyday", "daily", "most days", "several times", "times a day",
                                            "every morning", "every night", "几乎每天", "每天都", "天天", "三次", "四次",
                                            "五次", "六次", "七次", "三四次", "四五次", "五六次", "六七次", "好几次",
                                            "3次", "4次", "5次", "6次", "3 times", "4 times", "5 times", "6 times",
                                            "three times", "four times", "five times", "six times", "loads", "lots",
                                            "more than usual", "比平时多", "多了", NULL};
        int poor = said_own(r, night);
        for (int j = 0; reliever[j] && !poor; j++)
            for (const char *at = strstr(r->s, reliever[j]); at && !poor; at = strstr(at + 1, reliever[j])) {
                int t = tok_at(r, (int)(at - r->s)), s0, s1;
                if (t >= r->nt || !own_fact(r, (int)(at - r->s))) continue;
                sent_span(r, t, &s0, &s1);
                poor = span_says(r, s0, s1, often);
            }
        if (poor) o->asthma_poor = 1;
    }
    /* hay fever's sneezing and a smoker's morning cough are not a cold:
     * nothing in them caps the day (the neck check is for infections); hay
     * fever's pollen is answered on its own (advisor.c) */
    o->hay_fever = said_own(r, (const char *const[]){"hay fever", "hayfever", "hay-fever", "allergic rhinitis", "rhinitis",
                                                     "pollen allergy", "allergic to pollen", "allergies are", "allergies have",
                                                     "allergies playing", "allergies acting", "my allergies", "花粉过敏",
                                                     "过敏性鼻炎", "鼻炎", "花粉症", "對花粉過敏", "花粉過敏", "過敏性鼻炎", NULL});
    int smoker = said_own(r, (const char *const[]){"smoker's cough", "smokers cough", "smoker cough", "smokers' cough",
                                                   "老烟枪", "烟民", "抽烟咳", "吸烟咳", "烟嗓", NULL});
    static const char *const infection[] = {"感冒", "着凉", "发烧", "发热", "嗓子疼", "喉咙痛", "喉咙疼", "咽痛", "病毒", "黄痰",
                                            "a cold", "head cold", "the flu", "flu", "a fever", "feverish", "temperature", "sore throat", "virus", "bug",
                                            "green phlegm", "yellow phlegm", "chills", NULL};
    /* asthma's night cough is the asthma's (GINA 2023: a symptom of poor control) */
    if ((o->hay_fever || smoker || o->asthma_poor) && (o->notes & MR_NOTE_COLD) && !any_word(r->s, infection))
        o->notes &= ~(unsigned)MR_NOTE_COLD;
}

/* ------------------------------------------------------------ a diagnosis */

/* A diagnosis named that nothing else here places ("kidney stones",
 * "甲亢", "lupus", "某某综合征"): safety.c keeps the day moderate and the
 * card names it. Found by the words that name a disease, then dropped where
 * the words are somebody else's, denied, a figure of speech ("懒癌",
 * "拖延症"), or where the clause already says something the reader knows
 * ("heart disease" is the heart's, "COPD" has its own rule). */
static int known_in_clause(const reader *r, int t) {
    int c0 = clause_start(r, t), c1 = clause_end(r, t);
    for (int h = 0; h < r->nh; h++) {
        int c = r->h[h].c;
        if (r->h[h].t0 < c1 && r->h[h].t1 > c0 && ((c >= D_CHEST && c <= K_BETA) || (c >= S_PAIN && c <= S_EFFORT)))
            return 1;
    }
    int a = r->t[c0].off, b = r->t[c1 - 1].off + r->t[c1 - 1].len;
    for (int i = 0; i < r->n_placed; i++)
        if (r->placed[i][0] < b && r->placed[i][1] > a) return 1;
    return 0;
}

static void read_diagnosis(reader *r) {
    static const char *const dx[] = {
        "disease", "syndrome", "disorder", "cancer", "tumor", "tumour", "lymphoma", "leukemia", "leukaemia", "lupus",
        "hepatitis", "cirrhosis", "hyperthyroid", "hypothyroid", "hyperthyroidism", "hypothyroidism", "thyroid",
        "hashimoto's", "anemia", "anaemia", "anemic", "anaemic", "hernia", "glaucoma", "retinopathy", "neuropathy",
        "anorexia", "bulimia", "crohn's", "crohns", "colitis", "celiac", "coeliac", "spondylitis", "aneurysm",
        "marfan", "hemophilia", "haemophilia", "sickle cell", "thalassemia", "thalassaemia", "bipolar",
        "schizophrenia", "dementia", "alzheimer's", "myasthenia", "cerebral palsy", "bronchiectasis", "fibrosis",
        "pulmonary hypertension", "tuberculosis", "hiv", "ehlers-danlos", "hypermobility", "sarcoidosis",
        "kidney stones", "kidney stone", "gallstones", "pacemaker-dependent",
        "癌", "肿瘤", "狼疮", "肝炎", "肝硬化", "脂肪肝", "甲亢", "甲减", "甲状腺", "贫血", "疝气", "青光眼", "视网膜",
        "神经病变", "厌食", "暴食", "克罗恩", "结肠炎", "脊柱炎", "综合征", "动脉瘤", "血友病", "双相", "精神分裂",
        "痴呆", "阿尔茨海默", "肌无力", "脑瘫", "支气管扩张", "肺纤维化", "肺动脉高压", "结核", "艾滋", "乙肝", "丙肝",
        "肾结石", "胆结石", "慢性病", "病", "症", NULL};
    /* words that hold 病 or 症 (or "cancer") but are not a diagnosis of the writer */
    static const char *const mask[] = {
        "症状", "病毒", "生病", "病了", "看病", "毛病", "病假", "病人", "病号", "犯病", "病好", "病倒", "病床", "病房",
        "探病", "心病", "相思病", "懒癌", "直男癌", "尴尬癌", "拖延症", "强迫症", "选择困难", "困难症", "起床困难",
        "并发症", "后遗症", "发病", "病情", "病史", "疾病预防", "病菌", "传染病", "流行病", "职业病", "晕车症", "空调病",
        "富贵病", "老年病", "公主病", "中二病", "神经病", "有病", "病恹恹", "病怏怏", "病殃殃", "小病", "大病初愈",
        "病愈", "病刚好", "cancer research", "breast cancer awareness", "disease control", NULL};
    mr_notes *o = r->out;
    /* an underactive thyroid on its tablets with normal levels limits no
     * exercise; untreated, or overactive (甲亢), it stays a diagnosis to ask about */
    static const char *const hypo[] = {"甲减", "甲状腺功能减退", "桥本", "hypothyroid", "underactive thyroid", "hashimoto", NULL};
    static const char *const treated[] = {"优甲乐", "左甲状腺素", "雷替斯", "甲功正常", "甲功都正常", "levothyroxine", "euthyrox",
                                          "thyroxine", "synthroid", "levels are normal", "levels normal", "normal levels",
                                          "well controlled", "控制得", NULL};
    o->thyroid_ok = any_sub(r->s, hypo) && any_sub(r->s, treated) &&
                    !any_sub(r->s, (const char *const[]){"甲亢", "hyperthyroid", "overactive", NULL}) &&
                    /* ("TSH 38, levothyroxine script should be ready tomorrow": not on it yet) */
                    !any_sub(r->s, (const char *const[]){"script", "prescription", "ready tomorrow", "start tomorrow",
                                                         "starting", "not started", "untreated", "just diagnosed", "明天开始",
                                                         "刚开", "还没吃", "还没开始", "刚确诊", NULL});
    /* a cancer whose treatment is over ("乳癌完成治疗大半年", "finished chemo last
     * year, all clear"): a survivor, whose exercise is well described (ACSM
     * roundtable, Campbell et al. 2019), not an unknown diagnosis */
    static const char *const cancer[] = {"癌", "cancer", "肿瘤", "tumour", "tumor", "lymphoma", "leukaemia", "leukemia",
                                         "myeloma", "骨髓瘤", "hodgkin", "淋巴瘤", "白血病", NULL};
    static const char *const done[] = {"完成治疗", "治疗完", "治疗结束", "治疗做完", "做完化疗", "化疗做完", "放疗做完",
                                       "完成治療", "治療完", "治療結束", "finished treatment", "finished my treatment",
                                       "finished chemo", "finished radiotherapy", "finished radiation", "treatment finished",
                                       "radiation finished", "radiotherapy finished", "radiation done", "radiotherapy done",
                                       "放疗结束", "放化疗结束", "放疗做完了",
                                       "treatment ended", "in remission", "all clear", "cancer free", "cancer-free", "survivor",
                                       "缓解期", "康复了", NULL};
    o->cancer_after = any_sub(r->s, cancer) && any_sub(r->s, done) && !(o->notes2 & MR_NOTE2_CHEMO) &&
                      own_fact(r, (int)(strstr(r->s, "癌") ? strstr(r->s, "癌") - r->s : 0));
    /* weight lost in or after cancer treatment is muscle lost: food as much as training (ESPEN 2021) */
    o->cancer_wt_lost = o->cancer_wt_lost && (o->cancer_after || o->cancer_survivor || (o->notes2 & MR_NOTE2_CHEMO) ||
                                              said_own(r, cancer));
    /* the conditions with their own guidance (conditions.c): named, and no unknown diagnosis */
    for (int c = 0; c < MR_DX_COUNT; c++)
        if (said_own(r, mr_conditions[c].words)) o->dx_known |= 1u << c;
    if (o->thyroid_ok) o->dx_known &= ~(1u << MR_DX_HYPOTHYROID); /* treated to normal levels: no limit */
    if (o->hand_foot) o->dx_known |= 1u << MR_DX_HAND_FOOT; /* told by its signs beside the drug */
    /* cardiac or pulmonary rehab finished: its programme kept up at home */
    if (said_own(r, (const char *const[]){"cardiac rehab", "pulmonary rehab", "heart rehab", "rehab program", "rehab programme",
                                          "心脏康复", "肺康复", "心康", NULL}) &&
        any_sub(r->s, (const char *const[]){"finished", "completed", "graduated", "done with", "ended", "结束", "做完", "完成",
                                            "毕业", NULL}) &&
        !any_sub(r->s, (const char *const[]){"waiting for", "waiting list", "on the list", "starts next", "haven't started",
                                             "havent started", "等着", "还没开始", "排队", NULL}))
        o->dx_known |= 1u << MR_DX_REHAB_DONE;
    /* a haemoglobin under 11 g/dl outside chemotherapy is an anaemia to be
     * treated (WHO 2011: moderate below 11); in chemotherapy its own line */
    if (o->hb_gdl > 0 && o->hb_gdl < 11.0f && !(o->notes2 & MR_NOTE2_CHEMO)) o->dx_known |= 1u << MR_DX_ANAEMIA;
    /* an operation or a device of years or months back is not a new one ("cataract surgery in 2019", "装了起搏器五年了") */
    static const char *const long_ago[] = {"years ago", "year ago", "last year", "months ago", "年前", "去年", "年了", "几年",
                                           "个月前", "多年", "since 20", "in 20", NULL};
    static const mr_dx recent_dx[] = {MR_DX_EYE_OP, MR_DX_PACEMAKER_NEW, MR_DX_CARDIAC_RECENT};
    for (int q = 0; q < 3; q++) /* dated in the sentence that names it ("游了十年了" elsewhere dates the swimming) */
        for (int j = 0; (o->dx_known & (1u << recent_dx[q])) && mr_conditions[recent_dx[q]].words[j]; j++)
            if (strstr(r->s, mr_conditions[recent_dx[q]].words[j]) && sentence_now(r, mr_conditions[recent_dx[q]].words[j], long_ago))
                o->dx_known &= ~(1u << recent_dx[q]);
    /* a device fitted more than 6 weeks back ("ICD put in 10 weeks ago"), or its
     * arm restrictions said to be over: the leads have settled (HRS 2019) */
    if (o->dx_known & (1u << MR_DX_PACEMAKER_NEW)) {
        int weeks = 0;
        static const char *const ago[] = {" weeks ago", " wks ago", " weeks back", "周前", "星期前", "礼拜前", "个礼拜前", NULL};
        for (int k = 0; ago[k]; k++)
            for (const char *at = strstr(r->s, ago[k]); at; at = strstr(at + 1, ago[k])) {
                const char *q = at;
                while (q > r->s && isdigit((unsigned char)q[-1])) q--;
                if (q < at && atoi(q) > weeks) weeks = atoi(q);
            }
        if (weeks > 6 || any_sub(r->s, (const char *const[]){"restrictions are done", "restrictions are over", "restrictions lifted",
                                                             "restrictions have been lifted", "no more restrictions",
                                                             "arm restrictions are", "限制解除", "限制已经解除", "不用再限制", NULL}))
            o->dx_known &= ~(1u << MR_DX_PACEMAKER_NEW);
    }
    /* a hernia repaired is no longer one awaiting repair */
    if (o->dx_known & (1u << MR_DX_HERNIA_REPAIRED)) o->dx_known &= ~(1u << MR_DX_HERNIA);
    /* a repair years behind or cleared is no limit now ("疝气手术是五年前做的", "hernia op was in 2019") */
    if ((o->dx_known & (1u << MR_DX_HERNIA_REPAIRED)) &&
        any_sub(r->s, (const char *const[]){"years ago", "year ago", "last year", "年前", "去年", "前年", "in 201", "in 200",
                                            "in 2020", "in 2021", "in 2022", "in 2023", "cleared me for everything",
                                            "cleared for everything", "fully healed", "完全好了", "早就好了", NULL}))
        o->dx_known &= ~(1u << MR_DX_HERNIA_REPAIRED);
    /* a knee operated on lately, a bit puffy and warm by evening: the
     * operation's swelling, not a fresh sprain (its own line says when to call) */
    if ((o->dx_known & (1u << MR_DX_KNEE_OP)) &&
        any_sub(r->s, (const char *const[]){"years ago", "in college", "in high school", "at uni", "fully healed", "long healed",
                                            "all healed", "fully recovered", "cleared to run", "cleared me to run", "back to running",
                                            "年前", "多年前", "前年", "去年", "上大学", "读书的时候", "完全康复", "已经康复",
                                            "可以正常跑", "完全好了", NULL}))
        o->dx_known &= ~(1u << MR_DX_KNEE_OP); /* "had a knee scope in college, fully healed": the past */
    if ((o->dx_known & (1u << MR_DX_KNEE_OP)) && !(o->acute & MR_COND_ANKLE)) {
        o->acute &= ~(unsigned)MR_COND_KNEE;
        o->notes &= ~(unsigned)MR_NOTE_ACUTE_SPRAIN;
    }
    /* what a named condition explains is placed ("legs ache after nothing" with an untreated thyroid, a hernia's lump) */
    for (int c = 0; c < MR_DX_COUNT; c++)
        if ((o->dx_known & (1u << c)) && mr_conditions[c].placed[0]) {
            place_unsure(o, mr_conditions[c].placed);
            /* (the untreated thyroid's aching legs are no leg finding either) */
            if ((c == MR_DX_HYPOTHYROID || c == MR_DX_HAND_FOOT) && o->n_unsure == 0 && !anywhere(r, S_INJURY))
                o->notes &= ~(unsigned)MR_NOTE_LOWER_BODY;
        }
    /* legs gone weak with the weight lost in cancer treatment: the muscle lost, not a finding */
    if (o->cancer_wt_lost && o->n_unsure) {
        place_unsure(o, (const char *const[]){"weak", "无力", "没劲", "没力", "腿软", NULL});
        if (o->n_unsure == 0 && !anywhere(r, S_INJURY)) o->notes &= ~(unsigned)MR_NOTE_LOWER_BODY;
    }
    /* the weeks since a birth as English puts them ("baby is 8 weeks old", "6
     * weeks postpartum", "had my baby 10 weeks ago"): the number before the
     * weeks, when the birth is what the note is about */
    if ((o->notes & MR_NOTE_POSTPARTUM) && o->postpartum_weeks < 0) {
        static const char *const after[] = {" weeks old", " wks old", " weeks postpartum", " wks postpartum", " weeks post partum",
                                            " weeks pp", " wks pp", " weeks post-partum", " weeks after the birth",
                                            " weeks since the birth", " weeks since i gave birth", " weeks ago", " wks ago",
                                            " weeks after my c-section", " weeks post c-section", " weeks post section", NULL};
        for (int k = 0; after[k] && o->postpartum_weeks < 0; k++)
            for (const char *at = strstr(r->s, after[k]); at && o->postpartum_weeks < 0; at = strstr(at + 1, after[k])) {
                const char *q = at;
                while (q > r->s && isdigit((unsigned char)q[-1])) q--;
                if (q == at) continue;
                /* "weeks ago" only with the birth said ("had my baby 10 weeks ago") */
                if (strstr(after[k], "ago") && !any_sub(r->s, (const char *const[]){"baby", "gave birth", "birth", "delivered",
                                                                                  "c-section", "section", NULL}))
                    continue;
                int w = atoi(q);
                if (w >= 0 && w <= 104) o->postpartum_weeks = w;
            }
    }
    for (int j = 0; dx[j]; j++) {
        size_t n = strlen(dx[j]);
        int covered = 0;
        for (int c = 0; c < MR_DX_COUNT && !covered; c++)
            if (o->dx_known & (1u << c))
                for (int w = 0; mr_conditions[c].words[w] && !covered; w++)
                    covered = strstr(mr_conditions[c].words[w], dx[j]) || strstr(dx[j], mr_conditions[c].words[w]);
        if (covered) continue;
        /* (in treatment, the chemotherapy guidance covers it; one whose treatment is still ahead is asked about) */
        int ahead = any_sub(r->s, (const char *const[]){"starts soon", "start soon", "starting soon", "starts next", "will start",
                                                        "starts on", "before chemo", "before treatment", "下周开始化疗",
                                                        "还没开始", "准备化疗", "马上要化疗", "即将化疗", NULL});
        if ((o->cancer_after || ((o->notes2 & MR_NOTE2_CHEMO) && !ahead)) && (!strcmp(dx[j], "癌") || !strcmp(dx[j], "cancer") || !strcmp(dx[j], "肿瘤") ||
                                !strcmp(dx[j], "tumour") || !strcmp(dx[j], "tumor") || !strcmp(dx[j], "lymphoma") ||
                                !strcmp(dx[j], "leukemia") || !strcmp(dx[j], "leukaemia")))
            continue;
        if (o->thyroid_ok && (!strcmp(dx[j], "甲减") || !strcmp(dx[j], "甲状腺") || !strncmp(dx[j], "hypothyroid", 11) ||
                              !strcmp(dx[j], "thyroid") || !strcmp(dx[j], "hashimoto's")))
            continue;
        int ascii = (unsigned char)dx[j][0] < 0x80;
        for (const char *at = strstr(r->s, dx[j]); at; at = strstr(at + 1, dx[j])) {
            int off = (int)(at - r->s);
            if (!word_at(r->s, (size_t)off, dx[j])) continue;
            int masked = 0;
            for (int k = 0; mask[k] && !masked; k++) {
                size_t m = strlen(mask[k]);
                for (const char *b = strstr(r->s, mask[k]); b && !masked; b = strstr(b + 1, mask[k]))
                    masked = b <= at && at + n <= b + m;
            }
            int t = tok_at(r, off);
            if (masked || t >= r->nt || !own_fact(r, off) || known_in_clause(r, t)) continue;
            /* "healed", "years ago" in the clause: the past (cured, in remission) */
            if (nearest_before(r, t, Q_HEALED, 6) >= 0 || nearest_before(r, t, Q_PAST, 6) >= 0) continue;
            /* "Lost my wife Jenny three weeks ago, cancer", "我妈去年癌症走了": what somebody died of */
            {
                static const char *const death[] = {"lost my", "passed away", "passed on", "died", "death", "funeral", "走了",
                                                    "去世", "过世", "病逝", "没了", "离世", "走的", NULL};
                int s0, s1;
                sent_span(r, t, &s0, &s1);
                if (span_says(r, s0, s1, death)) continue;
            }
            int c0 = clause_start(r, t), t1 = t + 1;
            while (t1 < r->nt && r->t[t1].off < off + (int)n) t1++;
            int t0 = t - (ascii ? 3 : 6) > c0 ? t - (ascii ? 3 : 6) : c0;
            while (t0 < t && r->t[t0].kind != r->t[t].kind) t0++; /* start at a word, not a comma */
            copy_span(r, t0, t1, o->diagnosis);
            o->notes2 |= MR_NOTE2_DIAGNOSIS;
            return;
        }
    }
}

/* ------------------------------------------------------------ the question */

/* The activity asked about or planned: the first one named in a sentence
 * that asks ("?", "吗", "can I", "should I") or plans ("was going to",
 * "想去", "plan says"), when it is the writer's. */
/* Activities by the words people use for them (MR_ACT_COUNT: a ball sport). */
static const struct { int act; const char *w[64]; } acts[] = {
    {MR_ACT_COUNT, {"golf", "play 18", "play nine", "play 9 holes", "18 holes", "nine holes", "高尔夫", "badminton", "tennis", "basketball", "football", "footy", "footie", "hurling", "camogie", "soccer", "squash", "pickleball", "netball",
                    "volleyball", "hockey", "rugby", "lacrosse", "cricket", "baseball", "softball", "futsal", "handball",
                    "羽毛球", "网球", "篮球", "足球", "踢球", "打球", "排球", "乒乓", "冰球", "橄榄球", "棒球", "手球",
                    /* the team's session ("今天可以去练球吗？还是去练投篮就好？") */
                    "练球", "投篮", "球队训练", "校队训练", "go to practice",
                    /* the game asked about without its sport ("beer league game friday ... can i play?") */
                    "can i play", "can i still play", "should i play", "ok to play", "okay to play", "能上场", "可以上场",
                    NULL}},
    {MR_ACT_COUNT, {"广场舞", "跳舞", "跳操", "dance", "dancing", "zumba", "尊巴", "aerobics class", "line dancing", NULL}},
    {MR_ACT_RUN, {"long run", "20 miler", "18 miler", "16 miler", "miler", "run", "running", "treadmill", "miles easy", "easy miles", "hill sprints", "sprints", "冲坡", "跑步机", "jog", "jogging", "5k", "10k", "30k", "32k", "25k", "20k", "intervals", "strides", "跑步", "长跑", "夜跑",
                  "晨跑", "间歇跑", "跑", "长距离", "parkrun", "park run", "beep test", "beep tests", "bleep test", "yo-yo test", "体测", "体能测试", NULL}},
    /* (Cantonese swims too: "游水", "练水" is a swim squad's session) */
    {MR_ACT_SWIM, {"swim", "swimming", "游泳", "游水", "练水", "泳队", "aqua aerobics", "aqua", "aquafit", "water aerobics", "水中有氧", "水中健身",
                   NULL}},
    /* before the road bike: "骑行台" holds "骑行", "turbo trainer" is indoors */
    {MR_ACT_STATIONARY_BIKE, {"spin", "spin class", "spinning", "动感单车", "单车课", "home trainer", "turbo trainer", "turbo",
                              "smart trainer", "bike trainer", "indoor trainer", "zwift", "peloton", "exercise bike",
                              "indoor bike", "stationary bike", "spin bike", "wattbike", "watt bike", "assault bike", "air bike", "骑行台", "健身车", "室内单车", "室内自行车",
                              "单车机", "动感单车", NULL}},
    {MR_ACT_CYCLE, {"ride", "cycle", "cycling", "bike ride", "bike", "biking", "骑车", "骑行", NULL}},
    {MR_ACT_STRENGTH, {"leg day", "legs day", "legs today", "leg session", "gym", "健身房", "weights", "lifting", "deadlift", "squat", "squats", "crunches",
                       "撸铁", "力量", "深蹲", "硬拉", "练腿", "卷腹", "仰卧起坐", "sit-ups", "situps", "举铁", "重量训练", "重训",
                       "负重训练", "weight training", "get stronger", "变强壮", "增强力气", "bench press", "my bench", "bench 1rm",
                       "1rm", "one rep max", "one-rep max", "1 rep max", "卧推", NULL}},
    {MR_ACT_YOGA, {"yoga", "瑜伽", NULL}},
    {MR_ACT_TAI_CHI, {"tai chi", "太极", NULL}},
    {MR_ACT_BRISK_WALK, {"brisk walk", "brisk walking", "power walk", "power walking", "fast walk", "快走", "健步走", "暴走",
                         "bushwalk", "bush walk", "hike", "hiking", "hill walk", "hillwalk", "hill walking", "徒步", "爬山", "行山",
                         "walk faster", "walk quicker", "walking faster", "走得再快", "走得快一点", "走快一点", "走快点",
                         NULL}},
    {MR_ACT_WALK, {"walk", "walking", "散步", "走走", "遛弯", "去公园", "公园", "park", NULL}},
};

/* "教练说今天轻松跑30分钟", "my physio told me to swim": what somebody
 * else said the writer should do is the writer's plan, between a and i. */
static int told_to(const char *s, size_t a, size_t i) {
    static const char *const said[] = {"说", "让我", "叫我", "要我", "建议", "says", "said", "told me", "wants me", "suggested",
                                       "recommends", "recommended", NULL};
    for (int k = 0; said[k]; k++) {
        const char *at = strstr(s + a, said[k]);
        if (at && (size_t)(at - s) < i) return 1;
    }
    return 0;
}

/* The activity named at byte i of s, -1 none. */
static int activity_at(const char *s, size_t i, size_t *end) {
    for (size_t q = 0; q < sizeof acts / sizeof acts[0]; q++)
        for (int j = 0; acts[q].w[j]; j++) {
            const char *w = acts[q].w[j];
            size_t l = strlen(w);
            if (acts[q].act == MR_ACT_COUNT) continue;
            if (word_at(s, i, w)) {
                *end = i + l;
                return acts[q].act;
            }
            /* an English plural ("long walks", "two swims") */
            if (isalpha((unsigned char)w[0]) && w[l - 1] != 's' && !strncmp(s + i, w, l) && s[i + l] == 's' &&
                !isalpha((unsigned char)s[i + l + 1]) && (i == 0 || !isalpha((unsigned char)s[i - 1]))) {
                *end = i + l + 1;
                return acts[q].act;
            }
        }
    return -1;
}

/* The byte span [*a, *b) of the clause around byte i (commas, stops, 。 and new lines end it). */
static void byte_clause(const char *s, size_t i, size_t *a, size_t *b) {
    size_t n = strlen(s);
    *a = i;
    *b = i;
    while (*a > 0 && !strchr(",.;!?\n", s[*a - 1]) && !(*a >= 3 && !strncmp(s + *a - 3, "。", 3))) (*a)--;
    while (*b < n && !strchr(",.;!?\n", s[*b]) && strncmp(s + *b, "。", 3)) (*b)++;
}

/* A place named at byte i, not an activity: the gym, the park. */
static int place_word(const char *s, size_t i) {
    return !strncmp(s + i, "gym", 3) || !strncmp(s + i, "健身房", 9) || !strncmp(s + i, "公园", 6) ||
           !strncmp(s + i, "去公园", 9) || (!strncmp(s + i, "park", 4) && !isalpha((unsigned char)s[i + 4]));
}

/* The activity named nearest byte i within [a, b), -1 none (the one before
 * wins a tie: "swim twice a week" and "每周游两次"). */
static int activity_near(const char *s, size_t a, size_t b, size_t i) {
    int best = -1, place = -1; /* a place ("公园", "the park", "the gym") only when no activity is named */
    size_t dist = (size_t)-1;
    for (size_t q = a; q < b; q++) {
        size_t end;
        int act = activity_at(s, q, &end);
        if (act < 0 || act == MR_ACT_REST) continue;
        size_t d = q < i ? i - q : q - i;
        if (place_word(s, q)) place = act;
        else if (d < dist) { dist = d; best = act; }
        q = end - 1;
    }
    return best >= 0 ? best : place;
}

/* Is any of these words in the bytes [a, b) of s? */
static int any_sub_in(const char *s, size_t a, size_t b, const char *const *w) {
    for (int k = 0; w[k]; k++) {
        const char *at = strstr(s + a, w[k]);
        if (at && (size_t)(at - s) + strlen(w[k]) <= b) return 1;
    }
    return 0;
}

/* A team sport or a dance class named in [a, b) (the activities with no id of their own). */
static int sport_in(const char *s, size_t a, size_t b) {
    for (size_t q = a; q < b; q++)
        for (size_t k = 0; k < sizeof acts / sizeof acts[0]; k++)
            if (acts[k].act == MR_ACT_COUNT)
                for (int j = 0; acts[k].w[j]; j++)
                    if (word_at(s, q, acts[k].w[j]) && q + strlen(acts[k].w[j]) <= b) return 1;
    return 0;
}

/* The weekday named at byte i of s (0 Sunday), its end in *e; -1 none.
 * English names and short forms ("tue", "thurs", "mondays"), Chinese 周二,
 * 星期四, 礼拜天, and, with zh_bare, a numeral alone (the 四 of 每周二、四). */
static int day_at(const char *s, size_t i, size_t *e, int zh_bare) {
    static const struct { const char *w; int d; } en[] = {
        {"sunday", 0}, {"sun", 0}, {"monday", 1}, {"mon", 1}, {"tuesday", 2}, {"tues", 2}, {"tue", 2}, {"wednesday", 3},
        {"wed", 3}, {"thursday", 4}, {"thurs", 4}, {"thur", 4}, {"thu", 4}, {"friday", 5}, {"fri", 5}, {"saturday", 6},
        {"sat", 6}};
    static const char *const zh_day[] = {"日", "一", "二", "三", "四", "五", "六", "天"};
    if (isalpha((unsigned char)s[i])) {
        if (i > 0 && isalpha((unsigned char)s[i - 1])) return -1;
        for (size_t k = 0; k < sizeof en / sizeof en[0]; k++) {
            size_t l = strlen(en[k].w);
            if (strncmp(s + i, en[k].w, l)) continue;
            const char *p = s + i + l;
            if (*p == 's') p++; /* "mondays" */
            if (isalpha((unsigned char)*p)) continue;
            *e = (size_t)(p - s);
            return en[k].d;
        }
        return -1;
    }
    size_t lead = !strncmp(s + i, "周", 3) ? 3 : !strncmp(s + i, "星期", 6) || !strncmp(s + i, "礼拜", 6) ? 6 : 0;
    if (!lead && !zh_bare) return -1;
    for (int dd = 0; dd < 8; dd++)
        if (!strncmp(s + i + lead, zh_day[dd], 3)) {
            const char *p = s + i + lead + 3;
            /* "每周三次", "一周两天": a count, not a day */
            if (!strncmp(p, "次", 3) || !strncmp(p, "天", 3) || !strncmp(p, "回", 3) || !strncmp(p, "趟", 3)) return -1;
            *e = (size_t)(p - s);
            return dd == 7 ? 0 : dd;
        }
    return -1;
}

/* The weekdays of the list that starts at byte i ("Tue/Thu/Sat", "Mondays
 * and Wednesdays", "周二、四", "周一三五", "周二和周四"), bit d; 0 none. */
static unsigned day_list(const char *s, size_t i) {
    unsigned days = 0;
    size_t e;
    int d = day_at(s, i, &e, 0);
    while (d >= 0) {
        days |= 1u << d;
        i = e;
        int zh = (unsigned char)s[i] >= 0x80;
        /* a range: "Mon-Fri", "Monday to Friday", "周一到周五", "每週一到五" */
        {
            size_t j = i, e2;
            if (s[j] == '-' || !strncmp(s + j, "–", 3)) j += s[j] == '-' ? 1 : 3;
            else if (!strncmp(s + j, " to ", 4)) j += 4;
            else if (!strncmp(s + j, " through ", 9)) j += 9;
            else if (!strncmp(s + j, " thru ", 6)) j += 6;
            else if (!strncmp(s + j, "到", 3) || !strncmp(s + j, "至", 3)) j += 3;
            int d2 = j > i ? day_at(s, j, &e2, zh) : -1;
            if (d2 >= 0) {
                for (int k = d; k != d2; k = (k + 1) % 7) days |= 1u << k;
                days |= 1u << d2;
                i = e2;
            }
        }
        /* separators: "/", ",", "&", "and", "、", "和", spaces */
        for (;;) {
            if (s[i] == '/' || s[i] == ',' || s[i] == '&' || s[i] == ' ' || s[i] == '+') i++;
            else if (!strncmp(s + i, "and ", 4)) i += 4;
            else if (!strncmp(s + i, "、", 3) || !strncmp(s + i, "和", 3) || !strncmp(s + i, "跟", 3)) i += 3;
            else break;
        }
        d = day_at(s, i, &e, zh);
    }
    return days;
}

static int activity_of_count(const char *s, size_t i);

/* A week's routine ("parkrun every Sat", "bushwalk Tuesdays", "每周二游泳",
 * "每周四去健身房"): for each weekday (0 Sunday .. 6) the activity of the
 * clause that names it, plus one; 0 none. */
/* "my lad does parkrun saturdays", "我儿子每周六踢球": a relative's week in
 * the clause [a, b), unless the writer goes along ("with my son", "陪") */
static int relatives_week(const char *s, size_t a, size_t b) {
    return any_sub_in(s, a, b, (const char *const[]){"my lad", "my son", "my daughter", "my wife", "my husband", "my partner",
                                                     "my kid", "my boy", "my girl", "my mum", "my mom", "my dad", "我儿子",
                                                     "我女儿", "我老婆", "我老公", "我妈", "我爸", "我孩子", NULL}) &&
           !any_sub_in(s, a, b, (const char *const[]){"with my", "with our", "we ", "together", "和我", "跟我", "陪", "带", "一起",
                                                      "我们", NULL}); /* ("...wants me to jog it with him": this week's ask) */
}

static void read_routine(reader *r) {
    static const struct { const char *w; int d; } en[] = {
        {"every sun", 0}, {"sundays", 0}, {"every mon", 1}, {"mondays", 1}, {"every tue", 2}, {"tuesdays", 2},
        {"every wed", 3}, {"wednesdays", 3}, {"every thu", 4}, {"thursdays", 4}, {"every fri", 5}, {"fridays", 5},
        {"every sat", 6}, {"saturdays", 6}};
    static const char *const zh_week[] = {"每周", "每週", "每个周", "每個週", "每星期", "每个星期", "每個星期", "逢周", NULL};
    /* "long walks weekends", "every weekday", "工作日每天", "每个周末": the five days or the two */
    static const struct { const char *w; unsigned days; } span[] = {
        {"weekends", 0x41}, {"every weekend", 0x41}, {"on weekends", 0x41}, {"at weekends", 0x41}, {"每个周末", 0x41},
        {"每周末", 0x41}, {"周末都", 0x41}, {"weekdays", 0x3e}, {"every weekday", 0x3e}, {"工作日", 0x3e},
        /* "平时每朝落公园打太极", "I swim every morning": every day */
        {"every day", 0x7f}, {"everyday", 0x7f}, {"every morning", 0x7f}, {"every evening", 0x7f}, {"daily", 0x7f},
        {"每天", 0x7f}, {"每日", 0x7f}, {"天天", 0x7f}, {"每朝", 0x7f}, {"每早", 0x7f}, {"每晚", 0x7f}, {NULL, 0}};
    const char *s = r->s;
    size_t n = strlen(s);
    for (size_t i = 0; i < n; i++) {
        int d = -1;
        /* "every sat" starts a word and may run on ("every saturday"); "tuesdays" is a word */
        for (size_t k = 0; k < sizeof en / sizeof en[0] && d < 0; k++)
            if (en[k].w[0] == 'e' ? !strncmp(s + i, en[k].w, strlen(en[k].w)) && (i == 0 || !isalpha((unsigned char)s[i - 1]))
                                  : word_at(s, i, en[k].w))
                d = en[k].d;
        for (int k = 0; zh_week[k] && d < 0; k++) {
            size_t l = strlen(zh_week[k]);
            if (strncmp(s + i, zh_week[k], l)) continue;
            size_t e;
            d = day_at(s, i + l, &e, 1); /* (not "每周三次": a count) */
            if (d < 0 && !strncmp(s + i + l, "天", 3)) d = 0;
        }
        if (d < 0 || !own_fact(r, (int)i)) continue;
        /* the clause around it: an activity named there */
        size_t a, b;
        byte_clause(s, i, &a, &b);
        if (relatives_week(s, a, b)) continue;
        /* a team sport or a class the plan has no activity for: its days are that sport's */
        if (sport_in(s, a, b)) {
            size_t at2 = i;
            if (!strncmp(s + i, "every ", 6)) at2 += 6;
            else if (!isalpha((unsigned char)s[i])) at2 += 3;
            r->out->sport_days |= (1u << d) | day_list(s, at2);
        }
        int act = activity_near(s, a, b, i);
        if (act < 0 && !sport_in(s, a, b)) act = activity_of_count(s, i); /* "我是校游泳队的，每周一三五晚上训练": the sentence's sport */
        if (act < 0) continue;
        if (!r->out->routine[d]) r->out->routine[d] = act + 1;
        /* and the days listed with it ("every Tuesday and Thursday", "每周二、四", "周二和周四") */
        size_t at = i;
        if (!strncmp(s + i, "every ", 6)) at += 6;
        else if (!isalpha((unsigned char)s[i])) at += 3; /* 每周二: the 周 */
        unsigned days = day_list(s, at);
        for (int dd = 0; dd < 7; dd++)
            if ((days & (1u << dd)) && !r->out->routine[dd]) r->out->routine[dd] = act + 1;
    }
    for (int k = 0; span[k].w; k++)
        for (const char *at = strstr(s, span[k].w); at; at = strstr(at + 1, span[k].w)) {
            size_t i = (size_t)(at - s), a, b;
            if ((isalpha((unsigned char)s[i]) && i > 0 && isalpha((unsigned char)s[i - 1])) || !own_fact(r, (int)i)) continue;
            byte_clause(s, i, &a, &b);
            if (relatives_week(s, a, b)) continue;
            if (any_sub_in(s, a, b, (const char *const[]){"this weekend", "last weekend", "next weekend", "这个周末", "上周末",
                                                          "下周末", "这周末", NULL}))
                continue;
            /* every day as a wish, a question or a past habit is no routine
             * ("should I run every day?", "想每天跑", "以前每天游泳") */
            if (span[k].days == 0x7f &&
                any_sub_in(s, a, b, (const char *const[]){"?", "？", "吗", "嗎", "want", "wanna", "should", "could i", "can i",
                                                          "plan", "going to", "gonna", "try", "used to", "like her", "like him",
                                                          "goal", "until", "for a week", "this week", "last week", "since",
                                                          "想", "要不要", "打算", "准备", "计划", "目标", "以前", "年轻时", "过去",
                                                          "曾经", "应该", "能不能", "可以", "这周", "上周", "最近", "一直到",
                                                          "坚持", "争取", "医生", "叫我", "让我", NULL}))
                continue;
            /* a team sport "every day" ("校队打篮球，放学几乎每天打一个多小时"): the school days are its days */
            size_t pa = a, pb;
            if (a > 0) byte_clause(s, a - 1, &pa, &pb); /* (the sport may be named in the clause before) */
            if (span[k].days == 0x7f && (sport_in(s, a, b) || sport_in(s, pa, b)) &&
                any_sub_in(s, pa, b, (const char *const[]){"team", "squad", "club", "school", "practice", "training", "校队", "球队",
                                                           "队里", "放学", "训练", "校隊", "球隊", "訓練", NULL})) {
                r->out->sport_days |= 0x3e;
                continue;
            }
            /* "每天爬楼": the stairs of daily life are the habit, not a sport named nearby */
            if (any_sub_in(s, a, b, (const char *const[]){"爬楼", "楼梯", "台阶", "stairs", NULL})) continue;
            int act = activity_near(s, a, b, i);
            if (act < 0) continue;
            /* (every day is a habit for today's choice; the week keeps room for strength and rest) */
            if (span[k].days == 0x7f) {
                if (!r->out->daily_act) r->out->daily_act = act + 1;
                continue;
            }
            for (int dd = 0; dd < 7; dd++)
                if ((span[k].days & (1u << dd)) && !r->out->routine[dd]) r->out->routine[dd] = act + 1;
        }
    /* a list of days ("run mon/wed/fri", "swim Tue & Thu mornings") with an
     * activity in its clause: a routine without "every" */
    for (size_t i = 0; i < n; i++) {
        size_t e;
        if (day_at(s, i, &e, 0) < 0) continue;
        unsigned days = day_list(s, i);
        size_t a, b;
        byte_clause(s, i, &a, &b);
        /* "footy training 4:30 till 6 ... training mon + wed, game sat": the
         * team's training and its game, the sport named elsewhere in the note */
        static const char *const team_w[] = {"training", "practice", "game", "match", "meet", "tournament", "训练", "訓練",
                                             "比赛", "比賽", "练球", "rehearsal", "rehearsals", "排练", "排練", "彩排", NULL};
        int team_day = any_sub_in(s, a, b, team_w) && sport_in(s, 0, n) && own_fact(r, (int)i) &&
                       !any_sub_in(s, a, b, (const char *const[]){"last week", "last ", "上周", "went ", "did ", " ago",
                                                                  "video game", "on tv", "watch", NULL});
        if (team_day) r->out->sport_days |= days;
        /* not last week's or next week's days ("ran Mon and Wed last week") */
        if (__builtin_popcount(days) < 2 || !own_fact(r, (int)i) ||
            (i >= 5 && (!strncmp(s + i - 5, "last ", 5) || !strncmp(s + i - 5, "next ", 5))) ||
            (i >= 3 && (!strncmp(s + i - 3, "上", 3) || !strncmp(s + i - 3, "下", 3))) ||
            any_sub_in(s, a, b, (const char *const[]){"last week", "this week", "next week", "went ", "did ", " was ", "were ",
                                                      " ago", "上周", "这周", "下周", "本周", "去了", "跑了", "游了", NULL}))
            continue;
        if (relatives_week(s, a, b)) continue;
        if (sport_in(s, a, b)) r->out->sport_days |= days;
        int act = activity_near(s, a, b, i);
        if (act < 0) continue;
        for (int dd = 0; dd < 7; dd++)
            if ((days & (1u << dd)) && !r->out->routine[dd]) r->out->routine[dd] = act + 1;
        i = b; /* past the clause */
    }
}

static size_t sentence_end(const char *s, size_t a, size_t n);

/* The week's fixed events ("周一周二去上海出差", "Driving to Wellington Wed, 8
 * hrs", "daughter's wedding Saturday", "they're saying 39 thursday and 40
 * friday", "nights wed and thu"): each weekday named, with the days listed
 * with it, takes the kind of event its clause names. Not a past week's
 * ("last Saturday's wedding"); a trip, a drive or a shift the writer's own. */
static void read_week_events(reader *r) {
    static const char *const trip[] = {"出差", "business trip", "work trip", "trip to", "conference", "hotel room", "住酒店",
                                       "住宾馆", "staying at a hotel", "in a hotel", "flight",
                                       "flying", "fly to", "fly out", "flights", "坐飞机", "航班", "飞机", "高铁", "travel",
                                       "away for work", "away with work", "培训", "开会", "offsite", "off-site", NULL};
    static const char *const drive[] = {"driving", "drive to", "long drive", "road trip", "开车", "自驾", "hrs in the car",
                                        "hours in the car", "car trip", "开长途", NULL};
    static const char *const social[] = {"wedding", "婚礼", "婚宴", "喜酒", "christening", "baptism", "party", "聚会", "年会",
                                         "派对", "birthday", "生日", "reunion", "团年", "年夜饭", "饭局", "应酬", "酒席", "bbq",
                                         "barbecue", "festival", "graduation", "毕业典礼", "满月酒", "寿宴", "christmas do",
                                         "xmas do", "work do", "hens", "stag", "buck's", "bucks night", "hen do", "聚餐", "请客",
                                         "结婚", "伴郎", "伴娘", "吃席", "烤肉", "团圆饭", "sangeet", "mehndi",
                                         "dancing till", "christmas lunch", "christmas dinner", "new year's eve", NULL};
    static const char *const drink[] = {"drink", "drinking", "喝酒", "喝几杯", "干杯", "敬酒", "拼酒", "灌酒", "白酒", "啤酒",
                                        "红酒", "beer", "booze", "wine", "pints", "shots", "open bar", "cocktails", NULL};
    static const char *const heat_w[] = {"heatwave", "heat wave", "热浪", "高温", "scorcher", "hot spell", "heat alert",
                                         "extreme heat", NULL};
    static const char *const fore[] = {"saying", "forecast", "预报", "说", "expected", "going to be", "gonna be", "will be",
                                       "hit", "reach", "top of", "degrees", "°", "度", "℃", "hot", "热", NULL};
    static const char *const shift[] = {"night shift", "nights", "夜班", "通宵班", "大夜", "夜更", "night duty", "on nights", NULL};
    static const char *const proc[] = {"surgery", "operation", "手术", "colonoscopy", "endoscopy", "肠镜", "胃镜", "biopsy",
                                       "procedure", "cataract", "白内障", NULL};
    static const char *const surgery[] = {"surgery", "operation", "手术", "cataract", "白内障", "op on", NULL};
    static const char *const fast[] = {"空腹", "空肚", "糖耐", "fasting", "ogtt", "glucose tolerance", "nil by mouth", NULL};
    static const char *const period[] = {"大姨妈", "月经", "例假", "经期", "来事", "period", "my time of the month", NULL};
    static const char *const past[] = {"last ", "上周", "上個", "上个", " ago", "went ", "did ", " was ", " were ", "去了",
                                       "过了", "已经", NULL};
    const char *s = r->s;
    size_t n = strlen(s);
    mr_notes *o = r->out;
    for (size_t i = 0; i < n; i++) {
        size_t e, a, b;
        int d = day_at(s, i, &e, 0);
        if (d < 0) continue;
        /* "I sat down", "in the sun": the short forms after these are a word */
        if (e - i == 3 && (!strncmp(s + i, "sat", 3) || !strncmp(s + i, "sun", 3)) &&
            (text_before_is(r, (int)i, (const char *const[]){"i", "we", "he", "she", "they", "just", "the", "and", "then",
                                                             "i've", "ive", NULL}) || i == 0))
            continue;
        unsigned days = day_list(s, i);
        byte_clause(s, i, &a, &b);
        /* "周一周二去上海出差住酒店 周五公司年会": in Chinese a space parts
         * clauses as a comma does */
        for (size_t q = i; q > a; q--)
            if (s[q - 1] == ' ' && q >= 2 && ((unsigned char)s[q - 2] >= 0x80 || (unsigned char)s[q] >= 0x80)) { a = q; break; }
        for (size_t q = e; q < b; q++)
            if (s[q] == ' ' && ((unsigned char)s[q - 1] >= 0x80 || (unsigned char)s[q + 1] >= 0x80)) { b = q; break; }
        /* the end of the list of days ("Mon-Wed", "周二、四", "sat and sun") */
        size_t le = e;
        for (;;) {
            size_t q = le, e3;
            for (;;) {
                if (q < b && strchr(" /,&-+", s[q])) q++;
                else if (!strncmp(s + q, "and ", 4)) q += 4;
                else if (!strncmp(s + q, "to ", 3)) q += 3;
                else if (!strncmp(s + q, "、", 3) || !strncmp(s + q, "和", 3) || !strncmp(s + q, "到", 3) || !strncmp(s + q, "至", 3))
                    q += 3;
                else break;
            }
            if (q < b && day_at(s, q, &e3, q > le) >= 0) le = e3;
            else break;
        }
        size_t ca = a, cb = b; /* (the forecast may be said once for two days: "saying 39 thursday and 40 friday") */
        /* two days in one clause ("a league match Sunday evening and my
         * cousin's sangeet Friday night"): each keeps the words nearer to it */
        for (size_t q = a, e3; q < i; q++)
            if (day_at(s, q, &e3, 0) >= 0 && e3 <= i) a = e3 + (i - e3) / 2;
        for (size_t q = le, e3; q < b; q++)
            if (day_at(s, q, &e3, 0) >= 0) { b = le + (q - le) / 2; break; }
        if (any_sub_in(s, a, b, past)) continue;
        int own = own_fact(r, (int)i);
        if (own && any_sub_in(s, a, b, trip)) o->ev_trip |= days;
        else if (own && any_sub_in(s, a, b, drive)) o->ev_drive |= days;
        if (any_sub_in(s, a, b, social)) {
            o->ev_social |= days;
            if (any_sub_in(s, a, b, drink) || any_sub_in(s, b, sentence_end(s, b, n), drink)) o->ev_drink |= days;
        }
        if (own && any_sub_in(s, a, b, shift)) o->ev_shift |= days;
        if (own && any_sub_in(s, a, b, proc)) {
            o->ev_proc |= days;
            if (any_sub_in(s, a, b, surgery)) o->ev_surgery |= days;
        }
        /* the fasting may be said in the next words ("周三要去做糖耐 要空腹抽三次血") */
        if (own && (any_sub_in(s, a, b, fast) ||
                    (any_sub_in(s, a, b, (const char *const[]){"抽血", "blood test", "bloods", "糖耐", "覆诊", "复诊", "检查", NULL}) &&
                     any_sub_in(s, b, sentence_end(s, b, n) < b + 24 ? sentence_end(s, b, n) : b + 24, fast))))
            o->ev_fast |= days;
        if (own && any_sub_in(s, a, b, period)) o->ev_period |= days;
        int hot = any_sub_in(s, a, b, heat_w);
        for (size_t q = a; q < b && !hot; q++)
            if (isdigit((unsigned char)s[q]) && (q == a || !isdigit((unsigned char)s[q - 1]))) {
                int v = atoi(s + q);
                size_t u = q;
                while (u < b && isdigit((unsigned char)s[u])) u++;
                while (u < b && s[u] == ' ') u++;
                /* the number's unit: degrees, or none with a forecast said ("saying 39 thursday") */
                int deg = !strncmp(s + u, "度", 3) || !strncmp(s + u, "°", 2) || !strncmp(s + u, "℃", 3) ||
                          !strncmp(s + u, "degrees", 7) || (s[u] == 'c' && !isalpha((unsigned char)s[u + 1]));
                size_t e2;
                int bare = u >= b || day_at(s, u, &e2, 0) >= 0 || s[u] == '/' || s[u] == ')' ||
                           !strncmp(s + u, "and ", 4) || !strncmp(s + u, "or ", 3);
                hot = v >= 35 && v <= 50 && (deg || (bare && any_sub_in(s, ca, cb, fore)));
            }
        if (hot) o->ev_heat |= days;
        i = e - 1;
    }
}

/* The activity of a count at byte i: the last one named before it in its
 * sentence, within 80 bytes ("I jog on the treadmill at work (slow, can
 * still talk) 3x/wk + prenatal yoga"), else the nearest in its clause
 * ("3x a week I run"); -1 none. */
static int activity_of_count(const char *s, size_t i) {
    size_t a = i, c0, c1;
    while (a > 0 && i - a < 80 && !strchr(".;!?\n", s[a - 1]) && !(a >= 3 && !strncmp(s + a - 3, "。", 3))) a--;
    byte_clause(s, i, &c0, &c1);
    /* its own clause first, then the sentence before it */
    for (int pass = 0; pass < 2; pass++) {
        size_t from = pass == 0 ? (c0 > a ? c0 : a) : a, to = pass == 0 ? i : (c0 > a ? c0 : a);
        int last = -1, place = -1; /* "the gym" is where, when a sport is named too */
        for (size_t q = from; q < to; q++) {
            size_t end;
            int act = activity_at(s, q, &end);
            if (act < 0 || act == MR_ACT_REST) continue;
            if (place_word(s, q)) place = act;
            else last = act;
            q = end - 1;
        }
        if (last >= 0 || place >= 0) return last >= 0 ? last : place;
    }
    return activity_near(s, c0, c1, i);
}

/* A count that is a plan asked about or wished for ("should I run 3 times a
 * week?", "想加到一周4次", "aim for 5 days a week"), or the past ("used to
 * swim twice a week", "孕前每周跑3次"), not the writer's habit now: by the
 * words before it in its clause (and a question mark in its sentence). */
static int count_not_habit(const reader *r, size_t a, size_t i) {
    static const char *const not_now[] = {"should", "can i", "could i", "is it ok", "want to", "wanna", "plan to", "planning",
                                          "going to", "gonna", "aim", "goal", "target", "try to", "trying to", "build up",
                                          "up to", "add", "increase", "more than", "instead of", "start", "used to",
                                          "before", "last year", "years ago", "recommend", "told me to", "how many",
                                          "能不能", "可不可以", "可以", "想", "打算", "准备", "计划", "目标", "加到", "增加",
                                          "开始", "以前", "之前", "孕前", "原来", "过去", "建议", "应该", "要不要", "几次",
                                          NULL};
    for (int k = 0; not_now[k]; k++) {
        const char *at = strstr(r->s + a, not_now[k]);
        if (at && (size_t)(at - r->s) < i) return 1;
    }
    return 0;
}

/* How many times a week the writer does an activity ("been running 3x a
 * week", "swim twice a week", "4 days/week at the gym", "每周游三次",
 * "一周跑4次", "每周去健身房三天"): per_week[a], the most said for a. */
static void read_per_week(reader *r) {
    static const char *const en_n[] = {"once", "twice", "thrice", NULL};
    static const char *const en_w[] = {"one", "two", "three", "four", "five", "six", "seven", NULL};
    static const char *const unit[] = {"x", "times", "time", "days", "day", "sessions", "session", "runs", "swims",
                                       "rides", "walks", "classes", "class", "workouts", "lifts", "mornings", "evenings",
                                       "nights", NULL};
    const char *s = r->s;
    mr_notes *o = r->out;
    for (int i = 0; i < r->nt; i++) {
        int n = 0, j = i + 1;
        const tok *t = &r->t[i];
        if (t->kind == T_NUM && !t->dot && t->val >= 1 && t->val <= 7) n = (int)t->val;
        for (int k = 0; en_n[k] && !n; k++)
            if (tok_is(r, i, en_n[k])) n = k + 1, j = i + 1;
        for (int k = 0; en_w[k] && !n; k++)
            if (tok_is(r, i, en_w[k])) n = k + 1;
        if (!n) continue;
        int unit_act = -1; /* "4 runs a week": the unit names the activity */
        if (n > 3 || t->kind == T_NUM || !tok_is(r, i, en_n[n - 1])) { /* a number needs its unit: "3x", "3 times", "4 days" */
            int u = 0;
            for (int k = 0; unit[k] && !u; k++) u = tok_is(r, j, unit[k]);
            if (!u) continue;
            unit_act = tok_is(r, j, "runs") ? MR_ACT_RUN : tok_is(r, j, "swims") ? MR_ACT_SWIM : tok_is(r, j, "rides") ? MR_ACT_CYCLE
                     : tok_is(r, j, "walks") ? MR_ACT_WALK : tok_is(r, j, "lifts") ? MR_ACT_STRENGTH : -1;
            j++;
        }
        /* the week: "a week", "per week", "each week", "every week", "/week", "/wk", "weekly", "pw" */
        int w = 0;
        if (j < r->nt && (tok_is(r, j, "a") || tok_is(r, j, "per") || tok_is(r, j, "each") || tok_is(r, j, "every") ||
                          tok_is(r, j, "/") || tok_is(r, j, "in")))
            w = tok_is(r, j + 1, "week") || tok_is(r, j + 1, "wk");
        if (!w) w = tok_is(r, j, "weekly") || tok_is(r, j, "pw");
        if (!w) continue;
        size_t off = (size_t)t->off, a, b;
        if (!own_fact(r, (int)off) || sentence_asks(r, i, 0)) continue;
        byte_clause(s, off, &a, &b);
        if (count_not_habit(r, a, off)) continue;
        int act = unit_act >= 0 ? unit_act : activity_of_count(s, off);
        if (act < 0) { /* "Running. 3x a week": the clause before */
            size_t a2, b2;
            if (a >= 2) byte_clause(s, a - 2, &a2, &b2), act = activity_near(s, a2, b2, off);
        }
        if (act >= 0 && o->per_week[act] < n) o->per_week[act] = n;
    }
    /* Chinese: 每周, 一周, 每星期 ..., up to four characters (跑, 游泳, 去健身房), the count, 次 or 天 */
    static const char *const wk[] = {"每周", "一周", "每星期", "每个星期", "一个星期", "每礼拜", "一礼拜", "一星期", NULL};
    static const char *const num[] = {"一", "两", "三", "四", "五", "六", "七", "二", NULL};
    static const int val[] = {1, 2, 3, 4, 5, 6, 7, 2};
    for (int k = 0; wk[k]; k++)
        for (const char *at = strstr(s, wk[k]); at; at = strstr(at + 1, wk[k])) {
            const char *p = at + strlen(wk[k]);
            int n = 0;
            for (int skip = 0; skip <= 4 && *p && !n; skip++) {
                if (isdigit((unsigned char)*p) && p[1] && !isdigit((unsigned char)p[1])) {
                    if (*p >= '1' && *p <= '7') n = *p - '0';
                    p++;
                    break;
                }
                for (int q = 0; num[q] && !n; q++)
                    if (!strncmp(p, num[q], 3)) n = val[q];
                if (n) { p += 3; break; }
                if ((unsigned char)*p < 0x80) break; /* a word or a mark: no count here */
                int len;
                utf8_next((const unsigned char *)p, &len);
                p += len;
            }
            if (!n || !(!strncmp(p, "次", 3) || !strncmp(p, "天", 3) || !strncmp(p, "回", 3) || !strncmp(p, "趟", 3) ||
                        !strncmp(p, "练", 3)))
                continue;
            size_t off = (size_t)(at - s), a, b;
            if (!own_fact(r, (int)off) || sentence_asks(r, tok_at(r, (int)off), 1)) continue;
            byte_clause(s, off, &a, &b);
            if (count_not_habit(r, a, off)) continue;
            int act = activity_of_count(s, (size_t)(p - s));
            if (act >= 0 && o->per_week[act] < n) o->per_week[act] = n;
        }
}

static int bytes_say(const char *s, size_t a, size_t e, const char *const *w);

/* "is it bad to exercise on your period??", "奶奶说来月经不能运动 ... 是真的吗":
 * a period and exercise in a sentence that asks, or followed by one that
 * does. */
/* The cold feared for the heart, and the ride or walk to school or work. */
static void read_cold_commute(reader *r) {
    static const char *const cold[] = {"天冷", "寒流", "降温", "冷空气", "cold weather", "the cold", "cold snap", "cold morning",
                                       "in the cold", NULL};
    static const char *const heart[] = {"心脏病", "心梗", "心肌梗", "心脏", "heart attack", "heart attacks", "the heart",
                                        "my heart", NULL};
    r->out->cold_fear = any_sub(r->s, cold) && any_sub(r->s, heart) &&
                        any_sub(r->s, (const char *const[]){"容易", "危险", "怕", "担心", "安全", "新闻", "说", "risk", "worried",
                                                            "scared", "afraid", "safe", "dangerous", "heard", "news", NULL});
    static const char *const bike[] = {"bike to school", "bikes to school", "bike to work", "bikes to work", "cycle to work",
                                       "cycle to school", "ride to school", "ride to work", "ride my bike to", "cycling to work",
                                       "biking to school", "biking to work", "骑车上学", "骑车去学校", "骑车上班", "骑自行车上学",
                                       "骑自行车上班", "骑车通勤", NULL};
    static const char *const foot[] = {"walk to school", "walks to school", "walk to work", "walks to work", "走路上学",
                                       "走路上班", "步行上班", "步行上学", NULL};
    r->out->commute = said_own(r, bike) ? 1 : said_own(r, foot) ? 2 : 0;
}

/* Two questions a coach hears: whether lifting stunts a child's growth, and
 * when in the day to train. */
/* "吃二甲双胍的，饭后去快走会不会低血糖？": a low feared; 1 on tablets that
 * seldom cause one, 2 on insulin or a sulfonylurea. */
static void read_hypo_asked(reader *r) {
    r->out->on_su = said_own(r, su_w);
    /* "20 min every day or an hour twice a week?", "每天20分钟还是周末练一个小时": how to spread the week */
    static const char *const often[] = {"every day", "everyday", "daily", "most days", "每天", "天天", "每日", NULL};
    static const char *const seldom[] = {"twice a week", "two times a week", "once a week", "2x a week", "2 times a week", "weekends",
                                         "一周两次", "每周两次", "一周一次", "每周一次", "周末", "一个礼拜两次", NULL};
    static const char *const or_w[] = {" or ", "还是", "或者", NULL};
    /* (the two joined by "or" within a few words, in a sentence that asks) */
    size_t n = strlen(r->s);
    for (size_t a = 0, end; a < n && !r->out->spread_asked; a = end) {
        end = sentence_end(r->s, a, n);
        if (!bytes_say(r->s, a, end, (const char *const[]){"?", "？", "吗", "better", "哪个", NULL})) continue;
        for (int i = 0; often[i] && !r->out->spread_asked; i++)
            for (int j = 0; seldom[j] && !r->out->spread_asked; j++) {
                const char *p = strstr(r->s + a, often[i]), *q = strstr(r->s + a, seldom[j]);
                if (!p || !q || p >= r->s + end || q >= r->s + end) continue;
                size_t lo = (size_t)((p < q ? p : q) - r->s), hi = (size_t)((p < q ? q : p) - r->s);
                r->out->spread_asked = hi - lo <= 80 && bytes_say(r->s, lo, hi, or_w);
            }
    }
    static const char *const low[] = {"低血糖", "血糖低", "血糖太低", "血压血糖太低", "血糖会太低", "hypo", "go low", "going low",
                                      "low blood sugar", "blood sugar drop", "sugar drop", "sugar too low", "sugar going too low",
                                      NULL};
    static const char *const q[] = {"会不会", "吗", "?", "？", "是不是", "will i", "could i", "can it", "worried", "担心",
                                    "怕", NULL};
    if (!any_sub(r->s, low) || !any_sub(r->s, q)) return;
    r->out->hypo_asked = (r->out->notes & MR_NOTE_INSULIN) || said_own(r, su_w) ? 2 : 1;
}

/* A timed run test ahead (a school PE test, a fitness test for a job):
 * its distance, and the times said beside it, the one to beat after a word
 * for a target ("满分要3分40", "及格线4分34", "need sub 7:30") and the one
 * run now after a word for now ("现在4分05", "currently 4:50"). */
static void read_run_test(reader *r) {
    static const struct { const char *w; int m; } dist[] = {
        {"1000米", 1000}, {"一千米", 1000}, {"1000m", 1000}, {"1000 m", 1000}, {"1km", 1000}, {"1 km", 1000},
        {"800米", 800}, {"八百米", 800}, {"800m", 800}, {"800 m", 800}, {"1500米", 1500}, {"1500m", 1500},
        {"1600米", 1600}, {"1600m", 1600}, {"2.4km", 2400}, {"2.4 km", 2400}, {"1.5 mile", 2414}, {"1.5-mile", 2414}, {"1.5 mi", 2414}, {"1.5mi", 2414},
        {"mile run", 1609}, {"mile test", 1609}, {"50米", 0}, {NULL, 0}};
    /* (a run test's own words: not a blood test, a stress test or a covid test) */
    static const char *const test[] = {"体测", "中考", "补测", "体育考", "体育测试", "考1000", "考800", "体能测", "体质测", "及格",
                                       "fitness test", "pe test", "p.e. test", "pt test", "run test", "mile test", "physical test",
                                       "fitness assessment", "pass mark", "bleep test", "beep test", NULL};
    mr_notes *o = r->out;
    if (!any_sub(r->s, test)) return;
    /* a child's or a partner's test, told by the writer, is theirs */
    if (!r->proxy && any_sub(r->s, (const char *const[]){"my son", "my daughter", "my kid", "my boy", "my girl", "儿子", "女儿",
                                                          "孩子", "闺女", NULL}))
        return;
    for (int k = 0; dist[k].w && !o->test_m; k++)
        for (const char *at = strstr(r->s, dist[k].w); at && !o->test_m; at = strstr(at + 1, dist[k].w))
            /* (whole: "21km" holds no 1 km, "11.5 mi" no 1.5) */
            if (dist[k].m && !(at > r->s && (isdigit((unsigned char)at[-1]) || at[-1] == '.'))) o->test_m = dist[k].m;
    if (!o->test_m) return;
    static const char *const goal_w[] = {"满分", "目标", "跑进", "要", "及格线", "及格", "合格", "target", "goal", "under", "sub",
                                         "pass", "need", NULL};
    static const char *const now_w[] = {"现在", "目前", "now", "currently", "current", "只能跑", "i run", "i ran", "i'm at", "im at",
                                        "at like", NULL};
    /* "4分05", "3分40秒", "4:50", "4'50" */
    for (const char *c = r->s; *c; c++) {
        if (!isdigit((unsigned char)*c) || (c > r->s && (isdigit((unsigned char)c[-1]) || c[-1] == '.'))) continue;
        int mins = 0;
        const char *e = c;
        while (isdigit((unsigned char)*e)) mins = mins * 10 + (*e++ - '0');
        size_t sep = !strncmp(e, "分", 3) ? 3 : (*e == ':' || *e == '\'') ? 1 : 0;
        if (!sep || !isdigit((unsigned char)e[sep]) || !isdigit((unsigned char)e[sep + 1]) || isdigit((unsigned char)e[sep + 2]))
            continue;
        int secs = mins * 60 + (e[sep] - '0') * 10 + (e[sep + 1] - '0');
        /* a plausible time for the distance: 2:20 to 12:00 a kilometre */
        if (e[sep] > '5' || secs * 1000 < 140 * o->test_m || secs * 1000 > 720 * o->test_m) continue;
        int off = (int)(c - r->s), from = off > 15 ? off - 15 : 0;
        char before[24];
        snprintf(before, sizeof before, "%.*s", off - from, r->s + from);
        if (any_sub(before, now_w)) { if (!o->test_now_s) o->test_now_s = secs; }
        else if (any_sub(before, goal_w)) { if (!o->test_goal_s) o->test_goal_s = secs; }
    }
}

static void read_growth_when(reader *r) {
    static const char *const lift[] = {"重训", "力量训练", "举铁", "撸铁", "练力量", "weights", "lifting", "weight training",
                                       "strength training", "the gym", NULL};
    static const char *const grow[] = {"长不高", "长高", "个子", "不长个", "stunt", "growth", "grow taller", "growth plate", NULL};
    r->out->lift_growth = any_sub(r->s, lift) && any_sub(r->s, grow);
    /* the heavy lifts or a lifting belt named (in pregnancy the card says how they change) */
    if (any_sub(r->s, (const char *const[]){"deadlift", "dead lift", "bench press", "benching", "back squat", "lifting belt",
                                            "weight belt", "硬举", "硬舉", "卧推", "臥推", "深蹲", "腰带", "腰帶", NULL}))
        r->out->preg_lift = any_sub(r->s, (const char *const[]){"?", "？", "吗", "嗎", "can i", "should i", "ok to", NULL}) ? 2 : 1;
    r->out->protein_asked = any_sub(r->s, (const char *const[]){"protein powder", "protein shake", "whey", "protein supplement",
                                                                "蛋白粉", "乳清", "蛋白奶昔", "增肌粉", NULL}) &&
                            any_sub(r->s, (const char *const[]){"?", "？", "吗", "嗎", "要不要", "需不需要", "should i", "do i need",
                                                                "worth", NULL});
    /* placenta praevia, the writer's, this pregnancy's: a mention whose own
     * clause does not put it in a past pregnancy or say it has moved up (a
     * hope that it will is no move); from 26 weeks, or the third trimester,
     * no exercise at all (ACOG 2020) */
    {
        static const char *const pv[] = {"前置胎盘", "胎盘前置", "胎盘低置", "胎盘低", "胎盘位置低", "胎盘位置偏低",
                                         "placenta previa", "placenta praevia", "low-lying placenta", "low lying placenta",
                                         "low placenta", "placenta is low", "low-lying again", NULL};
        static const char *const over[] = {"last pregnancy", "上一胎", "上次怀孕", NULL};
        static const char *const moved_up[] = {"moved up", "has moved", "no longer low", "not low anymore", "上去了", "长上去",
                                            "已经上移", "不低了", NULL};
        static const char *const hope[] = {"hope", "hoping", "if it", "might", "may have", "希望", "如果", "看能不能", NULL};
        static const char *const again[] = {"again", "这次又", "又是", NULL};
        const char *s = r->s;
        int now = 0;
        for (int k = 0; pv[k] && !now; k++)
            for (const char *p = strstr(s, pv[k]); p && !now; p = strstr(p + 1, pv[k])) {
                size_t a, b;
                byte_clause(s, (size_t)(p - s), &a, &b);
                now = own_fact(r, (int)(p - s)) && (!any_sub_in(s, a, b, over) || any_sub_in(s, a, b, hope) ||
                                                    any_sub_in(s, a, b, again));
            }
        /* a move told anywhere, not hoped for in its clause, clears it ("rescan at 32 weeks showed it has moved up") */
        for (int k = 0; moved_up[k] && now; k++)
            for (const char *p = strstr(s, moved_up[k]); p && now; p = strstr(p + 1, moved_up[k])) {
                size_t a, b;
                byte_clause(s, (size_t)(p - s), &a, &b);
                if (!any_sub_in(s, a, b, hope)) now = 0;
            }
        int late = r->out->preg_weeks >= 26 ||
                   any_sub(s, (const char *const[]){"third trimester", "3rd trimester", "third tri", "3rd tri", "孕晚期", "孕后期",
                                                    NULL});
        r->out->previa = now ? (late ? 2 : 1) : 0;
    }
    /* a multiple pregnancy, the writer's: a twin word with a pregnancy told
     * in the note ("20 weeks with twins", "怀的是双胞胎", "twins! 29 weeks"),
     * not twins already born ("my twins are 3": an age after the word) or
     * somebody else's */
    {
        static const char *const tw[] = {"twins", "twin pregnancy", "twin girls", "twin boys", "twin babies", "two heartbeats",
                                         "双胞胎", "雙胞胎", "双胎", "雙胎", "龙凤胎", "龍鳳胎", "两个心跳", "兩個心跳",
                                         "triplets", "三胞胎", "多胞胎", "多胎", NULL};
        static const char *const carrying[] = {"pregnan", "expecting", "carrying", "with twins", "with triplets", "week",
                                               "wks", "wk ", "scan", "trimester", "due", "bump", "怀", "懷", "孕", "周", "週",
                                               "双胎", "雙胎", "产检", "產檢", "b超", NULL};
        static const char *const born[] = {"years old", "year old", "yr old", "months old", "month old", "twins are", "twins were",
                                           "twins turned", "岁", "歲", "个月大", "個月大", "toddler", "school", "kindergarten",
                                           "上学", "幼儿园", "幼兒園", "上小学", "带娃", NULL};
        const char *s = r->s;
        int n = 0;
        int pregnancy_told = r->out->preg_weeks > 0 || any_sub(s, carrying);
        for (int k = 0; tw[k] && pregnancy_told; k++)
            for (const char *p = strstr(s, tw[k]); p; p = strstr(p + 1, tw[k])) {
                size_t a, b;
                byte_clause(s, (size_t)(p - s), &a, &b);
                if (!own_fact(r, (int)(p - s)) || any_sub_in(s, (size_t)(p - s), b, born)) continue;
                /* ("I'm a twin", "twins run in my family": not this pregnancy's) */
                if (any_sub_in(s, a, b, (const char *const[]){"i'm a twin", "im a twin", "i am a twin", "run in", "runs in",
                                                              "family", "家里有", NULL}))
                    continue;
                int three = strstr(tw[k], "triplets") || strstr(tw[k], "三") || strstr(tw[k], "多");
                if (three) n = 3;
                else if (n < 3) n = 1;
            }
        if (n == 1 && (r->out->preg_weeks >= 28 ||
                       any_sub(s, (const char *const[]){"third trimester", "3rd trimester", "third tri", "3rd tri", "孕晚期",
                                                        "孕后期", NULL})))
            n = 2;
        r->out->multiple = n;
    }
    /* a miscarriage feared from exercise, not one told */
    r->out->miscarriage_fear = any_sub(r->s, (const char *const[]){"cause a miscarriage", "cause miscarriage", "causes miscarriage",
                                                                   "causing a miscarriage", "lead to a miscarriage",
                                                                   "make me miscarry", "会流产", "导致流产", "引起流产", "容易流产",
                                                                   "造成流产", "会小产", "會流產", "導致流產", "引起流產", NULL});
    static const char *const when[] = {"when am i", "when should i", "when do i", "when's the best", "when is the best",
                                       "what time should", "best time to", "before the shift or after", "before or after my shift",
                                       "before work or after", "morning or evening", "什么时候练", "什么时候运动", "几点练", "几点运动",
                                       "早上练还是晚上练", "上班前还是下班后", "早上还是晚上", NULL};
    r->out->when_asked = any_sub(r->s, when);
    r->out->exams = any_sub(r->s, (const char *const[]){"exams", "exam week", "boards start", "board exams", "finals", "期末考",
                                                        "考试", "中考", "高考", "会考", "期中考", "月考", NULL}) &&
                    /* "中考完了终于解放", "exams are over": behind, not ahead */
                    !any_sub(r->s, (const char *const[]){"考完了", "考完啦", "考完后", "考完以后", "考试结束", "考试完了", "中考完",
                                                         "高考完", "期末考完", "finished my exams", "finished exams", "exams finished",
                                                         "exams are done now", "exams are over now", "now exams are over",
                                                         "my exams are over", "my exams are done",
                                                         /* the exam is a PE test ("中考要考1000米"), not study */
                                                         "考1000米", "考800米", "考一千米", "考八百米", "中考体育", "体育中考",
                                                         "体育考试", "体测", "pe test", "fitness test", NULL});
    read_run_test(r);
}

static void read_period_asked(reader *r) {
    static const char *const period[] = {"period", "menstrua", "月经", "例假", "经期", "大姨妈", "生理期", NULL};
    static const char *const move[] = {"exercise", "work out", "workout", "train", "run", "swim", "sport", "运动", "锻炼", "练",
                                       "跑", "游泳", "体育", "rest on", "sit out", "sit it out", "skip", "休息", "请假", NULL};
    static const char *const asks[] = {"?", "？", "吗", "是不是", "能不能", "可不可以", "要不要", "should i", "can i", "is it", NULL};
    const char *s = r->s;
    size_t n = strlen(s);
    for (size_t a = 0; a < n && !r->out->period_asked;) {
        size_t b = sentence_end(s, a, n), c = b < n ? sentence_end(s, b, n) : b;
        if (any_sub_in(s, a, b, period) && any_sub_in(s, a, b, move) && (any_sub_in(s, a, b, asks) || any_sub_in(s, b, c, asks)) &&
            own_fact(r, (int)a))
            r->out->period_asked = 1;
        a = b;
    }
}

/* Heat forecast for later today ("TV says heat advisory, 101 this
 * afternoon", "下午最高37度", "高温橙色预警"): o->heat_later in °C, 35 for a
 * warning named without a figure. A number needs a word of the forecast
 * in its clause; 86 and over is Fahrenheit. */
static void read_heat_later(reader *r) {
    static const char *const named[] = {"heat advisory", "heat warning", "excessive heat", "heat wave", "heatwave",
                                        "extreme heat", "heat alert", "heat emergency", "高温预警", "高温橙色", "高温红色",
                                        "高温黄色", "热浪", "酷热天气警告", "酷热警告", NULL};
    static const char *const later[] = {"this afternoon", "later", "high of", "highs of", "high today", "forecast", "going to be",
                                        "gonna be", "tomorrow", "下午", "最高", "午后", "预报", "中午", NULL};
    mr_notes *o = r->out;
    for (int i = 0; i < r->nt; i++) {
        const tok *t = &r->t[i];
        if (t->kind != T_NUM || !span_says(r, clause_start(r, i), clause_end(r, i), later)) continue;
        double v = t->val, c = 0;
        int unit_c = i + 1 < r->nt && (tok_is(r, i + 1, "度") || tok_is(r, i + 1, "c") || tok_is(r, i + 1, "°") ||
                                       tok_is(r, i + 1, "degrees"));
        /* ("forecast 42 today": a forecast's bare 35-50 is Celsius; not "42 min", "42%") */
        int bare = !unit_c && v >= 35 && v <= 50 && !t->dot &&
                   span_says(r, clause_start(r, i), clause_end(r, i),
                             (const char *const[]){"forecast", "high of", "highs of", "预报", "最高", "預報", NULL}) &&
                   !(i + 1 < r->nt && words_in(r, i + 1, i + 2, (const char *const[]){"%", "km", "min", "mins", "minutes",
                                                                                    "kg", "kgs", "bpm", "yrs", "years", "yo",
                                                                                    "分", "公", "岁", "歲", "次", "f", "mph",
                                                                                    "kmh", "aqi", NULL}));
        if (v >= 86 && v <= 125) c = (v - 32) * 5 / 9;
        else if (v >= 30 && v <= 50 && (unit_c || bare)) c = v;
        if (c > o->heat_later) {
            o->heat_later = (float)c;
            o->heat_bare = bare && !unit_c && v < 86;
        }
    }
    if (o->heat_later <= 0 && any_sub(r->s, named)) o->heat_later = 35;
}

/* "I hate running", "最讨厌跑步", "not a fan of yoga": a dislike of an
 * activity (it is not chosen), not a low mood. Before the mood is read. */
static void read_dislike(reader *r) {
    static const char *const hate[] = {"hate", "can't stand", "cant stand", "don't like", "dont like", "do not like",
                                       "not a fan of", "not into", "讨厌", "不喜欢", "不爱", "受不了", "烦", NULL};
    const char *s = r->s;
    for (int k = 0; hate[k]; k++)
        for (const char *at = strstr(s, hate[k]); at && r->n_disliked < 4; at = strstr(at + 1, hate[k])) {
            size_t i = (size_t)(at - s), e = i + strlen(hate[k]), end;
            if (!word_at(s, i, hate[k]) || !own_fact(r, (int)i)) continue;
            for (;;) { /* "hate the treadmill", "讨厌死了跑步" */
                if (s[e] == ' ') e++;
                else if (!strncmp(s + e, "the ", 4) || !strncmp(s + e, "my ", 3)) e += s[e] == 't' ? 4 : 3;
                else if (!strncmp(s + e, "死", 3) || !strncmp(s + e, "了", 3)) e += 3;
                else break;
            }
            int act = activity_at(s, e, &end);
            if (act < 0) { /* "hate gyms": a place they avoid, not a low mood; "hate going low": a hypo feared, not one either */
                static const char *const gym[] = {"gyms", "gym", "the gym", "健身房", "going low", "going hypo", "hypos",
                                                  "lows", "low blood sugar", "低血糖", "血糖低", NULL};
                for (int g = 0; gym[g] && act < 0; g++)
                    if (word_at(s, e, gym[g])) {
                        r->disliked[r->n_disliked][0] = (int)i;
                        r->disliked[r->n_disliked++][1] = (int)(e + strlen(gym[g]));
                        act = -2;
                    }
                continue;
            }
            if (!r->out->disliked)
                snprintf(r->out->disliked_words, sizeof r->out->disliked_words, "%.*s", (int)(end - i), s + i);
            r->out->disliked |= 1u << act;
            r->disliked[r->n_disliked][0] = (int)i;
            r->disliked[r->n_disliked++][1] = (int)end;
        }
}

/* A month named as a date ("May 16th", "by June", "16 may", "5月20号",
 * "五月份"): 1..12, 0 none; *mday the day when written with it, else 0.
 * "may" the verb is a month only with a day or after "in", "by",
 * "before", "until", "till", "this" or "next". */
int mr_notes_month_said(const char *s, int *mday) { return month_said(s, mday); }

static int month_said(const char *s, int *mday) {
    static const char *const en[] = {"january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december"};
    static const char *const ab[] = {"jan", "feb", NULL, "apr", NULL, "jun", "jul", "aug", "sept", "oct", "nov", "dec"};
    static const char *const lead[] = {"in ", "by ", "before ", "until ", "till ", "next ", NULL};
    *mday = 0;
    for (int m = 0; m < 12; m++)
        for (int form = 0; form < 2; form++) {
            const char *w = form ? ab[m] : en[m];
            if (!w) continue;
            size_t l = strlen(w);
            for (const char *at = strstr(s, w); at; at = strstr(at + 1, w)) {
                if ((at > s && isalpha((unsigned char)at[-1])) || isalpha((unsigned char)at[l])) continue;
                const char *q = at + l;
                while (*q == ' ' || *q == '.') q++;
                int day = isdigit((unsigned char)*q) ? atoi(q) : 0;
                if (day < 1 || day > 31) { /* "16th of May", "16 May" */
                    const char *b = at;
                    if (b - s >= 3 && !strncmp(b - 3, "of ", 3)) b -= 3;
                    while (b > s && b[-1] == ' ') b--;
                    while (b > s && isalpha((unsigned char)b[-1])) b--; /* "16th" */
                    const char *d0 = b;
                    while (d0 > s && isdigit((unsigned char)d0[-1])) d0--;
                    day = d0 < b && b - d0 <= 2 ? atoi(d0) : 0;
                    if (day < 1 || day > 31) day = 0;
                }
                int led = 0;
                for (int k = 0; lead[k]; k++) {
                    size_t ll = strlen(lead[k]);
                    led |= at - s >= (long)ll && !strncmp(at - ll, lead[k], ll);
                }
                if (m == 4 && !form && !day && !led) continue; /* "may" the verb */
                *mday = day;
                return m + 1;
            }
        }
    /* 5月, 五月, 十二月 (not 三个月: a span, read elsewhere) */
    static const char *const zh[] = {"十二月", "十一月", "十月", "一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", NULL};
    static const int zm[] = {12, 11, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    for (const char *at = strstr(s, "月"); at; at = strstr(at + 1, "月")) {
        int m = 0;
        const char *d = at;
        while (d > s && isdigit((unsigned char)d[-1]) && at - d < 2) d--;
        if (d < at) m = atoi(d);
        for (int k = 0; !m && zh[k]; k++) {
            size_t l = strlen(zh[k]) - strlen("月");
            if (at - s >= (long)l && !strncmp(at - l, zh[k], l)) m = zm[k];
        }
        if (m < 1 || m > 12) continue;
        const char *q = at + strlen("月");
        *mday = isdigit((unsigned char)*q) ? atoi(q) : 0;
        if (*mday > 31) *mday = 0;
        return m;
    }
    return 0;
}

/* Postural orthostatic tachycardia syndrome, the writer's own and
 * diagnosed: the heart rate that leaps on standing is the condition's
 * known sign, not a new palpitation (HRS expert consensus, Sheldon et al.
 * 2015). "pots" alone is a word for pans, so the acronym needs a word of
 * its own around it. A rate that races at rest or with chest pain or a
 * faint stays a warning sign. */
static void read_pots(reader *r) {
    static const char *const named[] = {"postural tachycardia", "postural orthostatic", "体位性心动过速", "直立性心动过速",
                                        NULL};
    static const char *const ctx[] = {"diagnosed with pots", "dx with pots", "dx'd with pots", "have pots", "got pots",
                                      "my pots", "with pots", "pots diagnosis", "pots dx", "pots flare", "pots and",
                                      "pots,", "pots.", "pots -", "pots (", "pots since", "(pots)", NULL};
    int at = -1;
    for (int k = 0; named[k] && at < 0; k++) {
        const char *p = strstr(r->s, named[k]);
        if (p) at = (int)(p - r->s);
    }
    for (int k = 0; ctx[k] && at < 0; k++) {
        const char *p = strstr(r->s, ctx[k]);
        if (p) at = (int)(strstr(p, "pots") - r->s);
    }
    static const char *const medical[] = {"diagnos", "heart", "hr ", "pulse", "stand", "tachy", "dizz", "faint", "light-headed",
                                          "lightheaded", "salt", "ivabradine", "midodrine", "fludrocortisone", "compression",
                                          "dysautonomia", "cardiolog", "bpm", "心", NULL};
    if (at < 0 || !own_fact(r, at) || !any_sub(r->s, medical)) return;
    if (any_sub(r->s, (const char *const[]){"ruled out pots", "not pots", "no pots", "isn't pots", "排除了体位", NULL})) return;
    r->out->pots = 1;
    mr_notes *o = r->out;
    static const char *const standing[] = {"stand", "stood", "get up", "getting up", "got up", "upright", "on my feet",
                                           "站起", "起身", "站着", "站立", "站一会", "起床", NULL};
    static const char *const alarm[] = {"at rest", "lying down", "in bed", "chest pain", "faint", "passed out", "blacked out",
                                        "躺着", "胸痛", "晕倒", "昏倒", NULL};
    if ((o->flags & MR_SYM_PALPITATIONS) && any_sub(r->s, standing) && !any_sub(r->s, alarm)) {
        o->flags &= ~(unsigned)MR_SYM_PALPITATIONS;
        o->evidence[bit_index(MR_SYM_PALPITATIONS)][0] = 0;
    }
}

/* An ASCII mark that ends a sentence: not the point of "2.5 h" or "1.5k" */
static int ascii_stop(const char *s, size_t b) {
    if (!s[b] || !strchr(".!?\n", s[b])) return 0;
    return !(s[b] == '.' && b > 0 && isdigit((unsigned char)s[b - 1]) && isdigit((unsigned char)s[b + 1]));
}

/* "doesn't want to do anything sporty", "不想去": a wish denied asks nothing */
static int wish_denied(const char *s, size_t i) {
    static const char *const no[] = {"n't ", "not ", "nt ", "never ", "不", "没", NULL};
    for (int k = 0; no[k]; k++) {
        size_t l = strlen(no[k]);
        if (i >= l && !strncmp(s + i - l, no[k], l)) return 1;
    }
    return 0;
}

/* Whether the bytes s[a, e) (a sentence found by its marks) say any of the words. */
static int bytes_say(const char *s, size_t a, size_t e, const char *const *w) {
    char sent[512];
    snprintf(sent, sizeof sent, "%.*s", (int)(e - a), s + a);
    return any_sub(sent, w);
}

/* The end of the sentence that starts at byte a (its mark included): the
 * readers that walk a note sentence by sentence share it. */
static size_t sentence_end(const char *s, size_t a, size_t n) {
    size_t b = a;
    while (b < n && !ascii_stop(s, b) && strncmp(s + b, "。", 3) && strncmp(s + b, "！", 3) && strncmp(s + b, "？", 3)) b++;
    return b < n ? b + (ascii_stop(s, b) ? 1 : 3) : n;
}

/* The writer's own general questions, sentence by sentence: whether to rest
 * or move, whether it is safe, how to start, how much. The card answers
 * each one no other line answers by name (advisor.c). A question about
 * when something will be possible again ("how long till I can run?") is
 * not "how much"; a question about somebody else is theirs. */
static void read_ask(reader *r) {
    static const char *const q[] = {"?", "？", "吗", "呢", "咩", "should i", "should we", "is it ", "is that ", "do i ", "can i ",
                                    "要不要", "是不是", "能不能", "该不该", "好不好", "可不可以", "行不行", "有冇", "有没有", "点样", "点开始",
                                    "怎么开始", "怎么练", "怎么安排", "怎么恢复", "怎样", "如何", "any advice", "any tips", "how ", NULL};
    static const char *const other[] = {"she asked", "he asked", "they asked", "asked me", "问我", "她问", "他问", "for her?",
                                        "for him?", "for my mum", "for my dad", "她能不能", "他能不能", "她可以", "他可以",
                                        "asking for my", "asking for a", "for my son", "for my daughter", "for someone",
                                        "someone with", "帮我儿子问", "帮我女儿问", "帮朋友问", NULL};
    static const char *const rest[] = {"better to rest", "better to just rest", "just rest", "should i rest", "rest it?", "rest them",
                                       /* "Should I give up?" (running, at 80) */
                                       "should i give up", "should i stop running", "should i quit", "give it up?", "time to give up",
                                       "time to stop running", "要不要放弃", "该不该放弃", "是不是该停了", "是不是不该再跑",
                                       "rest up", "take a break", "take a rest", "take the day off", "a day off", "skip it",
                                       "should i skip", "or skip", "skip today", "ok to skip", "okay to skip", "can i skip",
                                       "alright to skip", "fine to skip", "可以不去吗", "能不能不去", "可以跳过吗",
                                       "唔好再做运动", "唔好再运动", "唔好做运动", "停埋佢", "是不是不要再运动", "是不是不要运动了",
                                       "要不要停掉", "stop exercising altogether", "stop exercise altogether", "stay on the sofa", "stay on the couch", "sit it out",
                                       "give it a rest", "stay in bed", "lay off", "rest instead", "rest or ", "or rest",
                                       "rest it the whole", "rest it all", "rest it for", "rest the whole week", "rest all week",
                                       "rest for the week", "rest this week", "歇一天", "歇两天", "歇一周", "多歇歇", "都在家休息",
                                       "be resting", "stop exercising", "stop exercise", "give up exercise", "stop exercising now",
                                       "不要运动", "别运动", "少动", "不运动", "停止运动", "不动为好",
                                       "这周都休息", "休息比较安全",
                                       "要不要休息", "该不该休息", "是不是该休息", "是不是应该休息", "是不是要休息", "休息是不是",
                                       "休息比较好", "休息会不会", "休息好不好", "休息好还是", "还是休息", "多休息", "先休息",
                                       "休息一下", "休息几天", "休息吗", "休息呢", "歇着", "歇一歇", "歇几天", "别练", "不练了",
                                       "停练", "停一停", "停几天", "先停", "躺着", "静养", "唞下", "要唔要休息", "好唔好休息",
                                       /* "能不能等开学再说", "Should I wait till the cough has completely gone?" */
                                       "能不能等", "等开学", "等到开学", "should i wait", "wait till", "wait until", "wait a few",
                                       /* "should I keep resting till it's 100%", "我是不是真的该停下来休息" */
                                       "keep resting", "keep on resting", "rest till", "rest until", "rest is best", "该停下来",
                                       "停下来休息", "真的该休息", "应该停下来",
                                       "抖多几个月", "歇几个月", "休息几个月", NULL};
    static const char *const safe[] = {"is it safe", "is that safe", "is this safe", "safe for me", "safe to", "still safe",
                                       "any danger", "dangerous", "risky", "any risk", "is it ok", "is it okay", "is that ok",
                                       "is this ok", "will it hurt", "bad for me", "bad for my", "do any harm", "harm the",
                                       "安全吗", "安不安全", "安全不", "危险", "有冇问题", "有没有问题", "有问题吗", "会不会有事",
                                       "有事吗", "要紧吗", "要不要紧", "会不会伤", "会不会加重", "伤身体", "有没有害", "有害吗",
                                       "有没有影响", "有影响吗", NULL};
    static const char *const start[] = {"how do i start", "how should i start", "where do i start", "where to start",
                                        "how to start", "how to begin", "how do i begin", "where do i begin", "how do i get started",
                                        "how to get started", "help me plan", "make me a plan", "怎么开始", "点开始", "点样开始",
                                        "从哪开始", "从哪里开始", "怎么安排", "帮我排", "帮我安排", NULL};
    static const char *const advice[] = {"what should i do", "what can i do", "what do you recommend", "what do you suggest",
                                         "what would you suggest", "what would you recommend", "what do you reckon",
                                         "what do you think", "any advice", "any tips", "怎么练", "该做什么", "该做些什么", "能做什么",
                                         "可以做什么", "练什么", "做什么运动", "什么运动好", "有什么建议", "给点建议", "点做好",
                                         "咩建议", "乜建议", "有冇建议", NULL};
    static const char *const much[] = {"how much should", "how much exercise", "how much walking", "how much activity",
                                       "how long should", "how long can i", "how long do i", "how often", "how many times",
                                       "how many days", "how many minutes", "how many sessions", "练多久", "走多久", "跑多久",
                                       "多久比较好", "多久合适", "多长时间合适", "多长时间比较好", "多少分钟", "几次比较好",
                                       "几次合适", "练多少", "一周几", "一个星期几", "每周几", "每周练几", "每天多少",
                                       /* the progression to a goal ("按什么节奏加到10公里", "how do I build up to") */
                                       "什么节奏", "怎么加量", "怎么加到", "如何加到", "how do i build", "how should i build",
                                       "how to build up", "build up to", NULL};
    static const char *const row[] = {"in a row", "back to back", "back-to-back", "consecutive", "two days running",
                                      "2 days running", "连续两天", "连着两天", "连续两日", "连续几天", "天天练", "每天都练",
                                      "每天都跑", NULL};
    static const char *const order[] = {"before or after", "cardio first", "weights first", "lift first", "run first",
                                        "which first", "先做哪个", "先有氧还是", "先力量还是", "先跑还是", "先练哪个",
                                        "哪个先", "先后顺序", "还是先跑", "还是先做", "还是先练", "先做重量", "先做力量",
                                        "先做有氧", "先举铁", "cardio or weights first", "weights or cardio first",
                                        "lift or run first", "run or lift first", NULL};
    static const char *const add_day[] = {"4th day", "fourth day", "a 4th", "a fourth", "5th day", "fifth day", "add a day",
                                          "add another day", "extra day", "一周4次", "一周四次", "加一天", "多加一天",
                                          "加到一周", "加到每周", "每周4次", "每周四次", NULL};
    static const char *const restart[] = {"where do i restart", "where should i restart", "restart", "start back",
                                          "get back into", "ease back", "straight back", "从哪开始恢复", "怎么恢复",
                                          "从哪里恢复", "重新开始", "怎么重新", "恢复到", "从头开始", "从零开始", "白练了",
                                          "前功尽弃", "back to square one", "start over", "starting over", "start from scratch",
                                          "lost all my fitness", "lose all my fitness", "lost all my progress", NULL};
    static const char *const wait_pain[] = {"wait until it's pain-free", "wait till it's pain free", "until pain-free",
                                            "until pain free", "until it stops hurting", "till it stops hurting",
                                            "completely pain", "等完全不痛", "等不痛", "完全不痛", "完全好了再", "好彻底再",
                                            "先继续休息", NULL};
    static const char *const too_much[] = {"too much?", "too much for", "too long?", "overdoing it", "会不会太多", "太多了吗",
                                           "太多吗", "会不会太久", "太久了吗", "是不是太多", NULL};
    static const char *const when[] = {"wait until evening", "wait till evening", "wait until the evening", "wait till the evening",
                                       "wait until tonight", "wait till tonight", "wait until later", "wait till later",
                                       "wait until the morning", "wait till the morning", "等到晚上", "等晚上", "等到傍晚",
                                       "how long until", "how long till", "how long before", "how long will", "how long does it",
                                       "how long to heal", "how much weight", "how many calories", "how many steps", "多久能",
                                       "多久才能", "多久可以", "多久会", "多久好", "多久恢复", "几天能", "几天才", "几天可以",
                                       "走多少步", "多少步", "多少卡", "多少斤", "多少公斤", NULL};
    const char *s = r->s;
    size_t n = strlen(s);
    /* a working day on the feet or under loads, asked whether it is exercise enough */
    static const char *const job[] = {"工地", "搬砖", "站十", "站一天", "一天站", "体力活", "送外卖", "送快递", "两万步", "两万多步",
                                      "三万步", "on my feet all day", "on my feet for", "on my feet 10", "on my feet 12",
                                      "manual job", "manual work", "labourer", "laborer", "construction", "warehouse",
                                      "20,000 steps", "20000 steps", "20k steps", "25k steps", "30k steps", "nurse on my feet",
                                      NULL};
    static const char *const enough[] = {"还要运动吗", "还需要运动吗", "还用运动吗", "还要锻炼吗", "还需要锻炼吗", "算运动吗",
                                         "算不算运动", "算锻炼吗", "不够吗", "还不够吗", "count as exercise", "counts as exercise",
                                         "still need to exercise", "still need exercise", "do i still need", "isn't that enough",
                                         "isnt that enough", "is that not enough", "enough exercise", "还要练吗", NULL};
    r->out->job_active_asked = any_sub(s, job) && any_sub(s, enough);
    r->out->time_asked = any_sub(s, (const char *const[]){"改时间", "换个时间", "换时间", "改个时间", "改到中午", "改到下午",
                                                          "change the time", "change my time", "move my walk", "move the walk",
                                                          "different time", "another time of day", "later in the day", NULL}) &&
                         any_sub(s, q);
    r->out->late_asked = any_sub(s, (const char *const[]){"too late for me", "is it too late", "too late to", "am i too old",
                                                          "还来得及吗", "来不及了吗", "是不是太晚", "会不会太晚", "太晚了吗",
                                                          "晚不晚", "这个岁数还", "这把年纪还能练", NULL});
    r->out->counts_asked = !r->out->job_active_asked &&
                           any_sub(s, (const char *const[]){"count as exercise", "counts as exercise", "count as a workout",
                                                            "real exercise", "proper exercise", "enough exercise", "count?",
                                                            "算运动", "算锻炼", "算不算运动", "算不算锻炼", "真正的运动",
                                                            "不用跑步", "不跑步的运动", "除了跑步", NULL}) &&
                           any_sub(s, q);
    if (r->out->counts_asked && any_sub(s, (const char *const[]){"yoga", "瑜伽", "pilates", "普拉提", NULL}))
        r->out->counts_asked = 2; /* whether yoga is enough */
    for (size_t a = 0, end; a < n; a = end) {
        end = sentence_end(s, a, n);
        if (!bytes_say(s, a, end, q) || bytes_say(s, a, end, other)) continue;
        if (bytes_say(s, a, end, rest) && !bytes_say(s, a, end, when)) r->out->ask |= MR_ASK_REST;
        /* ("is it ok to skip?" asks about resting, not whether exercise is safe) */
        if (bytes_say(s, a, end, safe) &&
            !bytes_say(s, a, end, (const char *const[]){"ok to skip", "okay to skip", "alright to skip", "fine to skip", NULL}))
            r->out->ask |= MR_ASK_SAFE;
        if (bytes_say(s, a, end, start)) r->out->ask |= MR_ASK_START;
        if (bytes_say(s, a, end, advice)) r->out->ask |= MR_ASK_ADVICE;
        if (bytes_say(s, a, end, row)) r->out->ask |= MR_ASK_IN_A_ROW;
        if (bytes_say(s, a, end, order)) r->out->ask |= MR_ASK_ORDER;
        if (bytes_say(s, a, end, add_day)) r->out->ask |= MR_ASK_ADD_DAY;
        if (bytes_say(s, a, end, restart)) r->out->ask |= MR_ASK_RESTART;
        if (bytes_say(s, a, end, wait_pain)) r->out->ask |= MR_ASK_WAIT_PAIN;
        if (bytes_say(s, a, end, too_much)) r->out->ask |= MR_ASK_TOO_MUCH;
        if (bytes_say(s, a, end, much) && !bytes_say(s, a, end, when)) r->out->ask |= MR_ASK_HOW_MUCH;
    }
}

/* What a doctor, surgeon or physio said not to do ("doc said no running for
 * 6 weeks", "surgeon says no lifting over 10 lb", "医生说暂时不能游泳"), or a
 * ban with its time ("no jumping till the scan"): those activities stay out
 * until they clear them (ACSM's Guidelines, 11th ed.: a clinician's
 * restrictions come first). Somebody else's ban is theirs. */
static void read_told_not(reader *r) {
    static const char *const clinician[] = {"doctor", "doc ", "docs ", "dr ", "gp", "physio", "surgeon", "consultant",
                                            "cardiologist", "specialist", "ob ", "obgyn", "midwife", "nurse", "physician",
                                            "ortho", "医生", "大夫", "医师", "康复师", "理疗师", "主治", "专家", NULL};
    static const char *const until[] = {"for now", "for a while", "for a few", "for 2", "for 3", "for 4", "for 6", "for 8",
                                        "for two", "for three", "for four", "for six", "for eight", "till", "until", "暂时",
                                        "先别", "先不", "之前", "以内", "周内", "个月内", NULL};
    /* the ban just before the activity's word */
    static const char *const ban[] = {"no ", "not to ", "not ", "n't ", "avoid ", "avoiding ", "stay off ", "banned from ",
                                      "off ", "不能", "不要", "别", "不让", "禁止", "不可以", "不准", "不宜", "先别", "先不",
                                      "暂时不", "不能再", "不要再", NULL};
    static const struct { int act; const char *w[12]; } extra[] = {
        {MR_ACT_RUN, {"impact", "jumping", "jumps", "跑跳", "蹦跳", "running or jumping", NULL}},
        {MR_ACT_STRENGTH, {"heavy lifting", "lifting", "weights", "提重物", "搬重物", "举重", NULL}},
    };
    const char *s = r->s;
    size_t n = strlen(s), a = 0;
    while (a < n) {
        size_t end = sentence_end(s, a, n);
        if (bytes_say(s, a, end, clinician) || bytes_say(s, a, end, until)) {
            for (size_t k = 0; k < sizeof acts / sizeof acts[0] + 2; k++) {
                int act = k < sizeof acts / sizeof acts[0] ? acts[k].act : extra[k - sizeof acts / sizeof acts[0]].act;
                const char *const *w = k < sizeof acts / sizeof acts[0] ? acts[k].w : extra[k - sizeof acts / sizeof acts[0]].w;
                if (act >= MR_ACT_COUNT || act == MR_ACT_REST) continue;
                for (int j = 0; w[j]; j++)
                    for (size_t i = a; i + strlen(w[j]) <= end; i++) {
                        if (!word_at(s, i, w[j])) continue;
                        int banned = 0;
                        for (int q = 0; ban[q] && !banned; q++) {
                            size_t l = strlen(ban[q]);
                            banned = i >= a + l && !strncmp(s + i - l, ban[q], l) &&
                                     (!isalpha((unsigned char)ban[q][0]) || i - l == 0 || !isalpha((unsigned char)s[i - l - 1]));
                        }
                        /* without a clinician, the time limit follows the activity closely ("no running for 6
                         * weeks", "暂时不能跑步"): "no gym, no time lol ... wait till they're older" has none */
                        size_t after = i + strlen(w[j]) + 40 < end ? i + strlen(w[j]) + 40 : end, before = i >= a + 24 ? i - 24 : a;
                        if (banned && !bytes_say(s, a, end, clinician) && !bytes_say(s, i, after, until) &&
                            !bytes_say(s, before, i, until))
                            banned = 0;
                        /* a parent's or a partner's rule ("papa says no swimming till exams are over") is
                         * advice to weigh, not a clinician's ban (the card answers it as advice) */
                        if (banned && !bytes_say(s, a, end, clinician) &&
                            bytes_say(s, a, end, (const char *const[]){"papa", "mama", "mum ", "mom ", "dad ", "my mum", "my mom",
                                                                      "my dad", "my father", "my mother", "my parents", "my wife",
                                                                      "my husband", "爸", "妈", "老公", "老婆", "家里人", "父母",
                                                                      NULL}))
                            banned = 0;
                        /* "no problem running", "no need to stop swimming" do not reach here: the word must follow the ban */
                        if (banned && !others_at(r, tok_at(r, (int)i))) r->out->told_not |= 1u << act;
                    }
            }
        }
        a = end;
    }
}

/* An activity stopped for now: "stopped running", "gave up swimming", "ran
 * till about 20 wks then switched to walking", "跑到20周就不跑了". */
static void read_stopped(reader *r) {
    static const struct { int act; const char *w[16]; } said[] = {
        {MR_ACT_RUN, {"stopped running", "quit running", "gave up running", "no more running", "ran till", "ran until",
                      "running till", "running until", "不跑了", "不再跑", "停了跑步", "跑步停了", NULL}},
        {MR_ACT_SWIM, {"stopped swimming", "quit swimming", "gave up swimming", "不游了", "不再游泳", "停了游泳", NULL}},
        {MR_ACT_CYCLE, {"stopped cycling", "gave up cycling", "stopped riding", "不骑了", "不再骑车", NULL}},
        {MR_ACT_STRENGTH, {"stopped lifting", "gave up lifting", "stopped the weights", "不练力量了", "不举铁了", NULL}},
    };
    /* ("ran till 20 wks" says it only with the change that followed: "then switched", "then stopped") */
    static const char *const then[] = {"switched", "stopped", "changed to", "moved to", "改成", "换成", "就不", NULL};
    for (size_t k = 0; k < sizeof said / sizeof said[0]; k++)
        for (int j = 0; said[k].w[j]; j++) {
            const char *at = strstr(r->s, said[k].w[j]);
            if (!at || !own_fact(r, (int)(at - r->s))) continue;
            int till = strstr(said[k].w[j], "till") || strstr(said[k].w[j], "until");
            if (till && !sentence_now(r, said[k].w[j], then)) continue;
            /* "stopped running because of the rain, back at it today": a pause that is over */
            if (sentence_now(r, said[k].w[j], (const char *const[]){"back at it", "back to it", "again today", "restart",
                                                                  "started again", "又开始", "重新开始", NULL}))
                continue;
            r->out->stopped |= 1u << said[k].act;
        }
}

/* Situations read from the whole note once the rest is known (the
 * medicines, the conditions, pregnancy): dizziness on standing explained,
 * bleeding in the gut, oxygen at home, bed rest for a back, labour asked
 * about. After read_stopped, which they do not need but follow in order. */
static void read_situations(reader *r) {
    /* light-headed only on standing, with a medicine that lowers the
     * pressure or slows the heart, or a dialysis day, to explain it, and no
     * faint: orthostatic, the prescriber's or the dialysis team's to review */
    {
        mr_notes *o = r->out;
        static const char *const stand[] = {"when i stand", "stand up fast", "stood up fast", "stand up quickly", "stood up quickly",
                                            "get up fast", "got up fast", "get up too fast", "on standing", "站起来", "起身",
                                            "蹲起", "一站起来", NULL};
        static const char *const faint[] = {"fainted", "passed out", "blacked out", "black out", "collapsed", "晕倒", "昏倒",
                                            "晕过去", "不省人事", NULL};
        /* (on dialysis, light-headed after a session is the same drop: the fluid taken off) */
        static const char *const after_dialysis[] = {"洗完", "透完", "透析后", "透析後", "透析完", "洗肾后", "洗腎後",
                                                     "after dialysis", "post dialysis", "post-dialysis", "after my dialysis",
                                                     "after my session", "after the session", NULL};
        o->orthostatic = (o->flags & MR_SYM_DIZZINESS) && !any_sub(r->s, faint) &&
                         ((said_own(r, stand) && (o->bp_med || o->diuretic || (o->dx_known & (1u << MR_DX_NO_SWEAT)) || o->dialysis)) ||
                          (o->dialysis && said_own(r, after_dialysis)));
    }
    /* a low that does not come up after sugar ("喝了两次果汁还是3.4",
     * "only 3.0 twenty min later"), or one with confusion, slurred speech or
     * drowsiness ("答非所问", "my wife says I'm slurring"): the signs of a
     * severe hypo, read here; with a low reading (the note's or the
     * profile's) the advisor makes it an emergency (ADA 2024, 6) */
    {
        static const char *const confused[] = {"说话有点乱", "说话乱", "說話有點亂", "答非所问", "答非所問", "糊涂", "糊塗", "迷糊",
                                               "意识模糊", "意識模糊", "神志不清", "叫不醒", "说话不清", "說話不清", "口齿不清",
                                               "口齒不清", "说话都不清", "大舌头", "反应慢", "反应迟钝", "胡言乱语", "講嘢亂",
                                               "讲嘢乱", "唔清醒", "不清醒", "confused", "confusion", "slurring", "slurred",
                                               "can't think straight", "cant think straight", "not making sense", "drowsy",
                                               "out of it", "acting drunk", "like he's drunk", "like she's drunk", "抽搐",
                                               "fitting", "seizure", "passed out", "不省人事", "晕过去", NULL};
        static const char *const stuck[] = {"还没上来", "還沒上來", "没上来", "沒上來", "上不来", "上不來", "升不上", "不上来",
                                            "won't come up", "wont come up", "not coming up", "isn't coming up", "isnt coming up",
                                            "didn't budge", "didnt budge", "not budging", "sugar still low", "sugar's still low",
                                            "血糖还是低", "血糖還是低", NULL};
        /* (a figure still low after sugar: with a low reading only) */
        static const char *const stuck_at[] = {"还是3", "還是3", "仍然3", "仍3", "现在3", "現在3", "还在3", "還在3", "才3.0",
                                               "后3.", "後3.", "stayed 3", "stayed at 3", "still 3", "still only 3", "only 3.",
                                               "still 2", "still under 4", NULL};
        static const char *const treated[] = {"果汁", "糖", "juice", "glucose", "jelly", "sugar", "sweets", "tablets", "gel",
                                              "lucozade", "coke", "sandwich", "吃了", "喝了", "ate", "had", NULL};
        /* (not "confused about my carb ratio", "被搞糊涂了": a puzzle, not a brain short of sugar) */
        int muddled = 0;
        for (int k = 0; confused[k]; k++)
            for (const char *at = strstr(r->s, confused[k]); at; at = strstr(at + 1, confused[k])) {
                const char *e = at + strlen(confused[k]);
                int fig = !strncmp(e, " about", 6) || !strncmp(e, " by", 3) || !strncmp(e, " with", 5) || !strncmp(e, " as to", 6) ||
                          (at - r->s >= 3 && (!strncmp(at - 3, "搞", 3) || !strncmp(at - 3, "弄", 3) || !strncmp(at - 3, "犯", 3)));
                if (!fig) muddled = 1;
            }
        r->out->hypo_grave = (said_own(r, confused) || r->proxy) && muddled ? 1 : 0;
        if (any_sub(r->s, stuck) && any_sub(r->s, treated)) r->out->hypo_grave |= 2;
        /* (the figure told after the sugar, "吃了两次葡萄糖还是3.3"; not "only 3.6 ... 吃了块糖 好多了") */
        static const char *const came_up[] = {"好多了", "好了", "上来了", "回升", "fine now", "better now", "back up",
                                              "came up", "sorted it", "feel fine", NULL};
        for (int k = 0; treated[k] && !(r->out->hypo_grave & 4); k++) {
            const char *at = strstr(r->s, treated[k]);
            if (at && any_sub(at, stuck_at) && !any_sub(at, came_up)) r->out->hypo_grave |= 4;
        }
    }
    /* black, tarry stools or blood vomited, above all on ibuprofen, aspirin
     * or a blood thinner: bleeding in the gut (NICE CG141) */
    /* (any_sub: "像柏油一样，可能吃了猪血？" asks about the cause, not whether it happened) */
    static const char *const gi_w[] = {"柏油样", "像柏油", "柏油一样", "黑便", "大便有点黑", "大便发黑",
                                                         "大便是黑", "拉黑便", "吐了血", "吐出血", "呕血", "咖啡渣", "black stool",
                                                         "black stools", "black poo", "black poop", "tarry stool", "tarry stools",
                                                         "tar-like", "like tar", "melena", "melaena", "vomiting blood",
                                                         "vomited blood", "threw up blood", "coffee grounds", "blood in my poo",
                                                         "tarry poo", "tarry poop", "black tarry", "black and tarry",
                                                         "poo is black", "poop is black", "stool is black", "stools are black",
                                                         NULL};
    int gi_own = 0;
    for (int k = 0; gi_w[k] && !gi_own; k++) {
        const char *at = strstr(r->s, gi_w[k]);
        gi_own = at && !others_at(r, tok_at(r, (int)(at - r->s))); /* "my dad has black stools": his */
    }
    /* fresh blood in the stools (2): "blood in my stool with the colitis
     * again", "溃结又发了，一天拉十来次还带血": the stools and the blood in one clause */
    static const char *const red_w[] = {"blood in my poo", "blood in my stool", "blood in my poop", "blood in the toilet",
                                        "bloody diarrhoea", "bloody diarrhea", "便血", "拉血便", "拉出血", "大便带血", "大便帶血", "便里有血",
                                        "便裡有血", NULL};
    for (int k = 0; red_w[k] && !gi_own; k++) {
        const char *at = strstr(r->s, red_w[k]);
        if (at && !others_at(r, tok_at(r, (int)(at - r->s)))) gi_own = 2;
    }
    for (int t = 0; t < r->nt && !gi_own; t++) {
        if (t > 0 && r->clause[t - 1] == r->clause[t]) continue;
        int e = clause_end(r, t);
        gi_own = span_says(r, t, e, (const char *const[]){"一天拉", "拉了", "拉肚子", "腹泻", "大便", "拉稀", "拉十", "拉好几",
                                                          NULL}) &&
                 (span_says(r, t, e, (const char *const[]){"带血", "帶血", "血丝", "血絲", "鲜血", NULL}) ||
                  (span_says(r, t, e, (const char *const[]){"有血", NULL}) &&
                   !span_says(r, t, e, (const char *const[]){"血压", "血壓", "血糖", "血脂", NULL}))) &&
                 !span_says(r, t, e, (const char *const[]){"没有血", "沒有血", "没血", "不带血", "没带血", NULL}) &&
                 !others_at(r, t) ? 2 : 0;
    }
    /* "吐出来的东西里有血丝", "threw up and there was blood in it": blood
     * told in the sentence of the writer's own vomiting; each mention of
     * blood weighed in its own clause (not a pressure, a sugar, a thinner
     * or a test, not denied, not long past) */
    {
        static const char *const sick[] = {"吐出来", "吐出的", "吐的东西", "吐的東西", "呕吐物", "嘔吐物", "吐了", "呕了", "vomit",
                                           "threw up", "throwing up", "thrown up", "puked", "puking", "sick up", NULL};
        static const char *const blood[] = {"血丝", "血絲", "带血", "帶血", "有血", "血块", "血塊", "鲜血", "blood", NULL};
        static const char *const not_blood[] = {"血压", "血壓", "血糖", "气到吐血", "氣到吐血", "累到吐血", "去年", "years ago",
                                                "last year", "没有血", "沒有血", "没血", "沒血", "不是血", NULL};
        static const char *const en_not[] = {" pressure", " sugar", " test", " glucose", " thinner", " work", " count",
                                             " type", " donor", " orange", NULL};
        for (int k = 0; sick[k] && !gi_own; k++)
            for (const char *at = strstr(r->s, sick[k]); at && !gi_own; at = strstr(at + 1, sick[k])) {
                int t = tok_at(r, (int)(at - r->s)), s0, s1;
                if (t < 0 || others_at(r, t)) continue;
                sent_span(r, t, &s0, &s1);
                const char *sa = r->s + r->t[s0].off, *sb = r->s + r->t[s1 - 1].off + r->t[s1 - 1].len;
                for (int q = 0; blood[q] && !gi_own; q++)
                    for (const char *b = strstr(sa, blood[q]); b && b < sb && !gi_own; b = strstr(b + 1, blood[q])) {
                        size_t ca, cb, bl = strlen(blood[q]);
                        byte_clause(r->s, (size_t)(b - r->s), &ca, &cb);
                        if (any_sub_in(r->s, ca, cb, not_blood)) continue;
                        if (isalpha((unsigned char)blood[q][0])) {
                            int skip = 0;
                            for (int e = 0; en_not[e] && !skip; e++) skip = !strncmp(b + bl, en_not[e], strlen(en_not[e]));
                            /* "no blood", "not blood", "without blood" just before it */
                            size_t back = (size_t)(b - r->s) >= 8 ? 8 : (size_t)(b - r->s);
                            char pre[12];
                            snprintf(pre, sizeof pre, "%.*s", (int)back, b - back);
                            if (skip || strstr(pre, "no ") || strstr(pre, "not ") || strstr(pre, "without ") || strstr(pre, "n't "))
                                continue;
                        }
                        gi_own = 1;
                    }
            }
    }
    /* iron or bismuth darkens the stools; tarry ones, or dizziness beside
     * them, are still a bleed until a doctor says not (NICE CG141) */
    int darkened = gi_own == 1 &&
                   any_sub(r->s, (const char *const[]){"iron tablet", "iron pill", "iron supplement", "铁剂", "补铁", "鐵劑", "補鐵",
                                                       "pepto", "bismuth", NULL}) &&
                   !any_sub(r->s, (const char *const[]){"tarry", "tar-like", "like tar", "柏油", "sticky", "黏", NULL}) &&
                   !(r->out->flags & MR_SYM_DIZZINESS);
    r->out->gi_bleed = darkened ? 0 : gi_own;
    r->out->pe_exempt_asked = any_sub(r->s, (const char *const[]){"免体", "免考体育", "体育免考", "免修体育", "免上体育",
                                                                  "pe exemption", "exempt from pe", "excused from pe",
                                                                  "note to get out of pe", "sick note for pe", "out of pe",
                                                                  "skip pe", NULL});
    /* "planning to pop 2 advil before and push through": a painkiller to train through the ache */
    {
        static const char *const nsaid[] = {"advil", "ibuprofen", "nurofen", "motrin", "naproxen", "aleve", "voltaren",
                                            "painkiller", "painkillers", "布洛芬", "芬必得", "止痛药", "止痛片", "消炎药", NULL};
        static const char *const before[] = {"before", "pre-workout", "pre workout", "push through", "train through",
                                             "so i can", "to get through", "练之前", "运动前", "先吃", "硬练", "撑过去", NULL};
        r->out->nsaid_through = said_own(r, nsaid) && any_sub(r->s, before) &&
                                any_sub(r->s, (const char *const[]){"?", "？", "吗", "good idea", "ok to", "okay to", "should i",
                                                                    "planning", NULL});
    }
    /* a stress fracture, healing: named as the writer's own, not healed or
     * cleared ("stress fracture last year, fine now"; "cleared to run") */
    {
        static const char *const sf[] = {"stress fracture", "stress fractured", "stress reaction", "bone stress injury",
                                         "疲劳性骨折", "应力性骨折", "疲劳骨折", "应力骨折", "骨应力损伤", NULL};
        static const char *const over[] = {"cleared to run", "cleared me to run", "back running", "healed", "last year",
                                           "years ago", "已经好了", "痊愈", "好了很久", "去年", "几年前", "医生说可以跑",
                                           "可以跑了", "fine now", "cleared me to start", "cleared to start",
                                           "return to run programme", "return to run program", "return-to-run",
                                           "return to running programme", "可以慢跑", "可以在平地慢跑", NULL};
        r->out->bone_stress = said_own(r, sf) && !any_sub(r->s, over);
        /* ... and one cleared for a return to running is placed: the
         * graded return's rule says what to do (run-walk), not an unknown */
        if (said_own(r, sf) && !r->out->bone_stress) {
            int before = r->out->n_unsure;
            place_unsure(r->out, (const char *const[]){"fracture", "骨折", "tibia", "shin", "胫骨", "小腿", "metatarsal", "跖骨",
                                                       "foot", "脚", NULL});
            if (r->out->n_unsure < before && !r->out->n_unsure) r->out->notes &= ~(unsigned)MR_NOTE_LOWER_BODY;
        }
    }
    /* weeks after a birth: the caesarean wound red or weeping, the lochia
     * heavier again or foul-smelling, each in its own sentence (NICE NG194) */
    /* ("Had a c-section 3 weeks ago": the birth behind her, by its operation) */
    /* ("4 weeks pp": weeks since the birth, shorthand, with no pregnancy now) */
    if (!(r->out->notes & MR_NOTE_POSTPARTUM) && !((r->known | r->out->flags) & MR_COND_PREGNANCY) &&
        said_own(r, (const char *const[]){"weeks pp", "wks pp", "week pp", "wk pp", "months pp", "weeks p/p", NULL}))
        r->out->notes |= MR_NOTE_POSTPARTUM;
    if (!(r->out->notes & MR_NOTE_POSTPARTUM) && !((r->known | r->out->flags) & MR_COND_PREGNANCY) &&
        said_own(r, (const char *const[]){"c-section", "c section", "csection", "c-sec", "caesarean", "cesarean", "caesarian",
                                          "cesarian", "剖腹产", "剖宫产", "剖的", "剖了", "剖腹", "剖宫", NULL}) &&
        !any_sub(r->s, (const char *const[]){"years ago", "年前", "去年", "last year", NULL}))
        r->out->notes |= MR_NOTE_POSTPARTUM;
    if (r->out->notes & MR_NOTE_POSTPARTUM) {
        static const char *const wound[] = {"刀口", "伤口", "切口", "缝的地方", "疤", "incision", "wound", "scar", "stitches",
                                            NULL};
        static const char *const wound_bad[] = {"红", "渗液", "渗出", "流脓", "有脓", "化脓", "裂开", "流水", "发烫", "red",
                                                "oozing", "ooze", "weeping", "pus", "discharge", "gaping", "opened up", "hot to",
                                                NULL};
        static const char *const lochia[] = {"恶露", "lochia", "the bleeding", "my bleeding", "postpartum bleeding", NULL};
        static const char *const lochia_bad[] = {"味", "臭", "smell", "smells", "whiff", "pong", "变多", "比上周多", "比之前多",
                                                 "又多", "越来越多", "增多", "heavier", "more than last week", "more than it was",
                                                 "clots", "血块", NULL};
        size_t n = strlen(r->s);
        for (size_t a = 0; a < n && !r->out->postnatal_infection;) {
            size_t e = sentence_end(r->s, a, n);
            char sent[512]; /* by whole words: "Scared" holds neither a scar nor red */
            snprintf(sent, sizeof sent, "%.*s", (int)(e - a), r->s + a);
            if ((any_word(sent, wound) && any_word(sent, wound_bad)) || (any_word(sent, lochia) && any_word(sent, lochia_bad)))
                r->out->postnatal_infection = !any_sub(sent, (const char *const[]){"没有红", "不红", "no redness", "not red",
                                                                                  "没有味", "没味道", "no smell", NULL});
            a = e;
        }
    }
    r->out->on_oxygen = said_own(r, (const char *const[]){"oxygen tank", "home oxygen", "on oxygen", "oxygen concentrator",
                                                          "portable oxygen", "my oxygen", "2l of oxygen", "ltot", "吸氧", "家庭氧疗",
                                                          "氧气瓶", "制氧机", "带着氧气", NULL});
    r->out->back_bed_rest = ((r->out->flags | r->known) & MR_COND_BACK) &&
                            any_sub(r->s, (const char *const[]){"躺床", "一直躺着", "躺一个星期", "躺一周", "卧床", "躺着休息",
                                                                "躺一个礼拜", "在家躺", "躺几天", "躺一礼拜", "瞓一个礼拜",
                                                                "bed rest", "stay in bed", "lie in bed", "lying in bed for",
                                                                "in bed for a week", "rest in bed", "on the couch", "on the sofa",
                                                                "rest is best", "keep resting", "躺沙发", "一直歇着", "在床上躺", "床上躺了", "继续躺",
                                                                "躺着别动", "躺了两天", "躺了三天", "躺了几天", "越躺越",
                                                                "been in bed", "lying down for", NULL});
    r->out->labour_asked = pregnant(r) &&
                           any_sub(r->s, (const char *const[]){"labour going", "labor going", "start labour", "start labor",
                                                               "bring on labour", "bring on labor", "bring labour on",
                                                               "bring labor on", "get things moving", "get things going",
                                                               "induce labour", "induce labor", "kick start labour",
                                                               "kickstart labour", "催产", "催生", "促进宫缩", "帮助发动",
                                                               "早点发动", "快点生", "早点生", NULL});
}

static void read_question(reader *r) {
    /* whether age means slowing down: answered on the card (advisor.c) */
    r->out->slow_down_asked = any_sub(r->s, (const char *const[]){"should i slow down", "should slow down", "tell me to slow down",
                                                                  "too old to", "too old for", "at my age?", "at my age -",
                                                                  "act my age", "slow down at my age", "这把年纪", "这个年纪还",
                                                                  "这么大年纪还", "岁数大了还", "是不是该少练", "要不要少练",
                                                                  "该不该慢下来", "要不要放慢", NULL});
    static const char *const ask[] = {"?", "？", "吗", "可以", "能不能", "能否", "行不行", "可不可以", "还能", "要不要", "好不好",
                                      "得唔得", "可唔可以", "好唔好", "去唔去",
                                      "should i", "can i", "could i", "ok to", "okay to", "is it ok", "safe to",
                                      "was going to", "going to", "planned", "planning", "plan says", "want to", "wants to", "wanna", "supposed to",
                                      "want a", "fancy a", "thinking of", "keen for", "keen to", "up for a", "in the mood for",
                                      "looking for", "looking to", "hoping for", "hoping to", "i'd like", "id like", "would like",
                                      "dying to", "itching to", "can't wait to", "cant wait to", "gonna",
                                      "想去", "想做", "想打", "想练", "想跑", "想游", "想先", "想出去", "想要", "还想", "想再", "打算", "准备", "计划",
                                      "想在", "想骑", "今晚在", "等会", "待会", "想今天", "想明天", "想下午", "想晚上",
                                      /* a friend's outing arranged ("she's coming round at 11") */
                                      "coming round", "coming over", "coming by", "picking me up", "meeting me", "asking me to come",
                                      "约了", "约好", "约我", "约咗", "約咗",
                                      /* the session the plan has for today ("today's session is 2x20 min threshold on the bike") */
                                      "today's session", "todays session", "session today is", "session is", "on the plan today", "plan is", "plan for today",
                                      /* a practice or a game fixed for later today ("Hockey practice 5:30-7 tonight") */
                                      "tonight", "this evening", "later today", "今晚", "今天晚上",
                                      "今天的课", "今天课表", "课表上",
                                      /* an invitation or a club's outing today ("come to parkrun with her", "today's the day!") */
                                      "today's the day", "todays the day", "today is the day", "says come", "come to", "join her",
                                      "join them", "叫我去", "喊我去", "拉我去", NULL};
    const char *s = r->s;
    size_t n = strlen(s), a = 0, qa = 0, qe = 0; /* [qa, qe): the sentence asking */
    while (a < n && r->out->asked < 0) {
        size_t end = sentence_end(s, a, n); /* the sentence with its mark */
        /* "Keen to get back in the pool eventually", "以后想去游泳": a wish for later, not today's question */
        {
            static const char *const later[] = {"eventually", "someday", "some day", "one day", "at some point",
                                                "down the track", "in the future", "later this year", "next month", "以后",
                                                "将来", "过段时间", "过一阵子", "等以后", NULL};
            if (bytes_say(s, a, end, later)) {
                for (size_t k = 0; k < sizeof acts / sizeof acts[0] && r->out->later_act < 0; k++)
                    if (acts[k].act < MR_ACT_COUNT && bytes_say(s, a, end, acts[k].w)) r->out->later_act = acts[k].act;
                if (r->out->later_act < 0 && bytes_say(s, a, end, (const char *const[]){"pool", "泳池", "游泳池", NULL}))
                    r->out->later_act = MR_ACT_SWIM;
                a = end;
                continue;
            }
        }
        /* the activity nearest a word that asks ("能不能再上个深蹲", not
         * yesterday's "leg day" at the start of the sentence) */
        size_t marks[16];
        int nm = 0;
        /* a time later today asks only in a sentence not telling what was done ("went for a run this evening") */
        static const char *const later_today[] = {"tonight", "this evening", "later today", "今晚", "今天晚上", NULL};
        static const char *const done_w[] = {"went", "did ", "ran ", "had ", "was ", "were ", "after ", "了", "完", NULL};
        int told_done = bytes_say(s, a, end, done_w);
        int question = bytes_say(s, a, end, (const char *const[]){"?", "？", "吗", "嗎", NULL});
        for (int k = 0; ask[k]; k++) {
            int is_later = 0;
            for (int q = 0; later_today[q]; q++) is_later |= !strcmp(ask[k], later_today[q]);
            if (is_later && told_done) continue;
            for (size_t i = a; i + strlen(ask[k]) <= end && nm < 16; i++) {
                if (!word_at(s, i, ask[k]) || wish_denied(s, i)) continue;
                /* "走路可以但是有点跛": a thing said to be fine, with a but, asks nothing */
                if (!strcmp(ask[k], "可以") && !question &&
                    (!strncmp(s + i + 6, "但", 3) || !strncmp(s + i + 6, "，但", 6) || !strncmp(s + i + 6, ",但", 4)))
                    continue;
                marks[nm++] = i;
            }
        }
        size_t bestd = (size_t)-1;
        for (size_t k = 0; nm && k < sizeof acts / sizeof acts[0]; k++)
            for (int j = 0; acts[k].w[j]; j++)
                for (size_t i = a; i + strlen(acts[k].w[j]) <= end; i++) {
                    if (!word_at(s, i, acts[k].w[j]) || (!own_fact(r, (int)i) && !told_to(s, a, i))) continue;
                    /* "used to play squash", "以前打网球": a past habit, not a question */
                    {
                        size_t from = i > 14 ? i - 14 : 0;
                        char back[16] = {0};
                        memcpy(back, s + from, i - from);
                        if ((strstr(back, "used to") && !strstr(back, "m used to") && !strstr(back, "get used to") &&
                             !strstr(back, "got used to")) || strstr(back, "以前") || strstr(back, "年轻时"))
                            continue;
                    }
                    /* "surgeon said no lifting over 10 lb??": a limit told, not an activity asked for */
                    if ((i >= 3 && !strncmp(s + i - 3, "no ", 3) && (i == 3 || !isalpha((unsigned char)s[i - 4]))) ||
                        (i >= 6 && (!strncmp(s + i - 6, "不能", 6) || !strncmp(s + i - 6, "不要", 6) || !strncmp(s + i - 6, "禁止", 6))))
                        continue;
                    const char *after = s + i + strlen(acts[k].w[j]); /* "tennis elbow", "网球肘": an injury */
                    if (!strncmp(after, " elbow", 6) || !strncmp(after, "肘", 3)) continue;
                    /* "boot camp at east coast park": a place named, no walk asked; "go to the park" is one */
                    if (!strcmp(acts[k].w[j], "park") && !(i >= 7 && !strncmp(s + i - 7, "to the ", 7))) continue;
                    size_t d = (size_t)-1, e = i + strlen(acts[k].w[j]); /* from the word's nearer edge */
                    for (int m = 0; m < nm; m++) {
                        size_t dm = marks[m] >= e ? marks[m] - e : marks[m] < i ? i - marks[m] : 0;
                        if (dm < d) d = dm;
                    }
                    /* a place ("想去公园跑一会儿") gives way to the activity named with it */
                    const char *w = acts[k].w[j];
                    if (!strcmp(w, "公园") || !strcmp(w, "去公园") || !strcmp(w, "park")) d += 256;
                    if (d < bestd) {
                        bestd = d;
                        r->out->asked = acts[k].act;
                        /* with its distance ("6-miler", "30公里长距离"): quoted back whole */
                        size_t from = i;
                        /* (a space only before a distance's own word: "6 miler", not "week 6 run 3") */
                        if (from > 0 && (s[from - 1] == '-' || (s[from - 1] == ' ' && !strncmp(acts[k].w[j], "mile", 4)))) from--;
                        if (from >= 6 && !strncmp(s + from - 6, "公里", 6)) from -= 6;
                        size_t digits = from;
                        while (digits > a && (isdigit((unsigned char)s[digits - 1]) || s[digits - 1] == '.')) digits--;
                        if (digits == from || from - digits > 4) digits = i;
                        snprintf(r->out->asked_words, sizeof r->out->asked_words, "%.*s",
                                 (int)(i - digits + strlen(acts[k].w[j])), s + digits);
                        /* "除了打太极，还可以加点什么", "besides swimming what else": something more is asked */
                        static const char *const besides[] = {"除了", "besides", "apart from", "other than",
                                                              "in addition to", "as well as", "on top of", NULL};
                        r->out->asked_besides = 0;
                        for (int q = 0; besides[q]; q++) {
                            size_t bl = strlen(besides[q]);
                            for (size_t back = bl; back <= bl + 8 && back <= i; back++)
                                if (word_at(s, i - back, besides[q])) r->out->asked_besides = 1;
                        }
                    }
                }
        if (r->out->asked >= 0) { qa = a; qe = end; }
        /* "run or swim today?", "去游泳还是骑车？": two activities joined by
         * "or" in the sentence asked; the other one is the alternative */
        if (r->out->asked >= 0 && r->out->asked != MR_ACT_COUNT && r->out->asked_alt < 0) {
            static const char *const or_w[] = {" or ", "还是", "或者", "或是", "定系", "抑或", " vs ", " versus ", NULL};
            size_t first_at = (size_t)-1, other_at = (size_t)-1;
            int other = -1;
            for (size_t k = 0; k < sizeof acts / sizeof acts[0]; k++)
                for (int j = 0; acts[k].w[j]; j++)
                    for (size_t i = a; i + strlen(acts[k].w[j]) <= end; i++) {
                        if (!word_at(s, i, acts[k].w[j]) || acts[k].act == MR_ACT_COUNT) continue;
                        if (acts[k].act == r->out->asked) { if (i < first_at) first_at = i; }
                        /* (a place, "公园", "park", is no activity of a choice) */
                        else if (!strcmp(acts[k].w[j], "公园") || !strcmp(acts[k].w[j], "去公园") || !strcmp(acts[k].w[j], "park"))
                            continue;
                        else if (other < 0 || i < other_at) { other = acts[k].act; other_at = i; }
                    }
            /* ("先做重量还是先跑步机？", "weights or cardio first?": an order asked, answered as one) */
            if (bytes_say(s, a, end, (const char *const[]){"先做", "还是先", "first", "before or after", NULL})) other = -1;
            if (other >= 0 && first_at != (size_t)-1) {
                size_t lo = first_at < other_at ? first_at : other_at, hi = first_at < other_at ? other_at : first_at;
                if (hi - lo <= 60 && bytes_say(s, lo, hi, or_w)) {
                    r->out->asked_alt = other;
                    r->out->asked_alt_first = other_at < first_at;
                }
            }
        }
        /* ("can i play" quoted back as the game it asks about) */
        if (r->out->asked == MR_ACT_COUNT && (strstr(r->out->asked_words, "can i") || strstr(r->out->asked_words, "should i") ||
                                              strstr(r->out->asked_words, "ok to") || strstr(r->out->asked_words, "okay to") ||
                                              strstr(r->out->asked_words, "上场")))
            snprintf(r->out->asked_words, sizeof r->out->asked_words, "%s",
                     strstr(r->out->asked_words, "上场") ? "上场"
                     : any_sub(s, (const char *const[]){"golf", "play 18", "play nine", "play 9", "18 holes", "nine holes", NULL})
                         ? "golf" : "playing");
        a = end;
    }
    /* "家里有台动感单车落灰了。我现在能骑吗？": riding asked about, the bike
     * named in a sentence before (at home: the stationary one) */
    if (r->out->asked < 0 && any_sub(s, (const char *const[]){"能骑吗", "可以骑吗", "能不能骑", "还能骑", "骑得了吗", "can i ride it",
                                                              "can i still ride", "ok to ride", "okay to ride", NULL})) {
        static const char *const indoor[] = {"动感单车", "健身车", "室内单车", "室内自行车", "骑行台", "spin bike", "exercise bike",
                                             "stationary bike", "indoor bike", "peloton", NULL};
        int in = any_sub(s, indoor);
        r->out->asked = in ? MR_ACT_STATIONARY_BIKE : MR_ACT_CYCLE;
        snprintf(r->out->asked_words, sizeof r->out->asked_words, "%s",
                 in ? (strstr(s, "动感单车") ? "动感单车" : strstr(s, "健身车") ? "健身车" : strstr(s, "spin bike") ? "spin bike" : "骑车")
                    : (strstr(s, "骑") ? "骑车" : "riding"));
    }
    /* the outing is with somebody ("Jean ... asking me to come walking with
     * her", "约了朋友去爬山"): company the session keeps */
    if (r->out->asked >= 0) {
        static const char *const company[] = {"with her", "with him", "with a friend", "with my friend", "with friends",
                                              "with mates", "with my mates", "my friend", "with my sister", "with my husband",
                                              "with my wife", "with the group", "walking group", "running club", "run club",
                                              "with the buggies", "buggy", "stroller", "pram", "parkrun", "跑团", "跟朋友",
                                              "和朋友", "约了", "约好", "一起", "跟她", "和她", "跟他", "和他", NULL};
        r->out->with_company = bytes_say(s, qa, qe, company);
    }
    static const char *const mask[] = {"mask", "口罩", "n95", "kn95", "scarf", "a buff", "neck gaiter", "snood", "围巾", "围脖",
                                       "面罩", NULL};
    for (int k = 0; mask[k]; k++) if (has_word(s, mask[k])) r->out->asked_mask = 1;
    /* a hard session planned or asked about: the answer says when to do it instead */
    static const char *const hard[] = {"intervals", "interval", "800s", "400s", "tempo", "repeats", "hill reps", "hill sprints",
                                       "sprints", "冲坡",
                                       "speed work", "speedwork", "track session", "fartlek", "间歇", "节奏跑", "速度课",
                                       "法特莱克", "冲刺训练", "强度课",
                                       /* a best time to beat is a hard effort ("going for a PB today") */
                                       "pb", "a pb", "new pb", "personal best", "pb attempt", "race pace", "破pb", "冲pb", "刷pb",
                                       NULL};
    static const char *const reps[] = {"x800", "x400", "x1000", "x1k", "x200", "x1600", "x 800", "x 400", NULL}; /* inside "8x800m" */
    /* in the sentence asking, or in one that is not about what was done
     * ("昨天跑了10公里节奏跑" is yesterday's, not today's plan) */
    static const char *const done[] = {"昨天", "前天", "上周", "yesterday", "last", "did", "done", "had", NULL};
    /* (with no activity asked about, the repeats themselves with a plan: "want to do 6 x 800m at the track") */
    static const char *const plan_w[] = {"want to", "wanna", "going to", "gonna", "plan", "planning", "on the plan", "today",
                                         "this morning", "tonight", "想", "打算", "准备", "今天", "今晚", NULL};
    for (size_t b0 = 0; b0 < n && !r->out->asked_hard;) {
        size_t b1 = b0;
        while (b1 < n && !ascii_stop(s, b1) && strncmp(s + b1, "。", 3) && strncmp(s + b1, "！", 3) &&
               strncmp(s + b1, "？", 3))
            b1++;
        size_t e1 = b1 < n ? b1 + (ascii_stop(s, b1) ? 1 : 3) : n;
        char sent[512];
        snprintf(sent, sizeof sent, "%.*s", (int)(e1 - b0), s + b0);
        int reps_said = 0;
        const char *rep_at = NULL, *rep_end = NULL; /* the repeats as written ("8x400") */
        for (int k = 0; reps[k]; k++) reps_said |= strstr(sent, reps[k]) != NULL;
        /* "5 x 1000m", "6×1公里", "8x400": repeats, whatever the distance */
        for (const char *c = sent; *c && !rep_at; c++)
            if (isdigit((unsigned char)*c) && (c == sent || !isdigit((unsigned char)c[-1]))) {
                const char *q = c + 1;
                while (*q == ' ') q++;
                int x = *q == 'x' ? 1 : !strncmp(q, "\xc3\x97", 2) ? 2 : 0;
                if (!x) continue;
                q += x;
                while (*q == ' ') q++;
                if (!isdigit((unsigned char)*q)) continue;
                char *e;
                double v = strtod(q, &e);
                /* a distance repeated (400, 1000m, 1km, 1公里), not "2 x 15 min" of walking */
                if (v >= 100 || (*e == 'k' && strncmp(e, "kg", 2)) || (*e == 'm' && strncmp(e, "min", 3)) ||
                    !strncmp(e, "公里", 6) || !strncmp(e, "米", 3)) {
                    reps_said = 1;
                    rep_at = c;
                    rep_end = e;
                    while (isalpha((unsigned char)*rep_end)) rep_end++;
                }
            }
        if ((reps_said || any_word(sent, hard)) && ((b0 >= qa && b0 < qe) || !any_word(sent, done)) &&
            (r->out->asked >= 0 || (reps_said && any_sub(sent, plan_w)))) {
            r->out->asked_hard = 1;
            /* "Should I do 8x400 today or is that too much?": the repeats
             * are the session asked about, run unless the pool is named */
            if (r->out->asked < 0 && rep_at && any_sub(sent, (const char *const[]){"?", "？", "吗", "should i", "too much", NULL})) {
                r->out->asked = any_sub(sent, (const char *const[]){"swim", "pool", "free", "freestyle", "游", NULL}) ? MR_ACT_SWIM
                                : any_sub(sent, (const char *const[]){"bike", "ride", "骑", NULL})                   ? MR_ACT_CYCLE
                                                                                                                : MR_ACT_RUN;
                snprintf(r->out->asked_words, sizeof r->out->asked_words, "%.*s", (int)(rep_end - rep_at), rep_at);
            }
        }
        b0 = e1;
    }
    static const char *const long_w[] = {"long run", "long ride", "longrun", "lsd", "20 mile", "18 mile", "16 mile", "20 miler",
                                         "30k", "32k", "长距离", "拉长距离", "长距离跑", "30公里", "LSD", "长跑", "25公里", "35公里",
                                         NULL};
    r->out->asked_long = r->out->asked >= 0 && any_word(s, long_w);
    /* "同事推荐我跳绳和HIIT ... 会不会太累?": high-intensity work asked about,
     * whether or not it maps to an activity of the list */
    static const char *const hiit[] = {"hiit", "tabata", "burpee", "burpees", "波比", "高强度间歇", "跳绳", "jump rope",
                                       "skipping rope", "skip rope", NULL};
    static const char *const asks[] = {"?", "？", "吗", "会不会", "可不可以", "能不能", "行不行", "should i", "can i", "ok to",
                                       "okay to", "good idea", NULL};
    /* (not HIIT tried in the past with the question about something else:
     * "tried a youtube HIIT thing last yr ... maybe lose weight first??") */
    static const char *const tried[] = {"last yr", "last year", "tried", "used to", "years ago", "去年", "以前", "试过", "练过",
                                        NULL};
    for (int t = 0; t < r->nt && !r->out->hiit_asked && any_sub(s, asks); t++) {
        if (t > 0 && r->sent[t - 1] == r->sent[t]) continue;
        int s0, s1;
        sent_span(r, t, &s0, &s1);
        r->out->hiit_asked = span_says(r, s0, s1, hiit) && (!span_says(r, s0, s1, tried) || span_says(r, s0, s1, asks));
    }
    /* "maybe I should just lose some weight first before I start exercising??", "是不是得先减肥再运动" */
    static const char *const first_w[] = {"lose weight first", "lose some weight first", "lose the weight first",
                                          "lose weight before", "lose some weight before", "until i lose", "till i lose",
                                          "先减肥", "先减重", "先瘦下来", "瘦了再", "减了肥再", "减下来再", NULL};
    r->out->weight_first = any_sub(s, first_w);
    /* "出出汗会不会好睡点？", "will a workout help me sleep?" */
    static const char *const sleep_q[] = {"help me sleep", "help my sleep", "help with sleep", "sleep better", "好睡", "睡得好",
                                          "助眠", "睡得着", "睡个好觉", NULL};
    r->out->sleep_asked = any_sub(s, sleep_q) && any_sub(s, asks);
    static const char *const caffeine[] = {"coffee", "caffeine", "red bull", "energy drink", "espresso", "咖啡", "红牛", "功能饮料",
                                           "浓茶", NULL};
    r->out->caffeine = any_sub(s, caffeine);
    /* a meal just eaten ("刚吃完午饭", "just had lunch"): with diabetes, the walk's best hour */
    static const char *const ate[] = {"刚吃完", "刚吃过", "吃完饭", "吃完午饭", "吃完晚饭", "吃完早饭", "饭后", "刚吃了饭",
                                      "just ate", "just eaten", "just had lunch", "just had dinner", "just had breakfast",
                                      "just finished lunch", "just finished dinner", "after lunch", "after dinner", "after eating",
                                      NULL};
    /* ("饭前走还是饭后走好？", "before or after dinner?": the timing asked, no meal eaten yet) */
    static const char *const meal_q[] = {"饭前走还是", "饭前还是饭后", "还是饭后", "饭后走还是", "before or after", "or after dinner",
                                         "or after meals", "or after eating", "饭还没吃", "还没吃饭", "还没吃晚饭", NULL};
    r->out->meal_time_asked = any_sub(s, meal_q);
    r->out->just_ate = any_sub(s, ate) && !r->out->meal_time_asked;
    /* short of fluid: urine dark, or little drunk after a day in the heat ("今天喝水不多，尿有点黄") */
    static const char *const dark[] = {"尿有点黄", "尿很黄", "尿黄", "尿色深", "尿色很深", "尿少", "dark urine", "dark pee",
                                       "pee is dark", "wee is dark", "peeing less", "weeing less", "haven't peed", "havent peed",
                                       NULL};
    static const char *const dry[] = {"喝水不多", "没怎么喝水", "水喝得少", "没喝水", "水喝少了", "haven't drunk much",
                                      "havent drunk much", "not drunk much", "barely drank", "hardly drank", "not much water",
                                      NULL};
    static const char *const hot[] = {"晒", "太阳", "工地", "高温", "热", "sun", "heat", "hot", "site", NULL};
    r->out->dehydrated = any_sub(s, dark) || (any_sub(s, dry) && any_sub(s, hot));
    static const char *const kit[] = {"ankle weights", "dumbbells", "kettlebell", "kettlebells", "resistance bands",
                                      "resistance band", "绑腿沙袋", "沙袋", "哑铃", "壶铃", "弹力带", "拉力带", NULL};
    for (int k = 0; kit[k] && !r->out->home_kit[0]; k++)
        if (strstr(s, kit[k]) && own_fact(r, (int)(strstr(s, kit[k]) - s)))
            snprintf(r->out->home_kit, sizeof r->out->home_kit, "%s", kit[k]);
    static const char *const max_w[] = {"1rm", "1-rep max", "1 rep max", "one rep max", "one-rep max", "max out", "maxing out",
                                        "test my max", "pr attempt", "max attempt", "测最大重量", "测1rm", "冲极限", "极限重量", "测极限",
                                        "最大重量", NULL};
    r->out->asked_max = any_word(s, max_w);
    /* a heart rate reached in training, asked about ("hit 190 during sprints, is that dangerous?") */
    static const char *const hr_w[] = {"heart rate", "hr", "bpm", "pulse", "心率", "心跳", NULL};
    static const char *const worry[] = {"?", "？", "吗", "dangerous", "normal", "too high", "too low", "safe", "worry",
                                        "worried", "concern", "危险", "正常", "太高", "太低", "要紧", "担心", "是不是", NULL};
    /* or a fright at a reading, in the sentence that gives it ("手表显示心跳到了190，有点吓到") */
    static const char *const hr_t[] = {"heart", "hr", "bpm", "pulse", "心率", "心跳", NULL};
    static const char *const fright[] = {"scared", "scary", "freaked", "freaking", "alarming", "shocked", "吓", NULL};
    int fright_at = 0;
    for (int i = 0; i < r->nt && !fright_at; i++) {
        if (r->t[i].kind != T_NUM || r->t[i].val < 100 || r->t[i].val > 240) continue;
        int s0, s1;
        sent_span(r, i, &s0, &s1);
        fright_at = words_in(r, s0, s1, hr_t) && words_in(r, s0, s1, fright);
    }
    r->out->hr_fright = fright_at && !(r->out->flags & (MR_SYM_PALPITATIONS | MR_SYM_DIZZINESS));
    /* a morning rate above the usual ("58 for 4 days, normally I'm at 50", "平时50，这几天58") */
    /* ("HRV normal" is no usual rate; "a pacemaker at 70" is an age, not a rate) */
    static const char *const usual[] = {"normally", "usually", "usual", "up from", "平时", "一般", "以前", "往常", "平常",
                                        NULL};
    if (any_word(s, hr_w) && any_word(s, usual)) {
        int lo = 0, hi = 0;
        for (int i = 0; i < r->nt; i++)
            if (r->t[i].kind == T_NUM && r->t[i].val >= 35 && r->t[i].val <= 110 && !r->t[i].dot &&
                !words_in(r, i + 1, i + 2 < r->nt ? i + 2 : r->nt, (const char *const[]){"years", "yrs", "岁", "歲", NULL})) {
                int s0, s1; /* a number in a sentence of the heart rate or the usual */
                sent_span(r, i, &s0, &s1);
                if (!words_in(r, s0, s1, hr_w) && !words_in(r, s0, s1, usual)) continue;
                int v = (int)r->t[i].val;
                if (!lo || v < lo) lo = v;
                if (v > hi) hi = v;
            }
        if (lo && hi - lo >= 5 && hi - lo <= 30) r->out->hr_rise = hi - lo;
    }
    /* panic disorder, the heart checked and normal, and the fear is of the
     * heart speeding up ("心跳一快就會想到發作那種感覺，很怕", "whenever my
     * heart speeds up I think it's an attack"): the fear of the sensation,
     * answered by taking the rise slowly, not a racing heart today */
    mr_notes *po = r->out;
    if ((po->notes2 & MR_NOTE2_PANIC) && !(po->flags & MR_SYMPTOMS_MASK & ~(unsigned)MR_SYM_PALPITATIONS) &&
        any_sub(s, (const char *const[]){"一快就", "一加速就", "快起来就", "一快我就", "whenever my heart", "every time my heart",
                                         "when my heart speeds", "when my heart rate goes up", "when my heart races", NULL}) &&
        any_sub(s, (const char *const[]){"怕", "想到", "担心", "紧张", "afraid", "scared", "worried", "freak", "think it's",
                                         "feels like an attack", NULL}) &&
        any_sub(s, (const char *const[]){"正常", "normal", "fine", "cleared", "nothing wrong", NULL})) {
        drop_finding(po, MR_SYM_PALPITATIONS);
        po->hr_asked = 0;
    }
    /* ("1hr after lunch": an hour, not a heart rate) */
    int hr_said = any_word(s, (const char *const[]){"heart rate", "bpm", "pulse", "心率", "心跳", NULL});
    for (const char *at = strstr(s, "hr"); at && !hr_said; at = strstr(at + 2, "hr"))
        hr_said = (at == s || (!isalnum((unsigned char)at[-1]))) && !isalpha((unsigned char)at[2]);
    if (hr_said && (any_word(s, worry) || fright_at) &&
        !(r->out->flags & (MR_SYM_PALPITATIONS | MR_SYM_DIZZINESS))) {
        r->out->hr_asked = 0; /* asked, with no number read */
        for (int i = 0; i < r->nt; i++)
            if (r->t[i].kind == T_NUM && r->t[i].val >= 30 && r->t[i].val <= 240 && !r->t[i].dot) {
                /* "a 48h Holter", "45 mins": a number with another unit */
                if (i + 1 < r->nt && !tok_is(r, i + 1, "bpm") &&
                    (hit_at(r, i + 1, N_UNIT_OTHER) >= 0 ||
                     (r->t[i + 1].kind == T_WORD && (!strcmp(r->t[i + 1].skel, "h") || !strcmp(r->t[i + 1].skel, "holter")))))
                    continue;
                /* "30 wks", "孕30周": weeks of a pregnancy, not a rate */
                if (i + 1 < r->nt && (tok_is(r, i + 1, "周") || tok_is(r, i + 1, "週") ||
                                      (r->t[i + 1].kind == T_WORD && (!strcmp(r->t[i + 1].skel, "wks") ||
                                                                      !strcmp(r->t[i + 1].skel, "wk") ||
                                                                      !strcmp(r->t[i + 1].skel, "weks")))))
                    continue;
                /* "教室38度", "38 degrees": a temperature, not a rate */
                if (i + 1 < r->nt && (tok_is(r, i + 1, "度") || tok_is(r, i + 1, "°") ||
                                      (r->t[i + 1].kind == T_WORD && (!strcmp(r->t[i + 1].skel, "degrees") ||
                                                                      !strcmp(r->t[i + 1].skel, "c")))))
                    continue;
                /* "220-年龄的80%", "220 minus age": the formula and its share, not a rate */
                if (i + 1 < r->nt && (tok_is(r, i + 1, "-") || tok_is(r, i + 1, "减") || tok_is(r, i + 1, "%") ||
                                      (r->t[i + 1].kind == T_WORD && !strcmp(r->t[i + 1].skel, "minus"))))
                    continue;
                /* "it was like 35 and sticky", "out at 2pm in 35": the weather's, not a rate */
                if (span_says(r, clause_start(r, i), clause_end(r, i),
                              (const char *const[]){"sticky", "humid", "hot", "heat", "sweltering", "it was like", "outside",
                                                    "气温", "天气", "好热", "闷热", NULL}) &&
                    !words_in(r, i - 2 < 0 ? 0 : i - 2, i + 2, (const char *const[]){"hr", "bpm", "pulse", "心率", "心跳", NULL}))
                    continue;
                /* "跑3分35", "ran 3:35", "35秒": a time, not a rate */
                if ((i > 0 && (tok_is(r, i - 1, "分") || tok_is(r, i - 1, ":") || tok_is(r, i - 1, "'"))) ||
                    (i + 1 < r->nt && (tok_is(r, i + 1, "秒") || tok_is(r, i + 1, "分") || tok_is(r, i + 1, "岁") ||
                                       tok_is(r, i + 1, "米"))))
                    continue;
                r->out->hr_asked = (int)r->t[i].val;
                break;
            }
    }
}

/* ------------------------------------------------------------ the reader */

static void reset(mr_notes *o) {
    memset(o, 0, sizeof *o);
    o->asked = o->asked_alt = o->later_act = o->class_act = o->class_wday = -1;
    o->mood = MR_MOOD_NEUTRAL;
    o->bp_sys = o->bp_dia = o->glucose = o->preg_weeks = o->postpartum_weeks = o->minutes_free = o->minutes_planned = o->hr_asked = -1;
    o->race_in = o->race_wday = o->raced_wday = -1;
    o->a1c = o->temp_c = NAN;
}

/* Whom a proxy note is for, first named: the English words as whole words,
 * the Chinese as written ("替我爸", "my nan's phone"). */
static const struct { const char *en, *zh, *words; } RELATIVES[] = {
    {"your mum", "妈妈", "mum|mom|mother|mam|mama|妈|阿妈|母亲|老妈"},
    {"your dad", "爸爸", "dad|father|papa|爸|阿爸|父亲|老爸|老豆"},
    {"your grandmother", "奶奶（外婆）", "nan|nana|nanna|gran|granny|grandma|grandmother|奶奶|外婆|姥姥|阿嬷"},
    {"your grandfather", "爷爷（外公）", "grandad|granddad|grandpa|grandfather|爷爷|外公|姥爷|阿公"},
    {"your husband", "老公", "husband|hubby|老公|丈夫|老头子"},
    {"your wife", "老婆", "wife|missus|老婆|妻子|老太婆"},
    {"your son", "儿子", "son|儿子"},
    {"your daughter", "女儿", "daughter|女儿|闺女"},
    {"the person you care for", "被照顾的人", "carer|caregiver|caretaker|护工"},
};

const char *mr_notes_proxy_name(int who, int zh) {
    if (who == 9 || who == 10) return zh ? "家人" : "someone else"; /* only a pronoun said */
    if (who < 0 || who >= (int)(sizeof RELATIVES / sizeof RELATIVES[0])) return "";
    return zh ? RELATIVES[who].zh : RELATIVES[who].en;
}

static int proxy_relative(const char *s) {
    int best = -1, hint = -1;
    const char *at_best = NULL;
    /* "this is his daughter here", "I'm her son", "我是她女儿", "(Mum
     * writing)", "女儿代填": the writer, whose "his" or "her" says who the
     * person is; "我妈让我问": the one who asked, not the person */
    static const char *const me[] = {"his ", "her ", "i'm ", "im ", "i am ", "i'm the ", "我是他", "我是她", "我是", "我系佢", "我係佢",
                                     "是他", "是她", "我是孩子", "我是孩子的", "孩子", "孩子的", NULL};
    static const char *const by[] = {" writing", " typing", " here", "代填", "代写", "代打", "让我", "叫我", "要我", " wants me",
                                     " told me", " asked me", NULL};
    for (int k = 0; k < (int)(sizeof RELATIVES / sizeof RELATIVES[0]); k++)
        for (const char *w = RELATIVES[k].words; *w;) {
            const char *e = strchr(w, '|');
            char word[24];
            size_t n = e ? (size_t)(e - w) : strlen(w);
            snprintf(word, sizeof word, "%.*s", (int)n, w);
            int ascii = isalpha((unsigned char)word[0]);
            for (const char *q = strstr(s, word); q; q = strstr(q + 1, word)) {
                /* whole words in English ("son" is not "person"); 妈妈 is one word */
                if (ascii && ((q > s && isalpha((unsigned char)q[-1])) || isalpha((unsigned char)q[n]))) continue;
                if (!ascii && (size_t)(q - s) >= n && !strncmp(q - n, word, n)) continue;
                int self = 0;
                for (int m = 0; me[m] && !self; m++) {
                    size_t ml = strlen(me[m]);
                    if ((size_t)(q - s) >= ml && !strncmp(q - ml, me[m], ml)) {
                        self = 1;
                        if (strstr(me[m], "his") || strstr(me[m], "他")) hint = 10;
                        if (strstr(me[m], "her") || strstr(me[m], "她")) hint = 9;
                    }
                }
                const char *after = q + n;
                if (!ascii && !strncmp(after, word, n)) after += n; /* 妈妈 */
                for (int m = 0; by[m] && !self; m++) self = !strncmp(after, by[m], strlen(by[m]));
                if (self) continue;
                /* "Grandma thinks he shouldn't be in water": a relative's opinion of the person, not the person */
                static const char *const opinion[] = {" thinks", " reckons", " worries", " is worried", " doesn't want",
                                                      " doesnt want", " won't let", "觉得", "認為", "认为", "担心", "擔心",
                                                      "不让", "不讓", NULL};
                int opines = 0;
                for (int m = 0; opinion[m] && !opines; m++) opines = !strncmp(after, opinion[m], strlen(opinion[m]));
                if (opines) continue;
                if (!at_best || q < at_best) { at_best = q; best = k; }
                break;
            }
            w += n + (e ? 1 : 0);
        }
    return best >= 0 ? best : hint;
}

/* The relatives and carers who write for a user, in English. */
static const char *const WRITER_RELATIVES[] = {"son", "daughter", "husband", "wife", "partner", "mum", "mom", "mother", "dad",
                                               "father", "granddaughter", "grandson", "niece", "nephew", "carer", "caregiver",
                                               "caretaker", "sister", "brother", "boyfriend", "girlfriend", "hubby", "missus",
                                               "child", "kid", "grandpa", "grandma", "granny", "grandad", "granddad", "nan",
                                               "gran", "nana", "nanna", "grandmother", "grandfather", NULL};

/* "Margaret here (Jim's wife)", "Jim's daughter here": the writer named as
 * the user's relative (so the relation is the writer's, not the user's) */
static int writer_named_relative(const char *s) {
    const char *const *rel = WRITER_RELATIVES;
    static const char *const form[] = {"'s %s)", "'s %s here", "'s %s typing", "'s %s writing", NULL};
    for (int a = 0; rel[a]; a++)
        for (int f = 0; form[f]; f++) {
            char w[64];
            snprintf(w, sizeof w, form[f], rel[a]);
            const char *p = strstr(s, w);
            if (p && p > s && isalpha((unsigned char)p[-1]) && !isalpha((unsigned char)p[strlen(w)])) return 1;
        }
    return 0;
}

/* A relative or carer who says they are typing: "her son typing", "This is
 * his daughter here", "Granddaughter writing:", "我老公替我打几个字",
 * "帮我阿妈填嘅". The list above has the fixed forms; this has the shape:
 * a relation next to a word for writing, or 帮/替/代 ... 打/写/填 within a
 * few characters. */
static int typed_by_relative(const char *s) {
    const char *const *rel = WRITER_RELATIVES;
    static const char *const act[] = {"here", "typing", "writing", "speaking", "texting", NULL};
    /* "I help my grandpa type ah", "helping my mum fill this in", "For Mum
     * again:", "Me again for Mum." */
    for (int a = 0; rel[a]; a++) {
        static const char *const form[] = {"help my %s type", "helping my %s type", "help my %s write", "helping my %s write",
                                           "help my %s fill", "helping my %s fill", "help my %s with the app",
                                           "helping my %s with the app", "for %s again:", "me again for %s",
                                           "typing this for my %s", "typing for my %s", "writing this for my %s",
                                           "asking on behalf of my %s", "on behalf of my %s", "%s's typing via me",
                                           "%s is typing via me", "%s can't type", "%s cant type", "%s can not type",
                                           "%s cannot type", "%s is dictating", "%s's dictating", NULL};
        for (int f = 0; form[f]; f++) {
            char w[64];
            snprintf(w, sizeof w, form[f], rel[a]);
            const char *p = strstr(s, w);
            size_t n = strlen(w);
            if (p && (p == s || !isalpha((unsigned char)p[-1])) && !isalpha((unsigned char)p[n])) return 1;
        }
    }
    if (writer_named_relative(s)) return 1;
    /* "typing via me", "she's dictating", "she can't type today with her hands" */
    if (any_sub(s, (const char *const[]){"typing via me", "typed via me", "dictating to me", "she's dictating", "he's dictating",
                                         "she is dictating", "he is dictating", "she can't type", "she cant type", "he can't type",
                                         "he cant type", NULL}))
        return 1;
    /* "my teen daughter (14) asked me to write this: she has asthma" */
    if (strstr(s, "asked me to write this") || strstr(s, "asked me to type this") || strstr(s, "asked me to post this") ||
        strstr(s, "wanted me to write this") || strstr(s, "让我帮她写") || strstr(s, "让我帮他写") || strstr(s, "让我替她写") ||
        strstr(s, "让我替他写"))
        return 1;
    /* "替我家老头子写的", "帮我老伴问一下", "代我婆婆填": for a relative,
     * then the writing, within a few characters */
    static const char *const zrel[] = {"妈", "爸", "老头", "老伴", "老公", "老婆", "爷爷", "奶奶", "外公", "外婆", "姥姥",
                                       "姥爷", "婆婆", "公公", "儿子", "女儿", "闺女", "孩子", "娃", "媳妇", "丈夫", "妻子",
                                       "爱人", "母亲", "父亲", "阿嬷", "阿公", "岳父", "岳母", "弟弟", "妹妹", "哥哥", "姐姐",
                                       /* an older neighbour or someone cared for ("替李大爷发") */
                                       "大爷", "大妈", "阿姨", "叔叔", "老人", "老太", "老爷子", NULL};
    static const char *const zfor[] = {"替", "帮", "代", "给", NULL}, *const zwrite[] = {"写", "打字", "问", "填", "记", "发", NULL};
    for (int f = 0; zfor[f]; f++)
        for (const char *p = strstr(s, zfor[f]); p; p = strstr(p + 1, zfor[f])) {
            char w[40];
            snprintf(w, sizeof w, "%s", p + strlen(zfor[f]));
            for (int a = 0; zrel[a]; a++) {
                const char *q = strstr(w, zrel[a]);
                if (!q || q - w > 9) continue; /* "我家", "我" between at most */
                for (int k = 0; zwrite[k]; k++) {
                    const char *t = strstr(q + strlen(zrel[a]), zwrite[k]);
                    if (t && t - (q + strlen(zrel[a])) <= 16) return 1; /* (an age between: "替我儿子（16岁）打字") */
                }
            }
        }
    /* a note headed with whom it is about, as a carer keeps a log: "For
     * Dad: he's had the runs", "Dad (79, pacemaker + type 2) had a rough night" */
    const char *h = s;
    while (*h == ' ') h++;
    static const char *const head[] = {"for my ", "for ", "re ", "about ", NULL};
    for (int k = 0; head[k]; k++) {
        if (strncmp(h, head[k], strlen(head[k]))) continue;
        const char *q = h + strlen(head[k]);
        for (int a = 0; rel[a]; a++)
            if (!strncmp(q, rel[a], strlen(rel[a])) && q[strlen(rel[a])] == ':') return 1;
    }
    /* "我爸去年2月脑梗 ... 能做点什么", "我媽六週前開刀換髖關節 ... 來得及嗎": a
     * note that opens with a parent and asks what they can do is typed for
     * them (not when the writer sets themselves apart: "我自己没事") */
    static const char *const parent[] = {"我妈", "我爸", "我婆婆", "我公公", "我奶奶", "我爷爷", "我外婆", "我外公", "我姥姥",
                                         "我姥爷", "我母亲", "我父亲", NULL};
    static const char *const ask_for[] = {"能做点什么", "能做什么", "可以做什么", "可以做点什么", "来得及吗", "能不能",
                                          "能练什么", "适合做什么", "适合什么运动", "怎么锻炼", "该怎么练", NULL};
    static const char *const apart[] = {"我自己", "我没事", "我也", "我呢", "我想", "我今天", "我跑", "我练", "跟我", "和我",
                                        "陪我", "带我", NULL};
    for (int k = 0; parent[k]; k++)
        if (!strncmp(h, parent[k], strlen(parent[k])) && any_sub(s, ask_for) && !any_sub(s, apart)) return 1;
    /* "我妈78岁，有糖尿病和高血压。今天拉肚子...": a parent headed with
     * their age, the writer saying nothing of themselves */
    for (int k = 0; parent[k]; k++)
        if (!strncmp(h, parent[k], strlen(parent[k])) && !any_sub(s, apart)) {
            const char *q = h + strlen(parent[k]);
            while (*q == ' ' || *q == ',') q++;
            if (!strncmp(q, "今年", strlen("今年"))) q += strlen("今年");
            if (isdigit((unsigned char)*q) && atoi(q) >= 40) {
                while (isdigit((unsigned char)*q)) q++;
                if (!strncmp(q, "岁", strlen("岁")) || !strncmp(q, "歲", strlen("歲"))) return 1;
            }
        }
    /* "我是护工。奶奶今天早上体温38.7", "我是他邻居": a carer or a neighbour
     * writing of the older person they look in on */
    if (any_sub(s, (const char *const[]){"我是护工", "我是保姆", "我是陪护", "我是护理员", "我是他邻居", "我是她邻居", "我是邻居",
                                         "护工打字", "护工代打", "护工代发", "护工帮", "保姆打字", "陪护打字",
                                         "我是護工", "我是看护", "我是看護", NULL}) &&
        any_sub(s, (const char *const[]){"奶奶", "爷爷", "老人", "大爷", "大妈", "阿姨", "老太", "老爷子", "婆婆", "公公", "她", "他",
                                         NULL}))
        return 1;
    /* "daughter here - mum 91 - temp 38.9": a child, a grandchild or a
     * carer introducing themselves first, as a relative typing does */
    {
        const char *q = h;
        if (!strncmp(q, "hi ", 3) || !strncmp(q, "hi, ", 4) || !strncmp(q, "hello ", 6)) q = strchr(q, ' ') + 1;
        while (*q == ' ') q++;
        static const char *const kin_here[] = {"daughter here", "son here", "granddaughter here", "grandson here", "carer here",
                                               "caregiver here", "niece here", "nephew here", "neighbour here", "neighbor here",
                                               "daughter-in-law here", "son-in-law here", NULL};
        for (int k = 0; kin_here[k]; k++)
            if (!strncmp(q, kin_here[k], strlen(kin_here[k])) && !isalpha((unsigned char)q[strlen(kin_here[k])]) &&
                !any_sub(s, (const char *const[]){"for me", "for myself", NULL}))
                return 1;
    }
    /* "我家闺女10岁，有哮喘": a parent writing of the child the profile is for */
    static const char *const kid[] = {"我家闺女", "我家女儿", "我家儿子", "我家孩子", "我家小孩", "我家娃", "我闺女", "我女儿",
                                      "我儿子", "我家宝贝", NULL};
    for (int k = 0; kid[k]; k++)
        if (!strncmp(h, kid[k], strlen(kid[k]))) {
            const char *q = h + strlen(kid[k]);
            while (*q == ' ' || *q == ',') q++;
            if (!strncmp(q, "今年", strlen("今年"))) q += strlen("今年");
            if (isdigit((unsigned char)*q)) {
                while (isdigit((unsigned char)*q)) q++;
                if (!strncmp(q, "岁", strlen("岁"))) return 1;
            }
        }
    for (int a = 0; rel[a]; a++) {
        size_t n = strlen(rel[a]);
        /* the writer saying nothing of themselves ("Mum (78) fainted ... My asthma's been bad" is two people) */
        if (!strncmp(h, rel[a], n) && !strncmp(h + n, " (", 2) && isdigit((unsigned char)h[n + 2]) &&
            !any_word(s, (const char *const[]){"i", "i'm", "im", "my", "me", "myself", "我", NULL}))
            return 1;
    }
    for (int a = 0; rel[a]; a++)
        for (int b = 0; act[b]; b++) {
            char w[48];
            snprintf(w, sizeof w, "%s %s", rel[a], act[b]);
            const char *p = strstr(s, w);
            /* "daughter typing", "her son here"; not "Mum here, 2 kids" (the
             * writer about herself) nor "my son here is 6" */
            while (p && p > s && ((p[-1] >= 'a' && p[-1] <= 'z') || p[-1] == '\'')) p = strstr(p + 1, w);
            if (!p) continue;
            if (b > 0 || (p - s >= 4 && (!strncmp(p - 4, "her ", 4) || !strncmp(p - 4, "his ", 4))) ||
                (p - s >= 3 && !strncmp(p - 3, "'s ", 3))) /* "Sam's mum here" */
                return 1;
        }
    /* "Hi, this is Tom's wife", "This is her husband": somebody named by
     * their relation to the person */
    static const char *const intro[] = {"this is ", "i'm ", "i am ", "im ", "it's ", "its ", NULL};
    for (int in = 0; intro[in]; in++)
    for (const char *p = strstr(s, intro[in]); p; p = strstr(p + 1, intro[in])) {
        if (p > s && isalpha((unsigned char)p[-1])) continue;
        const char *q = p + strlen(intro[in]), *e = strchr(q, ' ');
        /* "this is her husband"; but "i'm his carer now" tells of the writer */
        if (in == 0 && (!strncmp(q, "her ", 4) || !strncmp(q, "his ", 4)))
            for (int a = 0; rel[a]; a++)
                if (!strncmp(q + 4, rel[a], strlen(rel[a])) && !isalpha((unsigned char)q[4 + strlen(rel[a])])) return 1;
        if (!e || e - q > 20 || e - q < 3 || strncmp(e - 2, "'s", 2)) continue;
        for (int a = 0; rel[a]; a++)
            if (!strncmp(e + 1, rel[a], strlen(rel[a])) && !isalpha((unsigned char)e[1 + strlen(rel[a])])) return 1;
    }
    /* "帮我妈记一下", "帮我爷爷问一下", "我妈让我问": a relative's note or question
     * passed on (with no relative named, "帮我记一下" is the writer's own) */
    static const char *const kin[] = {"妈", "媽", "爸", "爷爷", "爺爺", "奶奶", "外婆", "外公", "阿嬷", "阿嬤", "阿公", "阿婆",
                                      "婆婆", "公公", "老公", "老婆", "姥姥", "姥爷", "女儿", "女兒", "儿子", "兒子", "闺女",
                                      "孩子", "小孩", NULL};
    static const char *const pass[] = {"记", "記", "问", "問", "说", "說", "讲", "講", "让我问", "讓我問", "叫我问", "叫我問",
                                       "要我问", "让我帮她问", "让我帮他问", NULL};
    for (int k = 0; kin[k]; k++)
        for (const char *p = strstr(s, kin[k]); p; p = strstr(p + 1, kin[k])) {
            const char *q = p + strlen(kin[k]);
            int after_by = p - s >= 3 && (!strncmp(p - 3, "帮", 3) || !strncmp(p - 3, "替", 3) || !strncmp(p - 3, "幫", 3) ||
                                          (p - s >= 6 && (!strncmp(p - 6, "帮我", 6) || !strncmp(p - 6, "替我", 6) ||
                                                          !strncmp(p - 6, "幫我", 6))));
            for (int v = 0; pass[v]; v++) {
                size_t n = strlen(pass[v]);
                if (strncmp(q, pass[v], n)) continue;
                if (n > 3 || after_by) return 1; /* "我妈让我问"; "帮我妈记" */
            }
        }
    static const char *const by[] = {"帮", "替", "代", "幫", NULL}, *const wr[] = {"打", "写", "寫", "填", NULL};
    for (int a = 0; by[a]; a++)
        for (const char *p = strstr(s, by[a]); p; p = strstr(p + 1, by[a])) {
            const char *q = p + strlen(by[a]);
            if (!strncmp(q, "谢", 3) || !strncmp(q, "謝", 3) || !strncmp(q, "价", 3)) continue; /* 代谢, 代价 */
            for (int n = 0; n < 5 && (unsigned char)*q >= 0x80; n++) { /* up to five characters on: 帮我阿妈填, 替我打 */
                static const char *const not_typing[] = {"打电话", "打電話", "打针", "打針", "打球", "打扫", "打掃", "打扮",
                                                         "打车", "打車", "打卡", "打工", "打饭", "打飯", "打水", NULL};
                int other = 0;
                for (int k = 0; not_typing[k] && !other; k++) other = !strncmp(q, not_typing[k], strlen(not_typing[k]));
                for (int b = 0; wr[b] && !other; b++)
                    if (!strncmp(q, wr[b], strlen(wr[b]))) return 1;
                q++;
                while ((*q & 0xC0) == 0x80) q++;
            }
        }
    /* "Mum says her knees are no worse than usual ... she wants the chair
     * exercises", "我妈...她想去跳广场舞": the session asked for is a
     * relative's, so the note is typed for them */
    static const char *const wants[] = {"and wants the", "and wants to", "she wants the", "she wants to", "he wants the", "he wants to", "she'd like to",
                                        "he'd like to", "can she still", "can he still", "should she", "should he", "is she ok to",
                                        "is he ok to", "她想去", "他想去", "她想练", "他想练", "她还能去", "他还能去", "她能不能",
                                        "他能不能", "她可以去", "他可以去", NULL};
    static const char *const fam[] = {"mum", "mom", "mother", "dad", "father", "nan", "gran", "grandma", "grandad", "grandpa",
                                      "妈", "爸", "奶奶", "爷爷", "外婆", "外公", "姥姥", "姥爷", "婆婆", "公公", "阿嬷", "阿公", NULL};
    for (int k = 0; wants[k]; k++)
        if (strstr(s, wants[k]))
            for (int a = 0; fam[a]; a++) {
                const char *p = strstr(s, fam[a]);
                if (p && (!isalpha((unsigned char)fam[a][0]) || ((p == s || !isalpha((unsigned char)p[-1])) &&
                                                                 !isalpha((unsigned char)p[strlen(fam[a])]))))
                    return 1;
            }
    return 0;
}

/* "I only get out of breath when I push hard, no chest pain or dizziness":
 * breathlessness that the writer says comes only with hard effort, and
 * nothing else amiss, is the effort's (ACSM: at rest or with mild exertion
 * is the warning sign). After every breath reader. */
static void effort_only_breath(reader *r) {
    mr_notes *o = r->out;
    static const char *const effort_only[] = {"only get out of breath when i push", "only out of breath when i push",
                                              "only get breathless when i push", "only breathless when i push",
                                              "only when i push hard", "only when i go hard", "only when i run hard",
                                              "只有用力的时候才喘", "只有跑快了才喘", "跑快了才喘", "用力才喘",
                                              /* pushed on purpose to lift a heart rate the tablets hold down:
                                               * "快走到喘不上气也就105" */
                                              "快走到喘不上气", "快走到喘", "走到喘不上气也", "跑到喘不上气也", NULL};
    if ((o->flags & MR_SYM_BREATH) && !(o->flags & (MR_SYM_CHEST_PAIN | MR_SYM_DIZZINESS | MR_SYM_FEVER | MR_SYM_PALPITATIONS)) &&
        any_sub(r->s, effort_only) && !any_sub(r->s, BREATH_NEW)) {
        drop_finding(o, MR_SYM_BREATH);
        o->breath_checked = 3;
    }
}

/* Someone around the writer urging rest or pushing on ("my wife says if it
 * hurts stop altogether", "my brother ... says no pain no gain", "婆婆说坐月子
 * 要满100天，啥都不让我动", "同伴说正常高反...接着上5200"): the card answers
 * them by name. Family, friends and coaches, not clinicians (a doctor's
 * word is read by its own rules). The first such sentence. */
static void read_others_advice(reader *r) {
    static const char *const who_en[] = {"running buddy", "running partner", "mother-in-law", "mother in law", "father-in-law",
                                         "wife", "missus", "husband", "hubby", "partner", "boyfriend", "girlfriend", "mum",
                                         "mom", "mother", "dad", "father", "mil", "nan", "gran", "grandma", "grandpa", "grandad",
                                         "auntie", "aunty", "aunt", "uncle", "brother", "sister", "son", "daughter", "friend",
                                         "friends", "mate", "mates", "buddy", "flatmate", "roommate", "housemate", "neighbour",
                                         "neighbor", "colleague", "coworker", "co-worker", "boss", "coach", "trainer", "teammates",
                                         "the lads", "family", "kids", NULL};
    static const char *const who_zh[] = {"老婆", "妻子", "媳妇", "太太", "老公", "丈夫", "老伴", "男朋友", "女朋友", "对象", "老妈",
                                         "妈妈", "母亲", "阿妈", "妈", "老爸", "爸爸", "父亲", "爸", "婆婆", "公公", "丈母娘",
                                         "岳母", "家婆", "奶奶", "爷爷", "外婆", "外公", "姥姥", "姥爷", "阿姨", "舅妈", "姑姑",
                                         "叔叔", "哥哥", "姐姐", "儿子", "女儿", "闺女", "朋友", "同事", "同伴", "队友", "邻居",
                                         "室友", "领导", "私教", "教练", "跑友", "驴友", "亲戚", "家里人", "家人", "老豆",
                                         /* (Cantonese: "个仔话..." my son says) */
                                         "个仔", "阿仔", "个女", "仔女", "子女", "儿女", "孩子们", "孙子", "孙女", NULL};
    static const char *const say_w[] = {" says", " said", " thinks", " reckons", " wants me", " told me", " tells me", " keeps telling",
                                        " keeps saying", " insists", " swears", " goes ", " is telling", " is saying", "说", "讲",
                                        "让我", "叫我", "非要", "觉得", "话", "劝我", "要我", "不让", NULL};
    static const char *const rest_w[] = {"stop", "rest", "take it easy", "give up", "skip", "shouldn't", "should not", "not to ", "don't",
                                         "dont", "bed rest", "lie down", "quit", "too old", "stay home", "stay in", "sit still",
                                         "wait until", "wait till", "no more", "不要", "别", "不能", "休息", "躺着", "养着", "坐月子",
                                         "静养", "少动", "不让", "不要动", "歇着", "唔好", "咪郁", "等", "满", "在家", NULL};
    static const char *const push_w[] = {"no pain no gain", "no pain, no gain", "htfu", "harden up", "man up", "push through",
                                         "run through", "run it off", "walk it off", "keep going", "tough it out", "just do it",
                                         "go harder", "can still", "can start", "should still", "it's normal", "its normal",
                                         "clear it out", "clears it out", "sweat it out", "sweat it off", "出出汗就好", "出身汗",
                                         "发发汗", "出汗就好", "冇事", "唔紧要", "冇问题", "照去", "照跑", "照行", "照练",
                                         "接着", "硬扛", "扛一扛", "没事", "正常", "照样", "没关系", NULL};
    /* encouragement to move more, or advice about the weather or the air
     * ("别出去跑了，雾霾这么大"): not a push through, nor a call to rest */
    static const char *const neither_w[] = {"do more", "move more", "exercise more", "get more exercise", "get out more",
                                            "多运动", "多动动", "多锻炼", "多走走", "多出去", "雾霾", "空气", "太热", "下雨",
                                            "出去", "outside", "the heat", "smoke", "the air", NULL};
    mr_notes *o = r->out;
    for (int t = 0; t < r->nt; t++) {
        if (t > 0 && r->sent[t - 1] == r->sent[t]) continue;
        int s0, s1;
        sent_span(r, t, &s0, &s1);
        const char *a = r->s + r->t[s0].off, *end = r->s + r->t[s1 - 1].off + r->t[s1 - 1].len;
        /* every mention of somebody, in text order: English whole words, Chinese as written */
        struct { const char *at, *name; } m[16];
        int nm = 0;
        for (int k = 0; who_en[k]; k++)
            for (const char *p = a; (p = strstr(p, who_en[k])) && p < end && nm < 16; p++) {
                size_t n = strlen(who_en[k]);
                if (isalpha((unsigned char)p[n]) || (p > r->s && isalpha((unsigned char)p[-1]))) continue;
                /* "on the mum groups everyone says": a group or a forum, not the writer's mother */
                if (!strncmp(p + n, " group", 6) || !strncmp(p + n, " forum", 6) || !strncmp(p + n, " chat", 5) ||
                    !strncmp(p + n, " friends", 8) || !strncmp(p + n, "s group", 7) || !strncmp(p + n, "s' group", 8))
                    continue;
                m[nm].at = p;
                m[nm++].name = who_en[k];
            }
        for (int k = 0; who_zh[k]; k++)
            for (const char *p = a; (p = strstr(p, who_zh[k])) && p < end && nm < 16; p += strlen(who_zh[k])) {
                m[nm].at = p;
                m[nm++].name = who_zh[k];
            }
        for (int i = 1; i < nm; i++) /* in text order; at one place the longer name ("mother-in-law" over "mother") */
            for (int j = i; j > 0 && (m[j].at < m[j - 1].at || (m[j].at == m[j - 1].at && strlen(m[j].name) > strlen(m[j - 1].name)));
                 j--) {
                const char *ta = m[j].at, *tn = m[j].name;
                m[j] = m[j - 1];
                m[j - 1].at = ta;
                m[j - 1].name = tn;
            }
        for (int i = 0; i < nm; i++) {
            if (i > 0 && m[i].at < m[i - 1].at + strlen(m[i - 1].name)) continue; /* inside the name before */
            const char *after = m[i].at + strlen(m[i].name), *verb = NULL;
            for (int k = 0; say_w[k]; k++) {
                const char *p = strstr(after, say_w[k]);
                if (p && p < end && p - after <= 24 && (!verb || p < verb)) verb = p;
            }
            if (!verb) continue;
            /* what they urge: from the verb to the sentence's end, the next
             * person named, or a "but" that brings back the writer's own words */
            const char *stop = end;
            for (int j = i + 1; j < nm; j++)
                if (m[j].at > verb && m[j].at < stop) stop = m[j].at;
            static const char *const but[] = {" but ", "但", "可是", "可我", "不过", "可惜",
                                              " 我", NULL}; /* (unpunctuated: "我妈让我跑步 我不太想动") */
            for (int k = 0; but[k]; k++) {
                const char *p = strstr(verb, but[k]);
                if (p && p < stop) stop = p;
            }
            char said[256];
            size_t n = (size_t)(stop - verb) < sizeof said - 1 ? (size_t)(stop - verb) : sizeof said - 1;
            memcpy(said, verb, n);
            said[n] = 0;
            int push = any_sub(said, push_w), rest = any_sub(said, rest_w);
            if (push == rest || any_sub(said, neither_w)) continue;
            if (r->n_said < 4) { /* their words: to the end of the clause the verb opens */
                /* (unpunctuated voice input: the writer's own voice back, "我自己也有点担心", or an emoji, ends it) */
                static const char *const own[] = {"我自己", "我也", "我还是", "我倒", "我就", " 我", " i'm", " im ", " i ", NULL};
                const char *ce = verb;
                /* (a comma ends them unless the next clause goes on telling what to do: "小孩胖点是福，别把孩子累着") */
                static const char *const more[] = {"别", "不要", "不能", "要", "该", "得", "多", "少", "just ", "don't", "dont",
                                                   NULL};
                while (ce < stop && !strchr(".;!?", *ce) && strncmp(ce, "。", 3) &&
                       strncmp(ce, "；", 3) && strncmp(ce, "！", 3) && strncmp(ce, "？", 3) && (unsigned char)*ce != 0xF0) {
                    int back = 0, comma = *ce == ',' ? 1 : !strncmp(ce, "，", 3) ? 3 : 0;
                    for (int k = 0; own[k] && !back; k++) back = ce > verb + 3 && !strncmp(ce, own[k], strlen(own[k]));
                    if (comma) {
                        const char *nx = ce + comma;
                        while (*nx == ' ') nx++;
                        int goes_on = 0;
                        for (int k = 0; more[k] && !goes_on; k++) goes_on = !strncmp(nx, more[k], strlen(more[k]));
                        if (!goes_on) back = 1;
                    }
                    if (back) break;
                    ce++;
                }
                r->said[r->n_said][0] = (int)(verb - r->s);
                r->said[r->n_said++][1] = (int)(ce - r->s);
            }
            if (o->others_say) continue; /* the first said is the one answered */
            o->others_say = push ? 2 : 1;
            /* (the short form written out: "mil" is the mother-in-law) */
            snprintf(o->others_who, sizeof o->others_who, "%s", !strcmp(m[i].name, "mil") ? "mother-in-law" : m[i].name);
            o->others_pro = !strcmp(m[i].name, "coach") || !strcmp(m[i].name, "trainer") || !strcmp(m[i].name, "教练") ||
                            !strcmp(m[i].name, "私教");
        }
    }
}

/* A class or a club session on a weekday ("社区健身房周三晚上8点有瑜伽课",
 * "Tuesday spin class", "thursday parkrun club"): its weekday (0 Sunday)
 * and activity, for the coach to match against today. */
static void read_class_day(reader *r) {
    static const char *const cls[] = {"class", "classes", "session", "club", "practice", "课", "班", "團", "团", NULL};
    static const struct { const char *w; int d; } en[] = {
        {"sunday", 0}, {"sundays", 0}, {"monday", 1}, {"mondays", 1}, {"tuesday", 2}, {"tuesdays", 2}, {"wednesday", 3},
        {"wednesdays", 3}, {"weds", 3}, {"thursday", 4}, {"thursdays", 4}, {"thurs", 4}, {"friday", 5}, {"fridays", 5},
        {"saturday", 6}, {"saturdays", 6}};
    static const char *const zh_day[] = {"日", "一", "二", "三", "四", "五", "六"};
    static const char *const week[] = {"周", "週", "星期", "礼拜", "禮拜", NULL};
    for (int t = 0; t < r->nt && r->out->class_act < 0; t++) {
        if (t > 0 && r->sent[t - 1] == r->sent[t]) continue;
        int s0, s1;
        sent_span(r, t, &s0, &s1);
        if (!span_says(r, s0, s1, cls)) continue;
        char sent[512];
        span_text(r, s0, s1, sent, sizeof sent);
        /* the class word, then the weekday and the activity named nearest it
         * ("gym on monday, swim class on friday": Friday's swim; "健身房...瑜伽课": the yoga, not the gym) */
        const char *cw = NULL;
        for (int k = 0; cls[k]; k++) {
            const char *q = strstr(sent, cls[k]);
            if (q && (!cw || q < cw)) cw = q;
        }
        if (!cw) continue;
        int day = -1;
        long dbest = -1;
        for (size_t i = 0; i < sizeof en / sizeof en[0]; i++)
            for (const char *q = strstr(sent, en[i].w); q; q = strstr(q + 1, en[i].w)) {
                size_t n = strlen(en[i].w);
                if ((q > sent && isalpha((unsigned char)q[-1])) || isalpha((unsigned char)q[n])) continue;
                long d = labs((long)(q - cw));
                if (dbest < 0 || d < dbest) { dbest = d; day = en[i].d; }
            }
        for (int w = 0; week[w]; w++)
            for (const char *q = strstr(sent, week[w]); q; q = strstr(q + 1, week[w]))
                for (int d = 0; d < 7; d++)
                    if (!strncmp(q + strlen(week[w]), zh_day[d], strlen(zh_day[d]))) {
                        long dd = labs((long)(q - cw));
                        if (dbest < 0 || dd < dbest) { dbest = dd; day = d; }
                    }
        if (day < 0) continue;
        long best = -1;
        for (size_t k = 0; k < sizeof acts / sizeof acts[0] && cw; k++)
            for (int j = 0; acts[k].act < MR_ACT_COUNT && acts[k].w[j]; j++)
                for (const char *q = strstr(sent, acts[k].w[j]); q; q = strstr(q + 1, acts[k].w[j])) {
                    long d = labs((long)(q - cw));
                    if (best < 0 || d < best) {
                        best = d;
                        r->out->class_act = acts[k].act;
                        r->out->class_wday = day;
                    }
                }
    }
}

void mr_notes_read(const char *text, unsigned known, mr_notes *out) {
    reset(out);
    if (!text || !*text) return;
    reader r = {0};
    r.low_off = -1;
    r.known = known;
    r.out = out;
    char *norm = normalise(text);
    /* "哥们儿今儿有点儿发烧，甭给我排课了": the coach addressed, not a friend who is ill */
    static const char *const address[] = {"哥们儿", "哥们", "老铁", "兄弟们", "家人们", NULL};
    for (int a = 0; norm && address[a]; a++)
        if (!strncmp(norm, address[a], strlen(address[a])) && strstr(norm, "我") && !strstr(norm, "他") && !strstr(norm, "她"))
            memset(norm, ' ', strlen(address[a]));
    /* "#运动康复", "#跑步打卡": a post's filing tags say nothing of today
     * ("康复" there is rehab, not recovered); a tag like "#发烧" is kept */
    static const char *const filing[] = {"康复", "打卡", "日常", "记录", "vlog", "plog", "挑战", "健身", "运动", "跑步", "减脂",
                                         "减肥", "瑜伽", "fitness", "workout", "running", "gym", "rehab", NULL};
    for (char *at = norm ? strchr(norm, '#') : NULL; at; at = strchr(at, '#')) {
        char *e = at + 1;
        while (*e && *e != ' ' && *e != '#' && *e != '\n') e++;
        int file = 0;
        for (int k = 0; filing[k] && !file; k++) {
            const char *f = strstr(at, filing[k]);
            file = f && f < e;
        }
        if (file) memset(at, ' ', (size_t)(e - at));
        at = e;
    }
    /* "姐妹们有啥上肢动作推荐吗", "家人们谁懂啊": followers addressed anywhere */
    static const char *const crowd[] = {"姐妹们", "家人们", "宝子们", "集美们", "兄弟们", "老铁们", "宝宝们", "朋友们", NULL};
    for (int a = 0; norm && crowd[a]; a++)
        for (char *at = strstr(norm, crowd[a]); at; at = strstr(at, crowd[a])) memset(at, ' ', strlen(crowd[a]));
    r.s = norm;
    int ok = r.s && tokenise(&r) && (number_words(&r), 1) && find_words(&r) && mark_years(&r) && split_clauses(&r);
    /* "大宝发烧39度": the first child with a symptom of its own, somebody
     * else, where no pregnancy is spoken of ("怀二宝" keeps the words a
     * pregnancy's) */
    for (int k = 0; ok && k < r.nh; k++)
        if (r.h[k].c == N_PREGCTX && r.h[k].t1 - r.h[k].t0 == 2 &&
            (!strncmp(r.s + r.t[r.h[k].t0].off, "大宝", 6) || !strncmp(r.s + r.t[r.h[k].t0].off, "二宝", 6)) &&
            !any_sub(r.s, (const char *const[]){"怀", "孕", "预产", "胎", NULL}) && k + 1 < r.nh &&
            r.h[k + 1].c >= D_CHEST && r.h[k + 1].c <= D_NAUSEA && r.h[k + 1].t0 - r.h[k].t1 <= 2)
            r.h[k].c = Q_THIRD; /* its own symptom right after it */
    if (ok) { /* somebody typing for the person: what "she" has is the person's */
        static const char *const proxy[] = {"typing for", "writing for", "writing this for", "on behalf of", "typing this for",
                                            "typed by grandson", "typed by granddaughter", "typed by my", "typed by his", "typed by her",
                                            "帮我爸打的", "帮我妈打的", "帮我爸打", "帮我妈打", "替我爸打", "替我妈打", "帮我爷爷打",
                                            "帮我奶奶打", "帮我外婆打", "帮我外公打",
                                            /* a coach logging a session for an athlete: the athlete is the person */
                                            "logging for", "coach here", "coaching note for", "coach's note for", "note for my athlete",
                                            "教练代记", "教练代写", "代记", "帮队员", "替队员", "今天是她练", "今天是他练",
                                            /* an account opened for a parent ("这个号是我给老爸注册的") */
                                            "给老爸注册", "给我爸注册", "给老妈注册", "给我妈注册", "给爸爸注册", "给妈妈注册",
                                            "帮老爸注册", "帮老妈注册", "给奶奶注册", "给爷爷注册", "这个号是我给", "这个账号是我给",
                                            "帮我妈写", "帮我爸写", "替我妈", "替我爸", "帮奶奶", "帮爷爷", "帮外婆", "帮外公",
                                            "代我妈", "代我爸", "帮老妈", "帮老爸", "帮我妈问", "帮我爸问", "i write for my",
                                            "this is her account", "this is his account", "帮伊问", "替伊问", "叫我帮伊", "帮伊打", "帮伊写", "this is for my mum", "this is for my mom",
                                            "this is for my dad", "this is for my nan", "this is for my gran", "this is for my grandma",
                                            "this is for my grandad", "this is for my husband", "this is for my wife",
                                            "telling me what to type", "told me to type", "asked me to type", "wants me to type",
                                            "dictating this", "she's dictating", "he's dictating", "won't tell you himself", "wont tell you himself",
                                            "won't tell you herself", "wont tell you herself", "won't tell you so i will", "it's her account", "it's his account",
                                            "on her account", "on his account", "on mum's account", "on mom's account",
                                            "on dad's account", "on mums account", "on moms account", "on dads account",
                                            "on my mum's account", "on my mom's account", "on my dad's account", "on nan's account",
                                            "on gran's account", "用我妈的账号", "用我爸的账号", "他的账号", "她的账号", "佢个account", "替我爷爷",
                                            "替我奶奶", "帮我阿爸", "帮我阿妈", "替我外婆", "替我外公", "parent writing", "mum writing",
                                            "mom writing", "dad writing", "writing for my daughter", "writing for my son",
                                            "家长代写", "我是家长", "我是孩子妈", "我是孩子爸", "帮我爸填", "帮我妈填", "帮阿嬷打",
                                            "帮阿嬷", "帮阿公", "幫阿嬤", "帮阿嬤", "幫阿公", "帮阿妈打", "帮阿婆", "her husband typing", "his wife typing", "husband typing",
                                            "wife typing", "typing for her", "typing for him", "postpone her", "postpone his", "her yoga session",
                                            "his yoga session", "cancel her session", "cancel his session", "我是她女儿", "我是她儿子", "我是他女儿", "我是他儿子",
                                            "我是她老公", "我是他老婆", "我是女儿", "我是儿子", "我是闺女", "我是她闺女", "i'm her daughter", "i'm her son", "i'm his daughter",
                                            "i'm his son", "im her daughter", "im his son", "her daughter here", "his son here", "我是他爸爸",
                                            "我是她爸爸", "我是他妈妈", "我是她妈妈", "账号是他的", "账号是她的", "帐号是他的", "carer here for",
                                            "and her carer", "and his carer", "typin this for", "typin for", "writin this for", "writin for",
                                            "mum here for", "mom here for", "dad here for", "for my dad, he", "for my father, he",
                                            "for my mum, she", "for my mom, she", "for my mother, she", "for my husband, he",
                                            "for my wife, she", "for my nan, she", "for my grandad, he", "writing for mum", "writing for my mum",
                                            "writing for mom", "writing for my mom", "writing for dad", "writing for my dad",
                                            "writing for nan", "writing for my nan", "phone for her", "phone for him", "typing on nan's phone",
                                            "typing on gran's phone", "typing on grandma's phone", "typing on her phone",
                                            "typing on his phone", "替我爸", "替我妈", "帮我爸", "帮我妈", "my husband's account", "my wife's account",
                                            "my dad's account", "my mum's account", "my mom's account", "my son's account",
                                            "my daughter's account", "husbands account", "wifes account", "幫佢打", "帮佢打", "我係佢老公",
                                            "我系佢老公", "我係佢老婆", "我係佢仔", "我係佢女", "我係佢媽媽", "我系佢妈妈", "我係佢阿媽",
                                            "我係佢爸爸", "我系佢爸爸", "我係佢老豆", "我係佢老竇", "note from his carer", "note from her carer",
                                            "'s carer:", "carer's note", "from his carer", "from her carer",
                                            "替他问", "替她问", "帮他问", "帮她问", "替老爷子", "帮老爷子", "替老人家问", "帮老人家问",
                                            "替老人问", "帮老人问", "替佢问", "帮佢问", "幫佢問", "替佢問",
                                            /* "I'm the daughter of one of your users (Dad, 79)" */
                                            "of one of your users", "is one of your users", NULL};
        r.proxy = any_word(r.s, proxy) || typed_by_relative(r.s);
        /* "my daughter is typing this for me": the person is the writer,
         * and the card's "you" is right as it is */
        out->proxy = r.proxy && !any_sub(r.s, (const char *const[]){"for me", "helping me", "helps me", "帮我打字", "替我打字",
                                                                    "帮我打的", "替我写", "帮我写", NULL});
        out->proxy_who = out->proxy && !writer_named_relative(r.s) ? proxy_relative(r.s) : -1;
        if (out->proxy && out->proxy_who < 0) /* whom, by the pronoun: "I'm her son typing. She's 85" */
            out->proxy_who = any_word(r.s, (const char *const[]){"she", "she's", "shes", "her", "她", NULL}) ? 9
                           : any_word(r.s, (const char *const[]){"he", "he's", "hes", "his", "him", "他", NULL}) ? 10 : -1;
    }
    int *used = ok ? calloc((size_t)r.nh + 1, sizeof *used) : NULL;
    r.used = used;
    if (used) {
        /* pregnancy first: what bleeding or a calf pain means depends on it */
        for (int h = 0; h < r.nh; h++)
            if (r.h[h].c == K_PREG) read_direct(&r, h);
        read_numbers(&r);
        read_bp_words(&r);
        for (int h = 0; h < r.nh; h++) {
            int c = r.h[h].c;
            if (c >= S_PAIN && c <= S_EFFORT) read_sensation(&r, h, c, used);
            else if ((c >= D_CHEST && c <= K_BACK && c != K_PREG) || c == K_BETA) read_direct(&r, h);
        }
        for (int h = 0; h < r.nh; h++)
            if (r.h[h].c >= B_CHEST && r.h[h].c <= B_BREATH && !used[h]) read_body_alone(&r, h);
        read_missed_meds(&r);
        read_dislike(&r);
        read_routine(&r);
        read_week_events(&r);
        read_per_week(&r);
        read_others_advice(&r); /* (before the mood: the advice reported is not the writer's mood) */
        read_mood(&r);
        read_coaching(&r);
        read_ketones(&r);
        read_stroke(&r);
        read_breath_effect(&r);
        read_class_day(&r);
        /* a heart pounding at the end of a hard interval, told with relish ("died on the last interval 😂 heart was
         * pounding out of my chest but so worth it", "最后一组冲刺...心脏砰砰的，但是爽"): the effort's, not a racing
         * heart; anything of rest, of not settling, or of a rhythm gone wrong keeps it */
        if ((out->flags & MR_SYM_PALPITATIONS) && !(out->flags & MR_SYMPTOMS_MASK & ~(unsigned)MR_SYM_PALPITATIONS) &&
            any_sub(r.s, (const char *const[]){"interval", "sprint", "last rep", "last set", "hill reps", "冲刺", "最后一组",
                                               "间歇", "最后一圈", "2k piece", "rower", "erg", "spin class", "hiit", "crossfit",
                                               "动感单车", "单车课", "搏击操", "间歇跑", NULL}) &&
            /* (told with relish, or settled by the changing room: "back to normal by", "到更衣室就平复了") */
            any_sub(r.s, (const char *const[]){"worth it", "loved it", "love it", "so good", "爽", "过瘾", "😂", "🤣", "lol", "haha",
                                               "哈哈", "back to normal by", "back to normal after", "normal again by",
                                               "settled by", "settled straight", "就平复", "平复了", "就缓过来", "就好了", NULL}) &&
            !any_sub(r.s, (const char *const[]){"stayed", "still", "even after", "won't", "wont", "didn't come down",
                                                "didnt come down", "sitting", "lying", "at rest", "suddenly", "irregular",
                                                "skipp", "flutter", "dizzy", "faint", "停下来还", "还在", "一直", "坐着", "躺",
                                                "突然", "乱", "漏", "晕", "didn't settle", "didnt settle", "not settl",
                                                "没平复", "还没", "不平复", NULL}))
            drop_finding(out, MR_SYM_PALPITATIONS);
        /* a known, stable AF that a watch flags as irregular, felt not at all
         * ("隻手錶成日話我心跳唔規則 ... 我冇咩感覺"): the rhythm the doctor
         * already treats, not new palpitations (ESC 2024 AF: rate control,
         * symptoms guide) */
        if ((out->flags & MR_SYM_PALPITATIONS) && !(out->flags & MR_SYMPTOMS_MASK & ~(unsigned)MR_SYM_PALPITATIONS) &&
            any_sub(r.s, (const char *const[]){"我有房颤", "我有心房颤动", "有心房颤动", "房颤好多年", "房颤多年", "房颤几年",
                                               "i have af", "i have afib", "i have a-fib", "have atrial fibrillation",
                                               "my af", "my afib", "my a-fib", "got af", "diagnosed with af", NULL}) &&
            /* (a watch's first "possible AF" is new, for a doctor) */
            !any_sub(r.s, (const char *const[]){"可能是房颤", "可能房颤", "possible af", "possible afib", "possible a-fib",
                                                "might be af", "could be af", NULL}) &&
            any_sub(r.s, (const char *const[]){"手表", "手环", "watch", "garmin", "fitbit", NULL}) &&
            any_sub(r.s, (const char *const[]){"冇咩感觉", "没什么感觉", "没感觉", "冇感觉", "没啥感觉", "感觉不到", "don't feel it",
                                               "dont feel it", "can't feel it", "cant feel it", "don't feel anything",
                                               "dont feel anything", "feel nothing", "no symptoms", NULL}))
            drop_finding(out, MR_SYM_PALPITATIONS);
        /* ketones with "feel a bit sick": the ketones' nausea, answered by their own rule, not an illness below the neck */
        if (out->ketones_pos && out->nausea_said && out->glucose >= 250 && (out->flags & MR_SYM_ILLNESS) &&
            !(out->flags & MR_SYM_FEVER) &&
            !any_sub(r.s, (const char *const[]){"diarrh", "the runs", "拉肚子", "腹泻", "flu", "cold", "感冒", NULL}))
            drop_finding(out, MR_SYM_ILLNESS);
        effort_only_breath(&r);
        read_pots(&r);
        if (out->ketones_pos) out->notes |= MR_NOTE_HYPERGLY_SIGNS; /* insulin short: the sick-day rules */
        read_diagnosis(&r);
        read_question(&r);
        read_ask(&r);
        read_told_not(&r);
        read_stopped(&r);
        read_situations(&r);
        read_heat_later(&r);
        read_period_asked(&r);
        read_cold_commute(&r);
        read_growth_when(&r);
        read_hypo_asked(&r);
        /* "hit the wall at 35k, legs went to jelly": a long race's fuel running
         * out, in the legs, not a faint (nothing of the head or the sight said) */
        if ((out->flags & MR_SYM_DIZZINESS) && strstr(out->evidence[bit_index(MR_SYM_DIZZINESS)], "jelly") &&
            any_sub(r.s, (const char *const[]){"hit the wall", "hitting the wall", "bonked", "bonk", "blew up at", "撞墙", NULL}) &&
            !any_sub(r.s, (const char *const[]){"dizzy", "faint", "black", "spinning", "头晕", "眼前", NULL}))
            drop_finding(out, MR_SYM_DIZZINESS);
        /* "药快过了脚就像粘在地上迈不开": Parkinson's freezing of gait as the
         * dose wears off, the illness's own sign (its condition line says what
         * to do), not a leg that cannot be placed */
        if ((out->notes2 & MR_NOTE2_PARKINSON) &&
            any_sub(r.s, (const char *const[]){"粘在地上", "迈不开", "冻住", "冻结", "抬不起脚", "挪不动", "freez",
                                                "stuck to the floor", "glued to the floor", "shuffl", "wearing off",
                                                "wears off", "药效过", "药快过", "药劲过", NULL}))
        {
            int before = out->n_unsure;
            place_unsure(out, (const char *const[]){"脚", "腿", "foot", "feet", "leg", "迈", "粘", "stuck", "freez", "过了", NULL});
            if (out->n_unsure < before && !out->n_unsure) out->notes &= ~(unsigned)MR_NOTE_LOWER_BODY;
        }
        /* "好驚跌親會骨折", "scared a fall will break something": an injury
         * feared for later, not one to place today */
        int unsure_before = out->n_unsure;
        for (int i = out->n_unsure - 1; i >= 0; i--) {
            const char *at = strstr(r.s, out->unsure[i]);
            if (!at || !out->unsure[i][0]) continue;
            int from = (int)(at - r.s) > 30 ? (int)(at - r.s) - 30 : 0;
            char back[40];
            snprintf(back, sizeof back, "%.*s", (int)(at - r.s) - from, r.s + from);
            /* (the "will" just before the finding, no stop between, the fear before it) */
            static const char *const will[] = {"会", "會", "will", "might", "could", "would", NULL};
            const char *wp = NULL;
            for (int k = 0; will[k]; k++)
                for (const char *q = strstr(back, will[k]); q; q = strstr(q + 1, will[k]))
                    if (!wp || q > wp) wp = q;
            int near_will = wp && (int)strlen(wp) <= 16 && !strpbrk(wp, ",.;!?") && !strstr(wp, "，") && !strstr(wp, "。");
            char before_will[40];
            snprintf(before_will, sizeof before_will, "%.*s", wp ? (int)(wp - back) : 0, back);
            if (near_will && any_sub(before_will, (const char *const[]){"怕", "惊", "驚", "担心", "擔心", "afraid", "scared",
                                                                        "worried", "fear", "terrified", NULL})) {
                char w[MR_NOTES_EVIDENCE];
                snprintf(w, sizeof w, "%s", out->unsure[i]);
                place_unsure(out, (const char *const[]){w, NULL});
            }
        }
        if (unsure_before && !out->n_unsure) out->notes &= ~(unsigned)MR_NOTE_LOWER_BODY;
        /* periods stopped by a pregnancy or the menopause are not an athlete's lost ones */
        /* "M已經5個月冇嚟": Hong Kong's M (the period) that has not come for months */
        for (const char *at = strstr(r.s, "冇嚟"); at && !(out->notes & MR_NOTE_NO_PERIODS); at = strstr(at + 1, "冇嚟")) {
            const char *from = at - r.s > 24 ? at - 24 : r.s;
            for (const char *m = from; m < at; m++)
                if (*m == 'm' && (m == r.s || !isalpha((unsigned char)m[-1])) && !isalpha((unsigned char)m[1]) &&
                    strstr(m, "月") && strstr(m, "月") < at && own_fact(&r, (int)(m - r.s))) {
                    out->notes |= MR_NOTE_NO_PERIODS;
                    break;
                }
        }
        if (pregnant(&r) || out->menopause) out->notes &= ~(unsigned)MR_NOTE_NO_PERIODS;
        /* "on her period, worried about leaking": a period's bleeding, not a
         * finding to be unsure of (in pregnancy any bleeding is read as a warning sign) */
        if ((out->period_asked || (out->notes & MR_NOTE_PERIOD_PAIN)) && !pregnant(&r))
            place_unsure(out, (const char *const[]){"leak", "漏", NULL}); /* (blood elsewhere, "blood in my pee", stays unplaced) */
    } else {
        /* out of memory: caution rather than silence */
        out->n_unsure = 1;
        snprintf(out->unsure[0], sizeof out->unsure[0], "%s", "(notes could not be read)");
    }
    free(used);
    free(r.t);
    free(r.h);
    free(r.clause);
    free(r.sent);
    free((char *)r.s);
}

int mr_notes_race_first_days(const mr_notes *n) { return n->raced == 2 ? 7 : 4; }

int mr_notes_race_days(const mr_notes *n, int wday) {
    if (!n->raced) return 0;
    if (n->raced_ago) return n->raced_ago;
    if (n->raced_wday >= 0 && wday >= 0) {
        int d = (wday - n->raced_wday + 7) % 7;
        return d ? d : 7;
    }
    return n->raced_wday >= 0 ? 4 : 3;
}

unsigned mr_notes_flags(const char *text) {
    mr_notes n;
    mr_notes_read(text, 0, &n);
    return n.flags;
}

mr_mood mr_notes_mood(const char *text) {
    mr_notes n;
    mr_notes_read(text, 0, &n);
    return n.mood;
}
