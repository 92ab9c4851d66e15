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
def write(lang, rows, path):
    with open(path, "w", encoding="utf-8") as f:
        for i, (text, sy, co, ac, mood, nums, kind, why) in enumerate(rows, 1):
            o = {"id": f"{lang}-{i:03d}", "lang": lang, "text": text, "symptoms": sy,
                 "conditions": co, "acute": ac, "mood": mood, "numbers": nums,
                 "kind": kind, "why": why}
            f.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(lang, len(rows))
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
write("en", EN1 + EN2 + EN3 + EN4, os.path.join(root, "notes_en.jsonl"))
write("zh", ZH1 + ZH2 + ZH3 + ZH4, os.path.join(root, "notes_zh.jsonl"))
