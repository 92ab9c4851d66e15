#!/usr/bin/env python3
"""Train the advisor's model from scratch: a sentencepiece vocabulary on the
generated text (Chinese and English), then a small T5 v1.1-style model
(gated GELU, untied head) with PyTorch and transformers on four text-to-text
tasks (mood, activity, conditions, advice). Saves a Hugging Face directory
that build/mr-convert turns into GGUF.

The activity task learns the teacher's whole prior, not only its top choice:
at the position where the activity labels differ, the loss is the cross
entropy against the prior over the twelve activity tokens. The advisor
multiplies those scores by history, preferences and feedback and removes
what the safety layer forbids, so the second and third choices matter too.

usage: train.py DATA_DIR OUT_DIR [--minutes M] [--threads N] [--tasks T,...] [--task-share T=S,...]
                [--init DIR] [--lr LR] [--sharpen T] [--mse W]   (weights/train.sh runs the phases)
"""
import argparse
import json
import math
import os
import random
import shutil
import time

import sys

import sentencepiece as spm
import torch
from transformers import T5Config, T5ForConditionalGeneration

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

ACTS = ["run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength", "stationary_bike",
        "elliptical", "stretching", "rest"]
# One piece each, so that a label is one decision and ids read as words.
SYMBOLS = list(ACTS)  # the flag names are added in main() (notes_corpus.FLAG_ORDER)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("out")
    ap.add_argument("--minutes", type=float, default=20)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--d-model", type=int, default=256)
    ap.add_argument("--enc-layers", type=int, default=4)
    ap.add_argument("--dec-layers", type=int, default=3)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--tasks", default="mood,activity,conditions,advice")
    # the share of each task's rows drawn per epoch: the activity scores are
    # the hardest task (near-ties in the prior), the readings are easy, and
    # the advice rows are already few (make_data.py ADVICE_REPEAT per pair)
    ap.add_argument("--task-share", default="activity=1,mood=0.3,conditions=0.6,advice=1")
    # The activity loss is cross entropy against prior^(1/T) (renormalised):
    # the prior is flat (a quarter of the top two are within 6%), and the
    # sharpened target makes the gradient resolve those near-ties. The
    # advisor takes the model's scores to the power T (ACTIVITY_SHARPEN in
    # lib/advisor.c) to get the prior's scale back.
    ap.add_argument("--sharpen", type=float, default=0.5)
    # Plus this weight times the squared error of the twelve activity logits
    # (centred) against the sharpened log prior (centred): cross entropy
    # weighs an activity by its probability, but the advisor re-ranks and
    # the safety layer removes the top ones, so the ratios among the
    # unlikely ones matter too.
    ap.add_argument("--mse", type=float, default=0.2)
    # Continue from a directory this script wrote (its vocabulary and
    # weights) instead of starting from scratch; the model options above
    # are then ignored. train.sh chains four phases this way (see there why).
    ap.add_argument("--init")
    ap.add_argument("--vocab", type=int, default=4000)
    a = ap.parse_args()
    # Chinese has no spaces: a small unigram vocabulary trained on templated
    # text learns pieces that fuse a frame's characters with the word inside
    # it, so an unseen frame segments the same word differently. The domain
    # words (make_data.py's pools: moods, conditions, activity names) are
    # made single pieces so they read the same in any sentence.
    import make_data
    import notes_corpus
    SYMBOLS.extend(notes_corpus.FLAG_ORDER)
    zh = set()
    for pools in (notes_corpus.MOOD, notes_corpus.COND):
        for v in pools.values():
            zh.update(w for w in v["zh"] if len(w) <= 4)
    zh.update(["跑步", "游泳", "骑自行车", "快走", "散步", "瑜伽", "太极", "力量训练", "室内单车", "椭圆机", "拉伸", "休息"])
    SYMBOLS.extend(make_data.SLOTS)  # the advice's slots, one piece each
    SYMBOLS.extend(make_data.BANDS)  # the profile's bands (age group, AQI category, temperature)
    SYMBOLS.extend(sorted(zh, key=lambda w: (-len(w), w)))
    torch.manual_seed(a.seed)
    random.seed(a.seed)
    torch.set_num_threads(a.threads)
    os.makedirs(a.out, exist_ok=True)
    prefix = os.path.join(a.out, "spiece")
    if a.init:
        shutil.copy(os.path.join(a.init, "spiece.model"), prefix + ".model")
    else:
        spm.SentencePieceTrainer.train(input=os.path.join(a.data, "text.txt"), model_prefix=prefix, vocab_size=a.vocab,
                                       model_type="unigram", character_coverage=0.9995, pad_id=0, eos_id=1, unk_id=2,
                                       bos_id=-1, byte_fallback=True, split_digits=True, normalization_rule_name="identity", hard_vocab_limit=False,
                                       user_defined_symbols=",".join(SYMBOLS), minloglevel=2, num_threads=a.threads)
    sp = spm.SentencePieceProcessor(model_file=prefix + ".model")
    enc = lambda s, n: sp.encode(s)[: n - 1] + [1]
    # where the activity labels part: a shared prefix (the "▁" piece), then one token each
    lab = [sp.encode(x) for x in ACTS]
    pos = 0
    while all(len(t) > pos + 1 for t in lab) and len({t[pos] for t in lab}) == 1:
        pos += 1
    soft_ok = all(len(t) == pos + 1 for t in lab) and len({t[pos] for t in lab}) == len(ACTS)
    act_ids = torch.tensor([t[pos] for t in lab])
    print("activity labels: %s; soft targets at position %d: %s" % (lab, pos, soft_ok), flush=True)
    rows = [json.loads(l) for l in open(os.path.join(a.data, "train.jsonl"), encoding="utf-8")]
    rows = [r for r in rows if r["task"] in a.tasks.split(",")]
    data = []  # (input ids, target ids, prior or None)
    for r in rows:
        if r["task"] == "activity":
            data.append((enc(r["input"], 160), None, r["prior"], r["task"]))
        else:
            data.append((enc(r["input"], 160), enc(r["target"], 96), None, r["task"]))
    share = {k: float(v) for k, v in (x.split("=") for x in a.task_share.split(","))}
    if a.init:
        model = T5ForConditionalGeneration.from_pretrained(a.init)
    else:
        model = T5ForConditionalGeneration(T5Config(
            vocab_size=sp.get_piece_size() + 100, d_model=a.d_model, d_ff=a.d_model * 5 // 2, d_kv=32,
            num_heads=a.d_model // 32, num_layers=a.enc_layers, num_decoder_layers=a.dec_layers,
            feed_forward_proj="gated-gelu", tie_word_embeddings=False, dropout_rate=0.0,
            relative_attention_num_buckets=32, relative_attention_max_distance=128,
            decoder_start_token_id=0, pad_token_id=0, eos_token_id=1, n_positions=512))
    cfg = model.config
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, weight_decay=0.01)
    bs, step, t0 = 32, 0, time.time()
    budget = a.minutes * 60
    model.train()
    epoch = 0
    while time.time() - t0 < budget:
        ep = [x for x in data if random.random() < share.get(x[3], 1.0)]
        ep.sort(key=lambda x: len(x[0]) // 8 + random.random())  # length buckets for speed
        batches = [ep[i:i + bs] for i in range(0, len(ep), bs)]
        random.shuffle(batches)
        for b in batches:
            tg, soft = [], []
            for j, (_, y, prior, _) in enumerate(b):
                if prior is None:
                    tg.append(y)
                    continue
                # the token fed back is drawn from the prior so that every
                # activity is followed by eos; the loss at pos is soft
                k = random.choices(range(len(ACTS)), weights=prior)[0]
                tg.append(lab[k] + [1])
                if soft_ok:
                    soft.append((j, prior))
            li = max(len(x) for x, _, _, _ in b)
            lt = max(len(y) for y in tg)
            inp = torch.tensor([x + [0] * (li - len(x)) for x, _, _, _ in b])
            labels = torch.tensor([y + [-100] * (lt - len(y)) for y in tg])
            frac = (time.time() - t0) / budget
            lr = a.lr * min(1.0, (step + 1) / 300) * (0.5 * (1 + math.cos(math.pi * min(frac, 1.0))))
            for g in opt.param_groups:
                g["lr"] = lr
            logits = model(input_ids=inp, attention_mask=(inp != 0).long(), labels=labels).logits
            logp = logits.float().log_softmax(-1)
            mask = labels != -100
            tok = logp.gather(-1, labels.clamp(min=0).unsqueeze(-1)).squeeze(-1)
            if soft:
                idx = torch.tensor([j for j, _ in soft])
                pr = torch.tensor([p for _, p in soft], dtype=torch.float32)
                pr = pr.clamp(min=1e-9) ** (1.0 / a.sharpen)
                pr = pr / pr.sum(-1, keepdim=True)
                s = (logp[idx, pos][:, act_ids] * pr).sum(-1)
                tok = tok.index_put((idx, torch.full_like(idx, pos)), s)
            # every example weighs the same, whatever its length: a 40-token
            # advice must not drown a 2-token mood
            ex = -(tok * mask).sum(-1) / mask.sum(-1)
            if soft and a.mse > 0:
                z = logits[idx, pos][:, act_ids].float()
                z = z - z.mean(-1, keepdim=True)
                t = pr.log() - pr.log().mean(-1, keepdim=True)
                ex = ex.index_add(0, idx, a.mse * ((z - t) ** 2).mean(-1))
            loss = ex.mean()
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
            if step % 100 == 0:
                print("step %d epoch %d loss %.4f lr %.2e %.0fs" % (step, epoch, loss.item(), lr, time.time() - t0),
                      flush=True)
            if time.time() - t0 >= budget:
                break
        epoch += 1
    model.save_pretrained(a.out, safe_serialization=True)  # weights and config.json
    json.dump({"steps": step, "epochs": epoch, "seconds": round(time.time() - t0), "examples": len(data),
               "parameters": sum(p.numel() for p in model.parameters()), "threads": a.threads,
               "d_model": cfg.d_model, "encoder_layers": cfg.num_layers, "decoder_layers": cfg.num_decoder_layers,
               "sharpen": a.sharpen, "mse": a.mse, "init": a.init, "tasks": a.tasks, "task_share": a.task_share, "lr": a.lr},
              open(os.path.join(a.out, "train_stats.json"), "w"))
    print("trained %d steps (%d epochs) in %.0fs" % (step, epoch, time.time() - t0))


if __name__ == "__main__":
    main()
