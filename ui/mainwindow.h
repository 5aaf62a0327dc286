#pragma once

// MainWindow: the workbench. Config panel on the left; live chart, results
// table with the selected run's report, sweep charts and log in tabs on the
// right; servers toolbar on top. It only presents and wires: SweepRunner runs
// the sweep (its own threads), ServersToolBar owns the manually started
// servers, ReportExporter writes the report. GUI thread.

#include "sweepresult.h"

#include <QMainWindow>
#include <QPointer>

class CompareDialog;
class ConfigPanel;
class LanguageManager;
class LiveChart;
class MainActions;
class ProgressPanel;
class QLabel;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTabWidget;
class ResultsModel;
class ResultsTableView;
class RunDetailWidget;
class ServersToolBar;
class SweepChartsWidget;
class SweepRunner;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab { LiveTab, ResultsTab, ChartsTab, LogTab };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ConfigPanel *configPanel() const { return m_config; }
    ServersToolBar *serversToolBar() const { return m_servers; }
    ResultsModel *resultsModel() const { return m_model; }
    ResultsTableView *resultsView() const { return m_table; }
    SweepChartsWidget *chartsWidget() const { return m_charts; }
    RunDetailWidget *runDetail() const { return m_detail; }
    LiveChart *liveChart() const { return m_live; }
    QString runBlockedReason() const { return m_blockedReason; }
    bool isSweepRunning() const;
    bool hasSweep() const { return m_hasSweep; }
    const SweepResult &currentSweep() const { return m_sweep; }
    QString lastSavedPath() const { return m_savedPath; }
    QString language() const;
    void showTab(Tab tab);

public slots:
    void startSweep();
    void cancelSweep();
    bool exportReport(const QString &dir, QString *error = nullptr);
    bool openSweep(const QString &path);
    // File → Compare: the dialog (window-modal, returns at once); OK compares
    // the checked sweeps.
    CompareDialog *openCompareDialog();
    // Loads the sweeps and shows them merged (SweepComparison), not saved;
    // false with *error (a line per unreadable file) and nothing shown.
    bool compareSweeps(const QStringList &paths, QString *error = nullptr);
    void setLanguage(const QString &code);

signals:
    void sweepFinished(bool cancelled);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    QWidget *createLeftPanel();
    void setUpTabOrder();
    // Closing mid-sweep asks first (window-modal, so the sweep goes on meanwhile).
    void askStopAndQuit();
    void stopAndQuit();
    void connectRunner();
    void onSweepFinished(const SweepResult &result, const QString &savedPath,
                         const QString &saveError);
    void updateRunState();
    void fillRecentMenu();
    void chooseExportFolder();
    void chooseSweepFile();
    void copyMarkdown();
    void showAbout();
    // comparison: source is the compared sweeps' names, not a file.
    void showSweep(const SweepResult &sweep, const QString &source, bool comparison = false);
    void logMessage(const QString &text);
    void loadSettings();
    void saveSettings() const;
    void retranslateUi();
    enum class SweepState { None, Saved, NotSaved, Opened, Comparison };
    void setSweepState(SweepState state, const QString &detail);
    void showSweepState();

    SweepRunner *m_runner = nullptr;
    LanguageManager *m_language = nullptr;
    ConfigPanel *m_config = nullptr;
    ServersToolBar *m_servers = nullptr;
    ProgressPanel *m_progress = nullptr;
    LiveChart *m_live = nullptr;
    ResultsModel *m_model = nullptr;
    ResultsTableView *m_table = nullptr;
    RunDetailWidget *m_detail = nullptr;
    SweepChartsWidget *m_charts = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_split = nullptr;
    QScrollArea *m_configScroll = nullptr;
    QSplitter *m_resultsSplit = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_blockedLabel = nullptr;
    QLabel *m_savedLabel = nullptr;
    QPointer<QMessageBox> m_closeBox; // "closeMidSweepBox" while it asks

    MainActions *m_actions = nullptr;

    SweepResult m_sweep;
    bool m_hasSweep = false;
    bool m_running = false;
    bool m_closeRequested = false;
    QString m_sweepSource;
    bool m_comparison = false; // the sweep shown is a comparison, in no file
    QString m_savedPath;
    SweepState m_sweepState = SweepState::None;
    QString m_sweepStateDetail; // the path, or why it was not saved
    QString m_exportFolder; // the last one, where the next export dialog opens
    QString m_blockedReason;
};
