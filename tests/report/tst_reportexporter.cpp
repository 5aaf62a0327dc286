// The whole report written into a folder: every file, readable PNGs that are
// not blank, links that resolve, CSV and JSON that agree with the markdown,
// and failures that leave no half-written file.

#include "chartkit.h"
#include "jsonwriter.h"
#include "markdownwriter.h"
#include "reportexporter.h"
#include "reportfigures.h"
#include "reportfixture.h"
#include "reportpaths.h"
#include "runcardrenderer.h"

#include <QChart>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineSeries>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QValueAxis>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ReportFixture;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 2) {
        const auto line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); x += 2)
            colours.insert(line[x]);
    }
    return int(colours.size());
}

// The seed-table rows of a markdown document: label -> rows of cells.
QMap<QString, QList<QStringList>> markdownTables(const QString &document)
{
    QMap<QString, QList<QStringList>> tables;
    QString label;
    bool inSeedTable = false;
    for (const QString &line : document.split(u'\n')) {
        if (line.startsWith(u"### Tabel Hasil Benchmark ")
            || line.startsWith(u"### Benchmark Results ")) {
            label = line.section(u' ', 4);
            if (line.startsWith(u"### Tabel"))
                label = line.mid(26);
            else
                label = line.mid(22);
            continue;
        }
        if (line == MarkdownWriter::courseHeaderRow()) {
            inSeedTable = true;
            continue;
        }
        if (!line.startsWith(u'|')) {
            inSeedTable = false;
            continue;
        }
        if (inSeedTable && !line.startsWith(u"|:"))
            tables[label] << markdownCells(line);
    }
    return tables;
}

} // namespace

class tst_ReportExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SweepResult m_sweep;
    QStringList m_written;
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

private slots:
    void initTestCase();
    void everyFileWritten();
    void pngs_data();
    void pngs();
    void linksResolve();
    void csvAndJsonAgreeWithMarkdown();
    void jsonLoadsBackToTheSameDocument();
    void englishDocument();
    void extendedTableAgreesWithCsv();
    void notOnTheMainThread();
    void emptySweep();
    void longTextStaysOnTheCard();
    void unwritableOutDir();
    void failedFileLeavesNoDocument();
    void niceTicks_data();
    void niceTicks();
    void valueAxisLabelsTheirTicks();
    void runChartsFitTheRun_data();
    void runChartsFitTheRun();
    void latencyChartEveryPercentile();
};

void tst_ReportExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sweep = syntheticSweep();
    ReportOptions options;
    options.outDir = m_dir.filePath(u"report"_s);
    QString error;
    QList<QPair<int, int>> progress;
    const bool ok = ReportExporter::exportSweep(
            m_sweep, options, &error,
            [&](int done, int total) { progress << qMakePair(done, total); }, &m_written);
    QVERIFY2(ok, qPrintable(error));
    QVERIFY(error.isEmpty());
    const QStringList planned = ReportExporter::plannedFiles(m_sweep, options);
    QCOMPARE(m_written.size(), planned.size());
    QCOMPARE(progress.size(), planned.size());
    QCOMPARE(progress.last(), qMakePair(int(planned.size()), int(planned.size())));
    for (int i = 0; i < progress.size(); ++i)
        QCOMPARE(progress[i].first, i + 1);

    // Optional: a copy to look at (SERVERBENCH_REPORT_LOOK=/tmp/report-look).
    const QString look = qEnvironmentVariable("SERVERBENCH_REPORT_LOOK");
    if (!look.isEmpty()) {
        options.outDir = look;
        QVERIFY2(ReportExporter::exportSweep(m_sweep, options, &error), qPrintable(error));
    }
}

void tst_ReportExporter::everyFileWritten()
{
    const QDir report(path(u"report"_s));
    QStringList expected {u"benchmark.md"_s, u"results.csv"_s, u"results.json"_s};
    for (const SweepRow &row : std::as_const(m_sweep.rows))
        expected << ReportPaths::runImage(row);
    expected << ReportPaths::sweepCharts();
    QCOMPARE(expected.size(), m_written.size());
    for (const QString &file : std::as_const(expected)) {
        const QString full = QDir::cleanPath(report.absoluteFilePath(file));
        QVERIFY2(m_written.contains(full), qPrintable(full));
        QVERIFY2(QFileInfo(full).isFile() && QFileInfo(full).size() > 0, qPrintable(full));
    }
    QVERIFY(QFileInfo::exists(report.filePath(u"dokumentasi/async_1.png"_s)));
    QVERIFY(QFileInfo::exists(report.filePath(u"dokumentasi/thread_100.png"_s)));
    // QSaveFile leaves no temporary files behind.
    QCOMPARE(report.entryList(QDir::Files).size(), 3);
    QCOMPARE(QDir(report.filePath(u"dokumentasi"_s)).entryList(QDir::Files).size(),
             m_sweep.rows.size() + 3);
}

void tst_ReportExporter::pngs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("minWidth");
    QTest::addColumn<int>("minHeight");
    for (const SweepRow &row : std::as_const(m_sweep.rows))
        QTest::newRow(qPrintable(ReportPaths::runImage(row)))
                << ReportPaths::runImage(row) << 1200 << 700;
    for (const QString &chart : ReportPaths::sweepCharts())
        QTest::newRow(qPrintable(chart)) << chart << 1000 << 600;
}

void tst_ReportExporter::pngs()
{
    QFETCH(QString, file);
    QFETCH(int, minWidth);
    QFETCH(int, minHeight);
    const QImage image(QDir(path(u"report"_s)).filePath(file));
    QVERIFY2(!image.isNull(), qPrintable(file));
    QVERIFY2(image.width() >= minWidth && image.height() >= minHeight,
             qPrintable(u"%1x%2"_s.arg(image.width()).arg(image.height())));
    const int colours = distinctColours(image);
    QVERIFY2(colours > 50, qPrintable(u"only %1 colours"_s.arg(colours)));
}

void tst_ReportExporter::linksResolve()
{
    const QString document = readText(path(u"report/benchmark.md"_s));
    QVERIFY(!document.isEmpty());
    static const QRegularExpression link(uR"(!\[[^\]]*\]\(([^)]+)\))"_s);
    int links = 0;
    for (auto it = link.globalMatch(document); it.hasNext();) {
        const QString target = it.next().captured(1);
        QVERIFY2(target.startsWith(u"dokumentasi/"), qPrintable(target));
        QVERIFY2(QFileInfo(path(u"report/"_s + target)).isFile(), qPrintable(target));
        ++links;
    }
    QCOMPARE(links, m_sweep.rows.size() + 3);
}

void tst_ReportExporter::csvAndJsonAgreeWithMarkdown()
{
    const auto tables = markdownTables(readText(path(u"report/benchmark.md"_s)));
    QCOMPARE(tables.size(), 2);
    const QList<QStringList> csv = parseCsv(readText(path(u"report/results.csv"_s)));
    const QJsonObject json
            = QJsonDocument::fromJson(readText(path(u"report/results.json"_s)).toUtf8()).object();
    const QJsonArray derived = json.value(u"derived"_s).toArray();
    QCOMPARE(csv.size(), 1 + m_sweep.rows.size());
    QCOMPARE(derived.size(), m_sweep.rows.size());
    const QStringList header = csv[0];
    // The seed's columns 2..8 as figure keys.
    const QStringList keys {u"time_taken_s"_s,
                            u"complete"_s,
                            u"failed"_s,
                            u"total_transferred"_s,
                            u"requests_per_second"_s,
                            u"time_per_request_across_ms"_s,
                            u"transfer_rate_kbps"_s};
    int compared = 0;
    for (int i = 1; i < csv.size(); ++i) {
        const QStringList &row = csv[i];
        const QString label = row[header.indexOf(u"target_label"_s)];
        const int number = row[header.indexOf(u"no_test"_s)].toInt();
        QVERIFY2(tables.contains(label), qPrintable(label));
        const QStringList cells = tables[label].value(number - 1);
        QCOMPARE(cells.value(0), QString::number(number));
        QCOMPARE(cells.value(1), row[header.indexOf(u"concurrency"_s)]);
        const QJsonObject object = derived[i - 1].toObject();
        QCOMPARE(object.value(u"target_label"_s).toString(), label);
        QCOMPARE(object.value(u"concurrency"_s).toInt(), cells.value(1).toInt());
        QCOMPARE(object.value(u"reason"_s).toString(), row[header.indexOf(u"reason"_s)]);
        for (int k = 0; k < keys.size(); ++k) {
            const QString markdown = cells.value(k + 2);
            const QString fromCsv = row[header.indexOf(keys[k])];
            const QJsonValue fromJson = object.value(keys[k]);
            if (markdown == u"-") {
                QVERIFY(fromCsv.isEmpty());
                QVERIFY(fromJson.isNull());
                continue;
            }
            QCOMPARE(fromCsv, markdown);
            const FigureColumn *column
                    = ReportFigures::column(QLatin1StringView(keys[k].toLatin1()));
            QVERIFY(column);
            QCOMPARE(ReportFigures::format(*column, fromJson.toVariant()), markdown);
            ++compared;
        }
    }
    QCOMPARE(compared, (m_sweep.rows.size() - 1) * keys.size()); // one "-" row
}

void tst_ReportExporter::jsonLoadsBackToTheSameDocument()
{
    const QJsonObject json
            = QJsonDocument::fromJson(readText(path(u"report/results.json"_s)).toUtf8()).object();
    QString error;
    const SweepResult loaded = SweepResult::fromJson(json, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(loaded.rows.size(), m_sweep.rows.size());
    const ReportOptions options;
    QCOMPARE(MarkdownWriter::document(loaded, options), readText(path(u"report/benchmark.md"_s)));
}

void tst_ReportExporter::englishDocument()
{
    ReportOptions options;
    options.outDir = path(u"english"_s);
    options.lang = u"en"_s;
    options.markdownName = u"report.md"_s;
    QString error;
    QVERIFY2(ReportExporter::exportSweep(m_sweep, options, &error), qPrintable(error));
    const QString document = readText(path(u"english/report.md"_s));
    QVERIFY(document.startsWith(u"# serverbench benchmark report\n## Documentation\n"));
    QVERIFY(document.contains(u"### Benchmark Results async (QTcpServer, one event loop)\n"));
    QVERIFY(document.contains(MarkdownWriter::courseHeaderRow()));
    QVERIFY(!document.contains(u"Tabel Hasil"));
    QCOMPARE(markdownTables(document), markdownTables(readText(path(u"report/benchmark.md"_s))));
}

void tst_ReportExporter::extendedTableAgreesWithCsv()
{
    // The extended table's figures, row by row, are the CSV's.
    const QStringList lines = readText(path(u"report/benchmark.md"_s)).split(u'\n');
    const QList<QStringList> csv = parseCsv(readText(path(u"report/results.csv"_s)));
    const QStringList header = csv[0];
    const QStringList keys {u"time_per_request_ms"_s, u"latency_p50_ms"_s, u"latency_p90_ms"_s,
                            u"latency_p99_ms"_s,      u"non_2xx"_s,        u"client_cpu_percent"_s};
    int row = 1;
    int compared = 0;
    bool inExtended = false;
    for (const QString &line : lines) {
        if (line.startsWith(u"| No test | Concurrency level | Time per request (mean, ms)")) {
            inExtended = true;
            continue;
        }
        if (!line.startsWith(u'|')) {
            inExtended = false;
            continue;
        }
        if (!inExtended || line.startsWith(u"|:"))
            continue;
        const QStringList cells = markdownCells(line);
        QVERIFY(row < csv.size());
        QCOMPARE(cells[1], csv[row][header.indexOf(u"concurrency"_s)]);
        for (int k = 0; k < keys.size(); ++k) {
            const QString value = csv[row][header.indexOf(keys[k])];
            QCOMPARE(cells[k + 2], value.isEmpty() ? u"-"_s : value);
            ++compared;
        }
        QCOMPARE(cells.last(), csv[row][header.indexOf(u"reason"_s)]);
        ++row;
    }
    QCOMPARE(row, csv.size());
    QCOMPARE(compared, m_sweep.rows.size() * keys.size());
}

void tst_ReportExporter::notOnTheMainThread()
{
    // Charts are QGraphicsWidgets: another thread gets an error, not a crash.
    ReportOptions options;
    options.outDir = path(u"thread"_s);
    QString error;
    bool ok = true;
    std::unique_ptr<QThread> thread(
            QThread::create([&] { ok = ReportExporter::exportSweep(m_sweep, options, &error); }));
    thread->start();
    QVERIFY(thread->wait(30000));
    QVERIFY(!ok);
    QVERIFY(error.contains(u"main thread"));
    QVERIFY(!QFileInfo::exists(options.outDir));
}

void tst_ReportExporter::emptySweep()
{
    // A sweep cancelled before its first run still gets its document and data.
    SweepResult empty;
    empty.config = SweepConfig::defaults();
    empty.cancelled = true;
    ReportOptions options;
    options.outDir = path(u"empty"_s);
    options.lang = u"en"_s;
    QString error;
    QStringList written;
    QVERIFY2(ReportExporter::exportSweep(empty, options, &error, {}, &written), qPrintable(error));
    QCOMPARE(written.size(), 3);
    const QString document = readText(path(u"empty/benchmark.md"_s));
    QVERIFY(document.contains(u"(cancelled)"));
    QVERIFY(!document.contains(u"!["));
    QCOMPARE(parseCsv(readText(path(u"empty/results.csv"_s))).size(), 1); // the header
}

void tst_ReportExporter::longTextStaysOnTheCard()
{
    SweepRow row = m_sweep.rows.first();
    const QImage normal = RunCardRenderer::render(row, u"en"_s);
    row.result.serverSoftware = QString(400, u'x');
    row.result.documentPath = u"/"_s + QString(400, u'y');
    const QImage image = RunCardRenderer::render(row, u"en"_s);
    QVERIFY(image.width() >= 1200 && image.height() >= 700);
    // Elided to a fixed column count, so the charts keep their place.
    QVERIFY2(image.width() <= normal.width() + 200, qPrintable(QString::number(image.width())));
}

void tst_ReportExporter::unwritableOutDir()
{
    // A folder below a regular file cannot exist.
    const QString file = path(u"plain-file"_s);
    QFile plain(file);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("x");
    plain.close();
    ReportOptions options;
    options.outDir = file + u"/report"_s;
    QString error;
    QStringList written;
    int calls = 0;
    QVERIFY(!ReportExporter::exportSweep(
            m_sweep, options, &error, [&](int, int) { ++calls; }, &written));
    QVERIFY(!error.isEmpty());
    QVERIFY(!error.contains(u'\n'));
    QVERIFY2(error.contains(u"plain-file"), qPrintable(error));
    QVERIFY(written.isEmpty());
    QCOMPARE(calls, 0);
    QVERIFY(QFileInfo(file).isFile());
    QCOMPARE(QFileInfo(file).size(), 1);
}

void tst_ReportExporter::failedFileLeavesNoDocument()
{
    // results.csv cannot be written (a folder has its name): the export stops
    // there, and the document, written last, does not exist to link to it.
    const QString out = path(u"blocked"_s);
    QVERIFY(QDir().mkpath(out + u"/results.csv"_s));
    ReportOptions options;
    options.outDir = out;
    QString error;
    QStringList written;
    QVERIFY(!ReportExporter::exportSweep(m_sweep, options, &error, {}, &written));
    QVERIFY2(error.contains(u"results.csv"), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
    QVERIFY(!QFileInfo::exists(out + u"/benchmark.md"_s));
    QVERIFY(!written.isEmpty());
    for (const QString &file : std::as_const(written)) {
        QVERIFY(!file.endsWith(u"benchmark.md"));
        QVERIFY(!QImage(file).isNull()); // what was written is whole
    }
    // No temporary files left over.
    for (const QString &name : QDir(out).entryList(QDir::Files | QDir::Hidden))
        QVERIFY2(!name.contains(u".tmp") && !name.contains(u"XXXX"), qPrintable(name));
}

// Ticks on round values, labelled with the decimals their step needs.
void tst_ReportExporter::niceTicks_data()
{
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<int>("intervals");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("0-0.9") << 0.0 << 0.9 << 6 << QStringList {u"0.0"_s, u"0.2"_s, u"0.4"_s,
                                                              u"0.6"_s, u"0.8"_s, u"1.0"_s};
    QTest::newRow("0-0.9 in 4") << 0.0 << 0.9 << 4
                                << QStringList {u"0.00"_s, u"0.25"_s, u"0.50"_s, u"0.75"_s,
                                                u"1.00"_s};
    QTest::newRow("0-13") << 0.0 << 13.0 << 6 << QStringList {u"0"_s, u"5"_s, u"10"_s, u"15"_s};
    QTest::newRow("0-422") << 0.0 << 422.0 << 6 << QStringList {u"0"_s,   u"100"_s, u"200"_s,
                                                                u"300"_s, u"400"_s, u"500"_s};
    QTest::newRow("0-90 in 4") << 0.0 << 90.0 << 4
                               << QStringList {u"0"_s, u"25"_s, u"50"_s, u"75"_s, u"100"_s};
    QTest::newRow("0-0.0437") << 0.0 << 0.0437 << 6
                              << QStringList {u"0.00"_s, u"0.01"_s, u"0.02"_s,
                                              u"0.03"_s, u"0.04"_s, u"0.05"_s};
    QTest::newRow("12000-12345") << 12000.0 << 12345.0 << 6
                                 << QStringList {u"12000"_s, u"12100"_s, u"12200"_s, u"12300"_s,
                                                 u"12400"_s};
    QTest::newRow("flat") << 3.0 << 3.0 << 6 << QStringList {u"3.0"_s, u"3.2"_s, u"3.4"_s,
                                                             u"3.6"_s, u"3.8"_s, u"4.0"_s};
}

void tst_ReportExporter::niceTicks()
{
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(int, intervals);
    QFETCH(QStringList, labels);
    const ChartKit::Ticks ticks = ChartKit::niceTicks(min, max, intervals);
    QStringList got;
    for (double v : ticks.values())
        got << QString::asprintf(qPrintable(ticks.labelFormat()), v);
    QCOMPARE(got, labels);
    QVERIFY(ticks.min <= min && ticks.max >= max);
}

// The axis the charts get: its range ends on ticks, one tick per step, and a
// caller's "%.1f" cannot print 0.25 as "0.3".
void tst_ReportExporter::valueAxisLabelsTheirTicks()
{
    std::unique_ptr<QValueAxis> axis(ChartKit::valueAxis(u"t"_s, 0, 0.9));
    QCOMPARE(axis->min(), 0.0);
    QCOMPARE(axis->max(), 1.0);
    QCOMPARE(axis->tickCount(), 6);
    QCOMPARE(axis->labelFormat(), u"%.1f"_s);
    std::unique_ptr<QValueAxis> counts(ChartKit::valueAxis(u"n"_s, 0, 13));
    QCOMPARE(counts->max(), 15.0); // 5s, never 2.5s on a count
    QCOMPARE(counts->labelFormat(), u"%.0f"_s);
    // 0..1.4 ticks every 0.25: a caller's one decimal becomes two, and so
    // do its three; a format of another kind stays.
    std::unique_ptr<QValueAxis> quarters(ChartKit::valueAxis(u"q"_s, 0, 1.4, u"%.1f"_s));
    QCOMPARE(quarters->max(), 1.5);
    QCOMPARE(quarters->tickCount(), 7);
    QCOMPARE(quarters->labelFormat(), u"%.2f"_s);
    std::unique_ptr<QValueAxis> wide(ChartKit::valueAxis(u"q"_s, 0, 1.4, u"%.3f"_s));
    QCOMPARE(wide->labelFormat(), u"%.2f"_s);
    std::unique_ptr<QValueAxis> general(ChartKit::valueAxis(u"q"_s, 0, 1.4, u"%g"_s));
    QCOMPARE(general->labelFormat(), u"%g"_s);
    QCOMPARE(ChartKit::decimalsFor(0.25), 2);
    QCOMPARE(ChartKit::decimalsFor(2.5), 1);
    QCOMPARE(ChartKit::decimalsFor(25), 0);
    QCOMPARE(ChartKit::decimalsFor(0.1), 1);
    QCOMPARE(ChartKit::decimalsFor(500), 0);
}

// A run of 1000 requests in ~40 ms and one of ~5 s: both get about 50 buckets
// of a round width, in ms or s, on ticks of round values.
void tst_ReportExporter::runChartsFitTheRun_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<int>("c");
    QTest::addColumn<double>("baseMs");
    QTest::addColumn<QString>("unit");
    QTest::newRow("short") << qint64(1000) << 10 << 0.4 << u"Time (ms)"_s;
    QTest::newRow("long") << qint64(2000) << 1 << 2.5 << u"Time (s)"_s;
}

void tst_ReportExporter::runChartsFitTheRun()
{
    QFETCH(qint64, n);
    QFETCH(int, c);
    QFETCH(double, baseMs);
    QFETCH(QString, unit);
    SweepRow row = m_sweep.rows.first();
    row.concurrency = c;
    row.result = syntheticRun(c, n, baseMs, 11, 5);
    const RunResult &r = row.result;
    // Failures at their own times, as the engines record them now.
    row.result.failureUs = {r.spanUs() / 2, r.spanUs() / 2 + 1, r.spanUs() / 2 + 2,
                            r.spanUs() / 2 + 3, r.spanUs() / 2 + 4};
    const QList<RateBucket> buckets = r.rateTimeline();
    QVERIFY2(buckets.size() >= 35 && buckets.size() <= 50,
             qPrintable(QString::number(buckets.size())));

    const auto chart = RunCardRenderer::throughputChart(row, u"en"_s);
    const qint64 widthUs = RunResult::rateBucketUs(r.spanUs());
    QVERIFY2(chart->title().endsWith(u"(per "_s + RunCardRenderer::bucketText(widthUs) + u')'),
             qPrintable(chart->title()));
    QLineSeries *completed = nullptr;
    QLineSeries *failed = nullptr;
    for (QAbstractSeries *series : chart->series()) {
        if (series->name() == u"completed / s"_s)
            completed = qobject_cast<QLineSeries *>(series);
        if (series->name() == u"failed / s"_s)
            failed = qobject_cast<QLineSeries *>(series);
    }
    QVERIFY(completed && failed);
    QCOMPARE(completed->count(), 2 * int(buckets.size()));
    // The last step is the last bucket's rate over its own length.
    QCOMPARE(completed->at(completed->count() - 1).y(), buckets.last().completedPerSec());
    double failedTotal = 0;
    for (const RateBucket &b : buckets)
        failedTotal += b.failed;
    QCOMPARE(failedTotal, 5.0);
    double failedPeak = 0;
    for (const QPointF &p : failed->points())
        failedPeak = std::max(failedPeak, p.y());
    const qsizetype middle = std::min<qsizetype>(buckets.size() - 1, r.spanUs() / 2 / widthUs);
    QCOMPARE(buckets[middle].failed, 5.0); // all 5 in one bucket, not spread over 100 ms
    QCOMPARE(failedPeak, buckets[middle].failedPerSec());

    const auto axes = chart->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    auto x = qobject_cast<QValueAxis *>(axes.first());
    QVERIFY(x);
    QCOMPARE(x->titleText(), unit);
    QCOMPARE(x->min(), 0.0);
    QCOMPARE(x->max(), completed->at(completed->count() - 1).x()); // the run's end, no room
    QCOMPARE(x->tickType(), QValueAxis::TicksDynamic);
    QCOMPARE(x->tickAnchor(), 0.0);
    QCOMPARE(x->tickInterval(), ChartKit::niceStep(x->max(), 8));
    QCOMPARE(x->labelFormat(),
             u"%."_s + QString::number(ChartKit::decimalsFor(x->tickInterval())) + u'f');
    auto y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(y);
    const double yStep = (y->max() - y->min()) / (y->tickCount() - 1);
    QCOMPARE(yStep, ChartKit::niceStep(yStep, 1));

    // A copy to look at (SERVERBENCH_REPORT_LOOK=/tmp/report-look).
    const QString look = qEnvironmentVariable("SERVERBENCH_REPORT_LOOK");
    if (!look.isEmpty()) {
        QDir().mkpath(look);
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        QVERIFY(RunCardRenderer::render(row, u"en"_s)
                        .save(QDir(look).filePath(u"runcard-"_s + name + u".png"_s)));
    }
}

// The latency chart draws every percentile the samples allow, with ab's
// table marked on it.
void tst_ReportExporter::latencyChartEveryPercentile()
{
    SweepRow row = m_sweep.rows.first();
    row.result = syntheticRun(10, 1000, 0.4, 11);
    const auto chart = RunCardRenderer::latencyChart(row, u"en"_s);
    QLineSeries *curve = nullptr;
    QScatterSeries *table = nullptr;
    for (QAbstractSeries *series : chart->series()) {
        if (auto line = qobject_cast<QLineSeries *>(series);
            line && series->name() == u"every request"_s)
            curve = line;
        if (auto markers = qobject_cast<QScatterSeries *>(series))
            table = markers;
    }
    QVERIFY(curve && table);
    QCOMPARE(curve->count(), 1001);
    QCOMPARE(curve->at(1000), QPointF(100, row.result.latencyPercentileMs(100)));
    QCOMPARE(table->count(), int(row.result.percentiles().size()));
    QCOMPARE(table->at(0), QPointF(50, row.result.latencyPercentileMs(50)));
    auto x = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(x);
    QCOMPARE(x->tickInterval(), 25.0); // quartiles
    QCOMPARE(x->labelFormat(), u"%.0f"_s);
}

QTEST_MAIN(tst_ReportExporter)
#include "tst_reportexporter.moc"
