#include "serverthreadhost.h"

#include "httpresponder.h"

#include <QObject>
#include <QThread>

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
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(m_threadName);
    m_thread->start();

    m_listener = createListener(options, *m_responder, m_counters);
    m_listener->moveToThread(m_thread.get());
    bool listening = false;
    quint16 port = 0;
    QString error;
    QMetaObject::invokeMethod(
            m_listener, [&] { listening = listen(m_listener, &error, &port); },
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

void ServerThreadHost::stop()
{
    if (!m_thread)
        return;
    if (m_listener) {
        QObject *listener = std::exchange(m_listener, nullptr);
        // Destroyed in its own thread: its sockets' notifiers belong there.
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
