#include "levelcomparison.h"

#include "markdownwriter.h"
#include "reportfigures.h"
#include "reporttext.h"

using namespace Qt::StringLiterals;

namespace {

const SweepRow *findRow(const QList<SweepRow> &rows, int concurrency)
{
    for (const SweepRow &row : rows) {
        if (row.concurrency == concurrency)
            return &row;
    }
    return nullptr;
}

QString ratio(double value)
{
    // An unbounded bootstrap end (a resample of B with median 0) stays honest.
    return qIsFinite(value) ? ReportFigures::fixed(value, 2) : u"∞"_s;
}

} // namespace

QList<LevelComparison> LevelComparison::of(const SweepResult &sweep)
{
    // The targets as the report groups them, so a sweep rebuilt from rows
    // alone (the GUI's) compares the same pairs.
    const QList<QList<SweepRow>> groups = MarkdownWriter::rowsByTarget(sweep);
    QList<LevelComparison> comparisons;
    if (groups.size() < 2)
        return comparisons;
    for (const SweepRow &first : groups.first()) {
        for (int a = 0; a < groups.size(); ++a) {
            for (int b = a + 1; b < groups.size(); ++b) {
                const SweepRow *rowA = findRow(groups[a], first.concurrency);
                const SweepRow *rowB = findRow(groups[b], first.concurrency);
                if (!rowA || !rowB || !rowA->hasFigures || !rowB->hasFigures)
                    continue;
                LevelComparison comparison;
                comparison.concurrency = first.concurrency;
                comparison.targetA = a;
                comparison.targetB = b;
                comparison.labelA = rowA->targetKey;
                comparison.labelB = rowB->targetKey;
                const QList<double> ratesA = rowA->requestRates();
                const QList<double> ratesB = rowB->requestRates();
                comparison.runsA = int(ratesA.size());
                comparison.runsB = int(ratesB.size());
                comparison.estimate = RatioEstimate::hodgesLehmann(ratesA, ratesB);
                if (comparison.estimate.valid)
                    comparisons << comparison;
            }
        }
    }
    return comparisons;
}

QString LevelComparison::ratioText() const
{
    return ratio(estimate.ratio) + u"×"_s;
}

QString LevelComparison::intervalText() const
{
    return ratio(estimate.ciLow) + u"–"_s + ratio(estimate.ciHigh);
}

QString LevelComparison::verdict(const QString &lang) const
{
    const QString measured = labelA + u" / "_s + labelB + u" = "_s + ratioText() + u" (95% CI "_s
            + intervalText() + u')';
    if (estimate.significant)
        return measured;
    if (estimate.tooFewRuns) {
        // 4 runs against 4 is the least the exact test can confirm at 5%.
        const QString runs = QString::number(runsA) + u" / "_s + QString::number(runsB);
        return ReportText::pick(lang, u"repeat terlalu sedikit untuk memastikan",
                                u"too few repeats to confirm")
                + u" ("_s + runs
                + ReportText::pick(lang, u" run; 4 per sel bisa memastikan",
                                   u" runs; 4 per cell can")
                + u"): "_s + measured;
    }
    return ReportText::pick(lang, u"tidak ada perbedaan yang signifikan",
                            u"no significant difference")
            + u" ("_s + measured + u')';
}
