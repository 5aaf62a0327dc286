#pragma once

// ChartKit: the one place that decides how a report chart looks (fonts,
// colours, margins, axes) and renders a QChart off-screen into a QPainter or
// QImage through a QGraphicsScene, never a window. Each chart is then
// "series, axes, render". GUI (main) thread only: QChart is a QGraphicsWidget.

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QPainter)
QT_FORWARD_DECLARE_CLASS(QWidget)
QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractSeries;
class QCategoryAxis;
class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

class ChartKit
{
public:
    static constexpr int kTitlePx = 17;
    static constexpr int kTextPx = 13;
    static constexpr int kSmallPx = 12;

    static QFont font(int pixelSize, bool bold = false); // DejaVu Sans
    static QFont monoFont(int pixelSize); // DejaVu Sans Mono
    static QColor seriesColor(int index); // never red: red means failures
    static QColor failureColor();
    static QColor inkColor(); // text
    static QColor paperColor(); // background

    // A chart with the report's look: light theme, no animation, title,
    // legend at the bottom. The caller owns it.
    static QChart *createChart(const QString &title);
    // Round ticks over [min, max]: a step of 1, 2 or 5 x 10^k, or 2.5 x 10^k
    // (0.25, 25, 250, but never 2.5, which would put halves on an axis of
    // counts), and labels with exactly the decimals the step needs, so a
    // tick at 0.25 reads "0.25", never "0.3".
    struct Ticks
    {
        double min = 0; // the first tick
        double max = 0; // the last tick
        double step = 1;
        int decimals = 0;
        QList<double> values() const;
        QString labelFormat() const; // "%.<decimals>f"
    };
    // The smallest round step that cuts span into at most maxIntervals.
    static double niceStep(double span, int maxIntervals);
    static int decimalsFor(double step);
    // Ticks on the multiples of the step from min (rounded down) to max
    // (rounded up).
    static Ticks niceTicks(double min, double max, int maxIntervals = 6);

    // A value axis over [min, max] widened to round ticks (niceTicks), with
    // a title. Its labels get exactly the decimals the step needs: a
    // labelFormat "%.Nf" (or none) only asks for fixed point; other formats
    // ("%g", "%d") are used as given.
    static QValueAxis *valueAxis(const QString &title, double min, double max,
                                 const QString &labelFormat = {});
    // Sets an axis to [min, max] widened to round ticks (valueAxis' rule),
    // with labels of exactly the step's decimals; for an axis whose data grows.
    static void setNiceRange(QValueAxis *axis, double min, double max, int maxIntervals = 6);
    // A value axis over exactly [min, max] (a run's time: no empty room after
    // its end) with ticks on the round values inside it.
    static QValueAxis *spanAxis(const QString &title, double min, double max, int maxIntervals = 8);
    // Sets an axis to exactly [min, max] with ticks on the round values inside
    // (spanAxis' rule), for an axis that follows a growing run.
    static void setSpan(QValueAxis *axis, double min, double max, int maxIntervals = 8);
    // An axis whose ticks are the given labels at x = 0, 1, 2, ... so the
    // seed's uneven concurrency levels are evenly spaced and all readable.
    static QCategoryAxis *indexAxis(const QString &title, const QStringList &labels);
    static void styleAxis(QAbstractAxis *axis, const QString &title);
    // Adds the series and attaches both axes (adding them when new).
    static void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y);
    // A label format whose decimals suit the axis' largest value (valueAxis
    // replaces its decimals by the tick step's).
    static QString labelFormatFor(double max);
    // One named line with gaps: a segment per run of values, one legend entry,
    // and point markers of a shape per target (0 circle, 1 square, 2
    // triangle, 3 diamond, again) so lines that overlap stay tellable apart;
    // hollow markers for a second figure of the same target. Returns the
    // markers' series, which holds every point of the line.
    static QScatterSeries *addGappedLine(QChart *chart, const QString &name,
                                         const QList<std::optional<double>> &values,
                                         const QColor &color, Qt::PenStyle style, int shape,
                                         bool hollow, QAbstractAxis *x, QAbstractAxis *y);

    // A view on screen of a chart (the one the exporter renders): antialiased,
    // with a minimum size that keeps axis labels readable. It owns the chart.
    static QChartView *createView(QChart *chart, QWidget *parent = nullptr);

    // Lays the chart out at target's size and paints it there.
    static void render(QChart *chart, QPainter *painter, const QRectF &target);
    static QImage renderImage(QChart *chart, const QSize &size);
    static QImage canvas(const QSize &size); // filled with paperColor()
};
