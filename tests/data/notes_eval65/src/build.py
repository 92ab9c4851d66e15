import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import en_1, en_2, zh_1, zh_2

def write(lang, notes, path):
    with open(path, "w", encoding="utf-8") as f:
        for i, (text, sy, co, ac, mood, nums, kind, why) in enumerate(notes, 1):
            o = {"id": f"{lang}-{i:03d}", "lang": lang, "text": text, "symptoms": sy,
                 "conditions": co, "acute": ac, "mood": mood, "numbers": nums,
                 "kind": kind, "why": why}
            f.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")

base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
write("en", en_1.NOTES + en_2.NOTES, os.path.join(base, "notes_en.jsonl"))
write("zh", zh_1.NOTES + zh_2.NOTES, os.path.join(base, "notes_zh.jsonl"))
