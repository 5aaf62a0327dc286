#include "embeddedserver.h"

#include "asynchttpserver.h"
#include "threadedhttpserver.h"

QString serverModelKey(ServerModel model)
{
    switch (model) {
    case ServerModel::EventDriven:
        return QStringLiteral("async");
    case ServerModel::ThreadPerConnection:
        return QStringLiteral("thread");
    }
    return {};
}

std::optional<ServerModel> serverModelFromKey(const QString &key)
{
    if (key == u"async")
        return ServerModel::EventDriven;
    if (key == u"thread")
        return ServerModel::ThreadPerConnection;
    return std::nullopt;
}

std::unique_ptr<EmbeddedServer> EmbeddedServer::create(ServerModel model)
{
    switch (model) {
    case ServerModel::EventDriven:
        return std::make_unique<AsyncHttpServer>();
    case ServerModel::ThreadPerConnection:
        return std::make_unique<ThreadedHttpServer>();
    }
    return nullptr;
}

QString EmbeddedServer::url() const
{
    if (!isRunning())
        return {};
    return QStringLiteral("http://127.0.0.1:%1/").arg(port());
}
