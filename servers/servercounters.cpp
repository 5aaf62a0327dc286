#include "servercounters.h"

void ServerCounters::reset()
{
    m_accepted = 0;
    m_served = 0;
    m_badRequests = 0;
    m_current = 0;
    m_peak = 0;
    m_acceptPauses = 0;
}

void ServerCounters::connectionOpened()
{
    m_accepted.fetch_add(1, std::memory_order_relaxed);
    const int now = m_current.fetch_add(1, std::memory_order_relaxed) + 1;
    int peak = m_peak.load(std::memory_order_relaxed);
    while (now > peak && !m_peak.compare_exchange_weak(peak, now, std::memory_order_relaxed)) { }
}

void ServerCounters::connectionClosed()
{
    m_current.fetch_sub(1, std::memory_order_relaxed);
}

ServerStats ServerCounters::snapshot() const
{
    ServerStats stats;
    stats.accepted = m_accepted.load(std::memory_order_relaxed);
    stats.served = m_served.load(std::memory_order_relaxed);
    stats.badRequests = m_badRequests.load(std::memory_order_relaxed);
    stats.current = m_current.load(std::memory_order_relaxed);
    stats.peak = m_peak.load(std::memory_order_relaxed);
    stats.acceptPauses = m_acceptPauses.load(std::memory_order_relaxed);
    return stats;
}
