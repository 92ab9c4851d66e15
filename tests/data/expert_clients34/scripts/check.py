#!/usr/bin/env python3
"""Mechanical checks: rest decision (JSON activity), must_mention / must_not_say on the text card
(case-insensitive substring, '|' = alternatives), bad_activities and json_checks on the JSON."""
import json, sys, os
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
hdr = ["id", "lang", "must_rest", "rested", "rest_check", "activity", "bad_activity_check",
       "must_mention_missing", "must_not_say_found", "json_checks", "overall"]
for line in open(os.path.join(base, "clients.jsonl"), encoding="utf-8"):
    c = json.loads(line)
    cid = c["id"]
    card = open(os.path.join(base, "outputs", cid + ".card.txt"), encoding="utf-8").read()
    js = json.load(open(os.path.join(base, "outputs", cid + ".json"), encoding="utf-8"))
    low = card.lower()
    rested = js["activity"] == "rest"
    if c["must_rest"]:
        rest_check = "ok" if rested else "WRONGLY_ALLOWED"
    else:
        rest_check = "ok" if not rested else ("ok(rest_acceptable)" if c.get("rest_ok") else "WRONGLY_RESTED")
    bad = "ok" if js["activity"] not in c["bad_activities"] else "BAD:" + js["activity"]
    if rested and "rest" in c["bad_activities"]:
        bad = "BAD:rest"
    missing = [m for m in c["must_mention"] if not any(a.lower() in low for a in m.split("|"))]
    found = []
    for m in c["must_not_say"]:
        for a in m.split("|"):
            if a.lower() in low:
                found.append(a)
    jc = []
    for k, v in c.get("json_checks", {}).items():
        if js.get(k) != v:
            jc.append(f"{k}={js.get(k)!r}!={v!r}")
    ok = rest_check.startswith("ok") and bad == "ok" and not missing and not found and not jc
    rows.append([cid, c["lang_group"], str(c["must_rest"]), str(rested), rest_check, js["activity"], bad,
                 ";".join(missing) or "-", ";".join(found) or "-", ";".join(jc) or "ok",
                 "PASS" if ok else "FAIL"])
with open(os.path.join(base, "mechanical_checks.tsv"), "w", encoding="utf-8") as f:
    f.write("\t".join(hdr) + "\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
n = sum(r[-1] == "PASS" for r in rows)
print(f"{n}/{len(rows)} pass")
for r in rows:
    print("\t".join(r))
