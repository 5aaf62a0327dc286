#pragma once

// SocketRunShared: what the socket engine's workers of one run share. The
// settings are written once before the workers start; the counters are
// ab's globals (support/ab.c: started, done, good, bad, doclen,
// requests_initialized), atomic because a run may use more than one worker
// thread. Written by SocketEngine, then by every SocketWorker thread.

#include "loadtest.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <mutex>

#include <sys/socket.h>

struct SocketRunShared
{
    // Settings, read-only while the run goes.
    sockaddr_storage address {};
    socklen_t addressLength = 0;
    sockaddr_storage bindAddress {};
    socklen_t bindAddressLength = 0; // 0 = no -B
    QByteArray request; // the exact bytes of one request
    qint64 requests = 0; // n
    bool headRequest = false;
    bool keepAlive = false;
    Framing framing = Framing::Ab;
    bool receiveErrorsAbort = true;
    bool variableLength = false;
    bool timeoutPerRequest = false;
    int windowSize = 0;
    int verbosity = 0;
    qint64 timeoutUs = 30'000'000;
    qint64 timeLimitUs = 0; // 0 = none; since the run's start
    qint64 originNs = 0; // steady-clock origin of the run
    std::atomic<bool> *cancel = nullptr;
    std::function<void(const QByteArray &)> trace;

    // ab's globals.
    std::atomic<qint64> started {0}; // requests written (reserved as they start)
    std::atomic<qint64> done {0}; // responses completed
    std::atomic<qint64> lost {0}; // timeoutPerRequest: requests given up on
    std::atomic<qint64> good {0};
    std::atomic<qint64> bad {0};
    std::atomic<qint64> documentLength {0}; // ab's doclen
    std::atomic<qint64> lastActivityUs {0}; // the last poll that returned events
    std::atomic<bool> initialized {false}; // a first header arrived: start every connection
    std::atomic<bool> stop {false}; // the run is over (n done, aborted, -t, cancelled)
    int wakeFd = -1; // eventfd every worker's epoll watches (edge-triggered)

    // Set while good == 0 (ab reads Server: from the first headers only).
    std::mutex serverMutex;
    QByteArray serverName;

    // Ends the run the way ab's err()/apr_err() end ab: the first call wins.
    void abort(const QString &message, int exitStatus);
    // ab's apr_err(what, status) line: "what: <strerror> (<errno>)".
    void abortErrno(const char *what, int error);
    bool aborted() const { return m_aborted.load(std::memory_order_acquire); }
    QString abortMessage() const;
    int abortStatus() const;
    // Wakes every worker's epoll_wait.
    void wakeAll() const;

private:
    mutable std::mutex m_abortMutex;
    std::atomic<bool> m_aborted {false};
    QString m_abortMessage;
    int m_abortStatus = 0;
};
