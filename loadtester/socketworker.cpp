#include "socketworker.h"

#include "cputime.h"

#include <cerrno>
#include <cstring>
#include <ctime>

#include <fcntl.h>
#include <sys/epoll.h>
#include <unistd.h>

namespace {

constexpr qint64 kBucketUs = 100'000; // the timeline's resolution
constexpr int kScanMs = 100; // deadline scan and stop-flag check interval
constexpr int kMaxEvents = 256;

} // namespace

qint64 SocketWorker::nowUs(qint64 originNs)
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    const qint64 ns = qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    return (ns - originNs) / 1000;
}

SocketWorker::SocketWorker(SocketRunShared &shared, int connections)
    : m_shared(shared), m_connections(size_t(connections)), m_buffer(64 * 1024)
{ }

SocketWorker::~SocketWorker()
{
    for (Connection &c : m_connections) {
        if (c.fd >= 0)
            ::close(c.fd);
    }
    if (m_epoll >= 0)
        ::close(m_epoll);
}

void SocketWorker::run()
{
    const double cpuStart = CpuTime::threadSeconds();
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0) {
        emfile = errno == EMFILE || errno == ENFILE;
        firstConnectErrno = errno;
        // Without a poller no request can run: count our share as Connect
        // failures so the run still adds up to n.
        while (m_shared.unstarted.fetch_sub(1, std::memory_order_relaxed) > 0) {
            ++failedConnect;
            countTimeline(true);
        }
        cpuSec = CpuTime::threadSeconds() - cpuStart;
        return;
    }
    m_nowUs = nowUs(m_shared.originNs);
    for (size_t i = 0; i < m_connections.size(); ++i)
        m_ready.push_back(quint32(i));
    drainReady();

    epoll_event events[kMaxEvents];
    qint64 lastScanUs = m_nowUs;
    while (m_active > 0) {
        const int n = epoll_wait(m_epoll, events, kMaxEvents, kScanMs);
        m_nowUs = nowUs(m_shared.originNs);
        for (int i = 0; i < n; ++i) {
            Connection &c = m_connections[events[i].data.u32];
            if (c.phase != Phase::Idle)
                handleEvent(c, events[i].events);
        }
        drainReady();
        if (m_nowUs - lastScanUs >= kScanMs * 1000 || n <= 0) {
            lastScanUs = m_nowUs;
            if (m_shared.cancel && m_shared.cancel->load(std::memory_order_relaxed)) {
                stoppedByCancel = true;
                break;
            }
            if (m_shared.timeLimitUs > 0 && m_nowUs >= m_shared.timeLimitUs) {
                stoppedByTimeLimit = true;
                break;
            }
            scanDeadlines();
            drainReady();
        }
    }
    if (stoppedByCancel || stoppedByTimeLimit) {
        // In-flight requests are dropped, as ab drops them at -t or SIGINT.
        m_stopping = true;
        lastEventUs = std::max(lastEventUs, m_nowUs);
        for (Connection &c : m_connections)
            closeConnection(c);
    }
    cpuSec = CpuTime::threadSeconds() - cpuStart;
}

// Connections that finished a request wait here for their next one, so a
// run of immediate failures (refused, EMFILE) loops instead of recursing.
void SocketWorker::drainReady()
{
    while (!m_ready.empty()) {
        const quint32 index = m_ready.back();
        m_ready.pop_back();
        nextRequest(m_connections[index]);
    }
}

void SocketWorker::nextRequest(Connection &c)
{
    if (m_stopping || m_shared.unstarted.fetch_sub(1, std::memory_order_relaxed) <= 0) {
        closeConnection(c);
        c.phase = Phase::Idle;
        return;
    }
    if (m_shared.timeLimitUs > 0 && m_nowUs >= m_shared.timeLimitUs) {
        closeConnection(c);
        c.phase = Phase::Idle;
        return;
    }
    ++m_active;
    beginRequest(c, c.fd < 0);
}

void SocketWorker::beginRequest(Connection &c, bool freshConnection)
{
    c.parser.reset(m_shared.headRequest, firstDoneUs < 0);
    c.written = 0;
    c.bytesRead = 0;
    c.beginReadUs = 0;
    c.endWriteUs = 0;
    c.startUs = m_nowUs;
    c.deadlineUs = m_nowUs + m_shared.timeoutUs;
    if (freshConnection) {
        c.reused = false;
        openConnection(c);
    } else {
        // ab: on a kept-alive connection start = connect = the previous end.
        c.connectedUs = m_nowUs;
        c.phase = Phase::Writing;
        writeRequest(c);
    }
}

bool SocketWorker::setInterest(Connection &c, bool wantOut, int operation)
{
    // Edge-triggered, and EPOLLOUT only while a write waits: otherwise every
    // ACK of a sent request would wake the loop for nothing.
    epoll_event ev {};
    ev.events = EPOLLIN | EPOLLRDHUP | EPOLLET | (wantOut ? EPOLLOUT : 0u);
    ev.data.u32 = quint32(&c - m_connections.data());
    c.wantOut = wantOut;
    return epoll_ctl(m_epoll, operation, c.fd, &ev) == 0;
}

void SocketWorker::openConnection(Connection &c)
{
    const auto *address = reinterpret_cast<const sockaddr *>(&m_shared.address);
    c.fd = ::socket(address->sa_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (c.fd < 0) {
        if (errno == EMFILE || errno == ENFILE)
            emfile = true;
        failRequest(c, Failure::Connect, errno);
        return;
    }
    if (::connect(c.fd, address, m_shared.addressLength) != 0 && errno != EINPROGRESS) {
        failRequest(c, Failure::Connect, errno);
        return;
    }
    // On loopback the handshake has usually finished inside connect(), so
    // try the request at once and spare a wake-up; a socket still connecting
    // answers EAGAIN and EPOLLOUT tells when it is ready.
    c.connectedUs = m_nowUs;
    const SendStatus sent = sendSome(c);
    if (sent == SendStatus::Failed) {
        failRequest(c, Failure::Connect, errno);
        return;
    }
    if (sent == SendStatus::Done) {
        c.endWriteUs = m_nowUs;
        c.phase = Phase::Reading;
    } else {
        c.phase = c.written > 0 ? Phase::Writing : Phase::Connecting;
    }
    if (!setInterest(c, sent != SendStatus::Done, EPOLL_CTL_ADD))
        failRequest(c, Failure::Connect, errno);
}

SocketWorker::SendStatus SocketWorker::sendSome(Connection &c)
{
    const QByteArray &request = m_shared.request;
    while (c.written < request.size()) {
        const ssize_t w = ::send(c.fd, request.constData() + c.written,
                                 size_t(request.size() - c.written), MSG_NOSIGNAL);
        if (w < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == ENOTCONN)
                return SendStatus::WouldBlock;
            if (errno == EINTR)
                continue;
            return SendStatus::Failed;
        }
        c.written += w;
        bytesSent += w;
    }
    return SendStatus::Done;
}

void SocketWorker::handleEvent(Connection &c, quint32 events)
{
    if (c.phase == Phase::Connecting) {
        if (events & EPOLLERR) {
            int error = 0;
            socklen_t length = sizeof(error);
            getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &error, &length);
            failRequest(c, Failure::Connect, error ? error : ECONNREFUSED);
            return;
        }
        if (!(events & EPOLLOUT))
            return;
        c.connectedUs = m_nowUs;
        c.phase = Phase::Writing;
        writeRequest(c);
    } else if (c.phase == Phase::Writing && (events & (EPOLLOUT | EPOLLERR | EPOLLHUP))) {
        writeRequest(c);
    }
    if (c.phase == Phase::Reading && (events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)))
        readResponse(c);
}

void SocketWorker::writeRequest(Connection &c)
{
    const SendStatus sent = sendSome(c);
    if (sent == SendStatus::WouldBlock) {
        if (!c.wantOut)
            setInterest(c, true, EPOLL_CTL_MOD);
        return;
    }
    if (sent == SendStatus::Failed) {
        const int error = errno;
        if (c.written == 0 && retryOnFreshConnection(c))
            return;
        ++writeErrors;
        failRequest(c, Failure::Receive, error);
        return;
    }
    if (c.wantOut)
        setInterest(c, false, EPOLL_CTL_MOD);
    c.endWriteUs = m_nowUs;
    c.phase = Phase::Reading;
}

void SocketWorker::readResponse(Connection &c)
{
    for (;;) {
        const ssize_t r = ::read(c.fd, m_buffer.data(), m_buffer.size());
        if (r > 0) {
            totalRead += r;
            if (c.bytesRead == 0)
                c.beginReadUs = m_nowUs;
            c.bytesRead += r;
            if (c.parser.state() != HttpResponseParser::State::Incomplete)
                continue; // bytes after a complete HTTP/1.0 response: counted, as ab does
            const qsizetype used = c.parser.feed(m_buffer.data(), r);
            if (c.parser.state() == HttpResponseParser::State::Error) {
                failRequest(c, Failure::Exception);
                return;
            }
            if (c.parser.state() == HttpResponseParser::State::Complete && m_shared.keepAlive
                && c.parser.keepAlive()) {
                // More bytes than one response: the server's framing cannot
                // be trusted, so the connection is not reused.
                completeResponse(c, true, used == r);
                return;
            }
            continue;
        }
        if (r == 0) {
            if (c.bytesRead == 0 && retryOnFreshConnection(c))
                return;
            c.parser.finishOnClose();
            if (c.parser.state() == HttpResponseParser::State::Complete)
                completeResponse(c, false, false);
            else
                failRequest(c, Failure::Receive, 0);
            return;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return;
        if (errno == EINTR)
            continue;
        const int error = errno;
        if (c.bytesRead == 0 && retryOnFreshConnection(c))
            return;
        if (c.parser.state() == HttpResponseParser::State::Complete) {
            completeResponse(c, false, false); // whole response read, then a reset
            return;
        }
        failRequest(c, Failure::Receive, error);
        return;
    }
}

// A kept-alive connection the server closed while idle is not a failed
// request (ab: "server has legitimately shut down an idle keep alive
// request"): send the same request again on a new connection, once.
bool SocketWorker::retryOnFreshConnection(Connection &c)
{
    if (!c.reused)
        return false;
    closeConnection(c);
    beginRequest(c, true);
    return true;
}

void SocketWorker::completeResponse(Connection &c, bool keepAliveDone, bool reuse)
{
    RequestSample s;
    s.startUs = c.startUs;
    s.connectUs = std::max<qint64>(0, c.connectedUs - c.startUs);
    s.totalUs = std::max<qint64>(0, m_nowUs - c.startUs);
    s.waitUs = std::max<qint64>(0, c.beginReadUs - c.endWriteUs);
    samples.append(s);
    const int status = c.parser.statusCode();
    ++statusCounts[status];
    if (status < 200 || status > 299)
        ++non2xx;
    const qint64 body = c.parser.bodyBytes();
    bodyRead += body;
    ++bodyLengthCounts[body];
    if (firstDoneUs < 0) {
        firstDoneUs = m_nowUs;
        firstBodyLength = body;
        firstServer = QString::fromLatin1(c.parser.server());
    }
    ++complete;
    progressDone.store(complete, std::memory_order_relaxed);
    lastEventUs = m_nowUs;
    countTimeline(false);
    --m_active;
    if (keepAliveDone)
        ++keepAliveRequests;
    if (keepAliveDone && reuse && c.fd >= 0) {
        c.reused = true;
        c.phase = Phase::Idle; // the socket stays open for the next request
    } else {
        closeConnection(c);
    }
    m_ready.push_back(quint32(&c - m_connections.data()));
}

void SocketWorker::failRequest(Connection &c, Failure kind, int error)
{
    switch (kind) {
    case Failure::Connect:
        ++failedConnect;
        if (!firstConnectErrno)
            firstConnectErrno = error;
        break;
    case Failure::Receive:
        ++failedReceive;
        if (!firstReceiveErrno)
            firstReceiveErrno = error;
        break;
    case Failure::Exception:
        ++failedExceptions;
        if (firstException.isEmpty() && c.parser.error() != HttpResponseParser::Error::None)
            firstException = QString::fromLatin1(HttpResponseParser::errorName(c.parser.error()));
        break;
    }
    bodyRead += c.parser.bodyBytes();
    progressFailed.fetch_add(1, std::memory_order_relaxed);
    lastEventUs = m_nowUs;
    countTimeline(true);
    --m_active;
    closeConnection(c);
    m_ready.push_back(quint32(&c - m_connections.data()));
}

void SocketWorker::closeConnection(Connection &c)
{
    if (c.fd >= 0) {
        ::close(c.fd); // also leaves the epoll set
        c.fd = -1;
    }
    c.phase = Phase::Idle;
}

void SocketWorker::scanDeadlines()
{
    for (Connection &c : m_connections) {
        if (c.phase == Phase::Idle || c.deadlineUs > m_nowUs)
            continue;
        ++timeouts;
        if (c.phase == Phase::Connecting) {
            failRequest(c, Failure::Connect, ETIMEDOUT);
        } else if (c.parser.state() == HttpResponseParser::State::Complete) {
            // A whole response arrived but the server never closed.
            completeResponse(c, false, false);
            --timeouts;
        } else {
            failRequest(c, Failure::Exception);
        }
    }
}

void SocketWorker::countTimeline(bool failed)
{
    const size_t bucket = size_t(std::max<qint64>(0, m_nowUs) / kBucketUs);
    if (timeline.size() <= bucket)
        timeline.resize(bucket + 1);
    if (failed)
        ++timeline[bucket].failed;
    else
        ++timeline[bucket].completed;
}
