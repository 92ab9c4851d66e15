# Serialises the hand-written notes in notes_en.py / notes_zh.py to JSONL.
# No generation happens here: every text and label is literal data in those files.
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import notes_en, notes_zh

def dump(notes, lang, path):
    with open(path, "w", encoding="utf-8") as f:
        for i, n in enumerate(notes, 1):
            row = {
                "id": f"{lang}-{i:03d}",
                "lang": lang,
                "text": n["t"],
                "symptoms": n["s"],
                "conditions": n["c"],
                "acute": n["a"],
                "mood": n["m"],
                "numbers": n["n"],
                "kind": n["k"],
                "why": n["w"],
            }
            f.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(path, len(notes))

base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
dump(notes_en.NOTES, "en", os.path.join(base, "notes_en.jsonl"))
dump(notes_zh.NOTES, "zh", os.path.join(base, "notes_zh.jsonl"))
