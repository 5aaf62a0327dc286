#include "levellist.h"

#include "checkedinteger.h"
#include "loadtest.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace LevelList {

namespace {

// Empty when a level lies between 1 and ab's limit.
QString rangeProblem(qint64 level)
{
    if (level < 1)
        return QCoreApplication::translate("LevelList", "Concurrency level %1 must be at least 1")
                .arg(level);
    if (level > LoadTest::kMaxConcurrency)
        return QCoreApplication::translate("LevelList",
                                           "Concurrency level %1 is above ab's limit of %2")
                .arg(level)
                .arg(LoadTest::kMaxConcurrency);
    return {};
}

} // namespace

std::optional<QList<int>> parse(const QString &text, QString *error, qint64 maxLevel)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QList<int> levels;
    for (const QString &word : words) {
        const std::optional<qint64> level = CheckedInteger::parse(word);
        if (!level) {
            *error = QCoreApplication::translate(
                             "LevelList",
                             "\"%1\" is not a whole number: enter levels like 1, 5, 10")
                             .arg(word);
            return std::nullopt;
        }
        const QString problem = rangeProblem(*level);
        if (!problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
        levels << int(*level);
    }
    *error = check(levels, maxLevel);
    if (!error->isEmpty())
        return std::nullopt;
    return levels;
}

QString check(const QList<int> &levels, qint64 maxLevel)
{
    if (levels.isEmpty())
        return QCoreApplication::translate("LevelList",
                                           "Enter at least one concurrency level, e.g. 1, 5, 10");
    QSet<int> seen;
    for (const int level : levels) {
        const QString problem = rangeProblem(level);
        if (!problem.isEmpty())
            return problem;
        if (maxLevel > 0 && level > maxLevel)
            return QCoreApplication::translate(
                           "LevelList",
                           "Concurrency level %1 is greater than requests per run (%2)")
                    .arg(level)
                    .arg(maxLevel);
        if (seen.contains(level))
            return QCoreApplication::translate("LevelList", "Concurrency level %1 is listed twice")
                    .arg(level);
        seen.insert(level);
    }
    return {};
}

QString format(const QList<int> &levels)
{
    QStringList words;
    for (const int level : levels)
        words << QString::number(level);
    return words.join(QStringLiteral(", "));
}

} // namespace LevelList
