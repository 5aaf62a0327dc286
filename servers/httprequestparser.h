#pragma once

// HttpRequestParser: an incremental, bounded, strict HTTP/1.x request parser.
// No QObject and no I/O: the caller keeps the unconsumed bytes of a
// connection in one buffer, calls parse() with that buffer whenever bytes
// arrive, and drops result.bytesConsumed bytes from its front. The head is
// consumed only once complete (the parser remembers how far it scanned, so a
// byte-at-a-time client costs linear time); body bytes are consumed and
// discarded as they come, so nothing is buffered past the limits. After Ok the
// next parse() starts the next request (pipelining). One parser per
// connection, used by one thread at a time.

#include "chunkeddecoder.h"
#include "httprequest.h"

#include <QtGlobal>

struct HttpLimits
{
    qsizetype maxRequestLine = 8 * 1024; // over it: 414
    qsizetype maxHeaderLine = 8 * 1024; // over it: 431
    qsizetype maxHeaderBlock = 32 * 1024; // all header lines together; over it: 431
    int maxHeaderCount = 100; // over it: 431
    qint64 maxBody = 1024 * 1024; // over it: 413
};

class HttpRequestParser
{
public:
    enum class Status { Ok, Incomplete, Error };
    struct Result
    {
        Status status = Status::Incomplete;
        int errorStatus = 0; // the HTTP status to answer with when status == Error
        qsizetype bytesConsumed = 0; // drop this many bytes from the front of the buffer
    };

    explicit HttpRequestParser(const HttpLimits &limits = {}) : m_limits(limits) { }

    Result parse(const char *data, qsizetype size);
    Result parse(const QByteArray &buffer) { return parse(buffer.constData(), buffer.size()); }

    // The request of the last Ok result (its head once the head is complete).
    const HttpRequest &request() const { return m_request; }
    // True once a head is complete and before the next request starts: the
    // caller may then answer even if the body is still arriving.
    bool headComplete() const { return m_phase != Phase::Head && m_phase != Phase::Failed; }
    void reset();

private:
    enum class Phase { Head, Body, Chunked, Done, Failed };

    Result fail(int status);
    Result parseHead(const char *data, qsizetype size);
    Result parseBody(const char *data, qsizetype size, qsizetype offset);
    int headLimitStatus(qsizetype end) const;
    int parseRequestLine(const char *line, qsizetype length);
    int parseHeaderLine(const char *line, qsizetype length);
    int finishHead();

    HttpLimits m_limits;
    HttpRequest m_request;
    Phase m_phase = Phase::Head;
    qsizetype m_scan = 0; // next byte of the head to look at
    qsizetype m_lineStart = 0; // start of the head line being read
    qsizetype m_headersStart = -1; // first byte after the request line
    int m_leadingEmptyLines = 0;
    bool m_sawContentLength = false;
    bool m_sawTransferEncoding = false;
    bool m_connectionClose = false;
    bool m_connectionKeepAlive = false;
    bool m_unsupportedTransferEncoding = false;
    int m_hostCount = 0;
    int m_errorStatus = 0;
    qint64 m_bodyRemaining = 0; // Body: bytes still to skip
    ChunkedDecoder m_chunked; // Chunked: the body so far
};
