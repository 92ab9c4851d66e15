"""Helpers for the Chinese patterns: zx() gives every script-specific character its
counterpart(s) in the other script, using the same map as check.py (s2t_map.py)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from s2t_map import S2T, T2S  # noqa: E402


def _direct(c):
    out = set(S2T.get(c, ""))
    if c in T2S:
        out.add(T2S[c])
    return out


def variants(c):
    """All characters linked to c through the map (closure), c excluded."""
    seen, todo = {c}, [c]
    while todo:
        for v in _direct(todo.pop()):
            if v not in seen:
                seen.add(v); todo.append(v)
    seen.discard(c)
    return seen


def zx(pat):
    """Expand a regex so every CJK character that differs between scripts matches both."""
    out, i, in_class = [], 0, False
    while i < len(pat):
        c = pat[i]
        if c == "\\":
            out.append(pat[i:i + 2]); i += 2; continue
        if not in_class and c == "[":
            in_class = True; out.append(c); i += 1; continue
        if in_class and c == "]":
            in_class = False; out.append(c); i += 1; continue
        v = variants(c) if "\u3400" <= c <= "\u9fff" else set()
        if v:
            alts = c + "".join(sorted(v))
            out.append(alts if in_class else "[" + alts + "]")
        else:
            out.append(c)
        i += 1
    return "".join(out)


# emergency-number patterns (context-bound for Chinese so "120 bpm" / "120分钟" are not caught)
ZH_CALL = "(?:打|撥|拨|致電|致电|急救|電話|电话|叫)\\D{0,3}"
NO_120 = ZH_CALL + "120(?!\\d)"
NO_120_119 = ZH_CALL + "(?:120|119)(?!\\d)"
EN_CALL = r"(?i)\b(?:call|dial|ring|phone)\W{0,3}"
NO_911 = EN_CALL + r"911\b"
NO_CA = EN_CALL + r"(?:999|112|000)\b"
