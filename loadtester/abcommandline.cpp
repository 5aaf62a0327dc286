#include "abcommandline.h"

#include "checkedinteger.h"
#include "locustengine.h"
#include "qnamengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <climits>

namespace {

// ab's MAX_REQUESTS (what -t implies) and Debian's MAX_CONCURRENCY.
constexpr qint64 kTimeLimitRequests = 50000;
constexpr int kMaxConcurrency = LoadTest::kMaxConcurrency;

struct Unsupported
{
    const char *name;
    const char *what;
    const char *valueName; // nullptr: a flag
};

// ab's options we do not implement: HTML output and ab's TLS settings.
constexpr Unsupported kUnsupported[] = {
        {"w", "HTML output", nullptr},
        {"x", "HTML table attributes", "attributes"},
        {"y", "HTML tr attributes", "attributes"},
        {"z", "HTML td/th attributes", "attributes"},
        {"I", "disable TLS SNI", nullptr},
        {"Z", "TLS cipher suite", "ciphersuite"},
        {"f", "TLS protocol", "protocol"},
        {"E", "TLS client certificate", "certfile"},
};

QCommandLineOption option(const char *name, const char *description,
                          const char *valueName = nullptr)
{
    if (valueName)
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description),
                                  QString::fromLatin1(valueName));
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description));
}

// A whole decimal number, nothing else (ab uses atoi; we refuse what atoi
// would silently read as 0 or truncate).
bool toInteger(const QString &text, qint64 *out)
{
    const std::optional<qint64> v = CheckedInteger::parse(text);
    if (v)
        *out = *v;
    return v.has_value();
}

bool toSeconds(const QString &text, double *out)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !(v > 0) || v > 1e9)
        return false;
    *out = v;
    return true;
}

// ab -A / -P: leading white space skipped, and the base64 line must fit
// ab's 1024-byte buffer (apr_base64_encode_len).
bool credentials(const QString &text, QByteArray *out)
{
    QByteArray raw = text.toLatin1();
    qsizetype skip = 0;
    while (skip < raw.size()
           && (raw.at(skip) == ' ' || (raw.at(skip) >= '\t' && raw.at(skip) <= '\r')))
        ++skip;
    raw.remove(0, skip);
    if ((raw.size() + 2) / 3 * 4 + 1 > 1024)
        return false;
    *out = raw;
    return true;
}

} // namespace

QString AbCommandLine::banner(EngineKind engine)
{
    return QStringLiteral("This is serverbench %1 (ab-compatible report, %2 engine)\n"
                          "Figures are computed as ApacheBench 2.3 computes them.\n\n")
            .arg(QCoreApplication::applicationVersion(), engineKindKey(engine));
}

qint64 AbCommandLine::heartbeat() const
{
    if (!progress || test.requests <= 150)
        return 0;
    return std::max<qint64>(test.requests / 10, 100);
}

AbCommandLine AbCommandLine::parse(const QStringList &arguments)
{
    AbCommandLine cl;
    auto fail = [&cl](const QString &message) {
        cl.action = Action::Error;
        cl.error = message;
        return cl;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Load-test one URL and print ApacheBench's report (ab's options, ab's "
                           "figures, ab's layout).\nNot supported: ab's HTML output (-w -x -y -z) "
                           "and TLS settings (-I -Z -f -E)."));
    parser.addHelpOption();
    parser.addOptions({
            option("n", "Number of requests to perform (default 1).", "requests"),
            option("c", "Number of multiple requests to make at a time (default 1).",
                   "concurrency"),
            option("t", "Seconds to max. to spend on benchmarking; implies -n 50000.", "timelimit"),
            option("s", "Seconds to max. wait for each response (default 30).", "timeout"),
            option("b", "Size of TCP send/receive buffer, in bytes.", "windowsize"),
            option("B", "Address to bind to when making outgoing connections.", "address"),
            option("p", "File containing data to POST. Remember also to set -T.", "postfile"),
            option("u", "File containing data to PUT. Remember also to set -T.", "putfile"),
            option("T", "Content-type header for POST/PUT data (default text/plain).",
                   "content-type"),
            option("v", "How much troubleshooting info to print (2: headers, 3: status codes).",
                   "verbosity"),
            option("i", "Use HEAD instead of GET."),
            option("C", "Add cookie, e.g. 'Apache=1234' (ab sends the last one given).",
                   "attribute"),
            option("H", "Add a header line, e.g. 'Accept-Encoding: gzip' (repeatable).",
                   "attribute"),
            option("A", "Add Basic WWW Authentication, user:password.", "attribute"),
            option("P", "Add Basic Proxy Authentication, user:password.", "attribute"),
            option("X", "Proxy server and port number to use.", "proxy:port"),
            option("V", "Print version number and exit."),
            option("k", "Use HTTP KeepAlive feature."),
            option("d", "Do not show percentiles served table."),
            option("S", "Do not show confidence estimators and warnings."),
            option("q", "Do not show progress when doing more than 150 requests."),
            option("l", "Accept variable document length (use this for dynamic pages)."),
            option("g", "Output collected data to gnuplot format file.", "filename"),
            option("e", "Output CSV file with percentages served.", "filename"),
            option("r", "Don't exit on socket receive errors."),
            option("m", "Method name.", "method"),
            option("engine", "Client engine: socket (default), qnam or locust (1 local worker).",
                   "engine"),
            option("threads", "Engine worker threads (default: the engine's).", "threads"),
            option("json", "Also write the run's result (samples included) as JSON.", "file"),
            option("framing",
                   "ab (default): without -k a response ends when the server closes. "
                   "http: by Content-Length or chunked coding, for servers that keep "
                   "HTTP/1.0 connections open.",
                   "ab|http"),
            option("timeout-per-request",
                   "-s limits each request, which then fails alone, instead of ab's rule "
                   "(that long without any answer ends the test)."),
    });
    for (const Unsupported &u : kUnsupported) {
        QCommandLineOption o = option(u.name, u.what, u.valueName);
        o.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(o);
    }
    parser.addPositionalArgument(QStringLiteral("url"),
                                 QStringLiteral("[http[s]://]hostname[:port]/path"));
    if (!parser.parse(arguments))
        return fail(parser.errorText());

    LoadTest &test = cl.test;
    bool methodSet = false; // ab's method != NO_METH
    bool contentTypeSet = false;
    QHash<QString, int> seen;
    const QStringList names = parser.optionNames();
    // ab's getopt loop: each option in the order given.
    for (const QString &name : names) {
        const QString value = parser.values(name).value(seen[name]++);
        qint64 number = 0;
        if (name == u"h" || name == u"help" || name == u"?" || name == u"help-all") {
            cl.action = Action::Help;
            // Qt's usage line names the executable; ours names the command.
            cl.helpText = parser.helpText();
            cl.helpText.replace(0, cl.helpText.indexOf(u'\n'),
                                QStringLiteral("Usage: serverbench ab [options] url"));
            return cl;
        } else if (name == u"V") {
            cl.action = Action::Version;
            return cl;
        } else if (name == u"n") {
            if (!toInteger(value, &number) || number <= 0 || number > INT_MAX) // ab: an int
                return fail(QStringLiteral("Invalid number of requests (-n %1)").arg(value));
            test.requests = number;
        } else if (name == u"c") {
            if (!toInteger(value, &number) || number < 1 || number > kMaxConcurrency)
                return fail(QStringLiteral("Invalid Concurrency [Range 1..%1] (-c %2)")
                                    .arg(kMaxConcurrency)
                                    .arg(value));
            test.concurrency = int(number);
        } else if (name == u"k") {
            test.keepAlive = true;
        } else if (name == u"q") {
            cl.progress = false;
        } else if (name == u"b") {
            if (!toInteger(value, &number) || number < 0 || number > (1 << 30))
                return fail(QStringLiteral("-b needs a window size in bytes, got '%1'").arg(value));
            test.windowSize = int(number);
        } else if (name == u"i") {
            if (methodSet)
                return fail(QStringLiteral("Cannot mix HEAD with other methods (-i)"));
            test.method = "HEAD";
            methodSet = true;
        } else if (name == u"g") {
            cl.gnuplotFile = value;
        } else if (name == u"d") {
            cl.report.percentiles = false;
        } else if (name == u"e") {
            cl.csvFile = value;
        } else if (name == u"S") {
            cl.report.confidence = false;
        } else if (name == u"s") {
            if (!toSeconds(value, &test.timeoutSec))
                return fail(QStringLiteral("-s needs a number of seconds above 0, got '%1'")
                                    .arg(value));
        } else if (name == u"p" || name == u"u") {
            const bool post = name == u"p";
            if (methodSet)
                return fail(post ? QStringLiteral("Cannot mix POST with other methods (-p)")
                                 : QStringLiteral("Cannot mix PUT with other methods (-u)"));
            QFile file(value);
            if (!file.open(QIODevice::ReadOnly))
                return fail(QStringLiteral("Could not open POST data file (%1): %2")
                                    .arg(value, file.errorString()));
            test.body = file.readAll();
            if (file.error() != QFileDevice::NoError)
                return fail(QStringLiteral("Could not read POST data file (%1): %2")
                                    .arg(value, file.errorString()));
            test.method = post ? QByteArray("POST") : QByteArray("PUT");
            test.sendBody = true;
            methodSet = true;
        } else if (name == u"l") {
            test.variableLength = true;
            cl.report.variableLength = true;
        } else if (name == u"r") {
            test.receiveErrorsAbort = false;
        } else if (name == u"v") {
            if (!toInteger(value, &number) || number < 0 || number > 1000)
                return fail(QStringLiteral("-v needs a verbosity level, got '%1'").arg(value));
            test.verbosity = int(number);
        } else if (name == u"t") {
            if (!toSeconds(value, &test.timeLimitSec))
                return fail(QStringLiteral("-t needs a number of seconds above 0, got '%1'")
                                    .arg(value));
            test.requests = kTimeLimitRequests; // ab: until a later -n says otherwise
        } else if (name == u"T") {
            test.contentType = value.toLatin1();
            contentTypeSet = true;
        } else if (name == u"C") {
            test.cookies.append(value.toLatin1());
        } else if (name == u"A") {
            if (!credentials(value, &test.basicAuth))
                return fail(QStringLiteral("Authentication credentials too long (-A)"));
        } else if (name == u"P") {
            if (!credentials(value, &test.proxyAuth))
                return fail(QStringLiteral("Proxy credentials too long (-P)"));
        } else if (name == u"H") {
            const qsizetype colon = value.indexOf(u':');
            if (colon <= 0)
                return fail(QStringLiteral("-H needs 'Name: value', got '%1'").arg(value));
            test.headers.append({value.left(colon).trimmed().toLatin1(),
                                 value.mid(colon + 1).trimmed().toLatin1()});
        } else if (name == u"X") {
            const qsizetype colon = value.lastIndexOf(u':');
            QString host = value.left(colon).trimmed();
            if (host.startsWith(u'[') && host.endsWith(u']'))
                host = host.mid(1, host.size() - 2);
            if (colon <= 0 || host.isEmpty() || !toInteger(value.mid(colon + 1), &number)
                || number < 1 || number > 65535)
                return fail(QStringLiteral("-X needs proxy:port, got '%1'").arg(value));
            test.proxyHost = host;
            test.proxyPort = quint16(number);
        } else if (name == u"B") {
            if (value.trimmed().isEmpty())
                return fail(QStringLiteral("-B needs an address to bind to"));
            test.bindAddress = value.trimmed();
        } else if (name == u"m") {
            test.method = value.toLatin1();
            methodSet = true;
        } else if (name == u"engine") {
            const auto kind = engineKindFromKey(value);
            if (!kind)
                return fail(QStringLiteral("--engine must be socket, qnam or locust, got '%1'")
                                    .arg(value));
            test.engine = *kind;
        } else if (name == u"threads") {
            if (!toInteger(value, &number) || number < 1 || number > 1024)
                return fail(
                        QStringLiteral("--threads needs a number above 0, got '%1'").arg(value));
            test.threads = int(number);
        } else if (name == u"json") {
            cl.jsonFile = value;
        } else if (name == u"framing") {
            if (value == u"ab")
                test.framing = Framing::Ab;
            else if (value == u"http")
                test.framing = Framing::Http;
            else
                return fail(QStringLiteral("--framing must be ab or http, got '%1'").arg(value));
        } else if (name == u"timeout-per-request") {
            test.timeoutPerRequest = true;
        } else {
            for (const Unsupported &u : kUnsupported) {
                if (name == QLatin1String(u.name))
                    return fail(QStringLiteral("option -%1 (%2) is not supported")
                                        .arg(name, QLatin1String(u.what)));
            }
            return fail(QStringLiteral("unknown option '%1'").arg(name));
        }
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(
                QStringLiteral("expected exactly one URL (serverbench ab [options] URL; --help)"));
    QString url = positional.first();
    if (!url.contains(QStringLiteral("://"))) // ab: [http[s]://]hostname[:port]/path
        url.prepend(QStringLiteral("http://"));
    test.url = QUrl(url, QUrl::StrictMode);
    if (test.sendBody && !contentTypeSet)
        test.contentType = "text/plain"; // ab's default for -p/-u
    QString invalid = test.validate();
    if (invalid.isEmpty() && test.engine == EngineKind::Qnam) // whatever the options' order
        invalid = QnamEngine::unsupportedOption(test);
    if (invalid.isEmpty() && test.engine == EngineKind::Locust)
        invalid = LocustEngine::unsupportedOption(test);
    if (!invalid.isEmpty())
        return fail(invalid);
    cl.action = Action::Run;
    return cl;
}
