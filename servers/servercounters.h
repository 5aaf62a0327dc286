#pragma once

// ServerCounters: what a server did, as atomics, so the serving threads bump
// them without locks and any thread may read a snapshot while it runs.

#include "embeddedserver.h"

#include <atomic>

class ServerCounters
{
public:
    void reset();
    void connectionOpened(); // accepted + current, peak
    void connectionClosed();
    void rejected() { m_accepted.fetch_add(1, std::memory_order_relaxed); }
    void responded(bool badRequest)
    {
        m_served.fetch_add(1, std::memory_order_relaxed);
        if (badRequest)
            m_badRequests.fetch_add(1, std::memory_order_relaxed);
    }
    void acceptPaused() { m_acceptPauses.fetch_add(1, std::memory_order_relaxed); }
    int current() const { return m_current.load(std::memory_order_relaxed); }
    ServerStats snapshot() const;

private:
    std::atomic<quint64> m_accepted {0};
    std::atomic<quint64> m_served {0};
    std::atomic<quint64> m_badRequests {0};
    std::atomic<int> m_current {0};
    std::atomic<int> m_peak {0};
    std::atomic<quint64> m_acceptPauses {0};
};
