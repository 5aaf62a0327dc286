// The top-level command line of the built `serverbench` (SERVERBENCH_BIN):
// --help and --version work without a display, misuse exits 1 with one line,
// and options the top level does not know reach the GUI's parser.

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitsAsExpected_data();
    void exitsAsExpected();

private:
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

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
