#!/usr/bin/env python3
"""Checker for notes_zh.jsonl / notes_en.jsonl (hand-written eval notes).

Checks: JSON parses, exact key order, ids sequential, lang, allowed label values,
acute object matches injury conditions, number conventions, pregnancy_warning
implies pregnancy, kind tags. Prints label/mood counts per language.
Usage: python3 validate.py [dir]
"""
import json, os, sys
from collections import Counter

KEYS = ["id", "lang", "text", "symptoms", "conditions", "acute", "mood", "numbers", "kind", "why"]
SYMPTOMS = ["chest_pain", "dizziness", "fever", "breathlessness", "palpitations",
            "acute_illness", "pregnancy_warning"]
CONDITIONS = ["hypertension", "diabetes", "asthma", "heart_disease", "pregnancy",
              "knee_injury", "ankle_injury", "low_back_pain"]
INJURIES = {"knee_injury", "ankle_injury", "low_back_pain"}
MOODS = ["positive", "negative", "stressed", "tired", "neutral"]
NUMBER_KEYS = {"bp", "temp_c", "glucose_mg_dl", "pregnancy_weeks"}
NO_ALARM_TAGS = {"negated", "third_party", "healed", "figurative"}
OTHER_TAGS = {"dialect", "typo", "question", "proxy_writer", "short", "long", "buried",
              "effect_only", "others_noticed", "device_reading", "medication_implied",
              "timing", "comparison", "emoji", "slang", "voice_input", "mixed_lang",
              "exertion_soreness", "multi"}

def one_decimal(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and abs(round(x, 1) - x) < 1e-9

def check_file(path, lang, n_expected=100):
    errors, rows = [], []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for i, line in enumerate(lines, 1):
        where = f"{os.path.basename(path)}:{i}"
        try:
            obj = json.loads(line)
        except Exception as e:
            errors.append(f"{where}: bad JSON: {e}")
            continue
        if list(obj.keys()) != KEYS:
            errors.append(f"{where}: keys {list(obj.keys())} != {KEYS}")
            continue
        exp_id = f"{lang}-{i:03d}"
        if obj["id"] != exp_id:
            errors.append(f"{where}: id {obj['id']!r}, expected {exp_id}")
        if obj["lang"] != lang:
            errors.append(f"{where}: lang {obj['lang']!r}")
        if not isinstance(obj["text"], str) or not obj["text"].strip():
            errors.append(f"{where}: empty text")
        for key, allowed in (("symptoms", SYMPTOMS), ("conditions", CONDITIONS)):
            v = obj[key]
            if not isinstance(v, list) or any(x not in allowed for x in v):
                errors.append(f"{where}: bad {key} {v!r}")
            elif len(set(v)) != len(v):
                errors.append(f"{where}: duplicate in {key}")
        conds = set(obj["conditions"]) if isinstance(obj["conditions"], list) else set()
        ac = obj["acute"]
        if not isinstance(ac, dict) or set(ac) != (conds & INJURIES) or \
                any(not isinstance(b, bool) for b in ac.values()):
            errors.append(f"{where}: acute {ac!r} does not match injuries {sorted(conds & INJURIES)}")
        if "pregnancy_warning" in obj["symptoms"] and "pregnancy" not in conds:
            errors.append(f"{where}: pregnancy_warning without pregnancy")
        if obj["mood"] not in MOODS:
            errors.append(f"{where}: bad mood {obj['mood']!r}")
        nums = obj["numbers"]
        if not isinstance(nums, dict) or set(nums) - NUMBER_KEYS:
            errors.append(f"{where}: bad numbers {nums!r}")
        else:
            if "bp" in nums:
                bp = nums["bp"]
                if not (isinstance(bp, list) and len(bp) == 2 and all(type(x) is int for x in bp)
                        and 60 <= bp[0] <= 260 and 30 <= bp[1] <= 160 and bp[0] > bp[1]):
                    errors.append(f"{where}: bad bp {bp!r}")
                elif (bp[0] >= 140 or bp[1] >= 90) and "hypertension" not in conds:
                    errors.append(f"{where}: bp {bp} >= 140/90 but no hypertension")
            if "temp_c" in nums:
                t = nums["temp_c"]
                if not (one_decimal(t) and 34.0 <= t <= 43.0):
                    errors.append(f"{where}: bad temp_c {t!r}")
            if "glucose_mg_dl" in nums:
                g = nums["glucose_mg_dl"]
                if not (one_decimal(g) and 20 <= g <= 700):
                    errors.append(f"{where}: bad glucose_mg_dl {g!r}")
            if "pregnancy_weeks" in nums:
                w = nums["pregnancy_weeks"]
                if not (type(w) is int and 1 <= w <= 42):
                    errors.append(f"{where}: bad pregnancy_weeks {w!r}")
                if "pregnancy" not in conds:
                    errors.append(f"{where}: pregnancy_weeks without pregnancy")
        kind = obj["kind"]
        if not isinstance(kind, list) or not all(isinstance(k, str) for k in kind):
            errors.append(f"{where}: bad kind {kind!r}")
        else:
            unknown = set(kind) - NO_ALARM_TAGS - OTHER_TAGS
            if unknown:
                errors.append(f"{where}: unknown kind tags {sorted(unknown)}")
        if not isinstance(obj["why"], str) or len(obj["why"].strip()) < 10:
            errors.append(f"{where}: missing why")
        rows.append(obj)
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errors.append(f"{path}: duplicate ids")
    if len(lines) != n_expected:
        errors.append(f"{path}: {len(lines)} lines, expected {n_expected}")
    return rows, errors

def report(rows, lang):
    sc, cc, mc, kc, ac = Counter(), Counter(), Counter(), Counter(), Counter()
    nosym = 0
    for r in rows:
        sc.update(r["symptoms"]); cc.update(r["conditions"]); mc[r["mood"]] += 1
        kc.update(r["kind"])
        for k, v in r["acute"].items():
            ac[f"{k}={'true' if v else 'false'}"] += 1
        if not r["symptoms"]:
            nosym += 1
    print(f"== {lang}: {len(rows)} notes, {nosym} with no symptom")
    for name in SYMPTOMS:
        print(f"  symptom   {name:18s} {sc[name]}")
    for name in CONDITIONS:
        print(f"  condition {name:18s} {cc[name]}")
    for name in MOODS:
        print(f"  mood      {name:18s} {mc[name]}")
    print("  acute     " + ", ".join(f"{k}:{v}" for k, v in sorted(ac.items())))
    print("  kind      " + ", ".join(f"{k}:{v}" for k, v in kc.most_common()))
    return sc, cc, mc

def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    all_err = []
    for lang in ("zh", "en"):
        p = os.path.join(d, f"notes_{lang}.jsonl")
        if not os.path.exists(p):
            all_err.append(f"missing {p}"); continue
        n = int(os.environ.get("EXPECT", "100"))
        rows, errs = check_file(p, lang, n)
        all_err += errs
        report(rows, lang)
    if all_err:
        print(f"\n{len(all_err)} ERROR(S):")
        for e in all_err:
            print("  " + e)
        sys.exit(1)
    print("\nOK: no errors")

if __name__ == "__main__":
    main()
