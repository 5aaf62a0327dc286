#include "listensocket.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ListenSocket {

namespace {

int openSocket(const QHostAddress &address, quint16 port, bool reusePort, bool listening,
               QString *error)
{
    sockaddr_storage storage {};
    socklen_t length = 0;
    // QHostAddress::Any means both families: an IPv6 socket with V6ONLY off.
    const bool any = address == QHostAddress(QHostAddress::Any);
    const bool v4 = !any && address.protocol() == QAbstractSocket::IPv4Protocol;
    if (v4) {
        auto *in = reinterpret_cast<sockaddr_in *>(&storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    } else {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = any ? Q_IPV6ADDR {} : address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
        length = sizeof(sockaddr_in6);
    }
    const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
    const int on = 1;
    const int off = 0;
    // SO_REUSEADDR as QTcpServer sets it: a restart does not wait for TIME_WAIT.
    bool ok = ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on) == 0;
    if (ok && reusePort)
        ok = ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) == 0;
    if (ok && any)
        ok = ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off) == 0;
    if (ok)
        ok = ::bind(fd, reinterpret_cast<const sockaddr *>(&storage), length) == 0;
    if (ok && listening)
        ok = ::listen(fd, kBacklog) == 0;
    if (!ok) {
        *error = errno == EADDRINUSE ? QStringLiteral("The bound address is already in use")
                                     : QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

int open(const QHostAddress &address, quint16 port, bool reusePort, QString *error)
{
    return openSocket(address, port, reusePort, true, error);
}

bool isFree(const QHostAddress &address, quint16 port, QString *error)
{
    const int fd = openSocket(address, port, false, false, error);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

quint16 boundPort(int fd)
{
    sockaddr_storage storage {};
    socklen_t length = sizeof storage;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return 0;
    if (storage.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in *>(&storage)->sin_port);
    return ntohs(reinterpret_cast<const sockaddr_in6 *>(&storage)->sin6_port);
}

} // namespace ListenSocket
