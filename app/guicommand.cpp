// The GUI: installs the translation (MainWindow's LanguageManager, from the
// saved or system language), shows the main window and runs the event loop.
//
// It takes the sweep command's target and load options (SweepCommandLine
// parses and checks them, so both commands accept the same lines), so a
// teacher can hand out one line that opens the GUI ready to run. Given any of
// them, the window shows that sweep (the sweep command's defaults for what is
// not given) rather than the saved settings; the saved title and author stay
// unless given. --autorun runs one sweep unattended (scripts/screenshot.sh,
// demos); the finished sweep is autosaved as every sweep is. --open FILE
// shows a saved sweep, checked here so a bad file is a one-line error
// before any window appears.
#include "commands.h"

#include "autorun.h"
#include "checkedinteger.h"
#include "configpanel.h"
#include "mainwindow.h"
#include "sweepcommandline.h"
#include "sweepstore.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QTextStream>

#include <climits>
#include <optional>

namespace {

// The sweep options that have a field in the window; the rest
// (-H, -p, --framing, ...) are the sweep command's only.
const QStringList kSweepOptionsShown {QStringLiteral("target"),
                                      QStringLiteral("launch"),
                                      QStringLiteral("levels"),
                                      QStringLiteral("n"),
                                      QStringLiteral("requests"),
                                      QStringLiteral("k"),
                                      QStringLiteral("keep-alive"),
                                      QStringLiteral("engine"),
                                      QStringLiteral("s"),
                                      QStringLiteral("timeout"),
                                      QStringLiteral("r"),
                                      QStringLiteral("repeat"),
                                      QStringLiteral("title"),
                                      QStringLiteral("author"),
                                      QStringLiteral("locust-workers"),
                                      QStringLiteral("locust-master-bind"),
                                      QStringLiteral("locust-wait"),
                                      QStringLiteral("body-bytes"),
                                      QStringLiteral("work-us"),
                                      QStringLiteral("pool-threads"),
                                      QStringLiteral("loops")};

struct GuiOptions
{
    bool autorun = false;
    QString language;
    QString holdMs;
    QString open; // a saved sweep to show
    QStringList sweepArguments; // everything else, for SweepCommandLine
};

// Takes the GUI's own options (--autorun, --lang, --hold-ms, --open; "--x v" or
// "--x=v") out of arguments. Returns false with *error for a missing value.
bool takeGuiOptions(const QStringList &arguments, GuiOptions *options, QString *error)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--") {
            options->sweepArguments += arguments.mid(i);
            break;
        }
        if (argument == u"--autorun") {
            options->autorun = true;
            continue;
        }
        QString *value = nullptr;
        QString name;
        for (const auto &[option, field] :
             {std::pair {QStringLiteral("--lang"), &options->language},
              std::pair {QStringLiteral("--hold-ms"), &options->holdMs},
              std::pair {QStringLiteral("--open"), &options->open}}) {
            if (argument == option || argument.startsWith(option + u'=')) {
                value = field;
                name = option;
            }
        }
        if (!value) {
            options->sweepArguments << argument;
            continue;
        }
        if (argument.size() > name.size()) {
            *value = argument.mid(name.size() + 1);
        } else if (i + 1 < arguments.size()) {
            *value = arguments.at(++i);
        } else {
            *error = QStringLiteral("Missing value after '%1'.").arg(name);
            return false;
        }
    }
    return true;
}

int usageError(const QString &why)
{
    QTextStream(stderr) << "serverbench: " << why << '\n';
    return 1;
}

} // namespace

int guiCommand(const QStringList &arguments)
{
    GuiOptions options;
    QString error;
    if (!takeGuiOptions(arguments, &options, &error))
        return usageError(error);
    if (!options.language.isEmpty() && options.language != u"en" && options.language != u"id")
        return usageError(QStringLiteral("unknown --lang '%1' (en or id)").arg(options.language));
    const std::optional<qint64> holdMs = options.holdMs.isEmpty()
            ? std::optional<qint64>(3000)
            : CheckedInteger::parse(options.holdMs, 0, INT_MAX);
    if (!holdMs)
        return usageError(
                QStringLiteral("--hold-ms '%1' is not a whole number >= 0").arg(options.holdMs));

    if (!options.open.isEmpty()) {
        if (options.autorun)
            return usageError(QStringLiteral("--open shows a saved sweep and --autorun runs a new "
                                             "one: give one of them"));
        SweepResult saved;
        if (!SweepStore::load(options.open, &saved, &error))
            return usageError(QStringLiteral("cannot open %1").arg(error));
    }

    std::optional<SweepCommandLine> sweep;
    if (!options.sweepArguments.isEmpty()) {
        // The GUI exports where the user picks: --out's check (a writable
        // folder) must not depend on the folder the GUI was started in.
        const QStringList sweepArguments
                = QStringList {QStringLiteral("gui"), QStringLiteral("--out"), QDir::tempPath()}
                + options.sweepArguments;
        sweep = SweepCommandLine::parse(sweepArguments, &error);
        if (!error.isEmpty())
            return usageError(error);
        for (const QString &name : std::as_const(sweep->givenOptions)) {
            if (!kSweepOptionsShown.contains(name) && name != u"out")
                return usageError(QStringLiteral("%1%2 is for 'serverbench sweep'; the GUI has no "
                                                 "field for it")
                                          .arg(name.size() == 1 ? u"-" : u"--", name));
        }
        if (sweep->givenOptions.count(QStringLiteral("out")) > 1)
            return usageError(QStringLiteral("--out is for 'serverbench sweep'; the GUI exports "
                                             "where you choose"));
    }

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/serverbench.svg")));
    MainWindow window;
    if (!options.language.isEmpty())
        window.setLanguage(options.language);
    if (sweep) {
        SweepConfig config = sweep->config;
        const SweepConfig saved = window.configPanel()->config();
        if (!sweep->givenOptions.contains(QStringLiteral("title")))
            config.title = saved.title;
        if (!sweep->givenOptions.contains(QStringLiteral("author")))
            config.author = saved.author;
        window.configPanel()->setConfig(config);
    }
    window.show();
    if (!options.open.isEmpty())
        window.openSweep(options.open);
    if (options.autorun) {
        auto run = new AutoRun(&window, int(*holdMs));
        run->start();
    }
    return QApplication::exec();
}
