#!/usr/bin/env python3
"""Mechanical checks of each client's outputs against the frozen expectations."""
import json, os, re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "outputs")
RANK = {"rest": 0, "none": 0, "light": 1, "moderate": 2, "vigorous": 3}

rows = []
for line in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8"):
    c = json.loads(line)
    cid = c["id"]
    card = open(os.path.join(OUT, cid + ".card.txt"), encoding="utf-8").read()
    j = json.load(open(os.path.join(OUT, cid + ".json.json"), encoding="utf-8"))
    act, inten, mins = j.get("activity"), j.get("intensity"), j.get("minutes")
    details = []
    rested = act == "rest"
    if c["must_rest"]:
        rd = "PASS" if rested else "FAIL"
        if not rested: details.append(f"must rest, got {act}")
    elif not c["rest_ok"]:
        rd = "PASS" if not rested else "FAIL"
        if rested: details.append("rested but must not be")
    else:
        rd = "PASS"
    miss = [r for r in c["must_mention"] if not re.search(r, card, re.I)]
    mm = "PASS" if not miss else "FAIL"
    if miss: details.append("missing: " + " ; ".join(miss))
    hit = []
    for r in c["must_not_say"]:
        m = re.search(r, card, re.I)
        if m: hit.append(f"{r} -> '{m.group(0)}'")
    mns = "PASS" if not hit else "FAIL"
    if hit: details.append("said: " + " ; ".join(hit))
    ba = "PASS" if act not in c["bad_activities"] else "FAIL"
    if ba == "FAIL": details.append(f"bad activity {act}")
    jc_fail = []
    jc = c["json_checks"]
    if "intensity_not" in jc and inten is not None:
        if RANK.get(str(inten).lower(), -1) >= RANK[jc["intensity_not"]]:
            jc_fail.append(f"intensity {inten} (not {jc['intensity_not']}+)")
    if "max_minutes" in jc and mins is not None and mins > jc["max_minutes"]:
        jc_fail.append(f"minutes {mins} > {jc['max_minutes']}")
    if "min_minutes" in jc and (mins is None or mins < jc["min_minutes"]):
        jc_fail.append(f"minutes {mins} < {jc['min_minutes']}")
    jcs = "PASS" if not jc_fail else "FAIL"
    if not jc: jcs = "n/a"
    details += jc_fail
    overall = "PASS" if all(x in ("PASS", "n/a") for x in (rd, mm, mns, ba, jcs)) else "FAIL"
    rows.append([cid, c["lang"], str(c["must_rest"]), str(c["rest_ok"]), str(act), str(inten), str(mins),
                 rd, mm, mns, ba, jcs, overall, " | ".join(details) or "-"])

hdr = "id lang must_rest rest_ok activity intensity minutes rest_decision must_mention must_not_say bad_activity json_checks overall details".split()
with open(os.path.join(ROOT, "mechanical_checks.tsv"), "w", encoding="utf-8") as f:
    f.write("\t".join(hdr) + "\n")
    for r in rows:
        f.write("\t".join(x.replace("\t", " ") for x in r) + "\n")
for col in ("rest_decision", "must_mention", "must_not_say", "bad_activity", "json_checks", "overall"):
    i = hdr.index(col)
    print(col, sum(r[i] == "PASS" for r in rows), "/", sum(r[i] != "n/a" for r in rows))
