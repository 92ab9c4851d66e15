"""A PostgreSQL server of its own for a test or a benchmark: Debian's
server binaries, a cluster made in a temporary directory, listening only on
a Unix socket there (no TCP port is opened), stopped at the end. As root it
runs as the 'postgres' user (the server refuses root)."""
import glob
import os
import pwd
import socket
import subprocess


def start_pg(tmp):
    """A PostgreSQL server of its own, on a Unix socket in tmp; returns
    (URI, stop function) or (None, reason)."""
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not bins:
        return None, "no PostgreSQL server (Debian package postgresql)"
    bindir = os.path.dirname(bins[-1])
    data, sock = os.path.join(tmp, "pgdata"), os.path.join(tmp, "pgsock")
    os.makedirs(sock)
    run_as = []
    if os.geteuid() == 0:  # the server refuses to run as root
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return None, "running as root and there is no 'postgres' user to run the server as"
        for d in (tmp, sock):
            os.chmod(d, 0o777)
        run_as = ["runuser", "-u", "postgres", "--"]
    r = subprocess.run(run_as + [os.path.join(bindir, "initdb"), "-D", data, "-U", "postgres", "-A", "trust",
                                 "-E", "UTF8", "--no-sync"], capture_output=True, text=True)
    if r.returncode:
        return None, "initdb failed: " + r.stderr[-300:]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = os.path.join(tmp, "pg.log")
    r = subprocess.run(run_as + [os.path.join(bindir, "pg_ctl"), "-D", data, "-l", log, "-w", "-t", "60", "-o",
                                 "-k %s -p %d -c listen_addresses='' -c fsync=off" % (sock, port), "start"],
                       capture_output=True, text=True)
    if r.returncode:
        return None, "pg_ctl start failed: %s %s" % (r.stderr[-300:], open(log).read()[-300:] if os.path.exists(log) else "")

    def stop():
        subprocess.run(run_as + [os.path.join(bindir, "pg_ctl"), "-D", data, "-m", "fast", "stop"], capture_output=True)
    return "postgresql://postgres@/postgres?host=%s&port=%d" % (sock, port), stop
