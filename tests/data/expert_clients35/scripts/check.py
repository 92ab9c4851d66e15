#!/usr/bin/env python3
"""Mechanical checks of motion-advisor outputs against clients.jsonl -> mechanical_checks.tsv"""
import json, os
B = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def has(text, spec):
    low = text.lower()
    return any(alt.strip().lower() in low for alt in spec.split("|") if alt.strip())

def get(d, path):
    for k in path.split("."):
        if not isinstance(d, dict) or k not in d:
            return "<missing>"
        d = d[k]
    return d

rows = []
for line in open(os.path.join(B, "clients.jsonl"), encoding="utf-8"):
    c = json.loads(line)
    cid = c["id"]
    card = open(os.path.join(B, "outputs", cid + ".txt"), encoding="utf-8").read()
    js = json.load(open(os.path.join(B, "outputs", cid + ".json"), encoding="utf-8"))
    act = js.get("activity")
    rested = act == "rest"
    if c["must_rest"] and not rested:
        rest = "WRONGLY_ALLOWED"
    elif rested and not c["rest_ok"]:
        rest = "WRONGLY_RESTED"
    else:
        rest = "ok"
    missing = [m for m in c["must_mention"] if not has(card, m)]
    said = [m for m in c["must_not_say"] if has(card, m)]
    bad = act if act in c["bad_activities"] and not (c["must_rest"] and rested) else ""
    jfail = [f"{k}={get(js, k)!r}(want {v!r})" for k, v in c["json_checks"].items() if get(js, k) != v]
    ok = rest == "ok" and not missing and not said and not bad and not jfail
    lang = "zh" if int(cid[1:]) <= 12 else "en"
    rows.append([cid, lang, str(c["must_rest"]).lower(), str(c["rest_ok"]).lower(), act, rest,
                 ";".join(missing) or "-", ";".join(said) or "-", bad or "-", ";".join(jfail) or "-",
                 "PASS" if ok else "FAIL"])

hdr = ["id", "lang", "must_rest", "rest_ok", "activity", "rest_decision", "must_mention_missing",
       "must_not_say_found", "bad_activity", "json_check_fail", "overall"]
with open(os.path.join(B, "mechanical_checks.tsv"), "w", encoding="utf-8") as f:
    f.write("\t".join(hdr) + "\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
n = sum(r[-1] == "PASS" for r in rows)
print(f"{n}/{len(rows)} pass")
for r in rows:
    print("\t".join(r))
