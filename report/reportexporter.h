#pragma once

// ReportExporter: writes a sweep's whole report into a folder: the markdown
// document, dokumentasi/<target>_<c>.png per run, the sweep charts, CSV and
// JSON, each file with QSaveFile (whole or not at all). Runs on any thread
// that has a QApplication/QGuiApplication (charts render off-screen).

#include "reportoptions.h"
#include "sweepresult.h"

#include <QString>
#include <QStringList>

#include <functional>

class ReportExporter
{
public:
    // progress(done, total) per file written. Returns false with *error set
    // (one line) when any file could not be written.
    static bool exportSweep(const SweepResult &sweep, const ReportOptions &options,
                            QString *error = nullptr,
                            const std::function<void(int, int)> &progress = {},
                            QStringList *writtenFiles = nullptr);
};
