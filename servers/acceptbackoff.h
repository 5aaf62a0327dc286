#pragma once

// AcceptBackoff: keeps a QTcpServer accepting after it ran out of file
// descriptors. On EMFILE/ENFILE QTcpServer pauses accepting and emits
// acceptError, and never resumes by itself (research/reliability.md §4); this
// resumes it from a timer, as nginx does after accept_mutex_delay. Lives in the
// thread of the QTcpServer it watches.

#include <QAbstractSocket>
#include <QObject>
#include <QTimer>

class QTcpServer;

class AcceptBackoff : public QObject
{
    Q_OBJECT
public:
    explicit AcceptBackoff(QTcpServer *server, int delayMs = 200);

    int pauses() const { return m_pauses; }

private:
    void onAcceptError(QAbstractSocket::SocketError error);

    QTcpServer *m_server = nullptr;
    QTimer m_timer;
    int m_pauses = 0;
};
