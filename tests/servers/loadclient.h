#pragma once

// LoadClient: `concurrency` plain QTcpSockets on the test thread's event loop
// that together make `total` GET / requests, each checked (status 200 and the
// course server's body). HTTP/1.0 opens a connection per request, as ab does;
// keep-alive reuses each connection (HTTP/1.1).

#include "testhttp.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpSocket>

#include <memory>
#include <vector>

// No Q_OBJECT: a header outside the target's sources is not seen by moc, and
// lambdas need none.
class LoadClient : public QObject
{
public:
    LoadClient(quint16 port, int total, int concurrency, bool keepAlive)
        : m_port(port), m_total(total), m_concurrency(concurrency), m_keepAlive(keepAlive)
    { }

    ~LoadClient() override
    {
        for (const auto &slot : m_slots) {
            if (slot->socket)
                slot->socket->disconnect(this);
        }
    }

    void start()
    {
        for (int i = 0; i < m_concurrency; ++i) {
            m_slots.push_back(std::make_unique<Slot>());
            launch(m_slots.back().get());
        }
    }

    int succeeded() const { return m_succeeded; }
    int failed() const { return m_failed; }
    int finished() const { return m_succeeded + m_failed; }
    int connections() const { return m_connections; }
    QByteArray lastFailure() const { return m_lastFailure; }

private:
    struct Slot
    {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray buffer;
        bool pendingClose = false;
    };

    QByteArray request() const
    {
        return m_keepAlive ? QByteArray("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                           : QByteArray("GET / HTTP/1.0\r\nHost: 127.0.0.1\r\nAccept: */*\r\n\r\n");
    }

    void launch(Slot *slot)
    {
        if (m_started >= m_total)
            return;
        ++m_started;
        if (slot->socket && slot->socket->state() == QAbstractSocket::ConnectedState) {
            slot->socket->write(request());
            return;
        }
        if (slot->socket) {
            slot->socket->disconnect(this);
            slot->socket.release()->deleteLater();
        }
        slot->buffer.clear();
        slot->socket = std::make_unique<QTcpSocket>();
        ++m_connections;
        QTcpSocket *socket = slot->socket.get();
        connect(socket, &QTcpSocket::connected, this, [this, socket] { socket->write(request()); });
        connect(socket, &QTcpSocket::readyRead, this, [this, slot] { onData(slot, false); });
        connect(socket, &QTcpSocket::disconnected, this, [this, slot] { onData(slot, true); });
        connect(socket, &QTcpSocket::errorOccurred, this,
                [this, slot](QAbstractSocket::SocketError error) {
                    if (error != QAbstractSocket::RemoteHostClosedError)
                        fail(slot, "socket error " + QByteArray::number(int(error)));
                });
        socket->connectToHost(QHostAddress::LocalHost, m_port);
    }

    void onData(Slot *slot, bool closed)
    {
        slot->buffer += slot->socket->readAll();
        testhttp::Response response;
        if (testhttp::takeResponse(slot->buffer, &response)) {
            if (response.status != 200 || response.body != "Ini Adalah web Server percobaan")
                return fail(slot, response.head);
            const bool serverCloses = response.header("Connection") == "close";
            if (m_keepAlive == serverCloses)
                return fail(slot, "wrong Connection header: " + response.head);
            ++m_succeeded;
            if (m_keepAlive)
                launch(slot);
            else if (closed)
                launch(slot);
            else
                slot->pendingClose = true;
            return;
        }
        if (closed) {
            if (slot->pendingClose) {
                slot->pendingClose = false;
                launch(slot);
            } else {
                fail(slot, "closed before a whole response");
            }
        }
    }

    void fail(Slot *slot, const QByteArray &why)
    {
        ++m_failed;
        m_lastFailure = why;
        slot->socket->disconnect(this);
        slot->socket->abort();
        launch(slot);
    }

    quint16 m_port = 0;
    int m_total = 0;
    int m_concurrency = 0;
    bool m_keepAlive = false;
    int m_started = 0;
    int m_succeeded = 0;
    int m_failed = 0;
    int m_connections = 0;
    QByteArray m_lastFailure;
    std::vector<std::unique_ptr<Slot>> m_slots;
};
