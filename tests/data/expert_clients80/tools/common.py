"""Shared helpers for the panel80 build (literal data only; no randomness)."""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from s2t_map import S2T, T2S  # noqa: E402

ACTIVITIES = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
              "stationary_bike", "elliptical", "stretching", "rest"]
ALL_BUT_REST = [a for a in ACTIVITIES if a != "rest"]
_CJK = re.compile(r"[\u3400-\u9fff]")


def zh(pat):
    """Expand every Chinese character of a regex with its other-script forms.

    Outside a character class 'X' becomes '[X..]'; inside one the forms are appended.
    Written once in either script, the pattern then accepts Simplified and Traditional."""
    out, in_class, esc = [], False, False
    for c in pat:
        if esc:
            out.append(c); esc = False; continue
        if c == "\\":
            out.append(c); esc = True; continue
        if c == "[" and not in_class:
            in_class = True; out.append(c); continue
        if c == "]" and in_class:
            in_class = False; out.append(c); continue
        if _CJK.match(c):
            others = set(S2T.get(c, "")) | ({T2S[c]} if c in T2S else set())
            others.discard(c)
            alts = c + "".join(sorted(others))
            out.append(alts if (in_class or len(alts) == 1) else "[" + alts + "]")
        else:
            out.append(c)
    return "".join(out)


# wrong-region emergency numbers (FORMAT.md): context-bound so "120 bpm" / "120分钟" are not caught
_ZH_CALL = "(拨打|打|致电|急救|电话|报警|叫)\\D{0,3}"
NOT_WRONG = {
    "zh-CN": zh(_ZH_CALL + "(119|911|999|995)(?!\\d)"),
    "zh-SG": zh(_ZH_CALL + "(120|119|911|999)(?!\\d)"),
    "zh-TW": zh(_ZH_CALL + "(120|911|999)(?!\\d)"),
    "zh-HK": zh(_ZH_CALL + "(120|119|911)(?!\\d)"),
    "en-US": r"(?i)\b(call|dial|ring|phone)\W{0,3}(999|112|000|111)\b",
    "en-CA": r"(?i)\b(call|dial|ring|phone)\W{0,3}(999|112|000)\b",
}
for _t in ("en-GB", "en-AU", "en-NZ", "en-IE", "en-IN", "en-SG"):
    NOT_WRONG[_t] = r"(?i)\b(call|dial|ring|phone)\W{0,3}911\b"

# under-13 cards give no calories (README: omni_0_10 cards "also give no calories");
# also used where a calorie figure would harm (an underfed dancer)
KCAL_EN = r"(?i)\d\s*(kcal|calories)\b"
KCAL_ZH = zh(r"\d\s*(千卡|大卡|卡路里|kcal)")


def expect(*, must_rest=False, rest_ok=True, max_int="vigorous", max_min=60, wrong=(),
           hr_null=False, must=(), must_not=(), plan=()):
    wrong = list(wrong)
    if must_rest:
        wrong, max_min, rest_ok = list(ALL_BUT_REST), 0, True
    if not rest_ok and "rest" not in wrong:
        wrong.append("rest")
    return {"must_rest": must_rest, "rest_acceptable": rest_ok, "max_intensity": max_int,
            "max_minutes": max_min, "wrong_activities": wrong, "hr_zone_null": hr_null,
            "must_match": list(must), "must_not_match": list(must_not), "plan_must_match": list(plan)}


def call(activity, minutes, intensity, hr, card, plan, week):
    return {"activity": activity, "minutes": minutes, "intensity": intensity, "hr_zone_bpm": hr,
            "card": card, "plan": list(plan), "week": week}


def client(cid, lang, who, c, profile, e):
    profile = dict(profile)
    profile["language"] = lang
    return {"id": cid, "lang": lang, "who": who, "call": c, "profile": profile, "expect": e}
