#!/usr/bin/env python3
"""Mechanical checks of each client's frozen expectations against outputs/ID.json and outputs/ID.card.txt.

Definitions (exact):
  rest            must_rest True  -> JSON activity == "rest";  must_rest False -> JSON activity != "rest".
  intensity       JSON intensity rank (light<moderate<vigorous) <= expected max_intensity.
                  For a rest card this check passes iff must_rest is True (a wrongful rest is
                  already failed by 'rest', so here it is marked pass=None/'n/a' and not counted).
  activity_ok     JSON activity in expected acceptable_activities.
  not_forbidden   JSON activity not in expected forbidden_activities.
  minutes         lo <= JSON minutes <= hi (rest cards: minutes 0 or null satisfies [0,0]).
  measure         'rpe': JSON hr_zone_bpm is null and rpe is present (rest card: pass);
                  'hr': hr_zone_bpm non-null; 'any': pass.
  must_mention    for every group string, at least one '|'-separated alternative occurs in the CARD
                  TEXT (what the client reads). CJK alternatives: card and alternative are both folded
                  Traditional->Simplified (hanziconv) and matched as substrings. Latin alternatives:
                  case-insensitive, word boundary at both ends (\\b...\\b); '-' and digits allowed inside.
  must_not_say    none of the phrases occurs in the card text (same matching rules).
  language        zh clients (h01-h12): JSON language == 'zh'; profile language zh-TW/zh-HK -> JSON
                  script == 'Hant'; en clients: JSON language == 'en'.
  pass            all of the above that apply are True.
Informational (not in pass): card_mentions_minutes (the card text contains the JSON minutes number).
"""
import json, re, sys
sys.path.insert(0, "/tmp/expert26/pylib")
from hanziconv import HanziConv

E = "/tmp/expert26"
RANK = {"light": 0, "moderate": 1, "vigorous": 2}
CJK = re.compile(r"[\u3400-\u9fff]")

def fold(s):
    return HanziConv.toSimplified(s)

def has(text, alt):
    alt = alt.strip()
    if not alt:
        return False
    if CJK.search(alt):
        return fold(alt) in fold(text)
    pat = r"(?<![A-Za-z0-9])" + re.escape(alt) + r"(?![A-Za-z0-9])"
    return re.search(pat, text, flags=re.IGNORECASE) is not None

out = {}
npass = 0
for line in open(f"{E}/clients.jsonl", encoding="utf-8"):
    c = json.loads(line)
    cid, ex = c["id"], c["expected"]
    j = json.load(open(f"{E}/outputs/{cid}.json", encoding="utf-8"))
    card = open(f"{E}/outputs/{cid}.card.txt", encoding="utf-8").read()
    act, inten, mins = j.get("activity"), j.get("intensity"), j.get("minutes")
    checks = {}
    checks["rest"] = (act == "rest") if ex["must_rest"] else (act != "rest")
    if act == "rest":
        checks["intensity"] = True if ex["must_rest"] else None
    else:
        checks["intensity"] = RANK.get(inten, 9) <= RANK[ex["max_intensity"]]
    checks["activity_ok"] = act in ex["acceptable_activities"]
    checks["not_forbidden"] = act not in ex["forbidden_activities"]
    lo, hi = ex["minutes_range"]
    m = 0 if mins is None else mins
    checks["minutes"] = lo <= m <= hi
    meas = ex["intensity_measure"]
    if act == "rest" or meas == "any":
        checks["measure"] = True
    elif meas == "rpe":
        checks["measure"] = j.get("hr_zone_bpm") is None and j.get("rpe") is not None
    else:
        checks["measure"] = j.get("hr_zone_bpm") is not None
    missing = [g for g in ex["must_mention"] if not any(has(card, a) for a in g.split("|"))]
    checks["must_mention"] = not missing
    said = [p for p in ex["must_not_say"] if has(card, p)]
    checks["must_not_say"] = not said
    zh = int(cid[1:]) <= 12
    lang_ok = j.get("language") == ("zh" if zh else "en")
    if c["profile"].get("language") in ("zh-TW", "zh-HK"):
        lang_ok = lang_ok and j.get("script") == "Hant"
    checks["language"] = lang_ok
    ok = all(v for v in checks.values() if v is not None)
    npass += ok
    out[cid] = {"activity": act, "intensity": inten, "minutes": mins,
                "checks": checks, "missing_mentions": missing, "said_forbidden": said,
                "card_mentions_minutes": str(m) in card, "pass": ok}
json.dump({"clients": out, "pass_count": npass, "n": len(out)},
          open(f"{E}/mech.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
for cid, r in out.items():
    bad = [k for k, v in r["checks"].items() if v is False]
    print(cid, "PASS" if r["pass"] else "FAIL", r["activity"], r["intensity"], r["minutes"], bad, r["missing_mentions"], r["said_forbidden"])
print(f"mechanical pass {npass}/{len(out)}")
