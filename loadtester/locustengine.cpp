#include "locustengine.h"

#include "enginelog.h"
#include "locustcluster.h"
#include "locustfile.h"
#include "locuststats.h"
#include "runcoordinator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

LocustEngine::LocustEngine() = default;

LocustEngine::~LocustEngine()
{
    m_cluster.reset();
    publishPids();
}

QString LocustEngine::unsupportedOption(const LoadTest &test)
{
    const QString why = QStringLiteral(": Locust has no setting for it; use --engine socket");
    if (!test.bindAddress.isEmpty())
        return QStringLiteral("the locust engine cannot bind a local address (-B)") + why;
    if (test.windowSize != 0)
        return QStringLiteral("the locust engine cannot set the TCP window size (-b)") + why;
    if (test.verbosity != 0)
        return QStringLiteral("the locust engine cannot print ab's -v trace") + why;
    if (!test.proxyHost.isEmpty() || !test.proxyAuth.isEmpty())
        return QStringLiteral("the locust engine cannot use a proxy (-X, -P)") + why;
    return {};
}

void LocustEngine::publishPids()
{
    std::lock_guard lock(m_pidsMutex);
    m_workerPids = m_cluster ? m_cluster->localWorkerPids() : QList<qint64>();
    m_allPids = m_cluster ? m_cluster->processIds() : QList<qint64>();
}

QList<qint64> LocustEngine::localWorkerPids() const
{
    std::lock_guard lock(m_pidsMutex);
    return m_workerPids;
}

QList<qint64> LocustEngine::processIds() const
{
    std::lock_guard lock(m_pidsMutex);
    return m_allPids;
}

bool LocustEngine::ensureCluster(const LoadTest &test, RunControl &control, QString *error)
{
    LocustClusterOptions options;
    options.workers = test.locustWorkers;
    options.masterBind = test.locustMasterBind;
    options.workerWaitSec = test.locustWorkerWaitSec;
    // A cluster is reused while it runs with the same workers; one that
    // lost a worker or its master is replaced.
    if (m_cluster && m_cluster->isRunning() && m_cluster->options() == options)
        return true;
    m_cluster.reset();
    auto cluster = std::make_unique<LocustCluster>(options);
    const auto message = [&control](const QString &text) {
        if (control.onMessage)
            control.onMessage(text);
        else
            std::fprintf(stderr, "%s\n", qPrintable(text));
    };
    if (!cluster->start(control.cancelRequested, message)) {
        *error = cluster->errorString();
        return false;
    }
    m_cluster = std::move(cluster);
    publishPids();
    return true;
}

RunResult LocustEngine::run(const LoadTest &test, RunControl &control)
{
    RunCoordinator coordinator(test, EngineKind::Locust, control);
    if (!coordinator.prepare(unsupportedOption(test)))
        return coordinator.finish(coordinator.result().error);
    RunResult &result = coordinator.result();
    QString error;
    if (!ensureCluster(test, control, &error))
        return coordinator.finish(error);

    QJsonObject command;
    command[QStringLiteral("c")] = test.concurrency;
    // ab -t without -n: as many as fit in the time (ab's 50000 cap is a
    // buffer size of ab's, not a rule).
    command[QStringLiteral("n")] = test.requests;
    command[QStringLiteral("timeLimit")] = test.timeLimitSec;
    const QString prefix = m_cluster->nextCsvPrefix();
    command[QStringLiteral("csv")] = prefix;
    const QUrl origin = test.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery
                                          | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    command[QStringLiteral("host")] = origin.toString();
    command[QStringLiteral("request")] = LocustFile::request(test);

    const double cpuBefore = m_cluster->cpuSeconds();
    coordinator.start();
    const bool ran = m_cluster->run(command, control, test.requests);
    const double cpuAfter = m_cluster->cpuSeconds();
    if (!ran) {
        error = m_cluster->errorString();
        m_cluster.reset();
        publishPids();
        return coordinator.finish(error);
    }
    if (!LocustStats::read(prefix, result, &error))
        return coordinator.finish(error);
    // The master and the local workers; remote workers' CPU is theirs.
    result.clientCpuSec = std::max(0.0, cpuAfter - cpuBefore);
    if (test.locustMasterBind.isEmpty()) {
        result.clientThreads = 1 + test.locustWorkers; // one Python process each
    } else {
        result.clientThreads = 1;
        result.unavailable.insert(QStringLiteral("client_"),
                                  QStringLiteral("remote Locust workers' CPU is not measured"));
    }

    QFile summaryFile(prefix + QStringLiteral("_serverbench.json"));
    summaryFile.open(QIODevice::ReadOnly);
    const QJsonObject summary = QJsonDocument::fromJson(summaryFile.readAll()).object();
    const QString halted = summary.value(u"halted").toString();
    const QJsonArray lost = summary.value(u"lost").toArray();
    if (halted == u"cancel")
        result.cancelled = true;
    if (halted == u"time")
        result.timeLimitReached = true;
    if (!lost.isEmpty()) {
        // What a lost worker sent after its last report is unknown: the run
        // stops here, as ab stops on an error it cannot count.
        coordinator.setAbort(QStringLiteral("locust: %1 of %2 worker(s) lost mid-run (%3); "
                                            "the requests they sent after their last report "
                                            "are not counted")
                                     .arg(lost.size())
                                     .arg(result.engineWorkers)
                                     .arg(lost.at(0).toString()),
                             1);
        m_cluster.reset(); // a new cluster for the next run
        publishPids();
    }
    qCDebug(lcEngine) << "locust engine:" << result.complete << "complete," << result.failed()
                      << "failed in" << result.timeTakenSec << "s";
    return coordinator.finish({});
}
