#include "autorun.h"

#include "mainwindow.h"
#include "resultstableview.h"

#include <QPushButton>
#include <QScreen>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

AutoRun::AutoRun(MainWindow *window, int holdMs)
    : QObject(window), m_window(window), m_holdMs(holdMs)
{
    connect(window, &MainWindow::sweepFinished, this, &AutoRun::onFinished);
}

void AutoRun::start()
{
    if (QScreen *screen = m_window->screen())
        m_window->setGeometry(screen->availableGeometry());
    // Let the window map and lay out before the click, as a user would.
    QTimer::singleShot(800, this, [this] {
        auto button = m_window->findChild<QPushButton *>(QStringLiteral("runSweepButton"));
        if (!button || !button->isEnabled()) {
            step(QStringLiteral("blocked: ") + m_window->runBlockedReason());
            m_window->close();
            return;
        }
        button->click();
        step(QStringLiteral("started"));
    });
}

void AutoRun::step(const QString &name)
{
    QTextStream out(stdout);
    out << "serverbench-autorun: " << name << Qt::endl;
}

void AutoRun::onFinished()
{
    m_window->showTab(MainWindow::ResultsTab);
    m_window->resultsView()->selectRow(0);
    QTimer::singleShot(m_holdMs / 3, this, [this] { step(QStringLiteral("results")); });
    QTimer::singleShot(m_holdMs, this, [this] {
        m_window->showTab(MainWindow::ChartsTab);
        QTimer::singleShot(m_holdMs / 3, this, [this] { step(QStringLiteral("charts")); });
    });
    QTimer::singleShot(2 * m_holdMs, this, [this] {
        step(QStringLiteral("done"));
        m_window->close();
    });
}
