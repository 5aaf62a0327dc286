#pragma once

// AsyncHttpServer: the event-driven model (ServerModel::EventDriven). One
// dedicated QThread runs an event loop holding the QTcpServer and all its
// sockets (AsyncServerCore); no request is served on the caller's thread.

#include "serverthreadhost.h"

class AsyncHttpServer : public ServerThreadHost
{
public:
    AsyncHttpServer();

protected:
    QObject *createListener(const ServerOptions &options, HttpResponder &responder,
                            ServerCounters &counters) override;
    bool listen(QObject *listener, QString *errorString, quint16 *port) override;
};
