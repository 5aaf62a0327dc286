#include "sweepcommandline.h"

#include "externaltarget.h"

#include "checkedinteger.h"
#include "levellist.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <limits>
#include <optional>

namespace {

// --pool-threads and --loops: a thread each; more would only measure the scheduler.
constexpr qint64 kMaxServerThreads = 1024;

std::optional<SweepTarget> parseTarget(const QString &value, QString *error)
{
    if (const std::optional<ServerModel> model = serverModelFromKey(value))
        return SweepTarget::embedded(*model);

    QString label;
    QString urlText;
    if (value.startsWith(u"http://") || value.startsWith(u"https://")) {
        urlText = value; // no label: the URL's host:port names it
    } else if (value.contains(u'=')) {
        label = value.section(u'=', 0, 0).trimmed();
        urlText = value.section(u'=', 1).trimmed();
    } else {
        *error = QStringLiteral("unknown target '%1' (async, thread, pool, reactor or LABEL=URL)")
                         .arg(value);
        return std::nullopt;
    }
    QUrl url(urlText, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"http" && url.scheme() != u"https")) {
        *error = QStringLiteral("target '%1': '%2' is not an http:// URL with a host")
                         .arg(value, urlText);
        return std::nullopt;
    }
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    if (label.isEmpty())
        label = url.port() >= 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
    return SweepTarget::external(label, url);
}

} // namespace

SweepCommandLine SweepCommandLine::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Measure targets x concurrency levels (ab -n N -c C for each), print the markdown "
            "tables and write the report (markdown, PNGs, CSV, JSON) into --out.\n"
            "Every sweep is also saved as JSON in the user's data folder."));
    parser.addHelpOption();
    const QCommandLineOption target(
            QStringLiteral("target"),
            QStringLiteral("async, thread, pool, reactor, or LABEL=URL for an external server; "
                           "repeat for several (default: async and thread)."),
            QStringLiteral("target"));
    const QCommandLineOption launch(
            QStringLiteral("launch"),
            QStringLiteral("LABEL='command': run the command (/bin/sh -c) before that target's "
                           "runs, wait for its port, stop it after; output in DIR/<label>.log."),
            QStringLiteral("label=command"));
    const QCommandLineOption levels(
            QStringLiteral("levels"),
            QStringLiteral("Concurrency levels, comma-separated (default 1,5,10,30,50,75,100)."),
            QStringLiteral("list"), QStringLiteral("1,5,10,30,50,75,100"));
    const QCommandLineOption requests({QStringLiteral("n"), QStringLiteral("requests")},
                                      QStringLiteral("Requests per run (ab -n; default 1000)."),
                                      QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption keepAlive({QStringLiteral("k"), QStringLiteral("keep-alive")},
                                       QStringLiteral("Use HTTP keep-alive (ab -k)."));
    const QCommandLineOption engine(
            QStringLiteral("engine"),
            QStringLiteral("Client engine: socket (default), qnam, or locust (a Locust cluster)."),
            QStringLiteral("engine"), QStringLiteral("socket"));
    const QCommandLineOption locustWorkers(
            QStringLiteral("locust-workers"),
            QStringLiteral("--engine locust: the Locust workers: started here on loopback, or, "
                           "with --locust-master-bind, waited for (default 1)."),
            QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption locustMasterBind(
            QStringLiteral("locust-master-bind"),
            QStringLiteral("--engine locust: bind the master at HOST:PORT and wait for remote "
                           "workers started with the command serverbench prints."),
            QStringLiteral("host:port"));
    const QCommandLineOption locustWait(
            QStringLiteral("locust-wait"),
            QStringLiteral("--engine locust: seconds the workers may take to connect "
                           "(default 60)."),
            QStringLiteral("sec"), QStringLiteral("60"));
    const QCommandLineOption timeout(
            {QStringLiteral("s"), QStringLiteral("timeout")},
            QStringLiteral("ab -s: a run stops (a '-' row) when nothing arrives on any connection "
                           "for this many seconds (default 30)."),
            QStringLiteral("sec"), QStringLiteral("30"));
    const QCommandLineOption header(
            QStringLiteral("H"),
            QStringLiteral("Add a header line to every request, e.g. 'Accept-Encoding: gzip' (ab "
                           "-H; repeatable)."),
            QStringLiteral("header"));
    const QCommandLineOption postFile(QStringLiteral("p"),
                                      QStringLiteral("POST this file's bytes (ab -p; see -T)."),
                                      QStringLiteral("file"));
    const QCommandLineOption contentType(
            QStringLiteral("T"),
            QStringLiteral("Content-type of the -p body (ab -T; default text/plain)."),
            QStringLiteral("type"));
    const QCommandLineOption method(QStringLiteral("m"),
                                    QStringLiteral("Request method, e.g. PUT (ab -m)."),
                                    QStringLiteral("method"));
    const QCommandLineOption cookie(
            QStringLiteral("C"),
            QStringLiteral("Send the cookie name=value (ab -C; repeatable, ab sends the last)."),
            QStringLiteral("name=value"));
    const QCommandLineOption auth(QStringLiteral("A"),
                                  QStringLiteral("Basic authentication, user:password (ab -A)."),
                                  QStringLiteral("user:pass"));
    const QCommandLineOption receiveErrors(
            QStringLiteral("r"),
            QStringLiteral("Don't stop a run on socket receive errors: count them (ab -r)."));
    const QCommandLineOption variableLength(
            QStringLiteral("l"),
            QStringLiteral("Accept variable document length: no Length failures (ab -l)."));
    const QCommandLineOption framing(
            QStringLiteral("framing"),
            QStringLiteral("End of a response: ab (default; as ab finds it) or http (RFC 9112: "
                           "Content-Length, chunked, close). serverbench's own rule."),
            QStringLiteral("ab|http"), QStringLiteral("ab"));
    const QCommandLineOption timeoutPerRequest(
            QStringLiteral("timeout-per-request"),
            QStringLiteral("-s limits each request, which fails alone, instead of stopping the "
                           "run (serverbench's own rule)."));
    const QCommandLineOption out({QStringLiteral("o"), QStringLiteral("out")},
                                 QStringLiteral("Report folder (default ./serverbench-report)."),
                                 QStringLiteral("dir"), QStringLiteral("serverbench-report"));
    const QCommandLineOption lang(
            QStringLiteral("lang"),
            QStringLiteral("Report headings: id (the seed's, default) or en."),
            QStringLiteral("lang"), QStringLiteral("id"));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("Report title."),
                                   QStringLiteral("text"));
    const QCommandLineOption author(QStringLiteral("author"),
                                    QStringLiteral("Report author, written under the title."),
                                    QStringLiteral("name"));
    const QCommandLineOption load(QStringLiteral("load"),
                                  QStringLiteral("Re-export a saved sweep (JSON) without running."),
                                  QStringLiteral("file"));
    const QCommandLineOption bodyBytes(
            QStringLiteral("body-bytes"),
            QStringLiteral("Embedded servers answer GET / with a body of N bytes."),
            QStringLiteral("n"));
    const QCommandLineOption workUs(
            QStringLiteral("work-us"),
            QStringLiteral("Embedded servers burn N us of CPU per request."), QStringLiteral("n"));
    const QCommandLineOption poolThreads(
            QStringLiteral("pool-threads"),
            QStringLiteral("The pool target's worker threads (default: cores x 2)."),
            QStringLiteral("n"));
    const QCommandLineOption loops(
            QStringLiteral("loops"),
            QStringLiteral("The reactor target's event loops (default: one per core)."),
            QStringLiteral("n"));
    const QCommandLineOption pause(
            QStringLiteral("pause"),
            QStringLiteral(
                    "At most this many ms between runs for the server to settle (default 250)."),
            QStringLiteral("ms"), QStringLiteral("250"));
    const QCommandLineOption timeLimit(
            QStringLiteral("time-limit"),
            QStringLiteral("A run longer than this many seconds becomes a '-' row (default 600)."),
            QStringLiteral("sec"), QStringLiteral("600"));
    const QCommandLineOption repeat(
            QStringLiteral("repeat"),
            QStringLiteral("Run each target and level R times, targets interleaved; the report "
                           "shows the median run and the spread (default %1).")
                    .arg(SweepConfig::kDefaultRepeats),
            QStringLiteral("R"), QString::number(SweepConfig::kDefaultRepeats));
    const QCommandLineOption minTime(
            QStringLiteral("min-time"),
            QStringLiteral("Add repeats (at most %1) until each cell holds SEC of measurement "
                           "(default 0: exactly --repeat).")
                    .arg(SweepConfig::kMaxRepeats),
            QStringLiteral("sec"), QStringLiteral("0"));
    const QCommandLineOption noWarmUp(QStringLiteral("no-warm-up"),
                                      QStringLiteral("Skip the discarded warm-up run per target."));
    parser.addOptions({target,        launch,         levels,        requests,
                       keepAlive,     engine,         locustWorkers, locustMasterBind,
                       locustWait,    timeout,        header,        postFile,
                       contentType,   method,         cookie,        auth,
                       receiveErrors, variableLength, framing,       timeoutPerRequest,
                       out,           lang,           title,         author,
                       load,          bodyBytes,      workUs,        poolThreads,
                       loops,         pause,          timeLimit,     repeat,
                       minTime,       noWarmUp});

    SweepCommandLine result;
    auto fail = [error](const QString &why) {
        *error = why;
        return SweepCommandLine();
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        result.helpRequested = true;
        result.helpText = parser.helpText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'")
                            .arg(parser.positionalArguments().constFirst()));

    result.givenOptions = parser.optionNames();
    result.outDir = parser.value(out);
    result.title = parser.value(title);
    result.author = parser.value(author);
    result.lang = parser.value(lang);
    if (result.lang != u"id" && result.lang != u"en")
        return fail(QStringLiteral("unknown --lang '%1' (id or en)").arg(result.lang));
    if (result.outDir.isEmpty())
        return fail(QStringLiteral("--out needs a folder"));
    const QFileInfo outInfo(result.outDir);
    if (outInfo.exists() && !outInfo.isDir())
        return fail(QStringLiteral("--out '%1' exists and is not a folder").arg(result.outDir));
    // The nearest folder that exists must take new files, or the sweep would
    // run for nothing.
    QFileInfo existing(QFileInfo(result.outDir).absoluteFilePath());
    while (!existing.exists() && existing.absoluteFilePath() != existing.absolutePath())
        existing = QFileInfo(existing.absolutePath());
    if (!existing.isDir() || !existing.isWritable())
        return fail(QStringLiteral("--out '%1': cannot write in '%2'")
                            .arg(result.outDir, existing.absoluteFilePath()));

    if (parser.isSet(load)) {
        const QList<QCommandLineOption> sweepOnly {
                target,    launch,        levels,           requests,   keepAlive,
                engine,    locustWorkers, locustMasterBind, locustWait, timeout,
                header,    postFile,      contentType,      method,     cookie,
                auth,      receiveErrors, variableLength,   framing,    timeoutPerRequest,
                bodyBytes, workUs,        poolThreads,      loops,      pause,
                timeLimit, repeat,        minTime,          noWarmUp};
        for (const QCommandLineOption &option : sweepOnly) {
            const QString name = option.names().constLast();
            if (parser.isSet(option))
                return fail(QStringLiteral("--load re-exports a saved sweep; %1%2 cannot be used "
                                           "with it")
                                    .arg(name.size() == 1 ? u"-" : u"--", name));
        }
        result.loadFile = parser.value(load);
        if (!QFileInfo(result.loadFile).isFile())
            return fail(QStringLiteral("--load: no such file '%1'").arg(result.loadFile));
        return result;
    }

    SweepConfig config = SweepConfig::defaults();
    config.title = result.title;
    config.author = result.author;
    const QStringList targetValues = parser.values(target);
    if (!targetValues.isEmpty()) {
        config.targets.clear();
        for (const QString &value : targetValues) {
            QString why;
            const std::optional<SweepTarget> parsed = parseTarget(value, &why);
            if (!parsed)
                return fail(why);
            config.targets.append(*parsed);
        }
    }
    const QStringList launchValues = parser.values(launch);
    for (const QString &value : launchValues) {
        const QString label = value.section(u'=', 0, 0).trimmed();
        const QString command = value.section(u'=', 1).trimmed();
        if (!value.contains(u'=') || command.isEmpty())
            return fail(QStringLiteral("--launch '%1' is not LABEL='command'").arg(value));
        auto it = std::find_if(config.targets.begin(), config.targets.end(),
                               [&label](const SweepTarget &t) {
                                   return t.kind == SweepTarget::Kind::External && t.label == label;
                               });
        if (it == config.targets.end())
            return fail(QStringLiteral("--launch: no external --target labelled '%1'").arg(label));
        if (!it->launchCommand.isEmpty())
            return fail(QStringLiteral("--launch: target '%1' has two commands").arg(label));
        const QString problem = ExternalTarget::checkCommand(command);
        if (!problem.isEmpty())
            return fail(QStringLiteral("--launch %1: %2").arg(label, problem));
        it->launchCommand = command;
    }

    QString levelError;
    const std::optional<QList<int>> levelList = LevelList::parse(parser.value(levels), &levelError);
    if (!levelList)
        return fail(QStringLiteral("--levels '%1': %2").arg(parser.value(levels), levelError));
    config.levels = *levelList;
    const std::optional<qint64> requestCount = CheckedInteger::parse(parser.value(requests), 1);
    if (!requestCount)
        return fail(
                QStringLiteral("-n '%1' is not a whole number >= 1").arg(parser.value(requests)));
    config.requests = *requestCount;
    bool ok = false;
    config.keepAlive = parser.isSet(keepAlive);
    const std::optional<EngineKind> kind = engineKindFromKey(parser.value(engine));
    if (!kind)
        return fail(QStringLiteral("unknown --engine '%1' (socket, qnam or locust)")
                            .arg(parser.value(engine)));
    config.engine = *kind;
    const std::optional<qint64> workerCount
            = CheckedInteger::parse(parser.value(locustWorkers), 1, 1000);
    if (!workerCount)
        return fail(QStringLiteral("--locust-workers '%1' is not a whole number from 1 to 1000")
                            .arg(parser.value(locustWorkers)));
    config.locustWorkers = int(*workerCount);
    config.locustMasterBind = parser.value(locustMasterBind);
    config.locustWorkerWaitSec = parser.value(locustWait).toDouble(&ok);
    if (!ok || !(config.locustWorkerWaitSec > 0))
        return fail(QStringLiteral("--locust-wait '%1' is not a number of seconds > 0")
                            .arg(parser.value(locustWait)));
    if ((parser.isSet(locustWorkers) || parser.isSet(locustMasterBind))
        && config.engine != EngineKind::Locust)
        return fail(
                QStringLiteral("--locust-workers and --locust-master-bind need --engine locust"));
    config.timeoutSec = parser.value(timeout).toDouble(&ok);
    if (!ok)
        return fail(QStringLiteral("-s '%1' is not a number").arg(parser.value(timeout)));
    const std::optional<qint64> pauseMs
            = CheckedInteger::parse(parser.value(pause), 0, std::numeric_limits<int>::max());
    if (!pauseMs)
        return fail(
                QStringLiteral("--pause '%1' is not a whole number >= 0").arg(parser.value(pause)));
    config.pauseMs = int(*pauseMs);
    const std::optional<qint64> repeats
            = CheckedInteger::parse(parser.value(repeat), 1, SweepConfig::kMaxRepeats);
    if (!repeats)
        return fail(QStringLiteral("--repeat '%1' is not a whole number from 1 to %2")
                            .arg(parser.value(repeat))
                            .arg(SweepConfig::kMaxRepeats));
    config.repeats = int(*repeats);
    config.minTimeSec = parser.value(minTime).toDouble(&ok);
    if (!ok)
        return fail(QStringLiteral("--min-time '%1' is not a number").arg(parser.value(minTime)));
    config.warmUp = !parser.isSet(noWarmUp);
    config.runTimeLimitSec = parser.value(timeLimit).toDouble(&ok);
    if (!ok)
        return fail(
                QStringLiteral("--time-limit '%1' is not a number").arg(parser.value(timeLimit)));

    // ab's request options; LoadTest::validate() (in config.validate()) checks
    // the method and header names.
    const QStringList headerValues = parser.values(header);
    for (const QString &value : headerValues) {
        const qsizetype colon = value.indexOf(u':');
        if (colon <= 0)
            return fail(QStringLiteral("-H needs 'Name: value', got '%1'").arg(value));
        config.headers.append({value.left(colon).trimmed().toLatin1(),
                               value.mid(colon + 1).trimmed().toLatin1()});
    }
    if (parser.isSet(contentType) && !parser.isSet(postFile))
        return fail(QStringLiteral("-T sets the type of the -p body; give -p FILE too"));
    if (parser.isSet(postFile)) {
        QFile file(parser.value(postFile));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("-p: cannot read '%1': %2")
                                .arg(file.fileName(), file.errorString()));
        config.method = "POST";
        config.sendBody = true;
        config.body = file.readAll();
        config.bodyFile = file.fileName();
        config.contentType = parser.value(contentType).toLatin1();
    }
    if (parser.isSet(method)) { // ab: -m after -p sends the body with this method
        config.method = parser.value(method).toLatin1();
        if (config.method.isEmpty())
            return fail(QStringLiteral("-m needs a method name"));
    }
    const QStringList cookieValues = parser.values(cookie);
    for (const QString &value : cookieValues) {
        if (value.indexOf(u'=') <= 0)
            return fail(QStringLiteral("-C needs name=value, got '%1'").arg(value));
        config.cookies.append(value.toLatin1());
    }
    if (parser.isSet(auth)) {
        const QString value = parser.value(auth).trimmed(); // ab skips leading spaces
        if (!value.contains(u':'))
            return fail(QStringLiteral("-A needs user:password"));
        config.basicAuth = value.toUtf8();
    }
    config.receiveErrorsAbort = !parser.isSet(receiveErrors);
    config.variableLength = parser.isSet(variableLength);
    const std::optional<Framing> framingKind = framingFromKey(parser.value(framing));
    if (!framingKind)
        return fail(
                QStringLiteral("unknown --framing '%1' (ab or http)").arg(parser.value(framing)));
    config.framing = *framingKind;
    config.timeoutPerRequest = parser.isSet(timeoutPerRequest);

    for (const QCommandLineOption *option : {&poolThreads, &loops}) {
        if (!parser.isSet(*option))
            continue;
        const std::optional<qint64> parsed
                = CheckedInteger::parse(parser.value(*option), 1, kMaxServerThreads);
        if (!parsed)
            return fail(QStringLiteral("--%1 '%2' is not a number in 1..%3")
                                .arg(option->names().constFirst(), parser.value(*option))
                                .arg(kMaxServerThreads));
        for (SweepTarget &t : config.targets) {
            if (option == &poolThreads)
                t.server.poolThreads = int(*parsed);
            else
                t.server.loops = int(*parsed);
        }
    }
    for (const QCommandLineOption *option : {&bodyBytes, &workUs}) {
        if (!parser.isSet(*option))
            continue;
        const std::optional<qint64> parsed = CheckedInteger::parse(
                parser.value(*option), 0,
                option == &workUs ? 10'000'000 : std::numeric_limits<qint64>::max());
        if (!parsed)
            return fail(QStringLiteral("--%1 '%2' is not a number >= 0")
                                .arg(option->names().constFirst(), parser.value(*option)));
        for (SweepTarget &t : config.targets) {
            if (!t.isEmbedded())
                continue;
            if (option == &bodyBytes)
                t.server.bodyBytes = *parsed;
            else
                t.server.workUs = int(*parsed);
        }
    }

    const QString invalid = config.validate();
    if (!invalid.isEmpty())
        return fail(invalid);
    result.config = config;
    return result;
}
