#pragma once

// SocketWorker: one worker thread of the socket engine. It drives its share
// of the connections with non-blocking sockets and one epoll instance
// (wrk-shaped: a plain struct per connection, one failure path), takes
// request unstarted from the run's shared counter so n is divided exactly, and
// keeps its own counters, merged once by SocketEngine at the end. run() is
// called on the worker thread; progress counters may be read from any thread.

#include "httpresponseparser.h"
#include "runresult.h"
#include "workertally.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <atomic>
#include <vector>

#include <sys/socket.h>

// What every worker of one run shares; read-only during the run, except for
// the atomics.
struct SocketRunShared
{
    sockaddr_storage address {};
    socklen_t addressLength = 0;
    QByteArray request; // the exact bytes of one request
    bool headRequest = false;
    bool keepAlive = false;
    qint64 timeoutUs = 30'000'000;
    qint64 timeLimitUs = 0; // 0 = none; since the run's start
    qint64 originNs = 0; // steady-clock origin of the run
    std::atomic<qint64> unstarted {0}; // requests not yet started
    std::atomic<bool> *cancel = nullptr;
};

class SocketWorker : public WorkerTally
{
public:
    explicit SocketWorker(SocketRunShared &shared, int connections);
    ~SocketWorker();
    SocketWorker(const SocketWorker &) = delete;
    SocketWorker &operator=(const SocketWorker &) = delete;

    void run(); // on the worker thread; returns when its connections are done

    static qint64 nowUs(qint64 originNs);

    // Run-level errors beyond the tally, valid after run() returned.
    int firstConnectErrno = 0;
    int firstReceiveErrno = 0;
    QString firstException;
    bool emfile = false;

private:
    enum class Phase { Idle, Connecting, Writing, Reading };
    enum class Failure { Connect, Receive, Exception };
    enum class SendStatus { Done, WouldBlock, Failed };
    struct Connection
    {
        int fd = -1;
        Phase phase = Phase::Idle;
        qsizetype written = 0;
        HttpResponseParser parser;
        qint64 startUs = 0;
        qint64 connectedUs = 0;
        qint64 endWriteUs = 0;
        qint64 beginReadUs = 0;
        qint64 deadlineUs = 0;
        qint64 bytesRead = 0;
        bool reused = false; // a response already finished on this connection
        bool wantOut = false; // EPOLLOUT is in the interest set
    };

    void nextRequest(Connection &c);
    void beginRequest(Connection &c, bool freshConnection);
    void openConnection(Connection &c);
    void handleEvent(Connection &c, quint32 events);
    void writeRequest(Connection &c);
    SendStatus sendSome(Connection &c);
    bool setInterest(Connection &c, bool wantOut, int operation);
    void readResponse(Connection &c);
    void completeResponse(Connection &c, bool keepAliveDone, bool reuse);
    void drainReady();
    void failRequest(Connection &c, Failure kind, int error = 0);
    bool retryOnFreshConnection(Connection &c);
    void closeConnection(Connection &c);
    void scanDeadlines();
    void countTimeline(bool failed);

    SocketRunShared &m_shared;
    std::vector<Connection> m_connections;
    std::vector<char> m_buffer;
    std::vector<quint32> m_ready; // connections waiting for their next request
    int m_epoll = -1;
    int m_active = 0; // connections with a request in flight
    qint64 m_nowUs = 0;
    bool m_stopping = false;
};
