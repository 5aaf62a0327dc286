#include "httpdate.h"

#include <ctime>

QByteArrayView httpDate()
{
    struct Cache
    {
        std::time_t second = -1;
        char text[40] = {};
        qsizetype length = 0;
    };
    thread_local Cache cache;
    const std::time_t now = std::time(nullptr);
    if (now != cache.second) {
        std::tm tm {};
        gmtime_r(&now, &tm);
        // strftime's %a/%b follow the C locale, which is what HTTP wants:
        // Qt and the serve command never call setlocale(LC_TIME).
        cache.length = qsizetype(
                std::strftime(cache.text, sizeof cache.text, "%a, %d %b %Y %H:%M:%S GMT", &tm));
        cache.second = now;
    }
    return QByteArrayView(cache.text, cache.length);
}
