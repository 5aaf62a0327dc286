#pragma once

// LoadTest: one load run's configuration (ab's -n -c -k -s -t -H -p -T -i),
// a plain value copied into the engine's thread.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

enum class EngineKind { Socket, Qnam };

QString engineKindKey(EngineKind kind); // "socket" / "qnam"
std::optional<EngineKind> engineKindFromKey(const QString &key);

struct LoadTest
{
    QUrl url;
    qint64 requests = 1; // ab -n
    int concurrency = 1; // ab -c
    bool keepAlive = false; // ab -k; off = HTTP/1.0, one connection per request
    double timeoutSec = 30; // ab -s, per request
    double timeLimitSec = 0; // ab -t; 0 = none
    QByteArray method = "GET"; // GET, HEAD (ab -i) or POST (ab -p)
    QByteArray body; // POST body
    QByteArray contentType; // ab -T
    QList<QPair<QByteArray, QByteArray>> headers; // ab -H, in order
    EngineKind engine = EngineKind::Socket;
    int threads = 0; // engine worker threads; 0 = the engine's default

    // Empty when the test can run; otherwise one line saying why not.
    QString validate() const;
};
