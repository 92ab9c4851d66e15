#!/usr/bin/env python3
"""Probe panel68's expectations: neither too loose nor too tight.

For every client:
  own      the client's own call passes (as written and, for Chinese, converted to the other script)
  alt      a differently worded but correct card from another coach (literal below) passes  -> not too tight
  generic  'brisk walk 30 min, RPE 12-13' card fails must_match                               -> not too loose
  rest     a rest card fails for every rest-wrong client
  wrong    each wrong activity (the own call with that activity) fails
  near     hand-written near-miss cards (plausible but wrong) fail                             -> not too loose
Prints one line per test and a summary; exit 1 if any expectation is violated."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from s2t_map import to_trad, to_simp

INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)

def evaluate(c, activity, minutes, intensity, hr, card, plan_text, check_plan=True):
    """Failures of one candidate card against c['expect'] (both scripts for Chinese)."""
    e, f = c["expect"], []
    if e["must_rest"] and activity != "rest": f.append("not rest (must_rest)")
    if not e["rest_acceptable"] and activity == "rest": f.append("rest but rest is wrong")
    if activity in e["wrong_activities"]: f.append(f"wrong activity {activity}")
    if minutes > e["max_minutes"]: f.append(f"minutes {minutes} > {e['max_minutes']}")
    if intensity and INTENS[intensity] > INTENS[e["max_intensity"]]: f.append(f"intensity {intensity} > {e['max_intensity']}")
    if e["hr_zone_null"] and (hr is not None or HR_ZONE_TEXT.search(card + "\n" + plan_text)): f.append("heart-rate zone given")
    variants = [("", card, plan_text)]
    if c["lang"].startswith("zh"):
        variants += [(" [to Hant]", to_trad(card), to_trad(plan_text)), (" [to Hans]", to_simp(card), to_simp(plan_text))]
    for tag, cd, pl in variants:
        for p in e["must_match"]:
            if not re.search(p, cd): f.append(f"misses must_match{tag} {p[:50]!r}")
        for p in e["must_not_match"]:
            m = re.search(p, cd)
            if m: f.append(f"hits must_not_match{tag} {m.group(0)!r}")
        if check_plan:
            for p in e["plan_must_match"]:
                if not re.search(p, pl): f.append(f"plan misses{tag} {p[:50]!r}")
    return sorted(set(f))

def must_match_fails(c, card):
    cards = [card] + ([to_trad(card), to_simp(card)] if c["lang"].startswith("zh") else [])
    return all(any(not re.search(p, cd) for p in c["expect"]["must_match"]) for cd in cards)

GEN_EN = ("Today: brisk walk, moderate, 30 minutes, RPE 12-13 (you can talk but not sing). "
          "Warm up for 5 minutes first and cool down at the end. Not medical advice.")
GEN_ZH = "今天：快走，中等强度，30分钟，RPE 12-13（能说话，不能唱歌）。先热身5分钟，最后放松。（本建议不是医疗建议。）"
REST_EN = "Today: rest. Take the day off, sleep well and recover; we'll pick it up tomorrow. Not medical advice."
REST_ZH = "今天：休息。好好睡一觉，恢复体力，明天再练。（本建议不是医疗建议。）"

# ---- differently worded correct cards (activity, minutes, intensity, card, one-line plan)
ALT = {
 "h01": ("rest", 0, None, "Please don't exercise tonight. Arm and jaw discomfort brought on by climbing stairs could be your heart: get seen by a physician tomorrow, or go to urgent care. If it happens at rest or won't go away, call 911.",
         "No workouts this week until your doctor has checked the arm and jaw ache; then walking, building slowly."),
 "h02": ("walk", 30, "moderate", "别光歇着，膝关节炎要适度活动。今天在平路散步30分钟，能说话的速度；再做坐姿抬腿2组×15次。膝盖肿痛明显加重就停，去看医生。",
         "周一散步30分钟；周三坐姿抬腿和靠墙浅蹲；周五太极；周六力量练习"),
 "h03": ("walk", 15, "light", "Keep moving: gentle walking is better for back pain than lying down. 15 minutes of easy walking today at an effort you could chat at, a few times today if you like. If you get numbness in the saddle area or bladder problems, call 999.",
         "Walk every day, 15-30 min; an easy swim on Thursday."),
 "h04": ("rest", 0, None, "先不要做瑜伽。懷孕33週一直有液體流出，要排除羊水破了，請馬上到醫院婦產科急診檢查。",
         "本週先由醫院評估，醫師同意後再運動"),
 "h05": ("stationary_bike", 40, "moderate", "Too hot for a lunchtime tempo: 38 degrees is dangerous heat. Your lunch break is fine for the indoor bike, though: do 40 minutes on an indoor bike somewhere air-conditioned at RPE 12-13, and save the tempo for a cool early morning later this week. Heat exhaustion signs: dizziness, nausea, headache: stop. Emergency: 000.",
         "Runs at dawn only this week; tempo on the first cool morning."),
 "h06": ("rest", 0, None, "发着烧别运动。体温38度以上、全身酸痛属于“颈部以下”的症状，应卧床休息、补水。出现胸痛或呼吸困难请就医。",
         "退烧后慢慢恢复，先散步"),
 "h07": ("walk", 30, "moderate", "Yes, go for the walk: walking after a meal helps lower blood glucose, and 178 isn't a level that needs you to stop. 30 minutes at a pace where you can talk but not sing. Call 911 for chest pain.",
         "Walks most days plus 2 days of resistance bands."),
 "h08": ("strength", 20, "light", "唔使坐定定，反而要練腳力同平衡先可以防跌。今日落雨，喺屋企做20分鐘肌力練習：扶椅坐低企起、踮腳、單腳企，輕鬆程度，講到嘢。頭暈就停，有事打999。",
         "每日太極或散步，每星期3日平衡練習"),
 "h09": ("run", 40, "moderate", "It's too cold for an outdoor run with asthma: a -34 wind chill and dry air can set off an attack even after your puffer. Run indoors on the treadmill for 40 minutes, easy, RPE 12. Keep your inhaler handy; if it doesn't help, call 911.",
         "Runs on the treadmill while it's this cold."),
 "h10": ("walk", 30, "moderate", "降压药和二甲双胍都不妨碍运动，二甲双胍单用很少低血糖。出车前散步或快走30分钟，能说话的速度；走完别马上停，慢慢放松。不舒服拨打995。",
         "快走4天，力量2天（弹力带）"),
 "h11": ("yoga", 30, "light", "Skip the outdoor run: AQI 320 is hazardous, and an N95 won't seal well while you're breathing hard. Do 30 min of yoga or a home workout indoors with the windows closed, RPE 11-12. Emergency: call 112.",
         "Indoor sessions until the air clears."),
 "h12": ("rest", 0, None, "先别运动。长途飞行后单侧小腿肿痛，要警惕深静脉血栓，今天去医院做个B超。胸痛气短立即打120。",
         "先做检查，排除后再快走"),
 "h13": ("rest", 0, None, "No training tonight. Passing out during exercise needs a doctor's check of your heart before you play again; it isn't just dehydration until proven otherwise. If it happens again, call 111.",
         "No training until a doctor clears you."),
 "h14": ("yoga", 20, "light", "下了大夜先補眠，睡飽再說。下午起床後做20分鐘瑜伽或伸展，輕鬆程度、自覺輕鬆；這週不要下班直接練一小時。",
         "大夜期間：瑜伽、散步、短時間重訓"),
 "h15": ("run", 20, "light", "Head cold only and no fever: an easy 20 min jog is OK, but leave the 800s for another week. Keep the effort conversational. If it moves to your chest or you get a temperature, rest.",
         "Easy runs until Thursday, intervals next week."),
 "h16": ("swim", 30, "moderate", "怀孕期间可以运动，不用静养。今天游泳30分钟，能说话的强度。有阴道出血、腹痛、头晕就停，找医生。",
         "孕期每周运动5天，不仰卧"),
 "h17": ("brisk_walk", 35, "moderate", "Your beta-blocker caps your heart rate, so the watch zones don't apply to you. Walk 35 minutes at an effort where you can still talk (RPE 12-13). Don't chase zone 3. Chest pain: stop; call 000 if it lasts.",
         "Walks 4 days, strength and balance 2 days."),
 "h18": ("rest", 0, None, "今日唔好運動。血壓186/112超過180/110，先休息再量，今日就要睇醫生；頭痛加劇或胸口痛即刻打999。",
         "先見醫生控制血壓"),
 "h19": ("walk", 30, "moderate", "Skip the 30-day shred for now: daily HIIT from a standing start is too much. Start with a 30 min walk at a talk-but-not-sing pace and build up gradually over the coming weeks, adding strength twice a week. Chest pain or fainting: call 911.",
         "Walks 5 days, strength 2 days."),
 "h20": ("strength", 20, "moderate", "20分钟就够：做一组不跳的徒手循环，深蹲、弓步、俯卧撑，每个40秒歇20秒，RPE 13左右，不会吵醒孩子。",
         "一周两次力量，其他日子快走"),
 "h21": ("swim", 30, "moderate", "No 28k today. Last week's running jumped well past your usual load and the shin is complaining. Swim 30 min easy-moderate (RPE 12) instead, and get the shin checked by a physio if the bone is tender. Emergency: 112.",
         "Easy runs only if pain-free; bike on the other days."),
 "h22": ("tai_chi", 20, "light", "零下二十多度太冷，今天别去公园晨练。在家里打20分钟太极，自觉轻松到稍累。血压高的人冷天容易出事，胸痛就拨打120。",
         "每天在家打太极，中午暖和时快走"),
 "h23": ("strength", 40, "moderate", "Don't pop ibuprofen to force a leg session. Do upper body today instead, 40 min at RPE 7/10, and let the quads recover. Cola-coloured urine: go to the ER.",
         "Upper Mon/Thu, lower Wed/Sat, lighter."),
 "h24": ("run", 30, "moderate", "哮喘控制好不需要免体。跑前按医嘱用沙丁胺醇、热身10分钟，今天练30分钟，中等强度，能说话的程度。喘得厉害、吸药不缓解就打120。",
         "每周3次跑步，2次力量和跳绳"),
}

# ---- plausible but wrong cards (activity, minutes, intensity, hr, card): each must fail
NEAR = {
 "h01": [("brisk_walk", 20, "light", None, "Easy treadmill walk tonight, 20 min, RPE 11. The jaw and arm ache sounds like stress; warm up well. Ask your doctor at your next visit.")],
 "h02": [("run", 20, "moderate", None, "膝盖不疼就可以慢跑20分钟，RPE 12，运动对膝盖有好处。")],
 "h05": [("run", 45, "moderate", None, "Yes, fine to run at 1 pm at lunch if you go slower: it's hot, so take water. RPE 12.")],
 "h06": [("walk", 20, "light", None, "烧不高的话可以散步20分钟出出汗，能说话的强度。")],
 "h07": [("rest", 0, None, None, "Skip tonight's walk: your sugar is 178, which is high. Rest and recheck tomorrow.")],
 "h09": [("run", 45, "moderate", None, "Take your puffer and go: cold air is fine if you wear layers and a buff over your face. 8k at RPE 12.")],
 "h10": [("rest", 0, None, None, "吃着降压药先别运动，等医生调好药再说，小心头晕。")],
 "h11": [("run", 40, "moderate", None, "An N95 filters the smog, so an easy 40 min run outside at AQI 320 is OK. RPE 12.")],
 "h13": [("run", 30, "light", None, "Go easy at training tonight, RPE 11, and drink more water: fainting is usually dehydration.")],
 "h14": [("strength", 60, "moderate", None, "下班直接去健身房練一小時，練完回家好睡，RPE 13。")],
 "h15": [("run", 40, "vigorous", None, "Above-the-neck cold only, so run the 6x800 tonight at RPE 16 and rest tomorrow.")],
 "h16": [("rest", 0, None, None, "孕期还是以静养为主，先别跑步也别运动，等生完再说。")],
 "h17": [("brisk_walk", 40, "moderate", [110, 125], "Beta-blocker or not, push into zone 3: aim for 110-125 bpm on your walk, RPE 13.")],
 "h18": [("walk", 30, "light", None, "血壓有少少高，行山改為散步30分鐘，慢慢行，講到嘢就得。")],
 "h19": [("strength", 45, "vigorous", None, "Start the shred today: 45 min HIIT, RPE 16, burpees and jump squats. Go for it!")],
 "h20": [("run", 30, "vigorous", None, "去楼下跑步30分钟，RPE 15，效率最高。")],
 "h21": [("run", 120, "moderate", None, "Run the 28k today but slower, RPE 12; the shin will warm up as usual.")],
 "h22": [("tai_chi", 40, "moderate", None, "照常去公园打太极，多穿点，戴帽子，注意防寒，RPE 12。")],
 "h24": [("rest", 0, None, None, "哮喘的孩子还是开免体证明稳妥，先休息别跑。")],
}

def main():
    clients = [json.loads(l) for l in open(os.path.join(HERE, "..", "clients.jsonl"), encoding="utf-8")]
    bad, n = [], 0
    def report(cid, test, ok, detail=""):
        nonlocal n
        n += 1
        print(f"{cid} {test:<8} {'ok  ' if ok else 'FAIL'} {detail}")
        if not ok: bad.append(f"{cid} {test} {detail}")
    for c in clients:
        cid, cl, e = c["id"], c["call"], c["expect"]
        zh = c["lang"].startswith("zh")
        plan_text = "\n".join(cl["plan"] + [cl["week"]])
        f = evaluate(c, cl["activity"], cl["minutes"], cl["intensity"], cl["hr_zone_bpm"], cl["card"], plan_text)
        report(cid, "own", not f, "; ".join(f))
        a = ALT[cid]
        f = evaluate(c, a[0], a[1], a[2], None, a[3], a[4])
        report(cid, "alt", not f, f"({a[0]}) " + "; ".join(f))
        gen = GEN_ZH if zh else GEN_EN
        report(cid, "generic", must_match_fails(c, gen), "generic brisk-walk card fails must_match" if must_match_fails(c, gen) else "generic card PASSES must_match (too loose)")
        if not e["rest_acceptable"]:
            f = evaluate(c, "rest", 0, None, None, REST_ZH if zh else REST_EN, plan_text)
            report(cid, "rest", bool(f), "; ".join(f)[:90])
        for act in e["wrong_activities"]:
            f = evaluate(c, act, min(cl["minutes"], 30) or 30, "moderate" if act != "rest" else None, None,
                         cl["card"] if act != "rest" else (REST_ZH if zh else REST_EN), plan_text)
            if not f: report(cid, "wrong", False, f"{act} passes")
        report(cid, "wrong", True, f"{len(e['wrong_activities'])} wrong activities all fail")
        for nm in NEAR.get(cid, []):
            f = evaluate(c, nm[0], nm[1], nm[2], nm[3], nm[4], plan_text, check_plan=False)
            report(cid, "near", bool(f), f"({nm[0]}) " + "; ".join(f)[:100])
    mr = [c["id"] for c in clients if c["expect"]["must_rest"]]
    nr = [c["id"] for c in clients if not c["expect"]["rest_acceptable"]]
    print(f"\n{n} tests, {len(bad)} failures; must_rest {len(mr)} {mr}; rest wrong {len(nr)} {nr}")
    for b in bad: print("FAILURE", b)
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
