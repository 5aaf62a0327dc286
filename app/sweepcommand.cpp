// `serverbench sweep`: parse and check everything first (nothing is written
// on a usage error), run the sweep on SweepRunner while the main thread runs
// the event loop, print the markdown tables to stdout and write the report.
// SIGINT/SIGTERM cancel the sweep; what finished is still written.

#include "commands.h"

#include "filelimit.h"
#include "interruptsignals.h"
#include "markdownwriter.h"
#include "reportexporter.h"
#include "reportfigures.h"
#include "sweepcommandline.h"
#include "sweeprunner.h"
#include "sweepstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QTextStream>
#include <QTranslator>

#include <csignal>
#include <cstdio>
#include <optional>
#include <unistd.h>

namespace {

// Concurrency 100 against an in-process server is 200+ sockets at once, and
// a peer that closes first must not kill the process with SIGPIPE.
void prepareProcess()
{
    FileLimit::raise();
    std::signal(SIGPIPE, SIG_IGN);
}

QString rowLine(const SweepRow &row, int index, int planned)
{
    const QString head = QStringLiteral("[%1/%2] %3 c=%4: ")
                                 .arg(index, QString::number(planned).size())
                                 .arg(planned)
                                 .arg(row.targetKey)
                                 .arg(row.concurrency);
    if (!row.hasFigures)
        return head + QStringLiteral("- (%1)").arg(row.reason);
    // The shown (median) run's counts, the spread over the repeats, and the
    // time every repeat took together.
    const RunResult &r = row.result;
    const SampleStatistics spread = ReportFigures::spread(row);
    double measuredSec = 0;
    for (const RunResult &run : row.measuredRuns())
        measuredSec += run.timeTakenSec;
    QString rate = QStringLiteral("%1 req/s").arg(r.requestsPerSecond(), 0, 'f', 2);
    if (spread.count > 1)
        rate += QStringLiteral(" (median run of %1: %2-%3, CV %4%)")
                        .arg(spread.count)
                        .arg(spread.min, 0, 'f', 0)
                        .arg(spread.max, 0, 'f', 0)
                        .arg(100 * spread.cv, 0, 'f', 1);
    return head
            + QStringLiteral("%1, %2 complete, %3 failed, %4 s")
                      .arg(rate)
                      .arg(r.complete)
                      .arg(r.failed())
                      .arg(measuredSec, 0, 'f', 3);
}

// Draws the progress bar (terminal) or one line per finished run (pipe).
class ProgressPrinter
{
public:
    ProgressPrinter(bool terminal, qint64 requests, int cells)
        : m_terminal(terminal), m_requests(requests), m_cells(cells)
    { }

    void runStarted(const SweepRunInfo &run)
    {
        m_run = run.runIndex;
        m_planned = run.plannedRuns;
        m_label = run.targetLabel.section(u' ', 0, 0);
        m_c = run.concurrency;
        m_repeat = run.isWarmUp() ? QStringLiteral(" warm-up")
                                  : QStringLiteral(" #%1").arg(run.repeat + 1);
        m_progress = {};
        m_progress.total = m_requests;
        draw();
    }
    void progress(const RunProgress &progress)
    {
        m_progress = progress;
        draw();
    }
    void rowFinished(const SweepRow &row) { print(rowLine(row, ++m_cellsDone, m_cells)); }
    void print(const QString &line)
    {
        clear();
        m_err << line << '\n';
        m_err.flush();
        if (m_drawn)
            draw();
    }
    void done() { clear(); }

private:
    void clear()
    {
        if (m_terminal && m_drawn) {
            m_err << "\r\033[K";
            m_err.flush();
        }
    }
    void draw()
    {
        if (!m_terminal || m_planned == 0)
            return;
        const double runFraction
                = m_progress.total > 0 ? double(m_progress.done) / double(m_progress.total) : 0;
        const double overall = (m_run + qBound(0.0, runFraction, 1.0)) / m_planned;
        constexpr int width = 30;
        const int filled = int(overall * width);
        const QString bar = QString(filled, u'#') + QString(width - filled, u'.');
        m_err << "\r\033[K[" << bar << "] " << (m_run + 1) << '/' << m_planned << ' ' << m_label
              << " c=" << m_c << m_repeat << "  " << m_progress.done << '/' << m_progress.total
              << "  " << QString::number(m_progress.currentRps, 'f', 0) << " req/s";
        m_err.flush();
        m_drawn = true;
    }

    QTextStream m_err {stderr};
    bool m_terminal = false;
    qint64 m_requests = 0;
    bool m_drawn = false;
    int m_run = 0;
    int m_planned = 0;
    int m_cells = 0;
    int m_cellsDone = 0;
    QString m_label;
    QString m_repeat;
    int m_c = 0;
    RunProgress m_progress;
};

struct SweepOutcome
{
    SweepResult result;
    QString savedPath;
    QString saveError;
};

SweepOutcome runSweep(const SweepConfig &config, const QString &logDir, InterruptSignals &interrupt)
{
    const bool terminal = ::isatty(fileno(stderr)) == 1;
    ProgressPrinter printer(terminal, config.requests,
                            int(config.targets.size() * config.levels.size()));
    SweepRunner runner;
    runner.setLogDirectory(logDir);
    SweepOutcome outcome;
    QEventLoop loop;
    QObject::connect(&runner, &SweepRunner::runStarted, &loop,
                     [&printer](const SweepRunInfo &run) { printer.runStarted(run); });
    QObject::connect(&runner, &SweepRunner::runProgress, &loop,
                     [&printer](const RunProgress &p) { printer.progress(p); });
    QObject::connect(&runner, &SweepRunner::rowFinished, &loop,
                     [&printer](const SweepRow &row) { printer.rowFinished(row); });
    QObject::connect(&runner, &SweepRunner::targetMessage, &loop,
                     [&printer](const QString &text) { printer.print(text); });
    QObject::connect(&runner, &SweepRunner::finished, &loop,
                     [&](const SweepResult &result, const QString &path, const QString &error) {
                         outcome = {result, path, error};
                         loop.quit();
                     });
    bool cancelling = false;
    QObject::connect(&interrupt, &InterruptSignals::interrupted, &loop, [&] {
        if (!cancelling) {
            cancelling = true;
            printer.print(QStringLiteral("interrupted: cancelling; finished runs are kept"));
            runner.cancel();
        }
    });
    runner.start(config);
    loop.exec();
    printer.done();
    return outcome;
}

} // namespace

int sweepCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    const SweepCommandLine commandLine = SweepCommandLine::parse(arguments, &error);
    if (!error.isEmpty()) {
        err << "serverbench sweep: " << error << '\n';
        return 1;
    }
    if (commandLine.helpRequested) {
        out << commandLine.helpText;
        return 0;
    }
    // The report's notes (why a row is "-") in the report's language, as the
    // GUI writes them; the command's own messages stay English.
    QTranslator reportLanguage;
    if (commandLine.lang != u"en"
        && reportLanguage.load(QStringLiteral(":/i18n/serverbench_") + commandLine.lang))
        QCoreApplication::installTranslator(&reportLanguage);

    SweepResult result;
    // A second Ctrl-C kills the process the usual way.
    std::optional<InterruptSignals> interrupt;
    if (!commandLine.loadFile.isEmpty()) {
        if (!SweepStore::load(commandLine.loadFile, &result, &error)) {
            err << "serverbench sweep: " << error << '\n';
            return 1;
        }
    } else {
        // Everything is checked: only now does the report folder appear
        // (launch commands log into it while the sweep runs).
        if (!QDir().mkpath(commandLine.outDir)) {
            err << "serverbench sweep: cannot create the folder '" << commandLine.outDir << "'\n";
            return 1;
        }
        prepareProcess();
        interrupt.emplace(InterruptSignals::Repeat::DefaultAction);
        const SweepOutcome outcome
                = runSweep(commandLine.config, QDir(commandLine.outDir).absolutePath(), *interrupt);
        result = outcome.result;
        if (outcome.savedPath.isEmpty())
            err << "serverbench sweep: the sweep was not saved: " << outcome.saveError << '\n';
        else
            err << "serverbench sweep: saved " << outcome.savedPath << '\n';
    }

    out << MarkdownWriter::tables(result, commandLine.lang);
    out.flush();

    ReportOptions options;
    options.outDir = commandLine.outDir;
    options.lang = commandLine.lang;
    options.title = commandLine.title; // over the saved sweep's, with --load
    options.author = commandLine.author;
    QStringList written;
    const bool terminal = ::isatty(fileno(stderr)) == 1;
    const auto exportProgress = [terminal, &err](int done, int total) {
        if (!terminal)
            return;
        err << "\r\033[Kwriting the report: " << done << '/' << total << " files";
        if (done == total)
            err << "\r\033[K";
        err.flush();
    };
    if (!ReportExporter::exportSweep(result, options, &error, exportProgress, &written)) {
        err << "serverbench sweep: report not written: " << error << '\n';
        return 1;
    }
    err << "serverbench sweep: wrote " << written.size() << " files into "
        << QDir(commandLine.outDir).absolutePath() << " ("
        << QDir(commandLine.outDir).absoluteFilePath(options.markdownName) << ")\n";
    // 130: the shell's code for "ended by SIGINT", after writing what finished.
    return result.cancelled && interrupt && interrupt->wasInterrupted() ? 130 : 0;
}
