#pragma once

// ReportOptions: where and how a sweep's report is written.

#include <QString>

struct ReportOptions
{
    QString outDir = QStringLiteral("serverbench-report");
    QString markdownName = QStringLiteral("benchmark.md");
    QString lang = QStringLiteral("id"); // "id" (the seed's) or "en"
    QString title; // empty = the sweep's title, else a default title in lang
    QString author; // empty = the sweep's author, if any
    bool extendedTable = true; // add ab's mean, p50/p90/p99, Non-2xx, client CPU
};
