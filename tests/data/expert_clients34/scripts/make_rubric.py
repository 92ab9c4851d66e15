#!/usr/bin/env python3
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from rubric_data import R, DIMS
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
clients = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(base, "clients.jsonl"), encoding="utf-8")}
mech = {l.split("\t")[0]: l.rstrip("\n").split("\t") for l in open(os.path.join(base, "mechanical_checks.tsv"), encoding="utf-8")}
bad = 0
out = []
for cid, sc, quotes, comment in R:
    card = open(os.path.join(base, "outputs", cid + ".card.txt"), encoding="utf-8").read()
    for q in quotes:
        if q not in card:
            print("QUOTE NOT FOUND", cid, repr(q)); bad += 1
    assert len(sc) == 6 and all(s in (0, 1, 2) for s in sc)
    out.append(dict(id=cid, lang=clients[cid]["lang_group"], category=clients[cid]["category"],
                    scores=dict(zip(DIMS, sc)), total=sum(sc), quotes=[q.rstrip("\n") for q in quotes],
                    quotes_verified=True, rest_check=mech[cid][4], comment=comment))
assert len(out) == 24 and not bad
with open(os.path.join(base, "rubric.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
# summary
def mean(xs): return sum(xs) / len(xs)
L = []
L.append("# Rubric summary\n")
L.append(f"Cards scored: {len(out)}; quotes verified as exact substrings of the text cards: all.\n")
L.append(f"**Mean total: {mean([o['total'] for o in out]):.2f} / 12**\n")
for g, name in (("zh", "Chinese (h01-h12)"), ("en", "English (h13-h24)")):
    L.append(f"- {name}: {mean([o['total'] for o in out if o['lang']==g]):.2f} / 12")
L.append("\n| dimension | mean all | mean zh | mean en | zeros |\n|---|---|---|---|---|")
for d in DIMS:
    a = [o["scores"][d] for o in out]
    z = [o["scores"][d] for o in out if o["lang"] == "zh"]
    e = [o["scores"][d] for o in out if o["lang"] == "en"]
    zeros = [o["id"] for o in out if o["scores"][d] == 0]
    L.append(f"| {d} | {mean(a):.2f} | {mean(z):.2f} | {mean(e):.2f} | {', '.join(zeros) or '-'} |")
L.append("\n## Per client\n\n| id | lang | category | S | A | D | P | E | L | total | rest check |\n|---|---|---|---|---|---|---|---|---|---|---|")
for o in out:
    s = o["scores"]
    L.append(f"| {o['id']} | {o['lang']} | {o['category']} | " + " | ".join(str(s[d]) for d in DIMS) + f" | {o['total']} | {o['rest_check']} |")
wr = [o["id"] for o in out if o["rest_check"] == "WRONGLY_RESTED"]
wa = [o["id"] for o in out if o["rest_check"] == "WRONGLY_ALLOWED"]
L.append(f"\n**Wrongly rested:** {', '.join(wr) or 'none'} ({len(wr)}/19 that should not rest)")
L.append(f"\n**Wrongly allowed:** {', '.join(wa) or 'none'} ({len(wa)}/5 that must rest)")
L.append(f"\n**Cards with any zero:** {', '.join(o['id'] for o in out if 0 in o['scores'].values())}")
L.append(f"\n**Perfect 12/12:** {', '.join(o['id'] for o in out if o['total']==12)}")
open(os.path.join(base, "rubric_summary.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
print("\n".join(L))
