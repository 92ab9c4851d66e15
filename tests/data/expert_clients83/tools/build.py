#!/usr/bin/env python3
"""Builds /tmp/panel83/clients.jsonl from the literal data in clients_a..d.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import clients_a, clients_b, clients_c, clients_d

KEYS = ["id", "lang", "who", "call", "profile", "expect"]
rows = clients_a.CLIENTS + clients_b.CLIENTS + clients_c.CLIENTS + clients_d.CLIENTS
out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "clients.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in rows:
        assert list(r) == KEYS, r.get("id")
        f.write(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False, separators=(",", ":")) + "\n")
print(f"wrote {len(rows)} clients to {out}")
