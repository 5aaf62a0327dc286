#include "csvwriter.h"

#include "markdownwriter.h"
#include "reportfigures.h"

using namespace Qt::StringLiterals;

QString CsvWriter::quoted(const QString &cell)
{
    const bool mustQuote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')
            || cell.contains(u'\r');
    if (!mustQuote)
        return cell;
    QString escaped = cell;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString CsvWriter::line(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &cell : cells)
        out << quoted(cell);
    return out.join(u',') + u"\r\n";
}

QString CsvWriter::csv(const SweepResult &sweep)
{
    QStringList header = ReportFigures::rowKeys();
    for (const SpreadColumn &column : ReportFigures::spreadColumns())
        header << column.key;
    for (const FigureColumn &column : ReportFigures::columns())
        header << column.key;
    QString out = line(header);
    // "No test" counts per target, as in the markdown tables.
    for (const QList<SweepRow> &rows : MarkdownWriter::rowsByTarget(sweep)) {
        for (int i = 0; i < rows.size(); ++i)
            out += line(ReportFigures::csvRow(rows[i], i + 1));
    }
    return out;
}
