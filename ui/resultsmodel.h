#pragma once

// ResultsModel: one table row per sweep run (SweepRow), the seed's columns
// first, then the figures beyond ab's table. It only formats what RunResult
// computes; the table, its copy and the sweep charts all read it. GUI thread.

#include "sweepresult.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

class ResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NoTest,
        Concurrency,
        TimeTaken,
        Complete,
        Failed,
        TotalTransferred,
        RequestsPerSecond,
        TimePerRequest,
        TransferRate,
        Non2xx,
        MeanLatency,
        P50,
        P90,
        P99,
        ClientCpu,
        Target,
        Note,
        ColumnCount
    };
    // Numeric value of a cell for sorting and charts; -1 when the run has no figures.
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

    static QString clientBoundHint();

private:
    struct CachedRow
    {
        QStringList display;
        QList<QVariant> sort;
    };
    QString display(int rowIndex, int column) const;
    QVariant sortValue(int rowIndex, int column) const;
    QString computeDisplay(int rowIndex, int column) const;
    QVariant computeSortValue(int rowIndex, int column) const;
    CachedRow computeRow(int rowIndex) const;
    QString note(const SweepRow &row) const;
    int testNumber(int row) const;

    QList<SweepRow> m_rows;
    QList<CachedRow> m_cache; // formatted cells, Note excepted (it is translated)
};
