#include "connectionthread.h"

#include "httprequestparser.h"
#include "httpresponder.h"
#include "servercounters.h"

#include <QDeadlineTimer>
#include <QTcpSocket>

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

} // namespace

ConnectionThread::ConnectionThread(qintptr descriptor, const HttpResponder &responder,
                                   ServerCounters &counters, int idleTimeoutMs, QObject *parent)
    : QThread(parent),
      m_descriptor(descriptor),
      m_responder(responder),
      m_counters(counters),
      m_idleTimeoutMs(idleTimeoutMs)
{ }

void ConnectionThread::interrupt()
{
    const QMutexLocker locker(&m_mutex);
    m_interrupted = true;
    if (m_descriptorOpen)
        ::shutdown(int(m_descriptor), SHUT_RDWR); // wakes a blocked poll() in run()
}

void ConnectionThread::run()
{
    {
        QTcpSocket socket;
        // Unbuffered: read() is one recv() and write() one send(); Qt buffers
        // only what the kernel does not take at once.
        if (socket.setSocketDescriptor(m_descriptor, QAbstractSocket::ConnectedState,
                                       QIODevice::ReadWrite | QIODevice::Unbuffered)) {
            bool interrupted = false;
            {
                const QMutexLocker locker(&m_mutex);
                interrupted = m_interrupted;
            }
            if (!interrupted)
                serve(socket);
            // Close under the lock, so interrupt() never shuts down a
            // descriptor number that another connection already reuses.
            const QMutexLocker locker(&m_mutex);
            socket.abort();
            m_descriptorOpen = false;
        } else {
            const QMutexLocker locker(&m_mutex);
            ::close(int(m_descriptor));
            m_descriptorOpen = false;
        }
    }
    m_counters.connectionClosed();
}

bool ConnectionThread::writeAll(QTcpSocket &socket, QByteArray &out, qint64 deadline)
{
    if (out.isEmpty())
        return true;
    socket.write(out);
    out.resize(0);
    while (socket.bytesToWrite() > 0) {
        const qint64 before = socket.bytesToWrite();
        const qint64 remaining = deadline - nowMs();
        if (remaining <= 0 || !socket.waitForBytesWritten(int(remaining)))
            return false;
        if (socket.bytesToWrite() < before)
            deadline = nowMs() + m_idleTimeoutMs; // a slow reader making progress
    }
    return true;
}

void ConnectionThread::linger(QTcpSocket &socket)
{
    // Half-close and drain, so the client reads the answer instead of a reset
    // caused by its unread bytes (RFC 9112 §9.6).
    ::shutdown(int(socket.socketDescriptor()), SHUT_WR);
    const qint64 until = nowMs() + qMin(kLingerMs, m_idleTimeoutMs);
    while (socket.state() == QAbstractSocket::ConnectedState) {
        socket.skip(socket.bytesAvailable());
        const qint64 remaining = until - nowMs();
        if (remaining <= 0 || !socket.waitForReadyRead(int(remaining)))
            break;
    }
}

qint64 ConnectionThread::readSome(QTcpSocket &socket, QByteArray &in)
{
    char chunk[kReadChunk]; // on the thread's stack: no 16 KiB allocation per connection
    const qsizetype room = qMin(kMaxBuffered - in.size(), kReadChunk);
    const qint64 got = socket.read(chunk, room);
    if (got > 0)
        in.append(chunk, qsizetype(got));
    return got;
}

void ConnectionThread::serve(QTcpSocket &socket)
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
            if (writeAll(socket, out, nowMs() + m_idleTimeoutMs))
                linger(socket);
            return;
        }
        if (result.bytesConsumed > 0)
            in.remove(0, result.bytesConsumed);
        if (result.status == HttpRequestParser::Status::Incomplete) {
            // Answers batched from pipelined requests go out before waiting.
            if (!writeAll(socket, out, nowMs() + m_idleTimeoutMs))
                return;
            if (result.bytesConsumed > 0 && parser.headComplete())
                deadline = nowMs() + m_idleTimeoutMs; // body progress
            if (in.size() >= kMaxBuffered)
                continue; // the parser consumes body bytes or fails at its limits
            // After a short read the kernel had nothing more: poll first
            // instead of paying for a recv() that would say EAGAIN.
            qint64 got = mayHaveMore ? readSome(socket, in) : 0;
            if (got == 0) {
                const qint64 remaining = deadline - nowMs();
                // Idle, slow header, peer gone or interrupt(): close silently.
                if (remaining <= 0 || !socket.waitForReadyRead(int(remaining)))
                    return;
                got = readSome(socket, in);
            }
            if (got <= 0)
                return; // EOF or error
            mayHaveMore = got == kReadChunk;
            continue;
        }
        const HttpResponder::Outcome outcome = m_responder.respond(parser.request(), out);
        m_counters.responded(outcome.badRequest);
        deadline = nowMs() + m_idleTimeoutMs;
        if (outcome.badRequest || !outcome.keepAlive) {
            if (!writeAll(socket, out, deadline))
                return;
            if (outcome.badRequest || !in.isEmpty())
                linger(socket);
            else
                socket.disconnectFromHost();
            return;
        }
        if (in.isEmpty() || out.size() > kWriteBatch) {
            if (!writeAll(socket, out, deadline))
                return;
        }
    }
}
