#include "loadtest.h"

#include <algorithm>
#include <cstring>

namespace {

// RFC 9110 5.6.2 tchar.
bool isTokenChar(char ch)
{
    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))
        return true;
    return std::strchr("!#$%&'*+-.^_`|~", ch) != nullptr && ch != 0;
}

} // namespace

QString engineKindKey(EngineKind kind)
{
    switch (kind) {
    case EngineKind::Socket:
        return QStringLiteral("socket");
    case EngineKind::Qnam:
        return QStringLiteral("qnam");
    case EngineKind::Locust:
        return QStringLiteral("locust");
    }
    return {};
}

QList<EngineKind> allEngineKinds()
{
    return {EngineKind::Socket, EngineKind::Qnam, EngineKind::Locust};
}

std::optional<EngineKind> engineKindFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (EngineKind kind : allEngineKinds()) {
        if (engineKindKey(kind) == k)
            return kind;
    }
    return std::nullopt;
}

QString LoadTest::validate() const
{
    if (requests < 1)
        return QStringLiteral("the number of requests (-n) must be at least 1");
    if (concurrency < 1)
        return QStringLiteral("the concurrency (-c) must be at least 1");
    if (concurrency > requests)
        return QStringLiteral("Cannot use concurrency level greater than total number of requests");
    if (!url.isValid() || url.isEmpty())
        return QStringLiteral("invalid URL");
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https") {
        if (engine != EngineKind::Qnam)
            return QStringLiteral("https:// needs the qnam engine (--engine qnam)");
    } else if (scheme != u"http") {
        return QStringLiteral("the URL must start with http://")
                + (engine == EngineKind::Qnam ? QStringLiteral(" or https://") : QString());
    }
    if (url.host().isEmpty())
        return QStringLiteral("the URL has no host");
    const int port = url.port(scheme == u"https" ? 443 : 80);
    if (port < 1 || port > 65535)
        return QStringLiteral("the port must be between 1 and 65535");
    if (!(timeoutSec > 0))
        return QStringLiteral("the timeout (-s) must be more than 0 seconds");
    if (timeLimitSec < 0)
        return QStringLiteral("the time limit (-t) must not be negative");
    if (method.isEmpty()
        || std::any_of(method.cbegin(), method.cend(), [](char ch) { return !isTokenChar(ch); }))
        return QStringLiteral("the method '%1' is not an HTTP token")
                .arg(QString::fromLatin1(method));
    if (contentType.contains('\r') || contentType.contains('\n'))
        return QStringLiteral("bad content type (-T)");
    for (const QByteArray &cookie : cookies) {
        if (cookie.contains('\r') || cookie.contains('\n'))
            return QStringLiteral("bad cookie (-C)");
    }
    if (!proxyHost.isEmpty() && proxyPort == 0)
        return QStringLiteral("the proxy (-X) needs host:port");
    if (windowSize < 0)
        return QStringLiteral("the window size (-b) must not be negative");
    if (threads < 0)
        return QStringLiteral("the number of engine threads must not be negative");
    if (engine == EngineKind::Locust) {
        if (locustWorkers < 1)
            return QStringLiteral("the locust engine needs at least 1 worker (--locust-workers)");
        if (!locustMasterBind.isEmpty()) {
            const qsizetype colon = locustMasterBind.lastIndexOf(u':');
            bool ok = false;
            const int bindPort = colon > 0 ? locustMasterBind.mid(colon + 1).toInt(&ok) : 0;
            if (!ok || bindPort < 1 || bindPort > 65535)
                return QStringLiteral("--locust-master-bind needs HOST:PORT, e.g. 0.0.0.0:5557");
        }
        if (!(locustWorkerWaitSec > 0))
            return QStringLiteral("the wait for Locust workers must be more than 0 seconds");
    }
    for (const auto &header : headers) {
        if (header.first.isEmpty() || header.first.contains(':') || header.first.contains(' '))
            return QStringLiteral("bad header name '%1'").arg(QString::fromLatin1(header.first));
        if (header.second.contains('\r') || header.second.contains('\n'))
            return QStringLiteral("bad header value for '%1'")
                    .arg(QString::fromLatin1(header.first));
    }
    return {};
}
