#!/usr/bin/env python3
"""Checker for the hand-written blind note sets notes_zh.jsonl / notes_en.jsonl.

Usage: python3 validate.py [folder]   (default: the folder this file is in)

Checks every line: JSON parses, exact keys in exact order, id sequence,
lang, allowed symptom/condition/mood values, `acute` keys == injury
conditions present (bool values), number conventions, kind tags, and a few
definitional consistency rules from LABELS.md. Prints label counts.
Exit status 1 if any error was found.
"""
import json
import os
import re
import sys
from collections import Counter

KEYS = ["id", "lang", "text", "symptoms", "conditions", "acute", "mood",
        "numbers", "kind", "why"]
SYMPTOMS = ["chest_pain", "dizziness", "fever", "breathlessness",
            "palpitations", "acute_illness", "pregnancy_warning"]
CONDITIONS = ["hypertension", "diabetes", "asthma", "heart_disease",
              "pregnancy", "knee_injury", "ankle_injury", "low_back_pain"]
INJURIES = {"knee_injury", "ankle_injury", "low_back_pain"}
MOODS = ["positive", "negative", "stressed", "tired", "neutral"]
NUMBER_KEYS = ["bp", "temp_c", "glucose_mg_dl", "pregnancy_weeks"]
NO_ALARM_TAGS = ["negated", "third_party", "healed", "figurative"]
STYLE_TAGS = {
    # must-not-alarm tags
    "negated", "third_party", "healed", "figurative",
    # writing style / situation
    "dialect", "typo", "question", "proxy_writer", "voice_input", "emoji",
    "mixed_language", "sarcasm", "hypothetical", "jargon", "abbreviation",
    "indirect", "device", "training_soreness", "exertion_normal",
    "mild_cold", "normal_reading", "elderly", "teen", "parent",
    "postpartum", "night_shift", "manual_worker", "athlete", "medication",
    "number", "fahrenheit", "mmol", "understatement", "trying_to_conceive",
    # regional varieties
    "british", "scottish", "irish", "welsh", "australian", "new_zealand",
    "indian_english", "pakistani_english", "singlish", "malaysian",
    "filipino", "nigerian_pidgin", "nigerian_english", "ghanaian_pidgin",
    "kenyan", "south_african", "jamaican_patois", "us_southern",
    "hong_kong", "cantonese", "taiwanese", "sichuanese", "northeastern",
    "hokkien", "shanghainese", "hakka", "henan", "shandong",
}


def one_decimal(x):
    return isinstance(x, float) and abs(round(x, 1) - x) < 1e-9


def check_file(path, lang):
    errors, warnings = [], []
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for n, line in enumerate(lines, 1):
        where = f"{os.path.basename(path)}:{n}"
        if not line.strip():
            errors.append(f"{where}: empty line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: bad JSON: {e}")
            continue
        if not isinstance(obj, dict):
            errors.append(f"{where}: not an object")
            continue
        if list(obj.keys()) != KEYS:
            errors.append(f"{where}: keys {list(obj.keys())} != {KEYS}")
            continue
        where = f"{where} ({obj['id']})"
        exp_id = f"{lang}-{n:03d}"
        if obj["id"] != exp_id:
            errors.append(f"{where}: id should be {exp_id}")
        if obj["lang"] != lang:
            errors.append(f"{where}: lang should be {lang}")
        if not isinstance(obj["text"], str) or not obj["text"].strip():
            errors.append(f"{where}: empty text")
        for field, allowed in (("symptoms", SYMPTOMS), ("conditions", CONDITIONS)):
            v = obj[field]
            if not isinstance(v, list):
                errors.append(f"{where}: {field} not a list")
                continue
            for x in v:
                if x not in allowed:
                    errors.append(f"{where}: bad {field} value {x!r}")
            if len(set(v)) != len(v):
                errors.append(f"{where}: duplicate in {field}")
        conds = set(obj["conditions"]) if isinstance(obj["conditions"], list) else set()
        syms = set(obj["symptoms"]) if isinstance(obj["symptoms"], list) else set()
        acute = obj["acute"]
        if not isinstance(acute, dict):
            errors.append(f"{where}: acute not an object")
        else:
            if set(acute) != (conds & INJURIES):
                errors.append(f"{where}: acute keys {sorted(acute)} != injury conditions {sorted(conds & INJURIES)}")
            for k, val in acute.items():
                if not isinstance(val, bool):
                    errors.append(f"{where}: acute[{k}] not true/false")
        if obj["mood"] not in MOODS:
            errors.append(f"{where}: bad mood {obj['mood']!r}")
        nums = obj["numbers"]
        if not isinstance(nums, dict):
            errors.append(f"{where}: numbers not an object")
            nums = {}
        for k, val in nums.items():
            if k not in NUMBER_KEYS:
                errors.append(f"{where}: bad number key {k!r}")
        if "bp" in nums:
            bp = nums["bp"]
            if not (isinstance(bp, list) and len(bp) == 2 and all(type(x) is int for x in bp)
                    and 60 <= bp[0] <= 260 and 30 <= bp[1] <= 160 and bp[0] > bp[1]):
                errors.append(f"{where}: bp must be [systolic, diastolic] ints, got {bp}")
            elif (bp[0] >= 140 or bp[1] >= 90) and "hypertension" not in conds:
                errors.append(f"{where}: bp {bp} >= 140/90 but no hypertension")
        if "temp_c" in nums:
            t = nums["temp_c"]
            if not (one_decimal(t) and 34.0 <= t <= 43.0):
                errors.append(f"{where}: temp_c must be a one-decimal float in C, got {t}")
            elif t >= 38.0 and "fever" not in syms:
                errors.append(f"{where}: temp_c {t} >= 38.0 but no fever")
        if "glucose_mg_dl" in nums:
            g = nums["glucose_mg_dl"]
            if not (one_decimal(g) and 20.0 <= g <= 700.0):
                errors.append(f"{where}: glucose_mg_dl must be a one-decimal float, got {g}")
            elif g >= 200.0 and "diabetes" not in conds:
                errors.append(f"{where}: glucose {g} >= 200 but no diabetes")
        if "pregnancy_weeks" in nums:
            w = nums["pregnancy_weeks"]
            if not (type(w) is int and 1 <= w <= 43):
                errors.append(f"{where}: pregnancy_weeks must be an int, got {w}")
            if "pregnancy" not in conds:
                errors.append(f"{where}: pregnancy_weeks without pregnancy")
        if "pregnancy_warning" in syms and "pregnancy" not in conds:
            errors.append(f"{where}: pregnancy_warning without pregnancy")
        kind = obj["kind"]
        if not (isinstance(kind, list) and kind and all(isinstance(x, str) for x in kind)):
            errors.append(f"{where}: kind must be a non-empty list of strings")
        else:
            if len(set(kind)) != len(kind):
                errors.append(f"{where}: duplicate kind tag")
            for x in kind:
                if x not in STYLE_TAGS:
                    errors.append(f"{where}: unknown kind tag {x!r}")
        if not isinstance(obj["why"], str) or len(obj["why"].strip()) < 15:
            errors.append(f"{where}: why missing or too short")
        rows.append(obj)
    ids = [r["id"] for r in rows]
    if ids != [f"{lang}-{i:03d}" for i in range(1, len(ids) + 1)]:
        errors.append(f"{path}: ids not a clean sequence")
    texts = Counter(r["text"] for r in rows)
    for t, c in texts.items():
        if c > 1:
            errors.append(f"{path}: duplicate text {t[:40]!r}")
    if len(rows) != 100:
        warnings.append(f"{path}: {len(rows)} rows (expected 100)")
    return rows, errors, warnings


def report(lang, rows):
    sc = Counter(s for r in rows for s in r["symptoms"])
    cc = Counter(c for r in rows for c in r["conditions"])
    mc = Counter(r["mood"] for r in rows)
    kc = Counter(k for r in rows for k in r["kind"])
    ac = Counter((k, v) for r in rows for k, v in r["acute"].items())
    nc = Counter(k for r in rows for k in r["numbers"])
    none = sum(1 for r in rows if not r["symptoms"])
    print(f"== {lang}: {len(rows)} notes, {none} with no symptom ({100*none/max(1,len(rows)):.0f}%)")
    print("  symptoms:  " + ", ".join(f"{s}={sc[s]}" for s in SYMPTOMS))
    print("  conditions:" + ", ".join(f" {c}={cc[c]}" for c in CONDITIONS))
    print("  acute:     " + ", ".join(f"{k}:{v}={n}" for (k, v), n in sorted(ac.items())))
    print("  moods:     " + ", ".join(f"{m}={mc[m]}" for m in MOODS))
    print("  numbers:   " + ", ".join(f"{k}={nc[k]}" for k in NUMBER_KEYS))
    print("  no-alarm tags: " + ", ".join(f"{t}={kc[t]}" for t in NO_ALARM_TAGS))
    print("  other tags: " + ", ".join(f"{t}={n}" for t, n in sorted(kc.items()) if t not in NO_ALARM_TAGS))
    return sc, cc, mc


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    all_err = []
    for lang in ("zh", "en"):
        path = os.path.join(folder, f"notes_{lang}.jsonl")
        if not os.path.exists(path):
            all_err.append(f"missing {path}")
            continue
        rows, errors, warnings = check_file(path, lang)
        report(lang, rows)
        for w in warnings:
            print("  WARNING:", w)
        for e in errors:
            print("  ERROR:", e)
        all_err += errors
    print("OK" if not all_err else f"{len(all_err)} error(s)")
    sys.exit(1 if all_err else 0)


if __name__ == "__main__":
    main()
