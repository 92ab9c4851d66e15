# Serialises the hand-written records in en.py / zh.py to compact JSONL.
# Each record is a literal tuple:
# (id, text, symptoms, conditions, acute, mood, numbers, kind, why)
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import en, zh
KEYS = ["id","lang","text","symptoms","conditions","acute","mood","numbers","kind","why"]
for lang, mod in (("en", en), ("zh", zh)):
    out = os.path.join(os.path.dirname(__file__), "..", f"notes_{lang}.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for rid, text, s, c, a, m, n, k, why in mod.RECORDS:
            rec = dict(zip(KEYS, [rid, lang, text, s, c, a, m, n, k, why]))
            f.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
    rows = mod.RECORDS
    withs = sum(1 for r in rows if r[2])
    trap = sum(1 for r in rows if not r[2] and set(r[7]) & {"negated","third_party","healed","figurative"})
    print(lang, len(rows), "with_symptom", withs, "trap_no_symptom", trap)
