#include "connectionthread.h"

#include "blockingconnection.h"
#include "servercounters.h"

#include <sys/socket.h>
#include <unistd.h>

ConnectionThread::ConnectionThread(qintptr descriptor, const HttpResponder &responder,
                                   ServerCounters &counters, int idleTimeoutMs, QObject *parent)
    : QThread(parent),
      m_descriptor(descriptor),
      m_responder(responder),
      m_counters(counters),
      m_idleTimeoutMs(idleTimeoutMs)
{ }

void ConnectionThread::interrupt()
{
    const QMutexLocker locker(&m_mutex);
    m_interrupted = true;
    if (m_descriptorOpen)
        ::shutdown(int(m_descriptor), SHUT_RDWR); // wakes a blocked poll() in run()
}

void ConnectionThread::run()
{
    const int fd = int(m_descriptor);
    bool interrupted = false;
    {
        const QMutexLocker locker(&m_mutex);
        interrupted = m_interrupted;
    }
    if (!interrupted)
        BlockingConnection(m_responder, m_counters, m_idleTimeoutMs).serve(fd);
    {
        // Close under the lock, so interrupt() never shuts down a descriptor
        // number that another connection already reuses.
        const QMutexLocker locker(&m_mutex);
        ::close(fd);
        m_descriptorOpen = false;
    }
    m_counters.connectionClosed();
    m_handOff.release();
}

void ConnectionThread::join()
{
    wait();
    m_handOff.acquire();
}
