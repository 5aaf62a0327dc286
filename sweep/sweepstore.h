#pragma once

// SweepStore: where finished sweeps are kept as JSON (the user's data folder,
// AppDataLocation/sweeps/, unless a directory is given), so no result is ever
// lost and any sweep can be loaded and exported again. Stateless functions,
// safe from any thread (files are written with QSaveFile).

#include "sweepresult.h"

#include <QDateTime>
#include <QList>
#include <QString>

class SweepStore
{
public:
    struct Entry
    {
        QString path; // absolute
        QString fileName; // "<timestamp>.json"
        QDateTime modified;
        qint64 size = 0;
    };

    // AppDataLocation/sweeps (may not exist yet).
    static QString defaultDirectory();
    // Saves under dir (default when empty) as <yyyyMMdd-HHmmss-zzz>.json, never
    // overwriting another sweep. Returns the path, or "" with *error set.
    static QString save(const SweepResult &sweep, const QString &dir = {},
                        QString *error = nullptr);
    // Newest first; at most limit entries (0 = all).
    static QList<Entry> list(const QString &dir = {}, int limit = 0);
    // false with *error (one line, names the file) when it cannot be read or
    // is not a sweep.
    static bool load(const QString &path, SweepResult *sweep, QString *error = nullptr);
};
