#pragma once

// TargetProbe: "Try it" for one external target, before a sweep depends on
// it. Starts the target's launch command exactly as the sweep does (through
// ExternalTarget: /bin/sh -c, its own process group, wait for the port),
// sends ab's GET once, reports the status line, the headers and the times,
// then stops the command. Launching and fetching block, so they run on a
// thread of the probe's own; the object lives on the caller's (GUI) thread
// and signals there. Cancellable; the destructor cancels and waits.

#include "sweepconfig.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <atomic>

class QThread;

class TargetProbe : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Launching, Fetching, Stopping };
    Q_ENUM(Stage)

    struct Result
    {
        bool ok = false; // a response's header arrived
        QString error; // one line when !ok
        QString statusLine; // as sent, e.g. "HTTP/1.0 200 OK"
        int statusCode = 0;
        QList<QPair<QString, QString>> headers; // in order, as sent
        qint64 bodyBytes = 0; // what arrived before the end or the time limit
        bool bodyComplete = false; // the response ended (framing or close)
        QByteArray bodyStart; // its first bytes, for a glance
        double launchMs = -1; // launch until the port accepted; -1 without a command
        double connectMs = -1; // connect() until connected
        double headerMs = -1; // request sent until the header block was read
        double totalMs = -1; // connect() until the response ended (or the limit)
        qint64 launchedPid = 0; // the launch command's pid, 0 without one
        QString serverOutput; // the launch command's output, its last lines
    };

    explicit TargetProbe(QObject *parent = nullptr);
    ~TargetProbe() override;

    // Starts trying target (an external one: url and optional launchCommand).
    // launchTimeoutSec bounds the wait for the launched command's port (the
    // sweep's SweepConfig::launchTimeoutSec), fetchTimeoutSec the connect and
    // the response. false (nothing started) while a probe is running.
    bool start(const SweepTarget &target, double launchTimeoutSec,
               double fetchTimeoutSec = kDefaultFetchTimeoutSec);
    // Stops waiting and fetching; finished() follows with "cancelled".
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    Result result() const { return m_result; } // of the last finished probe

    static constexpr double kDefaultFetchTimeoutSec = 10;

signals:
    void stageChanged(TargetProbe::Stage stage);
    void finished(); // result() holds the outcome; the launched command is stopped

private:
    void run(const SweepTarget &target, double launchTimeoutSec, double fetchTimeoutSec);
    void fetch(const QUrl &url, double timeoutSec);
    void report(Stage stage);

    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled {false};
    Result m_result; // written by the probe's thread, read after it finished
};
