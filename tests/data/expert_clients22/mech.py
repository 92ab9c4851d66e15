#!/usr/bin/env python3
"""Mechanical check of clients.jsonl 'expected' against outputs/ID.json (the
--json run) and outputs/ID.card.txt (the card run). Writes mech.json.

Definitions (one check per expected field; a client passes when all pass):
  must_rest        true  -> json.activity == "rest"; false -> json.activity != "rest"
  max_intensity    effective intensity = "rest" when json.activity == "rest" (the JSON
                   reports intensity "light" on rest cards), else json.intensity;
                   pass when rank(effective) <= rank(max), rank rest<light<moderate<vigorous
  acceptable_activities  json.activity in the list (an empty list passes)
  forbidden_activities   json.activity not in the list
  minutes_range    lo <= json.minutes <= hi (null counts as 0)
  intensity_measure "rpe": json.rpe is not null AND json.hr_zone_bpm is null
                    "hr":  json.hr_zone_bpm is not null
                    "any": json.rpe or json.hr_zone_bpm is not null, or activity is rest
  must_mention     every group "a|b|c" has at least one alternative in the card text
  must_not_say     no phrase occurs in the card text
  script           (extra field, Traditional clients only) json.script == expected
Text matching: an alternative containing a CJK character is matched as a plain
substring after folding both the card and the alternative Traditional -> Simplified
(zhconv 'zh-hans'); any other alternative is matched case-insensitively as a regex-escaped
literal with ASCII word boundaries: (?<![A-Za-z0-9])alt(?![A-Za-z0-9]).
Informational (not part of pass): 'card_json_same_headline' compares the card's
"Today:/今天：" headline line with json.advice (the two runs are separate processes).
"""
import json, re, os
import zhconv

E = "/tmp/expert22"
RANK = {"rest": 0, "light": 1, "moderate": 2, "vigorous": 3}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def fold(s):
    return zhconv.convert(s, "zh-hans")


def found(alt, card, card_folded):
    if CJK.search(alt):
        return fold(alt) in card_folded
    return re.search(r"(?<![A-Za-z0-9])" + re.escape(alt) + r"(?![A-Za-z0-9])", card, re.I) is not None


def check(c):
    e = c["expected"]
    i = c["id"]
    j = json.load(open(f"{E}/outputs/{i}.json", encoding="utf-8"))
    card = open(f"{E}/outputs/{i}.card.txt", encoding="utf-8").read()
    cf = fold(card)
    act = j.get("activity")
    eff = "rest" if act == "rest" else j.get("intensity")
    mins = j.get("minutes") or 0
    r = {}
    r["must_rest"] = (act == "rest") == e["must_rest"]
    r["max_intensity"] = eff in RANK and RANK[eff] <= RANK[e["max_intensity"]]
    r["acceptable_activities"] = (not e["acceptable_activities"]) or act in e["acceptable_activities"]
    r["forbidden_activities"] = act not in e["forbidden_activities"]
    lo, hi = e["minutes_range"]
    r["minutes_range"] = lo <= mins <= hi
    m = e["intensity_measure"]
    if m == "rpe":
        r["intensity_measure"] = j.get("rpe") is not None and j.get("hr_zone_bpm") is None
    elif m == "hr":
        r["intensity_measure"] = j.get("hr_zone_bpm") is not None
    else:
        r["intensity_measure"] = act == "rest" or j.get("rpe") is not None or j.get("hr_zone_bpm") is not None
    missing = [g for g in e["must_mention"] if not any(found(a, card, cf) for a in g.split("|"))]
    r["must_mention"] = not missing
    said = [p for p in e["must_not_say"] if found(p, card, cf)]
    r["must_not_say"] = not said
    if "script" in e:
        r["script"] = j.get("script") == e["script"]
    head = next((l for l in card.splitlines() if l.startswith("今天") or l.startswith("Today") or l.startswith("Rest today")), "")
    return {"id": i, "pass": all(r.values()), "checks": r,
            "failed": [k for k, v in r.items() if not v],
            "observed": {"activity": act, "intensity": j.get("intensity"), "minutes": j.get("minutes"),
                         "rpe": j.get("rpe"), "hr_zone_bpm": j.get("hr_zone_bpm"), "script": j.get("script")},
            "missing_mentions": missing, "said_forbidden": said,
            "card_json_same_headline": head.strip() == (j.get("advice") or "").strip() or (act == "rest" and head.strip() in ("今天建议休息。", "Rest today."))}


def main():
    res = [check(json.loads(l)) for l in open(f"{E}/clients.jsonl", encoding="utf-8")]
    per_field = {}
    for x in res:
        for k, v in x["checks"].items():
            per_field.setdefault(k, [0, 0])
            per_field[k][0] += v
            per_field[k][1] += 1
    out = {"clients_passed": sum(x["pass"] for x in res), "clients": len(res),
           "per_field_pass": {k: f"{a}/{b}" for k, (a, b) in per_field.items()},
           "results": res}
    json.dump(out, open(f"{E}/mech.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"passed {out['clients_passed']}/{out['clients']}")
    for k, v in out["per_field_pass"].items():
        print(f"  {k}: {v}")
    for x in res:
        print(x["id"], "PASS" if x["pass"] else "FAIL " + ",".join(x["failed"]), x["observed"]["activity"],
              x["observed"]["intensity"], x["observed"]["minutes"], x["missing_mentions"] or "", x["said_forbidden"] or "",
              "" if x["card_json_same_headline"] else "HEADLINE-DIFFERS")


if __name__ == "__main__":
    main()
