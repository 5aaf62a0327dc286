#include "httprequestparser.h"
#include "httpsyntax.h"

#include <cstring>

namespace {

using HttpSyntax::isFieldValueChar;
using HttpSyntax::isTchar;

bool equalsIgnoreCase(const char *text, qsizetype length, const char *lowerLiteral)
{
    const qsizetype literalLength = qsizetype(std::strlen(lowerLiteral));
    return length == literalLength && qstrnicmp(text, lowerLiteral, length) == 0;
}

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t';
}

constexpr int kMaxLeadingEmptyLines = 8;

// The server's reading of a chunked body: strict RFC 9112, a size line of at
// most 15 digits (2^60: far above any body limit, never overflows) and a
// 4 KiB extension, the body and trailer limits of the request head.
ChunkedDecoder::Rules chunkedRules(const HttpLimits &limits)
{
    ChunkedDecoder::Rules rules;
    rules.strict = true;
    rules.maxSizeDigits = 15;
    rules.maxExtension = 4096;
    rules.maxBody = limits.maxBody;
    rules.maxTrailerLine = limits.maxHeaderLine;
    rules.maxTrailerBytes = limits.maxHeaderBlock;
    return rules;
}

} // namespace

void HttpRequestParser::reset()
{
    *this = HttpRequestParser(m_limits);
}

HttpRequestParser::Result HttpRequestParser::fail(int status)
{
    m_phase = Phase::Failed;
    m_errorStatus = status;
    return {Status::Error, status, 0};
}

HttpRequestParser::Result HttpRequestParser::parse(const char *data, qsizetype size)
{
    if (m_phase == Phase::Done)
        reset();
    if (m_phase == Phase::Failed)
        return {Status::Error, m_errorStatus, 0};
    if (m_phase == Phase::Head)
        return parseHead(data, size);
    return parseBody(data, size, 0);
}

HttpRequestParser::Result HttpRequestParser::parseHead(const char *data, qsizetype size)
{
    for (;;) {
        // A request starts with a method (upper-case letters) or a stray CRLF;
        // anything else (a TLS ClientHello starts with 0x16) is refused at once
        // instead of waiting for a line end that may never come.
        if (m_headersStart < 0 && m_scan == m_lineStart && m_scan < size) {
            const char c = data[m_scan];
            if (!(c >= 'A' && c <= 'Z') && c != '\r' && c != '\n')
                return fail(400);
        }
        const void *lf
                = m_scan < size ? std::memchr(data + m_scan, '\n', size_t(size - m_scan)) : nullptr;
        if (!lf) {
            m_scan = size;
            if (const int status = headLimitStatus(size))
                return fail(status);
            return {Status::Incomplete, 0, 0};
        }
        const qsizetype lfPos = static_cast<const char *>(lf) - data;
        // The bytes before the LF are judged exactly as a buffer ending there
        // would have been, so a line over a limit gets the same answer whether
        // its LF came with it or later (even a bare LF).
        if (const int status = headLimitStatus(lfPos))
            return fail(status);
        if (lfPos == m_lineStart || data[lfPos - 1] != '\r')
            return fail(400); // bare LF
        const char *line = data + m_lineStart;
        const qsizetype length = lfPos - 1 - m_lineStart;
        m_scan = lfPos + 1;

        if (m_headersStart < 0) {
            if (length == 0) {
                if (++m_leadingEmptyLines > kMaxLeadingEmptyLines)
                    return fail(400);
                m_lineStart = m_scan;
                continue;
            }
            if (const int status = parseRequestLine(line, length))
                return fail(status);
            m_headersStart = m_scan;
            m_lineStart = m_scan;
            continue;
        }
        if (length == 0) {
            if (const int status = finishHead())
                return fail(status);
            return parseBody(data, size, m_scan);
        }
        if (++m_request.headerCount > m_limits.maxHeaderCount)
            return fail(431);
        if (const int status = parseHeaderLine(line, length))
            return fail(status);
        m_lineStart = m_scan;
    }
}

// The limits on the head so far, when its bytes end at `end` with no LF yet:
// the line may hold its CR, the header block the CR of its final empty line.
int HttpRequestParser::headLimitStatus(qsizetype end) const
{
    const qsizetype partial = end - m_lineStart;
    if (m_headersStart < 0)
        return partial > m_limits.maxRequestLine + 1 ? 414 : 0;
    if (partial > m_limits.maxHeaderLine + 1 || end - m_headersStart > m_limits.maxHeaderBlock + 1)
        return 431;
    return 0;
}

// Length of "http://" or "https://" (any case) at the start of target, 0 when
// it has no scheme, -1 for any other scheme (not ours to serve).
static qsizetype absoluteFormAuthority(const char *target, qsizetype length)
{
    const char *colon = static_cast<const char *>(std::memchr(target, ':', size_t(length)));
    if (target[0] == '/' || !colon)
        return 0;
    const qsizetype schemeLength = colon - target;
    const bool http = (schemeLength == 4 && qstrnicmp(target, "http", 4) == 0)
            || (schemeLength == 5 && qstrnicmp(target, "https", 5) == 0);
    if (!http || length < schemeLength + 3 || std::memcmp(colon, "://", 3) != 0)
        return -1;
    return schemeLength + 3;
}

int HttpRequestParser::parseRequestLine(const char *line, qsizetype length)
{
    const char *end = line + length;
    const char *sp1 = static_cast<const char *>(std::memchr(line, ' ', size_t(length)));
    if (!sp1)
        return 400;
    const char *sp2 = static_cast<const char *>(std::memchr(sp1 + 1, ' ', size_t(end - sp1 - 1)));
    if (!sp2 || std::memchr(sp2 + 1, ' ', size_t(end - sp2 - 1)))
        return 400;
    const qsizetype methodLength = sp1 - line;
    const char *target = sp1 + 1;
    const qsizetype targetLength = sp2 - target;
    const char *version = sp2 + 1;
    const qsizetype versionLength = end - version;
    if (methodLength == 0 || targetLength == 0)
        return 400;

    // The HTTP/2 connection preface: an HTTP/1 server answers 400 and closes.
    static const char kPreface[] = "PRI * HTTP/2.0";
    if (length == qsizetype(sizeof(kPreface) - 1)
        && std::memcmp(line, kPreface, size_t(length)) == 0)
        return 400;

    for (qsizetype i = 0; i < methodLength; ++i) {
        if (line[i] < 'A' || line[i] > 'Z')
            return 400; // methods are case-sensitive tokens; "get" is not GET
    }
    if (versionLength != 8 || std::memcmp(version, "HTTP/", 5) != 0 || version[6] != '.'
        || version[5] < '0' || version[5] > '9' || version[7] < '0' || version[7] > '9') {
        return 400;
    }
    if (version[5] != '1')
        return 505;

    if (methodLength == 3 && std::memcmp(line, "GET", 3) == 0)
        m_request.method = HttpMethod::Get;
    else if (methodLength == 4 && std::memcmp(line, "HEAD", 4) == 0)
        m_request.method = HttpMethod::Head;
    else if (methodLength == 4 && std::memcmp(line, "POST", 4) == 0)
        m_request.method = HttpMethod::Post;
    else
        return 501;

    for (qsizetype i = 0; i < targetLength; ++i) {
        const auto c = static_cast<unsigned char>(target[i]);
        if (c <= 0x20 || c >= 0x7f || c == '#' || c == '\\')
            return 400;
    }
    // RFC 9112 3.2.2: a server MUST accept absolute-form; the routes only
    // see its path and query.
    const qsizetype authority = absoluteFormAuthority(target, targetLength);
    if (authority < 0)
        return 400;
    if (authority > 0) {
        const char *path = static_cast<const char *>(
                std::memchr(target + authority, '/', size_t(targetLength - authority)));
        const char *query = static_cast<const char *>(
                std::memchr(target + authority, '?', size_t(targetLength - authority)));
        const char *rest = path && (!query || path < query) ? path : query;
        if (authority == targetLength || rest == target + authority)
            return 400; // no host
        m_request.target = rest ? QByteArray(rest, target + targetLength - rest) : QByteArray();
        if (m_request.target.isEmpty() || m_request.target.startsWith('?'))
            m_request.target.prepend('/');
    } else if (target[0] != '/') {
        return 400; // neither origin-form nor absolute-form
    } else {
        m_request.target = QByteArray(target, targetLength);
    }
    // RFC 9110 2.5: a higher minor version is answered as the highest we speak.
    m_request.versionMinor = version[7] == '0' ? 0 : 1;
    return 0;
}

int HttpRequestParser::parseHeaderLine(const char *line, qsizetype length)
{
    if (isWhitespace(line[0]))
        return 400; // obs-fold, or whitespace before the first field
    const char *colon = static_cast<const char *>(std::memchr(line, ':', size_t(length)));
    if (!colon || colon == line)
        return 400;
    const qsizetype nameLength = colon - line;
    for (qsizetype i = 0; i < nameLength; ++i) {
        if (!isTchar(static_cast<unsigned char>(line[i])))
            return 400; // includes whitespace before the colon
    }
    const char *value = colon + 1;
    const char *valueEnd = line + length;
    for (const char *p = value; p < valueEnd; ++p) {
        if (!isFieldValueChar(static_cast<unsigned char>(*p)))
            return 400; // NUL, bare CR and other controls
    }
    while (value < valueEnd && isWhitespace(*value))
        ++value;
    while (valueEnd > value && isWhitespace(valueEnd[-1]))
        --valueEnd;
    const qsizetype valueLength = valueEnd - value;

    switch (nameLength) {
    case 4:
        if (equalsIgnoreCase(line, nameLength, "host")) {
            ++m_hostCount;
            m_request.host = QByteArray(value, valueLength);
        }
        break;
    case 10:
        if (equalsIgnoreCase(line, nameLength, "connection")) {
            const char *token = value;
            while (token <= valueEnd) {
                const char *comma = static_cast<const char *>(
                        std::memchr(token, ',', size_t(valueEnd - token)));
                const char *tokenEnd = comma ? comma : valueEnd;
                const char *a = token;
                const char *b = tokenEnd;
                while (a < b && isWhitespace(*a))
                    ++a;
                while (b > a && isWhitespace(b[-1]))
                    --b;
                if (equalsIgnoreCase(a, b - a, "close"))
                    m_connectionClose = true;
                else if (equalsIgnoreCase(a, b - a, "keep-alive"))
                    m_connectionKeepAlive = true;
                if (!comma)
                    break;
                token = comma + 1;
            }
        }
        break;
    case 14:
        if (equalsIgnoreCase(line, nameLength, "content-length")) {
            if (valueLength == 0 || valueLength > 18)
                return 400; // 18 digits cannot overflow a qint64
            qint64 length = 0;
            for (qsizetype i = 0; i < valueLength; ++i) {
                if (value[i] < '0' || value[i] > '9')
                    return 400; // no sign, no hex, no list
                length = length * 10 + (value[i] - '0');
            }
            if (m_sawContentLength && length != m_request.contentLength)
                return 400;
            m_sawContentLength = true;
            m_request.contentLength = length;
        }
        break;
    case 17:
        if (equalsIgnoreCase(line, nameLength, "transfer-encoding")) {
            // Exactly "chunked", once; any other coding or list is refused
            // rather than guessed at (xchunked, "gzip, chunked", ",chunked").
            if (m_sawTransferEncoding || !equalsIgnoreCase(value, valueLength, "chunked"))
                m_unsupportedTransferEncoding = true;
            m_sawTransferEncoding = true;
            m_request.chunked = true;
        }
        break;
    default:
        break;
    }
    return 0;
}

int HttpRequestParser::finishHead()
{
    if (m_sawTransferEncoding && m_sawContentLength)
        return 400;
    if (m_sawTransferEncoding && m_request.versionMinor == 0)
        return 400;
    if (m_unsupportedTransferEncoding)
        return 501;
    if (m_hostCount > 1 || (m_request.versionMinor == 1 && m_hostCount == 0))
        return 400;
    if (m_request.contentLength > m_limits.maxBody)
        return 413;
    if (m_request.versionMinor == 1)
        m_request.keepAlive = !m_connectionClose;
    else
        m_request.keepAlive = m_connectionKeepAlive && !m_connectionClose;

    if (m_request.chunked) {
        m_phase = Phase::Chunked;
        m_chunked = ChunkedDecoder(chunkedRules(m_limits));
    } else if (m_request.contentLength > 0) {
        m_phase = Phase::Body;
        m_bodyRemaining = m_request.contentLength;
    } else {
        m_phase = Phase::Done;
    }
    return 0;
}

HttpRequestParser::Result HttpRequestParser::parseBody(const char *data, qsizetype size,
                                                       qsizetype offset)
{
    qsizetype i = offset;
    if (m_phase == Phase::Body) {
        const qint64 take = qMin<qint64>(m_bodyRemaining, size - i);
        i += qsizetype(take);
        m_bodyRemaining -= take;
        if (m_bodyRemaining > 0)
            return {Status::Incomplete, 0, i};
        m_phase = Phase::Done;
    } else if (m_phase == Phase::Chunked) {
        i += m_chunked.feed(data + i, size - i);
        switch (m_chunked.state()) {
        case ChunkedDecoder::State::Incomplete:
            return {Status::Incomplete, 0, i};
        case ChunkedDecoder::State::Error:
            switch (m_chunked.error()) {
            case ChunkedDecoder::Error::BodyTooLarge:
                return fail(413);
            case ChunkedDecoder::Error::TrailerTooLarge:
                return fail(431);
            default:
                return fail(400);
            }
        case ChunkedDecoder::State::Done:
            m_phase = Phase::Done;
            break;
        }
    }
    return {Status::Ok, 0, i};
}
