#include "asyncconnection.h"

#include "httpresponder.h"
#include "servercounters.h"

#include <QDeadlineTimer>

#include <cerrno>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr qsizetype kMaxBuffered = 64 * 1024; // above the parser's head limits
constexpr qsizetype kReadChunk = 16 * 1024;
constexpr qint64 kWriteHighWater = 256 * 1024; // stop answering pipelined requests above it
constexpr int kLingerMs = 2000;

} // namespace

AsyncConnection::AsyncConnection(qintptr descriptor, const HttpResponder &responder,
                                 ServerCounters &counters, int idleTimeoutMs, QObject *parent)
    : QObject(parent),
      m_fd(int(descriptor)),
      m_readNotifier(descriptor, QSocketNotifier::Read),
      m_writeNotifier(descriptor, QSocketNotifier::Write),
      m_responder(responder),
      m_counters(counters),
      m_idleTimeoutMs(idleTimeoutMs),
      m_deadline(nowMs() + idleTimeoutMs)
{
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    m_out.reserve(512);
    m_writeNotifier.setEnabled(false);
    connect(&m_readNotifier, &QSocketNotifier::activated, this, &AsyncConnection::onReadable);
    connect(&m_writeNotifier, &QSocketNotifier::activated, this, &AsyncConnection::onWritable);
}

AsyncConnection::~AsyncConnection()
{
    if (m_fd >= 0) {
        m_readNotifier.setEnabled(false);
        m_writeNotifier.setEnabled(false);
        ::close(m_fd);
    }
}

qint64 AsyncConnection::nowMs()
{
    return QDeadlineTimer::current().deadline();
}

bool AsyncConnection::fillBuffer()
{
    // Reading into one scratch buffer per thread and appending what came
    // keeps a typical connection at one small allocation instead of a 16 KiB one.
    thread_local char scratch[kReadChunk];
    while (!m_peerClosed && m_in.size() < kMaxBuffered) {
        const qsizetype room = qMin(kMaxBuffered - m_in.size(), kReadChunk);
        const ssize_t got = ::recv(m_fd, scratch, size_t(room), MSG_DONTWAIT);
        if (got > 0) {
            m_in.append(scratch, qsizetype(got));
            if (got < room) {
                m_drained = true; // took all the kernel had
                break;
            }
        } else if (got == 0) {
            m_peerClosed = true;
        } else if (errno != EINTR) {
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                m_failed = true;
            m_drained = true;
            break;
        }
    }
    return m_in.size() >= kMaxBuffered; // at the cap: more may be waiting in the kernel
}

void AsyncConnection::onReadable()
{
    if (m_state == State::Lingering) {
        // Drain until the client closes; its unread bytes would turn our
        // close into a reset that can destroy the answer in flight.
        thread_local char sink[kReadChunk];
        for (;;) {
            const ssize_t got = ::recv(m_fd, sink, sizeof sink, MSG_DONTWAIT);
            if (got > 0 || (got < 0 && errno == EINTR))
                continue;
            if (got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
                abort();
            return;
        }
    }
    if (m_state == State::Open) {
        m_drained = false;
        process();
    }
}

void AsyncConnection::onWritable()
{
    const qsizetype before = pendingOutput();
    flushOutput();
    if (m_failed) {
        abort(); // reset by the client
        return;
    }
    if (pendingOutput() < before)
        m_deadline = nowMs() + m_idleTimeoutMs; // a slow reader still making progress
    if (m_state == State::Closing)
        closeWhenFlushed();
    else if (m_state == State::Open)
        process(); // pipelined requests held back by the high-water mark
}

void AsyncConnection::process()
{
    bool needInput = false; // stopped because no complete request is buffered
    while (m_state == State::Open) {
        if (pendingOutput() > kWriteHighWater) {
            flushOutput();
            if (!m_failed && pendingOutput() > kWriteHighWater)
                break; // onWritable() resumes once the client reads
        }
        const bool atCap = m_drained ? m_in.size() >= kMaxBuffered : fillBuffer();
        if (m_failed) {
            abort(); // reset by the client: no answer can reach it
            return;
        }
        if (m_in.isEmpty()) {
            needInput = true;
            break;
        }
        const HttpRequestParser::Result result = m_parser.parse(m_in);
        if (result.status == HttpRequestParser::Status::Error) {
            m_counters.responded(true);
            HttpResponder::appendError(result.errorStatus, m_out);
            closeAfterResponse(true);
            return;
        }
        if (result.bytesConsumed > 0)
            m_in.remove(0, result.bytesConsumed);
        if (result.status == HttpRequestParser::Status::Incomplete) {
            if (result.bytesConsumed > 0 && m_parser.headComplete())
                m_deadline = nowMs() + m_idleTimeoutMs; // body progress
            if (atCap && result.bytesConsumed > 0)
                continue; // body bytes made room
            needInput = true;
            break;
        }
        const HttpResponder::Outcome outcome = m_responder.respond(m_parser.request(), m_out);
        m_counters.responded(outcome.badRequest);
        // The idle deadline, and the absolute deadline for the next head,
        // start when a response is done; head bytes do not extend it.
        m_deadline = nowMs() + m_idleTimeoutMs;
        if (outcome.badRequest || !outcome.keepAlive) {
            closeAfterResponse(outcome.badRequest);
            return;
        }
    }
    if (m_state != State::Open)
        return;
    flushOutput();
    if (m_failed) {
        abort();
        return;
    }
    if (m_peerClosed && needInput) {
        // Half-closed and every complete request answered: what is left is
        // at most a truncated request, which gets no answer (as with nginx).
        closeAfterResponse(false);
        return;
    }
    updateNotifiers();
}

void AsyncConnection::flushOutput()
{
    while (pendingOutput() > 0) {
        // MSG_NOSIGNAL: a client that reset must not raise SIGPIPE.
        const ssize_t sent = ::send(m_fd, m_out.constData() + m_outSent, size_t(pendingOutput()),
                                    MSG_DONTWAIT | MSG_NOSIGNAL);
        if (sent > 0) {
            m_outSent += sent;
        } else if (sent < 0 && errno != EINTR) {
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                m_failed = true;
            break;
        }
    }
    if (pendingOutput() == 0) {
        m_out.resize(0); // keeps the capacity for the next response
        m_outSent = 0;
    }
}

void AsyncConnection::closeAfterResponse(bool afterError)
{
    m_state = State::Closing;
    m_afterError = afterError;
    flushOutput();
    if (m_failed)
        abort();
    else
        closeWhenFlushed();
}

void AsyncConnection::closeWhenFlushed()
{
    if (pendingOutput() > 0) {
        updateNotifiers(); // onWritable() comes back here
        return;
    }
    int unread = 0;
    if (::ioctl(m_fd, FIONREAD, &unread) != 0)
        unread = 0;
    if (m_peerClosed || (!m_afterError && m_in.isEmpty() && unread == 0)) {
        // Nothing more from the client is pending: a plain close is safe.
        abort();
        return;
    }
    // Half-close and drain, so the client reads our answer instead of a reset
    // caused by its unread bytes (RFC 9112 §9.6).
    m_state = State::Lingering;
    m_in.clear();
    ::shutdown(m_fd, SHUT_WR);
    m_deadline = nowMs() + qMin(kLingerMs, m_idleTimeoutMs);
    updateNotifiers();
}

void AsyncConnection::updateNotifiers()
{
    if (m_state == State::Finished)
        return;
    // Not reading while answers pile up: a client that pipelines without
    // reading waits in its own send buffer, not in our memory.
    const bool reading = m_state == State::Lingering
            || (m_state == State::Open && !m_peerClosed && pendingOutput() <= kWriteHighWater
                && m_in.size() < kMaxBuffered);
    m_readNotifier.setEnabled(reading);
    m_writeNotifier.setEnabled(pendingOutput() > 0);
}

void AsyncConnection::abort()
{
    // The object stays valid (the core deletes it later), so callers up the
    // stack may still touch it.
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_readNotifier.setEnabled(false); // before close(): never poll a closed descriptor
    m_writeNotifier.setEnabled(false);
    ::close(m_fd);
    m_fd = -1;
    emit finished(this);
}
