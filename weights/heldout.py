#!/usr/bin/env python3
"""Copy the first rows of each task of the held-out split into the
repository (tests/data/advisor_heldout.jsonl) for tests/test_advisor.c.

usage: heldout.py TEST.jsonl OUT.jsonl"""
import json
import sys


def main():
    rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        for task in ("mood", "conditions", "activity", "advice"):
            for r in [r for r in rows if r["task"] == task][:60]:
                keep = ("task", "input", "target", "numbers", "activity", "intensity", "teacher", "profile")
                o = {k: r[k] for k in keep if k in r}
                f.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
