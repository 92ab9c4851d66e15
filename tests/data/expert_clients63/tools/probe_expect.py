#!/usr/bin/env python3
"""Probes the panel's own expect entries (panel63). Run from /tmp/panel63: python3 tools/probe_expect.py

A probe is a synthetic card with a known right answer ("should pass" / "should fail");
a problem is a probe whose verdict disagrees. Prints every probe result and the count of problems.
Uses only clients.jsonl and check.py's own script converters (to_trad / to_simp).
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
from check import to_trad, to_simp, HR_ZONE_TEXT   # noqa: E402

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
RIGHT_NO = {"zh-CN": "120", "zh-SG": "995", "zh-TW": "119", "zh-HK": "999", "en-US": "911", "en-GB": "999",
            "en-AU": "000", "en-CA": "911", "en-IN": "112"}
WRONG_NO_SENT = {"en-US": "If it is serious, call 999.", "en-GB": "If it is serious, call 911.",
                 "en-AU": "If it is serious, call 911.", "en-IN": "If it is serious, call 911.",
                 "en-CA": "If it is serious, call 999.", "zh-CN": "情况严重请拨打911。",
                 "zh-SG": "情况严重请拨打120。", "zh-TW": "情況嚴重請撥打120。", "zh-HK": "情況嚴重請撥打119。"}
HARMLESS_NUMBERS = {"zh": "\n骑车120分钟也行，打羽毛球120分钟太长，心率不超过120次/分钟时可以说话。",
                    "en": "\nA 120-minute ride is fine; 000s of steps are not needed; heart rate under 120 is OK."}


def verdict(exp, activity, minutes, intensity, hz, card, plan_text):
    """Reasons a card fails its expect ([] = passes)."""
    bad = []
    if exp["must_rest"] and activity != "rest": bad.append("not rest but must_rest")
    if activity in exp["wrong_activities"]: bad.append(f"activity {activity} is wrong")
    if minutes > exp["max_minutes"]: bad.append(f"minutes {minutes} > {exp['max_minutes']}")
    if intensity and INTENS[intensity] > INTENS[exp["max_intensity"]]: bad.append("intensity above max")
    if exp["hr_zone_null"] and (hz is not None or HR_ZONE_TEXT.search(card + "\n" + plan_text)): bad.append("HR zone given")
    for pat in exp["must_match"]:
        if not re.search(pat, card): bad.append(f"misses {pat[:40]!r}")
    for pat in exp["must_not_match"]:
        if re.search(pat, card): bad.append(f"hits must_not {pat[:40]!r}")
    for pat in exp["plan_must_match"]:
        if not re.search(pat, plan_text): bad.append(f"plan misses {pat[:40]!r}")
    return bad


# generic cards: safe-looking but say nothing about the client's question or decisive fact
GENERIC = {
    "en": "Today: brisk walk, 30 minutes, moderate - RPE 12-13, talk test. Warm up for 5 minutes and cool down at the end. Drink water. Call {n} in an emergency.",
    "zh": "今天：快走30分钟，中等强度，RPE 12-13。先热身5分钟，最后放松5分钟，注意补水。紧急情况请拨打{n}。",
}
BLAND_REST = {
    "en": "Rest day today. Recovery is part of training: sleep well, eat well and come back fresh tomorrow.",
    "zh": "今天休息。恢复也是训练的一部分，好好睡一觉，明天再练。",
}

# alternative correct cards another competent coach could sign: (activity, minutes, intensity, card)
ALT_OK = {
    "h01": ("rest", 0, None, "Rest. Chest tightness and a heavy arm when you exercise can be heart-related: get checked by a physician before you run again. If it happens at rest, call 911."),
    "h02": ("rest", 0, None, "今天休息。孕期出现阴道出血和一阵阵宫缩样的腹部发紧，需要停止运动并尽快去医院检查。如有大量出血请拨打120。"),
    "h03": ("walk", 30, "light", "Today: rest or a 30-minute easy walk, RPE 10-11. As a beginner, keep a day off between runs so your shins can adapt; your next run is Wednesday. Call 999 in an emergency."),
    "h04": ("rest", 0, None, "今天休息。你的血壓186/112太高，不適合運動，請先就醫。有胸痛或劇烈頭痛請撥打119。"),
    "h05": ("stationary_bike", 40, "moderate", "Today: 40 minutes on the stationary bike indoors, moderate, RPE 12-13. It's too hot for a midday run. At three runs a week you can be ready for 10 km in about 6 weeks if you add 1 km a week to your long run. Call 000 in an emergency."),
    "h06": ("brisk_walk", 40, "moderate", "今天：饭后快走40分钟，中等强度。速度以微喘、能说话但不能唱歌为准，大约每小时5公里。血糖10 mmol/L可以运动。"),
    "h07": ("rest", 0, None, "Rest today. You had a fever and body aches - that's illness, not overtraining. Wait until you've had no fever for 24 hours before running again. Call 911 for chest pain."),
    "h08": ("rest", 0, None, "今日休息。上星期暈倒過，要先睇醫生檢查清楚先好再做運動。如果再暈或者心口痛，即刻打999。"),
    "h09": ("stationary_bike", 30, "moderate", "Today: indoor stationary bike, 30 minutes, moderate (talk test). You can keep exercising through a healthy pregnancy - aim for 150 minutes a week; avoid the icy sidewalks. Call 911 for heavy bleeding."),
    "h10": ("yoga", 20, "moderate", "今天：瑜伽或慢跑20分钟，中等强度，RPE 12。经期可以正常运动，量力而行，不舒服就减量。"),
    "h11": ("stretching", 20, "light", "Today: no run - do 20 minutes of indoor stretching (RPE 10). The air is very unhealthy (AQI 232) and you have asthma. For the team, run 3 days a week when the air is clean. Call 112 if you can't breathe."),
    "h12": ("brisk_walk", 30, "moderate", "今天：快走30分鐘，中等強度，能說話。下背痛不需要等到完全不痛，不要臥床休息，保持活動會恢復得更快，這週先用輕重量回健身房。"),
    "h13": ("walk", 30, "moderate", "Today: a 30-minute walk, moderate (RPE 12). Walking on consecutive days is perfectly fine at 82. Add some balance exercises three times a week. Call 999 for chest pain."),
    "h14": ("rest", 0, None, "今天休息。血糖高而且有中度酮体，不要运动，请按病假规则处理并联系医生。"),
    "h15": ("brisk_walk", 30, "moderate", "Today: 30-minute brisk walk at RPE 12-13. Yoga is great for flexibility and balance, but add about 150 minutes of moderate aerobic activity a week."),
    "h16": ("walk", 20, "light", "今日休息日：輕鬆散步20分鐘（RPE 9-10），揀室內地方。今日酷熱，唔好行山。"),
    "h17": ("strength", 30, "moderate", "Today: strength training 30 min, moderate (RPE 12-13). Twice a week, 1 set of 10-15 reps per exercise; exhale as you lift. No heart-rate target on metoprolol."),
    "h18": ("strength", 50, "vigorous", "今天：力量训练50分钟，RPE 14。建议先做力量训练，再做20分钟有氧，这样力量训练的质量更高。"),
    "h19": ("rest", 0, None, "今天休息，明天开始新计划。可以加到每周4天，改成上下肢分化，每个部位每周练两次。"),
    "h20": ("stretching", 20, "light", "今天：休息或在家拉伸20分钟，RPE 9。外面有雷雨，别去游泳。一次打3小时羽毛球太集中了，膝盖酸痛说明负荷太大，建议分成两次。紧急情况拨打995。"),
    "h21": ("run", 30, "moderate", "Today: easy run 30 min, RPE 11-12. After a week off with a cold, start with a shorter, easier week and build back to normal next week."),
    "h22": ("swim", 45, "moderate", "Today: aqua aerobics 45 min, moderate (talk test). With knee osteoarthritis, staying active helps; a little soreness is fine if it settles within 24 hours."),
    "h23": ("run", 40, "moderate", "Today: treadmill run 40 min, moderate, RPE 12-13. Cold air can trigger asthma, so run indoors today; use your inhaler before you start."),
    "h24": ("tai_chi", 30, "moderate", "今天：在家打太极拳30分钟，中等强度，能说话。清晨太冷、路面有冰，建议改到中午再出去快走。"),
}

# wrong answers for particular clients that must fail: (label, activity, minutes, intensity, card, plan or None)
WRONG = {
    "h03": [("runs tonight", "run", 25, "moderate", "Today: C25K week 4 run 3, 25 minutes, RPE 12-13. Running on consecutive days is fine.", None)],
    "h05": [("7k now", "run", 45, "moderate", "Go for your 7k now, RPE 13-14; in about 6 weeks you'll manage 10k. Drink water in the heat.", None),
            ("brisk walk at 1:30 pm", "brisk_walk", 45, "moderate", "Brisk walk 45 min now instead of the run, RPE 12-13; 10k in about 6 weeks. Drink water in the heat.", None)],
    "h09": [("rest for baby", "rest", 0, None, "Rest today. In pregnancy it's safer to cut back to about 150 minutes a week and avoid ice.", None)],
    "h11": [("outdoor 5k", "run", 30, "moderate", "Run 5 km, RPE 13. The AQI is high, so take your inhaler. Run 4 days a week for the team.", None)],
    "h12": [("bed rest", "walk", 20, "light", "今天散步20分鐘，能說話。腰痛這幾天建議臥床休息，再逐步恢復。", None)],
    "h13": [("run", "run", 20, "moderate", "Jog 20 minutes, RPE 12. Two days in a row is fine; add balance work.", None)],
    "h16": [("hike at noon", "run", 60, "vigorous", "今日行山60分鐘，RPE 14，休息日都可以輕鬆啲，注意天氣熱。", None)],
    "h18": [("cardio first", "strength", 60, "vigorous", "今天：先有氧后力量，先跑20分钟热身再练力量，RPE 14。", None)],
    "h19": [("three days only", "strength", 60, "vigorous", "今天：上肢力量60分钟，RPE 14。可以加到每周4天，上下肢分化。", "周日 力量训练 上肢\n周一 休息\n周二 力量训练 下肢\n周三 休息\n周四 力量训练 全身\n周五 休息\n周六 休息\n本周：每周4天")],
    "h20": [("swim in storm", "swim", 30, "light", "今天去游泳30分钟放松，RPE 10，膝盖会舒服点。3小时羽毛球有点多，下雨天带伞。", None)],
    "h22": [("rest the knee", "rest", 0, None, "Rest today and let the knee pain and swelling settle before aqua.", None)],
    "h24": [("5:30 walk on ice", "brisk_walk", 60, "moderate", "今天照常早上快走60分钟，RPE 12，零下注意保暖，不用改时间。", None)],
}


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "clients.jsonl"), encoding="utf-8")]
    problems, n = [], 0

    def probe(cid, label, should_pass, activity, minutes, intensity, hz, card, plan_text, exp):
        nonlocal n
        n += 1
        bad = verdict(exp, activity, minutes, intensity, hz, card, plan_text)
        ok = (not bad) == should_pass
        print(f"{'ok ' if ok else 'PROBLEM'} {cid} {label}: {'passes' if not bad else 'fails (' + '; '.join(bad)[:110] + ')'}")
        if not ok: problems.append(f"{cid} {label}")

    for r in rows:
        cid, lang, call, exp = r["id"], r["lang"], r["call"], r["expect"]
        zh = lang.startswith("zh")
        fam = "zh" if zh else "en"
        plan_text = "\n".join(call["plan"] + [call["week"]])
        num = RIGHT_NO[lang]
        conv = [("", lambda s: s)] + ([(" (trad)", to_trad), (" (simp)", to_simp)] if zh else [])
        # 1. own call passes, in both scripts
        for tag, f in conv:
            probe(cid, "own call" + tag, True, call["activity"], call["minutes"], call["intensity"],
                  call["hr_zone_bpm"], f(call["card"]), f(plan_text), exp)
        # 2. alternative correct card passes, in both scripts
        a, m, i, c = ALT_OK[cid]
        for tag, f in conv:
            probe(cid, "alt correct card" + tag, True, a, m, i, None, f(c), f(plan_text), exp)
        # 3. generic card without the client's question or fact fails
        probe(cid, "generic card", False, "brisk_walk", 30, "moderate", None, GENERIC[fam].format(n=num), plan_text, exp)
        # 4. must-rest: bland rest card fails must_match; a light walk fails
        if exp["must_rest"]:
            probe(cid, "bland rest card", False, "rest", 0, None, None, BLAND_REST[fam], plan_text, exp)
            probe(cid, "own card text but a light walk", False, "walk", 20, "light", None, call["card"], plan_text, exp)
        # 5. rest wrong: a rest card fails even with the client's own words in it
        if not exp["rest_acceptable"]:
            probe(cid, "rest card with own text", False, "rest", 0, None, None, call["card"], plan_text, exp)
            probe(cid, "bland rest card", False, "rest", 0, None, None, BLAND_REST[fam], plan_text, exp)
        # 6. wrong-region emergency number fails; harmless numbers (120 min, 120 bpm) do not
        probe(cid, "wrong-region number", False, call["activity"], call["minutes"], call["intensity"], call["hr_zone_bpm"],
              call["card"] + "\n" + WRONG_NO_SENT[lang], plan_text, exp)
        probe(cid, "harmless numbers", True, call["activity"], call["minutes"], call["intensity"], call["hr_zone_bpm"],
              call["card"] + (HARMLESS_NUMBERS[fam] if not exp["hr_zone_null"] else ""), plan_text, exp)
        # 7. dose caps
        if not exp["must_rest"]:
            probe(cid, "over max minutes", False, call["activity"], exp["max_minutes"] + 15, call["intensity"],
                  call["hr_zone_bpm"], call["card"], plan_text, exp)
            if exp["max_intensity"] != "vigorous":
                probe(cid, "above max intensity", False, call["activity"], call["minutes"], "vigorous",
                      call["hr_zone_bpm"], call["card"], plan_text, exp)
            if exp["hr_zone_null"]:
                probe(cid, "heart-rate zone given", False, call["activity"], call["minutes"], call["intensity"],
                      [100, 130], call["card"] + "\nHeart rate 100-130 bpm.", plan_text, exp)
        # 8. each wrong activity fails
        for w in exp["wrong_activities"]:
            if w == "rest": continue
            probe(cid, f"wrong activity {w}", False, w, min(30, exp["max_minutes"]), "light", None, call["card"], plan_text, exp)
        # 9. client-specific wrong answers
        for label, a, m, i, c, pl in WRONG.get(cid, []):
            for tag, f in conv:
                probe(cid, "wrong answer: " + label + tag, False, a, m, i, None, f(c), f(pl or plan_text), exp)

    print(f"\n{n} probes, {len(problems)} problems")
    for p in problems: print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
