#pragma once

// ReportFigures: the one list of every figure a report file shows (CSV
// columns, JSON "derived" keys, the markdown tables' cells), each read from
// RunResult's own methods and formatted as ab prints it. Pure functions, any
// thread.

#include "runresult.h"
#include "samplestatistics.h"
#include "sweepresult.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

struct FigureColumn
{
    enum class Kind { Text, Bool, Integer, Decimal };

    QLatin1StringView key; // CSV header and JSON key
    Kind kind = Kind::Text;
    int decimals = 0; // Decimal only: ab's printf precision
    std::function<QVariant(const RunResult &)> value;
};

// A figure of a cell's spread over its repeats (requests/s of each run).
struct SpreadColumn
{
    QLatin1StringView key; // CSV header and JSON key
    FigureColumn::Kind kind = FigureColumn::Kind::Decimal;
    int decimals = 2;
    std::function<QVariant(const SampleStatistics &)> value;
};

class ReportFigures
{
public:
    // Row columns that do not come from a RunResult, then columns().
    static QStringList rowKeys();
    // Every RunResult figure, in CSV order.
    static const QList<FigureColumn> &columns();
    static const FigureColumn *column(QLatin1StringView key);

    // The figure as the report prints it ("2.551", "1000", "true").
    static QString text(const RunResult &result, QLatin1StringView key);
    static QString format(const FigureColumn &column, const QVariant &value);
    // The figure as a number, for charts.
    static double number(const RunResult &result, QLatin1StringView key);
    // The spread of a cell's repeats: repeats, median, min, max, the median's
    // 95% CI and its coverage, CV. After rowKeys() in CSV and JSON rows.
    static const QList<SpreadColumn> &spreadColumns();
    // requests/s of each of the row's measured repeats; count 0 for "-" rows.
    static SampleStatistics spread(const SweepRow &row);
    // A spread figure as the report prints it; "-" for a row without figures.
    static QString spreadCell(const SweepRow &row, QLatin1StringView key);
    static QString spreadText(const SpreadColumn &column, const SampleStatistics &stats);
    // Two spread figures as one range, "190.00–210.00"; "-" without figures.
    static QString spreadInterval(const SweepRow &row, QLatin1StringView low,
                                  QLatin1StringView high);

    // One CSV/JSON row: rowKeys(), spreadColumns() then columns(); figures
    // empty for "-" rows.
    static QStringList csvRow(const SweepRow &row, int number);
    static QJsonObject jsonRow(const SweepRow &row, int number);

    // A table cell as every report and the GUI show it: the figure's text,
    // "-" for a row without figures.
    static QString cell(const SweepRow &row, QLatin1StringView key);
    // The figure as a number for a row, -1 for a row without figures.
    static double rowNumber(const SweepRow &row, QLatin1StringView key);
    // The one note of a row (the markdown details' last column, the GUI's
    // Note column): the reason a row has no figures, the run's error, a
    // cancelled or client-bound run, a pool row's waves (PoolWaves). Plain
    // text; lang "id" or "en".
    static QString note(const SweepRow &row, const QString &lang);

    // ab's number formats, so every writer prints the same digits.
    static QString fixed(double value, int decimals);

private:
    static QList<FigureColumn> buildColumns();
};
