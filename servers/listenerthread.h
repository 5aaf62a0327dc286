#pragma once

// ListenerThread: one dedicated QThread that makes a server's listening
// object, runs it and destroys it, so nothing is served on the caller's
// thread. ServerThreadHost has one per server, the reactor one per loop.
// start()/stop() are called from one controlling thread; the factory, the
// listen function and the listener's destructor run on the listener thread.

#include "threadhandoff.h"

#include <QString>

#include <functional>
#include <memory>

class QObject;
class QThread;

class ListenerThread
{
public:
    // Both run on the listener thread, before start() returns. The
    // listener's destructor must close every connection and join any thread
    // it started.
    using Factory = std::function<QObject *()>;
    using Listen = std::function<bool(QObject *listener, QString *errorString, quint16 *port)>;

    explicit ListenerThread(const QString &name);
    ~ListenerThread();

    // Blocks until the listener listens (true, *port) or has failed (false,
    // *errorString; the listener is destroyed and the thread joined).
    bool start(Factory make, Listen listen, QString *errorString, quint16 *port);
    // Ends the thread's event loop, destroys the listener and joins.
    void stop();

private:
    const QString m_name;
    std::unique_ptr<QThread> m_thread;
    ThreadHandOff m_handOff; // the listener thread's last writes, seen by stop()
};
