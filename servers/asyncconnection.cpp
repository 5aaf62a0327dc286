#include "asyncconnection.h"

#include "httpresponder.h"
#include "servercounters.h"

#include <QDeadlineTimer>
#include <QScopedValueRollback>
#include <QTcpSocket>

#include <sys/socket.h>

namespace {

constexpr qsizetype kMaxBuffered = 64 * 1024; // above the parser's head limits
constexpr qsizetype kReadChunk = 16 * 1024;
constexpr qint64 kWriteHighWater = 256 * 1024; // stop answering pipelined requests above it
constexpr int kLingerMs = 2000;

} // namespace

AsyncConnection::AsyncConnection(QTcpSocket *socket, const HttpResponder &responder,
                                 ServerCounters &counters, int idleTimeoutMs, QObject *parent)
    : QObject(parent),
      m_socket(socket),
      m_responder(responder),
      m_counters(counters),
      m_idleTimeoutMs(idleTimeoutMs),
      m_deadline(nowMs() + idleTimeoutMs)
{
    m_socket->setParent(this);
    m_out.reserve(512);
    connect(m_socket, &QTcpSocket::readyRead, this, &AsyncConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &AsyncConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &AsyncConnection::finish);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            finish();
    });
}

AsyncConnection::~AsyncConnection() = default;

qint64 AsyncConnection::nowMs()
{
    return QDeadlineTimer::current().deadline();
}

bool AsyncConnection::fillBuffer()
{
    // Unbuffered socket: read() goes straight to recv(). Reading into one
    // scratch buffer per thread and appending what came keeps a typical
    // connection at one small allocation instead of a 16 KiB one.
    thread_local char scratch[kReadChunk];
    while (m_in.size() < kMaxBuffered) {
        const qsizetype room = qMin(kMaxBuffered - m_in.size(), kReadChunk);
        const qint64 got = m_socket->read(scratch, room);
        if (got > 0)
            m_in.append(scratch, qsizetype(got));
        if (got < room)
            return false; // drained what the kernel had
    }
    return true; // at the cap: more may be waiting in the kernel
}

void AsyncConnection::onReadyRead()
{
    if (m_state == State::Lingering) {
        m_socket->skip(m_socket->bytesAvailable()); // drain until the peer closes
        return;
    }
    if (m_state == State::Open)
        process();
}

void AsyncConnection::onBytesWritten()
{
    if (m_socket->bytesToWrite() > 0) {
        m_deadline = nowMs() + m_idleTimeoutMs; // a slow reader still making progress
        return;
    }
    if (m_state == State::Closing)
        startLingering();
    else if (m_state == State::Open && !m_processing
             && (!m_in.isEmpty() || m_socket->bytesAvailable() > 0))
        process(); // pipelined requests held back by the high-water mark
}

void AsyncConnection::process()
{
    // flush() emits bytesWritten() synchronously; that must not re-enter here.
    const QScopedValueRollback<bool> guard(m_processing, true);
    while (m_state == State::Open) {
        const bool atCap = fillBuffer();
        if (m_in.isEmpty() || m_socket->bytesToWrite() + m_out.size() > kWriteHighWater)
            break;
        const HttpRequestParser::Result result = m_parser.parse(m_in);
        if (result.status == HttpRequestParser::Status::Error) {
            m_counters.responded(true);
            HttpResponder::appendError(result.errorStatus, m_out);
            closeAfterError();
            return;
        }
        if (result.bytesConsumed > 0)
            m_in.remove(0, result.bytesConsumed);
        if (result.status == HttpRequestParser::Status::Incomplete) {
            if (result.bytesConsumed > 0 && m_parser.headComplete())
                m_deadline = nowMs() + m_idleTimeoutMs; // body progress
            if (atCap && result.bytesConsumed > 0)
                continue; // body bytes made room
            break;
        }
        const HttpResponder::Outcome outcome = m_responder.respond(m_parser.request(), m_out);
        m_counters.responded(outcome.badRequest);
        // The idle deadline, and the absolute deadline for the next head,
        // start when a response is done; head bytes do not extend it.
        m_deadline = nowMs() + m_idleTimeoutMs;
        if (outcome.badRequest) {
            closeAfterError();
            return;
        }
        if (!outcome.keepAlive) {
            m_state = State::Closing;
            flushOutput(); // may finish, or start lingering via bytesWritten()
            if (m_state == State::Closing && m_socket->bytesToWrite() == 0)
                startLingering();
            return;
        }
    }
    flushOutput();
}

void AsyncConnection::flushOutput()
{
    if (m_out.isEmpty())
        return;
    m_socket->write(m_out);
    m_out.resize(0);
    // Write now rather than on the next loop iteration's write notification.
    m_socket->flush();
}

void AsyncConnection::closeAfterError()
{
    m_state = State::Closing;
    m_afterError = true;
    flushOutput(); // may finish, or start lingering via bytesWritten()
    if (m_state == State::Closing && m_socket->bytesToWrite() == 0)
        startLingering();
}

void AsyncConnection::startLingering()
{
    if (!m_afterError && m_in.isEmpty() && m_socket->bytesAvailable() == 0) {
        // Nothing more from the client is pending: a plain close is safe.
        m_state = State::Disconnecting;
        m_socket->disconnectFromHost(); // may emit disconnected() and finish now
        if (m_state != State::Finished && m_socket->state() == QAbstractSocket::UnconnectedState) {
            finish();
        }
        return;
    }
    // Half-close and drain, so the client reads our answer instead of a reset
    // caused by its unread bytes (RFC 9112 §9.6).
    m_state = State::Lingering;
    m_in.clear();
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    m_socket->skip(m_socket->bytesAvailable());
    m_deadline = nowMs() + qMin(kLingerMs, m_idleTimeoutMs);
}

void AsyncConnection::abort()
{
    // m_socket stays valid (a child, deleted with this connection by the
    // core's deleteLater), so callers up the stack may still touch it.
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_socket->disconnect(this);
    m_socket->abort();
    emit finished(this);
}

void AsyncConnection::finish()
{
    if (m_state == State::Finished)
        return;
    if (m_state == State::Disconnecting && m_socket->state() != QAbstractSocket::UnconnectedState)
        return; // disconnectFromHost() is flushing; disconnected() comes back here
    abort();
}
