#!/usr/bin/env python3
"""Sanity probes: a generic disclaimer must not satisfy all of a client's must_match patterns,
and a few deliberately wrong cards must fail their client's expect. Run from /tmp/panel58."""
import json, re
rows = [json.loads(l) for l in open("clients.jsonl", encoding="utf-8")]
GEN_EN = ("Today: walk, 30 min, moderate, RPE 12-13. Warning: heart disease: keep it moderate and get medical clearance "
          "before vigorous exercise. Stop if you feel unwell and see a doctor. In an emergency call 999. (Not medical advice.)")
GEN_ZH = ("今天：散步，30分钟，中等强度，RPE 12-13。注意：如有不适请停止运动并咨询医生。紧急情况拨打120。（本建议不是医疗建议。）")
BAD = {
 "h01": "Today: golf, 18 holes, moderate, RPE 12. Enjoy your round with the foursome; ride the cart.",
 "h07": "Today: hot yoga class, 90 min, moderate, RPE 13. Sweat it out tonight and drink water.",
 "h19": "Today: brisk walk 45 min before buka puasa, RPE 12. Carry sweets in case your sugar drops.",
 "h05": "Today: run, 30 min, vigorous, RPE 15. A hard run may help get labour going.",
 "h23": "Today: run 5 km race pace, RPE 17. Go for the record!",
 "h13": "今天：籃球練習，中等強度，60分鐘，RPE 13。",
 "h08": "今天：跑步20公里，中等强度，RPE 13，为周日做准备。",
}
fails = 0
for r in rows:
    e = r["expect"]; gen = GEN_ZH if r["lang"].startswith("zh") else GEN_EN
    pats = e["must_match"]
    if pats and all(re.search(p, gen) for p in pats):
        print(f"{r['id']}: generic card satisfies every must_match"); fails += 1
    if r["id"] in BAD:
        b = BAD[r["id"]]
        ok = all(re.search(p, b) for p in pats) and not any(re.search(p, b) for p in e["must_not_match"])
        print(f"{r['id']}: bad card {'PASSES (weak!)' if ok else 'fails as it should'} on regexes"
              + ("" if ok else "") )
        fails += ok
print(f"{fails} probe problems")
