#!/usr/bin/env python3
"""Mechanical checks of every frozen expectation -> mechanical_checks.tsv.

Targets: must_rest / rest_ok / bad_activities / json_checks are checked on the
--json output (hNN.json.json, field `activity` etc.); must_mention and
must_not_say regexes on today's card text (hNN.card.txt), as frozen.
"""
import json, re

ROOT = "/tmp/panel40"
MISSING = object()


def get(d, path):
    for k in path.split("."):
        if not isinstance(d, dict) or k not in d:
            return MISSING
        d = d[k]
    return d


def snippet(text, m):
    s = max(0, m.start() - 25)
    return text[s:m.end() + 25].replace("\n", " ").replace("\t", " ")


rows = []
for line in open(f"{ROOT}/clients.jsonl", encoding="utf-8"):
    c = json.loads(line)
    cid = c["id"]
    card = open(f"{ROOT}/outputs/{cid}.card.txt", encoding="utf-8").read()
    js = json.load(open(f"{ROOT}/outputs/{cid}.json.json", encoding="utf-8"))
    act = js.get("activity")

    def add(check, expected, ok, reason):
        rows.append((cid, check, expected, "met" if ok else "NOT met", reason))

    if c["must_rest"]:
        add("must_rest", "activity == rest", act == "rest", f"activity={act}")
    if not c["rest_ok"]:
        add("rest_not_ok", "activity != rest", act != "rest", f"activity={act}")
    for p in c["must_mention"]:
        m = re.search(p, card)
        add("must_mention", p, bool(m), f"found: …{snippet(card, m)}…" if m else "pattern absent from card")
    for p in c["must_not_say"]:
        m = re.search(p, card)
        add("must_not_say", p, not m, f"card says: …{snippet(card, m)}…" if m else "absent, as required")
    if c["bad_activities"]:
        add("not_bad_activity", "activity not in " + ",".join(c["bad_activities"]),
            act not in c["bad_activities"], f"activity={act}")
    for path, exp in c["json_checks"].items():
        val = get(js, path)
        shown = "MISSING" if val is MISSING else json.dumps(val, ensure_ascii=False)
        if isinstance(exp, dict):
            if "in" in exp:
                ok = val in exp["in"]
            elif "not_in" in exp:
                ok = val is not MISSING and val not in exp["not_in"]
            elif "max" in exp:
                ok = isinstance(val, (int, float)) and val <= exp["max"]
            elif "min" in exp:
                ok = isinstance(val, (int, float)) and val >= exp["min"]
            else:
                ok = False
        else:
            ok = val is not MISSING and val == exp
        add("json:" + path, json.dumps(exp, ensure_ascii=False), ok, f"{path}={shown}")

with open(f"{ROOT}/mechanical_checks.tsv", "w", encoding="utf-8") as f:
    f.write("id\tcheck\texpected\tresult\treason\n")
    for r in rows:
        f.write("\t".join(str(x) for x in r) + "\n")
met = sum(r[3] == "met" for r in rows)
print(f"{met}/{len(rows)} mechanical checks met")
for r in rows:
    if r[3] != "met":
        print("\t".join(r))
