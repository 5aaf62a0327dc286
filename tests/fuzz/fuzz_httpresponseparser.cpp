// libFuzzer target for the socket engine's HttpResponseParser. Beyond "no
// crash, no leak, no out-of-bounds read" it holds these oracles:
// - the same bytes fed whole, byte by byte and in hashed pieces end the same
//   way (state, error, status, framing, body bytes, bytes used), before and
//   after the peer's close;
// - byte accounting: it uses all it is given while incomplete; once the head
//   is read, bytes used = the head as an independent scan finds it + body bytes;
//   a Content-Length body is exactly its length; HEAD, 1xx, 204, 304 have none;
// - every status line it accepted (interim ones too) is an HTTP/1.x status
//   line, and the framing it chose is the one the head declares (RFC 9112 §6.3).
// The input's last byte picks HEAD or not, so the corpus stays plain responses.

#include "fuzzfeed.h"
#include "httpresponseparser.h"

#include <string>
#include <string_view>
#include <vector>

using FuzzFeed::fault;
using FuzzFeed::Splitter;
using State = HttpResponseParser::State;
using Error = HttpResponseParser::Error;
using Framing = HttpResponseParser::Framing;

namespace {

struct Snapshot
{
    State state = State::Incomplete;
    Error error = Error::None;
    int status = 0;
    Framing framing = Framing::None;
    qint64 contentLength = 0;
    qint64 bodyBytes = 0;
    bool headerComplete = false;
    bool keepAlive = false;
    bool anyBytes = false;
    std::string server;
    size_t used = 0;

    // A malformed response's byte counts are not figures (the engine counts
    // it as failed), so they need not agree across splits.
    bool sameEnding(const Snapshot &o) const
    {
        if (state != o.state || error != o.error || status != o.status)
            return false;
        if (state == State::Error && error != Error::Truncated)
            return true;
        return framing == o.framing && contentLength == o.contentLength && bodyBytes == o.bodyBytes
                && headerComplete == o.headerComplete && keepAlive == o.keepAlive
                && anyBytes == o.anyBytes && server == o.server && used == o.used;
    }
};

Snapshot snapshot(const HttpResponseParser &p, size_t used)
{
    Snapshot s;
    s.state = p.state();
    s.error = p.error();
    s.status = p.statusCode();
    s.framing = p.framing();
    s.contentLength = p.contentLength();
    s.bodyBytes = p.bodyBytes();
    s.headerComplete = p.headerComplete();
    s.keepAlive = p.keepAlive();
    s.anyBytes = p.anyBytes();
    s.server = p.server().toStdString();
    s.used = used;
    return s;
}

void describe(const char *label, const Snapshot &s)
{
    std::fprintf(stderr,
                 "%s: state %d error %d status %d framing %d CL %lld body %lld head %d used %zu\n",
                 label, int(s.state), int(s.error), s.status, int(s.framing), s.contentLength,
                 s.bodyBytes, int(s.headerComplete), s.used);
}

// Feeds like the socket engine: stop once the parser stops taking bytes.
void feed(HttpResponseParser &p, const uint8_t *data, size_t size, Splitter::Mode mode,
          Snapshot *open, Snapshot *closed)
{
    Splitter splitter(mode, data, size);
    size_t used = 0;
    while (used < size && p.state() == State::Incomplete) {
        const size_t n = splitter.next(size - used);
        // Each piece in an allocation of its own, so that ASan sees a read
        // past its end (which would otherwise land in the next piece's bytes).
        const std::vector<char> piece(data + used, data + used + n);
        const qsizetype took = p.feed(piece.data(), qsizetype(n));
        if (took < 0 || size_t(took) > n)
            fault("feed(%zu) used %lld", n, qint64(took));
        if (size_t(took) < n && p.state() == State::Incomplete)
            fault("left %zu bytes unused while incomplete", n - size_t(took));
        used += size_t(took);
    }
    *open = snapshot(p, used);
    p.finishOnClose();
    *closed = snapshot(p, used);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
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

// OWS; a bare CR counts as SP, which RFC 9112 §2.2 lets a recipient do.
std::string_view trimOws(std::string_view s)
{
    const auto ows = [](char c) {
        return c == ' ' || c == '\t' || c == '\r';
    };
    while (!s.empty() && ows(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && ows(s.back()))
        s.remove_suffix(1);
    return s;
}

// status-line = HTTP-version SP 3DIGIT SP reason-phrase, the reason phrase
// HTAB / SP / VCHAR / obs-text; ab's leniency: the reason and its SP may be
// missing. Returns the code, or -1.
int strictStatusLine(std::string_view line)
{
    if (line.size() < 12 || line.substr(0, 7) != "HTTP/1." || !isDigit(line[7]) || line[8] != ' '
        || !isDigit(line[9]) || !isDigit(line[10]) || !isDigit(line[11]))
        return -1;
    if (line.size() > 12 && line[12] != ' ')
        return -1;
    for (const char ch : line.substr(12)) {
        const auto c = static_cast<unsigned char>(ch);
        if (c != '\t' && (c < 0x20 || c == 0x7f))
            return -1;
    }
    return (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
}

// One response head as an independent scan finds it: lines end at LF (an
// optional CR before it), the head at the first line with nothing but CRs.
struct Head
{
    size_t end = 0; // one past the head's last LF
    std::string_view statusLine;
    std::string_view lines; // the header lines after the status line
};

bool findHead(std::string_view bytes, size_t from, Head *head)
{
    size_t lineStart = from;
    bool first = true;
    while (lineStart < bytes.size()) {
        const size_t lf = bytes.find('\n', lineStart);
        if (lf == std::string_view::npos)
            return false;
        std::string_view line = bytes.substr(lineStart, lf - lineStart);
        const bool blank = line.find_first_not_of('\r') == std::string_view::npos;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (first) {
            head->statusLine = line;
            head->lines = bytes.substr(lf + 1, 0);
            first = false;
        }
        if (blank) {
            head->end = lf + 1;
            const size_t linesStart = head->lines.data() - bytes.data();
            head->lines = bytes.substr(linesStart, lineStart - linesStart);
            return true;
        }
        lineStart = lf + 1;
    }
    return false;
}

// The framing RFC 9112 §6.3 gives the head, as far as the parser claims to follow it.
void checkFraming(std::string_view lines, const Snapshot &s, bool headRequest)
{
    bool sawLength = false;
    bool chunkedLast = false;
    size_t start = 0;
    while (start < lines.size()) {
        size_t lf = lines.find('\n', start);
        if (lf == std::string_view::npos)
            lf = lines.size();
        std::string_view line = lines.substr(start, lf - start);
        start = lf + 1;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        const size_t colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0 || line[0] == ' ' || line[0] == '\t')
            fault("accepted header line without a name and colon");
        const std::string name = lower(line.substr(0, colon));
        const std::string_view value = trimOws(line.substr(colon + 1));
        if (name == "content-length" && s.framing == Framing::Length) {
            if (value.empty() || value.find_first_not_of("0123456789") != std::string_view::npos)
                fault("Content-Length framing from a value that is not plain decimal");
            sawLength = true;
        } else if (name == "transfer-encoding") {
            const size_t comma = value.rfind(',');
            const std::string last = lower(
                    trimOws(comma == std::string_view::npos ? value : value.substr(comma + 1)));
            chunkedLast = last == "chunked";
        }
    }
    const bool noBody = headRequest || s.status == 204 || s.status == 304
            || (s.status >= 100 && s.status < 200);
    if (noBody && s.framing != Framing::None)
        fault("a body framed for HEAD, 1xx, 204 or 304");
    if (!noBody && s.framing == Framing::Chunked && !chunkedLast)
        fault("chunked framing although chunked is not the final transfer coding");
    if (!noBody && chunkedLast && s.framing != Framing::Chunked)
        fault("final transfer coding chunked, yet not read as chunked");
    if (s.framing == Framing::Length && !sawLength)
        fault("Content-Length framing without Content-Length");
}

void checkAccounting(std::string_view bytes, const Snapshot &s, bool headRequest)
{
    if (s.state == State::Error && s.error != Error::Truncated)
        return;
    // Walk the interim responses the parser skipped, then the final head.
    size_t from = 0;
    Head head;
    for (;;) {
        if (!findHead(bytes.substr(0, s.used), from, &head)) {
            if (s.headerComplete)
                fault("head complete, but no blank line within the %zu bytes used", s.used);
            return;
        }
        const int code = strictStatusLine(head.statusLine);
        if (code < 0)
            fault("accepted a status line that is not HTTP/1.x: '%.*s'",
                  int(head.statusLine.size()), head.statusLine.data());
        if (code >= 100 && code < 200 && code != 101) {
            from = head.end;
            continue;
        }
        break;
    }
    if (!s.headerComplete)
        fault("a whole final head in the bytes used, yet the head is not complete");
    if (strictStatusLine(head.statusLine) != s.status)
        fault("status %d, status line says otherwise", s.status);
    if (s.used != head.end + size_t(s.bodyBytes))
        fault("used %zu != head %zu + body %lld", s.used, head.end, s.bodyBytes);
    checkFraming(head.lines, s, headRequest);
    if (s.state == State::Complete && s.framing == Framing::Length
        && s.bodyBytes != s.contentLength)
        fault("complete with %lld body bytes, Content-Length %lld", s.bodyBytes, s.contentLength);
    if (s.framing == Framing::None && s.bodyBytes != 0)
        fault("body bytes without a body");
}

void runOne(const uint8_t *data, size_t size, bool headRequest)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    HttpResponseParser whole;
    whole.reset(headRequest, true);
    Snapshot wholeOpen;
    Snapshot wholeClosed;
    feed(whole, data, size, Splitter::Mode::Whole, &wholeOpen, &wholeClosed);
    checkAccounting(bytes, wholeOpen, headRequest);
    checkAccounting(bytes, wholeClosed, headRequest);
    if (wholeOpen.state == State::Incomplete && wholeOpen.used != size)
        fault("incomplete after using %zu of %zu bytes", wholeOpen.used, size);

    for (const Splitter::Mode mode : {Splitter::Mode::ByteByByte, Splitter::Mode::Pieces}) {
        HttpResponseParser split;
        // A reused parser must behave as a fresh one.
        const char junk[] = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi";
        split.feed(junk, qsizetype(sizeof(junk) - 1));
        split.reset(headRequest, true);
        Snapshot open;
        Snapshot closed;
        feed(split, data, size, mode, &open, &closed);
        if (!open.sameEnding(wholeOpen) || !closed.sameEnding(wholeClosed)) {
            describe("whole", wholeOpen);
            describe("split", open);
            describe("whole closed", wholeClosed);
            describe("split closed", closed);
            fault("%s changes the outcome (HEAD %d)",
                  mode == Splitter::Mode::ByteByByte ? "byte by byte" : "pieces", int(headRequest));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    runOne(data, size, false);
    // Also as the answer to HEAD when the last byte says so (about 1 in 8
    // inputs), to keep the cost near one run.
    if (size > 0 && (data[size - 1] & 7) == 7)
        runOne(data, size, true);
    return 0;
}
