#include "serverthreadhost.h"

#include "httpresponder.h"

#include <QEventLoop>
#include <QObject>
#include <QThread>

#include <condition_variable>
#include <mutex>

#include <utility>

ServerThreadHost::ServerThreadHost(ServerModel model, const QString &threadName)
    : m_model(model), m_threadName(threadName)
{ }

ServerThreadHost::~ServerThreadHost()
{
    stop();
}

bool ServerThreadHost::start(const ServerOptions &options)
{
    if (m_running) {
        m_errorString = QStringLiteral("the server is already running");
        return false;
    }
    m_errorString.clear();
    m_counters.reset();
    m_responder = std::make_unique<HttpResponder>(options);

    // The listener is made, run and destroyed on the server thread itself, so
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
    m_thread.reset(QThread::create([this, options, &startup] {
        QObject *listener = createListener(options, *m_responder, m_counters);
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
        delete listener; // closes every connection and joins its threads
        m_handOff.release();
    }));
    m_thread->setObjectName(m_threadName);
    m_thread->start();
    std::unique_lock<std::mutex> lock(startup.mutex);
    startup.listened.wait(lock, [&startup] { return startup.done; });
    if (!startup.listening) {
        m_errorString = startup.error;
        lock.unlock();
        stop();
        return false;
    }
    m_port = startup.port;
    m_running = true;
    return true;
}

void ServerThreadHost::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_handOff.acquire();
    m_thread.reset();
    m_responder.reset();
    m_running = false;
    m_port = 0;
}
