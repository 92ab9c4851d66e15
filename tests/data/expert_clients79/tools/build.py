#!/usr/bin/env python3
"""Writes ../clients.jsonl from the literal data in clients_a..d.py (no random generation)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import clients_a, clients_b, clients_c, clients_d  # noqa: E402

KEYS = ["id", "lang", "who", "call", "profile", "expect"]


def rows():
    for mod in (clients_a, clients_b, clients_c, clients_d):
        for c in mod.CLIENTS:
            yield {k: c[k] for k in KEYS}


if __name__ == "__main__":
    out = os.path.join(HERE, "..", "clients.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows():
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    print("wrote", out)
