// End to end: a sweep of both embedded servers (SweepRunner), then the whole
// report (ReportExporter): every file is there, every PNG is a real picture,
// every figure agrees between the markdown, the CSV, the JSON and the
// RunResults, every link resolves, and the autosaved sweep reloads and
// exports to the same markdown.

#include "markdownwriter.h"
#include "reportexporter.h"
#include "sweeprunner.h"
#include "sweepstore.h"
#include "testports.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// RFC 4180 lines (quoted cells may hold commas and quotes).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (ch == u'"') {
                quoted = false;
            } else {
                cell += ch;
            }
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == u',') {
            row << cell;
            cell.clear();
        } else if (ch == u'\n') {
            row << cell;
            cell.clear();
            rows << row;
            row.clear();
        } else if (ch != u'\r') {
            cell += ch;
        }
    }
    return rows;
}

// The seed's nine cells, formatted here independently of the report code.
QStringList expectedSeedFigures(const RunResult &r)
{
    return {QString::asprintf("%.3f", r.timeTakenSec),
            QString::number(r.complete),
            QString::number(r.failed()),
            QString::number(r.totalTransferred),
            QString::asprintf("%.2f", r.requestsPerSecond()),
            QString::asprintf("%.3f", r.timePerRequestAcrossMs()),
            QString::asprintf("%.2f", r.transferRateKBps())};
}

const QStringList kFigureKeys {QStringLiteral("time_taken_s"),
                               QStringLiteral("complete"),
                               QStringLiteral("failed"),
                               QStringLiteral("total_transferred"),
                               QStringLiteral("requests_per_second"),
                               QStringLiteral("time_per_request_across_ms"),
                               QStringLiteral("transfer_rate_kbps")};
const QList<int> kDecimals {3, 0, 0, 0, 2, 3, 2};

// Cells of the seed tables in the markdown, in order, per heading.
QList<QStringList> seedTableRows(const QString &markdown)
{
    QList<QStringList> rows;
    const QStringList lines = markdown.split(u'\n');
    bool inSeedTable = false;
    for (const QString &line : lines) {
        if (line == MarkdownWriter::courseHeaderRow().trimmed()) {
            inSeedTable = true;
            continue;
        }
        if (!line.startsWith(u'|')) {
            inSeedTable = false;
            continue;
        }
        if (!inSeedTable || line.startsWith(QStringLiteral("|:")))
            continue;
        QStringList cells = line.split(u'|');
        cells = cells.mid(1, cells.size() - 2);
        for (QString &cell : cells)
            cell = cell.trimmed();
        rows << cells;
    }
    return rows;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class tst_SweepReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sweepAndExport();
    void reloadExportsTheSameMarkdown();
    void abortedRunsAreDashRows();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    SweepResult m_result;
    QString m_savedPath;
    QString m_markdown;
};

void tst_SweepReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The autosave goes to the real AppDataLocation, in Qt's test location.
    QStandardPaths::setTestModeEnabled(true);
    SweepConfig config = SweepConfig::defaults();
    config.levels = {1, 5};
    config.requests = 100;
    config.pauseMs = 20;
    config.title = QStringLiteral("Sweep end to end");
    SweepRunner runner;
    QSignalSpy rows(&runner, &SweepRunner::rowFinished);
    QSignalSpy finished(&runner, &SweepRunner::finished);
    runner.start(config);
    QVERIFY(finished.wait(60000));
    QCOMPARE(rows.size(), 4);
    m_result = finished[0][0].value<SweepResult>();
    m_savedPath = finished[0][1].toString();
    QVERIFY2(!m_savedPath.isEmpty(), qPrintable(finished[0][2].toString()));
    QVERIFY(m_savedPath.startsWith(SweepStore::defaultDirectory()));
    QVERIFY(QFileInfo::exists(m_savedPath));
}

void tst_SweepReport::sweepAndExport()
{
    ReportOptions options;
    options.outDir = m_dir.filePath(QStringLiteral("report"));
    QString error;
    QStringList written;
    int progressCalls = 0;
    QVERIFY2(ReportExporter::exportSweep(
                     m_result, options, &error, [&](int, int) { ++progressCalls; }, &written),
             qPrintable(error));
    QVERIFY(progressCalls > 0);
    const QDir out(options.outDir);

    // Every file written is there and not empty; the expected ones are among them.
    QVERIFY(!written.isEmpty());
    QSet<QString> writtenSet;
    for (const QString &file : std::as_const(written)) {
        const QFileInfo info(out, file);
        QVERIFY2(info.isFile() && info.size() > 0, qPrintable(info.filePath()));
        writtenSet.insert(info.canonicalFilePath());
    }
    QStringList expected {options.markdownName, QStringLiteral("results.csv"),
                          QStringLiteral("results.json")};
    for (const SweepRow &row : std::as_const(m_result.rows))
        expected << QStringLiteral("dokumentasi/%1_%2.png").arg(row.targetKey).arg(row.concurrency);
    for (const QString &name : std::as_const(expected)) {
        QVERIFY2(writtenSet.contains(QFileInfo(out, name).canonicalFilePath()), qPrintable(name));
    }

    // Every PNG decodes, has the size of a readable screenshot and is not blank.
    int pngs = 0;
    for (const QString &file : std::as_const(written)) {
        if (!file.endsWith(QStringLiteral(".png")))
            continue;
        ++pngs;
        const QImage image(out.filePath(file));
        QVERIFY2(!image.isNull(), qPrintable(file));
        QVERIFY2(image.width() >= 800 && image.height() >= 500, qPrintable(file));
        if (file.startsWith(QStringLiteral("dokumentasi/")) && file.count(u'_') >= 1
            && !file.contains(QStringLiteral("chart"))) {
            QVERIFY2(image.width() >= 1200 && image.height() >= 700, qPrintable(file));
        }
        const int colours = distinctColours(image);
        QVERIFY2(colours >= 32,
                 qPrintable(QStringLiteral("%1: %2 colours").arg(file).arg(colours)));
    }
    QVERIFY(pngs >= 4 + 3); // a card per run and the three sweep charts

    // Markdown: the seed's table per target; every figure as ab prints it.
    m_markdown = QString::fromUtf8(readAll(out.filePath(options.markdownName)));
    QVERIFY(m_markdown.contains(QStringLiteral("Sweep end to end")));
    QVERIFY(m_markdown.contains(
            QStringLiteral("### Tabel Hasil Benchmark async (QTcpServer, event loop)")));
    const QList<QStringList> mdRows = seedTableRows(m_markdown);
    QCOMPARE(mdRows.size(), m_result.rows.size());

    // CSV and JSON "derived": one row per run, in the same order.
    const QList<QStringList> csv
            = parseCsv(QString::fromUtf8(readAll(out.filePath(QStringLiteral("results.csv")))));
    QCOMPARE(csv.size(), m_result.rows.size() + 1);
    const QStringList header = csv.first();
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(
            readAll(out.filePath(QStringLiteral("results.json"))), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonArray derived = json.object().value(QStringLiteral("derived")).toArray();
    QCOMPARE(derived.size(), m_result.rows.size());

    for (int i = 0; i < m_result.rows.size(); ++i) {
        const SweepRow &row = m_result.rows[i];
        QVERIFY(row.hasFigures);
        const QStringList figures = expectedSeedFigures(row.result);
        const QStringList &md = mdRows[i];
        QCOMPARE(md.size(), 9);
        QCOMPARE(md[0], QString::number(i % 2 + 1));
        QCOMPARE(md[1], QString::number(row.concurrency));
        QCOMPARE(md.mid(2), figures);
        const QStringList &csvRow = csv[i + 1];
        QCOMPARE(csvRow.size(), header.size());
        const QJsonObject jsonRow = derived[i].toObject();
        QCOMPARE(csvRow[header.indexOf(QStringLiteral("target_key"))], row.targetKey);
        QCOMPARE(jsonRow.value(QStringLiteral("target_key")).toString(), row.targetKey);
        QCOMPARE(jsonRow.value(QStringLiteral("concurrency")).toInt(), row.concurrency);
        for (int f = 0; f < kFigureKeys.size(); ++f) {
            const int column = header.indexOf(kFigureKeys[f]);
            QVERIFY2(column >= 0, qPrintable(kFigureKeys[f]));
            QCOMPARE(csvRow[column], figures[f]);
            const QJsonValue value = jsonRow.value(kFigureKeys[f]);
            QVERIFY2(value.isDouble(), qPrintable(kFigureKeys[f]));
            const QString jsonText = kDecimals[f] == 0
                    ? QString::number(value.toInteger())
                    : QString::asprintf("%.*f", kDecimals[f], value.toDouble());
            QCOMPARE(jsonText, figures[f]);
        }
    }
    // The JSON is also a sweep file: it loads back with the same rows.
    QString error2;
    const SweepResult fromReport = SweepResult::fromJson(json.object(), &error2);
    QVERIFY2(error2.isEmpty(), qPrintable(error2));
    QCOMPARE(fromReport.rows.size(), m_result.rows.size());

    // Every link and image in the document resolves inside the folder.
    const QRegularExpression link(QStringLiteral("\\]\\(([^)\\s]+)\\)"));
    int links = 0;
    for (auto it = link.globalMatch(m_markdown); it.hasNext();) {
        const QString target = it.next().captured(1);
        if (target.startsWith(QStringLiteral("http")))
            continue;
        ++links;
        QVERIFY2(QFileInfo(out, target).isFile(), qPrintable(target));
        QVERIFY2(QFileInfo(out, target).canonicalFilePath().startsWith(out.canonicalPath()),
                 qPrintable(target));
    }
    QVERIFY(links >= m_result.rows.size());
}

void tst_SweepReport::reloadExportsTheSameMarkdown()
{
    QVERIFY(!m_markdown.isEmpty());
    SweepResult loaded;
    QString error;
    QVERIFY2(SweepStore::load(m_savedPath, &loaded, &error), qPrintable(error));
    QCOMPARE(QJsonDocument(loaded.toJson()).toJson(), QJsonDocument(m_result.toJson()).toJson());
    ReportOptions options;
    options.outDir = m_dir.filePath(QStringLiteral("again"));
    QVERIFY2(ReportExporter::exportSweep(loaded, options, &error), qPrintable(error));
    const QString again
            = QString::fromUtf8(readAll(QDir(options.outDir).filePath(options.markdownName)));
    QCOMPARE(again, m_markdown);
    QCOMPARE(MarkdownWriter::tables(loaded, QStringLiteral("en")),
             MarkdownWriter::tables(m_result, QStringLiteral("en")));
}

void tst_SweepReport::abortedRunsAreDashRows()
{
    // A refused port: ab stops each run with "apr_socket_recv: Connection
    // refused (111)". Every report file shows ab's "-" row and ab's words.
    const quint16 port = TestPorts::freePort();
    QVERIFY(port != 0);
    SweepConfig config;
    config.repeats = 1; // one run per cell: these are about one run's row
    config.warmUp = false;
    config.targets = {SweepTarget::external(
            QStringLiteral("down"), QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)))};
    config.levels = {1, 2};
    config.requests = 10;
    config.pauseMs = 0;
    config.engine = EngineKind::Qnam;
    SweepRunner runner;
    runner.setSaveDirectory(m_dir.filePath(QStringLiteral("aborted-saved")));
    QSignalSpy finished(&runner, &SweepRunner::finished);
    runner.start(config);
    QVERIFY(finished.wait(60000));
    const auto result = finished[0][0].value<SweepResult>();
    QCOMPARE(result.rows.size(), 2);
    const QString message = QStringLiteral("apr_socket_recv: Connection refused (111)");
    for (const SweepRow &row : result.rows) {
        QVERIFY(!row.hasFigures);
        QCOMPARE(row.reason, message);
        QCOMPARE(row.result.abortStatus, 111);
    }

    ReportOptions options;
    options.outDir = m_dir.filePath(QStringLiteral("aborted"));
    options.lang = QStringLiteral("en");
    QString error;
    QVERIFY2(ReportExporter::exportSweep(result, options, &error), qPrintable(error));
    const QDir out(options.outDir);

    const QString markdown = QString::fromUtf8(readAll(out.filePath(options.markdownName)));
    const QList<QStringList> mdRows = seedTableRows(markdown);
    QCOMPARE(mdRows.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(mdRows[i][0], QString::number(i + 1));
        QCOMPARE(mdRows[i][1], QString::number(config.levels[i]));
        for (int cell = 2; cell < 9; ++cell)
            QCOMPARE(mdRows[i][cell], QStringLiteral("-"));
    }
    QCOMPARE(markdown.count(message), 2); // the details table's note, once per run

    const QList<QStringList> csv
            = parseCsv(QString::fromUtf8(readAll(out.filePath(QStringLiteral("results.csv")))));
    QCOMPARE(csv.size(), 3);
    const int reason = int(csv[0].indexOf(QStringLiteral("reason")));
    const int complete = int(csv[0].indexOf(QStringLiteral("complete")));
    const int hasFigures = int(csv[0].indexOf(QStringLiteral("has_figures")));
    for (int i = 1; i < 3; ++i) {
        QCOMPARE(csv[i][reason], message);
        QCOMPARE(csv[i][hasFigures], QStringLiteral("false"));
        QCOMPARE(csv[i][complete], QString());
    }

    const QJsonObject json
            = QJsonDocument::fromJson(readAll(out.filePath(QStringLiteral("results.json"))))
                      .object();
    const QJsonArray derived = json.value(QStringLiteral("derived")).toArray();
    QCOMPARE(derived.size(), 2);
    for (const QJsonValue &value : derived) {
        const QJsonObject row = value.toObject();
        QCOMPARE(row.value(QStringLiteral("reason")).toString(), message);
        QCOMPARE(row.value(QStringLiteral("has_figures")).toBool(true), false);
        QVERIFY(row.value(QStringLiteral("complete")).isNull());
    }
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject run = rows[0].toObject().value(QStringLiteral("result")).toObject();
    QCOMPARE(run.value(QStringLiteral("abortMessage")).toString(), message);
    QCOMPARE(run.value(QStringLiteral("abortStatus")).toInt(), 111);
}

void tst_SweepReport::cleanupTestCase()
{
    if (!m_savedPath.isEmpty())
        QFile::remove(m_savedPath);
}

QTEST_MAIN(tst_SweepReport)
#include "tst_sweepreport.moc"
