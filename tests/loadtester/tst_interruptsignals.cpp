// InterruptSignals: SIGINT/SIGTERM to the event loop and to a cancel flag.

#include "interruptsignals.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

namespace {

std::atomic<int> g_previousCalls {0};

extern "C" void previousHandler(int)
{
    g_previousCalls.fetch_add(1);
}

} // namespace

class tst_InterruptSignals : public QObject
{
    Q_OBJECT

private slots:
    void signalReachesLoopAndFlag_data();
    void signalReachesLoopAndFlag();
    void previousHandlerComesBack();
};

void tst_InterruptSignals::signalReachesLoopAndFlag_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT") << SIGINT;
    QTest::newRow("SIGTERM") << SIGTERM;
}

void tst_InterruptSignals::signalReachesLoopAndFlag()
{
    QFETCH(int, signalNumber);
    InterruptSignals interrupt;
    QVERIFY(interrupt.isValid());
    QVERIFY(!interrupt.wasInterrupted());
    std::atomic<bool> cancel {false};
    interrupt.setCancelFlag(&cancel);
    QSignalSpy spy(&interrupt, &InterruptSignals::interrupted);
    QCOMPARE(::raise(signalNumber), 0);
    QVERIFY(cancel.load()); // at once, without an event loop
    QVERIFY(interrupt.wasInterrupted());
    QCOMPARE(interrupt.lastSignal(), signalNumber);
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy[0][0].toInt(), signalNumber);
}

void tst_InterruptSignals::previousHandlerComesBack()
{
    std::signal(SIGINT, previousHandler);
    {
        InterruptSignals interrupt(InterruptSignals::Repeat::DefaultAction);
        ::raise(SIGINT);
        QCOMPARE(g_previousCalls.load(), 0);
        QVERIFY(interrupt.wasInterrupted());
    }
    ::raise(SIGINT);
    QCOMPARE(g_previousCalls.load(), 1);
    std::signal(SIGINT, SIG_DFL);
}

QTEST_GUILESS_MAIN(tst_InterruptSignals)
#include "tst_interruptsignals.moc"
