#pragma once

// ConnectionThread: serves one connection of the thread-per-connection model
// with blocking I/O, then ends. It works on the descriptor that
// QTcpServer::incomingConnection() handed over with poll(), recv() and send()
// rather than a QTcpSocket: QTcpSocket treats the client's FIN as the end of
// the whole connection and drops what it still had to send, whereas a
// half-closed client (shutdown(SHUT_WR) after its request) must still get
// every answer. interrupt() may be called from any thread: it shuts the
// socket down so a blocking wait returns at once.

#include "threadhandoff.h"

#include <QMutex>
#include <QThread>

class HttpResponder;
class ServerCounters;

class ConnectionThread : public QThread
{
    Q_OBJECT
public:
    ConnectionThread(qintptr descriptor, const HttpResponder &responder, ServerCounters &counters,
                     int idleTimeoutMs, QObject *parent = nullptr);

    void interrupt();
    // Waits for run() to end and makes its writes visible to the caller, who
    // may then delete this object.
    void join();

protected:
    void run() override;

private:
    void serve(int fd);
    static qint64 readSome(int fd, QByteArray &in); // 0 when nothing waits, -1 at EOF or error
    bool writeAll(int fd, QByteArray &out, qint64 deadline);
    void linger(int fd);

    const qintptr m_descriptor;
    const HttpResponder &m_responder;
    ServerCounters &m_counters;
    const int m_idleTimeoutMs;
    QMutex m_mutex; // guards the descriptor between interrupt() and close
    bool m_descriptorOpen = true;
    bool m_interrupted = false;
    ThreadHandOff m_handOff; // run()'s last writes, seen by join()
};
