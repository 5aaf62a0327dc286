// HttpRequestParser without sockets or an event loop: every case fed whole,
// byte by byte and split at every offset must give the same answer.

#include "httprequestparser.h"

#include <QRandomGenerator>
#include <QTest>

using Status = HttpRequestParser::Status;

namespace {

struct Outcome
{
    Status status = Status::Incomplete;
    int errorStatus = 0;
    qsizetype consumed = 0; // bytes consumed by the first request
    HttpRequest request;
};

// Feeds `bytes` in pieces of `step` bytes (0 = all at once) the way a server
// does: append, parse, drop what was consumed; stops at the first Ok/Error.
Outcome feed(const QByteArray &bytes, qsizetype step, const HttpLimits &limits = {})
{
    HttpRequestParser parser(limits);
    QByteArray buffer;
    Outcome outcome;
    qsizetype offset = 0;
    while (offset < bytes.size()) {
        const qsizetype take = step == 0 ? bytes.size() : qMin(step, bytes.size() - offset);
        buffer.append(bytes.mid(offset, take));
        offset += take;
        const HttpRequestParser::Result result = parser.parse(buffer);
        outcome.consumed += result.bytesConsumed;
        buffer.remove(0, result.bytesConsumed);
        if (result.status != Status::Incomplete) {
            outcome.status = result.status;
            outcome.errorStatus = result.errorStatus;
            outcome.request = parser.request();
            return outcome;
        }
    }
    return outcome;
}

} // namespace

class tst_HttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void validRequests_data();
    void validRequests();
    void badRequests_data();
    void badRequests();
    void splitAtEveryOffset();
    void pipelinedRequestsInOneBuffer();
    void incompleteHeadConsumesNothing();
    void nothingBufferedPastTheLimits_data();
    void nothingBufferedPastTheLimits();
    void limitsAtTheirBoundary_data();
    void limitsAtTheirBoundary();
    void chunkedBodyIsDiscarded();
    void errorIsSticky();
    void randomInputKeepsInvariants();
};

void tst_HttpRequestParser::validRequests_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("minor");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<qint64>("contentLength");

    const int get = int(HttpMethod::Get);
    const int head = int(HttpMethod::Head);
    const int post = int(HttpMethod::Post);
    QTest::newRow("ab HTTP/1.0") << QByteArray("GET / HTTP/1.0\r\nHost: 127.0.0.1:8080\r\n"
                                               "User-Agent: ApacheBench/2.3\r\nAccept: */*\r\n\r\n")
                                 << get << QByteArray("/") << 0 << false << qint64(0);
    QTest::newRow("ab -k") << QByteArray(
            "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\nHost: x\r\n\r\n")
                           << get << QByteArray("/") << 0 << true << qint64(0);
    QTest::newRow("1.0 without Host") << QByteArray("GET /santai HTTP/1.0\r\n\r\n") << get
                                      << QByteArray("/santai") << 0 << false << qint64(0);
    QTest::newRow("1.1 default keep-alive")
            << QByteArray("GET /a?b=c HTTP/1.1\r\nHost: x\r\n\r\n") << get << QByteArray("/a?b=c")
            << 1 << true << qint64(0);
    QTest::newRow("1.1 close") << QByteArray(
            "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                               << get << QByteArray("/") << 1 << false << qint64(0);
    QTest::newRow("connection list")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, CLOSE\r\n\r\n") << get
            << QByteArray("/") << 1 << false << qint64(0);
    QTest::newRow("HEAD") << QByteArray("HEAD / HTTP/1.1\r\nhost:x\r\n\r\n") << head
                          << QByteArray("/") << 1 << true << qint64(0);
    QTest::newRow("POST body") << QByteArray(
            "POST /form HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
                               << post << QByteArray("/form") << 1 << true << qint64(5);
    QTest::newRow("same Content-Length twice")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 3\r\n"
                          "\r\nabc")
            << post << QByteArray("/") << 1 << true << qint64(3);
    QTest::newRow("POST chunked") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
            "5;ext=1\r\nhello\r\nA\r\n0123456789\r\n0\r\nTrailer: t\r\n\r\n")
                                  << post << QByteArray("/") << 1 << true << qint64(0);
    QTest::newRow("leading CRLF") << QByteArray("\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n") << get
                                  << QByteArray("/") << 1 << true << qint64(0);
    QTest::newRow("obs-text value")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX: caf\xc3\xa9\r\n\r\n") << get
            << QByteArray("/") << 1 << true << qint64(0);
    // RFC 9110 2.5: a higher minor version is answered as HTTP/1.1.
    QTest::newRow("HTTP/1.9") << QByteArray("GET /a HTTP/1.9\r\nHost: x\r\n\r\n") << get
                              << QByteArray("/a") << 1 << true << qint64(0);
    // RFC 9112 3.2.2: absolute-form reaches the routes as path and query.
    QTest::newRow("absolute-form") << QByteArray("GET http://x:80/s?q HTTP/1.1\r\nHost: x\r\n\r\n")
                                   << get << QByteArray("/s?q") << 1 << true << qint64(0);
    QTest::newRow("absolute-form HTTPS, no path")
            << QByteArray("GET HTTPS://x HTTP/1.1\r\nHost: x\r\n\r\n") << get << QByteArray("/")
            << 1 << true << qint64(0);
    QTest::newRow("absolute-form, query only")
            << QByteArray("GET http://x?q=1 HTTP/1.1\r\nHost: x\r\n\r\n") << get
            << QByteArray("/?q=1") << 1 << true << qint64(0);
    QTest::newRow("100 headers") << (QByteArray("GET / HTTP/1.1\r\nHost: x\r\n")
                                     + QByteArray("X-A: b\r\n").repeated(99) + "\r\n")
                                 << get << QByteArray("/") << 1 << true << qint64(0);
}

void tst_HttpRequestParser::validRequests()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, method);
    QFETCH(QByteArray, target);
    QFETCH(int, minor);
    QFETCH(bool, keepAlive);
    QFETCH(qint64, contentLength);

    for (const qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(7)}) {
        const Outcome outcome = feed(bytes, step);
        QCOMPARE(outcome.status, Status::Ok);
        QCOMPARE(outcome.consumed, bytes.size());
        QCOMPARE(int(outcome.request.method), method);
        QCOMPARE(outcome.request.target, target);
        QCOMPARE(outcome.request.versionMinor, minor);
        QCOMPARE(outcome.request.keepAlive, keepAlive);
        QCOMPARE(outcome.request.contentLength, contentLength);
    }
}

void tst_HttpRequestParser::badRequests_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");

    const QByteArray ok = "GET / HTTP/1.1\r\nHost: x\r\n";
    QTest::newRow("no spaces") << QByteArray("GET/HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("three parts missing") << QByteArray("GET /\r\n\r\n") << 400; // HTTP/0.9
    QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("extra token") << QByteArray("GET / HTTP/1.1 x\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("lowercase method") << QByteArray("get / HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("unknown method") << QByteArray("FOO / HTTP/1.1\r\nHost: x\r\n\r\n") << 501;
    QTest::newRow("DELETE") << QByteArray("DELETE / HTTP/1.1\r\nHost: x\r\n\r\n") << 501;
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
    QTest::newRow("HTTP/0.9 version") << QByteArray("GET / HTTP/0.9\r\nHost: x\r\n\r\n") << 505;
    QTest::newRow("HTTX") << QByteArray("GET / HTTX/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("HTTP/1.") << QByteArray("GET / HTTP/1.\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("HTTP/1.1x") << QByteArray("GET / HTTP/1.1x\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("absolute target, other scheme")
            << QByteArray("GET ftp://x/ HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("absolute target, no host")
            << QByteArray("GET http:///a HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("absolute target, scheme only")
            << QByteArray("GET http:// HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("no leading slash") << QByteArray("GET a.txt HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("NUL in target")
            << QByteArrayLiteral("GET /a\0b HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("fragment") << QByteArray("GET /a#b HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("request line 9 KiB")
            << QByteArray("GET /" + QByteArray(9 * 1024, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n")
            << 414;
    QTest::newRow("endless line") << QByteArray(20000, 'G') << 414;
    QTest::newRow("header line 9 KiB")
            << QByteArray(ok + "X: " + QByteArray(9 * 1024, 'a') + "\r\n\r\n") << 431;
    QTest::newRow("header block 40 KiB") << QByteArray(
            ok + QByteArray("X-L: " + QByteArray(4000, 'b') + "\r\n").repeated(10) + "\r\n")
                                         << 431;
    QTest::newRow("101 fields") << QByteArray(ok + QByteArray("X-A: b\r\n").repeated(100) + "\r\n")
                                << 431;
    QTest::newRow("no colon") << QByteArray(ok + "NoColon\r\n\r\n") << 400;
    QTest::newRow("empty name") << QByteArray(ok + ": v\r\n\r\n") << 400;
    QTest::newRow("bad name char") << QByteArray(ok + "Ba@d: v\r\n\r\n") << 400;
    QTest::newRow("non-ASCII name") << QByteArray(ok + "B\x85: v\r\n\r\n") << 400;
    QTest::newRow("space before colon") << QByteArray(ok + "Content-Length : 0\r\n\r\n") << 400;
    QTest::newRow("NUL in value") << QByteArray(ok + QByteArrayLiteral("X: a\0b\r\n\r\n")) << 400;
    QTest::newRow("ESC in value") << QByteArray(ok + "X: a\x1b b\r\n\r\n") << 400;
    QTest::newRow("bare CR") << QByteArray(ok + "X: a\rb\r\n\r\n") << 400;
    QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << 400;
    QTest::newRow("obs-fold") << QByteArray(ok + "X: a\r\n b\r\n\r\n") << 400;
    QTest::newRow("leading whitespace") << QByteArray("GET / HTTP/1.1\r\n Host: x\r\n\r\n") << 400;
    QTest::newRow("missing Host 1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("two Hosts") << QByteArray(ok + "Host: y\r\n\r\n") << 400;
    QTest::newRow("CL abc") << QByteArray(ok + "Content-Length: abc\r\n\r\n") << 400;
    QTest::newRow("CL negative") << QByteArray(ok + "Content-Length: -1\r\n\r\n") << 400;
    QTest::newRow("CL plus") << QByteArray(ok + "Content-Length: +3\r\n\r\n") << 400;
    QTest::newRow("CL hex") << QByteArray(ok + "Content-Length: 0x10\r\n\r\n") << 400;
    QTest::newRow("CL list") << QByteArray(ok + "Content-Length: 5, 5\r\n\r\n") << 400;
    QTest::newRow("CL overflow") << QByteArray(ok + "Content-Length: 18446744073709551616\r\n\r\n")
                                 << 400;
    QTest::newRow("CL twice differing")
            << QByteArray(ok + "Content-Length: 5\r\nContent-Length: 6\r\n\r\n") << 400;
    QTest::newRow("CL and TE") << QByteArray(
            ok + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n")
                               << 400;
    QTest::newRow("TE xchunked") << QByteArray(ok + "Transfer-Encoding: xchunked\r\n\r\n") << 501;
    QTest::newRow("TE gzip, chunked")
            << QByteArray(ok + "Transfer-Encoding: gzip, chunked\r\n\r\n") << 501;
    QTest::newRow("TE ,chunked") << QByteArray(ok + "Transfer-Encoding: ,chunked\r\n\r\n") << 501;
    QTest::newRow("TE on HTTP/1.0")
            << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << 400;
    QTest::newRow("chunk size zz")
            << QByteArray(ok + "Transfer-Encoding: chunked\r\n\r\nzz\r\n") << 400;
    QTest::newRow("chunk size 0x5")
            << QByteArray(ok + "Transfer-Encoding: chunked\r\n\r\n0x5\r\n") << 400;
    QTest::newRow("chunk size bare LF")
            << QByteArray(ok + "Transfer-Encoding: chunked\r\n\r\n5\nhello") << 400;
    QTest::newRow("chunk overflow")
            << QByteArray(ok + "Transfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n") << 400;
    QTest::newRow("chunk missing CRLF")
            << QByteArray(ok + "Transfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n") << 400;
    // Found by tests/fuzz: trailer lines were only checked for control bytes.
    QTest::newRow("trailer without colon")
            << QByteArray(ok + "Transfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\nNoColon\r\n\r\n")
            << 400;
    QTest::newRow("trailer empty name")
            << QByteArray(ok + "Transfer-Encoding: chunked\r\n\r\n0\r\n: v\r\n\r\n") << 400;
    QTest::newRow("trailer obs-fold")
            << QByteArray(ok + "Transfer-Encoding: chunked\r\n\r\n0\r\nT: a\r\n b\r\n\r\n") << 400;
    QTest::newRow("trailer bad name")
            << QByteArray(ok + "Transfer-Encoding: chunked\r\n\r\n0\r\nT x: v\r\n\r\n") << 400;
    QTest::newRow("chunked over 1 MiB")
            << QByteArray(ok + "Transfer-Encoding: chunked\r\n\r\n100001\r\n") << 413;
    QTest::newRow("body over 1 MiB") << QByteArray(ok + "Content-Length: 2000000\r\n\r\n") << 413;
    QTest::newRow("TLS ClientHello") << QByteArray::fromHex("16030100a5010000a10303") << 400;
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 400;
    QTest::newRow("binary") << QByteArray::fromHex("00ff10ee9a") << 400;
}

void tst_HttpRequestParser::badRequests()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    for (const qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(5)}) {
        const Outcome outcome = feed(bytes, step);
        QCOMPARE(outcome.status, Status::Error);
        QCOMPARE(outcome.errorStatus, status);
    }
}

void tst_HttpRequestParser::splitAtEveryOffset()
{
    const QByteArray bytes = "POST /x HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                             "4\r\nwiki\r\n5;a=b\r\npedia\r\n0\r\nT: v\r\n\r\n";
    for (qsizetype split = 1; split < bytes.size(); ++split) {
        HttpRequestParser parser;
        QByteArray buffer = bytes.left(split);
        HttpRequestParser::Result result = parser.parse(buffer);
        QVERIFY2(result.status == Status::Incomplete, qPrintable(QString::number(split)));
        buffer.remove(0, result.bytesConsumed);
        buffer.append(bytes.mid(split));
        result = parser.parse(buffer);
        QCOMPARE(result.status, Status::Ok);
        QCOMPARE(result.bytesConsumed, buffer.size());
        QCOMPARE(parser.request().target, QByteArray("/x"));
    }
}

void tst_HttpRequestParser::pipelinedRequestsInOneBuffer()
{
    QByteArray buffer = "GET /1 HTTP/1.1\r\nHost: x\r\n\r\n"
                        "POST /2 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                        "HEAD /3 HTTP/1.0\r\n\r\n"
                        "GET /4 HT";
    HttpRequestParser parser;
    QList<QByteArray> targets;
    for (;;) {
        const HttpRequestParser::Result result = parser.parse(buffer);
        buffer.remove(0, result.bytesConsumed);
        if (result.status != Status::Ok)
            break;
        targets.append(parser.request().target);
    }
    QCOMPARE(targets, QList<QByteArray>({"/1", "/2", "/3"}));
    QCOMPARE(buffer, QByteArray("GET /4 HT"));
}

void tst_HttpRequestParser::incompleteHeadConsumesNothing()
{
    HttpRequestParser parser;
    const QByteArray partial = "GET / HTTP/1.1\r\nHost: x\r\n";
    const HttpRequestParser::Result result = parser.parse(partial);
    QCOMPARE(result.status, Status::Incomplete);
    QCOMPARE(result.bytesConsumed, 0);
    QVERIFY(!parser.headComplete());
}

void tst_HttpRequestParser::nothingBufferedPastTheLimits_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<char>("filler");
    QTest::addColumn<int>("status");
    QTest::addColumn<qsizetype>("limit");
    QTest::newRow("request line") << QByteArray("GET /") << 'a' << 414 << qsizetype(8 * 1024);
    QTest::newRow("header line") << QByteArray("GET / HTTP/1.1\r\nX: ") << 'a' << 431
                                 << qsizetype(16 + 8 * 1024);
}

void tst_HttpRequestParser::nothingBufferedPastTheLimits()
{
    // A client that never sends a line end is refused as soon as the limit is
    // crossed, not after megabytes.
    QFETCH(QByteArray, prefix);
    QFETCH(char, filler);
    QFETCH(int, status);
    QFETCH(qsizetype, limit);
    HttpRequestParser parser;
    QByteArray buffer = prefix;
    HttpRequestParser::Result result;
    while (buffer.size() < 1024 * 1024) {
        buffer.append(QByteArray(100, filler));
        result = parser.parse(buffer);
        if (result.status != Status::Incomplete)
            break;
    }
    QCOMPARE(result.status, Status::Error);
    QCOMPARE(result.errorStatus, status);
    QVERIFY2(buffer.size() <= limit + 200, qPrintable(QString::number(buffer.size())));
}

void tst_HttpRequestParser::limitsAtTheirBoundary_data()
{
    // Found by tests/fuzz: a line over a limit got 414/431 when its bytes came
    // in pieces but 400 (bare LF) when they came at once, and a header block of
    // exactly the limit was refused when its final CR came without the LF.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status"); // 0: accepted

    const QByteArray head = "GET / HTTP/1.1\r\nHost: x\r\n"; // the block holds 9 bytes
    QTest::newRow("long request line, bare LF")
            << QByteArray("GET /" + QByteArray(40, 'a') + " HTTP/1.1\n") << 414;
    QTest::newRow("long header line, bare LF")
            << QByteArray(head + "X: " + QByteArray(40, 'a') + "\n") << 431;
    QTest::newRow("request line at the limit")
            << QByteArray("GET /" + QByteArray(23, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n") << 0;
    QTest::newRow("request line over the limit")
            << QByteArray("GET /" + QByteArray(24, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n") << 414;
    QTest::newRow("header block at the limit") << QByteArray(
            head + "X: " + QByteArray(26, 'b') + "\r\nY: " + QByteArray(26, 'c') + "\r\n\r\n")
                                               << 0;
    QTest::newRow("header block over the limit") << QByteArray(
            head + "X: " + QByteArray(26, 'b') + "\r\nY: " + QByteArray(27, 'c') + "\r\n\r\n")
                                                 << 431;
}

void tst_HttpRequestParser::limitsAtTheirBoundary()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    HttpLimits limits;
    limits.maxRequestLine = 37;
    limits.maxHeaderLine = 32;
    limits.maxHeaderBlock = 71;
    for (const qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(3)}) {
        const Outcome outcome = feed(bytes, step, limits);
        QCOMPARE(outcome.status, status == 0 ? Status::Ok : Status::Error);
        QCOMPARE(outcome.errorStatus, status);
    }
}

void tst_HttpRequestParser::chunkedBodyIsDiscarded()
{
    HttpRequestParser parser;
    QByteArray buffer = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                        "10000\r\n";
    HttpRequestParser::Result result = parser.parse(buffer);
    QCOMPARE(result.status, Status::Incomplete);
    QCOMPARE(result.bytesConsumed, buffer.size()); // the head and size line are consumed
    QVERIFY(parser.headComplete());
    for (int i = 0; i < 16; ++i) {
        QByteArray piece(4096, 'z');
        result = parser.parse(piece);
        QCOMPARE(result.status, Status::Incomplete);
        QCOMPARE(result.bytesConsumed, piece.size());
    }
    QByteArray tail = "\r\n0\r\n\r\nGET";
    result = parser.parse(tail);
    QCOMPARE(result.status, Status::Ok);
    QCOMPARE(result.bytesConsumed, tail.size() - 3);
}

void tst_HttpRequestParser::errorIsSticky()
{
    HttpRequestParser parser;
    QCOMPARE(parser.parse(QByteArray("BAD\r\n\r\n")).status, Status::Error);
    const HttpRequestParser::Result again
            = parser.parse(QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
    QCOMPARE(again.status, Status::Error);
    QCOMPARE(again.errorStatus, 400);
    parser.reset();
    QCOMPARE(parser.parse(QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n")).status, Status::Ok);
}

void tst_HttpRequestParser::randomInputKeepsInvariants()
{
    // A small seeded fuzz: mutated valid requests and random bytes, fed in
    // random pieces. Never consume more than given, never buffer past the
    // limits while Incomplete, and every error is one of the statuses we send.
    QRandomGenerator random(20261127);
    const QList<QByteArray> seeds = {
            "GET / HTTP/1.1\r\nHost: x\r\n\r\n",
            "POST /p HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc",
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
            "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
    };
    const QList<int> statuses = {400, 413, 414, 431, 501, 505};
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes = seeds[random.bounded(seeds.size())].repeated(1 + random.bounded(3));
        const int mutations = random.bounded(6);
        for (int m = 0; m < mutations; ++m) {
            const qsizetype at = random.bounded(bytes.size());
            switch (random.bounded(3)) {
            case 0:
                bytes[at] = char(random.bounded(256));
                break;
            case 1:
                bytes.insert(at, char(random.bounded(256)));
                break;
            default:
                bytes.remove(at, 1);
                break;
            }
        }
        HttpRequestParser parser;
        QByteArray buffer;
        qsizetype offset = 0;
        while (offset < bytes.size()) {
            const qsizetype take = 1 + random.bounded(qMin<qsizetype>(64, bytes.size() - offset));
            buffer.append(bytes.mid(offset, take));
            offset += take;
            HttpRequestParser::Result result;
            do {
                result = parser.parse(buffer);
                QVERIFY(result.bytesConsumed >= 0 && result.bytesConsumed <= buffer.size());
                buffer.remove(0, result.bytesConsumed);
            } while (result.status == Status::Ok && !buffer.isEmpty());
            if (result.status == Status::Error) {
                QVERIFY2(statuses.contains(result.errorStatus), bytes.toHex().constData());
                break;
            }
            QVERIFY(buffer.size() <= 8 * 1024 + 32 * 1024 + 64);
        }
    }
}

QTEST_APPLESS_MAIN(tst_HttpRequestParser)
#include "tst_httprequestparser.moc"
