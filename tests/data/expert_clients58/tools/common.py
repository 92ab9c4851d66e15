"""Shared helpers for build_panel.py (deterministic, no randomness)."""
import re, sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from s2t_map import S2T, T2S  # imported, not edited

CJK = re.compile(r"[\u3400-\u9fff]")

def _variants(ch):
    v = {ch}
    v |= set(S2T.get(ch, ""))
    if ch in T2S:
        v.add(T2S[ch])
        v |= set(S2T.get(T2S[ch], ""))
    return v

def zh(pat):
    """Expand every CJK char of a regex into a class holding both scripts.
    Patterns must not put CJK characters inside [...] (use alternation)."""
    out, in_class, prev_bs = [], False, False
    for ch in pat:
        if prev_bs:
            out.append(ch); prev_bs = False; continue
        if ch == "\\":
            out.append(ch); prev_bs = True; continue
        if ch == "[": in_class = True
        elif ch == "]": in_class = False
        if CJK.match(ch):
            assert not in_class, f"CJK inside a class in {pat!r}"
            v = _variants(ch)
            out.append(ch if len(v) == 1 else "[" + "".join(sorted(v)) + "]")
        else:
            out.append(ch)
    return "".join(out)

# wrong-region emergency numbers
EN_NO_911 = r"(?i)\b(?:call|dial|ring|phone)\W{0,3}911\b"
EN_CA_WRONG = r"(?i)\b(?:call|dial|ring|phone)\W{0,3}(?:999|112|000)\b"
ZH_NO_120 = zh(r"(?:打|拨|致电|急救|电话)\D{0,6}120(?!\d)")
ZH_HK_WRONG = zh(r"(?:打|拨|致电|急救|电话)\D{0,6}(?:120|119)(?!\d)")

ALL = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
       "stationary_bike", "elliptical", "stretching"]   # every activity except rest

def must_rest(must_match, must_not_match=(), plan_must_match=()):
    return {"must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
            "wrong_activities": list(ALL), "hr_zone_null": True,
            "must_match": list(must_match), "must_not_match": list(must_not_match),
            "plan_must_match": list(plan_must_match)}

def expect(max_intensity, max_minutes, wrong, hr_zone_null, must_match, must_not_match=(),
           plan_must_match=(), rest_acceptable=True):
    wrong = list(wrong)
    if not rest_acceptable and "rest" not in wrong:
        wrong.append("rest")
    return {"must_rest": False, "rest_acceptable": rest_acceptable, "max_intensity": max_intensity,
            "max_minutes": max_minutes, "wrong_activities": wrong, "hr_zone_null": hr_zone_null,
            "must_match": list(must_match), "must_not_match": list(must_not_match),
            "plan_must_match": list(plan_must_match)}
