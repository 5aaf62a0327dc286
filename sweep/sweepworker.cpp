#include "sweepworker.h"

#include "externaltarget.h"
#include "sweeplog.h"

#include <QDir>

#include <chrono>
#include <memory>
#include <thread>

namespace {

QString failureCounts(const RunResult &result)
{
    return QStringLiteral("%1 failed: connect %2, receive %3, length %4, exceptions %5")
            .arg(result.failed())
            .arg(result.failedConnect)
            .arg(result.failedReceive)
            .arg(result.failedLength)
            .arg(result.failedExceptions);
}

// A run ab would have stopped becomes a "-" row with ab's own words: the
// line it prints on stderr, then, as ab does, how many requests completed.
QString abortReason(const RunResult &result)
{
    QString reason = result.abortMessage;
    if (result.complete > 0)
        reason += QStringLiteral("; Total of %1 requests completed").arg(result.complete);
    return reason;
}

} // namespace

SweepWorker::SweepWorker(const SweepConfig &config, const QString &logDir, Callbacks callbacks)
    : m_config(config), m_logDir(logDir), m_callbacks(std::move(callbacks))
{ }

void SweepWorker::cancel()
{
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        if (m_current)
            m_current->cancelRequested = true;
    }
    m_wake.notify_all();
}

bool SweepWorker::pause(int ms)
{
    std::unique_lock lock(m_mutex);
    return !m_wake.wait_for(lock, std::chrono::milliseconds(ms),
                            [this] { return m_cancelled.load(); });
}

bool SweepWorker::settle(const EmbeddedServer *server)
{
    if (!server)
        return pause(m_config.pauseMs);
    // An embedded server tells when it has closed the last run's connections:
    // wait for that (at most pauseMs) instead of a fixed sleep.
    const auto deadline
            = std::chrono::steady_clock::now() + std::chrono::milliseconds(m_config.pauseMs);
    std::unique_lock lock(m_mutex);
    while (!m_cancelled && server->stats().current > 0
           && std::chrono::steady_clock::now() < deadline)
        m_wake.wait_for(lock, std::chrono::milliseconds(5));
    return !m_cancelled;
}

void SweepWorker::message(const QString &text)
{
    qCDebug(lcSweep).noquote() << text;
    if (m_callbacks.message)
        m_callbacks.message(text);
}

void SweepWorker::emitRow(const SweepRow &row)
{
    if (m_callbacks.rowFinished)
        m_callbacks.rowFinished(row);
}

SweepResult SweepWorker::run()
{
    SweepResult sweep;
    sweep.config = m_config;
    sweep.startedAt = QDateTime::currentDateTime();
    int runIndex = 0;
    for (int targetIndex = 0; targetIndex < m_config.targets.size(); ++targetIndex)
        runTarget(targetIndex, sweep, runIndex);
    sweep.finishedAt = QDateTime::currentDateTime();
    sweep.cancelled = m_cancelled.load();
    return sweep;
}

SweepRow SweepWorker::emptyRow(const SweepTarget &target, int targetIndex, int concurrency,
                               const QString &reason) const
{
    SweepRow row;
    row.targetIndex = targetIndex;
    row.targetKey = target.key;
    row.targetLabel = target.label;
    row.concurrency = concurrency;
    row.reason = reason;
    return row;
}

void SweepWorker::runTarget(int targetIndex, SweepResult &sweep, int &runIndex)
{
    const SweepTarget &target = m_config.targets.at(targetIndex);
    const QString notRun = QStringLiteral("not run: the sweep was cancelled");
    if (m_cancelled) {
        for (const int level : std::as_const(m_config.levels))
            sweep.rows.append(emptyRow(target, targetIndex, level, notRun));
        return;
    }

    std::unique_ptr<EmbeddedServer> server;
    std::unique_ptr<ExternalTarget> external;
    QUrl url = target.url;
    QString setupError;
    if (target.isEmbedded()) {
        server = EmbeddedServer::create(target.serverModel());
        if (server->start(target.server)) {
            url = QUrl(server->url());
            message(QStringLiteral("%1: listening on %2").arg(target.label, url.toString()));
        } else {
            setupError = QStringLiteral("the embedded %1 server did not start: %2")
                                 .arg(target.key, server->errorString());
        }
    } else if (!target.launchCommand.trimmed().isEmpty()) {
        const QString logDir = m_logDir.isEmpty() ? QDir::tempPath() : m_logDir;
        const QString logPath = logDir + u'/' + target.key + QStringLiteral(".log");
        external = std::make_unique<ExternalTarget>(target.launchCommand, url, logPath);
        message(QStringLiteral("%1: launching '%2' (output in %3)")
                        .arg(target.label, target.launchCommand, logPath));
        if (external->launch(m_config.launchTimeoutSec, [this] { return m_cancelled.load(); }))
            message(QStringLiteral("%1: pid %2 accepts on %3")
                            .arg(target.label)
                            .arg(external->processId())
                            .arg(url.toString()));
        else
            setupError = external->errorString();
    }
    if (!setupError.isEmpty())
        message(QStringLiteral("%1: %2").arg(target.label, setupError));

    const int planned = m_config.plannedRuns();
    bool firstOfTarget = true;
    for (const int level : std::as_const(m_config.levels)) {
        // Between two runs on the same target, let it settle; a target just
        // started, or one that never came up, needs no pause.
        const bool settle = !firstOfTarget && setupError.isEmpty();
        firstOfTarget = false;
        if (m_cancelled || (settle && !this->settle(server.get()))) {
            sweep.rows.append(emptyRow(target, targetIndex, level, notRun));
            continue;
        }
        if (m_callbacks.runStarted)
            m_callbacks.runStarted(runIndex, planned, target.label, level);
        const SweepRow row = setupError.isEmpty()
                ? runOne(target, targetIndex, url, level)
                : emptyRow(target, targetIndex, level, setupError);
        ++runIndex;
        sweep.rows.append(row);
        emitRow(row);
    }

    if (server)
        server->stop();
    if (external && external->isRunning()) {
        external->stop();
        message(QStringLiteral("%1: launch command stopped").arg(target.label));
    }
}

SweepRow SweepWorker::runOne(const SweepTarget &target, int targetIndex, const QUrl &url,
                             int concurrency)
{
    SweepRow row = emptyRow(target, targetIndex, concurrency, {});
    // The config was checked whole where it entered (SweepRunner::start);
    // the engine reports anything left in RunResult::error.
    const LoadTest test = m_config.loadTest(url, concurrency);
    Q_ASSERT_X(test.validate().isEmpty(), "SweepWorker::runOne", qPrintable(test.validate()));

    RunControl control;
    control.onProgress = m_callbacks.runProgress;
    bool done = false;
    bool timedOut = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_cancelled) {
            row.reason = QStringLiteral("cancelled");
            return row;
        }
        m_current = &control;
    }
    // The engine blocks this thread, so the time limit needs its own watcher.
    const auto limit = std::chrono::duration<double>(m_config.runTimeLimitSec);
    std::thread watchdog([&] {
        std::unique_lock lock(m_mutex);
        if (!m_wake.wait_for(lock, limit, [&] { return done; })) {
            timedOut = true;
            control.cancelRequested = true;
        }
    });
    const std::unique_ptr<Engine> engine = Engine::create(m_config.engine);
    const RunResult result = engine->run(test, control);
    {
        std::lock_guard lock(m_mutex);
        done = true;
        m_current = nullptr;
    }
    m_wake.notify_all();
    watchdog.join();

    row.result = result;
    const QString doneOf
            = QStringLiteral("%1 of %2 requests done").arg(result.complete).arg(m_config.requests);
    if (timedOut) {
        row.reason = QStringLiteral("exceeded the run time limit of %1 s (%2)")
                             .arg(m_config.runTimeLimitSec)
                             .arg(doneOf);
    } else if (result.cancelled) {
        row.reason = QStringLiteral("cancelled (%1)").arg(doneOf);
    } else if (result.aborted()) {
        row.reason = abortReason(result);
    } else if (result.complete == 0) {
        row.reason = result.error.isEmpty()
                ? QStringLiteral("no request completed (%1)").arg(failureCounts(result))
                : QStringLiteral("no request completed: %1").arg(result.error);
    } else {
        row.hasFigures = true;
        row.reason = result.error; // a warning, if anything
    }
    return row;
}
