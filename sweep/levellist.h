#pragma once

// LevelList: the one syntax for a list of concurrency levels, as typed in the
// GUI's field and given to `serverbench sweep --levels`: whole numbers
// separated by commas, semicolons or white space ("1,5,10", "1, 5, 10",
// "1 5 10"). Each level is at least 1 and at most ab's limit, none twice.
// Parsed once where the text enters; inner layers trust the QList<int>.
// Pure functions, any thread; messages are translatable (context "ConfigPanel").

#include <QList>
#include <QString>

#include <optional>

namespace LevelList {

// The levels in order, or nullopt with *error saying why (in the user's
// language). With maxLevel > 0 (the requests per run), a level above it is
// refused too, as ab refuses c > n.
std::optional<QList<int>> parse(const QString &text, QString *error, qint64 maxLevel = 0);
// The rules parse() applies to each level, for a list that did not come from
// text (a saved sweep): empty when they hold.
QString check(const QList<int> &levels, qint64 maxLevel = 0);
// "1, 5, 10": what parse() reads back to the same list.
QString format(const QList<int> &levels);

} // namespace LevelList
