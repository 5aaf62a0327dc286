#include "listenerthread.h"

#include <QEventLoop>
#include <QObject>
#include <QThread>

#include <condition_variable>
#include <mutex>
#include <utility>

ListenerThread::ListenerThread(const QString &name) : m_name(name) { }

ListenerThread::~ListenerThread()
{
    stop();
}

bool ListenerThread::start(Factory make, Listen listen, QString *errorString, quint16 *port)
{
    // The listener is made, run and destroyed on the thread itself, so
    // nothing crosses threads through Qt's queued calls, whose locks
    // ThreadSanitizer cannot see: start() waits on a std::mutex instead.
    struct Startup
    {
        std::mutex mutex;
        std::condition_variable listened;
        bool done = false;
        bool listening = false;
        quint16 port = 0;
        QString error;
    } startup;
    m_thread.reset(
            QThread::create([this, make = std::move(make), listen = std::move(listen), &startup] {
                QObject *listener = make();
                QString error;
                quint16 port = 0;
                const bool listening = listen(listener, &error, &port);
                {
                    const std::lock_guard<std::mutex> lock(startup.mutex);
                    startup.done = true;
                    startup.listening = listening;
                    startup.port = port;
                    startup.error = error;
                    startup.listened.notify_one();
                } // startup is gone once start() returns: not touched again
                if (listening) {
                    QEventLoop loop; // until stop() calls quit(), even if it already has
                    loop.exec();
                }
                delete listener;
                m_handOff.release();
            }));
    m_thread->setObjectName(m_name);
    m_thread->start();
    // Neither running nor finished: pthread_create failed (Qt has warned) and
    // nothing would ever wake the wait below.
    if (!m_thread->isRunning() && !m_thread->isFinished()) {
        *errorString = QStringLiteral("cannot start the thread %1").arg(m_name);
        m_thread.reset();
        return false;
    }
    std::unique_lock<std::mutex> lock(startup.mutex);
    startup.listened.wait(lock, [&startup] { return startup.done; });
    if (!startup.listening) {
        *errorString = startup.error;
        lock.unlock();
        stop();
        return false;
    }
    *port = startup.port;
    return true;
}

void ListenerThread::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_handOff.acquire();
    m_thread.reset();
}
