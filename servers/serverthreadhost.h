#pragma once

// ServerThreadHost: what the async, thread and pool models share. Their
// listening object lives on its own ListenerThread; start() blocks until it
// listens, stop() ends it and joins. A model only says how to make and start
// its listener. start()/stop() are called from one controlling thread (never
// the server's).

#include "embeddedserver.h"
#include "listenerthread.h"
#include "servercounters.h"

#include <QString>

#include <atomic>
#include <memory>

class QObject;
class HttpResponder;

class ServerThreadHost : public EmbeddedServer
{
public:
    ~ServerThreadHost() override;

    bool start(const ServerOptions &options) override;
    void stop() override;
    bool isRunning() const override { return m_running.load(); }
    quint16 port() const override { return m_port.load(); }
    QString errorString() const override { return m_errorString; }
    ServerStats stats() const override { return m_counters.snapshot(); }
    ServerModel model() const override { return m_model; }

protected:
    ServerThreadHost(ServerModel model, const QString &threadName);

    // Both run on the server thread.
    virtual QObject *createListener(const ServerOptions &options, HttpResponder &responder,
                                    ServerCounters &counters)
            = 0;
    // The listener's destructor closes every connection and joins any thread
    // it started.
    virtual bool listen(QObject *listener, QString *errorString, quint16 *port) = 0;

private:
    const ServerModel m_model;
    std::unique_ptr<HttpResponder> m_responder;
    ServerCounters m_counters;
    QString m_errorString;
    std::atomic<bool> m_running {false};
    std::atomic<quint16> m_port {0};
    ListenerThread m_thread; // uses the responder and counters above
};
