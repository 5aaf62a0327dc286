#include "qnamengine.h"

#include "enginelog.h"
#include "qnamworker.h"
#include "runcoordinator.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <memory>
#include <thread>

namespace {

// QNAM does its HTTP work on one thread per manager ("QNetworkAccessManager"
// threads, truncated to 15 characters by the kernel), so the engine's CPU
// includes theirs: read it from /proc before the managers go away.
// CPU time of each of QNAM's own threads, by thread id (schedstat, ns).
QHash<QString, qint64> qnamThreadsCpuNs()
{
    QHash<QString, qint64> cpu;
    const QStringList tasks
            = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &tid : tasks) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(tid));
        if (!comm.open(QIODevice::ReadOnly) || !comm.readAll().startsWith("QNetworkAccessM"))
            continue;
        QFile schedstat(QStringLiteral("/proc/self/task/%1/schedstat").arg(tid));
        if (schedstat.open(QIODevice::ReadOnly))
            cpu.insert(tid, schedstat.readAll().split(' ').value(0).toLongLong());
    }
    return cpu;
}

// What QNAM's threads spent since before: thread by thread, so a thread of
// an earlier run that ends meanwhile cannot make the sum negative.
double qnamThreadsCpuSecSince(const QHash<QString, qint64> &before)
{
    qint64 total = 0;
    const QHash<QString, qint64> now = qnamThreadsCpuNs();
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        total += std::max<qint64>(0, it.value() - before.value(it.key(), 0));
    return double(total) / 1e9;
}

qint64 openDescriptors()
{
    return QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size();
}

} // namespace

QString QnamEngine::unsupportedOption(const LoadTest &test)
{
    if (!test.bindAddress.isEmpty())
        return QStringLiteral("the qnam engine cannot bind a local address (-B): "
                              "QNetworkAccessManager has no setting for it; use --engine socket");
    if (test.windowSize != 0)
        return QStringLiteral("the qnam engine cannot set the TCP window size (-b): "
                              "QNetworkAccessManager has no setting for it; use --engine socket");
    if (test.verbosity != 0)
        return QStringLiteral("the qnam engine cannot print ab's -v trace (QNAM hides the "
                              "bytes on the wire); use --engine socket");
    return {};
}

int QnamEngine::defaultThreads(int concurrency)
{
    return std::min({2, concurrency, int(std::max(1u, std::thread::hardware_concurrency()))});
}

RunResult QnamEngine::run(const LoadTest &test, RunControl &control)
{
    RunCoordinator coordinator(test, EngineKind::Qnam, control);
    // QNAM owns its sockets (Qt 6.4: nothing in QNetworkAccessManager,
    // QNetworkRequest or its attributes binds a local address or sizes the
    // socket buffers) and hides the bytes ab's -v prints.
    if (!coordinator.prepare(unsupportedOption(test)))
        return coordinator.finish(coordinator.result().error);
    RunResult &result = coordinator.result();
    const qint64 fileLimit = coordinator.fileLimit();
    const int threads = coordinator.chooseThreads(defaultThreads(test.concurrency));
    // Every thread with an event loop (ours and each manager's HTTP thread)
    // needs a descriptor for its wake-up, and Qt aborts the process when it
    // cannot get one ("Creating pipes for GWakeup: Too many open files").
    // Connections fail more gently, but a run whose connections and threads
    // cannot all fit would abort half-way, so it is refused whole instead.
    int managers = 0;
    for (int i = 0; i < threads; ++i)
        managers += QnamWorker::managersFor(coordinator.share(i), test.keepAlive);
    // QNAM sometimes holds a spare connection beside the busy ones.
    const qint64 needed = test.concurrency + test.concurrency / 8 + managers + threads + 16;
    const qint64 spare = fileLimit - openDescriptors();
    if (fileLimit > 0 && needed > spare) {
        const QString error
                = QStringLiteral("Too many open files (EMFILE): the qnam engine needs about %1 "
                                 "file descriptors for -c %2 (one per connection and per "
                                 "QNAM thread) and the limit (%3) leaves %4; lower -c or "
                                 "raise 'ulimit -n'")
                          .arg(needed)
                          .arg(test.concurrency)
                          .arg(fileLimit)
                          .arg(spare);
        result.failedConnect = test.requests;
        return coordinator.finish(error);
    }

    auto shared = std::make_unique<QnamRunShared>();
    shared->test = test;
    shared->unstarted.store(test.requests);
    shared->cancel = &control.cancelRequested;
    const QHash<QString, qint64> qnamCpuBefore = qnamThreadsCpuNs();
    std::vector<std::unique_ptr<QThread>> threadList;
    std::vector<std::unique_ptr<QnamWorker>> workers;
    for (int i = 0; i < threads; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("qnam-worker-%1").arg(i));
        auto worker = std::make_unique<QnamWorker>(*shared, coordinator.share(i));
        worker->moveToThread(thread.get());
        thread->start();
        threadList.push_back(std::move(thread));
        workers.push_back(std::move(worker));
    }
    shared->originNs = coordinator.start();
    shared->lastProgressNs.store(shared->originNs);
    shared->handOff.release();
    for (auto &w : workers)
        QMetaObject::invokeMethod(w.get(), &QnamWorker::start, Qt::QueuedConnection);

    std::vector<const WorkerTally *> tallies;
    for (auto &w : workers)
        tallies.push_back(w.get());
    const qint64 pollTimeoutNs = qint64(std::min(test.timeoutSec * 1e9, 9e18));
    const auto allFinished = [&workers] {
        return std::all_of(workers.cbegin(), workers.cend(),
                           [](const auto &w) { return w->finished.load(); });
    };
    coordinator.waitForWorkers(tallies, std::chrono::milliseconds(20), allFinished, [&] {
        // ab -s: apr_pollset_poll() waits this long for an event on any
        // connection, then ab stops the test (unless -s is per request).
        if (!test.timeoutPerRequest && !shared->aborted.load()
            && RunCoordinator::steadyNowNs() - shared->lastProgressNs.load() > pollTimeoutNs)
            shared->abort(QStringLiteral("apr_pollset_poll: The timeout specified has expired "
                                         "(70007)"),
                          70007 & 255);
    });
    result.clientCpuSec = qnamThreadsCpuSecSince(qnamCpuBefore);
    for (auto &w : workers)
        QMetaObject::invokeMethod(w.get(), &QnamWorker::shutdown, Qt::QueuedConnection);
    for (auto &t : threadList)
        t->wait();
    shared->handOff.acquire();

    coordinator.merge(tallies, test.variableLength);
    if (shared->aborted.load()) {
        coordinator.setAbort(shared->abortMessage(), shared->abortStatus());
        qCDebug(lcEngine) << "qnam engine: ab would stop here:" << result.abortMessage;
    }
    QString error;
    for (auto &w : workers) {
        if (!w->firstError.isEmpty() && w->complete == 0) {
            error = w->firstError;
            break;
        }
    }
    return coordinator.finish(error);
}
