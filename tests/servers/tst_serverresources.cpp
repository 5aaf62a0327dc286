// Threads: the thread model starts one per connection and must end it, run
// after run; the event-driven model never adds any, nor do the pool (a fixed
// set of workers) and the reactor (a fixed set of loops). Descriptors: a
// start that fails, or a start and stop, leaves none open. (Running out of
// file descriptors is tested on the serve process, see tst_servecommand.)

#include "asyncservercore.h"
#include "embeddedserver.h"
#include "httpresponder.h"
#include "listensocket.h"
#include "servercounters.h"
#include "testhttp.h"

#include <QFile>
#include <QTest>
#include <QThread>

#include <filesystem>

namespace {

std::unique_ptr<EmbeddedServer> startServer(const QString &key, ServerOptions options = {})
{
    std::unique_ptr<EmbeddedServer> server = EmbeddedServer::create(*serverModelFromKey(key));
    if (!server->start(options))
        qWarning("start failed: %s", qPrintable(server->errorString()));
    return server;
}

int processThreadCount()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("Threads:"))
            return line.mid(8).trimmed().toInt();
    }
    return -1;
}

// A thread that QThread::wait() has seen finish may still be leaving the
// kernel's task list for a moment (Qt's threads are detached): count once
// the number has held still for 150 ms.
int settledThreadCount()
{
    int last = processThreadCount();
    for (int still = 0, tries = 0; still < 3 && tries < 60; ++tries) {
        QThread::msleep(50);
        const int now = processThreadCount();
        still = now == last ? still + 1 : 0;
        last = now;
    }
    return last;
}

// The listing's own descriptor is counted too, every time alike.
int openDescriptorCount()
{
    int count = 0;
    for ([[maybe_unused]] const auto &entry : std::filesystem::directory_iterator("/proc/self/fd"))
        ++count;
    return count;
}

} // namespace

class tst_ServerResources : public QObject
{
    Q_OBJECT

private slots:
    void models_data();
    void threadCountReturnsToIdle_data() { models_data(); }
    void threadCountReturnsToIdle();
    void descriptorsReturnAfterStartsThatFail_data() { models_data(); }
    void descriptorsReturnAfterStartsThatFail();
    void coreClosesTheDescriptorItTakes();
};

void tst_ServerResources::models_data()
{
    QTest::addColumn<QString>("model");
    for (const ServerModel model : allServerModels()) {
        const QString key = serverModelKey(model);
        QTest::newRow(qPrintable(key)) << key;
    }
}

void tst_ServerResources::threadCountReturnsToIdle()
{
    QFETCH(QString, model);
    const int before = settledThreadCount();
    ServerOptions options;
    options.poolThreads = 64; // above the 40 clients: none waits for a worker
    options.loops = 3;
    auto server = startServer(model, options);
    const int idle = settledThreadCount();
    QVERIFY(idle > 0);
    // What each model starts before any client: its listener or loops.
    if (model == u"pool")
        QCOMPARE(idle, before + 1 + options.poolThreads);
    else if (model == u"reactor")
        QCOMPARE(idle, before + options.loops);
    else
        QCOMPARE(idle, before + 1);
    for (int round = 0; round < 3; ++round) {
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        for (int i = 0; i < 40; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, server->port());
            QVERIFY(socket->waitForConnected(5000));
            socket->write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            clients.push_back(std::move(socket));
        }
        for (auto &socket : clients)
            QVERIFY(socket->bytesAvailable() > 0 || socket->waitForReadyRead(5000));
        QTRY_COMPARE(server->stats().current, 40);
        if (model == u"thread")
            QCOMPARE(processThreadCount(), idle + 40); // one thread per open connection
        else
            QCOMPARE(processThreadCount(), idle); // the threads it already had
        clients.clear(); // closes them
        QTRY_COMPARE(server->stats().current, 0);
        QTRY_COMPARE(processThreadCount(), idle);
    }
    QCOMPARE(server->stats().served, quint64(120));
    server->stop();
    QTRY_COMPARE(processThreadCount(), before);
}

void tst_ServerResources::descriptorsReturnAfterStartsThatFail()
{
    QFETCH(QString, model);
    ServerOptions options;
    options.poolThreads = 4;
    options.loops = 3;
    // Whatever Qt opens once per process on first use is open before counting.
    QVERIFY(startServer(model, options)->isRunning());
    const int before = openDescriptorCount();

    auto server = startServer(model, options);
    QVERIFY(server->isRunning());
    const int running = openDescriptorCount();
    QVERIFY(running > before);
    ServerOptions taken = options;
    taken.port = server->port();
    for (int i = 0; i < 3; ++i) {
        auto second = EmbeddedServer::create(*serverModelFromKey(model));
        QVERIFY(!second->start(taken)); // the port is in use
    }
    QTRY_COMPARE(openDescriptorCount(), running);
    server->stop();
    QTRY_COMPARE(openDescriptorCount(), before);

    // An address this host does not have fails later: with port 0 the
    // reactor does not check the port first, so its first loop's thread
    // starts and then fails to bind.
    ServerOptions elsewhere = options;
    elsewhere.address = QHostAddress(QStringLiteral("192.0.2.1")); // TEST-NET-1
    for (int i = 0; i < 3; ++i) {
        auto stranger = EmbeddedServer::create(*serverModelFromKey(model));
        if (stranger->start(elsewhere))
            QSKIP("this host binds addresses it does not have (ip_nonlocal_bind)");
        QVERIFY(!stranger->errorString().isEmpty());
    }
    QTRY_COMPARE(openDescriptorCount(), before);
}

void tst_ServerResources::coreClosesTheDescriptorItTakes()
{
    // A reactor loop hands its socket to its core and keeps no copy: the
    // core's shutdown must be what closes it.
    const ServerOptions options;
    const HttpResponder responder(options);
    ServerCounters counters;
    const int before = openDescriptorCount();
    QString error;
    const int fd = ListenSocket::open(options.address, 0, true, &error);
    QVERIFY2(fd >= 0, qPrintable(error));
    {
        AsyncServerCore core(options, responder, counters);
        QVERIFY2(core.listen(&error, fd), qPrintable(error));
        QCOMPARE(core.port(), ListenSocket::boundPort(fd));
        QCOMPARE(openDescriptorCount(), before + 1);
    }
    QCOMPARE(openDescriptorCount(), before);
}

QTEST_GUILESS_MAIN(tst_ServerResources)
#include "tst_serverresources.moc"
