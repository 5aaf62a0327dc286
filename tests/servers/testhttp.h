#pragma once

// Test helpers shared by the server tests: a response splitter and a blocking
// raw-socket exchange. They run on the test thread while the server under
// test runs in its own threads, so blocking waits are safe here.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QTcpSocket>

namespace testhttp {

struct Response
{
    int status = 0;
    QByteArray head;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

// Takes one complete response (framed by Content-Length) off the front of
// buffer; false if it is not all there yet. HEAD responses carry no body.
inline bool takeResponse(QByteArray &buffer, Response *response, bool headRequest = false)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    Response r;
    r.head = buffer.left(end);
    if (!r.head.startsWith("HTTP/1.1 "))
        return false;
    r.status = r.head.mid(9, 3).toInt();
    const qsizetype length = headRequest ? 0 : r.header("Content-Length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return false;
    r.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    *response = r;
    return true;
}

struct Exchange
{
    QList<Response> responses;
    bool closedByServer = false;
    QByteArray leftover; // bytes that did not form a response
};

// Connects, sends request, and reads until `expected` responses arrived and
// (if waitForClose) the server closed, or timeoutMs passed.
inline Exchange exchange(quint16 port, const QByteArray &request, int expected,
                         bool waitForClose = false, int timeoutMs = 10000, bool head = false)
{
    Exchange result;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return result;
    socket.write(request);
    QByteArray buffer;
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        Response response;
        while (takeResponse(buffer, &response, head))
            result.responses.append(response);
        if (socket.state() != QAbstractSocket::ConnectedState) {
            result.closedByServer = true;
            break;
        }
        if (result.responses.size() >= expected && !waitForClose)
            break;
        if (deadline.hasExpired())
            break;
        if (socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            buffer += socket.readAll();
        else if (socket.state() != QAbstractSocket::ConnectedState)
            buffer += socket.readAll();
    }
    result.leftover = buffer;
    return result;
}

} // namespace testhttp
