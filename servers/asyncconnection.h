#pragma once

// AsyncConnection: one client of the event-driven server. Reads what the
// socket has, parses every complete request in the buffer in a loop
// (pipelining without recursion), writes the responses, and closes when the
// protocol says so. Lives in the server thread, driven by its socket's
// signals; the core's idle scan closes it when its deadline passes.

#include "httprequestparser.h"

#include <QByteArray>
#include <QObject>

class QTcpSocket;
class HttpResponder;
class ServerCounters;

class AsyncConnection : public QObject
{
    Q_OBJECT
public:
    AsyncConnection(QTcpSocket *socket, const HttpResponder &responder, ServerCounters &counters,
                    int idleTimeoutMs, QObject *parent = nullptr);
    ~AsyncConnection() override;

    // Monotonic ms (QDeadlineTimer clock) after which the connection is closed.
    qint64 deadline() const { return m_deadline; }
    // Closes at once without a reply (idle timeout, server stop).
    void abort();

    static qint64 nowMs();

signals:
    void finished(AsyncConnection *connection);

private:
    enum class State { Open, Closing, Lingering, Disconnecting, Finished };

    void onReadyRead();
    void onBytesWritten();
    void process();
    bool fillBuffer(); // true when it stopped at the buffer cap
    void flushOutput();
    void closeAfterError();
    void startLingering();
    void finish();

    QTcpSocket *m_socket = nullptr;
    const HttpResponder &m_responder;
    ServerCounters &m_counters;
    HttpRequestParser m_parser;
    QByteArray m_in;
    QByteArray m_out;
    int m_idleTimeoutMs = 10000;
    qint64 m_deadline = 0;
    State m_state = State::Open;
    bool m_afterError = false;
    bool m_processing = false;
};
