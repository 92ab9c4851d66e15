# Only numbers the hand-written notes and writes JSON lines.
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import en_notes, zh_notes

def write(lang, notes, path):
    with open(path, "w", encoding="utf-8") as f:
        for i, (text, sy, co, ac, mood, num, kind, why) in enumerate(notes, 1):
            row = {"id": f"{lang}-{i:03d}", "lang": lang, "text": text,
                   "symptoms": sy, "conditions": co, "acute": ac, "mood": mood,
                   "numbers": num, "kind": kind, "why": why}
            f.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(lang, len(notes))

base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
write("en", en_notes.NOTES, os.path.join(base, "notes_en.jsonl"))
write("zh", zh_notes.NOTES, os.path.join(base, "notes_zh.jsonl"))
