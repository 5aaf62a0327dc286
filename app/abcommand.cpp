// serverbench ab: ApacheBench's command line (AbCommandLine), run on one of
// our engines, printed as ab prints it (AbReport), with ab's exit status.
#include "commands.h"

#include "abcommandline.h"
#include "abreport.h"
#include "engine.h"
#include "interruptsignals.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSaveFile>

#include <atomic>
#include <cstdio>

namespace {

void print(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

int usageError(const QString &message)
{
    print(stderr, QStringLiteral("serverbench ab: ") + message + u'\n');
    return 1;
}

// QSaveFile: the file is written whole or not at all.
bool writeFile(const QString &fileName, const QByteArray &data, const char *what)
{
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    print(stderr,
          QStringLiteral("serverbench ab: cannot write %1 file %2: %3\n")
                  .arg(QLatin1String(what), fileName, file.errorString()));
    return false;
}

QtMessageHandler g_previousHandler = nullptr;

// Qt 6.4's QNAM warns "QNetworkReplyImplPrivate::error: Internal problem,
// this method must only be called once." when a refused connection's error
// races the abort of a run ab stops; it changes nothing, but on stderr it
// would stand before ab's own abort line.
void quietQnamRace(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg
        && message.startsWith(u"QNetworkReplyImplPrivate::error: Internal problem"))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

int abCommand(const QStringList &arguments)
{
    // ab prints nothing but its own lines: the engines' debug log stays off
    // (QT_LOGGING_RULES can still turn it on).
    QLoggingCategory::setFilterRules(QStringLiteral("serverbench.loadtester.engine.debug=false"));
    g_previousHandler = qInstallMessageHandler(quietQnamRace);
    const AbCommandLine cl = AbCommandLine::parse(arguments);
    switch (cl.action) {
    case AbCommandLine::Action::Error:
        return usageError(cl.error);
    case AbCommandLine::Action::Help:
        print(stdout, cl.helpText);
        return 0;
    case AbCommandLine::Action::Version:
        print(stdout, AbCommandLine::banner(cl.test.engine));
        return 0;
    case AbCommandLine::Action::Run:
        break;
    }
    const LoadTest &test = cl.test;

    print(stdout, AbCommandLine::banner(test.engine));
    const qint64 heartbeat = cl.heartbeat();
    QString benchmarking = QStringLiteral("Benchmarking ") + test.url.host() + u' ';
    if (!test.proxyHost.isEmpty())
        benchmarking += QStringLiteral("[through %1:%2] ").arg(test.proxyHost).arg(test.proxyPort);
    benchmarking += QStringLiteral("(be patient)") + (heartbeat ? u"\n" : u"...");
    print(stdout, benchmarking);
    std::fflush(stdout);

    RunControl control;
    // The engine's threads report progress and trace; one at a time.
    QMutex outputMutex;
    qint64 printed = 0;
    if (heartbeat) {
        control.onProgress = [&outputMutex, &printed, heartbeat](const RunProgress &p) {
            QMutexLocker lock(&outputMutex);
            // ab prints each multiple of the heartbeat as it passes it.
            while (printed + heartbeat <= p.done) {
                printed += heartbeat;
                std::fprintf(stderr, "Completed %lld requests\n", printed);
            }
            std::fflush(stderr);
        };
    }
    // What ab prints as it goes: -v's lines, and the few it prints at any
    // verbosity ("Send request failed!"), each a whole message, so two
    // threads' messages never interleave. ab prints them on stdout, except
    // its -r receive errors with -v ("apr_socket_recv: ... (104)"), which go
    // to stderr.
    control.onTrace = [&outputMutex](const QByteArray &text) {
        QMutexLocker lock(&outputMutex);
        std::FILE *stream = text.startsWith("apr_") ? stderr : stdout;
        std::fwrite(text.constData(), 1, size_t(text.size()), stream);
        std::fflush(stream);
    };
    // SIGINT/SIGTERM cancel the run: the engine notices within ~100 ms and
    // returns what it measured, which we print, as ab does.
    bool interrupted = false;
    RunResult result;
    {
        InterruptSignals interrupt;
        interrupt.setCancelFlag(&control.cancelRequested);
        result = Engine::create(test.engine)->run(test, control);
        interrupted = interrupt.wasInterrupted();
    }

    // Progress lines the engine's last report did not reach.
    if (heartbeat) {
        while (printed + heartbeat <= result.complete) {
            printed += heartbeat;
            std::fprintf(stderr, "Completed %lld requests\n", printed);
        }
    }
    std::fflush(stderr);
    // Our own diagnosis (EMFILE, ...), where ab would not have stopped.
    if (!result.error.isEmpty() && !result.aborted())
        print(stderr, QStringLiteral("serverbench ab: ") + result.error + u'\n');

    bool filesWritten = true;
    if (!cl.jsonFile.isEmpty())
        filesWritten = writeFile(
                cl.jsonFile, QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact), "JSON");

    if (result.aborted() && !interrupted) {
        // ab's err()/apr_err(): the reason on stderr, the count on stdout,
        // no report, and ab's exit status.
        std::fflush(stdout);
        print(stderr, AbReport::abortStderr(result));
        std::fflush(stderr);
        print(stdout, AbReport::abortStdout(result));
        std::fflush(stdout);
        return result.abortStatus != 0 ? result.abortStatus : 1;
    }

    // SIGINT: ab prints the report straight away (no "Finished"), then exits 1.
    if (!interrupted) {
        if (heartbeat)
            std::fprintf(stderr, "Finished %lld requests\n", result.complete);
        else
            print(stdout, QStringLiteral("..done\n"));
    }
    std::fflush(stderr);
    print(stdout, QStringLiteral("\n\n") + AbReport::format(result, cl.report));
    std::fflush(stdout);

    // ab writes its -e and -g files after the report, when a request completed.
    if (!cl.csvFile.isEmpty() && result.complete > 0 && !result.samples.isEmpty())
        filesWritten
                = writeFile(cl.csvFile, AbReport::percentagesCsv(result), "CSV") && filesWritten;
    if (!cl.gnuplotFile.isEmpty() && result.complete > 0 && !result.samples.isEmpty())
        filesWritten
                = writeFile(cl.gnuplotFile, AbReport::gnuplot(result), "gnuplot") && filesWritten;
    if (interrupted || !filesWritten)
        return 1;
    return 0;
}
