"""Both-script helper for Chinese regexes: every script-specific character becomes a
class holding it and its counterpart(s) from s2t_map (the map check.py uses).
Deterministic; used by clients_c.py / clients_d.py."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from s2t_map import S2T, T2S  # noqa: E402


def zb(word):
    out = []
    for ch in word:
        forms = {ch} | set(S2T.get(ch, ""))
        if ch in T2S:
            forms |= {T2S[ch]} | set(S2T.get(T2S[ch], ""))
        out.append("[" + "".join(sorted(forms)) + "]" if len(forms) > 1 else ch)
    return "".join(out)


def zalt(*words):
    return "(?:" + "|".join(zb(w) for w in words) + ")"


# wrong-region emergency numbers, context-bound so "120分钟" or "120 bpm" are not caught
NOT_120 = r"(?:打|撥|拨|致電|致电|急救|電話|电话)\D{0,4}120(?!\d)"
NOT_120_119 = r"(?:打|撥|拨|致電|致电|急救|電話|电话)\D{0,4}(?:120|119)(?!\d)"
