#pragma once

// SweepRunner: runs targets x levels in order on its own worker thread,
// starting the embedded servers (each in its own thread(s)) or an external
// launch command as needed, and reports each run as it happens through queued
// signals. Lives on the thread that created it (the GUI or main thread).

#include "engine.h"
#include "sweepresult.h"

#include <QObject>

class SweepRunner : public QObject
{
    Q_OBJECT
public:
    explicit SweepRunner(QObject *parent = nullptr);
    ~SweepRunner() override; // cancels and joins

    bool isRunning() const;
    // Where finished sweeps are autosaved; default AppDataLocation/sweeps.
    void setSaveDirectory(const QString &dir);
    // Where external launch commands' output goes (report folder's log).
    void setLogDirectory(const QString &dir);

public slots:
    void start(const SweepConfig &config);
    void cancel(); // keeps every finished row; finished() still comes

signals:
    void runStarted(int runIndex, int plannedRuns, const QString &targetLabel, int concurrency);
    void runProgress(const RunProgress &progress);
    void rowFinished(const SweepRow &row);
    void targetMessage(const QString &message); // launch output, server URL, ...
    // savedPath: the autosaved JSON ("" if saving failed, see saveError)
    void finished(const SweepResult &result, const QString &savedPath, const QString &saveError);
};
