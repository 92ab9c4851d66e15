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
rc, err = convert(os.path.join(W, "nonexistent"), os.path.join(W, "x.gguf"))
check(rc != 0 and "config.json" in err, "missing directory: " + err)
rc, err = convert(src, os.path.join(W, "x.gguf"), "q4_k")
check(rc != 0 and "q4_k" in err, "unknown --type: " + err)

check.finish()
