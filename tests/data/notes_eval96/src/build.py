import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import part1, part2, part3, part4, part5, part6, part7, part8
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def write(lang, parts):
    rows = [r for p in parts for r in p.P]
    assert len(rows) == 100, (lang, len(rows))
    with open(os.path.join(OUT, f"notes_{lang}.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            o = {"id": f"{lang}-{i:03d}", "lang": lang, "text": r["text"], "symptoms": r["symptoms"],
                 "conditions": r["conditions"], "acute": r["acute"], "mood": r["mood"],
                 "numbers": r["numbers"], "kind": r["kind"], "why": r["why"]}
            f.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")
write("en", [part1, part2, part3, part4])
write("zh", [part5, part6, part7, part8])
