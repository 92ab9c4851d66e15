#!/usr/bin/env python3
"""Every command the README shows, run as written (in its order, from the
repository root, with a fresh $XDG_DATA_HOME and $HOME so that the
advisor's database starts empty), each expected to succeed. A command that
would take long is run small: the substitutions below are the only
changes, each a smaller size or fewer repetitions of the same command.

One command is not run here: `make check`, which is this suite (it is
checked to call `make test`, and .ci/run to call it). The commands name
build/, so they run once, from the plain build's suite: the sanitizer and
CUDA builds' suites (`make test CUDA=1` is itself a README command) skip
this file. A README command that fails is a bug in the code or in the
README."""
import os
import re
import socket
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pyutil import Checks  # noqa: E402
from serverproc import MotionServer  # noqa: E402

check = Checks()
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
B = os.environ.get("MR_BUILD", "build")

# (pattern, replacement): smaller sizes, one repetition; the command stays the same command
SMALL = [
    (r"FUZZ_SECONDS=60", "FUZZ_SECONDS=1"),
    # the peers on the tiny reference checkpoint, one thread, once (the peers are installed as written)
    (r"^sh bench/peers --reps 3 1 2$", "sh bench/peers --reps 1 --models tests/data/goldens/flan-v1_1-tiny-copy 1"),
    (r"^(build/mr-bench (kernels|e2e|bandwidth|advisor) [^&|;]*)$", r"\1 --reps 1"),
    (r"^python3 bench/server_load.py$", "python3 bench/server_load.py --seconds 1 --reps 1 --rss-requests 300"),
]

# The server's command runs in the background, on a free port instead of
# 8080, until the README's commands are done (the curl examples after it
# talk to it); it must then stop cleanly on SIGTERM.
SERVER_CMD = re.compile(r"^build/motion-server\b")


def commands(readme):
    """The shell commands of the README's sh blocks: continuation lines
    joined, comments and blank lines dropped."""
    out = []
    for block in re.findall(r"```sh\n(.*?)```", readme, re.S):
        joined = re.sub(r"\\\n\s*", " ", block)
        for line in joined.splitlines():
            line = re.sub(r"\s+#\s.*$", "", line).strip()  # a comment after two or more spaces
            if line and not line.startswith("#"):
                out.append(line)
    return out


def main():
    if os.path.normpath(B) != "build":
        print("test_readme: the README's commands name build/; run from the plain build's suite (MR_BUILD=%s)" % B)
        return
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    cmds = commands(readme)
    check(len(cmds) >= 10, "the README shows commands (%d found)" % len(cmds))
    ci = open(os.path.join(ROOT, ".ci/run")).read()
    make = open(os.path.join(ROOT, "Makefile")).read()
    check("make check" in ci, ".ci/run calls the README's test command (make check)")
    check(re.search(r"^check:\n(\t.*\n)*\t\$\(MAKE\) test", make, re.M) is not None, "make check runs make test")
    server, port = None, None
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, XDG_DATA_HOME=os.path.join(home, "data"), HOME=home, MR_BUILD=B)
        for cmd in cmds:
            if cmd.startswith("make check"):
                continue
            run = cmd
            for pat, rep in SMALL:
                run = re.sub(pat, rep, run, flags=re.M)
            if SERVER_CMD.match(cmd) and "--help" not in cmd:
                server, port = start_server(run, env, server)
                check(server is not None, "README server command does not start: %s" % cmd)
                print("ok  %s  (in the background on port %s)" % (cmd, port), flush=True)
                continue
            if port:
                run = run.replace("127.0.0.1:8080", "127.0.0.1:%d" % port)
            r = subprocess.run(["sh", "-c", run], cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800)
            shown = cmd if run == cmd else "%s  (run as: %s)" % (cmd, run)
            if cmd.startswith("curl"):  # curl -s exits 0 on an HTTP error: the answer says
                check('"error"' not in r.stdout, "README command answered with an error: %s\n%s" % (shown, r.stdout[-800:]))
            check(r.returncode == 0, "README command fails (%d): %s\n%s" % (r.returncode, shown,
                                                                          (r.stdout[-800:] + r.stderr[-1500:])))
            print("ok  " + shown, flush=True)
        stop_server(server)
    check.finish()


def start_server(run, env, previous):
    stop_server(previous)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    try:
        return MotionServer(["sh", "-c", "exec " + run.replace("8080", str(port))], env=env, cwd=ROOT), port
    except RuntimeError as e:
        print(e)
        return None, None


def stop_server(server):
    if not server:
        return
    rc, err = server.stop()
    check(rc == 0, "the README's server did not stop cleanly (%r): %s" % (rc, err[-1500:]))


if __name__ == "__main__":
    main()
