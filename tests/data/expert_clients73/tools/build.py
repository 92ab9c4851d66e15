#!/usr/bin/env python3
"""Write /tmp/panel73/clients.jsonl from the literal data in tools/clients_*.py (no generation)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import importlib

KEYS = ["id", "lang", "who", "call", "profile", "expect"]

def all_clients():
    out = []
    for name in ("clients_a", "clients_b", "clients_c", "clients_d"):
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        out.extend(mod.CLIENTS)
    return out

def main():
    rows = all_clients()
    path = os.path.join(os.path.dirname(HERE), "clients.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for c in rows:
            f.write(json.dumps({k: c[k] for k in KEYS}, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {len(rows)} clients to {path}")

if __name__ == "__main__":
    main()
