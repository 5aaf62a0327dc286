#include "sweepchartrenderer.h"

#include "chartkit.h"
#include "markdownwriter.h"
#include "reportfigures.h"
#include "reporttext.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Line
{
    QString name;
    QList<std::optional<double>> values;
    QColor color;
    Qt::PenStyle style = Qt::SolidLine;
    int shape = 0;
    bool hollow = false;
};

// One value per level for a target's rows; nullopt where the run has no figures.
QList<std::optional<double>> valuesOf(const QList<SweepRow> &rows, const QList<int> &levels,
                                      QLatin1StringView key)
{
    QList<std::optional<double>> values(levels.size());
    for (const SweepRow &row : rows) {
        const qsizetype index = levels.indexOf(row.concurrency);
        if (index >= 0 && row.hasFigures)
            values[index] = ReportFigures::number(row.result, key);
    }
    return values;
}

QImage renderLines(const SweepResult &sweep, const QString &title, const QString &yTitle,
                   const QList<Line> &lines, bool counts = false)
{
    const QList<int> levels = SweepChartRenderer::levels(sweep);
    QStringList labels;
    for (int level : levels)
        labels << QString::number(level);
    double max = 0;
    for (const Line &line : lines) {
        for (const auto &value : line.values)
            max = std::max(max, value.value_or(0));
    }
    std::unique_ptr<QChart> chart(ChartKit::createChart(title));
    auto x = ChartKit::indexAxis(u"Concurrency level"_s, labels);
    // Counts get whole-number ticks: a range of at least 0..5 keeps them whole.
    auto y = counts ? ChartKit::valueAxis(yTitle, 0, std::max(5.0, max * 1.08))
                    : ChartKit::valueAxis(yTitle, 0, max * 1.08, ChartKit::labelFormatFor(max));
    for (const Line &line : lines) {
        ChartKit::addGappedLine(chart.get(), line.name, line.values, line.color, line.style,
                                line.shape, line.hollow, x, y);
    }
    return ChartKit::renderImage(chart.get(), SweepChartRenderer::imageSize());
}

} // namespace

QList<int> SweepChartRenderer::levels(const SweepResult &sweep)
{
    QList<int> levels = sweep.config.levels;
    QList<int> extra;
    for (const SweepRow &row : sweep.rows) {
        if (!levels.contains(row.concurrency) && !extra.contains(row.concurrency))
            extra << row.concurrency;
    }
    std::sort(extra.begin(), extra.end());
    return levels + extra;
}

QImage SweepChartRenderer::requestsPerSecond(const SweepResult &sweep, const QString &lang)
{
    const QList<int> levels = SweepChartRenderer::levels(sweep);
    QList<Line> lines;
    const auto groups = MarkdownWriter::rowsByTarget(sweep);
    for (int i = 0; i < groups.size(); ++i) {
        lines << Line {groups[i].first().targetLabel,
                       valuesOf(groups[i], levels, "requests_per_second"_L1),
                       ChartKit::seriesColor(i), Qt::SolidLine, i};
    }
    return renderLines(sweep,
                       ReportText::pick(lang, u"Request per second menurut concurrency level",
                                        u"Requests per second by concurrency level"),
                       u"Request per second"_s, lines);
}

QImage SweepChartRenderer::timePerRequest(const SweepResult &sweep, const QString &lang)
{
    const QList<int> levels = SweepChartRenderer::levels(sweep);
    QList<Line> lines;
    const auto groups = MarkdownWriter::rowsByTarget(sweep);
    for (int i = 0; i < groups.size(); ++i) {
        const QString &label = groups[i].first().targetLabel;
        lines << Line {label + u" mean"_s, valuesOf(groups[i], levels, "time_per_request_ms"_L1),
                       ChartKit::seriesColor(i), Qt::SolidLine, i};
        lines << Line {label + u" p99"_s,
                       valuesOf(groups[i], levels, "latency_p99_ms"_L1),
                       ChartKit::seriesColor(i),
                       Qt::DashLine,
                       i,
                       true};
    }
    return renderLines(sweep,
                       ReportText::pick(lang,
                                        u"Time per request (mean ab) dan latensi p99 menurut "
                                        u"concurrency level",
                                        u"Time per request (ab's mean) and p99 latency by "
                                        u"concurrency level"),
                       u"Time per request (ms)"_s, lines);
}

QImage SweepChartRenderer::failedRequests(const SweepResult &sweep, const QString &lang)
{
    const QList<int> levels = SweepChartRenderer::levels(sweep);
    QList<Line> lines;
    const auto groups = MarkdownWriter::rowsByTarget(sweep);
    for (int i = 0; i < groups.size(); ++i) {
        lines << Line {groups[i].first().targetLabel, valuesOf(groups[i], levels, "failed"_L1),
                       ChartKit::seriesColor(i), Qt::SolidLine, i};
    }
    return renderLines(sweep,
                       ReportText::pick(lang, u"Failed request menurut concurrency level",
                                        u"Failed requests by concurrency level"),
                       u"Failed request"_s, lines, true);
}
