#!/usr/bin/env python3
"""Our GGUF files, read by the PyPI `gguf` package (the ggml ecosystem's own
reader): they parse and carry llama.cpp's T5 names, shapes and types."""
import os
import sys

import gguf

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pyutil import Checks, read_safetensors  # noqa: E402

check = Checks()

B = os.environ.get("MR_BUILD", "build")
D = os.path.join(B, "testdata")



def field(r, key):
    f = r.fields.get(key)
    return None if f is None else f.contents()


for variant, gated, n_enc, n_dec, d, inner, dff, vocab in [
        ("t5-v1_0-tiny", False, 2, 2, 64, 64, 256, 1100),
        ("flan-v1_1-tiny", True, 3, 2, 64, 48, 96, 1128)]:
    for typ, qt in [("f32", gguf.GGMLQuantizationType.F32), ("f16", gguf.GGMLQuantizationType.F16),
                    ("bf16", gguf.GGMLQuantizationType.BF16), ("q8_0", gguf.GGMLQuantizationType.Q8_0)]:
        path = os.path.join(D, "%s-%s.gguf" % (variant, typ))
        r = gguf.GGUFReader(path)
        name = "%s-%s" % (variant, typ)
        check(field(r, "general.architecture") == "t5", name + ": architecture")
        check(field(r, "t5.embedding_length") == d, name + ": embedding_length")
        check(field(r, "t5.block_count") == n_enc, name + ": block_count")
        check(field(r, "t5.decoder_block_count") == n_dec, name + ": decoder_block_count")
        check(field(r, "t5.feed_forward_length") == dff, name + ": feed_forward_length")
        check(field(r, "tokenizer.ggml.model") == "t5", name + ": tokenizer model")
        check(len(field(r, "tokenizer.ggml.tokens")) == vocab, name + ": token count")
        check(field(r, "motionrec.feed_forward_proj") == ("gated-gelu" if gated else "relu"), name + ": ffn proj")
        check(isinstance(field(r, "motionrec.relative_attention_max_distance"), int), name + ": max distance")
        t = {x.name: x for x in r.tensors}
        # GGUF order: shape[0] is the contiguous dimension (PyTorch [out, in] -> [in, out])
        want = {"token_embd.weight": [d, vocab], "output.weight": [d, vocab],
                "enc.blk.0.attn_q.weight": [d, inner], "enc.blk.0.attn_o.weight": [inner, d],
                "dec.blk.1.cross_attn_k.weight": [d, inner], "enc.output_norm.weight": [d],
                "dec.blk.0.ffn_down.weight": [dff, d], "enc.blk.0.ffn_up.weight": [d, dff]}
        if gated:
            want["enc.blk.1.ffn_gate.weight"] = [d, dff]
        else:
            check("enc.blk.0.ffn_gate.weight" not in t, name + ": no gate in a ReLU model")
        for tn, shape in want.items():
            check(tn in t, "%s: tensor %s present" % (name, tn))
            if tn in t:
                check(list(t[tn].shape) == shape, "%s: %s shape %s != %s" % (name, tn, list(t[tn].shape), shape))
        check(t["enc.output_norm.weight"].tensor_type == gguf.GGMLQuantizationType.F32, name + ": norms stay f32")
        check(t["enc.blk.0.attn_rel_b.weight"].tensor_type == gguf.GGMLQuantizationType.F32, name + ": rel bias f32")
        # q8_0 falls back to f16 only where a row is not a whole number of blocks
        exp = qt if (qt != gguf.GGMLQuantizationType.Q8_0 or inner % 32 == 0) else gguf.GGMLQuantizationType.F16
        check(t["enc.blk.0.attn_o.weight"].tensor_type == exp, name + ": attn_o type")
        check(t["enc.blk.0.attn_q.weight"].tensor_type == qt, name + ": attn_q type")
        names = set(t)
        for i in range(n_enc):
            for s in ["attn_norm", "attn_q", "attn_k", "attn_v", "attn_o", "ffn_norm", "ffn_up", "ffn_down"]:
                check("enc.blk.%d.%s.weight" % (i, s) in names, "%s: enc.blk.%d.%s" % (name, i, s))
        for i in range(n_dec):
            for s in ["cross_attn_norm", "cross_attn_q", "cross_attn_k", "cross_attn_v", "cross_attn_o"]:
                check("dec.blk.%d.%s.weight" % (i, s) in names, "%s: dec.blk.%d.%s" % (name, i, s))

# 4-bit files: gguf-py (an independent implementation of llama.cpp's block
# formats) reads our q4_0 and q4_K tensors. q4_0 is byte for byte what its
# quantizer (llama.cpp's reference algorithm) makes from the f32 weights;
# q4_K, which gguf-py can only decode, decodes to within its quantization
# error of those weights, and better than q4_0 does.
import numpy as np  # noqa: E402

QT = gguf.GGMLQuantizationType
for variant in ["t5-v1_0-tiny", "flan-v1_1-tiny"]:
    ref = {x.name: x for x in gguf.GGUFReader(os.path.join(D, "%s-f32.gguf" % variant)).tensors}
    for typ in ["q4_0", "q4_K"]:
        name = "%s-%s" % (variant, typ)
        tens = {x.name: x for x in gguf.GGUFReader(os.path.join(D, name + ".gguf")).tensors}
        n4 = nk = 0
        err0 = errk = 0.0
        for tn, t in tens.items():
            w = np.asarray(ref[tn].data, dtype=np.float32).reshape(-1, int(t.shape[0]))
            if t.tensor_type == QT.Q4_0:
                n4 += 1
                ours = np.asarray(t.data).reshape(-1).view(np.uint8)
                theirs = gguf.quants.quantize(w, QT.Q4_0).reshape(-1).view(np.uint8)
                check(ours.tobytes() == theirs.tobytes(), "%s: %s equals gguf-py's q4_0 quantization" % (name, tn))
            elif t.tensor_type == QT.Q4_K:
                nk += 1
                raw = np.asarray(t.data).view(np.uint8)
                deq = gguf.quants.dequantize(raw, QT.Q4_K).reshape(w.shape)
                q0 = gguf.quants.dequantize(gguf.quants.quantize(w, QT.Q4_0), QT.Q4_0).reshape(w.shape)
                # per sub-block of 32: within 3/4 of a step of the range / 15, plus 6-bit scale rounding
                blk = w.reshape(-1, 32)
                rng = (np.maximum(blk.max(1), 0) - np.minimum(blk.min(1), 0)).reshape(-1, 1)
                e = np.abs(deq.reshape(-1, 32) - blk)
                check(bool((e <= rng / 15 * 0.75 + np.abs(blk).max(1, keepdims=True) * 0.05).all()),
                      "%s: %s within q4_K's quantization error" % (name, tn))
                err0 += float(((q0 - w) ** 2).sum())
                errk += float(((deq - w) ** 2).sum())
            else:
                check(t.tensor_type in (QT.F32, QT.F16), "%s: %s is %s" % (name, tn, t.tensor_type))
        check(n4 > 0, name + ": has q4_0 tensors")
        if typ == "q4_K" and variant == "t5-v1_0-tiny":  # d_ff 256: the FFN down rows are q4_K
            check(nk == 4, name + ": the four ffn_down tensors are q4_K (%d)" % nk)
            check(errk < err0, name + ": q4_K closer to f32 than q4_0 (%.4g vs %.4g)" % (errk, err0))

check.finish()
