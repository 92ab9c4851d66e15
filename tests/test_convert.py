#!/usr/bin/env python3
"""build/mr-convert on checkpoints the goldens do not cover: sharded
safetensors with an index, F16 storage, and checkpoints it must refuse (each
refusal has to name what it did not understand). Needs numpy only."""
import json
import os
import shutil
import struct
import subprocess
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pyutil import Checks, read_safetensors  # noqa: E402

check = Checks()

B = os.environ.get("MR_BUILD", "build")
G = "tests/data/goldens"
W = os.path.join(B, "testdata", "convert")
CONVERT = os.path.join(B, "mr-convert")
CLI = os.path.join(B, "mr-cli")

DT = {"F32": np.float32, "F16": np.float16, "I64": np.int64}




def write_st(path, tensors):
    header, blobs, off = {}, [], 0
    for k, a in tensors.items():
        dt = {np.dtype(np.float32): "F32", np.dtype(np.float16): "F16", np.dtype(np.int64): "I64"}[a.dtype]
        raw = np.ascontiguousarray(a).tobytes()
        header[k] = {"dtype": dt, "shape": list(a.shape), "data_offsets": [off, off + len(raw)]}
        blobs.append(raw)
        off += len(raw)
    hj = json.dumps(header).encode()
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(hj)) + hj + b"".join(blobs))


def make_dir(name, src, tensors=None, config_edit=None):
    d = os.path.join(W, name, os.path.basename(src))
    shutil.rmtree(os.path.dirname(d), ignore_errors=True)
    os.makedirs(d)
    cfg = json.load(open(os.path.join(src, "config.json")))
    if config_edit:
        config_edit(cfg)
    json.dump(cfg, open(os.path.join(d, "config.json"), "w"))
    shutil.copy(os.path.join(src, "spiece.model"), d)
    if tensors is not None:
        write_st(os.path.join(d, "model.safetensors"), tensors)
    return d


def convert(d, out, typ="f32"):
    r = subprocess.run([CONVERT, d, out, "--type", typ], capture_output=True, text=True)
    return r.returncode, r.stderr


def encode(model, ids):
    out = os.path.join(W, "enc.bin")
    subprocess.run([CLI, "encode", model, "--ids", ",".join(map(str, ids)), "--out", out], check=True)
    return np.fromfile(out, np.float32)


os.makedirs(W, exist_ok=True)
ids = [688, 753, 987, 637, 853, 917, 1]

# 1. sharded checkpoint + index: the same file as the single-file conversion
src = os.path.join(G, "flan-v1_1-tiny-copy")
t = read_safetensors(os.path.join(src, "model.safetensors"))
d = make_dir("sharded", src)
names = sorted(t)
half = len(names) // 2
shards = {"model-00001-of-00002.safetensors": names[:half], "model-00002-of-00002.safetensors": names[half:]}
wm = {}
for fn, ns in shards.items():
    write_st(os.path.join(d, fn), {n: t[n] for n in ns})
    wm.update({n: fn for n in ns})
json.dump({"metadata": {}, "weight_map": wm}, open(os.path.join(d, "model.safetensors.index.json"), "w"))
rc, err = convert(d, os.path.join(W, "sharded.gguf"))
check(rc == 0, "sharded conversion failed: " + err)
single = os.path.join(B, "testdata", "flan-v1_1-tiny-copy-f32.gguf")
check(rc == 0 and open(os.path.join(W, "sharded.gguf"), "rb").read() == open(single, "rb").read(),
      "sharded conversion differs from the single-file one")

# 2. F16 storage: converts, and runs within the f16 bound of the f32 model
src = os.path.join(G, "t5-v1_0-tiny")
t = read_safetensors(os.path.join(src, "model.safetensors"))
d = make_dir("f16", src, {k: v.astype(np.float16) for k, v in t.items()})
rc, err = convert(d, os.path.join(W, "f16.gguf"))
check(rc == 0, "F16 checkpoint: " + err)
if rc == 0:
    a = encode(os.path.join(W, "f16.gguf"), ids)
    b = encode(os.path.join(B, "testdata", "t5-v1_0-tiny-f32.gguf"), ids)
    err_ = float(np.abs(a - b).max())
    check(err_ < 2e-3 * max(1.0, float(np.abs(b).max())), "F16 storage: encoder differs by %g" % err_)

# 3. refusals, each naming the problem
base = {k: v for k, v in t.items()}
cases = [
    ("extra_tensor", dict(base, **{"encoder.block.1.layer.0.SelfAttention.relative_attention_bias.weight": t["encoder.block.0.layer.0.SelfAttention.relative_attention_bias.weight"]}), None,
     "encoder.block.1.layer.0.SelfAttention.relative_attention_bias.weight"),
    ("int_dtype", dict(base, **{"decoder.final_layer_norm.weight": np.zeros(64, np.int64)}), None, "I64"),
    ("missing", {k: v for k, v in base.items() if k != "decoder.block.1.layer.2.DenseReluDense.wo.weight"}, None,
     "decoder.block.1.layer.2.DenseReluDense.wo.weight"),
    ("bad_shape", dict(base, **{"encoder.block.0.layer.0.SelfAttention.q.weight": np.zeros((32, 64), np.float32)}), None,
     "attn_q"),
    ("bad_act", base, lambda c: c.update(feed_forward_proj="gated-swiglu"), "gated-swiglu"),
    ("no_d_model", base, lambda c: c.pop("d_model"), "d_model"),
    ("bad_model_type", base, lambda c: c.update(model_type="bart"), "bart"),
]
for name, tensors, edit, needle in cases:
    d = make_dir("refuse_" + name, src, tensors, edit)
    out = os.path.join(W, name + ".gguf")
    rc, err = convert(d, out)
    check(rc != 0, "%s: accepted" % name)
    check(needle in err, "%s: message %r does not name %r" % (name, err.strip(), needle))
    check(not os.path.exists(out), "%s: left an output file" % name)
# 4. every value written is checked as the loader checks it: a value the
# loader would refuse is refused here, naming the config.json key, and no
# file is left behind (tests/test_model.c has the loader refusing the same)
vocab = json.load(open(os.path.join(src, "config.json")))["vocab_size"]
value_cases = [
    ("eos_token_id", 1e9, "key eos_token_id: 1000000000 is outside the vocabulary 0..%d" % (vocab - 1)),
    ("decoder_start_token_id", 1e9, "key decoder_start_token_id: 1000000000 is outside the vocabulary"),
    ("pad_token_id", vocab, "key pad_token_id: %d is outside the vocabulary" % vocab),
    ("layer_norm_epsilon", -1, "key layer_norm_epsilon: -1 is outside [0, 1)"),
    ("layer_norm_epsilon", "small", "layer_norm_epsilon must be a number"),
    ("relative_attention_max_distance", 0, "key relative_attention_max_distance: 0 is outside 1..16777216"),
    ("relative_attention_max_distance", 1e9, "key relative_attention_max_distance: 1000000000 is outside 1..16777216"),
    ("relative_attention_max_distance", 2, "key relative_attention_max_distance: 2 must exceed"),
    ("n_positions", 0, "key n_positions: 0 is outside 1..16777216"),
    ("n_positions", 1e9, "key n_positions: 1000000000 is outside 1..16777216"),
    ("d_model", 1e10, "d_model: 10000000000 is not a whole number in 0..2147483647"),
    ("num_heads", 2.5, "num_heads: 2.5 is not a whole number"),
    ("num_layers", -1, "num_layers: -1 is not a whole number"),
    ("d_kv", "8", "d_kv must be a whole number"),
    ("tie_word_embeddings", 1, "tie_word_embeddings must be true or false"),
    ("feed_forward_proj", 7, "feed_forward_proj must be a string"),
]
for key, value, needle in value_cases:
    d = make_dir("value_" + key, src, base, lambda c, k=key, v=value: c.update({k: v}))
    out = os.path.join(W, "value.gguf")
    rc, err = convert(d, out)
    check(rc == 1 and err.startswith("mr-convert: %s/config.json: " % d) and needle in err and err.count("\n") == 1,
          "%s = %r: %r" % (key, value, err))
    check(not os.path.exists(out) and not os.path.exists(out + ".tmp"), "%s = %r: left a file" % (key, value))
# the limits themselves convert, and the loader takes the file
d = make_dir("limits", src, base, lambda c: c.update(n_positions=1 << 24, layer_norm_epsilon=0,
                                                     relative_attention_max_distance=1 << 24, eos_token_id=vocab - 1))
rc, err = convert(d, os.path.join(W, "limits.gguf"))
r = subprocess.run([CLI, "info", os.path.join(W, "limits.gguf")], capture_output=True, text=True)
check(rc == 0 and r.returncode == 0 and "ctx_train 16777216" in r.stdout and "eos %d" % (vocab - 1) in r.stdout,
      "limits: %s %s" % (err, r.stderr))
# config.json that is not one clean object
for name, text, needle in [("dup", '{"model_type": "t5", "d_model": 64, "d_model": 32}', "key d_model appears twice"),
                           ("trailing", '{"model_type": "t5"} {}', "text after the JSON object"),
                           ("array", '[{"model_type": "t5"}]', "not a JSON object"),
                           ("nul", '{"model_type": "t5"}\0', "a NUL byte")]:
    d = make_dir("config_" + name, src, base)
    open(os.path.join(d, "config.json"), "w").write(text)
    rc, err = convert(d, os.path.join(W, "x.gguf"))
    check(rc == 1 and needle in err, "config %s: %r" % (name, err))
# safetensors headers that once crashed or misled the reader
def raw_st(path, header, data=b""):
    hj = header.encode() if isinstance(header, str) else header
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(hj)) + hj + data)


for name, header, needle in [
        ("array_header", '[{}]', "header: the JSON is not an object"),
        ("not_json", '{"a": ', "header: not valid JSON"),
        ("wrapping_shape", '{"shared.weight": {"dtype": "F32", "shape": [4294967296, 4294967296], "data_offsets": [0, 0]}}',
         "tensor shared.weight: bad shape"),
        ("string_shape", '{"shared.weight": {"dtype": "F32", "shape": ["4"], "data_offsets": [0, 16]}}',
         "tensor shared.weight: bad shape"),
        ("past_the_end", '{"shared.weight": {"dtype": "F32", "shape": [4], "data_offsets": [0, 16]}}',
         "tensor shared.weight: data offsets do not match"),
        ("duplicate", '{"a": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}, '
                      '"a": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}}', "tensor a appears twice"),
        ("three_dims", '{"a": {"dtype": "F32", "shape": [1, 1, 1], "data_offsets": [0, 4]}}', "3 dimensions")]:
    d = make_dir("st_" + name, src)
    raw_st(os.path.join(d, "model.safetensors"), header, b"\0" * 4)
    rc, err = convert(d, os.path.join(W, "x.gguf"))
    check(rc == 1 and needle in err and "model.safetensors: " in err, "safetensors %s: %r" % (name, err))
d = make_dir("st_short", src)
open(os.path.join(d, "model.safetensors"), "wb").write(b"\1\0\0")
rc, err = convert(d, os.path.join(W, "x.gguf"))
check(rc == 1 and "truncated: 3 bytes" in err, "3-byte safetensors: %r" % err)
d = make_dir("index_escape", src)
json.dump({"weight_map": {"shared.weight": "../model.safetensors"}}, open(os.path.join(d, "model.safetensors.index.json"), "w"))
rc, err = convert(d, os.path.join(W, "x.gguf"))
check(rc == 1 and "tensor shared.weight has a bad shard name" in err, "index ../: %r" % err)

# 5. progress (a line rewritten with '\r') only on a terminal: a checkpoint
# above the 64 MiB where progress starts, converted with stderr to a pipe
# and then to a pseudo-terminal
def big_checkpoint():
    D, V, K, F = 512, 17000, 8, 8
    z = lambda *shape: np.zeros(shape, np.float32)
    t = {"shared.weight": z(V, D), "encoder.final_layer_norm.weight": z(D), "decoder.final_layer_norm.weight": z(D)}
    for side in ["encoder", "decoder"]:
        b = side + ".block.0.layer."
        for x in "qkv":
            t[b + "0.SelfAttention.%s.weight" % x] = z(K, D)
        t[b + "0.SelfAttention.o.weight"] = z(D, K)
        t[b + "0.SelfAttention.relative_attention_bias.weight"] = z(32, 1)
        t[b + "0.layer_norm.weight"] = z(D)
        f = "1"
        if side == "decoder":
            for x in "qkv":
                t[b + "1.EncDecAttention.%s.weight" % x] = z(K, D)
            t[b + "1.EncDecAttention.o.weight"] = z(D, K)
            t[b + "1.layer_norm.weight"] = z(D)
            f = "2"
        t[b + f + ".layer_norm.weight"] = z(D)
        t[b + f + ".DenseReluDense.wi.weight"] = z(F, D)
        t[b + f + ".DenseReluDense.wo.weight"] = z(D, F)
    cfg = dict(model_type="t5", d_model=D, d_ff=F, d_kv=K, num_heads=1, num_layers=1, num_decoder_layers=1,
               vocab_size=V, feed_forward_proj="relu", tie_word_embeddings=True)
    return make_dir("big", src, t, lambda c: (c.clear(), c.update(cfg)))


d = big_checkpoint()
out = os.path.join(W, "big.gguf")
rc, err = convert(d, out, "f16")
check(rc == 0 and "\r" not in err and "wrote " in err, "progress to a pipe: %r" % err[:300])
import pty  # noqa: E402
master, slave = pty.openpty()
p = subprocess.Popen([CONVERT, d, out, "--type", "f16"], stdout=subprocess.DEVNULL, stderr=slave)
os.close(slave)
tty = b""
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:  # EIO once the program has gone
        break
    if not chunk:
        break
    tty += chunk
os.close(master)
check(p.wait() == 0 and b"\r" in tty and b"100.0%" in tty, "progress on a terminal: %r" % tty[-200:])
os.remove(out)
shutil.rmtree(os.path.dirname(d))
r = subprocess.run([CONVERT, src, out, "--type"], capture_output=True, text=True)
check(r.returncode == 1 and r.stderr == "mr-convert: --type needs a value (f32, f16, bf16, q8_0, q4_0, q4_K)\n",
      "--type without a value: %r" % r.stderr)

rc, err = convert(os.path.join(W, "nonexistent"), os.path.join(W, "x.gguf"))
check(rc != 0 and "config.json" in err, "missing directory: " + err)
rc, err = convert(src, os.path.join(W, "x.gguf"), "q4_k")
check(rc != 0 and "q4_k" in err, "unknown --type: " + err)

check.finish()
