import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import part1, part2, part3, part4, part5, part6, part7, part8
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def write(lang, notes):
    with open(os.path.join(OUT, f"notes_{lang}.jsonl"), "w", encoding="utf-8") as f:
        for i, n in enumerate(notes, 1):
            row = {"id": f"{lang}-{i:03d}", "lang": lang, "text": n["text"],
                   "symptoms": n["symptoms"], "conditions": n["conditions"], "acute": n["acute"],
                   "mood": n["mood"], "numbers": n["numbers"], "kind": n["kind"], "why": n["why"]}
            f.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(lang, len(notes))
write("en", part1.NOTES + part2.NOTES + part3.NOTES + part4.NOTES)
write("zh", part5.NOTES + part6.NOTES + part7.NOTES + part8.NOTES)
