// ChunkedDecoder alone: every case fed whole, byte by byte, in pieces and
// split at every offset must give the same state, error, payload and count of
// bytes used, under the strict rules (the server's) and the lenient ones
// (the client's, as ab reads).

#include "chunkeddecoder.h"

#include <QTest>

using State = ChunkedDecoder::State;
using Error = ChunkedDecoder::Error;
using Rules = ChunkedDecoder::Rules;

Q_DECLARE_METATYPE(ChunkedDecoder::Rules)

namespace {

struct Outcome
{
    State state = State::Incomplete;
    Error error = Error::None;
    QByteArray payload;
    qsizetype used = 0;
    qint64 payloadBytes = 0;
};

// Feeds bytes in pieces of `step` bytes (0: all at once), or, with
// `splitAt` >= 0, in two pieces split there; stops once the decoder does.
Outcome decode(const QByteArray &bytes, const Rules &rules, qsizetype step, qsizetype splitAt = -1)
{
    ChunkedDecoder decoder(rules);
    Outcome outcome;
    qsizetype offset = 0;
    while (offset < bytes.size() && decoder.state() == State::Incomplete) {
        qsizetype take = step == 0 ? bytes.size() - offset : qMin(step, bytes.size() - offset);
        if (splitAt >= 0)
            take = offset < splitAt ? splitAt - offset : bytes.size() - offset;
        const qsizetype used = decoder.feed(bytes.constData() + offset, take, &outcome.payload);
        if (used < take && decoder.state() == State::Incomplete) {
            outcome.used = -1; // a decoder may keep nothing back while incomplete
            return outcome;
        }
        outcome.used += used;
        offset += take;
    }
    outcome.state = decoder.state();
    outcome.error = decoder.error();
    outcome.payloadBytes = decoder.payloadBytes();
    return outcome;
}

Rules strictRules()
{
    return Rules {}; // the defaults: strict, 15 digits, no other limit
}

Rules lenientRules()
{
    Rules rules;
    rules.strict = false;
    rules.maxSizeDigits = 12;
    rules.maxChunkSize = qint64(1) << 40;
    return rules;
}

} // namespace

class tst_ChunkedDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data();
    void decodes();
    void stopsAtTheEndOfTheBody();
    void faultyByteCountsAsUsed();
    void payloadIsOptional();
    void resetKeepsTheRules();
    void errorNames();
};

void tst_ChunkedDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Rules>("rules");
    QTest::addColumn<State>("state");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QByteArray>("payload"); // decoded so far

    const Rules strict = strictRules();
    const Rules lenient = lenientRules();
    const auto ok = [](const char *name, const QByteArray &bytes, const Rules &rules,
                       const QByteArray &payload) {
        QTest::newRow(name) << bytes << rules << State::Done << Error::None << payload;
    };
    const auto bad = [](const char *name, const QByteArray &bytes, const Rules &rules,
                        Error error = Error::BadSyntax) {
        QTest::newRow(name) << bytes << rules << State::Error << error << QByteArray();
    };
    const auto both = [&](const char *name, const QByteArray &bytes, const QByteArray &payload) {
        ok(QByteArray(QByteArray("strict: ") + name).constData(), bytes, strict, payload);
        ok(QByteArray(QByteArray("lenient: ") + name).constData(), bytes, lenient, payload);
    };

    // Whole bodies both sides read alike.
    both("one chunk", "5\r\nhello\r\n0\r\n\r\n", "hello");
    both("two chunks", "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n", "hello world");
    both("empty body", "0\r\n\r\n", "");
    both("hex digits, both cases", "a\r\n0123456789\r\nA\r\nabcdefghij\r\n0\r\n\r\n",
         "0123456789abcdefghij");
    both("leading zeros", "0005\r\nhello\r\n000\r\n\r\n", "hello");
    both("extensions", "5;name=value;flag\r\nhello\r\n0;last\r\n\r\n", "hello");
    both("quoted extension", "5;n=\"a b\"\r\nhello\r\n0\r\n\r\n", "hello");
    both("trailers", "1\r\nx\r\n0\r\nX-Sum: 1\r\nX-Empty:\r\n\r\n", "x");
    both("CRLF inside data", "4\r\n\r\n\r\n\r\n0\r\n\r\n", "\r\n\r\n");
    ok("strict: 15 digits", "000000000000001\r\nx\r\n0\r\n\r\n", strict, "x");
    ok("lenient: 12 digits", "000000000001\r\nx\r\n0\r\n\r\n", lenient, "x");

    // Unfinished bodies wait for more.
    QTest::newRow("size only") << QByteArray("5") << strict << State::Incomplete << Error::None
                               << QByteArray();
    QTest::newRow("data cut") << QByteArray("5\r\nhel") << strict << State::Incomplete
                              << Error::None << QByteArray("hel");
    QTest::newRow("no final empty line") << QByteArray("0\r\nX: 1\r\n") << strict
                                         << State::Incomplete << Error::None << QByteArray();

    // Bad sizes, both sides.
    bad("strict: no digits", "\r\n", strict);
    bad("lenient: no digits", "\r\n", lenient);
    bad("strict: not hex", "g\r\n", strict);
    bad("lenient: not hex", "g\r\n", lenient);
    bad("strict: sign", "+5\r\nhello\r\n0\r\n\r\n", strict);
    bad("lenient: minus", "-5\r\nhello\r\n0\r\n\r\n", lenient);
    bad("strict: 0x", "0x5\r\nhello\r\n0\r\n\r\n", strict);
    bad("strict: extension without size", ";x\r\n", strict);
    bad("lenient: space before size", " 5\r\nhello\r\n0\r\n\r\n", lenient);
    bad("strict: 16 digits", "0000000000000001\r\nx\r\n0\r\n\r\n", strict);
    bad("lenient: 13 digits", "0000000000001\r\nx\r\n0\r\n\r\n", lenient);
    bad("lenient: chunk over 2^40", "10000000001\r\n", lenient);
    QTest::newRow("lenient: chunk of 2^40 waits")
            << QByteArray("10000000000\r\nab") << lenient << State::Incomplete << Error::None
            << QByteArray("ab");
    bad("strict: data longer than its size", "5\r\nhelloX\r\n0\r\n\r\n", strict);
    bad("lenient: data longer than its size", "5\r\nhelloX\r\n0\r\n\r\n", lenient);
    bad("strict: CR then not LF", "5\rhello\r\n0\r\n\r\n", strict);
    bad("lenient: CR then not LF", "5\rhello\r\n0\r\n\r\n", lenient);
    bad("strict: data CR then not LF", "5\r\nhello\rX0\r\n\r\n", strict);
    bad("lenient: data CR then not LF", "5\r\nhello\rX0\r\n\r\n", lenient);

    // Where the client follows ab and the server follows RFC 9112.
    bad("strict: bare LF after size", "5\nhello\r\n0\r\n\r\n", strict);
    ok("lenient: bare LF after size", "5\nhello\r\n0\n\n", lenient, "hello");
    bad("strict: bare LF after data", "5\r\nhello\n0\r\n\r\n", strict);
    ok("lenient: bare LF after data", "5\r\nhello\n0\r\n\r\n", lenient, "hello");
    bad("strict: space after size", "5 \r\nhello\r\n0\r\n\r\n", strict);
    ok("lenient: space after size", "5 \r\nhello\r\n0\r\n\r\n", lenient, "hello");
    bad("strict: tab before extension", "5\t;x\r\nhello\r\n0\r\n\r\n", strict);
    ok("lenient: tab before extension", "5\t;x\r\nhello\r\n0\r\n\r\n", lenient, "hello");
    bad("strict: control byte in extension", "5;a\x01z\r\nhello\r\n0\r\n\r\n", strict);
    ok("lenient: control byte in extension", "5;a\x01z\r\nhello\r\n0\r\n\r\n", lenient, "hello");
    bad("strict: bare LF in extension", "5;a\nhello\r\n0\r\n\r\n", strict);
    bad("strict: bare CR in extension", "5;a\rb\r\nhello\r\n0\r\n\r\n", strict);
    ok("lenient: CR in extension", "5;a\rb\r\nhello\r\n0\r\n\r\n", lenient, "hello");
    bad("strict: NUL in extension", QByteArray("5;a") + '\0' + "b\r\nhello\r\n0\r\n\r\n", strict);

    // Trailers: field lines for the server, skipped by the client.
    bad("strict: trailer without colon", "0\r\nX-Sum\r\n\r\n", strict);
    ok("lenient: trailer without colon", "0\r\nX-Sum\r\n\r\n", lenient, "");
    bad("strict: trailer without name", "0\r\n: 1\r\n\r\n", strict);
    bad("strict: trailer obs-fold", "0\r\nX: 1\r\n 2\r\n\r\n", strict);
    bad("strict: trailer leading space", "0\r\n X: 1\r\n\r\n", strict);
    bad("strict: space in trailer name", "0\r\nX Y: 1\r\n\r\n", strict);
    bad("strict: control byte in trailer value", "0\r\nX: a\x01\r\n\r\n", strict);
    bad("strict: bare CR in trailer", "0\r\nX: a\rb\r\n\r\n", strict);
    bad("strict: bare LF in trailer", "0\r\nX: a\n\r\n", strict);
    bad("strict: bare LF ends trailers", "0\r\n\n", strict);
    ok("lenient: bare LF ends trailers", "0\r\n\n", lenient, "");
    ok("lenient: CRs count as empty", "0\r\n\r\r\n", lenient, "");
    ok("lenient: trailer with controls", "0\r\n\x01\x02:\x7f\r\n\r\n", lenient, "");

    // Limits.
    Rules body = strict;
    body.maxBody = 10;
    ok("maxBody: exactly", "5\r\nhello\r\n5\r\nworld\r\n0\r\n\r\n", body, "helloworld");
    bad("maxBody: over", "5\r\nhello\r\n6\r\nworld!\r\n0\r\n\r\n", body, Error::BodyTooLarge);
    bad("maxBody: one chunk over", "b\r\n", body, Error::BodyTooLarge);
    Rules ext = strict;
    ext.maxExtension = 4; // the bytes after ';' up to and with the CR
    ok("maxExtension: exactly", "1;abc\r\nx\r\n0\r\n\r\n", ext, "x");
    bad("maxExtension: over", "1;abcd\r\nx\r\n0\r\n\r\n", ext);
    Rules lenientExt = lenient;
    lenientExt.maxExtension = 4;
    bad("lenient maxExtension: over", "1;abcd\r\nx\r\n0\r\n\r\n", lenientExt);
    Rules chunk = strict;
    chunk.maxChunkSize = 16;
    ok("maxChunkSize: exactly", "10\r\n0123456789abcdef\r\n0\r\n\r\n", chunk, "0123456789abcdef");
    bad("maxChunkSize: over", "11\r\n", chunk);
    Rules digits = strict;
    digits.maxSizeDigits = 2;
    ok("maxSizeDigits: exactly", "01\r\nx\r\n00\r\n\r\n", digits, "x");
    bad("maxSizeDigits: over", "001\r\nx\r\n0\r\n\r\n", digits);
    Rules trailer = strict;
    trailer.maxTrailerLine = 3;
    trailer.maxTrailerBytes = 5;
    ok("maxTrailerLine: exactly", "0\r\nA:1\r\n\r\n", trailer, "");
    bad("maxTrailerLine: over", "0\r\nA:12\r\n\r\n", trailer, Error::TrailerTooLarge);
    ok("maxTrailerBytes: exactly", "0\r\nA:1\r\nB:\r\n\r\n", trailer, "");
    bad("maxTrailerBytes: over", "0\r\nA:1\r\nB:2\r\n\r\n", trailer, Error::TrailerTooLarge);
    Rules lenientTrailer = lenient;
    lenientTrailer.maxTrailerLine = 1;
    ok("lenient: no trailer limits", "0\r\nAAAA:1111\r\n\r\n", lenientTrailer, "");
}

void tst_ChunkedDecoder::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Rules, rules);
    QFETCH(State, state);
    QFETCH(Error, error);
    QFETCH(QByteArray, payload);

    const Outcome whole = decode(bytes, rules, 0);
    QCOMPARE(whole.state, state);
    QCOMPARE(whole.error, error);
    if (state != State::Error) {
        QCOMPARE(whole.payload, payload);
        QCOMPARE(whole.used, bytes.size()); // each case ends where its body does
    }
    if (state == State::Done)
        QCOMPARE(whole.payloadBytes, qint64(payload.size()));

    // Byte by byte, in pieces of 2, 3 and 7, and split in two at every offset:
    // the same outcome to the byte.
    const auto same = [&](const Outcome &o, const QByteArray &how) {
        if (o.used < 0)
            QFAIL(QByteArray("kept bytes back while incomplete, " + how).constData());
        QVERIFY2(o.state == whole.state && o.error == whole.error && o.payload == whole.payload
                         && o.used == whole.used && o.payloadBytes == whole.payloadBytes,
                 how.constData());
    };
    for (const qsizetype step : {1, 2, 3, 7})
        same(decode(bytes, rules, step), "pieces of " + QByteArray::number(step));
    for (qsizetype at = 0; at <= bytes.size(); ++at)
        same(decode(bytes, rules, 0, at), "split at " + QByteArray::number(at));
}

void tst_ChunkedDecoder::stopsAtTheEndOfTheBody()
{
    // The bytes after the last empty line are the next message's.
    const QByteArray bytes("3\r\nabc\r\n0\r\nX: 1\r\n\r\nHTTP/1.1 200 OK\r\n");
    for (const Rules &rules : {strictRules(), lenientRules()}) {
        ChunkedDecoder decoder(rules);
        QByteArray payload;
        const qsizetype used = decoder.feed(bytes.constData(), bytes.size(), &payload);
        QCOMPARE(decoder.state(), State::Done);
        QCOMPARE(used, bytes.indexOf("HTTP/"));
        QCOMPARE(payload, QByteArray("abc"));
        // Done stays done and takes nothing more.
        QCOMPARE(decoder.feed(bytes.constData() + used, bytes.size() - used), qsizetype(0));
        QCOMPARE(decoder.state(), State::Done);
    }
}

void tst_ChunkedDecoder::faultyByteCountsAsUsed()
{
    const QByteArray bytes("5\r\nhelloXYZ");
    ChunkedDecoder decoder(strictRules());
    QCOMPARE(decoder.feed(bytes.constData(), bytes.size()), bytes.indexOf('X') + 1);
    QCOMPARE(decoder.state(), State::Error);
    // Error stays an error and takes nothing more.
    QCOMPARE(decoder.feed("0\r\n\r\n", 5), qsizetype(0));
    QCOMPARE(decoder.error(), Error::BadSyntax);
}

void tst_ChunkedDecoder::payloadIsOptional()
{
    const QByteArray bytes("5\r\nhello\r\n0\r\n\r\n");
    ChunkedDecoder decoder;
    QCOMPARE(decoder.feed(bytes.constData(), bytes.size()), bytes.size());
    QCOMPARE(decoder.state(), State::Done);
    QCOMPARE(decoder.payloadBytes(), qint64(5));
}

void tst_ChunkedDecoder::resetKeepsTheRules()
{
    Rules rules = strictRules();
    rules.maxBody = 3;
    ChunkedDecoder decoder(rules);
    decoder.feed("4\r\n", 3);
    QCOMPARE(decoder.error(), Error::BodyTooLarge);
    decoder.reset();
    QCOMPARE(decoder.state(), State::Incomplete);
    QCOMPARE(decoder.error(), Error::None);
    QCOMPARE(decoder.payloadBytes(), qint64(0));
    QCOMPARE(decoder.rules().maxBody, qint64(3));
    QCOMPARE(decoder.feed("3\r\nabc\r\n0\r\n\r\n", 13), qsizetype(13));
    QCOMPARE(decoder.state(), State::Done);
    decoder.reset();
    decoder.feed("4\r\n", 3);
    QCOMPARE(decoder.error(), Error::BodyTooLarge);
}

void tst_ChunkedDecoder::errorNames()
{
    QCOMPARE(QByteArray(ChunkedDecoder::errorName(Error::None)), QByteArray("none"));
    QCOMPARE(QByteArray(ChunkedDecoder::errorName(Error::BadSyntax)),
             QByteArray("bad chunked encoding"));
    QCOMPARE(QByteArray(ChunkedDecoder::errorName(Error::BodyTooLarge)),
             QByteArray("chunked body too large"));
    QCOMPARE(QByteArray(ChunkedDecoder::errorName(Error::TrailerTooLarge)),
             QByteArray("trailer too large"));
}

QTEST_APPLESS_MAIN(tst_ChunkedDecoder)
#include "tst_chunkeddecoder.moc"
