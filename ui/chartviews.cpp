#include "chartviews.h"

#include <QChart>
#include <QChartView>
#include <QFont>
#include <QValueAxis>

namespace ChartViews {

QChartView *create(QChart *chart, QWidget *parent)
{
    auto view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(280, 200);
    return view;
}

QChart *createChart(const QString &title)
{
    auto chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QValueAxis *createValueAxis(const QString &title, const QString &format)
{
    auto axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(format);
    axis->setMin(0);
    return axis;
}

} // namespace ChartViews
