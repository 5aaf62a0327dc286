#pragma once

// PoolWorker: one worker thread of the pool model. It takes the next
// descriptor from the AcceptQueue, serves that one connection with blocking
// I/O (BlockingConnection) until it ends, closes it, and takes the next,
// until the queue is closed. interrupt() may be called from any thread: it
// shuts the current connection down so a blocking wait returns at once, and
// makes the worker end instead of taking another.

#include "threadhandoff.h"

#include <QThread>

#include <mutex>

class AcceptQueue;
class HttpResponder;
class ServerCounters;

class PoolWorker : public QThread
{
    Q_OBJECT
public:
    PoolWorker(AcceptQueue &queue, const HttpResponder &responder, ServerCounters &counters,
               int idleTimeoutMs, QObject *parent = nullptr);

    void interrupt();
    // Waits for run() to end and makes its writes visible to the caller.
    void join();

protected:
    void run() override;

private:
    AcceptQueue &m_queue;
    const HttpResponder &m_responder;
    ServerCounters &m_counters;
    const int m_idleTimeoutMs;
    std::mutex m_mutex; // guards the current descriptor between interrupt() and close
    int m_current = -1;
    bool m_interrupted = false;
    ThreadHandOff m_handOff; // run()'s last writes, seen by join()
};
