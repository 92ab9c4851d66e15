#!/usr/bin/env python3
"""Writes /tmp/panel71/clients.jsonl from the literal data in clients_[a-d].py (no randomness)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import clients_a, clients_b, clients_c, clients_d

KEYS = ["id", "lang", "who", "call", "profile", "expect"]
CALL = ["activity", "minutes", "intensity", "hr_zone_bpm", "card", "plan", "week"]
EXP = ["must_rest", "rest_acceptable", "max_intensity", "max_minutes", "wrong_activities",
       "hr_zone_null", "must_match", "must_not_match", "plan_must_match"]

def ordered(c):
    out = {k: c[k] for k in KEYS}
    out["call"] = {k: c["call"][k] for k in CALL}
    out["expect"] = {k: c["expect"][k] for k in EXP}
    return out

rows = clients_a.CLIENTS + clients_b.CLIENTS + clients_c.CLIENTS + clients_d.CLIENTS
with open(os.path.join(HERE, "..", "clients.jsonl"), "w", encoding="utf-8") as f:
    for c in rows:
        f.write(json.dumps(ordered(c), ensure_ascii=False, separators=(",", ":")) + "\n")
print(f"wrote {len(rows)} clients")
