// FileLimit: raising RLIMIT_NOFILE's soft limit to the hard one.

#include "filelimit.h"

#include <QTest>

#include <sys/resource.h>

class tst_FileLimit : public QObject
{
    Q_OBJECT

private slots:
    void raisesToHardLimit();
};

void tst_FileLimit::raisesToHardLimit()
{
    rlimit old {};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &old), 0);
    if (old.rlim_max < 64)
        QSKIP("the hard limit is too low to lower the soft one");
    rlimit low = old;
    low.rlim_cur = 32;
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &low), 0);
    QCOMPARE(FileLimit::current(), qint64(32));
    const qint64 raised = FileLimit::raise();
    QCOMPARE(FileLimit::current(), raised);
    QCOMPARE(raised, qint64(old.rlim_max == RLIM_INFINITY ? RLIM_INFINITY : old.rlim_max));
    QCOMPARE(FileLimit::raise(), raised); // already at the hard limit
    ::setrlimit(RLIMIT_NOFILE, &old);
}

QTEST_APPLESS_MAIN(tst_FileLimit)
#include "tst_filelimit.moc"
