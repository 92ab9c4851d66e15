# Serialise the hand-written notes in part1..part8 into the two jsonl files.
import json, os, sys, importlib
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
out = os.path.dirname(here)
def load(names):
    rows = []
    for nm in names:
        rows += importlib.import_module(nm).NOTES
    return rows
for lang, names in (("en", ["part1","part2","part3","part4"]), ("zh", ["part5","part6","part7","part8"])):
    rows = load(names)
    assert len(rows) == 100, (lang, len(rows))
    with open(os.path.join(out, f"notes_{lang}.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            o = {"id": f"{lang}-{i:03d}", "lang": lang, "text": r["t"], "symptoms": r["s"],
                 "conditions": r["c"], "acute": r["a"], "mood": r["m"], "numbers": r["n"],
                 "kind": r["k"], "why": r["w"]}
            f.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")
print("ok")
