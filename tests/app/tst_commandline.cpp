// The top-level command line of the built `serverbench` (SERVERBENCH_BIN):
// --help and --version work without a display, misuse exits 1 with one line,
// options the top level does not know reach the GUI's parser, and the GUI
// started with a sweep's options and --autorun runs it and autosaves it.

#include "studentserverscript.h"
#include "testports.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitsAsExpected_data();
    void exitsAsExpected();
    void autorunWithLaunchCommandSavesRows();
    void autorunTakesServerKnobs();
    void titleSurvivesX11();

private:
    // The GUI's environment: its own HOME (settings, autosaved sweeps) and platform.
    static QProcessEnvironment guiEnvironment(const QTemporaryDir &home, const QString &platform);
    // The one sweep the GUI autosaved under home, or an empty object and *why.
    static QJsonObject autosavedSweep(const QTemporaryDir &home, QString *why);

    QString m_binary;
};

void tst_CommandLine::initTestCase()
{
    m_binary = qEnvironmentVariable("SERVERBENCH_BIN");
    QVERIFY2(QFileInfo::exists(m_binary), "SERVERBENCH_BIN must name the built serverbench");
}

void tst_CommandLine::exitsAsExpected_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("display"); // QT_QPA_PLATFORM=offscreen stands for one
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutHas");
    QTest::addColumn<QString>("stderrLine"); // the whole of stderr, one line

    QTest::newRow("version") << QStringList {u"--version"_qs} << false << 0
                             << u"serverbench 0.1.0"_qs << QString();
    QTest::newRow("help") << QStringList {u"--help"_qs} << false << 0 << u"sweep"_qs << QString();
    QTest::newRow("unknown command")
            << QStringList {u"frobnicate"_qs} << false << 1 << QString()
            << u"serverbench: unknown command 'frobnicate' (serve, ab, sweep; --help)"_qs;
    QTest::newRow("no display")
            << QStringList {} << false << 1 << QString()
            << u"serverbench: no display for the GUI; use a command such as 'serverbench "
               u"sweep' (--help)"_qs;
    QTest::newRow("gui rejects an unknown option")
            << QStringList {u"--bogus"_qs} << true << 1 << QString()
            << u"serverbench: Unknown option 'bogus'."_qs;
    QTest::newRow("gui rejects a bad value before the window")
            << QStringList {u"--levels"_qs} << true << 1 << QString()
            << u"serverbench: Missing value after '--levels'."_qs;
    QTest::newRow("gui checks --target as the sweep does")
            << QStringList {u"--target"_qs, u"py=ftp://x/"_qs} << true << 1 << QString()
            << u"serverbench: target 'py=ftp://x/': 'ftp://x/' is not an http:// URL with a "
               u"host"_qs;
    QTest::newRow("gui checks --launch as the sweep does")
            << QStringList {u"--target"_qs, u"py=http://127.0.0.1:1/"_qs, u"--launch"_qs,
                            u"py=no-such-program-xyz --port 1"_qs}
            << true << 1 << QString()
            << u"serverbench: --launch py: launch command \"no-such-program-xyz\" not found (not "
               u"a shell builtin or a program on PATH)"_qs;
    QTest::newRow("gui refuses a sweep-only option")
            << QStringList {u"-H"_qs, u"Accept: */*"_qs} << true << 1 << QString()
            << u"serverbench: -H is for 'serverbench sweep'; the GUI has no field for it"_qs;
    QTest::newRow("gui checks --hold-ms")
            << QStringList {u"--autorun"_qs, u"--hold-ms=soon"_qs} << true << 1 << QString()
            << u"serverbench: --hold-ms 'soon' is not a whole number >= 0"_qs;
    // The Locust fields are the GUI's too: checked as the sweep checks them,
    // not refused as sweep-only.
    QTest::newRow("gui checks --locust-master-bind as the sweep does")
            << QStringList {u"--engine"_qs, u"locust"_qs, u"--locust-master-bind"_qs, u"nohost"_qs}
            << true << 1 << QString()
            << u"serverbench: --locust-master-bind needs HOST:PORT, e.g. 0.0.0.0:5557"_qs;
    QTest::newRow("gui --open: a file that is not there")
            << QStringList {u"--open"_qs, u"/nonexistent/sweep.json"_qs} << true << 1 << QString()
            << u"serverbench: cannot open /nonexistent/sweep.json: No such file or directory"_qs;
    QTest::newRow("gui --open with --autorun")
            << QStringList {u"--open"_qs, u"/nonexistent/sweep.json"_qs, u"--autorun"_qs} << true
            << 1 << QString()
            << u"serverbench: --open shows a saved sweep and --autorun runs a new one: give one "
               u"of them"_qs;
}

void tst_CommandLine::exitsAsExpected()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, display);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutHas);
    QFETCH(QString, stderrLine);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    if (display)
        env.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(m_binary, arguments);
    QVERIFY(process.waitForFinished(20000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
    if (!stdoutHas.isEmpty())
        QVERIFY2(out.contains(stdoutHas), qPrintable(out));
    if (!stderrLine.isEmpty())
        QCOMPARE(err, stderrLine);
}

// The line: a course-style Python server started by a shell command
// line (cd, then exec) with --launch, run by the GUI unattended.
void tst_CommandLine::autorunWithLaunchCommandSavesRows()
{
    if (QStandardPaths::findExecutable(u"python3"_qs).isEmpty())
        QSKIP("python3 is not installed");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QDir(home.path()).mkpath(u"tugas"_qs);
    const QString serverDir = home.filePath(u"tugas"_qs);
    QVERIFY(StudentServerScript::writeServingFile(serverDir + u"/server.py"_qs, u"index.html"_qs));
    // Served from the folder the command changed to: its length proves the cd.
    const QByteArray page = "<html><body>tugas 9</body></html>\n";
    QFile index(serverDir + u"/index.html"_qs);
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write(page);
    index.close();

    const quint16 port = TestPorts::freePort();
    QVERIFY(port != 0);
    const QString url = u"http://127.0.0.1:%1/"_qs.arg(port);
    const QStringList arguments {
            u"--target"_qs,  u"py="_qs + url,
            u"--launch"_qs,  u"py=cd %1 && exec python3 server.py %2"_qs.arg(serverDir).arg(port),
            u"--levels"_qs,  u"1,5"_qs,
            u"-n"_qs,        u"200"_qs,
            u"--repeat"_qs,  u"3"_qs,
            u"--autorun"_qs, u"--hold-ms"_qs,
            u"0"_qs};

    QProcess process;
    process.setProcessEnvironment(guiEnvironment(home, u"offscreen"_qs));
    process.start(m_binary, arguments);
    QVERIFY(process.waitForFinished(100000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(out.contains(u"serverbench-autorun: done"_qs), qPrintable(out + err));

    QString why;
    const QJsonObject sweep = autosavedSweep(home, &why);
    QVERIFY2(!sweep.isEmpty(), qPrintable(why));
    const QJsonArray rows = sweep.value(u"rows"_qs).toArray();
    QCOMPARE(rows.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject row = rows.at(i).toObject();
        QCOMPARE(row.value(u"targetLabel"_qs).toString(), u"py"_qs);
        QCOMPARE(row.value(u"concurrency"_qs).toInt(), i == 0 ? 1 : 5);
        QVERIFY2(row.value(u"hasFigures"_qs).toBool(),
                 qPrintable(row.value(u"reason"_qs).toString()));
        QCOMPARE(row.value(u"repeats"_qs).toArray().size(), 3);
    }
    const QJsonObject shown = rows.at(0).toObject().value(u"repeats"_qs).toArray().at(0).toObject();
    QCOMPARE(shown.value(u"documentLength"_qs).toInteger(), page.size());
    QCOMPARE(shown.value(u"complete"_qs).toInteger(), 200);
    // The launched server was stopped with the sweep.
    QTcpServer again;
    QVERIFY(again.listen(QHostAddress::LocalHost, port));
}

// The embedded servers' knobs have fields in the window, so the GUI takes
// them on its command line, and the sweep it runs uses them: a pool of 3
// workers answering a 100-byte body.
void tst_CommandLine::autorunTakesServerKnobs()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess process;
    process.setProcessEnvironment(guiEnvironment(home, u"offscreen"_qs));
    process.start(m_binary,
                  {u"--target"_qs, u"pool"_qs, u"--pool-threads"_qs, u"3"_qs, u"--body-bytes"_qs,
                   u"100"_qs, u"--work-us"_qs, u"50"_qs, u"--levels"_qs, u"1"_qs, u"-n"_qs,
                   u"20"_qs, u"--repeat"_qs, u"1"_qs, u"--autorun"_qs, u"--hold-ms"_qs, u"0"_qs});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QString why;
    const QJsonObject sweep = autosavedSweep(home, &why);
    QVERIFY2(!sweep.isEmpty(), qPrintable(why));
    const QJsonArray rows = sweep.value(u"rows"_qs).toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.at(0).toObject();
    QCOMPARE(row.value(u"targetKey"_qs).toString(), u"pool"_qs);
    QCOMPARE(row.value(u"poolWorkers"_qs).toInt(), 3);
    const QJsonObject run = row.value(u"repeats"_qs).toArray().at(0).toObject();
    QCOMPARE(run.value(u"documentLength"_qs).toInteger(), 100);
}

// Qt's X11 platform takes --title for the window's title; the report's
// --title must still reach the sweep (main.cpp moves it out of Qt's way).
void tst_CommandLine::titleSurvivesX11()
{
    const QString xvfb = QStandardPaths::findExecutable(u"xvfb-run"_qs);
    if (xvfb.isEmpty())
        QSKIP("xvfb-run is not installed (scripts/install-deps.sh --test installs it)");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess process;
    process.setProcessEnvironment(guiEnvironment(home, u"xcb"_qs));
    process.start(xvfb,
                  {u"-a"_qs, m_binary, u"--levels"_qs, u"1"_qs, u"-n"_qs, u"20"_qs, u"--repeat"_qs,
                   u"1"_qs, u"--title"_qs, u"Tugas Pemrograman Jaringan 9"_qs, u"--author"_qs,
                   u"Budi"_qs, u"--autorun"_qs, u"--hold-ms"_qs, u"0"_qs});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QString why;
    const QJsonObject config = autosavedSweep(home, &why).value(u"config"_qs).toObject();
    QVERIFY2(!config.isEmpty(), qPrintable(why));
    QCOMPARE(config.value(u"title"_qs).toString(), u"Tugas Pemrograman Jaringan 9"_qs);
    QCOMPARE(config.value(u"author"_qs).toString(), u"Budi"_qs);
}

QProcessEnvironment tst_CommandLine::guiEnvironment(const QTemporaryDir &home,
                                                    const QString &platform)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_qs, platform);
    env.insert(u"HOME"_qs, home.path());
    env.insert(u"XDG_CONFIG_HOME"_qs, home.filePath(u"config"_qs));
    env.insert(u"XDG_DATA_HOME"_qs, home.filePath(u"data"_qs));
    return env;
}

QJsonObject tst_CommandLine::autosavedSweep(const QTemporaryDir &home, QString *why)
{
    const QDir sweeps(home.filePath(u"data/serverbench/serverbench/sweeps"_qs));
    const QStringList saved = sweeps.entryList({u"*.json"_qs}, QDir::Files);
    if (saved.size() != 1) {
        *why = u"%1 autosaved sweeps in %2, expected 1"_qs.arg(saved.size()).arg(sweeps.path());
        return {};
    }
    QFile file(sweeps.filePath(saved.first()));
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return {};
    }
    const QJsonObject sweep = QJsonDocument::fromJson(file.readAll()).object();
    if (sweep.isEmpty())
        *why = u"%1 is not a JSON object"_qs.arg(file.fileName());
    return sweep;
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
