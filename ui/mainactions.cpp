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
    quit = new QAction(this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_languageGroup = new QActionGroup(this);
    // Each language is named in itself, so a user who cannot read the other finds it.
    english = new QAction(QStringLiteral("English"), m_languageGroup);
    indonesian = new QAction(QStringLiteral("Bahasa Indonesia"), m_languageGroup);
    english->setCheckable(true);
    indonesian->setCheckable(true);
    about = new QAction(this);
    about->setMenuRole(QAction::AboutRole);
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
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);
    m_viewMenu = bar->addMenu(QString());
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
    quit->setText(tr("&Quit"));
    about->setText(tr("&About serverbench"));
    if (!m_fileMenu)
        return;
    recentMenu->setTitle(tr("Recent s&weeps"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
}
