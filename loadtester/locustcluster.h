#pragma once

// LocustCluster: one Locust master and its local workers (QProcesses), kept
// up across the runs of a sweep. The master runs headless and takes one
// command per run on stdin (LocustFile's protocol), so workers connect once,
// also remote ones the user started by hand, and every level reuses them.
// Each process gets its own process group and PR_SET_PDEATHSIG, and stop()
// (also the destructor) ends them all: none outlives the cluster. Used on one
// thread only, the one that created it (QProcess's affinity); it needs no
// event loop (waitFor* calls).

#include "engine.h"

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <vector>

struct LocustClusterOptions
{
    int workers = 1; // the master waits for this many
    QString masterBind; // HOST:PORT for remote workers; empty = local workers on loopback
    double workerWaitSec = 60;

    bool operator==(const LocustClusterOptions &) const = default;
};

class LocustCluster
{
public:
    explicit LocustCluster(const LocustClusterOptions &options);
    ~LocustCluster();
    LocustCluster(const LocustCluster &) = delete;
    LocustCluster &operator=(const LocustCluster &) = delete;

    // The locust executable: $SERVERBENCH_LOCUST, else "locust" on PATH.
    // Empty, with *error a one-line reason naming the package, when missing.
    static QString executable(QString *error);

    // Writes the locustfile, starts the master and the local workers and
    // waits (at most workerWaitSec, or until *cancel) until the expected
    // workers have connected. message() is told the remote workers' command.
    bool start(const std::atomic<bool> &cancel,
               const std::function<void(const QString &)> &message);
    bool isRunning() const;
    const LocustClusterOptions &options() const { return m_options; }
    QString errorString() const { return m_error; }

    // One run: sends command (LocustFile's "run"), reports progress while it
    // runs, asks the master to stop the run when control is cancelled, and
    // returns once the master has written the run's CSV (true), or with
    // errorString() when the master died.
    bool run(QJsonObject command, RunControl &control, qint64 total);
    // A fresh CSV prefix for the next run, inside the cluster's directory.
    QString nextCsvPrefix();

    // The command line that starts one worker on another host.
    QString remoteWorkerCommand() const;
    QString locustfilePath() const;
    // Process ids of the local workers (for tests that kill one).
    QList<qint64> localWorkerPids() const;
    // Process ids of every process the cluster started.
    QList<qint64> processIds() const;
    // User + system CPU of the master and the local workers, seconds.
    double cpuSeconds() const;
    // The last lines the master wrote on stderr (for error messages).
    QString masterLogTail() const;

    // Quits the master (which quits its workers), then ends whatever is left.
    void stop();

private:
    std::unique_ptr<QProcess> startProcess(const QStringList &arguments, const QString &logName);
    bool readLine(QByteArray &line, int timeoutMs);

    LocustClusterOptions m_options;
    QString m_executable;
    QTemporaryDir m_dir;
    QString m_error;
    quint16 m_port = 0;
    QString m_host;
    std::unique_ptr<QProcess> m_master;
    std::vector<std::unique_ptr<QProcess>> m_workers;
    QByteArray m_pending; // master stdout not yet split into lines
    int m_runs = 0;
};
