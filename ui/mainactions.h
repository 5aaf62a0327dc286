#pragma once

// MainActions: the window's actions (Run Sweep F5, Cancel Esc, export, copy
// markdown, open, compare, quit, the tabs Ctrl+1…4, language, about) and the menus that
// hold them, with their texts in the current language, each with a mnemonic so
// the keyboard reaches every one. MainWindow connects them. GUI thread.

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
class QWidget;

class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(QWidget *window);

    void createMenus(QMenuBar *bar);
    void retranslate();
    void setLanguageChecked(const QString &code);

    QAction *run = nullptr;
    QAction *cancel = nullptr;
    QAction *exportReport = nullptr;
    QAction *copyMarkdown = nullptr;
    QAction *open = nullptr;
    QAction *compare = nullptr; // File → Compare saved sweeps (CompareDialog)
    QAction *quit = nullptr;
    QAction *english = nullptr;
    QAction *indonesian = nullptr;
    QAction *about = nullptr;
    QMenu *recentMenu = nullptr;
    // View → Live, Results, Charts, Log (Ctrl+1…4), in MainWindow::Tab's order.
    QList<QAction *> showTab;

private:
    QActionGroup *m_languageGroup = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};
