#include "resultsmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <cmath>

namespace {

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

// ab prints its percentiles in whole ms; keep decimals only when they say something.
QString millis(double value)
{
    return value == std::floor(value) ? fixed(value, 0) : fixed(value, 3);
}

} // namespace

ResultsModel::ResultsModel(QObject *parent) : QAbstractTableModel(parent) { }

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SweepRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), column);
    case SortRole:
        return sortValue(index.row(), column);
    case TargetRole:
        return row.targetLabel;
    case Qt::ToolTipRole: {
        const QString text = note(row);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Qt::TextAlignmentRole:
        if (column == Note || column == Target)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        // A run without figures and a run with failed requests must not pass unnoticed.
        if (!row.hasFigures)
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        if (row.result.failed() > 0 || row.result.non2xx > 0)
            return QBrush(QColor(0xff, 0xf3, 0xcd));
        if (row.result.clientBound())
            return QBrush(QColor(0xe2, 0xe3, 0xf5));
        return {};
    case Qt::ForegroundRole:
        if (!row.hasFigures)
            return QBrush(QColor(0x84, 0x20, 0x29));
        if (row.result.failed() > 0 && (column == Failed || column == Note))
            return QBrush(QColor(0xa0, 0x10, 0x10));
        // The background colours are fixed, so the text colour must be fixed too.
        if (row.result.failed() > 0 || row.result.non2xx > 0 || row.result.clientBound())
            return QBrush(Qt::black);
        return {};
    case Qt::FontRole:
        if (row.hasFigures && row.result.failed() > 0 && column == Failed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QString ResultsModel::computeDisplay(int rowIndex, int column) const
{
    const SweepRow &row = m_rows.at(rowIndex);
    if (column == NoTest)
        return QString::number(testNumber(rowIndex));
    if (column == Concurrency)
        return QString::number(row.concurrency);
    if (column == Target)
        return row.targetLabel;
    if (column == Note)
        return note(row);
    if (!row.hasFigures)
        return QStringLiteral("-");
    const RunResult &r = row.result;
    switch (column) {
    case TimeTaken:
        return fixed(r.timeTakenSec, 3);
    case Complete:
        return QString::number(r.complete);
    case Failed:
        return QString::number(r.failed());
    case TotalTransferred:
        return QString::number(r.totalTransferred);
    case RequestsPerSecond:
        return fixed(r.requestsPerSecond(), 2);
    case TimePerRequest:
        return fixed(r.timePerRequestAcrossMs(), 3);
    case TransferRate:
        return fixed(r.transferRateKBps(), 2);
    case Non2xx:
        return QString::number(r.non2xx);
    case MeanLatency:
        return fixed(r.meanLatencyMs(), 3);
    case P50:
        return millis(r.latencyPercentileMs(50));
    case P90:
        return millis(r.latencyPercentileMs(90));
    case P99:
        return millis(r.latencyPercentileMs(99));
    case ClientCpu:
        return fixed(r.clientCpuPercent(), 0) + u'%';
    default:
        return {};
    }
}

QVariant ResultsModel::computeSortValue(int rowIndex, int column) const
{
    const SweepRow &row = m_rows.at(rowIndex);
    if (column == NoTest)
        return testNumber(rowIndex);
    if (column == Concurrency)
        return row.concurrency;
    if (column == Target)
        return row.targetLabel;
    if (column == Note)
        return note(row);
    if (!row.hasFigures)
        return -1.0;
    const RunResult &r = row.result;
    switch (column) {
    case TimeTaken:
        return r.timeTakenSec;
    case Complete:
        return double(r.complete);
    case Failed:
        return double(r.failed());
    case TotalTransferred:
        return double(r.totalTransferred);
    case RequestsPerSecond:
        return r.requestsPerSecond();
    case TimePerRequest:
        return r.timePerRequestAcrossMs();
    case TransferRate:
        return r.transferRateKBps();
    case Non2xx:
        return double(r.non2xx);
    case MeanLatency:
        return r.meanLatencyMs();
    case P50:
        return r.latencyPercentileMs(50);
    case P90:
        return r.latencyPercentileMs(90);
    case P99:
        return r.latencyPercentileMs(99);
    case ClientCpu:
        return r.clientCpuPercent();
    default:
        return {};
    }
}

QString ResultsModel::note(const SweepRow &row) const
{
    QStringList parts;
    if (!row.reason.isEmpty())
        parts << row.reason;
    if (row.hasFigures) {
        if (!row.result.error.isEmpty() && row.result.error != row.reason)
            parts << row.result.error;
        if (row.result.cancelled)
            parts << tr("cancelled");
        if (row.result.clientBound())
            parts << clientBoundHint();
    }
    return parts.join(QStringLiteral("; "));
}

QString ResultsModel::clientBoundHint()
{
    return tr("client-bound: the client used a full core: these figures measure the client; "
              "try the other engine or fewer threads");
}

// "No test" counts within a target, as the seed's one-table-per-target layout does.
int ResultsModel::testNumber(int row) const
{
    int number = 0;
    const QString key = m_rows.at(row).targetKey;
    for (int i = 0; i <= row; ++i) {
        if (m_rows.at(i).targetKey == key)
            ++number;
    }
    return number;
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows.size())
            return m_rows.at(section).targetKey;
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole && section == TimePerRequest)
        return tr("ab's \"Time per request (mean, across all concurrent requests)\", as in the "
                  "seed's table");
    if (role == Qt::ToolTipRole && section == ClientCpu)
        return tr("CPU the load-testing client used, in % of one core");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NoTest:
        return tr("No test");
    case Concurrency:
        return tr("Concurrency\nlevel");
    case TimeTaken:
        return tr("Time taken\n(s)");
    case Complete:
        return tr("Complete");
    case Failed:
        return tr("Failed");
    case TotalTransferred:
        return tr("Total transferred\n(bytes)");
    case RequestsPerSecond:
        return tr("Requests\nper second");
    case TimePerRequest:
        return tr("Time per\nrequest (ms)");
    case TransferRate:
        return tr("Transfer rate\n(KB/s)");
    case Non2xx:
        return tr("Non-2xx");
    case MeanLatency:
        return tr("Mean latency\n(ms)");
    case P50:
        return tr("p50 (ms)");
    case P90:
        return tr("p90 (ms)");
    case P99:
        return tr("p99 (ms)");
    case ClientCpu:
        return tr("Client CPU");
    case Target:
        return tr("Target");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

QString ResultsModel::display(int rowIndex, int column) const
{
    return column == Note ? note(m_rows.at(rowIndex)) : m_cache.at(rowIndex).display.at(column);
}

QVariant ResultsModel::sortValue(int rowIndex, int column) const
{
    return column == Note ? QVariant(note(m_rows.at(rowIndex)))
                          : m_cache.at(rowIndex).sort.at(column);
}

// The percentiles sort every sample: asked once per row here, not once per
// paint, so a run of many requests cannot stall the GUI thread while it draws.
ResultsModel::CachedRow ResultsModel::computeRow(int rowIndex) const
{
    CachedRow cached;
    for (int column = 0; column < ColumnCount; ++column) {
        const bool note = column == Note;
        cached.display << (note ? QString() : computeDisplay(rowIndex, column));
        cached.sort << (note ? QVariant() : computeSortValue(rowIndex, column));
    }
    return cached;
}

void ResultsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_cache.clear();
    endResetModel();
}

void ResultsModel::setRows(const QList<SweepRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_cache.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_cache << computeRow(i);
    endResetModel();
}

void ResultsModel::appendRow(const SweepRow &row)
{
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(row);
    m_cache << computeRow(at);
    endInsertRows();
}

void ResultsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Note), index(int(m_rows.size()) - 1, Note));
}

QString ResultsModel::toTsv(const QList<int> &rows) const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal).toString().replace(u'\n', u' ');
    lines << header.join(u'\t');
    for (int r : rows) {
        if (r < 0 || r >= m_rows.size())
            continue;
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << display(r, c);
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}
