"""Build clients.jsonl from the literal client files (run from /tmp/panel78: python3 tools/build.py)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib

rows = []
for name in ("clients_a", "clients_b", "clients_c", "clients_d"):
    try:
        mod = importlib.import_module(name)
    except ModuleNotFoundError:
        print(f"skip {name} (not written yet)")
        continue
    rows.extend(mod.CLIENTS)
out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "clients.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
print(f"wrote {len(rows)} clients to {out}")
