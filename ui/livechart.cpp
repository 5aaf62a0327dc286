#include "livechart.h"

#include "chartkit.h"
#include "embeddedmodelsintro.h"
#include "reportfigures.h"
#include "runtimelinechart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

constexpr QLatin1StringView kRps("requests_per_second");

// The marker shapes ChartKit::addGappedLine gives target i, so a target's "-"
// cells carry its own shape in red.
QScatterSeries::MarkerShape targetShape(int target)
{
    static const QScatterSeries::MarkerShape shapes[]
            = {QScatterSeries::MarkerShapeCircle, QScatterSeries::MarkerShapeRectangle,
               QScatterSeries::MarkerShapeTriangle, QScatterSeries::MarkerShapeRotatedRectangle};
    return shapes[((target % 4) + 4) % 4];
}

QColor faint(QColor color)
{
    color.setAlpha(110);
    return color;
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

QString rate(double rps)
{
    return QString::number(rps, 'f', 2); // ab's "Requests per second" digits
}

} // namespace

LiveChart::LiveChart(QWidget *parent) : QWidget(parent)
{
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("liveStatusLabel"));
    m_status->setFont(ChartKit::font(ChartKit::kTitlePx, true));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("liveIntroLabel"));
    m_intro->setTextFormat(Qt::RichText);
    m_intro->setWordWrap(true);
    m_intro->setFrameShape(QFrame::StyledPanel);
    m_intro->setMargin(8);
    m_intro->setFont(ChartKit::font(ChartKit::kTextPx));

    m_chart = ChartKit::createChart({});
    m_levelAxis = ChartKit::indexAxis({}, {});
    m_rpsAxis = ChartKit::valueAxis({}, 0, 10);
    m_chart->addAxis(m_levelAxis, Qt::AlignBottom);
    m_chart->addAxis(m_rpsAxis, Qt::AlignLeft);
    m_view = ChartKit::createView(m_chart, this);
    m_view->setObjectName(QStringLiteral("liveChartView"));

    rebuildAxis();
    m_timeline = new RunTimelineChart(this);
    // Tall enough for its axis titles in Indonesian while the intro takes
    // the top of the tab (a 900-pixel screen cut "Request/detik" short).
    m_timeline->setMinimumHeight(260);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_timeline, 2);
    rebuild();
    updateRange(true);
    retranslate();
}

void LiveChart::startSweep(const SweepConfig &config)
{
    m_levels = config.levels;
    m_targets.clear();
    for (const SweepTarget &target : config.targets)
        m_targets << target.label;
    m_cells.clear();
    m_cellMax = 0;
    m_state = State::Running;
    m_hasRun = false;
    m_hasRate = false;
    m_timeline->reset({});
    rebuildAxis();
    rebuild();
    updateRange(true);
    updateStatus();
    updateTitle();
}

void LiveChart::runStarted(const SweepRunInfo &run)
{
    m_state = State::Running;
    updateTitle();
    const qsizetype levels = m_levels.size();
    const qsizetype targets = m_targets.size();
    levelIndex(run.concurrency);
    ensureTarget(run.targetIndex, run.targetLabel);
    if (m_levels.size() != levels)
        rebuildAxis();
    if (m_levels.size() != levels || m_targets.size() != targets)
        rebuild();
    m_run = run;
    m_hasRun = true;
    m_hasRate = false;
    m_timeline->reset(runTitle());
    updateCurrent();
    updateRange(true);
    updateStatus();
}

void LiveChart::addProgress(const RunProgress &progress)
{
    m_timeline->addProgress(progress);
    m_currentRps = progress.currentRps;
    m_hasRate = m_hasRun;
    updateCurrent();
    updateRange(false);
    updateStatus();
}

void LiveChart::addRow(const SweepRow &row)
{
    const qsizetype levels = m_levels.size();
    addCell(row);
    if (m_levels.size() != levels)
        rebuildAxis();
    rebuild();
    updateRange(true);
    updateStatus();
}

void LiveChart::addCell(const SweepRow &row)
{
    ensureTarget(row.targetIndex, row.targetLabel);
    Cell cell;
    cell.target = row.targetIndex;
    cell.level = row.concurrency;
    levelIndex(cell.level);
    cell.rps = ReportFigures::rowNumber(row, kRps);
    cell.hasFigures = row.hasFigures && cell.rps >= 0;
    cell.reason = row.reason;
    if (row.repeats.size() > 1) {
        for (const RunResult &repeat : row.repeats)
            cell.repeats << ReportFigures::number(repeat, kRps);
    }
    for (double value : std::as_const(cell.repeats))
        m_cellMax = std::max(m_cellMax, value);
    m_cellMax = std::max(m_cellMax, cell.rps);
    // A cell comes once; should it come again, the newer one counts.
    m_cells.removeIf(
            [&cell](const Cell &c) { return c.target == cell.target && c.level == cell.level; });
    m_cells << cell;
}

void LiveChart::sweepFinished(const SweepResult &result)
{
    m_state = result.cancelled ? State::Cancelled : State::Finished;
    m_hasRun = false;
    m_hasRate = false;
    if (result.rows.size() != m_cells.size()) {
        // The result is the truth; rows only missed here if a signal was.
        m_cells.clear();
        for (const SweepRow &row : result.rows)
            addCell(row);
        rebuildAxis();
        rebuild();
    }
    updateCurrent();
    updateRange(true);
    updateStatus();
    updateTitle();
}

int LiveChart::levelIndex(int level)
{
    qsizetype index = m_levels.indexOf(level);
    if (index < 0) {
        m_levels << level;
        index = m_levels.size() - 1;
    }
    return int(index);
}

void LiveChart::ensureTarget(int index, const QString &label)
{
    if (index < 0)
        return;
    while (m_targets.size() <= index)
        m_targets << QString();
    if (!label.isEmpty())
        m_targets[index] = label;
}

void LiveChart::rebuildAxis()
{
    const QStringList old = m_levelAxis->categoriesLabels();
    for (const QString &label : old)
        m_levelAxis->remove(label);
    for (int i = 0; i < m_levels.size(); ++i)
        m_levelAxis->append(QString::number(m_levels.at(i)), i);
    // Without a category Qt Charts lays the axis out nowhere and draws its
    // title over the chart's corner: one blank keeps it in its place.
    if (m_levels.isEmpty())
        m_levelAxis->append(QStringLiteral(" "), 0);
    // As ChartKit::indexAxis: room on both sides so the end points are not on the frame.
    m_levelAxis->setRange(-0.4, std::max(0.4, double(m_levels.size()) - 0.6));
}

void LiveChart::rebuild()
{
    const QList<QAbstractSeries *> old = m_chart->series();
    for (QAbstractSeries *series : old) {
        m_chart->removeSeries(series);
        delete series;
    }
    m_cellSeries.clear();
    m_repeatSeries.clear();
    m_missingSeries.clear();
    m_current = nullptr;

    // Each repeat first, so the cells' markers are drawn over them.
    bool anyRepeat = false;
    for (int t = 0; t < m_targets.size(); ++t) {
        auto repeats = new QScatterSeries;
        repeats->setName(m_targets.at(t));
        for (const Cell &cell : std::as_const(m_cells)) {
            if (cell.target != t)
                continue;
            for (double value : cell.repeats)
                repeats->append(m_levels.indexOf(cell.level), value);
        }
        anyRepeat = anyRepeat || repeats->count() > 0;
        ChartKit::attach(m_chart, repeats, m_levelAxis, m_rpsAxis);
        repeats->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        repeats->setMarkerSize(6);
        repeats->setColor(faint(ChartKit::seriesColor(t)));
        repeats->setBorderColor(Qt::transparent);
        hideFromLegend(m_chart, repeats);
        m_repeatSeries << repeats;
    }

    // One line per target, as the Charts tab draws it.
    for (int t = 0; t < m_targets.size(); ++t) {
        QList<std::optional<double>> values(m_levels.size());
        bool finished = false;
        for (const Cell &cell : std::as_const(m_cells)) {
            if (cell.target != t)
                continue;
            finished = true;
            if (cell.hasFigures)
                values[m_levels.indexOf(cell.level)] = cell.rps;
        }
        const qsizetype before = m_chart->series().size();
        m_cellSeries << ChartKit::addGappedLine(m_chart, m_targets.at(t), values,
                                                ChartKit::seriesColor(t), Qt::SolidLine, t, false,
                                                m_levelAxis, m_rpsAxis);
        if (!finished) {
            // addGappedLine marks a line without figures "(-)"; one not run yet is not.
            const QList<QAbstractSeries *> added = m_chart->series().mid(before);
            for (QAbstractSeries *series : added) {
                if (series->type() == QAbstractSeries::SeriesTypeLine)
                    series->setName(m_targets.at(t));
            }
        }
    }

    // The "-" cells: red, in the target's shape, at 0; one legend entry for all.
    bool missingInLegend = false;
    for (int t = 0; t < m_targets.size(); ++t) {
        auto missing = new QScatterSeries;
        missing->setName(tr("No figures (-), drawn at 0"));
        for (const Cell &cell : std::as_const(m_cells)) {
            if (cell.target == t && !cell.hasFigures)
                missing->append(m_levels.indexOf(cell.level), 0);
        }
        ChartKit::attach(m_chart, missing, m_levelAxis, m_rpsAxis);
        missing->setMarkerShape(targetShape(t));
        missing->setMarkerSize(t % 4 == 3 ? 15 : 13);
        missing->setColor(ChartKit::failureColor());
        missing->setBorderColor(ChartKit::inkColor());
        if (missing->count() == 0 || missingInLegend)
            hideFromLegend(m_chart, missing);
        else
            missingInLegend = true;
        m_missingSeries << missing;
    }

    if (anyRepeat) { // a legend entry only: the dots themselves are per target
        auto legend = new QScatterSeries;
        legend->setName(tr("Each repeat"));
        ChartKit::attach(m_chart, legend, m_levelAxis, m_rpsAxis);
        legend->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        legend->setMarkerSize(6);
        legend->setColor(faint(ChartKit::inkColor()));
        legend->setBorderColor(Qt::transparent);
    }

    // The run in progress, over everything.
    m_current = new QScatterSeries;
    m_current->setName(tr("Run in progress"));
    ChartKit::attach(m_chart, m_current, m_levelAxis, m_rpsAxis);
    m_current->setMarkerShape(QScatterSeries::MarkerShapeStar);
    m_current->setMarkerSize(24);
    m_current->setColor(ChartKit::inkColor()); // the legend's, until a run colours it
    m_current->setBorderColor(ChartKit::inkColor());
    m_current->setPointLabelsFormat(tr("@yPoint requests/s"));
    m_current->setPointLabelsFont(ChartKit::font(ChartKit::kTextPx, true));
    m_current->setPointLabelsColor(ChartKit::inkColor());
    m_current->setPointLabelsClipping(false);

    QList<QXYSeries *> hoverable = m_cellSeries + m_repeatSeries + m_missingSeries;
    hoverable << m_current;
    for (QXYSeries *series : std::as_const(hoverable)) {
        connect(series, &QXYSeries::hovered, this,
                [this, series](const QPointF &point, bool state) {
                    showTip(series, point, state);
                });
    }
    updateCurrent();
}

void LiveChart::updateCurrent()
{
    if (!m_current)
        return;
    const bool running = m_hasRun && m_hasRate && m_state == State::Running;
    // Its legend entry only while a run goes; the point label off with the
    // point, else Qt Charts leaves the last label behind.
    for (QLegendMarker *marker : m_chart->legend()->markers(m_current))
        marker->setVisible(m_state == State::Running);
    m_current->setPointLabelsVisible(running);
    if (!running) {
        m_current->clear();
        return;
    }
    const int x = int(m_levels.indexOf(m_run.concurrency));
    // Whole requests/s: the point label shows the number as it is.
    const QPointF point(x, std::round(m_currentRps));
    const QColor color = ChartKit::seriesColor(m_run.targetIndex);
    // A warm-up is hollow: it is not counted.
    m_current->setColor(m_run.isWarmUp() ? ChartKit::paperColor() : color);
    m_current->setPen(QPen(m_run.isWarmUp() ? color : ChartKit::inkColor(), 1.5));
    if (m_current->count() == 1)
        m_current->replace(0, point);
    else
        m_current->replace(QList<QPointF> {point});
}

void LiveChart::updateRange(bool mayShrink)
{
    double needed = m_cellMax;
    if (m_hasRate && m_state == State::Running)
        needed = std::max(needed, m_currentRps);
    const double top = std::max(10.0, needed * 1.15); // room for the star's label
    const double max = m_rpsAxis->max();
    if (m_rpsAxis->min() == 0 && max >= top && (!mayShrink || max <= top * 1.6))
        return; // still fits: the ticks hold still while the star moves
    ChartKit::setNiceRange(m_rpsAxis, 0, top);
}

QString LiveChart::runTitle() const
{
    const QString label = m_targets.value(m_run.targetIndex, m_run.targetLabel);
    if (m_run.isWarmUp())
        return tr("%1, c = %2, warm-up (not counted)").arg(label).arg(m_run.concurrency);
    if (m_run.repeats > 1) {
        return tr("%1, c = %2, repeat %3 of %4")
                .arg(label)
                .arg(m_run.concurrency)
                .arg(m_run.repeat + 1)
                .arg(m_run.repeats);
    }
    return tr("%1, c = %2").arg(label).arg(m_run.concurrency);
}

QString LiveChart::currentText() const
{
    const auto cells = QString::number(cellCount());
    const auto missing = QString::number(missingCellCount());
    switch (m_state) {
    case State::Idle:
        return tr("No sweep yet");
    case State::Finished:
        return tr("Sweep finished: %1 cells, %2 without figures (-)").arg(cells, missing);
    case State::Cancelled:
        return tr("Sweep cancelled: %1 cells, %2 without figures (-)").arg(cells, missing);
    case State::Running:
        break;
    }
    if (!m_hasRun)
        return tr("Sweep starting…");
    if (!m_hasRate)
        return tr("Now: %1").arg(runTitle());
    return tr("Now: %1: %2 requests/s").arg(runTitle(), QString::number(std::round(m_currentRps)));
}

void LiveChart::updateStatus()
{
    m_status->setText(currentText());
    m_intro->setVisible(m_state == State::Idle);
}

QString LiveChart::introText() const
{
    return m_intro->text();
}

bool LiveChart::isIntroShown() const
{
    return !m_intro->isHidden();
}

void LiveChart::updateTitle()
{
    m_chart->setTitle(m_state == State::Running
                              ? tr("Sweep so far: requests/s of each finished cell")
                              : tr("Sweep: requests/s of each cell"));
}

QString LiveChart::cellTip(const Cell &cell) const
{
    const QString label = m_targets.value(cell.target);
    if (!cell.hasFigures) {
        if (cell.reason.isEmpty())
            return tr("%1, c = %2: no figures (-), drawn at 0").arg(label).arg(cell.level);
        return tr("%1, c = %2: no figures (-), drawn at 0: %3")
                .arg(label)
                .arg(cell.level)
                .arg(cell.reason);
    }
    if (cell.repeats.size() > 1) {
        return tr("%1, c = %2: %3 requests/s (the median of %4 repeats)")
                .arg(label)
                .arg(cell.level)
                .arg(rate(cell.rps))
                .arg(cell.repeats.size());
    }
    return tr("%1, c = %2: %3 requests/s").arg(label).arg(cell.level).arg(rate(cell.rps));
}

void LiveChart::showTip(QXYSeries *series, const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    if (series == m_current) {
        QToolTip::showText(QCursor::pos(), currentText(), m_view);
        return;
    }
    qsizetype target = m_cellSeries.indexOf(series);
    if (target < 0)
        target = m_missingSeries.indexOf(series);
    const qsizetype repeatOf = m_repeatSeries.indexOf(series);
    if (repeatOf >= 0)
        target = repeatOf;
    const int index = int(std::lround(point.x()));
    if (target < 0 || index < 0 || index >= m_levels.size())
        return;
    for (const Cell &cell : std::as_const(m_cells)) {
        if (cell.target != target || cell.level != m_levels.at(index))
            continue;
        QString text = cellTip(cell);
        if (repeatOf >= 0 && !cell.repeats.isEmpty()) {
            // The repeat nearest the cursor.
            double nearest = cell.repeats.first();
            for (double value : cell.repeats) {
                if (std::abs(value - point.y()) < std::abs(nearest - point.y()))
                    nearest = value;
            }
            text = tr("%1, c = %2: one repeat, %3 requests/s")
                           .arg(m_targets.value(cell.target))
                           .arg(cell.level)
                           .arg(rate(nearest));
        }
        QToolTip::showText(QCursor::pos(), text, m_view);
        return;
    }
}

int LiveChart::pointCount() const
{
    return m_timeline->pointCount();
}

int LiveChart::cellCount() const
{
    return int(m_cells.size());
}

int LiveChart::missingCellCount() const
{
    return int(std::count_if(m_cells.cbegin(), m_cells.cend(),
                             [](const Cell &cell) { return !cell.hasFigures; }));
}

QList<QXYSeries *> LiveChart::cellSeries() const
{
    return m_cellSeries;
}

QList<QXYSeries *> LiveChart::repeatSeries() const
{
    return m_repeatSeries;
}

QList<QXYSeries *> LiveChart::missingSeries() const
{
    return m_missingSeries;
}

QXYSeries *LiveChart::currentSeries() const
{
    return m_current;
}

QString LiveChart::statusText() const
{
    return m_status->text();
}

void LiveChart::retranslate()
{
    updateTitle();
    m_levelAxis->setTitleText(tr("Concurrency level"));
    m_rpsAxis->setTitleText(tr("Requests/s"));
    m_intro->setText(
            tr("<p>Pick the targets on the left and press <b>F5</b> (<b>Run Sweep</b>). Each "
               "target is measured at every concurrency level; each finished cell appears "
               "here as a point (its requests/s), and the run in progress below, over its own "
               "time.</p>")
            + EmbeddedModelsIntro::html());
    m_timeline->retranslate();
    rebuild(); // the series' names
    updateStatus();
}
