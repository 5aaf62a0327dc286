#include "sweepchartswidget.h"

#include "chartkit.h"
#include "embeddedmodelsintro.h"
#include "levelcomparison.h"
#include "resultsmodel.h"
#include "sweepchartrenderer.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>
#include <QXYSeries>

#include <cmath>

SweepChartsWidget::SweepChartsWidget(QWidget *parent) : QWidget(parent)
{
    m_logScale = new QCheckBox(this);
    m_logScale->setObjectName(QStringLiteral("logScaleCheck"));
    connect(m_logScale, &QCheckBox::toggled, this, &SweepChartsWidget::rebuild);

    m_rpsView = ChartKit::createView(ChartKit::createChart({}), this);
    m_timeView = ChartKit::createView(ChartKit::createChart({}), this);
    m_rpsView->setObjectName(QStringLiteral("rpsChartView"));
    m_timeView->setObjectName(QStringLiteral("timeChartView"));

    auto charts = new QHBoxLayout;
    charts->addWidget(m_rpsView);
    charts->addWidget(m_timeView);
    m_verdicts = new QLabel(this);
    m_verdicts->setObjectName(QStringLiteral("verdictLabel"));
    m_verdicts->setWordWrap(true);
    m_verdicts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("chartsIntroLabel"));
    m_intro->setTextFormat(Qt::RichText);
    m_intro->setWordWrap(true);
    m_intro->setFrameShape(QFrame::StyledPanel);
    m_intro->setMargin(8);
    m_intro->setFont(ChartKit::font(ChartKit::kTextPx));
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_logScale);
    layout->addLayout(charts, 1);
    layout->addWidget(m_verdicts);
    retranslate();
}

void SweepChartsWidget::setModel(ResultsModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &SweepChartsWidget::rebuild);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &SweepChartsWidget::rebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SweepChartsWidget::rebuild);
    }
    rebuild();
}

void SweepChartsWidget::setLevels(const QList<int> &levels)
{
    if (levels == m_levels)
        return;
    m_levels = levels;
    rebuild();
}

void SweepChartsWidget::setLanguage(const QString &lang)
{
    m_language = lang;
}

QString SweepChartsWidget::verdictText() const
{
    return m_verdicts->text();
}

bool SweepChartsWidget::logScale() const
{
    return m_logScale->isChecked();
}

void SweepChartsWidget::setLogScale(bool on)
{
    m_logScale->setChecked(on);
}

bool SweepChartsWidget::isIntroShown() const
{
    return !m_intro->isHidden();
}

QString SweepChartsWidget::introText() const
{
    return m_intro->text();
}

QChart *SweepChartsWidget::rpsChart() const
{
    return m_rpsView->chart();
}

QChart *SweepChartsWidget::timeChart() const
{
    return m_timeView->chart();
}

void SweepChartsWidget::retranslate()
{
    m_logScale->setText(tr("Logarithmic axes"));
    m_intro->setText(
            tr("<p><b>No sweep yet.</b> Pick the targets on the left and press <b>F5</b> "
               "(<b>Run Sweep</b>), or open a saved sweep (File menu). Requests/s and time per "
               "request against concurrency appear here, the very charts the report gets.</p>")
            + EmbeddedModelsIntro::html());
    rebuild();
}

void SweepChartsWidget::rebuild()
{
    SweepResult sweep;
    sweep.config.levels = m_levels;
    if (m_model)
        sweep.rows = m_model->rows();
    const bool log = logScale();
    m_rpsPoints
            = install(m_rpsView, SweepChartRenderer::requestsPerSecondChart(sweep, m_language, log),
                      tr("requests/s"));
    m_timePoints = install(
            m_timeView, SweepChartRenderer::timePerRequestChart(sweep, m_language, log), tr("ms"));
    QStringList verdicts;
    const QList<LevelComparison> comparisons = LevelComparison::of(sweep);
    for (const LevelComparison &comparison : comparisons)
        verdicts << QStringLiteral("c = %1: %2")
                            .arg(comparison.concurrency)
                            .arg(comparison.verdict(m_language));
    m_verdicts->setText(verdicts.join(u'\n'));
    m_verdicts->setVisible(!verdicts.isEmpty());
    m_intro->setVisible(m_levels.isEmpty() && sweep.rows.isEmpty());
}

QList<QXYSeries *> SweepChartsWidget::install(QChartView *view, SweepChart built,
                                              const QString &unit)
{
    m_shownLevels = built.levels;
    QChart *old = view->chart();
    view->setChart(built.chart.release()); // the view owns it now, and no longer the old one
    delete old;
    for (QXYSeries *series : std::as_const(built.points)) {
        connect(series, &QXYSeries::hovered, this,
                [this, series, unit](const QPointF &point, bool state) {
                    showPointTip(series, point, state, unit);
                });
    }
    return built.points;
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
    const int index = int(std::lround(nearest.x()));
    const int level = index >= 0 && index < m_shownLevels.size() ? m_shownLevels.at(index) : index;
    QToolTip::showText(QCursor::pos(),
                       tr("%1, concurrency %2: %3 %4")
                               .arg(series->name())
                               .arg(level)
                               .arg(nearest.y(), 0, 'f', 2)
                               .arg(unit));
}
