# Assemble the hand-written notes into the two JSONL files, numbering ids in order.
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import en1, en2, en3, en4, zh1, zh2, zh3, zh4
OUT = os.path.dirname(HERE)
for lang, parts in (("en", [en1, en2, en3, en4]), ("zh", [zh1, zh2, zh3, zh4])):
    notes = [x for p in parts for x in p.NOTES]
    with open(os.path.join(OUT, f"notes_{lang}.jsonl"), "w", encoding="utf-8") as f:
        for i, x in enumerate(notes, 1):
            row = {"id": f"{lang}-{i:03d}", "lang": lang, "text": x["text"],
                   "symptoms": x["symptoms"], "conditions": x["conditions"],
                   "acute": x["acute"], "mood": x["mood"], "numbers": x["numbers"],
                   "kind": x["kind"], "why": x["why"]}
            f.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(lang, len(notes))
