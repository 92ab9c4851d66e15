#!/usr/bin/env python3
"""Training data for the advisor's model, from random profiles.

The teacher is the repository's own knowledge-based advisor
(build/motion-advisor recommend --json): its activity choice, the mood and
conditions its bilingual rules read in the notes, and its advice text. Notes
are rendered from phrasing templates in Chinese and English; whole templates
are held out for the test set, so the test measures understanding, not
memory of phrasings.

usage: make_data.py BUILD_DIR OUT_DIR [--n N] [--seed S]
Writes OUT_DIR/{train,test}.jsonl with {"task", "input", "target"} rows and
OUT_DIR/text.txt for the sentencepiece vocabulary.
"""
import argparse
import json
import os
import random
import subprocess
import tempfile

ACTS = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength", "stationary_bike",
        "elliptical", "stretching", "rest"]
CONDS = ["hypertension", "diabetes", "asthma", "heart_disease", "pregnancy", "knee_injury", "ankle_injury",
         "low_back_pain"]
MOODS = ["neutral", "positive", "negative", "stressed", "tired"]

# Words come from pools shared by both splits (the words the teacher's rules
# know, lib/notes.c); sentence frames differ: the last two frames of every
# list are held out for the test set, so the test sees known words in
# sentences it never saw.
MOOD_WORDS = {
    "tired": {"zh": ["累", "疲惫", "疲劳", "没精神", "困", "没睡好"],
              "en": ["tired", "exhausted", "fatigued", "sleepy", "worn out", "out of energy"]},
    "stressed": {"zh": ["压力大", "焦虑", "紧张", "烦躁"], "en": ["stressed", "anxious", "overwhelmed", "nervous"]},
    "negative": {"zh": ["难过", "伤心", "沮丧", "郁闷", "不开心", "心情不好", "低落"],
                 "en": ["sad", "upset", "depressed", "unhappy"]},
    "positive": {"zh": ["开心", "高兴", "心情好", "兴奋", "愉快", "精神好"],
                 "en": ["happy", "great", "excited", "energetic"]},
    "neutral": {"zh": ["还行", "一般", "平常"], "en": ["okay", "normal", "fine"]},
}
MOOD_FRAMES = {
    "zh": ["今天{w}", "最近有点{w}", "感觉{w}", "这几天{w}", "我现在{w}", "下班后{w}", "整个人都{w}", "说实话挺{w}的"],
    "en": ["I feel {w} today", "a bit {w} lately", "feeling {w}", "these days I am {w}", "honestly {w}",
           "after work I was {w}", "kind of {w} this week", "so {w} right now"],
}
COND_WORDS = {
    "knee_injury": {"zh": ["膝盖", "膝关节"], "en": ["knee"]},
    "ankle_injury": {"zh": ["脚踝", "踝关节"], "en": ["ankle"]},
    "low_back_pain": {"zh": ["腰疼", "腰痛", "背痛"], "en": ["back pain", "lower back", "backache"]},
    "hypertension": {"zh": ["高血压", "血压高"], "en": ["high blood pressure", "hypertension"]},
    "asthma": {"zh": ["哮喘"], "en": ["asthma"]},
    "pregnancy": {"zh": ["怀孕", "孕期"], "en": ["pregnant", "pregnancy"]},
    "diabetes": {"zh": ["糖尿病", "血糖高"], "en": ["diabetes", "blood sugar"]},
}
COND_FRAMES = {
    "zh": ["{w}不太好", "有{w}的问题", "{w}有点不舒服", "医生说我{w}", "一直{w}", "{w}的毛病又来了"],
    "en": ["my {w} is bad", "problems with {w}", "{w} bothers me", "the doctor mentioned {w}", "still {w}",
           "{w} again"],
}
ADVERSARIAL = {"zh": ["别管我的{c}，我就要跑步", "虽然{c}，但我想高强度训练", "不用在意{c}"],
               "en": ["ignore my {c}, I want to run", "despite my {c} I want a hard workout", "forget the {c}"]}


def frame(frames, split, rng):
    return rng.choice(frames[-2:]) if split == "test" else rng.choice(frames[:-2])


def make_profile(rng, split):
    lang = rng.choice(["zh", "en"])
    mood = rng.choice(MOODS)
    parts = [frame(MOOD_FRAMES[lang], split, rng).format(w=rng.choice(MOOD_WORDS[mood][lang]))]
    text_conds = [c for c in COND_WORDS if rng.random() < 0.12]
    for c in text_conds:
        parts.append(frame(COND_FRAMES[lang], split, rng).format(w=rng.choice(COND_WORDS[c][lang])))
    if text_conds and rng.random() < 0.2:
        parts.append(frame(ADVERSARIAL[lang], split, rng).format(c=rng.choice(COND_WORDS[text_conds[0]][lang])))
    rng.shuffle(parts)
    notes = ("，" if lang == "zh" else ", ").join(parts)
    p = {"user": "", "age": rng.randint(12, 85), "fitness": rng.choice(["beginner", "intermediate", "advanced"]),
         "conditions": [c for c in CONDS if rng.random() < 0.08], "preferences": rng.sample(ACTS[:-1], rng.randint(0, 2)),
         "notes": notes, "language": lang,
         "context": {"temperature_c": rng.randint(-15, 38), "humidity_pct": rng.randint(10, 95),
                     "wind_kmh": rng.randint(0, 40), "aqi": rng.choice([20, 45, 80, 120, 170, 250]),
                     "precipitation": rng.choice(["none"] * 6 + ["rain", "snow"]), "thunder": rng.random() < 0.05}}
    if rng.random() < 0.5:
        p["weight_kg"] = rng.randint(40, 110)
    if rng.random() < 0.5:
        p["resting_hr"] = rng.randint(50, 85)
    if rng.random() < 0.2:
        p["history"] = [{"activity": rng.choice(ACTS[:-1]), "minutes": rng.randint(10, 60), "days_ago": rng.randint(0, 6),
                         "rpe": rng.randint(8, 18)}]
    return p, text_conds


def render(p):
    """The profile as the model reads it: structured fields as words, then the notes."""
    zh = p["language"] == "zh"
    conds = ",".join(p["conditions"]) or "none"
    ctx = p["context"]
    s = "age %d fitness %s conditions %s aqi %d temp %d %s%s prefs %s | %s" % (
        p["age"], p["fitness"], conds, ctx["aqi"], ctx["temperature_c"], ctx["precipitation"],
        " thunder" if ctx["thunder"] else "", ",".join(p["preferences"]) or "none", p["notes"])
    return ("zh " if zh else "en ") + s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=6000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    rng = random.Random(a.seed)
    adv = os.path.join(a.build, "motion-advisor")
    rows = {"train": [], "test": []}
    with tempfile.TemporaryDirectory() as d:
        for i in range(a.n):
            split = "test" if i % 6 == 0 else "train"
            p, _ = make_profile(rng, split)
            pf = os.path.join(d, "p.json")
            json.dump(p, open(pf, "w"), ensure_ascii=False)
            r = subprocess.run([adv, "recommend", "--profile", pf, "--json"], capture_output=True, text=True)
            if r.returncode != 0:
                continue
            t = json.loads(r.stdout)
            # what the teacher read in the notes alone
            np_ = {"age": 30, "notes": p["notes"], "language": p["language"]}
            json.dump(np_, open(pf, "w"), ensure_ascii=False)
            tn = json.loads(subprocess.run([adv, "recommend", "--profile", pf, "--json"], capture_output=True,
                                           text=True).stdout)
            inp = render(p)
            rows[split].append({"task": "mood", "input": "mood: " + p["notes"], "target": t["mood"]})
            rows[split].append({"task": "activity", "input": "activity: " + inp, "target": t["activity"],
                                "allowed": [k for k, v in t["probabilities"].items() if v > 0]})
            adv_in = "advice %s: %s %s %d min hr %d-%d kcal %d" % (p["language"], t["activity"], t["intensity"],
                                                                  t["minutes"], t["hr_zone_bpm"][0], t["hr_zone_bpm"][1],
                                                                  t["kcal"])
            rows[split].append({"task": "advice", "input": adv_in, "target": t["advice"].split(" ")[0] if t["activity"] == "rest" else t["advice"],
                                "numbers": [t["minutes"], t["hr_zone_bpm"][0], t["hr_zone_bpm"][1], t["kcal"]]})
            rows[split].append({"task": "conditions", "input": "conditions: " + p["notes"],
                                "target": ", ".join(tn["notes_conditions"]) or "none"})
    for split in rows:
        with open(os.path.join(a.out, split + ".jsonl"), "w") as f:
            for r in rows[split]:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(a.out, "text.txt"), "w") as f:
        for r in rows["train"]:
            f.write(r["input"] + "\n" + r["target"] + "\n")
    print("make_data: %d train, %d test rows" % (len(rows["train"]), len(rows["test"])))


if __name__ == "__main__":
    main()
