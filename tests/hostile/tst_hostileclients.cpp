// Hostile clients against every server model, over real sockets: malformed
// and smuggling requests, limits, traversal, slow and enormous requests,
// thousands of pipelined requests, half-closed and reset connections. Every
// case asserts the exact answer (or, with no answer, the server's counters)
// and that the server still serves a normal client afterwards. Runs on the
// test thread; each server runs in its own threads.

#include "embeddedserver.h"
#include "rawclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>

namespace {

const QByteArray kSecret = "SECRET-OUTSIDE-THE-ROOT";
const QByteArray kSantai = "GET /santai HTTP/1.1\r\nHost: x\r\n\r\n";
const QByteArray kOk = "GET / HTTP/1.1\r\nHost: x\r\n";
const QByteArray kPost = "POST / HTTP/1.1\r\nHost: x\r\n";
// Longer than any wait a passing case needs, far shorter than the idle
// timeout: a connection the server forgot to close shows up as a failure.
constexpr int kPromptMs = 3000;
constexpr int kIdleTimeoutMs = 30000;

QByteArray get(const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n";
}

// An error answer closes the connection and counts as a bad request; a 200
// or 404 keeps it open.
bool isErrorStatus(int status)
{
    return status >= 400 && status != 404;
}

struct HostileCase
{
    const char *name;
    QByteArray request;
    int status;
};

QList<HostileCase> hostileCases()
{
    const QByteArray chunked = kPost + "Transfer-Encoding: chunked\r\n\r\n";
    return {
            // Request line (RFC 9112 §3).
            {"garbage request line", "GARBAGE\r\n\r\n", 400},
            {"lower-case method", "get / HTTP/1.1\r\nHost: x\r\n\r\n", 400},
            {"unknown method", "FOO / HTTP/1.1\r\nHost: x\r\n\r\n", 501},
            {"unimplemented method DELETE", "DELETE / HTTP/1.1\r\nHost: x\r\n\r\n", 501},
            {"CONNECT tunnel", "CONNECT example.com:443 HTTP/1.1\r\nHost: x\r\n\r\n", 501},
            {"control byte in method", "G\x01T / HTTP/1.1\r\nHost: x\r\n\r\n", 400},
            {"HTTP/2.0 version", "GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505},
            {"HTTP/3.0 version", "GET / HTTP/3.0\r\nHost: x\r\n\r\n", 505},
            // RFC 9110 §2.5: a higher minor version is processed as HTTP/1.1 (nginx too).
            {"HTTP/1.2 is served as 1.1", "GET / HTTP/1.2\r\nHost: x\r\n\r\n", 200},
            {"lower-case version", "GET / http/1.1\r\nHost: x\r\n\r\n", 400},
            {"version with trailing garbage", "GET / HTTP/1.1x\r\nHost: x\r\n\r\n", 400},
            {"no version (HTTP/0.9 form)", "GET /\r\n\r\n", 400},
            {"extra token after version", "GET / HTTP/1.1 x\r\nHost: x\r\n\r\n", 400},
            {"double space in request line", "GET  / HTTP/1.1\r\nHost: x\r\n\r\n", 400},
            {"asterisk-form with GET", "GET * HTTP/1.1\r\nHost: x\r\n\r\n", 400},
            // RFC 9112 §3.2.2: a server MUST accept the absolute-form (nginx does).
            {"absolute-form target", "GET http://x/santai HTTP/1.1\r\nHost: x\r\n\r\n", 200},
            {"absolute-form with another scheme", "GET ftp://x/santai HTTP/1.1\r\nHost: x\r\n\r\n",
             400},
            {"absolute-form without a host", "GET http:///santai HTTP/1.1\r\nHost: x\r\n\r\n", 400},
            {"bare LF line ends", "GET / HTTP/1.1\nHost: x\n\n", 400},
            {"one leading empty line tolerated", "\r\n" + kOk + "\r\n", 200},
            {"too many leading empty lines", QByteArray("\r\n").repeated(9) + kOk + "\r\n", 400},
            {"request-target too long", get("/" + QByteArray(9000, 'a')), 414},
            {"HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 400},
            {"TLS ClientHello", QByteArray::fromHex("16030100a5010000a10303") + QByteArray(64, 1),
             400},
            // Header fields (RFC 9112 §5, RFC 9110 §5.5).
            {"header line too long", kOk + "X: " + QByteArray(9000, 'b') + "\r\n\r\n", 431},
            {"header block too large",
             kOk + QByteArray("X-Big: " + QByteArray(1000, 'c') + "\r\n").repeated(40) + "\r\n",
             431},
            {"101 header fields", kOk + QByteArray("X-A: b\r\n").repeated(100) + "\r\n", 431},
            {"20000 header fields", kOk + QByteArray("X: y\r\n").repeated(20000) + "\r\n", 431},
            {"obs-fold", kOk + "X-A: a\r\n b\r\n\r\n", 400},
            {"whitespace before colon", "GET / HTTP/1.1\r\nHost : x\r\n\r\n", 400},
            {"NUL in header value", kOk + QByteArrayLiteral("X: a\0b\r\n\r\n"), 400},
            {"control byte in header value",
             kOk
                     + "X: a\x01"
                       "b\r\n\r\n",
             400},
            {"bare CR in header value", kOk + "X: a\rb\r\n\r\n", 400},
            {"DEL in header name", kOk + "X\x7f: a\r\n\r\n", 400},
            {"separator in header name", kOk + "X(y): a\r\n\r\n", 400},
            {"empty header name", kOk + ": a\r\n\r\n", 400},
            {"header line without colon", kOk + "NoColon\r\n\r\n", 400},
            {"whitespace before first header", "GET / HTTP/1.1\r\n Host: x\r\n\r\n", 400},
            {"missing Host in HTTP/1.1", "GET / HTTP/1.1\r\n\r\n", 400},
            {"two Host fields", kOk + "Host: y\r\n\r\n", 400},
            {"invalid UTF-8 in header value tolerated", kOk + "X: \xff\xfe\xc0\xaf\r\n\r\n", 200},
            // Message framing and smuggling (RFC 9112 §6).
            {"Content-Length with Transfer-Encoding",
             kPost + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400},
            {"Transfer-Encoding with Content-Length",
             kPost + "Transfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n0\r\n\r\n", 400},
            {"conflicting Content-Length",
             kPost + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!", 400},
            {"Content-Length list", kPost + "Content-Length: 5, 5\r\n\r\nhello", 400},
            {"negative Content-Length", kPost + "Content-Length: -1\r\n\r\n", 400},
            {"signed Content-Length", kPost + "Content-Length: +5\r\n\r\nhello", 400},
            {"hex Content-Length", kPost + "Content-Length: 0x5\r\n\r\nhello", 400},
            {"empty Content-Length", kPost + "Content-Length:\r\n\r\n", 400},
            {"Content-Length overflowing 64 bits",
             kPost + "Content-Length: 99999999999999999999\r\n\r\n", 400},
            {"Content-Length of 18 digits", kPost + "Content-Length: 999999999999999999\r\n\r\n",
             413},
            {"body too large, answered before it is sent",
             kPost + "Content-Length: 2000000\r\n\r\n", 413},
            {"unknown transfer-coding", kPost + "Transfer-Encoding: gzip\r\n\r\n", 501},
            {"chunked applied twice", kPost + "Transfer-Encoding: chunked, chunked\r\n\r\n", 501},
            {"xchunked", kPost + "Transfer-Encoding: xchunked\r\n\r\n", 501},
            {"Transfer-Encoding in HTTP/1.0",
             "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400},
            {"chunk size not hex", chunked + "zz\r\nhello\r\n0\r\n\r\n", 400},
            {"negative chunk size", chunked + "-5\r\nhello\r\n0\r\n\r\n", 400},
            {"chunk size overflowing", chunked + "fffffffffffffffff\r\nhello\r\n0\r\n\r\n", 400},
            {"chunk data without CRLF", chunked + "5\r\nhelloXX0\r\n\r\n", 400},
            {"chunk size line with bare LF", chunked + "5\nhello\r\n0\r\n\r\n", 400},
            {"chunk extension too long", chunked + "5;" + QByteArray(5000, 'e') + "\r\n", 400},
            {"chunked body too large", chunked + "200000\r\n" + QByteArray(4096, 'd'), 413},
            {"valid chunked body", chunked + "5;x=y\r\nhello\r\n0\r\nT: v\r\n\r\n", 200},
            // Targets: traversal, encodings (RFC 3986).
            {"NUL in request-target", QByteArrayLiteral("GET /a\0b HTTP/1.1\r\nHost: x\r\n\r\n"),
             400},
            {"raw non-ASCII byte in target", get("/\xff\xfe"), 400},
            {"fragment in target", get("/index.html#x"), 400},
            {"backslash traversal", get("/..\\secret.txt"), 400},
            {"dot-dot traversal", get("/../secret.txt"), 400},
            {"dot-dot below a directory", get("/sub/../../secret.txt"), 400},
            {"encoded dot-dot", get("/%2e%2e/secret.txt"), 400},
            {"mixed encoded dot-dot", get("/sub/.%2E/.%2e/secret.txt"), 400},
            {"encoded slashes", get("/sub/..%2f..%2fsecret.txt"), 404},
            {"double-encoded dot-dot", get("/%252e%252e/secret.txt"), 404},
            {"overlong UTF-8 dots", get("/%c0%ae%c0%ae/secret.txt"), 404},
            {"symlink out of the root", get("/link.txt"), 404},
            {"encoded NUL", get("/inside.txt%00.html"), 400},
            {"bad percent escape", get("/%zz"), 400},
            {"truncated percent escape", get("/inside.txt%4"), 400},
            {"invalid UTF-8 in path", get("/%ff%fe%fd.txt"), 404},
            {"UTF-16 surrogate in path", get("/%ed%a0%80.txt"), 404},
    };
}

} // namespace

class tst_HostileClients : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void hostileRequests_data();
    void hostileRequests();
    void slowByteByByte_data();
    void slowByteByByte();
    void largerThanEveryLimit_data();
    void largerThanEveryLimit();
    void thousandsOfPipelinedRequests_data();
    void thousandsOfPipelinedRequests();
    void errorInsidePipelineStopsTheRest_data();
    void errorInsidePipelineStopsTheRest();
    void halfClosedConnection_data();
    void halfClosedConnection();
    void abruptReset_data();
    void abruptReset();

private:
    void addModels();
    EmbeddedServer &server(const QString &model) { return *m_servers.at(model); }
    void verifyStillServes(const QString &model);

    QTemporaryDir m_base;
    std::map<QString, std::unique_ptr<EmbeddedServer>> m_servers;
    // One keep-alive client per model, opened before any attack and asked
    // again after each: the attacks must not disturb other connections.
    std::map<QString, std::unique_ptr<RawClient>> m_bystanders;
};

void tst_HostileClients::initTestCase()
{
    QVERIFY(m_base.isValid());
    QFile secret(m_base.filePath(QStringLiteral("secret.txt")));
    QVERIFY(secret.open(QIODevice::WriteOnly) && secret.write(kSecret) == kSecret.size());
    secret.close();
    const QString root = m_base.filePath(QStringLiteral("www"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/sub")));
    QFile inside(root + QStringLiteral("/inside.txt"));
    QVERIFY(inside.open(QIODevice::WriteOnly) && inside.write("inside") == 6);
    inside.close();
    QVERIFY(QFile::link(secret.fileName(), root + QStringLiteral("/link.txt")));

    ServerOptions options;
    options.docRoot = root;
    options.idleTimeoutMs = kIdleTimeoutMs;
    // Each case holds a few connections beside the bystander: a pool that
    // small clients could exhaust would test the pool's size, not its answers.
    options.poolThreads = 32;
    for (const ServerModel model : allServerModels()) {
        auto embedded = EmbeddedServer::create(model);
        QVERIFY2(embedded->start(options), qPrintable(embedded->errorString()));
        auto bystander = std::make_unique<RawClient>(embedded->port());
        QVERIFY(bystander->isOpen());
        m_bystanders[serverModelKey(model)] = std::move(bystander);
        m_servers[serverModelKey(model)] = std::move(embedded);
    }
    for (const auto &[key, embedded] : m_servers)
        QTRY_COMPARE(embedded->stats().current, 1);
}

void tst_HostileClients::cleanupTestCase()
{
    m_bystanders.clear();
    for (auto &[key, embedded] : m_servers)
        embedded->stop();
}

void tst_HostileClients::addModels()
{
    QTest::addColumn<QString>("model");
}

void tst_HostileClients::verifyStillServes(const QString &model)
{
    EmbeddedServer &embedded = server(model);
    RawClient normal(embedded.port());
    QVERIFY(normal.isOpen());
    QVERIFY(normal.send(kSantai));
    QVERIFY(normal.waitForResponses(1, kPromptMs));
    QCOMPARE(normal.responses().first().status, 200);
    QCOMPARE(normal.responses().first().body, QByteArray("santai saja"));

    RawClient &bystander = *m_bystanders.at(model);
    const qsizetype seen = bystander.responses().size();
    QVERIFY(bystander.send(kSantai));
    QVERIFY(bystander.waitForResponses(int(seen) + 1, kPromptMs));
    QCOMPARE(bystander.responses().last().status, 200);
    QVERIFY(!bystander.peerClosed());

    // Every connection the case opened is gone; only the bystander remains.
    normal.closeNow();
    QTRY_COMPARE_WITH_TIMEOUT(embedded.stats().current, 1, kPromptMs);
}

void tst_HostileClients::hostileRequests_data()
{
    addModels();
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QList<HostileCase> cases = hostileCases();
    for (const char *model : {"async", "thread", "pool", "reactor"}) {
        for (const HostileCase &c : cases) {
            // (QByteArray, not "%s": GCC 12 cannot see that name is never null.)
            QTest::newRow(QByteArray(QByteArray(model) + ": " + c.name).constData())
                    << QString::fromLatin1(model) << c.request << c.status;
        }
    }
}

void tst_HostileClients::hostileRequests()
{
    QFETCH(QString, model);
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    EmbeddedServer &embedded = server(model);
    const ServerStats before = embedded.stats();

    RawClient client(embedded.port());
    QVERIFY(client.isOpen());
    client.send(request); // the server may stop reading once it has refused
    client.waitForResponses(1, kPromptMs);
    const bool error = isErrorStatus(status);
    if (error) {
        client.waitForPeerClose(kPromptMs);
    } else if (!client.peerClosed()) {
        // Still in sync: the same connection answers a normal request next.
        client.send(kSantai);
        client.waitForResponses(2, kPromptMs);
    }
    const ServerStats after = embedded.stats();
    const int answered = client.responses().isEmpty() ? 0 : client.responses().first().status;
    client.closeNow();

    verifyStillServes(model);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!client.received().contains(kSecret));

    QCOMPARE(answered, status);
    if (error) {
        QCOMPARE(client.responses().size(), 1);
        QCOMPARE(client.responses().first().header("Connection"), QByteArray("close"));
        QVERIFY2(client.peerClosed(), "the server must close after an error answer");
        QVERIFY(client.pending().isEmpty());
        QCOMPARE(after.badRequests - before.badRequests, quint64(1));
    } else {
        QCOMPARE(client.responses().size(), 2);
        QVERIFY(client.responses().first().header("Connection").isEmpty());
        QCOMPARE(client.responses().at(1).status, 200);
        QCOMPARE(client.responses().at(1).body, QByteArray("santai saja"));
        QVERIFY(!client.peerClosed());
        QCOMPARE(after.badRequests - before.badRequests, quint64(0));
    }
    QCOMPARE(after.served - before.served, quint64(client.responses().size()));
}

void tst_HostileClients::slowByteByByte_data()
{
    addModels();
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    for (const char *model : {"async", "thread", "pool", "reactor"}) {
        const QString key = QString::fromLatin1(model);
        QTest::addRow("%s: GET", model) << key << (kOk + "User-Agent: slow\r\n\r\n") << 200;
        QTest::addRow("%s: POST with body", model)
                << key << (kPost + "Content-Length: 5\r\n\r\nhello") << 200;
        QTest::addRow("%s: chunked POST", model)
                << key << (kPost + "Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
                << 200;
        QTest::addRow("%s: obs-fold", model) << key << (kOk + "X: a\r\n b\r\n\r\n") << 400;
        QTest::addRow("%s: body too large", model)
                << key << (kPost + "Content-Length: 9999999\r\n\r\n") << 413;
    }
}

void tst_HostileClients::slowByteByByte()
{
    QFETCH(QString, model);
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    EmbeddedServer &embedded = server(model);
    RawClient client(embedded.port());
    QVERIFY(client.isOpen());
    QVERIFY(client.sendSlowly(request, 1));
    QVERIFY(client.waitForResponses(1, kPromptMs));
    QCOMPARE(client.responses().first().status, status);
    if (isErrorStatus(status)) {
        QVERIFY(client.waitForPeerClose(kPromptMs));
    } else {
        QVERIFY(!client.peerClosed());
        QVERIFY(client.pending().isEmpty()); // exactly one answer to one request
    }
    client.closeNow();
    verifyStillServes(model);
}

void tst_HostileClients::largerThanEveryLimit_data()
{
    addModels();
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QByteArray huge(4 * 1024 * 1024, 'a');
    const QByteArray everything = "GET /" + huge + " HTTP/1.1\r\nHost: x\r\n"
            + QByteArray("X: " + huge.left(10000) + "\r\n").repeated(200)
            + "Content-Length: 99999999\r\n\r\n" + huge;
    for (const char *model : {"async", "thread", "pool", "reactor"}) {
        const QString key = QString::fromLatin1(model);
        QTest::addRow("%s: 4 MiB request line", model) << key << get("/" + huge) << 414;
        QTest::addRow("%s: 4 MiB header line", model)
                << key << (kOk + "X: " + huge + "\r\n\r\n") << 431;
        QTest::addRow("%s: 4 MiB body", model)
                << key << (kPost + "Content-Length: 4194304\r\n\r\n" + huge) << 413;
        QTest::addRow("%s: 4 MiB chunk", model)
                << key << (kPost + "Transfer-Encoding: chunked\r\n\r\n400000\r\n" + huge) << 413;
        QTest::addRow("%s: every limit at once", model) << key << everything << 414;
    }
}

void tst_HostileClients::largerThanEveryLimit()
{
    QFETCH(QString, model);
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    EmbeddedServer &embedded = server(model);
    const ServerStats before = embedded.stats();
    RawClient client(embedded.port());
    QVERIFY(client.isOpen());
    // The server answers early and then drains for a while; whether it was
    // still reading when the last byte left is not the point.
    client.send(request);
    QVERIFY(client.waitForResponses(1, kPromptMs));
    QCOMPARE(client.responses().first().status, status);
    QCOMPARE(client.responses().first().header("Connection"), QByteArray("close"));
    QVERIFY(client.waitForPeerClose(kPromptMs));
    QCOMPARE(client.responses().size(), 1);
    QCOMPARE(embedded.stats().badRequests - before.badRequests, quint64(1));
    client.closeNow();
    verifyStillServes(model);
}

void tst_HostileClients::thousandsOfPipelinedRequests_data()
{
    addModels();
    for (const ServerModel model : allServerModels())
        QTest::newRow(qPrintable(serverModelKey(model))) << serverModelKey(model);
}

void tst_HostileClients::thousandsOfPipelinedRequests()
{
    QFETCH(QString, model);
    EmbeddedServer &embedded = server(model);
    const ServerStats before = embedded.stats();
    constexpr int kCount = 5000;
    const QList<QByteArray> requests = {kSantai, get("/missing"), get("/inside.txt")};
    QByteArray batch;
    for (int i = 0; i < kCount - 1; ++i)
        batch += requests[i % requests.size()];
    batch += "GET /santai HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";

    QElapsedTimer timer;
    timer.start();
    RawClient client(embedded.port());
    QVERIFY(client.isOpen());
    QVERIFY(client.send(batch));
    QVERIFY(client.waitForResponses(kCount, 20000));
    QVERIFY(client.waitForPeerClose(kPromptMs));
    QCOMPARE(client.responses().size(), kCount);
    for (int i = 0; i < kCount - 1; ++i) {
        const testhttp::Response &response = client.responses().at(i);
        const int kind = i % int(requests.size());
        QCOMPARE(response.status, kind == 1 ? 404 : 200);
        if (kind == 2)
            QCOMPARE(response.body, QByteArray("inside"));
    }
    QCOMPARE(client.responses().last().header("Connection"), QByteArray("close"));
    QVERIFY(client.pending().isEmpty());
    QCOMPARE(embedded.stats().served - before.served, quint64(kCount));
    QCOMPARE(embedded.stats().badRequests, before.badRequests);
    qInfo("%d pipelined requests answered in %lld ms", kCount, timer.elapsed());
    client.closeNow();
    verifyStillServes(model);
}

void tst_HostileClients::errorInsidePipelineStopsTheRest_data()
{
    thousandsOfPipelinedRequests_data();
}

void tst_HostileClients::errorInsidePipelineStopsTheRest()
{
    QFETCH(QString, model);
    EmbeddedServer &embedded = server(model);
    const ServerStats before = embedded.stats();
    // Nothing after a framing error can be trusted to be a request: a
    // smuggled one must never be answered.
    const QByteArray batch = kSantai.repeated(100) + kPost
            + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + get("/smuggled")
            + kSantai.repeated(100);
    RawClient client(embedded.port());
    QVERIFY(client.isOpen());
    client.send(batch);
    QVERIFY(client.waitForPeerClose(kPromptMs));
    QCOMPARE(client.responses().size(), 101);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(client.responses().at(i).status, 200);
    QCOMPARE(client.responses().last().status, 400);
    QVERIFY(client.pending().isEmpty());
    QCOMPARE(embedded.stats().served - before.served, quint64(101));
    QCOMPARE(embedded.stats().badRequests - before.badRequests, quint64(1));
    client.closeNow();
    verifyStillServes(model);
}

void tst_HostileClients::halfClosedConnection_data()
{
    addModels();
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QList<int>>("statuses");
    QByteArray pipelined;
    QList<int> pipelinedStatuses;
    for (int i = 0; i < 3000; ++i) {
        pipelined += i % 2 ? get("/inside.txt") : kSantai;
        pipelinedStatuses.append(200);
    }
    for (const char *model : {"async", "thread", "pool", "reactor"}) {
        const QString key = QString::fromLatin1(model);
        QTest::addRow("%s: GET", model) << key << kSantai << QList<int> {200};
        QTest::addRow("%s: HTTP/1.0 GET", model)
                << key << QByteArray("GET /santai HTTP/1.0\r\n\r\n") << QList<int> {200};
        QTest::addRow("%s: POST with body", model)
                << key << (kPost + "Content-Length: 5\r\n\r\nhello") << QList<int> {200};
        QTest::addRow("%s: two pipelined", model)
                << key << kSantai.repeated(2) << QList<int> {200, 200};
        QTest::addRow("%s: 3000 pipelined", model) << key << pipelined << pipelinedStatuses;
        QTest::addRow("%s: bad request", model)
                << key << QByteArray("FOO / HTTP/1.1\r\nHost: x\r\n\r\n") << QList<int> {501};
        // A request cut short by the client's FIN gets no answer, at once.
        QTest::addRow("%s: half a head", model)
                << key << QByteArray("GET / HTTP/1.1\r\nHos") << QList<int> {};
        QTest::addRow("%s: half a body", model)
                << key << (kPost + "Content-Length: 10\r\n\r\nhello") << QList<int> {};
        QTest::addRow("%s: nothing", model) << key << QByteArray() << QList<int> {};
    }
}

void tst_HostileClients::halfClosedConnection()
{
    QFETCH(QString, model);
    QFETCH(QByteArray, request);
    QFETCH(QList<int>, statuses);
    EmbeddedServer &embedded = server(model);
    const ServerStats before = embedded.stats();
    RawClient client(embedded.port());
    QVERIFY(client.isOpen());
    QVERIFY(client.send(request));
    client.shutdownWrite();
    // The answers still arrive on the open half, then the server closes:
    // the client can send nothing more.
    QVERIFY(client.waitForResponses(int(statuses.size()), 10000));
    QVERIFY2(client.waitForPeerClose(kPromptMs),
             "the server must close a finished half-closed "
             "connection, not wait for the idle timeout");
    QVERIFY(!client.wasReset());
    QCOMPARE(client.responses().size(), statuses.size());
    for (qsizetype i = 0; i < statuses.size(); ++i)
        QCOMPARE(client.responses().at(i).status, statuses.at(i));
    QVERIFY(client.pending().isEmpty());
    QCOMPARE(embedded.stats().served - before.served, quint64(statuses.size()));
    client.closeNow();
    verifyStillServes(model);
}

void tst_HostileClients::abruptReset_data()
{
    addModels();
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("waitForAnswers"); // answers to read before the reset
    QTest::addColumn<int>("maxServed");
    QTest::addColumn<int>("badRequests");
    const QByteArray pipelined = kSantai.repeated(3000);
    for (const char *model : {"async", "thread", "pool", "reactor"}) {
        const QString key = QString::fromLatin1(model);
        QTest::addRow("%s: right after connect", model) << key << QByteArray() << 0 << 0 << 0;
        QTest::addRow("%s: mid head", model)
                << key << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nUser-Ag") << 0 << 0 << 0;
        QTest::addRow("%s: mid body", model)
                << key << (kPost + "Content-Length: 100000\r\n\r\n" + QByteArray(50000, 'b')) << 0
                << 0 << 0;
        QTest::addRow("%s: mid chunk", model)
                << key << (kPost + "Transfer-Encoding: chunked\r\n\r\n1000\r\nabc") << 0 << 0 << 0;
        // The answer races the reset: at most that one answer is written.
        QTest::addRow("%s: right after a request", model) << key << kSantai << 0 << 1 << 0;
        QTest::addRow("%s: while answering 3000 pipelined", model)
                << key << pipelined << 1 << 3000 << 0;
        QTest::addRow("%s: while lingering after an error", model)
                << key << ("FOO / HTTP/1.1\r\nHost: x\r\n\r\n" + QByteArray(100000, 'z')) << 1 << 1
                << 1;
    }
}

void tst_HostileClients::abruptReset()
{
    QFETCH(QString, model);
    QFETCH(QByteArray, request);
    QFETCH(int, waitForAnswers);
    QFETCH(int, maxServed);
    QFETCH(int, badRequests);
    EmbeddedServer &embedded = server(model);
    const ServerStats before = embedded.stats();
    {
        RawClient client(embedded.port());
        QVERIFY(client.isOpen());
        QTRY_COMPARE(embedded.stats().accepted, before.accepted + 1);
        client.send(request);
        if (waitForAnswers > 0)
            QVERIFY(client.waitForResponses(waitForAnswers, kPromptMs));
        else
            QThread::msleep(50); // let the server read what was sent
        client.resetAbruptly();
    }
    // No answer to check: the server dropped the connection promptly,
    // counted no bad request and answered no more than was asked.
    QTRY_COMPARE_WITH_TIMEOUT(embedded.stats().current, 1, kPromptMs);
    const ServerStats after = embedded.stats();
    QCOMPARE(after.badRequests - before.badRequests, quint64(badRequests));
    QVERIFY2(after.served - before.served <= quint64(maxServed),
             qPrintable(QString::number(after.served - before.served)));
    QVERIFY(after.served - before.served >= quint64(waitForAnswers));
    verifyStillServes(model);
}

QTEST_GUILESS_MAIN(tst_HostileClients)
#include "tst_hostileclients.moc"
