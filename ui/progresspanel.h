#pragma once

// ProgressPanel: where a sweep stands: runs done / planned, the current run's
// requests done / n with its rate, elapsed and remaining time. Fed by
// SweepRunner's queued signals. GUI thread.

#include "engine.h"
#include "sweepresult.h"

#include <QWidget>

class QLabel;
class QProgressBar;

class ProgressPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressPanel(QWidget *parent = nullptr);

    int runsDone() const;
    QString figuresText() const;

public slots:
    void sweepStarted(int plannedRuns);
    void runStarted(const SweepRunInfo &run);
    void runProgress(const RunProgress &progress);
    void runFinished();
    void sweepFinished(bool cancelled);
    void retranslate();

private:
    QLabel *m_overallLabel = nullptr;
    QProgressBar *m_overall = nullptr;
    QLabel *m_currentLabel = nullptr;
    QProgressBar *m_current = nullptr;
    QLabel *m_figures = nullptr;
    QString m_runTitle;
    bool m_started = false; // until the first sweep the bars say so, not "0 / 1"
};
