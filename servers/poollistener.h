#pragma once

// PoolListener: the listening side of the pool model. It accepts from its own
// listening descriptor into the bounded AcceptQueue and owns the fixed set of
// PoolWorker threads that serve from it. When the queue is full it stops
// watching the listening socket, so clients wait in the kernel's backlog
// until a worker frees a slot and wakes it (as a ThreadPoolExecutor with a
// bounded queue in front of a blocking accept() would). Out of descriptors
// (EMFILE) it backs off as AcceptBackoff does. Lives in the listener thread
// that PoolHttpServer starts; the destructor joins every worker.

#include "acceptqueue.h"
#include "embeddedserver.h"

#include <QList>
#include <QObject>
#include <QTimer>

class QSocketNotifier;
class HttpResponder;
class PoolWorker;
class ServerCounters;

class PoolListener : public QObject
{
    Q_OBJECT
public:
    PoolListener(const ServerOptions &options, const HttpResponder &responder,
                 ServerCounters &counters, QObject *parent = nullptr);
    ~PoolListener() override;

    bool start(QString *errorString, quint16 *port);
    void shutdown();

    // A worker needs little stack: it parses and answers one request at a time.
    static constexpr uint kStackSize = 256 * 1024;
    // Back-off after accept() ran out of descriptors, as AcceptBackoff's.
    static constexpr int kBackoffMs = 200;

private:
    void acceptAll();
    void onRoom();

    ServerOptions m_options;
    const HttpResponder &m_responder;
    ServerCounters &m_counters;
    AcceptQueue m_queue;
    QList<PoolWorker *> m_workers;
    int m_listenFd = -1;
    QSocketNotifier *m_acceptNotifier = nullptr;
    QSocketNotifier *m_wakeNotifier = nullptr;
    QTimer m_backoff;
    int m_pauses = 0;
};
