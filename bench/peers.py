"""Driver for bench/peers: runs each engine in its own process (so that peak
RSS is its own), the same workload for all, and prints one table.

Workload: batch 1; the encoder on 128 tokens; 64 greedy decoding steps with
the end token suppressed (forced length). Encoder time and decode tokens/s
are medians over repetitions."""
import json
import os
import resource
import subprocess
import sys
import time

REPS = 5
IDS = [3 + (i * 7919) % 900 for i in range(127)] + [1]


def child(engine, model, threads, precision):
    """Runs inside a fresh process; prints a JSON line of results."""
    import statistics
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
            for _ in range(REPS):
                t0 = time.perf_counter(); m.encoder(input_ids=x); enc.append(time.perf_counter() - t0)
            for _ in range(REPS):
                t0 = time.perf_counter()
                out = m.generate(input_ids=x, max_new_tokens=64, min_new_tokens=64, do_sample=False, num_beams=1)
                total = time.perf_counter() - t0
                assert out.shape[1] >= 64
                dec.append(64 / max(total - statistics.median(enc), 1e-9))
        res = dict(enc_ms=statistics.median(enc) * 1e3, tok_s=statistics.median(dec))
    elif engine == "transformers-cuda":  # the same workload on the GPU (scripts/cuda_check.sh)
        import torch
        from transformers import T5ForConditionalGeneration
        dt = torch.bfloat16 if precision == "bf16" else torch.float32
        m = T5ForConditionalGeneration.from_pretrained(model, torch_dtype=dt).eval().cuda()
        x = torch.tensor([IDS]).cuda()
        enc, dec = [], []
        with torch.inference_mode():
            m.encoder(input_ids=x)
            torch.cuda.synchronize()
            for _ in range(REPS):
                t0 = time.perf_counter(); m.encoder(input_ids=x); torch.cuda.synchronize()
                enc.append(time.perf_counter() - t0)
            for _ in range(REPS):
                t0 = time.perf_counter()
                m.generate(input_ids=x, max_new_tokens=64, min_new_tokens=64, do_sample=False, num_beams=1)
                torch.cuda.synchronize()
                dec.append(64 / max(time.perf_counter() - t0 - statistics.median(enc), 1e-9))
        res = dict(enc_ms=statistics.median(enc) * 1e3, tok_s=statistics.median(dec))
    elif engine == "ctranslate2":
        import ctranslate2
        tr = ctranslate2.Translator(model, device="cpu", compute_type=precision, inter_threads=1, intra_threads=threads)
        toks = [tr_tok for tr_tok in (VOCAB[i] for i in IDS)]
        enc, dec = [], []
        tr.translate_batch([toks], beam_size=1, max_decoding_length=1)
        for _ in range(REPS):
            t0 = time.perf_counter()
            tr.translate_batch([toks], beam_size=1, max_decoding_length=1, min_decoding_length=1)
            enc.append(time.perf_counter() - t0)
        for _ in range(REPS):
            t0 = time.perf_counter()
            r = tr.translate_batch([toks], beam_size=1, max_decoding_length=64, min_decoding_length=64)
            total = time.perf_counter() - t0
            dec.append(64 / max(total - statistics.median(enc), 1e-9))
        res = dict(enc_ms=statistics.median(enc) * 1e3, tok_s=statistics.median(dec))
    res["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(res))


VOCAB = None


def run_child(engine, model, threads, precision):
    out = subprocess.run([sys.executable, __file__, "--child", engine, model, str(threads), precision],
                         capture_output=True, text=True)
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "failed"}
    return json.loads(out.stdout.strip().splitlines()[-1])


def ours(build, gguf, threads):
    out = subprocess.run([os.path.join(build, "mr-bench"), "e2e", gguf, "--threads", str(threads), "--csv",
                          "--reps", str(REPS)], capture_output=True, text=True, check=True).stdout
    rows = {}
    for line in out.splitlines()[1:]:
        k, med, mn, mx, unit = line.split(",")
        rows[k] = float(med)
    return dict(enc_ms=rows["encode_128"], tok_s=rows["decode_64"], rss_mb=rows["peak_rss"])


def ct2_convert(ckpt, out, quant):
    if os.path.exists(os.path.join(out, "model.bin")):
        return
    import ctranslate2
    conv = ctranslate2.converters.TransformersConverter(ckpt)
    conv.convert(out, quantization=quant, force=True)


def main():
    global VOCAB
    if sys.argv[1] == "--child":
        engine, model, threads, precision = sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
        if engine == "ctranslate2":
            vj, vt = os.path.join(model, "shared_vocabulary.json"), os.path.join(model, "shared_vocabulary.txt")
            VOCAB = json.load(open(vj)) if os.path.exists(vj) else [l.rstrip("\n") for l in open(vt, encoding="utf-8")]
        child(engine, model, threads, precision)
        return
    if sys.argv[1] == "--gpu":  # peers.py --gpu CKPT_DIR: transformers on the GPU, f32 and bf16
        for prec in ("f32", "bf16"):
            print(sys.argv[2], "transformers-cuda", prec, json.dumps(run_child("transformers-cuda", sys.argv[2], 1, prec)))
        return
    build, work, threads = sys.argv[1], sys.argv[2], [int(t) for t in sys.argv[3:]]
    rows = []
    for shape in ["t5-small", "flan-t5-base"]:
        ckpt = os.path.join(work, shape)
        for q, name in [(None, "ct2-f32"), ("int8", "ct2-int8")]:
            try:
                ct2_convert(ckpt, os.path.join(work, shape + "-" + name), q)
            except Exception as e:  # report, do not hide
                print("ctranslate2 conversion failed for %s: %s" % (shape, e), file=sys.stderr)
        for th in threads:
            r_ours32 = ours(build, os.path.join(work, shape + "-f32.gguf"), th)
            r_ours8 = ours(build, os.path.join(work, shape + "-q8_0.gguf"), th)
            r_ct32 = run_child("ctranslate2", os.path.join(work, shape + "-ct2-f32"), th, "float32")
            r_ct8 = run_child("ctranslate2", os.path.join(work, shape + "-ct2-int8"), th, "int8")
            r_hf = run_child("transformers", ckpt, th, "float32")
            rows += [(shape, "libmotionrec", "f32", th, r_ours32, None),
                     (shape, "CTranslate2", "f32", th, r_ct32, r_ours32),
                     (shape, "transformers", "f32", th, r_hf, r_ours32),
                     (shape, "libmotionrec", "q8_0", th, r_ours8, None),
                     (shape, "CTranslate2", "int8", th, r_ct8, r_ours8)]
    print("| model | engine | precision | threads | encoder 128 (ms) | decode (tok/s) | peak RSS (MiB) | ours vs it: encoder speed | ours vs it: decode speed |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for shape, eng, prec, th, r, ref in rows:
        if "error" in r:
            print("| %s | %s | %s | %d | error: %s | | | | |" % (shape, eng, prec, th, r["error"][:80]))
            continue
        ratio_e = ratio_d = ""
        if ref is not None:
            ratio_e = "%.2fx" % (r["enc_ms"] / ref["enc_ms"])
            ratio_d = "%.2fx" % (ref["tok_s"] / r["tok_s"])
        print("| %s | %s | %s | %d | %.1f | %.1f | %.0f | %s | %s |" % (shape, eng, prec, th, r["enc_ms"], r["tok_s"],
                                                                       r["rss_mb"], ratio_e, ratio_d))


if __name__ == "__main__":
    main()
