#include "mainactions.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QWidget>

MainActions::MainActions(QWidget *window) : QObject(window)
{
    run = new QAction(this);
    run->setObjectName(QStringLiteral("runSweepAction"));
    run->setShortcut(Qt::Key_F5);
    cancel = new QAction(this);
    cancel->setObjectName(QStringLiteral("cancelSweepAction"));
    cancel->setShortcut(Qt::Key_Escape);
    // Window-wide shortcuts, also while focus sits in the config panel.
    window->addAction(run);
    window->addAction(cancel);

    exportReport = new QAction(this);
    exportReport->setShortcut(QKeySequence::Save);
    copyMarkdown = new QAction(this);
    open = new QAction(this);
    open->setShortcut(QKeySequence::Open);
    compare = new QAction(this);
    compare->setObjectName(QStringLiteral("compareSweepsAction"));
    quit = new QAction(this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_languageGroup = new QActionGroup(this);
    // Each language is named in itself, so a user who cannot read the other finds it.
    english = new QAction(QStringLiteral("&English"), m_languageGroup);
    indonesian = new QAction(QStringLiteral("&Bahasa Indonesia"), m_languageGroup);
    english->setCheckable(true);
    indonesian->setCheckable(true);
    about = new QAction(this);
    about->setMenuRole(QAction::AboutRole);

    const char *tabNames[] = {"showLiveTabAction", "showResultsTabAction", "showChartsTabAction",
                              "showLogTabAction"};
    for (int i = 0; i < 4; ++i) {
        auto action = new QAction(this);
        action->setObjectName(QLatin1StringView(tabNames[i]));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        window->addAction(action); // like F5: whatever has the focus
        showTab << action;
    }
}

void MainActions::createMenus(QMenuBar *bar)
{
    m_fileMenu = bar->addMenu(QString());
    m_fileMenu->addAction(run);
    m_fileMenu->addAction(cancel);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(exportReport);
    m_fileMenu->addAction(copyMarkdown);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(open);
    recentMenu = m_fileMenu->addMenu(QString());
    recentMenu->setObjectName(QStringLiteral("recentMenu"));
    recentMenu->setToolTipsVisible(true); // each entry's tooltip is its file's path
    m_fileMenu->addAction(compare);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);
    m_viewMenu = bar->addMenu(QString());
    m_viewMenu->addActions(showTab);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->addAction(about);
}

void MainActions::setLanguageChecked(const QString &code)
{
    english->setChecked(code == u"en");
    indonesian->setChecked(code == u"id");
}

void MainActions::retranslate()
{
    run->setText(tr("&Run Sweep"));
    cancel->setText(tr("&Cancel Sweep"));
    exportReport->setText(tr("&Export report..."));
    copyMarkdown->setText(tr("Copy &markdown table"));
    open->setText(tr("&Open saved sweep..."));
    compare->setText(tr("Com&pare saved sweeps..."));
    quit->setText(tr("&Quit"));
    about->setText(tr("&About serverbench"));
    // "&Language" holds L in the same menu.
    showTab.at(0)->setText(tr("L&ive"));
    showTab.at(1)->setText(tr("&Results"));
    showTab.at(2)->setText(tr("&Charts"));
    showTab.at(3)->setText(tr("Lo&g"));
    if (!m_fileMenu)
        return;
    recentMenu->setTitle(tr("Recent s&weeps"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
}
