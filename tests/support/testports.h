#pragma once

// Loopback ports for tests that start servers of their own. Plain functions,
// safe from any thread; waitForPort spins the calling thread's event loop.

#include <QHostAddress>
#include <QUrl>

namespace TestPorts {

// A port nothing listens on right now, 0 when none could be bound. Also the
// way to get a port that refuses connections.
quint16 freePort(const QHostAddress &host = QHostAddress::LocalHost);

// True once host:port accepts a connection; gives up after about 15 s, which a
// server that was just started must not need.
bool waitForPort(const QHostAddress &host, quint16 port);

// http://127.0.0.1:PORT/
QUrl localUrl(quint16 port);

} // namespace TestPorts
