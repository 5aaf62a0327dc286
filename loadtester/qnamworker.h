#pragma once

// QnamWorker: one thread's share of the qnam engine's virtual users. Lives
// on its own QThread (moved there by QnamEngine); every 6 users share a
// QNetworkAccessManager (its per-host connection limit), and each user sends
// its next request when its last finished,
// taking request slots from the run's shared counter so n is divided
// exactly. Counters are its own, merged once by QnamEngine at the end.
//
// ab's abort rules (support/ab.c) hold across the workers through
// QnamRunShared: a receive error stops the whole run unless -r
// (LoadTest::receiveErrorsAbort), and every reply's progress is stamped so
// the engine can stop a run that made none for -s seconds.

#include "loadtest.h"
#include "runresult.h"
#include "threadhandoff.h"
#include "workertally.h"

#include <QHash>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

class QNetworkAccessManager;

struct QnamRunShared
{
    LoadTest test;
    qint64 originNs = 0;
    std::atomic<qint64> unstarted {0};
    std::atomic<bool> *cancel = nullptr;
    ThreadHandOff handOff; // workers made on the engine's thread, run on theirs

    // ab -s (unless LoadTest::timeoutPerRequest): the steady clock (ns) when
    // any reply last made progress (sent, bytes, finished), for the engine's
    // poll-timeout check.
    std::atomic<qint64> lastProgressNs {0};
    void markProgress();

    // ab -r: refused connections so far, over every worker (see
    // QnamWorker::countRefusal).
    std::atomic<qint64> refused {0};

    // Where ab would have stopped the test: the first caller wins, every
    // worker stops at once and counts nothing more (ab exits there).
    std::atomic<bool> aborted {false};
    void abort(const QString &message, int status);
    QString abortMessage() const;
    int abortStatus() const;

private:
    mutable std::mutex m_abortMutex;
    QString m_abortMessage;
    int m_abortStatus = 0;
};

class QnamWorker : public QObject, public WorkerTally
{
    Q_OBJECT
public:
    explicit QnamWorker(QnamRunShared &shared, int users, QObject *parent = nullptr);
    ~QnamWorker() override;

    // How many QNetworkAccessManagers (each with an HTTP thread) a worker
    // with this many users creates.
    static int managersFor(int users, bool keepAlive);
    // The errno ab's apr_socket_recv() would have reported for a reply that
    // failed with this error (ECONNREFUSED, ECONNRESET, ETIMEDOUT), or 0 when
    // it is not a receive error in ab's sense.
    static int receiveErrno(QNetworkReply::NetworkError error);
    // ab's words for it: "apr_socket_recv: Connection refused (111)".
    static QString receiveErrorMessage(int errnum);

    std::atomic<bool> finished {false};

    // Beyond the tally, valid once finished is true.
    QString firstError;

signals:
    void done();

public slots:
    void start();
    // Deletes the managers (and their HTTP threads) on this thread, then
    // quits it. Called by QnamEngine once it has read the CPU figures.
    void shutdown();

private:
    struct User
    {
        QNetworkAccessManager *manager = nullptr;
        QNetworkReply *reply = nullptr;
        qint64 startUs = 0;
        qint64 sentUs = -1;
        qint64 firstByteUs = -1;
        qint64 bodyBytes = 0;
        int sends = 0; // requestSent() count: Qt resends after a reset
        bool resetCounted = false; // a resend, counted as a receive failure
    };

    void next(User &user);
    void onRequestSent(User &user);
    void onReadyRead(User &user);
    void onFinished(User &user);
    // ab -r: a refused connection, as ab counts it.
    void countRefusal(User &user, qint64 t);
    // ab's close_connection() for a request that ended without a response
    // (a -r receive error): done, with the body bytes read so far.
    void countDoneWithoutResponse(const User &user, qint64 t);
    // Records where ab would stop the run for this failed reply; true if it
    // would (the caller then stops this worker).
    bool abortsRun(QNetworkReply::NetworkError error);
    void checkStop();
    void stopAll();
    void finish();
    qint64 now() const;

    QnamRunShared &m_shared;
    std::vector<User> m_users;
    std::vector<QNetworkAccessManager *> m_managers;
    QNetworkRequest m_request;
    QTimer m_stopTimer; // a child, so it moves to the worker's thread with us
    int m_active = 0;
    double m_cpuStart = 0;
    bool m_stopping = false;
};
