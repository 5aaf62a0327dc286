#pragma once

// httpDate(): the current time as an IMF-fixdate ("Sun, 06 Nov 1994 08:49:37
// GMT") for the Date header. Formatted at most once a second per thread
// (thread_local cache), because every response carries it and formatting a
// QDateTime per request costs more than the rest of a small response.

#include <QByteArrayView>

QByteArrayView httpDate();
