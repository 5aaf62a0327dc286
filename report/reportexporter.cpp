#include "reportexporter.h"

#include "csvwriter.h"
#include "jsonwriter.h"
#include "markdownwriter.h"
#include "reportlog.h"
#include "reportpaths.h"
#include "runcardrenderer.h"
#include "sweepchartrenderer.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSaveFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

// One file of the report: its path in the folder and how to make its bytes.
struct ReportFile
{
    QString path;
    std::function<QImage()> image; // a PNG, or
    std::function<QByteArray()> bytes; // text
};

QList<ReportFile> reportFiles(const SweepResult &sweep, const ReportOptions &options)
{
    QList<ReportFile> files;
    const QString lang = options.lang;
    for (const SweepRow &row : sweep.rows) {
        files << ReportFile {ReportPaths::runImage(row),
                             [row, lang] { return RunCardRenderer::render(row, lang); },
                             {}};
    }
    if (!sweep.rows.isEmpty()) {
        files << ReportFile {
                ReportPaths::requestsPerSecondChart(),
                [&sweep, lang] { return SweepChartRenderer::requestsPerSecond(sweep, lang); },
                {}};
        files << ReportFile {
                ReportPaths::timePerRequestChart(),
                [&sweep, lang] { return SweepChartRenderer::timePerRequest(sweep, lang); },
                {}};
        files << ReportFile {
                ReportPaths::failedRequestsChart(),
                [&sweep, lang] { return SweepChartRenderer::failedRequests(sweep, lang); },
                {}};
    }
    files << ReportFile {ReportPaths::csvName(), {}, [&sweep] {
                             return CsvWriter::csv(sweep).toUtf8();
                         }};
    files << ReportFile {ReportPaths::jsonName(), {}, [&sweep] {
                             return JsonWriter::json(sweep);
                         }};
    // Last: the document links to everything above.
    files << ReportFile {options.markdownName, {}, [&sweep, options] {
                             return MarkdownWriter::document(sweep, options).toUtf8();
                         }};
    return files;
}

bool writeFile(const QString &path, const ReportFile &file, QString *error)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = u"cannot write "_s + QDir::toNativeSeparators(path) + u": "_s + out.errorString();
        return false;
    }
    bool ok = false;
    if (file.image) {
        const QImage image = file.image();
        ok = !image.isNull() && image.save(&out, "PNG");
    } else {
        const QByteArray bytes = file.bytes();
        ok = out.write(bytes) == bytes.size();
    }
    if (!ok) {
        out.cancelWriting();
        *error = u"cannot write "_s + QDir::toNativeSeparators(path) + u": "_s
                + (out.errorString().isEmpty() ? u"rendering failed"_s : out.errorString());
        return false;
    }
    if (!out.commit()) {
        *error = u"cannot write "_s + QDir::toNativeSeparators(path) + u": "_s + out.errorString();
        return false;
    }
    return true;
}

} // namespace

QStringList ReportExporter::plannedFiles(const SweepResult &sweep, const ReportOptions &options)
{
    QStringList paths;
    for (const ReportFile &file : reportFiles(sweep, options))
        paths << file.path;
    return paths;
}

bool ReportExporter::exportSweep(const SweepResult &sweep, const ReportOptions &options,
                                 QString *error, const std::function<void(int, int)> &progress,
                                 QStringList *writtenFiles)
{
    QString message;
    const auto fail = [&](const QString &text) {
        qCWarning(lcReport).noquote() << text;
        if (error)
            *error = text;
        return false;
    };
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return fail(u"cannot render charts: no QApplication (with no display, set "
                    u"QT_QPA_PLATFORM=offscreen)"_s);
    if (QThread::currentThread() != QCoreApplication::instance()->thread())
        return fail(u"cannot render charts outside the application's main thread"_s);
    if (options.markdownName.isEmpty() || options.markdownName.contains(u'/'))
        return fail(u"bad markdown file name '"_s + options.markdownName + u"'"_s);

    const QString outDir = options.outDir.isEmpty() ? u"."_s : options.outDir;
    QDir dir(outDir);
    if (!dir.mkpath(ReportPaths::imageDir()))
        return fail(u"cannot create folder "_s
                    + QDir::toNativeSeparators(dir.absoluteFilePath(ReportPaths::imageDir())));

    const QList<ReportFile> files = reportFiles(sweep, options);
    const int total = int(files.size());
    for (int i = 0; i < total; ++i) {
        const QString path = QDir::cleanPath(dir.absoluteFilePath(files[i].path));
        if (!writeFile(path, files[i], &message))
            return fail(message);
        if (writtenFiles)
            *writtenFiles << path;
        if (progress)
            progress(i + 1, total);
    }
    qCDebug(lcReport) << "wrote" << total << "files into" << dir.absolutePath();
    return true;
}
