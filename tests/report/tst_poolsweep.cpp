// `serverbench sweep --target pool` as a user runs it (SERVERBENCH_BIN,
// QProcess): the saved sweep records the pool's size as it ran, the default
// resolved, and the markdown report says when c exceeds it (issue 16).

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class tst_PoolSweep : public QObject
{
    Q_OBJECT

private:
    // Runs a sweep of the pool; the markdown and the autosaved sweep's rows.
    bool sweep(const QStringList &arguments, const QString &name, QString *markdown,
               QJsonArray *rows);

    QString m_bin;
    QTemporaryDir m_dir;

private slots:
    void initTestCase();
    void noteWhenCExceedsThePool();
    void defaultSizeIsRecorded();
};

void tst_PoolSweep::initTestCase()
{
    m_bin = qEnvironmentVariable("SERVERBENCH_BIN");
    if (m_bin.isEmpty() || !QFileInfo(m_bin).isExecutable())
        QSKIP("SERVERBENCH_BIN is not set (run through ctest)");
    QVERIFY(m_dir.isValid());
}

bool tst_PoolSweep::sweep(const QStringList &arguments, const QString &name, QString *markdown,
                          QJsonArray *rows)
{
    const QString outDir = m_dir.filePath(name);
    const QString xdg = m_dir.filePath(name + u"-xdg"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, xdg); // the autosave, away from the user's
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(m_bin,
                  QStringList {u"sweep"_s, u"--target"_s, u"pool"_s, u"-n"_s, u"60"_s,
                               u"--repeat"_s, u"1"_s, u"--pause"_s, u"0"_s, u"--lang"_s, u"en"_s,
                               u"--out"_s, outDir}
                          + arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
    }
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << err;
        return false;
    }
    QFile md(QDir(outDir).filePath(u"benchmark.md"_s));
    if (!md.open(QIODevice::ReadOnly))
        return false;
    *markdown = QString::fromUtf8(md.readAll());
    // The one sweep file autosaved under XDG_DATA_HOME.
    QDirIterator it(xdg, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    if (!it.hasNext())
        return false;
    QFile saved(it.next());
    if (!saved.open(QIODevice::ReadOnly))
        return false;
    *rows = QJsonDocument::fromJson(saved.readAll()).object().value(u"rows"_s).toArray();
    return true;
}

void tst_PoolSweep::noteWhenCExceedsThePool()
{
    QString markdown;
    QJsonArray rows;
    QVERIFY(sweep({u"--pool-threads"_s, u"2"_s, u"--levels"_s, u"1,6"_s}, u"two"_s, &markdown,
                  &rows));
    QCOMPARE(rows.size(), 2);
    for (const QJsonValue &row : std::as_const(rows))
        QCOMPARE(row.toObject().value(u"poolWorkers"_s).toInt(), 2);
    QVERIFY2(markdown.contains(u"c 6 > pool 2: 3 waves; 4 clients wait for a free worker, so "
                               u"latency climbs in steps of 2 clients (expected p100 ≈ 3× one "
                               u"request's service time)"_s),
             qPrintable(markdown));
    QVERIFY(!markdown.contains(u"c 1 > pool"_s));
}

void tst_PoolSweep::defaultSizeIsRecorded()
{
    // No --pool-threads: the config keeps 0 (the default), the rows the
    // number of workers that served them.
    QString markdown;
    QJsonArray rows;
    QVERIFY(sweep({u"--levels"_s, u"1"_s}, u"default"_s, &markdown, &rows));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(u"poolWorkers"_s).toInt(),
             qMax(1, QThread::idealThreadCount()) * 2);
    QVERIFY(!markdown.contains(u"> pool"_s));
}

QTEST_GUILESS_MAIN(tst_PoolSweep)
#include "tst_poolsweep.moc"
