#include "sweepstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStandardPaths>

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
    return QFileInfo(path).absoluteFilePath();
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
        entries.append(
                {info.absoluteFilePath(), info.fileName(), info.lastModified(), info.size()});
    }
    return entries;
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
