#include "serverthreadhost.h"

#include "httpresponder.h"

ServerThreadHost::ServerThreadHost(ServerModel model, const QString &threadName)
    : m_model(model), m_thread(threadName)
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
    quint16 port = 0;
    const bool listening = m_thread.start(
            [this, options] { return createListener(options, *m_responder, m_counters); },
            [this](QObject *listener, QString *errorString, quint16 *bound) {
                return listen(listener, errorString, bound);
            },
            &m_errorString, &port);
    if (!listening) {
        stop();
        return false;
    }
    m_port = port;
    m_running = true;
    return true;
}

void ServerThreadHost::stop()
{
    m_thread.stop();
    m_responder.reset();
    m_running = false;
    m_port = 0;
}
