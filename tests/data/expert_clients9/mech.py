#!/usr/bin/env python3
"""Mechanical checks of the advisor's outputs against the frozen expectations.
Card text (outputs/ID.card.txt) for must_mention / must_not_say (case-insensitive,
'a|b' = either); JSON (outputs/ID.json) for activity, intensity, minutes, HR zone / RPE.
A rest card counts as intensity 'rest' (the JSON reports rest as 'light')."""
import json, re
ORDER = {"rest": 0, "light": 1, "moderate": 2, "vigorous": 3}
CARD_ACT = {  # how each activity is named on the card, to check card/JSON agreement
 "run": ["跑步", "running"], "swim": ["游泳", "swimming"], "cycle": ["骑自行车", "騎自行車", "cycling"],
 "brisk_walk": ["快走", "brisk walking"], "walk": ["散步", "walking"], "yoga": ["瑜伽", "yoga"],
 "tai_chi": ["太极", "太極", "tai chi"], "strength": ["力量训练", "力量訓練", "strength training"],
 "stationary_bike": ["室内单车", "室內單車", "stationary bike"], "elliptical": ["椭圆机", "橢圓機", "elliptical"],
 "stretching": ["拉伸", "stretching"], "rest": ["休息", "Rest today"]}
res, tot = {}, {}
for line in open("clients.jsonl", encoding="utf-8"):
    c = json.loads(line); i = c["id"]; e = c["expected"]
    card = open(f"outputs/{i}.card.txt", encoding="utf-8").read()
    j = json.load(open(f"outputs/{i}.json", encoding="utf-8"))
    act = j["activity"]; lvl = "rest" if act == "rest" else j["intensity"]
    mins = j["minutes"] or 0
    r = {}
    r["must_rest"] = (act == "rest") if e["must_rest"] else True
    r["max_intensity"] = ORDER[lvl] <= ORDER[e["max_intensity"]]
    r["acceptable_activity"] = act in e["acceptable_activities"]
    r["not_forbidden"] = act not in e["forbidden_activities"]
    lo, hi = e["minutes_range"]; r["minutes_in_range"] = lo <= mins <= hi
    m = e["intensity_measure"]
    if m == "hr": r["intensity_measure"] = j["hr_zone_bpm"] is not None
    elif m == "rpe": r["intensity_measure"] = j["rpe"] is not None and j["hr_zone_bpm"] is None
    else: r["intensity_measure"] = True
    low = card.lower()
    miss = [p for p in e["must_mention"] if not any(a.lower() in low for a in p.split("|"))]
    bad = [p for p in e["must_not_say"] if p.lower() in low]
    r["must_mention"] = not miss; r["must_not_say"] = not bad
    first = card.splitlines()[1] if len(card.splitlines()) > 1 else ""
    r_agree = any(n.lower() in first.lower() for n in CARD_ACT[act])
    passed = all(r.values())
    res[i] = {"checks": r, "pass": passed, "missing_mentions": miss, "forbidden_said": bad,
              "observed": {"activity": act, "intensity": lvl, "minutes": mins, "hr_zone_bpm": j["hr_zone_bpm"],
                            "rpe": j["rpe"], "emergency": j["safety"]["emergency"], "script": j.get("script"),
                            "notes_conditions": j["notes_conditions"], "notes_unsure": j["notes_unsure"]},
              "card_json_agree_on_activity": r_agree, "language": c["profile"]["language"]}
    for k, v in r.items(): tot.setdefault(k, 0); tot[k] += v
n = len(res)
summary = {"clients": n, "all_checks_pass": sum(v["pass"] for v in res.values()),
           "per_check_pass": tot, "card_json_agree": sum(v["card_json_agree_on_activity"] for v in res.values()),
           "by_language": {L: f"{sum(v['pass'] for v in res.values() if v['language']==L)}/{sum(1 for v in res.values() if v['language']==L)}" for L in ("zh", "en")},
           "failed": {i: [k for k, ok in v["checks"].items() if not ok] for i, v in res.items() if not v["pass"]}}
json.dump({"summary": summary, "clients": res}, open("mech.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(json.dumps(summary, ensure_ascii=False, indent=1))
