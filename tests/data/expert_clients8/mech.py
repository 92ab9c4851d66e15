#!/usr/bin/env python3
"""Mechanical checks of outputs/ID.json (+ outputs/ID.card.txt for text checks) against clients.jsonl 'expected'."""
import json, re
RANK = {"rest": 0, "light": 1, "moderate": 2, "vigorous": 3}
EMERGENCIES = ["h06", "h15", "h16", "h17"]          # true emergencies in this panel
FALSE_ALARMS = ["h11", "h20", "h24"]                # alarming-sounding but benign
CARD_NAMES = {"run": ["run", "跑步"], "swim": ["swim", "游泳"], "cycle": ["cycling", "骑自行车", "騎自行車"],
    "brisk_walk": ["brisk walk", "快走"], "walk": ["walk", "散步"], "yoga": ["yoga", "瑜伽"], "tai_chi": ["tai chi", "太极", "太極"],
    "strength": ["strength", "力量训练", "力量訓練"], "stationary_bike": ["stationary bike", "室内单车", "室內單車"],
    "elliptical": ["elliptical", "椭圆机", "橢圓機"], "stretching": ["stretching", "拉伸"], "rest": ["rest today", "休息"]}
def has(text, alt):
    t = text.lower()
    return any(a.lower() in t for a in alt.split("|"))
res = {}
for line in open("clients.jsonl", encoding="utf-8"):
    c = json.loads(line); i = c["id"]; e = c["expected"]
    card = open(f"outputs/{i}.card.txt", encoding="utf-8").read()
    j = json.load(open(f"outputs/{i}.json", encoding="utf-8"))
    act = j["activity"]; inten = "rest" if act == "rest" else j["intensity"]; mins = j["minutes"] or 0
    chk = {}
    chk["must_rest"] = (act == "rest") if e["must_rest"] else True
    chk["max_intensity"] = RANK[inten] <= RANK[e["max_intensity"]]
    chk["acceptable_activity"] = act in e["acceptable_activities"]
    chk["not_forbidden"] = act not in e["forbidden_activities"]
    lo, hi = e["minutes_range"]; chk["minutes_in_range"] = lo <= mins <= hi
    m = e["intensity_measure"]
    if m == "any" or act == "rest": chk["intensity_measure"] = True
    elif m == "hr": chk["intensity_measure"] = j["hr_zone_bpm"] is not None
    else: chk["intensity_measure"] = j["hr_zone_bpm"] is None and j["rpe"] is not None
    missing = [a for a in e["must_mention"] if not has(card, a)]
    said = [a for a in e["must_not_say"] if has(card, a)]
    chk["must_mention"] = not missing; chk["must_not_say"] = not said
    head = card.split("\n")[1].lower() if "\n" in card else card.lower()
    chk["card_matches_json"] = any(n.lower() in head for n in CARD_NAMES[act])
    res[i] = {"got": {"activity": act, "intensity": j["intensity"], "minutes": mins, "hr_zone_bpm": j["hr_zone_bpm"],
                      "rpe": j["rpe"], "emergency": j["safety"]["emergency"], "notes_conditions": j.get("notes_conditions"),
                      "notes_unsure": j.get("notes_unsure"), "mood": j.get("mood")},
              "checks": chk, "missing_mentions": missing, "said_forbidden": said,
              "pass": all(v for k, v in chk.items() if k != "card_matches_json")}
n = len(res)
summary = {"clients": n, "all_pass": sum(r["pass"] for r in res.values()),
           "per_check": {k: sum(r["checks"][k] for r in res.values()) for k in next(iter(res.values()))["checks"]},
           "true_emergencies_rested": {i: res[i]["got"]["activity"] == "rest" for i in EMERGENCIES},
           "false_alarms_sent_to_rest": [i for i in FALSE_ALARMS if res[i]["got"]["activity"] == "rest"],
           "non_emergency_flagged_emergency": [i for i in res if res[i]["got"]["emergency"] and i not in EMERGENCIES + ["h23"]],
           "by_language": {}}
langs = {json.loads(l)["id"]: json.loads(l)["profile"]["language"] for l in open("clients.jsonl", encoding="utf-8")}
for L in sorted(set(langs.values())):
    ids = [i for i in res if langs[i] == L]
    summary["by_language"][L] = {"clients": len(ids), "all_pass": sum(res[i]["pass"] for i in ids)}
json.dump({"summary": summary, "clients": res}, open("mech.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(json.dumps(summary, ensure_ascii=False, indent=1))
for i, r in res.items():
    if not r["pass"]:
        print(i, [k for k, v in r["checks"].items() if not v], r["missing_mentions"], r["said_forbidden"], r["got"]["activity"], r["got"]["intensity"], r["got"]["minutes"])
