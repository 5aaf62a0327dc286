#pragma once

// LiveChart: the Live tab. The whole sweep as it goes: every finished cell as
// a point (x = its concurrency level, one step per level of the sweep, y = the
// requests/s of the run the row shows), one line per target in the sweep
// charts' colours and marker shapes, each repeat as a small faint dot, a cell
// without figures ("-") as a red marker at 0; on top, a star at the run in
// progress' (level, requests/s), moved ~20 times a second by runProgress,
// and the same words above the chart. Below, the run in progress over its
// own time (RunTimelineChart). GUI thread.

#include "engine.h"
#include "sweepresult.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QPointF;
class QScatterSeries;
class QValueAxis;
class QXYSeries;
class RunTimelineChart;

class LiveChart : public QWidget
{
    Q_OBJECT
public:
    explicit LiveChart(QWidget *parent = nullptr);

    // A new sweep: its levels (the x axis) and targets (the legend).
    void startSweep(const SweepConfig &config);
    void runStarted(const SweepRunInfo &run); // moves the marker, restarts the time line
    void addProgress(const RunProgress &progress);
    void addRow(const SweepRow &row); // a finished cell
    void sweepFinished(const SweepResult &result); // no run in progress any more
    void retranslate();

    // For tests and the screenshots' sake.
    int pointCount() const; // the run in progress' time line
    int cellCount() const; // finished cells drawn, with or without figures
    int missingCellCount() const; // of those, the "-" ones
    QList<QXYSeries *> cellSeries() const; // one per target: its cells with figures
    QList<QXYSeries *> repeatSeries() const; // one per target: each repeat's requests/s
    QList<QXYSeries *> missingSeries() const; // one per target: its "-" cells, at y = 0
    QXYSeries *currentSeries() const; // the run in progress: 0 or 1 point
    QString statusText() const; // the line above the chart
    // What to do and what the two embedded models are; shown until the first sweep.
    QString introText() const;
    bool isIntroShown() const;
    QChart *sweepChart() const { return m_chart; }
    QList<int> levels() const { return m_levels; }
    RunTimelineChart *timeline() const { return m_timeline; }

private:
    struct Cell
    {
        int target = 0;
        int level = 0;
        bool hasFigures = false;
        double rps = -1; // ReportFigures::rowNumber: -1 without figures
        QList<double> repeats; // each repeat's requests/s, when more than one
        QString reason;
    };

    int levelIndex(int level); // appends an unknown level
    void ensureTarget(int index, const QString &label);
    void addCell(const SweepRow &row);
    void rebuild(); // every series from m_cells and the current run
    void rebuildAxis();
    void updateCurrent();
    // The y axis fits the cells and the run in progress; it grows at once but
    // shrinks only when asked (a run starts, a cell ends), so it holds still
    // while the star moves.
    void updateRange(bool mayShrink);
    void updateStatus();
    void updateTitle();
    QString runTitle() const;
    QString currentText() const;
    void showTip(QXYSeries *series, const QPointF &point, bool state);
    QString cellTip(const Cell &cell) const;

    QLabel *m_status = nullptr;
    QLabel *m_intro = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QCategoryAxis *m_levelAxis = nullptr;
    QValueAxis *m_rpsAxis = nullptr;
    RunTimelineChart *m_timeline = nullptr;

    QList<int> m_levels;
    QStringList m_targets;
    QList<Cell> m_cells;
    double m_cellMax = 0; // the highest cell or repeat

    QList<QXYSeries *> m_cellSeries;
    QList<QXYSeries *> m_repeatSeries;
    QList<QXYSeries *> m_missingSeries;
    QScatterSeries *m_current = nullptr;

    enum class State { Idle, Running, Finished, Cancelled };
    State m_state = State::Idle;
    bool m_hasRun = false;
    SweepRunInfo m_run;
    bool m_hasRate = false;
    double m_currentRps = 0;
};
