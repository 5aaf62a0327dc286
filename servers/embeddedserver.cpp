#include "embeddedserver.h"

#include "asynchttpserver.h"
#include "poolhttpserver.h"
#include "reactorhttpserver.h"
#include "threadedhttpserver.h"

#include <QThread>

QString serverModelKey(ServerModel model)
{
    switch (model) {
    case ServerModel::EventDriven:
        return QStringLiteral("async");
    case ServerModel::ThreadPerConnection:
        return QStringLiteral("thread");
    case ServerModel::ThreadPool:
        return QStringLiteral("pool");
    case ServerModel::Reactor:
        return QStringLiteral("reactor");
    }
    return {};
}

std::optional<ServerModel> serverModelFromKey(const QString &key)
{
    if (key == u"async")
        return ServerModel::EventDriven;
    if (key == u"thread")
        return ServerModel::ThreadPerConnection;
    if (key == u"pool")
        return ServerModel::ThreadPool;
    if (key == u"reactor")
        return ServerModel::Reactor;
    return std::nullopt;
}

QList<ServerModel> allServerModels()
{
    return {ServerModel::EventDriven, ServerModel::ThreadPerConnection, ServerModel::ThreadPool,
            ServerModel::Reactor};
}

int ServerOptions::defaultPoolThreads()
{
    return qMax(1, QThread::idealThreadCount()) * 2;
}

int ServerOptions::defaultLoops()
{
    return qMax(1, QThread::idealThreadCount());
}

std::unique_ptr<EmbeddedServer> EmbeddedServer::create(ServerModel model)
{
    switch (model) {
    case ServerModel::EventDriven:
        return std::make_unique<AsyncHttpServer>();
    case ServerModel::ThreadPerConnection:
        return std::make_unique<ThreadedHttpServer>();
    case ServerModel::ThreadPool:
        return std::make_unique<PoolHttpServer>();
    case ServerModel::Reactor:
        return std::make_unique<ReactorHttpServer>();
    }
    return nullptr;
}

QString EmbeddedServer::url() const
{
    if (!isRunning())
        return {};
    return QStringLiteral("http://127.0.0.1:%1/").arg(port());
}
