#pragma once

// MarkdownWriter: the seed's markdown, from a SweepResult. Pure functions.

#include "reportoptions.h"
#include "sweepresult.h"

#include <QString>

class MarkdownWriter
{
public:
    // One "### Tabel Hasil Benchmark <label>" section and table per target.
    static QString tables(const SweepResult &sweep, const QString &lang);
    // The seed's table for some rows (header, alignment row, centred cells).
    static QString table(const QList<SweepRow> &rows);
    // The whole document: title, tables, extended tables, screenshot links.
    static QString document(const SweepResult &sweep, const ReportOptions &options);
};
