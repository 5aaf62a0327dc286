// The mouse wheel over a scroll area scrolls it; it changes a spin box or a
// combo box only once that field has the focus. The config panel is a long
// scroll area of such fields, and scrolling it used to rewrite n, the
// repeats and the engine on the way down.

#include "mainwindow.h"
#include "scrollwheelguard.h"
#include "uitestenv.h"

#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtTest>

class tst_ScrollWheelGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wheelScrollsPastUnfocusedFields();
    void focusedFieldTakesTheWheel();
    void configPanelIsGuarded();

private:
    static void wheelDown(QWidget *widget);

    QTemporaryDir m_home;
};

void tst_ScrollWheelGuard::initTestCase()
{
    QVERIFY(m_home.isValid());
    UiTestEnv::isolate(m_home);
}

void tst_ScrollWheelGuard::wheelDown(QWidget *widget)
{
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(widget, &event);
}

// A page taller than its area: 30 spin boxes and a combo box.
struct Page
{
    Page()
    {
        auto content = new QWidget;
        auto layout = new QVBoxLayout(content);
        combo = new QComboBox;
        combo->addItems({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        layout->addWidget(combo);
        for (int i = 0; i < 30; ++i) {
            auto box = new QSpinBox;
            box->setRange(0, 100);
            box->setValue(50);
            layout->addWidget(box);
            boxes << box;
        }
        area.setWidget(content);
        area.setWidgetResizable(true);
        area.resize(200, 150);
        ScrollWheelGuard::install(&area);
    }

    QScrollArea area;
    QComboBox *combo = nullptr;
    QList<QSpinBox *> boxes;
};

void tst_ScrollWheelGuard::wheelScrollsPastUnfocusedFields()
{
    Page page;
    page.area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page.area));
    QCOMPARE(page.boxes.first()->focusPolicy(), Qt::StrongFocus); // not WheelFocus
    QScrollBar *bar = page.area.verticalScrollBar();
    QCOMPARE(bar->value(), 0);
    wheelDown(page.boxes.first());
    QCOMPARE(page.boxes.first()->value(), 50);
    QVERIFY(bar->value() > 0);
    const int scrolled = bar->value();
    page.combo->clearFocus(); // shown first in the window, it may have taken the focus
    QVERIFY(!page.combo->hasFocus());
    wheelDown(page.combo);
    QCOMPARE(page.combo->currentIndex(), 0);
    QVERIFY(bar->value() > scrolled);
}

void tst_ScrollWheelGuard::focusedFieldTakesTheWheel()
{
    Page page;
    page.area.show();
    page.area.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page.area));
    QSpinBox *box = page.boxes.first();
    box->setFocus();
    QTRY_VERIFY(box->hasFocus());
    wheelDown(box);
    QCOMPARE(box->value(), 49);
    QCOMPARE(page.area.verticalScrollBar()->value(), 0);
}

void tst_ScrollWheelGuard::configPanelIsGuarded()
{
    MainWindow window;
    window.resize(1000, 500); // the config panel must scroll
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto requests = window.findChild<QSpinBox *>(QStringLiteral("requestsSpin"));
    auto engine = window.findChild<QComboBox *>(QStringLiteral("engineCombo"));
    QVERIFY(requests && engine);
    const int n = requests->value();
    const int engineIndex = engine->currentIndex();
    requests->clearFocus();
    engine->clearFocus();
    wheelDown(requests);
    wheelDown(engine);
    QCOMPARE(requests->value(), n);
    QCOMPARE(engine->currentIndex(), engineIndex);
}

QTEST_MAIN(tst_ScrollWheelGuard)
#include "tst_scrollwheelguard.moc"
