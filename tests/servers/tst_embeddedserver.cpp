// Every server model, driven through EmbeddedServer with plain QTcpSocket
// clients: routes, load, keep-alive, pipelining, timeouts, the connection cap,
// stop(), hostile input and path traversal. Every test runs for each model;
// the pool's saturation and the reactor's spread over its loops have their own.

#include "embeddedserver.h"
#include "loadclient.h"
#include "reactorhttpserver.h"
#include "testhttp.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using testhttp::exchange;

namespace {

std::unique_ptr<EmbeddedServer> startServer(const QString &key, ServerOptions options = {})
{
    // The shared behaviour is tested below the pool's size: a pool as small
    // as the default (cores x 2) makes clients past it wait for a worker,
    // which poolSaturation() tests on its own.
    if (options.poolThreads == 0)
        options.poolThreads = 128;
    std::unique_ptr<EmbeddedServer> server = EmbeddedServer::create(*serverModelFromKey(key));
    if (!server->start(options))
        qWarning("start failed: %s", qPrintable(server->errorString()));
    return server;
}

const QByteArray kCourseBody = "Ini Adalah web Server percobaan";

} // namespace

class tst_EmbeddedServer : public QObject
{
    Q_OBJECT

private slots:
    void models_data();
    void startReportsPortAndRefusesPortInUse_data() { models_data(); }
    void startReportsPortAndRefusesPortInUse();
    void routes_data() { models_data(); }
    void routes();
    void concurrentRequests_data();
    void concurrentRequests();
    void keepAliveReuse_data() { models_data(); }
    void keepAliveReuse();
    void pipelinedRequestsAnsweredInOrder_data() { models_data(); }
    void pipelinedRequestsAnsweredInOrder();
    void idleTimeoutCloses_data() { models_data(); }
    void idleTimeoutCloses();
    void connectionCapAnswers503_data() { models_data(); }
    void connectionCapAnswers503();
    void stopWithOpenConnectionsIsPrompt_data() { models_data(); }
    void stopWithOpenConnectionsIsPrompt();
    void malformedRequestsDoNotStopServing_data() { models_data(); }
    void malformedRequestsDoNotStopServing();
    void pathTraversalNeverServesTheFile_data() { models_data(); }
    void pathTraversalNeverServesTheFile();
    void modelKeys();
    void poolSaturation();
    void reactorSpreadsOverLoops();
};

void tst_EmbeddedServer::models_data()
{
    QTest::addColumn<QString>("model");
    for (const ServerModel model : allServerModels()) {
        const QString key = serverModelKey(model);
        QTest::newRow(qPrintable(key)) << key;
    }
}

void tst_EmbeddedServer::modelKeys()
{
    QCOMPARE(serverModelKey(ServerModel::EventDriven), QStringLiteral("async"));
    QCOMPARE(serverModelKey(ServerModel::ThreadPerConnection), QStringLiteral("thread"));
    QCOMPARE(serverModelFromKey(QStringLiteral("thread")), ServerModel::ThreadPerConnection);
    QVERIFY(!serverModelFromKey(QStringLiteral("fork")).has_value());
    QCOMPARE(allServerModels().size(), 4);
    for (const ServerModel model : allServerModels()) {
        QCOMPARE(serverModelFromKey(serverModelKey(model)), model);
        QCOMPARE(EmbeddedServer::create(model)->model(), model);
    }
    QCOMPARE(serverModelKey(ServerModel::ThreadPool), QStringLiteral("pool"));
    QCOMPARE(serverModelKey(ServerModel::Reactor), QStringLiteral("reactor"));
    QVERIFY(ServerOptions::defaultPoolThreads() >= 2);
    QVERIFY(ServerOptions::defaultLoops() >= 1);
}

void tst_EmbeddedServer::poolSaturation()
{
    // c = 3 x the pool: the first `pool` clients are served at once, the next
    // wait one service time in the queue or the backlog, the last two. No
    // client fails; the latencies fall in steps of the pool's size.
    constexpr int kPool = 2;
    constexpr int kClients = 3 * kPool;
    ServerOptions options;
    options.poolThreads = kPool;
    options.workUs = 60000; // one service time: far above the test's own noise
    auto server = startServer(QStringLiteral("pool"), options);
    QVERIFY(server->isRunning());

    std::vector<std::unique_ptr<QTcpSocket>> clients;
    QList<qint64> latencies(kClients, -1);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < kClients; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = socket.get();
        auto buffer = std::make_shared<QByteArray>();
        connect(raw, &QTcpSocket::connected, this,
                [raw] { raw->write("GET / HTTP/1.0\r\nHost: x\r\n\r\n"); });
        connect(raw, &QTcpSocket::readyRead, this, [raw, buffer, i, &latencies, &clock] {
            *buffer += raw->readAll();
            testhttp::Response response;
            if (testhttp::takeResponse(*buffer, &response) && response.status == 200
                && response.body == kCourseBody)
                latencies[i] = clock.elapsed();
        });
        raw->connectToHost(QHostAddress::LocalHost, server->port());
        clients.push_back(std::move(socket));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::count(latencies.cbegin(), latencies.cend(), -1) == 0, 30000);
    const ServerStats stats = server->stats();
    QCOMPARE(stats.served, quint64(kClients));
    QCOMPARE(stats.badRequests, quint64(0));
    QVERIFY(stats.peak <= 2 * kPool); // the workers and the queue; the rest in the backlog

    QList<qint64> sorted = latencies;
    std::sort(sorted.begin(), sorted.end());
    const auto percentile = [&sorted](int p) {
        return sorted[(sorted.size() * p - 1) / 100];
    };
    qInfo("pool %d, c %d, %d us per request: p33 %lld ms, p66 %lld ms, p100 %lld ms", kPool,
          kClients, options.workUs, percentile(33), percentile(66), percentile(100));
    // Each step of `pool` clients ends after the one before it.
    for (int step = 1; step < kClients / kPool; ++step) {
        QVERIFY2(sorted[step * kPool] > sorted[step * kPool - 1],
                 qPrintable(QStringLiteral("step %1 not after the one before").arg(step)));
    }
    // ...by about one service time: p100 is near 3 x p33, well above 2 x.
    QVERIFY2(percentile(100) >= 2 * percentile(33),
             qPrintable(QStringLiteral("p33 %1 ms, p100 %2 ms")
                                .arg(percentile(33))
                                .arg(percentile(100))));
    QVERIFY2(percentile(66) * 10 >= percentile(33) * 15,
             qPrintable(QStringLiteral("p33 %1 ms, p66 %2 ms")
                                .arg(percentile(33))
                                .arg(percentile(66))));
}

void tst_EmbeddedServer::reactorSpreadsOverLoops()
{
    // c = 100 connections per request over two loops: the kernel's
    // SO_REUSEPORT hash gives each loop its share, so none sits idle.
    constexpr int kLoops = 2;
    ServerOptions options;
    options.loops = kLoops;
    auto server = startServer(QStringLiteral("reactor"), options);
    auto *reactor = dynamic_cast<ReactorHttpServer *>(server.get());
    QVERIFY(reactor);
    QCOMPARE(reactor->acceptedPerLoop().size(), kLoops);
    LoadClient client(server->port(), 1000, 100, false);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.finished(), 1000, 50000);
    QVERIFY2(client.failed() == 0, client.lastFailure().constData());
    const QList<quint64> perLoop = reactor->acceptedPerLoop();
    quint64 total = 0;
    for (const quint64 accepted : perLoop)
        total += accepted;
    QCOMPARE(total, quint64(client.connections()));
    for (int i = 0; i < kLoops; ++i) {
        // An even share is 500; a quarter of it rules out an idle or starved loop.
        QVERIFY2(perLoop[i] >= total / (4 * kLoops),
                 qPrintable(QStringLiteral("loop %1 accepted %2 of %3")
                                    .arg(i)
                                    .arg(perLoop[i])
                                    .arg(total)));
    }
}

void tst_EmbeddedServer::startReportsPortAndRefusesPortInUse()
{
    QFETCH(QString, model);
    auto server = startServer(model);
    QVERIFY(server->isRunning());
    QVERIFY(server->port() != 0);
    QCOMPARE(server->url(), QStringLiteral("http://127.0.0.1:%1/").arg(server->port()));

    ServerOptions options;
    options.port = server->port();
    auto second = EmbeddedServer::create(*serverModelFromKey(model));
    QVERIFY(!second->start(options));
    QVERIFY(!second->errorString().isEmpty());
    QVERIFY(!second->isRunning());

    server->stop();
    QVERIFY(!server->isRunning());
    QVERIFY(server->url().isEmpty());
    QVERIFY(second->start(options)); // the port is free again once stopped
    second->stop();
}

void tst_EmbeddedServer::routes()
{
    QFETCH(QString, model);
    auto server = startServer(model);
    const quint16 port = server->port();
    const auto one = [port](const QByteArray &request, bool head = false) {
        const testhttp::Exchange e = exchange(port, request, 1, false, 10000, head);
        return e.responses.value(0);
    };

    testhttp::Response r = one("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, kCourseBody);
    QCOMPARE(r.header("Content-Length"), QByteArray("31"));
    QCOMPARE(r.header("Server"), QByteArray("serverbench/" SERVERBENCH_VERSION));
    QVERIFY(r.header("Date").endsWith(" GMT"));
    QVERIFY(r.header("Connection").isEmpty()); // HTTP/1.1 keeps alive by default

    r = one("GET /santai HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("santai saja"));
    r = one("GET /video HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(r.status, 302);
    QVERIFY(!r.header("Location").isEmpty());
    r = one("POST /anything HTTP/1.1\r\nHost: x\r\nContent-Length: 7\r\n\r\npayload");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("kosong"));
    r = one("HEAD / HTTP/1.1\r\nHost: x\r\n\r\n", true);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Length"), QByteArray("31"));
    QVERIFY(r.body.isEmpty());
    r = one("GET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
    r = one("GET /logo.png HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(r.header("Content-Type"), QByteArray("image/png"));
    QVERIFY(r.body.startsWith("\x89PNG"));
    r = one("GET /no-such-file HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(r.status, 404);

    // HTTP/1.0: closed right after the response unless keep-alive was asked.
    testhttp::Exchange e = exchange(port, "GET / HTTP/1.0\r\n\r\n", 1, true);
    QCOMPARE(e.responses.size(), 1);
    QCOMPARE(e.responses[0].header("Connection"), QByteArray("close"));
    QVERIFY(e.closedByServer);
    e = exchange(port, "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET / HTTP/1.0\r\n\r\n", 2,
                 true);
    QCOMPARE(e.responses.size(), 2);
    QCOMPARE(e.responses[0].header("Connection"), QByteArray("keep-alive"));
    QCOMPARE(e.responses[1].header("Connection"), QByteArray("close"));
    QVERIFY(e.closedByServer);

    // bodyBytes replaces the body of GET /.
    server->stop();
    ServerOptions options;
    options.bodyBytes = 100000;
    server = startServer(model, options);
    r = exchange(server->port(), "GET / HTTP/1.1\r\nHost: x\r\n\r\n", 1).responses.value(0);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.size(), 100000);
}

void tst_EmbeddedServer::concurrentRequests_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("keepAlive");
    for (const ServerModel model : allServerModels()) {
        const QString key = serverModelKey(model);
        QTest::addRow("%s, connection per request", qPrintable(key)) << key << false;
        QTest::addRow("%s, keep-alive", qPrintable(key)) << key << true;
    }
}

void tst_EmbeddedServer::concurrentRequests()
{
    QFETCH(QString, model);
    QFETCH(bool, keepAlive);
    auto server = startServer(model);
    LoadClient client(server->port(), 1000, 100, keepAlive);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.finished(), 1000, 50000);
    QVERIFY2(client.failed() == 0, client.lastFailure().constData());
    QCOMPARE(client.succeeded(), 1000);
    const ServerStats stats = server->stats();
    QCOMPARE(stats.served, quint64(1000));
    QCOMPARE(stats.badRequests, quint64(0));
    QCOMPARE(stats.accepted, quint64(client.connections()));
    QVERIFY(stats.peak >= 2 && stats.peak <= 100);
    if (keepAlive)
        QCOMPARE(client.connections(), 100);
    else
        QCOMPARE(client.connections(), 1000);
}

void tst_EmbeddedServer::keepAliveReuse()
{
    QFETCH(QString, model);
    auto server = startServer(model);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    QVERIFY(socket.waitForConnected(5000));
    QByteArray buffer;
    for (int i = 0; i < 50; ++i) {
        socket.write("GET /santai HTTP/1.1\r\nHost: x\r\n\r\n");
        testhttp::Response response;
        while (!testhttp::takeResponse(buffer, &response)) {
            QVERIFY(socket.waitForReadyRead(5000));
            buffer += socket.readAll();
        }
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("santai saja"));
    }
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(server->stats().accepted, quint64(1));
    QCOMPARE(server->stats().served, quint64(50));
    QCOMPARE(server->stats().current, 1);
    socket.disconnectFromHost();
    QTRY_COMPARE(server->stats().current, 0);
}

void tst_EmbeddedServer::pipelinedRequestsAnsweredInOrder()
{
    QFETCH(QString, model);
    auto server = startServer(model);
    const QList<QByteArray> paths = {"/santai", "/", "/hello.txt", "/missing", "/santai"};
    QByteArray batch;
    for (int round = 0; round < 20; ++round) {
        for (const QByteArray &path : paths)
            batch += "GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n";
    }
    batch += "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nbodyGET /santai "
             "HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    const testhttp::Exchange e = exchange(server->port(), batch, 102, true);
    QCOMPARE(e.responses.size(), 102);
    for (int i = 0; i < 100; ++i) {
        const QByteArray &path = paths[i % paths.size()];
        const testhttp::Response &r = e.responses[i];
        if (path == "/santai")
            QCOMPARE(r.body, QByteArray("santai saja"));
        else if (path == "/")
            QCOMPARE(r.body, kCourseBody);
        else if (path == "/missing")
            QCOMPARE(r.status, 404);
        else
            QVERIFY(r.body.startsWith("santai saja, ini"));
    }
    QCOMPARE(e.responses[100].body, QByteArray("kosong"));
    QCOMPARE(e.responses[101].header("Connection"), QByteArray("close"));
    QVERIFY(e.closedByServer);
    QVERIFY(e.leftover.isEmpty());
}

void tst_EmbeddedServer::idleTimeoutCloses()
{
    QFETCH(QString, model);
    ServerOptions options;
    options.idleTimeoutMs = 300;
    auto server = startServer(model, options);

    // Silent after connecting, silent after a response, and a slow header
    // that keeps dripping bytes (the deadline is absolute, as nginx's).
    QTcpSocket silent;
    QTcpSocket afterResponse;
    QTcpSocket slowHeader;
    for (QTcpSocket *socket : {&silent, &afterResponse, &slowHeader}) {
        socket->connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(socket->waitForConnected(5000));
    }
    afterResponse.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(afterResponse.waitForReadyRead(5000));
    QTRY_COMPARE(server->stats().current, 3);
    QElapsedTimer dripping;
    dripping.start();
    slowHeader.write("GET / HTTP/1.1\r\n");
    while (slowHeader.state() == QAbstractSocket::ConnectedState && dripping.elapsed() < 10000) {
        slowHeader.write("X: y\r\n");
        slowHeader.waitForDisconnected(50);
    }
    QCOMPARE(slowHeader.state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(afterResponse.state(), QAbstractSocket::UnconnectedState, 10000);
    QTRY_COMPARE(server->stats().current, 0);
    QVERIFY(slowHeader.readAll().isEmpty()); // closed silently, no response to a half head
}

void tst_EmbeddedServer::connectionCapAnswers503()
{
    QFETCH(QString, model);
    ServerOptions options;
    options.maxConnections = 3;
    auto server = startServer(model, options);
    QList<QTcpSocket *> held;
    for (int i = 0; i < 3; ++i) {
        auto *socket = new QTcpSocket(this);
        socket->connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(socket->waitForConnected(5000));
        held.append(socket);
    }
    QTRY_COMPARE(server->stats().current, 3);
    testhttp::Exchange e = exchange(server->port(), "GET / HTTP/1.1\r\nHost: x\r\n\r\n", 1, true);
    QCOMPARE(e.responses.size(), 1);
    QCOMPARE(e.responses[0].status, 503);
    QCOMPARE(e.responses[0].header("Connection"), QByteArray("close"));
    QVERIFY(e.closedByServer);
    // The held connections are still served, and a slot frees up on close.
    held[0]->write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(held[0]->waitForReadyRead(5000));
    QVERIFY(held[0]->readAll().startsWith("HTTP/1.1 200 OK"));
    held[1]->abort();
    QTRY_COMPARE(server->stats().current, 2);
    e = exchange(server->port(), "GET / HTTP/1.1\r\nHost: x\r\n\r\n", 1);
    QCOMPARE(e.responses.value(0).status, 200);
    qDeleteAll(held);
}

void tst_EmbeddedServer::stopWithOpenConnectionsIsPrompt()
{
    QFETCH(QString, model);
    ServerOptions options;
    options.idleTimeoutMs = 60000;
    auto server = startServer(model, options);
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < 30; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(socket->waitForConnected(5000));
        if (i % 3 == 1)
            socket->write("GET / HTTP/1.1\r\nHost: x\r\n\r\n"); // idle keep-alive after this
        else if (i % 3 == 2)
            socket->write("GET / HTTP/1.1\r\nHos"); // half a head
        clients.push_back(std::move(socket));
    }
    QTRY_COMPARE(server->stats().current, 30);
    QTRY_COMPARE(server->stats().served, quint64(10));
    QElapsedTimer timer;
    timer.start();
    server->stop();
    // Far below the 60 s idle timeout: stop() interrupts, it does not wait.
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!server->isRunning());
    QCOMPARE(server->stats().current, 0);
    for (auto &socket : clients)
        QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
}

void tst_EmbeddedServer::malformedRequestsDoNotStopServing()
{
    QFETCH(QString, model);
    auto server = startServer(model);
    const quint16 port = server->port();
    // A keep-alive client opened before the attacks must still be served after.
    QTcpSocket bystander;
    bystander.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(bystander.waitForConnected(5000));

    const QByteArray ok = "GET / HTTP/1.1\r\nHost: x\r\n";
    const QList<std::pair<QByteArray, int>> cases = {
            {"GARBAGE\r\n\r\n", 400},
            {"FOO / HTTP/1.1\r\nHost: x\r\n\r\n", 501},
            {"GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505},
            {"GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\n\r\n", 414},
            {ok + "X: " + QByteArray(9000, 'b') + "\r\n\r\n", 431},
            {ok + QByteArray("X-A: b\r\n").repeated(101) + "\r\n", 431},
            {ok + "Content-Length: 2000000\r\n\r\n" + QByteArray(64 * 1024, 'c'), 413},
            {ok + "Content-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", 400},
            {ok + "Transfer-Encoding: gzip\r\n\r\n", 501},
            {ok + QByteArrayLiteral("X: a\0b\r\n\r\n"), 400},
            {QByteArray::fromHex("16030100a5010000a10303") + QByteArray(100, '\x01'), 400},
            {"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 400},
            {"GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n", 400},
    };
    for (const auto &[bytes, status] : cases) {
        const testhttp::Exchange e = exchange(port, bytes, 1, true);
        QVERIFY2(e.responses.size() == 1, bytes.left(40).toHex().constData());
        QCOMPARE(e.responses[0].status, status);
        QCOMPARE(e.responses[0].header("Connection"), QByteArray("close"));
        QVERIFY(e.closedByServer);
    }
    QCOMPARE(server->stats().badRequests, quint64(cases.size()));

    bystander.write("GET /santai HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(bystander.waitForReadyRead(5000));
    QVERIFY(bystander.readAll().endsWith("santai saja"));
    const testhttp::Exchange e = exchange(port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n", 1);
    QCOMPARE(e.responses.value(0).status, 200);
}

void tst_EmbeddedServer::pathTraversalNeverServesTheFile()
{
    QFETCH(QString, model);
    QTemporaryDir base;
    QVERIFY(base.isValid());
    const QByteArray secret = "SECRET-OUTSIDE-THE-ROOT";
    QFile outside(base.filePath(QStringLiteral("secret.txt")));
    QVERIFY(outside.open(QIODevice::WriteOnly) && outside.write(secret) == secret.size());
    outside.close();
    const QString root = base.filePath(QStringLiteral("www"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/static")));
    QFile inside(root + QStringLiteral("/static/a.txt"));
    QVERIFY(inside.open(QIODevice::WriteOnly) && inside.write("inside") == 6);
    inside.close();
    QVERIFY(QFile::link(outside.fileName(), root + QStringLiteral("/link.txt")));
    QVERIFY(QFile::link(base.path(), root + QStringLiteral("/up")));

    ServerOptions options;
    options.docRoot = root;
    auto server = startServer(model, options);
    const QList<QByteArray> vectors = {
            "/../secret.txt",
            "/static/../../secret.txt",
            "/%2e%2e/secret.txt",
            "/static/%2e%2e/%2e%2e/secret.txt",
            "/static/.%2e/.%2e/secret.txt",
            "/static/..%2f..%2fsecret.txt",
            "/%252e%252e/secret.txt",
            "/static/%%32%65%%32%65/secret.txt",
            "/link.txt",
            "/up/secret.txt",
            "/static/a.txt%00.html",
            "/..\\secret.txt",
    };
    for (const QByteArray &path : vectors) {
        const testhttp::Exchange e
                = exchange(server->port(), "GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n", 1);
        QVERIFY2(e.responses.size() == 1, path.constData());
        const int status = e.responses[0].status;
        QVERIFY2(status == 400 || status == 404, path.constData());
        QVERIFY(!e.responses[0].body.contains(secret));
    }
    const testhttp::Exchange e = exchange(
            server->port(), "GET /static/../static/a.txt HTTP/1.1\r\nHost: x\r\n\r\n", 1);
    QCOMPARE(e.responses.value(0).body, QByteArray("inside"));
}

QTEST_GUILESS_MAIN(tst_EmbeddedServer)
#include "tst_embeddedserver.moc"
