// serverbench ab: ApacheBench's command line and report, on our engines.
#include "commands.h"

#include "abreport.h"
#include "engine.h"
#include "loadtest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <csignal>
#include <cstdio>

namespace {

std::atomic<bool> *g_cancel = nullptr;

void abInterrupted(int)
{
    // Only an atomic store: async-signal-safe. The engine notices within
    // ~100 ms and returns what it measured, which we print, as ab does.
    if (g_cancel)
        g_cancel->store(true);
}

int usageError(const QString &message)
{
    QTextStream(stderr) << "serverbench ab: " << message << '\n';
    return 1;
}

bool parsePositive(const QString &text, qint64 *out)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok)
        return false;
    *out = v;
    return true;
}

} // namespace

int abCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Load-test one URL and print ApacheBench's report (ab's figures, ab's layout)."));
    parser.addHelpOption();
    parser.addOptions({
            {QStringLiteral("n"), QStringLiteral("Number of requests to perform (default 1)."),
             QStringLiteral("requests")},
            {QStringLiteral("c"),
             QStringLiteral("Number of requests to make at a time (default 1)."),
             QStringLiteral("concurrency")},
            {QStringLiteral("k"), QStringLiteral("Use HTTP KeepAlive.")},
            {QStringLiteral("s"), QStringLiteral("Seconds to wait for each response (default 30)."),
             QStringLiteral("timeout")},
            {QStringLiteral("t"),
             QStringLiteral("Seconds to spend at most; implies -n 50000 unless -n is given."),
             QStringLiteral("timelimit")},
            {QStringLiteral("H"),
             QStringLiteral("Add a header line, e.g. 'Accept-Encoding: gzip' (repeatable)."),
             QStringLiteral("header")},
            {QStringLiteral("p"), QStringLiteral("File containing data to POST (needs -T)."),
             QStringLiteral("postfile")},
            {QStringLiteral("T"), QStringLiteral("Content-type header for POST data."),
             QStringLiteral("content-type")},
            {QStringLiteral("i"), QStringLiteral("Use HEAD instead of GET.")},
            {QStringLiteral("engine"), QStringLiteral("Client engine: socket (default) or qnam."),
             QStringLiteral("engine"), QStringLiteral("socket")},
            {QStringLiteral("threads"),
             QStringLiteral("Engine worker threads (default: the engine's)."),
             QStringLiteral("threads")},
            {QStringLiteral("json"),
             QStringLiteral("Also write the run's result (samples included) as JSON."),
             QStringLiteral("file")},
    });
    parser.addPositionalArgument(QStringLiteral("url"), QStringLiteral("http://host[:port]/path"));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(
                QStringLiteral("expected exactly one URL (serverbench ab [options] URL; --help)"));

    LoadTest test;
    test.url = QUrl(positional.first(), QUrl::StrictMode);
    qint64 value = 0;
    if (parser.isSet(QStringLiteral("n"))) {
        if (!parsePositive(parser.value(QStringLiteral("n")), &value))
            return usageError(QStringLiteral("-n needs a number"));
        test.requests = value;
    }
    if (parser.isSet(QStringLiteral("c"))) {
        if (!parsePositive(parser.value(QStringLiteral("c")), &value) || value > 1'000'000)
            return usageError(QStringLiteral("-c needs a number"));
        test.concurrency = int(value);
    }
    test.keepAlive = parser.isSet(QStringLiteral("k"));
    bool ok = true;
    if (parser.isSet(QStringLiteral("s"))) {
        test.timeoutSec = parser.value(QStringLiteral("s")).toDouble(&ok);
        if (!ok)
            return usageError(QStringLiteral("-s needs a number of seconds"));
    }
    if (parser.isSet(QStringLiteral("t"))) {
        test.timeLimitSec = parser.value(QStringLiteral("t")).toDouble(&ok);
        if (!ok || test.timeLimitSec <= 0)
            return usageError(QStringLiteral("-t needs a number of seconds above 0"));
        if (!parser.isSet(QStringLiteral("n")))
            test.requests = 50000; // ab's MAX_REQUESTS
    }
    const QStringList headers = parser.values(QStringLiteral("H"));
    for (const QString &h : headers) {
        const qsizetype colon = h.indexOf(u':');
        if (colon <= 0)
            return usageError(QStringLiteral("-H needs 'Name: value', got '%1'").arg(h));
        test.headers.append(
                {h.left(colon).trimmed().toLatin1(), h.mid(colon + 1).trimmed().toLatin1()});
    }
    if (parser.isSet(QStringLiteral("i")))
        test.method = "HEAD";
    if (parser.isSet(QStringLiteral("p"))) {
        if (parser.isSet(QStringLiteral("i")))
            return usageError(QStringLiteral("cannot mix HEAD (-i) and POST (-p)"));
        QFile file(parser.value(QStringLiteral("p")));
        if (!file.open(QIODevice::ReadOnly))
            return usageError(
                    QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        test.method = "POST";
        test.sendBody = true;
        test.body = file.readAll();
        test.contentType = parser.value(QStringLiteral("T")).toLatin1();
    }
    const auto kind = engineKindFromKey(parser.value(QStringLiteral("engine")));
    if (!kind)
        return usageError(QStringLiteral("--engine must be socket or qnam"));
    test.engine = *kind;
    if (parser.isSet(QStringLiteral("threads"))) {
        test.threads = parser.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || test.threads < 1)
            return usageError(QStringLiteral("--threads needs a number above 0"));
    }
    const QString invalid = test.validate();
    if (!invalid.isEmpty())
        return usageError(invalid);

    QTextStream out(stdout);
    out << "This is serverbench " << QCoreApplication::applicationVersion()
        << " (ab-compatible report, " << engineKindKey(test.engine) << " engine)\n"
        << "Figures are computed as ApacheBench 2.3 computes them.\n\n";
    const qint64 heartbeat = test.requests > 150 ? std::max<qint64>(test.requests / 10, 100) : 0;
    out << "Benchmarking " << test.url.host() << " (be patient)" << (heartbeat ? "\n" : "...");
    out.flush();

    RunControl control;
    qint64 printed = 0;
    if (heartbeat) {
        control.onProgress = [&printed, heartbeat](const RunProgress &p) {
            // ab prints each multiple of the heartbeat as it passes it.
            while (printed + heartbeat <= p.done) {
                printed += heartbeat;
                std::fprintf(stderr, "Completed %lld requests\n", printed);
            }
            std::fflush(stderr);
        };
    }
    g_cancel = &control.cancelRequested;
    std::signal(SIGINT, abInterrupted);
    std::signal(SIGTERM, abInterrupted);
    const RunResult result = Engine::create(test.engine)->run(test, control);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_cancel = nullptr;

    if (heartbeat) {
        while (printed + heartbeat <= result.complete) {
            printed += heartbeat;
            std::fprintf(stderr, "Completed %lld requests\n", printed);
        }
        std::fprintf(stderr, "Finished %lld requests\n", result.complete);
        std::fflush(stderr);
    } else {
        out << "..done\n";
    }
    if (!result.error.isEmpty())
        QTextStream(stderr) << "serverbench ab: " << result.error << '\n';
    out << "\n\n" << AbReport::format(result);
    out.flush();

    if (parser.isSet(QStringLiteral("json"))) {
        QFile file(parser.value(QStringLiteral("json")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)) < 0)
            QTextStream(stderr) << "serverbench ab: cannot write " << file.fileName() << '\n';
    }
    return 0;
}
