#!/usr/bin/env python3
"""Build /tmp/panel88/clients.jsonl from the literal client files (no random generation)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib

rows = []
for mod in ("clients_a", "clients_b", "clients_c", "clients_d"):
    try:
        m = importlib.import_module(mod)
    except ModuleNotFoundError as e:
        if e.name == mod:
            print(f"(skipping missing {mod})"); continue
        raise
    rows.extend(m.CLIENTS)
out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "clients.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
print(f"wrote {len(rows)} clients to {out}")
