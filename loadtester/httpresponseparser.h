#pragma once

// HttpResponseParser: an incremental, QObject-free HTTP/1.x response parser
// for the socket engine (the mirror of the servers' request parser). Bytes
// may arrive in any split; it reads the status line, headers (names compared
// case-insensitively), then a body framed by Content-Length, chunked coding
// or the connection's close, and skips 1xx interim responses. It counts the
// body's raw bytes the way ab does (everything after the header block).
// Lives in one engine worker thread; one parser per connection.

#include "chunkeddecoder.h"

#include <QByteArray>
#include <QtGlobal>

class HttpResponseParser
{
public:
    enum class State { Incomplete, Complete, Error };
    enum class Error { None, BadStatusLine, BadHeader, HeaderTooLarge, BadChunk, Truncated };
    enum class Framing { None, Length, Chunked, UntilClose };

    // Starts a new response. headRequest: the response has no body whatever
    // its headers say. wantServer: keep the Server header's value.
    void reset(bool headRequest, bool wantServer = false);
    // Consumes bytes up to the end of the response; returns how many it used
    // (fewer than size only when the response completed or failed).
    qsizetype feed(const char *data, qsizetype size);
    // The peer closed the connection: a close-delimited body is complete,
    // anything else unfinished is truncated.
    void finishOnClose();

    State state() const { return m_state; }
    Error error() const { return m_error; }
    bool headerComplete() const { return m_headerDone; }
    bool anyBytes() const { return m_anyBytes; }
    int statusCode() const { return m_status; }
    Framing framing() const { return m_framing; }
    qint64 contentLength() const { return m_contentLength; }
    qint64 bodyBytes() const { return m_bodyBytes; }
    // ab's rule: the header block mentions Keep-Alive; and never when the
    // body ends at the close or the server said Connection: close.
    bool keepAlive() const;
    const QByteArray &server() const { return m_server; }

    static const char *errorName(Error error);

private:
    bool parseHead();
    qsizetype feedChunked(const char *data, qsizetype size);
    void fail(Error error);

    State m_state = State::Incomplete;
    Error m_error = Error::None;
    Framing m_framing = Framing::None;
    ChunkedDecoder m_chunked;
    QByteArray m_head;
    QByteArray m_server;
    qint64 m_contentLength = -1;
    qint64 m_remaining = 0;
    qint64 m_bodyBytes = 0;
    int m_status = 0;
    int m_lineLength = 0;
    bool m_headRequest = false;
    bool m_wantServer = false;
    bool m_headerDone = false;
    bool m_anyBytes = false;
    bool m_mentionsKeepAlive = false;
    bool m_connectionClose = false;
};
