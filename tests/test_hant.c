/* test_hant.c - lib/advisor/hant.c: which script a text is written in, the
 * conversion of the cards to Traditional characters (words whose character
 * depends on the word, bytes that are not Chinese, text cut short), and a
 * profile that asks for Traditional, or writes in it, getting it. */
#include "testutil.h"

#include "hant.h"
#include "profile.h"

#include <stdlib.h>
#include <string.h>

static void which_script(void **state) {
    (void)state;
    const struct { const char *s; int hant; } cases[] = {
        {"膝蓋痛，頭暈", 1}, {"今日膝頭有啲痛，上樓梯好辛苦", 1}, {"膝盖痛，头晕", 0},
        {"今天很好", 0},           /* the same in both: simplified, the default */
        {"", 0}, {"knee hurts", 0},
        {"著名的酸痛", 0},         /* characters both scripts use decide nothing */
        {"血壓高，头有点晕", 0},   /* one of each: not Traditional */
        {"血壓高，頭有點暈 but ok", 1},
        {"今日落雨，腰又有啲痛，坐咗成日喺公司。想做啲嘢舒展下，唔想出街。", 1}, /* Cantonese: Hong Kong's script */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        if (mr_hant_text(cases[i].s) != cases[i].hant)
            fail_msg("case %zu \"%s\": %d, expected %d", i, cases[i].s, !cases[i].hant, cases[i].hant);
}

static char *conv(const char *s) {
    char *b = strdup(s);
    mr_hant_convert(b, strlen(b));
    return b;
}

static void conversion(void **state) {
    (void)state;
    const struct { const char *in, *out; } cases[] = {
        {"今天：中等强度快走，约30分钟", "今天：中等強度快走，約30分鐘"},
        {"跑步，约8公里/小时", "跑步，約8公里/小時"},            /* 里 in 公里 stays */
        {"注意：请联系医生", "注意：請聯繫醫生"},                  /* 注 stays, 系 in 联系 is 繫 */
        {"你的备注里有我们", "你的備註裡有我們"},
        {"每周三次，本周不加量", "每週三次，本週不加量"},
        {"放松，骨质疏松，马拉松", "放鬆，骨質疏鬆，馬拉松"},
        {"重复10次，5分钟后复测", "重複10次，5分鐘後複測"},
        {"其余的日子轻松练", "其餘的日子輕鬆練"},                  /* every character the cards write */
        {"在有空调的室内，约227千卡", "在有冷氣的室內，約227大卡"},  /* Taiwan's and Hong Kong's words */
        {"外面空气质量指数128，慢阻肺", "外面空氣品質指標128，肺阻塞"},
        {"你问的“篮球”：今天不建议", "你問的“籃球”：今天不建議"}, /* and the notes' words quoted back */
        {"肌肉酸痛，酮症酸中毒，尿酸高", "肌肉痠痛，酮症酸中毒，尿酸高"}, /* the sore muscle's 痠, the acid's 酸 */
        {"一只手扶着椅背，只做10分钟", "一隻手扶著椅背，只做10分鐘"},   /* the measure word 隻, "only" 只 */
        {"冬天，岳父", "冬天，岳父"},                              /* a Traditional character already: unchanged */
        {"RPE 12-13 (talk) ok", "RPE 12-13 (talk) ok"},             /* not Chinese: unchanged */
        {"\xe4\xb8", "\xe4\xb8"},                                    /* cut short: unchanged */
        {"\xff运动\x80", "\xff運動\x80"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *got = conv(cases[i].in);
        if (strcmp(got, cases[i].out)) fail_msg("case %zu: \"%s\", expected \"%s\"", i, got, cases[i].out);
        /* converting Traditional text again changes nothing (a plan's JSON holds the day's) */
        char *again = conv(got);
        if (strcmp(again, got)) fail_msg("case %zu converted twice: \"%s\"", i, again);
        free(again);
        free(got);
    }
    /* the region's words: Taiwan's 捷運 and 健檢, Hong Kong's 港鐵 and 驗身; the shared ones for both */
    char tw[] = "坐地铁去体检，骑自行车，慢阻肺，心内科";
    mr_hant_convert_region(tw, strlen(tw), MR_HANT_TAIWAN);
    assert_string_equal(tw, "坐捷運去健檢，騎腳踏車，肺阻塞，心臟科");
    char hk[] = "坐地铁去体检，慢阻肺，心内科，在有空调的室内";
    mr_hant_convert_region(hk, strlen(hk), MR_HANT_HONG_KONG);
    assert_string_equal(hk, "坐港鐵去驗身，慢阻肺，心臟科，在有冷氣的室內");
    /* only n bytes are touched */
    char b[] = "运动运动";
    mr_hant_convert(b, 3);
    assert_string_equal(b, "運动运动");
}

static void writer(const void *obj, FILE *f) { fputs(obj, f); }

static void write_through(void **state) {
    (void)state;
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    mr_hant_write(f, 0, writer, "运动");
    mr_hant_write(f, 1, writer, "运动");
    fclose(f);
    assert_string_equal(buf, "运动運動");
    free(buf);
}

static int hant_of(const char *json) {
    mr_profile p;
    char err[256];
    if (mr_profile_parse(json, strlen(json), &p, err, sizeof err) != 0) fail_msg("%s: %s", json, err);
    if (p.hant) assert_string_equal(p.language, "zh");
    return p.hant;
}

static void profile_language(void **state) {
    (void)state;
    assert_int_equal(hant_of("{\"age\":50,\"language\":\"zh-Hant\",\"notes\":\"膝盖痛\"}"), 1);
    assert_int_equal(hant_of("{\"age\":50,\"language\":\"zh-TW\"}"), 1);
    assert_int_equal(hant_of("{\"age\":50,\"language\":\"zh-HK\"}"), MR_HANT_HONG_KONG);
    assert_int_equal(hant_of("{\"age\":50,\"language\":\"zh-MO\"}"), MR_HANT_HONG_KONG);
    /* Cantonese written with no region: Hong Kong's words */
    assert_int_equal(hant_of("{\"age\":50,\"notes\":\"今日落雨，腰又有啲痛，坐咗成日喺公司\"}"), MR_HANT_HONG_KONG);
    assert_int_equal(hant_of("{\"age\":50,\"language\":\"zh-Hans\",\"notes\":\"膝蓋痛，頭暈\"}"), 0);
    assert_int_equal(hant_of("{\"age\":50,\"language\":\"zh\",\"notes\":\"膝蓋痛，頭暈\"}"), 1);
    assert_int_equal(hant_of("{\"age\":50,\"language\":\"zh\",\"notes\":\"膝盖痛，头晕\"}"), 0);
    assert_int_equal(hant_of("{\"age\":50,\"notes\":\"膝蓋痛，頭暈\"}"), 1); /* inferred */
    assert_int_equal(hant_of("{\"age\":50,\"notes\":\"my 膝蓋 hurts today, a lot\"}"), 0); /* English card */
    mr_profile p;
    char err[256];
    const char *bad = "{\"age\":50,\"language\":\"zh-XX\"}";
    assert_int_not_equal(mr_profile_parse(bad, strlen(bad), &p, err, sizeof err), 0);
    assert_non_null(strstr(err, "language"));
    mr_profile q;
    const char *zh = "{\"age\":50,\"language\":\"zh-TW\"}";
    assert_int_equal(mr_profile_parse(zh, strlen(zh), &q, err, sizeof err), 0);
    assert_string_equal(q.language, "zh");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(which_script),
        cmocka_unit_test(conversion),
        cmocka_unit_test(write_through),
        cmocka_unit_test(profile_language),
    };
    return cmocka_run_group_tests_name("hant", tests, NULL, NULL);
}
