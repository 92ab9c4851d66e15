# Assemble hand-written notes into the compact JSONL format of LABELS.md
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import en1, en2, en3, en4, zh1, zh2, zh3, zh4
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def write(lang, parts):
    notes = [x for p in parts for x in p.NOTES]
    with open(os.path.join(OUT, f"notes_{lang}.jsonl"), "w", encoding="utf-8") as f:
        for i, d in enumerate(notes, 1):
            o = {"id": f"{lang}-{i:03d}", "lang": lang, "text": d["t"], "symptoms": d["s"],
                 "conditions": d["c"], "acute": d["a"], "mood": d["m"], "numbers": d["n"],
                 "kind": d["k"], "why": d["w"]}
            f.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(lang, len(notes))
write("en", [en1, en2, en3, en4])
write("zh", [zh1, zh2, zh3, zh4])
