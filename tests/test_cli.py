#!/usr/bin/env python3
"""build/mr-cli against the transformers goldens, through its documented
formats (raw float32 files, id lines, JSON): the interface other
implementations are compared through. Needs numpy only."""
import json
import os
import struct
import subprocess
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pyutil import Checks, read_safetensors  # noqa: E402

check = Checks()

B = os.environ.get("MR_BUILD", "build")
CLI = os.path.join(B, "mr-cli")
G = "tests/data/goldens"
TMP = os.path.join(B, "testdata", "cli.bin")




def cli(*args, stdin=None):
    r = subprocess.run([CLI] + list(args), input=stdin, capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr


def ids(v):
    return ",".join(map(str, v))


for variant in ["flan-v1_1-tiny-copy", "t5-v1_0-tiny"]:
    model = os.path.join(B, "testdata", variant + "-f32.gguf")
    g = json.load(open(os.path.join(G, variant, "goldens.json")))
    T = read_safetensors(os.path.join(G, variant, "goldens.safetensors"))
    for c in g["cases"]:
        k = c["kind"]
        if k == "encoder":
            rc, _, err = cli("encode", model, "--ids", ids(c["input_ids"]), "--out", TMP)
            ref = T[c["tensors"]["encoder_out"]]
            got = np.fromfile(TMP, np.float32)
            check(rc == 0 and got.size == ref.size, "%s %s: encode failed %s" % (variant, c["name"], err))
            if rc == 0 and got.size == ref.size:
                check(np.all(np.abs(got - ref.ravel()) <= 1e-4 * np.maximum(1, np.abs(ref.ravel()))),
                      "%s %s: encoder output" % (variant, c["name"]))
        elif k == "teacher_forced":
            rc, _, err = cli("logits", model, "--ids", ids(c["input_ids"]), "--decoder-ids",
                             ids(c["decoder_input_ids"]), "--out", TMP)
            ref = T[c["tensors"]["logits"]].ravel()
            got = np.fromfile(TMP, np.float32)
            check(rc == 0 and got.size == ref.size and np.all(np.abs(got - ref) <= 1e-4 * np.maximum(1, np.abs(ref))),
                  "%s %s: logits" % (variant, c["name"]))
        elif k == "greedy":
            rc, out, err = cli("generate", model, "--ids", ids(c["input_ids"]), "--max-new", "20", "--print-ids")
            check(rc == 0 and [int(x) for x in out.split()] == c["output_ids"], "%s %s: --print-ids" % (variant, c["name"]))
            rc, out, err = cli("generate", model, c["text"], "--max-new", "20")
            check(rc == 0 and out.rstrip("\n") == c["output_text"], "%s %s: text %r" % (variant, c["name"], out))
            # --stream prints the same text, as it comes
            for prompt in [c["text"], "你好，世界 " + c["text"]]:
                rc, plain, _ = cli("generate", model, prompt, "--max-new", "20")
                rc2, streamed, err = cli("generate", model, prompt, "--max-new", "20", "--stream")
                check(rc == 0 and rc2 == 0 and streamed == plain, "%s %s: --stream %r, without %r" % (variant, c["name"], streamed, plain))
        elif k == "label_scores":
            rc, out, err = cli("classify", model, "--ids", ids(c["input_ids"]), "--labels", ",".join(c["labels"]), "--json")
            ok = rc == 0
            if ok:
                j = json.loads(out)
                ok = j["labels"] == c["labels"] and \
                    all(abs(a - b) <= 1e-3 for a, b in zip(j["logprob_sum"], c["logprob_sum"])) and \
                    abs(sum(j["probs"]) - 1) < 1e-4
            check(ok, "%s: classify --json" % variant)
        elif k == "beam":
            rc, out, err = cli("generate", model, "--ids", ids(c["input_ids"]), "--beams", str(c["num_beams"]),
                               "--max-new", str(c["max_new_tokens"]), "--print-ids")
            check(rc == 0 and [int(x) for x in out.split()] == c["sequences"][0], "%s: --beams" % variant)

# tokenize / detokenize: one line in, one line out
cases = [c for c in json.load(open(os.path.join(G, "tokenizer", "cases.json")))["cases"] if "\n" not in c["text"]]
lines = "".join(c["text"] + "\n" for c in cases)
for model in [os.path.join(G, "tokenizer", "spiece.model"), os.path.join(B, "testdata", "flan-v1_1-tiny-f32.gguf")]:
    rc, out, err = cli("tokenize", model, stdin=lines)
    got = [[int(x) for x in l.split()] for l in out.splitlines()]
    check(rc == 0 and got == [c["ids"] for c in cases], "tokenize %s" % model)
    rc, out, err = cli("detokenize", model, stdin="".join(" ".join(map(str, c["ids"])) + "\n" for c in cases))
    check(rc == 0 and out.splitlines() == [c["decoded"] for c in cases], "detokenize %s" % model)

# errors are reported, not crashed on
model = os.path.join(B, "testdata", "flan-v1_1-tiny-copy-f32.gguf")
for args, needle in [(["encode", model, "--ids", "5,99999,1", "--out", TMP], "outside the vocabulary"),
                     (["encode", "/nonexistent.gguf", "--ids", "5"], "cannot open"),
                     (["generate", model, "--ids", "x,y"], "--ids: 'x' is not a token id"),
                     (["frobnicate", model], "unknown command"),
                     (["classify", model, "hello"], "--labels")]:
    rc, out, err = cli(*args)
    check(rc != 0 and needle in err, "%s: %r" % (args[0], err.strip()))
# classify: labels from a file (one per line, commas allowed), valid JSON
# whatever bytes a label holds, empty labels refused
def cli_bytes(*args):
    r = subprocess.run([CLI] + list(args), capture_output=True)
    return r.returncode, r.stdout, r.stderr.decode("utf-8", "replace")


LABELS = os.path.join(B, "testdata", "labels.txt")
open(LABELS, "wb").write(b"walk, slowly\r\nr\xffun\n\xe4\xb8\n\xe8\xb7\x91\xe6\xad\xa5\n")
rc, out, err = cli_bytes("classify", model, "hello", "--labels-file", LABELS, "--json")
try:
    j = json.loads(out.decode("utf-8", "strict"))
except ValueError as e:
    j = None
    check(False, "--labels-file --json is not UTF-8 JSON: %r %s" % (out, e))
check(rc == 0 and j is not None and j["labels"] == ["walk, slowly", "r\ufffdun", "\ufffd\ufffd", "跑步"] and
      abs(sum(j["probs"]) - 1) < 1e-4, "--labels-file labels: %r %s" % (out, err))
# the file's labels score as the same labels given on the command line
rc, out2, err = cli("classify", model, "hello", "--labels", "跑步,walk", "--json")
open(LABELS, "w").write("跑步\nwalk\n")
rc3, out3, err3 = cli("classify", model, "hello", "--labels-file", LABELS, "--json")
check(rc == 0 and rc3 == 0 and json.loads(out2) == json.loads(out3), "--labels-file vs --labels: %r %r" % (out2, out3))
# more labels than the old fixed table of 256 held
open(LABELS, "w").write("".join("label %d\n" % i for i in range(300)))
rc, out, err = cli("classify", model, "hello", "--labels-file", LABELS, "--json")
check(rc == 0 and len(json.loads(out)["labels"]) == 300, "300 labels: %s" % err)
for args, msg in [(["--labels", "a,,b"], "--labels: label 2 is empty (labels that hold commas go in --labels-file, one per line)"),
                  (["--labels", ","], "--labels: label 1 is empty"),
                  (["--labels-file", "/nonexistent/labels"], "cannot read /nonexistent/labels: No such file or directory"),
                  (["--labels", "a", "--labels-file", LABELS], "classify takes --labels or --labels-file, not both"),
                  ([], "classify needs --labels or --labels-file")]:
    rc, out, err = cli("classify", model, "hello", *args)
    check(rc == 1 and err.startswith("mr-cli: " + msg), "classify %s: %r" % (args, err))
for body, msg in [(b"a\n\nb\n", "line 2: empty label (every line is one label)"),
                  (b"a\nb\0c\n", "line 2: a NUL byte in the label"), (b"", ": no labels (one label per line)")]:
    open(LABELS, "wb").write(body)
    rc, out, err = cli("classify", model, "hello", "--labels-file", LABELS)
    check(rc == 1 and err == "mr-cli: %s%s%s\n" % (LABELS, "" if msg[0] == ":" else " ", msg), "labels file %r: %r" % (body, err))

# numbers are read strictly: the whole text, in range; the message names the
# option and the text
for args, msg in [(["--max-new", "5x"], "--max-new: '5x' is not a whole number (expected 1..1048576)"),
                  (["--max-new", "abc"], "--max-new: 'abc' is not a whole number (expected 1..1048576)"),
                  (["--max-new", "0"], "--max-new: 0 is outside 1..1048576"),
                  (["--max-new", " 7"], "--max-new: ' 7' is not a whole number (expected 1..1048576)"),
                  (["--min-new", "-1"], "--min-new: -1 is outside 0..1048576"),
                  (["--top-k", "2147483648"], "--top-k: 2147483648 is outside 0..2147483647"),
                  (["--temp", "nan"], "--temp: 'nan' is not a number (expected 0..100)"),
                  (["--temp", "0.5x"], "--temp: '0.5x' is not a number (expected 0..100)"),
                  (["--top-p", "2"], "--top-p: 2 is outside 0..1"),
                  (["--seed", "-1"], "--seed: '-1' is not a whole number (expected 0..18446744073709551615)"),
                  (["--seed", "18446744073709551616"], "--seed: 18446744073709551616 is outside 0..18446744073709551615"),
                  (["--beams", "65"], "--beams: 65 is outside 1..64"),
                  (["--threads", "0"], "--threads: 0 is outside 1..256"),
                  (["-t", "2x"], "-t: '2x' is not a whole number (expected 1..256)"),
                  (["--ids", "5,,6"], "--ids: empty item in the id list '5,,6'"),
                  (["--ids", "5,2147483648"], "--ids: '2147483648' is not a token id (expected 0..2147483647)"),
                  (["--max-new"], "--max-new needs a value")]:
    rc, out, err = cli("generate", model, *(args if args[0] == "--ids" else ["--ids", "5,6,1"] + args))
    check(rc == 1 and err == "mr-cli: " + msg + "\n", "%s: %r" % (" ".join(args), err))
# the same numbers at their limits are taken
rc, out, err = cli("generate", model, "--ids", "5,6,1", "--max-new", "007", "--min-new", "0", "--top-k", "0",
                   "--top-p", "1", "--temp", "0", "--seed", "18446744073709551615", "--beams", "1", "--print-ids")
rc2, plain, _ = cli("generate", model, "--ids", "5,6,1", "--max-new", "7", "--print-ids")
check(rc == 0 and rc2 == 0 and out == plain and 0 < len(out.split()) <= 7, "numbers at their limits: %r %r" % (out, err))
rc, out, err = cli("logits", model, "--ids", "5,6,1", "--decoder-ids", "0,x", "--out", TMP)
check(rc == 1 and err == "mr-cli: --decoder-ids: 'x' is not a token id (expected 0..2147483647)\n", "--decoder-ids: %r" % err)
# detokenize: ids separated by spaces or commas, a blank line is empty text,
# anything else is refused naming the line
rc, out, err = cli("detokenize", model, stdin="5 6\n\n7,8\n")
check(rc == 0 and len(out.split("\n")) == 4 and out.split("\n")[1] == "", "detokenize blank line: %r" % out)
rc, out, err = cli("detokenize", model, stdin="5 6\n5 6 x\n")
check(rc == 1 and err == "mr-cli: line 2: 'x' is not a token id (expected 0..2147483647)\n", "detokenize: %r" % err)
rc, out, err = cli("detokenize", model, stdin="5 99999\n")
check(rc == 1 and err == "mr-cli: detokenize line 1: token id out of range\n", "detokenize range: %r" % err)
# mr-bench reads its numbers the same way (refused before any measuring)
for args, msg in [(["kernels", "--threads", "5x"], "--threads: '5x' is not a whole number (expected 1..256)"),
                  (["kernels", "--reps", "0"], "--reps: 0 is outside 1..100000"),
                  (["e2e", model, "--reps"], "--reps needs a value")]:
    r = subprocess.run([os.path.join(B, "mr-bench")] + args, capture_output=True, text=True)
    check(r.returncode == 1 and r.stderr == "mr-bench: " + msg + "\n", "mr-bench %s: %r" % (args, r.stderr))
for cmd in ["kernels", "e2e"]:
    r = subprocess.run([os.path.join(B, "mr-bench"), cmd, "--help"], capture_output=True, text=True)
    check(r.returncode == 0 and r.stdout.startswith("usage: mr-bench " + cmd), "mr-bench %s --help" % cmd)

for cmd in ["info", "tokenize", "detokenize", "encode", "logits", "generate", "classify"]:
    rc, out, err = cli(cmd, "--help")
    check(rc == 0 and "mr-cli " + cmd in out, "%s --help" % cmd)

check.finish()
