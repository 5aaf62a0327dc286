// Saved sweeps compared: SweepComparison's merge (targets renamed after their
// sweep, unique keys, every row and repeat kept, the levels' union, a
// round-trip through the sweep file format) and SweepStore's summaries for
// File > Recent and the compare dialog. No network, no event loop.

#include "sweepcomparison.h"
#include "sweepstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

RunResult run(int concurrency, double seconds)
{
    RunResult r;
    r.engine = u"socket"_s;
    r.url = u"http://127.0.0.1:8080/"_s;
    r.requested = 100;
    r.concurrency = concurrency;
    r.timeTakenSec = seconds;
    r.complete = 100;
    r.documentLength = 31;
    r.totalTransferred = 12200;
    r.htmlTransferred = 3100;
    return r;
}

// Two embedded targets, three repeats per cell (the middle one shown).
SweepResult sweep(const QString &title, const QList<int> &levels, const QDateTime &startedAt,
                  double seconds = 0.1)
{
    SweepResult result;
    result.config.title = title;
    result.config.levels = levels;
    result.config.requests = 100;
    result.config.repeats = 3;
    result.config.targets = {SweepTarget::embedded(ServerModel::EventDriven),
                             SweepTarget::embedded(ServerModel::ThreadPerConnection)};
    result.startedAt = startedAt;
    result.finishedAt = startedAt.addSecs(30);
    for (int t = 0; t < result.config.targets.size(); ++t) {
        for (int level : levels) {
            SweepRow row;
            row.targetIndex = t;
            row.targetKey = result.config.targets.at(t).key;
            row.targetLabel = result.config.targets.at(t).label;
            row.concurrency = level;
            row.hasFigures = true;
            row.repeats
                    = {run(level, seconds), run(level, seconds * 1.1), run(level, seconds * 0.9)};
            row.shownRepeat = 1;
            row.result = row.repeats.at(1);
            result.rows << row;
        }
    }
    return result;
}

const QDateTime kMorning(QDate(2026, 12, 3), QTime(9, 30));
const QDateTime kEvening(QDate(2026, 12, 3), QTime(18, 45));

} // namespace

class tst_SweepComparison : public QObject
{
    Q_OBJECT
private slots:
    void mergesTwoSweeps();
    void keysStayUniqueAndSafe();
    void externalTargetKeepsItsLabel();
    void names_data();
    void names();
    void roundTripsThroughJson();
    void differences();
    void storeSummaries();
    void unreadableFileIsListed();
    void indentedFileIsReadToo();
};

void tst_SweepComparison::mergesTwoSweeps()
{
    const SweepResult before = sweep(u"before"_s, {1, 5, 10}, kMorning);
    const SweepResult after = sweep(u"after"_s, {5, 20}, kEvening, 0.05);
    const SweepResult merged = SweepComparison::merge({before, after});

    QCOMPARE(merged.config.targets.size(), 4);
    QCOMPARE(merged.config.levels, QList<int>({1, 5, 10, 20}));
    QCOMPARE(merged.config.targets.at(0).key, u"async · before"_s);
    QCOMPARE(merged.config.targets.at(3).key, u"thread · after"_s);
    QCOMPARE(merged.config.targets.at(0).label, u"async · before"_s);
    QVERIFY(merged.config.title.isEmpty());
    QCOMPARE(merged.startedAt, kMorning);
    QCOMPARE(merged.finishedAt, kEvening.addSecs(30));

    QCOMPARE(merged.rows.size(), before.rows.size() + after.rows.size());
    for (const SweepRow &row : merged.rows) {
        const SweepTarget &target = merged.config.targets.at(row.targetIndex);
        QCOMPARE(row.targetKey, target.key);
        QCOMPARE(row.targetLabel, target.label);
        QCOMPARE(row.repeats.size(), 3);
        QCOMPARE(row.shownRepeat, 1);
    }
    // Each sweep's rows, figures and repeats, under its new key.
    const QList<SweepRow> afterThread = merged.rowsOf(u"thread · after"_s);
    QCOMPARE(afterThread.size(), 2);
    QCOMPARE(afterThread.at(1).concurrency, 20);
    QCOMPARE(afterThread.at(1).repeats.at(2).timeTakenSec,
             after.rows.last().repeats.at(2).timeTakenSec);
    QCOMPARE(merged.rowsOf(u"async · before"_s).size(), 3);
}

void tst_SweepComparison::keysStayUniqueAndSafe()
{
    // The same sweep twice, and titles that differ only in punctuation: the
    // report's image names (safeKey) must not collide either.
    const SweepResult a = sweep(u"a/b"_s, {1}, kMorning);
    const SweepResult b = sweep(u"a?b"_s, {1}, kMorning);
    const SweepResult merged = SweepComparison::merge({a, b, a});
    QSet<QString> keys;
    QSet<QString> safeKeys;
    for (const SweepTarget &target : merged.config.targets) {
        keys.insert(target.key);
        safeKeys.insert(SweepTarget::safeKey(target.key));
    }
    QCOMPARE(keys.size(), 6);
    QCOMPARE(safeKeys.size(), 6);
}

void tst_SweepComparison::externalTargetKeepsItsLabel()
{
    SweepResult external = sweep(u"pool"_s, {1}, kEvening);
    external.config.targets[1]
            = SweepTarget::external(u"my server"_s, QUrl(u"http://127.0.0.1:9000/"_s));
    for (SweepRow &row : external.rows) {
        if (row.targetIndex == 1) {
            row.targetKey = external.config.targets.at(1).key;
            row.targetLabel = external.config.targets.at(1).label;
        }
    }
    const SweepResult merged = SweepComparison::merge({sweep(u"plain"_s, {1}, kMorning), external});
    QCOMPARE(merged.config.targets.at(3).label, u"my server · pool"_s);
    QCOMPARE(merged.config.targets.at(3).key, u"my_server · pool"_s);
    QCOMPARE(merged.rowsOf(u"my_server · pool"_s).size(), 1);
}

void tst_SweepComparison::names_data()
{
    QTest::addColumn<QList<SweepResult>>("sweeps");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("titles") << QList<SweepResult> {sweep(u"before"_s, {1}, kMorning),
                                                   sweep(u"after"_s, {1}, kEvening)}
                            << QStringList {u"before"_s, u"after"_s};
    QTest::newRow("same title") << QList<SweepResult> {sweep(u"pool"_s, {1}, kMorning),
                                                       sweep(u"pool"_s, {1}, kEvening)}
                                << QStringList {u"pool"_s, u"pool (2)"_s};
    const QString morning = kMorning.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    QTest::newRow("no titles: start time")
            << QList<SweepResult> {sweep({}, {1}, kMorning), sweep({}, {1}, kMorning)}
            << QStringList {morning, morning + u" (2)"_s};
}

void tst_SweepComparison::names()
{
    QFETCH(QList<SweepResult>, sweeps);
    QFETCH(QStringList, expected);
    QCOMPARE(SweepComparison::names(sweeps), expected);
}

void tst_SweepComparison::roundTripsThroughJson()
{
    const SweepResult merged = SweepComparison::merge(
            {sweep(u"before"_s, {1, 5}, kMorning), sweep(u"after"_s, {5, 10}, kEvening)});
    QString error;
    const SweepResult back = SweepResult::fromJson(merged.toJson(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back.config.levels, merged.config.levels);
    QCOMPARE(back.rows.size(), merged.rows.size());
    for (qsizetype i = 0; i < back.rows.size(); ++i) {
        QCOMPARE(back.rows.at(i).targetKey, merged.rows.at(i).targetKey);
        QCOMPARE(back.rows.at(i).targetLabel, merged.rows.at(i).targetLabel);
        QCOMPARE(back.rows.at(i).repeats.size(), merged.rows.at(i).repeats.size());
        QCOMPARE(back.rows.at(i).result.timeTakenSec, merged.rows.at(i).result.timeTakenSec);
    }
}

void tst_SweepComparison::differences()
{
    SweepResult a = sweep(u"a"_s, {1}, kMorning);
    SweepResult b = sweep(u"b"_s, {1}, kEvening);
    QVERIFY(SweepComparison::differences({a, b}).isEmpty());
    b.config.requests = 5000;
    b.config.keepAlive = true;
    QCOMPARE(SweepComparison::differences({a, b}),
             QStringList({u"-n 100, 5000"_s, u"-k off, on"_s}));
}

void tst_SweepComparison::storeSummaries()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SweepResult plain = sweep({}, {1, 5, 10}, kMorning);
    SweepResult titled = sweep(u"pool"_s, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, kEvening);
    QString error;
    const QString plainPath = SweepStore::save(plain, dir.path(), &error);
    QVERIFY2(!plainPath.isEmpty(), qPrintable(error));
    QVERIFY(!SweepStore::save(titled, dir.path(), &error).isEmpty());

    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QString day = kMorning.toLocalTime().date().year() == QDate::currentDate().year()
            ? u"3 Dec"_s
            : u"3 Dec 2026"_s;
    const QList<SweepStore::Entry> entries = SweepStore::list(dir.path());
    QCOMPARE(entries.size(), 2);
    QStringList summaries;
    for (const SweepStore::Entry &entry : entries) {
        QVERIFY(entry.readable);
        summaries << entry.summary(english);
    }
    const QString morning = kMorning.toLocalTime().toString(u"HH:mm"_s);
    const QString evening = kEvening.toLocalTime().toString(u"HH:mm"_s);
    QVERIFY2(summaries.contains(day + u' ' + morning + u" — async, thread · c 1,5,10 · n 100"_s),
             qPrintable(summaries.join(u'\n')));
    // A title is shown; a long level list keeps its ends.
    QVERIFY2(summaries.contains(day + u' ' + evening
                                + u" — pool · async, thread · c 1,2,3,…,10 · n 100"_s),
             qPrintable(summaries.join(u'\n')));

    // The entry read back from the file (not the one save() remembered)
    // says the same.
    QFile file(plainPath);
    QVERIFY(file.open(QIODevice::ReadWrite | QIODevice::Append));
    file.write("\n");
    file.close();
    const SweepStore::Entry reread = SweepStore::entry(plainPath);
    QVERIFY2(reread.readable, qPrintable(reread.error));
    QCOMPARE(reread.targetKeys, QStringList({u"async"_s, u"thread"_s}));
    QCOMPARE(reread.levels, QList<int>({1, 5, 10}));
    QCOMPARE(reread.requests, qint64(100));
    QCOMPARE(reread.startedAt, kMorning);
}

void tst_SweepComparison::unreadableFileIsListed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile broken(dir.filePath(u"20261203-010203-004.json"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"something else\"}");
    broken.close();
    QVERIFY(!SweepStore::save(sweep({}, {1}, kMorning), dir.path()).isEmpty());

    const QList<SweepStore::Entry> entries = SweepStore::list(dir.path());
    QCOMPARE(entries.size(), 2);
    const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                 [](const SweepStore::Entry &e) { return !e.readable; });
    QVERIFY(it != entries.cend());
    QCOMPARE(it->fileName, u"20261203-010203-004.json"_s);
    QVERIFY2(it->error.contains(it->fileName), qPrintable(it->error));
    QCOMPARE(it->summary(), it->fileName);
}

void tst_SweepComparison::indentedFileIsReadToo()
{
    // A sweep file written by another tool or by hand: not save()'s compact
    // layout, so the entry comes from the whole file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"by-hand.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(sweep(u"by hand"_s, {2, 4}, kMorning).toJson())
                       .toJson(QJsonDocument::Indented));
    file.close();
    const SweepStore::Entry entry = SweepStore::entry(file.fileName());
    QVERIFY2(entry.readable, qPrintable(entry.error));
    QCOMPARE(entry.title, u"by hand"_s);
    QCOMPARE(entry.levels, QList<int>({2, 4}));
    QCOMPARE(entry.startedAt, kMorning);

    // The compact layout with a wrong version is refused by either path.
    QFile compact(dir.filePath(u"future.json"_s));
    QVERIFY(compact.open(QIODevice::WriteOnly));
    QJsonObject future = sweep({}, {1}, kMorning).toJson();
    future.insert(u"version"_s, 99);
    compact.write(QJsonDocument(future).toJson(QJsonDocument::Compact));
    compact.close();
    const SweepStore::Entry refused = SweepStore::entry(compact.fileName());
    QVERIFY(!refused.readable);
    QVERIFY2(refused.error.contains(u"version 99"_s), qPrintable(refused.error));
}

QTEST_APPLESS_MAIN(tst_SweepComparison)
#include "tst_sweepcomparison.moc"
