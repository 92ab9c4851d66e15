#!/usr/bin/env python3
"""Build /tmp/panel87/clients.jsonl from the literal data in clients_a..d (no generation)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import clients_a, clients_b, clients_c, clients_d

def main():
    rows = clients_a.CLIENTS + clients_b.CLIENTS + clients_c.CLIENTS + clients_d.CLIENTS
    out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "clients.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {len(rows)} clients to {out}")

if __name__ == "__main__":
    main()
