#!/usr/bin/env python3
"""Mechanical check of each client's `expected` against outputs/ID.json and outputs/ID.card.txt.

Checks (all must pass for a client to pass):
  must_rest        true -> JSON activity == "rest"; false -> activity != "rest" unless "rest" is acceptable
  max_intensity    JSON intensity rank <= expected (skipped when the activity is rest)
  acceptable       JSON activity in acceptable_activities
  forbidden        JSON activity not in forbidden_activities
  minutes_range    lo <= JSON minutes <= hi
  intensity_measure "rpe": hr_zone_bpm null (and rpe given unless rest); "hr": hr_zone_bpm given; "any": pass
  must_mention     each "a|b|c" group: some alternative appears in the card text
  must_not_say     no phrase appears in the card text
Text matching: Latin alternatives case-insensitive at word boundaries; Chinese as substrings;
Traditional and Simplified are folded to one script (table below) on both sides.
Also reported (not scored): card/JSON agreement on the advice line, stderr, exit codes.
"""
import json
import re

# Traditional -> Simplified for every character that differs in the expected phrases
T2S = dict(zip(
    "醫診產發燒熱體溫腫緒難過傷復補點餅乾內場氣擔運動適鐘繩臥勞凱爾裡顯週時間騎車強說話",
    "医诊产发烧热体温肿绪难过伤复补点饼干内场气担运动适钟绳卧劳凯尔里显周时间骑车强说话"))

RANK = {"rest": 0, "light": 1, "moderate": 2, "vigorous": 3}


def fold(s):
    return "".join(T2S.get(ch, ch) for ch in s)


def has_latin(a):
    return re.search(r"[A-Za-z0-9]", a) is not None and not re.search(r"[\u4e00-\u9fff]", a)


def found(alt, text):
    alt = alt.strip()
    if not alt:
        return False
    if has_latin(alt):
        return re.search(r"(?<![A-Za-z0-9])" + re.escape(alt) + r"(?![A-Za-z0-9])", text, re.I) is not None
    return fold(alt) in fold(text)


def check(c):
    e = c["expected"]
    cid = c["id"]
    j = json.load(open(f"outputs/{cid}.json", encoding="utf-8"))
    card = open(f"outputs/{cid}.card.txt", encoding="utf-8").read()
    act, inten, mins = j["activity"], j["intensity"], j["minutes"]
    r = {}
    if e["must_rest"]:
        r["must_rest"] = act == "rest"
    else:
        r["must_rest"] = act != "rest" or "rest" in e["acceptable_activities"]
    r["max_intensity"] = act == "rest" or RANK.get(inten, 9) <= RANK[e["max_intensity"]]
    r["acceptable"] = act in e["acceptable_activities"]
    r["forbidden"] = act not in e["forbidden_activities"]
    lo, hi = e["minutes_range"]
    r["minutes_range"] = (mins is not None) and lo <= mins <= hi
    im = e["intensity_measure"]
    if im == "rpe":
        r["intensity_measure"] = j.get("hr_zone_bpm") is None and (act == "rest" or j.get("rpe") is not None)
    elif im == "hr":
        r["intensity_measure"] = j.get("hr_zone_bpm") is not None
    else:
        r["intensity_measure"] = True
    mm = []
    for group in e["must_mention"]:
        alts = group.split("|")
        hit = [a for a in alts if found(a, card)]
        mm.append({"group": group, "ok": bool(hit), "hit": hit[:3]})
    r["must_mention"] = all(x["ok"] for x in mm)
    ns = [p for p in e["must_not_say"] if found(p, card)]
    r["must_not_say"] = not ns
    info = {
        "activity": act, "intensity": inten, "minutes": mins,
        "hr_zone_bpm": j.get("hr_zone_bpm"), "rpe": j.get("rpe"),
        "emergency": j.get("safety", {}).get("emergency"),
        "script": j.get("script"), "language": j.get("language"),
        "card_json_agree": j.get("advice", "") in card,
        "card_rc": open(f"outputs/{cid}.card.rc").read().strip(),
        "json_rc": open(f"outputs/{cid}.json.rc").read().strip(),
        "stderr_bytes": len(open(f"outputs/{cid}.card.stderr").read()) + len(open(f"outputs/{cid}.json.stderr").read()),
    }
    failed = [k for k, v in r.items() if not v]
    return {"id": cid, "pass": not failed, "failed": failed, "checks": r,
            "must_mention_detail": mm, "must_not_say_hits": ns, "observed": info}


def main():
    clients = [json.loads(l) for l in open("clients.jsonl", encoding="utf-8")]
    res = [check(c) for c in clients]
    per_check = {}
    for x in res:
        for k, v in x["checks"].items():
            per_check.setdefault(k, 0)
            per_check[k] += int(v)
    out = {"n": len(res), "passed": sum(x["pass"] for x in res),
           "per_check_passes": per_check, "results": res}
    json.dump(out, open("mech.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    for x in res:
        o = x["observed"]
        print(x["id"], "PASS" if x["pass"] else "FAIL", ",".join(x["failed"]),
              f"[{o['activity']} {o['intensity']} {o['minutes']}]",
              "" if o["card_json_agree"] else "CARD/JSON DIFFER")
    print("passed", out["passed"], "of", out["n"])
    print(per_check)


if __name__ == "__main__":
    main()
