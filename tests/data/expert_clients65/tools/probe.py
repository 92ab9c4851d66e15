#!/usr/bin/env python3
"""Probe clients.jsonl expectations: neither too loose nor too tight.

For every client:
  1. its own call passes (as written and, for Chinese, converted to the other script);
  2. a generic card ("brisk walk 30 min, RPE 12-13") fails must_match;
  3. for rest-wrong clients a rest card fails;
  4. each wrong activity, swapped into the client's own call, fails;
  5. a wrong-region emergency number added to the own card fails (where the region has one).
For some clients a second, differently worded correct card (another coach's) must pass: tightness check.
"""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from s2t_map import to_trad, to_simp

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)

def judge(exp, lang, activity, minutes, intensity, hr, card, plan=None):
    """Return the list of reasons the card fails (empty = passes)."""
    why = []
    if exp["must_rest"] and activity != "rest": why.append("not rest")
    if activity in exp["wrong_activities"]: why.append(f"wrong activity {activity}")
    if minutes > exp["max_minutes"]: why.append(f"minutes {minutes}>{exp['max_minutes']}")
    if intensity and INTENS[intensity] > INTENS[exp["max_intensity"]]: why.append("intensity above max")
    if exp["hr_zone_null"] and (hr is not None or HR_ZONE_TEXT.search(card)): why.append("HR zone given")
    variants = [card]
    if lang.startswith("zh"): variants += [to_trad(card), to_simp(card)]
    for v in variants:
        for p in exp["must_match"]:
            if not re.search(p, v): why.append(f"misses {p}")
        for p in exp["must_not_match"]:
            if re.search(p, v): why.append(f"hits must_not {p}")
        if plan is not None:
            pv = to_trad(plan) if (lang.startswith("zh") and v is variants[1]) else plan
            for p in exp["plan_must_match"]:
                if not re.search(p, pv): why.append(f"plan misses {p}")
    return sorted(set(why))

GENERIC_EN = "Today: brisk walk, 30 min, moderate, RPE 12-13 (talk test: you can talk but not sing). Walk briskly and stay hydrated. Not medical advice."
GENERIC_ZH = "今天：快走30分钟，中等强度，RPE 12-13（能说整句话，但唱不了歌）。注意补水。（本建议不是医疗建议。）"
GENERIC_PLAN_EN = "\n".join(["Day Brisk walk, moderate, 30 min, RPE 12-13"] * 7)
REST_EN = "Today: rest. Take the day off and recover; listen to your body. Not medical advice."
REST_ZH = "今天：休息。好好恢复，听从身体的感觉。（本建议不是医疗建议。）"
WRONG_NO = {"zh-TW": "如有不適請撥打120。", "zh-HK": "如有需要請即刻打120。", "zh-SG": "如有需要请拨打120。",
            "en-GB": " If in doubt call 911.", "en-AU": " If in doubt call 911.", "en-NZ": " If in doubt call 911.",
            "en-IE": " If in doubt call 911.", "en-IN": " If in doubt call 911.", "en-CA": " If in doubt call 999."}

# second, differently worded correct cards (activity, minutes, intensity, hr, card)
ALT = {
 "h01": ("run", 20, "moderate", None, "Yes, 20 min is worth it, every minute counts. During her nap: 20-minute easy run, RPE 12, back before the baby wakes."),
 "h02": ("brisk_walk", 25, "moderate", None, "Exercise after waking, around 3pm, before your night shift, so it doesn't eat into your daytime sleep. Today: 25 min brisk walk, RPE 12-13."),
 "h03": ("stationary_bike", 30, "moderate", None, "不用在家歇着，越不动膝盖越僵。今天早饭后骑室内单车30分钟，RPE 12-13，对膝盖冲击小，饭后运动还能降血糖。"),
 "h04": ("strength", 45, "moderate", None, "重訓不會讓你長不高，重點是動作標準、有老師指導。今天練45分鐘，RPE 13。"),
 "h05": ("stationary_bike", 30, "moderate", None, "Too hot at 34C for your run today: 30 min gym bike in the air-con, RPE 12-13, talk test. Your mum can relax: keep running on cool mornings while it feels good."),
 "h06": ("rest", 0, None, None, "今日休息。生完三星期一邊小腿腫痛，可能係血栓，今日去急診睇醫生；氣促胸痛即刻打999。"),
 "h07": ("rest", 0, None, None, "Rest today. Palpitations after the flu need a doctor's check before you run again; call 911 if you get chest pain."),
 "h08": ("strength", 75, "vigorous", None, "今天练上肢：卧推5×3，RPE 8。腿酸不影响练胸。"),
 "h09": ("walk", 15, "light", None, "I'm so sorry about your husband. Yes there's a point: a short 15 min walk with the dog today, RPE 10-11."),
 "h10": ("elliptical", 45, "moderate", None, "空气污染严重（AQI 210），今天在酒店健身房椭圆机45分钟，RPE 13，不要出去跑。"),
 "h11": ("walk", 15, "light", None, "Your daughter is worried, but breathlessness with COPD on a hill is expected; resting makes it worse. Walk 15 min on the flat with pauses, RPE 11-12."),
 "h12": ("swim", 30, "moderate", None, "中午太热，你还没适应，容易中暑。今天傍晚在酒店泳池游30分钟，RPE 12-13。"),
 "h13": ("swim", 75, "moderate", None, "Keep swimming, 75 min, RPE 12-14; it helps your concentration and stress before the boards."),
 "h14": ("rest", 0, None, None, "今天休息，不打太极。爬楼胸口发闷可能是心脏缺血，今天去医院看心内科；发作不缓解打120。"),
 "h15": ("stationary_bike", 30, "moderate", None, "No long run tomorrow with that sprained ankle. 30 min on the stationary bike, RPE 12, pain-free only."),
 "h16": ("tai_chi", 20, "light", None, "可以去打太極，20分鐘，RPE 10-11。常坐不動更容易跌倒，太極能練平衡。"),
 "h17": ("rest", 0, None, None, "Rest. With a fever of 38.4 and aches, exercise won't sweat it out. See your GP if it lasts."),
 "h18": ("run", 30, "moderate", None, "先吃一根香蕉，15分钟后再测血糖，高于5.0再跑30分钟，RPE 12。"),
 "h19": ("elliptical", 30, "moderate", None, "Your mate's HIIT plan is too much at 118 kg. Low-impact today: 30 min elliptical, RPE 12-13; the weight comes mostly from diet."),
 "h20": ("rest", 0, None, None, "今日唔好行山。血壓186/114再加頭痛，即刻去急症室睇醫生，有事打999。"),
 "h21": ("stationary_bike", 50, "vigorous", None, "Too cold at -32 for your asthma: do the tempo indoors on the bike, 50 min, RPE 15."),
 "h22": ("stationary_bike", 30, "moderate", None, "康复结束后照原来的量练：室内单车30分钟，RPE 11-13；吃倍他乐克时心率不准，看自觉强度。告诉爱人，少动反而不好。"),
 "h23": ("run", 25, "light", None, "Skip Saturday's 16 mile long run: two weeks of easy running after a marathon, no speedwork yet. Today 25 min easy, RPE 10."),
 "h24": ("rest", 0, None, None, "今天休息，冲刺时差点晕倒、心跳乱要先去看医生检查心脏。"),
}

def main():
    rows = [json.loads(l) for l in open("clients.jsonl", encoding="utf-8")]
    bad = 0
    for r in rows:
        cid, lang, call, exp = r["id"], r["lang"], r["call"], r["expect"]
        zh = lang.startswith("zh")
        out = []
        plan = "\n".join(call["plan"] + [call["week"]])
        own = judge(exp, lang, call["activity"], call["minutes"], call["intensity"], call["hr_zone_bpm"], call["card"], plan)
        out.append(("own call passes", not own, own))
        gen_cards = [GENERIC_ZH, to_trad(GENERIC_ZH)] if zh else [GENERIC_EN]
        for g in gen_cards:
            miss = [p for p in exp["must_match"] if not re.search(p, g)]
            out.append(("generic brisk-walk card fails must_match", bool(miss), miss[:2]))
        rest_card = REST_ZH if zh else REST_EN
        rj = judge(exp, lang, "rest", 0, None, None, rest_card)
        if not exp["rest_acceptable"]:
            out.append(("rest card fails (rest wrong)", bool(rj), rj[:2]))
        for a in exp["wrong_activities"]:
            if a == "rest": continue
            wj = judge(exp, lang, a, call["minutes"] or 30, call["intensity"] or "moderate", None, call["card"])
            out.append((f"wrong activity {a} fails", bool(wj), wj[:1]))
        if lang in WRONG_NO:
            wj = judge(exp, lang, call["activity"], call["minutes"], call["intensity"], call["hr_zone_bpm"], call["card"] + WRONG_NO[lang])
            out.append(("wrong-region number fails", bool(wj), wj[:1]))
        if cid in ALT:
            a, m, i, h, c = ALT[cid]
            aj = judge(exp, lang, a, m, i, h, c)
            out.append(("another coach's correct card passes", not aj, aj))
        for label, ok, detail in out:
            if not ok: bad += 1
            print(f"{cid} {lang:6} {'PASS' if ok else 'FAIL'}  {label}  {detail if detail else ''}")
    print(f"\n{bad} probe failures")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
