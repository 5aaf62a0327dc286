#include "socketworker.h"

#include "cputime.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <string_view>

#include <sys/epoll.h>
#include <unistd.h>

namespace {

constexpr int kScanMs = 100; // deadline scan and stop-flag check interval
constexpr int kMaxEvents = 256;
constexpr qsizetype kHeaderBuffer = 2048; // ab's CBUFFSIZE in httpd 2.4
constexpr size_t kReadSize = 8192; // ab's read buffer
constexpr quint32 kWakeIndex = 0xffffffffu;
constexpr quint32 kIn = EPOLLIN;
constexpr quint32 kOut = EPOLLOUT;

char asciiLower(char ch)
{
    return ch >= 'A' && ch <= 'Z' ? char(ch | 0x20) : ch;
}

// ab's xstrcasestr; needle is lower case.
std::string_view::size_type findNoCase(std::string_view haystack, std::string_view needle)
{
    if (needle.empty() || needle.size() > haystack.size())
        return std::string_view::npos;
    const char first = needle.front();
    const size_t last = haystack.size() - needle.size();
    for (size_t i = 0; i <= last; ++i) {
        if ((haystack[i] | 0x20) != first)
            continue;
        size_t k = 1;
        while (k < needle.size() && asciiLower(haystack[i + k]) == needle[k])
            ++k;
        if (k == needle.size())
            return i;
    }
    return std::string_view::npos;
}

// atoi over a range that need not end in NUL.
qint64 leadingInt(std::string_view text)
{
    size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || (text[i] >= '\t' && text[i] <= '\r')))
        ++i;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-'))
        negative = text[i++] == '-';
    qint64 value = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9' && value < (qint64(1) << 40); ++i)
        value = value * 10 + (text[i] - '0');
    return negative ? -value : value;
}

bool wouldBlock(int error)
{
    return error == EAGAIN || error == EWOULDBLOCK;
}

} // namespace

qint64 SocketWorker::nowUs(qint64 originNs)
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    const qint64 ns = qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    return (ns - originNs) / 1000;
}

SocketWorker::SocketWorker(SocketRunShared &shared, int connections, int firstIndex)
    : m_shared(shared),
      m_connections(size_t(connections)),
      m_buffer(kReadSize),
      m_firstIndex(firstIndex)
{ }

SocketWorker::~SocketWorker()
{
    for (Connection &c : m_connections)
        closeSocket(c);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

void SocketWorker::run()
{
    const double cpuStart = CpuTime::threadSeconds();
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0) {
        emfile = errno == EMFILE || errno == ENFILE;
        m_shared.abortErrno("apr_pollset_create failed", errno);
        cpuSec = CpuTime::threadSeconds() - cpuStart;
        return;
    }
    if (m_shared.wakeFd >= 0) {
        epoll_event ev {};
        ev.events = EPOLLIN | EPOLLET;
        ev.data.u32 = kWakeIndex;
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_shared.wakeFd, &ev);
    }
    samples.reserve(qsizetype(std::min<qint64>(m_shared.requests, 1 << 18)));
    m_nowUs = nowUs(m_shared.originNs);
    // ab starts one connection, and the others once it has read a header.
    if (m_firstIndex == 0 && !m_connections.empty())
        startConnect(m_connections.front());
    if (m_shared.initialized.load())
        startOthers();

    epoll_event events[kMaxEvents];
    qint64 lastScanUs = m_nowUs;
    while (!m_shared.stop.load(std::memory_order_relaxed)) {
        const int n = epoll_wait(m_epoll, events, kMaxEvents, kScanMs);
        m_nowUs = nowUs(m_shared.originNs);
        bool activity = false;
        // ab's poll loop handles every event of a batch and checks done <
        // requests only after it (with -r on a refused port, an odd n then
        // counts one more refusal); an abort exits ab at once, and -t or a
        // cancel drops what is in flight.
        for (int i = 0; i < n; ++i) {
            if (stoppedEarly())
                break;
            if (events[i].data.u32 == kWakeIndex)
                continue;
            activity = true;
            handleEvent(m_connections[events[i].data.u32], events[i].events);
        }
        if (activity)
            m_shared.lastActivityUs.store(m_nowUs, std::memory_order_relaxed);
        if (!m_othersStarted && m_shared.initialized.load(std::memory_order_relaxed))
            startOthers();
        if (m_shared.timeLimitUs > 0 && m_nowUs >= m_shared.timeLimitUs) {
            stoppedByTimeLimit = true;
            break;
        }
        if (m_nowUs - lastScanUs >= kScanMs * 1000 || n <= 0) {
            lastScanUs = m_nowUs;
            if (m_shared.cancel && m_shared.cancel->load(std::memory_order_relaxed)) {
                stoppedByCancel = true;
                break;
            }
            if (m_shared.timeoutPerRequest) {
                scanDeadlines();
            } else if (m_nowUs - m_shared.lastActivityUs.load(std::memory_order_relaxed)
                       >= m_shared.timeoutUs) {
                // ab's -s is its poll timeout: that long without any event
                // on any connection ends the test.
                m_shared.abort(QStringLiteral("apr_pollset_poll: The timeout specified has "
                                              "expired (70007)"),
                               70007 & 0xff);
            }
        }
    }
    if (stoppedByCancel || stoppedByTimeLimit) {
        // In-flight requests are dropped, as ab drops them at -t or SIGINT.
        lastEventUs = std::max(lastEventUs, m_nowUs);
        m_shared.stop.store(true);
        m_shared.wakeAll();
    }
    for (Connection &c : m_connections)
        closeSocket(c);
    for (size_t status = 0; status < m_statusCounts.size(); ++status) {
        if (m_statusCounts[status])
            statusCounts[int(status)] += m_statusCounts[status];
    }
    cpuSec = CpuTime::threadSeconds() - cpuStart;
}

void SocketWorker::startOthers()
{
    m_othersStarted = true;
    for (size_t i = 0; i < m_connections.size(); ++i) {
        if (m_firstIndex + int(i) != 0)
            startConnect(m_connections[i]);
    }
}

// ab's poll loop body for one connection.
void SocketWorker::handleEvent(Connection &c, quint32 events)
{
    if (c.state == State::Unconnected)
        return;
    // POLLHUP comes with the peer's FIN on some systems: read first, so a
    // closed connection is not taken for an error (ab's comment).
    const quint32 generation = c.generation;
    if (events & (EPOLLIN | EPOLLPRI | EPOLLHUP))
        readConnection(c);
    if (stoppedEarly())
        return;
    if (events & EPOLLERR) {
        m_shared.bad.fetch_add(1, std::memory_order_relaxed);
        ++failedExceptions;
        progressFailed.fetch_add(1, std::memory_order_relaxed);
        countTimeline(m_nowUs, true);
        if (c.generation != generation) {
            // The read above opened a new socket, still connecting: its
            // recv() says EAGAIN, or the refusal, as ab's does.
            if (c.state == State::Connecting)
                readConnection(c);
        } else if (c.state == State::Connecting) {
            readConnection(c); // lets recv() tell ECONNREFUSED
        } else {
            closeSocket(c);
            if (m_shared.timeoutPerRequest || m_shared.framing == Framing::Http)
                loseRequest();
            startConnect(c);
        }
        return;
    }
    if (!(events & EPOLLOUT))
        return;
    if (c.state == State::Connecting) {
        // ab calls connect() again; SO_ERROR tells the same.
        int error = 0;
        socklen_t length = sizeof(error);
        getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &error, &length);
        if (error) {
            connectFailed(c, error);
            return;
        }
        c.state = State::Connected;
        setInterest(c, kIn);
        writeRequest(c);
    } else {
        setInterest(c, kIn); // POLLOUT is one shot
        if (c.state == State::Read)
            readConnection(c);
        else
            writeRequest(c);
    }
}

// ab's start_connect.
bool SocketWorker::stoppedEarly() const
{
    if (m_shared.aborted())
        return true;
    if (!m_shared.stop.load(std::memory_order_relaxed))
        return false;
    // Stopped before n were done: -t, a cancel, or another worker's abort.
    return m_shared.done.load(std::memory_order_relaxed)
            + m_shared.lost.load(std::memory_order_relaxed)
            < m_shared.requests;
}

void SocketWorker::startConnect(Connection &c)
{
    // ab's start_connect() checks started < requests only: after the n-th
    // response the rest of the poll batch may still open (and count) one.
    if (stoppedEarly() || m_shared.started.load(std::memory_order_relaxed) >= m_shared.requests)
        return;
    c.read = 0;
    c.bread = 0;
    c.keepAlive = false;
    c.header.clear();
    c.gotHeader = false;
    c.remaining = 0;
    c.reused = false;
    if (m_shared.framing == Framing::Http)
        c.parser.reset(m_shared.headRequest);

    const auto *address = reinterpret_cast<const sockaddr *>(&m_shared.address);
    c.fd = ::socket(address->sa_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (c.fd < 0) {
        emfile = emfile || errno == EMFILE || errno == ENFILE;
        m_shared.abortErrno("socket", errno);
        return;
    }
    if (m_shared.bindAddressLength > 0
        && ::bind(c.fd, reinterpret_cast<const sockaddr *>(&m_shared.bindAddress),
                  m_shared.bindAddressLength)
                != 0) {
        const int error = errno;
        closeSocket(c);
        m_shared.abortErrno("bind", error);
        return;
    }
    if (m_shared.windowSize > 0) {
        const int size = m_shared.windowSize;
        if (setsockopt(c.fd, SOL_SOCKET, SO_SNDBUF, &size, sizeof size) != 0) {
            m_shared.abortErrno("socket send buffer", errno);
            return;
        }
        if (setsockopt(c.fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size) != 0) {
            m_shared.abortErrno("socket receive buffer", errno);
            return;
        }
    }
    c.startUs = m_nowUs;
    if (::connect(c.fd, address, m_shared.addressLength) == 0) {
        c.state = State::Connected;
        setInterest(c, kIn);
        writeRequest(c);
        return;
    }
    if (errno != EINPROGRESS) {
        connectFailed(c, errno);
        return;
    }
    // ab writes the request once poll reports POLLOUT, not before: a
    // request sent inside the connect call reaches a server with a full
    // accept queue (listen(1)) at another moment than ab's does, and the
    // Connect time would miss the wait for the handshake.
    c.state = State::Connecting;
    setInterest(c, kOut);
}

void SocketWorker::connectFailed(Connection &c, int error)
{
    closeSocket(c);
    ++failedConnect;
    if (!firstConnectErrno)
        firstConnectErrno = error;
    progressFailed.fetch_add(1, std::memory_order_relaxed);
    lastEventUs = m_nowUs;
    countTimeline(m_nowUs, true);
    if (m_shared.timeoutPerRequest) {
        // serverbench's rule: each failed connect uses up one request.
        if (m_shared.started.fetch_add(1) < m_shared.requests)
            loseRequest();
    } else if (m_shared.bad.fetch_add(1) > 10) {
        m_shared.abort(QStringLiteral("Test aborted after 10 failures\n\napr_socket_connect(): "
                                      "%1 (%2)")
                               .arg(QString::fromLocal8Bit(std::strerror(error)))
                               .arg(error),
                       error & 0xff);
        return;
    }
    startConnect(c);
}

// ab's write_request.
void SocketWorker::writeRequest(Connection &c)
{
    if (c.remaining == 0) {
        // ab counts a request as started once written; reserving it here
        // keeps two worker threads from both writing the n-th.
        if (m_shared.started.fetch_add(1, std::memory_order_relaxed) >= m_shared.requests) {
            m_shared.started.fetch_sub(1, std::memory_order_relaxed);
            return;
        }
        c.connectUs = m_nowUs;
        c.written = 0;
        c.remaining = m_shared.request.size();
    } else if (m_nowUs > c.connectUs + m_shared.timeoutUs) {
        trace("Send request timed out!\n");
        closeConnection(c, m_shared.good.load());
        return;
    }
    while (c.remaining > 0) {
        const ssize_t w = ::send(c.fd, m_shared.request.constData() + c.written,
                                 size_t(c.remaining), MSG_NOSIGNAL);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            if (wouldBlock(errno)) {
                setInterest(c, kOut);
                return;
            }
            ++writeErrors;
            trace("Send request failed!\n");
            closeConnection(c, m_shared.good.load());
            return;
        }
        bytesSent += w;
        c.written += w;
        c.remaining -= w;
    }
    c.endWriteUs = m_nowUs;
    c.state = State::Read;
    setInterest(c, kIn);
}

// ab's read_connection.
void SocketWorker::readConnection(Connection &c)
{
    for (;;) {
        const ssize_t r = ::recv(c.fd, m_buffer.data(), kReadSize, 0);
        const int error = r < 0 ? errno : 0;
        if (r < 0 && wouldBlock(error))
            return;
        if (r < 0 && error == EINTR)
            continue;
        if (r < 0) {
            receiveError(c, error);
            return;
        }
        if (r == 0) {
            if (m_shared.framing == Framing::Http) {
                httpClosed(c);
                return;
            }
            const qint64 good = m_shared.good.fetch_add(1) + 1;
            closeConnection(c, good);
            return;
        }
        totalRead += r;
        if (c.read == 0)
            c.beginReadUs = m_nowUs;
        c.read += r;

        if (!c.gotHeader) {
            const qsizetype space = kHeaderBuffer - 1 - qsizetype(c.header.size());
            const qsizetype toCopy = std::min<qsizetype>(space, r);
            c.header.append(m_buffer.data(), size_t(toCopy));
            // ab searches its buffer as a C string: up to the first NUL.
            const std::string_view text(c.header.c_str());
            if (m_shared.verbosity >= 2)
                trace("LOG: header received:\n" + QByteArray(text.data(), qsizetype(text.size()))
                      + '\n');
            qsizetype terminator = 4;
            auto end = text.find("\r\n\r\n");
            if (end == std::string_view::npos) {
                end = text.find("\n\n");
                terminator = 2;
            }
            if (end == std::string_view::npos) {
                if (space - toCopy > 0)
                    return; // read the rest next time
                // A head too large (or none at all): ab drops the connection.
                closeSocket(c);
                ++non2xx;
                ++headerTooLarge;
                if (m_shared.bad.fetch_add(1) > 10) {
                    m_shared.abort(QStringLiteral("\nTest aborted after 10 failures\n"), 1);
                    return;
                }
                if (m_shared.framing == Framing::Http || m_shared.timeoutPerRequest)
                    loseRequest();
                startConnect(c);
                return;
            }
            headerComplete(c, text, qsizetype(end), terminator);
            c.bread += qsizetype(c.header.size()) - (qsizetype(end) + terminator) + (r - toCopy);
            bodyRead += c.bread;
            if (!m_shared.initialized.exchange(true)) {
                m_shared.wakeAll();
                if (!m_othersStarted)
                    startOthers();
            }
        } else {
            c.bread += r;
            bodyRead += r;
        }
        if (m_shared.framing == Framing::Http) {
            if (httpFramed(c, m_buffer.data(), r))
                return;
        } else if (c.keepAlive && c.bread >= c.length) {
            finishKeptAlive(c);
            return;
        }
        if (!(size_t(r) == kReadSize && c.bread < c.length))
            return; // a full read may have more waiting: read again at once
    }
}

void SocketWorker::headerComplete(Connection &c, std::string_view text, qsizetype end,
                                  qsizetype terminator)
{
    Q_UNUSED(terminator);
    if (m_shared.good.load(std::memory_order_relaxed) == 0) {
        // ab: "Server:" plus one space, then up to the first control byte.
        QByteArray server;
        const auto at = findNoCase(text, "server:");
        if (at != std::string_view::npos) {
            for (size_t i = at + 8; i < text.size() && server.size() < 255; ++i) {
                const auto ch = static_cast<signed char>(text[i]);
                if (ch <= 32)
                    break;
                server += char(ch);
            }
        }
        std::lock_guard lock(m_shared.serverMutex);
        m_shared.serverName = server;
    }
    // ab reads the status from whatever follows "HTTP/1.x ".
    std::string_view code("500");
    const auto http = text.find("HTTP");
    if (http != std::string_view::npos && text.size() - http > 9)
        code = text.substr(http + 9, 3);
    if (code.front() != '2') {
        ++non2xx;
        if (m_shared.verbosity >= 2)
            trace("WARNING: Response code not 2xx ("
                  + QByteArray(code.data(), qsizetype(code.size())) + ")\n");
    } else if (m_shared.verbosity >= 3) {
        trace("LOG: Response code = " + QByteArray(code.data(), qsizetype(code.size())) + '\n');
    }
    // atoi of the three characters, as a table index (0 when not digits).
    int status = 0;
    for (const char ch : code) {
        if (ch < '0' || ch > '9')
            break;
        status = status * 10 + (ch - '0');
    }
    ++m_statusCounts[size_t(status) < m_statusCounts.size() ? size_t(status) : 0];
    c.gotHeader = true;
    const std::string_view head = text.substr(0, size_t(end));
    if (m_shared.keepAlive && findNoCase(head, "keep-alive") != std::string_view::npos) {
        c.keepAlive = true;
        const auto length = findNoCase(head, "content-length:");
        // ab: atoi(cl + 16), one space assumed after the colon.
        c.length = length != std::string_view::npos && !m_shared.headRequest
                        && length + 16 <= head.size()
                ? leadingInt(head.substr(length + 16))
                : 0;
    }
}

void SocketWorker::finishKeptAlive(Connection &c)
{
    const qint64 good = m_shared.good.fetch_add(1) + 1;
    countLength(c, good);
    recordDone(c, true);
    c.keepAlive = false;
    c.length = 0;
    c.gotHeader = false;
    c.header.clear();
    c.read = 0;
    c.bread = 0;
    c.reused = true;
    if (m_shared.framing == Framing::Http)
        c.parser.reset(m_shared.headRequest);
    // ab: a kept-alive request's connect time is zero.
    c.startUs = m_nowUs;
    c.connectUs = m_nowUs;
    c.state = State::Connected;
    setInterest(c, kIn);
    writeRequest(c);
}

// ab's Length rule: the first good response sets the document length.
void SocketWorker::countLength(const Connection &c, qint64 good)
{
    if (good == 1) {
        m_shared.documentLength.store(c.bread);
    } else if (c.bread != m_shared.documentLength.load(std::memory_order_relaxed)
               && !m_shared.variableLength) {
        m_shared.bad.fetch_add(1, std::memory_order_relaxed);
        ++lengthFailures;
    }
}

// ab's close_connection: every close but an idle kept-alive one is a
// completed request.
void SocketWorker::closeConnection(Connection &c, qint64 good)
{
    if (c.read == 0 && c.keepAlive) {
        qint64 g = m_shared.good.load();
        while (g > 0 && !m_shared.good.compare_exchange_weak(g, g - 1)) { }
    } else {
        countLength(c, good);
        recordDone(c, false);
    }
    closeSocket(c);
    startConnect(c);
}

void SocketWorker::recordDone(const Connection &c, bool keptAlive)
{
    const qint64 done = m_shared.done.fetch_add(1);
    if (done >= m_shared.requests)
        return;
    RequestSample s;
    s.startUs = c.startUs;
    s.connectUs = std::max<qint64>(0, c.connectUs - c.startUs);
    s.totalUs = std::max<qint64>(0, m_nowUs - c.startUs);
    s.waitUs = std::max<qint64>(0, c.beginReadUs - c.endWriteUs);
    samples.append(s);
    ++complete;
    if (keptAlive)
        ++keepAliveRequests;
    progressDone.store(complete, std::memory_order_relaxed);
    lastEventUs = m_nowUs;
    countTimeline(m_nowUs, false);
    if (done + 1 + m_shared.lost.load(std::memory_order_relaxed) >= m_shared.requests) {
        m_shared.stop.store(true);
        m_shared.wakeAll();
    }
}

void SocketWorker::receiveError(Connection &c, int error)
{
    if (!firstReceiveErrno)
        firstReceiveErrno = error;
    ++failedReceive;
    progressFailed.fetch_add(1, std::memory_order_relaxed);
    countTimeline(m_nowUs, true);
    lastEventUs = m_nowUs;
    if (m_shared.receiveErrorsAbort) {
        m_shared.abortErrno("apr_socket_recv", error);
        return;
    }
    // ab -r: counted, and the connection closes as if the response ended.
    m_shared.bad.fetch_add(1, std::memory_order_relaxed);
    if (m_shared.framing == Framing::Http || m_shared.timeoutPerRequest) {
        closeSocket(c);
        loseRequest();
        startConnect(c);
    } else {
        closeConnection(c, m_shared.good.load());
    }
    if (m_shared.verbosity >= 1)
        trace(QStringLiteral("apr_socket_recv: %1 (%2)\n")
                      .arg(QString::fromLocal8Bit(std::strerror(error)))
                      .arg(error)
                      .toLocal8Bit());
}

// serverbench's own rules end a request that failed without a response, so
// that n = complete + failed; ab's would wait for its -s to expire.
void SocketWorker::loseRequest()
{
    const qint64 lost = m_shared.lost.fetch_add(1) + 1;
    if (lost + m_shared.done.load() >= m_shared.requests) {
        m_shared.stop.store(true);
        m_shared.wakeAll();
    }
}

// Framing::Http: the parser, not the close, ends the response. Returns
// true when the event is handled.
bool SocketWorker::httpFramed(Connection &c, const char *data, qsizetype size)
{
    if (c.parser.state() != HttpResponseParser::State::Incomplete)
        return true; // bytes after a complete response: counted, as ab does
    const qsizetype used = c.parser.feed(data, size);
    if (c.parser.state() == HttpResponseParser::State::Error) {
        m_shared.bad.fetch_add(1, std::memory_order_relaxed);
        ++failedExceptions;
        progressFailed.fetch_add(1, std::memory_order_relaxed);
        countTimeline(m_nowUs, true);
        closeSocket(c);
        loseRequest();
        startConnect(c);
        return true;
    }
    if (c.parser.state() != HttpResponseParser::State::Complete)
        return false;
    if (m_shared.keepAlive && c.parser.keepAlive() && used == size) {
        finishKeptAlive(c);
        return true;
    }
    const qint64 good = m_shared.good.fetch_add(1) + 1;
    closeConnection(c, good);
    return true;
}

void SocketWorker::httpClosed(Connection &c)
{
    if (c.read == 0 && c.reused) {
        // A kept-alive connection the server closed while idle: send the
        // same request again on a new connection.
        m_shared.started.fetch_sub(1);
        closeSocket(c);
        startConnect(c);
        return;
    }
    c.parser.finishOnClose();
    if (c.parser.state() == HttpResponseParser::State::Complete) {
        const qint64 good = m_shared.good.fetch_add(1) + 1;
        closeConnection(c, good);
        return;
    }
    ++failedReceive;
    m_shared.bad.fetch_add(1, std::memory_order_relaxed);
    progressFailed.fetch_add(1, std::memory_order_relaxed);
    countTimeline(m_nowUs, true);
    closeSocket(c);
    loseRequest();
    startConnect(c);
}

void SocketWorker::setInterest(Connection &c, quint32 events)
{
    if (c.interest == events || c.fd < 0)
        return;
    epoll_event ev {};
    ev.events = events;
    ev.data.u32 = quint32(&c - m_connections.data());
    epoll_ctl(m_epoll, c.interest == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, c.fd, &ev);
    c.interest = events;
}

void SocketWorker::closeSocket(Connection &c)
{
    if (c.fd >= 0) {
        ::close(c.fd); // also leaves the epoll set
        c.fd = -1;
    }
    c.interest = 0;
    c.state = State::Unconnected;
    ++c.generation;
}

// timeoutPerRequest: a request older than -s fails alone.
void SocketWorker::scanDeadlines()
{
    for (Connection &c : m_connections) {
        if (c.state == State::Unconnected || m_nowUs - c.startUs < m_shared.timeoutUs)
            continue;
        ++timeouts;
        if (c.state == State::Connecting) {
            connectFailed(c, ETIMEDOUT);
            continue;
        }
        m_shared.bad.fetch_add(1, std::memory_order_relaxed);
        ++failedExceptions;
        progressFailed.fetch_add(1, std::memory_order_relaxed);
        countTimeline(m_nowUs, true);
        lastEventUs = m_nowUs;
        closeSocket(c);
        loseRequest();
        startConnect(c);
    }
}

void SocketWorker::trace(const QByteArray &text) const
{
    if (m_shared.trace)
        m_shared.trace(text);
}
