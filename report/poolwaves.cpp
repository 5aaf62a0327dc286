#include "poolwaves.h"

#include "reporttext.h"

using namespace Qt::StringLiterals;

int PoolWaves::workers(const SweepRow &row)
{
    return qMax(0, row.poolWorkers);
}

int PoolWaves::waves(const SweepRow &row)
{
    const int n = workers(row);
    if (n == 0 || row.concurrency <= 0)
        return 0;
    return (row.concurrency + n - 1) / n;
}

QString PoolWaves::note(const SweepRow &row, const QString &lang)
{
    const int n = workers(row);
    const int count = waves(row);
    if (count <= 1)
        return {};
    // Only what follows from c and N: the figures themselves are in the row.
    // The steps show across levels (the charts' pool marker), not within one
    // run: in a closed loop most requests of a run wait about equally long.
    const QString c = QString::number(row.concurrency);
    const QString pool = QString::number(n);
    const QString waiting = QString::number(row.concurrency - n);
    const QString steps = QString::number(count);
    if (ReportText::isEnglish(lang))
        return u"c %1 > pool %2: %3 waves; %4 clients wait for a free worker, so latency "
               u"climbs in steps of %2 clients (expected p100 ≈ %3× one request's service time)"_s
                       .arg(c, pool, steps, waiting);
    return u"c %1 > pool %2: %3 gelombang; %4 klien menunggu worker yang bebas, sehingga "
           u"latensi naik bertahap per %2 klien (perkiraan p100 ≈ %3× waktu layanan satu "
           u"request)"_s.arg(c, pool, steps, waiting);
}

QList<int> PoolWaves::sizes(const QList<SweepRow> &rows)
{
    QList<int> found;
    for (const SweepRow &row : rows) {
        const int n = workers(row);
        if (n > 0 && !found.contains(n))
            found << n;
    }
    return found;
}
