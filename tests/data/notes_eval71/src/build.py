# Numbers the hand-written tuples and writes the two JSONL files.
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from en_notes import NOTES as EN
from zh_notes import NOTES as ZH

def row(lang, i, t):
    text, symptoms, conditions, acute, mood, numbers, kind, why = t
    nums = {}
    for k, v in numbers.items():
        nums[k] = float(v) if k == "temp_c" else v
    return {"id": f"{lang}-{i:03d}", "lang": lang, "text": text, "symptoms": list(symptoms),
            "conditions": list(conditions), "acute": dict(acute), "mood": mood, "numbers": nums,
            "kind": list(kind), "why": why}

for lang, notes in (("en", EN), ("zh", ZH)):
    with open(os.path.join(ROOT, f"notes_{lang}.jsonl"), "w", encoding="utf-8") as f:
        for i, t in enumerate(notes, 1):
            f.write(json.dumps(row(lang, i, t), ensure_ascii=False, separators=(",", ":")) + "\n")
    print(lang, len(notes))
