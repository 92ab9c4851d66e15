"""Write /tmp/panel77/clients.jsonl from the literal data in clients_a..d.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
rows = []
for mod in ("clients_a", "clients_b", "clients_c", "clients_d"):
    try:
        m = __import__(mod)
    except ModuleNotFoundError:
        print(f"(skipping {mod}: not written yet)")
        continue
    rows.extend(getattr(m, mod[-1].upper()))
with open(os.path.join(HERE, "..", "clients.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
print(f"wrote {len(rows)} clients")
