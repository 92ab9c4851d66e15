#!/usr/bin/env python3
"""Mechanical checks of each client's frozen expectations against the advisor output.

Inputs: clients.jsonl (frozen), outputs/ID.json (recommend --json), outputs/ID.card.txt (card).
Output: mech.json  {id: {"checks": {name: {"pass": bool, "detail": str}}, "pass": bool}}

Definitions (exact):
  rest            must_rest -> json.activity == "rest".
                  not must_rest -> json.activity != "rest", unless "rest" is in acceptable_activities.
  max_intensity   order light < moderate < vigorous; json.intensity <= expected.max_intensity
                  (a rest card passes).
  acceptable      json.activity in acceptable_activities.
  not_forbidden   json.activity not in forbidden_activities.
  minutes         lo <= json.minutes <= hi (null minutes counted as 0).
  measure         "rpe": json.rpe non-null AND json.hr_zone_bpm null (rest card passes);
                  "hr": json.hr_zone_bpm non-null; "any": rest card, or json.rpe or json.hr_zone_bpm non-null.
  must_mention    for each group string "a|b|c": at least one alternative occurs in the CARD TEXT
                  (what the client reads; outputs/ID.card.txt).
  must_not_say    no listed string occurs in the card text.
  language        h01-h12 -> json.language == "zh"; h13-h24 -> "en"; and for clients whose profile has
                  language zh-TW/zh-HK/zh-Hant (h03, h04) or no tag with Traditional notes (h10)
                  json.script == "Hant", other Chinese clients "Hans".
Matching: the card text and each alternative are folded Traditional -> Simplified with zhconv
("zh-cn") before matching. An alternative containing any CJK character is matched as a plain
substring. Any other (Latin/digits) alternative is matched case-insensitively with ASCII word
boundaries: (?<![A-Za-z0-9]) alt (?![A-Za-z0-9]) (so "120" matches in "拨打120").
"""
import json, re, os
import zhconv

E = os.path.dirname(os.path.abspath(__file__))
ORDER = {"light": 0, "moderate": 1, "vigorous": 2}
HANT = {"h03", "h04", "h10"}


def fold(s):
    return zhconv.convert(s, "zh-cn")


def has_cjk(s):
    return any(0x2E80 <= ord(ch) <= 0x9FFF or 0xF900 <= ord(ch) <= 0xFAFF for ch in s)


def found(alt, text_folded):
    alt = alt.strip()
    if has_cjk(alt):
        return fold(alt) in text_folded
    return re.search(r"(?<![A-Za-z0-9])" + re.escape(alt) + r"(?![A-Za-z0-9])", text_folded, re.I) is not None


def main():
    res = {}
    for line in open(os.path.join(E, "clients.jsonl"), encoding="utf-8"):
        c = json.loads(line)
        cid, x = c["id"], c["expected"]
        j = json.load(open(os.path.join(E, "outputs", cid + ".json"), encoding="utf-8"))
        card = open(os.path.join(E, "outputs", cid + ".card.txt"), encoding="utf-8").read()
        tf = fold(card)
        act, inten = j.get("activity"), j.get("intensity")
        mins = j.get("minutes") or 0
        is_rest = act == "rest"
        ch = {}
        if x["must_rest"]:
            ch["rest"] = (is_rest, f"activity={act}, must rest")
        else:
            ch["rest"] = ((not is_rest) or "rest" in x["acceptable_activities"], f"activity={act}")
        ch["max_intensity"] = (is_rest or ORDER.get(inten, 9) <= ORDER[x["max_intensity"]],
                               f"intensity={inten}, max={x['max_intensity']}")
        ch["acceptable"] = (act in x["acceptable_activities"], f"{act} in {x['acceptable_activities']}")
        ch["not_forbidden"] = (act not in x["forbidden_activities"], f"{act} vs forbidden {x['forbidden_activities']}")
        lo, hi = x["minutes_range"]
        ch["minutes"] = (lo <= mins <= hi, f"minutes={mins}, range=[{lo},{hi}]")
        m = x["intensity_measure"]
        rpe, hr = j.get("rpe"), j.get("hr_zone_bpm")
        if m == "rpe":
            ok = is_rest or (rpe is not None and hr is None)
        elif m == "hr":
            ok = hr is not None
        else:
            ok = is_rest or rpe is not None or hr is not None
        ch["measure"] = (ok, f"measure={m}, rpe={rpe}, hr={hr}")
        for g in x["must_mention"]:
            alts = [a for a in g.split("|") if a.strip()]
            hit = [a for a in alts if found(a, tf)]
            ch["mention:" + g] = (bool(hit), f"found {hit}" if hit else "none found")
        for s in x["must_not_say"]:
            ch["not_say:" + s] = (not found(s, tf), "present" if found(s, tf) else "absent")
        want_lang = "zh" if int(cid[1:]) <= 12 else "en"
        lang_ok = j.get("language") == want_lang
        if want_lang == "zh":
            lang_ok = lang_ok and j.get("script") == ("Hant" if cid in HANT else "Hans")
        ch["language"] = (lang_ok, f"language={j.get('language')}, script={j.get('script')}")
        checks = {k: {"pass": bool(v[0]), "detail": v[1]} for k, v in ch.items()}
        res[cid] = {"checks": checks, "pass": all(v["pass"] for v in checks.values())}
    json.dump(res, open(os.path.join(E, "mech.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    n = sum(r["pass"] for r in res.values())
    print(f"mechanical pass: {n}/{len(res)}")
    for cid, r in res.items():
        fails = [f"{k} ({v['detail']})" for k, v in r["checks"].items() if not v["pass"]]
        if fails:
            print(cid, "FAIL:", "; ".join(fails))


if __name__ == "__main__":
    main()
