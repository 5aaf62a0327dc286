#pragma once

// SweepChartsWidget: requests/s and time per request against concurrency,
// one series per target, read from ResultsModel (the table's own data, so the
// charts cannot disagree with it). Linear or log axes; hovering a point shows
// its value. GUI thread.

#include <QList>
#include <QWidget>

class QAbstractItemModel;
class QChart;
class QChartView;
class QCheckBox;
class QPointF;
class QXYSeries;

class SweepChartsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SweepChartsWidget(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    bool logScale() const;
    void setLogScale(bool on);
    QList<QXYSeries *> rpsSeries() const;
    QList<QXYSeries *> timeSeries() const;
    void retranslate();

public slots:
    void rebuild();

private:
    void fill(QChart *chart, int yColumn, const QString &yTitle, const QString &yFormat);
    void showPointTip(QXYSeries *series, const QPointF &point, bool state, const QString &unit);

    QAbstractItemModel *m_model = nullptr;
    QCheckBox *m_logScale = nullptr;
    QChart *m_rpsChart = nullptr;
    QChart *m_timeChart = nullptr;
    QChartView *m_rpsView = nullptr;
    QChartView *m_timeView = nullptr;
};
