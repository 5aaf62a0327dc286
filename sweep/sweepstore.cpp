#include "sweepstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMutex>
#include <QMutexLocker>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

// Entries by absolute path; one is reused while the file's time and size are
// unchanged, so opening File > Recent does not parse every sweep again.
QMutex cacheMutex;
QHash<QString, SweepStore::Entry> entryCache;

void describe(SweepStore::Entry *entry, const SweepResult &sweep)
{
    entry->readable = true;
    entry->error.clear();
    entry->startedAt = sweep.startedAt.isValid() ? sweep.startedAt : entry->modified;
    entry->title = sweep.config.title;
    entry->targetKeys.clear();
    for (const SweepTarget &target : sweep.config.targets)
        entry->targetKeys << target.key;
    entry->levels = sweep.config.levels;
    entry->requests = sweep.config.requests;
    entry->cancelled = sweep.cancelled;
}

SweepStore::Entry fileEntry(const QFileInfo &info)
{
    SweepStore::Entry entry;
    entry.path = info.absoluteFilePath();
    entry.fileName = info.fileName();
    entry.modified = info.lastModified();
    entry.size = info.size();
    return entry;
}

void remember(const SweepStore::Entry &entry)
{
    const QMutexLocker locker(&cacheMutex);
    entryCache.insert(entry.path, entry);
}

// A file as save() writes it (compact, keys sorted) has the config before the
// rows and the start time after them, and the rows are megabytes of samples:
// this parses the parts around the rows alone (a tenth of a second saved per
// file). False when the file is laid out otherwise; load() then decides.
bool loadWithoutRows(const QString &path, SweepResult *sweep)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray data = file.readAll();
    // Unescaped quotes cannot occur inside a JSON string, and no object
    // inside config or a row has these keys, so each marks the top level.
    const qsizetype rows = data.indexOf(R"(,"rows":[)");
    const qsizetype started = data.lastIndexOf(R"(],"startedAt":)");
    if (!data.startsWith('{') || rows < 0 || started < rows)
        return false;
    QJsonParseError headError;
    QJsonParseError tailError;
    const QJsonDocument head = QJsonDocument::fromJson(data.left(rows) + '}', &headError);
    const QJsonDocument tail = QJsonDocument::fromJson('{' + data.mid(started + 2), &tailError);
    if (headError.error != QJsonParseError::NoError || tailError.error != QJsonParseError::NoError
        || !head.isObject() || !tail.isObject())
        return false;
    QJsonObject object = head.object();
    const QJsonObject end = tail.object();
    for (auto it = end.begin(); it != end.end(); ++it)
        object.insert(it.key(), it.value());
    object.insert(QStringLiteral("rows"), QJsonArray());
    QString why;
    *sweep = SweepResult::fromJson(object, &why);
    return why.isEmpty();
}

// Levels as ab's -c values; a long list keeps its ends so the text stays short.
QString levelsText(const QList<int> &levels)
{
    constexpr int kMaxShown = 8;
    QStringList parts;
    for (qsizetype i = 0; i < levels.size(); ++i) {
        if (levels.size() > kMaxShown && i == 3) {
            parts << QStringLiteral("…");
            i = levels.size() - 2; // the loop's ++i shows the last one
            continue;
        }
        parts << QString::number(levels.at(i));
    }
    return parts.join(u',');
}

} // namespace

QString SweepStore::Entry::summary(const QLocale &locale) const
{
    if (!readable)
        return fileName;
    const QDateTime local = startedAt.toLocalTime();
    const bool thisYear = local.date().year() == QDate::currentDate().year();
    QString text = locale.toString(local,
                                   thisYear ? QStringLiteral("d MMM HH:mm")
                                            : QStringLiteral("d MMM yyyy HH:mm"))
            + QStringLiteral(" — ");
    if (!title.isEmpty())
        text += title + QStringLiteral(" · ");
    return text + targetKeys.join(QStringLiteral(", ")) + QStringLiteral(" · c ")
            + levelsText(levels) + QStringLiteral(" · n ") + QString::number(requests);
}

QString SweepStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/sweeps");
}

QString SweepStore::save(const SweepResult &sweep, const QString &dir, QString *error)
{
    const QString directory = dir.isEmpty() ? defaultDirectory() : dir;
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    if (!QDir().mkpath(directory))
        return fail(QStringLiteral("cannot create the folder %1").arg(directory));

    const QDateTime stamp
            = sweep.finishedAt.isValid() ? sweep.finishedAt : QDateTime::currentDateTime();
    const QString base = stamp.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString path = directory + u'/' + base + QStringLiteral(".json");
    // Two sweeps in the same millisecond (tests do that) must not overwrite.
    for (int suffix = 2; QFileInfo::exists(path); ++suffix)
        path = directory + u'/' + base + u'-' + QString::number(suffix) + QStringLiteral(".json");

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(sweep.toJson()).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (error)
        error->clear();
    // The sweep is at hand: its entry costs nothing now, a parse later.
    Entry saved = fileEntry(QFileInfo(path));
    describe(&saved, sweep);
    remember(saved);
    return saved.path;
}

QList<SweepStore::Entry> SweepStore::list(const QString &dir, int limit)
{
    const QDir directory(dir.isEmpty() ? defaultDirectory() : dir);
    const QFileInfoList infos
            = directory.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    QList<Entry> entries;
    for (const QFileInfo &info : infos) {
        if (limit > 0 && entries.size() >= limit)
            break;
        entries.append(entry(info.absoluteFilePath()));
    }
    return entries;
}

SweepStore::Entry SweepStore::entry(const QString &path)
{
    const QFileInfo info(path);
    Entry found = fileEntry(info);
    {
        const QMutexLocker locker(&cacheMutex);
        const auto cached = entryCache.constFind(found.path);
        if (cached != entryCache.constEnd() && cached->modified == found.modified
            && cached->size == found.size)
            return *cached;
    }
    SweepResult sweep;
    if (loadWithoutRows(found.path, &sweep) || load(found.path, &sweep, &found.error))
        describe(&found, sweep);
    remember(found);
    return found;
}

bool SweepStore::load(const QString &path, SweepResult *sweep, QString *error)
{
    auto fail = [error, &path](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not JSON (%1 at byte %2)")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
    if (!document.isObject())
        return fail(QStringLiteral("not a serverbench sweep (the JSON is not an object)"));
    QString why;
    SweepResult loaded = SweepResult::fromJson(document.object(), &why);
    if (!why.isEmpty())
        return fail(why);
    if (sweep)
        *sweep = loaded;
    if (error)
        error->clear();
    return true;
}
