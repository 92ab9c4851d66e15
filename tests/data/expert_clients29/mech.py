#!/usr/bin/env python3
"""Mechanical checks of every advisor output against the frozen expectations (clients.jsonl).
Checks, per client (outputs/ID.card.txt and outputs/ID.json):
  rc           both runs (card, --json) exited 0 (outputs/rc.tsv)
  must_rest    if expected.must_rest: JSON activity == "rest" (otherwise not checked here;
               an unneeded rest is caught by 'acceptable' when rest is not in the acceptable list)
  acceptable   JSON activity is in expected.acceptable_activities
  forbidden    JSON activity is not in expected.forbidden_activities
  intensity    JSON intensity <= expected.max_intensity (light < moderate < vigorous; rest counts as light)
  minutes      JSON minutes within expected.minutes_range (skipped -> pass when the activity is rest)
  measure      intensity_measure "hr": JSON hr_zone_bpm not null and the card shows "bpm";
               "rpe": JSON rpe not null and hr_zone_bpm null; "any": pass; rest: pass
  mention      every must_mention item has at least one '|' alternative in the card (case-insensitive)
  not_say      no '|' alternative of any must_not_say item appears in the card (case-insensitive)
  language     JSON language is 'zh' for zh-* profiles and 'en' for en; script is Hant for zh-TW/zh-HK,
               Hans for zh-CN
  consistent   the JSON 'advice' sentence appears verbatim in the card
A client passes when every check passes. Writes mech.json.
"""
import json, csv

ORDER = {"rest": 0, "light": 0, "moderate": 1, "vigorous": 2}
clients = [json.loads(l) for l in open("clients.jsonl", encoding="utf-8")]
rc = {}
for row in csv.DictReader(open("outputs/rc.tsv"), delimiter="\t"):
    rc.setdefault(row["id"], []).append(int(row["rc"]))

res = {}
for c in clients:
    i, e, lang = c["id"], c["expected"], c["profile"].get("language", "")
    card = open(f"outputs/{i}.card.txt", encoding="utf-8").read()
    j = json.load(open(f"outputs/{i}.json", encoding="utf-8"))
    low = card.lower()
    act, inten, mins = j["activity"], j["intensity"], j["minutes"]
    chk, why = {}, {}
    chk["rc"] = rc.get(i) == [0, 0]
    chk["must_rest"] = (act == "rest") if e["must_rest"] else True
    chk["acceptable"] = act in e["acceptable_activities"]
    chk["forbidden"] = act not in e["forbidden_activities"]
    chk["intensity"] = ORDER.get(inten if act != "rest" else "rest", 9) <= ORDER[e["max_intensity"]]
    lo, hi = e["minutes_range"]
    chk["minutes"] = True if act == "rest" else (mins is not None and lo <= mins <= hi)
    m = e["intensity_measure"]
    if act == "rest" or m == "any":
        chk["measure"] = True
    elif m == "hr":
        chk["measure"] = j.get("hr_zone_bpm") is not None and "bpm" in low
    else:
        chk["measure"] = j.get("rpe") is not None and j.get("hr_zone_bpm") is None
    missing = [item for item in e["must_mention"] if not any(a.lower() in low for a in item.split("|"))]
    chk["mention"] = not missing
    said = [a for item in e["must_not_say"] for a in item.split("|") if a and a.lower() in low]
    chk["not_say"] = not said
    if lang.startswith("zh"):
        want_script = "Hant" if lang in ("zh-TW", "zh-HK", "zh-Hant", "zh-MO") else "Hans"
        chk["language"] = j.get("language") == "zh" and j.get("script") == want_script
    else:
        chk["language"] = j.get("language") == "en"
    chk["consistent"] = j.get("advice", "\0") in card
    why = {"activity": act, "intensity": inten, "minutes": mins, "hr_zone_bpm": j.get("hr_zone_bpm"),
           "missing_mentions": missing, "forbidden_phrases_found": said}
    res[i] = {"pass": all(chk.values()), "checks": chk, "observed": why,
              "failed": [k for k, v in chk.items() if not v]}

summary = {"clients": len(res), "clients_passing_all": sum(r["pass"] for r in res.values()),
           "per_check_pass": {k: sum(r["checks"][k] for r in res.values()) for k in next(iter(res.values()))["checks"]},
           "failures": {i: r["failed"] for i, r in res.items() if r["failed"]}}
json.dump({"summary": summary, "results": res}, open("mech.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(json.dumps(summary, ensure_ascii=False, indent=1))
for i, r in res.items():
    if r["failed"]:
        print(i, r["failed"], r["observed"])
