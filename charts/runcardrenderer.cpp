#include "runcardrenderer.h"

#include "abreport.h"
#include "chartkit.h"
#include "reportfigures.h"
#include "reporttext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetrics>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMargin = 20;
constexpr int kBandHeight = 70;
constexpr int kPadding = 14;
constexpr int kChartsWidth = 820;
constexpr double kBucketsPerSecond = 10; // the timeline's buckets are 100 ms
constexpr int kMaxTextColumns = 90; // ab's widest line is 75

QString titleOf(const SweepRow &row)
{
    return row.targetLabel + u"  \u2014  c = " + QString::number(row.concurrency);
}

QString subtitleOf(const SweepRow &row)
{
    const RunResult &r = row.result;
    QString text = u"n = "_s + QString::number(r.requested) + u"   engine "_s
            + (r.engine.isEmpty() ? u"?"_s : r.engine) + u"   keep-alive "_s
            + (r.keepAlive ? u"on"_s : u"off"_s);
    if (!r.url.isEmpty())
        text += u"   "_s + r.url;
    return text;
}

void paintBand(QPainter &painter, const QRect &rect, const QColor &color, const QString &title,
               const QString &subtitle)
{
    painter.fillRect(rect, color);
    painter.setPen(Qt::white);
    painter.setFont(ChartKit::font(22, true));
    const QRect inner = rect.adjusted(kMargin, 6, -kMargin, -6);
    painter.drawText(inner, Qt::AlignLeft | Qt::AlignTop, title);
    painter.setFont(ChartKit::font(ChartKit::kTextPx + 1));
    painter.drawText(inner, Qt::AlignLeft | Qt::AlignBottom, subtitle);
}

} // namespace

std::unique_ptr<QChart> RunCardRenderer::latencyChart(const SweepRow &row, const QString &lang)
{
    std::unique_ptr<QChart> chart(ChartKit::createChart(
            ReportText::pick(lang, u"Latensi per persentil (ms)", u"Latency by percentile (ms)")));
    if (!row.hasFigures)
        return chart;
    const RunResult &r = row.result;
    const QColor color = ChartKit::seriesColor(row.targetIndex);
    auto set = new QBarSet(u"Latency (ms)"_s);
    set->setColor(color);
    set->setBorderColor(color.darker(120));
    set->setLabelColor(ChartKit::inkColor());
    set->setLabelFont(ChartKit::font(ChartKit::kSmallPx));
    QStringList categories;
    double max = 0;
    for (const auto &entry : r.percentiles()) {
        const double ms = r.latencyPercentileMs(entry.first);
        categories << QString::number(entry.first) + u'%';
        *set << ms;
        max = std::max(max, ms);
    }
    auto series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(u"@value"_s);
    series->setLabelsPrecision(max >= 100 ? 5 : 3);
    auto x = new QBarCategoryAxis;
    ChartKit::styleAxis(x,
                        ReportText::pick(lang, u"Persentase request", u"Percentage of requests"));
    x->append(categories);
    auto y = ChartKit::valueAxis(u"ms"_s, 0, max * 1.18, ChartKit::labelFormatFor(max));
    ChartKit::attach(chart.get(), series, x, y);
    chart->legend()->setVisible(false);
    return chart;
}

std::unique_ptr<QChart> RunCardRenderer::throughputChart(const SweepRow &row, const QString &lang)
{
    std::unique_ptr<QChart> chart(ChartKit::createChart(ReportText::pick(
            lang, u"Throughput selama run (per 100 ms)", u"Throughput over the run (per 100 ms)")));
    if (!row.hasFigures)
        return chart;
    const RunResult &r = row.result;
    const QColor color = ChartKit::seriesColor(row.targetIndex);
    auto completed = new QLineSeries;
    completed->setName(ReportText::pick(lang, u"selesai / s", u"completed / s"));
    auto failed = new QLineSeries;
    failed->setName(ReportText::pick(lang, u"gagal / s", u"failed / s"));
    double max = 0;
    // Steps, not a slope: each bucket is a flat 100 ms, the last one only as
    // long as the run lasted in it.
    const qsizetype buckets = r.timeline.size();
    double seconds = 0.1;
    for (qsizetype i = 0; i < buckets; ++i) {
        const double from = double(i) / kBucketsPerSecond;
        double width = 1 / kBucketsPerSecond;
        if (i == buckets - 1)
            width = std::clamp(r.timeTakenSec - from, 0.01, width);
        const double ok = double(r.timeline[i].completed) / width;
        const double bad = double(r.timeline[i].failed) / width;
        completed->append(from, ok);
        completed->append(from + width, ok);
        failed->append(from, bad);
        failed->append(from + width, bad);
        max = std::max({max, ok, bad});
        seconds = from + width;
    }
    auto mean = new QLineSeries;
    mean->setName(ReportText::pick(lang, u"rata-rata (Requests per second)",
                                   u"mean (Requests per second)"));
    mean->append(0, r.requestsPerSecond());
    mean->append(seconds, r.requestsPerSecond());
    max = std::max(max, r.requestsPerSecond());

    completed->setPen(QPen(color, 2.5));
    failed->setPen(QPen(ChartKit::failureColor(), 2.5));
    mean->setPen(QPen(QColor(0x55, 0x55, 0x55), 1.5, Qt::DashLine));
    // Runs shorter than a few seconds read better in milliseconds: a seconds
    // axis over 0.1 s repeats "0.0" on every tick.
    const bool inMs = seconds < 2;
    if (inMs) {
        for (QLineSeries *series : {completed, failed, mean}) {
            QList<QPointF> points = series->points();
            for (QPointF &p : points)
                p.setX(p.x() * 1000);
            series->replace(points);
        }
    }
    const double span = inMs ? seconds * 1000 : seconds;
    auto x = ChartKit::valueAxis(inMs ? ReportText::pick(lang, u"Waktu (ms)", u"Time (ms)")
                                      : ReportText::pick(lang, u"Waktu (s)", u"Time (s)"),
                                 0, span, ChartKit::labelFormatFor(span));
    auto y = ChartKit::valueAxis(u"Requests / s"_s, 0, max * 1.1);
    // The mean first, so the measured lines are drawn over it.
    ChartKit::attach(chart.get(), mean, x, y);
    ChartKit::attach(chart.get(), completed, x, y);
    ChartKit::attach(chart.get(), failed, x, y);
    return chart;
}

QImage RunCardRenderer::render(const SweepRow &row, const QString &lang)
{
    return row.hasFigures ? renderFigures(row, lang) : renderNoFigures(row, lang);
}

QImage RunCardRenderer::renderFigures(const SweepRow &row, const QString &lang)
{
    const QColor color = ChartKit::seriesColor(row.targetIndex);
    QStringList lines = AbReport::format(row.result).split(u'\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();

    // The report text sets the card's size: it is the screenshot's point.
    const QFont mono = ChartKit::monoFont(ChartKit::kTextPx);
    const QFontMetrics metrics(mono);
    // A long URL or server name must not push the charts off the card.
    const int maxTextWidth = metrics.horizontalAdvance(QString(kMaxTextColumns, u'0'));
    int textWidth = 0;
    for (QString &line : lines) {
        line = metrics.elidedText(line, Qt::ElideRight, maxTextWidth);
        textWidth = std::max(textWidth, metrics.horizontalAdvance(line));
    }
    const int textHeight = int(lines.size()) * metrics.lineSpacing();
    const QRect textPanel(kMargin, kBandHeight + kMargin, textWidth + 2 * kPadding,
                          textHeight + 2 * kPadding);
    const int width = std::max(kMinWidth, textPanel.right() + kMargin + kChartsWidth + kMargin);
    const int height = std::max({kMinHeight, 760, textPanel.bottom() + kMargin});

    QImage image = ChartKit::canvas(QSize(width, height));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintBand(painter, QRect(0, 0, width, kBandHeight), color, titleOf(row), subtitleOf(row));

    painter.setPen(QColor(0xd0, 0xd7, 0xde));
    painter.setBrush(QColor(0xf6, 0xf8, 0xfa));
    painter.drawRoundedRect(textPanel, 6, 6);
    painter.setPen(ChartKit::inkColor());
    painter.setFont(mono);
    int y = textPanel.top() + kPadding + metrics.ascent();
    for (const QString &line : std::as_const(lines)) {
        painter.drawText(textPanel.left() + kPadding, y, line);
        y += metrics.lineSpacing();
    }

    const int chartsLeft = textPanel.right() + kMargin;
    const int chartsTop = kBandHeight + kMargin / 2;
    const int chartsHeight = height - chartsTop - kMargin / 2;
    const QRectF upper(chartsLeft, chartsTop, width - chartsLeft - kMargin, chartsHeight / 2.0);
    const QRectF lower(chartsLeft, upper.bottom(), upper.width(), chartsHeight / 2.0);
    const auto latency = latencyChart(row, lang);
    ChartKit::render(latency.get(), &painter, upper);
    const auto throughput = throughputChart(row, lang);
    ChartKit::render(throughput.get(), &painter, lower);
    painter.end();
    return image;
}

QImage RunCardRenderer::renderNoFigures(const SweepRow &row, const QString &lang)
{
    const int width = kMinWidth;
    const int height = kMinHeight;
    QImage image = ChartKit::canvas(QSize(width, height));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintBand(painter, QRect(0, 0, width, kBandHeight), QColor(0x6e, 0x77, 0x81), titleOf(row),
              ReportText::pick(lang, u"Run ini tidak menghasilkan angka (\"-\" di tabel)",
                               u"This run produced no figures (\"-\" in the table)"));

    const QRect panel(kMargin * 3, kBandHeight + kMargin * 3, width - kMargin * 6,
                      height - kBandHeight - kMargin * 6);
    painter.setPen(QPen(ChartKit::failureColor(), 2));
    painter.setBrush(QColor(0xfd, 0xf0, 0xf0));
    painter.drawRoundedRect(panel, 10, 10);

    const QRect inner = panel.adjusted(kMargin * 2, kMargin * 2, -kMargin * 2, -kMargin * 2);
    painter.setPen(ChartKit::failureColor());
    painter.setFont(ChartKit::font(34, true));
    const QString heading = ReportText::pick(lang, u"Tidak ada angka", u"No figures");
    painter.drawText(inner, Qt::AlignLeft | Qt::AlignTop, heading);
    const int headingHeight = QFontMetrics(painter.font()).lineSpacing() + kMargin;

    painter.setPen(ChartKit::inkColor());
    painter.setFont(ChartKit::font(20));
    const QString reason = row.reason.isEmpty()
            ? ReportText::pick(lang, u"(alasan tidak tercatat)", u"(no reason recorded)")
            : row.reason;
    const QString text = ReportText::pick(lang, u"Alasan: ", u"Reason: ") + reason;
    painter.drawText(inner.adjusted(0, headingHeight, 0, 0),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    // What was attempted, when the sweep kept it.
    if (row.result.requested > 0) {
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.setFont(ChartKit::font(ChartKit::kTextPx + 2));
        painter.drawText(inner, Qt::AlignLeft | Qt::AlignBottom, subtitleOf(row));
    }
    painter.end();
    return image;
}
