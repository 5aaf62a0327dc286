#include "acceptbackoff.h"

#include "servercounters.h"
#include "serverslog.h"

#include <QTcpServer>

AcceptBackoff::AcceptBackoff(QTcpServer *server, ServerCounters &counters, int delayMs)
    : QObject(server), m_server(server), m_counters(counters)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_server->isListening())
            m_server->resumeAccepting();
    });
    connect(server, &QTcpServer::acceptError, this, &AcceptBackoff::onAcceptError);
}

void AcceptBackoff::onAcceptError(QAbstractSocket::SocketError error)
{
    // QTcpServer has already called pauseAccepting() for a resource error;
    // pause for any other error too so a persistent one cannot spin.
    m_server->pauseAccepting();
    if (!m_timer.isActive()) {
        m_counters.acceptPaused();
        if (m_pauses++ % 100 == 0) {
            qCWarning(lcServers) << "accept failed:" << error << m_server->errorString()
                                 << "- resuming in" << m_timer.interval() << "ms";
        }
        m_timer.start();
    }
}
