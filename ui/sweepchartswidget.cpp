#include "sweepchartswidget.h"

#include "chartviews.h"
#include "resultsmodel.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMap>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

SweepChartsWidget::SweepChartsWidget(QWidget *parent) : QWidget(parent)
{
    m_logScale = new QCheckBox(this);
    m_logScale->setObjectName(QStringLiteral("logScaleCheck"));
    connect(m_logScale, &QCheckBox::toggled, this, &SweepChartsWidget::rebuild);

    m_rpsChart = ChartViews::createChart({});
    m_timeChart = ChartViews::createChart({});
    m_rpsView = ChartViews::create(m_rpsChart, this);
    m_timeView = ChartViews::create(m_timeChart, this);
    m_rpsView->setObjectName(QStringLiteral("rpsChartView"));
    m_timeView->setObjectName(QStringLiteral("timeChartView"));

    auto charts = new QHBoxLayout;
    charts->addWidget(m_rpsView);
    charts->addWidget(m_timeView);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_logScale);
    layout->addLayout(charts, 1);
    retranslate();
}

void SweepChartsWidget::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &SweepChartsWidget::rebuild);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &SweepChartsWidget::rebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SweepChartsWidget::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &SweepChartsWidget::rebuild);
    }
    rebuild();
}

bool SweepChartsWidget::logScale() const
{
    return m_logScale->isChecked();
}

void SweepChartsWidget::setLogScale(bool on)
{
    m_logScale->setChecked(on);
}

QList<QXYSeries *> SweepChartsWidget::rpsSeries() const
{
    QList<QXYSeries *> list;
    for (QAbstractSeries *series : m_rpsChart->series())
        list << static_cast<QXYSeries *>(series);
    return list;
}

QList<QXYSeries *> SweepChartsWidget::timeSeries() const
{
    QList<QXYSeries *> list;
    for (QAbstractSeries *series : m_timeChart->series())
        list << static_cast<QXYSeries *>(series);
    return list;
}

void SweepChartsWidget::retranslate()
{
    m_logScale->setText(tr("Logarithmic axes"));
    m_rpsChart->setTitle(tr("Requests per second vs concurrency"));
    m_timeChart->setTitle(
            tr("Time per request (ms, across all concurrent requests) vs concurrency"));
    rebuild();
}

void SweepChartsWidget::rebuild()
{
    fill(m_rpsChart, ResultsModel::RequestsPerSecond, tr("Requests/s"), QStringLiteral("%.0f"));
    fill(m_timeChart, ResultsModel::TimePerRequest, tr("Time per request (ms)"),
         QStringLiteral("%.2f"));
}

void SweepChartsWidget::fill(QChart *chart, int yColumn, const QString &yTitle,
                             const QString &yFormat)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> oldAxes = chart->axes();
    for (QAbstractAxis *axis : oldAxes) {
        chart->removeAxis(axis);
        delete axis;
    }
    const bool log = m_logScale->isChecked();

    // One series per target, in the order the targets first appear.
    QStringList targets;
    QMap<QString, QList<QPointF>> points;
    double maxX = 1;
    double minX = -1;
    double maxY = 0;
    double minY = -1;
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const QString target = m_model->index(row, 0).data(ResultsModel::TargetRole).toString();
        const double x = m_model->index(row, ResultsModel::Concurrency)
                                 .data(ResultsModel::SortRole)
                                 .toDouble();
        const double y = m_model->index(row, yColumn).data(ResultsModel::SortRole).toDouble();
        if (!targets.contains(target))
            targets << target;
        if (y < 0 || (log && (y <= 0 || x <= 0)))
            continue; // a run without figures ("-") has no point
        points[target] << QPointF(x, y);
        maxX = std::max(maxX, x);
        minX = minX < 0 ? x : std::min(minX, x);
        maxY = std::max(maxY, y);
        minY = minY < 0 ? y : std::min(minY, y);
    }

    QAbstractAxis *xAxis = nullptr;
    QAbstractAxis *yAxis = nullptr;
    if (log) {
        // Base 2 on x labels the usual levels (1, 2, 4 ... 128); on y, base 10
        // when the values span decades, else base 2 so the axis has several labels.
        auto lx = new QLogValueAxis;
        lx->setBase(2);
        lx->setLabelFormat(QStringLiteral("%g"));
        lx->setRange(std::max(0.5, minX / 1.5), std::max(2.0, maxX * 1.5));
        auto ly = new QLogValueAxis;
        const double base = (minY > 0 && maxY / minY >= 100) ? 10 : 2;
        ly->setBase(base);
        ly->setLabelFormat(QStringLiteral("%g"));
        const auto power = [base](double v, bool up) {
            const double e = std::log(v) / std::log(base);
            return std::pow(base, up ? std::ceil(e + 1e-9) : std::floor(e - 1e-9));
        };
        const double low = minY > 0 ? power(minY, false) : 0.1;
        ly->setRange(low, std::max(low * base, power(std::max(maxY, low), true)));
        ly->setMinorTickCount(base == 10 ? 8 : 0);
        xAxis = lx;
        yAxis = ly;
    } else {
        auto vx = ChartViews::createValueAxis({});
        vx->setRange(0, maxX * 1.04); // the last point must not sit on the frame
        vx->applyNiceNumbers();
        auto vy = ChartViews::createValueAxis({}, yFormat);
        vy->setRange(0, maxY > 0 ? maxY * 1.1 : 1);
        vy->applyNiceNumbers();
        xAxis = vx;
        yAxis = vy;
    }
    xAxis->setTitleText(tr("Concurrency level"));
    yAxis->setTitleText(yTitle);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    const QString unit = yTitle;
    for (const QString &target : std::as_const(targets)) {
        auto series = new QLineSeries;
        series->setName(target);
        series->setPointsVisible(true);
        series->append(points.value(target));
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        connect(series, &QXYSeries::hovered, this,
                [this, series, unit](const QPointF &point, bool state) {
                    showPointTip(series, point, state, unit);
                });
    }
}

void SweepChartsWidget::showPointTip(QXYSeries *series, const QPointF &point, bool state,
                                     const QString &unit)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    // hovered() gives the cursor's position on the line; show the nearest real point.
    const QList<QPointF> points = series->points();
    if (points.isEmpty())
        return;
    QPointF nearest = points.first();
    for (const QPointF &p : points) {
        if (std::abs(p.x() - point.x()) < std::abs(nearest.x() - point.x()))
            nearest = p;
    }
    QToolTip::showText(QCursor::pos(),
                       tr("%1, concurrency %2: %3 %4")
                               .arg(series->name())
                               .arg(nearest.x())
                               .arg(nearest.y(), 0, 'f', 2)
                               .arg(unit));
}
