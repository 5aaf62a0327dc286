#pragma once

// FaultServer: a small HTTP/1.0 server for the engine tests, in its own
// thread with its own event loop, that misbehaves on purpose (silent, short
// body, garbage, reset, ...), does so only after a number of good answers, or
// holds every response until a number of requests wait at once (to prove a
// client's concurrency). It counts requests, connections and the peak of
// simultaneous connections.

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <semaphore>

#include <sys/socket.h>

class FaultServer : public QThread
{
public:
    enum class Mode {
        Normal, // 200, "hello", keep-alive when asked
        Silent, // accepts, reads, never answers
        ShortBody, // Content-Length 100, sends 3 bytes, closes
        Garbage, // not HTTP
        Reset, // RST instead of an answer
        Barrier, // answers only once `barrier` requests wait (or after 3 s)
        Chunked, // HTTP/1.1 chunked body, then close
        CloseDelimited, // no Content-Length: the body ends at the close
        VaryingLength, // body length alternates 5 / 6 bytes
        AnswerThenSilent, // the first `count` requests as Normal with a close, then no answers
        AnswerThenRefuse, // the first `count` connections as above, then it stops listening
        CloseMidBody, // Content-Length 100, sends 3 bytes, closes 50 ms later
        ResetMidBody, // the same, with RST instead of the close
    };

    // count: for Barrier, how many requests must wait at once; for the
    // AnswerThen modes, how many are answered.
    explicit FaultServer(Mode mode, int count = 0) : m_mode(mode), m_count(count)
    {
        start();
        m_ready.acquire();
    }
    ~FaultServer() override
    {
        quit();
        wait();
    }

    quint16 port() const { return m_port.load(); }
    int peak() const { return m_peak.load(); }
    int requests() const { return m_requests.load(); }
    int connections() const { return m_connections.load(); }
    QByteArray firstRequest() const
    {
        QMutexLocker lock(&m_mutex);
        return m_firstRequest;
    }

    static QByteArray normalResponse(bool keepAlive, bool head = false)
    {
        return QByteArray("HTTP/1.0 200 OK\r\nServer: fault/1.0\r\nContent-Length: 5\r\n")
                + (keepAlive ? QByteArray("Connection: Keep-Alive\r\n") : QByteArray()) + "\r\n"
                + (head ? QByteArray() : QByteArray("hello"));
    }

protected:
    void run() override
    {
        QTcpServer server;
        // One accepted at a time: Qt otherwise accepts a batch, and a connection
        // accepted past the last answered one would see a close, not a refusal.
        if (m_mode == Mode::AnswerThenRefuse)
            server.setMaxPendingConnections(1);
        server.listen(QHostAddress::LocalHost, 0);
        m_port.store(server.serverPort());
        QList<QPointer<QTcpSocket>> held;
        QTimer holdTimer;
        holdTimer.setSingleShot(true);
        auto releaseHeld = [&held, this] {
            for (const QPointer<QTcpSocket> &s : std::as_const(held)) {
                if (s) {
                    s->write(normalResponse(false));
                    s->disconnectFromHost();
                }
            }
            held.clear();
        };
        QObject::connect(&holdTimer, &QTimer::timeout, &server, releaseHeld);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                const int accepted = ++m_connections;
                if (m_mode == Mode::AnswerThenRefuse && accepted == m_count)
                    server.close();
                const int now = ++m_current;
                int peak = m_peak.load();
                while (now > peak && !m_peak.compare_exchange_weak(peak, now)) { }
                QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                    --m_current;
                    socket->deleteLater();
                });
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(
                        socket, &QTcpSocket::readyRead, socket,
                        [=, this, &held, &holdTimer]() mutable {
                            *buffer += socket->readAll();
                            for (;;) {
                                const qsizetype end = buffer->indexOf("\r\n\r\n");
                                if (end < 0)
                                    return;
                                QByteArray request = buffer->left(end + 4);
                                qsizetype length = 0;
                                const qsizetype cl = request.toLower().indexOf("content-length:");
                                if (cl >= 0)
                                    length = request.mid(cl + 15,
                                                         request.indexOf('\r', cl) - cl - 15)
                                                     .trimmed()
                                                     .toLongLong();
                                if (buffer->size() < end + 4 + length)
                                    return;
                                request = buffer->left(end + 4 + length);
                                buffer->remove(0, end + 4 + length);
                                answer(socket, request, held, holdTimer);
                            }
                        });
            }
        });
        m_ready.release();
        exec();
        releaseHeld();
    }

private:
    void answer(QTcpSocket *socket, const QByteArray &request, QList<QPointer<QTcpSocket>> &held,
                QTimer &holdTimer)
    {
        const int number = ++m_requests;
        {
            QMutexLocker lock(&m_mutex);
            if (m_firstRequest.isEmpty())
                m_firstRequest = request;
        }
        const bool keepAlive = request.toLower().contains("connection: keep-alive");
        const bool head = request.startsWith("HEAD ");
        switch (m_mode) {
        case Mode::Normal:
            socket->write(normalResponse(keepAlive, head));
            if (!keepAlive)
                socket->disconnectFromHost();
            break;
        case Mode::Silent:
            break;
        case Mode::ShortBody:
            socket->write("HTTP/1.0 200 OK\r\nContent-Length: 100\r\n\r\nabc");
            socket->disconnectFromHost();
            break;
        case Mode::Garbage:
            socket->write("GARBAGE\r\n\r\n");
            socket->disconnectFromHost();
            break;
        case Mode::Reset:
            reset(socket);
            break;
        case Mode::Barrier:
            held.append(socket);
            if (held.size() >= m_count) {
                holdTimer.stop();
                for (const QPointer<QTcpSocket> &s : std::as_const(held)) {
                    if (s) {
                        s->write(normalResponse(false));
                        s->disconnectFromHost();
                    }
                }
                held.clear();
            } else if (!holdTimer.isActive()) {
                holdTimer.start(3000);
            }
            break;
        case Mode::Chunked:
            socket->write(
                    "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    "5\r\nhello\r\n0\r\n\r\n");
            socket->disconnectFromHost();
            break;
        case Mode::CloseDelimited:
            socket->write("HTTP/1.0 200 OK\r\n\r\nhello world");
            socket->disconnectFromHost();
            break;
        case Mode::VaryingLength:
            socket->write(number % 2 ? "HTTP/1.0 200 OK\r\nContent-Length: 5\r\n\r\nhello"
                                     : "HTTP/1.0 200 OK\r\nContent-Length: 6\r\n\r\nhello!");
            socket->disconnectFromHost();
            break;
        case Mode::AnswerThenSilent:
            if (number > m_count)
                break;
            [[fallthrough]];
        case Mode::AnswerThenRefuse:
            socket->write(normalResponse(false));
            socket->disconnectFromHost();
            break;
        case Mode::CloseMidBody:
        case Mode::ResetMidBody:
            socket->write("HTTP/1.0 200 OK\r\nContent-Length: 100\r\n\r\nabc");
            socket->flush();
            // Later, so that the client has read what was sent first: a reset
            // drops what the client has not read yet.
            QTimer::singleShot(50, socket, [this, socket] {
                if (m_mode == Mode::ResetMidBody)
                    reset(socket);
                else
                    socket->disconnectFromHost();
            });
            break;
        }
    }

    static void reset(QTcpSocket *socket)
    {
        linger l {1, 0};
        setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &l, sizeof(l));
        socket->abort(); // emits disconnected(), which deletes it
    }

    const Mode m_mode;
    const int m_count;
    std::binary_semaphore m_ready {0};
    std::atomic<quint16> m_port {0};
    std::atomic<int> m_current {0};
    std::atomic<int> m_peak {0};
    std::atomic<int> m_requests {0};
    std::atomic<int> m_connections {0};
    mutable QMutex m_mutex;
    QByteArray m_firstRequest;
};
