#!/usr/bin/env python3
"""Writes ../clients.jsonl from the literal client data in clients_a..clients_d (no random generation)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import importlib

MODULES = ["clients_a", "clients_b", "clients_c", "clients_d"]

def load():
    clients, alts = [], {}
    for name in MODULES:
        try:
            m = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        clients += m.CLIENTS
        alts.update(m.ALTS)
    return clients, alts

def main():
    clients, _ = load()
    out = os.path.join(HERE, "..", "clients.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for c in clients:
            f.write(json.dumps(c, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {len(clients)} clients to clients.jsonl")

if __name__ == "__main__":
    main()
