#pragma once

// JsonWriter: the sweep as SweepResult::toJson() (so it loads back with
// SweepResult::fromJson) plus a "derived" array: every row's figures from
// ReportFigures, so a reader need not recompute ab's arithmetic. Pure, any
// thread.

#include "sweepresult.h"

#include <QByteArray>
#include <QJsonObject>

class JsonWriter
{
public:
    static QJsonObject object(const SweepResult &sweep);
    static QByteArray json(const SweepResult &sweep); // indented UTF-8
};
