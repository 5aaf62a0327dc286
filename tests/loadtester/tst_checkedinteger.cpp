// CheckedInteger: the one parser for whole numbers typed by a user.

#include "checkedinteger.h"

#include <QTest>

using namespace Qt::StringLiterals;

#include <limits>

class tst_CheckedInteger : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

void tst_CheckedInteger::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minimum");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("value");
    const qint64 any = std::numeric_limits<qint64>::min();
    QTest::newRow("plain") << u"42"_s << any << true << qint64(42);
    QTest::newRow("white space") << u" 7\t"_s << any << true << qint64(7);
    QTest::newRow("plus") << u"+3"_s << any << true << qint64(3);
    QTest::newRow("negative") << u"-3"_s << any << true << qint64(-3);
    QTest::newRow("negative, positive wanted") << u"-3"_s << qint64(1) << false << qint64(0);
    QTest::newRow("zero, positive wanted") << u"0"_s << qint64(1) << false << qint64(0);
    QTest::newRow("sign alone") << u"+"_s << any << false << qint64(0);
    QTest::newRow("minus alone") << u"-"_s << any << false << qint64(0);
    QTest::newRow("empty") << QString() << any << false << qint64(0);
    QTest::newRow("blank") << u"  "_s << any << false << qint64(0);
    QTest::newRow("exponent") << u"1e3"_s << any << false << qint64(0);
    QTest::newRow("hex") << u"0x10"_s << any << false << qint64(0);
    QTest::newRow("fraction") << u"1.0"_s << any << false << qint64(0);
    QTest::newRow("inner space") << u"1 0"_s << any << false << qint64(0);
    QTest::newRow("two signs") << u"--1"_s << any << false << qint64(0);
    QTest::newRow("arabic-indic digit") << u"\u0661"_s << any << false << qint64(0);
    QTest::newRow("max") << u"9223372036854775807"_s << any << true
                         << std::numeric_limits<qint64>::max();
    QTest::newRow("overflow") << u"9223372036854775808"_s << any << false << qint64(0);
    QTest::newRow("min") << u"-9223372036854775808"_s << any << true
                         << std::numeric_limits<qint64>::min();
    QTest::newRow("underflow") << u"-9223372036854775809"_s << any << false << qint64(0);
    QTest::newRow("huge") << u"99999999999999999999999"_s << any << false << qint64(0);
}

void tst_CheckedInteger::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, minimum);
    QFETCH(bool, accepted);
    QFETCH(qint64, value);
    const std::optional<qint64> got = CheckedInteger::parse(text, minimum);
    QCOMPARE(got.has_value(), accepted);
    if (accepted)
        QCOMPARE(*got, value);
    // The upper bound is checked as the lower one is.
    if (accepted && value > std::numeric_limits<qint64>::min())
        QVERIFY(!CheckedInteger::parse(text, minimum, value - 1));
}

QTEST_APPLESS_MAIN(tst_CheckedInteger)
#include "tst_checkedinteger.moc"
