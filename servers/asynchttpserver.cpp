#include "asynchttpserver.h"

#include "asyncservercore.h"
#include "httpresponder.h"

#include <QThread>

AsyncHttpServer::AsyncHttpServer() = default;

AsyncHttpServer::~AsyncHttpServer()
{
    stop();
}

bool AsyncHttpServer::start(const ServerOptions &options)
{
    if (m_running) {
        m_errorString = QStringLiteral("the server is already running");
        return false;
    }
    m_errorString.clear();
    m_counters.reset();
    m_responder = std::make_unique<HttpResponder>(options);
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("async-server"));
    m_thread->start();

    // The core lives and dies in the server thread; only its constructor
    // runs here, and it creates no socket.
    m_core = new AsyncServerCore(options, *m_responder, m_counters);
    m_core->moveToThread(m_thread.get());
    bool listening = false;
    quint16 port = 0;
    QString error;
    QMetaObject::invokeMethod(
            m_core,
            [&] {
                listening = m_core->listen(&error);
                port = m_core->port();
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

void AsyncHttpServer::stop()
{
    if (!m_thread)
        return;
    if (m_core) {
        AsyncServerCore *core = std::exchange(m_core, nullptr);
        // Destroyed in its own thread: the sockets' notifiers belong there.
        QMetaObject::invokeMethod(
                core, [core] { delete core; }, Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_responder.reset();
    m_running = false;
    m_port = 0;
}
