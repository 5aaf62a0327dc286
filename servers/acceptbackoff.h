#pragma once

// AcceptBackoff: keeps a QTcpServer accepting after it ran out of file
// descriptors. On EMFILE/ENFILE QTcpServer pauses accepting and emits
// acceptError, and never resumes by itself; this resumes it from a timer, as
// nginx does after accept_mutex_delay. Lives in the thread of the QTcpServer it
// watches.

#include <QAbstractSocket>
#include <QObject>
#include <QTimer>

class QTcpServer;
class ServerCounters;

class AcceptBackoff : public QObject
{
    Q_OBJECT
public:
    AcceptBackoff(QTcpServer *server, ServerCounters &counters, int delayMs = 200);

private:
    void onAcceptError(QAbstractSocket::SocketError error);

    QTcpServer *m_server = nullptr;
    ServerCounters &m_counters;
    QTimer m_timer;
    int m_pauses = 0;
};
