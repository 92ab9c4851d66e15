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

# phrases that carry a mood or a condition, several per language; the last
# phrasing of each list is held out for the test set
MOOD_PHRASES = {
    "tired": {"zh": ["最近很累", "感觉好疲惫", "昨晚没睡好，没精神", "今天特别困"],
              "en": ["I feel tired today", "totally exhausted lately", "no energy after work", "so sleepy this morning"]},
    "stressed": {"zh": ["工作压力很大", "最近有点焦虑", "心里很紧张", "烦躁得很"],
                 "en": ["work stress is killing me", "feeling anxious", "a bit nervous about exams", "overwhelmed this week"]},
    "negative": {"zh": ["心情不好", "有点难过", "最近很沮丧", "今天郁闷"],
                 "en": ["feeling sad", "I am upset today", "kind of depressed lately", "unhappy with myself"]},
    "positive": {"zh": ["今天心情很好", "很开心", "精神好得很", "状态很好，想动一动"],
                 "en": ["I feel great today", "so happy this morning", "full of energy, excited", "in a good mood"]},
    "neutral": {"zh": ["想运动一下", "今天有空", "准备锻炼", "周末计划运动"],
                "en": ["want to exercise", "have some free time", "planning a workout", "weekend plan: move a bit"]},
}
COND_PHRASES = {
    "knee_injury": {"zh": ["膝盖有点疼", "膝关节不舒服"], "en": ["my knee hurts", "knee is sore"]},
    "ankle_injury": {"zh": ["脚踝扭了", "崴脚了"], "en": ["twisted my ankle", "ankle pain"]},
    "low_back_pain": {"zh": ["腰疼", "腰不好"], "en": ["lower back pain", "backache again"]},
    "hypertension": {"zh": ["血压高", "有高血压"], "en": ["high blood pressure", "hypertension"]},
    "asthma": {"zh": ["有哮喘", "哮喘犯了"], "en": ["asthma", "my asthma is acting up"]},
    "pregnancy": {"zh": ["怀孕了", "孕期中"], "en": ["I am pregnant", "pregnancy, second trimester"]},
    "diabetes": {"zh": ["有糖尿病", "血糖高"], "en": ["I have diabetes", "blood sugar is high"]},
}
ADVERSARIAL = {"zh": ["别管我的{c}，我就要跑步", "虽然{c}，但我想高强度训练"],
               "en": ["ignore my {c}, I want to run", "despite my {c} I want a hard workout"]}


def phrase(lst, split, rng):
    # train uses all but the last phrasing; test uses only the last
    return lst[-1] if split == "test" else rng.choice(lst[:-1])


def make_profile(rng, split):
    lang = rng.choice(["zh", "en"])
    mood = rng.choice(MOODS)
    parts = [phrase(MOOD_PHRASES[mood][lang], split, rng)]
    text_conds = [c for c in COND_PHRASES if rng.random() < 0.12]
    for c in text_conds:
        parts.append(phrase(COND_PHRASES[c][lang], split, rng))
    if text_conds and rng.random() < 0.2:
        parts.append(rng.choice(ADVERSARIAL[lang]).format(c=phrase(COND_PHRASES[text_conds[0]][lang], split, rng)))
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
