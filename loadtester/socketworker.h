#pragma once

// SocketWorker: one worker thread of the socket engine. It drives its share
// of the connections with non-blocking sockets and one level-triggered epoll
// instance, and follows ab's connection logic step by step (support/ab.c's
// start_connect, write_request, read_connection, close_connection and the
// poll loop): the same system calls in the same order, so a fragile server
// meets the same client and the counters come out as ab's. Counters that ab
// keeps globally (started, done, good, bad, the document length) live in
// SocketRunShared; the rest are the worker's own, merged once by
// SocketEngine at the end. run() is called on the worker thread; progress
// counters may be read from any thread.

#include "httpresponseparser.h"
#include "loadtest.h"
#include "runresult.h"
#include "socketrunshared.h"
#include "workertally.h"

#include <QByteArray>

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

class SocketWorker : public WorkerTally
{
public:
    // firstIndex: the run-wide index of this worker's first connection; the
    // connection with index 0 starts alone, the others once it has read a
    // response header (ab's requests_initialized).
    SocketWorker(SocketRunShared &shared, int connections, int firstIndex);
    ~SocketWorker();
    SocketWorker(const SocketWorker &) = delete;
    SocketWorker &operator=(const SocketWorker &) = delete;

    void run(); // on the worker thread; returns when the run is over

    static qint64 nowUs(qint64 originNs);

    // Beyond the tally, valid after run() returned.
    qint64 lengthFailures = 0;
    qint64 headerTooLarge = 0;
    int firstConnectErrno = 0;
    int firstReceiveErrno = 0;
    bool emfile = false;

private:
    // ab's connect_state_e.
    enum class State { Unconnected, Connecting, Connected, Read };
    struct Connection
    {
        int fd = -1;
        State state = State::Unconnected;
        quint32 interest = 0; // epoll events registered; 0 = not in the set
        qsizetype written = 0; // ab's rwrote
        qsizetype remaining = 0; // ab's rwrite: 0 before the request's first write
        quint32 generation = 0; // counts sockets, so a stale pending event is dropped
        qint64 startUs = 0;
        qint64 connectUs = 0;
        qint64 endWriteUs = 0;
        qint64 beginReadUs = 0;
        qint64 read = 0; // bytes read for this response
        qint64 bread = 0; // body bytes: everything after the header block
        qint64 length = 0; // Content-Length of a kept-alive response
        bool keepAlive = false; // this response keeps the connection
        bool gotHeader = false;
        bool reused = false; // Framing::Http: a response already ended here
        std::string header; // ab's cbuff: the head as it arrives, at most 2047 bytes
        HttpResponseParser parser; // Framing::Http only
    };

    // Aborted, or stopped before n were done (-t, cancel): drop the rest.

    bool stoppedEarly() const;

    void startConnect(Connection &c);
    void writeRequest(Connection &c);
    void readConnection(Connection &c);
    void closeConnection(Connection &c, qint64 good);
    void handleEvent(Connection &c, quint32 events);
    void headerComplete(Connection &c, std::string_view text, qsizetype end, qsizetype terminator);
    void finishKeptAlive(Connection &c);
    void countLength(const Connection &c, qint64 good);
    bool httpFramed(Connection &c, const char *data, qsizetype size);
    void httpClosed(Connection &c);
    void receiveError(Connection &c, int error);
    void connectFailed(Connection &c, int error);
    void loseRequest();
    void recordDone(const Connection &c, bool keptAlive);
    void setInterest(Connection &c, quint32 events);
    void closeSocket(Connection &c);
    void startOthers();
    void scanDeadlines();
    void trace(const QByteArray &text) const;

    SocketRunShared &m_shared;
    std::vector<Connection> m_connections;
    std::vector<char> m_buffer;
    std::array<qint64, 1000> m_statusCounts {}; // folded into statusCounts at the end
    int m_firstIndex = 0;
    int m_epoll = -1;
    qint64 m_nowUs = 0;
    bool m_othersStarted = false;
};
