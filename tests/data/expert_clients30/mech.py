#!/usr/bin/env python3
"""Mechanical checks of motion-advisor outputs against the FROZEN expectations in clients.jsonl.

Per client (outputs/ID.card.txt + outputs/ID.json):
 C01 rc          both runs exited 0 (outputs/rc.tsv)
 C02 rest        must_rest -> json activity == "rest"; if not must_rest and "rest" not acceptable -> activity != "rest"
 C03 acceptable  json activity is in acceptable_activities
 C04 forbidden   json activity is not in forbidden_activities
 C05 intensity   json intensity <= max_intensity (light < moderate < vigorous); rest counts as light
 C06 minutes     json minutes within minutes_range (inclusive; null counts as 0)
 C07 measure     only when activity != rest: "hr" -> hr_zone_bpm not null; "rpe" -> hr_zone_bpm null; "any" -> pass
 C08 mention     every must_mention item: at least one "|" alternative occurs in the card (case-insensitive)
 C09 not_say     no must_not_say alternative occurs in the card (case-insensitive)
 C10 language    profile language zh-CN -> json language zh & script Hans; zh-TW/zh-HK -> zh & Hant; en -> en
 C11 consistent  json "advice" line appears verbatim in the card (card and JSON runs agree)
Writes mech.json and prints a summary.
"""
import json, csv

ORDER = {"light": 0, "moderate": 1, "vigorous": 2}
clients = [json.loads(l) for l in open("clients.jsonl", encoding="utf-8")]
rcs = {r["id"]: r for r in csv.DictReader(open("outputs/rc.tsv"), delimiter="\t")}
res = {}
for c in clients:
    i, e, p = c["id"], c["expected"], c["profile"]
    card = open(f"outputs/{i}.card.txt", encoding="utf-8").read()
    low = card.lower()
    j = json.load(open(f"outputs/{i}.json", encoding="utf-8"))
    act, inten, mins = j.get("activity"), j.get("intensity"), j.get("minutes") or 0
    ck = {}
    ck["C01_rc"] = rcs[i]["card_rc"] == "0" and rcs[i]["json_rc"] == "0"
    if e["must_rest"]:
        ck["C02_rest"] = act == "rest"
    else:
        ck["C02_rest"] = act != "rest" or "rest" in e["acceptable_activities"]
    ck["C03_acceptable"] = act in e["acceptable_activities"]
    ck["C04_forbidden"] = act not in e["forbidden_activities"]
    iv = "light" if act == "rest" else inten
    ck["C05_intensity"] = iv in ORDER and ORDER[iv] <= ORDER[e["max_intensity"]]
    lo, hi = e["minutes_range"]
    ck["C06_minutes"] = lo <= mins <= hi
    m = e["intensity_measure"]
    if act == "rest" or m == "any":
        ck["C07_measure"] = True
    elif m == "hr":
        ck["C07_measure"] = j.get("hr_zone_bpm") is not None
    else:
        ck["C07_measure"] = j.get("hr_zone_bpm") is None
    miss = [s for s in e["must_mention"] if not any(a.lower() in low for a in s.split("|"))]
    ck["C08_mention"] = not miss
    said = [a for s in e["must_not_say"] for a in s.split("|") if a and a.lower() in low]
    ck["C09_not_say"] = not said
    lang = p.get("language", "")
    if lang.startswith("zh"):
        want = ("zh", "Hant" if lang in ("zh-TW", "zh-HK", "zh-Hant", "zh-MO") else "Hans")
        ck["C10_language"] = (j.get("language"), j.get("script")) == want
    else:
        ck["C10_language"] = j.get("language") == "en"
    ck["C11_consistent"] = (j.get("advice") or "") in card
    res[i] = {"checks": ck, "passed": sum(ck.values()), "total": len(ck),
              "all_pass": all(ck.values()),
              "got": {"activity": act, "intensity": inten, "minutes": j.get("minutes"),
                      "hr_zone_bpm": j.get("hr_zone_bpm"), "language": j.get("language"),
                      "script": j.get("script")},
              "missing_mentions": miss, "forbidden_phrases_found": said}
tot = sum(r["total"] for r in res.values()); ok = sum(r["passed"] for r in res.values())
per = {}
for r in res.values():
    for k, v in r["checks"].items():
        per.setdefault(k, [0, 0]); per[k][0] += v; per[k][1] += 1
summary = {"checks_passed": ok, "checks_total": tot,
           "clients_all_pass": sum(r["all_pass"] for r in res.values()), "clients": len(res),
           "per_check": {k: f"{a}/{b}" for k, (a, b) in per.items()},
           "failures": {i: [k for k, v in r["checks"].items() if not v] for i, r in res.items() if not r["all_pass"]}}
json.dump({"summary": summary, "results": res}, open("mech.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(json.dumps(summary, ensure_ascii=False, indent=1))
for i, r in res.items():
    if not r["all_pass"]:
        print(i, r["got"], "missing:", r["missing_mentions"], "found:", r["forbidden_phrases_found"])
