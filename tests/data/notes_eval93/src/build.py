import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import en1, en2, en3, en4, zh1, zh2, zh3, zh4
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INJ = {"knee_injury", "ankle_injury", "low_back_pain"}
def write(lang, mods):
    rows = [r for m in mods for r in m.ROWS]
    assert len(rows) == 100, (lang, len(rows))
    with open(os.path.join(OUT, f"notes_{lang}.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            assert set(r["acute"]) == set(r["conditions"]) & INJ, (lang, i)
            o = {"id": f"{lang}-{i:03d}", "lang": lang, "text": r["text"], "symptoms": r["symptoms"],
                 "conditions": r["conditions"], "acute": r["acute"], "mood": r["mood"],
                 "numbers": r["numbers"], "kind": r["kind"], "why": r["why"]}
            f.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")
write("en", [en1, en2, en3, en4])
write("zh", [zh1, zh2, zh3, zh4])
print("built")
