# Assemble the hand-written tuples into the two JSONL files.
import json, os, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m.NOTES
def write(lang, parts):
    rows = [n for p in parts for n in load(p)]
    with open(os.path.join(OUT, f"notes_{lang}.jsonl"), "w", encoding="utf-8") as f:
        for i, (text, sym, cond, acute, mood, nums, kind, why) in enumerate(rows, 1):
            d = {"id": f"{lang}-{i:03d}", "lang": lang, "text": text, "symptoms": sym,
                 "conditions": cond, "acute": acute, "mood": mood, "numbers": nums,
                 "kind": kind, "why": why}
            f.write(json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(lang, len(rows))
write("en", ["part1", "part2", "part3", "part4"])
write("zh", ["part5", "part6", "part7", "part8"])
