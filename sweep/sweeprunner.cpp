#include "sweeprunner.h"

#include "reasontext.h"

#include "sweeplog.h"
#include "sweepstore.h"
#include "sweepworker.h"

#include <QThread>

SweepRunner::SweepRunner(QObject *parent) : QObject(parent) { }

SweepRunner::~SweepRunner()
{
    // Queued emissions still in flight are dropped with this object; the
    // worker saves its result before it returns, so nothing is lost.
    if (m_worker)
        m_worker->cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool SweepRunner::isRunning() const
{
    return m_running;
}

void SweepRunner::setSaveDirectory(const QString &dir)
{
    m_saveDir = dir;
}

void SweepRunner::setLogDirectory(const QString &dir)
{
    m_logDir = dir;
}

QString SweepRunner::saveDirectory() const
{
    return m_saveDir.isEmpty() ? SweepStore::defaultDirectory() : m_saveDir;
}

QString SweepRunner::logDirectory() const
{
    return m_logDir.isEmpty() ? saveDirectory() + QStringLiteral("/logs") : m_logDir;
}

void SweepRunner::start(const SweepConfig &config)
{
    if (m_running) {
        qCWarning(lcSweep) << "a sweep is already running; start() ignored";
        return;
    }
    m_running = true;
    const QString invalid = config.validate();
    if (!invalid.isEmpty()) {
        SweepResult empty;
        empty.config = config;
        empty.startedAt = empty.finishedAt = QDateTime::currentDateTime();
        // Queued like every other emission, so callers see the same order.
        QMetaObject::invokeMethod(
                this,
                [this, empty, invalid] {
                    finish(empty, {}, ReasonText::make(ReasonText::Reason::NotStarted, {invalid}));
                },
                Qt::QueuedConnection);
        return;
    }

    // Every callback runs on the worker (or an engine) thread and re-emits on
    // this object's thread, so slots never run on the worker, whatever
    // connection type the receiver chose.
    SweepWorker::Callbacks callbacks;
    callbacks.runStarted = [this](const SweepRunInfo &run) {
        QMetaObject::invokeMethod(
                this, [this, run] { emit runStarted(run); }, Qt::QueuedConnection);
    };
    callbacks.runProgress = [this](const RunProgress &progress) {
        QMetaObject::invokeMethod(
                this, [this, progress] { emit runProgress(progress); }, Qt::QueuedConnection);
    };
    callbacks.rowFinished = [this](const SweepRow &row) {
        QMetaObject::invokeMethod(
                this, [this, row] { emit rowFinished(row); }, Qt::QueuedConnection);
    };
    callbacks.message = [this](const QString &text) {
        QMetaObject::invokeMethod(
                this, [this, text] { emit targetMessage(text); }, Qt::QueuedConnection);
    };

    m_worker = std::make_shared<SweepWorker>(config, logDirectory(), std::move(callbacks));
    const std::shared_ptr<SweepWorker> worker = m_worker;
    const QString saveDir = saveDirectory();
    m_thread = QThread::create([this, worker, saveDir] {
        const SweepResult result = worker->run();
        // Saved before finished() is emitted: a crash or quit after this
        // point loses nothing.
        QString saveError;
        const QString savedPath = SweepStore::save(result, saveDir, &saveError);
        if (savedPath.isEmpty())
            qCWarning(lcSweep).noquote() << "sweep not saved:" << saveError;
        QMetaObject::invokeMethod(
                this,
                [this, result, savedPath, saveError] { finish(result, savedPath, saveError); },
                Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("sweep"));
    m_thread->start();
}

void SweepRunner::cancel()
{
    if (m_worker)
        m_worker->cancel();
}

void SweepRunner::finish(const SweepResult &result, const QString &savedPath,
                         const QString &saveError)
{
    // The worker posted this as its last act: joining is immediate, and no
    // thread is left when finished() arrives.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_worker.reset();
    m_running = false;
    emit finished(result, savedPath, saveError);
}
