#!/usr/bin/env python3
"""Mechanical checks of motion-advisor outputs against the frozen expectations in clients.jsonl.

Checks (per client; a check is PASS, FAIL or NA):
  rc            both runs (card, --json) exited 0 and the JSON parses
  rest          must_rest -> JSON activity == 'rest'; not must_rest -> activity != 'rest' unless 'rest' is acceptable
  acceptable    JSON activity is in the frozen acceptable list
  forbidden     JSON activity is not in the frozen forbidden list
  ceiling       JSON intensity (rest < light < moderate < vigorous; activity 'rest' counts as rest) <= frozen ceiling,
                and the activity's MET band (light <3, moderate 3-5.9, vigorous >=6; DOMAIN.md) also <= ceiling
  minutes       JSON minutes within the frozen [lo, hi] (rest: minutes 0 or null)
  mention       every must_mention group has at least one alternative in the card (case-insensitive substring)
  not_say       no must_not_say entry in the card (substring, or 're:' regex)
  language      English clients -> JSON language 'en' and card has no CJK; Chinese -> JSON script matches (Hans/Hant)
  emergency     Chinese card that tells the reader to call emergency services (急救) must give the expected
                number for its tag (120 / 119 / 999); no other of those numbers after 拨打/撥打. NA otherwise.
                (Trigger = 急救电话/急救電話 or 拨打/撥打; first version used bare 急救, which also matched
                '急救吸入剂' (rescue inhaler) - fixed, see README deviations.)
  kcal          kcal == MET x 3.5 x kg / 200 x minutes within 10% or 5 kcal (DOMAIN.md); NA without weight/kcal
  hr_zone       if hr_zone_bpm given: it must overlap the Karvonen band for the stated intensity
                (light 30-39, moderate 40-59, vigorous 60-84 %HRR) using HRmax 220-age or Tanaka 208-0.7 age,
                +-5 bpm, and its top must not exceed HRmax (Tanaka or 220-age, whichever is higher); NA otherwise
Writes mech.json and prints a summary.
"""
import json, re, os

E = "/tmp/expert28"
LEVEL = {"rest": 0, "light": 1, "moderate": 2, "vigorous": 3}
rc = {}
for line in open(f"{E}/outputs/rc.tsv"):
    p = line.rstrip("\n").split("\t")
    if p[0].startswith("h"):
        rc[p[0]] = (int(p[1]), int(p[2]))

def met_band(m):
    if m is None: return None
    return 1 if m < 3.0 else (2 if m < 6.0 else 3)

def has(card, s):
    if s.startswith("re:"):
        return re.search(s[3:], card) is not None
    return s.lower() in card.lower()

results = {}
for line in open(f"{E}/clients.jsonl", encoding="utf-8"):
    c = json.loads(line); cid = c["id"]; ex = c["expect"]; prof = c["profile"]
    r = {}
    card = open(f"{E}/outputs/{cid}.card.txt", encoding="utf-8").read()
    try:
        j = json.load(open(f"{E}/outputs/{cid}.json", encoding="utf-8")); ok = True
    except Exception:
        j = {}; ok = False
    r["rc"] = "PASS" if rc.get(cid) == (0, 0) and ok else "FAIL"
    act = j.get("activity")
    if ex["must_rest"]:
        r["rest"] = "PASS" if act == "rest" else "FAIL"
    else:
        r["rest"] = "PASS" if act != "rest" or "rest" in ex["acceptable"] else "FAIL"
    r["acceptable"] = "PASS" if act in ex["acceptable"] else "FAIL"
    r["forbidden"] = "FAIL" if act in ex["forbidden"] else "PASS"
    lvl = 0 if act == "rest" else LEVEL.get(j.get("intensity"), 3)
    mb = 0 if act == "rest" else met_band(j.get("met"))
    ceil = LEVEL[ex["intensity_ceiling"]]
    r["ceiling"] = "PASS" if lvl <= ceil and (mb is None or mb <= ceil) else "FAIL"
    mins = j.get("minutes")
    lo, hi = ex["minutes"]
    if act == "rest":
        r["minutes"] = "PASS" if (mins in (0, None)) and lo == 0 else ("PASS" if lo == 0 else "FAIL")
    else:
        r["minutes"] = "PASS" if mins is not None and lo <= mins <= hi else "FAIL"
    missing = [g for g in ex["must_mention"] if not any(has(card, a) for a in g)]
    r["mention"] = "PASS" if not missing else "FAIL"
    said = [s for s in ex["must_not_say"] if has(card, s)]
    r["not_say"] = "PASS" if not said else "FAIL"
    cjk = re.search(r"[\u4e00-\u9fff]", card) is not None
    if ex["lang"] == "en":
        r["language"] = "PASS" if j.get("language") == "en" and not cjk else "FAIL"
    else:
        r["language"] = "PASS" if j.get("language") == "zh" and j.get("script") == ex["lang"] and cjk else "FAIL"
    if ex["emergency"] and re.search(r"急救(电话|電話)|[拨撥]打", card):
        wrong = [n for n in ("120", "119", "999") if n != ex["emergency"] and re.search(r"[拨撥]打[^，。；]{0,8}" + n, card)]
        r["emergency"] = "PASS" if ex["emergency"] in card and not wrong else "FAIL"
    else:
        r["emergency"] = "NA"
    kg = prof.get("weight_kg") or (prof.get("weight_lb") * 0.45359237 if prof.get("weight_lb") else None)
    if kg and j.get("kcal") is not None and j.get("met") is not None and mins:
        exp = j["met"] * 3.5 * kg / 200 * mins
        r["kcal"] = "PASS" if abs(j["kcal"] - exp) <= max(5, 0.10 * exp) else "FAIL"
        r["_kcal_expected"] = round(exp)
    else:
        r["kcal"] = "NA"
    z = j.get("hr_zone_bpm")
    if z:
        zl, zh = (z[0], z[1]) if isinstance(z, list) else (z.get("low"), z.get("high"))
        age = prof["age"]; hrr = prof.get("resting_hr", 70)
        band = {"light": (.30, .39), "moderate": (.40, .59), "vigorous": (.60, .84)}.get(j.get("intensity"), (.30, .84))
        okz = False
        for hm in (220 - age, 208 - 0.7 * age):
            blo = hrr + band[0] * (hm - hrr) - 5; bhi = hrr + band[1] * (hm - hrr) + 5
            if zl <= bhi and zh >= blo:
                okz = True
        if zh > max(220 - age, 208 - 0.7 * age):
            okz = False
        r["hr_zone"] = "PASS" if okz else "FAIL"
    else:
        r["hr_zone"] = "NA"
    r["_activity"] = act; r["_intensity"] = j.get("intensity"); r["_minutes"] = mins
    r["_missing_mentions"] = missing; r["_said"] = said
    results[cid] = r

checks = ["rc", "rest", "acceptable", "forbidden", "ceiling", "minutes", "mention", "not_say", "language",
          "emergency", "kcal", "hr_zone"]
summary = {k: {"PASS": 0, "FAIL": 0, "NA": 0} for k in checks}
fails = []
for cid, r in results.items():
    for k in checks:
        summary[k][r[k]] += 1
        if r[k] == "FAIL":
            fails.append(f"{cid}:{k}")
allpass = [cid for cid, r in results.items() if all(r[k] != "FAIL" for k in checks)]
tot_pass = sum(v["PASS"] for v in summary.values()); tot_app = sum(v["PASS"] + v["FAIL"] for v in summary.values())
out = {"checks": checks, "summary": summary, "applicable_pass": tot_pass, "applicable_total": tot_app,
       "clients_all_pass": allpass, "failures": fails, "per_client": results}
json.dump(out, open(f"{E}/mech.json", "w"), ensure_ascii=False, indent=1)
for k in checks:
    print(f"{k:11s} {summary[k]}")
print("applicable checks passed:", tot_pass, "/", tot_app)
print("clients passing every check:", len(allpass), "/ 24")
print("failures:", fails)
for cid in sorted(results):
    r = results[cid]
    if r["_missing_mentions"] or r["_said"]:
        print(cid, "missing", r["_missing_mentions"], "said", r["_said"])
