# Serialises the hand-written notes in part1..part8 to the two JSONL files.
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import part1, part2, part3, part4, part5, part6, part7, part8
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def write(lang, parts):
    notes = [n for p in parts for n in p.NOTES]
    assert len(notes) == 100, (lang, len(notes))
    with open(os.path.join(OUT, f"notes_{lang}.jsonl"), "w", encoding="utf-8") as f:
        for i, (text, sy, co, ac, mood, num, kind, why) in enumerate(notes, 1):
            row = {"id": f"{lang}-{i:03d}", "lang": lang, "text": text, "symptoms": sy,
                   "conditions": co, "acute": ac, "mood": mood, "numbers": num,
                   "kind": kind, "why": why}
            f.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")

write("en", [part1, part2, part3, part4])
write("zh", [part5, part6, part7, part8])
