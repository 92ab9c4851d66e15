# Numbers the hand-written notes and writes them as compact JSON lines.
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from en_notes import NOTES as EN
from zh_notes import NOTES as ZH

def write(notes, lang, path):
    with open(path, "w", encoding="utf-8") as f:
        for i, (text, sy, co, acute, mood, nums, kind, why) in enumerate(notes, 1):
            o = {"id": f"{lang}-{i:03d}", "lang": lang, "text": text, "symptoms": sy,
                 "conditions": co, "acute": acute, "mood": mood, "numbers": nums,
                 "kind": kind, "why": why}
            f.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(lang, len(notes))

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
write(EN, "en", os.path.join(root, "notes_en.jsonl"))
write(ZH, "zh", os.path.join(root, "notes_zh.jsonl"))
