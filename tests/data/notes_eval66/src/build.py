"""Number the hand-written notes and write notes_en.jsonl / notes_zh.jsonl."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import en_notes, zh_notes

def write(lang, notes):
    out = os.path.join(HERE, "..", f"notes_{lang}.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, (text, sy, co, ac, mood, nums, kind, why) in enumerate(notes, 1):
            row = {"id": f"{lang}-{i:03d}", "lang": lang, "text": text,
                   "symptoms": sy, "conditions": co, "acute": ac, "mood": mood,
                   "numbers": nums, "kind": kind, "why": why}
            f.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(lang, len(notes))

write("en", en_notes.NOTES)
write("zh", zh_notes.NOTES)
