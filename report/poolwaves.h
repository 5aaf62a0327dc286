#pragma once

// PoolWaves: what a row of the pool model (fixed worker threads, each serving
// one connection at a time) says about its concurrency: with c clients and N
// workers, c - N wait for a free worker, so a request may wait up to
// ceil(c / N) - 1 service times before its own: latency climbs in steps
// ("waves") of N. The report's note, the GUI's Note column and the charts'
// pool marker all read it here. Pure, any thread.

#include "sweepresult.h"

#include <QList>
#include <QString>

class PoolWaves
{
public:
    // The pool's worker threads for a row, 0 when the row is not the pool's
    // (or an old file did not record its size).
    static int workers(const SweepRow &row);
    // ceil(c / N) for a pool row: 1 while every client has a worker, 0 for
    // a row that is not the pool's.
    static int waves(const SweepRow &row);
    // The row's note when c exceeds the pool, else empty. lang "id" or "en".
    static QString note(const SweepRow &row, const QString &lang);
    // Each distinct pool size among the rows, in row order: where the charts
    // mark the concurrency at which waiting starts.
    static QList<int> sizes(const QList<SweepRow> &rows);
};
