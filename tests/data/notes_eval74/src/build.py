# Serialises the hand-written notes in notes_en.py / notes_zh.py to the JSONL format in LABELS.md.
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import notes_en, notes_zh

def dump(notes, lang, path):
    with open(path, "w", encoding="utf-8") as f:
        for i, d in enumerate(notes, 1):
            row = {"id": f"{lang}-{i:03d}", "lang": lang, "text": d["t"], "symptoms": d["s"],
                   "conditions": d["c"], "acute": d["a"], "mood": d["m"], "numbers": d["n"],
                   "kind": d["k"], "why": d["w"]}
            f.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")

root = os.path.dirname(here)
dump(notes_en.NOTES, "en", os.path.join(root, "notes_en.jsonl"))
dump(notes_zh.NOTES, "zh", os.path.join(root, "notes_zh.jsonl"))
