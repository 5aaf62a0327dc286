#pragma once

// LoadTest: one load run's configuration (ab's options, with ab's meaning),
// a plain value copied into the engine's thread. The defaults follow ab's
// rules (support/ab.c); Framing::Http and timeoutPerRequest are serverbench's
// own, more forgiving rules, and only apply when asked for.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

enum class EngineKind { Socket, Qnam, Locust };

// How the end of a response is found.
//  Ab:   as ab: without -k (or when the server does not say Keep-Alive) the
//        response ends when the server closes; with -k, at Content-Length.
//  Http: RFC 9112 framing (Content-Length, chunked, close), so a server that
//        keeps an HTTP/1.0 connection open still completes.
enum class Framing { Ab, Http };

QString engineKindKey(EngineKind kind); // "socket" / "qnam" / "locust"
std::optional<EngineKind> engineKindFromKey(const QString &key);
QList<EngineKind> allEngineKinds(); // in the order menus and --help list them

struct LoadTest
{
    // The most connections a test may open (Debian ab's MAX_CONCURRENCY).
    static constexpr int kMaxConcurrency = 200000;

    QUrl url;
    qint64 requests = 1; // ab -n
    int concurrency = 1; // ab -c
    bool keepAlive = false; // ab -k; off = HTTP/1.0, one connection per request
    double timeoutSec = 30; // ab -s: this long without any event aborts the run
    double timeLimitSec = 0; // ab -t; 0 = none
    QByteArray method = "GET"; // any token: GET, HEAD (-i), POST (-p), PUT (-u), -m
    bool sendBody = false; // -p / -u: body follows, with Content-length and Content-type
    QByteArray body; // POST/PUT body
    QByteArray contentType; // ab -T (ab's default: text/plain)
    QList<QPair<QByteArray, QByteArray>> headers; // ab -H, in order
    QList<QByteArray> cookies; // ab -C name=value, in order
    QByteArray basicAuth; // ab -A user:pass (sent base64-encoded)
    QByteArray proxyAuth; // ab -P user:pass
    QString proxyHost; // ab -X host:port; empty = no proxy
    quint16 proxyPort = 0;
    QString bindAddress; // ab -B: local address for outgoing connections
    int windowSize = 0; // ab -b: SO_SNDBUF/SO_RCVBUF; 0 = the system's
    int verbosity = 0; // ab -v: 2 prints each response header, 3 the status codes

    // ab's rules, and the explicit ways out of them.
    bool receiveErrorsAbort = true; // ab: a receive error ends the test; -r counts it
    bool variableLength = false; // ab -l: no Length failures
    Framing framing = Framing::Ab;
    bool timeoutPerRequest = false; // -s applies to each request, which fails alone
    EngineKind engine = EngineKind::Socket;
    int threads = 0; // engine worker threads; 0 = the engine's default

    // The locust engine only (LocustEngine).
    int locustWorkers = 1; // workers the master waits for (local ones unless locustMasterBind)
    QString locustMasterBind; // HOST:PORT: wait there for remote workers; empty = local workers
    double locustWorkerWaitSec = 60; // the expected workers must connect within this

    // Empty when the test can run; otherwise one line saying why not.
    QString validate() const;
};
