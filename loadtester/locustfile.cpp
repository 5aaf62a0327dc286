#include "locustfile.h"

#include <QFile>
#include <QJsonObject>

namespace {

// The master is driven over stdin, one JSON command a line, and answers on
// stdout with SB_READY / SB_PROGRESS / SB_DONE lines. n is divided over the
// c users exactly (the first n % c users send one more), each worker taking
// its users' shares as tickets; a worker reports done once every ticket has
// an answer, after flushing its stats, so the master's CSV counts them all.
constexpr char kText[]
        = R"PY(# serverbench's locustfile (written by serverbench's LocustFile; copy it
# unchanged to every worker host). The master is driven by serverbench over
# stdin, one JSON command a line; each run's request travels with the run, so
# one cluster serves every target and level of a sweep.
import base64
import json
import sys
import time

import gevent
import gevent.fileobject
from gevent.event import Event

import locust.runners
from locust import FastHttpUser, events, task
from locust.runners import STATE_MISSING, MasterRunner, WorkerRunner

# Debian 12's python3-locust ships version = '' in _version.py, so a master
# rejects every worker as "an old (pre 2.0) worker": give both one version.
if not locust.runners.__version__:
    locust.runners.__version__ = "2.12.1"


class Share:
    """A worker's part of the current run: tickets to send, and what came back."""

    def __init__(self):
        self.tickets = 0
        self.taken = 0
        self.ended = 0
        self.request = None
        self.body = None
        self.statuses = {}
        self.first = None
        self.reported = True
        self.wake = Event()


share = Share()


def worker_report(runner):
    if share.reported or share.tickets > 0 or share.ended < share.taken:
        return
    share.reported = True
    share.wake.clear()
    runner._send_stats()  # stats before "done": the master must count them all
    runner.send_message("sb_done", {"taken": share.taken, "statuses": share.statuses,
                                    "first": share.first})


class ServerbenchUser(FastHttpUser):
    host = "http://127.0.0.1"

    @task
    def one(self):
        while share.tickets <= 0:
            share.wake.wait()
        share.tickets -= 1
        share.taken += 1
        if share.tickets == 0:
            share.wake.clear()  # the others wait for the next run, not spin
        r = share.request
        try:
            with self.client.request(r["method"], r["url"], headers=r["headers"],
                                     data=share.body, name=r["path"],
                                     catch_response=True) as response:
                code = response.status_code or 0
                if code:
                    # ab counts every HTTP answer as complete (non-2xx apart)
                    share.statuses[str(code)] = share.statuses.get(str(code), 0) + 1
                    response.success()
                    if share.first is None and 200 <= code < 300:
                        # ab's header block: the first good response's
                        share.first = {"server": response.headers.get("Server") or "",
                                       "length": len(response.content or b"")}
        finally:
            share.ended += 1
            worker_report(self.environment.runner)


def on_go(environment, msg, **kw):
    data = msg.data
    share.request = data["request"]
    share.body = base64.b64decode(data["request"]["body64"]) or None
    ServerbenchUser.host = data["host"]
    share.tickets = data["quota"]
    share.taken = share.ended = 0
    share.statuses = {}
    share.first = None
    share.reported = False
    share.wake.set()
    worker_report(environment.runner)


def on_halt(environment, msg, **kw):
    share.tickets = 0
    share.wake.clear()
    worker_report(environment.runner)


class Controller:
    """The master's side: runs serverbench's commands one after another."""

    def __init__(self, environment):
        self.env = environment
        self.runner = environment.runner
        self.expected = environment.parsed_options.expect_workers or 1
        self.done = {}
        self.halted = None
        self.real_start = self.runner.start
        self.runner.start = lambda *a, **k: None  # headless's own automatic start: not ours
        self.runner.register_message("sb_done", self.on_done)
        gevent.spawn(self.main)

    def say(self, text):
        sys.stdout.write(text + "\n")
        sys.stdout.flush()

    def on_done(self, environment, msg, **kw):
        self.done[msg.node_id] = (time.time(), msg.data)

    def ready(self):
        return len(self.runner.clients.ready)

    def main(self):
        while self.ready() < self.expected:
            gevent.sleep(0.05)
        self.say("SB_READY %d" % self.ready())
        stdin = gevent.fileobject.FileObjectPosix(sys.stdin.fileno(), "rb", close=False)
        while True:
            line = stdin.readline()
            if not line:
                break
            command = json.loads(line)
            if command["cmd"] == "run":
                self.run(command, stdin)
            elif command["cmd"] == "quit":
                break
        self.runner.quit()

    def run(self, command, stdin):
        result = {"workers": 0, "lost": [], "halted": None}
        deadline = time.time() + command["workerWait"]
        while self.ready() < self.expected and time.time() < deadline:
            gevent.sleep(0.05)
        if self.ready() < self.expected:
            result["error"] = "only %d of %d Locust workers are connected" % (self.ready(), self.expected)
            self.finish(command, result)
            return
        c, n = command["c"], command["n"]
        self.real_start(c, c)  # returns once every worker has spawned its users
        users = {}
        dispatcher = self.runner._users_dispatcher
        for node_id, classes in (dispatcher._users_on_workers.items() if dispatcher else []):
            users[node_id] = sum(classes.values())
        # n over the c users exactly, each worker taking its users' shares
        quotas = {}
        index = 0
        for node_id in sorted(users):
            quotas[node_id] = sum(n // c + (1 if index + k < n % c else 0) for k in range(users[node_id]))
            index += users[node_id]
        result["workers"] = len(quotas)
        self.done = {}
        from locust.stats import PERCENTILES_TO_REPORT, StatsCSVFileWriter
        writer = StatsCSVFileWriter(self.env, PERCENTILES_TO_REPORT, command["csv"], full_history=True)
        history = gevent.spawn(writer.stats_writer)
        start = time.time()
        for node_id, quota in quotas.items():
            self.runner.send_message("sb_go", {"quota": quota, "request": command["request"],
                                               "host": command["host"]}, node_id)
        limit = command.get("timeLimit") or 0
        control = gevent.spawn(self.watch_stdin, stdin)
        last_progress = 0
        while len(self.done) < len(quotas):
            gevent.sleep(0.02)
            if time.time() - last_progress >= 0.25:
                last_progress = time.time()
                total = self.env.stats.total
                self.say("SB_PROGRESS %d %d" % (total.num_requests, total.num_failures))
            if limit and time.time() - start >= limit and not self.halted:
                self.halt("time")
            if control.ready() and not self.halted:
                self.halt("cancel")
            lost = [node for node in quotas if node not in self.done and self.gone(node)]
            if lost:
                result["lost"] = lost
                self.halt("lost")
                # what the lost workers sent cannot be known; wait for the others
                others = [node for node in quotas if node not in lost]
                while not all(node in self.done for node in others):
                    gevent.sleep(0.02)
                    if any(self.gone(node) for node in others if node not in self.done):
                        break
                break
        control.kill()
        end = max([t for t, _ in self.done.values()] or [time.time()])
        result["halted"] = self.halted
        result["timeTakenSec"] = end - start
        result["sent"] = sum(d["taken"] for _, d in self.done.values())
        result["bodyBytes"] = len(base64.b64decode(command["request"]["body64"]))
        statuses = {}
        for _, d in self.done.values():
            for code, count in d["statuses"].items():
                statuses[code] = statuses.get(code, 0) + count
        result["statuses"] = statuses
        firsts = [d["first"] for _, d in self.done.values() if d.get("first")]
        result["first"] = firsts[0] if firsts else None
        history.kill()
        self.final_rows(writer)
        self.halted = None
        if not result["lost"]:
            # A lost worker's users would hold stop() for a minute; that
            # cluster is replaced anyway.
            self.runner.stop()
        self.finish(command, result)

    def gone(self, node_id):
        client = self.runner.clients._worker_nodes.get(node_id)
        return client is None or client.state == STATE_MISSING

    def watch_stdin(self, stdin):
        line = stdin.readline()
        return line

    def halt(self, why):
        self.halted = why
        for node_id in list(self.runner.clients):
            self.runner.send_message("sb_halt", None, node_id)

    def final_rows(self, writer):
        writer.requests_csv_filehandle.seek(0)
        writer.requests_csv_filehandle.truncate()
        writer.requests_csv(writer.requests_csv_writer)
        writer._stats_history_data_rows(writer.stats_history_csv_writer, time.time())
        writer.failures_csv_filehandle.seek(0)
        writer.failures_csv_filehandle.truncate()
        writer.failures_csv(writer.failures_csv_writer)
        writer.close_files()

    def finish(self, command, result):
        with open(command["csv"] + "_serverbench.json", "w") as f:
            json.dump(result, f)
        self.say("SB_DONE " + command["csv"])


@events.init.add_listener
def on_init(environment, **kw):
    if isinstance(environment.runner, WorkerRunner):
        environment.runner.register_message("sb_go", on_go)
        environment.runner.register_message("sb_halt", on_halt)
    elif isinstance(environment.runner, MasterRunner):
        Controller(environment)
)PY";

} // namespace

QByteArray LocustFile::text()
{
    return QByteArray(kText);
}

bool LocustFile::write(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(text()) != qint64(sizeof(kText) - 1)) {
        if (error)
            *error = QStringLiteral("cannot write the locustfile %1: %2")
                             .arg(path, file.errorString());
        return false;
    }
    return true;
}

QJsonObject LocustFile::request(const LoadTest &test)
{
    QJsonObject headers;
    for (const auto &header : test.headers)
        headers[QString::fromLatin1(header.first)] = QString::fromLatin1(header.second);
    if (!test.cookies.isEmpty())
        headers[QStringLiteral("Cookie")] = QString::fromLatin1(test.cookies.join("; "));
    if (!test.basicAuth.isEmpty())
        headers[QStringLiteral("Authorization")] = QString(
                QStringLiteral("Basic ") + QString::fromLatin1(test.basicAuth.toBase64()));
    if (test.sendBody)
        headers[QStringLiteral("Content-Type")] = QString::fromLatin1(
                test.contentType.isEmpty() ? QByteArray("text/plain") : test.contentType);
    // Locust speaks HTTP/1.1, which keeps connections open unless told not
    // to: without -k each request closes its connection, as ab's do.
    if (!test.keepAlive)
        headers[QStringLiteral("Connection")] = QStringLiteral("close");
    QString path = test.url.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = QStringLiteral("/");
    if (test.url.hasQuery())
        path += u'?' + test.url.query(QUrl::FullyEncoded);
    QJsonObject request;
    request[QStringLiteral("method")] = QString::fromLatin1(test.method);
    const QUrl origin = test.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery
                                          | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    request[QStringLiteral("url")] = QString(origin.toString(QUrl::FullyEncoded) + path);
    request[QStringLiteral("path")] = path;
    request[QStringLiteral("headers")] = headers;
    // Base64: the body's bytes as they are, whatever they hold.
    request[QStringLiteral("body64")]
            = test.sendBody ? QString::fromLatin1(test.body.toBase64()) : QString();
    return request;
}
