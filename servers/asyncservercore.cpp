#include "asyncservercore.h"

#include "acceptbackoff.h"
#include "asyncconnection.h"
#include "asynclistener.h"
#include "httpresponder.h"
#include "rejectedconnection.h"
#include "servercounters.h"

#include <QTcpServer>

AsyncServerCore::AsyncServerCore(const ServerOptions &options, const HttpResponder &responder,
                                 ServerCounters &counters, QObject *parent)
    : QObject(parent),
      m_options(options),
      m_responder(responder),
      m_counters(counters),
      m_scanTimer(this)
{
    // One timer scans every deadline; a timer per connection would cost a
    // timer registration per accept.
    m_scanTimer.setInterval(qBound(10, m_options.idleTimeoutMs / 4, 1000));
    connect(&m_scanTimer, &QTimer::timeout, this, &AsyncServerCore::scanDeadlines);
}

AsyncServerCore::~AsyncServerCore()
{
    shutdown();
}

bool AsyncServerCore::listen(QString *errorString, qintptr descriptor)
{
    m_server = new AsyncListener(this);
    m_server->setListenBacklogSize(1024); // Qt's default 50 drops SYNs at ab -c 1000
    m_server->setMaxPendingConnections(1024);
    new AcceptBackoff(m_server, m_counters);
    connect(m_server, &AsyncListener::descriptorAccepted, this, &AsyncServerCore::onNewConnection);
    const bool listening = descriptor >= 0 ? m_server->setSocketDescriptor(descriptor)
                                           : m_server->listen(m_options.address, m_options.port);
    if (!listening) {
        *errorString = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_scanTimer.start();
    return true;
}

quint16 AsyncServerCore::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void AsyncServerCore::shutdown()
{
    m_scanTimer.stop();
    if (m_server)
        m_server->close();
    const QSet<AsyncConnection *> connections = std::exchange(m_connections, {});
    for (AsyncConnection *connection : connections) {
        connection->disconnect(this);
        connection->abort();
        m_counters.connectionClosed();
        delete connection;
    }
    delete m_server; // also the sockets still answering 503
    m_server = nullptr;
}

void AsyncServerCore::onNewConnection(qintptr descriptor)
{
    if (m_counters.current() >= m_options.maxConnections) {
        // Over the cap: answer 503 and close rather than leave the client
        // hanging in the backlog. Freed with the listener at shutdown.
        if (RejectedConnection::answer(descriptor, m_server)) {
            m_counters.rejected();
            m_counters.responded(false);
        }
        return;
    }
    m_counters.connectionOpened();
    if (m_acceptedHere)
        m_acceptedHere->fetch_add(1, std::memory_order_relaxed);
    // The connection owns the descriptor and does its own I/O (see AsyncConnection).
    auto *connection = new AsyncConnection(descriptor, m_responder, m_counters,
                                           m_options.idleTimeoutMs, this);
    connect(connection, &AsyncConnection::finished, this, &AsyncServerCore::onConnectionFinished);
    m_connections.insert(connection);
}

void AsyncServerCore::onConnectionFinished(AsyncConnection *connection)
{
    if (m_connections.remove(connection)) {
        m_counters.connectionClosed();
        connection->deleteLater();
    }
}

void AsyncServerCore::scanDeadlines()
{
    const qint64 now = AsyncConnection::nowMs();
    QList<AsyncConnection *> expired;
    for (AsyncConnection *connection : std::as_const(m_connections)) {
        if (connection->deadline() <= now)
            expired.append(connection);
    }
    // Idle and slow-header connections are closed silently, as nginx does.
    for (AsyncConnection *connection : std::as_const(expired))
        connection->abort();
}
