#pragma once

// SweepConfig: which targets to measure at which concurrency levels, and how.
// A plain value, saved inside every SweepResult so a sweep can be re-exported.

#include "embeddedserver.h"
#include "loadtest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

// --framing's words: "ab" / "http".
std::optional<Framing> framingFromKey(const QString &key);

struct SweepTarget
{
    enum class Kind { Async, Thread, External, Pool, Reactor };

    Kind kind = Kind::Async;
    QString key; // file-name prefix: a model's key ("async"...) or an external label
    QString label; // heading in the report
    QUrl url; // External only
    QString launchCommand; // External only, optional: started before its runs
    ServerOptions server; // embedded only: port and knobs

    static SweepTarget embedded(ServerModel model);
    static SweepTarget external(const QString &label, const QUrl &url,
                                const QString &launchCommand = {});
    // A label made file-name safe ([A-Za-z0-9._-], no leading dot, never empty).
    static QString safeKey(const QString &label);
    bool isEmbedded() const; // not External
    ServerModel serverModel() const; // embedded only
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
    // --engine locust: workers (local, or remote ones waited for at
    // --locust-master-bind HOST:PORT), and how long they may take to connect.
    int locustWorkers = 1;
    QString locustMasterBind;
    double locustWorkerWaitSec = 60;
    double timeoutSec = 30; // ab -s: no event for this long stops a run (a "-" row)
    double runTimeLimitSec = 600; // a run longer than this becomes a "-" row

    // Each run's request, as ab's options set it (LoadTest's fields).
    QByteArray method = "GET"; // -m; POST with -p
    QList<QPair<QByteArray, QByteArray>> headers; // -H, in order
    bool sendBody = false; // -p
    QByteArray body; // -p FILE's bytes
    QString bodyFile; // -p FILE, as given (for the record)
    QByteArray contentType; // -T; empty = ab's text/plain
    QList<QByteArray> cookies; // -C name=value (ab sends the last)
    // -A user:pass. Saved JSON (and so the report's results.json) keeps the
    // user name only: the password is replaced by kMaskedPassword.
    QByteArray basicAuth;
    static constexpr char kMaskedPassword[] = "*****";

    // ab's rules for every run, and serverbench's more forgiving ones.
    bool receiveErrorsAbort = true; // ab's; false = -r, receive errors are counted
    bool variableLength = false; // -l: no Length failures
    Framing framing = Framing::Ab; // --framing ab|http
    bool timeoutPerRequest = false; // --timeout-per-request: -s fails one request
    // Between runs on one target, so the server settles: an embedded server
    // is waited for until it has closed every connection (at most this long),
    // an external one gets the whole pause.
    int pauseMs = 250;
    // Repeats (issue 12): each (target, level) cell runs this many times,
    // targets interleaved inside a level (A B A B ...), and the report shows
    // the median-requests/s repeat. One run of 1000 requests lasts 40-160 ms,
    // so one scheduler hiccup decides a single run. 15: on the 2-core
    // machine, 7 left the verdicts flipping between identical sweeps and 21
    // gained little over 15 (bench/stability.sh, README).
    int repeats = kDefaultRepeats;
    static constexpr int kDefaultRepeats = 15;
    static constexpr int kMaxRepeats = 100;
    // --min-time: more repeats (up to kMaxRepeats) until each cell holds at
    // least this much measured time; 0 = exactly `repeats`.
    double minTimeSec = 0;
    // One discarded run per target before the first level, so the first
    // cell does not pay for cold caches, thread creation and page faults.
    bool warmUp = true;
    double launchTimeoutSec = 10; // a launch command's port must accept by then
    QString title; // the report's heading; empty = a default in its language
    QString author; // written under the heading when set (the course report names its author)

    static SweepConfig defaults();
    static QList<int> defaultLevels();
    QString validate() const; // empty when it can run
    // The LoadTest of one run of this sweep.
    LoadTest loadTest(const QUrl &url, int concurrency) const;
    // Measured runs plus warm-ups, as planned before --min-time adds any.
    int plannedRuns() const
    {
        return int(targets.size() * (levels.size() * repeats + (warmUp ? 1 : 0)));
    }
    QJsonObject toJson() const;
    static SweepConfig fromJson(const QJsonObject &object);
};
