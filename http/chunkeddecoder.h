#pragma once

// ChunkedDecoder: the one decoder of HTTP/1.1's chunked transfer coding
// (RFC 9112 7.1) that the server's request parser and the client's response
// parser share. Incremental and QObject-free: feed() takes bytes in any split
// and stops at the end of the trailer section (or at the first fault), so the
// bytes after it belong to the next message. What each side tolerates and how
// far it lets a peer go are parameters (Rules); the decoder only says what
// went wrong (Error) and the caller picks its own answer (400, 413, 431, or
// "bad chunked encoding").

#include <QByteArray>
#include <QtGlobal>

class ChunkedDecoder
{
public:
    enum class State { Incomplete, Done, Error };
    enum class Error {
        None,
        BadSyntax, // a malformed size line, chunk end, trailer field, or a limit of the size line
        BodyTooLarge, // the payload passed Rules::maxBody
        TrailerTooLarge, // a trailer line or the trailer section passed its limit
    };

    struct Rules
    {
        // Strict (RFC 9112, as a server must read a request): CRLF only, the
        // size line is digits then optionally ';' and an extension of field
        // bytes, trailer lines are field lines. Lenient (as ab reads a
        // response): a bare LF ends a line, whitespace may follow the digits,
        // extensions and trailer lines are skipped unread.
        bool strict = true;
        int maxSizeDigits = 15; // more digits: BadSyntax (15 never overflow a qint64)
        qint64 maxChunkSize = -1; // one chunk larger: BadSyntax; < 0: no limit
        qint64 maxBody = -1; // the payload larger: BodyTooLarge; < 0: no limit
        qsizetype maxExtension = -1; // bytes after ';' up to the CR: BadSyntax; < 0: no limit
        qsizetype maxTrailerLine = -1; // strict only; over: TrailerTooLarge; < 0: no limit
        qsizetype maxTrailerBytes = -1; // strict only; all trailer lines; < 0: no limit
    };

    ChunkedDecoder() = default; // strict, 15 digits, no other limit
    explicit ChunkedDecoder(const Rules &rules) : m_rules(rules) { }

    // Starts a new chunked body under the same rules.
    void reset();
    // Consumes bytes of the body up to its end (the empty line after the
    // trailers) and returns how many it used: fewer than size only once Done
    // or Error (the byte found faulty counts as used). When payload is given,
    // the chunks' data is appended to it.
    qsizetype feed(const char *data, qsizetype size, QByteArray *payload = nullptr);

    State state() const { return m_state; }
    Error error() const { return m_error; }
    // The payload's length as the size lines declared it so far (a chunk
    // counts once its size line has ended): the decoded body's length once Done.
    qint64 payloadBytes() const { return m_payload; }
    const Rules &rules() const { return m_rules; }

    static const char *errorName(Error error);

private:
    enum class Phase { Size, Extension, SizeLf, Data, DataCr, DataLf, Trailer };

    qsizetype fail(Error error, qsizetype used);
    bool endSizeLine(); // false: failed

    Rules m_rules;
    State m_state = State::Incomplete;
    Error m_error = Error::None;
    Phase m_phase = Phase::Size;
    qint64 m_chunkSize = 0; // Size: the size so far; Data: the bytes still to come
    qint64 m_payload = 0;
    int m_digits = 0;
    qsizetype m_lineLength = 0; // extension or trailer line so far
    qsizetype m_trailerBytes = 0;
    bool m_trailerCr = false;
    bool m_trailerInValue = false; // past the colon of the trailer line being read
};
