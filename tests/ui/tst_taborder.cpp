// The main window from the keyboard: Tab walks the config panel, then Run
// Sweep, the tabs and the manual servers' Start buttons, and comes back; the
// locust engine's fields follow the engine, and only while it is chosen; the
// results table is one stop that the arrow keys move inside; Ctrl+1…4 switch
// the tabs; every menu entry has a mnemonic of its own.

#include "configpanel.h"
#include "externaltargetseditor.h"
#include "mainwindow.h"
#include "resultsmodel.h"
#include "resultstableview.h"
#include "serverstoolbar.h"
#include "sweepstore.h"
#include "uitestenv.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

namespace {

SweepRow row(const SweepTarget &target, int index, int c)
{
    SweepRow r;
    r.targetIndex = index;
    r.targetKey = target.key;
    r.targetLabel = target.label;
    r.concurrency = c;
    r.hasFigures = true;
    r.result.concurrency = c;
    r.result.requested = 10;
    r.result.timeTakenSec = 0.5;
    r.result.complete = 10;
    r.result.totalTransferred = 1220;
    for (int i = 0; i < 10; ++i)
        r.result.samples.append(RequestSample {0, 0, 0, 1000 * (i + 1)});
    return r;
}

// The widgets Tab visits from start until it comes back (at most limit presses).
QList<QWidget *> walkTabs(QWidget *start, int limit = 200)
{
    QList<QWidget *> visited;
    start->setFocus(Qt::TabFocusReason);
    if (QApplication::focusWidget() != start)
        return visited;
    visited << start;
    for (int i = 0; i < limit; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (now == start || !now)
            break;
        visited << now;
    }
    return visited;
}

QString names(const QList<QWidget *> &widgets)
{
    QStringList out;
    for (QWidget *w : widgets)
        out << (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                          : w->objectName());
    return out.join(QStringLiteral(", "));
}

// The character after the single '&' ("&&" is a literal ampersand); 0 without one.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

} // namespace

class tst_TabOrder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tabWalksPanelThenRunSweep();
    void locustFieldsFollowEngine();
    void resultsTableIsOneStop();
    void ctrlNumberSwitchesTabs();
    void everyMenuEntryHasMnemonic();

private:
    void showWithResults(MainWindow &window);
    QTemporaryDir m_home;
};

void tst_TabOrder::initTestCase()
{
    QVERIFY(m_home.isValid());
    UiTestEnv::isolate(m_home);
}

void tst_TabOrder::showWithResults(MainWindow &window)
{
    // No external target: a row there is a table of its own to walk.
    ExternalTargetsEditor *externals = window.configPanel()->externalEditor();
    while (externals->rowCount() > 0)
        externals->removeRow(0);
    SweepResult sweep;
    sweep.config = SweepConfig::defaults();
    sweep.config.levels = {1, 5, 10};
    QCOMPARE(sweep.config.targets.size(), 2);
    for (int c : sweep.config.levels) {
        for (int t = 0; t < 2; ++t)
            sweep.rows << row(sweep.config.targets.at(t), t, c);
    }
    QString error;
    const QString path
            = SweepStore::save(sweep, m_home.filePath(QStringLiteral("fixture")), &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY2(window.openSweep(path), qPrintable(path)); // shows the Results tab
    QCOMPARE(window.resultsModel()->rowCount(), 6);
}

void tst_TabOrder::tabWalksPanelThenRunSweep()
{
    MainWindow window;
    showWithResults(window);
    auto first = window.findChild<QWidget *>(QStringLiteral("asyncCheck"));
    QVERIFY(first);
    // The window opens with the focus in the panel's first field.
    QCOMPARE(QApplication::focusWidget(), first);
    const QList<QWidget *> walk = walkTabs(first);
    qInfo("tab order: %s", qPrintable(names(walk)));
    QVERIFY2(QApplication::focusWidget() == first, "Tab does not come back to the first field");

    auto run = window.findChild<QPushButton *>(QStringLiteral("runSweepButton"));
    const qsizetype runAt = walk.indexOf(run);
    QVERIFY2(runAt > 0, qPrintable(names(walk)));
    // Every field of the config panel, in the panel's order, before Run Sweep.
    qsizetype lastConfig = -1;
    int configStops = 0;
    for (qsizetype i = 0; i < walk.size(); ++i) {
        if (window.configPanel()->isAncestorOf(walk.at(i))) {
            lastConfig = i;
            ++configStops;
        }
    }
    QCOMPARE(lastConfig, runAt - 1);
    QCOMPARE(configStops, int(runAt));
    for (const char *name : {"asyncPortSpin", "threadPortSpin", "levelsEdit", "requestsSpin",
                             "engineCombo", "receiveErrorsCheck"}) {
        auto field = window.findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY(field);
        QWidget *stop = field->focusProxy() ? field->focusProxy() : field;
        QVERIFY2(walk.indexOf(stop) >= 0 && walk.indexOf(stop) < runAt, name);
    }
    // Idle, Cancel is disabled and skipped; the tabs come next.
    auto tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QCOMPARE(walk.value(runAt + 1), tabs->tabBar());
    // The manual servers' Start buttons are reachable too.
    for (ServerModel model : allServerModels()) {
        QWidget *button = window.serversToolBar()->widgetForAction(
                window.serversToolBar()->toggleAction(model));
        QVERIFY2(walk.indexOf(button) > runAt, qPrintable(names(walk)));
    }
    // Shift+Tab from Run Sweep goes back into the panel.
    run->setFocus(Qt::TabFocusReason);
    QTest::keyClick(run, Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY(window.configPanel()->isAncestorOf(QApplication::focusWidget()));
}

void tst_TabOrder::locustFieldsFollowEngine()
{
    MainWindow window;
    showWithResults(window);
    const auto stop = [&window](const char *name) {
        auto field = window.findChild<QWidget *>(QString::fromLatin1(name));
        return field && field->focusProxy() ? field->focusProxy() : field;
    };
    const char *const locustFields[]
            = {"locustWorkersSpin", "locustMasterBindEdit", "locustWaitSpin"};
    auto first = window.findChild<QWidget *>(QStringLiteral("asyncCheck"));
    QVERIFY(first);
    auto engine = window.findChild<QComboBox *>(QStringLiteral("engineCombo"));
    QVERIFY(engine);
    engine->setCurrentIndex(engine->findData(QStringLiteral("socket")));
    // Hidden with another engine, so Tab does not stop on them.
    QList<QWidget *> walk = walkTabs(first);
    QVERIFY(walk.contains(stop("engineCombo")));
    for (const char *name : locustFields) {
        QVERIFY2(stop(name), name);
        QVERIFY2(!walk.contains(stop(name)), qPrintable(names(walk)));
    }

    engine->setCurrentIndex(engine->findData(QStringLiteral("locust")));
    walk = walkTabs(first);
    qInfo("tab order: %s", qPrintable(names(walk)));
    qsizetype at = walk.indexOf(stop("engineCombo"));
    QVERIFY2(at >= 0, qPrintable(names(walk)));
    for (const char *name :
         {"locustWorkersSpin", "locustMasterBindEdit", "locustWaitSpin", "timeoutSpin"})
        QVERIFY2(walk.value(++at) == stop(name), qPrintable(names(walk)));
    // Not left for the other tests: the window saves its settings.
    engine->setCurrentIndex(engine->findData(QStringLiteral("socket")));
}

void tst_TabOrder::resultsTableIsOneStop()
{
    MainWindow window;
    showWithResults(window);
    ResultsTableView *table = window.resultsView();
    QVERIFY(!table->tabKeyNavigation());
    const QList<QWidget *> walk
            = walkTabs(window.findChild<QWidget *>(QStringLiteral("asyncCheck")));
    QCOMPARE(walk.count(table), 1);

    // Inside, the arrow keys move from row to row; Tab leaves.
    table->setFocus(Qt::TabFocusReason);
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(table, Qt::Key_Right);
    QCOMPARE(table->currentIndex().column(), 1);
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != table);
}

void tst_TabOrder::ctrlNumberSwitchesTabs()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    // From a field of the panel, as a user at work would be.
    window.findChild<QWidget *>(QStringLiteral("levelsEdit"))->setFocus();
    const MainWindow::Tab order[] = {MainWindow::ChartsTab, MainWindow::LiveTab, MainWindow::LogTab,
                                     MainWindow::ResultsTab, MainWindow::LiveTab};
    for (MainWindow::Tab tab : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_1 + int(tab)),
                        Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), int(tab));
    }
    // They are the View menu's entries, so the shortcut is written beside each.
    QMenu *view = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->text().remove(u'&') == u"View")
            view = action->menu();
    }
    QVERIFY(view);
    QStringList shortcuts;
    for (QAction *action : view->actions()) {
        if (!action->shortcut().isEmpty())
            shortcuts << action->shortcut().toString(QKeySequence::PortableText);
    }
    QCOMPARE(shortcuts,
             QStringList({QStringLiteral("Ctrl+1"), QStringLiteral("Ctrl+2"),
                          QStringLiteral("Ctrl+3"), QStringLiteral("Ctrl+4")}));
}

void tst_TabOrder::everyMenuEntryHasMnemonic()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList missing;
    QStringList clashes;
    // Each menu's entries, submenus' titles included, the menu bar's titles too.
    QList<QPair<QString, QList<QAction *>>> menus {
            {QStringLiteral("menu bar"), window.menuBar()->actions()}};
    for (qsizetype m = 0; m < menus.size(); ++m) {
        const auto [where, actions] = menus.at(m);
        QHash<QChar, QString> used;
        for (QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QString text = action->text();
            const QChar key = mnemonic(text);
            if (key.isNull())
                missing << where + QStringLiteral(": ") + text;
            else if (used.contains(key))
                clashes << where + QStringLiteral(": ") + used.value(key) + QStringLiteral(" / ")
                                + text;
            else
                used.insert(key, text);
            if (action->menu())
                menus.append({text, action->menu()->actions()});
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    QVERIFY(menus.size() >= 5); // File, View, Help, Recent, Language at least
}

QTEST_MAIN(tst_TabOrder)
#include "tst_taborder.moc"
