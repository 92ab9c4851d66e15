#!/usr/bin/env python3
"""Validator for /tmp/panel49/clients.jsonl (checks the panel file only; never runs the advisor).

Checks: JSON per line, no duplicate keys, top-level keys, ids h01..h24, language mix,
profile keys/enums/ranges as documented in ADVISOR_README.md, activity ids, context
time validity (and prints the weekday), metric/imperial exclusivity, expect schema and
internal consistency, regexes compile, the physiologist's own call satisfies its own
must_match / must_not_match / plan_must_match (the call is, by construction, a correct
card), rough Traditional-vs-Simplified script check, emergency-number sanity.
"""
import datetime
import json
import re
import sys

PATH = sys.argv[1] if len(sys.argv) > 1 else "/tmp/panel49/clients.jsonl"

TOP_KEYS = {"id", "lang", "who", "call", "profile", "expect"}
PROFILE_KEYS = {"age", "sex", "weight_kg", "height_cm", "resting_hr", "conditions",
                "bp_systolic", "bp_diastolic", "glucose_mg_dl", "symptoms", "fitness",
                "goal", "preferences", "history", "context", "notes", "language",
                "weight_lb", "height_in", "units"}
CONTEXT_KEYS = {"time", "temperature_c", "temperature_f", "humidity_pct", "wind_kmh",
                "wind_mph", "precipitation", "thunder", "aqi"}
HISTORY_KEYS = {"activity", "minutes", "days_ago", "rpe"}
EXPECT_KEYS = {"must_rest", "rest_acceptable", "max_intensity", "max_minutes",
               "wrong_activities", "hr_zone_null", "must_match", "must_not_match",
               "plan_must_match"}
ACTIVITIES = {"run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
              "stationary_bike", "elliptical", "stretching", "rest"}
CONDITIONS = {"hypertension", "diabetes", "asthma", "heart_disease", "pregnancy",
              "knee_injury", "ankle_injury", "low_back_pain"}
SYMPTOMS = {"chest_pain", "dizziness", "fever", "breathlessness", "palpitations",
            "acute_illness", "pregnancy_warning"}
FITNESS = {"beginner", "intermediate", "advanced"}
PRECIP = {"none", "rain", "snow", "ice"}
INTENSITY = {"light", "moderate", "vigorous"}
LANGS_DOC = {"zh", "en", "zh-Hant", "zh-Hans", "zh-TW", "zh-HK", "zh-MO", "zh-CN", "zh-SG",
             "en-US", "en-GB", "en-AU", "en-CA", "en-IE", "en-NZ", "en-IN", "en-SG"}
EN_REGIONS = {"en-US", "en-GB", "en-CA", "en-AU", "en-IE", "en-NZ", "en-IN", "en-SG"}
EMERGENCY = {"en-US": "911", "en-GB": "999", "en-AU": "000", "en-CA": "911", "en-IE": "112",
             "en-NZ": "111", "en-IN": "112", "en-SG": "995", "zh-TW": "119", "zh-CN": "120"}
RANGES = {"age": (5, 110), "weight_kg": (15, 350), "height_cm": (80, 250),
          "resting_hr": (30, 130), "bp_systolic": (60, 300), "bp_diastolic": (30, 200),
          "glucose_mg_dl": (20, 800), "weight_lb": (33, 771), "height_in": (31, 99)}
CTX_RANGES = {"temperature_c": (-60, 60), "temperature_f": (-76, 140), "humidity_pct": (0, 100),
              "wind_kmh": (0, 300), "wind_mph": (0, 186), "aqi": (0, 500)}

# rough script check: characters that exist only in one of the two scripts
SIMPLIFIED_ONLY = set("这们说运动时发医为过会来个还么没让从样见觉练习体药复测疗张边应该热间问题带实际头压车单两对开关节饮质养脚脑脏电话线协态请谢买卖转钟长门东乐书读写认识记语顺岁点现给无儿骑胀肿闷晕烧冻级轻缓强组续数检产妇备领导吗帮拨诊脉")
TRADITIONAL_ONLY = set("這們說運動時發醫為過會來個還麼沒讓從樣見覺練習體藥復測療張邊應該熱間問題帶實際頭壓車單兩對開關節飲質養腳腦臟電話線協態請謝買賣轉鐘長門東樂書讀寫認識記語順歲點現給無兒騎脹腫悶暈燒凍級輕緩強組續數檢產婦備領導嗎幫撥診脈")
assert not (SIMPLIFIED_ONLY & TRADITIONAL_ONLY)

errors, warnings = [], []


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


def warn(cid, msg):
    warnings.append(f"{cid}: {msg}")


def no_dupes(pairs):
    d = {}
    for k, v in pairs:
        if k in d:
            raise ValueError(f"duplicate key {k!r}")
        d[k] = v
    return d


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_activity_list(cid, name, lst):
    if not isinstance(lst, list):
        err(cid, f"{name} not a list")
        return
    for a in lst:
        if a not in ACTIVITIES:
            err(cid, f"{name}: unknown activity {a!r}")


def check_profile(cid, lang, p):
    if not isinstance(p, dict):
        err(cid, "profile not an object")
        return None
    extra = set(p) - PROFILE_KEYS
    if extra:
        err(cid, f"profile unknown keys {sorted(extra)}")
    if "user" in p:
        err(cid, "profile has a 'user' key")
    if "age" not in p:
        err(cid, "profile lacks age")
    for k, (lo, hi) in RANGES.items():
        if k in p:
            v = p[k]
            if not is_num(v) or not (lo <= v <= hi):
                err(cid, f"{k}={v!r} out of range {lo}-{hi}")
    if "age" in p and not (14 <= p["age"] <= 85):
        err(cid, f"age {p['age']} outside the panel's 14-85")
    if "weight_kg" in p and "weight_lb" in p:
        err(cid, "both weight_kg and weight_lb")
    if "height_cm" in p and "height_in" in p:
        err(cid, "both height_cm and height_in")
    if "sex" in p and p["sex"] not in ("female", "male"):
        err(cid, f"sex {p['sex']!r}")
    if "units" in p and p["units"] not in ("metric", "imperial"):
        err(cid, f"units {p['units']!r}")
    if ("bp_systolic" in p) != ("bp_diastolic" in p):
        warn(cid, "only one of bp_systolic/bp_diastolic")
    if "bp_systolic" in p and "bp_diastolic" in p and p["bp_systolic"] <= p["bp_diastolic"]:
        err(cid, "systolic <= diastolic")
    for k, allowed in (("conditions", CONDITIONS), ("symptoms", SYMPTOMS)):
        if k in p:
            if not isinstance(p[k], list):
                err(cid, f"{k} not a list")
            else:
                for c in p[k]:
                    if c not in allowed:
                        err(cid, f"{k}: unknown {c!r}")
                if len(set(p[k])) != len(p[k]):
                    err(cid, f"{k}: duplicates")
    if "fitness" in p and p["fitness"] not in FITNESS:
        err(cid, f"fitness {p['fitness']!r}")
    for k in ("goal", "notes"):
        if k in p and (not isinstance(p[k], str) or not p[k].strip()):
            err(cid, f"{k} empty or not text")
    if "preferences" in p:
        check_activity_list(cid, "preferences", p["preferences"])
    if "history" in p:
        h = p["history"]
        if not isinstance(h, list):
            err(cid, "history not a list")
        else:
            for i, e in enumerate(h):
                if not isinstance(e, dict) or set(e) - HISTORY_KEYS or "activity" not in e:
                    err(cid, f"history[{i}] bad keys {e}")
                    continue
                if e["activity"] not in ACTIVITIES:
                    err(cid, f"history[{i}] unknown activity {e['activity']!r}")
                for k, lo, hi in (("minutes", 0, 600), ("days_ago", 0, 365), ("rpe", 6, 20)):
                    if k in e and (not isinstance(e[k], int) or isinstance(e[k], bool) or not lo <= e[k] <= hi):
                        err(cid, f"history[{i}].{k}={e[k]!r}")
    when = None
    if "context" not in p:
        err(cid, "profile lacks context")
    else:
        c = p["context"]
        extra = set(c) - CONTEXT_KEYS
        if extra:
            err(cid, f"context unknown keys {sorted(extra)}")
        if "temperature_c" in c and "temperature_f" in c:
            err(cid, "both temperature_c and temperature_f")
        if "wind_kmh" in c and "wind_mph" in c:
            err(cid, "both wind_kmh and wind_mph")
        for k, (lo, hi) in CTX_RANGES.items():
            if k in c and (not is_num(c[k]) or not lo <= c[k] <= hi):
                err(cid, f"context.{k}={c[k]!r} out of range")
        if "precipitation" in c and c["precipitation"] not in PRECIP:
            err(cid, f"precipitation {c['precipitation']!r}")
        if "thunder" in c and not isinstance(c["thunder"], bool):
            err(cid, "thunder not bool")
        t = c.get("time")
        if not isinstance(t, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", t):
            err(cid, f"context.time {t!r} not YYYY-MM-DDTHH:MM")
        else:
            try:
                when = datetime.datetime.strptime(t, "%Y-%m-%dT%H:%M")
            except ValueError as e:
                err(cid, f"context.time invalid: {e}")
    us = any(k in p for k in ("weight_lb", "height_in")) or (
        "context" in p and any(k in p["context"] for k in ("temperature_f", "wind_mph")))
    if us and p.get("units") == "metric":
        warn(cid, "US fields with units=metric")
    if p.get("language") != lang:
        err(cid, f"profile.language {p.get('language')!r} != lang {lang!r}")
    return when


def script_check(cid, lang, texts):
    joined = "".join(texts)
    if lang == "zh-TW":
        bad = sorted({ch for ch in joined if ch in SIMPLIFIED_ONLY})
        if bad:
            err(cid, f"zh-TW text contains Simplified-only characters: {''.join(bad)}")
        if not any(ch in TRADITIONAL_ONLY for ch in joined):
            err(cid, "zh-TW text shows no Traditional-only characters")
    elif lang.startswith("zh"):
        bad = sorted({ch for ch in joined if ch in TRADITIONAL_ONLY})
        if bad:
            err(cid, f"{lang} text contains Traditional-only characters: {''.join(bad)}")
        if not any(ch in SIMPLIFIED_ONLY for ch in joined):
            err(cid, f"{lang} text shows no Simplified-only characters")
    else:
        if re.search(r"[\u4e00-\u9fff]", joined):
            err(cid, "English client text contains CJK characters")


def check_expect(cid, lang, x, call):
    if not isinstance(x, dict):
        err(cid, "expect not an object")
        return
    if set(x) != EXPECT_KEYS:
        err(cid, f"expect keys differ: missing {sorted(EXPECT_KEYS - set(x))} extra {sorted(set(x) - EXPECT_KEYS)}")
        return
    for k in ("must_rest", "rest_acceptable", "hr_zone_null"):
        if not isinstance(x[k], bool):
            err(cid, f"expect.{k} not bool")
    if x["max_intensity"] not in INTENSITY:
        err(cid, f"expect.max_intensity {x['max_intensity']!r}")
    mm = x["max_minutes"]
    if not isinstance(mm, int) or isinstance(mm, bool) or not 0 <= mm <= 600:
        err(cid, f"expect.max_minutes {mm!r}")
    check_activity_list(cid, "expect.wrong_activities", x["wrong_activities"])
    if x["must_rest"]:
        if not x["rest_acceptable"]:
            err(cid, "must_rest but rest not acceptable")
        if mm != 0:
            err(cid, "must_rest but max_minutes != 0")
        if not x["hr_zone_null"]:
            err(cid, "must_rest but hr_zone_null false")
        if x["max_intensity"] != "light":
            err(cid, "must_rest but max_intensity above light")
    else:
        if mm == 0:
            err(cid, "not must_rest but max_minutes 0")
    if "rest" in x["wrong_activities"] and x["rest_acceptable"]:
        err(cid, "rest listed wrong but rest_acceptable")
    for k in ("must_match", "must_not_match", "plan_must_match"):
        if not isinstance(x[k], list):
            err(cid, f"expect.{k} not a list")
            continue
        for rx in x[k]:
            try:
                r = re.compile(rx)
            except re.error as e:
                err(cid, f"expect.{k} regex {rx!r} does not compile: {e}")
                continue
            hit = r.search(call) is not None
            if k == "must_not_match" and hit:
                err(cid, f"own call matches must_not_match {rx!r}")
            if k != "must_not_match" and not hit:
                err(cid, f"own call fails {k} {rx!r}")


def main():
    ids, langs, ages = [], [], []
    cats = {"must_rest": 0, "rest_unacceptable": 0, "plan_checks": 0, "hr_zone_null": 0}
    with open(PATH, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for n, line in enumerate(lines, 1):
        cid = f"line {n}"
        if not line.strip():
            err(cid, "blank line")
            continue
        try:
            o = json.loads(line, object_pairs_hook=no_dupes)
        except ValueError as e:
            err(cid, f"JSON: {e}")
            continue
        cid = o.get("id", cid)
        if set(o) != TOP_KEYS:
            err(cid, f"top keys differ: missing {sorted(TOP_KEYS - set(o))} extra {sorted(set(o) - TOP_KEYS)}")
            continue
        if o["id"] != f"h{n:02d}":
            err(cid, f"id should be h{n:02d}")
        ids.append(o["id"])
        lang = o["lang"]
        if lang not in LANGS_DOC:
            err(cid, f"lang {lang!r} not documented")
        langs.append(lang)
        for k in ("who", "call"):
            if not isinstance(o[k], str) or len(o[k].strip()) < 20:
                err(cid, f"{k} too short")
        if "ACSM-CEP" not in o["call"]:
            err(cid, "call not signed")
        p = o["profile"]
        when = check_profile(cid, lang, p)
        ages.append(p.get("age"))
        script_check(cid, lang, [p.get("notes", ""), p.get("goal", ""), o["call"]])
        if lang.startswith("en") and re.search(r"[\u4e00-\u9fff]", o["who"]):
            err(cid, "who has CJK")
        check_expect(cid, lang, o["expect"], o["call"])
        x = o["expect"]
        # emergency-number sanity: the call names the tag's number when it names one
        num = EMERGENCY.get(lang)
        nums = set(re.findall(r"(?<!\d)(911|999|000|112|111|995|119|120)(?!\d)", o["call"]))
        nums_claimed = {m for m in nums if re.search(r"(?i)(call|ring|dial|拨打|撥打|\()\s*\(?" + m, o["call"])}
        if nums_claimed and num not in nums_claimed and not (lang == "en-GB" and "999" in nums_claimed):
            warn(cid, f"call names emergency number(s) {sorted(nums_claimed)}, tag expects {num}")
        cats["must_rest"] += x.get("must_rest") is True
        cats["rest_unacceptable"] += x.get("rest_acceptable") is False
        cats["plan_checks"] += bool(x.get("plan_must_match"))
        cats["hr_zone_null"] += x.get("hr_zone_null") is True
        wd = when.strftime("%a %Y-%m-%d %H:%M") if when else "?"
        print(f"{cid}  {lang:6s} age {p.get('age')!s:>3}  {wd}  rest={x.get('must_rest')!s:5s} "
              f"rest_ok={x.get('rest_acceptable')!s:5s} max={x.get('max_intensity')}/{x.get('max_minutes')}min "
              f"wrong={','.join(x.get('wrong_activities', []))}")
    if len(ids) != 24:
        err("panel", f"{len(ids)} clients, want 24")
    zh_cn = langs.count("zh-CN")
    zh_tw = langs.count("zh-TW")
    en = [l for l in langs if l.startswith("en")]
    if zh_cn + zh_tw != 12 or zh_tw != 3:
        err("panel", f"Chinese mix zh-CN={zh_cn} zh-TW={zh_tw}")
    if len(en) != 12:
        err("panel", f"{len(en)} English clients")
    if set(en) != EN_REGIONS:
        err("panel", f"English regions missing {sorted(EN_REGIONS - set(en))}")
    if ages and (min(ages) != 14 or max(ages) != 85):
        warn("panel", f"age span {min(ages)}-{max(ages)}")
    print()
    print("languages:", {l: langs.count(l) for l in sorted(set(langs))})
    print("ages:", min(ages), "-", max(ages))
    print("counts:", cats)
    print()
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
