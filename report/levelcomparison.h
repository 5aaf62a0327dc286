#pragma once

// LevelComparison: at one concurrency level, how two targets compare: the
// Hodges-Lehmann ratio of their repeats' requests/s with the Mann-Whitney
// 95% CI (RatioEstimate::hodgesLehmann),
// and the verdict the report and the GUI print ("async / thread = 1.42×
// (95% CI 1.31–1.55)" or "no significant difference"). Pure functions, any
// thread.

#include "ratioestimate.h"
#include "sweepresult.h"

#include <QList>
#include <QString>

struct LevelComparison
{
    int concurrency = 0;
    int targetA = 0; // indices into MarkdownWriter::rowsByTarget; the ratio is A / B
    int targetB = 0;
    QString labelA; // the targets' keys: short, as in "async / thread"
    QString labelB;
    RatioEstimate estimate; // valid only when both cells have figures
    int runsA = 0; // the measured repeats behind the estimate
    int runsB = 0;

    // Every pair of targets (in report order, A before B) at every level of
    // the first target where both have figures; nothing for one target.
    static QList<LevelComparison> of(const SweepResult &sweep);
    // The verdict in the report's language ("id" or "en").
    QString verdict(const QString &lang) const;
    // "1.42×", "1.31–1.55": the ratio's own formats, for tables.
    QString ratioText() const;
    QString intervalText() const;
};
