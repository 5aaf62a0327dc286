// The pool model's waves (issue 16): a pool row whose concurrency exceeds its
// workers gets a note that says so, in the markdown report and wherever
// ReportFigures::note is shown; other rows do not; the pool's size survives
// the saved sweep, and an old file without it stays readable.

#include "markdownwriter.h"
#include "poolwaves.h"
#include "reportfigures.h"
#include "reportfixture.h"
#include "reportoptions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ReportFixture;

namespace {

SweepResult poolSweep(int workers, const QList<int> &levels)
{
    return ReportFixture::poolSweep(workers, levels, [](int t, int c) {
        return syntheticRun(c, 200, 2.0, quint32(c + 10 * t));
    });
}

} // namespace

class tst_PoolWaves : public QObject
{
    Q_OBJECT

private slots:
    void waves_data();
    void waves();
    void noteText();
    void noteOnlyPastThePool();
    void dashRowKeepsItsReason();
    void markdownHasTheNote();
    void jsonRoundTrip();
    void oldFileWithoutPoolWorkers();
};

void tst_PoolWaves::waves_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<int>("waves");
    QTest::newRow("not the pool") << 0 << 30 << 0;
    QTest::newRow("one client") << 8 << 1 << 1;
    QTest::newRow("c = N") << 8 << 8 << 1;
    QTest::newRow("one over") << 8 << 9 << 2;
    QTest::newRow("c = 2N") << 8 << 16 << 2;
    QTest::newRow("30 over 8") << 8 << 30 << 4;
    QTest::newRow("100 over 4") << 4 << 100 << 25;
}

void tst_PoolWaves::waves()
{
    QFETCH(int, workers);
    QFETCH(int, concurrency);
    QFETCH(int, waves);
    SweepRow row;
    row.poolWorkers = workers;
    row.concurrency = concurrency;
    QCOMPARE(PoolWaves::waves(row), waves);
    QCOMPARE(PoolWaves::workers(row), workers);
}

void tst_PoolWaves::noteText()
{
    SweepRow row;
    row.hasFigures = true;
    row.poolWorkers = 8;
    row.concurrency = 30;
    QCOMPARE(PoolWaves::note(row, u"en"_s),
             u"c 30 > pool 8: 4 waves; 22 clients wait for a free worker, so latency climbs in "
             u"steps of 8 clients (expected p100 ≈ 4× one request's service time)"_s);
    QCOMPARE(PoolWaves::note(row, u"id"_s),
             u"c 30 > pool 8: 4 gelombang; 22 klien menunggu worker yang bebas, sehingga latensi "
             u"naik bertahap per 8 klien (perkiraan p100 ≈ 4× waktu layanan satu request)"_s);
    // The row's one note is the GUI's Note column and the markdown's.
    QCOMPARE(ReportFigures::note(row, u"en"_s), PoolWaves::note(row, u"en"_s));
}

void tst_PoolWaves::noteOnlyPastThePool()
{
    const SweepResult sweep = poolSweep(8, {1, 8, 9, 30});
    int noted = 0;
    for (const SweepRow &row : sweep.rows) {
        const bool pastPool = row.targetKey == u"pool" && row.concurrency > 8;
        for (const QString &lang : {u"en"_s, u"id"_s}) {
            const QString note = ReportFigures::note(row, lang);
            QCOMPARE(note.contains(u"> pool 8"_s), pastPool);
            QCOMPARE(PoolWaves::note(row, lang).isEmpty(), !pastPool);
        }
        noted += pastPool ? 1 : 0;
    }
    QCOMPARE(noted, 2);
    QCOMPARE(PoolWaves::sizes(sweep.rows), QList<int> {8});
}

void tst_PoolWaves::dashRowKeepsItsReason()
{
    // A "-" row still says why first; the waves explain the wait after it.
    SweepRow row;
    row.poolWorkers = 2;
    row.concurrency = 6;
    row.reason = u"apr_pollset_poll: The timeout specified has expired (70007)"_s;
    const QString note = ReportFigures::note(row, u"en"_s);
    QVERIFY2(note.startsWith(row.reason + u"; c 6 > pool 2: 3 waves"_s), qPrintable(note));
}

void tst_PoolWaves::markdownHasTheNote()
{
    const SweepResult sweep = poolSweep(4, {2, 4, 10});
    for (const QString &lang : {u"en"_s, u"id"_s}) {
        ReportOptions options;
        options.lang = lang;
        const QString markdown = MarkdownWriter::document(sweep, options);
        const SweepRow &past = sweep.rows.at(2);
        QCOMPARE(past.concurrency, 10);
        QVERIFY2(markdown.contains(PoolWaves::note(past, lang)), qPrintable(markdown));
        QCOMPARE(markdown.count(u"> pool 4"_s), 1);
    }
}

void tst_PoolWaves::jsonRoundTrip()
{
    const SweepResult sweep = poolSweep(6, {1, 12});
    const QJsonObject saved = sweep.toJson();
    // Through text, as a saved file goes.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(saved).toJson()).object();
    QString error;
    const SweepResult back = SweepResult::fromJson(reread, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back.rows.size(), sweep.rows.size());
    for (int i = 0; i < back.rows.size(); ++i) {
        QCOMPARE(back.rows[i].poolWorkers, sweep.rows[i].poolWorkers);
        QCOMPARE(ReportFigures::note(back.rows[i], u"en"_s),
                 ReportFigures::note(sweep.rows[i], u"en"_s));
    }
    QCOMPARE(back.rows.first().poolWorkers, 6);
    QCOMPARE(back.rows.at(1).concurrency, 12);
    QVERIFY(PoolWaves::note(back.rows.at(1), u"en"_s).startsWith(u"c 12 > pool 6: 2 waves"_s));
    // Rows of other targets carry no key at all.
    const QJsonArray rows = saved.value(u"rows"_s).toArray();
    QCOMPARE(rows.first().toObject().value(u"poolWorkers"_s).toInt(), 6);
    QVERIFY(!rows.last().toObject().contains(u"poolWorkers"_s));
}

void tst_PoolWaves::oldFileWithoutPoolWorkers()
{
    // Before rows recorded it: the config's explicit size is used; the
    // default (0 = cores x 2 of some machine) is not guessed.
    for (int configured : {3, 0}) {
        SweepResult sweep = poolSweep(0, {1, 12});
        sweep.config.targets[0].server.poolThreads = configured;
        QJsonObject object = sweep.toJson();
        QJsonArray rows = object.value(u"rows"_s).toArray();
        for (auto value : rows)
            QVERIFY(!value.toObject().contains(u"poolWorkers"_s));
        QString error;
        const SweepResult back = SweepResult::fromJson(object, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.rows.first().poolWorkers, configured);
        QCOMPARE(back.rows.last().poolWorkers, 0); // the async target
        QCOMPARE(PoolWaves::note(back.rows.at(1), u"en"_s).isEmpty(), configured == 0);
    }
}

QTEST_APPLESS_MAIN(tst_PoolWaves)
#include "tst_poolwaves.moc"
