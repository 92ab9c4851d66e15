#!/usr/bin/env python3
"""Checker for notes_zh.jsonl / notes_en.jsonl (blind eval set, written by hand).

Checks: every line parses as one JSON object; keys exactly and in order;
ids sequential per file; lang matches file; labels/moods/number keys/kind tags
are from the allowed sets; acute covers exactly the injury conditions present;
number conventions (bp [int,int], temp_c one decimal, glucose_mg_dl one
decimal, pregnancy_weeks int); simple consistency rules from LABELS.md.
Prints label counts per language.
"""
import json, sys, os
from collections import Counter

KEYS = ["id", "lang", "text", "symptoms", "conditions", "acute", "mood", "numbers", "kind", "why"]
SYMPTOMS = ["chest_pain", "dizziness", "fever", "breathlessness", "palpitations",
            "acute_illness", "pregnancy_warning"]
CONDITIONS = ["hypertension", "diabetes", "asthma", "heart_disease", "pregnancy",
              "knee_injury", "ankle_injury", "low_back_pain"]
INJURIES = ["knee_injury", "ankle_injury", "low_back_pain"]
MOODS = ["positive", "negative", "stressed", "tired", "neutral"]
NUMBER_KEYS = ["bp", "temp_c", "glucose_mg_dl", "pregnancy_weeks"]
KINDS = [
    "plain", "texting", "voice", "typo", "dialect", "non_native", "elderly", "teen",
    "parent", "shift_worker", "athlete", "medication", "indirect", "device", "jargon",
    "emoji", "mixed_language", "sarcasm", "question", "hypothetical", "negation",
    "past", "other_person", "figure_of_speech", "training_soreness", "proxy",
]

def one_decimal(x):
    return isinstance(x, float) and round(x, 1) == x

def check_file(path, lang, errors):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for n, line in enumerate(lines, 1):
        where = f"{os.path.basename(path)}:{n}"
        def err(msg):
            errors.append(f"{where}: {msg}")
        try:
            obj = json.loads(line)
        except Exception as e:
            err(f"bad JSON: {e}")
            continue
        if not isinstance(obj, dict):
            err("not an object"); continue
        if list(obj.keys()) != KEYS:
            err(f"keys {list(obj.keys())} != {KEYS}")
        want_id = f"{lang}-{n:03d}"
        if obj.get("id") != want_id:
            err(f"id {obj.get('id')!r} expected {want_id!r}")
        if obj.get("lang") != lang:
            err(f"lang {obj.get('lang')!r} expected {lang!r}")
        text = obj.get("text")
        if not isinstance(text, str) or not text.strip():
            err("empty text")
        why = obj.get("why")
        if not isinstance(why, str) or len(why.strip()) < 10:
            err("why missing/too short")
        sy = obj.get("symptoms", [])
        co = obj.get("conditions", [])
        for name, vals, allowed in (("symptoms", sy, SYMPTOMS), ("conditions", co, CONDITIONS)):
            if not isinstance(vals, list):
                err(f"{name} not a list"); continue
            for v in vals:
                if v not in allowed:
                    err(f"unknown {name} label {v!r}")
            if len(set(vals)) != len(vals):
                err(f"duplicate in {name}")
        ac = obj.get("acute")
        if not isinstance(ac, dict):
            err("acute not an object")
        else:
            inj = [c for c in co if c in INJURIES]
            if sorted(ac.keys()) != sorted(inj):
                err(f"acute keys {sorted(ac)} != injury conditions {sorted(inj)}")
            for k, v in ac.items():
                if not isinstance(v, bool):
                    err(f"acute[{k}] not bool")
        mood = obj.get("mood")
        if mood not in MOODS:
            err(f"bad mood {mood!r}")
        nums = obj.get("numbers")
        if not isinstance(nums, dict):
            err("numbers not an object"); nums = {}
        for k, v in nums.items():
            if k not in NUMBER_KEYS:
                err(f"unknown number key {k!r}")
        if "bp" in nums:
            bp = nums["bp"]
            if not (isinstance(bp, list) and len(bp) == 2 and all(type(x) is int for x in bp)
                    and 60 <= bp[0] <= 260 and 30 <= bp[1] <= 160 and bp[0] > bp[1]):
                err(f"bad bp {bp!r}")
            elif (bp[0] >= 140 or bp[1] >= 90) and "hypertension" not in co:
                err("bp >= 140/90 but no hypertension")
        if "temp_c" in nums:
            t = nums["temp_c"]
            if not (one_decimal(t) and 34.0 <= t <= 43.0):
                err(f"bad temp_c {t!r} (float, one decimal, plausible)")
            elif t >= 38.0 and "fever" not in sy:
                err("temp >= 38.0 but no fever")
        if "glucose_mg_dl" in nums:
            g = nums["glucose_mg_dl"]
            if not (one_decimal(g) and 20.0 <= g <= 700.0):
                err(f"bad glucose_mg_dl {g!r} (float, one decimal)")
            elif g >= 200.0 and "diabetes" not in co:
                err("glucose >= 200 mg/dl but no diabetes")
        if "pregnancy_weeks" in nums:
            w = nums["pregnancy_weeks"]
            if not (type(w) is int and 1 <= w <= 42):
                err(f"bad pregnancy_weeks {w!r}")
            if "pregnancy" not in co:
                err("pregnancy_weeks without pregnancy")
        if "pregnancy_warning" in sy and "pregnancy" not in co:
            err("pregnancy_warning without pregnancy")
        kind = obj.get("kind")
        if not isinstance(kind, list) or not kind:
            err("kind must be a non-empty list")
        else:
            for k in kind:
                if k not in KINDS:
                    err(f"unknown kind tag {k!r}")
            if len(set(kind)) != len(kind):
                err("duplicate kind tag")
        rows.append(obj)
    return rows

def table(rows_by_lang):
    langs = list(rows_by_lang)
    def line(label, fn):
        cells = [str(fn(rows_by_lang[l])) for l in langs]
        print(f"| {label:<26} | " + " | ".join(f"{c:>4}" for c in cells) + " |")
    print(f"| {'label':<26} | " + " | ".join(f"{l:>4}" for l in langs) + " |")
    print("|" + "-" * 28 + "|" + "|".join(["-" * 6] * len(langs)) + "|")
    line("notes", len)
    for s in SYMPTOMS:
        line(s, lambda rs, s=s: sum(s in r["symptoms"] for r in rs))
    line("(no symptom)", lambda rs: sum(not r["symptoms"] for r in rs))
    for c in CONDITIONS:
        line(c, lambda rs, c=c: sum(c in r["conditions"] for r in rs))
    for c in INJURIES:
        line(f"  {c} acute=true", lambda rs, c=c: sum(r["acute"].get(c) is True for r in rs))
    line("(no condition)", lambda rs: sum(not r["conditions"] for r in rs))
    line("(no label at all)", lambda rs: sum(not r["symptoms"] and not r["conditions"] for r in rs))
    for m in MOODS:
        line(f"mood {m}", lambda rs, m=m: sum(r["mood"] == m for r in rs))
    for k in NUMBER_KEYS:
        line(f"num {k}", lambda rs, k=k: sum(k in r["numbers"] for r in rs))
    for k in KINDS:
        line(f"kind {k}", lambda rs, k=k: sum(k in r["kind"] for r in rs))

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    errors = []
    rows = {}
    for lang in ("zh", "en"):
        p = os.path.join(here, f"notes_{lang}.jsonl")
        if os.path.exists(p):
            rows[lang] = check_file(p, lang, errors)
        else:
            errors.append(f"missing {p}")
    table(rows)
    for lang, rs in rows.items():
        texts = Counter(r["text"] for r in rs)
        for t, c in texts.items():
            if c > 1:
                errors.append(f"{lang}: duplicate text {t[:40]!r}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: " + ", ".join(f"{l}={len(r)}" for l, r in rows.items()))

if __name__ == "__main__":
    main()
