#include "threadedhttpserver.h"

#include "httpresponder.h"
#include "threadedlistener.h"

#include <QThread>

ThreadedHttpServer::ThreadedHttpServer() = default;

ThreadedHttpServer::~ThreadedHttpServer()
{
    stop();
}

bool ThreadedHttpServer::start(const ServerOptions &options)
{
    if (m_running) {
        m_errorString = QStringLiteral("the server is already running");
        return false;
    }
    m_errorString.clear();
    m_counters.reset();
    m_responder = std::make_unique<HttpResponder>(options);
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("thread-server-listener"));
    m_thread->start();

    m_listener = new ThreadedListener(options, *m_responder, m_counters);
    m_listener->moveToThread(m_thread.get());
    bool listening = false;
    quint16 port = 0;
    QString error;
    QMetaObject::invokeMethod(
            m_listener,
            [&] {
                listening = m_listener->start(&error);
                port = m_listener->serverPort();
            },
            Qt::BlockingQueuedConnection);
    if (!listening) {
        m_errorString = error;
        stop();
        return false;
    }
    m_port = port;
    m_running = true;
    return true;
}

void ThreadedHttpServer::stop()
{
    if (!m_thread)
        return;
    if (m_listener) {
        ThreadedListener *listener = std::exchange(m_listener, nullptr);
        // Interrupts and joins every connection thread, in the listener's thread.
        QMetaObject::invokeMethod(
                listener, [listener] { delete listener; }, Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_responder.reset();
    m_running = false;
    m_port = 0;
}
