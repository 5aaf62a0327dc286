#pragma once

// RunResult: the immutable outcome of one load run. Every figure ab prints is
// stored raw or derived here, in one place, with ab's arithmetic
// (support/ab.c); the report writers, the GUI and the `ab` command read it and
// compute nothing of their own.

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

struct RequestSample
{
    qint64 startUs = 0; // since the run's start
    qint64 connectUs = 0; // ab's ctime (0 on a reused keep-alive connection)
    qint64 waitUs = 0; // request written -> first byte read
    qint64 totalUs = 0; // start -> response complete
};

struct TimelineBucket // one per 100 ms of the run
{
    qint64 completed = 0;
    qint64 failed = 0;
};

// One bucket of RunResult::rateTimeline(): the requests that ended in
// [startSec, startSec + widthSec). Counts are whole numbers except when they
// come from the coarse 100 ms timeline (a file without samples or failure
// times), which is spread evenly over the finer buckets.
struct RateBucket
{
    double startSec = 0;
    double widthSec = 0; // the bucket's own length: the last one may differ
    double completed = 0;
    double failed = 0;
    double completedPerSec() const { return widthSec > 0 ? completed / widthSec : 0; }
    double failedPerSec() const { return widthSec > 0 ? failed / widthSec : 0; }
};

struct ConnectionTimesRow // ab's "Connection Times (ms)" row, whole ms
{
    qint64 min = 0;
    qint64 mean = 0;
    double sd = 0;
    qint64 median = 0;
    qint64 max = 0;
};

struct RunResult
{
    // What was run
    QString engine; // "socket" / "qnam" / "locust"
    int engineWorkers = 0; // locust: the workers that ran the test; 0 for the other engines
    QString url;
    bool keepAlive = false;
    QString method = QStringLiteral("GET");
    bool sentBody = false; // -p/-u: ab prints "Total body sent" and the sent rates
    qint64 requested = 0; // n
    int concurrency = 0; // c

    // ab's header block
    QString serverSoftware;
    QString serverHostname;
    quint16 serverPort = 0;
    QString documentPath;
    qint64 documentLength = 0; // body length of the first good response

    // ab's counters
    double timeTakenSec = 0;
    qint64 complete = 0; // ab's done: includes Length failures and non-2xx
    qint64 failedConnect = 0;
    qint64 failedReceive = 0;
    qint64 failedLength = 0;
    qint64 failedExceptions = 0;
    qint64 writeErrors = 0;
    qint64 non2xx = 0;
    qint64 keepAliveRequests = 0;
    qint64 totalTransferred = 0; // every byte received
    qint64 htmlTransferred = 0; // body bytes only
    qint64 totalBodySent = 0; // POST bytes, for ab's "Total body sent"

    // Beyond ab
    QList<RequestSample> samples; // one per completed request
    QMap<int, qint64> statusCounts;
    QList<TimelineBucket> timeline;
    // When each failed request ended (us since the run's start, ascending):
    // with samples, the run's every end, so rateTimeline() can cut the run
    // at any width. Empty in files from before it existed.
    QList<qint64> failureUs;
    double clientCpuSec = 0; // user+system CPU the client used during the run
    int clientThreads = 1; // engine worker threads that clientCpuSec sums over
    qint64 timeouts = 0; // requests that hit the timeout (-s); counted in Connect or Exceptions
    bool cancelled = false;
    bool timeLimitReached = false;
    QString error; // run-level problem (EMFILE, refused, ...), empty if none
    // Where ab would have stopped the test (support/ab.c's err/apr_err), the
    // line ab prints on stderr, e.g. "apr_socket_recv: Connection refused
    // (111)", and the exit status it would end with (111); empty/0 otherwise.
    // The counters still hold what was measured up to that point.
    QString abortMessage;
    int abortStatus = 0;
    qint64 startEpochMs = 0; // wall clock at the run's start (ab -g)

    // An engine without per-request samples (locust) gives its own summary
    // figures; the derived methods below fall back on them when samples is
    // empty. Percentiles are ab's table {50,...,100} in whole ms; the total
    // row has no sd (Locust keeps none).
    QList<QPair<int, qint64>> givenPercentiles;
    double givenMeanMs = -1; // -1: none given
    bool hasGivenTotals = false;
    ConnectionTimesRow givenTotals;
    // Figures the engine cannot give, by report key or key prefix (e.g.
    // "connect_" for the whole Connect row) -> one line saying why. The
    // report shows "n/a" for them, never a made-up number.
    QMap<QString, QString> unavailable;
    // The reason when key (or a prefix of it) is unavailable, else empty.
    QString unavailableReason(const QString &key) const;

    bool aborted() const { return !abortMessage.isEmpty(); }

    // Derived, ab's definitions
    qint64 failed() const; // Connect + Receive + Length + Exceptions
    double requestsPerSecond() const; // done / time
    double timePerRequestMs() const; // c * time * 1000 / done
    double timePerRequestAcrossMs() const; // time * 1000 / done (the seed's column)
    double transferRateKBps() const; // totalread / 1024 / time
    ConnectionTimesRow connectTimes() const;
    ConnectionTimesRow processingTimes() const;
    ConnectionTimesRow waitingTimes() const;
    ConnectionTimesRow totalTimes() const;
    // ab's percentage table: {50,66,75,80,90,95,98,99,100} -> ms
    QList<QPair<int, qint64>> percentiles() const;
    double latencyPercentileMs(double p) const; // any p in [0,100], same rule
    double meanLatencyMs() const;
    // Every point of the latency curve the samples allow, as (percent, ms):
    // the k-th fastest of n requests at 100 k / n percent (latencyPercentileMs'
    // rule), and the slowest again at 100 %. More than maxPoints samples are
    // thinned evenly; the slowest stays.
    QList<QPair<double, double>> latencyCurve(int maxPoints = 5000) const;

    // The run cut into about targetBuckets buckets of one round width
    // (rateBucketUs), completions from the samples and failures from
    // failureUs (else from the 100 ms timeline, spread evenly). The last
    // bucket is as long as the run lasted in it; one shorter than half a
    // width joins the bucket before it. Rates divide by each bucket's own
    // length, so the run's end shows no false collapse or spike.
    static constexpr int kRateBuckets = 50;
    QList<RateBucket> rateTimeline(int targetBuckets = kRateBuckets) const;
    // The smallest round width (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 x 10^k us)
    // that cuts spanUs into at most targetBuckets buckets; at least 1 us.
    static qint64 rateBucketUs(qint64 spanUs, int targetBuckets = kRateBuckets);
    // The run's length for its timeline: time taken, or the last recorded
    // end if later.
    qint64 spanUs() const;
    double clientCpuPercent() const; // of one core, over the run's time
    bool clientBound() const; // the client used near a full core per worker thread
    // ab's median rule and rounding over any list of microsecond values.
    static ConnectionTimesRow connectionTimesRow(QList<qint64> valuesUs);

    QJsonObject toJson(bool withSamples = true) const;
    static RunResult fromJson(const QJsonObject &object);
};
