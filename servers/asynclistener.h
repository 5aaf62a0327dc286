#pragma once

// AsyncListener: the event-driven model's listening socket. It hands each
// accepted descriptor straight to the core instead of wrapping it in a
// QTcpSocket itself, so each AsyncConnection owns it and does its own
// recv()/send(): a response is written with one send() and no write-notifier
// round trip through the event loop. Lives in the server thread.

#include <QTcpServer>

class AsyncListener : public QTcpServer
{
    Q_OBJECT
public:
    explicit AsyncListener(QObject *parent = nullptr) : QTcpServer(parent) { }

signals:
    void descriptorAccepted(qintptr descriptor);

protected:
    void incomingConnection(qintptr descriptor) override { emit descriptorAccepted(descriptor); }
};
