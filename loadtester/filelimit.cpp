#include "filelimit.h"

#include <sys/resource.h>

namespace FileLimit {

qint64 raise()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            return qint64(raised.rlim_cur);
    }
    return qint64(limit.rlim_cur);
}

qint64 current()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    return qint64(limit.rlim_cur);
}

} // namespace FileLimit
