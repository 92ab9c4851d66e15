import json, importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
def row(lang, i, t):
    text, sym, cond, mood, nums, kinds, why = t
    conds, acute = [], {}
    for c in cond.split():
        name, _, a = c.partition(":")
        conds.append(name)
        if a: acute[name] = a == "1"
    nums = dict(nums)
    if "temp_c" in nums: nums["temp_c"] = float(nums["temp_c"])
    return {"id": f"{lang}-{i:03d}", "lang": lang, "text": text, "symptoms": sym.split(), "conditions": conds,
            "acute": acute, "mood": mood, "numbers": nums, "kind": kinds.split(), "why": why}
for lang, parts in (("en", [1, 2, 3, 4]), ("zh", [5, 6, 7, 8])):
    rows = [t for p in parts for t in importlib.import_module(f"part{p}").ROWS]
    assert len(rows) == 100, (lang, len(rows))
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", f"notes_{lang}.jsonl"), "w", encoding="utf-8") as f:
        for i, t in enumerate(rows, 1):
            f.write(json.dumps(row(lang, i, t), ensure_ascii=False, separators=(",", ":")) + "\n")
