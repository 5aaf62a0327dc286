#include "documentroot.h"
#include "httpsyntax.h"

#include "serverslog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {

constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

using HttpSyntax::hexValue;

} // namespace

DocumentRoot::DocumentRoot(const QString &directory) : m_directory(directory)
{
    m_canonicalDirectory = QFileInfo(directory).canonicalFilePath();
    if (m_canonicalDirectory.isEmpty())
        return;
    m_rootFd = ::open(QFile::encodeName(m_canonicalDirectory).constData(),
                      O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_rootFd < 0)
        qCWarning(lcServers) << "cannot open document root" << directory;
}

DocumentRoot::~DocumentRoot()
{
    if (m_rootFd >= 0)
        ::close(m_rootFd);
}

QString DocumentRoot::defaultDirectory()
{
    QStringList candidates;
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        candidates << appDir + QStringLiteral("/../share/serverbench/docroot");
    }
#ifdef SERVERBENCH_DOCROOT_DIR
    candidates << QStringLiteral(SERVERBENCH_DOCROOT_DIR);
#endif
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isDir())
            return QDir::cleanPath(candidate);
    }
    return {};
}

bool DocumentRoot::normalize(const QByteArray &rawPath, QByteArray *relative, bool *encodedSlash)
{
    *encodedSlash = false;
    relative->clear();
    if (!rawPath.startsWith('/'))
        return false;
    // Decode exactly once: "%252e" stays the literal "%2e" (CVE-2021-42013).
    QByteArray decoded;
    decoded.reserve(rawPath.size());
    for (qsizetype i = 0; i < rawPath.size(); ++i) {
        char c = rawPath.at(i);
        if (c == '%') {
            if (i + 2 >= rawPath.size())
                return false;
            const int hi = hexValue(rawPath.at(i + 1));
            const int lo = hexValue(rawPath.at(i + 2));
            if (hi < 0 || lo < 0)
                return false;
            c = char(hi * 16 + lo);
            i += 2;
            if (c == '\0')
                return false;
            if (c == '/') {
                *encodedSlash = true; // a slash inside a segment names no file here
                c = '\x01';
            }
        }
        decoded.append(c);
    }
    // Remove dot segments (RFC 3986 §5.2.4) on the decoded path, so %2e%2e
    // counts as ".."; climbing above the root is an error, not a clamp.
    QList<QByteArrayView> segments;
    qsizetype start = 0;
    while (start <= decoded.size()) {
        qsizetype slash = decoded.indexOf('/', start);
        if (slash < 0)
            slash = decoded.size();
        const QByteArrayView segment(decoded.constData() + start, slash - start);
        if (segment == "..") {
            if (segments.isEmpty())
                return false;
            segments.removeLast();
        } else if (!segment.isEmpty() && segment != ".") {
            segments.append(segment);
        }
        start = slash + 1;
    }
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            relative->append('/');
        relative->append(segments.at(i));
    }
    return true;
}

QByteArray DocumentRoot::contentTypeFor(const QByteArray &relativePath)
{
    const qsizetype dot = relativePath.lastIndexOf('.');
    const qsizetype slash = relativePath.lastIndexOf('/');
    if (dot < 0 || dot < slash)
        return QByteArrayLiteral("application/octet-stream");
    const QByteArray extension = relativePath.mid(dot + 1).toLower();
    static const struct
    {
        const char *extension;
        const char *type;
    } kTypes[] = {
            {"html", "text/html; charset=utf-8"},
            {"htm", "text/html; charset=utf-8"},
            {"txt", "text/plain; charset=utf-8"},
            {"css", "text/css; charset=utf-8"},
            {"js", "text/javascript; charset=utf-8"},
            {"json", "application/json"},
            {"png", "image/png"},
            {"jpg", "image/jpeg"},
            {"jpeg", "image/jpeg"},
            {"gif", "image/gif"},
            {"svg", "image/svg+xml"},
            {"ico", "image/x-icon"},
            {"webp", "image/webp"},
            {"mp4", "video/mp4"},
            {"pdf", "application/pdf"},
            {"xml", "application/xml"},
    };
    for (const auto &entry : kTypes) {
        if (extension == entry.extension)
            return QByteArray(entry.type);
    }
    return QByteArrayLiteral("application/octet-stream");
}

int DocumentRoot::openBeneath(const QByteArray &relative) const
{
    // O_NONBLOCK so that a FIFO in the root cannot block the serving thread.
    const int flags = O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK;
    open_how how {};
    how.flags = flags;
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
    const long fd = ::syscall(SYS_openat2, m_rootFd, relative.constData(), &how, sizeof how);
    if (fd >= 0 || errno != ENOSYS)
        return int(fd);
    // Kernels before 5.6: resolve, then compare whole path components.
    const QString candidate = QFileInfo(m_canonicalDirectory + u'/' + QFile::decodeName(relative))
                                      .canonicalFilePath();
    if (candidate.isEmpty() || !candidate.startsWith(m_canonicalDirectory + u'/'))
        return -1;
    return ::open(QFile::encodeName(candidate).constData(), flags | O_NOFOLLOW);
}

DocumentRoot::File DocumentRoot::read(const QByteArray &rawPath) const
{
    File file;
    QByteArray relative;
    bool encodedSlash = false;
    if (!normalize(rawPath, &relative, &encodedSlash)) {
        file.outcome = Outcome::BadRequest;
        return file;
    }
    if (encodedSlash || relative.isEmpty() || m_rootFd < 0)
        return file;
    const int fd = openBeneath(relative);
    if (fd < 0)
        return file;
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || info.st_size > kMaxFileBytes) {
        ::close(fd);
        return file;
    }
    QByteArray content(qsizetype(info.st_size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < content.size()) {
        const ssize_t n = ::read(fd, content.data() + done, size_t(content.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += n;
    }
    ::close(fd);
    content.truncate(done); // a file that shrank meanwhile: serve what was there
    file.outcome = Outcome::Found;
    file.content = std::move(content);
    file.contentType = contentTypeFor(relative);
    return file;
}
