#include "reactorloop.h"

#include "asyncservercore.h"
#include "httpresponder.h"
#include "servercounters.h"

#include <QEventLoop>
#include <QThread>

#include <condition_variable>
#include <mutex>

ReactorLoop::ReactorLoop(int index) : m_index(index) { }

ReactorLoop::~ReactorLoop()
{
    stop();
}

bool ReactorLoop::start(int descriptor, const ServerOptions &options,
                        const HttpResponder &responder, ServerCounters &counters,
                        QString *errorString)
{
    m_accepted = 0;
    // As in ServerThreadHost: the core is made, run and destroyed on the loop
    // thread, and start() waits on a std::mutex that ThreadSanitizer sees.
    struct Startup
    {
        std::mutex mutex;
        std::condition_variable listened;
        bool done = false;
        bool listening = false;
        QString error;
    } startup;
    m_thread.reset(QThread::create([this, descriptor, options, &responder, &counters, &startup] {
        auto *core = new AsyncServerCore(options, responder, counters);
        core->countAcceptsIn(&m_accepted);
        QString error;
        const bool listening = core->listen(&error, descriptor);
        {
            const std::lock_guard<std::mutex> lock(startup.mutex);
            startup.done = true;
            startup.listening = listening;
            startup.error = error;
            startup.listened.notify_one();
        } // startup is gone once start() returns: not touched again
        if (listening) {
            QEventLoop loop; // until stop() calls quit(), even if it already has
            loop.exec();
        }
        delete core; // closes its socket and every connection
        m_handOff.release();
    }));
    m_thread->setObjectName(QStringLiteral("reactor-loop-%1").arg(m_index));
    m_thread->start();
    std::unique_lock<std::mutex> lock(startup.mutex);
    startup.listened.wait(lock, [&startup] { return startup.done; });
    if (!startup.listening) {
        *errorString = startup.error;
        lock.unlock();
        stop();
        return false;
    }
    return true;
}

void ReactorLoop::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_handOff.acquire();
    m_thread.reset();
}
