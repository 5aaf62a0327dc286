#pragma once

// SweepResult: every row a sweep produced, in order, plus the config that
// produced them. A row without figures keeps the reason ("-" in the report).

#include "runresult.h"
#include "sweepconfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

struct SweepRow
{
    int targetIndex = 0;
    QString targetKey;
    QString targetLabel;
    int concurrency = 0;
    bool hasFigures = false;
    RunResult result; // meaningful when hasFigures
    QString reason; // why there are no figures (or a warning)

    QJsonObject toJson() const;
    static SweepRow fromJson(const QJsonObject &object);
};

struct SweepResult
{
    SweepConfig config;
    QDateTime startedAt;
    QDateTime finishedAt;
    bool cancelled = false;
    QList<SweepRow> rows;

    QList<SweepRow> rowsOf(const QString &targetKey) const;
    QJsonObject toJson() const;
    static SweepResult fromJson(const QJsonObject &object, QString *error = nullptr);
};
