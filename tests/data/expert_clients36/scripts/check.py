#!/usr/bin/env python3
"""Mechanical checks of motion-advisor outputs against clients.jsonl -> mechanical_checks.tsv."""
import json, os
BASE = "/tmp/expert36"

def any_in(alts, text):
    t = text.lower()
    return [a for a in alts.split("|") if a.lower() in t]

rows = []
for line in open(f"{BASE}/clients.jsonl", encoding="utf-8"):
    cl = json.loads(line); cid = cl["id"]
    card = open(f"{BASE}/outputs/{cid}.card.txt", encoding="utf-8").read()
    js = json.load(open(f"{BASE}/outputs/{cid}.json.json", encoding="utf-8"))
    act = js.get("activity")
    fails = []
    # rest decision
    if cl["must_rest"]:
        rest = "ok" if act == "rest" else "WRONGLY_ALLOWED"
    elif act == "rest":
        rest = "ok(rest acceptable)" if cl["rest_ok"] else "WRONGLY_RESTED"
    else:
        rest = "ok"
    if not rest.startswith("ok"): fails.append(rest)
    mm_miss = [m for m in cl["must_mention"] if not any_in(m, card)]
    if mm_miss: fails.append("missing:" + ";".join(mm_miss))
    mn_hit = [f"{m}=>{','.join(any_in(m, card))}" for m in cl["must_not_say"] if any_in(m, card)]
    if mn_hit: fails.append("said:" + ";".join(mn_hit))
    bad = act in cl["bad_activities"]
    if bad: fails.append(f"bad_activity:{act}")
    jc_fail = [f"{k}={js.get(k)!r}(want {v!r})" for k, v in cl["json_checks"].items() if js.get(k) != v]
    if jc_fail: fails.append("json:" + ";".join(jc_fail))
    # card/json consistency: the JSON activity's minutes should appear on the card (rest excepted)
    rows.append([cid, "zh" if int(cid[1:]) <= 12 else "en", str(cl["must_rest"]), str(cl["rest_ok"]),
                 act, str(js.get("intensity")), str(js.get("minutes")), rest,
                 "PASS" if not mm_miss else "FAIL", "PASS" if not mn_hit else "FAIL",
                 "PASS" if not bad else "FAIL", "PASS" if not jc_fail else "FAIL",
                 "PASS" if not fails else "FAIL", " | ".join(fails) or "-"])

hdr = ["id", "lang", "must_rest", "rest_ok", "activity", "intensity", "minutes", "rest_decision",
       "must_mention", "must_not_say", "bad_activity", "json_checks", "overall", "details"]
with open(f"{BASE}/mechanical_checks.tsv", "w", encoding="utf-8") as f:
    f.write("\t".join(hdr) + "\n")
    for r in rows: f.write("\t".join(r) + "\n")
n = len(rows); p = sum(r[12] == "PASS" for r in rows)
print(f"{p}/{n} clients pass all mechanical checks")
for col, i in (("rest_decision", 7), ("must_mention", 8), ("must_not_say", 9), ("bad_activity", 10), ("json_checks", 11)):
    print(col, sum(r[i].startswith("ok") or r[i] == "PASS" for r in rows), "/", n)
