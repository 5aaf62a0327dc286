#pragma once

// ReactorLoop: one event loop of the reactor model. Its own QThread runs an
// AsyncServerCore on its own listening socket (one of the reactor's
// SO_REUSEPORT sockets), with its own connections: the kernel spreads new
// connections over the loops' sockets, so no two loops share a queue or a
// lock on the hot path. start()/stop() are called from the controlling
// thread; accepted() from any thread.

#include "embeddedserver.h"
#include "threadhandoff.h"

#include <QString>

#include <atomic>
#include <memory>

class QThread;
class HttpResponder;
class ServerCounters;

class ReactorLoop
{
public:
    explicit ReactorLoop(int index);
    ~ReactorLoop();

    // Takes the listening descriptor; blocks until the loop listens on it.
    bool start(int descriptor, const ServerOptions &options, const HttpResponder &responder,
               ServerCounters &counters, QString *errorString);
    void stop();

    // Connections this loop has accepted since start().
    quint64 accepted() const { return m_accepted.load(std::memory_order_relaxed); }

private:
    const int m_index;
    std::unique_ptr<QThread> m_thread;
    std::atomic<quint64> m_accepted {0};
    ThreadHandOff m_handOff; // the loop thread's last writes, seen by stop()
};
