#include "poollistener.h"

#include "httpresponder.h"
#include "inerteventdispatcher.h"
#include "listensocket.h"
#include "poolworker.h"
#include "rejectedconnection.h"
#include "servercounters.h"
#include "serverslog.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

PoolListener::PoolListener(const ServerOptions &options, const HttpResponder &responder,
                           ServerCounters &counters, QObject *parent)
    : QObject(parent),
      m_options(options),
      m_responder(responder),
      m_counters(counters),
      // As many waiting connections as workers: enough to keep every worker
      // busy while the listener refills, few enough that the rest of a burst
      // waits in the kernel's backlog, where a real pool leaves it.
      m_queue(options.effectivePoolThreads()),
      m_backoff(this)
{
    m_backoff.setSingleShot(true);
    m_backoff.setInterval(kBackoffMs);
    connect(&m_backoff, &QTimer::timeout, this, [this] {
        if (m_acceptNotifier) {
            m_acceptNotifier->setEnabled(true);
            acceptAll();
        }
    });
}

PoolListener::~PoolListener()
{
    shutdown();
}

bool PoolListener::start(QString *errorString, quint16 *port)
{
    if (!m_queue.isValid()) {
        *errorString = QStringLiteral("cannot create the pool's eventfd");
        return false;
    }
    m_listenFd = ListenSocket::open(m_options.address, m_options.port, false, errorString);
    if (m_listenFd < 0)
        return false;
    *port = ListenSocket::boundPort(m_listenFd);
    const int threads = m_options.effectivePoolThreads();
    for (int i = 0; i < threads; ++i) {
        auto *worker = new PoolWorker(m_queue, m_responder, m_counters, m_options.idleTimeoutMs);
        worker->setObjectName(QStringLiteral("pool-worker-%1").arg(i));
        worker->setStackSize(kStackSize);
        worker->setEventDispatcher(new InertEventDispatcher); // it runs no event loop
        worker->start();
        if (!worker->isRunning() && !worker->isFinished()) {
            delete worker;
            *errorString = QStringLiteral("cannot start pool worker thread %1").arg(i + 1);
            shutdown();
            return false;
        }
        m_workers.append(worker);
    }
    m_acceptNotifier = new QSocketNotifier(m_listenFd, QSocketNotifier::Read, this);
    connect(m_acceptNotifier, &QSocketNotifier::activated, this, &PoolListener::acceptAll);
    m_wakeNotifier = new QSocketNotifier(m_queue.wakeDescriptor(), QSocketNotifier::Read, this);
    connect(m_wakeNotifier, &QSocketNotifier::activated, this, &PoolListener::onRoom);
    return true;
}

void PoolListener::shutdown()
{
    delete m_acceptNotifier;
    m_acceptNotifier = nullptr;
    delete m_wakeNotifier;
    m_wakeNotifier = nullptr;
    m_backoff.stop();
    if (m_listenFd >= 0) {
        ::close(m_listenFd); // clients still in the backlog are reset
        m_listenFd = -1;
    }
    // Close the queue first, so no worker takes another connection after
    // its interrupt().
    const QList<int> waiting = m_queue.close();
    for (PoolWorker *worker : std::as_const(m_workers))
        worker->interrupt();
    for (PoolWorker *worker : std::as_const(m_workers)) {
        worker->join();
        delete worker;
    }
    m_workers.clear();
    for (int fd : waiting) {
        ::close(fd);
        m_counters.connectionClosed();
    }
}

void PoolListener::acceptAll()
{
    while (m_acceptNotifier) {
        if (!m_queue.waitForRoom()) {
            // Full: leave the rest in the kernel's backlog until onRoom().
            m_acceptNotifier->setEnabled(false);
            return;
        }
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return;
            // EMFILE, ENFILE, ENOBUFS...: retry later rather than spin.
            m_acceptNotifier->setEnabled(false);
            m_counters.acceptPaused();
            if (m_pauses++ % 100 == 0) {
                qCWarning(lcServers) << "accept failed:" << std::strerror(errno) << "- resuming in"
                                     << kBackoffMs << "ms";
            }
            m_backoff.start();
            return;
        }
        if (m_counters.current() >= m_options.maxConnections) {
            // Over the cap: answer 503 from this thread and close.
            if (RejectedConnection::answer(fd, this)) {
                m_counters.rejected();
                m_counters.responded(false);
            }
            continue;
        }
        m_counters.connectionOpened();
        m_queue.push(fd);
    }
}

void PoolListener::onRoom()
{
    m_queue.drainWake();
    if (m_acceptNotifier && !m_backoff.isActive()) {
        m_acceptNotifier->setEnabled(true);
        acceptAll();
    }
}
