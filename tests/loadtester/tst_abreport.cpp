// AbReport::format against a golden text computed by hand with ab's printf
// formats (data/abreport_golden.txt), and ab's optional lines.
#include "abreport.h"

#include <QFile>
#include <QTest>

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

QTEST_APPLESS_MAIN(tst_AbReport)
#include "tst_abreport.moc"
