import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from part1 import EN1
from part2 import EN2
from part3 import EN3
from part4 import EN4
from part5 import ZH1
from part6 import ZH2
from part7 import ZH3
from part8 import ZH4
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def write(lang, notes):
    assert len(notes) == 100, (lang, len(notes))
    with open(os.path.join(OUT, f"notes_{lang}.jsonl"), "w", encoding="utf-8") as f:
        for i, n in enumerate(notes, 1):
            row = {"id": f"{lang}-{i:03d}", "lang": lang, "text": n["text"],
                   "symptoms": n["symptoms"], "conditions": n["conditions"],
                   "acute": n["acute"], "mood": n["mood"], "numbers": n["numbers"],
                   "kind": n["kind"], "why": n["why"]}
            f.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
write("en", EN1 + EN2 + EN3 + EN4)
write("zh", ZH1 + ZH2 + ZH3 + ZH4)
