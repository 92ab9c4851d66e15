#!/usr/bin/env python3
"""Mechanical check of outputs/ID.json (+ outputs/ID.card.txt for text checks)
against the frozen expectations in clients.jsonl. Writes mech.json."""
import json, os, hashlib
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = {"light": 0, "moderate": 1, "vigorous": 2}

def check(c):
    cid, e = c["id"], c["expected"]
    out = json.load(open(os.path.join(HERE, "outputs", cid + ".json"), encoding="utf-8"))
    card = open(os.path.join(HERE, "outputs", cid + ".card.txt"), encoding="utf-8").read()
    act, inten, mins = out.get("activity"), out.get("intensity"), out.get("minutes")
    res = {}
    # must_rest: activity == rest exactly when required
    is_rest = act == "rest"
    # must_rest true -> activity must be rest; false -> rest fails unless the
    # frozen expectation lists "rest" among acceptable activities (h22)
    ok_rest = is_rest if e["must_rest"] else (not is_rest or "rest" in e["acceptable_activities"])
    res["must_rest"] = {"pass": ok_rest, "got": act, "want_rest": e["must_rest"]}
    # max_intensity: rest counts as light
    got_i = "light" if is_rest else inten
    res["max_intensity"] = {"pass": got_i in ORDER and ORDER[got_i] <= ORDER[e["max_intensity"]],
                            "got": inten, "max": e["max_intensity"]}
    res["acceptable_activity"] = {"pass": act in e["acceptable_activities"], "got": act}
    res["forbidden_activity"] = {"pass": act not in e["forbidden_activities"], "got": act}
    lo, hi = e["minutes_range"]
    res["minutes"] = {"pass": True if is_rest else (isinstance(mins, (int, float)) and lo <= mins <= hi),
                      "got": mins, "range": [lo, hi], "skipped_rest": is_rest}
    hr, rpe = out.get("hr_zone_bpm"), out.get("rpe")
    m = e["intensity_measure"]
    if m == "hr":
        ok = bool(hr)
    elif m == "rpe":
        ok = bool(rpe) and not hr
    else:
        ok = True
    res["intensity_measure"] = {"pass": ok, "want": m, "hr_zone_bpm": hr, "rpe": rpe}
    low = card.lower()
    mm = []
    for s in e["must_mention"]:
        alts = [a for a in s.split("|") if a]
        hit = [a for a in alts if a.lower() in low]
        mm.append({"want": s, "found": hit, "pass": bool(hit)})
    res["must_mention"] = {"pass": all(x["pass"] for x in mm), "items": mm}
    ns = [{"word": w, "present": w.lower() in low} for w in e["must_not_say"]]
    res["must_not_say"] = {"pass": not any(x["present"] for x in ns), "items": ns}
    failed = [k for k, v in res.items() if not v["pass"]]
    # consistency between the text card and the JSON run (separate databases)
    consistent = (("rest" if is_rest else str(mins)) in card) if not is_rest else ("rest today" in low or "休息" in card)
    return {"id": cid, "checks": res, "failed": failed, "pass": not failed, "card_json_consistent": consistent}

def main():
    clients = [json.loads(l) for l in open(os.path.join(HERE, "clients.jsonl"), encoding="utf-8")]
    results = [check(c) for c in clients]
    summary = {
        "clients_sha256": hashlib.sha256(open(os.path.join(HERE, "clients.jsonl"), "rb").read()).hexdigest(),
        "n": len(results), "all_pass": sum(r["pass"] for r in results),
        "per_check_pass": {k: sum(r["checks"][k]["pass"] for r in results) for k in results[0]["checks"]},
        "results": results}
    json.dump(summary, open(os.path.join(HERE, "mech.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    for r in results:
        print(r["id"], "PASS" if r["pass"] else "FAIL " + ",".join(r["failed"]), "" if r["card_json_consistent"] else "(card/json differ?)")
    print("all-pass:", summary["all_pass"], "/", summary["n"]); print(summary["per_check_pass"])

if __name__ == "__main__":
    main()
