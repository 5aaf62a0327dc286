// LevelList: one syntax for concurrency levels. The GUI's field
// (ConfigPanel) and `serverbench sweep --levels` (SweepCommandLine) both read
// it through LevelList::parse, so they accept and refuse the same texts.

#include "levellist.h"
#include "sweepcommandline.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_LevelList : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void requestsBound();
    void check();
    void formatReadsBack();
};

void tst_LevelList::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("levels"); // empty = refused
    QTest::addColumn<QString>("reason");
    QTest::newRow("default") << u"1,5,10,30,50,75,100"_s << QList<int> {1, 5, 10, 30, 50, 75, 100}
                             << QString();
    QTest::newRow("spaces after commas") << u"1, 5, 10"_s << QList<int> {1, 5, 10} << QString();
    QTest::newRow("spaces only") << u"1 5 10"_s << QList<int> {1, 5, 10} << QString();
    QTest::newRow("semicolons") << u"1;5"_s << QList<int> {1, 5} << QString();
    QTest::newRow("trailing comma") << u"1,5,"_s << QList<int> {1, 5} << QString();
    QTest::newRow("plus sign") << u"+4"_s << QList<int> {4} << QString();
    QTest::newRow("one") << u"7"_s << QList<int> {7} << QString();
    QTest::newRow("empty") << QString() << QList<int> {} << u"at least one"_s;
    QTest::newRow("commas only") << u",,"_s << QList<int> {} << u"at least one"_s;
    QTest::newRow("word") << u"1,x"_s << QList<int> {} << u"\"x\" is not a whole number"_s;
    QTest::newRow("exponent") << u"1e3"_s << QList<int> {} << u"not a whole number"_s;
    QTest::newRow("fraction") << u"1.5"_s << QList<int> {} << u"not a whole number"_s;
    QTest::newRow("sign alone") << u"+"_s << QList<int> {} << u"not a whole number"_s;
    QTest::newRow("zero") << u"0"_s << QList<int> {} << u"level 0 must be at least 1"_s;
    QTest::newRow("negative") << u"5,-3"_s << QList<int> {} << u"level -3 must be at least 1"_s;
    QTest::newRow("repeated") << u"5,5"_s << QList<int> {} << u"level 5 is listed twice"_s;
    QTest::newRow("above ab's limit") << u"300000"_s << QList<int> {} << u"above ab's limit"_s;
    QTest::newRow("overflow") << u"99999999999999999999"_s << QList<int> {}
                              << u"not a whole number"_s;
}

void tst_LevelList::parse()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, levels);
    QFETCH(QString, reason);
    QString error;
    const std::optional<QList<int>> got = LevelList::parse(text, &error);
    QCOMPARE(got.has_value(), reason.isEmpty());
    if (got)
        QCOMPARE(*got, levels);
    else
        QVERIFY2(error.contains(reason), qPrintable(error));

    // The command line reads the same text the same way.
    QString commandError;
    const SweepCommandLine line = SweepCommandLine::parse(
            {u"serverbench"_s, u"--levels"_s, text, u"-n"_s, u"1000000"_s}, &commandError);
    QCOMPARE(commandError.isEmpty(), reason.isEmpty());
    if (reason.isEmpty())
        QCOMPARE(line.config.levels, levels);
    else
        QVERIFY2(commandError.startsWith(u"--levels"_s) && commandError.contains(reason),
                 qPrintable(commandError));
}

void tst_LevelList::requestsBound()
{
    QString error;
    QVERIFY(LevelList::parse(u"1, 200"_s, &error, 200));
    QVERIFY(!LevelList::parse(u"1, 500"_s, &error, 200));
    QCOMPARE(error, u"Concurrency level 500 is greater than requests per run (200)"_s);
}

void tst_LevelList::check()
{
    QVERIFY(LevelList::check({1, 2, 3}).isEmpty());
    QVERIFY(!LevelList::check({}).isEmpty());
    QVERIFY(LevelList::check({0}).contains(u"at least 1"_s));
    QVERIFY(LevelList::check({3, 3}).contains(u"twice"_s));
    QVERIFY(LevelList::check({3, 30}, 10).contains(u"greater than"_s));
}

void tst_LevelList::formatReadsBack()
{
    const QList<int> levels {1, 5, 10, 30, 50, 75, 100};
    QString error;
    QCOMPARE(LevelList::parse(LevelList::format(levels), &error), levels);
    QCOMPARE(LevelList::format(levels), u"1, 5, 10, 30, 50, 75, 100"_s);
}

QTEST_APPLESS_MAIN(tst_LevelList)
#include "tst_levellist.moc"
