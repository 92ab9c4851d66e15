import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import en1, en2, en3, en4, zh1, zh2, zh3, zh4
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for lang, parts in (("en", [en1, en2, en3, en4]), ("zh", [zh1, zh2, zh3, zh4])):
    notes = [x for p in parts for x in p.NOTES]
    with open(os.path.join(OUT, f"notes_{lang}.jsonl"), "w", encoding="utf-8") as f:
        for i, d in enumerate(notes, 1):
            row = {"id": f"{lang}-{i:03d}", "lang": lang, "text": d["text"],
                   "symptoms": d["symptoms"], "conditions": d["conditions"],
                   "acute": d["acute"], "mood": d["mood"], "numbers": d["numbers"],
                   "kind": d["kind"], "why": d["why"]}
            f.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(lang, len(notes))
