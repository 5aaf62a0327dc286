// The `serve` command: runs one embedded server headless until SIGINT or
// SIGTERM, printing the URL it listens on. Signals reach the Qt event loop
// through InterruptSignals, so the server is stopped from the main thread,
// never from a signal handler.

#include "commands.h"

#include "checkedinteger.h"
#include "embeddedserver.h"
#include "filelimit.h"
#include "interruptsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

int usageError(const QString &message)
{
    QTextStream(stderr) << "serverbench serve: " << message << '\n';
    return 1;
}

bool parseInt(const QString &text, qint64 minimum, qint64 maximum, qint64 *value)
{
    const std::optional<qint64> parsed = CheckedInteger::parse(text, minimum, maximum);
    *value = parsed.value_or(0);
    return parsed.has_value();
}

} // namespace

int serveCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Run one embedded HTTP server until SIGINT/SIGTERM; prints the URL it listens on."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption modelOption(QStringLiteral("model"),
                                         QStringLiteral("async (event loop), thread (thread per "
                                                        "connection), pool (fixed thread pool) or "
                                                        "reactor (one event loop per core)."),
                                         QStringLiteral("model"), QStringLiteral("async"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("TCP port on 127.0.0.1; 0 = any free port."),
                                        QStringLiteral("port"), QStringLiteral("8080"));
    const QCommandLineOption docrootOption(QStringLiteral("docroot"),
                                           QStringLiteral("Directory served for other paths."),
                                           QStringLiteral("dir"));
    const QCommandLineOption bodyOption(QStringLiteral("body-bytes"),
                                        QStringLiteral("GET / answers a generated body of this "
                                                       "many bytes instead of the 31-byte one."),
                                        QStringLiteral("bytes"));
    const QCommandLineOption workOption(QStringLiteral("work-us"),
                                        QStringLiteral("Busy CPU work per request, in "
                                                       "microseconds, in the serving thread."),
                                        QStringLiteral("us"), QStringLiteral("0"));
    const QCommandLineOption idleOption(QStringLiteral("idle-timeout-ms"),
                                        QStringLiteral("Idle keep-alive and slow-header timeout."),
                                        QStringLiteral("ms"), QStringLiteral("10000"));
    const QCommandLineOption maxOption(QStringLiteral("max-connections"),
                                       QStringLiteral("Above this many open connections, "
                                                      "answer 503 and close."),
                                       QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption poolThreadsOption(
            QStringLiteral("pool-threads"),
            QStringLiteral("pool: worker threads (default: cores x 2 = %1).")
                    .arg(ServerOptions::defaultPoolThreads()),
            QStringLiteral("n"));
    const QCommandLineOption loopsOption(
            QStringLiteral("loops"),
            QStringLiteral("reactor: event loops, each with its own SO_REUSEPORT socket "
                           "(default: one per core = %1).")
                    .arg(ServerOptions::defaultLoops()),
            QStringLiteral("n"));
    parser.addOptions({modelOption, portOption, docrootOption, bodyOption, workOption, idleOption,
                       maxOption, poolThreadsOption, loopsOption});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1'")
                                  .arg(parser.positionalArguments().first()));

    const std::optional<ServerModel> model = serverModelFromKey(parser.value(modelOption));
    if (!model)
        return usageError(QStringLiteral("unknown --model '%1' (async, thread, pool or reactor)")
                                  .arg(parser.value(modelOption)));
    ServerOptions options;
    qint64 value = 0;
    if (!parseInt(parser.value(portOption), 0, 65535, &value))
        return usageError(QStringLiteral("--port must be 0..65535"));
    options.port = quint16(value);
    if (parser.isSet(bodyOption)) {
        if (!parseInt(parser.value(bodyOption), 0, qint64(1) << 30, &value))
            return usageError(QStringLiteral("--body-bytes must be 0..1073741824"));
        options.bodyBytes = value;
    }
    if (!parseInt(parser.value(workOption), 0, 10'000'000, &value))
        return usageError(QStringLiteral("--work-us must be 0..10000000"));
    options.workUs = int(value);
    if (!parseInt(parser.value(idleOption), 1, 3'600'000, &value))
        return usageError(QStringLiteral("--idle-timeout-ms must be 1..3600000"));
    options.idleTimeoutMs = int(value);
    if (!parseInt(parser.value(maxOption), 1, 1'000'000, &value))
        return usageError(QStringLiteral("--max-connections must be 1..1000000"));
    options.maxConnections = int(value);
    if (parser.isSet(poolThreadsOption)) {
        if (!parseInt(parser.value(poolThreadsOption), 1, 1024, &value))
            return usageError(QStringLiteral("--pool-threads must be 1..1024"));
        options.poolThreads = int(value);
    }
    if (parser.isSet(loopsOption)) {
        if (!parseInt(parser.value(loopsOption), 1, 1024, &value))
            return usageError(QStringLiteral("--loops must be 1..1024"));
        options.loops = int(value);
    }
    if (parser.isSet(docrootOption)) {
        const QString docroot = parser.value(docrootOption);
        if (!QFileInfo(docroot).isDir())
            return usageError(QStringLiteral("--docroot '%1' is not a directory").arg(docroot));
        options.docRoot = QDir(docroot).absolutePath();
    }

    // Many connections mean many descriptors: use all the hard limit allows.
    FileLimit::raise();
    // Server threads started from here on get Qt's poll()-based dispatcher
    // instead of GLib's: measured 15% less CPU per keep-alive request. The
    // main thread's dispatcher already exists and is not affected.
    qputenv("QT_NO_GLIB", "1");
    InterruptSignals interrupt;
    if (!interrupt.isValid())
        return usageError(QStringLiteral("cannot create the signal pipe"));
    std::signal(SIGPIPE, SIG_IGN);

    std::unique_ptr<EmbeddedServer> server = EmbeddedServer::create(*model);
    if (!server->start(options)) {
        return usageError(QStringLiteral("cannot listen on 127.0.0.1:%1: %2")
                                  .arg(options.port)
                                  .arg(server->errorString()));
    }
    std::fputs(qPrintable(server->url() + u'\n'), stdout);
    std::fflush(stdout);

    QObject::connect(&interrupt, &InterruptSignals::interrupted, &interrupt,
                     [] { QCoreApplication::quit(); });
    QCoreApplication::exec();

    server->stop();
    const ServerStats stats = server->stats();
    QTextStream(stderr) << "serverbench serve: stopped; accepted " << stats.accepted << ", served "
                        << stats.served << ", bad requests " << stats.badRequests << ", peak "
                        << stats.peak << " connections\n";
    return 0;
}
