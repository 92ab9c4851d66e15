#!/usr/bin/env python3
"""Writes ../clients.jsonl from the literal client data in clients_a..d.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import clients_a, clients_b, clients_c, clients_d

KEYS = ["id", "lang", "who", "call", "profile", "expect"]
rows = clients_a.CLIENTS + clients_b.CLIENTS + clients_c.CLIENTS + clients_d.CLIENTS
out = os.path.join(HERE, "..", "clients.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False, separators=(",", ":")) + "\n")
print(f"wrote {len(rows)} clients to clients.jsonl")
