#pragma once

// PoolHttpServer: the thread-pool model (ServerModel::ThreadPool). A listener
// thread accepts into a bounded queue; a fixed pool of worker threads
// (ServerOptions::poolThreads, default cores x 2) each serves one connection
// at a time with blocking I/O (PoolListener, PoolWorker). With more clients
// than workers, the rest wait: latency grows in steps of the pool size.

#include "serverthreadhost.h"

class PoolHttpServer : public ServerThreadHost
{
public:
    PoolHttpServer();

protected:
    QObject *createListener(const ServerOptions &options, HttpResponder &responder,
                            ServerCounters &counters) override;
    bool listen(QObject *listener, QString *errorString, quint16 *port) override;
};
