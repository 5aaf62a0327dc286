#pragma once

// SweepRunner: runs targets x levels in order on its own worker thread,
// starting the embedded servers (each in its own thread(s)) or an external
// launch command as needed, and reports each run as it happens through queued
// signals. Lives on the thread that created it (the GUI or main thread).

#include "engine.h"
#include "sweepresult.h"

#include <QObject>

#include <memory>

class QThread;
class SweepWorker;

class SweepRunner : public QObject
{
    Q_OBJECT
public:
    explicit SweepRunner(QObject *parent = nullptr);
    ~SweepRunner() override; // cancels and joins

    // True from start() until finished() is emitted.
    bool isRunning() const;
    // Where finished sweeps are autosaved; default AppDataLocation/sweeps.
    void setSaveDirectory(const QString &dir);
    // Where external launch commands' output goes (report folder's log):
    // <dir>/<target key>.log, appended. Default: <save directory>/logs.
    void setLogDirectory(const QString &dir);
    QString saveDirectory() const; // the effective one
    QString logDirectory() const; // the effective one

public slots:
    // Ignored while a sweep runs. An invalid config finishes at once with no
    // rows and saveError saying why.
    void start(const SweepConfig &config);
    void cancel(); // keeps every finished row; finished() still comes

signals:
    // Every run that starts: warm-ups, then each cell's repeats.
    void runStarted(const SweepRunInfo &run);
    void runProgress(const RunProgress &progress);
    void rowFinished(const SweepRow &row); // a whole cell, all its repeats
    void targetMessage(const QString &message); // launch output, server URL, ...
    // savedPath: the autosaved JSON ("" if saving failed, see saveError)
    void finished(const SweepResult &result, const QString &savedPath, const QString &saveError);

private:
    void finish(const SweepResult &result, const QString &savedPath, const QString &saveError);

    QThread *m_thread = nullptr;
    std::shared_ptr<SweepWorker> m_worker;
    QString m_saveDir;
    QString m_logDir;
    bool m_running = false;
};
