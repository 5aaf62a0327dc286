#pragma once

// ThreadedHttpServer: the thread-per-connection model
// (ServerModel::ThreadPerConnection). Its listening socket lives in a
// dedicated thread (ThreadedListener); each connection gets its own
// ConnectionThread with blocking I/O. start()/stop() are called from one
// controlling thread.

#include "embeddedserver.h"
#include "servercounters.h"

#include <QString>

#include <atomic>
#include <memory>

class QThread;
class ThreadedListener;
class HttpResponder;

class ThreadedHttpServer : public EmbeddedServer
{
public:
    ThreadedHttpServer();
    ~ThreadedHttpServer() override;

    bool start(const ServerOptions &options) override;
    void stop() override;
    bool isRunning() const override { return m_running.load(); }
    quint16 port() const override { return m_port.load(); }
    QString errorString() const override { return m_errorString; }
    ServerStats stats() const override { return m_counters.snapshot(); }
    ServerModel model() const override { return ServerModel::ThreadPerConnection; }

private:
    std::unique_ptr<HttpResponder> m_responder;
    std::unique_ptr<QThread> m_thread;
    ThreadedListener *m_listener = nullptr; // lives in m_thread
    ServerCounters m_counters;
    QString m_errorString;
    std::atomic<bool> m_running {false};
    std::atomic<quint16> m_port {0};
};
