#include "markdownwriter.h"

#include "levelcomparison.h"
#include "reportfigures.h"
#include "reportpaths.h"
#include "reporttext.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

// The course report's columns, byte for byte.
const QStringList &courseHeaders()
{
    static const QStringList headers {
            u"No test"_s,
            u"Concurrency level"_s,
            u"Time taken for test (seconds)"_s,
            u"Complete request"_s,
            u"Failed request"_s,
            u"Total transferred (bytes)"_s,
            u"Request per second"_s,
            u"Time per request (ms)"_s,
            u"Transfer rate (Kbytes/sec)"_s,
    };
    return headers;
}

// The course report's figure columns, as ReportFigures keys.
constexpr QLatin1StringView kCourseFigures[] = {
        "time_taken_s"_L1,
        "complete"_L1,
        "failed"_L1,
        "total_transferred"_L1,
        "requests_per_second"_L1,
        "time_per_request_across_ms"_L1, // ab's "(mean, across ...)"
        "transfer_rate_kbps"_L1,
};

constexpr QLatin1StringView kExtendedFigures[] = {
        "time_per_request_ms"_L1, "latency_p50_ms"_L1, "latency_p90_ms"_L1,
        "latency_p99_ms"_L1,      "non_2xx"_L1,        "client_cpu_percent"_L1,
};

QString escapeCell(QString text)
{
    text.replace(u'\n', u' ');
    text.replace(u"|"_s, u"\\|"_s);
    return text.simplified();
}

// The row's note as a markdown cell.
QString noteOf(const SweepRow &row, const QString &lang)
{
    return escapeCell(ReportFigures::note(row, lang));
}

} // namespace

QString MarkdownWriter::courseHeaderRow()
{
    return renderTable(courseHeaders(), {}).section(u'\n', 0, 0);
}

QString MarkdownWriter::courseAlignmentRow()
{
    return renderTable(courseHeaders(), {}).section(u'\n', 1, 1);
}

QString MarkdownWriter::centred(const QString &text, int width)
{
    // The seed centres with the odd space on the left.
    const int extra = qMax(0, width - int(text.size()));
    const int left = (extra + 1) / 2;
    return QString(left, u' ') + text + QString(extra - left, u' ');
}

QString MarkdownWriter::renderTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &header : headers)
        widths << int(header.size()) + 2;
    for (const QStringList &cells : rows) {
        for (int i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], int(cells[i].size()) + 2);
    }
    QString out = u"|"_s;
    for (int i = 0; i < headers.size(); ++i)
        out += centred(headers[i], widths[i]) + u'|';
    out += u"\n|"_s;
    for (int width : std::as_const(widths))
        out += u':' + QString(width - 2, u'-') + u":|";
    out += u'\n';
    for (const QStringList &cells : rows) {
        out += u'|';
        for (int i = 0; i < widths.size(); ++i)
            out += centred(cells.value(i), widths[i]) + u'|';
        out += u'\n';
    }
    return out;
}

QStringList MarkdownWriter::courseCells(const SweepRow &row, int number)
{
    QStringList cells {QString::number(number), QString::number(row.concurrency)};
    for (QLatin1StringView key : kCourseFigures)
        cells << ReportFigures::cell(row, key);
    return cells;
}

QString MarkdownWriter::table(const QList<SweepRow> &rows)
{
    QList<QStringList> cells;
    for (int i = 0; i < rows.size(); ++i)
        cells << courseCells(rows[i], i + 1);
    return renderTable(courseHeaders(), cells);
}

QString MarkdownWriter::extendedTable(const QList<SweepRow> &rows, const QString &lang)
{
    const QStringList headers {
            u"No test"_s,  u"Concurrency level"_s, u"Time per request (mean, ms)"_s,
            u"p50 (ms)"_s, u"p90 (ms)"_s,          u"p99 (ms)"_s,
            u"Non-2xx"_s,  u"Client CPU (%)"_s,    ReportText::pick(lang, u"Keterangan", u"Note"),
    };
    QList<QStringList> cells;
    for (int i = 0; i < rows.size(); ++i) {
        const SweepRow &row = rows[i];
        QStringList line {QString::number(i + 1), QString::number(row.concurrency)};
        for (QLatin1StringView key : kExtendedFigures)
            line << ReportFigures::cell(row, key);
        line << noteOf(row, lang);
        cells << line;
    }
    return renderTable(headers, cells);
}

QString MarkdownWriter::spreadTable(const QList<SweepRow> &rows, const QString &lang)
{
    const QStringList headers {
            u"No test"_s,
            u"Concurrency level"_s,
            ReportText::pick(lang, u"Ulangan", u"Repeats"),
            ReportText::pick(lang, u"Median request per second", u"Median requests per second"),
            u"Min–max"_s,
            ReportText::pick(lang, u"95% CI median", u"Median's 95% CI"),
            u"CV (%)"_s,
    };
    QList<QStringList> cells;
    for (int i = 0; i < rows.size(); ++i) {
        const SweepRow &row = rows[i];
        const auto cell = [&row](const char *key) {
            return ReportFigures::spreadCell(row, QLatin1StringView(key));
        };
        QString interval = u"-"_s;
        if (row.hasFigures) {
            interval = ReportFigures::spreadInterval(row, "rps_ci95_low"_L1, "rps_ci95_high"_L1);
            // Fewer than 6 repeats cannot give 95%: say what the range covers.
            const SampleStatistics stats = ReportFigures::spread(row);
            if (stats.ciCoverage < 0.95)
                interval += u" ("_s + QString::number(qRound(100 * stats.ciCoverage)) + u"%)"_s;
        }
        const QString range = ReportFigures::spreadInterval(row, "rps_min"_L1, "rps_max"_L1);
        cells << QStringList {QString::number(i + 1),
                              QString::number(row.concurrency),
                              cell("repeats"),
                              cell("rps_median"),
                              range,
                              interval,
                              cell("rps_cv_percent")};
    }
    return renderTable(headers, cells);
}

QString MarkdownWriter::comparisons(const SweepResult &sweep, const QString &lang)
{
    const QList<LevelComparison> list = LevelComparison::of(sweep);
    if (list.isEmpty())
        return {};
    QString out = ReportText::pick(lang, u"### Perbandingan\n\n", u"### Comparison\n\n");
    for (const LevelComparison &comparison : list)
        out += u"* c = "_s + QString::number(comparison.concurrency) + u": "_s
                + comparison.verdict(lang) + u'\n';
    out += u'\n';
    out += ReportText::pick(
            lang,
            u"Rasio Hodges-Lehmann: median dari rasio request per second setiap pasang "
            u"ulangan; 95% CI dari uji Mann-Whitney. Signifikan bila CI tidak memuat 1.\n",
            u"Hodges-Lehmann ratio: the median of the requests per second ratios of every pair "
            u"of repeats; 95% CI from the Mann-Whitney test. Significant when the CI excludes "
            u"1.\n");
    return out;
}

QList<QList<SweepRow>> MarkdownWriter::rowsByTarget(const SweepResult &sweep)
{
    QList<QString> order;
    QList<QList<SweepRow>> groups;
    for (const SweepRow &row : sweep.rows) {
        qsizetype index = order.indexOf(row.targetKey);
        if (index < 0) {
            order << row.targetKey;
            groups.append(QList<SweepRow>());
            index = order.size() - 1;
        }
        groups[index] << row;
    }
    return groups;
}

QString MarkdownWriter::tables(const SweepResult &sweep, const QString &lang)
{
    const QString heading
            = ReportText::pick(lang, u"### Tabel Hasil Benchmark ", u"### Benchmark Results ");
    QStringList sections;
    for (const QList<SweepRow> &rows : rowsByTarget(sweep))
        sections << heading + rows.first().targetLabel + u"\n\n" + table(rows);
    // The seed leaves two blank lines between tables.
    return sections.join(u"\n\n"_s);
}

QString MarkdownWriter::defaultTitle(const QString &lang)
{
    return ReportText::pick(lang, u"Laporan Benchmark serverbench",
                            u"serverbench benchmark report");
}

QString MarkdownWriter::document(const SweepResult &sweep, const ReportOptions &options)
{
    const QString &lang = options.lang;
    QString title = options.title.isEmpty() ? sweep.config.title : options.title;
    if (title.isEmpty())
        title = defaultTitle(lang);

    QString out = u"# "_s + title + u'\n';
    const QString author = options.author.isEmpty() ? sweep.config.author : options.author;
    if (!author.isEmpty())
        out += u'\n' + ReportText::pick(lang, u"Disusun oleh: ", u"By: ") + author + u"\n\n";
    out += ReportText::pick(lang, u"## Dokumentasi\n\n", u"## Documentation\n\n");
    const SweepConfig &config = sweep.config;
    out += ReportText::pick(lang, u"Setiap run: ", u"Every run: ") + u"n = "
            + QString::number(config.requests) + u", engine " + engineKindKey(config.engine)
            + u", keep-alive " + (config.keepAlive ? u"on"_s : u"off"_s);
    if (config.repeats > 1)
        out += ReportText::pick(lang, u", ", u", ") + QString::number(config.repeats)
                + ReportText::pick(lang, u" ulangan per sel (baris tabel = run median)",
                                   u" repeats per cell (each table row is the median run)");
    // ab's options that change what was measured, only when set.
    if (config.method != "GET")
        out += u", " + QString::fromLatin1(config.method)
                + (config.bodyFile.isEmpty() ? QString()
                                             : u" " + QFileInfo(config.bodyFile).fileName());
    if (!config.receiveErrorsAbort)
        out += u", -r"_s;
    if (config.variableLength)
        out += u", -l"_s;
    if (config.framing == Framing::Http)
        out += u", framing http"_s;
    if (config.timeoutPerRequest)
        out += ReportText::pick(lang, u", batas waktu -s per request", u", -s per request");
    if (sweep.startedAt.isValid())
        out += u", " + sweep.startedAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    if (sweep.cancelled)
        out += ReportText::pick(lang, u" (dibatalkan)", u" (cancelled)");
    out += u".\n"_s;
    // The seed's column holds ab's "across" figure; say so, once.
    out += u"Time per request (ms) = ab \"Time per request (mean, across all concurrent "
           u"requests)\""_s;
    if (options.extendedTable)
        out += ReportText::pick(lang, u"; ab \"(mean)\" ada di tabel rincian",
                                u"; ab's \"(mean)\" is in the details tables");
    out += u".\n\n"_s;

    const QString heading
            = ReportText::pick(lang, u"### Tabel Hasil Benchmark ", u"### Benchmark Results ");
    const QList<QList<SweepRow>> groups = rowsByTarget(sweep);
    for (const QList<SweepRow> &rows : groups) {
        const QString &label = rows.first().targetLabel;
        out += heading + label + u"\n\n" + table(rows) + u'\n';
        if (options.extendedTable) {
            out += ReportText::pick(lang, u"#### Rincian ", u"#### Details ") + label + u"\n\n"
                    + extendedTable(rows, lang) + u'\n';
        } else {
            for (const SweepRow &row : rows) {
                if (!row.hasFigures)
                    out += u"* c=" + QString::number(row.concurrency) + u": " + noteOf(row, lang)
                            + u'\n';
            }
        }
        const bool repeated = std::any_of(rows.begin(), rows.end(), [](const SweepRow &row) {
            return row.measuredRuns().size() > 1;
        });
        if (repeated)
            out += u'\n' + ReportText::pick(lang, u"#### Sebaran ", u"#### Spread ") + label
                    + u"\n\n" + spreadTable(rows, lang);
        out += u'\n';
    }
    const QString verdicts = comparisons(sweep, lang);
    if (!verdicts.isEmpty())
        out += verdicts + u'\n';

    if (!groups.isEmpty()) {
        out += ReportText::pick(lang, u"### Grafik Sweep\n", u"### Sweep Charts\n");
        const QStringList captions {u"Request per second"_s, u"Time per request (ms)"_s,
                                    u"Failed request"_s};
        const QStringList charts = ReportPaths::sweepCharts();
        for (int i = 0; i < charts.size(); ++i)
            out += u"![" + captions[i] + u"](" + charts[i] + u")\n";
        if (config.repeats > 1)
            out += ReportText::pick(lang,
                                    u"\nGaris galat pada request per second: 95% CI median dari "
                                    u"ulangan (tabel Sebaran).\n",
                                    u"\nError bars on requests per second: the median's 95% CI "
                                    u"over the repeats (Spread tables).\n");
        out += u'\n';
    }

    out += u"### Screenshot Benchmark\n"_s;
    QStringList lists;
    for (const QList<SweepRow> &rows : groups) {
        QString list = u"* "_s + rows.first().targetLabel + u'\n';
        for (const SweepRow &row : rows)
            list += u"![" + row.targetLabel + u" c=" + QString::number(row.concurrency) + u"]("
                    + ReportPaths::runImage(row) + u")\n";
        lists << list;
    }
    out += lists.join(u"\n\n"_s);
    return out;
}
