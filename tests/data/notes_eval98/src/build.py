import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from part1 import EN1
from part2 import EN2
from part3 import EN3
from part4 import ZH1
from part5 import ZH2
from part6 import ZH3
INJ = ("knee_injury", "ankle_injury", "low_back_pain")
def rows(lang, items):
    out = []
    for i, (text, sym, cond, acute, mood, nums, kind, why) in enumerate(items, 1):
        assert set(acute) == set(c for c in cond if c in INJ), (lang, i, text)
        ac = {c: acute[c] for c in cond if c in INJ}
        o = {"id": f"{lang}-{i:03d}", "lang": lang, "text": text, "symptoms": sym,
             "conditions": cond, "acute": ac, "mood": mood, "numbers": nums,
             "kind": kind, "why": why}
        out.append(json.dumps(o, ensure_ascii=False, separators=(",", ":")))
    return out
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for lang, items in (("en", EN1 + EN2 + EN3), ("zh", ZH1 + ZH2 + ZH3)):
    assert len(items) == 100, (lang, len(items))
    texts = [t[0] for t in items]
    assert len(set(texts)) == 100
    with open(os.path.join(root, f"notes_{lang}.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows(lang, items)) + "\n")
print("ok")
