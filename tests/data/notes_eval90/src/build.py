import json, os, importlib, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def write(lang, parts):
    rows = []
    for p in parts:
        rows += importlib.import_module(p).NOTES
    assert len(rows) == 100, (lang, len(rows))
    with open(os.path.join(out, f"notes_{lang}.jsonl"), "w", encoding="utf-8") as f:
        for i, (text, s, c, a, m, n, k, why) in enumerate(rows, 1):
            o = {"id": f"{lang}-{i:03d}", "lang": lang, "text": text, "symptoms": s, "conditions": c,
                 "acute": a, "mood": m, "numbers": n, "kind": k, "why": why}
            f.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")
write("en", ["part1", "part2", "part3", "part4"])
write("zh", ["part5", "part6", "part7", "part8"])
