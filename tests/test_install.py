#!/usr/bin/env python3
"""make install and make uninstall, as a user of an installed copy meets
them: install into a fresh PREFIX, build examples/simple.c against the
engine (pkg-config motionrec) and an advisor program against the advisor
(pkg-config motionrec-advisor), each linked dynamically (with an rpath, as
the README says for a PREFIX the loader does not search) and statically
(the .a files and pkg-config's Libs.private), run them, then uninstall and
find nothing left. Also the layers: the engine library exports only mr_
names and nothing of the advisor, and needs neither SQLite nor cJSON; the
advisor library exports only mr_advisor_ names; and a change of flags
rebuilds (make -q reports out of date)."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pyutil import Checks  # noqa: E402

check = Checks()
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
B = os.environ.get("MR_BUILD", "build")
TD = os.environ.get("MR_TESTDATA", os.path.join(B, "testdata"))
ABI = int(re.search(r"#define MR_ABI_VERSION (\d+)", open(os.path.join(ROOT, "include/motionrec.h")).read()).group(1))
# make's variant options that name this build folder
VARIANT = {"build": [], "build-blas": ["BLAS=1"], "build-cuda": ["CUDA=1"], "build-san": ["SANITIZE=address,undefined"]}

ADVISOR_APP = r'''
#include <motionrec_advisor.h>
#include <stdio.h>
int main(void) {
    char err[256], out[16384];
    mr_advisor_params ap = mr_advisor_default_params();
    mr_advisor *a = mr_advisor_new(&ap, err, sizeof err);
    if (!a) { fprintf(stderr, "%s\n", err); return 1; }
    if (mr_advisor_recommend(a, "{\"age\": 40, \"notes\": \"胸口有点痛\"}", -1, MR_ADVISOR_JSON, out, sizeof out, NULL))
        { fprintf(stderr, "%s\n", mr_advisor_errmsg(a)); return 1; }
    puts(out);
    mr_advisor_free(a);
    return 0;
}
'''


def run(cmd, env=None, **kw):
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, **kw)


def main():
    name = os.path.basename(os.path.normpath(B))
    if name not in VARIANT:
        print("test_install: no make options known for %s; skipped" % B)
        return
    check_variant(B, VARIANT[name])
    if name == "build":  # the OpenBLAS variant too (CUDA's is checked by its own suite, make test CUDA=1)
        r = run(["make", "-s", "-j2", "--no-print-directory", "BLAS=1", "all"])
        check(r.returncode == 0, "make BLAS=1: %s" % r.stderr[-1500:])
        if r.returncode == 0:
            check_variant("build-blas", ["BLAS=1"])
    check.finish()


def check_variant(B, opts):
    print("== test_install: %s %s" % (B, " ".join(opts)), flush=True)
    # only mr_ names are global in the libraries; the engine has nothing of the advisor
    for lib, flag in (("libmotionrec.a", []), ("libmotionrec.so", ["-D"]), ("libmotionrec-advisor.a", []),
                      ("libmotionrec-advisor.so", ["-D"])):
        r = run(["nm", "-g", "--defined-only"] + flag + [os.path.join(B, lib)])
        names = {ln.split()[-1] for ln in r.stdout.splitlines() if re.match(r"^[0-9a-f]+ [TDBRCV] ", ln)}
        # (DW.ref.__gxx_personality_v0: the C++ compiler's own, in the CUDA object)
        other = sorted(n for n in names if not n.startswith(("mr_", "_", "DW.ref.")))
        check(r.returncode == 0 and names and not other, "%s exports names without mr_: %s" % (lib, other[:10]))
        if lib.startswith("libmotionrec.") and flag:
            adv = sorted(n for n in names if n.startswith("mr_advisor"))
            check(not adv, "the engine library exports advisor names: %s" % adv[:5])
        if lib.startswith("libmotionrec-advisor") and flag:
            extra = sorted(n for n in names if not n.startswith("mr_advisor"))
            check(not extra, "the advisor library exports more than mr_advisor_*: %s" % extra[:5])
        if flag:  # the soname carries the ABI
            dyn = run(["objdump", "-p", os.path.join(B, lib)]).stdout
            check(re.search(r"SONAME\s+%s\.%d\b" % (re.escape(lib), ABI), dyn) is not None,
                  "%s: soname with ABI %d: %s" % (lib, ABI, re.findall(r"SONAME.*", dyn)))
    ldd = run(["ldd", os.path.join(B, "libmotionrec.so")]).stdout
    check("sqlite" not in ldd and "cjson" not in ldd and "libpq" not in ldd, "the engine library needs:\n" + ldd)

    tmp = tempfile.mkdtemp(prefix="mr-install-")
    prefix = os.path.join(tmp, "prefix")
    try:
        r = run(["make", "--no-print-directory", "install", "PREFIX=" + prefix] + opts)
        check(r.returncode == 0, "make install: %s" % r.stderr[-1500:])
        installed = sorted(os.path.relpath(os.path.join(d, f), prefix) for d, _, fs in os.walk(prefix) for f in fs)
        for want in ("bin/motion-server", "bin/motion-advisor", "bin/mr-cli", "bin/mr-convert", "include/motionrec.h",
                     "include/motionrec_advisor.h", "lib/libmotionrec-advisor.a", "lib/libmotionrec-advisor.so.%d" % ABI,
                     "lib/pkgconfig/motionrec-advisor.pc",
                     "lib/libmotionrec.a", "lib/libmotionrec.so.%d" % ABI, "lib/pkgconfig/motionrec.pc",
                     "share/motionrec/advisor-f16.gguf", "share/motionrec/web/index.html"):
            check(want in installed, "make install puts %s (installed: %s)" % (want, installed))
        pc = open(os.path.join(prefix, "lib/pkgconfig/motionrec.pc")).read()
        check(prefix in pc and "-lsqlite3" not in pc and "-lcjson" not in pc and ("-lopenblas" in pc) == ("BLAS=1" in opts)
              and ("-lcudart_static" in pc) == ("CUDA=1" in opts), "motionrec.pc for this variant:\n" + pc)
        apc = open(os.path.join(prefix, "lib/pkgconfig/motionrec-advisor.pc")).read()
        check("Requires: motionrec" in apc and "-lsqlite3" in apc and "-lcjson" in apc, "motionrec-advisor.pc:\n" + apc)
        env = dict(os.environ, PKG_CONFIG_PATH=os.path.join(prefix, "lib/pkgconfig"))
        san = ["-fsanitize=address,undefined"] if "SANITIZE" in " ".join(opts) else []
        app = os.path.join(tmp, "advisor_app.c")
        open(app, "w").write(ADVISOR_APP)
        model = os.path.join(TD, "flan-v1_1-tiny-copy-f32.gguf")
        for src, pkg, args, want in (("examples/simple.c", "motionrec", [model, "hello"], "P(yes)"),
                                     (app, "motionrec-advisor", [], '"activity":"rest"')):
            cflags = run(["pkg-config", "--cflags", pkg], env).stdout.split()
            libs = run(["pkg-config", "--libs", pkg], env).stdout.split()
            static = run(["pkg-config", "--static", "--libs", pkg], env).stdout.split()
            ours = [x for x in static if x in ("-lmotionrec-advisor", "-lmotionrec")]
            for how in ("dynamic", "static"):
                exe = os.path.join(tmp, "%s-%s" % (os.path.basename(src)[:-2], how))
                if how == "dynamic":  # the README's rule for a PREFIX outside the loader's path
                    link = libs + ["-Wl,-rpath," + os.path.join(prefix, "lib")]
                else:  # libmotionrec.a, the rest as pkg-config --static lists it
                    link = ["-Wl,-Bstatic"] + ours + ["-Wl,-Bdynamic"] + [x for x in static if x not in ours]
                r = run(["cc", "-o", exe, src] + cflags + san + link)
                check(r.returncode == 0, "%s %s build: %s" % (src, how, r.stderr[-1500:]))
                if r.returncode:
                    continue
                r = run([exe] + args, timeout=300)
                check(r.returncode == 0 and want in r.stdout, "%s %s run: %s %s" % (src, how, r.stdout[-300:], r.stderr[-800:]))
                if how == "static":
                    ldd = run(["ldd", exe]).stdout
                    check("libmotionrec" not in ldd, "%s static still needs libmotionrec.so" % src)
        r = run(["make", "--no-print-directory", "uninstall", "PREFIX=" + prefix] + opts)
        left = [os.path.join(d, f) for d, _, fs in os.walk(prefix) for f in fs]
        check(r.returncode == 0 and not left, "make uninstall leaves %s %s" % (left, r.stderr[-500:]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    # a change of compiler flags makes the build out of date (the stamp that
    # records them is put back afterwards, so that nothing is rebuilt)
    stamp = os.path.join(ROOT, B, ".flags")
    saved, st = open(stamp).read(), os.stat(stamp)
    try:
        r = run(["make", "-q", "--no-print-directory", os.path.join(B, "libmotionrec.a")] + opts)
        check(r.returncode == 0, "the build is up to date as made (make -q: %d)" % r.returncode)
        r = run(["make", "-q", "--no-print-directory", os.path.join(B, "libmotionrec.a"), "CFLAGS=-DMR_FLAGS_PROBE"] + opts)
        check(r.returncode == 1, "other CFLAGS make the build out of date (make -q: %d)" % r.returncode)
    finally:
        open(stamp, "w").write(saved)
        os.utime(stamp, ns=(st.st_atime_ns, st.st_mtime_ns))


main()
