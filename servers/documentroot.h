#pragma once

// DocumentRoot: serves regular files from one directory and never anything
// outside it. The request path is decoded once,
// its dot segments removed (climbing above the root is refused), then the file
// is opened with openat2(RESOLVE_BENEATH) relative to a directory fd opened at
// start, so "..", encoded dots, absolute paths and symlinks that leave the root
// all fail in the kernel, with no check-then-open race. Only regular files are
// served. Immutable after construction, so all server threads share one.

#include <QByteArray>
#include <QString>

class DocumentRoot
{
public:
    enum class Outcome { Found, NotFound, BadRequest };
    struct File
    {
        Outcome outcome = Outcome::NotFound;
        QByteArray content;
        QByteArray contentType;
    };

    explicit DocumentRoot(const QString &directory);
    ~DocumentRoot();
    DocumentRoot(const DocumentRoot &) = delete;
    DocumentRoot &operator=(const DocumentRoot &) = delete;

    bool isValid() const { return m_rootFd >= 0; }
    QString directory() const { return m_directory; }

    // rawPath: the path of the request-target (no query), as sent.
    File read(const QByteArray &rawPath) const;

    // Decodes %XX once and removes dot segments. Returns false (400) on a bad
    // escape, a decoded NUL or a path above the root; sets *encodedSlash when
    // %2F appeared (the caller answers 404). Public for the tests.
    static bool normalize(const QByteArray &rawPath, QByteArray *relative, bool *encodedSlash);
    static QByteArray contentTypeFor(const QByteArray &relativePath);

    // The document root shipped in resources/docroot (empty if not found).
    static QString defaultDirectory();

private:
    int openBeneath(const QByteArray &relative) const;

    QString m_directory;
    QString m_canonicalDirectory;
    int m_rootFd = -1;
};
