# Writes notes_en.jsonl / notes_zh.jsonl from the hand-written literal lists in en.py / zh.py.
# Only ids are assigned here (in list order); every text and label is literal in the source files.
import json, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import en, zh
KEYS=["id","lang","text","symptoms","conditions","acute","mood","numbers","kind","why"]
def write(lang, notes, path):
    assert len(notes)==100, (lang, len(notes))
    with open(path,"w",encoding="utf-8") as f:
        for i,(text,sy,co,ac,mood,nums,kind,why) in enumerate(notes,1):
            o={"id":f"{lang}-{i:03d}","lang":lang,"text":text,"symptoms":sy,"conditions":co,"acute":ac,"mood":mood,"numbers":nums,"kind":kind,"why":why}
            f.write(json.dumps(o,ensure_ascii=False,separators=(",",":"))+"\n")
here=os.path.dirname(os.path.abspath(__file__))
write("en", en.NOTES, os.path.join(here,"..","notes_en.jsonl"))
write("zh", zh.NOTES, os.path.join(here,"..","notes_zh.jsonl"))
