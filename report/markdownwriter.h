#pragma once

// MarkdownWriter: the course report's markdown, from a SweepResult. Pure functions,
// any thread. Every figure comes from ReportFigures (RunResult's methods).

#include "reportoptions.h"
#include "sweepresult.h"

#include <QString>
#include <QStringList>

class MarkdownWriter
{
public:
    // One "### Tabel Hasil Benchmark <label>" section and table per target.
    static QString tables(const SweepResult &sweep, const QString &lang);
    // The course report's table for some rows (header, alignment row, centred cells).
    static QString table(const QList<SweepRow> &rows);
    // The whole document: title, tables, extended tables, screenshot links.
    static QString document(const SweepResult &sweep, const ReportOptions &options);

    // ab's mean, p50/p90/p99, Non-2xx, client CPU and why a row has no figures.
    static QString extendedTable(const QList<SweepRow> &rows, const QString &lang);
    // Each cell's repeats: R, median, min-max, the median's 95% CI, CV.
    static QString spreadTable(const QList<SweepRow> &rows, const QString &lang);
    // One line per level and pair of targets: LevelComparison's verdicts,
    // then how they were computed. Empty for a sweep of one target.
    static QString comparisons(const SweepResult &sweep, const QString &lang);
    // The course report's header and alignment rows, byte for byte.
    static QString courseHeaderRow();
    static QString courseAlignmentRow();
    // The course report's nine cells of a row ("-" for every figure of a row without).
    static QStringList courseCells(const SweepRow &row, int number);
    // The title used when options.title and the sweep's title are empty.
    static QString defaultTitle(const QString &lang);
    // Targets in the order their first row appears: key -> rows.
    static QList<QList<SweepRow>> rowsByTarget(const SweepResult &sweep);

private:
    static QString renderTable(const QStringList &headers, const QList<QStringList> &rows);
    static QString centred(const QString &text, int width);
};
