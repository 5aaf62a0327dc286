#pragma once

// QnamWorker: one thread's share of the qnam engine's virtual users. Lives
// on its own QThread (moved there by QnamEngine); every 6 users share a
// QNetworkAccessManager (its per-host connection limit), and each user sends
// its next request when its last finished,
// taking request slots from the run's shared counter so n is divided
// exactly. Counters are its own, merged once by QnamEngine at the end.

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
#include <vector>

class QNetworkAccessManager;

struct QnamRunShared
{
    LoadTest test;
    qint64 originNs = 0;
    std::atomic<qint64> unstarted {0};
    std::atomic<bool> *cancel = nullptr;
    ThreadHandOff handOff; // workers made on the engine's thread, run on theirs
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
