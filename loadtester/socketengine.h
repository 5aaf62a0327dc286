#pragma once

// SocketEngine: the default, ab-equivalent engine. It sends ab's exact
// request bytes (HTTP/1.0, a connection per request; with keep-alive,
// "Connection: Keep-Alive" and reuse only when the response says so), keeps
// at most c requests in flight, and follows ab's rules: a response ends at
// the server's close (or, kept alive, at Content-Length), -s of silence and
// receive errors abort the test as they abort ab (RunResult::abortMessage),
// and Length failures are counted against the first response. The work runs on SocketWorker threads
// with raw non-blocking sockets and epoll rather than QTcpSocket: measured against nginx (1 worker,
// c=100, a connection per request), a bare one-thread QTcpSocket client reached ~10.5k requests/s
// where ab reached ~12k and this engine ~14.5k; the QObject, notifiers and buffers per connection
// cost more than ab spends. run() blocks its caller and reports progress from it.

#include "engine.h"

#include <memory>
#include <vector>

class SocketWorker;

class SocketEngine : public Engine
{
public:
    RunResult run(const LoadTest &test, RunControl &control) override;

    // Worker threads used when LoadTest::threads is 0 (measured fastest on
    // the 2-core machine, see bench/client.sh).
    static int defaultThreads(int concurrency, bool keepAlive);
    // ab's request bytes for this test.
    static QByteArray requestBytes(const LoadTest &test);

private:
    static QString describeErrors(const RunResult &result,
                                  const std::vector<std::unique_ptr<SocketWorker>> &workers,
                                  const LoadTest &test, qint64 fileLimit);
};
