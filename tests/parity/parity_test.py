#!/usr/bin/python3
"""tst_parity: Debian's ApacheBench (/usr/bin/ab) and `serverbench ab` against
the same fragile servers, written the way students write them
(tests/fixtures/student_server.py), must print the same figures and stop the
same way.

    parity_test.py --serverbench PATH --fixture PATH [--ab /usr/bin/ab]
                   [--only SUBSTRING]... [--list]

Every comparison starts a FRESH fixture process for ab and another for
serverbench, so per-connection counters in the fixture ("the 7th connection is
reset", "the 7th request stalls") hit both tools the same way. ab runs once
per case and its result is shared by the socket and qnam comparisons.

What is compared, per case (see CASES for why each case asserts what it does):
  * exit status;
  * the first stderr line that is not a progress line ("Completed N requests",
    "Finished N requests"): ab's abort line, e.g.
    "apr_socket_recv: Connection reset by peer (104)", or nothing;
  * "Total of N requests completed" where the abort point is deterministic;
  * when ab finishes: Complete requests and the Failed breakdown (Connect,
    Receive, Length, Exceptions) where the fixture is deterministic, Document
    Length, Total transferred within 1%;
  * the requests/s ratio is printed, not asserted: speed is bench/parity.sh's
    (a timing threshold in a test fails whenever the machine is busy).

Stdlib only. Prints "N passed, N failed" last; exits 1 on any failure.
"""

import argparse
import atexit
import os
import re
import select
import signal
import socket
import subprocess
import sys
import time
import unittest

OPTS = None
PYTHON = "/usr/bin/python3"  # the PATH python3 may be pyenv's
RUN_TIMEOUT = 60  # seconds for one tool run; a hang is a failure, not a stuck test

# Every process group we started (fixtures and tool runs); killed at exit.
LIVE = {}


def kill_group(proc):
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pass
    LIVE.pop(proc.pid, None)


def kill_all():
    for proc in list(LIVE.values()):
        kill_group(proc)


def on_signal(signum, _frame):
    kill_all()
    sys.exit(128 + signum)


# ---------------------------------------------------------------------------
# The fixture and the two tools


class Fixture:
    """student_server.py MODE ARGS in its own process group, on a free port."""

    def __init__(self, mode, args):
        self.mode, self.args = mode, list(args)
        self.proc, self.port = None, None

    def __enter__(self):
        self.proc = subprocess.Popen(
            [PYTHON, OPTS.fixture, self.mode, *self.args],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
            start_new_session=True)
        LIVE[self.proc.pid] = self.proc
        deadline = time.monotonic() + 15
        line = b""
        while not line.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([self.proc.stdout], [], [], 0.2)
            if ready:
                chunk = os.read(self.proc.stdout.fileno(), 64)
                if not chunk:
                    break
                line += chunk
        match = re.match(rb"PORT (\d+)\n", line)
        if not match:
            kill_group(self.proc)
            raise RuntimeError(f"fixture {self.mode} did not say PORT: {line!r}")
        self.port = int(match.group(1))
        return self

    def __exit__(self, *exc):
        kill_group(self.proc)
        return False

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}/"


class Refused:
    """A loopback port nobody listens on (bound, then closed)."""

    def __enter__(self):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.bind(("127.0.0.1", 0))
        self.port = s.getsockname()[1]
        s.close()
        return self

    def __exit__(self, *exc):
        return False

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}/"


PROGRESS = re.compile(r"^(Completed|Finished) \d+ requests$")


class Run:
    """One tool run and ab's figures parsed from its output."""

    def __init__(self, tool, argv, rc, stdout, stderr, seconds):
        self.tool, self.argv, self.rc = tool, argv, rc
        self.stdout, self.stderr, self.seconds = stdout, stderr, seconds

        def grab(pattern, cast=int):
            m = re.search(pattern, stdout, re.M)
            return cast(m.group(1)) if m else None

        self.complete = grab(r"^Complete requests:\s+(\d+)")
        self.failed = grab(r"^Failed requests:\s+(\d+)")
        m = re.search(r"^\s+\(Connect: (\d+), Receive: (\d+), Length: (\d+), Exceptions: (\d+)\)",
                      stdout, re.M)
        # ab prints the breakdown only when Failed > 0.
        self.breakdown = tuple(int(x) for x in m.groups()) if m else (
            (0, 0, 0, 0) if self.failed == 0 else None)
        self.doclen = grab(r"^Document Length:\s+(\d+ bytes|Variable)", str)
        self.total = grab(r"^Total transferred:\s+(\d+) bytes")
        self.rps = grab(r"^Requests per second:\s+([\d.]+)", float)
        self.total_of = grab(r"^Total of (\d+) requests completed")
        lines = [l for l in stderr.splitlines() if l.strip() and not PROGRESS.match(l.strip())]
        self.abort_line = lines[0].strip() if lines else None

    @property
    def finished(self):
        return self.rc == 0 and self.complete is not None

    def summary(self):
        if self.rc is None:
            return f"{self.tool}: TIMED OUT after {RUN_TIMEOUT} s"
        parts = [f"{self.tool}: exit {self.rc} in {self.seconds:.2f} s"]
        if self.abort_line:
            parts.append(f"stderr {self.abort_line!r}")
        if self.total_of is not None:
            parts.append(f"Total of {self.total_of}")
        if self.complete is not None:
            parts.append(f"complete {self.complete}, failed {self.failed} {self.breakdown}, "
                         f"doc {self.doclen}, total {self.total} B, {self.rps} req/s")
        elif self.rc == 0 or not self.abort_line:
            parts.append("no report; stdout tail " + repr(self.stdout[-200:]))
        return "; ".join(parts)


def run_tool(tool, args, url):
    if tool == "ab":
        argv = [OPTS.ab, *args, url]
    else:
        argv = [OPTS.serverbench, "ab", "--engine", tool, *args, url]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.monotonic()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, env=env, start_new_session=True)
    LIVE[proc.pid] = proc
    try:
        out, err = proc.communicate(timeout=RUN_TIMEOUT)
        rc = proc.returncode
    except subprocess.TimeoutExpired:
        kill_group(proc)
        out, err = proc.communicate()
        rc = None
    LIVE.pop(proc.pid, None)
    return Run(tool, argv, rc, out.decode(errors="replace"), err.decode(errors="replace"),
               time.monotonic() - start)


# ---------------------------------------------------------------------------
# The cases


class Case:
    """One fixture, one ab command line, and what of ab's output must agree.

    counts:   "exact"   Complete and the Failed breakdown must be equal;
              "varying" the varying fixture at c > 1 (see below);
              "order"   all but Length failures and Document Length, which
                        follow from whichever response is read first.
    total_of: "Total of N requests completed" must be equal (abort point is
              deterministic); otherwise only the abort line and exit status.
    qnam_body: False where QNAM's framing differs from ab's (select-listen1),
              so Document Length and Total transferred are not compared.
    speed:    the requests/s ratio is worth printing (both finish, not in ~0 s).
    """

    def __init__(self, mode, c, n, args=(), fixture_args=(), engines=("socket", "qnam"),
                 counts="exact", total_of=True, qnam_body=True, speed=True, tag=""):
        self.mode, self.c, self.n = mode, c, n
        self.args = ["-n", str(n), "-c", str(c), *args]
        self.fixture_args = list(fixture_args)
        self.engines, self.counts, self.total_of = engines, counts, total_of
        self.qnam_body, self.speed, self.tag = qnam_body, speed, tag

    @property
    def key(self):
        return f"{self.mode}{self.tag}_c{self.c}".replace("-", "_")

    def target(self):
        return Refused() if self.mode == "refused" else Fixture(self.mode, self.fixture_args)


def varying_length_failures(doclen, n):
    """The varying fixture's i-th connection (1-based) answers 24 + i % 3
    bytes; ab counts a Length failure for every body that differs from the
    first good response's length."""
    length = int(doclen.split()[0])
    return sum(1 for i in range(1, n + 1) if 24 + i % 3 != length)


CASES = []
for c in (1, 5, 30):
    # select-listen1: one select() loop with listen(1) serves every connection
    # in turn and never fails one (overflowing SYNs are retried by the client's
    # kernel, not refused), so the counts are exact at every c. ab reads to the
    # close, so Document Length is 28 (Content-Length 24 plus the 4 stray
    # bytes). QNAM is HTTP/1.1 and ends the body at Content-Length (24), so for
    # qnam only the counts and the exit status apply. Not qnam at c = 30: the
    # backlog overflows (28 of ab's 30 first connects, TcpExtListenOverflows);
    # ab and the socket engine finish the n requests on the connections that
    # got in and drop the rest, but each QNAM request waits on its own
    # connection through the kernel's SYN-ACK retransmits (1, 2, 4, 8 s):
    # measured 0.5-14.5 s per run, and 1 run in 8 a 10 s silence (exit 119).
    # So at c = 30 ab's requests/s is that of 2 connections taking turns with
    # a Python loop, done before the 1 s SYN retransmit: 5200-8200 req/s over
    # 15 runs of ab alone (issue 10), hence the retried pairs below.
    CASES.append(Case("select-listen1", c, 1000, ["-s", "10"], qnam_body=False,
                      engines=("socket", "qnam") if c < 30 else ("socket",)))
    # thread-spin: every answer is good; the fixture slows down as its
    # never-ending threads pile up (hence n = 500), the same for both tools
    # because each gets a fresh process.
    CASES.append(Case("thread-spin", c, 500, ["-s", "10"]))
    # reset: the 7th connection is reset after the request was read, so ab's
    # recv fails and ab aborts (exit 104). At c = 1 that is always after 6
    # done; at c > 1 which connection the fixture numbers 7th, and how many
    # others have finished by then, depends on scheduling: abort line and exit
    # status only.
    CASES.append(Case("reset", c, 1000, ["-s", "10"], ["--every", "7"],
                      total_of=(c == 1)))
    # reset with -r: receive errors are counted, not fatal; every 7th
    # connection fails whatever the order (ab 2.3 counts each reset in
    # Receive, Length and Exceptions: 142 each). Document Length is the first
    # finished response's: at c <= 5 that is always a good one (connections
    # 1-5 are in flight before the 7th opens); at c = 30 connection 7 may
    # finish first and ab says "0 bytes" with 857 Length failures, so there
    # Length and Document Length are not compared ("order").
    # Not qnam: Qt's HTTP stack itself resends a request whose connection is
    # closed or reset before any answer byte (QHttpNetworkConnectionChannel's
    # reconnectAttempts, private; seen: 166 Receive errors for 142 resets and
    # every request answered in the end), which shifts the fixture's
    # connection count; there is no public setting to turn that off.
    CASES.append(Case("reset", c, 1000, ["-s", "10", "-r"], ["--every", "7"], tag="_r",
                      engines=("socket",), counts="exact" if c <= 5 else "order"))
    # stall: the 7th request is held 15 s, -s 2. At c = 1 ab times out after 6
    # done (exit 119, "apr_pollset_poll: The timeout specified has expired
    # (70007)"). At c > 1 the other 999 finish within a second or so (the
    # margin is 13 s, for sanitizer builds), then 2 s without an event abort
    # the run with 999 done: deterministic too. The hold costs no time: the
    # run ends 2 s after the last answer and the fixture is killed.
    CASES.append(Case("stall", c, 1000, ["-s", "2"], ["--every", "7", "--stall", "15"]))
    # no-length: no Content-Length, the body ends at the close; both ab and
    # QNAM (HTTP/1.0 answer) read to the close: everything applies.
    CASES.append(Case("no-length", c, 1000, ["-s", "10"]))
    # varying: body 24 + i % 3 bytes on the i-th connection. At c = 1 the first
    # response is connection 1's (25 bytes) and 666 of 1000 differ: exact. At
    # c > 1 the first response read need not be connection 1's, so each tool's
    # Length failures must follow from its own Document Length (counts
    # "varying"); Total transferred is the same whatever the order.
    CASES.append(Case("varying", c, 1000, ["-s", "10"],
                      counts="exact" if c == 1 else "varying"))
    # varying with -l: no Length failures, "Document Length: Variable".
    CASES.append(Case("varying", c, 1000, ["-s", "10", "-l"], tag="_l"))
# refused: nothing listens. Without -r, ab's first connect is reported by the
# recv that follows it: "apr_socket_recv: Connection refused (111)", exit 111,
# no "Total of" line (0 done); both engines. With -r ab goes on and counts
# every refusal as its poll loop sees it on the non-blocking socket (Receive
# n, Exceptions n / 2, and each one "complete"); the socket engine has that
# socket, QNAM only reports a failed connect, so -r is compared on the socket
# engine. A run over a refused port takes ~0 s: no speed ratio.
for c in (1, 5):
    CASES.append(Case("refused", c, 10))
    CASES.append(Case("refused", c, 100, ["-r"], tag="_r", engines=("socket",), speed=False))


class Parity(unittest.TestCase):
    ab_runs = {}  # case key -> Run, shared by the engines

    def ab_for(self, case):
        if case.key not in self.ab_runs:
            with case.target() as target:
                self.ab_runs[case.key] = run_tool("ab", case.args, target.url)
        return self.ab_runs[case.key]

    def compare(self, case, engine):
        ab = self.ab_for(case)
        with case.target() as target:
            ours = run_tool(engine, case.args, target.url)
        problems = []

        def check(what, a, b):
            if a != b:
                problems.append(f"{what}: ab {a!r}, {engine} {b!r}")

        check("exit status", ab.rc, ours.rc)
        # ab writes nothing but progress to stderr unless it stops; then its
        # first line says why, and ours must say the same first. A run that
        # finishes may log on stderr as it likes (Qt's categorised warnings).
        if ab.abort_line or ab.rc != 0:
            check("first stderr line", ab.abort_line, ours.abort_line)
        if ab.abort_line and case.total_of:
            check("Total of N requests completed", ab.total_of, ours.total_of)
        ratio_note = ""
        if ab.finished:
            if case.counts == "exact":
                check("Complete requests", ab.complete, ours.complete)
                check("Failed (Connect, Receive, Length, Exceptions)", ab.breakdown,
                      ours.breakdown)
            elif case.counts == "order":
                check("Complete requests", ab.complete, ours.complete)
                for i, what in ((0, "Connect"), (1, "Receive"), (3, "Exceptions")):
                    check(f"Failed ({what})", ab.breakdown and ab.breakdown[i],
                          ours.breakdown and ours.breakdown[i])
            elif case.counts == "varying":
                check("Complete requests", ab.complete, ours.complete)
                for run in (ab, ours):
                    if run.doclen is None or run.breakdown is None:
                        problems.append(f"{run.tool}: no Document Length / Failed line")
                        continue
                    # Within 1% of n: a client that opens a connection it
                    # never sends on (QNAM did, once, at c = 30) shifts the
                    # fixture's numbering; c = 1 stays exact.
                    want = varying_length_failures(run.doclen, case.n)
                    got = run.breakdown
                    if got[:2] != (0, 0) or got[3] != 0 or abs(got[2] - want) > case.n // 100:
                        problems.append(f"{run.tool}: Failed {got} does not follow from "
                                        f"Document Length {run.doclen} (want Length {want})")
            body_applies = engine != "qnam" or case.qnam_body
            if body_applies and case.counts not in ("varying", "order"):
                check("Document Length", ab.doclen, ours.doclen)
            if body_applies:
                if ab.total is None or ours.total is None:
                    check("Total transferred", ab.total, ours.total)
                elif abs(ab.total - ours.total) > 0.01 * max(ab.total, ours.total, 1):
                    problems.append(f"Total transferred: ab {ab.total}, {engine} {ours.total} "
                                    "(more than 1% apart)")
            # Speed is printed, never asserted: a timing threshold in a test
            # fails on a loaded machine (ctest -j2 on 2 cores, a sanitizer
            # build); bench/parity.sh measures it side by side with ab.
            if case.speed and ours.finished and ab.rps and ours.rps:
                ratio_note = f"requests/s ratio {ours.rps / ab.rps:.2f} (not asserted)"
        sys.stderr.write(f"\n    {ab.summary()}\n    {ours.summary()}\n"
                         + (f"    {ratio_note}\n" if ratio_note else ""))
        if problems:
            self.fail(f"ab {' '.join(case.args)} vs serverbench ab --engine {engine}:\n  "
                      + "\n  ".join(problems) + "\n  " + ab.summary() + "\n  " + ours.summary())


def add_tests():
    names = []
    for case in CASES:
        for engine in case.engines:
            name = f"test_{case.key}_{engine}"

            def test(self, case=case, engine=engine):
                self.compare(case, engine)

            test.__doc__ = None
            setattr(Parity, name, test)
            names.append(name)
    return names


def main():
    global OPTS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serverbench", required=True)
    parser.add_argument("--fixture", required=True)
    parser.add_argument("--ab", default="/usr/bin/ab")
    parser.add_argument("--only", action="append", default=[],
                        help="run the tests whose name contains this (repeatable)")
    parser.add_argument("--list", action="store_true")
    OPTS = parser.parse_args()
    names = add_tests()
    if OPTS.only:
        names = [n for n in names if any(s in n for s in OPTS.only)]
    if OPTS.list:
        print("\n".join(names))
        return 0
    for path in (OPTS.ab, OPTS.serverbench, OPTS.fixture, PYTHON):
        if not os.access(path, os.X_OK if path != OPTS.fixture else os.R_OK):
            print(f"missing {path}", file=sys.stderr)
            print("0 passed, 1 failed")
            return 1

    atexit.register(kill_all)
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    started = time.monotonic()
    suite = unittest.TestSuite(Parity(n) for n in names)
    result = unittest.TextTestRunner(verbosity=2, stream=sys.stderr).run(suite)
    kill_all()
    failed = len(result.failures) + len(result.errors)
    passed = result.testsRun - failed - len(result.skipped)
    sys.stderr.flush()
    print(f"parity: {time.monotonic() - started:.1f} s")
    line = f"{passed} passed, {failed} failed"
    if result.skipped:
        line += f", {len(result.skipped)} skipped"
    print(line, flush=True)
    return 0 if failed == 0 and result.testsRun > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
