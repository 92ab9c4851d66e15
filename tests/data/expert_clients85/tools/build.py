#!/usr/bin/env python3
"""Build /tmp/panel85/clients.jsonl from the literal client files (no randomness)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import clients_a, clients_b, clients_c, clients_d

rows = clients_a.CLIENTS + clients_b.CLIENTS + clients_c.CLIENTS + clients_d.CLIENTS
ids = [r["id"] for r in rows]
assert ids == [f"h{i:02d}" for i in range(1, 25)], ids
out = os.path.join(os.path.dirname(HERE), "clients.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
print(f"wrote {len(rows)} clients to {out}")
