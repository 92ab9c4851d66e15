#!/usr/bin/env python3
"""Mechanical checks of each client's frozen expectations against outputs/ID.json and outputs/ID.card.txt.

Definitions (exact):
  rc_ok              both runs (card and --json) exited 0 and ID.json parses as JSON.
  must_rest          expected True  -> JSON activity == "rest".
                     expected False -> JSON activity != "rest", or "rest" is in acceptable_activities.
  activity_acceptable JSON activity is in acceptable_activities.
  activity_not_forbidden JSON activity is not in forbidden_activities.
  intensity_ceiling  rank(JSON intensity) <= rank(max_intensity); ranks rest=0, light=1, moderate=2,
                     vigorous=3; when activity is "rest" the rank is 0 whatever the intensity field says.
  minutes_in_range   lo <= JSON minutes <= hi (minutes null counts as 0).
  intensity_measure  "rpe": JSON rpe non-null and the card contains "RPE";
                     "hr": JSON hr_zone_bpm non-null;
                     "any": rpe or hr_zone_bpm non-null, or activity == "rest".
  mention[i]         group i of must_mention (alternatives split on '|') matches the card text:
                     - the card and the alternative are both folded Traditional -> Simplified (zhconv, zh-hans);
                     - an alternative containing any CJK character matches as a plain substring;
                     - otherwise (Latin/digits) it matches case-insensitively at word boundaries
                       (no letter/digit directly before; after it optionally s|es|ing|ed|d, then no letter/digit).
  not_say[i]         must_not_say item i must NOT occur in the card. These are template-glitch tokens, so:
                     an item with no letter/digit/CJK (e.g. "{") is a plain substring test; a Latin item
                     ("None", "null", "brisk_walk") is matched CASE-SENSITIVELY at word boundaries (so the
                     ordinary English word "none" does not count as the Python token "None").
  script_hant        only for profiles with language zh-TW or zh-HK: JSON script == "Hant" (README: Traditional card).
  pass               all checks above pass.
Writes mech.json: {id: {"checks": {name: bool}, "pass": bool, "failed": [names]}}.
"""
import json, os, re
import zhconv

E = os.path.dirname(os.path.abspath(__file__))
RANK = {"rest": 0, "light": 1, "moderate": 2, "vigorous": 3}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def fold(s):
    return zhconv.convert(s, "zh-hans")


def latin_re(alt, ci=True, inflect=True):
    suf = r"(?:s|es|ing|ed|d)?" if inflect else ""
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(alt) + suf + r"(?![A-Za-z0-9])", re.I if ci else 0)


def mentions(card_f, group):
    for alt in group.split("|"):
        alt = fold(alt.strip())
        if not alt:
            continue
        if CJK.search(alt):
            if alt in card_f:
                return True
        elif latin_re(alt).search(card_f):
            return True
    return False


def says(card_f, item):
    item = fold(item)
    if CJK.search(item) or not re.search(r"[A-Za-z0-9]", item):
        return item in card_f
    return bool(latin_re(item, ci=False, inflect=False).search(card_f))


def main():
    rcs = {}
    for line in open(os.path.join(E, "outputs", "rc.tsv")):
        i, a, b = line.split()
        rcs[i] = (int(a), int(b))
    out = {}
    for line in open(os.path.join(E, "clients.jsonl"), encoding="utf-8"):
        c = json.loads(line)
        cid, ex, prof = c["id"], c["expected"], c["profile"]
        checks = {}
        try:
            j = json.load(open(os.path.join(E, "outputs", cid + ".json"), encoding="utf-8"))
            parsed = True
        except Exception:
            j, parsed = {}, False
        card = open(os.path.join(E, "outputs", cid + ".card.txt"), encoding="utf-8").read()
        card_f = fold(card)
        checks["rc_ok"] = parsed and rcs.get(cid) == (0, 0)
        act = j.get("activity")
        if ex["must_rest"]:
            checks["must_rest"] = act == "rest"
        else:
            checks["must_rest"] = act != "rest" or "rest" in ex["acceptable_activities"]
        checks["activity_acceptable"] = act in ex["acceptable_activities"]
        checks["activity_not_forbidden"] = act not in ex["forbidden_activities"]
        r = 0 if act == "rest" else RANK.get(j.get("intensity"), 9)
        checks["intensity_ceiling"] = r <= RANK[ex["max_intensity"]]
        m = j.get("minutes") or 0
        lo, hi = ex["minutes_range"]
        checks["minutes_in_range"] = lo <= m <= hi
        meas = ex["intensity_measure"]
        if meas == "rpe":
            checks["intensity_measure"] = j.get("rpe") is not None and "RPE" in card
        elif meas == "hr":
            checks["intensity_measure"] = j.get("hr_zone_bpm") is not None
        else:
            checks["intensity_measure"] = (j.get("rpe") is not None or j.get("hr_zone_bpm") is not None or act == "rest")
        for k, g in enumerate(ex["must_mention"]):
            checks[f"mention[{k}]:{g}"] = mentions(card_f, g)
        for k, w in enumerate(ex["must_not_say"]):
            checks[f"not_say[{k}]:{w}"] = not says(card_f, w)
        if prof.get("language") in ("zh-TW", "zh-HK"):
            checks["script_hant"] = j.get("script") == "Hant"
        failed = [k for k, v in checks.items() if not v]
        out[cid] = {"checks": checks, "pass": not failed, "failed": failed,
                    "activity": act, "intensity": j.get("intensity"), "minutes": j.get("minutes")}
    json.dump(out, open(os.path.join(E, "mech.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    n = sum(v["pass"] for v in out.values())
    for cid, v in out.items():
        print(cid, "PASS" if v["pass"] else "FAIL", v["activity"], v["intensity"], v["minutes"], v["failed"])
    print(f"mechanical pass: {n}/{len(out)}")


if __name__ == "__main__":
    main()
