#!/usr/bin/env python3
"""Build /tmp/panel70/clients.jsonl from the literal data in clients_a..d.py."""
import json, os
import clients_a, clients_b, clients_c, clients_d

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = clients_a.CLIENTS + clients_b.CLIENTS + clients_c.CLIENTS + clients_d.CLIENTS
with open(os.path.join(ROOT, "clients.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
print(f"wrote {len(rows)} clients")
