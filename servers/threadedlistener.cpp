#include "threadedlistener.h"

#include "acceptbackoff.h"
#include "connectionthread.h"
#include "httpresponder.h"
#include "inerteventdispatcher.h"
#include "rejectedconnection.h"
#include "servercounters.h"
#include "serverslog.h"

#include <unistd.h>

ThreadedListener::ThreadedListener(const ServerOptions &options, const HttpResponder &responder,
                                   ServerCounters &counters, QObject *parent)
    : QTcpServer(parent), m_options(options), m_responder(responder), m_counters(counters)
{ }

ThreadedListener::~ThreadedListener()
{
    shutdown();
}

bool ThreadedListener::start(QString *errorString)
{
    setListenBacklogSize(1024); // Qt's default 50 drops SYNs at ab -c 1000
    new AcceptBackoff(this, m_counters);
    if (!listen(m_options.address, m_options.port)) {
        *errorString = QTcpServer::errorString();
        return false;
    }
    return true;
}

void ThreadedListener::shutdown()
{
    close();
    const QSet<ConnectionThread *> threads = std::exchange(m_threads, {});
    for (ConnectionThread *thread : threads)
        thread->interrupt();
    for (ConnectionThread *thread : threads) {
        thread->join();
        delete thread;
    }
}

void ThreadedListener::incomingConnection(qintptr descriptor)
{
    if (m_counters.current() >= m_options.maxConnections) {
        reject(descriptor);
        return;
    }
    m_counters.connectionOpened();
    auto *thread
            = new ConnectionThread(descriptor, m_responder, m_counters, m_options.idleTimeoutMs);
    thread->setStackSize(kStackSize);
    thread->setEventDispatcher(new InertEventDispatcher); // it runs no event loop
    connect(thread, &QThread::finished, this, [this, thread] { onThreadFinished(thread); });
    m_threads.insert(thread);
    thread->start();
    if (!thread->isRunning() && !thread->isFinished()) {
        // pthread_create failed (out of memory or RLIMIT_NPROC): no finished
        // signal will come, so undo here and shed the connection.
        qCWarning(lcServers) << "cannot start a connection thread";
        m_threads.remove(thread);
        delete thread;
        ::close(int(descriptor));
        m_counters.connectionClosed();
    }
}

void ThreadedListener::reject(qintptr descriptor)
{
    // Over the cap: answer 503 from this thread and close, rather than start
    // a thread or leave the client hanging in the backlog.
    if (RejectedConnection::answer(descriptor, this)) {
        m_counters.rejected();
        m_counters.responded(false);
    }
}

void ThreadedListener::onThreadFinished(ConnectionThread *thread)
{
    // Joined and freed as soon as it ends: no thread outlives its connection.
    if (m_threads.remove(thread)) {
        thread->join();
        delete thread;
    }
}
