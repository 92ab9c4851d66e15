#!/usr/bin/env python3
"""The usage example at the top of include/motionrec.h, taken out of the
comment as written (only the comment's margin removed), compiled with
warnings as errors, linked against the build's static library, and run on a
converted tiny checkpoint named model.gguf, as the example names it.

MR_BUILD names the build folder; MR_LINK the flags and libraries the
library needs (the Makefile passes its own); MR_TESTDATA the converted
test models."""
import os
import re
import shlex
import subprocess
import sys
import tempfile
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pyutil import Checks  # noqa: E402

check = Checks()
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
B = os.environ.get("MR_BUILD", "build")
LINK = os.environ.get("MR_LINK", "-lsqlite3 -lcjson -lm -lpthread")
TESTDATA = os.environ.get("MR_TESTDATA", os.path.join(B, "testdata"))
MODEL = "flan-v1_1-tiny-copy-f32.gguf"


def example(header):
    """The lines after ' * Usage' up to the comment's next empty line,
    without the ' * ' margin and the example's own indent."""
    m = re.search(r"^ \* Usage\b.*\n((?: \*  .*\n)+) \*\n", header, re.M)
    if not m:
        return None
    return textwrap.dedent("".join(line[3:] + "\n" for line in m.group(1).splitlines()))


def main():
    src = example(open(os.path.join(ROOT, "include/motionrec.h"), encoding="utf-8").read())
    check(src is not None, "include/motionrec.h has a ' * Usage' example followed by an empty comment line")
    if src is None:
        check.finish()
    check("int main(" in src, "the example is a whole program:\n" + src)
    cc = os.environ.get("CC", "cc")
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "app.c"), "w") as f:
            f.write(src)
        cmd = ([cc, "-std=c11", "-Wall", "-Wextra", "-Werror", "-I" + os.path.join(ROOT, "include"),
                os.path.join(d, "app.c"), "-o", os.path.join(d, "app"), os.path.join(ROOT, B, "libmotionrec.a")]
               + shlex.split(LINK))
        r = subprocess.run(cmd, capture_output=True, text=True)
        check(r.returncode == 0, "the header's example does not compile and link:\n%s\n%s%s" %
              (" ".join(cmd), src, r.stderr[-3000:]))
        print("ok  compiled and linked: " + " ".join(cmd[:4]) + " ... libmotionrec.a", flush=True)
        if r.returncode == 0:
            os.symlink(os.path.abspath(os.path.join(TESTDATA, MODEL)), os.path.join(d, "model.gguf"))
            r = subprocess.run([os.path.join(d, "app")], cwd=d, capture_output=True, text=True, timeout=120)
            check(r.returncode == 0, "the header's example fails (%d) on %s: %s" %
                  (r.returncode, MODEL, r.stderr[-1000:]))
            print("ok  ran on %s (model.gguf): %r" % (MODEL, r.stdout.strip()[:80]), flush=True)
    check.finish()


if __name__ == "__main__":
    main()
