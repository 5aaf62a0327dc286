#pragma once

// CheckedInteger: the one parser for whole numbers typed by a user (command
// options, GUI fields). It accepts what a person means by a whole number and
// nothing that atoi or QString::toLongLong would quietly read differently.
// Pure function, any thread.

#include <QStringView>

#include <limits>
#include <optional>

namespace CheckedInteger {

// Optional white space, an optional '+' or '-', then decimal digits only,
// within [minimum, maximum]. nullopt for "", "+", "1e3", "0x10", "1.0", a
// number that overflows qint64, and one outside the range.
std::optional<qint64> parse(QStringView text, qint64 minimum = std::numeric_limits<qint64>::min(),
                            qint64 maximum = std::numeric_limits<qint64>::max());

} // namespace CheckedInteger
