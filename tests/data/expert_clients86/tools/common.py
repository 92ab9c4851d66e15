"""Shared helpers for the panel86 build: Chinese regex script expansion and emergency-number guards."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from s2t_map import S2T, T2S  # noqa: E402

ALL_BUT_REST = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
                "stationary_bike", "elliptical", "stretching"]

# wrong-region emergency numbers (FORMAT.md): English non-US tags and Traditional Chinese tags
EN_NOT911 = r"(?i)\b(?:call|dial|ring|phone)\D{0,6}911\b"
EN_CA_NOT = r"(?i)\b(?:call|dial|ring|phone)\D{0,6}(?:999|112|000)\b"
ZH_NOT120 = r"(?:打|撥|拨|致電|致电|急救|電話|电话)\D{0,4}120(?!\d)"
ZH_HK_NOT = r"(?:打|撥|拨|致電|致电|急救|電話|电话)\D{0,4}(?:120|119)(?!\d)"


def _others(ch):
    o = set(S2T.get(ch, ""))
    if ch in T2S:
        o.add(T2S[ch])
    o.discard(ch)
    return "".join(sorted(o))


def zx(pat):
    """Give every script-specific Chinese character in a regex its other-script twin."""
    out, i, in_cls = [], 0, False
    while i < len(pat):
        c = pat[i]
        if c == "\\" and i + 1 < len(pat):
            out.append(pat[i:i + 2]); i += 2; continue
        if not in_cls and c == "[":
            in_cls = True; out.append(c); i += 1
            if i < len(pat) and pat[i] == "^":
                out.append("^"); i += 1
            if i < len(pat) and pat[i] == "]":
                out.append("]"); i += 1
            continue
        if in_cls and c == "]":
            in_cls = False; out.append(c); i += 1; continue
        if "\u3400" <= c <= "\u9fff":
            o = _others(c)
            if o:
                out.append(c + o if in_cls else "[" + c + o + "]")
            else:
                out.append(c)
        else:
            out.append(c)
        i += 1
    return "".join(out)
