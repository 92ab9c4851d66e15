#!/usr/bin/env python3
"""Training data for the advisor's model, from random profiles.

Reading the notes (the mood and conditions tasks) is learned from notes whose
labels are known by construction (notes_corpus.py builds them clause by
clause) and from notes written by hand for their labels
(weights/train_notes/*.jsonl), never from the keyword rules of lib/advisor/notes.c,
so the model can read what the rules miss.

The activity scores and the advice wording come from the repository's own
knowledge-based advisor (build/motion-advisor recommend --json --model
none): its activity prior (what the knowledge says suits this person,
before today's safety rules, history, preferences and feedback) and its
advice text.

Notes and goals are built from phrasings in Chinese and English of which the
test split holds out whole frames and words, so the test measures reading
sentences never seen in training, not memory.

usage: make_data.py BUILD_DIR OUT_DIR [--n N] [--extra-notes N] [--seed S]
Writes OUT_DIR/{train,test}.jsonl with {"task", "input", "target", ...} rows
and OUT_DIR/text.txt for the sentencepiece vocabulary.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import notes_corpus  # noqa: E402

ACTS = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength", "stationary_bike",
        "elliptical", "stretching", "rest"]
CONDS = ["hypertension", "diabetes", "asthma", "heart_disease", "pregnancy", "knee_injury", "ankle_injury",
         "low_back_pain"]
FLAGS = notes_corpus.FLAG_ORDER
MOODS = ["neutral", "positive", "negative", "stressed", "tired"]
HOLD = 3  # frames per list held out for the test set
ADVICE_REPEAT = 40  # training rows per (language, activity, intensity) advice pair

# Distractors: words that belong to no frame, inserted at random into a
# copy of the notes (the teacher labels the copy again), so the model learns
# that a word it has never seen carries no mood and no condition. Without
# them, unseen words in held-out frames made the model invent symptoms.
DISTRACT = {
    "zh": list("的一是在有人这中大为上个国我以要他时来用们生到作地于出就分对成会可自也能下过子说产种面而方后多定行"
               "学法所民得经十三之进着等部度家电力里如水化高理起小物现实加量都两体制机当使点从业本去把性好应开它合"
               "还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道"
               "命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及"
               "管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则"
               "任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清"
               "己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话"
               "米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深"
               "难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候"
               "毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"),
    "en": ["table", "window", "river", "yellow", "quickly", "paper", "seven", "garden", "music", "letter", "travel",
           "kitchen", "number", "market", "winter", "bridge", "pencil", "orange", "blue", "because", "almost",
           "maybe", "question", "answer", "office", "station", "train", "bus", "car", "phone", "email", "meeting",
           "report", "dinner", "breakfast", "movie", "book", "story", "picture", "camera", "cloud", "mountain",
           "island", "city", "village", "street", "corner", "history", "science", "school", "teacher", "student",
           "brother", "sister", "mother", "father", "neighbour", "dog", "cat", "bird", "flower", "tree", "grass",
           "stone", "glass", "bottle", "coffee", "tea", "rice", "bread", "apple", "banana", "soup", "salt", "sugar",
           "chair", "door", "floor", "wall", "roof", "shirt", "shoes", "jacket", "hat", "money", "price", "shop",
           "holiday", "birthday", "party", "game", "team", "match", "score", "idea", "plan", "project", "problem",
           "reason", "result", "system", "program", "computer", "screen", "keyboard", "network", "server", "note",
           "monday", "friday", "sunday", "morning", "evening", "night", "yesterday", "tomorrow", "often", "never",
           "always", "sometimes", "really", "also", "still", "just", "only", "very", "quite", "rather", "then",
           "there", "here", "where", "when", "which", "while", "after", "before", "during", "around", "between",
           "through", "under", "over", "inside", "outside", "the", "a", "some", "many", "few", "every", "other",
           "said", "told", "asked", "wrote", "read", "saw", "found", "made", "took", "gave", "went", "came"],
}


def distract(notes, lang, rng):
    """notes with one to three distractor words inserted at random places."""
    for _ in range(rng.randint(1, 3)):
        if lang == "zh":
            w = "".join(rng.choice(DISTRACT["zh"]) for _ in range(rng.randint(1, 3)))
            k = rng.randint(0, len(notes))
            notes = notes[:k] + w + notes[k:]
        else:
            words = notes.split(" ")
            words.insert(rng.randint(0, len(words)), rng.choice(DISTRACT["en"]))
            notes = " ".join(words)
    return notes


# Goals: words per family, shared by both splits, some with the keywords
# the teacher reads (lib/advisor/prior.c mr_goal_read) and some without (the teacher
# reads those as "health"), set in frames of which the test set holds out
# whole ones, as for the notes. The frames carry no keyword of their own.
GOAL_FRAMES = {
    "zh": ["{w}", "想{w}", "目标是{w}", "希望{w}", "主要想{w}", "今年要{w}", "最想{w}", "打算{w}", "{w}就好", "争取{w}",
           "为了{w}", "我的目标：{w}", "想试着{w}", "{w}吧", "这个月想{w}", "一心想{w}", "计划{w}", "盼着能{w}"],
    "en": ["{w}", "I want to {w}", "my goal: {w}", "hoping to {w}", "mainly {w}", "{w} this year", "trying to {w}",
           "would like to {w}", "{w}, slowly", "goal is to {w}", "{w} if possible", "working on: {w}",
           "want to {w} soon", "{w} step by step", "plan: {w}", "I hope to {w}", "aiming to {w}",
           "{w} before next year"],
}
GOAL_WORDS = {
    "weight": {"zh": ["减肥", "想减重", "减脂", "瘦一点", "控制体重", "今年想瘦十斤", "把体重降下来", "减掉一些脂肪"],
               "en": ["lose weight", "weight loss", "burn fat", "get slim", "lose some weight", "get my weight down",
                      "drop body fat", "cut fat before summer"]},
    "strength": {"zh": ["增肌", "练力量", "增加肌肉", "塑形", "变得更有力量", "练出肌肉", "想增肌塑形", "提升力量"],
                 "en": ["build muscle", "get stronger", "strength", "tone up", "more muscle", "gain strength",
                        "muscle gain", "become stronger"]},
    "endurance": {"zh": ["提高耐力", "准备马拉松", "增强体能", "练心肺", "跑完半程马拉松", "提升心肺功能",
                         "耐力更好", "体能更好"],
                  "en": ["endurance", "train for a marathon", "more stamina", "better cardio", "run a half marathon",
                         "improve my stamina", "build endurance", "cardio fitness"]},
    "flexibility": {"zh": ["柔韧性", "放松身体", "减压", "更灵活", "想放松一下", "提高柔韧", "身体更灵活", "放松心情"],
                    "en": ["flexibility", "relax", "reduce stress", "mobility", "just relax", "be more flexible",
                           "better mobility", "relax my body"]},
    "health": {"zh": ["保持健康", "身体健康", "养成运动习惯", "多动动", "健康生活", "改善睡眠", "活得更久", "提高免疫力"],
               "en": ["stay healthy", "general health", "be more active", "move more", "healthy habits",
                      "sleep better", "live longer", "feel better overall"]},
}


def pick(lst, split, rng):
    return rng.choice(lst[-HOLD:]) if split == "test" else rng.choice(lst[:-HOLD])


def make_profile(rng, split):
    """A random profile, and the labels of its notes (known by construction)."""
    lang = rng.choice(["zh", "en"])
    text, _, syms, conds, mood = notes_corpus.note(rng, lang, split)
    p = {"user": "", "age": rng.randint(12, 88), "notes": text, "language": lang,
         "conditions": [c for c in CONDS if rng.random() < 0.07],
         "preferences": rng.sample(ACTS[:-1], rng.choice([0, 0, 1, 2])),
         "context": {"humidity_pct": rng.randint(10, 95), "wind_kmh": rng.randint(0, 40),
                     "precipitation": rng.choice(["none"] * 6 + ["rain", "snow", "ice"]),
                     "thunder": rng.random() < 0.04}}
    if rng.random() < 0.9:
        p["fitness"] = rng.choice(["beginner", "intermediate", "advanced"])
    if rng.random() < 0.85:
        words = GOAL_WORDS[rng.choice(list(GOAL_WORDS))][lang]
        p["goal"] = pick(GOAL_FRAMES[lang], split, rng).format(w=rng.choice(words))
    if rng.random() < 0.9:
        p["context"]["temperature_c"] = rng.randint(-15, 38)
    if rng.random() < 0.9:
        p["context"]["aqi"] = rng.choice([rng.randint(0, 100), rng.randint(0, 100), rng.randint(101, 320)])
    if rng.random() < 0.7:
        p["weight_kg"] = rng.randint(38, 140)
    if rng.random() < 0.5:
        p["resting_hr"] = rng.randint(45, 95)
    if rng.random() < 0.3:
        p["history"] = [{"activity": rng.choice(ACTS[:-1]), "minutes": rng.randint(10, 90), "days_ago": rng.randint(0, 6),
                         "rpe": rng.randint(8, 18)} for _ in range(rng.randint(1, 4))]
    return p, {"mood": mood, "conditions": notes_corpus.conditions_target(syms, conds)}


def reading_rows(text, labels):
    return [{"task": "mood", "input": "mood: " + text, "target": labels["mood"]},
            {"task": "conditions", "input": "conditions: " + text, "target": labels["conditions"]}]


def hand_written(folder, extra=()):
    """Notes written by hand for their labels: weights/train_notes/*.jsonl,
    and the extra JSONL files given (the development sets and the frozen
    evaluation sets already used to fix the rules; the newest frozen set is
    kept out, to measure the model on notes it never saw)."""
    files = [os.path.join(folder, n) for n in sorted(os.listdir(folder)) if n.endswith(".jsonl")] \
        if os.path.isdir(folder) else []
    rows = []
    for path in files + list(extra):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                j = json.loads(line)
                rows.append((j["text"], {"mood": j["mood"],
                                         "conditions": notes_corpus.conditions_target(j["symptoms"], j["conditions"])}))
    return rows


# The bands the knowledge's rules use, named so that the model learns how
# much each weighs instead of learning to compare digits: WHO's age groups,
# US EPA's AQI categories, and the temperatures at which the heat and cold
# rules start (lib/advisor/advisor.c prefer_indoor(), the prior's asthma trigger).
# One piece each in the vocabulary (train.py SYMBOLS).
AGE_BANDS = ["age_child", "age_adult", "age_older"]
AIR_BANDS = ["air_unknown", "air_good", "air_moderate", "air_sensitive", "air_unhealthy", "air_very_unhealthy",
             "air_hazardous"]
TEMP_BANDS = ["temp_unknown", "temp_freezing", "temp_cold", "temp_mild", "temp_hot"]
BANDS = AGE_BANDS + AIR_BANDS + TEMP_BANDS


def age_band(age):
    return AGE_BANDS[0] if age < 18 else AGE_BANDS[2] if age >= 65 else AGE_BANDS[1]


def air_band(aqi):
    if aqi is None:
        return AIR_BANDS[0]
    for k, top in enumerate([50, 100, 150, 200, 300]):
        if aqi <= top:
            return AIR_BANDS[1 + k]
    return AIR_BANDS[6]


def temp_band(t):
    if t is None:
        return TEMP_BANDS[0]
    return TEMP_BANDS[1] if t <= 0 else TEMP_BANDS[2] if t <= 5 else TEMP_BANDS[4] if t >= 30 else TEMP_BANDS[3]


def render(p):
    """The profile as the model reads it; the same text as render() in lib/advisor/advisor.c."""
    ctx = p["context"]
    conds = ",".join(c for c in CONDS if c in p["conditions"]) or "none"
    return "activity: %s | %s %s | goal %s | conditions %s | weather %s %s %s%s | %s" % (
        p["language"], age_band(p["age"]), p.get("fitness", "unknown"), p.get("goal") or "none", conds,
        air_band(ctx.get("aqi")), temp_band(ctx.get("temperature_c")), ctx["precipitation"],
        " thunder" if ctx["thunder"] else "", p["notes"])


def advice_input(lang, act, intensity):
    """The same text as the advice prompt in lib/advisor/advisor.c."""
    return "advice %s: %s %s" % (lang, act, intensity)


SLOTS = ["{min}", "{hr_lo}", "{hr_hi}", "{kcal}"]


def delexicalise(t):
    """The teacher's advice with its four numbers (minutes, heart-rate zone,
    kcal, in that order in every template) replaced by the slots that
    mr_advice_fill (lib/advisor/advisor.c) fills from the knowledge: the model learns
    the wording, never the numbers."""
    if not t.get("hr_zone_bpm") or t.get("kcal") is None or t.get("minutes") is None:
        return None, None  # a number missing today (RPE is the measure, rest): no slot row
    nums = [t["minutes"], t["hr_zone_bpm"][0], t["hr_zone_bpm"][1], int(t["kcal"])]
    spans = list(re.finditer(r"\d+", t["advice"]))
    if [int(m.group()) for m in spans] != nums:
        return None, nums
    out, last = [], 0
    for m, slot in zip(spans, SLOTS):
        out.append(t["advice"][last:m.start()] + slot)
        last = m.end()
    out.append(t["advice"][last:])
    return "".join(out), nums


def teacher(adv, d, profiles):
    """The teacher's JSON for each profile (None where it refuses one), in
    one motion-advisor process (--batch)."""
    pf = os.path.join(d, "batch.jsonl")
    with open(pf, "w") as f:
        for p in profiles:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    r = subprocess.run([adv, "recommend", "--batch", pf, "--json", "--model", "none"], capture_output=True, text=True)
    out = [json.loads(l) for l in r.stdout.splitlines()]
    if len(out) != len(profiles):
        raise RuntimeError("motion-advisor --batch: %s" % r.stderr)
    return [None if "error" in j else j for j in out]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--extra-notes", type=int, default=20000)  # reading rows beyond the profiles' notes
    ap.add_argument("--hand-repeat", type=int, default=4)      # each hand-written note this many times
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--hand-extra", nargs="*", default=[])  # more hand-written JSONL files (labels as LABELS.md)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    rng = random.Random(a.seed)
    adv = os.path.join(a.build, "motion-advisor")
    rows = {"train": [], "test": []}
    profiles = []
    labels = []
    for i in range(a.n):
        split = "test" if i % 8 == 0 else "train"
        p, lab = make_profile(rng, split)
        profiles.append((split, p))
        labels.append(lab)
        # a training profile also comes back with distractors in its notes:
        # a word never seen carries no mood and no condition
        if split == "train" and p["notes"]:
            q = json.loads(json.dumps(p))
            q["notes"] = distract(q["notes"], q["language"], rng)
            profiles.append(("train", q))
            labels.append(lab)
    with tempfile.TemporaryDirectory() as d:
        full = teacher(adv, d, [p for _, p in profiles])
    # more notes for the reading tasks alone, and the hand-written ones
    for i in range(a.extra_notes):
        split = "test" if i % 8 == 0 else "train"
        text, _, syms, conds, mood = notes_corpus.note(rng, None, split)
        rows[split].extend(reading_rows(text, {"mood": mood, "conditions": notes_corpus.conditions_target(syms, conds)}))
    hand = hand_written(os.path.join(os.path.dirname(os.path.abspath(__file__)), "train_notes"), a.hand_extra)
    for text, lab in hand:
        rows["train"].extend(reading_rows(text, lab) * a.hand_repeat)
    wording = {}  # advice input -> one training row
    for (split, p), t, lab in zip(profiles, full, labels):
        if t is None:
            continue
        out = rows[split]
        if p["notes"]:
            out.extend(reading_rows(p["notes"], lab))
        prior = [t["prior"][k] for k in ACTS]
        out.append({"task": "activity", "input": render(p), "target": ACTS[max(range(12), key=lambda k: prior[k])],
                    "prior": prior, "profile": p, "teacher": t["activity"]})
        if t["activity"] != "rest":  # rest and emergencies never ask the model
            text, nums = delexicalise(t)
            row = {"task": "advice", "input": advice_input(p["language"], t["activity"], t["intensity"]),
                   "target": text, "numbers": nums, "activity": t["activity"], "intensity": t["intensity"],
                   "teacher": t["advice"]}
            if text and split == "test":
                out.append(row)
            elif text:
                wording.setdefault(row["input"], row)
    # The wording depends only on language, activity and intensity (a few
    # dozen pairs), so training sees each pair ADVICE_REPEAT times: a rare
    # pair (English "cycle vigorous") is learned as well as a common one.
    for inp in sorted(wording):
        rows["train"].extend([wording[inp]] * ADVICE_REPEAT)
    for split in rows:
        with open(os.path.join(a.out, split + ".jsonl"), "w") as f:
            for r in rows[split]:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "text.txt"), "w") as f:
        for r in rows["train"]:
            f.write(r["input"] + "\n" + r["target"] + "\n")
    counts = {}
    for r in rows["train"]:
        counts[r["task"]] = counts.get(r["task"], 0) + 1
    print("make_data: %d train, %d test rows; train by task %s" % (len(rows["train"]), len(rows["test"]), counts))


if __name__ == "__main__":
    main()
