#pragma once

// SweepChartsWidget: requests/s and time per request against concurrency,
// the very charts the exporter renders to PNG (SweepChartRenderer), built
// from ResultsModel's rows, and under them the report's verdict for each
// level where two targets are compared. Linear or log axes; hovering a point
// shows its value. GUI thread.

#include <QList>
#include <QString>
#include <QWidget>

struct SweepChart;
class ResultsModel;
class QChart;
class QChartView;
class QCheckBox;
class QLabel;
class QPointF;
class QXYSeries;

class SweepChartsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SweepChartsWidget(QWidget *parent = nullptr);

    void setModel(ResultsModel *model);
    // The sweep's concurrency levels, in its order (the x axis, as the exporter's).
    void setLevels(const QList<int> &levels);
    void setLanguage(const QString &lang);
    bool logScale() const;
    void setLogScale(bool on);
    // Per target, the series holding its every point (x = the level's index).
    QList<QXYSeries *> rpsSeries() const { return m_rpsPoints; }
    QList<QXYSeries *> timeSeries() const { return m_timePoints; }
    // LevelComparison's verdicts, one per line, in the report's language.
    QString verdictText() const;
    QChart *rpsChart() const;
    QChart *timeChart() const;
    // Until a sweep is run or opened: what to do and what the two embedded models are.
    bool isIntroShown() const;
    QString introText() const;
    void retranslate();

public slots:
    void rebuild();

private:
    QList<QXYSeries *> install(QChartView *view, SweepChart built, const QString &unit);
    void showPointTip(QXYSeries *series, const QPointF &point, bool state, const QString &unit);

    ResultsModel *m_model = nullptr;
    QList<int> m_levels;
    QList<int> m_shownLevels; // the x axis: index -> level
    QString m_language = QStringLiteral("en");
    QCheckBox *m_logScale = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_verdicts = nullptr;
    QChartView *m_rpsView = nullptr;
    QChartView *m_timeView = nullptr;
    QList<QXYSeries *> m_rpsPoints;
    QList<QXYSeries *> m_timePoints;
};
