#!/usr/bin/env python3
"""How should the model's reading of notes be combined with the rules'?
Scores, on labelled note sets (development sets only), the mood and the
findings of: the rules alone, the model alone, and the combinations the
advisor could use. The rules' answers come from motion-advisor --model none,
the model's from build/mr-cli (rank classification over the moods,
generation of the findings), exactly the prompts lib/advisor/advisor.c sends.

usage: reading_policy.py BUILD MODEL.gguf SET.jsonl [SET2.jsonl ...]
"""
import json
import os
import subprocess
import sys

MOODS = ["neutral", "positive", "negative", "stressed", "tired"]
SYMPTOMS = ["chest_pain", "dizziness", "fever", "breathlessness", "palpitations", "acute_illness", "pregnancy_warning"]


def main():
    build, model, sets = sys.argv[1], sys.argv[2], sys.argv[3:]
    notes = [json.loads(l) for s in sets for l in open(s, encoding="utf-8") if l.strip()]
    lines = "\n".join(json.dumps({"age": 35, "notes": n["text"]}, ensure_ascii=False) for n in notes) + "\n"
    r = subprocess.run([os.path.join(build, "motion-advisor"), "recommend", "--batch", "/dev/stdin", "--json",
                        "--model", "none"], input=lines, capture_output=True, text=True)
    rules = [json.loads(l) for l in r.stdout.splitlines()]
    cli = os.path.join(build, "mr-cli")
    stats = {k: 0 for k in ["rules", "model", "rules_else_model", "model_if_confident"]}
    em = {k: [0, 0, 0] for k in ["rules", "model", "union"]}  # emergency notes found, false on not-alarm kinds, n
    n_em = n_fa = 0
    for n, ru in zip(notes, rules):
        out = json.loads(subprocess.run([cli, "classify", model, "mood: " + n["text"], "--labels", ",".join(MOODS),
                                         "--json"], capture_output=True, text=True).stdout)
        probs = out["probs"]
        best = max(range(5), key=lambda i: probs[i])
        mm = MOODS[best]
        gen = subprocess.run([cli, "generate", model, "conditions: " + n["text"], "--max-new", "24"],
                             capture_output=True, text=True).stdout.strip()
        mflags = {x.strip() for x in gen.replace(",", " ").split()}
        truth = n["mood"]
        stats["rules"] += ru["mood"] == truth
        stats["model"] += mm == truth
        stats["rules_else_model"] += (ru["mood"] if ru["mood"] != "neutral" else mm) == truth
        stats["model_if_confident"] += (mm if probs[best] >= 0.6 else ru["mood"]) == truth
        rsym = set(ru["notes_conditions"]) & set(SYMPTOMS)
        msym = mflags & set(SYMPTOMS)
        alarm_kind = set(n.get("kind", [])) & {"negated", "third_party", "healed", "figurative"}
        if n.get("symptoms"):
            n_em += 1
            em["rules"][0] += bool(rsym)
            em["model"][0] += bool(msym)
            em["union"][0] += bool(rsym | msym)
        elif alarm_kind:
            n_fa += 1
            em["rules"][1] += bool(rsym)
            em["model"][1] += bool(msym)
            em["union"][1] += bool(rsym | msym)
    print("notes", len(notes))
    print("mood accuracy:", {k: round(v / len(notes), 4) for k, v in stats.items()})
    print("emergency notes found / %d, false emergencies / %d:" % (n_em, n_fa),
          {k: (v[0], v[1]) for k, v in em.items()})


if __name__ == "__main__":
    main()
