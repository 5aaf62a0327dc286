#include "threadedhttpserver.h"

#include "threadedlistener.h"

ThreadedHttpServer::ThreadedHttpServer()
    : ServerThreadHost(ServerModel::ThreadPerConnection, QStringLiteral("thread-server-listener"))
{ }

QObject *ThreadedHttpServer::createListener(const ServerOptions &options, HttpResponder &responder,
                                            ServerCounters &counters)
{
    return new ThreadedListener(options, responder, counters);
}

bool ThreadedHttpServer::listen(QObject *listener, QString *errorString, quint16 *port)
{
    auto tcp = static_cast<ThreadedListener *>(listener);
    if (!tcp->start(errorString))
        return false;
    *port = tcp->serverPort();
    return true;
}
