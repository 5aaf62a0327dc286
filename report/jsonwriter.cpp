#include "jsonwriter.h"

#include "markdownwriter.h"
#include "reportfigures.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QJsonObject JsonWriter::object(const SweepResult &sweep)
{
    QJsonObject root = sweep.toJson();
    QJsonArray derived;
    for (const QList<SweepRow> &rows : MarkdownWriter::rowsByTarget(sweep)) {
        for (int i = 0; i < rows.size(); ++i)
            derived.append(ReportFigures::jsonRow(rows[i], i + 1));
    }
    root.insert(u"derived"_s, derived);
    root.insert(u"generator"_s, u"serverbench " SERVERBENCH_VERSION ""_s);
    return root;
}

QByteArray JsonWriter::json(const SweepResult &sweep)
{
    return QJsonDocument(object(sweep)).toJson(QJsonDocument::Indented);
}
