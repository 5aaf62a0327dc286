#pragma once

// CsvWriter: one row per run with every figure (ReportFigures' columns), RFC
// 4180 quoting, CRLF line ends. Pure functions, any thread.

#include "sweepresult.h"

#include <QString>
#include <QStringList>

class CsvWriter
{
public:
    static QString csv(const SweepResult &sweep);
    static QString line(const QStringList &cells); // with its CRLF
    static QString quoted(const QString &cell); // quoted only when it must be
};
