#!/usr/bin/env python3
"""Drives the motion-server page (web/) in headless Chromium.

Run from the repository root:  MR_BUILD=build python3 tests/test_web.py

Starts $MR_BUILD/motion-server on a free port with a fresh database, fills
the profile form in Chinese, and checks today's card, the seven-day plan,
feedback, the workout log and the 4-week chart, the language switch and a
server error shown in #error. Screenshots go to $MR_BUILD/web-screens/.
One pass with --no-model, and one with --model weights/advisor-f16.gguf
when that file exists. Prints "SKIP: ..." and exits 0 only when Chromium,
chromedriver or Selenium cannot be found or installed.
"""
import importlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request

BUILD = os.environ.get("MR_BUILD", "build")
SERVER = os.path.join(BUILD, "motion-server")
SCREENS = os.path.join(BUILD, "web-screens")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WEB = os.path.join(ROOT, "web")   # the page in this checkout, not an installed copy
MODEL = os.path.join(ROOT, "weights", "advisor-f16.gguf")
CHROMIUM = os.environ.get("MR_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("MR_CHROMEDRIVER", "/usr/bin/chromedriver")
WAIT = 20          # seconds, for every wait on the page or the server
PASS_LIMIT = 180   # seconds, for a whole pass


class Fail(Exception):
    pass


def skip(reason):
    print("SKIP: " + reason)
    sys.exit(0)


def find_selenium():
    """Import Selenium, installing it from PyPI once if it is missing."""
    os.environ["SE_OFFLINE"] = "true"       # Selenium Manager must never go to the network
    os.environ["SE_AVOID_STATS"] = "true"
    try:
        import selenium  # noqa: F401
    except ImportError:
        try:
            subprocess.run([sys.executable, "-m", "pip", "install", "-q", "selenium"], timeout=300,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except (OSError, subprocess.TimeoutExpired):
            pass
        importlib.invalidate_caches()
        try:
            import selenium  # noqa: F401
        except ImportError:
            skip("selenium is not installed and 'pip install selenium' failed")


# ---------------------------------------------------------------- the server

class Server:
    def __init__(self, args, tmp):
        self.log_path = os.path.join(tmp, "server.log")
        self.log = open(self.log_path, "wb")
        self.lines = []
        self.proc = subprocess.Popen([SERVER] + args, stdout=subprocess.PIPE, stderr=self.log, stdin=subprocess.DEVNULL)
        ready = threading.Event()
        self.url = None

        def drain():
            for raw in self.proc.stdout:
                line = raw.decode("utf-8", "replace").rstrip("\n")
                self.lines.append(line)
                m = re.search(r"listening on (http://127\.0\.0\.1:\d+)", line)
                if m and not self.url:
                    self.url = m.group(1)
                    ready.set()
            ready.set()

        threading.Thread(target=drain, daemon=True).start()
        if not ready.wait(WAIT) or not self.url:
            self.kill()
            raise Fail("server did not print 'listening on http://127.0.0.1:PORT' within %d s (rc %s); stdout %r; stderr %r"
                       % (WAIT, self.proc.poll(), self.lines[-5:], self.stderr_tail()))

    def stderr_tail(self):
        try:
            with open(self.log_path, "rb") as f:
                return f.read()[-2000:].decode("utf-8", "replace")
        except OSError:
            return ""

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)

    def stop(self):
        """SIGTERM; the server must exit 0 within the wait."""
        if self.proc.poll() is not None:
            raise Fail("server exited early with %s; stderr %r" % (self.proc.returncode, self.stderr_tail()))
        self.proc.send_signal(signal.SIGTERM)
        try:
            rc = self.proc.wait(WAIT)
        except subprocess.TimeoutExpired:
            self.kill()
            raise Fail("server did not exit within %d s of SIGTERM" % WAIT)
        if rc != 0:
            raise Fail("server exited %d after SIGTERM; stderr %r" % (rc, self.stderr_tail()))


def http(base, method, path, body=None, token=None):
    """(status, headers, parsed JSON or text) of one request."""
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=WAIT) as r:
            status, headers, raw = r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        status, headers, raw = e.code, e.headers, e.read()
    text = raw.decode("utf-8", "replace")
    try:
        return status, headers, json.loads(text)
    except ValueError:
        return status, headers, text


# ---------------------------------------------------------------- the browser

def start_browser(profile_dir):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.makedirs(profile_dir, exist_ok=True)
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1700",
              "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
              "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
              "--lang=en-US", "--user-data-dir=" + profile_dir):
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=CHROMEDRIVER, log_output=os.path.join(os.path.dirname(profile_dir), "chromedriver.log"))
    d = webdriver.Chrome(service=service, options=opts)
    d.set_page_load_timeout(WAIT)
    d.set_script_timeout(WAIT)
    return d


class Page:
    def __init__(self, driver, shots, prefix):
        self.d, self.shots, self.prefix = driver, shots, prefix

    def el(self, id_):
        return self.d.find_element("id", id_)

    def wait(self, cond, what):
        from selenium.common.exceptions import TimeoutException, StaleElementReferenceException, NoSuchElementException
        from selenium.webdriver.support.ui import WebDriverWait

        try:
            return WebDriverWait(self.d, WAIT, poll_frequency=0.1,
                                 ignored_exceptions=(StaleElementReferenceException, NoSuchElementException)).until(
                lambda d: cond(), message=what)
        except TimeoutException:
            raise Fail("timed out after %d s waiting for %s; #error says %r" % (WAIT, what, self.error_text()))

    def idle(self):
        return self.d.find_element("tag name", "body").get_attribute("data-busy") == "0"

    def error_text(self):
        try:
            e = self.el("error")
            return e.text if e.is_displayed() else ""
        except Exception:
            return "?"

    def no_error(self, step):
        msg = self.error_text()
        if msg:
            raise Fail("%s: the page shows an error: %r" % (step, msg))

    def type(self, id_, text):
        e = self.el(id_)
        e.clear()
        e.send_keys(str(text))

    def select(self, id_, value):
        from selenium.webdriver.support.ui import Select
        Select(self.el(id_)).select_by_value(str(value))

    def click(self, id_):
        e = self.el(id_)
        self.d.execute_script("arguments[0].scrollIntoView({block: 'center'});", e)
        e.click()

    def shot(self, name, id_=None):
        if id_:
            self.d.execute_script("arguments[0].scrollIntoView({block: 'start'});", self.el(id_))
        path = os.path.join(self.shots, "%s-%s.png" % (self.prefix, name))
        if not self.d.save_screenshot(path):
            raise Fail("could not save screenshot " + path)

    def bars(self):
        return [float(b.get_attribute("data-minutes")) for b in
                self.d.find_elements("css selector", "#chart svg rect[data-minutes]")]

    def current_week(self):
        return float(self.el("bar-current").get_attribute("data-minutes"))

    def js_errors(self):
        try:
            logs = self.d.get_log("browser")
        except Exception:
            return []
        return [e["message"] for e in logs if e.get("level") == "SEVERE" and "Failed to load resource" not in e["message"]]


# ---------------------------------------------------------------- one pass

def scenario(p, base, user):
    d = p.d
    d.get(base + "/")
    p.wait(lambda: p.el("go").is_displayed(), "the page to load (#go)")
    for id_ in ("user", "age", "sex", "weight", "height", "fitness", "goal", "notes", "minutes", "card", "plan",
                "rating-4", "done-yes", "rpe", "send-feedback", "chart", "log-activity", "log-minutes", "log-send",
                "lang", "error"):
        p.el(id_)   # every stable id is there (raises NoSuchElementException otherwise)
    if d.execute_script("return getComputedStyle(document.getElementById('error')).display") != "none":
        raise Fail("style.css not applied (#error should be hidden while empty)")

    # 1. the profile, in Chinese
    p.select("lang", "zh")
    p.wait(lambda: p.el("go").text == "获取今日建议", "the Chinese labels")
    p.type("user", user)
    p.type("age", 45)
    p.select("sex", "female")
    p.type("weight", 70)
    p.type("height", 165)
    p.select("fitness", "beginner")
    p.type("goal", "减重")
    p.click("cond-knee_injury")
    p.type("minutes", 40)
    p.type("notes", "今天有点累，昨晚没睡好")
    p.shot("1-form", "profile-section")

    # 2. today's card
    p.click("go")
    p.wait(lambda: p.idle() and p.el("card-activity").text.strip() != "", "today's card (#card-activity)")
    p.no_error("the card")
    activity = p.el("card-activity").text.strip()
    minutes = p.el("card-minutes").text.strip()
    if not re.search(r"\d", minutes):
        raise Fail("the card's minutes show no number: %r" % minutes)
    if not p.el("card").get_attribute("data-rec"):
        raise Fail("the card has no rec_id (data-rec), though the profile had a user")
    warnings = d.find_elements("css selector", "#card-warnings li")
    if not warnings or not warnings[0].is_displayed():
        raise Fail("a knee injury gave no visible warning on the card")
    if "跑步" in activity:
        raise Fail("a knee injury was given running: %r" % activity)
    print("  card: %s, %s, %d warning(s)" % (activity, minutes, len(warnings)))
    p.shot("2-card", "card-section")

    # 3. the week's plan
    p.wait(lambda: p.idle() and len(d.find_elements("css selector", "#plan-days li.day")) > 0, "the plan (#plan-days)")
    days = d.find_elements("css selector", "#plan-days li.day")
    if len(days) != 7:
        raise Fail("the plan shows %d days, not 7" % len(days))
    if "今天" not in days[0].text:
        raise Fail("the plan's first day is not labelled today: %r" % days[0].text)
    print("  plan: 7 days; %s" % p.el("plan-week").text if d.find_elements("id", "plan-week") else "  plan: 7 days")
    p.shot("3-plan", "plan-section")

    # 4. the chart before any feedback
    p.wait(lambda: p.idle() and len(p.bars()) == 4, "the chart's 4 bars")
    target = d.find_element("id", "chart-target").get_attribute("data-target")
    if not target or float(target) <= 0:
        raise Fail("the chart has no WHO target line: %r" % target)
    before = p.current_week()

    # 5. feedback: rating 4, done, RPE 13
    if not p.el("feedback").is_displayed():
        raise Fail("the feedback buttons are not shown for a stored recommendation")
    p.click("rating-4")
    p.click("done-yes")
    p.select("rpe", 13)
    if p.el("rating-4").get_attribute("aria-pressed") != "true" or p.el("done-yes").get_attribute("aria-pressed") != "true":
        raise Fail("rating 4 / done yes did not stay selected")
    p.click("send-feedback")
    p.wait(lambda: p.idle() and p.el("feedback-status").text.strip() != "" or p.error_text() != "",
           "the feedback to be sent")
    p.no_error("feedback")
    after_fb = p.current_week()
    if after_fb < before:
        raise Fail("the current week's minutes went down after feedback: %s -> %s" % (before, after_fb))
    p.shot("4-chart-feedback", "history-section")

    # 6. log 30 minutes of brisk walking
    p.select("log-activity", "brisk_walk")
    p.type("log-minutes", 30)
    p.select("log-rpe", 12)
    p.click("log-send")
    p.wait(lambda: p.idle() and p.el("log-status").text.strip() != "" or p.error_text() != "", "the workout to be logged")
    p.no_error("log")
    p.wait(lambda: p.current_week() > after_fb, "the current week's bar to grow after logging 30 minutes "
           "(was %s)" % after_fb)
    after_log = p.current_week()
    print("  chart: current week %s -> %s after feedback -> %s after logging 30 min; target %s"
          % (before, after_fb, after_log, target))
    p.shot("5-chart-log", "history-section")

    # 7. the language switch
    old = p.el("go").text
    p.select("lang", "en")
    p.wait(lambda: p.el("go").text == "Get today's advice", "the button label in English")
    if p.el("go").text == old or d.execute_script("return document.documentElement.lang") != "en":
        raise Fail("the language switch did not change the labels")
    if "Today" not in d.find_elements("css selector", "#plan-days li.day")[0].text and \
            "today" not in d.find_elements("css selector", "#plan-days li.day")[0].text:
        raise Fail("the plan's labels did not follow the language")
    p.shot("6-english", "profile-section")

    # 8. a profile the server refuses
    p.type("age", 300)
    p.click("go")
    p.wait(lambda: p.idle() and p.error_text() != "", "#error to show the server's message for age 300")
    msg = p.error_text()
    if "age" not in msg.lower():
        raise Fail("#error does not mention 'age': %r" % msg)
    print("  error shown: %r" % msg)
    p.shot("7-error")

    # 9. corrected, the error goes away
    p.type("age", 45)
    p.click("go")
    p.wait(lambda: p.idle() and p.error_text() == "" and len(p.bars()) == 4, "#error to clear after a valid profile")

    # 10. partial answers: whatever fields are missing, the page shows what is there
    d.execute_script("""
        var fake = {'/v1/recommend': {activity: 'walk', minutes: 20, rpe: null, warnings: ['partial']},
                    '/v1/plan': {days: [{activity: 'walk'}, {}, null, {minutes: 20, rpe: null, kind: 'aerobic'}]},
                    '/history': {weeks: [{minutes: 5}, {start: '2026-11-30'}, 7], target: null}};
        var real = window.fetch;
        window.fetch = function (path) {
          for (var k in fake) if (String(path).indexOf(k) >= 0)
            return Promise.resolve(new Response(JSON.stringify(fake[k]), {status: 200, headers: {'Content-Type': 'application/json'}}));
          return real.apply(this, arguments);
        };""")
    p.click("go")
    p.wait(lambda: p.idle() and p.el("card-activity").text.strip() == "walk" and
           len(d.find_elements("css selector", "#plan-days li.day")) == 4, "the page to render a partial answer")
    p.no_error("a partial answer")
    if p.el("feedback").is_displayed():
        raise Fail("feedback is offered for a recommendation without a rec_id")
    if p.bars() != [5.0, 0.0]:
        raise Fail("the chart of a partial history shows %r, expected [5, 0]" % p.bars())
    d.execute_script("location.reload()")
    p.wait(lambda: p.el("go").is_displayed(), "the page to reload")

    errs = p.js_errors()
    if errs:
        raise Fail("JavaScript errors in the console: %r" % errs[:5])
    return d.execute_script("return localStorage.getItem(arguments[0])", "mr-token:" + user)


def contract_checks(base, user, token):
    """What the page relies on from the server, checked without the browser."""
    if not token:
        raise Fail("the page kept no token for %r (X-MR-Token missing on the first write?)" % user)
    path = "/v1/users/%s/history" % urllib.parse.quote(user, safe="")
    st, _, body = http(base, "GET", path)
    if st != 401:
        raise Fail("GET %s without a token: %s %r, expected 401" % (path, st, body))
    st, _, body = http(base, "GET", path, token="x" + token)
    if st != 403:
        raise Fail("GET %s with a wrong token: %s %r, expected 403" % (path, st, body))
    st, _, body = http(base, "GET", path, token=token)
    if st != 200 or not isinstance(body, dict) or len(body.get("weeks", [])) != 4:
        raise Fail("GET %s with the token: %s %r" % (path, st, body))
    for asset, ctype in (("/", "text/html"), ("/app.js", "javascript"), ("/style.css", "text/css")):
        req = urllib.request.Request(base + asset)
        with urllib.request.urlopen(req, timeout=WAIT) as r:
            if ctype not in (r.headers.get("Content-Type") or ""):
                raise Fail("GET %s: Content-Type %r, expected %s" % (asset, r.headers.get("Content-Type"), ctype))


def one_pass(name, model_args):
    for f in os.listdir(SCREENS):   # no stale screenshots (a failure.png from an earlier run)
        if f.startswith(name + "-") and f.endswith(".png"):
            os.remove(os.path.join(SCREENS, f))
    tmp = tempfile.mkdtemp(prefix="mr-web-")
    server = driver = None
    page = None

    def alarm(*_):
        raise Fail("pass '%s' ran over %d s" % (name, PASS_LIMIT))

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(PASS_LIMIT)
    try:
        server = Server(["--port", "0"] + model_args + ["--db", os.path.join(tmp, "t.db"), "--threads", "2",
                         "--web", WEB], tmp)
        print("[%s] server at %s" % (name, server.url))
        driver = start_browser(os.path.join(tmp, "chromium"))
        page = Page(driver, SCREENS, name)
        user = "网页 tester-%s-%d" % (name, os.getpid())
        token = scenario(page, server.url, user)
        contract_checks(server.url, user, token)
        driver.quit()
        driver = None
        server.stop()
        server = None
        print("[%s] ok" % name)
    except Exception:
        if page is not None:
            try:
                page.shot("failure")
            except Exception:
                pass
        if server is not None:
            if server.proc.poll() is not None:
                print("[%s] NOTE: the server had already exited (status %s) when this failed"
                      % (name, server.proc.returncode), file=sys.stderr)
            print("[%s] server stderr (tail):\n%s" % (name, server.stderr_tail()[-1500:]), file=sys.stderr)
        raise
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
        if driver is not None:
            try:
                driver.quit()
            except Exception:
                pass
        if server is not None:
            server.kill()
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    for path, what in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromedriver")):
        if not os.access(path, os.X_OK):
            skip("%s not found at %s" % (what, path))
    find_selenium()
    if not os.access(SERVER, os.X_OK):
        print("FAIL: %s not found (build it: make %s)" % (SERVER, SERVER))
        return 1
    os.makedirs(SCREENS, exist_ok=True)
    passes = [("rules", ["--no-model"])]
    if os.path.isfile(MODEL):
        passes.append(("model", ["--model", MODEL]))
    for name, args in passes:
        try:
            one_pass(name, args)
        except Fail as e:
            print("FAIL [%s]: %s" % (name, e))
            return 1
        except Exception as e:   # the browser or the driver (a missing element, a crash)
            first = str(e).strip().splitlines()
            print("FAIL [%s]: %s: %s" % (name, type(e).__name__, first[0] if first else repr(e)))
            return 1
    print("test_web: %d pass(es) ok; screenshots in %s" % (len(passes), SCREENS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
