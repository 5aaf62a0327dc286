// `serverbench sweep` as a user runs it (SERVERBENCH_BIN, QProcess): the
// tables on stdout, the report and the autosave on disk, --load re-exports
// the same document, SIGINT still writes what finished, and bad arguments
// give one line, exit 1 and create nothing.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_SweepCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sweepWritesReport();
    void loadReExports();
    void defaultOutDir();
    void interruptKeepsFinishedRuns();
    void badArguments_data();
    void badArguments();

private:
    // xdgData: XDG_DATA_HOME for the child (autosaves); default m_dir/xdg.
    QProcess *start(const QStringList &arguments, const QString &xdgData = {});
    Outcome run(const QStringList &arguments, const QString &xdgData = {});

    QString m_bin;
    QTemporaryDir m_dir;
};

void tst_SweepCommand::initTestCase()
{
    m_bin = qEnvironmentVariable("SERVERBENCH_BIN");
    if (m_bin.isEmpty() || !QFileInfo(m_bin).isExecutable())
        QSKIP("SERVERBENCH_BIN is not set (run through ctest)");
    QVERIFY(m_dir.isValid());
}

QProcess *tst_SweepCommand::start(const QStringList &arguments, const QString &xdgData)
{
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Autosaves land in the temporary folder, not in the user's data.
    env.insert(u"XDG_DATA_HOME"_s, xdgData.isEmpty() ? m_dir.filePath(u"xdg"_s) : xdgData);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // Without it Qt's GUI start-up warns on stderr before our one line.
    if (!env.contains(u"XDG_RUNTIME_DIR"_s)) {
        const QString runtime = m_dir.filePath(u"runtime"_s);
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime);
    }
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(m_dir.path());
    process->start(m_bin, QStringList {u"sweep"_s} + arguments);
    return process;
}

Outcome tst_SweepCommand::run(const QStringList &arguments, const QString &xdgData)
{
    QProcess *process = start(arguments, xdgData);
    Outcome outcome;
    if (!process->waitForFinished(90000)) {
        process->kill();
        process->waitForFinished();
    }
    outcome.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    outcome.out = QString::fromUtf8(process->readAllStandardOutput());
    outcome.err = QString::fromUtf8(process->readAllStandardError());
    delete process;
    return outcome;
}

void tst_SweepCommand::sweepWritesReport()
{
    const QString outDir = m_dir.filePath(u"out"_s);
    const Outcome o = run({u"--levels"_s, u"1,2"_s, u"-n"_s, u"50"_s, u"--out"_s, outDir,
                           u"--pause"_s, u"20"_s, u"--repeat"_s, u"3"_s});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    // stdout: the seed's tables, and nothing else.
    QVERIFY(o.out.startsWith(u"### Tabel Hasil Benchmark async (QTcpServer, event loop)"_s));
    QVERIFY(o.out.contains(u"### Tabel Hasil Benchmark thread (QThread per connection)"_s));
    QCOMPARE(o.out.count(u"| No test | Concurrency level | Time taken for test (seconds) |"_s), 2);
    QVERIFY(!o.out.contains(u"|    1    |         1         |               -"_s));
    // stderr is not a terminal: one line per finished cell, the targets
    // taking turns inside a level, after one warm-up each.
    for (const QString &line : {u"[1/4] async c=1: "_s, u"[2/4] thread c=1: "_s,
                                u"[3/4] async c=2: "_s, u"[4/4] thread c=2: "_s})
        QVERIFY2(o.err.contains(line), qPrintable(o.err));
    QCOMPARE(o.err.count(u"(median run of 3: "_s), 4);
    QCOMPARE(o.err.count(u"warm-up at c = 1 (discarded)"_s), 2);
    QVERIFY(!o.err.contains(u'\r'));

    for (const QString &file : {u"benchmark.md"_s, u"results.csv"_s, u"results.json"_s,
                                u"dokumentasi/async_1.png"_s, u"dokumentasi/async_2.png"_s,
                                u"dokumentasi/thread_1.png"_s, u"dokumentasi/thread_2.png"_s})
        QVERIFY2(QFileInfo(QDir(outDir).filePath(file)).size() > 0, qPrintable(file));
    const QString markdown = QString::fromUtf8(readAll(QDir(outDir).filePath(u"benchmark.md"_s)));
    QVERIFY(markdown.contains(o.out.section(u"\n\n"_s, 0, 0)));

    const QRegularExpression saved(u"saved (\\S+\\.json)"_s);
    const QRegularExpressionMatch match = saved.match(o.err);
    QVERIFY2(match.hasMatch(), qPrintable(o.err));
    const QString savedPath = match.captured(1);
    QVERIFY(savedPath.startsWith(m_dir.filePath(u"xdg/"_s)));
    QVERIFY(QFileInfo::exists(savedPath));
}

void tst_SweepCommand::loadReExports()
{
    // Its own sweep, autosaved into its own XDG folder.
    const QString xdg = m_dir.filePath(u"xdg-load"_s);
    const QString firstDir = m_dir.filePath(u"load-first"_s);
    const Outcome first = run({u"--levels"_s, u"1,2"_s, u"-n"_s, u"50"_s, u"--out"_s, firstDir,
                               u"--pause"_s, u"20"_s, u"--repeat"_s, u"2"_s},
                              xdg);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QRegularExpressionMatch match
            = QRegularExpression(u"saved (\\S+\\.json)"_s).match(first.err);
    QVERIFY2(match.hasMatch(), qPrintable(first.err));
    const QString savedPath = match.captured(1);
    QVERIFY(savedPath.startsWith(xdg + u'/'));
    const QString firstMarkdown
            = QString::fromUtf8(readAll(QDir(firstDir).filePath(u"benchmark.md"_s)));
    QVERIFY(!firstMarkdown.isEmpty());

    const QString outDir = m_dir.filePath(u"reloaded"_s);
    const Outcome o = run({u"--load"_s, savedPath, u"--out"_s, outDir}, xdg);
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QVERIFY(o.out.startsWith(u"### Tabel Hasil Benchmark async"_s));
    // The same document, spread and verdicts included: every repeat was saved.
    QVERIFY(firstMarkdown.contains(u"#### Sebaran async"_s));
    QVERIFY(firstMarkdown.contains(u"### Perbandingan"_s));
    QCOMPARE(QString::fromUtf8(readAll(QDir(outDir).filePath(u"benchmark.md"_s))), firstMarkdown);
    QVERIFY(QFileInfo::exists(QDir(outDir).filePath(u"dokumentasi/thread_2.png"_s)));
    // Nothing was run, so nothing new was saved.
    QCOMPARE(QDir(QFileInfo(savedPath).path()).entryList({u"*.json"_s}).size(), 1);
}

void tst_SweepCommand::defaultOutDir()
{
    // Without --out the report goes to ./serverbench-report, never ./report
    // (the report library's source folder in a checkout).
    const QString cwd = m_dir.path();
    const Outcome o = run({u"--target"_s, u"async"_s, u"--levels"_s, u"1"_s, u"-n"_s, u"10"_s});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QVERIFY(QFileInfo(QDir(cwd).filePath(u"serverbench-report/benchmark.md"_s)).size() > 0);
    QVERIFY(QFileInfo::exists(QDir(cwd).filePath(u"serverbench-report/dokumentasi/async_1.png"_s)));
    QVERIFY(!QFileInfo::exists(QDir(cwd).filePath(u"report"_s)));
}

void tst_SweepCommand::interruptKeepsFinishedRuns()
{
    const QString outDir = m_dir.filePath(u"interrupted"_s);
    // 10 ms of server work per request: runs of 3 s, 1.5 s and 1 s.
    QProcess *process = start({u"--target"_s, u"async"_s, u"--levels"_s, u"1,2,3"_s, u"-n"_s,
                               u"300"_s, u"--work-us"_s, u"10000"_s, u"--out"_s, outDir,
                               u"--repeat"_s, u"1"_s, u"--no-warm-up"_s});
    QString err;
    connect(process, &QProcess::readyReadStandardError, this,
            [&] { err += QString::fromUtf8(process->readAllStandardError()); });
    QTRY_VERIFY_WITH_TIMEOUT(err.contains(u"[1/3] async c=1: "_s), 30000);
    ::kill(pid_t(process->processId()), SIGINT);
    QVERIFY(process->waitForFinished(30000));
    err += QString::fromUtf8(process->readAllStandardError());
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 130);
    QVERIFY2(err.contains(u"interrupted"_s), qPrintable(err));
    const QString markdown = QString::fromUtf8(readAll(QDir(outDir).filePath(u"benchmark.md"_s)));
    QVERIFY2(markdown.contains(u"|    1    |         1         |"_s), qPrintable(markdown));
    QVERIFY(!markdown.contains(u"|    1    |         1         |               -"_s));
    QVERIFY(markdown.contains(u"|    3    |         3         |               -"_s));
    QVERIFY(QFileInfo::exists(QDir(outDir).filePath(u"dokumentasi/async_1.png"_s)));
    delete process;
}

void tst_SweepCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown target")
            << QStringList {u"--target"_s, u"nginx"_s} << u"unknown target 'nginx'"_s;
    QTest::newRow("bad levels") << QStringList {u"--levels"_s, u"1,x"_s} << u"--levels"_s;
    QTest::newRow("c > n") << QStringList {u"-n"_s, u"10"_s, u"--levels"_s, u"1,20"_s}
                           << u"greater than the 10 requests"_s;
    QTest::newRow("bad url") << QStringList {u"--target"_s, u"py=localhost:8000"_s}
                             << u"not an http:// URL"_s;
    QTest::newRow("launch unknown") << QStringList {u"--launch"_s, u"py=python3 s.py"_s}
                                    << u"no external --target labelled 'py'"_s;
    QTest::newRow("bad lang") << QStringList {u"--lang"_s, u"de"_s} << u"--lang 'de'"_s;
    QTest::newRow("unknown option") << QStringList {u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("load not a sweep")
            << QStringList {u"--load"_s, u"/etc/hostname"_s} << u"not JSON"_s;
    QTest::newRow("bad -H") << QStringList {u"-H"_s, u"NoColon"_s}
                            << u"-H needs 'Name: value', got 'NoColon'"_s;
    QTest::newRow("-p unreadable") << QStringList {u"-p"_s, u"/nonexistent/post.txt"_s}
                                   << u"-p: cannot read '/nonexistent/post.txt'"_s;
    QTest::newRow("-T alone") << QStringList {u"-T"_s, u"text/plain"_s} << u"-T sets"_s;
    QTest::newRow("bad -m") << QStringList {u"-m"_s, u"G:ET"_s} << u"not an HTTP token"_s;
    QTest::newRow("bad -C") << QStringList {u"-C"_s, u"cookie"_s} << u"-C needs name=value"_s;
    QTest::newRow("bad -A") << QStringList {u"-A"_s, u"user"_s} << u"-A needs user:password"_s;
    QTest::newRow("bad framing") << QStringList {u"--framing"_s, u"x"_s}
                                 << u"unknown --framing 'x'"_s;
    QTest::newRow("launch not found")
            << QStringList {u"--target"_s, u"py=http://127.0.0.1:9/"_s, u"--launch"_s,
                            u"py=no-such-server-xyz --port 9"_s}
            << u"--launch py: launch command \"no-such-server-xyz\" not found"_s;
    QTest::newRow("launch syntax") << QStringList {u"--target"_s, u"py=http://127.0.0.1:9/"_s,
                                                   u"--launch"_s, u"py=exec python3 'server.py"_s}
                                   << u"not a valid shell command line"_s;
    QTest::newRow("repeat 0") << QStringList {u"--repeat"_s, u"0"_s}
                              << u"--repeat '0' is not a whole number from 1 to 100"_s;
    QTest::newRow("repeat x") << QStringList {u"--repeat"_s, u"x"_s} << u"--repeat 'x'"_s;
    QTest::newRow("min-time x") << QStringList {u"--min-time"_s, u"x"_s}
                                << u"--min-time 'x' is not a number"_s;
    QTest::newRow("min-time -1") << QStringList {u"--min-time"_s, u"-1"_s}
                                 << u"minimum time per cell must be between 0 and 3600 s"_s;
    QTest::newRow("pool threads 0")
            << QStringList {u"--target"_s, u"pool"_s, u"--pool-threads"_s, u"0"_s}
            << u"--pool-threads '0' is not a number in 1..1024"_s;
    QTest::newRow("loops x") << QStringList {u"--target"_s, u"reactor"_s, u"--loops"_s, u"x"_s}
                             << u"--loops 'x' is not a number in 1..1024"_s;
    QTest::newRow("load with loops") << QStringList {u"--load"_s, u"x.json"_s, u"--loops"_s, u"2"_s}
                                     << u"--loops cannot be used with it"_s;
    QTest::newRow("load with repeat")
            << QStringList {u"--load"_s, u"x.json"_s, u"--repeat"_s, u"3"_s}
            << u"--repeat cannot be used with it"_s;
}

void tst_SweepCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString outDir = m_dir.filePath(u"never"_s);
    const QString xdg = m_dir.filePath(u"xdg/serverbench/serverbench/sweeps"_s);
    const int savedBefore = int(QDir(xdg).entryList({u"*.json"_s}).size());
    const Outcome o = run(arguments + QStringList {u"--out"_s, outDir});
    QCOMPARE(o.exitCode, 1);
    QVERIFY(o.out.isEmpty());
    QVERIFY2(o.err.endsWith(u'\n') && o.err.count(u'\n') == 1, qPrintable(o.err));
    QVERIFY2(o.err.contains(message), qPrintable(o.err));
    QVERIFY(!QFileInfo::exists(outDir));
    QCOMPARE(int(QDir(xdg).entryList({u"*.json"_s}).size()), savedBefore);
}

QTEST_GUILESS_MAIN(tst_SweepCommand)
#include "tst_sweepcommand.moc"
