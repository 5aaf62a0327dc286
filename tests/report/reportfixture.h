#pragma once

// Sweeps for the report tests: the seed's own figures, and a synthetic sweep
// with samples and a timeline so the charts have something to draw.

#include "sweepresult.h"

#include <QRandomGenerator>

#include <functional>

namespace ReportFixture {

// The seed's rows. Times are chosen so that ab's arithmetic prints the seed's
// digits: 1000 / 2.5511 = 391.99 req/s and 2.551 s (1000 / 2.551 would give
// 392.00), 1000 / 3.6459 = 274.28, 1000 / 223.991 = 4.46.
inline SweepRow seedRow(int targetIndex, const QString &key, const QString &label, int c,
                        double seconds)
{
    SweepRow row;
    row.targetIndex = targetIndex;
    row.targetKey = key;
    row.targetLabel = label;
    row.concurrency = c;
    row.hasFigures = seconds > 0;
    if (!row.hasFigures)
        row.reason = QStringLiteral("apr_socket_recv: Connection reset by peer (104)");
    RunResult &r = row.result;
    r.engine = QStringLiteral("socket");
    r.url = QStringLiteral("http://127.0.0.1:8889/");
    r.requested = 1000;
    r.concurrency = c;
    if (row.hasFigures) {
        r.timeTakenSec = seconds;
        r.complete = 1000;
        r.totalTransferred = 122000;
        r.htmlTransferred = 31000;
    }
    return row;
}

inline SweepResult seedSweep()
{
    SweepResult sweep;
    sweep.config = SweepConfig::defaults();
    const QList<int> levels {1, 5, 10, 30, 50, 75, 100};
    sweep.config.levels = levels;
    sweep.config.repeats = 1; // the seed ran ab once per row
    sweep.config.warmUp = false;
    const QString async = QStringLiteral("server_async_http.py");
    const QString thread = QStringLiteral("server_thread_http.py");
    for (int c : levels)
        sweep.rows << seedRow(0, QStringLiteral("async"), async, c,
                              c == 1 ? 2.5511 : (c == 5 ? 3.6459 : 0));
    for (int c : levels)
        sweep.rows << seedRow(1, QStringLiteral("thread"), thread, c, c == 1 ? 223.991 : 0);
    return sweep;
}

// A run with samples and a 100 ms timeline, deterministic for a seed.
inline RunResult syntheticRun(int c, qint64 n, double baseMs, quint32 seed, qint64 failures = 0)
{
    QRandomGenerator random(seed);
    RunResult r;
    r.engine = QStringLiteral("socket");
    r.url = QStringLiteral("http://127.0.0.1:45678/");
    r.serverSoftware = QStringLiteral("serverbench/0.1.0");
    r.serverHostname = QStringLiteral("127.0.0.1");
    r.serverPort = 45678;
    r.documentPath = QStringLiteral("/");
    r.documentLength = 31;
    r.requested = n;
    r.concurrency = c;
    r.complete = n - failures;
    r.failedConnect = failures;
    r.totalTransferred = 122 * r.complete;
    r.htmlTransferred = 31 * r.complete;
    qint64 clockUs = 0;
    for (qint64 i = 0; i < r.complete; ++i) {
        RequestSample s;
        const double jitter = 0.6 + random.generateDouble() * (i % 97 == 0 ? 6.0 : 1.0);
        s.totalUs = qint64(baseMs * 1000 * jitter);
        s.connectUs = s.totalUs / 10;
        s.waitUs = s.totalUs * 7 / 10;
        s.startUs = clockUs;
        clockUs += s.totalUs / qMax(1, c);
        r.samples << s;
    }
    r.timeTakenSec = double(clockUs) / 1e6 + 0.001;
    const int buckets = qMax(1, int(r.timeTakenSec * 10) + 1);
    r.timeline.resize(buckets);
    for (const RequestSample &s : std::as_const(r.samples))
        r.timeline[qMin<qint64>(buckets - 1, (s.startUs + s.totalUs) / 100000)].completed++;
    for (qint64 i = 0; i < failures; ++i)
        r.timeline[int(i % buckets)].failed++;
    r.statusCounts.insert(200, r.complete);
    r.clientCpuSec = r.timeTakenSec * 0.35;
    return r;
}

// The pool with `workers` threads (0 = a file that did not record its size)
// and the event-driven server, both at every level with figures; run(target,
// c) makes each row's result.
inline SweepResult poolSweep(int workers, const QList<int> &levels,
                             const std::function<RunResult(int, int)> &run)
{
    SweepResult sweep;
    sweep.config = SweepConfig::defaults();
    sweep.config.targets = {SweepTarget::embedded(ServerModel::ThreadPool),
                            SweepTarget::embedded(ServerModel::EventDriven)};
    sweep.config.levels = levels;
    sweep.config.repeats = 1;
    for (int t = 0; t < 2; ++t) {
        for (int c : levels) {
            SweepRow row;
            row.targetIndex = t;
            row.targetKey = sweep.config.targets[t].key;
            row.targetLabel = sweep.config.targets[t].label;
            row.concurrency = c;
            row.hasFigures = true;
            row.result = run(t, c);
            row.poolWorkers = t == 0 ? workers : 0;
            sweep.rows << row;
        }
    }
    return sweep;
}

inline SweepResult syntheticSweep(qint64 n = 400)
{
    SweepResult sweep;
    sweep.config = SweepConfig::defaults();
    sweep.config.requests = n;
    sweep.startedAt = QDateTime(QDate(2026, 11, 27), QTime(15, 0), Qt::UTC);
    sweep.finishedAt = sweep.startedAt.addSecs(90);
    const QList<int> levels = sweep.config.levels;
    const QStringList keys {QStringLiteral("async"), QStringLiteral("thread")};
    const QStringList labels {QStringLiteral("async (QTcpServer, one event loop)"),
                              QStringLiteral("thread (QThread per connection)")};
    for (int t = 0; t < 2; ++t) {
        for (int i = 0; i < levels.size(); ++i) {
            SweepRow row;
            row.targetIndex = t;
            row.targetKey = keys[t];
            row.targetLabel = labels[t];
            row.concurrency = levels[i];
            // The thread server "fails" at c=75, as the seed's did, with a reason.
            if (t == 1 && levels[i] == 75) {
                row.hasFigures = false;
                row.reason = QStringLiteral("run exceeded its time limit (600 s); a \"quoted\", "
                                            "comma-separated reason | with a pipe");
            } else {
                row.hasFigures = true;
                row.result = syntheticRun(levels[i], n, 0.3 + levels[i] * (t ? 0.05 : 0.02),
                                          quint32(100 * t + i), t == 1 && levels[i] == 100 ? 7 : 0);
            }
            sweep.rows << row;
        }
    }
    return sweep;
}

} // namespace ReportFixture

namespace ReportFixture {

// RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF.
inline QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (ch == u'"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == u',') {
            row << field;
            field.clear();
        } else if (ch == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += ch;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

// The cells of a markdown table line, trimmed ("| a | b |" -> a, b); a
// backslash-escaped pipe stays inside its cell.
inline QStringList markdownCells(const QString &line)
{
    QStringList cells;
    QString cell;
    for (qsizetype i = 1; i < line.size(); ++i) {
        if (line[i] == u'\\' && i + 1 < line.size() && line[i + 1] == u'|') {
            cell += u'|';
            ++i;
        } else if (line[i] == u'|') {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += line[i];
        }
    }
    return cells;
}

// The raw cells (with their spaces) of a markdown table line.
inline QStringList rawCells(const QString &line)
{
    QStringList cells = line.split(u'|');
    return cells.mid(1, cells.size() - 2);
}

} // namespace ReportFixture
