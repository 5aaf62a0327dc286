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

#include <future>

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

// zlib level 1 (Qt maps PNG quality 80 to it): a third faster to encode than
// the default level, for files about 5% larger.
constexpr int kPngQuality = 80;

// Writes one file of the report whole or not at all. Safe on any thread: it
// only touches its own QSaveFile and the (already rendered) image.
bool writeFile(const QString &path, const QImage *image, const QByteArray &bytes, QString *error)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = u"cannot write "_s + QDir::toNativeSeparators(path) + u": "_s + out.errorString();
        return false;
    }
    const bool ok = image ? !image->isNull() && image->save(&out, "PNG", kPngQuality)
                          : out.write(bytes) == bytes.size();
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
    // Charts render on this thread (Qt Charts needs it); each PNG is encoded
    // and written on another thread while the next one renders, so the
    // export takes about the rendering time alone on two cores.
    std::future<QString> pending; // the error of the file being encoded, or ""
    int done = 0;
    const auto finishPending = [&]() -> bool {
        if (!pending.valid())
            return true;
        message = pending.get();
        if (!message.isEmpty())
            return false;
        ++done;
        if (progress)
            progress(done, total);
        return true;
    };
    for (int i = 0; i < total; ++i) {
        const QString path = QDir::cleanPath(dir.absoluteFilePath(files[i].path));
        if (files[i].image) {
            QImage image = files[i].image();
            if (!finishPending())
                return fail(message);
            pending = std::async(std::launch::async, [path, image = std::move(image)] {
                QString error;
                writeFile(path, &image, {}, &error);
                return error;
            });
        } else {
            // Text last, the markdown after everything it links to.
            if (!finishPending())
                return fail(message);
            if (!writeFile(path, nullptr, files[i].bytes(), &message))
                return fail(message);
            ++done;
            if (progress)
                progress(done, total);
        }
        if (writtenFiles)
            *writtenFiles << path;
    }
    if (!finishPending())
        return fail(message);
    qCDebug(lcReport) << "wrote" << total << "files into" << dir.absolutePath();
    return true;
}
