// `serverbench serve` as a process (SERVERBENCH_BIN): prints its URL, serves,
// exits 0 on SIGTERM/SIGINT; bad arguments and a port in use exit 1 with one
// line on stderr.

#include "embeddedserver.h"
#include "listensocket.h"
#include "testhttp.h"

#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

class tst_ServeCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void servesUntilSignal_data();
    void servesUntilSignal();
    void usageErrors_data();
    void usageErrors();
    void portInUse_data();
    void portInUse();
    void resumesAcceptingAfterRunningOutOfDescriptors_data();
    void resumesAcceptingAfterRunningOutOfDescriptors();

private:
    QString m_binary;
};

void tst_ServeCommand::initTestCase()
{
    m_binary = qEnvironmentVariable("SERVERBENCH_BIN");
    if (m_binary.isEmpty() || !QFileInfo(m_binary).isExecutable())
        QSKIP("SERVERBENCH_BIN does not name the built serverbench executable");
}

void tst_ServeCommand::servesUntilSignal_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("async, SIGTERM") << QStringLiteral("async") << int(SIGTERM);
    QTest::newRow("thread, SIGTERM") << QStringLiteral("thread") << int(SIGTERM);
    QTest::newRow("async, SIGINT") << QStringLiteral("async") << int(SIGINT);
    QTest::newRow("pool, SIGTERM") << QStringLiteral("pool") << int(SIGTERM);
    QTest::newRow("reactor, SIGTERM") << QStringLiteral("reactor") << int(SIGTERM);
    QTest::newRow("reactor, SIGINT") << QStringLiteral("reactor") << int(SIGINT);
}

void tst_ServeCommand::servesUntilSignal()
{
    QFETCH(QString, model);
    QFETCH(int, signalNumber);
    QProcess process;
    process.start(m_binary,
                  {QStringLiteral("serve"), QStringLiteral("--model"), model,
                   QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--body-bytes"),
                   QStringLiteral("100")});
    QVERIFY(process.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QByteArray line = process.readLine().trimmed();
    const QUrl url(QString::fromLatin1(line));
    QVERIFY2(line.startsWith("http://127.0.0.1:") && line.endsWith('/'), line.constData());
    QVERIFY(url.port() > 0);

    const testhttp::Exchange e
            = testhttp::exchange(quint16(url.port()), "GET / HTTP/1.0\r\n\r\n", 1, true);
    QCOMPARE(e.responses.size(), 1);
    QCOMPARE(e.responses[0].status, 200);
    QCOMPARE(e.responses[0].body.size(), 100);

    ::kill(pid_t(process.processId()), signalNumber);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void tst_ServeCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("bad model") << QStringList {QStringLiteral("--model"), QStringLiteral("fork")};
    QTest::newRow("bad port") << QStringList {QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("port not a number")
            << QStringList {QStringLiteral("--port"), QStringLiteral("x")};
    QTest::newRow("negative work")
            << QStringList {QStringLiteral("--work-us"), QStringLiteral("-5")};
    QTest::newRow("missing docroot")
            << QStringList {QStringLiteral("--docroot"), QStringLiteral("/no/such/dir")};
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--frobnicate")};
    QTest::newRow("zero pool threads")
            << QStringList {QStringLiteral("--model"), QStringLiteral("pool"),
                            QStringLiteral("--pool-threads"), QStringLiteral("0")};
    QTest::newRow("pool threads not a number")
            << QStringList {QStringLiteral("--pool-threads"), QStringLiteral("many")};
    QTest::newRow("too many loops")
            << QStringList {QStringLiteral("--model"), QStringLiteral("reactor"),
                            QStringLiteral("--loops"), QStringLiteral("5000")};
    QTest::newRow("negative loops")
            << QStringList {QStringLiteral("--loops"), QStringLiteral("-1")};
}

void tst_ServeCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(
            m_binary,
            QStringList {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")}
                    + arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    const QByteArray error = process.readAllStandardError();
    QCOMPARE(error.count('\n'), 1);
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void tst_ServeCommand::portInUse_data()
{
    QTest::addColumn<QString>("model");
    for (const ServerModel model : allServerModels())
        QTest::newRow(qPrintable(serverModelKey(model))) << serverModelKey(model);
}

void tst_ServeCommand::portInUse()
{
    // The reactor binds with SO_REUSEPORT, which would let it join a port
    // another SO_REUSEPORT socket holds: it must refuse like the others.
    QFETCH(QString, model);
    QString why;
    const int holder = ListenSocket::open(QHostAddress(QHostAddress::LocalHost), 0, true, &why);
    QVERIFY2(holder >= 0, qPrintable(why));
    const quint16 port = ListenSocket::boundPort(holder);
    QProcess process;
    process.start(m_binary,
                  {QStringLiteral("serve"), QStringLiteral("--model"), model,
                   QStringLiteral("--port"), QString::number(port)});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    const QByteArray error = process.readAllStandardError();
    QCOMPARE(error.count('\n'), 1);
    QVERIFY(error.contains(QByteArray::number(port)));
    ::close(holder);
}

void tst_ServeCommand::resumesAcceptingAfterRunningOutOfDescriptors_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QStringList>("knobs");
    QTest::newRow("async") << QStringLiteral("async") << QStringList();
    QTest::newRow("thread") << QStringLiteral("thread") << QStringList();
    // More workers than descriptors: a pool that stops at its queue's size
    // would never reach EMFILE.
    QTest::newRow("pool") << QStringLiteral("pool")
                          << QStringList {QStringLiteral("--pool-threads"), QStringLiteral("64")};
    QTest::newRow("reactor") << QStringLiteral("reactor")
                             << QStringList {QStringLiteral("--loops"), QStringLiteral("2")};
}

void tst_ServeCommand::resumesAcceptingAfterRunningOutOfDescriptors()
{
    // The server process gets 40 descriptors (soft and hard, so serve cannot
    // raise them); 60 clients are more than it can accept, so accept() fails
    // with EMFILE. Once 30 clients leave, the rest must be accepted and served
    // without any new listen or restart: QTcpServer would stay paused forever.
    QFETCH(QString, model);
    QFETCH(QStringList, knobs);
    QProcess process;
    process.setChildProcessModifier([] {
        const rlimit limit {40, 40};
        ::setrlimit(RLIMIT_NOFILE, &limit);
    });
    process.start(m_binary,
                  QStringList {QStringLiteral("serve"), QStringLiteral("--model"), model,
                               QStringLiteral("--port"), QStringLiteral("0")}
                          + knobs);
    QVERIFY(process.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const quint16 port = quint16(QUrl(QString::fromLatin1(process.readLine().trimmed())).port());
    QVERIFY(port > 0);

    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < 60; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket->waitForConnected(5000)); // the kernel completes it from the backlog
        clients.push_back(std::move(socket));
    }
    // The first ones are accepted and served at once.
    clients.front()->write("GET /santai HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(clients.front()->waitForReadyRead(5000));
    clients.erase(clients.begin(), clients.begin() + 30); // closes them

    for (auto &socket : clients)
        socket->write("GET /santai HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    int answered = 0;
    for (auto &socket : clients) {
        QByteArray reply;
        while (!reply.endsWith("santai saja") && socket->waitForReadyRead(5000))
            reply += socket->readAll();
        reply += socket->readAll();
        if (!reply.endsWith("santai saja"))
            break; // one unanswered client is enough; do not wait for all
        ++answered;
    }
    QCOMPARE(answered, 30);
    clients.clear();

    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_ServeCommand)
#include "tst_servecommand.moc"
