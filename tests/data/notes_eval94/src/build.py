import json, os, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
def load(n):
    spec = importlib.util.spec_from_file_location(n, os.path.join(HERE, n + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m.ROWS
def write(lang, parts):
    rows = [r for p in parts for r in load(p)]
    assert len(rows) == 100, (lang, len(rows))
    out = []
    for i, (text, s, c, a, mood, nums, kind, why) in enumerate(rows, 1):
        d = {"id": f"{lang}-{i:03d}", "lang": lang, "text": text, "symptoms": s, "conditions": c,
             "acute": a, "mood": mood, "numbers": nums, "kind": kind, "why": why}
        out.append(json.dumps(d, ensure_ascii=False, separators=(",", ":")))
    with open(os.path.join(HERE, "..", f"notes_{lang}.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
write("en", ["part1", "part2", "part3", "part4"])
write("zh", ["part5", "part6", "part7", "part8"])
