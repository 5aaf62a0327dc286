#include "poolworker.h"

#include "acceptqueue.h"
#include "blockingconnection.h"
#include "servercounters.h"

#include <sys/socket.h>
#include <unistd.h>

PoolWorker::PoolWorker(AcceptQueue &queue, const HttpResponder &responder, ServerCounters &counters,
                       int idleTimeoutMs, QObject *parent)
    : QThread(parent),
      m_queue(queue),
      m_responder(responder),
      m_counters(counters),
      m_idleTimeoutMs(idleTimeoutMs)
{ }

void PoolWorker::interrupt()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_interrupted = true;
    if (m_current >= 0)
        ::shutdown(m_current, SHUT_RDWR); // wakes a blocked poll() in run()
}

void PoolWorker::run()
{
    for (;;) {
        const int fd = m_queue.pop();
        if (fd < 0)
            break;
        bool interrupted = false;
        {
            // Published under the lock, so interrupt() either sees it or has
            // already set the flag that stops us here.
            const std::lock_guard<std::mutex> lock(m_mutex);
            interrupted = m_interrupted;
            if (!interrupted)
                m_current = fd;
        }
        if (!interrupted)
            BlockingConnection(m_responder, m_counters, m_idleTimeoutMs).serve(fd);
        {
            // Closed under the lock, so interrupt() never shuts down a
            // descriptor number that another connection already reuses.
            const std::lock_guard<std::mutex> lock(m_mutex);
            ::close(fd);
            m_current = -1;
        }
        m_counters.connectionClosed();
        if (interrupted)
            break;
    }
    m_handOff.release();
}

void PoolWorker::join()
{
    wait();
    m_handOff.acquire();
}
