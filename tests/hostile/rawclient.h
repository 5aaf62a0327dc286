#pragma once

// RawClient: a blocking-with-deadlines POSIX socket client for the hostile
// tests, because QTcpSocket can neither half-close (shutdown(SHUT_WR)) nor
// reset (SO_LINGER 0). It always reads while it sends, so a server that
// answers before the request is complete cannot deadlock the test. Used on the
// test thread only, while the server under test runs in its own threads.

#include "../servers/testhttp.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (m_fd < 0)
            return;
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
            closeNow();
            return;
        }
        // Every write leaves as its own segment, so "byte by byte" is what
        // the server really sees.
        const int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    }
    ~RawClient() { closeNow(); }
    RawClient(const RawClient &) = delete;
    RawClient &operator=(const RawClient &) = delete;

    bool isOpen() const { return m_fd >= 0; }
    // The server closed (FIN) or reset its side.
    bool peerClosed() const { return m_eof || m_reset; }
    bool wasReset() const { return m_reset; }
    QByteArray received() const { return m_received; }
    // Bytes after the last complete response.
    QByteArray pending() const { return m_pending; }
    const QList<testhttp::Response> &responses() const { return m_responses; }

    // Sends all of data, reading meanwhile. False when the peer stopped
    // taking bytes (closed, reset) or the deadline passed.
    bool send(QByteArrayView data, int timeoutMs = 10000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        qsizetype sent = 0;
        while (m_fd >= 0 && sent < data.size() && !m_reset) {
            pollfd p {m_fd, short(POLLIN | POLLOUT), 0};
            if (::poll(&p, 1, int(qMax<qint64>(0, deadline.remainingTime()))) <= 0)
                return false;
            if (p.revents & (POLLIN | POLLHUP | POLLERR))
                readAvailable();
            if (p.revents & POLLOUT) {
                const ssize_t n = ::send(m_fd, data.data() + sent, size_t(data.size() - sent),
                                         MSG_NOSIGNAL);
                if (n > 0)
                    sent += n;
                else if (n < 0 && errno != EAGAIN && errno != EINTR)
                    return false;
            }
        }
        return sent == data.size();
    }

    // One byte per segment with a pause between: the slowest legal client.
    bool sendSlowly(QByteArrayView data, int pauseMs)
    {
        for (qsizetype i = 0; i < data.size(); ++i) {
            if (!send(data.sliced(i, 1)))
                return false;
            QThread::msleep(ulong(pauseMs));
        }
        return true;
    }

    void shutdownWrite() { ::shutdown(m_fd, SHUT_WR); }

    // SO_LINGER 0 then close: the kernel sends RST instead of FIN.
    void resetAbruptly()
    {
        const linger hard {1, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        closeNow();
    }

    // Reads until `count` complete responses arrived, or the peer closed, or
    // the deadline passed. True when there are at least `count`.
    bool waitForResponses(int count, int timeoutMs = 10000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (m_fd >= 0 && m_responses.size() < count && !peerClosed() && !deadline.hasExpired())
            waitForData(deadline);
        return m_responses.size() >= count;
    }

    // Reads (and keeps) until the server closed or the deadline passed.
    bool waitForPeerClose(int timeoutMs = 10000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (m_fd >= 0 && !peerClosed() && !deadline.hasExpired())
            waitForData(deadline);
        return peerClosed();
    }

    void closeNow()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

    // HEAD responses carry no body; the next responses are parsed as such.
    void expectHeadResponses(bool head) { m_head = head; }

private:
    void waitForData(const QDeadlineTimer &deadline)
    {
        pollfd p {m_fd, POLLIN, 0};
        if (::poll(&p, 1, int(qMax<qint64>(0, deadline.remainingTime()))) > 0)
            readAvailable();
    }

    void readAvailable()
    {
        char chunk[64 * 1024];
        for (;;) {
            const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (n > 0) {
                m_received.append(chunk, qsizetype(n));
                m_pending.append(chunk, qsizetype(n));
                continue;
            }
            if (n == 0)
                m_eof = true;
            else if (errno == ECONNRESET || errno == EPIPE)
                m_reset = true;
            else if (errno != EAGAIN && errno != EINTR)
                m_reset = true;
            break;
        }
        testhttp::Response response;
        while (testhttp::takeResponse(m_pending, &response, m_head))
            m_responses.append(response);
    }

    int m_fd = -1;
    bool m_eof = false;
    bool m_reset = false;
    bool m_head = false;
    QByteArray m_received;
    QByteArray m_pending;
    QList<testhttp::Response> m_responses;
};
