// DocumentRoot: decoding, dot segments and the openat2 confinement, on a
// temporary root with a secret file beside it and symlinks pointing out.

#include "documentroot.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class tst_DocumentRoot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void normalize_data();
    void normalize();
    void read_data();
    void read();
    void contentType_data();
    void contentType();
    void defaultDirectoryShipsFiles();

private:
    QTemporaryDir m_base;
    QString m_root;
};

namespace {

const QByteArray kSecret = "TOP-SECRET-CONTENT";

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

void tst_DocumentRoot::initTestCase()
{
    QVERIFY(m_base.isValid());
    // base/secret.txt is outside the root; base/www is the root.
    m_root = m_base.filePath(QStringLiteral("www"));
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/static/sub")));
    QVERIFY(writeFile(m_base.filePath(QStringLiteral("secret.txt")), kSecret));
    QVERIFY(writeFile(m_root + QStringLiteral("/static/a.txt"), "hello a"));
    QVERIFY(writeFile(m_root + QStringLiteral("/index.html"), "<p>index</p>"));
    QVERIFY(writeFile(m_root + QStringLiteral("/%2e.txt"), "literal percent name"));
    QVERIFY(QFile::link(m_base.filePath(QStringLiteral("secret.txt")),
                        m_root + QStringLiteral("/escape.txt")));
    QVERIFY(QFile::link(m_base.path(), m_root + QStringLiteral("/up")));
    QVERIFY(QFile::link(QStringLiteral("/etc"), m_root + QStringLiteral("/etc")));
    QVERIFY(QFile::link(QStringLiteral("static/a.txt"), m_root + QStringLiteral("/inside.txt")));
}

void tst_DocumentRoot::normalize_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("relative");
    QTest::addColumn<bool>("encodedSlash");

    QTest::newRow("plain") << QByteArray("/static/a.txt") << true << QByteArray("static/a.txt")
                           << false;
    QTest::newRow("dot segments inside") << QByteArray("/static/../static/./a.txt") << true
                                         << QByteArray("static/a.txt") << false;
    QTest::newRow("double slash") << QByteArray("//static//a.txt") << true
                                  << QByteArray("static/a.txt") << false;
    QTest::newRow("above root") << QByteArray("/../../etc/passwd") << false << QByteArray()
                                << false;
    QTest::newRow("encoded dots") << QByteArray("/static/%2e%2e/%2e%2e/etc/passwd") << false
                                  << QByteArray() << false;
    QTest::newRow("dot-%2e") << QByteArray("/static/.%2e/.%2e/x") << false << QByteArray() << false;
    QTest::newRow("double encoded")
            << QByteArray("/static/%252e%252e/x") << true << QByteArray("static/%2e%2e/x") << false;
    QTest::newRow("CVE-2021-42013")
            << QByteArray("/static/%%32%65%%32%65/x") << false << QByteArray() << false;
    QTest::newRow("encoded slash") << QByteArray("/static/..%2f..%2fetc/passwd") << true
                                   << QByteArray("static/..\x01..\x01"
                                                 "etc/passwd")
                                   << true;
    QTest::newRow("bad escape") << QByteArray("/static/%zz") << false << QByteArray() << false;
    QTest::newRow("truncated escape") << QByteArray("/a%2") << false << QByteArray() << false;
    QTest::newRow("encoded NUL") << QByteArray("/static/a.txt%00.html") << false << QByteArray()
                                 << false;
    QTest::newRow("no leading slash")
            << QByteArray("static/a.txt") << false << QByteArray() << false;
}

void tst_DocumentRoot::normalize()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, ok);
    QFETCH(QByteArray, relative);
    QFETCH(bool, encodedSlash);
    QByteArray actual;
    bool actualSlash = false;
    QCOMPARE(DocumentRoot::normalize(raw, &actual, &actualSlash), ok);
    if (ok) {
        QCOMPARE(actual, relative);
        QCOMPARE(actualSlash, encodedSlash);
    }
}

void tst_DocumentRoot::read_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QByteArray>("content");

    const int found = int(DocumentRoot::Outcome::Found);
    const int notFound = int(DocumentRoot::Outcome::NotFound);
    const int bad = int(DocumentRoot::Outcome::BadRequest);
    QTest::newRow("file") << QByteArray("/static/a.txt") << found << QByteArray("hello a");
    QTest::newRow("back inside") << QByteArray("/static/../static/a.txt") << found
                                 << QByteArray("hello a");
    QTest::newRow("symlink inside root")
            << QByteArray("/inside.txt") << found << QByteArray("hello a");
    QTest::newRow("decoded once") << QByteArray("/%252e.txt") << found
                                  << QByteArray("literal percent name");
    QTest::newRow("missing") << QByteArray("/static/nope.txt") << notFound << QByteArray();
    QTest::newRow("directory") << QByteArray("/static") << notFound << QByteArray();
    QTest::newRow("root dir") << QByteArray("/./") << notFound << QByteArray();
    QTest::newRow("dot dot") << QByteArray("/../secret.txt") << bad << QByteArray();
    QTest::newRow("encoded dot dot") << QByteArray("/%2e%2e/secret.txt") << bad << QByteArray();
    QTest::newRow("encoded slash")
            << QByteArray("/static/..%2f..%2fsecret.txt") << notFound << QByteArray();
    QTest::newRow("symlink to file outside")
            << QByteArray("/escape.txt") << notFound << QByteArray();
    QTest::newRow("symlink to dir outside")
            << QByteArray("/up/secret.txt") << notFound << QByteArray();
    QTest::newRow("symlink to /etc") << QByteArray("/etc/passwd") << notFound << QByteArray();
    QTest::newRow("NUL") << QByteArray("/static/a.txt%00") << bad << QByteArray();
    QTest::newRow("backslashes") << QByteArray("/static/..\\..\\secret.txt") << notFound
                                 << QByteArray();
}

void tst_DocumentRoot::read()
{
    QFETCH(QByteArray, path);
    QFETCH(int, outcome);
    QFETCH(QByteArray, content);
    const DocumentRoot root(m_root);
    QVERIFY(root.isValid());
    const DocumentRoot::File file = root.read(path);
    QCOMPARE(int(file.outcome), outcome);
    QCOMPARE(file.content, content);
    QVERIFY(!file.content.contains(kSecret));
}

void tst_DocumentRoot::contentType_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("html") << QByteArray("index.html") << QByteArray("text/html; charset=utf-8");
    QTest::newRow("upper") << QByteArray("A.PNG") << QByteArray("image/png");
    QTest::newRow("css") << QByteArray("css/style.css") << QByteArray("text/css; charset=utf-8");
    QTest::newRow("txt") << QByteArray("a.txt") << QByteArray("text/plain; charset=utf-8");
    QTest::newRow("none") << QByteArray("dir.d/README") << QByteArray("application/octet-stream");
}

void tst_DocumentRoot::contentType()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, type);
    QCOMPARE(DocumentRoot::contentTypeFor(path), type);
}

void tst_DocumentRoot::defaultDirectoryShipsFiles()
{
    const QString directory = DocumentRoot::defaultDirectory();
    QVERIFY(!directory.isEmpty());
    const DocumentRoot root(directory);
    for (const char *path : {"/index.html", "/hello.txt", "/css/style.css", "/logo.png"})
        QCOMPARE(int(root.read(path).outcome), int(DocumentRoot::Outcome::Found));
    QVERIFY(root.read("/logo.png").content.startsWith("\x89PNG"));
}

QTEST_APPLESS_MAIN(tst_DocumentRoot)
#include "tst_documentroot.moc"
