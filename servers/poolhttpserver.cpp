#include "poolhttpserver.h"

#include "poollistener.h"

PoolHttpServer::PoolHttpServer()
    : ServerThreadHost(ServerModel::ThreadPool, QStringLiteral("pool-listener"))
{ }

QObject *PoolHttpServer::createListener(const ServerOptions &options, HttpResponder &responder,
                                        ServerCounters &counters)
{
    return new PoolListener(options, responder, counters);
}

bool PoolHttpServer::listen(QObject *listener, QString *errorString, quint16 *port)
{
    return static_cast<PoolListener *>(listener)->start(errorString, port);
}
