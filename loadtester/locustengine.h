#pragma once

// LocustEngine: drives a Locust cluster (LocustCluster: a headless master
// and its workers, local or on other hosts) and maps its figures onto
// RunResult (LocustStats). The cluster is started by the first run and kept
// for the engine's life, so a sweep that keeps one engine for all its runs
// (SweepWorker does) connects its workers once. Exactly n requests: the
// locustfile divides n over the c users and each worker stops at its share.
// run() blocks its caller like every engine; the engine and its cluster
// stay on the thread that first called run() (QProcess's affinity).
//
// What Locust cannot give (the connect/processing/waiting split, header
// bytes, the kinds of failure ab tells apart) is RunResult::unavailable and
// shows as "n/a". -s is not ab's poll timeout here: Locust's own request
// timeout applies. -B, -b, -v, -X, -P are refused (unsupportedOption()).

#include "engine.h"

#include <memory>
#include <mutex>

class LocustCluster;

class LocustEngine : public Engine
{
public:
    LocustEngine();
    ~LocustEngine() override;

    RunResult run(const LoadTest &test, RunControl &control) override;

    // ab's options Locust cannot honour: one line saying which, or empty.
    static QString unsupportedOption(const LoadTest &test);
    // The running cluster's local worker process ids (for tests); empty
    // when there is none. Thread-safe.
    QList<qint64> localWorkerPids() const;
    // Every process id of the running cluster. Thread-safe.
    QList<qint64> processIds() const;

private:
    bool ensureCluster(const LoadTest &test, RunControl &control, QString *error);
    void publishPids();

    std::unique_ptr<LocustCluster> m_cluster;
    mutable std::mutex m_pidsMutex;
    QList<qint64> m_workerPids;
    QList<qint64> m_allPids;
};
