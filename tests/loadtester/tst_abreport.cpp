// AbReport::format against a golden text computed by hand with ab's printf
// formats (data/abreport_golden.txt), ab's optional lines, the -l/-d/-S
// variants, ab's -g and -e files and what ab prints when it stops a test.
// (tst_abcommand compares the files with the ones a real `ab` writes.)
#include "abreport.h"

#include <QFile>
#include <QTest>

#include <cstdlib>
#include <ctime>

namespace {

RunResult goldenResult()
{
    RunResult r;
    r.serverSoftware = QStringLiteral("nginx/1.22.1");
    r.serverHostname = QStringLiteral("127.0.0.1");
    r.serverPort = 8080;
    r.documentPath = QStringLiteral("/");
    r.documentLength = 612;
    r.concurrency = 5;
    r.timeTakenSec = 0.1424;
    r.complete = 5;
    r.totalTransferred = 4250;
    r.htmlTransferred = 3060;
    // {start, connect, wait, total} in microseconds
    r.samples = {{0, 0, 1000, 1000},
                 {0, 0, 1500, 2000},
                 {0, 1000, 2000, 3000},
                 {0, 0, 3500, 4000},
                 {0, 0, 9000, 10499}};
    return r;
}

} // namespace

class tst_AbReport : public QObject
{
    Q_OBJECT

private slots:
    void golden();
    void optionalLines();
    void postLines();
    void noPercentagesForOneRequest();
    void nothingCompleted();
    void saneWarning();
    void variableLength();
    void noPercentiles();
    void noConfidence();
    void gnuplotFile();
    void gnuplotLocalTime();
    void percentagesCsv();
    void percentagesCsvIndexRule_data();
    void percentagesCsvIndexRule();
    void filesNeedACompletedRequest();
    void abortText();
};

void tst_AbReport::golden()
{
    QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/data/abreport_golden.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString expected = QString::fromUtf8(file.readAll()).trimmed() + u'\n';
    QCOMPARE(AbReport::format(goldenResult()), expected);
}

void tst_AbReport::optionalLines()
{
    RunResult r = goldenResult();
    r.keepAlive = true;
    r.keepAliveRequests = 5;
    r.failedConnect = 1;
    r.failedReceive = 2;
    r.failedLength = 3;
    r.failedExceptions = 4;
    r.writeErrors = 6;
    r.non2xx = 7;
    const QString text = AbReport::format(r);
    QVERIFY(text.contains(QStringLiteral("Failed requests:        10\n"
                                         "   (Connect: 1, Receive: 2, Length: 3, Exceptions: 4)\n"
                                         "Write errors:           6\n"
                                         "Non-2xx responses:      7\n"
                                         "Keep-Alive requests:    5\n"
                                         "Total transferred:      4250 bytes\n")));
    QVERIFY(!AbReport::format(goldenResult()).contains(QStringLiteral("Keep-Alive requests")));
}

void tst_AbReport::postLines()
{
    RunResult r = goldenResult();
    r.method = QStringLiteral("POST");
    r.sentBody = true;
    r.totalBodySent = 2048;
    const QString text = AbReport::format(r);
    QVERIFY(text.contains(QStringLiteral("Total transferred:      4250 bytes\n"
                                         "Total body sent:        2048\n"
                                         "HTML transferred:       3060 bytes\n")));
    QVERIFY(text.contains(QStringLiteral("Transfer rate:          29.15 [Kbytes/sec] received\n"
                                         "                        14.04 kb/s sent\n"
                                         "                        43.19 kb/s total\n")));
}

void tst_AbReport::noPercentagesForOneRequest()
{
    RunResult r = goldenResult();
    r.samples.resize(1);
    r.complete = 1;
    const QString text = AbReport::format(r);
    QVERIFY(text.contains(QStringLiteral("Connection Times (ms)")));
    QVERIFY(!text.contains(QStringLiteral("Percentage of the requests")));
}

void tst_AbReport::nothingCompleted()
{
    RunResult r = goldenResult();
    r.samples.clear();
    r.complete = 0;
    r.failedConnect = 5;
    const QString text = AbReport::format(r);
    QVERIFY(text.contains(
            QStringLiteral("Complete requests:      0\nFailed requests:        5\n")));
    QVERIFY(!text.contains(QStringLiteral("Requests per second")));
    QVERIFY(!text.contains(QStringLiteral("Connection Times")));
    QVERIFY(text.endsWith(QStringLiteral("HTML transferred:       3060 bytes\n")));
}

void tst_AbReport::saneWarning()
{
    // ab's SANE(): warns when |mean - median| > sd, errs when > 2 sd (whole ms).
    RunResult r;
    r.complete = 3;
    r.timeTakenSec = 1;
    // totals 0, 0, 1400 us: mean 466 -> 0 ms, odd-count median (0 + 1400) / 2
    // -> 1 ms, sd 0.808 ms: 1 > 0.808 -> WARNING.
    r.samples = {{0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 1400}};
    QString text = AbReport::connectionTimes(r);
    QVERIFY(text.contains(QStringLiteral(
            "WARNING: The median and mean for the total time are not within a normal "
            "deviation\n        These results are probably not that reliable.\n")));
    QVERIFY(!text.contains(QStringLiteral("ERROR")));
    // totals 1499, 1499, 1501 us: mean 1 ms, median 2 ms, sd ~0 -> ERROR.
    r.samples = {{0, 0, 0, 1499}, {0, 0, 0, 1499}, {0, 0, 0, 1501}};
    text = AbReport::connectionTimes(r);
    QVERIFY(text.contains(
            QStringLiteral("ERROR: The median and mean for the total time are more than twice the "
                           "standard\n       deviation apart. These results are NOT reliable.\n")));
    // The golden run has none.
    QVERIFY(!AbReport::connectionTimes(goldenResult()).contains(QStringLiteral("WARNING")));
}

void tst_AbReport::variableLength()
{
    AbReportOptions options;
    options.variableLength = true;
    const QString text = AbReport::format(goldenResult(), options);
    QVERIFY(text.contains(QStringLiteral("Document Path:          /\n"
                                         "Document Length:        Variable\n\n")));
    QVERIFY(!text.contains(QStringLiteral("612 bytes")));
}

void tst_AbReport::noPercentiles()
{
    // ab -d: the report ends with the Connection Times table.
    AbReportOptions options;
    options.percentiles = false;
    const QString text = AbReport::format(goldenResult(), options);
    QVERIFY(!text.contains(QStringLiteral("Percentage of the requests")));
    QVERIFY(text.endsWith(QStringLiteral("Total:          1    4   3.7      4      10\n")));
}

void tst_AbReport::noConfidence()
{
    // ab -S: "%5ld %5ld%5ld" -- no space before max, so wide values touch.
    AbReportOptions options;
    options.confidence = false;
    const QString text = AbReport::format(goldenResult(), options);
    QVERIFY2(text.contains(QStringLiteral("\nConnection Times (ms)\n"
                                          "              min   avg   max\n"
                                          "Connect:        0     0    1\n"
                                          "Processing:     1     4   10\n"
                                          "Waiting:        1     3    9\n"
                                          "Total:          1     4   10\n"
                                          "\nPercentage of the requests")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("mean[+/-sd]")));

    RunResult wide = goldenResult();
    wide.samples = {{0, 0, 1000, 1000}, {0, 0, 12345000, 12345000}};
    wide.complete = 2;
    QVERIFY(AbReport::connectionTimes(wide, false)
                    .endsWith(QStringLiteral("Total:          1  617312345\n")));

    // No SANE warnings with -S (the samples of saneWarning() warn without it).
    RunResult r;
    r.complete = 3;
    r.timeTakenSec = 1;
    r.samples = {{0, 0, 0, 1499}, {0, 0, 0, 1499}, {0, 0, 0, 1501}};
    QVERIFY(AbReport::connectionTimes(r, true).contains(QStringLiteral("ERROR")));
    QVERIFY(!AbReport::connectionTimes(r, false).contains(QStringLiteral("ERROR")));
    options.percentiles = false;
    QVERIFY(!AbReport::format(r, options).contains(QStringLiteral("ERROR")));
}

void tst_AbReport::gnuplotFile()
{
    qputenv("TZ", "UTC");
    ::tzset();
    RunResult r = goldenResult();
    // 2026-12-03 08:10:46.900 UTC; the samples start 0, 0.1 s and 0.2 s later.
    r.startEpochMs = 1796285446900;
    r.samples = {{200000, 1499, 2000, 10499},
                 {0, 0, 1500, 2000},
                 {100000, 1000, 2000, 3500},
                 {0, 0, 400, 499}};
    r.complete = 4;
    // Sorted by total time, as ab's stats array is when it writes the file;
    // ctime, dtime (total - ctime), ttime and wait rounded as ap_round_ms.
    QCOMPARE(AbReport::gnuplot(r),
             QByteArray("starttime\tseconds\tctime\tdtime\tttime\twait\n"
                        "Thu Dec 03 08:10:46 2026\t1796285446\t0\t0\t0\t0\n"
                        "Thu Dec 03 08:10:46 2026\t1796285446\t0\t2\t2\t2\n"
                        "Thu Dec 03 08:10:47 2026\t1796285447\t1\t3\t4\t2\n"
                        "Thu Dec 03 08:10:47 2026\t1796285447\t1\t9\t10\t2\n"));
}

void tst_AbReport::gnuplotLocalTime()
{
    // apr_ctime() prints local time: the same instant as strftime("%a %b %d
    // %H:%M:%S %Y", localtime()) does in the C locale, in any zone.
    for (const char *zone : {"UTC", "Asia/Jakarta", "America/New_York", "Pacific/Chatham"}) {
        qputenv("TZ", zone);
        ::tzset();
        RunResult r;
        r.startEpochMs = 1783000000000; // 2026-07-02, summer in New York
        r.samples = {{3'600'000'000, 0, 0, 1000}};
        r.complete = 1;
        const std::time_t seconds = std::time_t(r.startEpochMs / 1000 + 3600);
        std::tm local {};
        localtime_r(&seconds, &local);
        char expected[64];
        QVERIFY(std::strftime(expected, sizeof expected, "%a %b %d %H:%M:%S %Y\t", &local) > 0);
        const QList<QByteArray> lines = AbReport::gnuplot(r).split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(1).startsWith(expected), zone);
        QVERIFY(lines.at(1).endsWith("\t1783003600\t0\t1\t1\t0"));
    }
    qputenv("TZ", "UTC");
    ::tzset();
}

void tst_AbReport::percentagesCsv()
{
    // ab -e: rows 0..100, "%d,%.3f", time in ms with microseconds kept.
    RunResult r = goldenResult(); // totals 1000, 2000, 3000, 4000, 10499 us
    const QByteArray csv = AbReport::percentagesCsv(r);
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 1 + 101 + 1); // header, 101 rows, the final newline
    QCOMPARE(lines.first(), QByteArray("Percentage served,Time in ms"));
    QVERIFY(lines.last().isEmpty());
    QCOMPARE(lines.at(1), QByteArray("0,1.000"));
    // index (unsigned long)(0.5 + 5 * i / 100.0): 1..9 -> 0, 10..29 -> 1, ...
    QCOMPARE(lines.at(1 + 9), QByteArray("9,1.000"));
    QCOMPARE(lines.at(1 + 10), QByteArray("10,2.000"));
    QCOMPARE(lines.at(1 + 29), QByteArray("29,2.000"));
    QCOMPARE(lines.at(1 + 30), QByteArray("30,3.000"));
    QCOMPARE(lines.at(1 + 49), QByteArray("49,3.000"));
    QCOMPARE(lines.at(1 + 50), QByteArray("50,4.000"));
    QCOMPARE(lines.at(1 + 70), QByteArray("70,10.499"));
    // 90..99 -> index 5, past ab's array (ab prints whatever lies there):
    // clamped to the slowest request.
    QCOMPARE(lines.at(1 + 90), QByteArray("90,10.499"));
    QCOMPARE(lines.at(1 + 99), QByteArray("99,10.499"));
    QCOMPARE(lines.at(1 + 100), QByteArray("100,10.499"));
    for (int i = 0; i <= 100; ++i)
        QVERIFY(lines.at(1 + i).startsWith(QByteArray(QByteArray::number(i) + ',')));
}

void tst_AbReport::percentagesCsvIndexRule_data()
{
    QTest::addColumn<int>("done");
    QTest::newRow("1") << 1;
    QTest::newRow("2") << 2;
    QTest::newRow("3") << 3;
    QTest::newRow("7") << 7;
    QTest::newRow("100") << 100;
    QTest::newRow("999") << 999;
    QTest::newRow("1000") << 1000;
}

void tst_AbReport::percentagesCsvIndexRule()
{
    // Totals i ms for request i (shuffled): row p holds the request at ab's
    // index, clamped to done - 1.
    QFETCH(int, done);
    RunResult r;
    for (int i = 0; i < done; ++i) {
        const qint64 ms = (qint64(i) * 7919) % done; // a permutation of 0..done-1
        r.samples.append({0, 0, 0, ms * 1000});
    }
    r.complete = done;
    const QList<QByteArray> lines = AbReport::percentagesCsv(r).split('\n');
    QCOMPARE(lines.size(), 103);
    for (int p = 0; p <= 100; ++p) {
        unsigned long index = p == 0 ? 0
                : p == 100           ? static_cast<unsigned long>(done - 1)
                                     : static_cast<unsigned long>(0.5 + double(done) * p / 100.0);
        index = std::min<unsigned long>(index, static_cast<unsigned long>(done - 1));
        QCOMPARE(lines.at(1 + p), QByteArray::number(p) + ',' + QByteArray::number(index) + ".000");
    }
}

void tst_AbReport::filesNeedACompletedRequest()
{
    // ab writes neither file unless a request completed.
    RunResult r = goldenResult();
    r.samples.clear();
    r.complete = 0;
    QVERIFY(AbReport::gnuplot(r).isEmpty());
    QVERIFY(AbReport::percentagesCsv(r).isEmpty());
}

void tst_AbReport::abortText()
{
    // ab's apr_err(): the reason on stderr, then "Total of N requests
    // completed" on stdout when N > 0.
    RunResult r = goldenResult();
    QVERIFY(!r.aborted());
    QVERIFY(AbReport::abortStderr(r).isEmpty());
    QVERIFY(AbReport::abortStdout(r).isEmpty());

    r.abortMessage = QStringLiteral("apr_pollset_poll: The timeout specified has expired (70007)");
    r.abortStatus = 70007 & 0xff;
    r.complete = 488;
    QCOMPARE(AbReport::abortStderr(r),
             QStringLiteral("apr_pollset_poll: The timeout specified has expired (70007)\n"));
    QCOMPARE(AbReport::abortStdout(r), QStringLiteral("Total of 488 requests completed\n"));

    r.abortMessage = QStringLiteral("apr_socket_recv: Connection refused (111)");
    r.complete = 0;
    QCOMPARE(AbReport::abortStderr(r),
             QStringLiteral("apr_socket_recv: Connection refused (111)\n"));
    QVERIFY(AbReport::abortStdout(r).isEmpty());
}

QTEST_APPLESS_MAIN(tst_AbReport)
#include "tst_abreport.moc"
