// Both engines against servers no one here wrote, started by the test on
// loopback: nginx-light (its access log must count exactly the requests we
// sent, and our figures must equal Debian's ab for the same -n -c) and
// python3 -m http.server.
#include "abreport.h"
#include "engine.h"
#include "nginxprocess.h"
#include "pythonhttpserver.h"
#include "testports.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// ab's report lines "Label:   value" -> value, the same parser for both.
QMap<QString, QString> parseReport(const QString &text)
{
    QMap<QString, QString> fields;
    static const QRegularExpression line(QStringLiteral("^([A-Za-z][A-Za-z0-9 -]*):\\s+(.*)$"));
    const QStringList lines = text.split(u'\n');
    for (const QString &l : lines) {
        const auto m = line.match(l);
        if (m.hasMatch() && !fields.contains(m.captured(1)))
            fields.insert(m.captured(1), m.captured(2).trimmed());
    }
    return fields;
}

// The labels of ab's report, in order (WARNING lines depend on timing).
QStringList labels(const QString &text)
{
    QStringList out;
    bool inReport = false;
    const QStringList lines = text.split(u'\n');
    for (const QString &l : lines) {
        if (l.startsWith(u"Server Software:"))
            inReport = true;
        if (!inReport || l.startsWith(u"WARNING") || l.startsWith(u"ERROR") || l.startsWith(u"  ")
            || l.startsWith(u" "))
            continue;
        const qsizetype colon = l.indexOf(u':');
        out << (colon > 0 ? l.left(colon) : l);
    }
    return out;
}

} // namespace

class tst_RealServers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void nginxAccessLogCountsOurRequests_data();
    void nginxAccessLogCountsOurRequests();
    void sameFiguresAsAb_data();
    void sameFiguresAsAb();
    void pythonHttpServer_data();
    void pythonHttpServer();
    void httpsThroughQnam_data();
    void httpsThroughQnam();

private:
    qint64 accessLogLines() const;
    RunResult run(EngineKind engine, quint16 port, const QString &path, qint64 n, int c,
                  bool keepAlive);

    QTemporaryDir m_dir;
    NginxProcess m_nginx {m_dir.path()};
    quint16 m_nginxPort = 0;
    quint16 m_nginxTlsPort = 0; // 0 when no certificate could be made
    PythonHttpServer m_python {m_nginx.root()};
    quint16 m_pythonPort = 0;
};

void tst_RealServers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!NginxProcess::isInstalled())
        QSKIP("nginx is not installed");
    if (QStandardPaths::findExecutable(QStringLiteral("ab")).isEmpty())
        QSKIP("ab (apache2-utils) is not installed");
    const QString root = m_nginx.root();
    QDir().mkpath(root);
    QFile index(root + QStringLiteral("/index.html"));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write(QByteArray(1000, 'x'));
    index.close();

    // A self-signed certificate for a TLS server block, as a test server has.
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::ForwardedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")),
                   QStringLiteral("-out"), m_dir.filePath(QStringLiteral("cert.pem"))});
    if (openssl.waitForFinished(30000) && openssl.exitCode() == 0) {
        m_nginxTlsPort = TestPorts::freePort();
        m_nginx.addServers(
                QStringLiteral(" server { listen 127.0.0.1:%1 ssl; root %2/html;\n"
                               "  ssl_certificate %2/cert.pem; ssl_certificate_key %2/key.pem; "
                               "}\n")
                        .arg(m_nginxTlsPort)
                        .arg(m_dir.path()));
    }

    QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString()));
    m_nginxPort = m_nginx.port();
    if (m_nginxTlsPort)
        QVERIFY2(TestPorts::waitForPort(QHostAddress::LocalHost, m_nginxTlsPort),
                 "nginx did not listen for TLS");

    QVERIFY2(m_python.start(), qPrintable(m_python.errorString()));
    m_pythonPort = m_python.port();
}

void tst_RealServers::cleanupTestCase()
{
    m_nginx.stop();
    m_python.stop();
}

qint64 tst_RealServers::accessLogLines() const
{
    QFile log(m_nginx.accessLogPath());
    if (!log.open(QIODevice::ReadOnly))
        return 0;
    return log.readAll().count('\n');
}

RunResult tst_RealServers::run(EngineKind engine, quint16 port, const QString &path, qint64 n,
                               int c, bool keepAlive)
{
    LoadTest t;
    t.url = QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
    t.requests = n;
    t.concurrency = c;
    t.keepAlive = keepAlive;
    t.engine = engine;
    RunControl control;
    return Engine::create(engine)->run(t, control);
}

void tst_RealServers::nginxAccessLogCountsOurRequests_data()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<int>("c");
    QTest::newRow("socket") << int(EngineKind::Socket) << false << 10;
    QTest::newRow("socket -k") << int(EngineKind::Socket) << true << 10;
    QTest::newRow("socket c=100") << int(EngineKind::Socket) << false << 100;
    QTest::newRow("qnam") << int(EngineKind::Qnam) << false << 10;
    QTest::newRow("qnam -k") << int(EngineKind::Qnam) << true << 10;
}

void tst_RealServers::nginxAccessLogCountsOurRequests()
{
    QFETCH(int, engine);
    QFETCH(bool, keepAlive);
    QFETCH(int, c);
    const qint64 before = accessLogLines();
    const RunResult r
            = run(EngineKind(engine), m_nginxPort, QStringLiteral("/"), 503, c, keepAlive);
    QCOMPARE(r.complete, 503);
    QCOMPARE(r.failed(), 0);
    QTRY_COMPARE(accessLogLines() - before, 503);
    QVERIFY(r.serverSoftware.startsWith(u"nginx"));
    QCOMPARE(r.documentLength, 1000);
    if (keepAlive)
        QCOMPARE(r.keepAliveRequests, 503);
}

void tst_RealServers::sameFiguresAsAb_data()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<int>("c");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<QString>("path");
    const int socket = int(EngineKind::Socket);
    const int qnam = int(EngineKind::Qnam);
    QTest::newRow("socket n=1000 c=1") << socket << qint64(1000) << 1 << false << "/";
    QTest::newRow("socket n=2000 c=10") << socket << qint64(2000) << 10 << false << "/";
    QTest::newRow("socket n=2000 c=100") << socket << qint64(2000) << 100 << false << "/";
    QTest::newRow("socket -k n=3000 c=10") << socket << qint64(3000) << 10 << true << "/";
    QTest::newRow("socket 404 n=500 c=5") << socket << qint64(500) << 5 << false << "/missing";
    QTest::newRow("qnam n=1000 c=10") << qnam << qint64(1000) << 10 << false << "/";
    QTest::newRow("qnam -k n=1000 c=10") << qnam << qint64(1000) << 10 << true << "/";
}

void tst_RealServers::sameFiguresAsAb()
{
    QFETCH(int, engine);
    QFETCH(qint64, n);
    QFETCH(int, c);
    QFETCH(bool, keepAlive);
    QFETCH(QString, path);
    const QString url = QStringLiteral("http://127.0.0.1:%1%2").arg(m_nginxPort).arg(path);
    QStringList args {QStringLiteral("-n"), QString::number(n), QStringLiteral("-c"),
                      QString::number(c)};
    if (keepAlive)
        args << QStringLiteral("-k");
    QProcess ab;
    ab.start(QStringLiteral("ab"), args << url);
    QVERIFY(ab.waitForFinished(60000));
    QCOMPARE(ab.exitCode(), 0);
    const QString abText = QString::fromLocal8Bit(ab.readAllStandardOutput());
    const QMap<QString, QString> theirs = parseReport(abText);
    QVERIFY2(theirs.contains(QStringLiteral("Complete requests")), qPrintable(abText));

    const RunResult r = run(EngineKind(engine), m_nginxPort, path, n, c, keepAlive);
    const QString ourText = AbReport::format(r);
    const QMap<QString, QString> ours = parseReport(ourText);
    for (const char *field : {"Server Software", "Server Hostname", "Server Port", "Document Path",
                              "Document Length", "Concurrency Level", "Complete requests",
                              "Failed requests", "Non-2xx responses", "Keep-Alive requests"})
        QCOMPARE(ours.value(QLatin1String(field)), theirs.value(QLatin1String(field)));
    if (EngineKind(engine) == EngineKind::Socket) {
        QCOMPARE(ours.value(QStringLiteral("Total transferred")),
                 theirs.value(QStringLiteral("Total transferred")));
        QCOMPARE(ours.value(QStringLiteral("HTML transferred")),
                 theirs.value(QStringLiteral("HTML transferred")));
        QCOMPARE(labels(ourText), labels(abText));
    } else {
        // QNAM's wire bytes are rebuilt: within 1% of ab's.
        const double theirsTotal
                = theirs.value(QStringLiteral("Total transferred")).split(u' ').first().toDouble();
        const double ratio = double(r.totalTransferred) / theirsTotal;
        QVERIFY2(ratio > 0.99 && ratio < 1.01, qPrintable(QString::number(ratio)));
    }
}

void tst_RealServers::pythonHttpServer_data()
{
    QTest::addColumn<int>("engine");
    QTest::newRow("socket") << int(EngineKind::Socket);
    QTest::newRow("qnam") << int(EngineKind::Qnam);
}

void tst_RealServers::pythonHttpServer()
{
    QFETCH(int, engine);
    const RunResult r
            = run(EngineKind(engine), m_pythonPort, QStringLiteral("/index.html"), 200, 5, false);
    QCOMPARE(r.complete, 200);
    QCOMPARE(r.failed(), 0);
    QCOMPARE(r.documentLength, 1000);
    QCOMPARE(r.htmlTransferred, 200 * 1000);
    QVERIFY2(r.serverSoftware.startsWith(u"SimpleHTTP"), qPrintable(r.serverSoftware));
    const RunResult missing
            = run(EngineKind(engine), m_pythonPort, QStringLiteral("/nothere"), 20, 2, false);
    QCOMPARE(missing.complete, 20);
    QCOMPARE(missing.non2xx, 20);
    QCOMPARE(missing.statusCounts.value(404), 20);
}

void tst_RealServers::httpsThroughQnam_data()
{
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("connection per request") << false;
    QTest::newRow("-k") << true;
}

void tst_RealServers::httpsThroughQnam()
{
    // The qnam engine takes https:// URLs; against nginx's TLS server (a
    // self-signed certificate, not verified, as ab does not) its figures are
    // ab's, and nginx logs exactly our requests.
    QFETCH(bool, keepAlive);
    if (!m_nginxTlsPort)
        QSKIP("openssl could not make a certificate");
    const QString url = QStringLiteral("https://127.0.0.1:%1/").arg(m_nginxTlsPort);
    QStringList args {QStringLiteral("-n"), QStringLiteral("300"), QStringLiteral("-c"),
                      QStringLiteral("5")};
    if (keepAlive)
        args << QStringLiteral("-k");
    QProcess ab;
    ab.start(QStringLiteral("ab"), args << url);
    QVERIFY(ab.waitForFinished(60000));
    const QString abText = QString::fromLocal8Bit(ab.readAllStandardOutput());
    QCOMPARE(ab.exitCode(), 0);
    const QMap<QString, QString> theirs = parseReport(abText);

    const qint64 before = accessLogLines();
    LoadTest t;
    t.url = QUrl(url);
    t.requests = 300;
    t.concurrency = 5;
    t.keepAlive = keepAlive;
    t.engine = EngineKind::Qnam;
    QCOMPARE(t.validate(), QString());
    RunControl control;
    const RunResult r = Engine::create(EngineKind::Qnam)->run(t, control);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.complete, 300);
    QCOMPARE(r.failed(), 0);
    QTRY_COMPARE(accessLogLines() - before, 300);
    const QMap<QString, QString> ours = parseReport(AbReport::format(r));
    for (const char *field : {"Server Software", "Server Port", "Document Length",
                              "Complete requests", "Failed requests", "Keep-Alive requests"})
        QCOMPARE(ours.value(QLatin1String(field)), theirs.value(QLatin1String(field)));
    const double theirsTotal
            = theirs.value(QStringLiteral("Total transferred")).split(u' ').first().toDouble();
    const double ratio = double(r.totalTransferred) / theirsTotal;
    QVERIFY2(ratio > 0.99 && ratio < 1.01, qPrintable(QString::number(ratio)));

    // The socket engine speaks plain HTTP only and says so before it starts.
    t.engine = EngineKind::Socket;
    QVERIFY(t.validate().contains(u"qnam"));
}

QTEST_GUILESS_MAIN(tst_RealServers)
#include "tst_realservers.moc"
