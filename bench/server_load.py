#!/usr/bin/env python3
"""bench/server_load.py - build/motion-server under load, with wrk (Debian's
package, installed here if missing) on the loopback address only, each run
bounded in time. Not a test: it prints a Markdown table for the README.

  python3 bench/server_load.py [--seconds S] [--reps R] [--rss-requests N] [--users U]
                               [--connections C] [--no-pg]

Rows: POST /v1/recommend with and without the model, 1 and 2 worker
threads, with the SQLite store and with PostgreSQL (a server started here
in a temporary directory, as the tests do). Each request is one of U known
users' (default 200, picked at random; each with the token from a first
request), so every answer is stored: this measures the store too. For each row: requests per second, p50 and p99 latency as
wrk reports them (median over R runs, with the spread), and requests lost
(socket errors and non-2xx answers; the target is 0). Then the server's
resident memory before and after N requests (no model, SQLite), which
should not grow.

wrk and the server share this machine's cores: the figures are for the
pair, not for the server alone."""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))
from pgserver import start_pg  # noqa: E402
from serverproc import MotionServer  # noqa: E402

B = os.environ.get("MR_BUILD", "build")
SERVER = os.path.join(ROOT, B, "motion-server")
MODEL = os.path.join(ROOT, "weights", "advisor-f16.gguf")
PROFILE = {"user": "load", "age": 41, "sex": "female", "weight_kg": 66, "height_cm": 165, "fitness": "intermediate",
           "goal": "stay healthy", "notes": "a bit tired today but ok", "language": "en",
           "context": {"temperature_c": 15, "aqi": 35}}


def need_wrk():
    if shutil.which("wrk"):
        return "wrk"
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run(sudo + ["apt-get", "update", "-qq"], check=False)
    subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", "wrk"], check=False,
                   env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    if not shutil.which("wrk"):
        sys.exit("server_load: wrk is not installed and could not be (apt-get install wrk)")
    return "wrk"


class Server(MotionServer):
    def __init__(self, args):
        super().__init__([SERVER, "--port", "0", "--max-connections", "1024"] + args)

    def token(self, profile):
        req = urllib.request.Request(self.url + "/v1/recommend", data=json.dumps(profile).encode(), method="POST")
        with urllib.request.urlopen(req) as r:
            return r.headers["X-MR-Token"]

    def rss_kib(self):
        with open("/proc/%d/status" % self.pid) as f:
            return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))

    def stop(self):
        rc, err = super().stop()
        if rc != 0:
            print("server exit %s: %s" % (rc, err[-500:]), file=sys.stderr)


def lua(tmp, server, n_users, tag):
    """A wrk script whose every request is one of n_users known users' (each
    with the token from a first request), picked at random: the store holds
    many users, as it would in use, rather than one growing without end."""
    path = os.path.join(tmp, "post.lua")
    with open(path, "w") as f:
        f.write("local users = {\n")
        for k in range(n_users):
            profile = dict(PROFILE, user="%s-%d" % (tag, k), age=25 + k % 50)
            body = json.dumps(profile)
            f.write('  {"%s", %s},\n' % (server.token(profile), json.dumps(body)))
        f.write("}\n")
        f.write("request = function()\n"
                "  local u = users[math.random(#users)]\n"
                '  return wrk.format("POST", "/v1/recommend", {["Content-Type"] = "application/json", '
                '["Authorization"] = "Bearer " .. u[1]}, u[2])\n'
                "end\n")
    return path


def unit_ms(v, unit):
    return float(v) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk(url, script, seconds, conns, threads=1):
    r = subprocess.run(["wrk", "-t%d" % threads, "-c%d" % conns, "-d%ds" % seconds, "--latency", "--timeout", "10s",
                        "-s", script, url + "/v1/recommend"], capture_output=True, text=True, timeout=seconds + 60)
    out = r.stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    lat = {m.group(1): unit_ms(m.group(2), m.group(3))
           for m in re.finditer(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s|m)\s*$", out, re.M)}
    total = int(re.search(r"(\d+) requests in", out).group(1))
    lost = 0
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if m:
        lost += sum(int(x) for x in m.groups())
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if m:
        lost += int(m.group(1))
    return rps, lat.get("50"), lat.get("99"), total, lost


def spread(xs, fmt):
    med = statistics.median(xs)
    return (fmt % med) + (" (%s-%s)" % (fmt % min(xs), fmt % max(xs)) if len(xs) > 1 else "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=int, default=10)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--rss-requests", type=int, default=100000)
    ap.add_argument("--users", type=int, default=200)
    ap.add_argument("--no-pg", action="store_true")
    ap.add_argument("--rss-only", action="store_true", help="only the memory run")
    a = ap.parse_args()
    if not os.path.exists(SERVER):
        sys.exit("server_load: no %s (make all)" % SERVER)
    need_wrk()
    tmp = tempfile.mkdtemp(prefix="mr-load-")
    stop_pg = None
    stores = [("SQLite", os.path.join(tmp, "load.db"))]
    if not a.no_pg:
        uri, stop_pg = start_pg(tmp)
        if uri:
            stores.append(("PostgreSQL", uri))
        else:
            print("(PostgreSQL rows skipped: %s)" % stop_pg)
            stop_pg = None
    try:
        print("| model | threads | store | req/s | p50 ms | p99 ms | requests | lost |")
        print("|---|---|---|---|---|---|---|---|")
        for model in (() if a.rss_only else (False, True)):
            if model and not os.path.exists(MODEL):
                continue
            for threads in (1, 2):
                for store, db in stores:
                    s = Server((["--model", MODEL] if model else ["--no-model"]) + ["--db", db, "--threads", str(threads)])
                    try:
                        script = lua(tmp, s, a.users, "load-%s-%d-%d-%d" % (store, model, threads, time.time_ns()))
                        rows = [wrk(s.url, script, a.seconds, a.connections) for _ in range(a.reps)]
                    finally:
                        s.stop()
                    print("| %s | %d | %s | %s | %s | %s | %d | %d |" % (
                        "advisor-f16" if model else "none (rules)", threads, store,
                        spread([r[0] for r in rows], "%.0f"), spread([r[1] for r in rows], "%.1f"),
                        spread([r[2] for r in rows], "%.1f"), sum(r[3] for r in rows), sum(r[4] for r in rows)),
                        flush=True)
        # memory over many requests: no model, SQLite, 2 threads
        s = Server(["--no-model", "--db", os.path.join(tmp, "rss.db"), "--threads", "2"])
        try:
            script = lua(tmp, s, a.users, "rss")
            wrk(s.url, script, 2, a.connections)  # warm up: pages touched, pools at size
            trace, done, lost = [(0, s.rss_kib())], 0, 0
            while done < a.rss_requests:
                _, _, _, n, l = wrk(s.url, script, a.seconds, a.connections)
                done, lost = done + n, lost + l
                trace.append((done, s.rss_kib()))
        finally:
            s.stop()
        print("\nRSS of the server (no model, SQLite, 2 threads), after warm-up and then every %d s of load: %s "
              "(%d requests, %d lost)" % (a.seconds, ", ".join("%.1f MiB at %dk" % (k / 1024, n // 1000) for n, k in trace),
                                          done, lost))
    finally:
        if stop_pg:
            stop_pg()
        shutil.rmtree(tmp, ignore_errors=True)


main()
