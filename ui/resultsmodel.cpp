#include "resultsmodel.h"

#include "reportfigures.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

QLatin1StringView ResultsModel::figureKey(int column)
{
    switch (column) {
    case TimeTaken:
        return "time_taken_s"_L1;
    case Complete:
        return "complete"_L1;
    case Failed:
        return "failed"_L1;
    case TotalTransferred:
        return "total_transferred"_L1;
    case RequestsPerSecond:
        return "requests_per_second"_L1;
    case TimePerRequest:
        return "time_per_request_across_ms"_L1; // the course report's column
    case TransferRate:
        return "transfer_rate_kbps"_L1;
    case Non2xx:
        return "non_2xx"_L1;
    case TimePerRequestMean:
        return "time_per_request_ms"_L1;
    case P50:
        return "latency_p50_ms"_L1;
    case P90:
        return "latency_p90_ms"_L1;
    case P99:
        return "latency_p99_ms"_L1;
    case ClientCpu:
        return "client_cpu_percent"_L1;
    default:
        return {};
    }
}

QLatin1StringView ResultsModel::spreadKey(int column)
{
    switch (column) {
    case Repeats:
        return "repeats"_L1;
    case MedianRps:
        return "rps_median"_L1;
    case MedianCi:
        return "rps_ci95_low"_L1; // sorts by the interval's low end
    case Cv:
        return "rps_cv_percent"_L1;
    default:
        return {};
    }
}

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
        // A narrow column elides its text: the tip gives it whole, under its
        // column's name, and the row's note says why a row is coloured.
        const QString text = note(row);
        if (column == Note)
            return text.isEmpty() ? QVariant() : QVariant(text);
        QString tip = headerData(column, Qt::Horizontal).toString().replace(u'\n', u' ') + u": "_s
                + display(index.row(), column);
        if (!text.isEmpty())
            tip += u'\n' + text;
        return tip;
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

QString ResultsModel::note(const SweepRow &row) const
{
    return ReportFigures::note(row, m_language);
}

void ResultsModel::setLanguage(const QString &lang)
{
    if (lang == m_language)
        return;
    m_language = lang;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Note), index(int(m_rows.size()) - 1, Note));
}

// "No test" counts within a target, as the course report's one table per target does.
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
                  "course report's table");
    if (role == Qt::ToolTipRole && section == TimePerRequestMean)
        return tr("ab's \"Time per request (mean)\", as in the report's details table");
    if (role == Qt::ToolTipRole && section == ClientCpu)
        return tr("CPU the load-testing client used, in % of one core");
    if (role == Qt::ToolTipRole && section == MedianRps)
        return tr("Median requests per second over the cell's repeats; the row shows the "
                  "median run");
    if (role == Qt::ToolTipRole && section == MedianCi)
        return tr("95% confidence interval of the median (order statistics); with fewer than "
                  "6 repeats, the min-max range");
    if (role == Qt::ToolTipRole && section == Cv)
        return tr("Coefficient of variation of requests per second over the repeats");
    if (role == Qt::ToolTipRole) // the whole name, should the column be too narrow for it
        return headerData(section, orientation).toString().replace(u'\n', u' ');
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TestNumber:
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
    case TimePerRequestMean:
        return tr("Time per request\n(mean, ms)");
    case P50:
        return tr("p50 (ms)");
    case P90:
        return tr("p90 (ms)");
    case P99:
        return tr("p99 (ms)");
    case ClientCpu:
        return tr("Client CPU\n(%)");
    case Repeats:
        return tr("Repeats");
    case MedianRps:
        return tr("Median\nrequests/s");
    case MedianCi:
        return tr("Median's\n95% CI");
    case Cv:
        return tr("CV\n(%)");
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
ResultsModel::CachedRow ResultsModel::cacheRow(int rowIndex) const
{
    const SweepRow &row = m_rows.at(rowIndex);
    CachedRow cached;
    for (int column = 0; column < ColumnCount; ++column) {
        const QLatin1StringView key = figureKey(column);
        const QLatin1StringView spread = spreadKey(column);
        if (!key.isEmpty()) {
            cached.display << ReportFigures::cell(row, key);
            cached.sort << ReportFigures::rowNumber(row, key);
        } else if (!spread.isEmpty()) {
            cached.display << (column == MedianCi ? ReportFigures::spreadInterval(
                                       row, spread, "rps_ci95_high"_L1)
                                                  : ReportFigures::spreadCell(row, spread));
            cached.sort << (row.hasFigures ? ReportFigures::spreadCell(row, spread).toDouble()
                                           : -1.0);
        } else if (column == TestNumber) {
            const int number = testNumber(rowIndex);
            cached.display << QString::number(number);
            cached.sort << number;
        } else if (column == Concurrency) {
            cached.display << QString::number(row.concurrency);
            cached.sort << row.concurrency;
        } else if (column == Target) {
            cached.display << row.targetLabel;
            cached.sort << row.targetLabel;
        } else { // Note: in the current language, read when asked
            cached.display << QString();
            cached.sort << QVariant();
        }
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
        m_cache << cacheRow(i);
    endResetModel();
}

void ResultsModel::appendRow(const SweepRow &row)
{
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(row);
    m_cache << cacheRow(at);
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
