#pragma once

// QnamEngine: the QNetworkAccessManager engine (full HTTP/1.1 stack, HTTPS,
// redirects off unless asked). One manager opens at most 6 connections per
// host, so each group of 6 virtual users gets its own manager and each user
// runs one request at a time: exactly c requests in flight. The users are spread over QnamWorker
// threads, each with its own event loop; run() blocks its caller and reports
// progress from it. "Total transferred" is rebuilt from the status line, raw
// headers and body, since QNAM hides the wire bytes.
//
// ab's rules: QNAM speaks HTTP/1.1 and finds the end of each response
// itself, so body framing is QNAM's (LoadTest::framing does not apply), but
// -s is ab's poll timeout (no progress on any reply for -s seconds stops the
// run: RunResult::abortMessage "apr_pollset_poll: ... (70007)", status 119)
// unless LoadTest::timeoutPerRequest; a receive error stops the run as ab
// does (apr_socket_recv: <strerror> (<errno>)) unless -r
// (!LoadTest::receiveErrorsAbort); -l (variableLength) means no Length
// failures. A refused connection is ab's receive error (ECONNREFUSED), -r
// counting it as ab does. QNAM reports a reset and an orderly close alike
// (QnamWorker::receiveErrno() says how the engine chooses). -B, -b and -v
// are refused (unsupportedOption()).

#include "engine.h"

class QnamEngine : public Engine
{
public:
    RunResult run(const LoadTest &test, RunControl &control) override;

    static int defaultThreads(int concurrency);
    // ab's options QNAM cannot honour (-B, -b other than 0, -v other than
    // 0): one line saying which, or empty. run() refuses such a test;
    // `serverbench ab --engine qnam` refuses the command line.
    static QString unsupportedOption(const LoadTest &test);
};
