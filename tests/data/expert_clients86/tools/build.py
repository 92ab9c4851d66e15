#!/usr/bin/env python3
"""Build /tmp/panel86/clients.jsonl from the literal client files (no random generation)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import zx
import clients_a, clients_b, clients_c, clients_d

KEYS = ["id", "lang", "who", "call", "profile", "expect"]


def finish(c):
    if c["lang"].startswith("zh"):
        for k in ("must_match", "must_not_match", "plan_must_match"):
            c["expect"][k] = [zx(p) for p in c["expect"][k]]
    return {k: c[k] for k in KEYS}


def all_clients():
    out = []
    for m in (clients_a, clients_b, clients_c, clients_d):
        out.extend(finish(c) for c in m.CLIENTS)
    return out


if __name__ == "__main__":
    rows = all_clients()
    path = os.path.join(HERE, "..", "clients.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {len(rows)} clients to clients.jsonl")
