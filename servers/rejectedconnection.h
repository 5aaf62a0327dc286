#pragma once

// RejectedConnection: a connection accepted over the connection cap. It
// answers 503 at once, then closes so that the client can read the answer:
// half-close, drain what the client sends until it closes or a short linger
// passes, then close. Closing with the client's request still unread makes
// the kernel send a reset that discards the 503 (RFC 9112 §9.6): the client
// would see "connection reset by peer" instead of "server busy". Lives in the
// accepting thread, which runs an event loop; deletes itself when done, or
// goes with its parent when the server stops.

#include <QObject>

class QTcpSocket;

class RejectedConnection : public QObject
{
    Q_OBJECT
public:
    // Takes the descriptor; false (descriptor closed) if it cannot be used.
    static bool answer(qintptr descriptor, QObject *parent);

private:
    RejectedConnection(QTcpSocket *socket, QObject *parent);

    void halfCloseWhenWritten();

    QTcpSocket *m_socket = nullptr;
    bool m_halfClosed = false;
};
