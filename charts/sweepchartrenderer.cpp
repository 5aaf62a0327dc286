#include "sweepchartrenderer.h"

#include "chartkit.h"
#include "markdownwriter.h"
#include "poolwaves.h"
#include "reportfigures.h"
#include "reporttext.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
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
    // Per level, the median's 95% CI over the repeats (requests/s only).
    QList<std::optional<std::pair<double, double>>> intervals;
};

// The median's 95% CI per level, where a cell has figures and repeats.
QList<std::optional<std::pair<double, double>>> intervalsOf(const QList<SweepRow> &rows,
                                                            const QList<int> &levels)
{
    QList<std::optional<std::pair<double, double>>> intervals(levels.size());
    for (const SweepRow &row : rows) {
        const qsizetype index = levels.indexOf(row.concurrency);
        const SampleStatistics stats = ReportFigures::spread(row);
        if (index >= 0 && stats.count > 1)
            intervals[index] = std::pair(stats.ciLow, stats.ciHigh);
    }
    return intervals;
}

// An error bar as one line series shaped like an I beam: cap, stem, cap.
// Lines of several targets are nudged apart so their bars do not overlap.
void addErrorBar(QChart *chart, double x, double low, double high, const QColor &color,
                 QAbstractAxis *xAxis, QAbstractAxis *yAxis)
{
    constexpr double cap = 0.06;
    auto bar = new QLineSeries;
    bar->append({{x - cap, low},
                 {x + cap, low},
                 {x, low},
                 {x, high},
                 {x - cap, high},
                 {x + cap, high}});
    QPen pen(color, 1.5);
    bar->setPen(pen);
    chart->addSeries(bar);
    bar->attachAxis(xAxis);
    bar->attachAxis(yAxis);
    const auto markers = chart->legend()->markers(bar);
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);
}

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

// A logarithmic axis over [min, max] (both > 0): base 10 when the values
// span decades, else base 2 so the axis has several labels.
QLogValueAxis *logAxis(const QString &title, double min, double max)
{
    auto axis = new QLogValueAxis;
    ChartKit::styleAxis(axis, title);
    const double base = (min > 0 && max / min >= 100) ? 10 : 2;
    axis->setBase(base);
    axis->setLabelFormat(u"%g"_s);
    const auto power = [base](double v, bool up) {
        const double e = std::log(v) / std::log(base);
        return std::pow(base, up ? std::ceil(e + 1e-9) : std::floor(e - 1e-9));
    };
    const double low = min > 0 ? power(min, false) : 0.1;
    axis->setRange(low, std::max(low * base, power(std::max(max, low), true)));
    axis->setMinorTickCount(base == 10 ? 8 : 0);
    return axis;
}

SweepChart buildLines(const SweepResult &sweep, const QString &title, const QString &yTitle,
                      QList<Line> lines, bool logScale, bool counts = false)
{
    SweepChart built;
    built.levels = SweepChartRenderer::levels(sweep);
    QStringList labels;
    for (int level : std::as_const(built.levels))
        labels << QString::number(level);
    double max = 0;
    double min = -1;
    for (Line &line : lines) {
        for (auto &value : line.values) {
            if (logScale && value && *value <= 0)
                value.reset(); // a log axis has no 0
            if (!value)
                continue;
            max = std::max(max, *value);
            min = min < 0 ? *value : std::min(min, *value);
        }
        for (const auto &interval : std::as_const(line.intervals)) {
            if (interval)
                max = std::max(max, interval->second);
        }
    }
    built.chart.reset(ChartKit::createChart(title));
    auto x = ChartKit::indexAxis(u"Concurrency level"_s, labels);
    QAbstractAxis *y = nullptr;
    if (logScale)
        y = logAxis(yTitle, min, max);
    else if (counts) // whole-number ticks: a range of at least 0..5 keeps them whole
        y = ChartKit::valueAxis(yTitle, 0, std::max(5.0, max * 1.08));
    else
        y = ChartKit::valueAxis(yTitle, 0, max * 1.08, ChartKit::labelFormatFor(max));
    // The chart owns its axes even when there is no line yet (an empty sweep).
    built.chart->addAxis(x, Qt::AlignBottom);
    built.chart->addAxis(y, Qt::AlignLeft);
    for (const Line &line : std::as_const(lines)) {
        built.points << ChartKit::addGappedLine(built.chart.get(), line.name, line.values,
                                                line.color, line.style, line.shape, line.hollow, x,
                                                y);
    }
    for (int i = 0; i < lines.size(); ++i) {
        const double nudge = 0.05 * (i - (lines.size() - 1) / 2.0);
        for (int level = 0; level < lines[i].intervals.size(); ++level) {
            const auto &interval = lines[i].intervals[level];
            if (interval && (!logScale || interval->first > 0))
                addErrorBar(built.chart.get(), level + nudge, interval->first, interval->second,
                            lines[i].color, x, y);
        }
    }
    return built;
}

// Where c = n falls on the level-index axis: on its level, between the two
// levels around it, or before the first when every level exceeds it. None
// when no level exceeds it (no client ever waits), or when n is none of the
// levels and they are not in increasing order.
std::optional<double> levelPosition(const QList<int> &levels, int n)
{
    if (levels.isEmpty() || n >= *std::max_element(levels.begin(), levels.end()))
        return std::nullopt;
    if (const qsizetype exact = levels.indexOf(n); exact >= 0)
        return double(exact);
    if (!std::is_sorted(levels.begin(), levels.end()))
        return std::nullopt;
    if (n < levels.first())
        return -0.25;
    for (int i = 0; i + 1 < levels.size(); ++i) {
        if (levels[i] < n && n < levels[i + 1])
            return i + double(n - levels[i]) / (levels[i + 1] - levels[i]);
    }
    return std::nullopt;
}

std::pair<double, double> axisRange(const QAbstractAxis *axis)
{
    if (auto value = qobject_cast<const QValueAxis *>(axis))
        return {value->min(), value->max()};
    if (auto log = qobject_cast<const QLogValueAxis *>(axis))
        return {log->min(), log->max()};
    return {0, 1};
}

// The pool model's size on the concurrency axis (PoolWaves): a dashed
// vertical line at c = N, named "pool N" in the legend and labelled at its
// top, so the student sees where clients start to wait: past it requests/s
// stops growing and each request's latency climbs in steps of N.
void addPoolMarkers(SweepChart &built, const SweepResult &sweep)
{
    QChart *chart = built.chart.get();
    const auto xs = chart->axes(Qt::Horizontal);
    const auto ys = chart->axes(Qt::Vertical);
    if (xs.isEmpty() || ys.isEmpty())
        return;
    const auto [low, high] = axisRange(ys.first());
    for (int n : PoolWaves::sizes(sweep.rows)) {
        const std::optional<double> at = levelPosition(built.levels, n);
        if (!at)
            continue;
        const QString name = u"pool "_s + QString::number(n);
        auto line = new QLineSeries;
        line->setName(name);
        line->append({{*at, low}, {*at, high}});
        line->setPen(QPen(ChartKit::inkColor(), 1.5, Qt::DashLine));
        ChartKit::attach(chart, line, xs.first(), ys.first());
        // The label: a point near the top whose label is the name, a little
        // right of the line (about 30 px on the exported image) so the line
        // does not cross it.
        const double right = 0.025 * (built.levels.size() - 0.2);
        auto label = new QScatterSeries;
        const bool log = qobject_cast<const QLogValueAxis *>(ys.first()) && low > 0;
        label->append(*at + right,
                      log ? low * std::pow(high / low, 0.93) : low + (high - low) * 0.93);
        label->setMarkerSize(1);
        label->setPen(Qt::NoPen);
        label->setBrush(Qt::transparent);
        label->setPointLabelsFormat(name);
        label->setPointLabelsFont(ChartKit::font(ChartKit::kSmallPx, true));
        label->setPointLabelsColor(ChartKit::inkColor());
        label->setPointLabelsVisible(true);
        label->setPointLabelsClipping(false);
        ChartKit::attach(chart, label, xs.first(), ys.first());
        for (QLegendMarker *marker : chart->legend()->markers(label))
            marker->setVisible(false);
    }
}

QImage renderImage(const SweepChart &built)
{
    return ChartKit::renderImage(built.chart.get(), SweepChartRenderer::imageSize());
}

// One line per target of the figure key; with the median's CI as error
// bars when withIntervals.
QList<Line> linesOf(const SweepResult &sweep, QLatin1StringView key, bool withIntervals = false)
{
    const QList<int> levels = SweepChartRenderer::levels(sweep);
    QList<Line> lines;
    const auto groups = MarkdownWriter::rowsByTarget(sweep);
    for (int i = 0; i < groups.size(); ++i) {
        lines << Line {groups[i].first().targetLabel,
                       valuesOf(groups[i], levels, key),
                       ChartKit::seriesColor(i),
                       Qt::SolidLine,
                       i,
                       false,
                       {}};
        if (withIntervals)
            lines.last().intervals = intervalsOf(groups[i], levels);
    }
    return lines;
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

SweepChart::SweepChart() = default;
SweepChart::SweepChart(SweepChart &&) noexcept = default;
SweepChart &SweepChart::operator=(SweepChart &&) noexcept = default;
SweepChart::~SweepChart() = default;

SweepChart SweepChartRenderer::requestsPerSecondChart(const SweepResult &sweep, const QString &lang,
                                                      bool logScale)
{
    SweepChart built = buildLines(
            sweep,
            ReportText::pick(lang, u"Request per second menurut concurrency level",
                             u"Requests per second by concurrency level"),
            u"Request per second"_s, linesOf(sweep, "requests_per_second"_L1, true), logScale);
    addPoolMarkers(built, sweep); // the pool saturates at its size
    return built;
}

SweepChart SweepChartRenderer::timePerRequestChart(const SweepResult &sweep, const QString &,
                                                   bool logScale)
{
    // The course table's column, so the chart and the table agree.
    SweepChart built = buildLines(
            sweep,
            // ab's own words, in either language: the table's caption says the same.
            u"Time per request (mean, across all concurrent requests)"_s,
            u"Time per request (ms)"_s, linesOf(sweep, "time_per_request_across_ms"_L1), logScale);
    addPoolMarkers(built, sweep); // past it, the pool's time per request stops falling
    return built;
}

SweepChart SweepChartRenderer::failedRequestsChart(const SweepResult &sweep, const QString &lang,
                                                   bool logScale)
{
    return buildLines(sweep,
                      ReportText::pick(lang, u"Failed request menurut concurrency level",
                                       u"Failed requests by concurrency level"),
                      u"Failed request"_s, linesOf(sweep, "failed"_L1), logScale, true);
}

QImage SweepChartRenderer::requestsPerSecond(const SweepResult &sweep, const QString &lang)
{
    return renderImage(requestsPerSecondChart(sweep, lang));
}

QImage SweepChartRenderer::timePerRequest(const SweepResult &sweep, const QString &lang)
{
    return renderImage(timePerRequestChart(sweep, lang));
}

QImage SweepChartRenderer::failedRequests(const SweepResult &sweep, const QString &lang)
{
    return renderImage(failedRequestsChart(sweep, lang));
}
