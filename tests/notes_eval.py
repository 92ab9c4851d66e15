#!/usr/bin/env python3
"""Score the advisor's reading of free-text notes on a labelled set
(tests/data/notes_eval/LABELS.md), through the product: every note goes into
a profile that would otherwise get a vigorous run (35 years old, advanced,
training for a marathon, likes running) and `motion-advisor recommend
--batch --json` answers it.

    python3 tests/notes_eval.py BUILD SET.jsonl [SET2.jsonl ...] [--model FILE|none] [--json OUT]
        [--check] [--show KIND]

Figures: emergency notes answered with anything but rest; injury notes
answered with running; pregnancy, hypertension or heart notes answered with
vigorous intensity; emergency recall (rest for a note with any warning
symptom) and recall per symptom as read; condition recall (each labelled
condition among the conditions read); mood accuracy and the confusion
between moods; negated, third-party, healed and figurative notes raising an
emergency. --check exits 1 when a target of the issue is missed:
0 unsafe answers, emergency recall 100%, condition recall >= 95%, false
emergencies on those kinds <= 10% (mood is reported, not checked).
"""
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict

SYMPTOMS = ["chest_pain", "dizziness", "fever", "breathlessness", "palpitations", "acute_illness",
            "pregnancy_warning"]
CONDITIONS = ["hypertension", "diabetes", "asthma", "heart_disease", "pregnancy", "knee_injury",
              "ankle_injury", "low_back_pain"]
MOODS = ["positive", "negative", "stressed", "tired", "neutral"]
# The kinds of note that must not raise an alarm, as each writer tagged them
# (LABELS.md names the first four; later writers used their own words).
NOT_ALARM_KINDS = {"negated", "third_party", "healed", "figurative", "negation", "other_person", "past",
                   "figure_of_speech"}
IMPACT = {"run"}


def run_batch(build, notes, model):
    lines = []
    for n in notes:
        prof = {"age": 35, "fitness": "advanced", "goal": "marathon training", "preferences": ["run"],
                "notes": n["text"]}
        lines.append(json.dumps(prof, ensure_ascii=False))
    cmd = [os.path.join(build, "motion-advisor"), "recommend", "--batch", "/dev/stdin", "--model", model]
    p = subprocess.run(cmd, input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=3600)
    out = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    if len(out) != len(notes):
        sys.exit(f"notes_eval: {len(out)} answers for {len(notes)} notes\n{p.stderr[-2000:]}")
    return out


def score(notes, answers):
    f = {"n": len(notes)}
    unsafe, emer_n, emer_rest, cond_n, cond_hit = [], 0, 0, 0, 0
    sym_n, sym_hit = Counter(), Counter()
    cnd_n, cnd_hit = Counter(), Counter()
    lang_cond = defaultdict(lambda: [0, 0])
    lang_mood = defaultdict(lambda: [0, 0])
    confusion = defaultdict(Counter)
    fa_n, fa = 0, []
    quiet_n, quiet_alarm, quiet = 0, 0, []  # notes with no warning symptom at all
    misses = []
    for n, a in zip(notes, answers):
        cjk = sum(1 for ch in n["text"] if "\u4e00" <= ch <= "\u9fff")
        lang = n["lang"] if n.get("lang") in ("zh", "en") else n["id"][:2] if n["id"][:3] in ("zh-", "en-") else \
            ("zh" if 2 * cjk >= sum(ch.isalpha() and ch.isascii() for ch in n["text"]) else "en")
        read = set(a.get("notes_conditions", []))
        syms, conds = n.get("symptoms", []), n.get("conditions", [])
        rest = a["activity"] == "rest" and a["safety"]["emergency"]
        if syms:
            emer_n += 1
            emer_rest += rest
            if a["activity"] != "rest":
                unsafe.append((n["id"], "emergency answered with " + a["activity"], n["text"]))
            for s in syms:
                sym_n[s] += 1
                sym_hit[s] += s in read
        for c in conds:
            cond_n += 1
            cnd_n[c] += 1
            ok = c in read
            cond_hit += ok
            cnd_hit[c] += ok
            lang_cond[lang][0] += 1
            lang_cond[lang][1] += ok
            if not ok:
                misses.append((n["id"], "missed " + c, n["text"]))
        for s in syms:
            if s not in read:
                misses.append((n["id"], "missed " + s, n["text"]))
        if any(c in conds for c in ("knee_injury", "ankle_injury", "low_back_pain")) and a["activity"] in IMPACT:
            unsafe.append((n["id"], "injury answered with " + a["activity"], n["text"]))
        if any(c in conds for c in ("pregnancy", "hypertension", "heart_disease")) and a["intensity"] == "vigorous":
            unsafe.append((n["id"], "pregnancy/blood pressure/heart answered with vigorous " + a["activity"], n["text"]))
        confusion[n["mood"]][a["mood"]] += 1
        lang_mood[lang][0] += 1
        lang_mood[lang][1] += a["mood"] == n["mood"]
        if not syms:
            quiet_n += 1
            quiet_alarm += a["safety"]["emergency"]
            if a["safety"]["emergency"] and not NOT_ALARM_KINDS & set(n.get("kind", [])):
                quiet.append((n["id"], "rested with no warning sign: " + ",".join(sorted(read)), n["text"]))
        if NOT_ALARM_KINDS & set(n.get("kind", [])) and not syms:
            fa_n += 1
            if a["safety"]["emergency"]:
                fa.append((n["id"], "false emergency: " + ",".join(sorted(read)), n["text"]))
    f["unsafe"] = len(unsafe)
    f["emergency_notes"] = emer_n
    f["emergency_recall"] = round(emer_rest / emer_n, 4) if emer_n else None
    f["symptom_recall"] = {s: f"{sym_hit[s]}/{sym_n[s]}" for s in SYMPTOMS if sym_n[s]}
    f["condition_recall"] = round(cond_hit / cond_n, 4) if cond_n else None
    f["condition_recall_each"] = {c: f"{cnd_hit[c]}/{cnd_n[c]}" for c in CONDITIONS if cnd_n[c]}
    f["condition_recall_by_language"] = {k: f"{v[1]}/{v[0]}" for k, v in sorted(lang_cond.items())}
    good = sum(confusion[m][m] for m in confusion)
    f["mood_accuracy"] = round(good / len(notes), 4)
    f["mood_accuracy_by_language"] = {k: f"{v[1]}/{v[0]}" for k, v in sorted(lang_mood.items())}
    f["mood_confusion"] = {m: dict(confusion[m]) for m in MOODS if confusion[m]}
    f["false_emergency_not_alarm_kinds"] = f"{len(fa)}/{fa_n}"
    f["false_emergency_rate"] = round(len(fa) / fa_n, 4) if fa_n else 0.0
    f["false_emergency_no_symptom"] = f"{quiet_alarm}/{quiet_n}"
    return f, unsafe, misses, fa, quiet


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    build, sets = args[0], []
    model, out, check, show = "none", None, False, None
    i = 1
    while i < len(args):
        if args[i] == "--model": model = args[i + 1]; i += 2
        elif args[i] == "--json": out = args[i + 1]; i += 2
        elif args[i] == "--show": show = args[i + 1]; i += 2
        elif args[i] == "--check": check = True; i += 1
        else: sets.append(args[i]); i += 1
    notes = [json.loads(l) for s in sets for l in open(s, encoding="utf-8") if l.strip()]
    answers = run_batch(build, notes, model)
    f, unsafe, misses, fa, quiet = score(notes, answers)
    f["model"] = model
    f["sets"] = sets
    print(json.dumps(f, ensure_ascii=False, indent=1))
    for kind, rows in (("unsafe", unsafe), ("miss", misses), ("false", fa), ("alarm", quiet)):
        if show in (kind, "all"):
            for r in rows:
                print(kind, *r, sep=" | ")
    if show in ("mood", "all"):
        for n, a in zip(notes, answers):
            if a["mood"] != n["mood"]:
                print("mood", n["id"], n["mood"], "->", a["mood"], n["text"], sep=" | ")
    if out:
        with open(out, "w", encoding="utf-8") as fp:
            json.dump(f, fp, ensure_ascii=False, indent=1)
    if check:
        bad = []
        if f["unsafe"]: bad.append(f"{f['unsafe']} unsafe answers")
        if f["emergency_recall"] is not None and f["emergency_recall"] < 1.0: bad.append("emergency recall below 100%")
        if f["condition_recall"] is not None and f["condition_recall"] < 0.95: bad.append("condition recall below 95%")
        if f["false_emergency_rate"] > 0.10: bad.append("false emergencies above 10%")
        if bad:
            for r in unsafe + [m for m in misses]:
                print(*r, sep=" | ")
            print("notes_eval: FAIL:", "; ".join(bad))
            return 1
        print("notes_eval: targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
