// ReasonText: reasons are made in English with their arguments, and shown
// through the installed translator, nested reasons included; ab's messages
// and unknown texts pass through unchanged.

#include "reasontext.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using ReasonText::Reason;

namespace {

// Marks every ReasonText translation, so the test sees which texts went
// through the translator and with which arguments.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "ReasonText") != 0)
            return {};
        return QStringLiteral("<<") + QString::fromLatin1(sourceText) + QStringLiteral(">>");
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class tst_ReasonText : public QObject
{
    Q_OBJECT

private slots:
    void makeFillsInOnePass();
    void untranslatedIsEnglish();
    void translatedThroughTranslator();
};

void tst_ReasonText::makeFillsInOnePass()
{
    QCOMPARE(ReasonText::make(Reason::CancelledAfterRepeats,
                              {QStringLiteral("3"), QStringLiteral("15")}),
             QStringLiteral("cancelled after 3 of 15 repeats"));
    // A command holding "%2" is not filled again.
    QCOMPARE(ReasonText::make(Reason::LaunchCancelled, {QStringLiteral("printf %2")}),
             QStringLiteral("cancelled while waiting for 'printf %2'"));
}

void tst_ReasonText::untranslatedIsEnglish()
{
    const QString reason = ReasonText::make(
            Reason::RunTimeLimit,
            {QStringLiteral("600"), QStringLiteral("12"), QStringLiteral("1000")});
    QCOMPARE(ReasonText::translated(reason), reason);
    const QString ab = QStringLiteral("apr_socket_recv: Connection refused (111)");
    QCOMPARE(ReasonText::translated(ab), ab);
}

void tst_ReasonText::translatedThroughTranslator()
{
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const QString counts
            = ReasonText::make(Reason::FailureCounts,
                               {QStringLiteral("20"), QStringLiteral("0"), QStringLiteral("20"),
                                QStringLiteral("0"), QStringLiteral("0")});
    const QString inner = ReasonText::make(Reason::NoRequestCompleted, {counts});
    const QString outer = ReasonText::make(Reason::InRepeat,
                                           {inner, QStringLiteral("2"), QStringLiteral("15")});
    QCOMPARE(ReasonText::translated(outer),
             QStringLiteral("<<<<no request completed (<<20 failed: connect 0, receive 20, length "
                            "0, exceptions 0>>)>> (repeat 2 of 15)>>"));
    // ab's words inside one of ours stay ab's.
    const QString abInRepeat
            = ReasonText::make(Reason::InRepeat,
                               {QStringLiteral("apr_pollset_poll: The timeout specified has "
                                               "expired (70007)"),
                                QStringLiteral("3"), QStringLiteral("15")});
    QCOMPARE(ReasonText::translated(abInRepeat),
             QStringLiteral("<<apr_pollset_poll: The timeout specified has expired (70007) "
                            "(repeat 3 of 15)>>"));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_GUILESS_MAIN(tst_ReasonText)
#include "tst_reasontext.moc"
