#include "runcardrenderer.h"

#include "reasontext.h"

#include "abreport.h"
#include "chartkit.h"
#include "reportfigures.h"
#include "reporttext.h"

#include <QChart>
#include <QFontMetrics>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMargin = 20;
constexpr int kBandHeight = 70;
constexpr int kPadding = 14;
constexpr int kChartsWidth = 820;
constexpr int kMaxTextColumns = 90; // ab's widest line is 75

QString titleOf(const SweepRow &row)
{
    return row.targetLabel + u"  \u2014  c = " + QString::number(row.concurrency);
}

QString subtitleOf(const SweepRow &row)
{
    const RunResult &r = row.result;
    QString text = u"n = "_s + QString::number(r.requested) + u"   engine "_s
            + (r.engine.isEmpty() ? u"?"_s : r.engine)
            + (r.engineWorkers > 0 ? u" ("_s + QString::number(r.engineWorkers) + u" workers)"_s
                                   : QString())
            + u"   keep-alive "_s + (r.keepAlive ? u"on"_s : u"off"_s);
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
    // Every point the samples allow, and ab's table on it as markers.
    auto curve = new QLineSeries;
    curve->setName(ReportText::pick(lang, u"setiap request", u"every request"));
    double max = 0;
    for (const auto &point : r.latencyCurve()) {
        curve->append(point.first, point.second);
        max = std::max(max, point.second);
    }
    auto table = new QScatterSeries;
    table->setName(ReportText::pick(lang, u"tabel persentil ab", u"ab's percentage table"));
    for (const auto &entry : r.percentiles())
        table->append(entry.first, r.latencyPercentileMs(entry.first));
    // Quartiles: five labels stay readable in the GUI's smallest view.
    auto x = ChartKit::spanAxis(
            ReportText::pick(lang, u"Persentase request (%)", u"Percentage of requests (%)"), 0,
            100, 4);
    auto y = ChartKit::valueAxis(u"ms"_s, 0, max * 1.05);
    // Few ticks: the GUI's run view gives this chart ~60 px of height, where
    // six labels would overlap and be elided to "...".
    ChartKit::setSpan(y, 0, max > 0 ? max * 1.05 : 1, 3);
    ChartKit::attach(chart.get(), curve, x, y);
    ChartKit::attach(chart.get(), table, x, y);
    curve->setPen(QPen(color, 2.5)); // after addSeries, which applies the theme's pen
    table->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    table->setMarkerSize(9);
    table->setColor(ChartKit::paperColor());
    table->setBorderColor(color.darker(140));
    table->setPen(QPen(color.darker(140), 2));
    return chart;
}

QString RunCardRenderer::bucketText(qint64 us)
{
    if (us < 1000)
        return QString::number(us) + u" \u00b5s"_s;
    if (us < 1'000'000)
        return QString::number(double(us) / 1e3, 'g', 6) + u" ms"_s;
    return QString::number(double(us) / 1e6, 'g', 6) + u" s"_s;
}

std::unique_ptr<QChart> RunCardRenderer::throughputChart(const SweepRow &row, const QString &lang)
{
    const RunResult &r = row.result;
    QString title = ReportText::pick(lang, u"Throughput selama run", u"Throughput over the run");
    if (row.hasFigures)
        title += u" (per "_s + bucketText(RunResult::rateBucketUs(r.spanUs())) + u')';
    std::unique_ptr<QChart> chart(ChartKit::createChart(title));
    if (!row.hasFigures)
        return chart;
    const QColor color = ChartKit::seriesColor(row.targetIndex);
    auto completed = new QLineSeries;
    completed->setName(ReportText::pick(lang, u"selesai / s", u"completed / s"));
    auto failed = new QLineSeries;
    failed->setName(ReportText::pick(lang, u"gagal / s", u"failed / s"));
    // Runs shorter than a few seconds read better in milliseconds: a seconds
    // axis over 0.1 s repeats "0.0" on every tick.
    const double spanSec = double(r.spanUs()) / 1e6;
    const bool inMs = spanSec < 2;
    const double unit = inMs ? 1000 : 1;
    double max = 0;
    double end = 0;
    // Steps, not a slope: each bucket is flat over its own length (the last
    // one only as long as the run lasted in it).
    for (const RateBucket &b : r.rateTimeline()) {
        const double from = b.startSec * unit;
        const double to = (b.startSec + b.widthSec) * unit;
        completed->append(from, b.completedPerSec());
        completed->append(to, b.completedPerSec());
        failed->append(from, b.failedPerSec());
        failed->append(to, b.failedPerSec());
        max = std::max({max, b.completedPerSec(), b.failedPerSec()});
        end = to;
    }
    auto mean = new QLineSeries;
    mean->setName(ReportText::pick(lang, u"rata-rata (Requests per second)",
                                   u"mean (Requests per second)"));
    mean->append(0, r.requestsPerSecond());
    mean->append(end, r.requestsPerSecond());
    max = std::max(max, r.requestsPerSecond());

    auto x = ChartKit::spanAxis(inMs ? ReportText::pick(lang, u"Waktu (ms)", u"Time (ms)")
                                     : ReportText::pick(lang, u"Waktu (s)", u"Time (s)"),
                                0, end > 0 ? end : 1);
    auto y = ChartKit::valueAxis(u"Requests / s"_s, 0, max * 1.1);
    // The mean first, so the measured lines are drawn over it.
    ChartKit::attach(chart.get(), mean, x, y);
    ChartKit::attach(chart.get(), completed, x, y);
    ChartKit::attach(chart.get(), failed, x, y);
    completed->setPen(QPen(color, 2.5)); // after addSeries, which applies the theme's pen
    failed->setPen(QPen(ChartKit::failureColor(), 2.5));
    mean->setPen(QPen(QColor(0x55, 0x55, 0x55), 1.5, Qt::DashLine));
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
            : ReasonText::translated(row.reason);
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
