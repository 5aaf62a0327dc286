#pragma once

// AsyncServerCore: the event-driven server's state, all of it in the server
// thread: the listening QTcpServer, every AsyncConnection, one idle-scan timer
// for all deadlines and the accept back-off. Created, used and destroyed in
// that thread only; AsyncHttpServer talks to it with blocking queued calls.

#include "embeddedserver.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <atomic>

class AsyncListener;
class AsyncConnection;
class HttpResponder;
class ServerCounters;

class AsyncServerCore : public QObject
{
    Q_OBJECT
public:
    AsyncServerCore(const ServerOptions &options, const HttpResponder &responder,
                    ServerCounters &counters, QObject *parent = nullptr);
    ~AsyncServerCore() override;

    // descriptor >= 0: a listening socket made elsewhere (the reactor's, bound
    // with SO_REUSEPORT), which the core takes over and closes when it shuts
    // down. Nothing is left to close if this fails: Qt 6.4 on Linux refuses
    // only a descriptor that is not open, and closes one it cannot make
    // non-blocking. -1: listen on the options' address and port.
    bool listen(QString *errorString, qintptr descriptor = -1);
    quint16 port() const;
    // Counts each connection this core accepts into *counter too (the
    // reactor's per-loop spread); set before listen().
    void countAcceptsIn(std::atomic<quint64> *counter) { m_acceptedHere = counter; }
    // Stops listening and closes every connection.
    void shutdown();

private:
    void onNewConnection(qintptr descriptor);
    void onConnectionFinished(AsyncConnection *connection);
    void scanDeadlines();

    ServerOptions m_options;
    const HttpResponder &m_responder;
    ServerCounters &m_counters;
    AsyncListener *m_server = nullptr;
    QTimer m_scanTimer;
    QSet<AsyncConnection *> m_connections;
    std::atomic<quint64> *m_acceptedHere = nullptr;
};
