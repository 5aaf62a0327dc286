// ResultsModel: the table's cells are ab's figures with ab's precision, "-"
// for a run without figures, numeric sorting, highlighting and TSV copy.

#include "resultsmodel.h"
#include "uitestenv.h"

#include <QBrush>
#include <QSortFilterProxyModel>
#include <QtTest>

namespace {

SweepRow row(const QString &key, int c, double seconds, qint64 complete, qint64 failedReceive = 0)
{
    SweepRow r;
    r.targetKey = key;
    r.targetLabel = key + QStringLiteral(" server");
    r.concurrency = c;
    r.hasFigures = true;
    r.result.concurrency = c;
    r.result.requested = complete;
    r.result.timeTakenSec = seconds;
    r.result.complete = complete;
    r.result.failedReceive = failedReceive;
    r.result.totalTransferred = complete * 122;
    for (qint64 i = 0; i < complete; ++i)
        r.result.samples.append(RequestSample {0, 0, 0, 1000 * (i % 10 + 1)});
    return r;
}

SweepRow emptyRow(const QString &key, int c, const QString &reason)
{
    SweepRow r;
    r.targetKey = key;
    r.targetLabel = key;
    r.concurrency = c;
    r.reason = reason;
    return r;
}

} // namespace

class tst_ResultsModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cells_data();
    void cells();
    void noFigures();
    void testNumbersPerTarget();
    void highlighting();
    void sortsNumerically();
    void tsv();

private:
    QTemporaryDir m_home;
};

void tst_ResultsModel::initTestCase()
{
    QVERIFY(m_home.isValid());
    UiTestEnv::isolate(m_home);
}

void tst_ResultsModel::cells_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    // The seed's first row: 1000 requests in 2.551 s at c = 1, 122 bytes each.
    QTest::newRow("time taken") << int(ResultsModel::TimeTaken) << QStringLiteral("2.551");
    QTest::newRow("complete") << int(ResultsModel::Complete) << QStringLiteral("1000");
    QTest::newRow("failed") << int(ResultsModel::Failed) << QStringLiteral("0");
    QTest::newRow("transferred") << int(ResultsModel::TotalTransferred) << QStringLiteral("122000");
    QTest::newRow("req/s") << int(ResultsModel::RequestsPerSecond) << QStringLiteral("392.00");
    QTest::newRow("time per request")
            << int(ResultsModel::TimePerRequest) << QStringLiteral("2.551");
    QTest::newRow("transfer rate") << int(ResultsModel::TransferRate) << QStringLiteral("46.70");
    QTest::newRow("concurrency") << int(ResultsModel::Concurrency) << QStringLiteral("1");
    QTest::newRow("no test") << int(ResultsModel::TestNumber) << QStringLiteral("1");
}

void tst_ResultsModel::cells()
{
    QFETCH(int, column);
    QFETCH(QString, expected);
    ResultsModel model;
    model.appendRow(row(QStringLiteral("async"), 1, 2.551, 1000));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(ResultsModel::ColumnCount));
    QCOMPARE(model.index(0, column).data().toString(), expected);
}

void tst_ResultsModel::noFigures()
{
    ResultsModel model;
    model.appendRow(emptyRow(QStringLiteral("thread"), 5, QStringLiteral("connection refused")));
    QCOMPARE(model.index(0, ResultsModel::Concurrency).data().toString(), QStringLiteral("5"));
    for (int c = ResultsModel::TimeTaken; c <= ResultsModel::ClientCpu; ++c)
        QCOMPARE(model.index(0, c).data().toString(), QStringLiteral("-"));
    QCOMPARE(model.index(0, ResultsModel::Note).data().toString(),
             QStringLiteral("connection refused"));
    QCOMPARE(
            model.index(0, ResultsModel::RequestsPerSecond).data(ResultsModel::SortRole).toDouble(),
            -1.0);
}

void tst_ResultsModel::testNumbersPerTarget()
{
    ResultsModel model;
    model.setRows({row(QStringLiteral("async"), 1, 1, 10), row(QStringLiteral("async"), 5, 1, 10),
                   row(QStringLiteral("thread"), 1, 1, 10),
                   row(QStringLiteral("thread"), 5, 1, 10)});
    QCOMPARE(model.index(1, ResultsModel::TestNumber).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(2, ResultsModel::TestNumber).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(3, ResultsModel::TestNumber).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(2, 0).data(ResultsModel::TargetRole).toString(),
             QStringLiteral("thread server"));
    QCOMPARE(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("thread"));
}

void tst_ResultsModel::highlighting()
{
    ResultsModel model;
    model.setRows({row(QStringLiteral("a"), 1, 1, 10), row(QStringLiteral("a"), 5, 1, 10, 3),
                   emptyRow(QStringLiteral("a"), 10, QStringLiteral("timeout"))});
    QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
    const QBrush failed = model.index(1, 0).data(Qt::BackgroundRole).value<QBrush>();
    const QBrush none = model.index(2, 0).data(Qt::BackgroundRole).value<QBrush>();
    QVERIFY(failed.style() != Qt::NoBrush);
    QVERIFY(none.style() != Qt::NoBrush);
    QVERIFY(failed.color() != none.color());
    QCOMPARE(model.index(1, ResultsModel::Failed).data().toString(), QStringLiteral("3"));
}

void tst_ResultsModel::sortsNumerically()
{
    ResultsModel model;
    // As text "100" < "20" < "5"; as numbers 5 < 20 < 100.
    model.setRows({row(QStringLiteral("a"), 100, 1, 100), row(QStringLiteral("a"), 5, 1, 100),
                   row(QStringLiteral("a"), 20, 1, 100)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ResultsModel::SortRole);
    proxy.sort(ResultsModel::Concurrency);
    QCOMPARE(proxy.index(0, ResultsModel::Concurrency).data().toString(), QStringLiteral("5"));
    QCOMPARE(proxy.index(1, ResultsModel::Concurrency).data().toString(), QStringLiteral("20"));
    QCOMPARE(proxy.index(2, ResultsModel::Concurrency).data().toString(), QStringLiteral("100"));
}

void tst_ResultsModel::tsv()
{
    ResultsModel model;
    model.setRows({row(QStringLiteral("async"), 1, 2.551, 1000),
                   row(QStringLiteral("async"), 5, 3.646, 1000)});
    const QStringList lines = model.toTsv({1}).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("No test\tConcurrency level\t")));
    const QStringList cells = lines.at(1).split(u'\t');
    QCOMPARE(cells.size(), int(ResultsModel::ColumnCount));
    QCOMPARE(cells.at(ResultsModel::TestNumber), QStringLiteral("2"));
    QCOMPARE(cells.at(ResultsModel::TimeTaken), QStringLiteral("3.646"));
    QCOMPARE(cells.at(ResultsModel::RequestsPerSecond), QStringLiteral("274.27"));
}

QTEST_MAIN(tst_ResultsModel)
#include "tst_resultsmodel.moc"
