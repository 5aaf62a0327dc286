// `serverbench ab` as a user runs it (SERVERBENCH_AB_BIN, else SERVERBENCH_BIN),
// next to Debian's real ApacheBench (/usr/bin/ab, apache2-utils) against the
// same servers on 127.0.0.1: ab's options parsed with ab's meaning
// (AbCommandLine, in process), every misuse a one-line error with exit 1,
// the request bytes a server sees, the report's layout, -v, -g and -e files,
// ab's aborts and exit statuses, and SIGINT.
#include "abcommandline.h"
#include "faultserver.h"
#include "testports.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <csignal>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString valueOf(const QString &report, const QString &label)
{
    const QRegularExpression re(
            QStringLiteral("^%1:\\s+(.*)$").arg(QRegularExpression::escape(label)),
            QRegularExpression::MultilineOption);
    return re.match(report).captured(1).trimmed();
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList l;
    for (const char *item : items)
        l << QString::fromUtf8(item);
    return l;
}

// A report with every number replaced by '#' and runs of spaces made one,
// from the "Benchmarking" line on (ab's copyright and our banner differ),
// without ab's SANE warnings (they depend on the timings).
QString layout(const QString &out)
{
    QString text = out.mid(out.indexOf(u"Benchmarking"));
    static const QRegularExpression number(QStringLiteral("\\d+(\\.\\d+)?"));
    static const QRegularExpression spaces(QStringLiteral(" +"));
    QStringList lines;
    const QStringList all = text.split(u'\n');
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).startsWith(u"WARNING: The median")
            || all.at(i).startsWith(u"ERROR: The median")) {
            ++i; // and its second line
            continue;
        }
        lines << QString(all.at(i)).replace(number, QStringLiteral("#")).replace(spaces, u" "_s);
    }
    return lines.join(u'\n');
}

} // namespace

class tst_AbCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    // AbCommandLine, in process
    void parse_data();
    void parse();
    // AbCommandLine and the command: exit 1, one line naming the problem
    void misuse_data();
    void misuse();
    void versionAndHelp();
    // the command against real servers, next to ab
    void requestMatchesAb_data();
    void requestMatchesAb();
    void proxy();
    void layoutMatchesAb_data();
    void layoutMatchesAb();
    void verbosityMatchesAb_data();
    void verbosityMatchesAb();
    void dataFilesMatchAb();
    void dataFileCannotBeWritten();
    void json();
    void reportAndProgress();
    void shortRunSaysDone();
    void keepAliveHeadHeadersPost();
    void qnamEngine();
    void qnamRefusedWithR();
    void socketRefusedWithR_data();
    void socketRefusedWithR();
    void refusedAbortsAsAb();
    void receiveErrorsAsAb_data();
    void receiveErrorsAsAb();
    void timeoutAbortsAsAb();
    void outOfFileDescriptors_data();
    void outOfFileDescriptors();
    void interruptPrintsWhatWasMeasured_data();
    void interruptPrintsWhatWasMeasured();

private:
    Outcome run(const QStringList &arguments, const QStringList &prefix = {});
    Outcome runAb(const QStringList &arguments);
    QStringList substitute(QStringList arguments, quint16 port = 0) const;
    QString m_bin;
    QString m_ab;
    QTemporaryDir m_dir;
    QString m_bodyFile;
};

void tst_AbCommand::initTestCase()
{
    // sb-ab is app/abcommand.cpp alone, so a sanitizer build can run this test
    // without building the GUI; SERVERBENCH_BIN is the whole program.
    m_bin = qEnvironmentVariable("SERVERBENCH_AB_BIN", qEnvironmentVariable("SERVERBENCH_BIN"));
    m_ab = QStandardPaths::findExecutable(u"ab"_s);
    QVERIFY(m_dir.isValid());
    m_bodyFile = m_dir.filePath(u"body.txt"_s);
    QFile body(m_bodyFile);
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write("name=serverbench&x=1\n");
}

Outcome tst_AbCommand::run(const QStringList &arguments, const QStringList &prefix)
{
    Outcome o;
    if (m_bin.isEmpty() || !QFile::exists(m_bin)) {
        QTest::qSkip("SERVERBENCH_BIN is not set (run through ctest)", __FILE__, __LINE__);
        return o;
    }
    QProcess p;
    QStringList args = prefix;
    QString program = m_bin;
    if (!prefix.isEmpty()) {
        program = args.takeFirst();
        args << m_bin;
    }
    args << u"ab"_s << arguments;
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return o;
    }
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = QString::fromLocal8Bit(p.readAllStandardOutput());
    o.err = QString::fromLocal8Bit(p.readAllStandardError());
    return o;
}

Outcome tst_AbCommand::runAb(const QStringList &arguments)
{
    Outcome o;
    QProcess p;
    p.start(m_ab, arguments);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return o;
    }
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = QString::fromLocal8Bit(p.readAllStandardOutput());
    o.err = QString::fromLocal8Bit(p.readAllStandardError());
    return o;
}

// @BODY: a small file; @DIR: a temporary directory; @URL: http://127.0.0.1:port/
QStringList tst_AbCommand::substitute(QStringList arguments, quint16 port) const
{
    for (QString &a : arguments) {
        a.replace(u"@BODY"_s, m_bodyFile);
        a.replace(u"@DIR"_s, m_dir.path());
        a.replace(u"@URL"_s, QStringLiteral("http://127.0.0.1:%1/").arg(port));
    }
    return arguments;
}

// ---------------------------------------------------------------- parsing

namespace {

// Every field the command line can set, as text.
QMap<QString, QString> fields(const AbCommandLine &cl)
{
    const LoadTest &t = cl.test;
    QStringList headers;
    for (const auto &h : t.headers)
        headers << QString::fromLatin1(h.first + ": " + h.second);
    QStringList cookies;
    for (const QByteArray &c : t.cookies)
        cookies << QString::fromLatin1(c);
    auto b = [](bool v) {
        return v ? u"true"_s : u"false"_s;
    };
    static const char *const actions[] = {"Run", "Help", "Version", "Error"};
    return {
            {u"action"_s, QString::fromLatin1(actions[int(cl.action)])},
            {u"url"_s, t.url.toString()},
            {u"requests"_s, QString::number(t.requests)},
            {u"concurrency"_s, QString::number(t.concurrency)},
            {u"keepAlive"_s, b(t.keepAlive)},
            {u"timeoutSec"_s, QString::number(t.timeoutSec)},
            {u"timeLimitSec"_s, QString::number(t.timeLimitSec)},
            {u"method"_s, QString::fromLatin1(t.method)},
            {u"sendBody"_s, b(t.sendBody)},
            {u"body"_s, QString::fromLatin1(t.body)},
            {u"contentType"_s, QString::fromLatin1(t.contentType)},
            {u"headers"_s, headers.join(u'|')},
            {u"cookies"_s, cookies.join(u'|')},
            {u"basicAuth"_s, QString::fromLatin1(t.basicAuth)},
            {u"proxyAuth"_s, QString::fromLatin1(t.proxyAuth)},
            {u"proxyHost"_s, t.proxyHost},
            {u"proxyPort"_s, QString::number(t.proxyPort)},
            {u"bindAddress"_s, t.bindAddress},
            {u"windowSize"_s, QString::number(t.windowSize)},
            {u"verbosity"_s, QString::number(t.verbosity)},
            {u"receiveErrorsAbort"_s, b(t.receiveErrorsAbort)},
            {u"variableLength"_s, b(t.variableLength)},
            {u"framing"_s, t.framing == Framing::Ab ? u"ab"_s : u"http"_s},
            {u"timeoutPerRequest"_s, b(t.timeoutPerRequest)},
            {u"engine"_s, engineKindKey(t.engine)},
            {u"threads"_s, QString::number(t.threads)},
            {u"report.variableLength"_s, b(cl.report.variableLength)},
            {u"report.percentiles"_s, b(cl.report.percentiles)},
            {u"report.confidence"_s, b(cl.report.confidence)},
            {u"progress"_s, b(cl.progress)},
            {u"gnuplotFile"_s, cl.gnuplotFile},
            {u"csvFile"_s, cl.csvFile},
            {u"jsonFile"_s, cl.jsonFile},
            {u"heartbeat"_s, QString::number(cl.heartbeat())},
    };
}

const char *const kBody = "name=serverbench&x=1\n";

} // namespace

void tst_AbCommand::parse_data()
{
    // arguments (the URL follows), then the fields that differ from a bare
    // "ab http://127.0.0.1:8080/x" as "field=value".
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("changed");
    const QString body = QString::fromLatin1(kBody);
    QTest::newRow("defaults") << QStringList() << QStringList();
    QTest::newRow("-n") << list({"-n", "100"}) << list({"requests=100"});
    QTest::newRow("-n attached") << list({"-n100"}) << list({"requests=100"});
    QTest::newRow("-n twice, the last counts")
            << list({"-n", "100", "-n", "7"}) << list({"requests=7"});
    QTest::newRow("-n > 150: heartbeat")
            << list({"-n", "2000"}) << list({"requests=2000", "heartbeat=200"});
    QTest::newRow("-c") << list({"-n", "10", "-c", "5"}) << list({"requests=10", "concurrency=5"});
    QTest::newRow("-c = n") << list({"-c", "3", "-n", "3"})
                            << list({"requests=3", "concurrency=3"});
    QTest::newRow("-t implies -n 50000")
            << list({"-t", "5"}) << list({"timeLimitSec=5", "requests=50000", "heartbeat=5000"});
    QTest::newRow("-t then -n: -n counts")
            << list({"-t", "5", "-n", "100"}) << list({"timeLimitSec=5", "requests=100"});
    QTest::newRow("-n then -t: 50000 as ab")
            << list({"-n", "100", "-t", "2.5"})
            << list({"timeLimitSec=2.5", "requests=50000", "heartbeat=5000"});
    QTest::newRow("-s") << list({"-s", "7"}) << list({"timeoutSec=7"});
    QTest::newRow("-s fraction") << list({"-s", "0.5"}) << list({"timeoutSec=0.5"});
    QTest::newRow("-k") << list({"-k"}) << list({"keepAlive=true"});
    QTest::newRow("-b") << list({"-b", "65536"}) << list({"windowSize=65536"});
    QTest::newRow("-B") << list({"-B", "127.0.0.1"}) << list({"bindAddress=127.0.0.1"});
    QTest::newRow("-i") << list({"-i"}) << list({"method=HEAD"});
    QTest::newRow("-m") << list({"-m", "DELETE"}) << list({"method=DELETE"});
    QTest::newRow("-i then -m: -m counts") << list({"-i", "-m", "PATCH"}) << list({"method=PATCH"});
    QTest::newRow("-p: POST, text/plain")
            << list({"-p", "@BODY"})
            << QStringList {u"method=POST"_s, u"sendBody=true"_s, u"body="_s + body,
                            u"contentType=text/plain"_s};
    QTest::newRow("-p -T") << list({"-p", "@BODY", "-T", "application/x-www-form-urlencoded"})
                           << QStringList {u"method=POST"_s, u"sendBody=true"_s, u"body="_s + body,
                                           u"contentType=application/x-www-form-urlencoded"_s};
    QTest::newRow("-T before -p") << list({"-T", "application/json", "-p", "@BODY"})
                                  << QStringList {u"method=POST"_s, u"sendBody=true"_s,
                                                  u"body="_s + body,
                                                  u"contentType=application/json"_s};
    QTest::newRow("-u: PUT, text/plain")
            << list({"-u", "@BODY"})
            << QStringList {u"method=PUT"_s, u"sendBody=true"_s, u"body="_s + body,
                            u"contentType=text/plain"_s};
    QTest::newRow("-u then -m: the body stays")
            << list({"-u", "@BODY", "-m", "PATCH"})
            << QStringList {u"method=PATCH"_s, u"sendBody=true"_s, u"body="_s + body,
                            u"contentType=text/plain"_s};
    QTest::newRow("-T without a body")
            << list({"-T", "text/html"}) << list({"contentType=text/html"});
    QTest::newRow("-v") << list({"-v", "2"}) << list({"verbosity=2"});
    QTest::newRow("-v 4") << list({"-v4"}) << list({"verbosity=4"});
    QTest::newRow("-C") << list({"-C", "session=abc"}) << list({"cookies=session=abc"});
    QTest::newRow("-C twice, in order")
            << list({"-C", "a=1", "-C", "b=2"}) << list({"cookies=a=1|b=2"});
    QTest::newRow("-H") << list({"-H", "X-Probe: 42", "-H", "Accept:text/html"})
                        << list({"headers=X-Probe: 42|Accept: text/html"});
    QTest::newRow("-A") << list({"-A", "user:pass"}) << list({"basicAuth=user:pass"});
    QTest::newRow("-A leading spaces skipped as ab")
            << list({"-A", "  \tuser:pa ss"}) << list({"basicAuth=user:pa ss"});
    QTest::newRow("-P") << list({"-P", " proxy:secret"}) << list({"proxyAuth=proxy:secret"});
    QTest::newRow("-X") << list({"-X", "proxy.example:3128"})
                        << list({"proxyHost=proxy.example", "proxyPort=3128"});
    QTest::newRow("-X IPv6") << list({"-X", "[::1]:8888"})
                             << list({"proxyHost=::1", "proxyPort=8888"});
    QTest::newRow("-q") << list({"-q", "-n", "1000"}) << list({"progress=false", "requests=1000"});
    QTest::newRow("-d") << list({"-d"}) << list({"report.percentiles=false"});
    QTest::newRow("-S") << list({"-S"}) << list({"report.confidence=false"});
    QTest::newRow("-l") << list({"-l"})
                        << list({"variableLength=true", "report.variableLength=true"});
    QTest::newRow("-r") << list({"-r"}) << list({"receiveErrorsAbort=false"});
    QTest::newRow("--framing http") << list({"--framing", "http"}) << list({"framing=http"});
    QTest::newRow("--framing ab") << list({"--framing", "ab"}) << list({});
    QTest::newRow("--timeout-per-request")
            << list({"--timeout-per-request"}) << list({"timeoutPerRequest=true"});
    QTest::newRow("-g") << list({"-g", "out.tsv"}) << list({"gnuplotFile=out.tsv"});
    QTest::newRow("-e") << list({"-e", "out.csv"}) << list({"csvFile=out.csv"});
    QTest::newRow("--json") << list({"--json", "r.json"}) << list({"jsonFile=r.json"});
    QTest::newRow("--engine qnam") << list({"--engine", "qnam"}) << list({"engine=qnam"});
    // ab's defaults, which QNAM keeps: accepted with qnam (other values are not).
    QTest::newRow("--engine qnam -b 0 -v 0")
            << list({"-b", "0", "-v", "0", "--engine", "qnam"}) << list({"engine=qnam"});
    QTest::newRow("--engine=socket") << list({"--engine=socket"}) << QStringList();
    QTest::newRow("--threads") << list({"--threads", "3"}) << list({"threads=3"});
    QTest::newRow("flags together")
            << list({"-kqdSlr"})
            << list({"keepAlive=true", "progress=false", "report.percentiles=false",
                     "report.confidence=false", "variableLength=true", "report.variableLength=true",
                     "receiveErrorsAbort=false"});
    QTest::newRow("flags then a value")
            << list({"-kn", "20"}) << list({"keepAlive=true", "requests=20"});
    QTest::newRow("-V") << list({"-V"}) << list({"action=Version"});
    QTest::newRow("-V stops at once as ab")
            << list({"-k", "-V", "-w"}) << list({"action=Version", "keepAlive=true"});
    QTest::newRow("-h") << list({"-h"}) << list({"action=Help"});
    QTest::newRow("--help") << list({"--help"}) << list({"action=Help"});
}

void tst_AbCommand::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, changed);
    const QString url = u"http://127.0.0.1:8080/x"_s;
    const AbCommandLine cl
            = AbCommandLine::parse(QStringList {u"ab"_s} << substitute(arguments) << url);
    QVERIFY2(cl.action != AbCommandLine::Action::Error, qPrintable(cl.error));
    QMap<QString, QString> expected = fields(AbCommandLine::parse({u"ab"_s, url}));
    for (const QString &c : std::as_const(changed)) {
        const qsizetype eq = c.indexOf(u'=');
        QVERIFY2(expected.contains(c.left(eq)), qPrintable(c));
        expected[c.left(eq)] = c.mid(eq + 1);
    }
    if (cl.action != AbCommandLine::Action::Run) {
        // Help and -V stop parsing: only what came before is set, no URL.
        expected[u"url"_s] = QString();
    }
    const QMap<QString, QString> actual = fields(cl);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(it.key() + u'=' + actual.value(it.key()), it.key() + u'=' + it.value());
    if (cl.action == AbCommandLine::Action::Help) {
        QVERIFY(cl.helpText.contains(u"-X <proxy:port>"_s));
        QVERIFY(cl.helpText.contains(u"-g <filename>"_s));
        QVERIFY(cl.helpText.startsWith(u"Usage: serverbench ab [options] url\n"_s));
        // The unsupported options are hidden, and named once.
        QVERIFY(!cl.helpText.contains(u"\n  -w"_s));
        QVERIFY(!cl.helpText.contains(u"\n  -Z"_s));
        QVERIFY(cl.helpText.contains(u"Not supported: ab's HTML output (-w -x -y -z) and TLS "
                                     "settings (-I -Z -f -E)."_s));
    }
}

void tst_AbCommand::misuse_data()
{
    // arguments, and what the one line must contain.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList url {u"http://127.0.0.1:1/"_s};
    auto row = [&url](const char *name, const QStringList &args, const char *message,
                      bool withUrl = true) {
        QTest::newRow(name) << (withUrl ? args + url : args) << QString::fromUtf8(message);
    };
    row("-n 0", list({"-n", "0"}), "Invalid number of requests (-n 0)");
    row("-n -3", list({"-n", "-3"}), "Invalid number of requests (-n -3)");
    row("-n lots", list({"-n", "lots"}), "Invalid number of requests (-n lots)");
    row("-n past ab's int", list({"-n", "2147483648"}), "Invalid number of requests");
    row("-n missing value", list({"-n"}), "'-n'", false);
    row("-c 0", list({"-c", "0"}), "Invalid Concurrency [Range 1..200000] (-c 0)");
    row("-c too many", list({"-n", "300000", "-c", "200001"}), "Invalid Concurrency");
    row("-c x", list({"-c", "x"}), "Invalid Concurrency");
    row("c > n", list({"-n", "5", "-c", "10"}),
        "Cannot use concurrency level greater than total number of requests");
    row("-t 0", list({"-t", "0"}), "-t needs a number of seconds above 0, got '0'");
    row("-t x", list({"-t", "x"}), "-t needs");
    row("-s 0", list({"-s", "0"}), "-s needs a number of seconds above 0, got '0'");
    row("-s x", list({"-s", "soon"}), "-s needs");
    row("-b x", list({"-b", "big"}), "-b needs a window size");
    row("-b -1", list({"-b", "-1"}), "-b needs a window size");
    row("-v x", list({"-v", "loud"}), "-v needs a verbosity level");
    row("-B empty", list({"-B", ""}), "-B needs an address");
    row("-i then -p", list({"-i", "-p", "@BODY"}), "Cannot mix POST with other methods (-p)");
    row("-p then -i", list({"-p", "@BODY", "-i"}), "Cannot mix HEAD with other methods (-i)");
    row("-m then -i", list({"-m", "PATCH", "-i"}), "Cannot mix HEAD with other methods (-i)");
    row("-i twice", list({"-i", "-i"}), "Cannot mix HEAD with other methods (-i)");
    row("-u then -p", list({"-u", "@BODY", "-p", "@BODY"}),
        "Cannot mix POST with other methods (-p)");
    row("-p then -u", list({"-p", "@BODY", "-u", "@BODY"}),
        "Cannot mix PUT with other methods (-u)");
    row("-m then -u", list({"-m", "PATCH", "-u", "@BODY"}),
        "Cannot mix PUT with other methods (-u)");
    row("-p twice", list({"-p", "@BODY", "-p", "@BODY"}),
        "Cannot mix POST with other methods (-p)");
    row("-p missing file", list({"-p", "/nonexistent/x", "-T", "text/plain"}),
        "Could not open POST data file (/nonexistent/x): No such file or directory");
    row("-u missing file", list({"-u", "/nonexistent/y"}),
        "Could not open POST data file (/nonexistent/y)");
    row("-p directory", list({"-p", "@DIR"}), "POST data file");
    const QByteArray longCredentials(800, 'u');
    row("-A too long", QStringList {u"-A"_s, QString::fromLatin1(longCredentials + ":p")},
        "Authentication credentials too long (-A)");
    row("-P too long", QStringList {u"-P"_s, QString::fromLatin1(longCredentials + ":p")},
        "Proxy credentials too long (-P)");
    row("-H without colon", list({"-H", "NoColon"}), "-H needs 'Name: value', got 'NoColon'");
    row("-H empty name", list({"-H", ": v"}), "-H needs");
    row("-H name with space", list({"-H", "Bad Name: v"}), "bad header name 'Bad Name'");
    row("-X without port", list({"-X", "proxy.example"}), "-X needs proxy:port");
    row("-X port 0", list({"-X", "proxy.example:0"}), "-X needs proxy:port");
    row("-X port too big", list({"-X", "proxy.example:70000"}), "-X needs proxy:port");
    row("-X without host", list({"-X", ":3128"}), "-X needs proxy:port");
    row("-m not a token", list({"-m", "GET ME"}), "the method 'GET ME' is not an HTTP token");
    row("--framing other", list({"--framing", "rfc"}), "--framing must be ab or http, got 'rfc'");
    row("-C with CRLF", list({"-C", "a=1\r\nX-Injected: 1"}), "bad cookie (-C)");
    row("-T with LF", list({"-p", "@BODY", "-T", "text/plain\nX: 1"}), "bad content type (-T)");
    row("--engine", list({"--engine", "curl"}),
        "--engine must be socket, qnam or locust, got 'curl'");
    row("--threads 0", list({"--threads", "0"}), "--threads needs a number above 0");
    // QNAM has no setting for these: refused, not silently ignored, whatever
    // the order.
    row("qnam -B", list({"--engine", "qnam", "-B", "127.0.0.1"}),
        "the qnam engine cannot bind a local address (-B)");
    row("-B then qnam", list({"-B", "127.0.0.1", "--engine", "qnam"}),
        "the qnam engine cannot bind a local address (-B)");
    row("qnam -b", list({"--engine", "qnam", "-b", "65536"}),
        "the qnam engine cannot set the TCP window size (-b)");
    row("qnam -v", list({"-v", "2", "--engine", "qnam"}),
        "the qnam engine cannot print ab's -v trace");
    row("-w", list({"-w"}), "option -w (HTML output) is not supported");
    row("-x", list({"-x", "border=1"}), "option -x (HTML table attributes) is not supported");
    row("-y", list({"-y", "a=1"}), "option -y (HTML tr attributes) is not supported");
    row("-z", list({"-z", "a=1"}), "option -z (HTML td/th attributes) is not supported");
    row("-I", list({"-I"}), "option -I (disable TLS SNI) is not supported");
    row("-Z", list({"-Z", "AES128-SHA"}), "option -Z (TLS cipher suite) is not supported");
    row("-f", list({"-f", "TLS1.2"}), "option -f (TLS protocol) is not supported");
    row("-E", list({"-E", "cert.pem"}), "option -E (TLS client certificate) is not supported");
    row("unknown long option", list({"--frobnicate"}), "frobnicate");
    row("unknown short option", list({"-Q"}), "'Q'");
    row("no url", list({"-n", "5"}), "expected exactly one URL", false);
    row("two urls", url, "expected exactly one URL");
    row("ftp", list({"ftp://127.0.0.1/"}), "the URL must start with http://", false);
    row("https needs qnam", list({"https://127.0.0.1/"}), "https:// needs the qnam engine", false);
    row("no host", list({"http:///x"}), "the URL has no host", false);
    row("port 0", list({"http://127.0.0.1:0/"}), "the port must be between 1 and 65535", false);
}

void tst_AbCommand::misuse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments = substitute(arguments);
    // In process: AbCommandLine says what is wrong, in one line.
    const AbCommandLine cl = AbCommandLine::parse(QStringList {u"ab"_s} << arguments);
    QCOMPARE(cl.action, AbCommandLine::Action::Error);
    QVERIFY2(cl.error.contains(message), qPrintable(cl.error));
    QVERIFY2(!cl.error.contains(u'\n'), qPrintable(cl.error));
    // The command: exit 1, that line on stderr after the command's name,
    // nothing on stdout (no request made: port 1 would refuse).
    const Outcome o = run(arguments);
    QCOMPARE(o.exitCode, 1);
    QCOMPARE(o.err, u"serverbench ab: "_s + cl.error + u'\n');
    QVERIFY2(o.out.isEmpty(), qPrintable(o.out));
}

void tst_AbCommand::versionAndHelp()
{
    // ab -V prints its copyright lines and exits 0; ours prints our banner.
    Outcome o = run(list({"-V"}));
    QCOMPARE(o.exitCode, 0);
    QVERIFY(o.err.isEmpty());
    QVERIFY2(QRegularExpression(u"^This is serverbench \\S+ \\(ab-compatible report, socket "
                                "engine\\)\nFigures are computed as ApacheBench 2.3 computes "
                                "them.\n\n$"_s)
                     .match(o.out)
                     .hasMatch(),
             qPrintable(o.out));
    o = run(list({"--engine", "qnam", "-V"}));
    QCOMPARE(o.exitCode, 0);
    QVERIFY(o.out.contains(u"(ab-compatible report, qnam engine)"_s));

    for (const char *help : {"-h", "--help"}) {
        o = run(list({help}));
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.err.isEmpty());
        for (const char *flag : {"-n <requests>",
                                 "-c <concurrency>",
                                 "-t <timelimit>",
                                 "-s <timeout>",
                                 "-b <windowsize>",
                                 "-B <address>",
                                 "-p <postfile>",
                                 "-u <putfile>",
                                 "-T <content-type>",
                                 "-v <verbosity>",
                                 "-i ",
                                 "-C <attribute>",
                                 "-H <attribute>",
                                 "-A <attribute>",
                                 "-P <attribute>",
                                 "-X <proxy:port>",
                                 "-V ",
                                 "-k ",
                                 "-d ",
                                 "-S ",
                                 "-q ",
                                 "-l ",
                                 "-g <filename>",
                                 "-e <filename>",
                                 "-r ",
                                 "-m <method>",
                                 "--engine <engine>",
                                 "--threads <threads>",
                                 "--json <file>"})
            QVERIFY2(o.out.contains(QString::fromLatin1(flag)), flag);
    }
}

// ------------------------------------------------------ against a server

void tst_AbCommand::requestMatchesAb_data()
{
    // Options whose bytes reach the server; the request must be ab's, byte
    // for byte, and contain what is listed.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("contains");
    const QString body = QString::fromLatin1(kBody);
    QTest::newRow("plain") << QStringList() << list({"GET /p?q=1 HTTP/1.0\r\n"});
    QTest::newRow("-C") << list({"-C", "session=abc"}) << list({"\r\nCookie: session=abc\r\n"});
    QTest::newRow("-C twice") << list({"-C", "a=1", "-C", "b=2"}) << list({"Cookie: "});
    QTest::newRow("-A") << list({"-A", "user:pass"})
                        << list({"\r\nAuthorization: Basic dXNlcjpwYXNz\r\n"});
    QTest::newRow("-A leading spaces")
            << list({"-A", "   user:pass"}) << list({"\r\nAuthorization: Basic dXNlcjpwYXNz\r\n"});
    QTest::newRow("-P") << list({"-P", "proxy:secret"})
                        << list({"\r\nProxy-Authorization: Basic cHJveHk6c2VjcmV0\r\n"});
    QTest::newRow("-A -P") << list({"-A", "user:pass", "-P", "proxy:secret"})
                           << list({"Authorization: Basic dXNlcjpwYXNz\r\n"
                                    "Proxy-Authorization: Basic cHJveHk6c2VjcmV0\r\n"});
    QTest::newRow("-m") << list({"-m", "PATCH"}) << list({"PATCH /p?q=1 HTTP/1.0\r\n"});
    QTest::newRow("-u") << list({"-u", "@BODY"})
                        << QStringList {
                                   u"PUT /p?q=1 HTTP/1.0\r\n"_s, u"\r\nContent-length: 21\r\n"_s,
                                   u"\r\nContent-type: text/plain\r\n"_s, u"\r\n\r\n"_s + body};
    QTest::newRow("-u -T") << list({"-u", "@BODY", "-T", "application/json"})
                           << list({"\r\nContent-type: application/json\r\n"});
    QTest::newRow("-p") << list({"-p", "@BODY"})
                        << QStringList {u"POST /p?q=1 HTTP/1.0\r\n"_s,
                                        u"\r\nContent-type: text/plain\r\n"_s,
                                        u"\r\n\r\n"_s + body};
    QTest::newRow("-u -m") << list({"-u", "@BODY", "-m", "PATCH"})
                           << QStringList {u"PATCH /p?q=1 HTTP/1.0\r\n"_s, u"\r\n\r\n"_s + body};
    QTest::newRow("-H") << list({"-H", "X-Probe: 42", "-H", "Accept: text/html"})
                        << list({"\r\nX-Probe: 42\r\n", "\r\nAccept: text/html\r\n"});
    QTest::newRow("-H Host, User-Agent")
            << list({"-H", "Host: example.test", "-H", "User-Agent: probe/1"})
            << list({"\r\nHost: example.test\r\n"});
    QTest::newRow("-k") << list({"-k"}) << list({"\r\nConnection: Keep-Alive\r\n"});
    QTest::newRow("-i") << list({"-i"}) << list({"HEAD /p?q=1 HTTP/1.0\r\n"});
    QTest::newRow("everything") << list({"-k", "-C", "c=1", "-A", "u:p", "-P", "x:y", "-p", "@BODY",
                                         "-T", "text/csv", "-H", "X-A: 1"})
                                << list({"POST "});
}

void tst_AbCommand::requestMatchesAb()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, contains);
    if (m_ab.isEmpty())
        QSKIP("ab (apache2-utils) is not installed");
    arguments = substitute(arguments);
    FaultServer abServer(FaultServer::Mode::Normal);
    FaultServer ourServer(FaultServer::Mode::Normal);
    const QString path = u"/p?q=1"_s;
    const Outcome a = runAb(
            arguments
            + QStringList {u"-n"_s, u"1"_s,
                           QStringLiteral("http://127.0.0.1:%1%2").arg(abServer.port()).arg(path)});
    QCOMPARE(a.exitCode, 0);
    const Outcome o
            = run(arguments
                  + QStringList {
                          u"-n"_s, u"1"_s,
                          QStringLiteral("http://127.0.0.1:%1%2").arg(ourServer.port()).arg(path)});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QByteArray abRequest = abServer.firstRequest();
    QByteArray ours = ourServer.firstRequest();
    abRequest.replace(QByteArray(':' + QByteArray::number(abServer.port())), ":PORT");
    ours.replace(QByteArray(':' + QByteArray::number(ourServer.port())), ":PORT");
    QCOMPARE(QString::fromLatin1(ours), QString::fromLatin1(abRequest));
    for (const QString &c : std::as_const(contains))
        QVERIFY2(ours.contains(c.toLatin1()), qPrintable(c));
}

void tst_AbCommand::proxy()
{
    // ab -X: every connection goes to the proxy, which gets the absolute
    // URL; the banner names the proxy.
    if (m_ab.isEmpty())
        QSKIP("ab (apache2-utils) is not installed");
    FaultServer abProxy(FaultServer::Mode::Normal);
    FaultServer ourProxy(FaultServer::Mode::Normal);
    const QString url = u"http://origin.invalid:8080/page?x=1"_s;
    const Outcome a = runAb({u"-n"_s, u"3"_s, u"-P"_s, u"p:q"_s, u"-X"_s,
                             QStringLiteral("127.0.0.1:%1").arg(abProxy.port()), url});
    QCOMPARE(a.exitCode, 0);
    const Outcome o = run({u"-n"_s, u"3"_s, u"-P"_s, u"p:q"_s, u"-X"_s,
                           QStringLiteral("127.0.0.1:%1").arg(ourProxy.port()), url});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QCOMPARE(abProxy.requests(), 3);
    QCOMPARE(ourProxy.requests(), 3);
    QCOMPARE(QString::fromLatin1(ourProxy.firstRequest()),
             QString::fromLatin1(abProxy.firstRequest()));
    QVERIFY(ourProxy.firstRequest().startsWith("GET http://origin.invalid:8080/page?x=1 HTTP/1.0"));
    QVERIFY(o.out.contains(QStringLiteral("Benchmarking origin.invalid [through 127.0.0.1:%1] "
                                          "(be patient).....done\n")
                                   .arg(ourProxy.port())));
    QVERIFY(a.out.contains(QStringLiteral("Benchmarking origin.invalid [through 127.0.0.1:%1] "
                                          "(be patient).....done\n")
                                   .arg(abProxy.port())));
    QCOMPARE(valueOf(o.out, u"Server Hostname"_s), u"origin.invalid"_s);
    QCOMPARE(valueOf(o.out, u"Server Port"_s), u"8080"_s);
    QCOMPARE(layout(o.out), layout(a.out));
}

void tst_AbCommand::layoutMatchesAb_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("plain") << list({"-n", "20", "-c", "2"});
    QTest::newRow("-k") << list({"-k", "-n", "20", "-c", "2"});
    QTest::newRow("-i") << list({"-i", "-n", "10"});
    QTest::newRow("-l") << list({"-l", "-n", "10"});
    QTest::newRow("-p") << list({"-p", "@BODY", "-n", "10"});
    QTest::newRow("-u -k") << list({"-u", "@BODY", "-k", "-n", "10"});
    QTest::newRow("-S") << list({"-S", "-n", "10"});
    QTest::newRow("-d") << list({"-d", "-n", "10"});
    QTest::newRow("-S -d -l") << list({"-S", "-d", "-l", "-n", "10"});
    QTest::newRow("one request") << list({"-n", "1"});
    QTest::newRow("progress") << list({"-n", "300", "-c", "3"});
    QTest::newRow("-q") << list({"-q", "-n", "300", "-c", "3"});
    QTest::newRow("-r -B -b") << list({"-r", "-B", "127.0.0.1", "-b", "32768", "-n", "10"});
    QTest::newRow("-v 1 -C -A -H")
            << list({"-v", "1", "-C", "a=1", "-A", "u:p", "-H", "X-A: 1", "-n", "10"});
    QTest::newRow("-t") << list({"-t", "1", "-n", "200", "-c", "2"});
    QTest::newRow("-m -g -e") << list(
            {"-m", "OPTIONS", "-g", "@DIR/l.tsv", "-e", "@DIR/l.csv", "-n", "10"});
}

void tst_AbCommand::layoutMatchesAb()
{
    // Same options, same kind of server: ab's lines in ab's order, the same
    // optional lines, the same progress on stderr; only numbers may differ.
    QFETCH(QStringList, arguments);
    if (m_ab.isEmpty())
        QSKIP("ab (apache2-utils) is not installed");
    arguments = substitute(arguments);
    FaultServer abServer(FaultServer::Mode::Normal);
    FaultServer ourServer(FaultServer::Mode::Normal);
    const Outcome a
            = runAb(arguments << QStringLiteral("http://127.0.0.1:%1/").arg(abServer.port()));
    arguments.removeLast();
    const Outcome o
            = run(arguments << QStringLiteral("http://127.0.0.1:%1/").arg(ourServer.port()));
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(layout(o.out), layout(a.out));
    QCOMPARE(o.err, a.err);
}

void tst_AbCommand::verbosityMatchesAb_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("-v 2") << list({"-v", "2", "-n", "3"});
    QTest::newRow("-v 3 -k") << list({"-v", "3", "-k", "-n", "3"});
    QTest::newRow("-v 2 -p") << list({"-v", "2", "-p", "@BODY", "-n", "2"});
    QTest::newRow("-v 4 -c 2") << list({"-v", "4", "-c", "2", "-n", "4"});
}

void tst_AbCommand::verbosityMatchesAb()
{
    // ab -v 2 prints the request once ("INFO: GET header == ...") and every
    // response header it reads ("LOG: header received:"); -v 3 the status
    // codes. Ours prints what the engine traces, on stdout, whole messages.
    QFETCH(QStringList, arguments);
    if (m_ab.isEmpty())
        QSKIP("ab (apache2-utils) is not installed");
    arguments = substitute(arguments);
    FaultServer abServer(FaultServer::Mode::Normal);
    FaultServer ourServer(FaultServer::Mode::Normal);
    const Outcome a
            = runAb(arguments << QStringLiteral("http://127.0.0.1:%1/").arg(abServer.port()));
    arguments.removeLast();
    const Outcome o
            = run(arguments << QStringLiteral("http://127.0.0.1:%1/").arg(ourServer.port()));
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(o.exitCode, 0);
    auto trace = [](QString out, quint16 port) {
        out.replace(QStringLiteral(":%1").arg(port), u":PORT"_s);
        const qsizetype from = out.indexOf(u"(be patient)...") + 15;
        return out.mid(from, out.indexOf(u"..done\n") - from);
    };
    const QString ours = trace(o.out, ourServer.port());
    QVERIFY2(ours.contains(u"LOG: header received:\nHTTP/1.0 200 OK\r\nServer: fault/1.0\r\n"_s),
             qPrintable(o.out));
    QCOMPARE(ours.count(u"LOG: header received:\n"_s), ourServer.requests());
    QCOMPARE(ours, trace(a.out, abServer.port()));
    QCOMPARE(o.err, a.err);
}

void tst_AbCommand::dataFilesMatchAb()
{
    // ab -g and -e against the same server: the same columns, the same
    // number of rows, the same formats.
    if (m_ab.isEmpty())
        QSKIP("ab (apache2-utils) is not installed");
    FaultServer server(FaultServer::Mode::Normal);
    const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(server.port());
    const QString abTsv = m_dir.filePath(u"ab.tsv"_s), abCsv = m_dir.filePath(u"ab.csv"_s);
    const QString ourTsv = m_dir.filePath(u"ours.tsv"_s), ourCsv = m_dir.filePath(u"ours.csv"_s);
    // n = 200: ab's index rule stays inside its array (it reads past it for
    // n <= 50 at 99%).
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const Outcome a
            = runAb({u"-n"_s, u"200"_s, u"-c"_s, u"4"_s, u"-g"_s, abTsv, u"-e"_s, abCsv, url});
    const Outcome o
            = run({u"-n"_s, u"200"_s, u"-c"_s, u"4"_s, u"-g"_s, ourTsv, u"-e"_s, ourCsv, url});
    const qint64 after = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(o.exitCode, 0);

    auto lines = [](const QString &file) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return QList<QByteArray>();
        const QByteArray data = f.readAll();
        if (!data.endsWith('\n'))
            return QList<QByteArray>();
        QList<QByteArray> l = data.split('\n');
        l.removeLast();
        return l;
    };
    const QList<QByteArray> abG = lines(abTsv), ourG = lines(ourTsv);
    QCOMPARE(abG.size(), 201);
    QCOMPARE(ourG.size(), abG.size());
    QCOMPARE(ourG.first(), abG.first());
    QCOMPARE(ourG.first(), QByteArray("starttime\tseconds\tctime\tdtime\tttime\twait"));
    const QRegularExpression row(u"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|"
                                 "Aug|Sep|Oct|Nov|Dec) \\d\\d \\d\\d:\\d\\d:\\d\\d \\d{4}\\t\\d+"
                                 "\\t\\d+\\t\\d+\\t\\d+\\t\\d+$"_s);
    for (const QList<QByteArray> *file : {&abG, &ourG}) {
        qint64 previousTotal = -1;
        for (qsizetype i = 1; i < file->size(); ++i) {
            const QString line = QString::fromLatin1(file->at(i));
            QVERIFY2(row.match(line).hasMatch(), qPrintable(line));
            const QStringList f = line.split(u'\t');
            // The date is the seconds column in local time, within the run.
            const qint64 seconds = f.at(1).toLongLong();
            QVERIFY(seconds >= before && seconds <= after);
            QCOMPARE(QLocale::c().toString(QDateTime::fromSecsSinceEpoch(seconds),
                                           u"ddd MMM dd HH:mm:ss yyyy"_s),
                     f.at(0));
            // Sorted by total time; dtime = ttime - ctime give or take rounding.
            const qint64 total = f.at(4).toLongLong();
            QVERIFY(total >= previousTotal);
            previousTotal = total;
            QVERIFY(qAbs(f.at(2).toLongLong() + f.at(3).toLongLong() - total) <= 1);
        }
    }

    const QList<QByteArray> abE = lines(abCsv), ourE = lines(ourCsv);
    QCOMPARE(abE.size(), 102);
    QCOMPARE(ourE.size(), abE.size());
    QCOMPARE(ourE.first(), abE.first());
    QCOMPARE(ourE.first(), QByteArray("Percentage served,Time in ms"));
    const QRegularExpression csvRow(u"^(\\d+),\\d+\\.\\d\\d\\d$"_s);
    for (const QList<QByteArray> *file : {&abE, &ourE}) {
        double previous = -1;
        for (int i = 0; i <= 100; ++i) {
            const QString line = QString::fromLatin1(file->at(1 + i));
            const auto m = csvRow.match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            QCOMPARE(m.captured(1).toInt(), i);
            const double ms = line.section(u',', 1).toDouble();
            QVERIFY(ms >= previous);
            previous = ms;
        }
    }
    // The CSV's slowest is the report's longest request.
    const double slowestMs = QString::fromLatin1(ourE.last()).section(u',', 1).toDouble();
    const qint64 longestMs = QString::fromLatin1(ourG.last()).section(u'\t', 4, 4).toLongLong();
    QCOMPARE(qRound64(slowestMs), longestMs);
}

void tst_AbCommand::dataFileCannotBeWritten()
{
    // ab: perror() and exit 1 after the report; ours says so in one line,
    // and leaves no partial file behind (QSaveFile).
    FaultServer server(FaultServer::Mode::Normal);
    const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(server.port());
    Outcome o = run({u"-n"_s, u"5"_s, u"-g"_s, u"/nonexistent/dir/g.tsv"_s, url});
    QCOMPARE(o.exitCode, 1);
    QVERIFY(o.out.contains(u"Complete requests:      5\n"_s));
    QVERIFY2(
            o.err.startsWith(u"serverbench ab: cannot write gnuplot file /nonexistent/dir/g.tsv"_s),
            qPrintable(o.err));
    QCOMPARE(o.err.count(u'\n'), 1);
    o = run({u"-n"_s, u"5"_s, u"-e"_s, u"/nonexistent/dir/e.csv"_s, url});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.startsWith(u"serverbench ab: cannot write CSV file /nonexistent/dir/e.csv"_s),
             qPrintable(o.err));
    QCOMPARE(o.err.count(u'\n'), 1);

    // Nothing completed: ab writes neither file.
    const quint16 port = TestPorts::freePort();
    const QString never = m_dir.filePath(u"never.tsv"_s);
    o = run({u"-n"_s, u"2"_s, u"-g"_s, never, QStringLiteral("http://127.0.0.1:%1/").arg(port)});
    QVERIFY(o.exitCode != 0);
    QVERIFY(!QFile::exists(never));
}

void tst_AbCommand::json()
{
    FaultServer server(FaultServer::Mode::Normal);
    const QString file = m_dir.filePath(u"run.json"_s);
    const Outcome o = run({u"-n"_s, u"12"_s, u"-c"_s, u"3"_s, u"--json"_s, file,
                           QStringLiteral("http://127.0.0.1:%1/").arg(server.port())});
    QCOMPARE(o.exitCode, 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(RunResult::fromJson(json).complete, 12);
    QCOMPARE(RunResult::fromJson(json).samples.size(), 12);
}

void tst_AbCommand::reportAndProgress()
{
    FaultServer server(FaultServer::Mode::Normal);
    const Outcome o = run({u"-n"_s, u"300"_s, u"-c"_s, u"3"_s,
                           QStringLiteral("http://127.0.0.1:%1/").arg(server.port())});
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(valueOf(o.out, u"Complete requests"_s), u"300"_s);
    QCOMPARE(valueOf(o.out, u"Failed requests"_s), u"0"_s);
    QCOMPARE(valueOf(o.out, u"Document Length"_s), u"5 bytes"_s);
    QCOMPARE(valueOf(o.out, u"Server Software"_s), u"fault/1.0"_s);
    QCOMPARE(valueOf(o.out, u"Concurrency Level"_s), u"3"_s);
    QVERIFY(valueOf(o.out, u"Requests per second"_s).endsWith(u"[#/sec] (mean)"));
    QVERIFY(o.out.contains(
            u"\nConnection Times (ms)\n              min  mean[+/-sd] median   max\n"_s));
    QVERIFY(o.out.contains(u" 100%  "_s));
    // ab's heartbeat: every max(n/10, 100) completions, then "Finished".
    QCOMPARE(o.err,
             u"Completed 100 requests\nCompleted 200 requests\nCompleted 300 requests\n"
             "Finished 300 requests\n"_s);
    QCOMPARE(server.requests(), 300);
}

void tst_AbCommand::shortRunSaysDone()
{
    FaultServer server(FaultServer::Mode::Normal);
    const Outcome o
            = run({u"-n"_s, u"20"_s, QStringLiteral("http://127.0.0.1:%1/x").arg(server.port())});
    QCOMPARE(o.exitCode, 0);
    QVERIFY(o.out.contains(
            u"Benchmarking 127.0.0.1 (be patient).....done\n\n\nServer Software:"_s));
    QVERIFY(o.err.isEmpty());
    QCOMPARE(valueOf(o.out, u"Document Path"_s), u"/x"_s);
}

void tst_AbCommand::keepAliveHeadHeadersPost()
{
    FaultServer server(FaultServer::Mode::Normal);
    const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(server.port());
    Outcome o = run({u"-k"_s, u"-n"_s, u"50"_s, u"-c"_s, u"5"_s, url});
    QCOMPARE(valueOf(o.out, u"Keep-Alive requests"_s), u"50"_s);

    FaultServer headServer(FaultServer::Mode::Normal);
    o = run({u"-i"_s, u"-H"_s, u"X-Probe: 42"_s, u"-n"_s, u"5"_s,
             QStringLiteral("http://127.0.0.1:%1/").arg(headServer.port())});
    QCOMPARE(o.exitCode, 0);
    QVERIFY(headServer.firstRequest().startsWith("HEAD / HTTP/1.0\r\n"));
    QVERIFY(headServer.firstRequest().contains("\r\nX-Probe: 42\r\n"));
    QCOMPARE(valueOf(o.out, u"Document Length"_s), u"0 bytes"_s);

    FaultServer postServer(FaultServer::Mode::Normal);
    o = run({u"-p"_s, m_bodyFile, u"-T"_s, u"application/x-test"_s, u"-n"_s, u"4"_s,
             QStringLiteral("http://127.0.0.1:%1/").arg(postServer.port())});
    QCOMPARE(o.exitCode, 0);
    QVERIFY(postServer.firstRequest().contains("Content-type: application/x-test\r\n"));
    QVERIFY(postServer.firstRequest().endsWith(QByteArray(QByteArray("\r\n\r\n") + kBody)));
    QVERIFY(!valueOf(o.out, u"Total body sent"_s).isEmpty());
    QVERIFY(o.out.contains(u" kb/s sent\n"_s));
    QVERIFY(o.out.contains(u" kb/s total\n"_s));
}

void tst_AbCommand::qnamEngine()
{
    FaultServer server(FaultServer::Mode::Normal);
    const Outcome o = run({u"--engine"_s, u"qnam"_s, u"-n"_s, u"40"_s, u"-c"_s, u"4"_s,
                           QStringLiteral("http://127.0.0.1:%1/").arg(server.port())});
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(valueOf(o.out, u"Complete requests"_s), u"40"_s);
    QCOMPARE(server.requests(), 40);
}

void tst_AbCommand::qnamRefusedWithR()
{
    // ab -r against a closed port counts each refusal in Receive and as done
    // (Complete 10, Receive 10, Exceptions 5 for -n 10 -c 2); the qnam engine
    // too, not in Connect.
    const quint16 port = TestPorts::freePort();
    const QStringList args {u"-r"_s, u"-n"_s, u"10"_s,
                            u"-c"_s, u"2"_s,  QStringLiteral("http://127.0.0.1:%1/").arg(port)};
    const Outcome o = run(QStringList {u"--engine"_s, u"qnam"_s} << args);
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(valueOf(o.out, u"Complete requests"_s), u"10"_s);
    QCOMPARE(valueOf(o.out, u"Failed requests"_s), u"15"_s);
    QVERIFY2(o.out.contains(u"(Connect: 0, Receive: 10, Length: 0, Exceptions: 5)"_s),
             qPrintable(o.out));
    if (m_ab.isEmpty())
        return;
    const Outcome a = runAb(args);
    QCOMPARE(o.exitCode, a.exitCode);
    QCOMPARE(valueOf(o.out, u"Complete requests"_s), valueOf(a.out, u"Complete requests"_s));
    QCOMPARE(valueOf(o.out, u"Failed requests"_s), valueOf(a.out, u"Failed requests"_s));
    QVERIFY2(a.out.contains(u"(Connect: 0, Receive: 10, Length: 0, Exceptions: 5)"_s),
             qPrintable(a.out));
    QCOMPARE(layout(o.out), layout(a.out));
}

void tst_AbCommand::socketRefusedWithR_data()
{
    // ab's poll loop handles a whole batch of events after the n-th request
    // is done: each refusal there is one more Receive (an odd n gives n + 1).
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("c");
    QTest::addColumn<QString>("counts");
    QTest::newRow("n 10, c 2") << 10 << 2
                               << u"(Connect: 0, Receive: 10, Length: 0, Exceptions: 5)"_s;
    QTest::newRow("n 9, c 2") << 9 << 2 << u"(Connect: 0, Receive: 10, Length: 0, Exceptions: 5)"_s;
    QTest::newRow("n 7, c 3") << 7 << 3 << u"(Connect: 0, Receive: 8, Length: 0, Exceptions: 4)"_s;
}

void tst_AbCommand::socketRefusedWithR()
{
    QFETCH(int, n);
    QFETCH(int, c);
    QFETCH(QString, counts);
    const quint16 port = TestPorts::freePort();
    const QStringList args {u"-r"_s,
                            u"-n"_s,
                            QString::number(n),
                            u"-c"_s,
                            QString::number(c),
                            QStringLiteral("http://127.0.0.1:%1/").arg(port)};
    const Outcome o = run(args);
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(valueOf(o.out, u"Complete requests"_s), QString::number(n));
    QVERIFY2(o.out.contains(counts), qPrintable(o.out));
    if (m_ab.isEmpty())
        return;
    const Outcome a = runAb(args);
    QVERIFY2(a.out.contains(counts), qPrintable(a.out));
    QCOMPARE(valueOf(o.out, u"Failed requests"_s), valueOf(a.out, u"Failed requests"_s));
}

void tst_AbCommand::refusedAbortsAsAb()
{
    // ab against a closed port: "apr_socket_recv: Connection refused (111)"
    // on stderr, no report, exit 111.
    const quint16 port = TestPorts::freePort();
    const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(port);
    const Outcome o = run({u"-n"_s, u"10"_s, url});
    QCOMPARE(o.err, u"apr_socket_recv: Connection refused (111)\n"_s);
    QCOMPARE(o.exitCode, 111);
    QVERIFY2(o.out.endsWith(u"Benchmarking 127.0.0.1 (be patient)..."_s), qPrintable(o.out));
    QVERIFY(!o.out.contains(u"Complete requests"_s));
    if (m_ab.isEmpty())
        return;
    const Outcome a = runAb({u"-n"_s, u"10"_s, url});
    QCOMPARE(o.exitCode, a.exitCode);
    QCOMPARE(o.err, a.err);
    QCOMPARE(layout(o.out), layout(a.out));
}

void tst_AbCommand::receiveErrorsAsAb_data()
{
    // A server that resets every connection: ab stops at the first receive
    // error ("apr_socket_recv: Connection reset by peer (104)", exit 104);
    // with -r it counts them and reports (-v 1 names each on stderr).
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("stop") << list({"-n", "5"});
    QTest::newRow("-r") << list({"-r", "-n", "5"});
    QTest::newRow("-r -v 1") << list({"-r", "-v", "1", "-n", "5"});
}

void tst_AbCommand::receiveErrorsAsAb()
{
    QFETCH(QStringList, arguments);
    if (m_ab.isEmpty())
        QSKIP("ab (apache2-utils) is not installed");
    FaultServer abServer(FaultServer::Mode::Reset);
    FaultServer ourServer(FaultServer::Mode::Reset);
    const Outcome a
            = runAb(arguments << QStringLiteral("http://127.0.0.1:%1/").arg(abServer.port()));
    arguments.removeLast();
    const Outcome o
            = run(arguments << QStringLiteral("http://127.0.0.1:%1/").arg(ourServer.port()));
    QCOMPARE(o.exitCode, a.exitCode);
    // The command prints every "apr_" trace on stderr, as ab.
    QCOMPARE(o.err, a.err);
    QCOMPARE(layout(o.out), layout(a.out));
    if (arguments.contains(u"-r"_s))
        QVERIFY2(o.out.contains(u"Receive: 5"_s) || o.out.contains(u"Failed requests:        5"_s),
                 qPrintable(o.out));
    else
        QCOMPARE(a.exitCode, 104);
}

void tst_AbCommand::timeoutAbortsAsAb()
{
    // A server that answers 5 requests and then goes silent: -s 1 expires,
    // ab prints apr_pollset_poll's error, "Total of 5 requests completed"
    // and exits 70007 & 255 = 119.
    FaultServer ourServer(FaultServer::Mode::AnswerThenSilent, 5);
    const Outcome o = run({u"-n"_s, u"20"_s, u"-s"_s, u"1"_s,
                           QStringLiteral("http://127.0.0.1:%1/").arg(ourServer.port())});
    QCOMPARE(o.err, u"apr_pollset_poll: The timeout specified has expired (70007)\n"_s);
    QCOMPARE(o.exitCode, 119);
    QVERIFY2(o.out.endsWith(u"Benchmarking 127.0.0.1 (be patient)...Total of 5 requests "
                            "completed\n"_s),
             qPrintable(o.out));
    if (m_ab.isEmpty())
        return;
    FaultServer abServer(FaultServer::Mode::AnswerThenSilent, 5);
    const Outcome a = runAb({u"-n"_s, u"20"_s, u"-s"_s, u"1"_s,
                             QStringLiteral("http://127.0.0.1:%1/").arg(abServer.port())});
    QCOMPARE(o.exitCode, a.exitCode);
    QCOMPARE(o.err, a.err);
    QCOMPARE(layout(o.out), layout(a.out));
}

void tst_AbCommand::outOfFileDescriptors_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("socket") << u"socket"_s;
    QTest::newRow("qnam") << u"qnam"_s;
}

void tst_AbCommand::outOfFileDescriptors()
{
    // c = 1000 under `ulimit -n 256`: no crash, no hang. The socket engine
    // stops where ab stops (apr_err("socket", EMFILE): exit 24, ab's line);
    // an engine that goes on counts every request and says why they failed.
    QFETCH(QString, engine);
    const QString prlimit = QStandardPaths::findExecutable(u"prlimit"_s);
    if (prlimit.isEmpty())
        QSKIP("prlimit (util-linux) is not installed");
    FaultServer server(FaultServer::Mode::Normal);
    const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(server.port());
    const QStringList args {u"-n"_s, u"2000"_s, u"-c"_s, u"1000"_s, u"-s"_s, u"5"_s, url};
    const Outcome o
            = run(QStringList {u"--engine"_s, engine} << args, {prlimit, u"--nofile=256:256"_s});
    if (engine == u"socket" || o.exitCode != 0) {
        QCOMPARE(o.err, u"socket: Too many open files (24)\n"_s);
        QCOMPARE(o.exitCode, 24);
        QVERIFY(!o.out.contains(u"Complete requests"_s));
        if (!m_ab.isEmpty() && engine == u"socket") {
            QProcess p;
            p.start(prlimit, QStringList {u"--nofile=256:256"_s, m_ab} << args);
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), o.exitCode);
            QCOMPARE(QString::fromLocal8Bit(p.readAllStandardError()), o.err);
            QCOMPARE(layout(o.out), layout(QString::fromLocal8Bit(p.readAllStandardOutput())));
        }
        return;
    }
    QVERIFY2(o.err.contains(u"EMFILE"_s), qPrintable(o.err));
    const qint64 complete = valueOf(o.out, u"Complete requests"_s).toLongLong();
    const qint64 failed = valueOf(o.out, u"Failed requests"_s).toLongLong();
    QVERIFY2(failed > 0, qPrintable(o.out));
    QCOMPARE(complete + failed, 2000);
}

void tst_AbCommand::interruptPrintsWhatWasMeasured_data()
{
    QTest::addColumn<bool>("realAb");
    QTest::newRow("serverbench") << false;
    QTest::newRow("ab") << true;
}

void tst_AbCommand::interruptPrintsWhatWasMeasured()
{
    // ab prints its report on SIGINT (no "Finished"/"..done") and exits 1;
    // so do we, with what was measured.
    QFETCH(bool, realAb);
    if (realAb && m_ab.isEmpty())
        QSKIP("ab (apache2-utils) is not installed");
    if (!realAb && (m_bin.isEmpty() || !QFile::exists(m_bin)))
        QSKIP("SERVERBENCH_BIN is not set (run through ctest)");
    FaultServer server(FaultServer::Mode::AnswerThenSilent, 3);
    QProcess p;
    const QStringList args {u"-n"_s, u"1000"_s, u"-c"_s, u"2"_s,
                            QStringLiteral("http://127.0.0.1:%1/").arg(server.port())};
    if (realAb)
        p.start(m_ab, args);
    else
        p.start(m_bin, QStringList {u"ab"_s} << args);
    QVERIFY(p.waitForStarted());
    QByteArray out;
    QTRY_VERIFY((out += p.readAllStandardOutput()).contains("(be patient)"));
    QTest::qWait(500); // the 3 answered requests complete, 2 more wait
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(10000));
    out += p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(out.contains("Complete requests:      3\n"), out.constData());
    QVERIFY2(out.contains("(be patient)\n\n\nServer Software:"), out.constData());
    QVERIFY(out.contains("Percentage of the requests served"));
    QVERIFY2(err.isEmpty(), err.constData());
}

QTEST_GUILESS_MAIN(tst_AbCommand)
#include "tst_abcommand.moc"
