#!/usr/bin/env python3
"""Builds /tmp/panel76/clients.jsonl from the literal data in clients_a..d.py (no randomness)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import clients_a, clients_b, clients_c, clients_d  # noqa: E402

KEYS = ["id", "lang", "who", "call", "profile", "expect"]


def all_clients():
    return clients_a.CLIENTS + clients_b.CLIENTS + clients_c.CLIENTS + clients_d.CLIENTS


def main():
    rows = all_clients()
    out = os.path.join(os.path.dirname(HERE), "clients.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for c in rows:
            row = {k: c[k] for k in KEYS}
            f.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {len(rows)} clients to {out}")


if __name__ == "__main__":
    main()
