#include "blockingconnection.h"

#include "httprequestparser.h"
#include "httpresponder.h"
#include "servercounters.h"

#include <QDeadlineTimer>

#include <cerrno>
#include <climits>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr qsizetype kMaxBuffered = 64 * 1024;
constexpr qsizetype kReadChunk = 16 * 1024;
constexpr qsizetype kWriteBatch = 256 * 1024;
constexpr int kLingerMs = 2000;

qint64 nowMs()
{
    return QDeadlineTimer::current().deadline();
}

// Waits until fd has one of events (or an error or hang-up, which the next
// recv()/send() reports). False on timeout.
bool waitFor(int fd, short events, qint64 timeoutMs)
{
    if (timeoutMs <= 0)
        return false;
    pollfd p {fd, events, 0};
    const int ready = ::poll(&p, 1, int(qMin<qint64>(timeoutMs, INT_MAX)));
    return ready > 0 || (ready < 0 && errno == EINTR); // EINTR: the caller looks again
}

} // namespace

BlockingConnection::BlockingConnection(const HttpResponder &responder, ServerCounters &counters,
                                       int idleTimeoutMs)
    : m_responder(responder), m_counters(counters), m_idleTimeoutMs(idleTimeoutMs)
{ }

bool BlockingConnection::writeAll(int fd, QByteArray &out, qint64 deadline)
{
    qsizetype done = 0;
    while (done < out.size()) {
        // MSG_NOSIGNAL: a client that reset must not raise SIGPIPE.
        const ssize_t n = ::send(fd, out.constData() + done, size_t(out.size() - done),
                                 MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n > 0) {
            if (done > 0)
                deadline = nowMs() + m_idleTimeoutMs; // a slow reader making progress
            done += n;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (!waitFor(fd, POLLOUT, deadline - nowMs()))
                return false;
        } else {
            return false; // reset or shut down
        }
    }
    out.resize(0);
    return true;
}

void BlockingConnection::linger(int fd)
{
    // Half-close and drain, so the client reads the answer instead of a reset
    // caused by its unread bytes (RFC 9112 §9.6).
    ::shutdown(fd, SHUT_WR);
    const qint64 until = nowMs() + qMin(kLingerMs, m_idleTimeoutMs);
    char sink[kReadChunk];
    while (waitFor(fd, POLLIN, until - nowMs())) {
        const ssize_t n = ::recv(fd, sink, sizeof sink, MSG_DONTWAIT);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
            return; // the client closed: nothing unread is left to cause a reset
    }
}

qint64 BlockingConnection::readSome(int fd, QByteArray &in)
{
    char chunk[kReadChunk]; // on the thread's stack: no 16 KiB allocation per connection
    const qsizetype room = qMin(kMaxBuffered - in.size(), kReadChunk);
    for (;;) {
        const ssize_t got = ::recv(fd, chunk, size_t(room), MSG_DONTWAIT);
        if (got > 0) {
            in.append(chunk, qsizetype(got));
            return got;
        }
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return 0;
        return -1; // EOF (the client may have only half-closed) or error
    }
}

void BlockingConnection::serve(int fd)
{
    HttpRequestParser parser;
    QByteArray in;
    QByteArray out;
    out.reserve(512);
    qint64 deadline = nowMs() + m_idleTimeoutMs;
    bool mayHaveMore = false;
    for (;;) {
        const HttpRequestParser::Result result = parser.parse(in);
        if (result.status == HttpRequestParser::Status::Error) {
            m_counters.responded(true);
            HttpResponder::appendError(result.errorStatus, out);
            if (writeAll(fd, out, nowMs() + m_idleTimeoutMs))
                linger(fd);
            return;
        }
        if (result.bytesConsumed > 0)
            in.remove(0, result.bytesConsumed);
        if (result.status == HttpRequestParser::Status::Incomplete) {
            // Answers batched from pipelined requests go out before waiting.
            if (!writeAll(fd, out, nowMs() + m_idleTimeoutMs))
                return;
            if (result.bytesConsumed > 0 && parser.headComplete())
                deadline = nowMs() + m_idleTimeoutMs; // body progress
            if (in.size() >= kMaxBuffered)
                continue; // the parser consumes body bytes or fails at its limits
            // After a short read the kernel had nothing more: poll first
            // instead of paying for a recv() that would say EAGAIN.
            qint64 got = mayHaveMore ? readSome(fd, in) : 0;
            if (got == 0) {
                // Idle or slow header: close silently.
                if (!waitFor(fd, POLLIN, deadline - nowMs()))
                    return;
                got = readSome(fd, in);
            }
            // EOF, error or interrupt(). Every complete request before a
            // half-close has been answered by now; a truncated one gets no
            // answer, as with nginx.
            if (got < 0)
                return;
            mayHaveMore = got == kReadChunk;
            continue;
        }
        const HttpResponder::Outcome outcome = m_responder.respond(parser.request(), out);
        m_counters.responded(outcome.badRequest);
        deadline = nowMs() + m_idleTimeoutMs;
        if (outcome.badRequest || !outcome.keepAlive) {
            if (!writeAll(fd, out, deadline))
                return;
            if (outcome.badRequest || !in.isEmpty())
                linger(fd);
            return; // run() closes: everything was handed to the kernel
        }
        if (in.isEmpty() || out.size() > kWriteBatch) {
            if (!writeAll(fd, out, deadline))
                return;
        }
    }
}
