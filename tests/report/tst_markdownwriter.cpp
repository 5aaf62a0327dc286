// Golden tests of the markdown writer against the seed's own tables, plus the
// document's structure, the extended table and the CSV writer.

#include "csvwriter.h"
#include "jsonwriter.h"
#include "levelcomparison.h"
#include "markdownwriter.h"
#include "reportfigures.h"
#include "reportfixture.h"
#include "reportpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ReportFixture;

class tst_MarkdownWriter : public QObject
{
    Q_OBJECT

private:
    QStringList m_seed; // the seed's lines
    QList<QStringList> seedTables() const; // each: its table's lines

private slots:
    void initTestCase();
    void seedTable_data();
    void seedTable();
    void seedTablesBlock_data();
    void seedTablesBlock();
    void centring_data();
    void centring();
    void document_data();
    void document();
    void authorUnderTitle();
    void extendedTable();
    void withoutExtendedTableReasonsStayVisible();
    void documentNamesAbOptions();
    void csvQuoting_data();
    void csvQuoting();
    void csvCarriesTheTableFigures();
    void fileKey_data();
    void fileKey();
    void figureColumns();
    void spreadAndVerdicts();
    void verdictWithTooFewRepeats();
};

QList<QStringList> tst_MarkdownWriter::seedTables() const
{
    QList<QStringList> tables;
    QStringList current;
    for (const QString &line : m_seed) {
        if (line.startsWith(u'|')) {
            current << line;
        } else if (!current.isEmpty()) {
            tables << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        tables << current;
    return tables;
}

void tst_MarkdownWriter::initTestCase()
{
    QFile file(QStringLiteral(SEED_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    m_seed = QString::fromUtf8(file.readAll()).split(u'\n');
    QCOMPARE(seedTables().size(), 2);
}

void tst_MarkdownWriter::seedTable_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("table");
    QTest::newRow("server_async_http.py") << u"async"_s << 0;
    QTest::newRow("server_thread_http.py") << u"thread"_s << 1;
}

void tst_MarkdownWriter::seedTable()
{
    QFETCH(QString, key);
    QFETCH(int, table);
    const QStringList seed = seedTables().at(table);
    QStringList ours = MarkdownWriter::table(seedSweep().rowsOf(key)).split(u'\n');
    QCOMPARE(ours.takeLast(), QString()); // ends with a newline
    QCOMPARE(ours.size(), seed.size());
    // The header and alignment rows: byte for byte.
    QCOMPARE(ours[0], seed[0]);
    QCOMPARE(ours[1], seed[1]);
    QCOMPARE(MarkdownWriter::courseHeaderRow(), seed[0]);
    QCOMPARE(MarkdownWriter::courseAlignmentRow(), seed[1]);
    for (int i = 2; i < seed.size(); ++i) {
        // Every cell equals the seed's, in a cell as wide as the seed's.
        QCOMPARE(markdownCells(ours[i]), markdownCells(seed[i]));
        QCOMPARE(ours[i].size(), seed[i].size());
        const QStringList raw = rawCells(ours[i]);
        const QStringList seedRaw = rawCells(seed[i]);
        for (int c = 0; c < raw.size(); ++c)
            QCOMPARE(raw[c].size(), seedRaw[c].size());
    }
}

void tst_MarkdownWriter::seedTablesBlock_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("heading");
    QTest::newRow("id") << u"id"_s << u"### Tabel Hasil Benchmark "_s;
    QTest::newRow("en") << u"en"_s << u"### Benchmark Results "_s;
}

void tst_MarkdownWriter::seedTablesBlock()
{
    QFETCH(QString, lang);
    QFETCH(QString, heading);
    // The seed from its first table heading to the line before "### Screenshot".
    const qsizetype first = m_seed.indexOf(u"### Tabel Hasil Benchmark server_async_http.py"_s);
    const qsizetype last = m_seed.indexOf(u"### Screenshot Benchmark"_s);
    QVERIFY(first > 0 && last > first);
    QStringList seed = m_seed.mid(first, last - first);
    while (seed.last().isEmpty())
        seed.removeLast();
    QStringList ours = MarkdownWriter::tables(seedSweep(), lang).split(u'\n');
    QCOMPARE(ours.takeLast(), QString()); // ends with a newline
    QCOMPARE(ours.size(), seed.size());
    for (int i = 0; i < seed.size(); ++i) {
        QString expected = seed[i];
        if (expected.startsWith(u"### Tabel Hasil Benchmark "))
            expected = heading + expected.mid(26);
        const bool dataRow = expected.startsWith(u'|') && !expected.startsWith(u"| No test")
                && !expected.startsWith(u"|:");
        if (dataRow)
            QCOMPARE(markdownCells(ours[i]), markdownCells(expected));
        else
            QCOMPARE(ours[i], expected); // headings, blank lines, header rows: byte for byte
    }
}

void tst_MarkdownWriter::centring_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("cell");
    // The seed's centring: the odd space goes left.
    QTest::newRow("even") << u"1"_s << 0 << u"    1    "_s;
    QTest::newRow("odd") << u"0"_s << 4 << u"        0       "_s;
    QTest::newRow("122000") << u"122000"_s << 5 << u"           122000          "_s;
}

void tst_MarkdownWriter::centring()
{
    QFETCH(QString, value);
    QFETCH(int, column);
    QFETCH(QString, cell);
    const QStringList seedRow = rawCells(seedTables().at(0).at(2));
    QCOMPARE(cell.size(), seedRow[column].size());
    QCOMPARE(cell, seedRow[column]); // the expectation is the seed's own cell
    SweepRow row = seedSweep().rows.first();
    const QStringList raw = rawCells(MarkdownWriter::table({row}).split(u'\n').at(2));
    QCOMPARE(raw[column], cell);
    QCOMPARE(raw[column].trimmed(), value);
}

void tst_MarkdownWriter::document_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expectedTitle");
    QTest::addColumn<QString>("dokumentasi");
    QTest::newRow("id default") << u"id"_s << QString() << u"# Laporan Benchmark serverbench"_s
                                << u"## Dokumentasi"_s;
    QTest::newRow("en default") << u"en"_s << QString() << u"# serverbench benchmark report"_s
                                << u"## Documentation"_s;
    QTest::newRow("seed title") << u"id"_s << u"Tugas Pemrograman Jaringan 9"_s
                                << u"# Tugas Pemrograman Jaringan 9"_s << u"## Dokumentasi"_s;
}

void tst_MarkdownWriter::document()
{
    QFETCH(QString, lang);
    QFETCH(QString, title);
    QFETCH(QString, expectedTitle);
    QFETCH(QString, dokumentasi);
    const SweepResult sweep = seedSweep();
    ReportOptions options;
    options.lang = lang;
    options.title = title;
    const QStringList lines = MarkdownWriter::document(sweep, options).split(u'\n');
    QCOMPARE(lines.at(0), expectedTitle);
    QCOMPARE(lines.at(1), dokumentasi);
    // The tables block is the one tables() writes, seed header rows included.
    const QString tables = MarkdownWriter::tables(sweep, lang);
    QCOMPARE(lines.count(MarkdownWriter::courseHeaderRow()), 2);
    QVERIFY(lines.contains(tables.split(u'\n').first()));
    // Screenshots: a list per target, a link per run, as in the seed.
    const qsizetype shots = lines.indexOf(u"### Screenshot Benchmark"_s);
    QVERIFY(shots > 0);
    QCOMPARE(lines.at(shots + 1), u"* server_async_http.py"_s);
    QCOMPARE(lines.at(shots + 2), u"![server_async_http.py c=1](dokumentasi/async_1.png)"_s);
    QCOMPARE(lines.at(shots + 8), u"![server_async_http.py c=100](dokumentasi/async_100.png)"_s);
    QVERIFY(lines.contains(u"* server_thread_http.py"_s));
    QVERIFY(lines.contains(u"![server_thread_http.py c=75](dokumentasi/thread_75.png)"_s));
    int links = 0;
    for (const QString &line : lines)
        links += line.startsWith(u"![") && line.contains(u"](dokumentasi/") ? 1 : 0;
    QCOMPARE(links, sweep.rows.size() + 3); // the runs and the three sweep charts
}

void tst_MarkdownWriter::authorUnderTitle()
{
    SweepResult sweep = seedSweep();
    sweep.config.title = u"Tugas Pemrograman Jaringan 9"_s;
    sweep.config.author = u"Budi Santoso"_s;
    ReportOptions options;
    options.lang = u"id"_s;
    QStringList lines = MarkdownWriter::document(sweep, options).split(u'\n');
    QCOMPARE(lines.mid(0, 5),
             QStringList({u"# Tugas Pemrograman Jaringan 9"_s, QString(),
                          u"Disusun oleh: Budi Santoso"_s, QString(), u"## Dokumentasi"_s}));
    // The export's options win over the saved sweep's (sweep --load --author).
    options.lang = u"en"_s;
    options.author = u"Siti"_s;
    lines = MarkdownWriter::document(sweep, options).split(u'\n');
    QCOMPARE(lines.at(2), u"By: Siti"_s);
}

void tst_MarkdownWriter::extendedTable()
{
    const QList<SweepRow> rows = seedSweep().rowsOf(u"async"_s);
    const QStringList lines = MarkdownWriter::extendedTable(rows, u"en"_s).split(u'\n');
    const QStringList header = markdownCells(lines[0]);
    QCOMPARE(header.first(), u"No test"_s);
    QCOMPARE(header.last(), u"Note"_s);
    // ab's "Time per request (mean)" = c * time * 1000 / done: 18.230 at c=5.
    const QStringList c5 = markdownCells(lines[3]);
    QCOMPARE(c5[1], u"5"_s);
    QCOMPARE(c5[2], u"18.230"_s);
    QCOMPARE(c5[6], u"0"_s); // Non-2xx
    const QStringList c10 = markdownCells(lines[4]);
    QCOMPARE(c10[1], u"10"_s);
    for (int i = 2; i < 8; ++i)
        QCOMPARE(c10[i], u"-"_s);
    QCOMPARE(c10[8], rows[2].reason);
    QCOMPARE(
            markdownCells(MarkdownWriter::extendedTable(rows, u"id"_s).section(u'\n', 0, 0)).last(),
            u"Keterangan"_s);

    // A reason with a pipe cannot break the table.
    QList<SweepRow> piped = rows;
    piped[2].reason = u"a | b\nc"_s;
    const QStringList pipedLines = MarkdownWriter::extendedTable(piped, u"en"_s).split(u'\n');
    QCOMPARE(markdownCells(pipedLines[4]).size(), 9);
    QCOMPARE(markdownCells(pipedLines[4]).last(), u"a | b c"_s);
}

void tst_MarkdownWriter::withoutExtendedTableReasonsStayVisible()
{
    ReportOptions options;
    options.extendedTable = false;
    const QString text = MarkdownWriter::document(seedSweep(), options);
    QVERIFY(!text.contains(u"#### Rincian"));
    QVERIFY(text.contains(u"* c=10: apr_socket_recv: Connection reset by peer (104)\n"));
    options.extendedTable = true;
    QVERIFY(MarkdownWriter::document(seedSweep(), options)
                    .contains(u"#### Rincian server_async_http.py"));
}

void tst_MarkdownWriter::documentNamesAbOptions()
{
    // ab's defaults add nothing to the "Every run" line; the options that
    // change what is measured are named there.
    SweepResult sweep = seedSweep();
    ReportOptions options;
    options.lang = u"en"_s;
    const auto everyRun = [&] {
        const QStringList lines = MarkdownWriter::document(sweep, options).split(u'\n');
        for (const QString &line : lines) {
            if (line.startsWith(u"Every run: "))
                return line;
        }
        return QString();
    };
    QCOMPARE(everyRun(), u"Every run: n = 1000, engine socket, keep-alive off."_s);
    sweep.config.method = "POST";
    sweep.config.sendBody = true;
    sweep.config.bodyFile = u"/home/student/data/post.txt"_s;
    sweep.config.receiveErrorsAbort = false;
    sweep.config.variableLength = true;
    sweep.config.framing = Framing::Http;
    sweep.config.timeoutPerRequest = true;
    QCOMPARE(everyRun(),
             u"Every run: n = 1000, engine socket, keep-alive off, POST post.txt, -r, -l, "
             u"framing http, -s per request."_s);
}

void tst_MarkdownWriter::csvQuoting_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << u"2.551"_s << u"2.551"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("cr") << u"a\rb"_s << u"\"a\rb\""_s;
}

void tst_MarkdownWriter::csvQuoting()
{
    QFETCH(QString, cell);
    QFETCH(QString, quoted);
    QCOMPARE(CsvWriter::quoted(cell), quoted);
    const QList<QStringList> back = parseCsv(CsvWriter::line({cell, u"x"_s}));
    QCOMPARE(back.size(), 1);
    QCOMPARE(back[0], (QStringList {cell, u"x"_s}));
}

void tst_MarkdownWriter::csvCarriesTheTableFigures()
{
    SweepResult sweep = seedSweep();
    sweep.rows[3].reason = u"reset, \"twice\"\nthen refused"_s;
    const QList<QStringList> csv = parseCsv(CsvWriter::csv(sweep));
    QCOMPARE(csv.size(), 1 + sweep.rows.size());
    const QStringList header = csv[0];
    QCOMPARE(header.size(),
             ReportFigures::rowKeys().size() + ReportFigures::spreadColumns().size()
                     + ReportFigures::columns().size());
    const QStringList keys {u"no_test"_s,
                            u"concurrency"_s,
                            u"time_taken_s"_s,
                            u"complete"_s,
                            u"failed"_s,
                            u"total_transferred"_s,
                            u"requests_per_second"_s,
                            u"time_per_request_across_ms"_s,
                            u"transfer_rate_kbps"_s};
    for (int i = 0; i < sweep.rows.size(); ++i) {
        const QStringList row = csv[i + 1];
        QCOMPARE(row.size(), header.size());
        const QStringList cells = MarkdownWriter::courseCells(sweep.rows[i], i % 7 + 1);
        for (int k = 0; k < keys.size(); ++k) {
            const QString value = row[header.indexOf(keys[k])];
            QCOMPARE(value.isEmpty() ? u"-"_s : value, cells[k]);
        }
        QCOMPARE(row[header.indexOf(u"reason"_s)], sweep.rows[i].reason);
        QCOMPARE(row[header.indexOf(u"target_label"_s)], sweep.rows[i].targetLabel);
    }
    // The seed's async c=1 row, and ab's mean at c=5.
    QCOMPARE(csv[1][header.indexOf(u"requests_per_second"_s)], u"391.99"_s);
    QCOMPARE(csv[2][header.indexOf(u"time_per_request_ms"_s)], u"18.230"_s);
    QCOMPARE(csv[2][header.indexOf(u"failed_connect"_s)], u"0"_s);
}

void tst_MarkdownWriter::fileKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("file");
    QTest::newRow("async") << u"async"_s << u"async"_s;
    QTest::newRow("python") << u"server_thread_http.py"_s << u"server_thread_http.py"_s;
    QTest::newRow("spaces and slashes") << u"my server/../x"_s << u"my_server_.._x"_s;
    QTest::newRow("leading dot") << u"..x"_s << u"x"_s;
}

void tst_MarkdownWriter::fileKey()
{
    QFETCH(QString, key);
    QFETCH(QString, file);
    QCOMPARE(ReportPaths::fileKey(key), file);
    SweepRow row;
    row.targetKey = key;
    row.concurrency = 30;
    QCOMPARE(ReportPaths::runImage(row), u"dokumentasi/"_s + file + u"_30.png"_s);
}

void tst_MarkdownWriter::figureColumns()
{
    // Every key once, none shadowing a row key, each one readable by text().
    QStringList keys = ReportFigures::rowKeys();
    for (const SpreadColumn &column : ReportFigures::spreadColumns()) {
        QVERIFY2(!keys.contains(column.key), column.key.data());
        keys << column.key;
    }
    const RunResult run = seedSweep().rows.at(1).result;
    for (const FigureColumn &column : ReportFigures::columns()) {
        QVERIFY2(!keys.contains(column.key), column.key.data());
        keys << column.key;
        QCOMPARE(ReportFigures::text(run, column.key),
                 ReportFigures::format(column, column.value(run)));
    }
    // ab's formats (support/ab.c) for the seed's c=5 row.
    QCOMPARE(ReportFigures::text(run, "time_taken_s"_L1), u"3.646"_s);
    QCOMPARE(ReportFigures::text(run, "requests_per_second"_L1), u"274.28"_s);
    QCOMPARE(ReportFigures::text(run, "time_per_request_ms"_L1), u"18.230"_s);
    QCOMPARE(ReportFigures::text(run, "time_per_request_across_ms"_L1), u"3.646"_s);
    QCOMPARE(ReportFigures::text(run, "transfer_rate_kbps"_L1), u"32.68"_s);
    QCOMPARE(ReportFigures::text(run, "keep_alive"_L1), u"false"_s);
    QCOMPARE(ReportFigures::number(run, "complete"_L1), 1000.0);
    QCOMPARE(ReportFigures::fixed(0.0005, 3), u"0.001"_s); // printf's rounding, as ab
}

namespace {

// A cell whose repeats ran at these requests/s (1000 requests each).
SweepRow repeatedRow(int targetIndex, const QString &key, int c, const QList<double> &rates)
{
    SweepRow row = ReportFixture::seedRow(targetIndex, key, key, c, 1.0);
    for (const double rate : rates) {
        RunResult run = row.result;
        run.timeTakenSec = 1000.0 / rate;
        row.repeats << run;
    }
    QList<double> sorted = rates;
    std::sort(sorted.begin(), sorted.end());
    row.shownRepeat = int(rates.indexOf(sorted.at((sorted.size() - 1) / 2)));
    row.result = row.repeats.at(row.shownRepeat);
    return row;
}

} // namespace

// Three runs against three, clearly apart: the interval excludes 1 but the
// exact test cannot reach 5% (p = 0.1), so the verdict says the repeats are
// too few, not that there is no difference.
void tst_MarkdownWriter::verdictWithTooFewRepeats()
{
    SweepResult sweep;
    sweep.config = SweepConfig::defaults();
    sweep.config.levels = {1, 5};
    sweep.config.repeats = 3;
    sweep.rows << repeatedRow(0, u"async"_s, 1, {180, 177, 185})
               << repeatedRow(0, u"async"_s, 5, {100, 104, 96})
               << repeatedRow(1, u"thread"_s, 1, {100, 102, 98})
               << repeatedRow(1, u"thread"_s, 5, {99, 101, 103});
    const QList<LevelComparison> comparisons = LevelComparison::of(sweep);
    QCOMPARE(comparisons.size(), 2);
    QVERIFY(!comparisons[0].estimate.significant);
    QVERIFY(comparisons[0].estimate.tooFewRuns);
    QVERIFY(comparisons[0].estimate.ciLow > 1);
    QCOMPARE(comparisons[0].runsA, 3);
    QVERIFY2(
            comparisons[0].verdict(u"en"_s).startsWith(
                    u"too few repeats to confirm (3 / 3 runs; 4 per cell can): async / thread = "_s),
            qPrintable(comparisons[0].verdict(u"en"_s)));
    QVERIFY(comparisons[0].verdict(u"id"_s).startsWith(
            u"repeat terlalu sedikit untuk memastikan"_s));
    // Overlapping runs: still no difference to speak of.
    QVERIFY(!comparisons[1].estimate.tooFewRuns);
    QVERIFY(comparisons[1].verdict(u"en"_s).startsWith(u"no significant difference (async"_s));
}

void tst_MarkdownWriter::spreadAndVerdicts()
{
    SweepResult sweep;
    sweep.config = SweepConfig::defaults(); // targets async and thread
    sweep.config.levels = {1, 5};
    sweep.config.repeats = 7;
    // c = 1: async clearly twice as fast; c = 5: the same spread on both.
    sweep.rows << repeatedRow(0, u"async"_s, 1, {210, 190, 200, 205, 195, 202, 198})
               << repeatedRow(0, u"async"_s, 5, {100, 104, 96, 102, 98, 101, 99})
               << repeatedRow(1, u"thread"_s, 1, {100, 95, 105, 102, 98, 101, 99})
               << repeatedRow(1, u"thread"_s, 5, {99, 101, 103, 97, 100, 102, 98});

    // The row shows the median repeat; the spread is over all seven.
    QCOMPARE(ReportFigures::cell(sweep.rows[0], "requests_per_second"_L1), u"200.00"_s);
    QCOMPARE(ReportFigures::spreadCell(sweep.rows[0], "repeats"_L1), u"7"_s);
    QCOMPARE(ReportFigures::spreadCell(sweep.rows[0], "rps_median"_L1), u"200.00"_s);
    QCOMPARE(ReportFigures::spreadCell(sweep.rows[0], "rps_min"_L1), u"190.00"_s);
    QCOMPARE(ReportFigures::spreadCell(sweep.rows[0], "rps_max"_L1), u"210.00"_s);
    // R = 7: the order-statistic interval is min..max, 98.4% coverage.
    QCOMPARE(ReportFigures::spreadCell(sweep.rows[0], "rps_ci95_low"_L1), u"190.00"_s);
    QCOMPARE(ReportFigures::spreadCell(sweep.rows[0], "rps_ci_coverage"_L1), u"0.984"_s);

    const QList<LevelComparison> comparisons = LevelComparison::of(sweep);
    QCOMPARE(comparisons.size(), 2);
    QCOMPARE(comparisons[0].concurrency, 1);
    QVERIFY(comparisons[0].estimate.significant);
    QCOMPARE(comparisons[0].ratioText(), u"2.00×"_s);
    QVERIFY(comparisons[0].estimate.ciLow > 1.8 && comparisons[0].estimate.ciHigh < 2.2);
    QVERIFY(comparisons[0].verdict(u"en"_s).startsWith(u"async / thread = 2.00× (95% CI "_s));
    QVERIFY(!comparisons[1].estimate.significant);
    QVERIFY(comparisons[1].verdict(u"en"_s).startsWith(u"no significant difference (async"_s));

    ReportOptions options;
    options.lang = u"en"_s;
    const QString document = MarkdownWriter::document(sweep, options);
    QVERIFY(document.contains(u"#### Spread async\n"_s));
    QVERIFY(document.contains(u"| 190.00–210.00 |"_s));
    QVERIFY(document.contains(u"### Comparison\n\n* c = 1: async / thread = 2.00×"_s));
    QVERIFY(document.contains(u"* c = 5: no significant difference"_s));
    QVERIFY(document.contains(u"7 repeats per cell"_s));

    // CSV and JSON carry the same spread figures.
    const QList<QStringList> csv = parseCsv(CsvWriter::csv(sweep));
    const QStringList header = csv[0];
    QCOMPARE(csv[1][header.indexOf(u"rps_max"_s)], u"210.00"_s);
    QCOMPARE(csv[1][header.indexOf(u"repeats"_s)], u"7"_s);
    const QJsonObject json = JsonWriter::object(sweep);
    const QJsonObject first = json.value(u"derived"_s).toArray().at(0).toObject();
    QCOMPARE(first.value(u"rps_min"_s).toDouble(), 190.0);
    QCOMPARE(first.value(u"repeats"_s).toInt(), 7);
    // Every repeat's raw result is in the saved sweep, once.
    const QJsonObject row = json.value(u"rows"_s).toArray().at(0).toObject();
    QCOMPARE(row.value(u"repeats"_s).toArray().size(), 7);
    QVERIFY(!row.contains(u"result"_s));
    const SweepResult back = SweepResult::fromJson(json);
    QCOMPARE(back.rows.at(0).repeats.size(), 7);
    QCOMPARE(back.rows.at(0).result.timeTakenSec, sweep.rows.at(0).result.timeTakenSec);
}

QTEST_APPLESS_MAIN(tst_MarkdownWriter)
#include "tst_markdownwriter.moc"
