#include "httpresponseparser.h"
#include "chunkeddecoder.h"

#include <QByteArrayView>

#include <cstring>

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

// ab's reading of a chunked body: a bare LF ends a line, whitespace may follow
// the size, extensions and trailers are skipped; a size of at most 12 digits
// and 2^40 bytes.
ChunkedDecoder::Rules chunkedRules()
{
    ChunkedDecoder::Rules rules;
    rules.strict = false;
    rules.maxSizeDigits = 12;
    rules.maxChunkSize = qint64(1) << 40;
    return rules;
}

bool equalsNoCase(QByteArrayView a, const char *b)
{
    return a.compare(QByteArrayView(b), Qt::CaseInsensitive) == 0;
}

bool containsNoCase(QByteArrayView haystack, const char *needle)
{
    const qsizetype n = qsizetype(std::strlen(needle));
    for (qsizetype i = 0; i + n <= haystack.size(); ++i) {
        if (qstrnicmp(haystack.data() + i, n, needle, n) == 0)
            return true;
    }
    return false;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// 1 to 18 digits (never overflows a qint64), else -1.
qint64 plainDecimal(QByteArrayView v)
{
    if (v.isEmpty() || v.size() > 18)
        return -1;
    qint64 n = 0;
    for (const char c : v) {
        if (!isDigit(c))
            return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

// A bare CR counts as a space here: RFC 9112 2.2 has a recipient either
// refuse it or read it as SP, and framing headers must not depend on it.
QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t' || v.front() == '\r'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
        v.chop(1);
    return v;
}

} // namespace

void HttpResponseParser::reset(bool headRequest, bool wantServer)
{
    m_state = State::Incomplete;
    m_error = Error::None;
    m_framing = Framing::None;
    m_head.clear();
    m_server.clear();
    m_contentLength = -1;
    m_remaining = 0;
    m_bodyBytes = 0;
    m_status = 0;
    m_lineLength = 0;
    m_headRequest = headRequest;
    m_wantServer = wantServer;
    m_headerDone = false;
    m_anyBytes = false;
    m_mentionsKeepAlive = false;
    m_connectionClose = false;
}

void HttpResponseParser::fail(Error error)
{
    m_state = State::Error;
    m_error = error;
}

bool HttpResponseParser::keepAlive() const
{
    return m_mentionsKeepAlive && !m_connectionClose && m_framing != Framing::UntilClose;
}

const char *HttpResponseParser::errorName(Error error)
{
    switch (error) {
    case Error::None:
        return "none";
    case Error::BadStatusLine:
        return "bad status line";
    case Error::BadHeader:
        return "bad header";
    case Error::HeaderTooLarge:
        return "header too large";
    case Error::BadChunk:
        return "bad chunked encoding";
    case Error::Truncated:
        return "response truncated";
    }
    return "?";
}

qsizetype HttpResponseParser::feed(const char *data, qsizetype size)
{
    qsizetype used = 0;
    if (size > 0)
        m_anyBytes = true;
    while (used < size && m_state == State::Incomplete) {
        if (!m_headerDone) {
            // Find the blank line that ends the header block (CRLF or bare
            // LF, as ab accepts), copying only header bytes.
            const qsizetype start = used;
            bool end = false;
            while (used < size) {
                const char c = data[used++];
                if (c == '\n') {
                    if (m_lineLength == 0) {
                        end = true;
                        break;
                    }
                    m_lineLength = 0;
                } else if (c != '\r') {
                    ++m_lineLength;
                }
            }
            m_head.append(data + start, used - start);
            // Checked whether or not the head ended in this piece, so that how
            // the bytes were split never decides between too large and fine.
            if (m_head.size() > kMaxHeaderBytes) {
                fail(Error::HeaderTooLarge);
                return used;
            }
            if (!end)
                continue;
            if (!parseHead())
                return used;
            if (m_status >= 100 && m_status < 200 && m_status != 101) {
                // Interim response: the real one follows.
                const bool head = m_headRequest;
                const bool server = m_wantServer;
                reset(head, server);
                m_anyBytes = true;
                continue;
            }
            m_headerDone = true;
            if (m_framing == Framing::None || (m_framing == Framing::Length && m_remaining == 0))
                m_state = State::Complete;
            continue;
        }
        switch (m_framing) {
        case Framing::Length: {
            const qint64 take = qMin<qint64>(m_remaining, size - used);
            m_remaining -= take;
            m_bodyBytes += take;
            used += take;
            if (m_remaining == 0)
                m_state = State::Complete;
            break;
        }
        case Framing::UntilClose:
            m_bodyBytes += size - used;
            used = size;
            break;
        case Framing::Chunked:
            used += feedChunked(data + used, size - used);
            break;
        case Framing::None:
            m_state = State::Complete;
            break;
        }
    }
    return used;
}

bool HttpResponseParser::parseHead()
{
    QByteArrayView head(m_head);
    qsizetype lineStart = 0;
    bool first = true;
    bool sawLength = false;
    bool chunked = false;
    while (lineStart < head.size()) {
        qsizetype lineEnd = head.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = head.size();
        QByteArrayView line = head.sliced(lineStart, lineEnd - lineStart);
        if (line.endsWith('\r'))
            line.chop(1);
        lineStart = lineEnd + 1;
        if (first) {
            first = false;
            // "HTTP/1.x NNN reason"; as ab, the reason and its space may be missing.
            if (line.size() < 12 || !line.startsWith("HTTP/1.") || !isDigit(line[7])
                || line[8] != ' ') {
                fail(Error::BadStatusLine);
                return false;
            }
            int code = 0;
            for (int i = 9; i < 12; ++i) {
                if (!isDigit(line[i])) {
                    fail(Error::BadStatusLine);
                    return false;
                }
                code = code * 10 + (line[i] - '0');
            }
            if (line.size() > 12 && line[12] != ' ') {
                fail(Error::BadStatusLine);
                return false;
            }
            // reason-phrase: HTAB, SP, VCHAR, obs-text. A control byte (a bare
            // CR, NUL) means the peer does not speak HTTP or the stream is off.
            for (const char c : line.sliced(12)) {
                if (c != '\t' && (quint8(c) < 0x20 || quint8(c) == 0x7f)) {
                    fail(Error::BadStatusLine);
                    return false;
                }
            }
            m_status = code;
            continue;
        }
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line[0] == ' ' || line[0] == '\t') {
            fail(Error::BadHeader);
            return false;
        }
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (containsNoCase(name, "keep-alive") || containsNoCase(value, "keep-alive"))
            m_mentionsKeepAlive = true;
        if (equalsNoCase(name, "content-length")) {
            // Plain decimal only (RFC 9110 §8.6): toLongLong() would also take
            // "+5", and a body framed on a guess is counted wrong.
            const qint64 length = plainDecimal(value);
            if (length < 0 || (sawLength && length != m_contentLength)) {
                fail(Error::BadHeader);
                return false;
            }
            sawLength = true;
            m_contentLength = length;
        } else if (equalsNoCase(name, "transfer-encoding")) {
            // Chunked only when it is the final coding (RFC 9112 §6.3), as a
            // whole token: "xchunked" or "chunked, gzip" are read until close.
            const qsizetype comma = value.lastIndexOf(',');
            chunked = equalsNoCase(trimmed(comma < 0 ? value : value.sliced(comma + 1)), "chunked");
        } else if (equalsNoCase(name, "connection")) {
            if (containsNoCase(value, "close"))
                m_connectionClose = true;
        } else if (m_wantServer && equalsNoCase(name, "server")) {
            // ab copies up to the first space or control character.
            qsizetype n = 0;
            while (n < value.size() && quint8(value[n]) > 32)
                ++n;
            m_server = value.first(n).toByteArray();
        }
    }
    if (m_headRequest || m_status == 204 || m_status == 304
        || (m_status >= 100 && m_status < 200)) {
        m_framing = Framing::None;
    } else if (chunked) {
        m_framing = Framing::Chunked;
        m_contentLength = -1;
        m_chunked = ChunkedDecoder(chunkedRules());
    } else if (sawLength) {
        m_framing = Framing::Length;
        m_remaining = m_contentLength;
    } else {
        m_framing = Framing::UntilClose;
    }
    return true;
}

qsizetype HttpResponseParser::feedChunked(const char *data, qsizetype size)
{
    const qsizetype used = m_chunked.feed(data, size);
    if (m_chunked.state() == ChunkedDecoder::State::Done)
        m_state = State::Complete;
    else if (m_chunked.state() == ChunkedDecoder::State::Error)
        fail(Error::BadChunk);
    m_bodyBytes += used;
    return used;
}

void HttpResponseParser::finishOnClose()
{
    if (m_state != State::Incomplete)
        return;
    if (m_headerDone && m_framing == Framing::UntilClose)
        m_state = State::Complete;
    else
        fail(Error::Truncated);
}
