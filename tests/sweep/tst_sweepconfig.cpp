// SweepConfig, SweepResult and SweepStore as values and files: JSON
// round-trips, validate()'s reasons, the command line's checks, and the
// errors a wrong file gives. No network, no event loop.

#include "sweepcommandline.h"
#include "sweepconfig.h"
#include "sweepresult.h"
#include "sweepstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

RunResult sampleResult(int concurrency)
{
    RunResult r;
    r.engine = QStringLiteral("socket");
    r.url = QStringLiteral("http://127.0.0.1:8080/");
    r.requested = 1000;
    r.concurrency = concurrency;
    r.serverSoftware = QStringLiteral("serverbench");
    r.serverHostname = QStringLiteral("127.0.0.1");
    r.serverPort = 8080;
    r.documentPath = QStringLiteral("/");
    r.documentLength = 31;
    r.timeTakenSec = 2.551;
    r.complete = 1000;
    r.failedReceive = 2;
    r.non2xx = 3;
    r.totalTransferred = 122000;
    r.htmlTransferred = 31000;
    for (int i = 0; i < 20; ++i)
        r.samples.append({i * 1000, 100 + i, 200 + i, 900 + i * 7});
    r.statusCounts.insert(200, 997);
    r.statusCounts.insert(404, 3);
    r.timeline = {{400, 0}, {600, 2}};
    r.clientCpuSec = 0.75;
    r.error = QStringLiteral("a warning");
    return r;
}

SweepConfig richConfig()
{
    SweepConfig config = SweepConfig::defaults();
    config.targets[0].server.port = 8081;
    config.targets[0].server.bodyBytes = 4096;
    config.targets[1].server.workUs = 250;
    config.targets[1].server.idleTimeoutMs = 1234;
    config.targets.append(SweepTarget::external(QStringLiteral("server_thread_http.py"),
                                                QUrl(QStringLiteral("http://127.0.0.1:8889/")),
                                                QStringLiteral("python3 server_thread_http.py")));
    config.levels = {1, 5};
    config.requests = 50;
    config.keepAlive = true;
    config.engine = EngineKind::Qnam;
    config.timeoutSec = 2.5;
    config.runTimeLimitSec = 30;
    config.launchTimeoutSec = 4;
    config.pauseMs = 10;
    config.title = QStringLiteral("Tugas 9");
    config.author = QStringLiteral("Budi");
    config.method = "PUT";
    config.headers = {{"Accept-Encoding", "gzip"}, {"X-Trace", "a: b"}};
    config.sendBody = true;
    config.body = QByteArray("a=1\0\xff", 5); // any bytes
    config.bodyFile = QStringLiteral("post.txt");
    config.contentType = "application/x-www-form-urlencoded";
    config.cookies = {"session=1", "theme=dark"};
    config.basicAuth = "student:*****"; // as saved: the password masked
    config.receiveErrorsAbort = false;
    config.variableLength = true;
    config.framing = Framing::Http;
    config.timeoutPerRequest = true;
    return config;
}

SweepResult richResult()
{
    SweepResult sweep;
    sweep.config = richConfig();
    sweep.startedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 0, 0, 123), Qt::UTC);
    sweep.finishedAt = sweep.startedAt.addSecs(42);
    sweep.cancelled = true;
    for (int t = 0; t < sweep.config.targets.size(); ++t) {
        for (const int c : std::as_const(sweep.config.levels)) {
            SweepRow row;
            row.targetIndex = t;
            row.targetKey = sweep.config.targets[t].key;
            row.targetLabel = sweep.config.targets[t].label;
            row.concurrency = c;
            row.hasFigures = t != 2;
            row.result = sampleResult(c);
            row.reason = row.hasFigures ? QString() : QStringLiteral("connection refused");
            sweep.rows.append(row);
        }
    }
    return sweep;
}

QByteArray canonical(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_SweepConfig : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void safeKey_data();
    void safeKey();
    void configRoundTrip();
    void passwordNotSaved();
    void oldJsonLoads();
    void loadTestOfARun();
    void resultRoundTrip();
    void validate_data();
    void validate();
    void wrongFile_data();
    void wrongFile();
    void storeSaveListLoad();
    void commandLine_data();
    void commandLine();
    void commandLineTargets();
    void commandLineRequestOptions();
    void commandLineOutNotWritable();
};

void tst_SweepConfig::defaults()
{
    const SweepConfig config = SweepConfig::defaults();
    QCOMPARE(config.targets.size(), 2);
    QCOMPARE(config.targets[0].key, QStringLiteral("async"));
    QCOMPARE(config.targets[0].kind, SweepTarget::Kind::Async);
    QCOMPARE(config.targets[0].label, QStringLiteral("async (QTcpServer, event loop)"));
    QCOMPARE(config.targets[1].key, QStringLiteral("thread"));
    QCOMPARE(config.targets[1].label, QStringLiteral("thread (QThread per connection)"));
    QCOMPARE(config.levels, (QList<int> {1, 5, 10, 30, 50, 75, 100}));
    QCOMPARE(config.requests, 1000);
    QCOMPARE(config.keepAlive, false);
    QCOMPARE(config.engine, EngineKind::Socket);
    // 2 targets x 7 levels x the default repeats, and one warm-up per target.
    QCOMPARE(config.repeats, SweepConfig::kDefaultRepeats);
    QVERIFY(config.warmUp);
    QCOMPARE(config.plannedRuns(), 2 * (7 * SweepConfig::kDefaultRepeats + 1));
    QVERIFY2(config.validate().isEmpty(), qPrintable(config.validate()));
}

void tst_SweepConfig::safeKey_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("key");
    QTest::newRow("plain") << "server_async_http.py"
                           << "server_async_http.py";
    QTest::newRow("spaces") << "my server (v2)"
                            << "my_server__v2_";
    QTest::newRow("slashes") << "../../etc/passwd"
                             << "_.._etc_passwd";
    QTest::newRow("leading dots") << "..hidden"
                                  << "hidden";
    QTest::newRow("empty") << ""
                           << "target";
    QTest::newRow("unicode") << QStringLiteral("caf\u00e9") << "caf_";
}

void tst_SweepConfig::safeKey()
{
    QFETCH(QString, label);
    QFETCH(QString, key);
    QCOMPARE(SweepTarget::safeKey(label), key);
    QCOMPARE(SweepTarget::external(label, QUrl(QStringLiteral("http://h/"))).key, key);
}

void tst_SweepConfig::configRoundTrip()
{
    const SweepConfig config = richConfig();
    const SweepConfig back = SweepConfig::fromJson(config.toJson());
    QCOMPARE(canonical(back.toJson()), canonical(config.toJson()));
    QCOMPARE(back.targets.size(), 3);
    QCOMPARE(back.targets[0].server.port, quint16(8081));
    QCOMPARE(back.targets[0].server.bodyBytes, 4096);
    QCOMPARE(back.targets[1].server.workUs, 250);
    QCOMPARE(back.targets[1].server.idleTimeoutMs, 1234);
    QCOMPARE(back.targets[2].kind, SweepTarget::Kind::External);
    QCOMPARE(back.targets[2].url, QUrl(QStringLiteral("http://127.0.0.1:8889/")));
    QCOMPARE(back.targets[2].launchCommand, QStringLiteral("python3 server_thread_http.py"));
    QCOMPARE(back.levels, (QList<int> {1, 5}));
    QCOMPARE(back.requests, 50);
    QCOMPARE(back.keepAlive, true);
    QCOMPARE(back.engine, EngineKind::Qnam);
    QCOMPARE(back.timeoutSec, 2.5);
    QCOMPARE(back.runTimeLimitSec, 30.0);
    QCOMPARE(back.launchTimeoutSec, 4.0);
    QCOMPARE(back.pauseMs, 10);
    QCOMPARE(back.title, QStringLiteral("Tugas 9"));
    QCOMPARE(back.author, QStringLiteral("Budi"));
    QCOMPARE(back.method, QByteArray("PUT"));
    QCOMPARE(back.headers, config.headers);
    QCOMPARE(back.sendBody, true);
    QCOMPARE(back.body, config.body);
    QCOMPARE(back.bodyFile, QStringLiteral("post.txt"));
    QCOMPARE(back.contentType, QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(back.cookies, config.cookies);
    QCOMPARE(back.basicAuth, QByteArray("student:*****"));
    QCOMPARE(back.receiveErrorsAbort, false);
    QCOMPARE(back.variableLength, true);
    QCOMPARE(back.framing, Framing::Http);
    QCOMPARE(back.timeoutPerRequest, true);
}

void tst_SweepConfig::passwordNotSaved()
{
    // The sweep's JSON becomes the report's results.json, which is handed
    // in: -A's password stays in memory only.
    SweepConfig config = SweepConfig::defaults();
    config.basicAuth = "student:secret";
    const QByteArray json = canonical(config.toJson());
    QVERIFY(!json.contains("secret"));
    QCOMPARE(SweepConfig::fromJson(config.toJson()).basicAuth, QByteArray("student:*****"));
    QCOMPARE(config.loadTest(QUrl(QStringLiteral("http://h/")), 1).basicAuth,
             QByteArray("student:secret"));
}

void tst_SweepConfig::oldJsonLoads()
{
    // A sweep saved before the request options and ab's rules were stored:
    // it loads, with GET and ab's rules.
    const QByteArray old = R"json({"format":"serverbench-sweep","version":1,
        "config":{"targets":[{"kind":"async","key":"async","label":"async (QTcpServer, event loop)",
                              "server":{"port":0}}],
                  "levels":[1,5],"requests":100,"keepAlive":false,"engine":"socket",
                  "timeoutSec":30,"runTimeLimitSec":600,"launchTimeoutSec":10,"pauseMs":250,
                  "title":"old"},
        "startedAt":"2026-11-20T10:00:00.000Z","finishedAt":"2026-11-20T10:00:05.000Z",
        "cancelled":false,
        "rows":[{"targetIndex":0,"targetKey":"async","targetLabel":"async","concurrency":1,
                 "hasFigures":true,"reason":"",
                 "result":{"engine":"socket","complete":100,"requested":100,"concurrency":1,
                           "timeTakenSec":0.5}}]})json";
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("old.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(old);
    file.close();
    SweepResult sweep;
    QString error;
    QVERIFY2(SweepStore::load(file.fileName(), &sweep, &error), qPrintable(error));
    QCOMPARE(sweep.rows.size(), 1);
    QCOMPARE(sweep.rows[0].result.complete, 100);
    QVERIFY(!sweep.rows[0].result.aborted());
    const SweepConfig &config = sweep.config;
    QCOMPARE(config.title, QStringLiteral("old"));
    QCOMPARE(config.method, QByteArray("GET"));
    QVERIFY(config.headers.isEmpty());
    QVERIFY(!config.sendBody);
    QVERIFY(config.body.isEmpty());
    QVERIFY(config.cookies.isEmpty());
    QVERIFY(config.basicAuth.isEmpty());
    QCOMPARE(config.receiveErrorsAbort, true);
    QCOMPARE(config.variableLength, false);
    QCOMPARE(config.framing, Framing::Ab);
    QCOMPARE(config.timeoutPerRequest, false);
    QVERIFY2(config.validate().isEmpty(), qPrintable(config.validate()));
}

void tst_SweepConfig::loadTestOfARun()
{
    // Every option of the sweep reaches each run's LoadTest.
    const SweepConfig config = richConfig();
    const QUrl url(QStringLiteral("http://127.0.0.1:9/x"));
    const LoadTest test = config.loadTest(url, 5);
    QCOMPARE(test.url, url);
    QCOMPARE(test.requests, 50);
    QCOMPARE(test.concurrency, 5);
    QCOMPARE(test.keepAlive, true);
    QCOMPARE(test.engine, EngineKind::Qnam);
    QCOMPARE(test.timeoutSec, 2.5);
    QCOMPARE(test.method, QByteArray("PUT"));
    QCOMPARE(test.headers, config.headers);
    QCOMPARE(test.sendBody, true);
    QCOMPARE(test.body, config.body);
    QCOMPARE(test.contentType, config.contentType);
    QCOMPARE(test.cookies, config.cookies);
    QCOMPARE(test.basicAuth, config.basicAuth);
    QCOMPARE(test.receiveErrorsAbort, false);
    QCOMPARE(test.variableLength, true);
    QCOMPARE(test.framing, Framing::Http);
    QCOMPARE(test.timeoutPerRequest, true);
    QVERIFY2(test.validate().isEmpty(), qPrintable(test.validate()));
    // ab's rules by default.
    const LoadTest plain = SweepConfig::defaults().loadTest(url, 1);
    QCOMPARE(plain.method, QByteArray("GET"));
    QCOMPARE(plain.receiveErrorsAbort, true);
    QCOMPARE(plain.variableLength, false);
    QCOMPARE(plain.framing, Framing::Ab);
    QCOMPARE(plain.timeoutPerRequest, false);
}

void tst_SweepConfig::resultRoundTrip()
{
    const SweepResult sweep = richResult();
    QString error = QStringLiteral("stale");
    const SweepResult back = SweepResult::fromJson(sweep.toJson(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(canonical(back.toJson()), canonical(sweep.toJson()));
    QCOMPARE(back.startedAt, sweep.startedAt);
    QCOMPARE(back.finishedAt, sweep.finishedAt);
    QCOMPARE(back.cancelled, true);
    QCOMPARE(back.rows.size(), 6);
    QCOMPARE(back.rows[5].hasFigures, false);
    QCOMPARE(back.rows[5].reason, QStringLiteral("connection refused"));
    QCOMPARE(back.rows[1].result.samples.size(), 20);
    QCOMPARE(back.rows[1].result.concurrency, 5);
    QCOMPARE(back.rows[1].result.timeTakenSec, 2.551);
    QCOMPARE(back.rowsOf(QStringLiteral("thread")).size(), 2);
    QCOMPARE(back.rowsOf(QStringLiteral("server_thread_http.py")).size(), 2);
}

void tst_SweepConfig::validate_data()
{
    QTest::addColumn<SweepConfig>("config");
    QTest::addColumn<QString>("reason"); // a fragment; empty = valid

    const SweepConfig base = SweepConfig::defaults();
    QTest::newRow("defaults") << base << QString();
    SweepConfig c = base;
    c.targets.clear();
    QTest::newRow("no targets") << c << "no targets";
    c = base;
    c.levels.clear();
    QTest::newRow("no levels") << c << "no concurrency levels";
    c = base;
    c.levels = {1, 0};
    QTest::newRow("zero level") << c << "level 0 must be at least 1";
    c = base;
    c.levels = {-5};
    QTest::newRow("negative level") << c << "level -5 must be at least 1";
    c = base;
    c.requests = 0;
    QTest::newRow("n < 1") << c << "at least 1";
    c = base;
    c.requests = 50;
    QTest::newRow("c > n") << c << "level 75 is greater than the 50 requests";
    c = base;
    c.levels = {5, 5};
    QTest::newRow("repeated level") << c << "level 5 is listed twice";
    c = base;
    c.timeoutSec = 0;
    QTest::newRow("timeout") << c << "request timeout";
    c = base;
    c.runTimeLimitSec = -1;
    QTest::newRow("time limit") << c << "run time limit";
    c = base;
    c.pauseMs = -1;
    QTest::newRow("pause") << c << "pause";
    c = base;
    c.targets.append(SweepTarget::embedded(ServerModel::EventDriven));
    QTest::newRow("duplicate key") << c << "share the key 'async'";
    c = base;
    c.targets.append(SweepTarget::external(QStringLiteral("x"), QUrl(QStringLiteral("ftp://h/"))));
    QTest::newRow("ftp url") << c << "not an http:// URL";
    c = base;
    c.targets.append(SweepTarget::external(QStringLiteral("x"), QUrl(QStringLiteral("http:///p"))));
    QTest::newRow("no host") << c << "not an http:// URL";
    c = base;
    c.targets.append(
            SweepTarget::external(QStringLiteral("x"), QUrl(QStringLiteral("https://h/"))));
    QTest::newRow("https with socket") << c << "qnam";
    c = base;
    c.targets.append(
            SweepTarget::external(QStringLiteral("  "), QUrl(QStringLiteral("http://h/"))));
    QTest::newRow("empty label") << c << "empty label";
    c = base;
    c.targets[0].key = QStringLiteral("../x");
    QTest::newRow("unsafe key") << c << "unusable file-name key";
    c = base;
    c.targets.append(
            SweepTarget::external(QStringLiteral("a b"), QUrl(QStringLiteral("http://h/"))));
    c.targets.append(
            SweepTarget::external(QStringLiteral("a/b"), QUrl(QStringLiteral("http://h/"))));
    QTest::newRow("labels with the same key") << c << "share the key 'a_b'";
    c = base;
    c.method = "GE T";
    QTest::newRow("bad method") << c << "not an HTTP token";
    c = base;
    c.headers = {{"Bad Name", "x"}};
    QTest::newRow("bad header") << c << "bad header name";
    c = base;
    c.cookies = {"novalue"};
    QTest::newRow("cookie without =") << c << "not name=value";
    c = base;
    c.basicAuth = "nopassword";
    QTest::newRow("auth without :") << c << "user:password";
    c = base;
    c.contentType = "text/plain";
    QTest::newRow("type without body") << c << "needs -p";
}

void tst_SweepConfig::validate()
{
    QFETCH(SweepConfig, config);
    QFETCH(QString, reason);
    const QString got = config.validate();
    if (reason.isEmpty()) {
        QVERIFY2(got.isEmpty(), qPrintable(got));
    } else {
        QVERIFY2(got.contains(reason), qPrintable(got));
        QVERIFY(!got.contains(u'\n'));
    }
}

void tst_SweepConfig::wrongFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not json") << QByteArray("hello") << "not JSON";
    QTest::newRow("array") << QByteArray("[1,2]") << "not an object";
    QTest::newRow("other json") << QByteArray(R"({"name":"package.json"})")
                                << "not a serverbench sweep";
    QTest::newRow("future version")
            << QByteArray(R"({"format":"serverbench-sweep","version":99,"config":{},"rows":[]})")
            << "version 99 is not supported";
    QTest::newRow("no rows") << QByteArray(R"({"format":"serverbench-sweep","version":1})")
                             << "no \"config\"";
    QTest::newRow("row of unknown target")
            << QByteArray(R"({"format":"serverbench-sweep","version":1,"config":{"targets":[]},)"
                          R"("rows":[{"targetIndex":0,"targetKey":"async"}]})")
            << "does not list";
}

void tst_SweepConfig::wrongFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("wrong.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    SweepResult sweep = richResult();
    QString error;
    QVERIFY(!SweepStore::load(path, &sweep, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.startsWith(path), qPrintable(error));
    QCOMPARE(sweep.rows.size(), 6); // untouched on failure
    QVERIFY(!SweepStore::load(dir.filePath(QStringLiteral("missing.json")), &sweep, &error));
}

void tst_SweepConfig::storeSaveListLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString saveDir = dir.filePath(QStringLiteral("deep/sweeps"));
    const SweepResult sweep = richResult();
    QString error;
    const QString first = SweepStore::save(sweep, saveDir, &error);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    // Same finishedAt: the second save must not overwrite the first.
    const QString second = SweepStore::save(sweep, saveDir, &error);
    QVERIFY2(!second.isEmpty(), qPrintable(error));
    QVERIFY(first != second);
    QCOMPARE(SweepStore::list(saveDir).size(), 2);
    QCOMPARE(SweepStore::list(saveDir, 1).size(), 1);

    SweepResult loaded;
    QVERIFY2(SweepStore::load(second, &loaded, &error), qPrintable(error));
    QCOMPARE(canonical(loaded.toJson()), canonical(sweep.toJson()));

    QVERIFY(SweepStore::save(sweep, QStringLiteral("/proc/forbidden"), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void tst_SweepConfig::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason"); // empty = accepted
    QTest::newRow("defaults") << QStringList() << QString();
    QTest::newRow("full") << QStringList {u"--target"_s, u"async"_s,
                                          u"--target"_s, u"py=http://127.0.0.1:9/"_s,
                                          u"--launch"_s, u"py=sleep 1"_s,
                                          u"--levels"_s, u"1,2"_s,
                                          u"-n"_s,       u"50"_s,
                                          u"-k"_s,       u"--engine"_s,
                                          u"qnam"_s,     u"-s"_s,
                                          u"5"_s,        u"--lang"_s,
                                          u"en"_s,       u"--title"_s,
                                          u"T"_s,        u"--body-bytes"_s,
                                          u"10"_s,       u"--work-us"_s,
                                          u"5"_s}
                          << QString();
    QTest::newRow("unknown target") << QStringList {u"--target"_s, u"nginx"_s} << "unknown target";
    QTest::newRow("bad url") << QStringList {u"--target"_s, u"x=http//nope"_s} << "not an http://";
    QTest::newRow("bad levels") << QStringList {u"--levels"_s, u"1,a"_s} << "--levels";
    QTest::newRow("zero level") << QStringList {u"--levels"_s, u"0"_s} << "must be at least 1";
    QTest::newRow("c > n") << QStringList {u"-n"_s, u"10"_s, u"--levels"_s, u"1,50"_s}
                           << "greater than the 10";
    QTest::newRow("n not a number") << QStringList {u"-n"_s, u"many"_s} << "-n 'many'";
    QTest::newRow("launch unknown label") << QStringList {u"--launch"_s, u"py=python3 x.py"_s}
                                          << "no external --target labelled 'py'";
    QTest::newRow("launch without command")
            << QStringList {u"--target"_s, u"py=http://127.0.0.1:9/"_s, u"--launch"_s, u"py"_s}
            << "not LABEL='command'";
    QTest::newRow("bad lang") << QStringList {u"--lang"_s, u"fr"_s} << "--lang 'fr'";
    QTest::newRow("bad engine") << QStringList {u"--engine"_s, u"curl"_s} << "--engine 'curl'";
    QTest::newRow("unknown option") << QStringList {u"--frobnicate"_s} << "frobnicate";
    QTest::newRow("positional") << QStringList {u"extra"_s} << "unexpected argument";
    QTest::newRow("load with levels")
            << QStringList {u"--load"_s, u"/etc/hostname"_s, u"--levels"_s, u"1"_s}
            << "cannot be used";
    QTest::newRow("load missing") << QStringList {u"--load"_s, u"/nonexistent.json"_s}
                                  << "no such file";
    QTest::newRow("out is a file")
            << QStringList {u"--out"_s, u"/etc/hostname"_s} << "not a folder";
    QTest::newRow("negative work") << QStringList {u"--work-us"_s, u"-1"_s} << "--work-us";
    QTest::newRow("ab options")
            << QStringList {u"-H"_s,        u"X-A: 1"_s, u"-H"_s,
                            u"X-B: 2"_s,    u"-C"_s,     u"a=1"_s,
                            u"-A"_s,        u"u:p"_s,    u"-m"_s,
                            u"PATCH"_s,     u"-r"_s,     u"-l"_s,
                            u"--framing"_s, u"http"_s,   u"--timeout-per-request"_s}
            << QString();
    QTest::newRow("header without colon") << QStringList {u"-H"_s, u"X-A 1"_s} << "-H needs";
    QTest::newRow("bad header name") << QStringList {u"-H"_s, u"X A: 1"_s} << "bad header name";
    QTest::newRow("-T without -p") << QStringList {u"-T"_s, u"text/plain"_s} << "-T sets";
    QTest::newRow("-p missing") << QStringList {u"-p"_s, u"/nonexistent/body.txt"_s}
                                << "-p: cannot read '/nonexistent/body.txt'";
    QTest::newRow("bad cookie") << QStringList {u"-C"_s, u"=x"_s} << "-C needs name=value";
    QTest::newRow("bad auth") << QStringList {u"-A"_s, u"user"_s} << "-A needs user:password";
    QTest::newRow("bad method") << QStringList {u"-m"_s, u"GE T"_s} << "not an HTTP token";
    QTest::newRow("bad framing") << QStringList {u"--framing"_s, u"tcp"_s}
                                 << "unknown --framing 'tcp' (ab or http)";
    QTest::newRow("load with -r") << QStringList {u"--load"_s, u"/etc/hostname"_s, u"-r"_s}
                                  << "-r cannot be used";
}

void tst_SweepConfig::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    arguments.prepend(QStringLiteral("sweep"));
    QString error;
    const SweepCommandLine parsed = SweepCommandLine::parse(arguments, &error);
    if (reason.isEmpty()) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(parsed.config.validate().isEmpty());
    } else {
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
    }
}

void tst_SweepConfig::commandLineTargets()
{
    QString error;
    const SweepCommandLine parsed = SweepCommandLine::parse(
            {QStringLiteral("sweep"), QStringLiteral("--target"), QStringLiteral("thread"),
             QStringLiteral("--target"), QStringLiteral("my py=http://127.0.0.1:8000"),
             QStringLiteral("--launch"), QStringLiteral("my py=python3 -m http.server 8000"),
             QStringLiteral("--levels"), QStringLiteral("1, 5"), QStringLiteral("-n"),
             QStringLiteral("100"), QStringLiteral("--work-us"), QStringLiteral("7"),
             QStringLiteral("--out"), QStringLiteral("outdir"), QStringLiteral("--lang"),
             QStringLiteral("en")},
            &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(parsed.config.targets.size(), 2);
    QCOMPARE(parsed.config.targets[0].key, QStringLiteral("thread"));
    QCOMPARE(parsed.config.targets[0].server.workUs, 7);
    const SweepTarget &py = parsed.config.targets[1];
    QCOMPARE(py.kind, SweepTarget::Kind::External);
    QCOMPARE(py.key, QStringLiteral("my_py"));
    QCOMPARE(py.label, QStringLiteral("my py"));
    QCOMPARE(py.url, QUrl(QStringLiteral("http://127.0.0.1:8000/")));
    QCOMPARE(py.launchCommand, QStringLiteral("python3 -m http.server 8000"));
    QCOMPARE(parsed.config.levels, (QList<int> {1, 5}));
    QCOMPARE(parsed.config.requests, 100);
    QCOMPARE(parsed.outDir, QStringLiteral("outdir"));
    QCOMPARE(parsed.lang, QStringLiteral("en"));

    // The pool and the reactor, with their knobs, which survive the JSON.
    const SweepCommandLine more = SweepCommandLine::parse(
            {QStringLiteral("sweep"), QStringLiteral("--target"), QStringLiteral("pool"),
             QStringLiteral("--target"), QStringLiteral("reactor"),
             QStringLiteral("--pool-threads"), QStringLiteral("3"), QStringLiteral("--loops"),
             QStringLiteral("2")},
            &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(more.config.targets.size(), 2);
    QCOMPARE(more.config.targets[0].kind, SweepTarget::Kind::Pool);
    QCOMPARE(more.config.targets[0].key, QStringLiteral("pool"));
    QCOMPARE(more.config.targets[0].serverModel(), ServerModel::ThreadPool);
    QCOMPARE(more.config.targets[0].server.poolThreads, 3);
    QCOMPARE(more.config.targets[1].kind, SweepTarget::Kind::Reactor);
    QCOMPARE(more.config.targets[1].serverModel(), ServerModel::Reactor);
    QCOMPARE(more.config.targets[1].server.loops, 2);
    const SweepConfig back = SweepConfig::fromJson(more.config.toJson());
    QCOMPARE(back.targets[0].kind, SweepTarget::Kind::Pool);
    QCOMPARE(back.targets[0].server.poolThreads, 3);
    QCOMPARE(back.targets[1].kind, SweepTarget::Kind::Reactor);
    QCOMPARE(back.targets[1].server.loops, 2);
}

void tst_SweepConfig::commandLineRequestOptions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bodyPath = dir.filePath(u"post.txt"_s);
    QFile body(bodyPath);
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write("name=student&x=1");
    body.close();

    QString error;
    SweepCommandLine parsed = SweepCommandLine::parse({u"sweep"_s}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // ab's rules unless asked otherwise.
    QCOMPARE(parsed.config.method, QByteArray("GET"));
    QCOMPARE(parsed.config.receiveErrorsAbort, true);
    QCOMPARE(parsed.config.variableLength, false);
    QCOMPARE(parsed.config.framing, Framing::Ab);
    QCOMPARE(parsed.config.timeoutPerRequest, false);

    parsed = SweepCommandLine::parse(
            {u"sweep"_s, u"-p"_s, bodyPath, u"-T"_s, u"application/x-www-form-urlencoded"_s,
             u"-H"_s, u"Accept-Encoding: gzip"_s, u"-H"_s, u"X-Note:  a: b "_s, u"-C"_s,
             u"session=1"_s, u"-A"_s, u" student:secret"_s, u"-r"_s, u"-l"_s, u"--framing"_s,
             u"http"_s, u"--timeout-per-request"_s},
            &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const SweepConfig &config = parsed.config;
    QCOMPARE(config.method, QByteArray("POST"));
    QCOMPARE(config.sendBody, true);
    QCOMPARE(config.body, QByteArray("name=student&x=1"));
    QCOMPARE(config.bodyFile, bodyPath);
    QCOMPARE(config.contentType, QByteArray("application/x-www-form-urlencoded"));
    const QList<QPair<QByteArray, QByteArray>> headers {{"Accept-Encoding", "gzip"},
                                                        {"X-Note", "a: b"}};
    QCOMPARE(config.headers, headers);
    QCOMPARE(config.cookies, QList<QByteArray> {"session=1"});
    QCOMPARE(config.basicAuth, QByteArray("student:secret"));
    QCOMPARE(config.receiveErrorsAbort, false);
    QCOMPARE(config.variableLength, true);
    QCOMPARE(config.framing, Framing::Http);
    QCOMPARE(config.timeoutPerRequest, true);

    // -r, and the rest, reach every run's LoadTest.
    const LoadTest test = config.loadTest(QUrl(u"http://127.0.0.1:8080/"_s), 10);
    QCOMPARE(test.receiveErrorsAbort, false);
    QCOMPARE(test.variableLength, true);
    QCOMPARE(test.method, QByteArray("POST"));
    QCOMPARE(test.body, QByteArray("name=student&x=1"));
    QCOMPARE(test.headers, headers);

    // ab: -m after -p sends the body with that method.
    parsed = SweepCommandLine::parse({u"sweep"_s, u"-p"_s, bodyPath, u"-m"_s, u"PUT"_s}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(parsed.config.method, QByteArray("PUT"));
    QCOMPARE(parsed.config.sendBody, true);
    QCOMPARE(parsed.config.contentType, QByteArray()); // ab's text/plain on the wire
}

void tst_SweepConfig::commandLineOutNotWritable()
{
    if (::geteuid() == 0)
        QSKIP("root may write anywhere");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    QString error;
    SweepCommandLine::parse({u"sweep"_s, u"--out"_s, dir.filePath(u"a/b"_s)}, &error);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY2(error.contains(u"cannot write in"_s), qPrintable(error));
}

QTEST_APPLESS_MAIN(tst_SweepConfig)
#include "tst_sweepconfig.moc"
