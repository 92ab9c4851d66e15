import json, os, importlib, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id","lang","text","symptoms","conditions","acute","mood","numbers","kind","why"]
def build(lang, parts):
    notes = [n for p in parts for n in importlib.import_module(p).NOTES]
    assert len(notes) == 100, (lang, len(notes))
    with open(os.path.join(OUT, f"notes_{lang}.jsonl"), "w", encoding="utf-8") as f:
        for i, n in enumerate(notes, 1):
            row = dict(id=f"{lang}-{i:03d}", lang=lang, **n)
            row = {k: row[k] for k in KEYS}
            f.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
build("en", ["part1","part2","part3","part4"])
build("zh", ["part5","part6","part7","part8"])
print("built")
