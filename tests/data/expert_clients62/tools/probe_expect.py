#!/usr/bin/env python3
"""Probe the expect entries of /tmp/panel62/clients.jsonl with hand-written cards.

For every client:
  own      the client's own call must pass its expect (as check.py does)
  alt      a differently worded correct card must pass (the regexes are not tuned to my own wording)
  bland    a bland generic activity card (brisk walk, 30 min, moderate) must fail must_match:
           the client's question or decisive fact is not addressed
  boiler   a card that is only boilerplate (emergency number + disclaimer) must fail must_match
  rest     a plain rest card must fail where rest is wrong (rest_acceptable false) and for every
           must-rest client (no key action / symptom named)
  symptom  must-rest clients: a rest card that names the symptom but gives no medical action must fail
  go       must-rest clients: a non-rest card must fail
  hrzone   hr_zone_null clients with a non-rest call: the alt card plus a heart-rate range must fail
  region   wrong-region emergency numbers are rejected, the right one and "120 bpm"-type text are not
Prints each probe and a final problem count; exit 1 when there are problems.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, ROOT)
from s2t_map import to_trad, to_simp  # noqa: E402

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
TRAD = {"zh-TW", "zh-HK", "zh-MO", "zh-Hant"}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)
NUMBER = {"zh-CN": "120", "zh-SG": "995", "zh-TW": "119", "zh-HK": "999", "en-US": "911", "en-GB": "999",
          "en-AU": "000", "en-CA": "911"}
DISCLAIMER_EN = " (This is not medical advice.)"
DISCLAIMER_ZH = "（本建议不是医疗建议。）"

# ---- a differently worded correct card per client: (activity, minutes, intensity, text)
ALT = {
    "h01": ("walk", 5, "light", "Pacing, not pushing: the 3-day crash after your walk is PEM, so keep today to a 5-minute "
            "stroll at RPE 9 and lie down after. Skip the PT's graded plan for now. Chest pain: call 911."),
    "h02": ("tai_chi", 20, "light", "空气重度污染，别去公园了，在家里打太极20分钟，低强度，RPE 10，能说话。"),
    "h03": ("walk", 30, "moderate", "Getting a little out of puff is safe and expected with stable heart failure. Walk 30 "
            "min at RPE 12, still able to talk. Call your HF nurse if your weight jumps or your ankles swell."),
    "h04": ("strength", 20, "moderate", "可以運動，但避免彎腰和扭轉，仰臥起坐不要做。今天做肌力和平衡訓練20分鐘，RPE 12，預防跌倒。"),
    "h05": ("rest", 0, None, "Your 38.2 fever at the nadir needs the oncology team now: call them, no walk today."),
    "h06": ("stationary_bike", 20, "moderate", "可以骑，用家里的固定单车，趁药效好的时候骑20分钟，RPE 12，上下车扶稳防跌。"),
    "h07": ("rest", 0, None, "That chest tightness on the hill could be angina. Don't exercise; see your doctor today, or "
            "call 911 if it happens at rest."),
    "h08": ("stretching", 10, "light", "臨睡前唔好跑步，會更難入睡。今晚做10分鐘伸展，RPE 9；聽日朝早先去快行。"),
    "h09": ("yoga", 20, "light", "Resting makes AS stiffness worse; movement loosens it. Do 20 min of yoga-style mobility "
            "at home, RPE 11."),
    "h10": ("brisk_walk", 30, "moderate", "不想跑步没关系，跳舞也是很好的有氧运动。今天和朋友快走30分钟，能说话但有点喘。"),
    "h11": ("strength", 40, "moderate", "斋月可以继续练，放在开斋后1-2小时，先喝水吃饭。今天晚上做40分钟力量训练，RPE 12。"),
    "h12": ("strength", 15, "moderate", "You can still build muscle at any age. Do 15 min of chair stands and wall "
            "press-ups at home, RPE 12."),
    "h13": ("walk", 10, "light", "不要等狀況好才一次做很多，改成每天固定散步10分鐘，慢慢增加，RPE 10。"),
    "h14": ("stretching", 10, "light", "Don't run on a gout flare. Rest, raise and ice the toe, and see your GP today about "
            "colchicine. Gentle seated stretches for 10 min, RPE 9, if you like."),
    "h15": ("walk", 30, "light", "先别跑：咳嗽漏尿说明盆底还没恢复。今天散步30分钟，RPE 11，加凯格尔练习。"),
    "h16": ("swim", 30, "moderate", "You can swim again with your ICD, but never alone: a lifeguard must be on duty. 30 "
            "min of easy laps, RPE 12."),
    "h17": ("brisk_walk", 30, "moderate", "睡眠不足时不要独自游泳。今天改成快走30分钟，RPE 12，以后有救生员时再游。"),
    "h18": ("swim", 30, "moderate", "Stop running for now: a tender spot on the bone may be a stress fracture, so see a "
            "physio. Swim 30 min at RPE 12 instead."),
    "h19": ("stretching", 15, "light", "上班走的步数不等于锻炼。今晚做15分钟核心和拉伸，RPE 11。"),
    "h20": ("strength", 10, "moderate", "Ten minutes is worth it. Do a quick circuit in the kitchen: chair stands and "
            "wall push-ups, RPE 12."),
    "h21": ("rest", 0, None, "小腿腫痛可能係血栓，今日休息，即刻去急症室。"),
    "h22": ("rest", 0, None, "手没劲、说话含糊可能是中风，马上打120去医院。今天不运动。"),
    "h23": ("walk", 10, "light", "Start tiny: a 10-minute walk outside today. Motivation follows action, not the other "
            "way round. Tell your GP how it goes."),
    "h24": ("rest", 0, None, "Nearly fainting with palpitations needs a cardiologist before any more training. Rest today."),
}

# ---- must-rest clients: a rest card that names the symptom but gives no medical action
SYMPTOM_ONLY = {
    "h05": "Rest today: a fever of 38.2 means your body is fighting something, so have a quiet day on the couch and drink fluids.",
    "h07": "Rest today: chest tightness on hills usually means your fitness is low, so take a week off and build up slowly.",
    "h21": "今日休息，小腿腫就抬高隻腳，多飲水。",
    "h22": "今天休息，手没劲、说话含糊可能是累了，早点睡。",
    "h24": "Rest today: getting dizzy in sprints is usually dehydration, so drink more and go easy tomorrow.",
}

BLAND_EN = ("Today: brisk walk, moderate, 30 minutes, RPE 12-13 (talk test: you can talk but not sing). Warm up for 5 "
            "minutes and cool down at the end. In an emergency call {n}.")
BLAND_ZH = "今天：中等强度快走，约30分钟，RPE 12-13（能说整句话，但唱不了歌）。先热身5分钟，最后放松。紧急情况请拨打{n}。"
REST_EN = "Today: rest. Rest day: recovery is part of training. In an emergency call {n}."
REST_ZH = "今天：休息。休息日：恢复同样是训练的一部分。紧急情况请拨打{n}。"
BOILER_EN = "In an emergency call {n}."
BOILER_ZH = "紧急情况请拨打{n}。"

REGION_WRONG = {
    "en-GB": ["Call 911 if you get chest pain.", "dial 911 straight away"],
    "en-AU": ["Call 911 if you get chest pain.", "dial 911 straight away"],
    "en-CA": ["Call 999 now.", "dial 112", "ring 000 if it gets worse"],
    "zh-TW": ["急救電話120", "請撥打120", "请拨打120", "致電120求助"],
    "zh-HK": ["急救電話120", "請即刻打120", "請撥打119", "致電119"],
    "zh-SG": ["请拨打120", "急救电话120"],
}
REGION_RIGHT = {
    "en-GB": ["Call 999 if you get chest pain."], "en-AU": ["Call 000 if you get chest pain."],
    "en-CA": ["Call 911 if you get chest pain."], "zh-TW": ["請撥打119"], "zh-HK": ["請即刻打999"],
    "zh-SG": ["请拨打995"],
}
NEUTRAL_ZH = ["心率不超過120次/分", "走120分鐘", "心率120 bpm", "120分钟以内"]

PROBLEMS = []


def localise(lang, text):
    """A Simplified probe text in the client's script."""
    return to_trad(text) if lang in TRAD else text


def evaluate(client, activity, minutes, intensity, card):
    """Why a card fails the client's expect (empty list: it passes)."""
    exp, lang = client["expect"], client["lang"]
    why = []
    if exp["must_rest"] and activity != "rest":
        why.append("not rest but must_rest")
    if activity in exp["wrong_activities"]:
        why.append(f"activity {activity} in wrong_activities")
    if minutes > exp["max_minutes"]:
        why.append(f"minutes {minutes} > {exp['max_minutes']}")
    if intensity and INTENS[intensity] > INTENS[exp["max_intensity"]]:
        why.append(f"intensity {intensity} > {exp['max_intensity']}")
    if exp["hr_zone_null"] and HR_ZONE_TEXT.search(card):
        why.append("heart-rate zone text but hr_zone_null")
    variants = [card]
    if lang.startswith("zh"):
        variants += [to_trad(card), to_simp(card)]
    for v in variants:
        for pat in exp["must_match"]:
            if not re.search(pat, v):
                why.append(f"misses must_match {pat[:40]!r}")
        for pat in exp["must_not_match"]:
            if re.search(pat, v):
                why.append(f"hits must_not_match {pat[:40]!r}")
    return sorted(set(why))


def must_match_fails(client, card):
    lang = client["lang"]
    variants = [card] + ([to_trad(card), to_simp(card)] if lang.startswith("zh") else [])
    return [p for p in client["expect"]["must_match"] if any(not re.search(p, v) for v in variants)]


def report(cid, probe, ok, detail):
    status = "ok " if ok else "PROBLEM"
    print(f"{status} {cid} {probe:8s} {detail}")
    if not ok:
        PROBLEMS.append(f"{cid} {probe}: {detail}")


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8")]
    for c in rows:
        cid, lang, exp, call = c["id"], c["lang"], c["expect"], c["call"]
        zh = lang.startswith("zh")
        n = NUMBER[lang]
        disc = DISCLAIMER_ZH if zh else DISCLAIMER_EN
        disc = localise(lang, disc)

        # own call
        why = evaluate(c, call["activity"], call["minutes"], call["intensity"], call["card"])
        report(cid, "own", not why, "passes" if not why else "; ".join(why))

        # alternative correct card
        act, mins, inten, text = ALT[cid]
        why = evaluate(c, act, mins, inten, text + disc)
        report(cid, "alt", not why, f"{act} {mins} min passes" if not why else "; ".join(why))

        # boilerplate only: must fail must_match
        boiler = localise(lang, (BOILER_ZH if zh else BOILER_EN).format(n=n)) + disc
        fails = must_match_fails(c, boiler)
        report(cid, "boiler", bool(fails), f"fails {len(fails)}/{len(exp['must_match'])} must_match"
               if fails else "boilerplate satisfies every must_match")

        # bland generic activity card: must fail must_match (question / decisive fact not addressed)
        bland = localise(lang, (BLAND_ZH if zh else BLAND_EN).format(n=n)) + disc
        fails = must_match_fails(c, bland)
        why = evaluate(c, "brisk_walk", 30, "moderate", bland)
        report(cid, "bland", bool(fails), f"fails {len(fails)}/{len(exp['must_match'])} must_match"
               f" (all reasons: {'; '.join(why)})" if fails else "bland card satisfies every must_match")

        # plain rest card
        rest = localise(lang, (REST_ZH if zh else REST_EN).format(n=n)) + disc
        why = evaluate(c, "rest", 0, None, rest)
        if not exp["rest_acceptable"]:
            ok = any("wrong_activities" in w for w in why)
            report(cid, "rest", ok, "plain rest card fails (rest is wrong): " + "; ".join(why)
                   if ok else "plain rest card not rejected although rest is wrong")
        elif exp["must_rest"]:
            fails = must_match_fails(c, rest)
            report(cid, "rest", bool(fails), f"plain rest card fails {len(fails)}/{len(exp['must_match'])} must_match"
                   if fails else "plain rest card passes a must-rest client")
        else:
            print(f"info {cid} rest     rest acceptable; plain rest card: {'; '.join(why) or 'passes'}")

        if exp["must_rest"]:
            # symptom named, no action: must fail
            card = SYMPTOM_ONLY[cid] + disc
            fails = must_match_fails(c, card)
            report(cid, "symptom", bool(fails), f"symptom-only rest card fails {len(fails)} must_match"
                   if fails else "symptom-only rest card (no medical action) passes")
            # any non-rest card fails
            why = evaluate(c, "walk", 10, "light", ALT[cid][3] + " Walk 10 min, RPE 10." + disc)
            report(cid, "go", "not rest but must_rest" in why, "a 10-min walk card fails: " + "; ".join(why))

        if exp["hr_zone_null"] and call["activity"] != "rest":
            act, mins, inten, text = ALT[cid]
            extra = "心率110-130次/分。" if zh else " Heart rate 110-130 bpm."
            why = evaluate(c, act, mins, inten, text + localise(lang, extra) + disc)
            report(cid, "hrzone", any("hr_zone_null" in w for w in why), "; ".join(why) or "zone not caught")

        # region numbers
        for s in REGION_WRONG.get(lang, []):
            hit = any(re.search(p, s) for p in exp["must_not_match"])
            report(cid, "region", hit, f"wrong number rejected: {s!r}" if hit else f"wrong number NOT rejected: {s!r}")
        for s in REGION_RIGHT.get(lang, []) + (NEUTRAL_ZH if lang in REGION_WRONG and zh else []):
            hit = any(re.search(p, s) for p in exp["must_not_match"])
            report(cid, "region", not hit, f"accepted: {s!r}" if not hit else f"wrongly rejected: {s!r}")

    must_rest = sum(c["expect"]["must_rest"] for c in rows)
    no_rest = sum(not c["expect"]["rest_acceptable"] for c in rows)
    print(f"\n{len(rows)} clients probed; must_rest {must_rest}, rest wrong {no_rest}")
    print(f"{len(PROBLEMS)} problems")
    for p in PROBLEMS:
        print("PROBLEM", p)
    return 1 if PROBLEMS else 0


if __name__ == "__main__":
    sys.exit(main())
