#pragma once

// AsyncConnection: one client of the event-driven server. Reads what the
// socket has, parses every complete request in the buffer in a loop
// (pipelining without recursion), writes the responses, and closes when the
// protocol says so. Lives in the server thread, driven by two socket
// notifiers; the core's idle scan closes it when its deadline passes.
//
// It owns the descriptor and does its own recv()/send() rather than wrap a
// QTcpSocket: QTcpSocket takes the client's FIN as the end of the whole
// connection and drops the answers it has not sent yet, whereas a client
// that half-closed (shutdown(SHUT_WR) after its requests) must still get
// every one; and its read buffer has no bound, whereas here a client that
// pipelines without reading is simply not read from until it catches up.

#include "httprequestparser.h"

#include <QByteArray>
#include <QObject>
#include <QSocketNotifier>

class HttpResponder;
class ServerCounters;

class AsyncConnection : public QObject
{
    Q_OBJECT
public:
    AsyncConnection(qintptr descriptor, const HttpResponder &responder, ServerCounters &counters,
                    int idleTimeoutMs, QObject *parent = nullptr);
    ~AsyncConnection() override;

    // Monotonic ms (QDeadlineTimer clock) after which the connection is closed.
    qint64 deadline() const { return m_deadline; }
    // Closes at once without a reply (idle timeout, server stop, client gone).
    void abort();

    static qint64 nowMs();

signals:
    void finished(AsyncConnection *connection);

private:
    enum class State { Open, Closing, Lingering, Finished };

    void onReadable();
    void onWritable();
    void process();
    bool fillBuffer(); // true when it stopped at the buffer cap
    void flushOutput();
    qsizetype pendingOutput() const { return m_out.size() - m_outSent; }
    void closeAfterResponse(bool afterError);
    void closeWhenFlushed();
    void updateNotifiers();

    int m_fd = -1;
    QSocketNotifier m_readNotifier;
    QSocketNotifier m_writeNotifier;
    const HttpResponder &m_responder;
    ServerCounters &m_counters;
    HttpRequestParser m_parser;
    QByteArray m_in;
    QByteArray m_out;
    qsizetype m_outSent = 0; // bytes of m_out the kernel has taken
    int m_idleTimeoutMs = 10000;
    qint64 m_deadline = 0;
    State m_state = State::Open;
    bool m_afterError = false;
    bool m_peerClosed = false; // the client sent FIN (maybe only half-closed)
    // The kernel had nothing more when last asked; the next readable
    // notification clears it. Saves a recv() that would say EAGAIN after
    // every keep-alive request.
    bool m_drained = false;
    bool m_failed = false; // reset or another error: nothing more can be sent
};
