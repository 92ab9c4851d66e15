"""Shared helpers for the panel66 build and probe scripts (literal data only)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from s2t_map import S2T, T2S  # noqa: E402

def _direct(c):
    return set(S2T.get(c, "")) | ({T2S[c]} if c in T2S else set())

def _others(c):
    """Closure: the character's twins and the twins' twins (so 周 -> 週 賙 赒)."""
    seen, todo = {c}, [c]
    while todo:
        for o in _direct(todo.pop()):
            if o not in seen:
                seen.add(o); todo.append(o)
    seen.discard(c)
    return "".join(sorted(seen))

def zx(pat):
    """Give every Chinese character that has a form in the other script its twin:
    outside a class  X -> [XY];  inside a class  [X] -> [XY]."""
    out, inside, esc = [], False, False
    for c in pat:
        if esc:
            out.append(c); esc = False; continue
        if c == "\\":
            out.append(c); esc = True; continue
        if c == "[" and not inside:
            inside = True; out.append(c); continue
        if c == "]" and inside:
            inside = False; out.append(c); continue
        o = _others(c) if "\u3400" <= c <= "\u9fff" else ""
        if o:
            out.append(c + o if inside else "[" + c + o + "]")
        else:
            out.append(c)
    return "".join(out)
