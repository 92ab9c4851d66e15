"""Shared literal helpers for the panel88 build (no randomness)."""

ALL_ACTIVITIES = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
                  "stationary_bike", "elliptical", "stretching", "rest"]
ALL_BUT_REST = [a for a in ALL_ACTIVITIES if a != "rest"]

# wrong-region emergency numbers
EN_NOT_911 = r"(?i)\b(?:call|dial|ring|phone)\b\W{0,3}911\b"
EN_CA_WRONG = r"(?i)\b(?:call|dial|ring|phone)\b\W{0,3}(?:999|112|000)\b"
ZH_NOT_120 = r"(?:撥打|拨打|撥|拨|打|致電|致电|電話|电话|急救)\D{0,3}120(?!\d)(?!\s*(?:分|次|bpm|mg|毫))"
ZH_HK_WRONG = r"(?:撥打|拨打|撥|拨|打|致電|致电|電話|电话|急救)\D{0,3}(?:120|119)(?!\d)(?!\s*(?:分|次|bpm|mg|毫))"

# "see a doctor" in both scripts without matching the disclaimer "不是医疗建议"
ZH_DOCTOR = r"[医醫]生|[医醫]院|就[医醫]|[医醫][师師]|急[诊診]|门[诊診]|門[诊診]|急症|睇[医醫]|求[医醫]"


def expect(must_rest=False, rest_acceptable=True, max_intensity="moderate", max_minutes=60,
           wrong=(), hr_zone_null=False, must_match=(), must_not_match=(), plan_must_match=()):
    wrong = list(wrong)
    if must_rest:
        wrong = list(ALL_BUT_REST)
        max_minutes = 0
        hr_zone_null = True
    if not rest_acceptable and "rest" not in wrong:
        wrong.append("rest")
    return {"must_rest": must_rest, "rest_acceptable": rest_acceptable, "max_intensity": max_intensity,
            "max_minutes": max_minutes, "wrong_activities": wrong, "hr_zone_null": hr_zone_null,
            "must_match": list(must_match), "must_not_match": list(must_not_match),
            "plan_must_match": list(plan_must_match)}


def client(cid, lang, who, call, profile, exp):
    profile = dict(profile)
    profile["language"] = lang
    return {"id": cid, "lang": lang, "who": who, "call": call, "profile": profile, "expect": exp}
