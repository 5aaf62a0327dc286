#include "sweepcomparison.h"

#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// The separator between a target and its sweep, in labels and keys alike.
const QString kSeparator = u" · "_s;

// base, or base (2), base (3) ... whichever is not taken yet once file-name
// safe (two names differing only in punctuation would share image files).
QString uniqueName(const QString &base, QSet<QString> *taken)
{
    QString name = base;
    for (int suffix = 2; taken->contains(SweepTarget::safeKey(name)); ++suffix)
        name = base + u" ("_s + QString::number(suffix) + u')';
    taken->insert(SweepTarget::safeKey(name));
    return name;
}

// "n 1000, 5000": the option and each sweep's distinct value, in order.
QString differing(const QString &option, const QList<SweepResult> &sweeps,
                  const std::function<QString(const SweepConfig &)> &value)
{
    QStringList values;
    for (const SweepResult &sweep : sweeps) {
        const QString text = value(sweep.config);
        if (!values.contains(text))
            values << text;
    }
    return values.size() > 1 ? option + u' ' + values.join(u", "_s) : QString();
}

QString onOff(bool on)
{
    return on ? u"on"_s : u"off"_s;
}

} // namespace

QString SweepComparison::defaultName(const SweepResult &sweep)
{
    if (!sweep.config.title.trimmed().isEmpty())
        return sweep.config.title.trimmed();
    const QDateTime when = sweep.startedAt.isValid() ? sweep.startedAt : sweep.finishedAt;
    if (!when.isValid())
        return u"sweep"_s;
    return when.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

QStringList SweepComparison::names(const QList<SweepResult> &sweeps)
{
    QSet<QString> taken;
    QStringList result;
    for (const SweepResult &sweep : sweeps)
        result << uniqueName(defaultName(sweep), &taken);
    return result;
}

SweepResult SweepComparison::merge(const QList<SweepResult> &sweeps, const QStringList &names)
{
    SweepResult merged;
    if (sweeps.isEmpty())
        return merged;
    QStringList sweepNames = names.size() == sweeps.size() ? names : SweepComparison::names(sweeps);

    merged.config = sweeps.first().config;
    merged.config.title.clear();
    merged.config.targets.clear();
    merged.config.levels.clear();
    QSet<QString> takenKeys;
    for (qsizetype s = 0; s < sweeps.size(); ++s) {
        const SweepResult &sweep = sweeps.at(s);
        const QString &name = sweepNames.at(s);
        const int offset = int(merged.config.targets.size());
        QList<QString> keys; // this sweep's new keys, by its target index
        for (const SweepTarget &original : sweep.config.targets) {
            SweepTarget target = original;
            // Short, so the charts' legend keeps the sweep's name in view:
            // an embedded server's key ("async"), an external target's own label.
            target.label
                    = (original.isEmbedded() ? original.key : original.label) + kSeparator + name;
            target.key = uniqueName(original.key + kSeparator + name, &takenKeys);
            keys << target.key;
            merged.config.targets << target;
        }
        for (int level : sweep.config.levels) {
            if (!merged.config.levels.contains(level))
                merged.config.levels << level;
        }
        for (const SweepRow &original : sweep.rows) {
            // fromJson() refuses rows whose target the config does not list,
            // so a loaded sweep's rows always index its targets.
            if (original.targetIndex < 0 || original.targetIndex >= keys.size())
                continue;
            SweepRow row = original;
            row.targetIndex = offset + original.targetIndex;
            row.targetKey = keys.at(original.targetIndex);
            row.targetLabel = merged.config.targets.at(row.targetIndex).label;
            if (!merged.config.levels.contains(row.concurrency))
                merged.config.levels << row.concurrency;
            merged.rows << row;
        }
        if (sweep.startedAt.isValid()
            && (!merged.startedAt.isValid() || sweep.startedAt < merged.startedAt))
            merged.startedAt = sweep.startedAt;
        if (sweep.finishedAt.isValid()
            && (!merged.finishedAt.isValid() || sweep.finishedAt > merged.finishedAt))
            merged.finishedAt = sweep.finishedAt;
        merged.cancelled = merged.cancelled || sweep.cancelled;
    }
    std::sort(merged.config.levels.begin(), merged.config.levels.end());
    return merged;
}

QStringList SweepComparison::differences(const QList<SweepResult> &sweeps)
{
    // Command-line spellings: the same in every language.
    const QStringList all {
            differing(u"-n"_s, sweeps,
                      [](const SweepConfig &c) { return QString::number(c.requests); }),
            differing(u"-k"_s, sweeps, [](const SweepConfig &c) { return onOff(c.keepAlive); }),
            differing(u"--engine"_s, sweeps,
                      [](const SweepConfig &c) { return engineKindKey(c.engine); }),
            differing(u"-m"_s, sweeps,
                      [](const SweepConfig &c) { return QString::fromLatin1(c.method); }),
            differing(u"--framing"_s, sweeps,
                      [](const SweepConfig &c) {
                          return c.framing == Framing::Http ? u"http"_s : u"ab"_s;
                      }),
            differing(u"--repeat"_s, sweeps,
                      [](const SweepConfig &c) { return QString::number(c.repeats); }),
    };
    QStringList found;
    for (const QString &difference : all) {
        if (!difference.isEmpty())
            found << difference;
    }
    return found;
}
