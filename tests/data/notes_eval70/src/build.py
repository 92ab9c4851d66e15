"""Only numbers the hand-written notes and writes the two jsonl files."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

def write(lang, notes):
    with open(os.path.join(OUT, f"notes_{lang}.jsonl"), "w", encoding="utf-8") as f:
        for i, (text, sy, co, ac, mood, nums, kind, why) in enumerate(notes, 1):
            row = {"id": f"{lang}-{i:03d}", "lang": lang, "text": text, "symptoms": sy,
                   "conditions": co, "acute": ac, "mood": mood, "numbers": nums,
                   "kind": kind, "why": why}
            f.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")

import en_notes
write("en", en_notes.NOTES)
try:
    import zh_notes
    write("zh", zh_notes.NOTES)
except ImportError:
    pass
