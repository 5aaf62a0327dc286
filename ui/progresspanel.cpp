#include "progresspanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>

#include <algorithm>

namespace {

QString seconds(double s)
{
    return QString::number(s, 'f', 1);
}

} // namespace

ProgressPanel::ProgressPanel(QWidget *parent) : QWidget(parent)
{
    m_overallLabel = new QLabel(this);
    m_overall = new QProgressBar(this);
    m_overall->setObjectName(QStringLiteral("overallProgress"));
    m_overall->setRange(0, 1);
    m_overall->setValue(0);
    m_currentLabel = new QLabel(this);
    m_current = new QProgressBar(this);
    m_current->setObjectName(QStringLiteral("currentProgress"));
    m_current->setRange(0, 1);
    m_current->setValue(0);
    m_figures = new QLabel(this);
    m_figures->setWordWrap(true);
    m_figures->setObjectName(QStringLiteral("runFigures"));

    auto grid = new QGridLayout(this);
    grid->addWidget(m_overallLabel, 0, 0);
    grid->addWidget(m_overall, 0, 1);
    grid->addWidget(m_currentLabel, 1, 0);
    grid->addWidget(m_current, 1, 1);
    grid->addWidget(m_figures, 2, 0, 1, 2);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    retranslate();
}

int ProgressPanel::runsDone() const
{
    return m_overall->value();
}

QString ProgressPanel::figuresText() const
{
    return m_figures->text();
}

void ProgressPanel::sweepStarted(int plannedRuns)
{
    m_started = true;
    m_overall->setFormat(QStringLiteral("%v / %m"));
    m_current->setFormat(QStringLiteral("%v / %m"));
    m_overall->setRange(0, std::max(1, plannedRuns));
    m_overall->setValue(0);
    m_current->setRange(0, 1);
    m_current->setValue(0);
    m_runTitle.clear();
    m_figures->clear();
}

void ProgressPanel::runStarted(const SweepRunInfo &run)
{
    m_overall->setRange(0, std::max(1, run.plannedRuns));
    m_overall->setValue(run.runIndex);
    const QString repeat = run.isWarmUp()
            ? tr("warm-up")
            : tr("repeat %1 of %2").arg(run.repeat + 1).arg(run.repeats);
    m_runTitle = tr("%1, concurrency %2, %3 (run %4 of %5)")
                         .arg(run.targetLabel)
                         .arg(run.concurrency)
                         .arg(repeat)
                         .arg(run.runIndex + 1)
                         .arg(run.plannedRuns);
    m_current->setRange(0, 1);
    m_current->setValue(0);
    m_figures->setText(m_runTitle);
}

void ProgressPanel::runProgress(const RunProgress &progress)
{
    // QProgressBar counts in int; n fits (the panel caps it at 100 million).
    m_current->setRange(0, int(std::max<qint64>(1, progress.total)));
    m_current->setValue(int(std::min(progress.done, progress.total)));
    QString left = QStringLiteral("?");
    if (progress.done > 0 && progress.elapsedSec > 0) {
        const double rate = double(progress.done) / progress.elapsedSec;
        left = seconds(double(progress.total - progress.done) / rate);
    }
    m_figures->setText(tr("%1 — %2 req/s, %3 failed, elapsed %4 s, about %5 s left")
                               .arg(m_runTitle)
                               .arg(progress.currentRps, 0, 'f', 0)
                               .arg(progress.failed)
                               .arg(seconds(progress.elapsedSec), left));
}

void ProgressPanel::runFinished()
{
    m_overall->setValue(std::min(m_overall->maximum(), m_overall->value() + 1));
    m_current->setValue(m_current->maximum());
}

void ProgressPanel::sweepFinished(bool cancelled)
{
    m_figures->setText(cancelled ? tr("Sweep cancelled after %1 of %2 runs.")
                                           .arg(m_overall->value())
                                           .arg(m_overall->maximum())
                                 : tr("Sweep finished: %1 runs.").arg(m_overall->value()));
}

void ProgressPanel::retranslate()
{
    m_overallLabel->setText(tr("Runs:"));
    m_currentLabel->setText(tr("Current run:"));
    if (!m_started) {
        m_overall->setFormat(tr("No sweep run yet"));
        m_current->setFormat(tr("No sweep run yet"));
    }
}
