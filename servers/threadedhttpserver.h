#pragma once

// ThreadedHttpServer: the thread-per-connection model
// (ServerModel::ThreadPerConnection). Its listening socket lives in a
// dedicated thread (ThreadedListener); each connection gets its own
// ConnectionThread with blocking I/O, which ends with its connection.

#include "serverthreadhost.h"

class ThreadedHttpServer : public ServerThreadHost
{
public:
    ThreadedHttpServer();

protected:
    QObject *createListener(const ServerOptions &options, HttpResponder &responder,
                            ServerCounters &counters) override;
    bool listen(QObject *listener, QString *errorString, quint16 *port) override;
};
