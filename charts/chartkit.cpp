#include "chartkit.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

QFont ChartKit::font(int pixelSize, bool bold)
{
    QFont f(u"DejaVu Sans"_s);
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setStyleHint(QFont::SansSerif);
    return f;
}

QFont ChartKit::monoFont(int pixelSize)
{
    QFont f(u"DejaVu Sans Mono"_s);
    f.setStyleHint(QFont::Monospace);
    f.setFixedPitch(true);
    f.setPixelSize(pixelSize);
    return f;
}

QColor ChartKit::seriesColor(int index)
{
    // Tableau-like, colour-blind friendly, red left out for failures.
    static const QColor colors[]
            = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
               QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0x17, 0xbe, 0xcf)};
    const int count = int(std::size(colors));
    return colors[((index % count) + count) % count];
}

QColor ChartKit::failureColor()
{
    return QColor(0xd6, 0x27, 0x28);
}

QColor ChartKit::inkColor()
{
    return QColor(0x22, 0x22, 0x22);
}

QColor ChartKit::paperColor()
{
    return Qt::white;
}

QChart *ChartKit::createChart(const QString &title)
{
    auto chart = new QChart;
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation); // export: the final frame only
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(paperColor());
    chart->setMargins(QMargins(10, 6, 14, 6));
    chart->setTitle(title);
    chart->setTitleFont(font(kTitlePx, true));
    chart->setTitleBrush(inkColor());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(font(kTextPx));
    chart->legend()->setLabelColor(inkColor());
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    return chart;
}

void ChartKit::styleAxis(QAbstractAxis *axis, const QString &title)
{
    axis->setTitleText(title);
    axis->setTitleFont(font(kTextPx, true));
    axis->setTitleBrush(inkColor());
    axis->setLabelsFont(font(kSmallPx));
    axis->setLabelsColor(inkColor());
    axis->setGridLineColor(QColor(0xdd, 0xdd, 0xdd));
}

double ChartKit::niceStep(double span, int maxIntervals)
{
    if (!(span > 0) || !std::isfinite(span))
        return 1;
    const double raw = span / std::max(1, maxIntervals);
    const int exponent = int(std::floor(std::log10(raw)));
    for (int e = exponent; e <= exponent + 1; ++e) {
        // 10^e exactly for a negative e too: 0.2 is 2 / 10, not 2 * 0.1.
        const double scale = std::pow(10.0, std::abs(e));
        for (double m : {1.0, 2.0, 2.5, 5.0}) {
            if (m == 2.5 && e == 0)
                continue;
            const double step = e < 0 ? m / scale : m * scale;
            if (step >= raw * (1 - 1e-9))
                return step;
        }
    }
    return std::pow(10.0, exponent + 2); // not reached: 10^(exponent + 1) >= raw
}

int ChartKit::decimalsFor(double step)
{
    if (!(step > 0) || !std::isfinite(step))
        return 0;
    const int exponent = int(std::floor(std::log10(step) + 1e-9));
    const double mantissa = step / std::pow(10.0, exponent);
    // 0.25 needs one decimal more than 0.2 does; 25 none.
    const int extra = std::abs(mantissa - 2.5) < 1e-6 ? 1 : 0;
    return std::max(0, extra - exponent);
}

ChartKit::Ticks ChartKit::niceTicks(double min, double max, int maxIntervals)
{
    if (!(max > min))
        max = min + 1; // a flat series still gets a readable scale
    Ticks ticks;
    ticks.step = niceStep(max - min, maxIntervals);
    // The span may not divide into maxIntervals once widened: widen the step.
    for (int guard = 0; guard < 4; ++guard) {
        ticks.min = std::floor(min / ticks.step + 1e-9) * ticks.step;
        ticks.max = std::ceil(max / ticks.step - 1e-9) * ticks.step;
        if (std::llround((ticks.max - ticks.min) / ticks.step) <= std::max(1, maxIntervals))
            break;
        ticks.step = niceStep(ticks.step * 1.0001 * std::max(1, maxIntervals), maxIntervals);
    }
    // k * step may land a rounding error inside the data: keep it covered.
    ticks.min = std::min(ticks.min, min);
    ticks.max = std::max(ticks.max, max);
    ticks.decimals = decimalsFor(ticks.step);
    return ticks;
}

QList<double> ChartKit::Ticks::values() const
{
    QList<double> out;
    if (!(step > 0))
        return out;
    const qint64 first = std::llround(std::ceil(min / step - 1e-9));
    const qint64 last = std::llround(std::floor(max / step + 1e-9));
    for (qint64 i = first; i <= last; ++i)
        out.append(double(i) * step);
    return out;
}

QString ChartKit::Ticks::labelFormat() const
{
    return u"%."_s + QString::number(decimals) + u'f';
}

QValueAxis *ChartKit::valueAxis(const QString &title, double min, double max,
                                const QString &labelFormat)
{
    auto axis = new QValueAxis;
    styleAxis(axis, title);
    setNiceRange(axis, min, max);
    // A caller's "%.1f" would print a tick at 0.25 as "0.3", its "%.2f" a
    // tick at 0.2 as "0.20": the step decides.
    static const QRegularExpression fixed(u"^%\\.\\d+f$"_s);
    if (!labelFormat.isEmpty() && !fixed.match(labelFormat).hasMatch())
        axis->setLabelFormat(labelFormat);
    return axis;
}

void ChartKit::setNiceRange(QValueAxis *axis, double min, double max, int maxIntervals)
{
    const Ticks ticks = niceTicks(min, max, maxIntervals);
    // An axis once given to setSpan keeps dynamic ticks otherwise.
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setRange(ticks.min, ticks.max);
    axis->setTickCount(int(std::llround((ticks.max - ticks.min) / ticks.step)) + 1);
    axis->setLabelFormat(ticks.labelFormat());
}

QValueAxis *ChartKit::spanAxis(const QString &title, double min, double max, int maxIntervals)
{
    auto axis = new QValueAxis;
    styleAxis(axis, title);
    setSpan(axis, min, max, maxIntervals);
    return axis;
}

void ChartKit::setSpan(QValueAxis *axis, double min, double max, int maxIntervals)
{
    if (!(max > min))
        max = min + 1;
    const double step = niceStep(max - min, maxIntervals);
    axis->setRange(min, max);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(std::ceil(min / step - 1e-9) * step);
    axis->setTickInterval(step);
    axis->setLabelFormat(u"%."_s + QString::number(decimalsFor(step)) + u'f');
}

QCategoryAxis *ChartKit::indexAxis(const QString &title, const QStringList &labels)
{
    auto axis = new QCategoryAxis;
    styleAxis(axis, title);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < labels.size(); ++i)
        axis->append(labels[i], i);
    // Without a category Qt Charts lays the axis out nowhere and draws its
    // title over the chart's corner (an empty chart, before any sweep).
    if (labels.isEmpty())
        axis->append(u" "_s, 0);
    // Half a step of room on both sides so the end points are not on the frame.
    axis->setRange(-0.4, qMax(0.4, double(labels.size()) - 0.6));
    return axis;
}

void ChartKit::attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    if (!chart->axes(Qt::Horizontal).contains(x))
        chart->addAxis(x, Qt::AlignBottom);
    if (!chart->axes(Qt::Vertical).contains(y))
        chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

QScatterSeries *ChartKit::addGappedLine(QChart *chart, const QString &name,
                                        const QList<std::optional<double>> &values,
                                        const QColor &color, Qt::PenStyle style, int shape,
                                        bool hollow, QAbstractAxis *x, QAbstractAxis *y)
{
    QList<QLineSeries *> segments;
    QLineSeries *current = nullptr;
    auto markers = new QScatterSeries;
    markers->setName(name);
    for (int i = 0; i < values.size(); ++i) {
        if (!values[i]) {
            current = nullptr; // a run without figures breaks the line
            continue;
        }
        if (!current) {
            current = new QLineSeries;
            segments << current;
        }
        current->append(i, *values[i]);
        markers->append(i, *values[i]);
    }
    QString legendName = name;
    if (segments.isEmpty()) {
        segments << new QLineSeries; // keeps the legend entry of a target without figures
        legendName += u" (-)"_s; // as its rows read in the tables
    }
    QPen pen(color, 2.5, style);
    pen.setCapStyle(Qt::RoundCap);
    for (QLineSeries *segment : std::as_const(segments)) {
        segment->setName(legendName);
        attach(chart, segment, x, y);
        segment->setPen(pen); // after addSeries, which applies the theme's pen
    }
    static const QScatterSeries::MarkerShape shapes[]
            = {QScatterSeries::MarkerShapeCircle, QScatterSeries::MarkerShapeRectangle,
               QScatterSeries::MarkerShapeTriangle, QScatterSeries::MarkerShapeRotatedRectangle};
    attach(chart, markers, x, y);
    markers->setMarkerShape(shapes[((shape % 4) + 4) % 4]);
    markers->setMarkerSize(shape % 4 == 3 ? 13 : 11);
    markers->setColor(hollow ? paperColor() : color);
    markers->setBorderColor(color);
    markers->setPen(QPen(color, 2));
    // One legend entry per line, however many segments and markers it has.
    for (QLegendMarker *marker : chart->legend()->markers(markers))
        marker->setVisible(false);
    for (int i = 1; i < segments.size(); ++i) {
        for (QLegendMarker *marker : chart->legend()->markers(segments[i]))
            marker->setVisible(false);
    }
    return markers;
}

QString ChartKit::labelFormatFor(double max)
{
    if (max >= 20)
        return u"%.0f"_s;
    if (max >= 2)
        return u"%.1f"_s;
    return u"%.2f"_s;
}

QChartView *ChartKit::createView(QChart *chart, QWidget *parent)
{
    auto view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    // Nothing in a chart answers a key: a tab stop here would only be a dead end.
    view->setFocusPolicy(Qt::NoFocus);
    view->setMinimumSize(280, 200);
    return view;
}

void ChartKit::render(QChart *chart, QPainter *painter, const QRectF &target)
{
    // The scene owns the chart while it paints, then hands it back so the
    // caller's ownership is unchanged.
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), target.size()));
    // Qt Charts finishes its layout in posted events; deliver them before painting.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    scene.setSceneRect(chart->geometry());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene.render(painter, target, chart->geometry());
    painter->restore();
    scene.removeItem(chart);
}

QImage ChartKit::canvas(const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(paperColor());
    return image;
}

QImage ChartKit::renderImage(QChart *chart, const QSize &size)
{
    QImage image = canvas(size);
    QPainter painter(&image);
    render(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}
