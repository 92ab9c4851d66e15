#!/usr/bin/env python3
"""Files made by llama.cpp's quantizer load and run: tests/data/llamacpp holds
llama-quantize's Q4_0 and Q4_K_M files of t5-v1_0-tiny (its README says how
they were made). And files laid out as llama-quantize writes them, made here:
t5-v1_0-tiny re-written with its type choices for the Q4_0 and
Q4_K_M file types, by this script (gguf-py quantizes q4_0, q5_0 and q8_0;
the q4_K rows are ours, made by the same reference algorithm). With d_model
64, llama-quantize's rules give: matrices q4_0 (Q4_0), or q5_0 where a row
is not a whole 256-block and q4_K where it is (Q4_K_M); the LM head q8_0
(its rows are not 256-blocks either); norms and the relative-position bias
(never quantized for T5) f32. The q6_K that Q4_K_M gives some attn_v and
ffn_down tensors of larger models is not made here (gguf-py cannot write
it); its decoding is checked on hand-built blocks in test_ops.c.
Outputs are compared with the transformers goldens within the 4-bit bound
of test_t5.c (0.75 x max |reference|)."""
import json
import os
import struct
import subprocess
import sys

import gguf
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pyutil import Checks, read_safetensors  # noqa: E402

check = Checks()
B = os.environ.get("MR_BUILD", "build")
D = os.path.join(B, "testdata")
QT = gguf.GGMLQuantizationType
V = "t5-v1_0-tiny"


def write_gguf(path, src_path, tensors):
    """A GGUF v3 file with src_path's key-values (copied byte for byte) and
    the given tensors: (name, ne list, ggml type, raw bytes)."""
    src = open(src_path, "rb").read()
    r = gguf.GGUFReader(src_path)
    kvs = [f for k, f in r.fields.items() if not k.startswith("GGUF.")]
    start = min(f.offset for f in kvs)
    end = max(f.offset + sum(p.nbytes for p in f.parts) for f in kvs)
    out = bytearray(b"GGUF" + struct.pack("<IQQ", 3, len(tensors), len(kvs)) + src[start:end])
    off = 0
    for name, ne, qt, data in tensors:
        nb = name.encode()
        out += struct.pack("<Q", len(nb)) + nb + struct.pack("<I", len(ne)) + struct.pack("<%dQ" % len(ne), *ne)
        out += struct.pack("<IQ", int(qt), off)
        off += (len(data) + 31) // 32 * 32
    out += b"\0" * (-len(out) % 32)
    for _, _, _, data in tensors:
        out += data + b"\0" * (-len(data) % 32)
    open(path, "wb").write(out)


f32 = gguf.GGUFReader(os.path.join(D, V + "-f32.gguf"))
ours_k = {t.name: t for t in gguf.GGUFReader(os.path.join(D, V + "-q4_K.gguf")).tensors}
files = {}
for ftype in ["Q4_0", "Q4_K_M"]:
    tens = []
    for t in f32.tensors:
        ne = [int(x) for x in t.shape]
        w = np.asarray(t.data, dtype=np.float32).reshape(-1, ne[0])
        if len(ne) < 2 or "attn_rel_b" in t.name:
            qt, data = QT.F32, w.tobytes()
        elif t.name == "output.weight":
            qt = QT.Q8_0
        elif ftype == "Q4_0":
            qt = QT.Q4_0
        else:
            qt = QT.Q4_K if ne[0] % 256 == 0 else QT.Q5_0
        if qt == QT.Q4_K:
            check(ours_k[t.name].tensor_type == QT.Q4_K, "%s is q4_K in our file" % t.name)
            data = np.asarray(ours_k[t.name].data).view(np.uint8).tobytes()
        elif qt != QT.F32:
            data = gguf.quants.quantize(w, qt).tobytes()
        tens.append((t.name, ne, qt, data))
    path = os.path.join(D, "%s-llamacpp-%s.gguf" % (V, ftype))
    write_gguf(path, os.path.join(D, V + "-f32.gguf"), tens)
    files["layout " + ftype] = path
    kinds = sorted({QT(q).name for _, _, q, _ in tens})
    check(kinds == (["F32", "Q4_0", "Q8_0"] if ftype == "Q4_0" else ["F32", "Q4_K", "Q5_0", "Q8_0"]),
          "%s: types %s" % (ftype, kinds))

for ftype in ["Q4_0", "Q4_K_M"]:
    real = os.path.join("tests/data/llamacpp", "%s-llamacpp-%s.gguf" % (V, ftype))
    check(os.path.exists(real), "llama-quantize's %s file is there" % ftype)
    if os.path.exists(real):
        files["llama-quantize " + ftype] = real
        kinds = sorted({QT(t.tensor_type).name for t in gguf.GGUFReader(real).tensors})
        print("  llama-quantize %s: tensor types %s" % (ftype, " ".join(kinds)))

g = json.load(open(os.path.join("tests/data/goldens", V, "goldens.json")))
T = read_safetensors(os.path.join("tests/data/goldens", V, "goldens.safetensors"))
tmp = os.path.join(D, "llamacpp-quant.bin")
for ftype, path in files.items():
    n = 0
    worst = 0.0
    for c in g["cases"]:
        if c["kind"] == "encoder":
            args = ["encode", path, "--ids", ",".join(map(str, c["input_ids"])), "--out", tmp]
            ref = T[c["tensors"]["encoder_out"]].ravel()
        elif c["kind"] == "teacher_forced":
            args = ["logits", path, "--ids", ",".join(map(str, c["input_ids"])), "--decoder-ids",
                    ",".join(map(str, c["decoder_input_ids"])), "--out", tmp]
            ref = T[c["tensors"]["logits"]].ravel()
        else:
            continue
        r = subprocess.run([os.path.join(B, "mr-cli")] + args, capture_output=True, text=True)
        got = np.fromfile(tmp, np.float32) if r.returncode == 0 else np.zeros(0)
        ok = r.returncode == 0 and got.size == ref.size
        check(ok, "%s %s: %s" % (ftype, c["name"], r.stderr.strip()))
        if ok:
            err = float(np.abs(got - ref).max()) / max(1.0, float(np.abs(ref).max()))
            worst = max(worst, err)
            check(err <= 0.75, "%s %s: error %.3g of max |ref|" % (ftype, c["name"], err))
        n += 1
    check(n >= 4, "%s: cases run" % ftype)
    print("  %s: worst error %.3g of max |ref| over %d cases" % (ftype, worst, n))
check.finish()
