#!/usr/bin/env python3
"""build/motion-server over HTTP (the standard library's client only):

  - every endpoint of the README's API, with its answers' shapes;
  - the access rule: a first write for a user id issues a token (X-MR-Token),
    later requests need it (401 without, 403 with another user's), and a
    refused first write claims nothing;
  - bad requests get a 4xx with a JSON error that names the field, and store
    nothing; oversized bodies (announced or chunked), slow clients and too
    many connections are refused without harming other users;
  - the saved profile, the log and feedback move later answers;
  - forget removes everything, the token too;
  - concurrent requests on 2 workers, then SIGTERM ends the server with 0
    (under the sanitizer build that also means no leak);
  - with PostgreSQL (Debian's server, started here in a temporary directory):
    two servers on one database serve the same users, and feedback given
    through one changes the next recommendation from the other.
PostgreSQL's part is skipped, with a message, only where its server cannot
be found or started."""
import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pyutil import Checks  # noqa: E402
from pgserver import start_pg  # noqa: E402
from serverproc import MotionServer  # noqa: E402

check = Checks()
B = os.environ.get("MR_BUILD", "build")
SERVER = os.path.join(B, "motion-server")
MODEL = "weights/advisor-f16.gguf"

PROFILE = {"user": "ana", "age": 34, "sex": "female", "weight_kg": 62, "height_cm": 168, "fitness": "intermediate",
           "goal": "endurance", "notes": "feeling good, slept well", "language": "en",
           "context": {"temperature_c": 18, "aqi": 30}}


class Server(MotionServer):
    def __init__(self, *args):
        super().__init__([SERVER, "--port", "0"] + list(args))

    def req(self, method, path, body=None, token=None, headers=None, raw=None, conn=None):
        """One request; on conn (kept open) when given, else on a new connection."""
        c = conn or http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        h = dict(headers or {})
        if token:
            h["Authorization"] = "Bearer " + token
        data = raw if raw is not None else (json.dumps(body, ensure_ascii=False).encode() if body is not None else None)
        c.request(method, path, body=data, headers=h)
        r = c.getresponse()
        text = r.read().decode("utf-8", "replace")
        if not conn:
            c.close()
        try:
            js = json.loads(text)
        except ValueError:
            js = None
        return r.status, js, text, r.getheader("X-MR-Token")


def error_names(st, js, code, words, what):
    ok = st == code and isinstance(js, dict) and isinstance(js.get("error"), str) and all(
        w in js["error"] for w in words)
    check(ok, "%s: want %d naming %r, got %d %r" % (what, code, words, st, js))


def api(db, tag):
    """The whole API on one server; returns nothing, counts checks."""
    s = Server("--no-model", "--db", db, "--threads", "2", "--max-body", "4096", "--timeout", "2",
               "--max-connections", "8")
    try:
        st, js, _, _ = s.req("GET", "/healthz")
        check(st == 200 and js["status"] == "ok" and js["model"] is None, "%s healthz: %r" % (tag, js))

        # no user: advice, nothing stored, no token
        anon = dict(PROFILE)
        del anon["user"]
        st, js, _, tok = s.req("POST", "/v1/recommend", anon)
        check(st == 200 and js.get("activity") and js.get("rec_id") is None and tok is None,
              "%s anonymous recommend: %d %r %r" % (tag, st, js, tok))

        # a refused first write claims nothing
        bad = dict(PROFILE, age=300)
        st, js, _, tok = s.req("POST", "/v1/recommend", bad)
        error_names(st, js, 400, ["age"], tag + " age 300")
        check(tok is None, "%s refused write issued a token" % tag)
        st, js, _, tok = s.req("POST", "/v1/recommend", dict(PROFILE, sxe="female"))
        error_names(st, js, 400, ["sxe"], tag + " misspelled key")

        # the first good write issues the token
        st, js, _, tok = s.req("POST", "/v1/recommend", PROFILE)
        check(st == 200 and isinstance(js.get("rec_id"), int) and tok and len(tok) == 64,
              "%s first recommend: %d %r %r" % (tag, st, js, tok))
        rec1 = js.get("rec_id")
        st, js, _, _ = s.req("POST", "/v1/recommend", PROFILE)
        error_names(st, js, 401, ["Authorization"], tag + " no token")
        st, js, _, tok2 = s.req("POST", "/v1/recommend", dict(PROFILE, user="bo"))
        check(st == 200 and tok2 and tok2 != tok, "%s second user: %d" % (tag, st))
        st, js, _, _ = s.req("POST", "/v1/recommend", PROFILE, token=tok2)
        error_names(st, js, 403, ["ana"], tag + " another user's token")
        st, js, _, _ = s.req("GET", "/v1/users/ana/history", token=tok2)
        error_names(st, js, 403, ["ana"], tag + " history with another user's token")
        st, js, _, _ = s.req("GET", "/v1/users/nobody/history", token=tok2)
        check(st == 403, "%s unknown user looks like a wrong token: %d" % (tag, st))

        # plan
        st, js, _, _ = s.req("POST", "/v1/plan", PROFILE, token=tok)
        check(st == 200 and len(js.get("days", [])) == 7 and js["week"]["aerobic_target"] == 150,
              "%s plan: %d %r" % (tag, st, js and list(js)))

        # feedback: fields named, another user's recommendation refused
        fb = {"user": "ana", "rec_id": rec1, "rating": 1, "completed": False, "rpe": 17, "comment": "太难了"}
        for key, val, word in (("rating", 9, "rating"), ("rpe", 30, "rpe"), ("completed", "yes", "completed"),
                               ("rec_id", "x", "rec_id")):
            st, js, _, _ = s.req("POST", "/v1/feedback", dict(fb, **{key: val}), token=tok)
            error_names(st, js, 400, [word], "%s feedback %s=%r" % (tag, key, val))
        st, js, _, _ = s.req("POST", "/v1/feedback", dict(fb, ratng=3), token=tok)
        error_names(st, js, 400, ["ratng"], tag + " feedback unknown field")
        st, js, _, _ = s.req("POST", "/v1/feedback", dict(fb, user="bo"), token=tok2)
        error_names(st, js, 400, ["no recommendation"], tag + " feedback on another user's recommendation")
        st, js, _, _ = s.req("POST", "/v1/feedback", fb, token=tok)
        check(st == 200 and js == {"ok": True}, "%s feedback: %d %r" % (tag, st, js))
        st, js, _, _ = s.req("POST", "/v1/recommend", PROFILE, token=tok)
        st2, lines, text, _ = s.req("GET", "/v1/users/ana/export", token=tok)
        recs = [json.loads(x) for x in text.splitlines() if x.strip()]
        check(st2 == 200 and len(recs) == 2 and recs[0]["feedback"][0]["rating"] == 1,
              "%s export: %d %r" % (tag, st2, text[:200]))
        if recs:
            first = recs[0]["activity"]
            check(js.get("activity") != first and any("your feedback on" in x for x in js.get("reasons", [])),
                  "%s a rating of 1 (not done) moves the next advice off %s: %r" % (tag, first, js.get("activity")))

        # the saved profile: later calls with just the id use it
        st, js, _, _ = s.req("POST", "/v1/users/ana/profile", dict(PROFILE, user="other"), token=tok)
        error_names(st, js, 400, ["user"], tag + " profile for another id")
        saved = dict(PROFILE, age=70)
        del saved["user"]
        st, js, _, _ = s.req("POST", "/v1/users/ana/profile", saved, token=tok)
        check(st == 200 and js == {"ok": True}, "%s save profile: %d %r" % (tag, st, js))
        st, js, _, _ = s.req("POST", "/v1/plan", {"user": "ana"}, token=tok)
        kinds = [d["kind"] for d in js.get("days", [])] if js else []
        check(st == 200 and "balance" in kinds,
              "%s plan from the saved profile (age 70: balance days, WHO 2020 for 65+): %r" % (tag, kinds))

        # the log moves the week
        st, js, _, _ = s.req("GET", "/v1/users/ana/history", token=tok)
        before = js["weeks"][-1]["minutes"] if st == 200 else None
        check(st == 200 and len(js["weeks"]) == 4 and js["target"] == 150 and "table" in js,
              "%s history: %d %r" % (tag, st, js))
        for body, word in (({"activity": "run", "minutes": 0}, "minutes"), ({"activity": "flying", "minutes": 20}, "flying"),
                           ({"activity": "run", "minutes": 20, "date": "2026-02-30"}, "date"),
                           ({"activity": "run", "minutes": 20, "when": 1}, "when")):
            st, js, _, _ = s.req("POST", "/v1/users/ana/log", body, token=tok)
            error_names(st, js, 400, [word], "%s log %r" % (tag, body))
        st, js, _, _ = s.req("POST", "/v1/users/ana/log", {"activity": "swim", "minutes": 35, "rpe": 12}, token=tok)
        check(st == 201, "%s log: %d %r" % (tag, st, js))
        st, js, _, _ = s.req("GET", "/v1/users/ana/history", token=tok)
        check(st == 200 and before is not None and js["weeks"][-1]["minutes"] == before + 35,
              "%s the log adds 35 minutes to this week: %r -> %r" % (tag, before, js and js.get("weeks")))

        # protocol errors
        st, js, _, _ = s.req("PUT", "/v1/recommend", PROFILE)
        error_names(st, js, 405, ["POST"], tag + " PUT")
        st, js, _, _ = s.req("GET", "/v1/nothing")
        check(st == 404 and "error" in js, "%s unknown endpoint: %d" % (tag, st))
        st, js, _, _ = s.req("POST", "/v1/recommend", raw=b'{"age": 30,')
        error_names(st, js, 400, ["JSON"], tag + " broken JSON")
        st, js, _, _ = s.req("GET", "/v1/users/%01x/history", token=tok)
        check(st == 400, "%s control character in a user id: %d" % (tag, st))
        st, js, _, _ = s.req("POST", "/v1/recommend", raw=b"x" * 5000)
        error_names(st, js, 413, ["4096"], tag + " announced oversized body")

        # a chunked body grows past the limit as it comes
        c = http.client.HTTPConnection("127.0.0.1", s.port, timeout=30)
        c.request("POST", "/v1/recommend", body=iter([b"{" + b" " * 3000, b" " * 3000 + b"}"]),
                  headers={"Transfer-Encoding": "chunked"}, encode_chunked=True)
        r = c.getresponse()
        check(r.status == 413, "%s chunked oversized body: %d" % (tag, r.status))
        c.close()

        # slow and idle clients: closed after --timeout, others served meanwhile
        slow = socket.create_connection(("127.0.0.1", s.port))
        slow.sendall(b"POST /v1/recommend HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
        st, _, _, _ = s.req("GET", "/healthz")
        check(st == 200, "%s served beside a slow client" % tag)
        slow.settimeout(10)
        t0 = time.time()
        try:
            got = slow.recv(100)
        except OSError:
            got = b""
        check(time.time() - t0 < 9 and got == b"", "%s slow client dropped after the timeout (%r)" % (tag, got[:40]))
        slow.close()

        # too many connections: at most 8 of 14 are served, the server lives on
        crowd = [socket.create_connection(("127.0.0.1", s.port)) for _ in range(14)]
        time.sleep(0.3)
        served = 0
        for x in crowd:
            x.settimeout(5)
            try:
                x.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
                served += x.recv(100).startswith(b"HTTP/1.1 200")
            except OSError:
                pass
        check(1 <= served <= 8, "%s --max-connections 8: %d of 14 served" % (tag, served))
        for x in crowd:
            x.close()
        time.sleep(0.5)
        st, _, text, _ = s.req("GET", "/metrics")
        check(st == 200 and "motion_refused_connections_total 0" not in text, "%s refused connections counted" % tag)
        st, _, _, _ = s.req("GET", "/healthz")
        check(st == 200, "%s served after the crowd left" % tag)

        # concurrent requests on the two workers: 6 clients, each on one
        # kept-alive connection (under --max-connections)
        results = []

        def worker(k):
            token = None
            conn = http.client.HTTPConnection("127.0.0.1", s.port, timeout=60)
            for i in range(3):
                st, _, _, issued = s.req("POST", "/v1/recommend", dict(PROFILE, user="u%d" % k), token=token, conn=conn)
                token = token or issued
                results.append(st)
            conn.close()
        ts = [threading.Thread(target=worker, args=(k,)) for k in range(6)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        check(results.count(200) == 18, "%s 6 concurrent users, 3 requests each: %r" % (tag, results))

        # metrics
        st, _, text, _ = s.req("GET", "/metrics")
        check(st == 200 and 'motion_requests_total{endpoint="recommend",code="200"}' in text
              and "motion_request_seconds_bucket" in text and 'motion_model_info{model="none"' in text
              and "motion_refused_bodies_total 2" in text, "%s metrics: %s" % (tag, text[:300]))

        # forget: everything, the token too
        st, js, _, _ = s.req("DELETE", "/v1/users/ana", token=tok)
        check(st == 200 and js == {"deleted": 2}, "%s forget: %d %r" % (tag, st, js))
        st, js, _, _ = s.req("GET", "/v1/users/ana/export", token=tok)
        check(st == 403, "%s the old token opens nothing after forget: %d" % (tag, st))
        st, js, _, tok3 = s.req("POST", "/v1/users/ana/log", {"activity": "walk", "minutes": 20})
        check(st == 201 and tok3 and tok3 != tok, "%s the id can be claimed again: %d" % (tag, st))
        st, js, text, _ = s.req("GET", "/v1/users/ana/export", token=tok3)
        check(st == 200 and text == "", "%s nothing left of the old records: %r" % (tag, text[:100]))
    finally:
        rc, err = s.stop()
    check(rc == 0, "%s server exit %r: %s" % (tag, rc, err[-2000:]))


def no_store():
    s = Server("--no-model", "--db", "none")
    try:
        st, js, _, tok = s.req("POST", "/v1/recommend", PROFILE)
        check(st == 200 and js.get("rec_id") is None and tok is None, "--db none: advice, nothing kept: %d %r" % (st, tok))
        st, js, _, _ = s.req("GET", "/v1/users/ana/history")
        error_names(st, js, 404, ["--db none"], "--db none history")
        st, js, _, _ = s.req("POST", "/v1/feedback", {"user": "ana", "rec_id": 1, "rating": 3, "completed": True})
        error_names(st, js, 404, ["--db none"], "--db none feedback")
        st, js, _, _ = s.req("GET", "/healthz")
        check(js.get("store") == "none", "--db none healthz: %r" % js)
    finally:
        rc, err = s.stop()
    check(rc == 0, "--db none server exit %r: %s" % (rc, err[-1000:]))


def with_model(db):
    if not os.path.exists(MODEL):
        print("SKIP: no %s" % MODEL)
        return
    s = Server("--model", MODEL, "--db", db, "--threads", "2")
    try:
        st, js, _, _ = s.req("GET", "/healthz")
        check(st == 200 and js["model"] == "advisor-f16.gguf", "model healthz: %r" % js)
        st, js, _, tok = s.req("POST", "/v1/recommend", dict(PROFILE, user="m1", notes="胸口有点痛"))
        check(st == 200 and js.get("activity") == "rest", "model: chest pain means rest: %r" % (js and js.get("activity")))
        st, _, text, _ = s.req("GET", "/metrics")
        check('motion_model_info{model="advisor-f16.gguf"' in text, "model in metrics")
    finally:
        rc, err = s.stop()
    check(rc == 0, "model server exit %r: %s" % (rc, err[-2000:]))


def bad_starts(tmp):
    for args, words in ((["--threads", "0"], "--threads"), (["--port", "70000"], "--port"),
                        (["--host", "localhost"], "IPv4"), (["--nope"], "unknown option"),
                        (["--no-model", "--db", "/nonexistent/dir/x.db"], "/nonexistent/dir/x.db"),
                        (["--model", os.path.join(tmp, "missing.gguf")], "missing.gguf"),
                        (["--no-model", "--db", "postgresql://nobody@127.0.0.1:1/x"], "PostgreSQL")):
        r = subprocess.run([SERVER, "--port", "0"] + args, capture_output=True, text=True, timeout=60)
        check(r.returncode in (1, 2) and words in r.stderr, "start %r: %d %r" % (args, r.returncode, r.stderr))


# ------------------------------------------------------------ PostgreSQL

def postgres(tmp):
    uri, stop = start_pg(tmp)
    if not uri:
        print("SKIP: PostgreSQL tests: %s" % stop)
        return
    try:
        api(uri, "pg")
        # two servers, one database
        a, b = Server("--no-model", "--db", uri), Server("--no-model", "--db", uri)
        try:
            st, js, _, tok = a.req("POST", "/v1/recommend", dict(PROFILE, user="shared"))
            check(st == 200 and tok, "pg: first write through server A: %d" % st)
            act = js.get("activity")
            st, js2, _, _ = b.req("POST", "/v1/recommend", dict(PROFILE, user="shared"), token=tok)
            check(st == 200, "pg: server B takes A's token: %d %r" % (st, js2))
            for rec in (js["rec_id"], js2["rec_id"]):
                st, fb, _, _ = a.req("POST", "/v1/feedback", {"user": "shared", "rec_id": rec, "rating": 1,
                                                              "completed": False}, token=tok)
                check(st == 200, "pg: feedback through A: %d %r" % (st, fb))
            st, js3, _, _ = b.req("POST", "/v1/recommend", dict(PROFILE, user="shared"), token=tok)
            check(st == 200 and js3.get("activity") != act and any("your feedback on" in x for x in js3.get("reasons", [])),
                  "pg: feedback through A moves B's next advice off %s: %r" % (act, js3 and js3.get("activity")))
            st, _, text, _ = b.req("GET", "/v1/users/shared/export", token=tok)
            check(st == 200 and len(text.splitlines()) == 3, "pg: B exports what A stored: %r" % text[:200])
            st, js, _, _ = a.req("DELETE", "/v1/users/shared", token=tok)
            check(st == 200 and js == {"deleted": 3}, "pg: forget through A: %r" % js)
            st, _, _, _ = b.req("GET", "/v1/users/shared/export", token=tok)
            check(st == 403, "pg: B no longer knows the user: %d" % st)
        finally:
            for srv, name in ((a, "A"), (b, "B")):
                rc, err = srv.stop()
                check(rc == 0, "pg server %s exit %r: %s" % (name, rc, err[-1000:]))
    finally:
        stop()


def main():
    if not os.path.exists(SERVER):
        print("FAIL: no %s (make all)" % SERVER)
        sys.exit(1)
    tmp = tempfile.mkdtemp(prefix="mr-server-")
    try:
        bad_starts(tmp)
        api(os.path.join(tmp, "api.db"), "sqlite")
        no_store()
        with_model(os.path.join(tmp, "model.db"))
        postgres(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    check.finish()


main()
