#include "sweepconfig.h"

#include "levellist.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QSet>

namespace {

QString kindKey(SweepTarget::Kind kind)
{
    switch (kind) {
    case SweepTarget::Kind::Async:
        return QStringLiteral("async");
    case SweepTarget::Kind::Thread:
        return QStringLiteral("thread");
    case SweepTarget::Kind::Pool:
        return QStringLiteral("pool");
    case SweepTarget::Kind::Reactor:
        return QStringLiteral("reactor");
    case SweepTarget::Kind::External:
        break;
    }
    return QStringLiteral("external");
}

SweepTarget::Kind kindFromKey(const QString &key)
{
    if (key == u"thread")
        return SweepTarget::Kind::Thread;
    if (key == u"pool")
        return SweepTarget::Kind::Pool;
    if (key == u"reactor")
        return SweepTarget::Kind::Reactor;
    if (key == u"external")
        return SweepTarget::Kind::External;
    return SweepTarget::Kind::Async;
}

QJsonObject serverOptionsToJson(const ServerOptions &options)
{
    return QJsonObject {
            {QStringLiteral("address"), options.address.toString()},
            {QStringLiteral("port"), int(options.port)},
            {QStringLiteral("docRoot"), options.docRoot},
            {QStringLiteral("bodyBytes"), double(options.bodyBytes)},
            {QStringLiteral("workUs"), options.workUs},
            {QStringLiteral("idleTimeoutMs"), options.idleTimeoutMs},
            {QStringLiteral("maxConnections"), options.maxConnections},
            {QStringLiteral("poolThreads"), options.poolThreads},
            {QStringLiteral("loops"), options.loops},
    };
}

ServerOptions serverOptionsFromJson(const QJsonObject &object)
{
    ServerOptions options;
    const QString address = object.value(QStringLiteral("address")).toString();
    if (!address.isEmpty())
        options.address = QHostAddress(address);
    options.port = quint16(object.value(QStringLiteral("port")).toInt(options.port));
    options.docRoot = object.value(QStringLiteral("docRoot")).toString();
    options.bodyBytes
            = qint64(object.value(QStringLiteral("bodyBytes")).toDouble(double(options.bodyBytes)));
    options.workUs = object.value(QStringLiteral("workUs")).toInt(options.workUs);
    options.idleTimeoutMs
            = object.value(QStringLiteral("idleTimeoutMs")).toInt(options.idleTimeoutMs);
    options.maxConnections
            = object.value(QStringLiteral("maxConnections")).toInt(options.maxConnections);
    options.poolThreads = object.value(QStringLiteral("poolThreads")).toInt(options.poolThreads);
    options.loops = object.value(QStringLiteral("loops")).toInt(options.loops);
    return options;
}

QString framingKey(Framing framing)
{
    return framing == Framing::Http ? QStringLiteral("http") : QStringLiteral("ab");
}

QJsonArray bytesToJson(const QList<QByteArray> &list)
{
    QJsonArray array;
    for (const QByteArray &item : list)
        array.append(QString::fromLatin1(item));
    return array;
}

QList<QByteArray> bytesFromJson(const QJsonValue &value)
{
    QList<QByteArray> list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString().toLatin1());
    return list;
}

// "user:pass" -> "user:*****": the report's JSON is handed in.
QByteArray maskedAuth(const QByteArray &auth)
{
    const qsizetype colon = auth.indexOf(':');
    return colon < 0 ? auth : auth.left(colon + 1) + SweepConfig::kMaskedPassword;
}

} // namespace

std::optional<Framing> framingFromKey(const QString &key)
{
    if (key == u"ab")
        return Framing::Ab;
    if (key == u"http")
        return Framing::Http;
    return std::nullopt;
}

QString SweepTarget::safeKey(const QString &label)
{
    // Keys become file names (dokumentasi/<key>_<c>.png, <key>.log): keep
    // what every file system accepts and nothing that could climb out.
    QString key;
    key.reserve(label.size());
    for (const QChar ch : label) {
        const bool plain = (ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z')
                || (ch >= u'0' && ch <= u'9') || ch == u'-' || ch == u'_' || ch == u'.';
        key += plain ? ch : u'_';
    }
    while (key.startsWith(u'.'))
        key.remove(0, 1);
    if (key.isEmpty())
        key = QStringLiteral("target");
    return key.left(80);
}

SweepTarget SweepTarget::embedded(ServerModel model)
{
    SweepTarget target;
    switch (model) {
    case ServerModel::EventDriven:
        target.kind = Kind::Async;
        target.label = QStringLiteral("async (QTcpServer, event loop)");
        break;
    case ServerModel::ThreadPerConnection:
        target.kind = Kind::Thread;
        target.label = QStringLiteral("thread (QThread per connection)");
        break;
    case ServerModel::ThreadPool:
        target.kind = Kind::Pool;
        target.label = QStringLiteral("pool (fixed worker threads, blocking I/O)");
        break;
    case ServerModel::Reactor:
        target.kind = Kind::Reactor;
        target.label = QStringLiteral("reactor (one event loop per core, SO_REUSEPORT)");
        break;
    }
    target.key = serverModelKey(model);
    return target;
}

SweepTarget SweepTarget::external(const QString &label, const QUrl &url,
                                  const QString &launchCommand)
{
    SweepTarget target;
    target.kind = Kind::External;
    target.label = label;
    target.key = safeKey(label);
    target.url = url;
    target.launchCommand = launchCommand;
    return target;
}

bool SweepTarget::isEmbedded() const
{
    return kind != Kind::External;
}

ServerModel SweepTarget::serverModel() const
{
    switch (kind) {
    case Kind::Thread:
        return ServerModel::ThreadPerConnection;
    case Kind::Pool:
        return ServerModel::ThreadPool;
    case Kind::Reactor:
        return ServerModel::Reactor;
    case Kind::Async:
    case Kind::External:
        break;
    }
    return ServerModel::EventDriven;
}

QJsonObject SweepTarget::toJson() const
{
    QJsonObject object {
            {QStringLiteral("kind"), kindKey(kind)},
            {QStringLiteral("key"), key},
            {QStringLiteral("label"), label},
    };
    if (kind == Kind::External) {
        object.insert(QStringLiteral("url"), url.toString());
        object.insert(QStringLiteral("launchCommand"), launchCommand);
    } else {
        object.insert(QStringLiteral("server"), serverOptionsToJson(server));
    }
    return object;
}

SweepTarget SweepTarget::fromJson(const QJsonObject &object)
{
    SweepTarget target;
    target.kind = kindFromKey(object.value(QStringLiteral("kind")).toString());
    target.key = object.value(QStringLiteral("key")).toString();
    target.label = object.value(QStringLiteral("label")).toString();
    if (target.kind == Kind::External) {
        target.url = QUrl(object.value(QStringLiteral("url")).toString());
        target.launchCommand = object.value(QStringLiteral("launchCommand")).toString();
    } else {
        target.server = serverOptionsFromJson(object.value(QStringLiteral("server")).toObject());
    }
    return target;
}

QList<int> SweepConfig::defaultLevels()
{
    static const QList<int> levels {1, 5, 10, 30, 50, 75, 100};
    return levels;
}

SweepConfig SweepConfig::defaults()
{
    SweepConfig config;
    config.targets = {SweepTarget::embedded(ServerModel::EventDriven),
                      SweepTarget::embedded(ServerModel::ThreadPerConnection)};
    return config;
}

QString SweepConfig::validate() const
{
    if (targets.isEmpty())
        return QCoreApplication::translate("SweepConfig", "no targets to measure");
    if (levels.isEmpty())
        return QCoreApplication::translate("SweepConfig", "no concurrency levels");
    // Each level's own rules are LevelList's, the syntax's; ab's c <= n joins
    // the levels to the requests.
    const QString levelProblem = LevelList::check(levels);
    if (!levelProblem.isEmpty())
        return levelProblem;
    if (requests < 1)
        return QCoreApplication::translate("SweepConfig",
                                           "the number of requests must be at least 1 (got %1)")
                .arg(requests);
    for (const int level : levels) {
        if (level > requests)
            return QCoreApplication::translate(
                           "SweepConfig",
                           "concurrency level %1 is greater than the %2 requests "
                           "(ab refuses c > n)")
                    .arg(level)
                    .arg(requests);
    }
    if (!(timeoutSec > 0))
        return QCoreApplication::translate("SweepConfig",
                                           "the request timeout must be positive (got %1 s)")
                .arg(timeoutSec);
    if (!(runTimeLimitSec > 0))
        return QCoreApplication::translate("SweepConfig",
                                           "the run time limit must be positive (got %1 s)")
                .arg(runTimeLimitSec);
    if (!(launchTimeoutSec > 0))
        return QCoreApplication::translate("SweepConfig",
                                           "the launch timeout must be positive (got %1 s)")
                .arg(launchTimeoutSec);
    if (pauseMs < 0)
        return QCoreApplication::translate("SweepConfig",
                                           "the pause between runs cannot be negative (got %1 ms)")
                .arg(pauseMs);
    if (repeats < 1 || repeats > kMaxRepeats)
        return QCoreApplication::translate("SweepConfig",
                                           "the repeats must be between 1 and %1 (got %2)")
                .arg(kMaxRepeats)
                .arg(repeats);
    if (!(minTimeSec >= 0) || minTimeSec > 3600)
        return QCoreApplication::translate(
                       "SweepConfig",
                       "the minimum time per cell must be between 0 and 3600 s (got %1 s)")
                .arg(minTimeSec);
    // The request options, checked as each run's LoadTest checks them.
    const QString request = loadTest(QUrl(QStringLiteral("http://127.0.0.1/")), 1).validate();
    if (!request.isEmpty())
        return request;
    for (const QByteArray &cookie : cookies) {
        if (!cookie.contains('=') || cookie.startsWith('='))
            return QCoreApplication::translate("SweepConfig",
                                               "the cookie '%1' is not name=value (-C)")
                    .arg(QString::fromLatin1(cookie));
    }
    if (!basicAuth.isEmpty() && !basicAuth.contains(':'))
        return QCoreApplication::translate("SweepConfig",
                                           "the credentials (-A) are not user:password");
    if (!sendBody && (!body.isEmpty() || !contentType.isEmpty()))
        return QCoreApplication::translate("SweepConfig",
                                           "a body or content type (-T) needs -p FILE");

    QSet<QString> seenKeys;
    for (const SweepTarget &target : targets) {
        if (target.label.trimmed().isEmpty())
            return QCoreApplication::translate("SweepConfig", "a target has an empty label");
        if (target.key.isEmpty() || target.key != SweepTarget::safeKey(target.key))
            return QCoreApplication::translate("SweepConfig",
                                               "target '%1' has an unusable file-name key '%2'")
                    .arg(target.label, target.key);
        if (seenKeys.contains(target.key))
            return QCoreApplication::translate(
                           "SweepConfig", "two targets share the key '%1' (labels must differ)")
                    .arg(target.key);
        seenKeys.insert(target.key);
        if (target.kind != SweepTarget::Kind::External)
            continue;
        const QUrl &url = target.url;
        const QString scheme = url.scheme();
        if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
            return QCoreApplication::translate(
                           "SweepConfig", "target '%1': '%2' is not an http:// URL with a host")
                    .arg(target.label, url.toString());
        if (scheme == u"https" && engine != EngineKind::Qnam)
            return QCoreApplication::translate(
                           "SweepConfig",
                           "target '%1': https needs the qnam engine (--engine qnam)")
                    .arg(target.label);
    }
    return {};
}

LoadTest SweepConfig::loadTest(const QUrl &url, int concurrency) const
{
    LoadTest test;
    test.url = url;
    test.requests = requests;
    test.concurrency = concurrency;
    test.keepAlive = keepAlive;
    test.timeoutSec = timeoutSec;
    test.engine = engine;
    test.locustWorkers = locustWorkers;
    test.locustMasterBind = locustMasterBind;
    test.locustWorkerWaitSec = locustWorkerWaitSec;
    test.method = method;
    test.headers = headers;
    test.sendBody = sendBody;
    test.body = body;
    test.contentType = contentType;
    test.cookies = cookies;
    test.basicAuth = basicAuth;
    test.receiveErrorsAbort = receiveErrorsAbort;
    test.variableLength = variableLength;
    test.framing = framing;
    test.timeoutPerRequest = timeoutPerRequest;
    return test;
}

QJsonObject SweepConfig::toJson() const
{
    QJsonArray targetArray;
    for (const SweepTarget &target : targets)
        targetArray.append(target.toJson());
    QJsonArray levelArray;
    for (const int level : levels)
        levelArray.append(level);
    QJsonArray headerArray;
    for (const auto &header : headers)
        headerArray.append(QString::fromLatin1(header.first + ": " + header.second));
    return QJsonObject {
            {QStringLiteral("targets"), targetArray},
            {QStringLiteral("levels"), levelArray},
            {QStringLiteral("requests"), double(requests)},
            {QStringLiteral("keepAlive"), keepAlive},
            {QStringLiteral("engine"), engineKindKey(engine)},
            {QStringLiteral("locustWorkers"), locustWorkers},
            {QStringLiteral("locustMasterBind"), locustMasterBind},
            {QStringLiteral("locustWorkerWaitSec"), locustWorkerWaitSec},
            {QStringLiteral("timeoutSec"), timeoutSec},
            {QStringLiteral("runTimeLimitSec"), runTimeLimitSec},
            {QStringLiteral("launchTimeoutSec"), launchTimeoutSec},
            {QStringLiteral("pauseMs"), pauseMs},
            {QStringLiteral("repeats"), repeats},
            {QStringLiteral("minTimeSec"), minTimeSec},
            {QStringLiteral("warmUp"), warmUp},
            {QStringLiteral("title"), title},
            {QStringLiteral("author"), author},
            {QStringLiteral("method"), QString::fromLatin1(method)},
            {QStringLiteral("headers"), headerArray},
            {QStringLiteral("sendBody"), sendBody},
            {QStringLiteral("body"), QString::fromLatin1(body.toBase64())},
            {QStringLiteral("bodyFile"), bodyFile},
            {QStringLiteral("contentType"), QString::fromLatin1(contentType)},
            {QStringLiteral("cookies"), bytesToJson(cookies)},
            {QStringLiteral("basicAuth"), QString::fromLatin1(maskedAuth(basicAuth))},
            {QStringLiteral("receiveErrorsAbort"), receiveErrorsAbort},
            {QStringLiteral("variableLength"), variableLength},
            {QStringLiteral("framing"), framingKey(framing)},
            {QStringLiteral("timeoutPerRequest"), timeoutPerRequest},
    };
}

SweepConfig SweepConfig::fromJson(const QJsonObject &object)
{
    SweepConfig config;
    const QJsonArray targetArray = object.value(QStringLiteral("targets")).toArray();
    for (const QJsonValue &value : targetArray)
        config.targets.append(SweepTarget::fromJson(value.toObject()));
    if (object.contains(QStringLiteral("levels"))) {
        config.levels.clear();
        const QJsonArray levelArray = object.value(QStringLiteral("levels")).toArray();
        for (const QJsonValue &value : levelArray)
            config.levels.append(value.toInt());
    }
    config.requests
            = qint64(object.value(QStringLiteral("requests")).toDouble(double(config.requests)));
    config.keepAlive = object.value(QStringLiteral("keepAlive")).toBool(config.keepAlive);
    config.engine = engineKindFromKey(object.value(QStringLiteral("engine")).toString())
                            .value_or(config.engine);
    config.locustWorkers
            = object.value(QStringLiteral("locustWorkers")).toInt(config.locustWorkers);
    config.locustMasterBind = object.value(QStringLiteral("locustMasterBind")).toString();
    config.locustWorkerWaitSec = object.value(QStringLiteral("locustWorkerWaitSec"))
                                         .toDouble(config.locustWorkerWaitSec);
    config.timeoutSec = object.value(QStringLiteral("timeoutSec")).toDouble(config.timeoutSec);
    config.runTimeLimitSec
            = object.value(QStringLiteral("runTimeLimitSec")).toDouble(config.runTimeLimitSec);
    config.launchTimeoutSec
            = object.value(QStringLiteral("launchTimeoutSec")).toDouble(config.launchTimeoutSec);
    config.pauseMs = object.value(QStringLiteral("pauseMs")).toInt(config.pauseMs);
    // Sweeps saved before repeats existed ran each cell once, without warm-up.
    config.repeats = object.value(QStringLiteral("repeats")).toInt(1);
    config.minTimeSec = object.value(QStringLiteral("minTimeSec")).toDouble(0);
    config.warmUp = object.value(QStringLiteral("warmUp")).toBool(false);
    config.title = object.value(QStringLiteral("title")).toString();
    config.author = object.value(QStringLiteral("author")).toString();
    // Sweeps saved before these keys existed ran GET without options; they
    // load with ab's rules, the defaults.
    const QString method = object.value(QStringLiteral("method")).toString();
    if (!method.isEmpty())
        config.method = method.toLatin1();
    const QJsonArray headerArray = object.value(QStringLiteral("headers")).toArray();
    for (const QJsonValue &value : headerArray) {
        const QString line = value.toString();
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            config.headers.append({line.left(colon).trimmed().toLatin1(),
                                   line.mid(colon + 1).trimmed().toLatin1()});
    }
    config.sendBody = object.value(QStringLiteral("sendBody")).toBool(config.sendBody);
    config.body
            = QByteArray::fromBase64(object.value(QStringLiteral("body")).toString().toLatin1());
    config.bodyFile = object.value(QStringLiteral("bodyFile")).toString();
    config.contentType = object.value(QStringLiteral("contentType")).toString().toLatin1();
    config.cookies = bytesFromJson(object.value(QStringLiteral("cookies")));
    config.basicAuth = object.value(QStringLiteral("basicAuth")).toString().toLatin1();
    config.receiveErrorsAbort
            = object.value(QStringLiteral("receiveErrorsAbort")).toBool(config.receiveErrorsAbort);
    config.variableLength
            = object.value(QStringLiteral("variableLength")).toBool(config.variableLength);
    config.framing = framingFromKey(object.value(QStringLiteral("framing")).toString())
                             .value_or(config.framing);
    config.timeoutPerRequest
            = object.value(QStringLiteral("timeoutPerRequest")).toBool(config.timeoutPerRequest);
    return config;
}
