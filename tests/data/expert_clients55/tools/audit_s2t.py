#!/usr/bin/env python3
"""Audit s2t_map.py against every Chinese character in clients.jsonl, using the OpenCC
converters (phrase level) as the reference; also re-run each Chinese client's regexes on
an OpenCC conversion of its card/plan into the other script (s2t, s2tw, s2hk / t2s)."""
import json, re, sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from opencc import OpenCC
import s2t_map as m
CJK = re.compile(r"[\u3400-\u9fff]")
rows = [json.loads(l) for l in open(os.path.join(os.path.dirname(__file__), "..", "clients.jsonl"), encoding="utf-8")]
chars = set()
for r in rows:
    chars |= set(CJK.findall(json.dumps(r, ensure_ascii=False)))
conv = {k: OpenCC(k) for k in ("s2t", "t2s", "s2tw", "s2hk", "tw2s", "hk2s")}
cats = {"SIMP_ONLY": 0, "TRAD_ONLY": 0, "AMBIG": 0, "neutral": 0}
gaps = []
for c in sorted(chars):
    if c in m.SIMP_ONLY: cats["SIMP_ONLY"] += 1
    elif c in m.TRAD_ONLY: cats["TRAD_ONLY"] += 1
    elif c in m.AMBIG_S or c in m.AMBIG_T: cats["AMBIG"] += 1
    else:
        cats["neutral"] += 1
        changed = {k: conv[k].convert(c) for k in conv if conv[k].convert(c) != c}
        if changed: gaps.append((c, changed))
    # the map's own conversion agrees with OpenCC's for one-script characters
    if c in m.SIMP_ONLY and conv["s2t"].convert(c) not in m.S2T.get(c, ""):
        gaps.append((c, {"s2t": conv["s2t"].convert(c), "map": m.S2T.get(c)}))
    if c in m.TRAD_ONLY and conv["t2s"].convert(c) != m.T2S.get(c):
        gaps.append((c, {"t2s": conv["t2s"].convert(c), "map": m.T2S.get(c)}))
print(f"{len(chars)} distinct CJK characters in the panel: {cats}")
print(f"characters OpenCC converts that the map treats as neutral or converts differently: {len(gaps)}")
for c, d in gaps: print("  ", c, d)
# regexes on OpenCC (phrase-level) conversions
bad = 0
for r in rows:
    lang = r["lang"]
    if not lang.startswith("zh"): continue
    card, plan = r["call"]["card"], "\n".join(r["call"]["plan"] + [r["call"]["week"]])
    tags = ["t2s"] if lang in ("zh-TW", "zh-HK") else ["s2t", "s2tw", "s2hk"]
    for t in tags:
        c2, p2 = conv[t].convert(card), conv[t].convert(plan)
        for pat in r["expect"]["must_match"]:
            if not re.search(pat, c2): bad += 1; print(f"  {r['id']} {t}: card misses {pat!r}")
        for pat in r["expect"]["must_not_match"]:
            if re.search(pat, c2): bad += 1; print(f"  {r['id']} {t}: card hits {pat!r}")
        for pat in r["expect"]["plan_must_match"]:
            if not re.search(pat, p2): bad += 1; print(f"  {r['id']} {t}: plan misses {pat!r}")
print(f"regex failures on OpenCC conversions: {bad}")
