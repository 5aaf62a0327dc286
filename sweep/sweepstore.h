#pragma once

// SweepStore: where finished sweeps are kept as JSON (the user's data folder,
// AppDataLocation/sweeps/, unless a directory is given), so no result is ever
// lost and any sweep can be loaded and exported again. Static functions,
// safe from any thread (files are written with QSaveFile; the summaries'
// cache is behind a mutex).

#include "sweepresult.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class SweepStore
{
public:
    struct Entry
    {
        QString path; // absolute
        QString fileName; // "<timestamp>.json"
        QDateTime modified;
        qint64 size = 0;

        // What the file holds, so a list can say which sweep it is. A file
        // that cannot be read or is not a sweep stays in the list with
        // readable false and error saying why (one line, names the file).
        bool readable = false;
        QString error;
        QDateTime startedAt; // the sweep's; the file's time when it has none
        QString title;
        QStringList targetKeys;
        QList<int> levels;
        qint64 requests = 0;
        bool cancelled = false;

        // "3 Dec 14:05 — async, thread, py · c 1,5,10 · n 1000" (the title
        // after the date when there is one), the date in locale's words;
        // the file name when it is not readable. Language-neutral: c and n
        // are ab's option letters.
        QString summary(const QLocale &locale = QLocale()) const;
    };

    // AppDataLocation/sweeps (may not exist yet).
    static QString defaultDirectory();
    // Saves under dir (default when empty) as <yyyyMMdd-HHmmss-zzz>.json, never
    // overwriting another sweep. Returns the path, or "" with *error set.
    static QString save(const SweepResult &sweep, const QString &dir = {},
                        QString *error = nullptr);
    // Newest first; at most limit entries (0 = all). Each file is read once
    // while it stays unchanged (a sweep file is megabytes of samples).
    static QList<Entry> list(const QString &dir = {}, int limit = 0);
    // One file's entry, as list() makes it (for a sweep outside the folder).
    static Entry entry(const QString &path);
    // false with *error (one line, names the file) when it cannot be read or
    // is not a sweep.
    static bool load(const QString &path, SweepResult *sweep, QString *error = nullptr);
};
