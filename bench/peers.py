"""Driver for bench/peers: every measurement runs in a process of its own, and
its peak RSS is that process's own maximum resident set size as the kernel
counts it for the process image (VmHWM, read by the process itself as it
ends: no probe buffer, no other engine, no Python of ours in it for
libmotionrec). Not ru_maxrss from wait4: a child started by fork and exec
keeps the high-water mark of the copy of its parent it was before exec, so
once this driver had loaded torch every row showed the driver's size. Same workloads for all
engines, same thread counts; tables in Markdown on stdout, everything also in
WORK/peers.json.

Workloads
  batch 1:  the encoder on 128 tokens; 64 greedy steps with the end token
            suppressed (forced length), after the encoder. Encoder times and
            decode tokens/s: median (min-max) over the repetitions.
  batch B:  B inputs of 32 tokens each (the same ids for every engine), 64
            forced greedy steps each, one call: tokens/s = B * 64 / (encode +
            decode time). A separate process from batch 1.
  bandwidth share: the bytes of weights a decode step reads (decoder without
            the cross-attention keys/values, which are computed once per input,
            plus the LM head) times decode tokens/s, over the read bandwidth
            `mr-bench bandwidth` measures with the same threads (best of 9)."""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

IDS = [3 + (i * 7919) % 900 for i in range(127)] + [1]


def batch_ids(b):
    """The inputs of mr-bench e2e --batch B: 31 ids and the end token each."""
    return [[3 + (i * 7919 + k * 131) % 900 for i in range(31)] + [1] for k in range(b)]


def spread(v):
    return dict(med=statistics.median(v), min=min(v), max=max(v))


# ------------------------------------------------------------------ children

def vmhwm_mb():
    """This process image's peak RSS in MiB (Linux VmHWM), None elsewhere."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return None


def child(engine, mode, model, threads, precision, reps, batch):
    """Runs inside a fresh process; prints one JSON line."""
    res = {}
    if engine == "transformers":
        import torch
        from transformers import T5ForConditionalGeneration
        torch.set_num_threads(threads)
        m = T5ForConditionalGeneration.from_pretrained(model, torch_dtype=torch.float32).eval()
        x = torch.tensor([IDS])
        enc, dec = [], []
        with torch.inference_mode():
            m.encoder(input_ids=x)
            for _ in range(reps):
                t0 = time.perf_counter(); m.encoder(input_ids=x); enc.append(time.perf_counter() - t0)
            me = statistics.median(enc)
            for _ in range(reps):
                t0 = time.perf_counter()
                out = m.generate(input_ids=x, max_new_tokens=64, min_new_tokens=64, do_sample=False, num_beams=1)
                total = time.perf_counter() - t0
                assert out.shape[1] >= 64
                dec.append(64 / max(total - me, 1e-9))
        res = dict(enc_ms=spread([e * 1e3 for e in enc]), tok_s=spread(dec))
    elif engine == "transformers-cuda":  # the same workload on a GPU (scripts/cuda_check.sh)
        import torch
        from transformers import T5ForConditionalGeneration
        dt = torch.bfloat16 if precision == "bf16" else torch.float32
        m = T5ForConditionalGeneration.from_pretrained(model, torch_dtype=dt).eval().cuda()
        x = torch.tensor([IDS]).cuda()
        enc, dec = [], []
        with torch.inference_mode():
            m.encoder(input_ids=x)
            torch.cuda.synchronize()
            for _ in range(reps):
                t0 = time.perf_counter(); m.encoder(input_ids=x); torch.cuda.synchronize()
                enc.append(time.perf_counter() - t0)
            me = statistics.median(enc)
            for _ in range(reps):
                t0 = time.perf_counter()
                m.generate(input_ids=x, max_new_tokens=64, min_new_tokens=64, do_sample=False, num_beams=1)
                torch.cuda.synchronize()
                dec.append(64 / max(time.perf_counter() - t0 - me, 1e-9))
        res = dict(enc_ms=spread([e * 1e3 for e in enc]), tok_s=spread(dec))
    elif engine == "ctranslate2":
        import ctranslate2
        vj, vt = os.path.join(model, "shared_vocabulary.json"), os.path.join(model, "shared_vocabulary.txt")
        vocab = json.load(open(vj)) if os.path.exists(vj) else [l.rstrip("\n") for l in open(vt, encoding="utf-8")]
        tr = ctranslate2.Translator(model, device="cpu", compute_type=precision, inter_threads=1,
                                    intra_threads=threads)
        if mode == "single":
            toks = [vocab[i] for i in IDS]
            enc, dec = [], []
            tr.translate_batch([toks], beam_size=1, max_decoding_length=1)
            for _ in range(reps):
                t0 = time.perf_counter()
                tr.translate_batch([toks], beam_size=1, max_decoding_length=1, min_decoding_length=1)
                enc.append(time.perf_counter() - t0)
            me = statistics.median(enc)
            for _ in range(reps):
                t0 = time.perf_counter()
                tr.translate_batch([toks], beam_size=1, max_decoding_length=64, min_decoding_length=64)
                dec.append(64 / max(time.perf_counter() - t0 - me, 1e-9))
            res = dict(enc_ms=spread([e * 1e3 for e in enc]), tok_s=spread(dec))
        else:
            toks = [[vocab[i] for i in ids] for ids in batch_ids(batch)]
            tr.translate_batch(toks, beam_size=1, max_decoding_length=64, min_decoding_length=64)
            tps = []
            for _ in range(reps):
                t0 = time.perf_counter()
                r = tr.translate_batch(toks, beam_size=1, max_decoding_length=64, min_decoding_length=64)
                tps.append(batch * 64 / (time.perf_counter() - t0))
                assert all(len(x.hypotheses[0]) >= 64 for x in r)
            res = dict(tok_s=spread(tps))
    res["vmhwm_mb"] = vmhwm_mb()
    print(json.dumps(res))


# ------------------------------------------------------------------ parent

def run_measured(cmd):
    """Run cmd; return (exit code, stdout, stderr, peak RSS of that process in MiB)."""
    with tempfile.TemporaryFile("w+") as fo, tempfile.TemporaryFile("w+") as fe:
        p = subprocess.Popen(cmd, stdout=fo, stderr=fe, text=True)
        _, status, ru = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        fo.seek(0)
        fe.seek(0)
        return p.returncode, fo.read(), fe.read(), ru.ru_maxrss / 1024.0


def run_child(engine, mode, model, threads, precision, reps, batch=0):
    rc, out, err, rss = run_measured([sys.executable, os.path.abspath(__file__), "--child", engine, mode, model,
                                      str(threads), precision, str(reps), str(batch)])
    if rc != 0:
        return {"error": err.strip().splitlines()[-1] if err.strip() else "failed"}
    r = json.loads(out.strip().splitlines()[-1])
    r["rss_mb"] = r.pop("vmhwm_mb", None) or rss
    return r


def mr_bench(build, args):
    rc, out, err, rss = run_measured([os.path.join(build, "mr-bench")] + args)
    if rc != 0:
        return {"error": err.strip().splitlines()[-1] if err.strip() else "failed"}
    rows = {}
    for line in out.splitlines()[1:]:
        k, med, mn, mx, unit = line.split(",")
        rows[k] = dict(med=float(med), min=float(mn), max=float(mx))
    rows["rss_mb"] = rows["peak_rss"]["med"] if "peak_rss" in rows else rss  # mr-bench's own VmHWM
    return rows


def ours_single(build, gguf, threads, reps, reduced=False):
    r = mr_bench(build, ["e2e", gguf, "--threads", str(threads), "--csv", "--reps", str(reps), "--batch", "0",
                         "--no-bandwidth"] + (["--reduced-precision"] if reduced else []))
    if "error" in r:
        return r
    return dict(enc_ms=r["encode_128"], tok_s=r["decode_64"], rss_mb=r["rss_mb"], step_mb=r["decode_step_bytes"]["med"],
                file_mb=r["file_size"]["med"])


def ours_batch(build, gguf, threads, reps, b):
    r = mr_bench(build, ["e2e", gguf, "--threads", str(threads), "--csv", "--reps", str(reps), "--batch", str(b),
                         "--skip-single", "--no-bandwidth"])
    if "error" in r:
        return r
    return dict(tok_s=r["decode_64_batch%d" % b], rss_mb=r["rss_mb"])


def ct2_convert(ckpt, out, quant):
    if os.path.exists(os.path.join(out, "model.bin")):
        return
    import ctranslate2
    conv = ctranslate2.converters.TransformersConverter(ckpt)
    conv.convert(out, quantization=quant, force=True)


def fmt(s, digits=1):
    if s is None:
        return ""
    f = "%%.%df" % digits
    return (f + " (" + f + "-" + f + ")") % (s["med"], s["min"], s["max"])


def main():
    if sys.argv[1] == "--child":
        engine, mode, model, threads, precision, reps, batch = sys.argv[2:9]
        child(engine, mode, model, int(threads), precision, int(reps), int(batch))
        return
    if sys.argv[1] == "--gpu":  # peers.py --gpu CKPT_DIR: transformers on the GPU, f32 and bf16
        for prec in ("f32", "bf16"):
            print(sys.argv[2], "transformers-cuda", prec, json.dumps(run_child("transformers-cuda", "single", sys.argv[2], 1, prec, 5)))
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("work")
    ap.add_argument("threads", nargs="*", type=int, default=[1, 2])
    ap.add_argument("--models", default="t5-small flan-t5-base", help="names under WORK or checkpoint folders")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--batches", default="8 32")
    ap.add_argument("--ours-only", action="store_true")
    a = ap.parse_args()
    build, work, reps = a.build, a.work, a.reps
    batches = [int(b) for b in a.batches.split()]
    peers = not a.ours_only
    single, batch, fourbit, share, bf = [], [], [], [], []
    bw = {}
    for th in a.threads:
        r = mr_bench(build, ["bandwidth", "--threads", str(th), "--reps", "9", "--csv"])
        bw[th] = r["mem_bandwidth"]
    for model in a.models.split():
        shape = os.path.basename(os.path.normpath(model))
        ckpt = model if os.path.isdir(model) else os.path.join(work, model)
        g = lambda t: os.path.join(work, "%s-%s.gguf" % (shape, t))  # noqa: E731
        if peers:
            for q, name in [(None, "ct2-f32"), ("int8", "ct2-int8")]:
                try:
                    ct2_convert(ckpt, os.path.join(work, shape + "-" + name), q)
                except Exception as e:  # report, do not hide
                    print("ctranslate2 conversion failed for %s: %s" % (shape, e), file=sys.stderr)
        for th in a.threads:
            o = {t: ours_single(build, g(t), th, reps) for t in ["f32", "bf16", "q8_0", "q4_0", "q4_K"]}
            o_bf = ours_single(build, g("bf16"), th, reps, reduced=True)
            rows = [(shape, "libmotionrec", "f32", th, o["f32"], None)]
            if peers:
                rows += [(shape, "CTranslate2", "f32", th, run_child("ctranslate2", "single", os.path.join(work, shape + "-ct2-f32"), th, "float32", reps), o["f32"]),
                         (shape, "transformers", "f32", th, run_child("transformers", "single", ckpt, th, "float32", reps), o["f32"])]
            rows += [(shape, "libmotionrec", "q8_0", th, o["q8_0"], None)]
            if peers:
                rows += [(shape, "CTranslate2", "int8", th, run_child("ctranslate2", "single", os.path.join(work, shape + "-ct2-int8"), th, "int8", reps), o["q8_0"])]
            single += rows
            for b in batches:
                for prec, ct in [("f32", "float32"), ("q8_0", "int8")]:
                    ob = ours_batch(build, g(prec), th, reps, b)
                    batch.append((shape, "libmotionrec", prec, th, b, ob, None))
                    if peers:
                        cb = run_child("ctranslate2", "batch", os.path.join(work, shape + "-ct2-" + ("f32" if prec == "f32" else "int8")),
                                       th, ct, reps, b)
                        batch.append((shape, "CTranslate2", "f32" if prec == "f32" else "int8", th, b, cb, ob))
            for t in ["q8_0", "q4_0", "q4_K"]:
                fourbit.append((shape, t, th, o[t], o["q8_0"]))
            for t in ["f32", "bf16", "q8_0", "q4_0", "q4_K"]:
                share.append((shape, t, th, o[t], bw[th]))
            bf.append((shape, th, o["bf16"], o_bf))
    out = dict(bandwidth=bw, single=single, batch=batch, fourbit=fourbit, share=share, bf16=bf)
    with open(os.path.join(work, "peers.json"), "w") as f:
        json.dump(out, f, indent=1, default=str)

    print("Batch 1: encoder on 128 tokens (ms), decode after it (tok/s), median (min-max) of %d runs\n" % reps)
    print("| model | engine | precision | threads | encoder 128 (ms) | decode (tok/s) | peak RSS (MiB) | ours vs it: encoder | ours vs it: decode |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for shape, eng, prec, th, r, ref in single:
        if "error" in r:
            print("| %s | %s | %s | %d | error: %s | | | | |" % (shape, eng, prec, th, r["error"][:80]))
            continue
        re_ = rd = ""
        if ref is not None and "error" not in ref:
            re_ = "%.2fx" % (r["enc_ms"]["med"] / ref["enc_ms"]["med"])
            rd = "%.2fx" % (ref["tok_s"]["med"] / r["tok_s"]["med"])
        print("| %s | %s | %s | %d | %s | %s | %.0f | %s | %s |" % (shape, eng, prec, th, fmt(r["enc_ms"]), fmt(r["tok_s"]),
                                                                 r["rss_mb"], re_, rd))
    print("\nBatches: B inputs of 32 tokens, 64 forced steps each, encode included (tok/s = B x 64 / time), median (min-max) of %d runs\n" % reps)
    print("| model | engine | precision | threads | batch | tok/s | peak RSS (MiB) | ours vs it |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for shape, eng, prec, th, b, r, ref in batch:
        if "error" in r:
            print("| %s | %s | %s | %d | %d | error: %s | | |" % (shape, eng, prec, th, b, r["error"][:80]))
            continue
        ratio = "%.2fx" % (ref["tok_s"]["med"] / r["tok_s"]["med"]) if ref is not None and "error" not in ref else ""
        print("| %s | %s | %s | %d | %d | %s | %.0f | %s |" % (shape, eng, prec, th, b, fmt(r["tok_s"], 0), r["rss_mb"], ratio))
    print("\n4-bit weights (libmotionrec), batch 1\n")
    print("| model | precision | threads | file (MiB) | encoder 128 (ms) | decode (tok/s) | peak RSS (MiB) | decode vs q8_0 |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for shape, t, th, r, ref in fourbit:
        if "error" in r or "error" in ref:
            print("| %s | %s | %d | error | | | | |" % (shape, t, th))
            continue
        print("| %s | %s | %d | %.0f | %s | %s | %.0f | %.2fx |" % (shape, t, th, r["file_mb"], fmt(r["enc_ms"]), fmt(r["tok_s"]),
                                                                r["rss_mb"], r["tok_s"]["med"] / ref["tok_s"]["med"]))
    print("\nDecode step's share of the read bandwidth (libmotionrec, batch 1)\n")
    print("| model | precision | threads | weights per step (MB) | decode (tok/s) | weights read (GB/s) | machine (GB/s, best of 9) | share |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for shape, t, th, r, b in share:
        if "error" in r:
            print("| %s | %s | %d | error | | | | |" % (shape, t, th))
            continue
        gbs = r["step_mb"] * r["tok_s"]["med"] / 1e3
        print("| %s | %s | %d | %.1f | %.1f | %.1f | %.1f | %.0f%% (%.0f-%.0f%%) |" % (
            shape, t, th, r["step_mb"], r["tok_s"]["med"], gbs, b["max"], 100 * gbs / b["max"],
            100 * r["step_mb"] * r["tok_s"]["min"] / 1e3 / b["max"], 100 * r["step_mb"] * r["tok_s"]["max"] / 1e3 / b["max"]))
    print("\nbf16 weights: activations f32 (default) or bf16 (reduced_precision, vdpbf16ps where the CPU has AVX-512 BF16)\n")
    print("| model | threads | encoder 128, f32 activations (ms) | encoder 128, bf16 activations (ms) | speedup |")
    print("| --- | --- | --- | --- | --- |")
    for shape, th, r, rb in bf:
        if "error" in r or "error" in rb:
            print("| %s | %d | error | | |" % (shape, th))
            continue
        print("| %s | %d | %s | %s | %.2fx |" % (shape, th, fmt(r["enc_ms"]), fmt(rb["enc_ms"]), r["enc_ms"]["med"] / rb["enc_ms"]["med"]))


if __name__ == "__main__":
    main()
