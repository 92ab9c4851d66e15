"""Shared helpers for the panel70 build (literal data only; no randomness)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from s2t_map import S2T, T2S  # noqa: E402


def _forms(c):
    """c and every counterpart of c in the other script."""
    out = [c]
    simp = T2S.get(c, c)
    for x in [simp] + list(S2T.get(simp, "")) + list(S2T.get(c, "")):
        if x not in out:
            out.append(x)
    return out


def Z(pat):
    """Make a Chinese regex accept both scripts: every character that has a
    counterpart becomes a class (or gains its twins inside an existing class)."""
    out, in_class, i = [], False, 0
    while i < len(pat):
        c = pat[i]
        if c == "\\":
            out.append(pat[i:i + 2]); i += 2; continue
        if in_class:
            if c == "]":
                in_class = False; out.append(c)
            else:
                out.append("".join(_forms(c)))
        else:
            if c == "[":
                in_class = True; out.append(c)
                if i + 1 < len(pat) and pat[i + 1] == "^":
                    out.append("^"); i += 1
            else:
                f = _forms(c)
                out.append(c if len(f) == 1 else "[" + "".join(f) + "]")
        i += 1
    return "".join(out)


# wrong-region emergency numbers (FORMAT.md field conventions)
NO911 = r"(?i)\b(?:call|dial|ring|phone)\b\W{0,3}911\b"
NO_CA = r"(?i)\b(?:call|dial|ring|phone)\b\W{0,3}(?:999|112|000)\b"
ZH_NO120 = Z(r"(?:打|拨|致电|急救|电话|呼叫)\D{0,6}120(?!\d)")
ZH_NO120_119 = Z(r"(?:打|拨|致电|急救|电话|呼叫)\D{0,6}(?:120|119)(?!\d)")


def client(id, lang, who, call, profile, expect):
    """Keep the key order FORMAT.md asks for."""
    return {"id": id, "lang": lang, "who": who, "call": call, "profile": profile, "expect": expect}


def call(activity, minutes, intensity, hr_zone_bpm, card, plan, week):
    return {"activity": activity, "minutes": minutes, "intensity": intensity,
            "hr_zone_bpm": hr_zone_bpm, "card": card, "plan": plan, "week": week}


ALL_BUT_REST = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
                "stationary_bike", "elliptical", "stretching"]


def expect(must_rest=False, rest_acceptable=True, max_intensity="moderate", max_minutes=60,
           wrong_activities=(), hr_zone_null=False, must_match=(), must_not_match=(), plan_must_match=()):
    if must_rest:
        wrong_activities = ALL_BUT_REST
        max_minutes = 0
        hr_zone_null = True
    return {"must_rest": must_rest, "rest_acceptable": rest_acceptable, "max_intensity": max_intensity,
            "max_minutes": max_minutes, "wrong_activities": list(wrong_activities),
            "hr_zone_null": hr_zone_null, "must_match": list(must_match),
            "must_not_match": list(must_not_match), "plan_must_match": list(plan_must_match)}
