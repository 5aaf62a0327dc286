#include "asynchttpserver.h"

#include "asyncservercore.h"

AsyncHttpServer::AsyncHttpServer()
    : ServerThreadHost(ServerModel::EventDriven, QStringLiteral("async-server"))
{ }

QObject *AsyncHttpServer::createListener(const ServerOptions &options, HttpResponder &responder,
                                         ServerCounters &counters)
{
    return new AsyncServerCore(options, responder, counters);
}

bool AsyncHttpServer::listen(QObject *listener, QString *errorString, quint16 *port)
{
    auto core = static_cast<AsyncServerCore *>(listener);
    if (!core->listen(errorString))
        return false;
    *port = core->port();
    return true;
}
