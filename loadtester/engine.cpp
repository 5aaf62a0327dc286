#include "engine.h"

#include "locustengine.h"
#include "qnamengine.h"
#include "socketengine.h"

RunResult Engine::describe(const LoadTest &test, EngineKind kind)
{
    RunResult result;
    result.engine = engineKindKey(kind);
    result.url = test.url.toString();
    result.keepAlive = test.keepAlive;
    result.method = QString::fromLatin1(test.method);
    result.sentBody = test.sendBody;
    result.requested = test.requests;
    result.concurrency = test.concurrency;
    result.serverHostname = test.url.host();
    const bool https = test.url.scheme().compare(u"https", Qt::CaseInsensitive) == 0;
    result.serverPort = quint16(test.url.port(https ? 443 : 80));
    const QString path = test.url.path(QUrl::FullyEncoded);
    result.documentPath = path.isEmpty() ? QStringLiteral("/") : path;
    if (test.url.hasQuery())
        result.documentPath += u'?' + test.url.query(QUrl::FullyEncoded);
    return result;
}

std::unique_ptr<Engine> Engine::create(EngineKind kind)
{
    switch (kind) {
    case EngineKind::Socket:
        return std::make_unique<SocketEngine>();
    case EngineKind::Qnam:
        return std::make_unique<QnamEngine>();
    case EngineKind::Locust:
        return std::make_unique<LocustEngine>();
    }
    return std::make_unique<SocketEngine>();
}
