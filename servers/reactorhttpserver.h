#pragma once

// ReactorHttpServer: the reactor model (ServerModel::Reactor): one event loop
// per core (ServerOptions::loops, default the number of cores), as nginx's
// workers. Each loop is a ListenerThread running an AsyncServerCore on its
// own SO_REUSEPORT listening socket on the same port, with its own
// connections: the kernel spreads new connections over the loops' sockets,
// so no two loops share a queue or a lock on the hot path. The loops share
// only the immutable responder and the atomic counters. start()/stop() from
// one controlling thread; stats() and acceptedPerLoop() from any.

#include "embeddedserver.h"
#include "servercounters.h"

#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class HttpResponder;

class ReactorHttpServer : public EmbeddedServer
{
public:
    ReactorHttpServer();
    ~ReactorHttpServer() override;

    bool start(const ServerOptions &options) override;
    void stop() override;
    bool isRunning() const override { return m_running.load(); }
    quint16 port() const override { return m_port.load(); }
    QString errorString() const override { return m_errorString; }
    ServerStats stats() const override { return m_counters.snapshot(); }
    ServerModel model() const override { return ServerModel::Reactor; }

    // Connections each loop accepted since start(), in loop order.
    QList<quint64> acceptedPerLoop() const;

private:
    struct Loop;

    std::unique_ptr<HttpResponder> m_responder;
    std::vector<std::unique_ptr<Loop>> m_loops;
    ServerCounters m_counters;
    QString m_errorString;
    std::atomic<bool> m_running {false};
    std::atomic<quint16> m_port {0};
};
