import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from en_notes import NOTES as EN
from zh_notes import NOTES as ZH

def write(notes, lang):
    path = os.path.join(OUT, f"notes_{lang}.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, (text, sy, co, ac, mood, nums, kind, why) in enumerate(notes, 1):
            row = {"id": f"{lang}-{i:03d}", "lang": lang, "text": text, "symptoms": sy,
                   "conditions": co, "acute": ac, "mood": mood, "numbers": nums,
                   "kind": kind, "why": why}
            f.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(lang, len(notes))

write(EN, "en")
write(ZH, "zh")
