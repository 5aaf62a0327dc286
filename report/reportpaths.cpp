#include "reportpaths.h"

#include "sweepconfig.h"

using namespace Qt::StringLiterals;

QString ReportPaths::fileKey(const QString &targetKey)
{
    // Keys of loaded or hand-made sweeps may not be safe yet; the sweep's own
    // rule keeps file names portable.
    return SweepTarget::safeKey(targetKey);
}

QString ReportPaths::runImage(const SweepRow &row)
{
    return imageDir() + u'/' + fileKey(row.targetKey) + u'_' + QString::number(row.concurrency)
            + u".png";
}

QString ReportPaths::requestsPerSecondChart()
{
    return imageDir() + u"/requests_per_second.png"_s;
}

QString ReportPaths::timePerRequestChart()
{
    return imageDir() + u"/time_per_request.png"_s;
}

QString ReportPaths::failedRequestsChart()
{
    return imageDir() + u"/failed_requests.png"_s;
}

QStringList ReportPaths::sweepCharts()
{
    return {requestsPerSecondChart(), timePerRequestChart(), failedRequestsChart()};
}
