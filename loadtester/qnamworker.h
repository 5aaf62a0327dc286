#pragma once

// QnamWorker: one thread's share of the qnam engine's virtual users. Lives
// on its own QThread (moved there by QnamEngine); every 6 users share a
// QNetworkAccessManager (its per-host connection limit), and each user sends
// its next request when its last finished,
// taking request slots from the run's shared counter so n is divided
// exactly. Counters are its own, merged once by QnamEngine at the end.

#include "loadtest.h"
#include "runresult.h"

#include <QHash>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <vector>

class QNetworkAccessManager;

struct QnamRunShared
{
    LoadTest test;
    qint64 originNs = 0;
    std::atomic<qint64> unstarted {0};
    std::atomic<bool> *cancel = nullptr;
};

class QnamWorker : public QObject
{
    Q_OBJECT
public:
    explicit QnamWorker(QnamRunShared &shared, int users, QObject *parent = nullptr);
    ~QnamWorker() override;

    std::atomic<qint64> progressDone {0};
    std::atomic<qint64> progressFailed {0};
    std::atomic<bool> finished {false};

    // Results, valid once finished is true.
    QList<RequestSample> samples;
    std::vector<TimelineBucket> timeline;
    QHash<int, qint64> statusCounts;
    QHash<qint64, qint64> bodyLengthCounts;
    qint64 complete = 0;
    qint64 failedConnect = 0;
    qint64 failedReceive = 0;
    qint64 failedExceptions = 0;
    qint64 timeouts = 0;
    qint64 non2xx = 0;
    qint64 keepAliveRequests = 0;
    qint64 totalRead = 0;
    qint64 bodyRead = 0;
    qint64 bytesSent = 0;
    qint64 firstDoneUs = -1;
    qint64 firstBodyLength = 0;
    QString firstServer;
    qint64 lastEventUs = 0;
    double cpuSec = 0;
    QString firstError;
    bool stoppedByTimeLimit = false;
    bool stoppedByCancel = false;

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
    };

    void next(User &user);
    void onReadyRead(User &user);
    void onFinished(User &user);
    void checkStop();
    void stopAll();
    void finish();
    void countTimeline(qint64 nowUs, bool failed);
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
