#!/usr/bin/env python3
"""Mechanical check of every expected field of clients.jsonl against outputs/ID.json
(the --json run) and outputs/ID.card.txt (the card run) -> mech.json.

Definitions
  activity        JSON "activity".  effective intensity = "rest" when activity == "rest"
                  (the JSON reports intensity "light" on rest cards), else JSON "intensity".
  must_rest       true  -> activity == "rest";  false -> activity != "rest".
  max_intensity   order rest < light < moderate < vigorous; pass if effective intensity <= expected.
  acceptable      pass if activity is in acceptable_activities (empty list -> pass).
  forbidden       pass if activity is not in forbidden_activities.
  minutes         JSON "minutes" (null -> 0); pass if lo <= minutes <= hi.
  intensity_measure
                  rpe : rest card, or (JSON rpe non-null and hr_zone_bpm null)
                  hr  : rest card, or hr_zone_bpm non-null
                  any : rest card, or rpe or hr_zone_bpm non-null
  must_mention    every group "a|b|c" must have one alternative found in the card text.
  must_not_say    no phrase may be found in the card text.
  "found":        both sides are folded Traditional -> Simplified (zhconv, zh-hans).
                  An alternative made only of ASCII characters is matched case-insensitively
                  at word boundaries, where a boundary means the neighbouring character is not
                  an ASCII letter or digit (so "60" matches inside "60分钟", "rest" does not
                  match "restless"). Any other alternative (Chinese) is a plain substring.
  pass            all checks above pass.
Informational (not part of pass): exit codes, stderr, card-vs-JSON agreement on activity and
minutes (the two runs are separate invocations), language/script, emergency flag.
"""
import json, re
import zhconv

E = "/tmp/expert21"
ORDER = {"rest": 0, "light": 1, "moderate": 2, "vigorous": 3}
CARD_ACT = {"跑步": "run", "游泳": "swim", "骑自行车": "cycle", "快走": "brisk_walk", "散步": "walk",
            "瑜伽": "yoga", "太极": "tai_chi", "力量训练": "strength", "室内单车": "stationary_bike",
            "椭圆机": "elliptical", "拉伸": "stretching", "running": "run", "swimming": "swim",
            "cycling": "cycle", "brisk walking": "brisk_walk", "walking": "walk", "yoga": "yoga",
            "tai chi": "tai_chi", "strength training": "strength", "stationary bike": "stationary_bike",
            "elliptical": "elliptical", "stretching": "stretching"}


def fold(s):
    return zhconv.convert(s, "zh-hans")


def found(alt, text_folded):
    alt = alt.strip()
    if all(ord(c) < 128 for c in alt):
        pat = r"(?<![A-Za-z0-9])" + re.escape(alt) + r"(?![A-Za-z0-9])"
        return re.search(pat, text_folded, re.IGNORECASE) is not None
    return fold(alt) in text_folded


def card_facts(card):
    f = fold(card)
    if "今天建议休息" in f or "Rest today." in card:
        return "rest", 0
    m = re.search(r"活动：(\S+)\s+强度：\S+\s+时间：(\d+)分钟", f)
    if m:
        return CARD_ACT.get(m.group(1), m.group(1)), int(m.group(2))
    m = re.search(r"activity: (.+?)  intensity: \S+  time: (\d+) min", card)
    if m:
        return CARD_ACT.get(m.group(1), m.group(1)), int(m.group(2))
    return None, None


results = {}
n_pass = 0
for line in open(f"{E}/clients.jsonl", encoding="utf-8"):
    c = json.loads(line)
    cid, ex = c["id"], c["expected"]
    out = json.load(open(f"{E}/outputs/{cid}.json", encoding="utf-8"))
    card = open(f"{E}/outputs/{cid}.card.txt", encoding="utf-8").read()
    cf = fold(card)
    act = out.get("activity")
    is_rest = act == "rest"
    eff = "rest" if is_rest else out.get("intensity")
    mins = out.get("minutes") or 0
    rpe, hr = out.get("rpe"), out.get("hr_zone_bpm")
    chk = {}
    chk["must_rest"] = (is_rest == ex["must_rest"], f"activity={act}")
    chk["max_intensity"] = (eff in ORDER and ORDER[eff] <= ORDER[ex["max_intensity"]],
                            f"effective intensity={eff} vs max {ex['max_intensity']}")
    acc = ex["acceptable_activities"]
    chk["acceptable_activities"] = ((not acc) or act in acc, f"activity={act}")
    chk["forbidden_activities"] = (act not in ex["forbidden_activities"], f"activity={act}")
    lo, hi = ex["minutes_range"]
    chk["minutes_range"] = (lo <= mins <= hi, f"minutes={mins} vs [{lo},{hi}]")
    m = ex["intensity_measure"]
    if is_rest:
        ok = True
    elif m == "rpe":
        ok = rpe is not None and hr is None
    elif m == "hr":
        ok = hr is not None
    else:
        ok = rpe is not None or hr is not None
    chk["intensity_measure"] = (ok, f"rpe={rpe} hr_zone_bpm={hr} wanted={m}")
    miss = [g for g in ex["must_mention"] if not any(found(a, cf) for a in g.split("|"))]
    chk["must_mention"] = (not miss, "missing: " + "; ".join(miss) if miss else "all groups found")
    bad = [p for p in ex["must_not_say"] if found(p, cf)]
    chk["must_not_say"] = (not bad, "said: " + "; ".join(bad) if bad else "none said")
    passed = all(v[0] for v in chk.values())
    n_pass += passed
    ca, cm = card_facts(card)
    info = {
        "rc_card": open(f"{E}/outputs/{cid}.card.rc").read().strip(),
        "rc_json": open(f"{E}/outputs/{cid}.json.rc").read().strip(),
        "stderr_bytes": len(open(f"{E}/outputs/{cid}.card.stderr").read()) + len(open(f"{E}/outputs/{cid}.json.stderr").read()),
        "card_activity": ca, "card_minutes": cm,
        "card_json_agree": (ca == act and cm == mins),
        "language": out.get("language"), "script": out.get("script"),
        "emergency": out.get("safety", {}).get("emergency"),
        "notes_conditions": out.get("notes_conditions"), "notes_unsure": out.get("notes_unsure"),
    }
    results[cid] = {"pass": passed,
                    "checks": {k: {"pass": v[0], "detail": v[1]} for k, v in chk.items()},
                    "failed": [k for k, v in chk.items() if not v[0]], "info": info}

summary = {"n": len(results), "passed": n_pass,
           "per_check_pass": {k: sum(r["checks"][k]["pass"] for r in results.values())
                              for k in next(iter(results.values()))["checks"]}}
json.dump({"summary": summary, "clients": results}, open(f"{E}/mech.json", "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
print(json.dumps(summary, ensure_ascii=False))
for cid, r in results.items():
    print(cid, "PASS" if r["pass"] else "FAIL", r["failed"],
          "" if r["info"]["card_json_agree"] else f"CARD/JSON DIFFER {r['info']['card_activity']},{r['info']['card_minutes']}",
          {k: r["checks"][k]["detail"] for k in r["failed"]})
