// libFuzzer target for HttpRequestParser. Beyond "no crash, no leak, no
// out-of-bounds read" it holds two oracles:
// - every request the parser accepts is re-read by an independent strict
//   checker written here from RFC 9110/9112 (and the parser's documented
//   limits); if the checker refuses it, or reads
//   other fields or another length, that is a finding;
// - the same bytes fed whole, byte by byte and in hashed pieces give the same
//   requests, the same error and the same bytes left over.
// Each input runs under the default limits and under tiny ones, so the limit
// checks are reached by short inputs too.

#include "fuzzfeed.h"
#include "httprequestparser.h"

#include <QByteArray>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

using FuzzFeed::fault;
using FuzzFeed::Splitter;
using Status = HttpRequestParser::Status;

namespace {

struct Parsed
{
    HttpMethod method = HttpMethod::Get;
    std::string target;
    int versionMinor = 0;
    bool keepAlive = false;
    bool chunked = false;
    qint64 contentLength = 0;
    int headerCount = 0;
    std::string host;
    size_t length = 0; // bytes of the stream this request took

    bool operator==(const Parsed &) const = default;
};

struct Outcome
{
    std::vector<Parsed> requests;
    Status last = Status::Incomplete;
    int errorStatus = 0;
    size_t leftover = 0; // bytes given but not consumed
    size_t partialConsumed = 0; // body bytes of the unfinished request already consumed
    bool headComplete = false;

    bool operator==(const Outcome &) const = default;
};

// ---- The strict checker: independent of the parser's code on purpose. ----

bool isTokenChar(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
            || (c != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr);
}

// field-value bytes: HTAB, SP, VCHAR, obs-text; never NUL, CR, LF, DEL or other CTLs.
bool isFieldByte(unsigned char c)
{
    return c == '\t' || (c >= 0x20 && c != 0x7f);
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return out;
}

std::string_view trimOws(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

class StrictChecker
{
public:
    StrictChecker(std::string_view bytes, const HttpLimits &limits)
        : m_bytes(bytes), m_limits(limits)
    { }

    // Reads one whole request from the start of bytes; returns nullptr when it
    // conforms, else why not.
    const char *check(Parsed *out)
    {
        int emptyLines = 0;
        while (m_bytes.substr(m_pos, 2) == "\r\n") {
            m_pos += 2;
            if (++emptyLines > 8)
                return "more than 8 empty lines before the request";
        }
        std::string_view line;
        if (const char *why = nextLine(&line))
            return why;
        if (qsizetype(line.size()) > m_limits.maxRequestLine)
            return "request line over the limit";
        if (const char *why = requestLine(line, out))
            return why;

        size_t blockBytes = 0;
        int hostCount = 0;
        int teCount = 0;
        bool sawLength = false;
        bool close = false;
        bool keepAlive = false;
        for (;;) {
            if (const char *why = nextLine(&line))
                return why;
            if (line.empty())
                break;
            blockBytes += line.size() + 2;
            if (qsizetype(line.size()) > m_limits.maxHeaderLine)
                return "header line over the limit";
            if (qsizetype(blockBytes) > m_limits.maxHeaderBlock)
                return "header block over the limit";
            if (++out->headerCount > m_limits.maxHeaderCount)
                return "too many header fields";
            std::string_view name;
            std::string_view value;
            if (const char *why = fieldLine(line, &name, &value))
                return why;
            const std::string key = lower(name);
            if (key == "host") {
                ++hostCount;
                out->host = std::string(value);
            } else if (key == "content-length") {
                if (value.empty() || value.size() > 18)
                    return "Content-Length empty or too long";
                qint64 n = 0;
                for (char c : value) {
                    if (c < '0' || c > '9')
                        return "Content-Length not plain decimal";
                    n = n * 10 + (c - '0');
                }
                if (sawLength && n != out->contentLength)
                    return "differing Content-Length values";
                sawLength = true;
                out->contentLength = n;
            } else if (key == "transfer-encoding") {
                if (++teCount > 1 || lower(value) != "chunked")
                    return "transfer coding other than one chunked";
                out->chunked = true;
            } else if (key == "connection") {
                size_t start = 0;
                for (;;) {
                    const size_t comma = value.find(',', start);
                    const std::string option = lower(trimOws(value.substr(
                            start, comma == std::string_view::npos ? comma : comma - start)));
                    close = close || option == "close";
                    keepAlive = keepAlive || option == "keep-alive";
                    if (comma == std::string_view::npos)
                        break;
                    start = comma + 1;
                }
            }
        }
        if (sawLength && out->chunked)
            return "Content-Length with Transfer-Encoding";
        if (out->chunked && out->versionMinor == 0)
            return "Transfer-Encoding in HTTP/1.0";
        if (hostCount > 1 || (out->versionMinor == 1 && hostCount != 1))
            return "Host missing or repeated";
        if (out->contentLength > m_limits.maxBody)
            return "body over the limit";
        out->keepAlive = out->versionMinor == 1 ? !close : keepAlive && !close;

        if (out->chunked) {
            if (const char *why = chunkedBody())
                return why;
        } else {
            if (qint64(m_bytes.size() - m_pos) < out->contentLength)
                return "body shorter than Content-Length";
            m_pos += size_t(out->contentLength);
        }
        out->length = m_pos;
        return nullptr;
    }

private:
    // A line ends at CRLF; a lone CR or LF anywhere is refused.
    const char *nextLine(std::string_view *line)
    {
        const size_t end = m_bytes.find("\r\n", m_pos);
        if (end == std::string_view::npos)
            return "line without CRLF";
        *line = m_bytes.substr(m_pos, end - m_pos);
        if (line->find_first_of("\r\n") != std::string_view::npos)
            return "bare CR or LF";
        m_pos = end + 2;
        return nullptr;
    }

    static const char *requestLine(std::string_view line, Parsed *out)
    {
        const size_t sp1 = line.find(' ');
        const size_t sp2 = sp1 == std::string_view::npos ? sp1 : line.find(' ', sp1 + 1);
        if (sp2 == std::string_view::npos || line.find(' ', sp2 + 1) != std::string_view::npos)
            return "request line is not three parts";
        const std::string_view method = line.substr(0, sp1);
        const std::string_view target = line.substr(sp1 + 1, sp2 - sp1 - 1);
        const std::string_view version = line.substr(sp2 + 1);
        if (method == "GET")
            out->method = HttpMethod::Get;
        else if (method == "HEAD")
            out->method = HttpMethod::Head;
        else if (method == "POST")
            out->method = HttpMethod::Post;
        else
            return "method not GET, HEAD or POST";
        // origin-form; the parser's documented byte rules: visible ASCII only,
        // no fragment, no backslash (percent-decoding is the document root's).
        for (const char ch : target) {
            const auto c = static_cast<unsigned char>(ch);
            if (c <= 0x20 || c >= 0x7f || c == '#' || c == '\\')
                return "invalid byte in target";
        }
        // absolute-form (RFC 9112 3.2.2) with an http(s) scheme and a
        // non-empty authority reaches the routes as its path and query.
        std::string path(target);
        std::string lower;
        for (const char ch : target.substr(0, 8))
            lower += char(std::tolower(static_cast<unsigned char>(ch)));
        const size_t schemeEnd = lower.rfind("http://", 0) == 0 ? 7
                : lower.rfind("https://", 0) == 0               ? 8
                                                                : 0;
        if (schemeEnd > 0) {
            const size_t rest = std::min(target.find('/', schemeEnd), target.find('?', schemeEnd));
            if (rest == schemeEnd || target.size() == schemeEnd)
                return "absolute-form without a host";
            path = rest == std::string_view::npos ? std::string()
                                                  : std::string(target.substr(rest));
            if (path.empty() || path[0] == '?')
                path.insert(0, "/");
        } else if (target.empty() || target[0] != '/') {
            return "target neither origin-form nor absolute-form";
        }
        // HTTP/1.x: a minor version above 1 is answered as 1.1 (RFC 9110 2.5).
        if (version.size() != 8 || version.substr(0, 7) != "HTTP/1." || version[7] < '0'
            || version[7] > '9')
            return "version not HTTP/1.x";
        out->versionMinor = version[7] == '0' ? 0 : 1;
        out->target = path;
        return nullptr;
    }

    // field-line = field-name ":" OWS field-value OWS, no obs-fold.
    static const char *fieldLine(std::string_view line, std::string_view *name,
                                 std::string_view *value)
    {
        const size_t colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0)
            return "field without colon or name";
        *name = line.substr(0, colon);
        for (const char c : *name) {
            if (!isTokenChar(static_cast<unsigned char>(c)))
                return "field name not a token (or obs-fold)";
        }
        for (const char c : line.substr(colon + 1)) {
            if (!isFieldByte(static_cast<unsigned char>(c)))
                return "control byte in field value";
        }
        *value = trimOws(line.substr(colon + 1));
        return nullptr;
    }

    const char *chunkedBody()
    {
        qint64 total = 0;
        for (;;) {
            std::string_view line;
            if (const char *why = nextLine(&line))
                return why;
            size_t digits = 0;
            qint64 size = 0;
            while (digits < line.size() && hexDigit(line[digits]) >= 0) {
                size = size * 16 + hexDigit(line[digits]);
                if (size > m_limits.maxBody)
                    return "chunk over the body limit";
                ++digits;
            }
            if (digits == 0)
                return "chunk size without digits";
            const std::string_view rest = line.substr(digits);
            if (!rest.empty() && rest[0] != ';')
                return "junk after chunk size";
            for (const char c : rest) {
                if (!isFieldByte(static_cast<unsigned char>(c)))
                    return "control byte in chunk extension";
            }
            if (size == 0)
                break;
            total += size;
            if (total > m_limits.maxBody)
                return "chunked body over the limit";
            if (qint64(m_bytes.size() - m_pos) < size + 2)
                return "chunk data short";
            m_pos += size_t(size);
            if (m_bytes.substr(m_pos, 2) != "\r\n")
                return "chunk data not followed by CRLF";
            m_pos += 2;
        }
        // trailer-section = *( field-line CRLF ) CRLF, bounded like the header block.
        size_t trailerBytes = 0;
        for (;;) {
            std::string_view line;
            if (const char *why = nextLine(&line))
                return why;
            if (line.empty())
                return nullptr;
            trailerBytes += line.size();
            if (qsizetype(line.size()) > m_limits.maxHeaderLine
                || qsizetype(trailerBytes) > m_limits.maxHeaderBlock)
                return "trailer over the limits";
            std::string_view name;
            std::string_view value;
            if (const char *why = fieldLine(line, &name, &value))
                return why;
        }
    }

    // Not HttpSyntax::hexValue: the checker shares no code with the parser.
    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    std::string_view m_bytes;
    HttpLimits m_limits;
    size_t m_pos = 0;
};

// ---- Feeding the parser the way both server models do. ----

Parsed capture(const HttpRequest &request, size_t length)
{
    Parsed p;
    p.method = request.method;
    p.target = request.target.toStdString();
    p.versionMinor = request.versionMinor;
    p.keepAlive = request.keepAlive;
    p.chunked = request.chunked;
    p.contentLength = request.contentLength;
    p.headerCount = request.headerCount;
    p.host = request.host.toStdString();
    p.length = length;
    return p;
}

bool isErrorStatus(int status)
{
    switch (status) {
    case 400:
    case 413:
    case 414:
    case 431:
    case 501:
    case 505:
        return true;
    default:
        return false;
    }
}

Outcome feed(const uint8_t *data, size_t size, const HttpLimits &limits, Splitter::Mode mode)
{
    // Most a head may hold unconsumed: leading empty lines, the request line
    // and the header block, each with its CRLF.
    const size_t headBound = size_t(2 * 8 + 4 + limits.maxRequestLine + limits.maxHeaderBlock);
    Splitter splitter(mode, data, size);
    HttpRequestParser parser(limits);
    // A vector, built with _GLIBCXX_SANITIZE_VECTOR: ASan then reports a read
    // past the buffered bytes even where the capacity goes on, and one before
    // them (the allocation starts at the buffer's first byte).
    std::vector<char> buffer;
    Outcome out;
    size_t offset = 0;
    while (offset < size) {
        const size_t take = splitter.next(size - offset);
        buffer.insert(buffer.end(), data + offset, data + offset + take);
        offset += take;
        for (;;) {
            const HttpRequestParser::Result r
                    = parser.parse(buffer.data(), qsizetype(buffer.size()));
            if (r.bytesConsumed < 0 || size_t(r.bytesConsumed) > buffer.size())
                fault("consumed %lld of %zu", qint64(r.bytesConsumed), buffer.size());
            buffer.erase(buffer.begin(), buffer.begin() + r.bytesConsumed);
            out.partialConsumed += size_t(r.bytesConsumed);
            if (r.status == Status::Error) {
                if (r.bytesConsumed != 0 || !isErrorStatus(r.errorStatus))
                    fault("error %d consumed %lld", r.errorStatus, qint64(r.bytesConsumed));
                // Sticky: a failed connection is answered and closed.
                if (parser.parse(buffer.data(), qsizetype(buffer.size())).status != Status::Error)
                    fault("error not sticky");
                out.last = Status::Error;
                out.errorStatus = r.errorStatus;
                // Body bytes before the error were consumed when they came, so
                // only the request's total, not where it was cut, is comparable.
                out.leftover = out.partialConsumed + buffer.size() + (size - offset);
                out.partialConsumed = 0;
                return out;
            }
            if (r.status == Status::Ok) {
                out.requests.push_back(capture(parser.request(), out.partialConsumed));
                out.partialConsumed = 0;
                if (buffer.empty())
                    break;
                continue;
            }
            // Incomplete: a body is consumed as it comes, a head only once whole,
            // and never past the limits.
            if (parser.headComplete() ? !buffer.empty() : buffer.size() > headBound)
                fault("%zu bytes buffered while incomplete (head complete: %d)", buffer.size(),
                      int(parser.headComplete()));
            break;
        }
    }
    out.leftover = buffer.size();
    out.headComplete = parser.headComplete();
    return out;
}

void describe(const char *label, const Outcome &o)
{
    std::fprintf(stderr, "%s: %zu requests, last status %d, error %d, leftover %zu, partial %zu\n",
                 label, o.requests.size(), int(o.last), o.errorStatus, o.leftover,
                 o.partialConsumed);
    for (const Parsed &p : o.requests)
        std::fprintf(stderr,
                     "  method %d target %s 1.%d keepAlive %d chunked %d CL %lld "
                     "headers %d length %zu\n",
                     int(p.method), p.target.c_str(), p.versionMinor, int(p.keepAlive),
                     int(p.chunked), p.contentLength, p.headerCount, p.length);
}

void runOne(const uint8_t *data, size_t size, const HttpLimits &limits, const char *limitsName)
{
    const Outcome whole = feed(data, size, limits, Splitter::Mode::Whole);

    // Oracle 1: every accepted request is one the strict rules accept, read the same way.
    const std::string_view stream(reinterpret_cast<const char *>(data), size);
    size_t at = 0;
    for (const Parsed &accepted : whole.requests) {
        Parsed strict;
        StrictChecker checker(stream.substr(at), limits);
        if (const char *why = checker.check(&strict)) {
            describe("parser", whole);
            fault("[%s limits] request %zu at byte %zu accepted, strict checker: %s", limitsName,
                  size_t(&accepted - whole.requests.data()), at, why);
        }
        if (!(strict == accepted)) {
            describe("parser", whole);
            fault("[%s limits] request at byte %zu: strict checker reads it differently "
                  "(length %zu vs %zu, target %s)",
                  limitsName, at, strict.length, accepted.length, strict.target.c_str());
        }
        at += accepted.length;
    }

    // Oracle 2: how the bytes are split changes nothing.
    for (const Splitter::Mode mode : {Splitter::Mode::ByteByByte, Splitter::Mode::Pieces}) {
        const Outcome split = feed(data, size, limits, mode);
        if (!(split == whole)) {
            describe("whole", whole);
            describe(mode == Splitter::Mode::ByteByByte ? "byte by byte" : "pieces", split);
            fault("[%s limits] split changes the outcome", limitsName);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    runOne(data, size, HttpLimits {}, "default");
    // Tiny limits, so that every limit and its boundary is reached by short inputs.
    HttpLimits tiny;
    tiny.maxRequestLine = 40;
    tiny.maxHeaderLine = 32;
    tiny.maxHeaderBlock = 96;
    tiny.maxHeaderCount = 4;
    tiny.maxBody = 64;
    runOne(data, size, tiny, "tiny");
    return 0;
}
