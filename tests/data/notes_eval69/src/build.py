"""Number the hand-written notes and write notes_en.jsonl / notes_zh.jsonl."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import en_notes, zh_notes

def write(lang, notes):
    out = os.path.join(HERE, "..", f"notes_{lang}.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, (text, symptoms, conditions, acute, mood, numbers, kind, why) in enumerate(notes, 1):
            row = {"id": f"{lang}-{i:03d}", "lang": lang, "text": text,
                   "symptoms": symptoms, "conditions": conditions, "acute": acute,
                   "mood": mood, "numbers": numbers, "kind": kind, "why": why}
            f.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")

write("en", en_notes.NOTES)
write("zh", zh_notes.NOTES)
