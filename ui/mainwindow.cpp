#include "mainwindow.h"

#include "configpanel.h"
#include "languagemanager.h"
#include "livechart.h"
#include "mainactions.h"
#include "markdownwriter.h"
#include "progresspanel.h"
#include "reportexporter.h"
#include "resultsmodel.h"
#include "resultstableview.h"
#include "rundetailwidget.h"
#include "serverstoolbar.h"
#include "sweepchartswidget.h"
#include "sweeprunner.h"
#include "sweepstore.h"
#include "uilog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/serverbench.svg")));
    m_language = new LanguageManager(this);
    m_runner = new SweepRunner(this);
    m_model = new ResultsModel(this);

    m_config = new ConfigPanel;
    m_servers = new ServersToolBar(this);
    m_servers->setOptionsProvider(
            [this](ServerModel model) { return m_config->serverOptions(model); });
    addToolBar(Qt::TopToolBarArea, m_servers);

    m_live = new LiveChart;
    m_table = new ResultsTableView(m_model);
    m_table->setObjectName(QStringLiteral("resultsView"));
    m_detail = new RunDetailWidget;
    m_charts = new SweepChartsWidget;
    m_charts->setModel(m_model);
    m_log = new QPlainTextEdit;
    m_log->setObjectName(QStringLiteral("logView"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);

    m_resultsSplit = new QSplitter(Qt::Vertical);
    m_resultsSplit->addWidget(m_table);
    m_resultsSplit->addWidget(m_detail);
    m_resultsSplit->setStretchFactor(0, 1);
    m_resultsSplit->setStretchFactor(1, 1);
    m_resultsSplit->setSizes({500, 500});

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(m_live, {});
    m_tabs->addTab(m_resultsSplit, {});
    m_tabs->addTab(m_charts, {});
    m_tabs->addTab(m_log, {});

    m_split = new QSplitter(Qt::Horizontal);
    m_split->addWidget(createLeftPanel());
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(1, 1);
    setCentralWidget(m_split);

    m_savedLabel = new QLabel;
    m_savedLabel->setObjectName(QStringLiteral("savedPathLabel"));
    m_savedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_savedLabel);

    createActions();
    connectRunner();
    connect(m_config, &ConfigPanel::problemChanged, this, &MainWindow::updateRunState);
    connect(m_servers, &ServersToolBar::message, this, &MainWindow::logMessage);
    connect(m_servers, &ServersToolBar::serverStateChanged, m_config, &ConfigPanel::revalidate);
    connect(m_table, &ResultsTableView::runSelected, this, [this](int row) {
        if (row >= 0 && row < m_model->rowCount())
            m_detail->showRow(m_model->sweepRow(row));
        else
            m_detail->clear();
    });

    resize(1400, 900);
    loadSettings();
    retranslateUi();
    updateRunState();
}

MainWindow::~MainWindow()
{
    saveSettings();
    // The runner's destructor cancels and joins; the servers stop before the panel goes.
    delete m_runner;
    m_runner = nullptr;
    m_servers->stopAll();
}

QWidget *MainWindow::createLeftPanel()
{
    m_runButton = new QPushButton;
    m_runButton->setObjectName(QStringLiteral("runSweepButton"));
    m_runButton->setDefault(true);
    m_cancelButton = new QPushButton;
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_runButton, &QPushButton::clicked, this, &MainWindow::startSweep);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelSweep);
    m_blockedLabel = new QLabel;
    m_blockedLabel->setObjectName(QStringLiteral("runBlockedLabel"));
    m_blockedLabel->setWordWrap(true);
    m_blockedLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_progress = new ProgressPanel;

    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton, 1);
    buttons->addWidget(m_cancelButton);

    auto scroll = new QScrollArea;
    scroll->setWidget(m_config);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(m_config->sizeHint().width() + 24);

    auto panel = new QWidget;
    auto layout = new QVBoxLayout(panel);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_blockedLabel);
    layout->addWidget(m_progress);
    return panel;
}

void MainWindow::createActions()
{
    m_actions = new MainActions(this);
    m_actions->createMenus(menuBar());
    connect(m_actions->run, &QAction::triggered, this, &MainWindow::startSweep);
    connect(m_actions->cancel, &QAction::triggered, this, &MainWindow::cancelSweep);
    connect(m_actions->exportReport, &QAction::triggered, this, &MainWindow::chooseExportFolder);
    connect(m_actions->copyMarkdown, &QAction::triggered, this, &MainWindow::copyMarkdown);
    connect(m_actions->open, &QAction::triggered, this, &MainWindow::chooseSweepFile);
    connect(m_actions->recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->english, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("en")); });
    connect(m_actions->indonesian, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("id")); });
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::connectRunner()
{
    connect(m_runner, &SweepRunner::runStarted, this, [this](const SweepRunInfo &run) {
        m_progress->runStarted(run);
        m_live->runStarted(run);
    });
    connect(m_runner, &SweepRunner::runProgress, this, [this](const RunProgress &progress) {
        m_progress->runProgress(progress);
        m_live->addProgress(progress);
    });
    connect(m_runner, &SweepRunner::rowFinished, this, [this](const SweepRow &row) {
        m_model->appendRow(row);
        m_progress->runFinished();
        m_live->addRow(row);
        if (!row.hasFigures)
            logMessage(tr("%1, c = %2: no figures: %3")
                               .arg(row.targetLabel)
                               .arg(row.concurrency)
                               .arg(row.reason));
    });
    connect(m_runner, &SweepRunner::targetMessage, this, &MainWindow::logMessage);
    connect(m_runner, &SweepRunner::finished, m_live, &LiveChart::sweepFinished);
    connect(m_runner, &SweepRunner::finished, this, &MainWindow::onSweepFinished);
}

bool MainWindow::isSweepRunning() const
{
    return m_running;
}

void MainWindow::startSweep()
{
    if (m_running)
        return;
    m_config->revalidate(); // the port probes may have changed since the last edit
    if (!m_config->problem().isEmpty()) {
        statusBar()->showMessage(m_config->problem(), 8000);
        return;
    }
    const SweepConfig config = m_config->config();
    m_charts->setLevels(config.levels);
    m_live->startSweep(config);
    m_model->clear();
    m_detail->clear();
    m_hasSweep = false;
    m_sweepSource.clear();
    m_progress->sweepStarted(config.plannedRuns());
    m_running = true;
    updateRunState();
    showTab(LiveTab);
    logMessage(tr("Sweep started: %1 runs").arg(config.plannedRuns()));
    m_runner->start(config);
}

void MainWindow::cancelSweep()
{
    if (!m_running)
        return;
    statusBar()->showMessage(tr("Cancelling the sweep…"));
    m_runner->cancel();
}

void MainWindow::onSweepFinished(const SweepResult &result, const QString &savedPath,
                                 const QString &saveError)
{
    m_running = false;
    m_progress->sweepFinished(result.cancelled);
    m_sweep = result;
    m_hasSweep = true;
    m_savedPath = savedPath;
    m_charts->setLevels(result.config.levels);
    // Cells arrived level by level (targets interleaved); the table ends in
    // the report's order, target by target.
    m_model->setRows(result.rows);
    if (!savedPath.isEmpty()) {
        m_sweepSource = savedPath;
        m_savedLabel->setText(tr("Saved: %1").arg(savedPath));
        statusBar()->showMessage(tr("Sweep saved to %1").arg(savedPath), 15000);
    } else {
        m_savedLabel->setText(tr("Not saved: %1").arg(saveError));
        statusBar()->showMessage(tr("The sweep could not be saved: %1").arg(saveError), 15000);
    }
    logMessage(result.cancelled ? tr("Sweep cancelled") : tr("Sweep finished"));
    updateRunState();
    emit sweepFinished(result.cancelled);
    if (m_closeRequested)
        close();
}

void MainWindow::updateRunState()
{
    const QString problem = m_config->problem();
    m_blockedReason = m_running ? tr("A sweep is running") : problem;
    const bool canRun = !m_running && problem.isEmpty();
    const QString why
            = problem.isEmpty() ? QString() : tr("Run Sweep is disabled: %1").arg(problem);
    m_actions->run->setEnabled(canRun);
    m_runButton->setEnabled(canRun);
    m_runButton->setToolTip(canRun ? tr("Run every target at every level (F5)") : why);
    m_actions->run->setToolTip(m_runButton->toolTip());
    m_blockedLabel->setText(m_running ? QString() : why);
    m_blockedLabel->setVisible(!m_running && !why.isEmpty());
    m_actions->cancel->setEnabled(m_running);
    m_cancelButton->setEnabled(m_running);
    m_config->setEnabled(!m_running);
    m_actions->exportReport->setEnabled(m_hasSweep && !m_running);
    m_actions->copyMarkdown->setEnabled(m_hasSweep && !m_running);
    m_actions->open->setEnabled(!m_running);
    m_actions->recentMenu->setEnabled(!m_running);
}

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

bool MainWindow::exportReport(const QString &dir, QString *error)
{
    ReportOptions options;
    options.outDir = dir;
    options.lang = m_language->language();
    QString problem;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ReportExporter::exportSweep(m_sweep, options, &problem);
    QApplication::restoreOverrideCursor();
    if (ok) {
        statusBar()->showMessage(tr("Report written to %1").arg(dir), 15000);
        logMessage(tr("Report written to %1").arg(dir));
    } else {
        statusBar()->showMessage(tr("The report could not be written: %1").arg(problem), 15000);
        logMessage(tr("The report could not be written: %1").arg(problem));
    }
    if (error)
        *error = problem;
    return ok;
}

void MainWindow::chooseExportFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export the report into"));
    if (dir.isEmpty())
        return;
    QString error;
    if (!exportReport(dir, &error))
        QMessageBox::warning(this, tr("Export report"), error);
}

void MainWindow::copyMarkdown()
{
    QApplication::clipboard()->setText(MarkdownWriter::tables(m_sweep, m_language->language()));
    statusBar()->showMessage(tr("Markdown table copied to the clipboard"), 5000);
}

bool MainWindow::openSweep(const QString &path)
{
    SweepResult sweep;
    QString error;
    if (!SweepStore::load(path, &sweep, &error)) {
        const QString text = tr("Cannot open %1: %2").arg(path, error);
        statusBar()->showMessage(text, 15000);
        logMessage(text);
        return false;
    }
    showSweep(sweep, path);
    return true;
}

void MainWindow::showSweep(const SweepResult &sweep, const QString &source)
{
    m_sweep = sweep;
    m_hasSweep = true;
    m_sweepSource = source;
    m_charts->setLevels(sweep.config.levels);
    m_model->setRows(sweep.rows);
    m_detail->clear();
    m_savedLabel->setText(tr("Opened: %1").arg(source));
    retranslateUi();
    updateRunState();
    showTab(ResultsTab);
}

void MainWindow::chooseSweepFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open saved sweep"),
                                                      SweepStore::defaultDirectory(),
                                                      tr("Saved sweeps (*.json)"));
    if (!path.isEmpty() && !openSweep(path))
        QMessageBox::warning(this, tr("Open saved sweep"), statusBar()->currentMessage());
}

void MainWindow::fillRecentMenu()
{
    m_actions->recentMenu->clear();
    const QList<SweepStore::Entry> entries = SweepStore::list({}, 10);
    for (const SweepStore::Entry &entry : entries) {
        const QString path = entry.path;
        QAction *action = m_actions->recentMenu->addAction(
                entry.modified.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openSweep(path); });
    }
    if (entries.isEmpty())
        m_actions->recentMenu->addAction(tr("(no saved sweeps yet)"))->setEnabled(false);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About serverbench"),
                       tr("<h3>serverbench %1</h3><p>HTTP server concurrency workbench: an "
                          "event-driven server and a thread-per-connection server, measured with "
                          "ApacheBench's figures over a sweep of concurrency levels.</p>"
                          "<p>Built with Qt %2 (running on Qt %3).</p>")
                               .arg(QStringLiteral(SERVERBENCH_VERSION),
                                    QStringLiteral(QT_VERSION_STR),
                                    QString::fromLatin1(qVersion())));
}

void MainWindow::logMessage(const QString &text)
{
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) + text);
    statusBar()->showMessage(text, 8000);
}

QString MainWindow::language() const
{
    return m_language->language();
}

void MainWindow::setLanguage(const QString &code)
{
    m_language->setLanguage(code); // sends LanguageChange: changeEvent retranslates
    m_actions->setLanguageChecked(m_language->language());
    retranslateUi();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_running) {
        // Cancel first; the runner's finished() closes the window once its threads are joined.
        m_closeRequested = true;
        event->ignore();
        cancelSweep();
        statusBar()->showMessage(tr("Cancelling the sweep before closing…"));
        return;
    }
    saveSettings();
    m_servers->stopAll();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::loadSettings()
{
    QSettings settings;
    m_config->loadSettings(settings);
    setLanguage(settings.value(QStringLiteral("view/language"), LanguageManager::systemLanguage())
                        .toString());
    m_charts->setLogScale(settings.value(QStringLiteral("view/logScale"), false).toBool());
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_split->restoreState(settings.value(QStringLiteral("window/split")).toByteArray());
    m_resultsSplit->restoreState(
            settings.value(QStringLiteral("window/resultsSplit")).toByteArray());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("view/tab"), 0).toInt());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    m_config->saveSettings(settings);
    settings.setValue(QStringLiteral("view/language"), m_language->language());
    settings.setValue(QStringLiteral("view/logScale"), m_charts->logScale());
    settings.setValue(QStringLiteral("view/tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/split"), m_split->saveState());
    settings.setValue(QStringLiteral("window/resultsSplit"), m_resultsSplit->saveState());
}

void MainWindow::retranslateUi()
{
    const QString source = m_sweepSource.isEmpty()
            ? QString()
            : QFileInfo(m_sweepSource).fileName() + QStringLiteral(" — ");
    setWindowTitle(source + tr("serverbench — HTTP server concurrency workbench"));
    m_tabs->setTabText(LiveTab, tr("Live"));
    m_tabs->setTabText(ResultsTab, tr("Results"));
    m_tabs->setTabText(ChartsTab, tr("Charts"));
    m_tabs->setTabText(LogTab, tr("Log"));
    m_runButton->setText(tr("Run Sweep"));
    m_cancelButton->setText(tr("Cancel"));
    m_actions->retranslate();
    m_config->retranslate();
    m_servers->retranslate();
    m_progress->retranslate();
    m_live->retranslate();
    m_model->setLanguage(m_language->language());
    m_detail->setLanguage(m_language->language());
    m_charts->setLanguage(m_language->language());
    m_model->retranslate();
    m_detail->retranslate();
    m_charts->retranslate();
    updateRunState();
}
