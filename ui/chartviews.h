#pragma once

// Small shared helpers for the GUI's charts (Qt Charts gallery's
// ContentWidget idea): every chart is "series, axes, view". GUI thread.

#include <QString>

class QChart;
class QChartView;
class QValueAxis;
class QWidget;

namespace ChartViews {

// A view with antialiasing, no animations (live data would lag behind) and a
// minimum size that keeps axis labels readable.
QChartView *create(QChart *chart, QWidget *parent = nullptr);
// A chart with the common look: title, legend at the bottom, tight margins.
QChart *createChart(const QString &title);
QValueAxis *createValueAxis(const QString &title, const QString &format = QStringLiteral("%.0f"));

} // namespace ChartViews
