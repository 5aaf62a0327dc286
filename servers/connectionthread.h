#pragma once

// ConnectionThread: serves one connection of the thread-per-connection model
// with blocking I/O, then ends. The QTcpSocket is created inside run() from the
// descriptor that QTcpServer::incomingConnection() handed over (Qt's threaded
// fortune server pattern). interrupt() may be called from any thread: it shuts
// the socket down so a blocking wait returns at once.

#include <QMutex>
#include <QThread>

class QTcpSocket;
class HttpResponder;
class ServerCounters;

class ConnectionThread : public QThread
{
    Q_OBJECT
public:
    ConnectionThread(qintptr descriptor, const HttpResponder &responder, ServerCounters &counters,
                     int idleTimeoutMs, QObject *parent = nullptr);

    void interrupt();

protected:
    void run() override;

private:
    void serve(QTcpSocket &socket);
    static qint64 readSome(QTcpSocket &socket, QByteArray &in); // -1 at EOF or error
    bool writeAll(QTcpSocket &socket, QByteArray &out, qint64 deadline);
    void linger(QTcpSocket &socket);

    const qintptr m_descriptor;
    const HttpResponder &m_responder;
    ServerCounters &m_counters;
    const int m_idleTimeoutMs;
    QMutex m_mutex; // guards the descriptor between interrupt() and close
    bool m_descriptorOpen = true;
    bool m_interrupted = false;
};
