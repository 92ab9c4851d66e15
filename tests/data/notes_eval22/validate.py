import json, sys, collections
KEYS=["id","lang","text","symptoms","conditions","acute","mood","numbers","kind","why"]
SYM={"chest_pain","dizziness","fever","breathlessness","palpitations","acute_illness","pregnancy_warning"}
CON={"hypertension","diabetes","asthma","heart_disease","pregnancy","knee_injury","ankle_injury","low_back_pain"}
INJ={"knee_injury","ankle_injury","low_back_pain"}
MOOD={"positive","negative","stressed","tired","neutral"}
KIND={"negated","third_party","healed","figurative","dialect","typo","question","proxy_writer","short","long","buried","effect_only","others_noticed","device_reading","medication_implied","timing","comparison","emoji","slang","voice_input","mixed_lang","exertion_soreness","multi"}
NUMK={"bp","temp_c","glucose_mg_dl","pregnancy_weeks"}
def check(path,lang):
    errs=[];rows=[]
    with open(path,encoding="utf-8") as f:
        lines=f.read().split("\n")
    if lines and lines[-1]=="": lines=lines[:-1]
    for i,l in enumerate(lines,1):
        e=lambda m: errs.append(f"{path}:{i}: {m}")
        try: o=json.loads(l)
        except Exception as x: e(f"json {x}"); continue
        if list(o)!=KEYS: e(f"keys {list(o)}"); continue
        if l!=json.dumps(o,ensure_ascii=False,separators=(",",":")): e("not compact/canonical")
        if o["id"]!=f"{lang}-{i:03d}": e(f"id {o['id']}")
        if o["lang"]!=lang: e("lang")
        if not isinstance(o["text"],str) or not o["text"].strip(): e("text")
        for k,allowed in (("symptoms",SYM),("conditions",CON),("kind",KIND)):
            v=o[k]
            if not isinstance(v,list) or any(x not in allowed for x in v) or len(set(v))!=len(v): e(f"{k} {v}")
        if o["mood"] not in MOOD: e("mood")
        inj={c for c in o["conditions"] if c in INJ}
        a=o["acute"]
        if not isinstance(a,dict) or set(a)!=inj or any(not isinstance(v,bool) for v in a.values()): e(f"acute {a} vs {inj}")
        n=o["numbers"]
        if not isinstance(n,dict) or set(n)-NUMK: e(f"numbers {n}"); n={}
        if "bp" in n:
            b=n["bp"]
            if not(isinstance(b,list) and len(b)==2 and all(type(x) is int for x in b) and b[0]>b[1]): e("bp fmt")
            elif (b[0]>=140 or b[1]>=90) and "hypertension" not in o["conditions"]: e("bp high w/o hypertension")
        if "temp_c" in n:
            t=n["temp_c"]
            if not isinstance(t,float) or round(t,1)!=t: e("temp fmt")
            elif t>=38.0 and "fever" not in o["symptoms"]: e("temp>=38 w/o fever")
        if "glucose_mg_dl" in n:
            g=n["glucose_mg_dl"]
            if type(g) is not int: e("glucose fmt")
        if "pregnancy_weeks" in n:
            if type(n["pregnancy_weeks"]) is not int: e("weeks fmt")
            if "pregnancy" not in o["conditions"]: e("weeks w/o pregnancy")
        if "pregnancy_warning" in o["symptoms"] and "pregnancy" not in o["conditions"]: e("pw w/o pregnancy")
        trap={"negated","third_party","healed","figurative"}
        if not isinstance(o["why"],str) or len(o["why"])<20: e("why")
        rows.append(o)
    return rows,errs
allerr=[]
for lang in ("zh","en"):
    p=f"/tmp/notes22/notes_{lang}.jsonl"
    try: rows,errs=check(p,lang)
    except FileNotFoundError: continue
    allerr+=errs
    c=collections.Counter()
    for o in rows:
        for s in o["symptoms"]: c["S:"+s]+=1
        for s in o["conditions"]: c["C:"+s]+=1
        c["M:"+o["mood"]]+=1
        for k in o["kind"]: c["K:"+k]+=1
        for k in o["numbers"]: c["N:"+k]+=1
        if o["symptoms"]: c["#with_symptom"]+=1
        elif not o["conditions"] and set(o["kind"])&{"negated","third_party","healed","figurative"}: c["#trap_no_label"]+=1
        elif set(o["kind"])&{"negated","third_party","healed","figurative"}: c["#trap_with_cond"]+=1
        else: c["#ordinary"]+=1
    print(lang,len(rows),"lines")
    for k in sorted(c): print(" ",k,c[k])
for x in allerr: print("ERR",x)
print("OK" if not allerr else f"{len(allerr)} errors")
