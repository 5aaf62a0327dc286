#include "rejectedconnection.h"

#include "httpresponder.h"

#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>
#include <unistd.h>

namespace {

// Long enough for a client on the same network to read the answer and close;
// short enough that a flood over the cap holds few descriptors for it.
constexpr int kLingerMs = 2000;

} // namespace

bool RejectedConnection::answer(qintptr descriptor, QObject *parent)
{
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(int(descriptor));
        delete socket;
        return false;
    }
    new RejectedConnection(socket, parent);
    return true;
}

RejectedConnection::RejectedConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent), m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this,
            [this] { m_socket->skip(m_socket->bytesAvailable()); });
    connect(m_socket, &QTcpSocket::bytesWritten, this, &RejectedConnection::halfCloseWhenWritten);
    // The client closed (or reset): nothing is left to wait for.
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            deleteLater();
    });
    // A client that never closes: the socket is closed with this object.
    QTimer::singleShot(kLingerMs, this, &QObject::deleteLater);

    QByteArray out;
    HttpResponder::appendError(503, out);
    m_socket->write(out);
    m_socket->flush();
    halfCloseWhenWritten();
}

void RejectedConnection::halfCloseWhenWritten()
{
    if (m_halfClosed || m_socket->bytesToWrite() > 0
        || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_halfClosed = true;
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}
