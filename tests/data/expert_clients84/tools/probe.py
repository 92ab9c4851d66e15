#!/usr/bin/env python3
"""Probe clients.jsonl expectations: not too loose, not too tight.

For every client:
  own        the client's own call passes (as written and, for Chinese, converted to the other script)
  alt        a different but correct coach's card (tools/alts.py) passes        -> not too tight
  generic    a generic 'brisk walk 30 min, RPE 12-13' card fails must_match    -> not too loose
  rest-gen   a generic rest card: must fail for rest-wrong clients; for must-rest
             clients it should fail must_match (the referral is required, not just 'rest')
  wrong:X    the own card with activity X (each wrong activity) fails
  caps       own card with minutes above max_minutes fails; with intensity above max fails
  nearmiss   targeted bad cards (wrong-region number, calorie talk, 'just anxiety', ...) fail
"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT); sys.path.insert(0, HERE)
from s2t_map import to_trad, to_simp
from alts import ALTS

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)
TRAD = {"zh-TW", "zh-HK", "zh-MO", "zh-Hant"}

GENERIC_EN = ("Today: brisk walk, 30 minutes, moderate intensity, RPE 12-13 (you can talk but not sing). "
              "Warm up for 5 minutes, then keep a steady pace on flat ground. "
              "Why: WHO recommends 150 minutes of moderate activity a week; build up gradually.")
GENERIC_ZH = ("今天：快走30分钟，中等强度，RPE 12-13（能说话但不能唱歌）。先热身5分钟，然后保持稳定的步速。"
              "依据：WHO建议每周至少150分钟中等强度运动，循序渐进。")
GEN_PLAN_EN = ["Day Brisk walk 30 min, RPE 12-13"] * 7
GEN_PLAN_ZH = ["周日 快走30分钟，RPE 12-13"] * 7
REST_EN = "Rest day today. Recovery is part of training: take it easy and come back fresh tomorrow."
REST_ZH = "今天：休息。恢复同样是训练的一部分，好好放松，明天再练。"

def zh_text(lang, s):
    return to_trad(s) if lang in TRAD else s

def evaluate(c, activity, minutes, intensity, hz, card, plan_text):
    """Return a list of failure labels; [] means the card meets the client's expect."""
    e, lang = c["expect"], c["lang"]
    fails = []
    if e["must_rest"] and activity != "rest": fails.append("must_rest")
    if not e["rest_acceptable"] and activity == "rest": fails.append("rest_wrong")
    if activity in e["wrong_activities"]: fails.append("wrong_activity")
    if minutes > e["max_minutes"]: fails.append("max_minutes")
    if intensity and INTENS[intensity] > INTENS[e["max_intensity"]]: fails.append("max_intensity")
    if e["hr_zone_null"] and (hz is not None or HR_ZONE_TEXT.search(card + plan_text)): fails.append("hr_zone")
    variants = [(card, plan_text)]
    if lang.startswith("zh"):
        variants += [(to_trad(card), to_trad(plan_text)), (to_simp(card), to_simp(plan_text))]
    for cv, pv in variants:
        for p in e["must_match"]:
            if not re.search(p, cv): fails.append("must_match"); break
        for p in e["must_not_match"]:
            if re.search(p, cv): fails.append("must_not_match"); break
        for p in e["plan_must_match"]:
            if not re.search(p, pv): fails.append("plan_must_match"); break
    return sorted(set(fails))

NEARMISS = {
 # id: list of (label, activity|None(own), appended text or replacement card)
 "h01": [("just-anxiety walk", "walk", "Today: easy walk 10 minutes, RPE 9-11. Your chest tightness is probably just anxiety, so breathe slowly and keep moving.")],
 "h03": [("keep-HR-low", None, "+ To stay calm, keep your heart rate low and stop as soon as it climbs.")],
 "h04": [("wrong number", None, "+ 情況危急請即刻打120。")],
 "h08": [("calories", None, "+ 今天的伸展約消耗50千卡熱量。"), ("wrong number", None, "+ 緊急時請立即撥打120。")],
 "h09": [("UK number", None, "+ If it gets worse, call 999 now.")],
 "h11": [("US number", None, "+ In an emergency call 911.")],
 "h15": [("calories", None, "+ This session burns about 90 kcal.")],
 "h19": [("run it off", "run", "Today: easy run, 30 minutes, RPE 11-12. Your mum is right, a run will clear your head.")],
 "h21": [("weight loss", None, "+ Walking is also a great way to lose the baby weight.")],
 "h23": [("UK number", None, "+ In an emergency call 999 now.")],
 "h24": [("calories", None, "+ 今晚休息，少吃点控制热量。")],
}

def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8")]
    bad = 0; lines = []
    def out(s): lines.append(s)
    for c in rows:
        cid, lang, call, e = c["id"], c["lang"], c["call"], c["expect"]
        zh = lang.startswith("zh")
        plan_text = "\n".join(call["plan"] + [call["week"]])
        kind = "MUST-REST" if e["must_rest"] else ("REST-WRONG" if not e["rest_acceptable"] else "rest-ok")
        out(f"== {cid} {lang} [{kind}] call={call['activity']} {call['minutes']}min {call['intensity']}")
        def expect(label, fails, want_pass, need=None):
            nonlocal bad
            ok = (not fails) if want_pass else bool(fails) and (need is None or need in fails)
            if not ok: bad += 1
            out(f"   {'ok ' if ok else 'BAD'} {label:<26} -> {'pass' if not fails else 'fail: ' + ','.join(fails)}")
        # own call
        expect("own call passes", evaluate(c, call["activity"], call["minutes"], call["intensity"],
                                           call["hr_zone_bpm"], call["card"], plan_text), True)
        # alternative correct coach
        a = ALTS[cid]
        expect("alt coach passes", evaluate(c, a["activity"], a["minutes"], a["intensity"], a["hr"], a["card"],
                                            "\n".join(a["plan"] + [a["week"]])), True)
        # generic brisk walk: must fail must_match specifically
        gcard = zh_text(lang, GENERIC_ZH) if zh else GENERIC_EN
        gplan = "\n".join([zh_text(lang, x) for x in GEN_PLAN_ZH] if zh else GEN_PLAN_EN)
        expect("generic walk fails", evaluate(c, "brisk_walk", 30, "moderate", None, gcard, gplan), False, "must_match")
        # generic rest card
        rcard = zh_text(lang, REST_ZH) if zh else REST_EN
        rplan = "\n".join([rcard] * 7)
        rf = evaluate(c, "rest", 0, None, None, rcard, rplan)
        if not e["rest_acceptable"]:
            expect("generic rest fails", rf, False, "rest_wrong")
        elif e["must_rest"]:
            expect("generic rest misses ref.", rf, False, "must_match")
        else:
            out(f"   info generic rest card        -> {'pass' if not rf else 'fail: ' + ','.join(rf)}")
        # each wrong activity (own card, activity swapped, minutes/intensity kept within caps)
        for w in e["wrong_activities"]:
            mins = 0 if w == "rest" else min(max(call["minutes"], 10), max(e["max_minutes"], 10))
            inten = None if w == "rest" else "light"
            expect(f"wrong:{w} fails", evaluate(c, w, mins, inten, None, call["card"], plan_text), False, "wrong_activity")
        # caps
        if not e["must_rest"]:
            act = call["activity"] if call["activity"] != "rest" else "walk"
            if act in e["wrong_activities"]: act = "stretching"
            expect("over max_minutes fails", evaluate(c, act, e["max_minutes"] + 10, "light", None, call["card"], plan_text), False, "max_minutes")
            if e["max_intensity"] != "vigorous":
                up = {"light": "moderate", "moderate": "vigorous"}[e["max_intensity"]]
                expect(f"{up} fails", evaluate(c, act, min(20, e["max_minutes"]), up, None, call["card"], plan_text), False, "max_intensity")
        # targeted near misses
        for label, act, text in NEARMISS.get(cid, []):
            if text.startswith("+ "):
                card = call["card"] + "\n" + text[2:]; activity = call["activity"]
                mins, inten = call["minutes"], call["intensity"]
            else:
                card = text; activity = act; mins, inten = 10, "light"
            expect(f"near-miss: {label}", evaluate(c, activity, mins, inten, None, card, plan_text), False)
    out("")
    out(f"{len(rows)} clients probed; {bad} unexpected results")
    print("\n".join(lines))
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
