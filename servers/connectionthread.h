#pragma once

// ConnectionThread: serves one connection of the thread-per-connection model
// with blocking I/O (BlockingConnection), then ends. interrupt() may be
// called from any thread: it shuts the socket down so a blocking wait
// returns at once.

#include "threadhandoff.h"

#include <QMutex>
#include <QThread>

class HttpResponder;
class ServerCounters;

class ConnectionThread : public QThread
{
    Q_OBJECT
public:
    ConnectionThread(qintptr descriptor, const HttpResponder &responder, ServerCounters &counters,
                     int idleTimeoutMs, QObject *parent = nullptr);

    void interrupt();
    // Waits for run() to end and makes its writes visible to the caller, who
    // may then delete this object.
    void join();

protected:
    void run() override;

private:
    const qintptr m_descriptor;
    const HttpResponder &m_responder;
    ServerCounters &m_counters;
    const int m_idleTimeoutMs;
    QMutex m_mutex; // guards the descriptor between interrupt() and close
    bool m_descriptorOpen = true;
    bool m_interrupted = false;
    ThreadHandOff m_handOff; // run()'s last writes, seen by join()
};
