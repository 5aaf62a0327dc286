#pragma once

// SweepConfig: which targets to measure at which concurrency levels, and how.
// A plain value, saved inside every SweepResult so a sweep can be re-exported.

#include "embeddedserver.h"
#include "loadtest.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

struct SweepTarget
{
    enum class Kind { Async, Thread, External };

    Kind kind = Kind::Async;
    QString key; // file-name prefix: "async", "thread", or an external label
    QString label; // heading in the report
    QUrl url; // External only
    QString launchCommand; // External only, optional: started before its runs
    ServerOptions server; // Async/Thread only: port and knobs

    static SweepTarget embedded(ServerModel model);
    static SweepTarget external(const QString &label, const QUrl &url,
                                const QString &launchCommand = {});
    // A label made file-name safe ([A-Za-z0-9._-], no leading dot, never empty).
    static QString safeKey(const QString &label);
    bool isEmbedded() const; // Async or Thread
    ServerModel serverModel() const; // Async/Thread only
    QJsonObject toJson() const;
    static SweepTarget fromJson(const QJsonObject &object);
};

struct SweepConfig
{
    QList<SweepTarget> targets; // default: async, thread
    // The seed's 1, 5, 10, 30, 50, 75, 100 (out of line: GCC 12 -O3 warns
    // falsely on an inline initializer list here).
    QList<int> levels = defaultLevels();
    qint64 requests = 1000;
    bool keepAlive = false;
    EngineKind engine = EngineKind::Socket;
    double timeoutSec = 30; // per request
    double runTimeLimitSec = 600; // a run longer than this becomes a "-" row
    // Between runs on one target, so the server settles: an embedded server
    // is waited for until it has closed every connection (at most this long),
    // an external one gets the whole pause.
    int pauseMs = 250;
    double launchTimeoutSec = 10; // a launch command's port must accept by then
    QString title;

    static SweepConfig defaults();
    static QList<int> defaultLevels();
    QString validate() const; // empty when it can run
    int plannedRuns() const { return int(targets.size() * levels.size()); }
    QJsonObject toJson() const;
    static SweepConfig fromJson(const QJsonObject &object);
};
