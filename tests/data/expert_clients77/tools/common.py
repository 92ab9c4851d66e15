"""Shared helpers for the panel77 build: both-script Chinese patterns and emergency-number guards."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from s2t_map import S2T, T2S  # noqa: E402


def _others(c):
    o = set(S2T.get(c, ""))
    if c in T2S:
        o.add(T2S[c])
    o.discard(c)
    return "".join(sorted(o))


def zh(pat):
    """Give every script-specific CJK character of a regex its other-script twins."""
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
        o = _others(c) if "\u3400" <= c <= "\u9fff" else ""
        if not o:
            out.append(c)
        elif in_class:
            out.append(c + "".join(x for x in o if x not in out))
        else:
            out.append("[" + c + o + "]")
    return "".join(out)


# wrong-region emergency numbers (context-bound so "120 bpm" or "120分钟" are not caught)
_ZH_CALL = r"(?:[拨撥]打|[打撥拨]|致[电電]|[电電][话話]|急救|叫)\D{0,6}(?<!\d)"
NOT_NUMBER = {
    "zh-CN": [],
    "zh-SG": [_ZH_CALL + r"120(?!\d)"],
    "zh-TW": [_ZH_CALL + r"120(?!\d)"],
    "zh-HK": [_ZH_CALL + r"(?:120|119)(?!\d)"],
    "en-US": [],
    "en-CA": [r"(?i)(?:call|dial|ring|phone)\W{0,3}(?:999|112|000)(?!\d)"],
}
for _t in ("en-GB", "en-AU", "en-NZ", "en-IE", "en-IN", "en-SG"):
    NOT_NUMBER[_t] = [r"(?i)(?:call|dial|ring|phone)\W{0,3}911(?!\d)"]

ALL = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
       "stationary_bike", "elliptical", "stretching", "rest"]
NOT_REST = [a for a in ALL if a != "rest"]


def client(cid, lang, who, call, profile, expect):
    """Assemble one row in the required key order; Chinese patterns get both scripts."""
    exp = dict(expect)
    if lang.startswith("zh"):
        for k in ("must_match", "must_not_match", "plan_must_match"):
            exp[k] = [zh(p) for p in exp[k]]
    exp["must_not_match"] = exp["must_not_match"] + NOT_NUMBER[lang]
    profile = dict(profile)
    profile["language"] = lang
    order = ["must_rest", "rest_acceptable", "max_intensity", "max_minutes", "wrong_activities",
             "hr_zone_null", "must_match", "must_not_match", "plan_must_match"]
    return {"id": cid, "lang": lang, "who": who, "call": call, "profile": profile,
            "expect": {k: exp[k] for k in order}}


def rest_expect(must_match, plan_must_match=(), must_not_match=()):
    return {"must_rest": True, "rest_acceptable": True, "max_intensity": "light", "max_minutes": 0,
            "wrong_activities": list(NOT_REST), "hr_zone_null": True,
            "must_match": list(must_match), "must_not_match": list(must_not_match),
            "plan_must_match": list(plan_must_match)}
