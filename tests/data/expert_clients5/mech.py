import json
R={"rest":0,"light":1,"moderate":2,"vigorous":3}
out={}
for l in open("clients.jsonl"):
    c=json.loads(l); e=c["expected"]; i=c["id"]
    card=open(f"outputs/{i}.card.txt").read(); d=json.load(open(f"outputs/{i}.json"))
    act=d["activity"]; inten="rest" if act=="rest" else d["intensity"]
    m={}
    m["must_rest"]=(act=="rest")==e["must_rest"]
    m["max_intensity"]=R[inten]<=R[e["max_intensity"]]
    m["acceptable_activity"]=act in e["acceptable_activities"]
    m["not_forbidden"]=act not in e["forbidden_activities"]
    lo,hi=e["minutes_range"]; m["minutes_in_range"]=lo<=d["minutes"]<=hi
    im=e["intensity_measure"]
    if im=="hr": m["intensity_measure"]=d["hr_zone_bpm"] is not None
    elif im=="rpe": m["intensity_measure"]=d["rpe"] is not None and d["hr_zone_bpm"] is None
    elif im=="none": m["intensity_measure"]=act=="rest" and d["hr_zone_bpm"] is None
    else: m["intensity_measure"]=True
    for w in e["must_mention"]: m["mentions:"+w]=w.lower() in card.lower()
    for w in e["must_not_say"]: m["not_say:"+w]=w.lower() not in card.lower()
    lang=c["profile"].get("language")
    m["language"]= True if lang is None else d["language"]==lang
    out[i]=m
    print(i,act,inten,d["minutes"],all(m.values()),[k for k,v in m.items() if not v])
json.dump(out,open("mech.json","w"),ensure_ascii=False,indent=0)
print(sum(all(m.values()) for m in out.values()),"/",len(out))
