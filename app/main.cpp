// serverbench: the command line decides between the GUI and a headless
// command; everything else lives in the libraries.

#include "commands.h"

#include "embeddedserver.h"
#include "languagemanager.h"
#include "loadtest.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

#include <sys/stat.h>
#include <unistd.h>

namespace {

const char *const kCommands[] = {"serve", "ab", "sweep"};

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY")
            || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

QString commandOf(int argc, char **argv)
{
    if (argc < 2)
        return {};
    for (const char *command : kCommands) {
        if (std::strcmp(argv[1], command) == 0)
            return QString::fromLatin1(command);
    }
    return {};
}

// Qt warns on stderr when XDG_RUNTIME_DIR is unset (a root shell, CI), which
// would break the commands' one-line errors; give it a private folder.
void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir = "/tmp/serverbench-runtime-" + QByteArray::number(getuid());
    mkdir(dir.constData(), 0700);
    struct stat info
    {
    };
    if (stat(dir.constData(), &info) == 0 && info.st_uid == getuid() && (info.st_mode & 077) == 0)
        qputenv("XDG_RUNTIME_DIR", dir);
}

// Qt's X11 platform takes "-title T" (and "--title T") for itself, the
// window's title: the report's --title must not reach it. Moves those
// arguments out of argv (argc shrinks) and returns them.
QStringList takeTitleArguments(int &argc, char **argv)
{
    QStringList taken;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        const bool title
                = std::strcmp(argv[i], "--title") == 0 || std::strcmp(argv[i], "-title") == 0;
        if (title || std::strncmp(argv[i], "--title=", 8) == 0) {
            taken << QString::fromLocal8Bit(argv[i]);
            if (title && i + 1 < argc)
                taken << QString::fromLocal8Bit(argv[++i]);
            continue;
        }
        argv[kept++] = argv[i];
    }
    argc = kept;
    argv[argc] = nullptr;
    return taken;
}

// The keys of --model (serve; sweep's --target), --engine (ab, sweep) and
// --lang, one "option value..." line each, from the enums' own key functions:
// packaging/gen-cli-docs.py builds the man page's and the bash completion's
// value lists from them. An enum's keys end at the first value without one.
void listValues()
{
    QTextStream out(stdout);
    out << "model";
    for (ServerModel model : allServerModels())
        out << ' ' << serverModelKey(model);
    out << "\nengine";
    for (EngineKind kind : allEngineKinds())
        out << ' ' << engineKindKey(kind);
    out << "\nlang " << LanguageManager::languages().join(u' ') << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    const QString command = commandOf(argc, argv);
    const QStringList titleArguments = takeTitleArguments(argc, argv);
    // sweep renders charts, so it needs a QGuiApplication; with no display it
    // renders off-screen.
    ensureRuntimeDir();
    std::unique_ptr<QCoreApplication> app;
    // --help, --version and the no-display message need no GUI either.
    if (command == u"serve" || command == u"ab" || (command.isEmpty() && !hasDisplay())) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        if (command == u"sweep" && !hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("serverbench"));
    QCoreApplication::setOrganizationName(QStringLiteral("serverbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SERVERBENCH_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    arguments += titleArguments;
    if (command == u"serve")
        return serveCommand(arguments);
    if (command == u"ab")
        return abCommand(arguments);
    if (command == u"sweep")
        return sweepCommand(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "HTTP server concurrency workbench.\n\n"
            "Commands (serverbench <command> --help for each):\n"
            "  serve   run one embedded server (any of the four models) until SIGINT/SIGTERM\n"
            "  ab      load-test a URL and print ApacheBench's report\n"
            "  sweep   measure targets x concurrency levels and write the report\n"
            "With no command, the GUI starts. It takes the sweep command's --target, --launch,\n"
            "--levels, -n, -k, --engine, --locust-workers, --locust-master-bind,\n"
            "--locust-wait, -s, -r, --repeat, --body-bytes, --work-us, --pool-threads,\n"
            "--loops, --title and --author (the window opens with that sweep), and\n"
            "--autorun (run it, show the results, quit),\n"
            "--lang en|id and --hold-ms MS (with --autorun: how long each tab is shown).\n"
            "--open FILE shows a saved sweep (a .json the GUI or the sweep command wrote)."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption listValuesOption(QStringLiteral("list-values"));
    listValuesOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(listValuesOption);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("serve, ab or sweep; none starts the GUI"),
                                 QStringLiteral("[command]"));
    // Options the top level does not know are the GUI's (guiCommand parses
    // and checks them).
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.parse(QCoreApplication::arguments());
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (parser.isSet(listValuesOption)) {
        listValues();
        return 0;
    }
    // A first word that is not an option would be a command we do not know.
    if (!arguments.isEmpty() && !arguments.first().startsWith(u'-')) {
        QTextStream(stderr) << "serverbench: unknown command '" << arguments.first()
                            << "' (serve, ab, sweep; --help)\n";
        return 1;
    }
    if (!hasDisplay()) {
        QTextStream(stderr) << "serverbench: no display for the GUI; use a command such as "
                               "'serverbench sweep' (--help)\n";
        return 1;
    }
    return guiCommand(arguments);
}
