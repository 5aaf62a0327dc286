#pragma once

// ResultsModel: one table row per sweep run (SweepRow), the course report's
// columns first, then the figures of the markdown details table. Every cell
// is ReportFigures' text of the figure (the markdown and CSV cells) and every
// note ReportFigures::note: the model computes nothing itself. GUI thread.

#include "sweepresult.h"

#include <QAbstractTableModel>
#include <QLatin1StringView>
#include <QList>
#include <QStringList>
#include <QVariant>

class ResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TestNumber, // "No test": the run's number within its target
        Concurrency,
        TimeTaken,
        Complete,
        Failed,
        TotalTransferred,
        RequestsPerSecond,
        TimePerRequest,
        TransferRate,
        Non2xx,
        TimePerRequestMean, // ab's "(mean)"
        P50,
        P90,
        P99,
        ClientCpu,
        Repeats, // the cell's spread over its repeats (ReportFigures::spreadColumns)
        MedianRps,
        MedianCi,
        Cv,
        Target,
        Note,
        ColumnCount
    };
    // Numeric value of a cell for sorting; -1 when the run has no figures.
    static constexpr int SortRole = Qt::UserRole;
    // The row's target label (all columns), for grouping series.
    static constexpr int TargetRole = Qt::UserRole + 1;

    explicit ResultsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void clear();
    void setRows(const QList<SweepRow> &rows);
    void appendRow(const SweepRow &row);
    const QList<SweepRow> &rows() const { return m_rows; }
    const SweepRow &sweepRow(int row) const { return m_rows.at(row); }

    // Re-reads the header labels in the current language.
    void retranslate();
    // The selected rows as tab-separated text with a header line.
    QString toTsv(const QList<int> &rows) const;

    // The language of the notes ("id" or "en"), as the report's.
    void setLanguage(const QString &lang);
    QString language() const { return m_language; }

    // The ReportFigures key a column shows; empty for TestNumber,
    // Concurrency, Target and Note.
    static QLatin1StringView figureKey(int column);
    // The ReportFigures spread key a column shows; empty for the others
    // (MedianCi shows rps_ci95_low–rps_ci95_high).
    static QLatin1StringView spreadKey(int column);

private:
    struct CachedRow
    {
        QStringList display;
        QList<QVariant> sort;
    };
    QString display(int rowIndex, int column) const;
    QVariant sortValue(int rowIndex, int column) const;
    CachedRow cacheRow(int rowIndex) const;
    QString note(const SweepRow &row) const;
    int testNumber(int row) const;

    QList<SweepRow> m_rows;
    QList<CachedRow> m_cache; // the cells, Note excepted (it is in the current language)
    QString m_language = QStringLiteral("en");
};
