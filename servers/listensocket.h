#pragma once

// ListenSocket: makes a listening TCP descriptor with ::socket(), setsockopt(),
// bind() and listen(), for the models that cannot let QTcpServer::listen() do
// it: the reactor needs SO_REUSEPORT set before bind() so that each of its
// loops has its own socket on one port, and the pool accepts with its own
// notifier. Plain functions; called from any one thread.

#include <QHostAddress>
#include <QString>

namespace ListenSocket {

// The backlog of every embedded model: Qt's default 50 drops SYNs at ab -c 1000.
constexpr int kBacklog = 1024;

// A non-blocking, close-on-exec listening descriptor, or -1 and *error.
// port 0 picks a free port; boundPort() tells which.
int open(const QHostAddress &address, quint16 port, bool reusePort, QString *error);
quint16 boundPort(int fd);
// Whether a socket without SO_REUSEPORT could bind there: SO_REUSEPORT lets a
// second server of the same user join a port silently, so the reactor asks
// this first and refuses a port in use as every other model does.
bool isFree(const QHostAddress &address, quint16 port, QString *error);

} // namespace ListenSocket
