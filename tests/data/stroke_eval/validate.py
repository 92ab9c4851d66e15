import json,sys
ok=True
for lang in ("zh","en"):
    try: lines=open(f"notes_{lang}.jsonl",encoding="utf-8").read().splitlines()
    except FileNotFoundError: print(lang,"missing"); continue
    n=pos=0
    for i,l in enumerate(lines,1):
        try: o=json.loads(l,object_pairs_hook=lambda p:p)
        except Exception as e: print(lang,i,"bad json",e); ok=False; continue
        keys=[k for k,v in o]; d=dict(o)
        if keys!=["id","lang","text","stroke_sign","why"]: print(lang,i,"keys",keys); ok=False
        if l!=json.dumps(json.loads(l),ensure_ascii=False,separators=(",",":")): print(lang,i,"not compact"); ok=False
        if d["id"]!=f"{lang}-{i:03d}" or d["lang"]!=lang: print(lang,i,"id/lang"); ok=False
        if type(d["stroke_sign"]) is not bool: print(lang,i,"stroke_sign"); ok=False
        if not isinstance(d["text"],str) or not d["text"].strip(): print(lang,i,"text"); ok=False
        if not isinstance(d["why"],str) or len(d["why"])<20: print(lang,i,"why"); ok=False
        n+=1; pos+=d["stroke_sign"]
    print(lang,"notes",n,"true",pos,"false",n-pos)
sys.exit(0 if ok else 1)
