"""Shared literals for the panel74 build (no generation, no randomness)."""
NON_REST = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
            "stationary_bike", "elliptical", "stretching"]
# wrong-region emergency numbers (FORMAT.md): context-bound for Chinese, verb-bound for English
NOT_911 = r"(?i)\b(call|dial|ring|phone)\b\W{0,3}911\b"
NOT_999_112_000 = r"(?i)\b(call|dial|ring|phone)\b\W{0,3}(999|112|000)\b"
ZH_NOT_120 = r"(打|撥|拨|致[電电]|急救|[電电][話话])\D{0,6}120(?!\d)"
ZH_NOT_120_119 = r"(打|撥|拨|致[電电]|急救|[電电][話话])\D{0,6}(120|119)(?!\d)"


def must_rest(must_match, plan_must_match, must_not_match=()):
    return {"must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
            "wrong_activities": list(NON_REST), "hr_zone_null": True,
            "must_match": list(must_match), "must_not_match": list(must_not_match),
            "plan_must_match": list(plan_must_match)}


def active(max_intensity, max_minutes, wrong, hr_zone_null, must_match, plan_must_match,
           must_not_match=(), rest_ok=True):
    wrong = list(wrong)
    if not rest_ok and "rest" not in wrong:
        wrong = ["rest"] + wrong
    return {"must_rest": False, "rest_acceptable": rest_ok, "max_intensity": max_intensity,
            "max_minutes": max_minutes, "wrong_activities": wrong, "hr_zone_null": hr_zone_null,
            "must_match": list(must_match), "must_not_match": list(must_not_match),
            "plan_must_match": list(plan_must_match)}
