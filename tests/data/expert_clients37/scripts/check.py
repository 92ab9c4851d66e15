#!/usr/bin/env python3
"""Mechanical checks of each client's outputs against the frozen expectations."""
import json, re, os
os.chdir("/tmp/panel37")
cols = "id lang must_rest rest_ok activity intensity minutes rest_decision must_mention must_not_say bad_activity json_checks overall details".split()
rows = []
def lang_of(p):
    return "zh" if re.search(r"[\u4e00-\u9fff]", p.get("notes", "")) else "en"
for line in open("clients.jsonl", encoding="utf-8"):
    c = json.loads(line); cid = c["id"]
    card = open(f"outputs/{cid}.card.txt", encoding="utf-8").read()
    j = json.load(open(f"outputs/{cid}.json.json", encoding="utf-8"))
    act, inten, mins = j["activity"], j["intensity"], j["minutes"]
    det = []
    rested = act == "rest"
    if c["must_rest"]:
        rd = "PASS" if rested else "FAIL"
        if not rested: det.append("should have rested")
    elif not c["rest_ok"]:
        rd = "FAIL" if rested else "PASS"
        if rested: det.append("rested but must not be")
    else:
        rd = "PASS"
    mm_fail = [p for p in c["must_mention"] if not re.search(p, card)]
    mm = "PASS" if not mm_fail else "FAIL"
    det += [f"missing /{p}/" for p in mm_fail]
    mn_hit = []
    for p in c["must_not_say"]:
        m = re.search(p, card)
        if m: mn_hit.append(f"said /{p}/ -> '{m.group(0)}'")
    mn = "PASS" if not mn_hit else "FAIL"
    det += mn_hit
    ba = "FAIL" if act in c["bad_activities"] else "PASS"
    if ba == "FAIL": det.append(f"bad activity {act}")
    jc = c["json_checks"]; jf = []
    if "max_minutes" in jc and mins > jc["max_minutes"]: jf.append(f"minutes {mins} > {jc['max_minutes']}")
    if "min_minutes" in jc and mins < jc["min_minutes"]: jf.append(f"minutes {mins} < {jc['min_minutes']}")
    if "intensity_not" in jc:
        bad = jc["intensity_not"] if isinstance(jc["intensity_not"], list) else [jc["intensity_not"]]
        if inten in bad: jf.append(f"intensity {inten}")
    jcs = "PASS" if not jf else "FAIL"
    if not jc: jcs = "n/a"
    det += jf
    overall = "PASS" if all(x != "FAIL" for x in (rd, mm, mn, ba, jcs)) else "FAIL"
    rows.append([cid, lang_of(c["profile"]), str(c["must_rest"]), str(c["rest_ok"]), act, inten, str(mins),
                 rd, mm, mn, ba, jcs, overall, "; ".join(det) or "-"])
with open("mechanical_checks.tsv", "w", encoding="utf-8") as f:
    f.write("\t".join(cols) + "\n")
    for r in rows: f.write("\t".join(r) + "\n")
for r in rows: print("\t".join(r))
print("overall PASS:", sum(r[12] == "PASS" for r in rows), "/", len(rows))
for k, i in [("rest_decision", 7), ("must_mention", 8), ("must_not_say", 9), ("bad_activity", 10), ("json_checks", 11)]:
    print(k, sum(r[i] == "PASS" for r in rows), "/", sum(r[i] != "n/a" for r in rows))
