#!/usr/bin/env python3
"""Mechanical checks of each card against the frozen expected block."""
import json
ORDER={"rest":0,"light":1,"moderate":2,"vigorous":3}
res={}
for line in open("clients.jsonl"):
    c=json.loads(line); id=c["id"]; e=c["expected"]
    j=json.load(open(f"outputs/{id}.json")); card=open(f"outputs/{id}.card.txt").read()
    act=j["activity"]; eff="rest" if act=="rest" else j["intensity"]
    low=card.lower()
    def has(alts): return any(a.lower() in low for a in alts.split("|"))
    chk={}
    chk["must_rest"]= (act=="rest") if e["must_rest"] else True   # a false rest is caught by acceptable_activities
    chk["max_intensity"]= ORDER[eff]<=ORDER[e["max_intensity"]]
    chk["acceptable_activity"]= act in e["acceptable_activities"]
    chk["not_forbidden"]= act not in e["forbidden_activities"]
    lo,hi=e["minutes_range"]; chk["minutes_in_range"]= lo<=j["minutes"]<=hi
    m=e["intensity_measure"]
    if act=="rest": chk["intensity_measure"]=True
    elif m=="rpe": chk["intensity_measure"]= j["rpe"] is not None and j["hr_zone_bpm"] is None
    elif m=="hr": chk["intensity_measure"]= j["hr_zone_bpm"] is not None
    else: chk["intensity_measure"]=True
    mm={s:has(s) for s in e["must_mention"]}; chk["must_mention"]=all(mm.values())
    mns={s:(s.lower() in low) for s in e["must_not_say"]}; chk["must_not_say"]=not any(mns.values())
    res[id]={"activity":act,"intensity":eff,"minutes":j["minutes"],"emergency":j["safety"]["emergency"],
             "checks":chk,"must_mention_detail":mm,"must_not_say_hits":[k for k,v in mns.items() if v],
             "pass":all(chk.values())}
names=list(next(iter(res.values()))["checks"])
summary={"clients":len(res),"all_checks_pass":sum(r["pass"] for r in res.values()),
         "per_check_pass":{n:sum(r["checks"][n] for r in res.values()) for n in names},
         "by_language":{}}
for lang,ids in (("zh",[f"h{i:02d}" for i in range(1,13)]),("en",[f"h{i:02d}" for i in range(13,25)])):
    summary["by_language"][lang]=sum(res[i]["pass"] for i in ids)
json.dump({"summary":summary,"clients":res},open("mech.json","w"),ensure_ascii=False,indent=1)
print(json.dumps(summary,indent=1))
for id,r in res.items():
    if not r["pass"]: print(id,[k for k,v in r["checks"].items() if not v],r["activity"],r["minutes"],r["must_mention_detail"])
