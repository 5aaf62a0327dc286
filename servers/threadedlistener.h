#pragma once

// ThreadedListener: the listening socket of the thread-per-connection model.
// incomingConnection() gives each descriptor to a new ConnectionThread (or
// answers 503 over the cap); the listener tracks the live threads, joins each
// one when it finishes, and shutdown() interrupts and joins the rest. Lives in
// the listener thread that ThreadedHttpServer starts.

#include "embeddedserver.h"

#include <QSet>
#include <QTcpServer>

class ConnectionThread;
class HttpResponder;
class ServerCounters;

class ThreadedListener : public QTcpServer
{
    Q_OBJECT
public:
    ThreadedListener(const ServerOptions &options, const HttpResponder &responder,
                     ServerCounters &counters, QObject *parent = nullptr);
    ~ThreadedListener() override;

    bool start(QString *errorString);
    void shutdown();

    // A thread stack is reserved address space, and c = 1000 means 1000 of
    // them: 256 KiB is plenty for parsing and answering.
    static constexpr uint kStackSize = 256 * 1024;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void reject(qintptr descriptor);
    void onThreadFinished(ConnectionThread *thread);

    ServerOptions m_options;
    const HttpResponder &m_responder;
    ServerCounters &m_counters;
    QSet<ConnectionThread *> m_threads;
};
