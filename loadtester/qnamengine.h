#pragma once

// QnamEngine: the QNetworkAccessManager engine (full HTTP/1.1 stack, HTTPS,
// redirects off unless asked). One manager opens at most 6 connections per
// host, so each group of 6 virtual users gets its own manager and each user
// runs one request at a time: exactly c requests in flight. The users are spread over QnamWorker
// threads, each with its own event loop; run() blocks its caller and reports
// progress from it. "Total transferred" is rebuilt from the status line, raw
// headers and body, since QNAM hides the wire bytes.

#include "engine.h"

class QnamEngine : public Engine
{
public:
    RunResult run(const LoadTest &test, RunControl &control) override;

    static int defaultThreads(int concurrency);
};
