#pragma once

// ReportExporter: writes a sweep's whole report into a folder: the markdown
// document, dokumentasi/<target>_<c>.png per run, the sweep charts
// (dokumentasi/requests_per_second.png, time_per_request.png,
// failed_requests.png), results.csv and results.json, each file with
// QSaveFile (whole or not at all), the document last so its links never point
// at a file not yet written. Call it on the main thread of a QApplication
// (charts are QGraphicsWidgets; with no display use QT_QPA_PLATFORM=offscreen).

#include "reportoptions.h"
#include "sweepresult.h"

#include <QString>
#include <QStringList>

#include <functional>

class ReportExporter
{
public:
    // progress(done, total) per file written. Returns false with *error set
    // (one line) when any file could not be written. writtenFiles gets the
    // absolute path of every file written, in order.
    static bool exportSweep(const SweepResult &sweep, const ReportOptions &options,
                            QString *error = nullptr,
                            const std::function<void(int, int)> &progress = {},
                            QStringList *writtenFiles = nullptr);
    // Every file exportSweep writes, relative to options.outDir, in order.
    static QStringList plannedFiles(const SweepResult &sweep, const ReportOptions &options);
};
