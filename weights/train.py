#!/usr/bin/env python3
"""Train the advisor's model from scratch: a sentencepiece vocabulary on the
generated text (Chinese and English), then a small T5 v1.1-style model
(gated GELU, untied head) with PyTorch and transformers on four text-to-text
tasks (mood, activity, conditions, advice). Saves a Hugging Face directory
that build/mr-convert turns into GGUF.

usage: train.py DATA_DIR OUT_DIR [--minutes M] [--threads N]
"""
import argparse
import json
import math
import os
import random
import shutil
import time

import sentencepiece as spm
import torch
from transformers import T5Config, T5ForConditionalGeneration


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("out")
    ap.add_argument("--minutes", type=float, default=20)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    torch.manual_seed(a.seed)
    random.seed(a.seed)
    torch.set_num_threads(a.threads)
    os.makedirs(a.out, exist_ok=True)
    prefix = os.path.join(a.out, "spiece")
    spm.SentencePieceTrainer.train(input=os.path.join(a.data, "text.txt"), model_prefix=prefix, vocab_size=2000,
                                   model_type="unigram", character_coverage=0.9995, pad_id=0, eos_id=1, unk_id=2,
                                   bos_id=-1, byte_fallback=True, minloglevel=2, num_threads=a.threads)
    sp = spm.SentencePieceProcessor(model_file=prefix + ".model")
    rows = [json.loads(l) for l in open(os.path.join(a.data, "train.jsonl"), encoding="utf-8")]
    enc = lambda s, n: sp.encode(s)[: n - 1] + [1]
    data = [(enc(r["input"], 128), enc(r["target"], 96)) for r in rows]
    cfg = T5Config(vocab_size=sp.get_piece_size() + 100, d_model=256, d_ff=640, d_kv=32, num_heads=8,
                   num_layers=3, num_decoder_layers=3, feed_forward_proj="gated-gelu", tie_word_embeddings=False,
                   dropout_rate=0.0, relative_attention_num_buckets=32, relative_attention_max_distance=128,
                   decoder_start_token_id=0, pad_token_id=0, eos_token_id=1, n_positions=512)
    model = T5ForConditionalGeneration(cfg)
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=0.01)
    bs, step, t0 = 32, 0, time.time()
    budget = a.minutes * 60
    model.train()
    epoch = 0
    while time.time() - t0 < budget:
        random.shuffle(data)
        data.sort(key=lambda x: len(x[0]) // 8 + random.random())  # length buckets for speed
        batches = [data[i:i + bs] for i in range(0, len(data), bs)]
        random.shuffle(batches)
        for b in batches:
            li = max(len(x) for x, _ in b)
            lt = max(len(y) for _, y in b)
            inp = torch.tensor([x + [0] * (li - len(x)) for x, _ in b])
            att = (inp != 0).long()
            lab = torch.tensor([y + [-100] * (lt - len(y)) for _, y in b])
            frac = (time.time() - t0) / budget
            lr = 2e-3 * min(1.0, (step + 1) / 200) * (0.5 * (1 + math.cos(math.pi * min(frac, 1.0))))
            for g in opt.param_groups:
                g["lr"] = lr
            loss = model(input_ids=inp, attention_mask=att, labels=lab).loss
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
            if step % 100 == 0:
                print("step %d epoch %d loss %.4f lr %.2e %.0fs" % (step, epoch, loss.item(), lr, time.time() - t0), flush=True)
            if time.time() - t0 >= budget:
                break
        epoch += 1
    model.save_pretrained(a.out, safe_serialization=True)
    cfg.save_pretrained(a.out)
    json.dump({"steps": step, "epochs": epoch, "seconds": round(time.time() - t0), "examples": len(data),
               "parameters": sum(p.numel() for p in model.parameters())},
              open(os.path.join(a.out, "train_stats.json"), "w"))
    print("trained %d steps (%d epochs) in %.0fs" % (step, epoch, time.time() - t0))


if __name__ == "__main__":
    main()
