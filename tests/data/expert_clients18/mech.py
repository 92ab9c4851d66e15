#!/usr/bin/env python3
"""Mechanical check of each client's frozen `expected` against outputs/ID.json and outputs/ID.card.txt.
must_mention / must_not_say: each entry is 'a|b|c' alternatives; Latin/digit alternatives match at
word boundaries (ASCII letters/digits; all-caps acronyms of <=3 letters case-sensitive, others
case-insensitive); Chinese alternatives match as substrings after folding Traditional to Simplified."""
import json, re

T2S = dict(zip(
    "醫診補溫負壓減鬆藥噴霧熱緒憂鬱內氣點進東餅乾靜脈復勞運動議強時間覺說話輕歲壓週練關節傷腳膝蓋衝擊".replace(" ", ""),
    "医诊补温负压减松药喷雾热绪忧郁内气点进东饼干静脉复劳运动议强时间觉说话轻岁压周练关节伤脚膝盖冲击".replace(" ", "")))
T2S.update({"喫": "吃", "濕": "湿", "議": "议", "醫": "医", "暈": "晕", "頭": "头", "緩": "缓", "療": "疗",
            "適": "适", "邊": "边", "碼": "码", "臺": "台", "這": "这", "體": "体", "衛": "卫"})

def fold(s):
    return "".join(T2S.get(ch, ch) for ch in s)

def is_cjk(s):
    return any("\u3400" <= ch <= "\u9fff" for ch in s)

def hit(alt, text):
    if is_cjk(alt):
        return fold(alt) in fold(text)
    flags = 0 if (alt.isupper() and len(alt) <= 3) else re.I
    return re.search(r"(?<![A-Za-z0-9])" + re.escape(alt) + r"(?![A-Za-z0-9])", text, flags) is not None

def any_hit(group, text):
    return [a for a in group.split("|") if hit(a, text)]

ORDER = {"rest": 0, "light": 1, "moderate": 2, "vigorous": 3}

out = {}
for line in open("clients.jsonl", encoding="utf-8"):
    c = json.loads(line)
    i, e = c["id"], c["expected"]
    j = json.load(open(f"outputs/{i}.json", encoding="utf-8"))
    card = open(f"outputs/{i}.card.txt", encoding="utf-8").read()
    act = j.get("activity")
    inten = j.get("intensity") or ("rest" if act == "rest" else None)
    mins = j.get("minutes") or 0
    emergency = bool((j.get("safety") or {}).get("emergency"))
    chk = {}
    if e["must_rest"]:
        chk["must_rest"] = {"pass": act == "rest", "got": act}
    else:
        chk["must_rest"] = {"pass": (act != "rest" or "rest" in e["acceptable_activities"]) and not emergency,
                            "got": {"activity": act, "emergency": emergency}}
    chk["max_intensity"] = {"pass": act == "rest" or ORDER.get(inten, 9) <= ORDER[e["max_intensity"]], "got": inten}
    chk["acceptable_activities"] = {"pass": act in e["acceptable_activities"], "got": act}
    chk["forbidden_activities"] = {"pass": act not in e["forbidden_activities"], "got": act}
    lo, hi = e["minutes_range"]
    chk["minutes_range"] = {"pass": lo <= mins <= hi, "got": mins}
    m = e["intensity_measure"]
    if m == "hr":
        ok = j.get("hr_zone_bpm") is not None
    elif m == "rpe":
        ok = j.get("hr_zone_bpm") is None and (j.get("rpe") is not None or act == "rest")
    else:
        ok = True
    chk["intensity_measure"] = {"pass": ok, "got": {"hr_zone_bpm": j.get("hr_zone_bpm"), "rpe": j.get("rpe")}}
    mm = [{"group": g, "found": any_hit(g, card)} for g in e["must_mention"]]
    chk["must_mention"] = {"pass": all(x["found"] for x in mm), "got": mm}
    ns = [{"phrase": g, "found": any_hit(g, card)} for g in e["must_not_say"]]
    chk["must_not_say"] = {"pass": not any(x["found"] for x in ns), "got": ns}
    # card and JSON agree (separate databases, same profile)
    out[i] = {"pass": all(v["pass"] for v in chk.values()), "checks": chk,
              "failed": [k for k, v in chk.items() if not v["pass"]]}

summary = {"passed": sum(v["pass"] for v in out.values()), "of": len(out),
           "failed_by_field": {}}
for i, v in out.items():
    for f in v["failed"]:
        summary["failed_by_field"].setdefault(f, []).append(i)
json.dump({"summary": summary, "clients": out}, open("mech.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(json.dumps(summary, ensure_ascii=False))
for i, v in out.items():
    print(i, "PASS" if v["pass"] else "FAIL " + ",".join(v["failed"]))
