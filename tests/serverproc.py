"""A motion-server process for a test or a benchmark: started from argv,
ready once it prints `listening on http://HOST:PORT` (its port and URL are
read from that line), stopped with SIGTERM. Its standard error goes to a
temporary file rather than a pipe, so that a long run can never block the
server on a full pipe."""
import signal
import subprocess
import tempfile


class MotionServer:
    def __init__(self, argv, env=None, cwd=None):
        self.err = tempfile.TemporaryFile(mode="w+")
        self.p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=self.err, stdin=subprocess.DEVNULL, text=True,
                                  env=env, cwd=cwd)
        line = self.p.stdout.readline()
        if not line.startswith("listening on http://"):
            self.p.kill()
            self.p.wait()
            raise RuntimeError("server did not start: %r %s" % (line, self.stderr()[-1500:]))
        self.url = line.split()[-1]
        self.port = int(self.url.rsplit(":", 1)[1])
        self.pid = self.p.pid

    def stderr(self):
        self.err.seek(0)
        return self.err.read()

    def stop(self, timeout=120):
        """SIGTERM; (exit status or "hung", what it wrote to standard error)."""
        self.p.send_signal(signal.SIGTERM)
        try:
            rc = self.p.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.p.kill()
            self.p.wait()
            rc = "hung"
        return rc, self.stderr()
