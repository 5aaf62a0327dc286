#pragma once

// AsyncHttpServer: the event-driven model (ServerModel::EventDriven). One
// dedicated QThread runs an event loop holding the QTcpServer and all its
// sockets (AsyncServerCore); no request is served on the caller's thread.
// start()/stop() are called from one controlling thread (never the server's).

#include "embeddedserver.h"
#include "servercounters.h"

#include <QString>

#include <atomic>
#include <memory>

class QThread;
class AsyncServerCore;
class HttpResponder;

class AsyncHttpServer : public EmbeddedServer
{
public:
    AsyncHttpServer();
    ~AsyncHttpServer() override;

    bool start(const ServerOptions &options) override;
    void stop() override;
    bool isRunning() const override { return m_running.load(); }
    quint16 port() const override { return m_port.load(); }
    QString errorString() const override { return m_errorString; }
    ServerStats stats() const override { return m_counters.snapshot(); }
    ServerModel model() const override { return ServerModel::EventDriven; }

private:
    std::unique_ptr<HttpResponder> m_responder;
    std::unique_ptr<QThread> m_thread;
    AsyncServerCore *m_core = nullptr; // lives in m_thread
    ServerCounters m_counters;
    QString m_errorString;
    std::atomic<bool> m_running {false};
    std::atomic<quint16> m_port {0};
};
