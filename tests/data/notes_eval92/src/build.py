import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from part1 import EN1
from part2 import EN2
from part3 import ZH1
from part4 import ZH2
INJ = {"knee_injury", "ankle_injury", "low_back_pain"}
def write(rows, lang, path):
    assert len(rows) == 100, (lang, len(rows))
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            assert set(r["acute"]) == set(r["conditions"]) & INJ, (lang, i)
            o = {"id": f"{lang}-{i:03d}", "lang": lang, "text": r["text"],
                 "symptoms": r["symptoms"], "conditions": r["conditions"],
                 "acute": r["acute"], "mood": r["mood"], "numbers": r["numbers"],
                 "kind": r["kind"], "why": r["why"]}
            f.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
write(EN1 + EN2, "en", os.path.join(base, "notes_en.jsonl"))
write(ZH1 + ZH2, "zh", os.path.join(base, "notes_zh.jsonl"))
print("ok")
