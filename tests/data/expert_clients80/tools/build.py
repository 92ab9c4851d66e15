#!/usr/bin/env python3
"""Writes /tmp/panel80/clients.jsonl from the literal data in clients_a..d (no randomness)."""
import json, os
import clients_a, clients_b, clients_c, clients_d

rows = clients_a.CLIENTS + clients_b.CLIENTS + clients_c.CLIENTS + clients_d.CLIENTS
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "clients.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
print(f"wrote {len(rows)} clients to {os.path.normpath(out)}")
