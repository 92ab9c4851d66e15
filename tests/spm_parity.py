#!/usr/bin/env python3
"""Make sentencepiece parity cases for tests/test_tokenizer.c.

Trains several unigram models with spm_train (through the sentencepiece
package: different normalisation rules, vocabulary sizes, with and without
byte fallback, one with user-defined symbols), generates thousands of test
strings (Chinese, English, mixed, full-width and compatibility characters,
combining marks, emoji and ZWJ sequences, control characters, whitespace
runs, digits and punctuation, invalid UTF-8), and records what sentencepiece
itself returns: ids and decoded text. Output: OUT_DIR/parity.json with the
text and decoded strings as hex so that invalid bytes survive.

usage: spm_parity.py CORPUS OUT_DIR [--n N] [--seed S]
"""
import argparse
import json
import os
import random

import sentencepiece as spm

MODELS = [
    # name, normalisation rule, byte fallback, vocab size, user-defined symbols
    ("nmt_bf_1500", "nmt_nfkc", True, 1500, []),
    ("nfkc_cf_1200", "nfkc_cf", False, 1200, []),
    ("identity_bf_1300", "identity", True, 1300, []),
    ("nfkc_user_2000", "nfkc", False, 2000, ["<usr>", "运动", "km/h"]),
    ("nmt_small_1100", "nmt_nfkc_cf", False, 1100, []),
]

ASCII = list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
PUNCT = list(".,!?;:'\"-_()[]{}<>/\\@#$%^&*+=~`|")
SPACES = [" ", "  ", "   ", "\t", "\n", "\r\n", " \t ", "\u3000", "\u00a0", "\u2002", "\u200b"]
CJK = list("跑步游泳骑自行车快走散步瑜伽太极力量训练室内单车椭圆机拉伸休息运动建议天气晴朗适合户外心率卡路里")
CJK_PUNCT = list("，。！？、；：“”（）《》【】")
WIDE = ["Ａ", "ｂ", "１", "２", "０", "ｱ", "ｶﾞ", "ﾊﾟ", "①", "⑩", "ﬁ", "ﬂ", "㎏", "㎞", "Ⅻ", "½", "™", "℃", "²", "ｰ"]
COMBINING = ["e\u0301", "a\u0308", "n\u0303", "\u0301", "\u0308", "o\u0302\u0323", "é", "ü", "ñ", "Å", "ß", "İ", "Σ", "ς", "ﾟ"]
EMOJI = ["😀", "🏃", "🏃\u200d♀️", "👍🏽", "🏊\u200d♂️", "❤️", "👨\u200d👩\u200d👧", "🇨🇳", "⌚", "🚴"]
CONTROL = ["\x01", "\x07", "\x1b", "\x7f", "\ufeff", "\u2028", "\ufffd", "\u2581", "\u0000"]
INVALID = [b"\xff", b"\xc3", b"\xe2\x82", b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\xc0\xaf", b"\x80\x80", b"\xf8\x88\x80\x80\x80"]


def rand_piece(rng, corpus_lines):
    r = rng.random()
    if r < 0.15:
        line = rng.choice(corpus_lines)
        a = rng.randrange(0, max(1, len(line)))
        return line[a:a + rng.randint(1, 30)]
    pools = [ASCII, PUNCT, SPACES, CJK, CJK_PUNCT, WIDE, COMBINING, EMOJI, CONTROL]
    weights = [30, 8, 10, 25, 6, 6, 6, 5, 3]
    pool = rng.choices(pools, weights)[0]
    return "".join(rng.choice(pool) for _ in range(rng.randint(1, 6)))


def make_text(rng, corpus_lines):
    parts = [rand_piece(rng, corpus_lines) for _ in range(rng.randint(0, 8))]
    data = "".join(parts).encode("utf-8")
    if rng.random() < 0.1:  # splice invalid UTF-8 somewhere
        pos = rng.randint(0, len(data))
        data = data[:pos] + rng.choice(INVALID) + data[pos:]
    return data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1234)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    with open(a.corpus, encoding="utf-8") as f:
        corpus_lines = [l.rstrip("\n") for l in f if l.strip()]
    rng = random.Random(a.seed)
    texts = [b"", b" ", b"   \t\n ", "a" .encode() * 3000] + [make_text(rng, corpus_lines) for _ in range(a.n)]
    out = {"reference": "sentencepiece %s" % spm.__version__, "models": []}
    for name, rule, bf, vs, user in MODELS:
        prefix = os.path.join(a.out, name)
        spm.SentencePieceTrainer.train(
            input=a.corpus, model_prefix=prefix, vocab_size=vs, model_type="unigram",
            normalization_rule_name=rule, byte_fallback=bf, character_coverage=0.995,
            user_defined_symbols=user, minloglevel=2, num_threads=2, seed_sentencepiece_size=100000)
        sp = spm.SentencePieceProcessor(model_file=prefix + ".model")
        cases = []
        for t in texts:
            ids = sp.encode(t)
            dec = sp.decode(ids)
            cases.append({"text": t.hex(), "ids": ids, "decoded": dec.encode("utf-8", "surrogatepass").hex()})
        out["models"].append({"name": name, "path": prefix + ".model", "cases": cases})
    with open(os.path.join(a.out, "parity.json"), "w") as f:
        json.dump(out, f)
    print("spm_parity: %d models x %d strings -> %s" % (len(MODELS), len(texts), a.out))


if __name__ == "__main__":
    main()
