#pragma once

// BlockingConnection: serves one connection with blocking I/O until the
// client closes, a request asks to close, or the idle deadline passes; shared
// by the thread-per-connection and the pool models. It works on the
// descriptor with poll(), recv() and send() rather than a QTcpSocket:
// QTcpSocket treats the client's FIN as the end of the whole connection and
// drops what it still had to send, whereas a half-closed client
// (shutdown(SHUT_WR) after its request) must still get every answer. Runs on
// the serving thread; the caller closes the descriptor afterwards.

#include <QByteArray>

class HttpResponder;
class ServerCounters;

class BlockingConnection
{
public:
    BlockingConnection(const HttpResponder &responder, ServerCounters &counters, int idleTimeoutMs);

    void serve(int fd);

private:
    static qint64 readSome(int fd, QByteArray &in); // 0 when nothing waits, -1 at EOF or error
    bool writeAll(int fd, QByteArray &out, qint64 deadline);
    void linger(int fd);

    const HttpResponder &m_responder;
    ServerCounters &m_counters;
    const int m_idleTimeoutMs;
};
