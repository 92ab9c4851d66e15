#!/usr/bin/env python3
"""Notes with labels known by construction, for training the advisor's
model to read what people write (tests/data/notes_eval/LABELS.md).

A note is one to four clauses joined the way people type. Each clause is
drawn for a reason: a symptom (body part x sensation x degree x time, a word
for it, or a number: 体温38.6, 101F), a condition (its name, a drug or a
device that implies it, a reading: 160/100, 血糖11.8, 孕28周, a due date),
a mood, or a plan or fact that says nothing. Some clauses mention a symptom
or condition that must NOT count (negated, somebody else's, healed or long
past, a figure of speech, a normal reading, the weather's temperature). The
labels are the union of what the counting clauses say; the mood is that of
the mood clause, else neutral. Noise follows: typos and repeated letters in
English, pinyin slips in Chinese, emoji, interjections, the other language's
word for a thing.

The held-out split uses frames and words this split never trains on (the
last HOLD of each list), so a held-out figure measures reading unseen
phrasings. The independent measure is tests/data/notes_eval (hand-written,
frozen, never used here).

usage: notes_corpus.py N OUT.jsonl [--seed S] [--split train|test]
       (make_data.py imports note() for its profiles)
"""
import json
import random
import sys

HOLD = 2
SYMPTOMS = ["chest_pain", "dizziness", "fever", "breathlessness", "palpitations", "acute_illness",
            "pregnancy_warning"]
CONDITIONS = ["hypertension", "diabetes", "asthma", "heart_disease", "pregnancy", "knee_injury", "ankle_injury",
              "low_back_pain"]
MOODS = ["positive", "negative", "stressed", "tired", "neutral"]
FLAG_ORDER = CONDITIONS + SYMPTOMS  # as lib/advisor/safety.c names the bits


def pick(lst, split, rng):
    """Training draws from all but the last HOLD items; the test split only from those."""
    if len(lst) <= HOLD:
        return rng.choice(lst)
    return rng.choice(lst[-HOLD:]) if split == "test" else rng.choice(lst[:-HOLD])


# ----------------------------------------------------------------- degrees and times
DEG = {"zh": ["有点", "有一点", "一点点", "稍微有点", "挺", "特别", "好", "很", "隐隐", "略微", "有些", "非常", "超级", "巨", ""],
       "en": ["a bit", "a little", "kinda", "kind of", "sort of", "slightly", "really", "super", "pretty", "very",
              "so", "mildly", "quite", ""]}
TIME = {"zh": ["今天", "早上", "昨晚开始", "这两天", "最近", "刚才", "从昨天起", "一阵一阵的", "时不时", "这几天一直", "下午",
               "起床后", "上班路上", "半夜", "今天一早"],
        "en": ["today", "this morning", "since last night", "the last couple days", "lately", "just now",
               "since yesterday", "on and off", "every now and then", "all week", "this afternoon", "since i woke up",
               "on my way to work", "in the middle of the night", "for a few hours"]}
HEDGE = {"zh": ["好像", "感觉", "说不上来，", "不知道是不是", "可能是", "不确定，", "怎么说呢，"],
         "en": ["i think", "not sure but", "maybe", "idk", "dunno if its anything but", "weirdly", "honestly"]}

# ----------------------------------------------------------------- symptoms
CHEST_BODY = {"zh": ["胸口", "心口", "胸前", "胸部", "左胸", "胸骨后面", "心窝", "前胸"],
              "en": ["chest", "breastbone", "sternum", "left side of my chest", "middle of my chest", "upper chest",
                     "chest area", "center of my chest"]}
CHEST_SENS = {"zh": ["疼", "痛", "闷", "发紧", "压着难受", "堵得慌", "憋得慌", "不舒服", "隐隐作痛", "刺痛", "像压了块石头",
                     "紧紧的", "沉沉的", "揪着疼", "有压迫感", "闷闷的", "不太舒服", "发胀"],
              "en": ["hurts", "aches", "feels tight", "feels heavy", "has this pressure", "feels squeezed",
                     "is burning", "feels weird", "is uncomfortable", "has a dull ache", "has a sharp pain",
                     "feels like something is sitting on it", "feels crushed", "has a stabbing feeling",
                     "feels off", "is sore for no reason", "feels constricted", "has a tight band around it"]}
RADIATE = {"zh": ["疼到左胳膊", "连着左肩膀一起疼", "窜到下巴", "往脖子上窜", "带着后背也疼", "放射到左手臂"],
           "en": ["going down my left arm", "spreading to my jaw", "up into my neck", "into my left shoulder",
                  "radiating to my back", "down my arm"]}
EXERTION = {"zh": ["爬楼的时候", "走快一点就", "上坡时", "一运动就", "跑了几步就", "拎东西时"],
            "en": ["when i climb stairs", "when i walk fast", "going uphill", "when i exercise", "after a few steps",
                   "carrying groceries"]}
DIZZY = {"zh": ["头晕", "头有点晕", "晕乎乎的", "发晕", "眼前发黑", "眼前一黑", "站起来眼冒金星", "天旋地转", "差点晕倒",
                "头重脚轻", "晕得站不稳", "一起身就晕", "头昏眼花", "脑袋发晕", "晕过去了一下", "差点栽倒"],
         "en": ["dizzy", "lightheaded", "light headed", "woozy", "the room is spinning", "nearly fainted",
                "almost passed out", "blacked out for a sec", "seeing stars when i stand up", "my head is spinning",
                "unsteady on my feet", "vertigo again", "felt faint", "head rush every time i stand",
                "everything went dark for a second", "wobbly and dizzy"]}
FEVER_WORDS = {"zh": ["发烧了", "有点发烧", "低烧", "发高烧", "烧还没退", "有点烧", "发热", "烧起来了", "体温有点高", "浑身发烫"],
               "en": ["have a fever", "feverish", "running a temp", "running a fever", "burning up", "low grade fever",
                      "a fever since yesterday", "fever and chills", "got a temperature", "think i have a fever"]}
BREATH = {"zh": ["喘不上气", "气短", "爬一层楼就喘", "走几步就喘", "呼吸困难", "上不来气", "晚上憋醒", "说话都喘", "透不过气",
                 "躺下就喘不过气", "呼吸费劲"],
          "en": ["short of breath", "out of breath just walking", "winded after one flight of stairs",
                 "can't catch my breath", "struggling to breathe", "breathless sitting down", "woke up gasping",
                 "hard to breathe", "wheezy and short of breath", "can't get enough air"]}
PALP = {"zh": ["心慌", "心悸", "心跳好快", "心跳乱跳", "心脏怦怦乱跳", "心跳漏了几拍", "躺着心跳都很快", "心突突的",
               "心跳不齐", "心里扑通扑通的"],
        "en": ["heart racing", "palpitations", "my heart is pounding", "heart skipping beats", "heart fluttering",
               "irregular heartbeat", "heart doing flips", "pulse racing while sitting", "heart thumping for no reason",
               "feel my heart beating fast at rest"]}
ILL = {"zh": ["拉肚子", "上吐下泻", "流感", "全身酸痛", "浑身疼", "吐了好几次", "肠胃炎", "食物中毒了", "阳了", "咳嗽还有黄痰",
              "重感冒浑身没劲", "胃肠炎", "发冷还浑身疼"],
       "en": ["the flu", "a stomach bug", "food poisoning", "body aches all over", "throwing up", "diarrhea",
              "vomiting since last night", "chest cold with lots of phlegm", "covid", "achy all over and chills",
              "a nasty stomach virus", "the runs all day"]}
PREG_WARN = {"zh": ["见红了", "有点出血", "肚子一阵一阵发紧", "规律宫缩", "好像破水了", "下面流水", "小腿又肿又疼",
                    "头痛得厉害还眼花", "吐得吃不下东西", "胎动变少了"],
             "en": ["some bleeding", "spotting", "regular cramps every ten minutes", "contractions",
                    "leaking fluid", "my water might have broken", "calf swollen and painful",
                    "bad headache and seeing spots", "can't keep any food down", "baby moving less"]}


def temp_text(rng, lang, split):
    c = round(rng.uniform(38.0, 40.2), 1)
    forms_zh = [f"体温{c}", f"{c}度", f"烧到{c}", f"量了一下{c}", f"{int(c)}度{int(round(c * 10)) % 10}",
                f"体温计显示{c}℃", f"额温{c}", f"{c}°C"]
    f = round(c * 9 / 5 + 32, 1)
    forms_en = [f"temp {c}", f"{f}F", f"temperature of {f}", f"thermometer says {c}", f"{c} C", f"ran a {f} last night",
                f"fever {c}", f"temp is {f} f"]
    return pick(forms_zh if lang == "zh" else forms_en, split, rng)


def symptom_clause(rng, lang, split, s):
    d, t = pick(DEG[lang], split, rng), pick(TIME[lang], split, rng)
    if s == "chest_pain":
        r = rng.random()
        b, sens = pick(CHEST_BODY[lang], split, rng), pick(CHEST_SENS[lang], split, rng)
        if lang == "zh":
            if r < 0.5: return f"{t}{b}{d}{sens}"
            if r < 0.7: return f"{pick(EXERTION[lang], split, rng)}{b}{sens}"
            if r < 0.85: return f"{b}{sens}，{pick(RADIATE[lang], split, rng)}"
            return rng.choice(["胸闷", "胸痛", "胸口闷得慌", "心口疼", "胸口发紧"]) + t
        if r < 0.5: return f"my {b} {d} {sens} {t}".replace("  ", " ")
        if r < 0.7: return f"{b} {sens} {pick(EXERTION[lang], split, rng)}"
        if r < 0.85: return f"ache in my {b} {pick(RADIATE[lang], split, rng)}"
        return rng.choice(["chest pain", "tight chest", "chest pressure", "pain in my chest", "chest tightness"]) + " " + t
    if s == "fever":
        if rng.random() < 0.45: return temp_text(rng, lang, split)
        w = pick(FEVER_WORDS[lang], split, rng)
        return f"{t}{w}" if lang == "zh" else f"{w} {t}"
    table = {"dizziness": DIZZY, "breathlessness": BREATH, "palpitations": PALP, "acute_illness": ILL,
             "pregnancy_warning": PREG_WARN}[s]
    w = pick(table[lang], split, rng)
    if lang == "zh":
        return rng.choice([f"{t}{w}", f"{d}{w}" if len(w) <= 3 else w, w])
    return rng.choice([f"{w} {t}", f"feeling {w}" if s == "dizziness" else w, f"been {w} {t}" if s != "acute_illness" else f"got {w}"])


# ----------------------------------------------------------------- conditions
COND = {
    "hypertension": {"zh": ["高血压", "血压高", "血压一直偏高", "在吃降压药", "每天吃氨氯地平", "吃着络活喜", "血压不稳",
                            "高血压好几年了", "医生说我血压高", "降压药吃了三年"],
                     "en": ["high blood pressure", "hypertension", "on bp meds", "taking lisinopril", "on amlodipine",
                            "my bp runs high", "blood pressure pills every morning", "htn for years",
                            "doc says my pressure is high", "on losartan"]},
    "diabetes": {"zh": ["糖尿病", "二型糖尿病", "打胰岛素", "吃二甲双胍", "血糖高", "糖友一枚", "戴着动态血糖", "血糖控制不好",
                        "糖尿病十年了", "每天扎手指测血糖"],
                 "en": ["type 2 diabetes", "diabetic", "on insulin", "on metformin", "my sugars run high", "t1d",
                        "wearing my cgm", "prediabetic and on meds", "insulin pump", "diabetes for ten years"]},
    "asthma": {"zh": ["哮喘", "有哮喘", "带着吸入剂", "哮喘喷雾随身带", "运动性哮喘", "从小有哮喘", "吸了两下万托林", "支气管哮喘"],
               "en": ["asthma", "asthmatic", "inhaler in my pocket", "used my ventolin", "exercise induced asthma",
                      "had to use my puffer", "albuterol before runs", "asthma flaring with the pollen"]},
    "heart_disease": {"zh": ["冠心病", "放过支架", "心梗过", "房颤", "早搏", "心衰", "装了起搏器", "心脏搭过桥", "心脏不好",
                             "在吃波立维", "心律不齐", "心肌病"],
                      "en": ["heart disease", "a stent", "had a heart attack", "afib", "pvcs", "heart failure",
                             "a pacemaker", "had bypass surgery", "bad heart", "on plavix", "arrhythmia",
                             "coronary artery disease"]},
    "pregnancy": {"zh": ["怀孕了", "孕期", "怀宝宝", "孕中期", "孕晚期", "预产期在三月", "刚建档", "产检一切正常", "孕吐",
                         "肚子里的宝宝", "怀二胎", "准妈妈"],
                  "en": ["pregnant", "expecting a baby", "second trimester", "third trimester", "due in march",
                         "baby bump", "my ob says all fine", "morning sickness", "first pregnancy", "baby kicking",
                         "bun in the oven", "prenatal yoga class"]},
    "knee_injury": {"zh": ["膝盖疼", "半月板损伤", "膝盖上下楼咔咔响还疼", "跑步膝", "十字韧带撕裂", "膝关节炎", "膝盖肿了",
                           "膝盖扭了一下", "老寒腿", "膝盖积水", "髌骨软化", "膝盖发软"],
                    "en": ["knee pain", "torn meniscus", "knee clicks and aches on stairs", "runner's knee", "acl tear",
                           "knee arthritis", "swollen knee", "twisted my knee", "bad knee", "patellofemoral pain",
                           "knee gives out sometimes", "it band pain on the outside of my knee"]},
    "ankle_injury": {"zh": ["崴脚了", "脚踝扭伤", "脚踝肿了", "跟腱疼", "扭到脚了", "崴了一下", "脚脖子疼", "跟腱炎",
                            "脚踝老是崴", "脚踝有点肿"],
                     "en": ["rolled my ankle", "sprained ankle", "ankle is swollen", "achilles pain", "twisted my ankle",
                            "achilles tendinitis", "ankle still sore from the sprain", "went over on my ankle",
                            "weak ankle", "ankle hurts"]},
    "low_back_pain": {"zh": ["腰疼", "腰间盘突出", "坐骨神经痛", "腰肌劳损", "闪了腰", "腰椎不好", "下背痛", "腰酸背痛",
                             "腰突", "后腰疼"],
                      "en": ["lower back pain", "herniated disc", "sciatica", "threw my back out", "lumbar strain",
                             "l4 l5 bulge", "back spasms", "bad back", "slipped disc", "lower back is killing me"]},
}


def bp_text(rng, lang, split, high=True):
    s = rng.randint(142, 178) if high else rng.randint(100, 128)
    d = rng.randint(91, 108) if high else rng.randint(62, 82)
    zh = [f"血压{s}/{d}", f"高压{s}低压{d}", f"量了血压{s}/{d}", f"今天测的{s}/{d}"]
    en = [f"bp {s}/{d}", f"my bp was {s} over {d}", f"blood pressure {s}/{d}", f"{s}/{d} this morning"]
    return pick(zh if lang == "zh" else en, split, rng)


def glucose_text(rng, lang, split, high=True):
    if rng.random() < 0.5:
        v = round(rng.uniform(11.2, 19.0), 1) if high else round(rng.uniform(4.4, 5.8), 1)
        zh, en = [f"血糖{v}", f"空腹血糖{v}", f"测了血糖{v}"], [f"sugar {v} mmol", f"glucose {v}", f"bg {v}"]
    else:
        v = rng.randint(205, 340) if high else rng.randint(80, 110)
        zh, en = [f"血糖{v}", f"餐后血糖{v}"], [f"sugar was {v}", f"blood sugar {v} this morning", f"glucose {v} mg/dl"]
    return pick(zh if lang == "zh" else en, split, rng)


def preg_weeks_text(rng, lang, split):
    w = rng.randint(6, 39)
    zh = [f"孕{w}周", f"怀孕{w}周了", f"宝宝{w}周了", f"孕{rng.randint(2, 8)}个月"]
    en = [f"{w} weeks pregnant", f"{w} weeks along", f"{w}w pregnant", f"{rng.randint(2, 8)} months pregnant"]
    return pick(zh if lang == "zh" else en, split, rng)


def condition_clause(rng, lang, split, c):
    r = rng.random()
    if c == "hypertension" and r < 0.3: return bp_text(rng, lang, split)
    if c == "diabetes" and r < 0.3: return glucose_text(rng, lang, split)
    if c == "pregnancy" and r < 0.3: return preg_weeks_text(rng, lang, split)
    w = pick(COND[c][lang], split, rng)
    if lang == "zh":
        return rng.choice([w, f"我{w}", f"{pick(TIME[lang], split, rng)}{w}", f"有{w}" if len(w) <= 4 else w])
    return rng.choice([w, f"i have {w}" if " " not in w[:3] else w, f"dealing with {w}", f"{w} {pick(TIME[lang], split, rng)}"])


# ----------------------------------------------------------------- what must not count
THIRD = {"zh": ["我爸", "我妈", "老公", "老婆", "同事", "我闺蜜", "我奶奶", "邻居大爷", "我朋友", "我哥"],
         "en": ["my dad", "my mom", "my husband", "my wife", "a coworker", "my best friend", "my grandma", "my neighbour",
                "my brother", "my sister"]}
THIRD_EN = ["has high blood pressure", "is diabetic", "has asthma", "had a heart attack", "is pregnant",
            "tore his acl", "sprained her ankle", "has sciatica", "has a fever", "fainted at the gym",
            "has chest pains", "is on insulin", "got a stent", "has afib", "is expecting twins"]
NEG_ZH = ["没有{w}", "不{w}", "没{w}", "也没{w}", "一点也不{w}", "没什么{w}"]
NEG_EN = ["no {w}", "not {w}", "no {w} at all", "zero {w}", "never had {w}", "no sign of {w}"]
NEGATABLE = {"zh": {"chest_pain": ["胸痛", "胸闷"], "dizziness": ["头晕", "晕"], "fever": ["发烧", "烧"],
                    "breathlessness": ["气短", "喘"], "palpitations": ["心慌"]},
             "en": {"chest_pain": ["chest pain", "chest tightness"], "dizziness": ["dizziness", "dizzy"],
                    "fever": ["fever", "feverish"], "breathlessness": ["shortness of breath"],
                    "palpitations": ["palpitations"]}}
HEALED = {"zh": ["膝盖早就好了", "去年崴过脚，现在没事了", "烧退了三天了", "以前有过腰疼，早好了", "感冒已经好了",
                 "脚踝伤好利索了", "头晕的毛病已经没了"],
          "en": ["knee is fully healed", "sprained my ankle two years ago, fine now", "fever broke days ago",
                 "back pain is long gone", "over the flu now", "the dizziness went away last month",
                 "had sciatica years ago, all good now"]}
# Figures of speech that carry no mood (those that do are in MOOD below).
FIGURATIVE = {"zh": ["热死了", "这课表看晕了", "我是跑步发烧友", "这道题把我绕晕了", "手机快没电了", "冷得要命",
                     "今天的课把我搞晕了", "饭菜香得要命"],
              "en": ["this heat is killing me", "spinning class tonight", "hay fever season", "my phone is dying",
                     "break a leg, she said", "the traffic was a headache", "the plan makes my head spin",
                     "cold enough to freeze"]}
NORMAL_NUMS = {"zh": ["血压120/80，正常", "体温36.6", "外面35度好热", "今天38度", "血糖5.2正常", "心率62"],
               "en": ["bp 118/76, normal", "temp 36.7", "it's 35 degrees outside", "98.6 this morning, all fine",
                      "fasting sugar 5.0", "resting hr 58"]}


def not_counting_clause(rng, lang, split):
    r = rng.random()
    if r < 0.3:
        s = rng.choice(list(NEGATABLE[lang]))
        w = rng.choice(NEGATABLE[lang][s])
        return (rng.choice(NEG_ZH) if lang == "zh" else rng.choice(NEG_EN)).format(w=w), "negated"
    if r < 0.5:
        who = pick(THIRD[lang], split, rng)
        if lang == "zh":
            c = rng.choice(CONDITIONS + ["chest_pain", "fever", "dizziness"])
            w = pick(COND[c][lang], split, rng) if c in COND else rng.choice(NEGATABLE[lang][c])
            return f"{who}{w}", "third_party"
        return f"{who} {pick(THIRD_EN, split, rng)}", "third_party"
    if r < 0.65: return pick(HEALED[lang], split, rng), "healed"
    if r < 0.85: return pick(FIGURATIVE[lang], split, rng), "figurative"
    return pick(NORMAL_NUMS[lang], split, rng), "normal"


# ----------------------------------------------------------------- moods and fillers
MOOD = {
    "positive": {"zh": ["心情超好", "今天状态不错", "开心", "精神满满", "好兴奋", "干劲十足", "美滋滋", "冲冲冲", "特别有动力",
                        "心情美美的", "元气满满", "爽", "终于升职了开心", "睡得好精神好"],
                 "en": ["feeling great", "in a good mood", "so pumped", "happy today", "full of energy", "motivated af",
                        "stoked", "ready to crush it", "feeling awesome", "yay", "best day ever", "can't wait to train",
                        "got promoted, buzzing", "slept great, feel fresh", "dying to run", "heart is full"]},
    "negative": {"zh": ["心情不好", "难过", "郁闷", "烦死了", "好丧", "不想动", "伤心", "失恋了", "唉", "没意思", "气死了",
                        "心情低落", "提不起劲", "委屈", "心塞", "心碎了一地", "被老板气得血压飙升"],
                 "en": ["feeling down", "sad", "in a funk", "so annoyed", "bummed", "can't be bothered", "upset",
                        "just got dumped", "ugh", "meh", "frustrated", "low mood", "feel like crap today", "lonely",
                        "heartbreaking news today", "sick of this weather", "blood is boiling after that meeting"]},
    "stressed": {"zh": ["压力好大", "焦虑", "紧张", "明天考试好慌", "工作压力山大", "担心", "ddl要到了", "心里没底",
                        "忙得焦头烂额", "有点怕", "心神不宁", "好焦虑啊", "要疯了", "头大"],
                 "en": ["stressed", "anxious", "nervous", "exams next week", "so much pressure at work", "worried",
                        "deadline tomorrow", "overwhelmed", "on edge", "freaking out a bit", "can't relax",
                        "tense all day"]},
    "tired": {"zh": ["好累", "累死了", "没睡好", "困", "熬夜了", "疲惫", "没精神", "浑身没劲", "值夜班刚下", "只睡了四个小时",
                     "累成狗", "好困啊", "心累"],
              "en": ["so tired", "exhausted", "slept badly", "sleepy", "pulled an all nighter", "drained",
                     "no energy", "wiped out", "night shift", "only slept 4 hours", "knackered", "running on fumes",
                     "my legs are dead", "dead tired"]},
}
FILLER = {"zh": ["想去跑步", "晚上有空", "打算练腿", "周末去爬山", "刚吃完饭", "今天下雨", "想减肥", "想游泳", "下班了",
                 "明天要出差", "孩子放假了", "准备去健身房", "在家办公", "天气不错"],
          "en": ["want to run", "free tonight", "leg day planned", "hiking this weekend", "just had lunch",
                 "raining today", "trying to lose weight", "thinking of swimming", "off work now",
                 "travelling tomorrow", "kids are on holiday", "heading to the gym", "working from home",
                 "nice weather"]}

# ----------------------------------------------------------------- noise
PINYIN_SLIPS = {"胸": "凶", "晕": "云", "烧": "少", "喘": "穿", "舒": "蜀", "慌": "荒", "压": "鸭", "疼": "腾", "累": "泪"}
EMOJI = {"positive": ["😊", "💪", "😄", "🎉", "✨"], "negative": ["😢", "😞", "🙄", "😤"], "stressed": ["😰", "😬", "🤯"],
         "tired": ["😴", "🥱", "😩"], "neutral": ["", "🙂", "🏃"]}
INTERJ = {"zh": ["啊", "呢", "吧", "哈", "嗯", "唉", "哎", "呀"], "en": ["ugh", "lol", "hmm", "ok", "tbh", "welp"]}
CROSS = {"zh": {"头晕": "dizzy", "胸口": "chest", "发烧": "fever", "膝盖": "knee", "累": "tired", "压力": "stress"},
         "en": {"chest": "胸口", "dizzy": "头晕", "fever": "发烧", "knee": "膝盖", "tired": "累", "stressed": "压力大"}}


def typo(word, rng):
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    r = rng.random()
    if r < 0.3: return word[:i] + word[i + 1:]                           # dropped letter
    if r < 0.55: return word[:i] + word[i] * rng.randint(2, 4) + word[i + 1:]  # repeated letter
    if r < 0.8: return word[:i - 1] + word[i] + word[i - 1] + word[i + 1:]     # swapped letters
    return word[:i] + rng.choice("aeiou") + word[i:]                      # an extra vowel


def noisy(text, lang, mood, rng):
    if lang == "en":
        words = text.split(" ")
        for k in range(len(words)):
            if rng.random() < 0.08:
                words[k] = typo(words[k], rng)
        text = " ".join(words)
    elif rng.random() < 0.12:
        for a, b in PINYIN_SLIPS.items():
            if a in text and rng.random() < 0.5:
                text = text.replace(a, b, 1)
                break
    if rng.random() < 0.1:
        for a, b in CROSS[lang].items():
            if a in text:
                text = text.replace(a, b if lang == "zh" else " " + b + " ", 1).replace("  ", " ")
                break
    if rng.random() < 0.15:
        text += rng.choice(INTERJ[lang])
    if rng.random() < 0.2:
        text += rng.choice(EMOJI[mood])
    return text.strip()


def note(rng, lang=None, split="train"):
    """One note and its labels: (text, lang, symptoms, conditions, mood)."""
    lang = lang or rng.choice(["zh", "en"])
    clauses, syms, conds = [], set(), set()
    mood = rng.choice(MOODS)
    kinds = rng.choices(["symptom", "condition", "not", "filler"], weights=[0.35, 0.45, 0.3, 0.5],
                        k=rng.choice([0, 1, 1, 2, 2, 3]))
    for k in kinds:
        if k == "symptom":
            s = rng.choice(SYMPTOMS)
            if s == "pregnancy_warning" and "pregnancy" not in conds:
                conds.add("pregnancy")
                clauses.append(condition_clause(rng, lang, split, "pregnancy"))
            syms.add(s)
            clauses.append(symptom_clause(rng, lang, split, s))
        elif k == "condition":
            c = rng.choice(CONDITIONS)
            conds.add(c)
            clauses.append(condition_clause(rng, lang, split, c))
        elif k == "not":
            clauses.append(not_counting_clause(rng, lang, split)[0])
        else:
            clauses.append(pick(FILLER[lang], split, rng))
    if mood != "neutral" and (rng.random() < 0.85 or not clauses):
        clauses.append(pick(MOOD[mood][lang], split, rng))
    else:
        mood = "neutral"  # no mood clause, no mood
        if not clauses:
            clauses.append(pick(FILLER[lang], split, rng))
    if rng.random() < 0.15 and syms:  # a hedge in front of a symptom: "not sure but my chest feels tight"
        k = rng.randrange(len(clauses))
        clauses[k] = pick(HEDGE[lang], split, rng) + ("" if lang == "zh" else " ") + clauses[k]
    rng.shuffle(clauses)
    sep = rng.choice(["，", "。", " ", "，", "～", "！"]) if lang == "zh" else rng.choice([", ", ". ", " ", ", ", "... ", " and "])
    text = sep.join(c for c in clauses if c)
    if lang == "en" and rng.random() < 0.5:
        text = text[0].upper() + text[1:]
    text = noisy(text, lang, mood, rng)
    return text, lang, sorted(syms, key=SYMPTOMS.index), sorted(conds, key=CONDITIONS.index), mood


def conditions_target(syms, conds):
    """The conditions task's answer: the flags in lib/advisor/safety.c's order, or none."""
    got = [f for f in FLAG_ORDER if f in syms or f in conds]
    return ", ".join(got) or "none"


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    n, out = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 3
    split = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else "train"
    rng = random.Random(seed)
    with open(out, "w", encoding="utf-8") as f:
        for _ in range(n):
            text, lang, syms, conds, mood = note(rng, split=split)
            f.write(json.dumps({"text": text, "lang": lang, "symptoms": syms, "conditions": conds, "mood": mood},
                               ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
