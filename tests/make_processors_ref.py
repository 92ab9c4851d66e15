#!/usr/bin/env python3
"""Writes tests/data/processors/reference.json: what transformers' generate()
gives on the tiny copy checkpoint (tests/data/goldens/flan-v1_1-tiny-copy)
for the generation options test_processors.c checks: repetition penalty,
no-repeat n-grams, banned ids (bad_words_ids), a forced decoder prefix
(decoder_input_ids), per-token log-probabilities (compute_transition_scores
with normalize_logits=True) and every beam's hypothesis with its score
(num_return_sequences = num_beams). Run once, with transformers and torch
(the peers' environment: build/peers-venv/bin/python); float64 throughout.
Not run by the tests: its output is the frozen reference."""
import json
import os
import sys

import torch
from transformers import T5ForConditionalGeneration

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CKPT = os.path.join(ROOT, "tests/data/goldens/flan-v1_1-tiny-copy")
OUT = os.path.join(ROOT, "tests/data/processors/reference.json")

model = T5ForConditionalGeneration.from_pretrained(CKPT, torch_dtype=torch.float64).eval()
gold = json.load(open(os.path.join(CKPT, "goldens.json")))
inputs = [c["input_ids"] for c in gold["cases"] if c["kind"] == "greedy"][:2]

cases = []


def greedy(name, ids, **kw):
    prefix = kw.pop("prefix", None)
    extra = {}
    if prefix:
        extra["decoder_input_ids"] = torch.tensor([[0] + prefix])
    with torch.no_grad():
        r = model.generate(torch.tensor([ids]), do_sample=False, num_beams=1, max_new_tokens=kw.pop("max_new", 16),
                           output_scores=True, return_dict_in_generate=True, **extra, **kw)
        lp = model.compute_transition_scores(r.sequences, r.scores, normalize_logits=True)[0]
    seq = r.sequences[0].tolist()[1:]  # without the start token
    gen = seq[len(prefix or []):]
    cases.append({"name": name, "kind": "greedy", "input_ids": ids, "options": dict(kw, prefix=prefix or []),
                  "output_ids": seq, "generated_logprobs": [float(x) for x in lp.tolist()][:len(gen)]})


def beams(name, ids, **kw):
    with torch.no_grad():
        r = model.generate(torch.tensor([ids]), do_sample=False, num_beams=4, num_return_sequences=4,
                           max_new_tokens=10, length_penalty=1.0, early_stopping=True, output_scores=True,
                           return_dict_in_generate=True, **kw)
    seqs = [s[1:] for s in r.sequences.tolist()]
    seqs = [s[:s.index(1) + 1] if 1 in s else [t for t in s if t != 0] for s in seqs]
    cases.append({"name": name, "kind": "beams", "input_ids": ids, "options": kw, "sequences": seqs,
                  "sequences_scores": [float(x) for x in r.sequences_scores.tolist()]})


for i, ids in enumerate(inputs):
    greedy("plain_%d" % i, ids)
    greedy("repetition_%d" % i, ids, repetition_penalty=1.8)
    greedy("ngram_%d" % i, ids, no_repeat_ngram_size=2)
    greedy("banned_%d" % i, ids, bad_words_ids=[[29], [101]])
    greedy("prefix_%d" % i, ids, prefix=[3, 7])
    greedy("all_%d" % i, ids, repetition_penalty=1.3, no_repeat_ngram_size=3, bad_words_ids=[[9]], prefix=[3])
    beams("beams_%d" % i, ids)
    beams("beams_processed_%d" % i, ids, repetition_penalty=1.5, no_repeat_ngram_size=2)

import transformers  # noqa: E402
json.dump({"transformers": transformers.__version__, "torch": torch.__version__, "checkpoint":
           "tests/data/goldens/flan-v1_1-tiny-copy", "cases": cases}, open(OUT, "w"), indent=1)
print("wrote", OUT, len(cases), "cases", file=sys.stderr)
