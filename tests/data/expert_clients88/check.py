#!/usr/bin/env python3
"""Validator for clients.jsonl (panel88). Prints every error and a final count; exit 1 on errors."""
import datetime, json, re, sys
from s2t_map import S2T, T2S, SIMP_ONLY, TRAD_ONLY, AMBIG_S, AMBIG_T, to_trad, to_simp

ERR = []
def err(cid, msg): ERR.append(f"{cid}: {msg}")

ACTIVITIES = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
              "stationary_bike", "elliptical", "stretching", "rest"]
CONDITIONS = set("hypertension diabetes asthma heart_disease pregnancy knee_injury ankle_injury low_back_pain".split())
SYMPTOMS = set("chest_pain dizziness fever breathlessness palpitations acute_illness pregnancy_warning".split())
FITNESS = {"beginner", "intermediate", "advanced"}
PRECIP = {"none", "rain", "snow", "ice"}
ZH_TAGS = {"zh", "zh-Hans", "zh-Hant", "zh-CN", "zh-TW", "zh-HK", "zh-MO", "zh-SG"}
EN_TAGS = {"en", "en-US", "en-GB", "en-AU", "en-CA", "en-IE", "en-NZ", "en-IN", "en-SG"}
TRAD_TAGS = {"zh-TW", "zh-HK", "zh-MO", "zh-Hant"}
INTENS = {"light": 1, "moderate": 2, "vigorous": 3}
# documented profile keys (ADVISOR_README.md, "Profile format")
PROFILE_KEYS = {"user", "age", "sex", "weight_kg", "height_cm", "resting_hr", "conditions", "bp_systolic",
                "bp_diastolic", "glucose_mg_dl", "symptoms", "fitness", "goal", "preferences", "history",
                "context", "notes", "language", "weight_lb", "height_in", "units"}
CONTEXT_KEYS = {"time", "temperature_c", "humidity_pct", "wind_kmh", "precipitation", "thunder", "aqi",
                "temperature_f", "wind_mph"}
RANGES = {"age": (5, 110), "weight_kg": (15, 350), "height_cm": (80, 250), "resting_hr": (30, 130),
          "bp_systolic": (60, 300), "bp_diastolic": (30, 200), "glucose_mg_dl": (20, 800),
          "weight_lb": (33, 771), "height_in": (31, 99)}
CTX_RANGES = {"temperature_c": (-60, 60), "temperature_f": (-76, 140), "wind_mph": (0, 186),
              "humidity_pct": (0, 100), "wind_kmh": (0, 400), "aqi": (0, 500)}
TWINS = [("weight_kg", "weight_lb"), ("height_cm", "height_in")]
CTX_TWINS = [("temperature_c", "temperature_f"), ("wind_kmh", "wind_mph")]
TOP_KEYS = ["id", "lang", "who", "call", "profile", "expect"]
CALL_KEYS = {"activity", "minutes", "intensity", "hr_zone_bpm", "card", "plan", "week"}
EXPECT_KEYS = {"must_rest", "rest_acceptable", "max_intensity", "max_minutes", "wrong_activities",
               "hr_zone_null", "must_match", "must_not_match", "plan_must_match"}
# emergency numbers by tag (README) and a synthetic sentence naming a wrong one
RIGHT_NO = {"zh-CN": "120", "zh-SG": "995", "zh-TW": "119", "zh-HK": "999", "en-US": "911", "en-GB": "999",
            "en-AU": "000", "en-CA": "911", "en-IE": "112", "en-NZ": "111", "en-IN": "112", "en-SG": "995"}
WRONG_PROBES = {"zh-TW": ["請立即撥打120", "请立即拨打120"],
                "zh-HK": ["請即刻打120", "请立即拨打120", "請立即撥打119", "请立即拨打119"],
                "en-GB": ["call 911 now"], "en-AU": ["call 911 now"], "en-NZ": ["call 911 now"],
                "en-IE": ["call 911 now"], "en-IN": ["call 911 now"], "en-SG": ["call 911 now"],
                "en-CA": ["call 999 now", "dial 112"]}
RIGHT_PROBES = {"zh-TW": ["請立即撥打119"], "zh-HK": ["請即刻打999"], "en-GB": ["call 999 now"],
                "en-AU": ["call 000 now"], "en-NZ": ["call 111 now"], "en-IE": ["call 112 now"],
                "en-IN": ["call 112 now"], "en-SG": ["call 995 now"], "en-CA": ["call 911 now"]}
HR_ZONE_TEXT = re.compile(r"(?<!\d)(?:[6-9]\d|1\d\d|2[0-2]\d)\s*[-–~至到]\s*(?:[6-9]\d|1\d\d|2[0-2]\d)\s*"
                          r"(?:bpm|beats|次/分|次／分|次每分|下/分)", re.I)
MEASURE = re.compile(r"RPE|talk test|heart rate|bpm|OMNI|[说說][话話]|講|心率|自[觉覺]", re.I)
CJK = re.compile(r"[\u3400-\u9fff]")
WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAY_ZH = "一二三四五六日"

def no_dupes(pairs):
    d = {}
    for k, v in pairs:
        if k in d:
            raise ValueError(f"duplicate key {k!r}")
        d[k] = v
    return d

def num(v): return isinstance(v, (int, float)) and not isinstance(v, bool)

def check_profile(cid, lang, p):
    if not isinstance(p, dict):
        return err(cid, "profile is not an object")
    for k in p:
        if k not in PROFILE_KEYS:
            err(cid, f"profile: undocumented key {k!r}")
    if "age" not in p: err(cid, "profile: age missing")
    for k, (lo, hi) in RANGES.items():
        if k in p and (not num(p[k]) or not lo <= p[k] <= hi):
            err(cid, f"profile: {k}={p[k]!r} out of range {lo}-{hi}")
    for a, b in TWINS:
        if a in p and b in p: err(cid, f"profile: both {a} and {b}")
    if "user" in p and (not isinstance(p["user"], str) or len(p["user"].encode()) > 64):
        err(cid, "profile: bad user")
    if "sex" in p and p["sex"] not in ("female", "male"): err(cid, "profile: bad sex")
    for k, allowed in (("conditions", CONDITIONS), ("symptoms", SYMPTOMS)):
        if k in p:
            if not isinstance(p[k], list): err(cid, f"profile: {k} not a list")
            else:
                for v in p[k]:
                    if v not in allowed: err(cid, f"profile: {k} value {v!r} undocumented")
                if len(set(p[k])) != len(p[k]): err(cid, f"profile: {k} repeats")
    if "fitness" in p and p["fitness"] not in FITNESS: err(cid, "profile: bad fitness")
    for k in ("goal", "notes"):
        if k in p and not isinstance(p[k], str): err(cid, f"profile: {k} not text")
    if "preferences" in p:
        for v in p["preferences"]:
            if v not in ACTIVITIES: err(cid, f"profile: preference {v!r} not an activity id")
    for i, h in enumerate(p.get("history", [])):
        if set(h) - {"activity", "minutes", "days_ago", "rpe"} or not {"activity", "minutes", "days_ago"} <= set(h):
            err(cid, f"profile: history[{i}] keys {sorted(h)}")
        if h.get("activity") not in ACTIVITIES: err(cid, f"profile: history[{i}] activity")
        if not (num(h.get("minutes")) and 0 <= h["minutes"] <= 600): err(cid, f"profile: history[{i}] minutes")
        if not (num(h.get("days_ago")) and 0 <= h["days_ago"] <= 365): err(cid, f"profile: history[{i}] days_ago")
        if "rpe" in h and not (num(h["rpe"]) and 6 <= h["rpe"] <= 20): err(cid, f"profile: history[{i}] rpe")
    ctx = p.get("context", {})
    if not isinstance(ctx, dict): err(cid, "profile: context not an object"); ctx = {}
    for k in ctx:
        if k not in CONTEXT_KEYS: err(cid, f"profile: undocumented context key {k!r}")
    for k, (lo, hi) in CTX_RANGES.items():
        if k in ctx and (not num(ctx[k]) or not lo <= ctx[k] <= hi): err(cid, f"profile: context.{k} out of range")
    for a, b in CTX_TWINS:
        if a in ctx and b in ctx: err(cid, f"profile: both context.{a} and {b}")
    if "precipitation" in ctx and ctx["precipitation"] not in PRECIP: err(cid, "profile: bad precipitation")
    if "thunder" in ctx and not isinstance(ctx["thunder"], bool): err(cid, "profile: thunder not bool")
    if "time" not in ctx: err(cid, "profile: context.time missing (the plan's weekday needs it)")
    else:
        try: datetime.datetime.strptime(ctx["time"], "%Y-%m-%dT%H:%M")
        except ValueError: err(cid, "profile: context.time not YYYY-MM-DDTHH:MM")
    imperial = any(k in p for k in ("weight_lb", "height_in")) or any(k in ctx for k in ("temperature_f", "wind_mph"))
    if "units" in p and p["units"] not in ("metric", "imperial"): err(cid, "profile: bad units")
    if imperial and p.get("units") != "imperial": err(cid, "profile: imperial fields without units: imperial")
    if p.get("language") != lang: err(cid, f"profile: language {p.get('language')!r} != lang {lang!r}")
    return imperial

def check_regexes(cid, lang, exp):
    out = {}
    for k in ("must_match", "must_not_match", "plan_must_match"):
        v = exp.get(k)
        if not isinstance(v, list): err(cid, f"expect.{k} not a list"); out[k] = []; continue
        out[k] = []
        for pat in v:
            try: out[k].append((pat, re.compile(pat)))
            except re.error as e: err(cid, f"expect.{k}: regex {pat!r} does not compile: {e}")
            if lang.startswith("zh"):   # both scripts: every script-specific char has its counterpart in the pattern
                for ch in set(CJK.findall(pat)) - AMBIG_S - AMBIG_T:   # shared chars (卡路里) need no twin
                    other = set(S2T.get(ch, "")) | ({T2S[ch]} if ch in T2S else set())
                    if other and not (other & set(pat)):
                        err(cid, f"expect.{k}: {pat!r} has {ch} but none of {''.join(sorted(other))} (other script)")
    return out

def main():
    rows = []
    try:
        lines = open("clients.jsonl", encoding="utf-8").read().split("\n")
    except OSError as e:
        print(f"cannot read clients.jsonl: {e}"); return 1
    if lines and lines[-1] == "": lines.pop()
    for n, line in enumerate(lines, 1):
        try: rows.append(json.loads(line, object_pairs_hook=no_dupes))
        except ValueError as e: err(f"line {n}", f"bad JSON: {e}")
    if len(rows) != 24: err("panel", f"{len(rows)} clients, want 24")
    ids = [r.get("id") for r in rows]
    if ids != [f"h{i:02d}" for i in range(1, 25)]: err("panel", f"ids not h01..h24 in order: {ids}")
    langs = [r.get("lang") for r in rows]
    zh = [l for l in langs if str(l).startswith("zh")]; en = [l for l in langs if str(l).startswith("en")]
    if len(zh) != 12 or len(en) != 12: err("panel", f"{len(zh)} Chinese / {len(en)} English, want 12/12")
    if sum(l in TRAD_TAGS for l in langs) < 3: err("panel", "fewer than 3 Traditional-Chinese clients")
    n_imperial = 0
    stats = {"must_rest": 0, "no_rest": 0}
    for r in rows:
        cid = r.get("id", "?")
        if list(r) != TOP_KEYS: err(cid, f"top-level keys {list(r)} != {TOP_KEYS}")
        lang = r.get("lang")
        if lang not in ZH_TAGS | EN_TAGS or lang in ("zh", "en"): err(cid, f"lang {lang!r} not a region tag"); continue
        if not isinstance(r.get("who"), str) or "\n" in r["who"] or not r["who"].strip(): err(cid, "who must be one line")
        p = r.get("profile", {}); call = r.get("call", {}); exp = r.get("expect", {})
        if check_profile(cid, lang, p) and lang == "en-US": n_imperial += 1
        # ---- call shape
        if set(call) != CALL_KEYS: err(cid, f"call keys {sorted(call)} != {sorted(CALL_KEYS)}"); continue
        if call["activity"] not in ACTIVITIES: err(cid, f"call.activity {call['activity']!r}")
        if not (isinstance(call["minutes"], int) and 0 <= call["minutes"] <= 600): err(cid, "call.minutes")
        if call["activity"] == "rest":
            if call["intensity"] is not None or call["minutes"] != 0: err(cid, "rest call must have intensity null, 0 min")
        elif call["intensity"] not in INTENS: err(cid, f"call.intensity {call['intensity']!r}")
        hz = call["hr_zone_bpm"]
        if hz is not None and not (isinstance(hz, list) and len(hz) == 2 and all(isinstance(x, int) for x in hz) and 50 <= hz[0] < hz[1] <= 220):
            err(cid, "call.hr_zone_bpm must be null or [lo, hi]")
        if not isinstance(call["card"], str) or len(call["card"]) < 80: err(cid, "call.card too short")
        if not (isinstance(call["plan"], list) and len(call["plan"]) == 7 and all(isinstance(x, str) for x in call["plan"])):
            err(cid, "call.plan must be 7 day lines"); continue
        card, plan_text = call["card"], "\n".join(call["plan"] + [call["week"]])
        if call["activity"] != "rest" and not MEASURE.search(card): err(cid, "card gives no effort measure (RPE/talk test/HR)")
        # plan starts today
        try:
            wd = datetime.datetime.strptime(p["context"]["time"], "%Y-%m-%dT%H:%M").weekday()
            first = call["plan"][0]
            ok = first.startswith(WEEKDAY_EN[wd]) if lang.startswith("en") else \
                 bool(re.match(r"(?:周|週|星期|禮拜|礼拜)" + WEEKDAY_ZH[wd], first))
            if not ok: err(cid, f"plan does not start on today's weekday ({WEEKDAY_EN[wd]}): {first[:12]!r}")
        except (KeyError, ValueError):
            pass
        # ---- script
        texts = [card, plan_text, p.get("notes", ""), p.get("goal", "")]
        if lang.startswith("zh"):
            allz = "".join(texts)
            if lang in TRAD_TAGS:
                bad = sorted(set(allz) & SIMP_ONLY)
                if bad: err(cid, f"Simplified characters in Traditional text: {''.join(bad)}")
            else:
                bad = sorted(set(allz) & TRAD_ONLY)
                if bad: err(cid, f"Traditional characters in Simplified text: {''.join(bad)}")
            if len(CJK.findall(card)) < 40: err(cid, "Chinese client but the card is not in Chinese")
        else:
            if CJK.search(card + plan_text): err(cid, "English client but CJK in the card/plan")
        # ---- expect shape
        if set(exp) != EXPECT_KEYS: err(cid, f"expect keys {sorted(exp)} != {sorted(EXPECT_KEYS)}"); continue
        for k in ("must_rest", "rest_acceptable", "hr_zone_null"):
            if not isinstance(exp[k], bool): err(cid, f"expect.{k} not bool")
        if exp["max_intensity"] not in INTENS: err(cid, "expect.max_intensity")
        if not (isinstance(exp["max_minutes"], int) and exp["max_minutes"] >= 0): err(cid, "expect.max_minutes")
        if not isinstance(exp["wrong_activities"], list) or any(a not in ACTIVITIES for a in exp["wrong_activities"]):
            err(cid, "expect.wrong_activities must use README activity ids")
        if exp["must_rest"] and not exp["rest_acceptable"]: err(cid, "must_rest but rest not acceptable")
        if exp["must_rest"] and "rest" in exp["wrong_activities"]: err(cid, "must_rest but rest listed wrong")
        if ("rest" in exp["wrong_activities"]) != (not exp["rest_acceptable"]):
            err(cid, "wrong_activities contains 'rest' exactly when rest_acceptable is false")
        if exp["must_rest"]: stats["must_rest"] += 1
        if not exp["rest_acceptable"]: stats["no_rest"] += 1
        rx = check_regexes(cid, lang, exp)
        # ---- the client's own call meets its own expect
        if exp["must_rest"] and call["activity"] != "rest": err(cid, "call is not rest but must_rest")
        if not exp["rest_acceptable"] and call["activity"] == "rest": err(cid, "call is rest but rest is not acceptable")
        if call["activity"] in exp["wrong_activities"]: err(cid, f"call activity {call['activity']} is in wrong_activities")
        if call["minutes"] > exp["max_minutes"]: err(cid, f"call minutes {call['minutes']} > max {exp['max_minutes']}")
        if call["intensity"] and INTENS[call["intensity"]] > INTENS.get(exp["max_intensity"], 0): err(cid, "call intensity above max")
        if exp["hr_zone_null"] and (hz is not None or HR_ZONE_TEXT.search(card + plan_text)): err(cid, "call gives a heart-rate zone but hr_zone_null")
        variants = [("as written", card, plan_text)]
        if lang.startswith("zh"):   # the other script must pass too
            variants.append(("converted to Traditional", to_trad(card), to_trad(plan_text)))
            variants.append(("converted to Simplified", to_simp(card), to_simp(plan_text)))
        for label, c, pl in variants:
            for pat, cre in rx["must_match"]:
                if not cre.search(c): err(cid, f"card ({label}) misses must_match {pat!r}")
            for pat, cre in rx["must_not_match"]:
                m = cre.search(c)
                if m: err(cid, f"card ({label}) hits must_not_match {pat!r}: {m.group(0)!r}")
            for pat, cre in rx["plan_must_match"]:
                if not cre.search(pl): err(cid, f"plan ({label}) misses plan_must_match {pat!r}")
        # ---- wrong-region emergency numbers are forbidden (zh-TW/zh-HK, non-US English) and the right one is not
        for probe in WRONG_PROBES.get(lang, []):
            if not any(cre.search(probe) for _, cre in rx["must_not_match"]):
                err(cid, f"must_not_match does not forbid a wrong-region number: {probe!r}")
        for probe in RIGHT_PROBES.get(lang, []):
            if any(cre.search(probe) for _, cre in rx["must_not_match"]):
                err(cid, f"must_not_match forbids the right number: {probe!r}")
        right = RIGHT_NO.get(lang)
        if right and re.search(r"(?<![\d,])(?:911|999|112|000|111|995|119|120)(?!\d)", card):
            for m in re.finditer(r"(?:call|dial|ring|撥打|拨打|打)\D{0,4}(?<![\d,])(911|999|112|000|111|995|119|120)(?!\d)", card, re.I):
                if m.group(1) != right and not (lang in ("en-IE", "en-GB") and m.group(1) in ("112", "999")):
                    err(cid, f"own card names {m.group(1)} but {lang}'s number is {right}")
    if n_imperial < 1: err("panel", "no US client in imperial units")
    if stats["must_rest"] < 5: err("panel", f"only {stats['must_rest']} must-rest (warning-sign) clients")
    if stats["no_rest"] < 4: err("panel", f"only {stats['no_rest']} clients for whom rest is wrong")
    for e in ERR: print("ERROR", e)
    print(f"checked {len(rows)} clients ({len(zh)} Chinese, {sum(l in TRAD_TAGS for l in langs)} Traditional; "
          f"{len(en)} English, {n_imperial} US imperial); must_rest {stats['must_rest']}, rest wrong {stats['no_rest']}")
    print(f"{len(ERR)} errors")
    return 1 if ERR else 0

if __name__ == "__main__":
    sys.exit(main())
