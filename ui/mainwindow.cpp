#include "mainwindow.h"

#include "comparedialog.h"
#include "configpanel.h"
#include "exportfolderdialog.h"
#include "languagemanager.h"
#include "livechart.h"
#include "mainactions.h"
#include "markdownwriter.h"
#include "progresspanel.h"
#include "reportexporter.h"
#include "resultsmodel.h"
#include "resultstableview.h"
#include "rundetailwidget.h"
#include "scrollwheelguard.h"
#include "serverstoolbar.h"
#include "sweepchartswidget.h"
#include "sweepcomparison.h"
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
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

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
    setUpTabOrder();
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
    m_configScroll = scroll;
    scroll->setWidget(m_config);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // a tab stop that does nothing; its fields are the stops
    scroll->setMinimumWidth(m_config->sizeHint().width() + 24);
    ScrollWheelGuard::install(scroll);

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
    connect(m_actions->compare, &QAction::triggered, this, &MainWindow::openCompareDialog);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->english, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("en")); });
    connect(m_actions->indonesian, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("id")); });
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    for (int tab = LiveTab; tab <= LogTab; ++tab)
        connect(m_actions->showTab.at(tab), &QAction::triggered, this,
                [this, tab] { showTab(Tab(tab)); });
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
    m_comparison = false;
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
        setSweepState(SweepState::Saved, savedPath);
        statusBar()->showMessage(tr("Sweep saved to %1").arg(savedPath), 15000);
    } else {
        setSweepState(SweepState::NotSaved, saveError);
        statusBar()->showMessage(tr("The sweep could not be saved: %1").arg(saveError), 15000);
    }
    logMessage(result.cancelled ? tr("Sweep cancelled") : tr("Sweep finished"));
    updateRunState();
    if (m_closeBox) // nothing left to stop: the question no longer applies
        m_closeBox->reject();
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
    m_actions->compare->setEnabled(!m_running);
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
    ExportFolderDialog dialog(this, m_exportFolder);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString dir = dialog.folder();
    m_exportFolder = dir;
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

void MainWindow::showSweep(const SweepResult &sweep, const QString &source, bool comparison)
{
    m_sweep = sweep;
    m_hasSweep = true;
    m_sweepSource = source;
    m_comparison = comparison;
    m_charts->setLevels(sweep.config.levels);
    m_model->setRows(sweep.rows);
    // The Live tab shows the sweep on screen, not the last one run here.
    m_live->startSweep(sweep.config);
    m_live->sweepFinished(sweep);
    m_detail->clear();
    setSweepState(comparison ? SweepState::Comparison : SweepState::Opened, source);
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

CompareDialog *MainWindow::openCompareDialog()
{
    if (m_running)
        return nullptr;
    auto dialog = new CompareDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        if (!compareSweeps(dialog->checkedPaths(), &error))
            QMessageBox::warning(this, tr("Compare saved sweeps"), error);
    });
    dialog->open();
    return dialog;
}

bool MainWindow::compareSweeps(const QStringList &paths, QString *error)
{
    QStringList problems;
    QList<SweepResult> sweeps;
    if (m_running) {
        problems << tr("A sweep is running");
    } else if (paths.size() < 2) {
        problems << tr("Choose two or more sweeps to compare");
    } else {
        // Every file is tried, so one message names each that cannot be read.
        for (const QString &path : paths) {
            SweepResult sweep;
            QString why;
            if (SweepStore::load(path, &sweep, &why))
                sweeps << sweep;
            else
                problems << tr("Cannot open %1").arg(why); // why names the file
        }
    }
    if (!problems.isEmpty()) {
        const QString text = problems.join(u'\n');
        for (const QString &problem : std::as_const(problems))
            logMessage(problem);
        if (error)
            *error = text;
        return false;
    }
    // Oldest first, whatever order they were checked in, so the names read
    // "before / after".
    std::stable_sort(sweeps.begin(), sweeps.end(), [](const SweepResult &a, const SweepResult &b) {
        return a.startedAt < b.startedAt;
    });
    const QStringList names = SweepComparison::names(sweeps);
    SweepResult merged = SweepComparison::merge(sweeps, names);
    // The report's heading; the window title says it again in the current language.
    merged.config.title = tr("Comparison: %1").arg(names.join(QStringLiteral(" / ")));
    showSweep(merged, names.join(QStringLiteral(" / ")), true);
    const QStringList differences = SweepComparison::differences(sweeps);
    logMessage(tr("Comparing %1 saved sweeps: %2")
                       .arg(sweeps.size())
                       .arg(names.join(QStringLiteral(", "))));
    if (!differences.isEmpty())
        logMessage(tr("The compared sweeps were not measured alike (%1); the report's settings are "
                      "the first sweep's")
                           .arg(differences.join(QStringLiteral("; "))));
    if (error)
        error->clear();
    return true;
}

void MainWindow::fillRecentMenu()
{
    m_actions->recentMenu->clear();
    const QList<SweepStore::Entry> entries = SweepStore::list({}, 10);
    for (const SweepStore::Entry &entry : entries) {
        const QString path = entry.path;
        QString text
                = entry.readable ? entry.summary() : tr("%1 (cannot be read)").arg(entry.fileName);
        if (entry.cancelled)
            text = tr("%1 (cancelled)").arg(text);
        // A title's "&" is text, not a mnemonic.
        QAction *action
                = m_actions->recentMenu->addAction(text.replace(u'&', QStringLiteral("&&")));
        // An unreadable file stays listed with why (the error names the file).
        action->setToolTip(entry.readable ? path : entry.error);
        action->setStatusTip(action->toolTip());
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
        event->ignore();
        if (!m_closeRequested)
            askStopAndQuit();
        return;
    }
    saveSettings();
    m_servers->stopAll();
    event->accept();
}

void MainWindow::askStopAndQuit()
{
    if (m_closeBox) {
        m_closeBox->activateWindow();
        return;
    }
    m_closeBox = new QMessageBox(
            QMessageBox::Question, tr("Quit serverbench"),
            tr("A sweep is running. Stop it and quit? The finished runs are saved."),
            QMessageBox::NoButton, this);
    m_closeBox->setObjectName(QStringLiteral("closeMidSweepBox"));
    m_closeBox->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *stop = m_closeBox->addButton(tr("&Stop and quit"), QMessageBox::AcceptRole);
    stop->setObjectName(QStringLiteral("stopAndQuitButton"));
    QPushButton *keep = m_closeBox->addButton(tr("&Keep running"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepRunningButton"));
    // Enter or Esc by habit must not throw a long sweep away.
    m_closeBox->setDefaultButton(keep);
    m_closeBox->setEscapeButton(keep);
    QMessageBox *box = m_closeBox;
    connect(box, &QDialog::finished, this, [this, box, stop] {
        if (box->clickedButton() == stop)
            stopAndQuit();
    });
    // open(), not exec(): no nested event loop inside closeEvent, and the
    // sweep's signals keep arriving while the user decides.
    m_closeBox->open();
}

void MainWindow::stopAndQuit()
{
    if (!m_running) {
        close();
        return;
    }
    // The runner's finished() autosaves the finished rows, then closes the
    // window (onSweepFinished) once its threads are joined.
    m_closeRequested = true;
    cancelSweep();
    statusBar()->showMessage(tr("Cancelling the sweep before closing…"));
}

void MainWindow::setUpTabOrder()
{
    // Qt chains widgets in the order they joined the window. That is the
    // reading order (config panel, Run Sweep, Cancel, the tabs and the page
    // shown) but for the toolbar, which joined first, so the window opened
    // with the focus on a manual server's Start button. The manual servers go
    // last. Only single widgets move: setTabOrder on compound widgets (a tab
    // widget and its pages) breaks the chain in Qt 6.4.
    QList<QWidget *> servers;
    QWidget *last = nullptr;
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
            continue;
        if (m_servers->isAncestorOf(w))
            servers << w;
        else
            last = w;
    }
    for (QWidget *w : std::as_const(servers)) {
        setTabOrder(last, w);
        last = w;
    }
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
    m_exportFolder = settings.value(QStringLiteral("export/folder")).toString();
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
    settings.setValue(QStringLiteral("export/folder"), m_exportFolder);
}

void MainWindow::setSweepState(SweepState state, const QString &detail)
{
    m_sweepState = state;
    m_sweepStateDetail = detail;
    showSweepState();
}

// A sentence made when the sweep arrived: kept as state and detail, so the
// language switch can say it again.
void MainWindow::showSweepState()
{
    const QString &detail = m_sweepStateDetail;
    switch (m_sweepState) {
    case SweepState::None:
        m_savedLabel->clear();
        break;
    case SweepState::Saved:
        m_savedLabel->setText(tr("Saved: %1").arg(detail));
        break;
    case SweepState::NotSaved:
        m_savedLabel->setText(tr("Not saved: %1").arg(detail));
        break;
    case SweepState::Opened:
        m_savedLabel->setText(tr("Opened: %1").arg(detail));
        break;
    case SweepState::Comparison:
        m_savedLabel->setText(tr("Comparison, not saved: %1").arg(detail));
        break;
    }
}

void MainWindow::retranslateUi()
{
    showSweepState();
    const QString source = m_sweepSource.isEmpty() ? QString()
            : m_comparison ? tr("Comparison: %1").arg(m_sweepSource) + QStringLiteral(" — ")
                           : QFileInfo(m_sweepSource).fileName() + QStringLiteral(" — ");
    setWindowTitle(source + tr("serverbench — HTTP server concurrency workbench"));
    // The fields' labels are longer in Indonesian: the panel never cuts them.
    m_configScroll->setMinimumWidth(m_config->sizeHint().width()
                                    + m_configScroll->verticalScrollBar()->sizeHint().width());
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
