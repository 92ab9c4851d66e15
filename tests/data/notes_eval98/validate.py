import json,sys,collections
KEYS=["id","lang","text","symptoms","conditions","acute","mood","numbers","kind","why"]
SY={"chest_pain","dizziness","fever","breathlessness","palpitations","acute_illness","pregnancy_warning"}
CO={"hypertension","diabetes","asthma","heart_disease","pregnancy","knee_injury","ankle_injury","low_back_pain"}
INJ={"knee_injury","ankle_injury","low_back_pain"}
MO={"positive","negative","stressed","tired","neutral"}
KI={"negated","third_party","healed","figurative","dialect","typo","question","proxy_writer","short","long","buried","effect_only","others_noticed","device_reading","medication_implied","timing","comparison","emoji","slang","voice_input","mixed_lang","exertion_soreness","multi"}
TRAP={"negated","third_party","healed","figurative"}
def check(path,lang):
    errs=[];rows=[]
    for i,line in enumerate(open(path,encoding="utf-8"),1):
        try: o=json.loads(line,object_pairs_hook=lambda p:p)
        except Exception as e: errs.append(f"{i}: bad json {e}");continue
        keys=[k for k,v in o]; d=dict(o)
        if keys!=KEYS: errs.append(f"{i}: keys {keys}")
        if line.rstrip("\n")!=json.dumps(json.loads(line),ensure_ascii=False,separators=(",",":")): errs.append(f"{i}: not compact")
        if d["id"]!=f"{lang}-{i:03d}": errs.append(f"{i}: id {d['id']}")
        if d["lang"]!=lang: errs.append(f"{i}: lang")
        if not isinstance(d["text"],str) or not d["text"].strip(): errs.append(f"{i}: text")
        s=d["symptoms"];c=d["conditions"];a=dict(d["acute"]) if isinstance(d["acute"],list) else d["acute"];n=dict(d["numbers"]) if isinstance(d["numbers"],list) else d["numbers"];k=d["kind"]
        for x in s:
            if x not in SY: errs.append(f"{i}: symptom {x}")
        for x in c:
            if x not in CO: errs.append(f"{i}: cond {x}")
        if len(set(s))!=len(s) or len(set(c))!=len(c) or len(set(k))!=len(k): errs.append(f"{i}: dup")
        if set(a)!=(set(c)&INJ) or any(type(v) is not bool for v in a.values()): errs.append(f"{i}: acute {a}")
        if d["mood"] not in MO: errs.append(f"{i}: mood")
        for x in k:
            if x not in KI: errs.append(f"{i}: kind {x}")
        if "pregnancy_warning" in s and "pregnancy" not in c: errs.append(f"{i}: pw without pregnancy")
        for kk,v in n.items():
            if kk=="bp":
                if not(isinstance(v,list) and len(v)==2 and all(type(x) is int for x in v) and v[0]>v[1]): errs.append(f"{i}: bp {v}")
                elif (v[0]>=140 or v[1]>=90) and "hypertension" not in c: errs.append(f"{i}: bp high w/o htn")
            elif kk=="temp_c":
                if type(v) is not float or round(v,1)!=v or not 34<=v<=43: errs.append(f"{i}: temp {v}")
                elif v>=38.0 and "fever" not in s: errs.append(f"{i}: temp>=38 w/o fever")
            elif kk=="glucose_mg_dl":
                if type(v) is not int or not 30<v<600: errs.append(f"{i}: glu {v}")
                elif v>=200 and "diabetes" not in c: errs.append(f"{i}: glu>=200 w/o diabetes")
            elif kk=="pregnancy_weeks":
                if type(v) is not int or not 1<=v<=43: errs.append(f"{i}: pw {v}")
                elif "pregnancy" not in c: errs.append(f"{i}: weeks w/o pregnancy")
            else: errs.append(f"{i}: number key {kk}")
        if set(k)&TRAP and False: pass
        if not isinstance(d["why"],str) or len(d["why"])<20: errs.append(f"{i}: why")
        rows.append(d)
    return errs,rows
def stats(rows):
    sc=collections.Counter(x for r in rows for x in r["symptoms"])
    cc=collections.Counter(x for r in rows for x in r["conditions"])
    mc=collections.Counter(r["mood"] for r in rows)
    kc=collections.Counter(x for r in rows for x in r["kind"])
    withs=sum(1 for r in rows if r["symptoms"])
    trap=sum(1 for r in rows if set(r["kind"])&TRAP and not r["symptoms"])
    nums=sum(1 for r in rows if r["numbers"])
    acute=collections.Counter((k,v) for r in rows for k,v in (dict(r["acute"]) if isinstance(r["acute"],list) else r["acute"]).items())
    return dict(n=len(rows),with_symptom=withs,no_symptom=len(rows)-withs,trap_no_symptom=trap,with_numbers=nums,symptoms=dict(sc),conditions=dict(cc),acute={f"{k}={v}":c for (k,v),c in acute.items()},mood=dict(mc),kind=dict(kc))
ok=True
for lang in ("zh","en"):
    p=f"notes_{lang}.jsonl"
    try: e,r=check(p,lang)
    except FileNotFoundError: print(lang,"missing");continue
    for x in e: print(lang,x)
    ok=ok and not e
    print(lang,json.dumps(stats(r),ensure_ascii=False))
sys.exit(0 if ok else 1)
