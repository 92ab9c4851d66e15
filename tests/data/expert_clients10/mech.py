import json
ORD={"rest":0,"light":1,"moderate":2,"vigorous":3}
def has(text,alt):
    return any(a.lower() in text.lower() for a in alt.split("|"))
res={}
for line in open("clients.jsonl"):
    c=json.loads(line); i=c["id"]; e=c["expected"]
    j=json.load(open(f"outputs/{i}.json")); card=open(f"outputs/{i}.card.txt").read()
    act=j["activity"]; inten="rest" if act=="rest" else j["intensity"]; mins=j["minutes"] or 0
    chk={}
    chk["must_rest"]=(act=="rest")==e["must_rest"]
    chk["max_intensity"]=ORD[inten]<=ORD[e["max_intensity"]]
    chk["acceptable_activity"]=act in e["acceptable_activities"]
    chk["not_forbidden"]=act not in e["forbidden_activities"]
    lo,hi=e["minutes_range"]; chk["minutes_in_range"]=lo<=mins<=hi
    m=e["intensity_measure"]
    if act=="rest": chk["intensity_measure"]=True
    elif m=="rpe": chk["intensity_measure"]=j.get("rpe") is not None and j.get("hr_zone_bpm") is None
    elif m=="hr": chk["intensity_measure"]=j.get("hr_zone_bpm") is not None
    else: chk["intensity_measure"]=j.get("rpe") is not None or j.get("hr_zone_bpm") is not None
    miss=[a for a in e["must_mention"] if not has(card,a)]
    said=[a for a in e["must_not_say"] if has(card,a)]
    chk["must_mention"]=not miss; chk["must_not_say"]=not said
    res[i]={"activity":act,"intensity":inten,"minutes":mins,"emergency":j["safety"]["emergency"],
            "checks":chk,"missing_mentions":miss,"forbidden_said":said,"pass":all(chk.values())}
names=list(next(iter(res.values()))["checks"])
summary={"clients":len(res),"clients_passing_all":sum(r["pass"] for r in res.values()),
 "per_check_pass":{n:sum(r["checks"][n] for r in res.values()) for n in names},
 "checks_passed":sum(sum(r["checks"].values()) for r in res.values()),"checks_total":len(res)*len(names)}
json.dump({"summary":summary,"clients":res},open("mech.json","w"),ensure_ascii=False,indent=1)
print(json.dumps(summary,indent=1))
for i,r in res.items():
    if not r["pass"]: print(i,r["activity"],r["intensity"],r["minutes"],[k for k,v in r["checks"].items() if not v],r["missing_mentions"],r["forbidden_said"])
