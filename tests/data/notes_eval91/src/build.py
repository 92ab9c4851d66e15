import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
import part1, part2, part3, part4, part5, part6
def write(rows, lang, path):
    with open(path, "w", encoding="utf-8") as f:
        for i, (text, s, c, a, mood, nums, kind, why) in enumerate(rows, 1):
            o = {"id": f"{lang}-{i:03d}", "lang": lang, "text": text, "symptoms": s,
                 "conditions": c, "acute": a, "mood": mood, "numbers": nums,
                 "kind": kind, "why": why}
            f.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(path, len(rows))
en = part1.R + part2.R + part3.R
zh = part4.R + part5.R + part6.R
assert len(en) == 100 and len(zh) == 100
write(en, "en", "../notes_en.jsonl")
write(zh, "zh", "../notes_zh.jsonl")
