#!/usr/bin/env python3
"""Writes ../clients.jsonl from the literal data in clients_a..clients_d (one compact JSON object a line)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib

ORDER = ["id", "lang", "who", "call", "profile", "expect"]


def main():
    rows = []
    for name in ("clients_a", "clients_b", "clients_c", "clients_d"):
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError:
            print(f"(skipping missing {name})")
            continue
        rows.extend(mod.CLIENTS)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "clients.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            assert list(r) == ORDER, r.get("id")
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {len(rows)} clients to {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
