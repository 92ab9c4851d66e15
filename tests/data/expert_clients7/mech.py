#!/usr/bin/env python3
"""Mechanical checks of the advisor's output against the frozen expectations.

Conventions (decided before the run, documented in README.md):
- activity/intensity/minutes/hr_zone_bpm/rpe come from outputs/ID.json (--json run);
  a rest recommendation counts as intensity "rest" whatever the JSON intensity says.
- must_mention / must_not_say are matched case-insensitively against the card text
  (outputs/ID.card.txt); "a|b" in one item means any one of the alternatives.
- intensity_measure: "hr" -> hr_zone_bpm is given; "rpe" -> rpe given and no HR zone;
  "any" -> always passes (also for rest cards).
- consistency (reported, not scored): the card's headline and the JSON agree on minutes.
"""
import json, re
ORDER = {"rest": 0, "light": 1, "moderate": 2, "vigorous": 3}
res, tot = [], {}
for line in open("clients.jsonl", encoding="utf-8"):
    c = json.loads(line); cid = c["id"]; e = c["expected"]
    j = json.load(open(f"outputs/{cid}.json", encoding="utf-8"))
    card = open(f"outputs/{cid}.card.txt", encoding="utf-8").read()
    low = card.lower()
    act = j["activity"]; inten = "rest" if act == "rest" else j["intensity"]; mins = j["minutes"] or 0
    chk = {}
    chk["must_rest"] = (act == "rest") == e["must_rest"]
    chk["max_intensity"] = ORDER[inten] <= ORDER[e["max_intensity"]]
    chk["acceptable_activity"] = act in e["acceptable_activities"]
    chk["not_forbidden"] = act not in e["forbidden_activities"]
    lo, hi = e["minutes_range"]; chk["minutes_in_range"] = lo <= mins <= hi
    m = e["intensity_measure"]
    if m == "any" or act == "rest": chk["intensity_measure"] = True
    elif m == "hr": chk["intensity_measure"] = j["hr_zone_bpm"] is not None
    else: chk["intensity_measure"] = j["rpe"] is not None and j["hr_zone_bpm"] is None
    missing = [x for x in e["must_mention"] if not any(a.lower() in low for a in x.split("|"))]
    said = [x for x in e["must_not_say"] if x.lower() in low]
    chk["must_mention"] = not missing; chk["must_not_say"] = not said
    head = card.splitlines()[1] if len(card.splitlines()) > 1 else ""
    consistent = (act == "rest" and ("休息" in head or "Rest" in head)) or str(mins) in head
    r = {"id": cid, "language": c["profile"]["language"], "activity": act, "intensity": inten, "minutes": mins,
         "hr_zone_bpm": j["hr_zone_bpm"], "emergency_flag": j["safety"]["emergency"],
         "checks": chk, "missing_mentions": missing, "forbidden_said": said,
         "card_json_consistent": consistent, "pass": all(chk.values())}
    res.append(r)
    for k, v in chk.items(): tot[k] = tot.get(k, 0) + int(v)
summary = {"clients": len(res), "all_checks_passed": sum(r["pass"] for r in res),
           "per_check_passed": tot,
           "checks_passed": sum(tot.values()), "checks_total": len(res) * len(tot),
           "by_language": {L: {"n": sum(r["language"] == L for r in res),
                               "passed": sum(r["pass"] for r in res if r["language"] == L)} for L in ("zh", "en")},
           "failing": {r["id"]: [k for k, v in r["checks"].items() if not v] for r in res if not r["pass"]},
           "inconsistent_card_json": [r["id"] for r in res if not r["card_json_consistent"]]}
json.dump({"summary": summary, "clients": res}, open("mech.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(json.dumps(summary, ensure_ascii=False, indent=1))
