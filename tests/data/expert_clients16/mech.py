#!/usr/bin/env python3
"""Mechanical checks of each client's frozen `expected` against outputs/ID.json (+ card text).
Rules (as briefed):
 must_rest true  -> activity == "rest"
 must_rest false -> activity != "rest" unless "rest" in acceptable_activities
 max_intensity   -> rank(intensity) <= rank(max)   (light < moderate < vigorous)
 acceptable      -> activity in acceptable_activities
 forbidden       -> activity not in forbidden_activities
 minutes         -> lo <= minutes <= hi, skipped when activity == "rest"
 intensity_measure: "hr" -> hr_zone_bpm present; "rpe" -> rpe present and no hr zone; "any" -> pass
                    (skipped when activity == "rest": no session, nothing to measure)
 must_mention    -> each item (alternatives split on "|") found in outputs/ID.card.txt (case-insensitive);
                    an alternative made of Latin letters/digits must start at a word boundary
                    ("rain" must not match inside "trained"); Chinese alternatives are plain substrings.
                    The plain-substring result is kept too (substring_failed) for transparency.
 must_not_say    -> no item found in outputs/ID.card.txt (case-insensitive)
Extra (not counted in pass/fail): exit codes, and whether the JSON `advice` line appears in the card
(the card and the JSON come from two separate runs)."""
import json, os, re
D = os.path.dirname(os.path.abspath(__file__))
RANK = {"rest": 0, "light": 1, "moderate": 2, "vigorous": 3}
res = {}
for line in open(os.path.join(D, "clients.jsonl"), encoding="utf-8"):
    c = json.loads(line); cid = c["id"]; e = c["expected"]
    out = json.load(open(os.path.join(D, "outputs", cid + ".json"), encoding="utf-8"))
    card = open(os.path.join(D, "outputs", cid + ".card.txt"), encoding="utf-8").read()
    low = card.lower()
    act, inten, mins = out["activity"], out["intensity"], out["minutes"]
    chk = {}
    chk["must_rest"] = (act == "rest") if e["must_rest"] else (act != "rest" or "rest" in e["acceptable_activities"])
    chk["max_intensity"] = RANK.get(inten, 9) <= RANK[e["max_intensity"]]
    chk["acceptable_activity"] = act in e["acceptable_activities"]
    chk["forbidden_activity"] = act not in e["forbidden_activities"]
    lo, hi = e["minutes_range"]
    chk["minutes"] = True if act == "rest" else (mins is not None and lo <= mins <= hi)
    m = e["intensity_measure"]
    if act == "rest" or m == "any": chk["intensity_measure"] = True
    elif m == "hr": chk["intensity_measure"] = bool(out.get("hr_zone_bpm"))
    else: chk["intensity_measure"] = bool(out.get("rpe")) and not out.get("hr_zone_bpm")
    def found(a):
        a = a.lower()
        if re.fullmatch(r"[a-z0-9 .\-]+", a):
            return re.search(r"(?<![a-z0-9])" + re.escape(a), low) is not None
        return a in low
    sub_failed = [mm for mm in e["must_mention"] if not any(a.lower() in low for a in mm.split("|"))]
    for i, mm in enumerate(e["must_mention"]):
        chk[f"must_mention[{mm}]"] = any(found(a) for a in mm.split("|"))
    for w in e["must_not_say"]:
        chk[f"must_not_say[{w}]"] = w.lower() not in low
    failed = [k for k, v in chk.items() if not v]
    rc = {k: open(os.path.join(D, "outputs", f"{cid}.{k}.rc")).read().strip() for k in ("card", "json")}
    res[cid] = {"activity": act, "intensity": inten, "minutes": mins, "hr_zone_bpm": out.get("hr_zone_bpm"),
                "rpe": out.get("rpe"), "emergency": out["safety"]["emergency"],
                "checks": chk, "failed": failed, "pass": not failed, "substring_must_mention_failed": sub_failed,
                "exit_codes": rc, "card_matches_json_advice": out.get("advice", "") in card}
summary = {"n": len(res), "passed": sum(r["pass"] for r in res.values()),
           "failed_ids": [k for k, r in res.items() if not r["pass"]]}
json.dump({"summary": summary, "clients": res}, open(os.path.join(D, "mech.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
print(json.dumps(summary, ensure_ascii=False))
for k, r in res.items(): print(k, r["activity"], r["intensity"], r["minutes"], "PASS" if r["pass"] else "FAIL " + ", ".join(r["failed"]), "" if r["card_matches_json_advice"] else "[card!=json]")
