// The GUI: installs the translation (MainWindow's LanguageManager, from the
// saved or system language), shows the main window and runs the event loop.
// --autorun (or SERVERBENCH_AUTORUN=1) runs one sweep unattended, for
// scripts/screenshot.sh. Each option also has an environment variable
// (SERVERBENCH_LEVELS, SERVERBENCH_REQUESTS, SERVERBENCH_LANG,
// SERVERBENCH_HOLD_MS) for scripts that start the GUI indirectly.
#include "commands.h"

#include "autorun.h"
#include "checkedinteger.h"
#include "configpanel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

#include <climits>
#include <optional>

int guiCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("serverbench's GUI"));
    const QCommandLineOption autorun(
            QStringLiteral("autorun"),
            QStringLiteral("Run one sweep, show results and charts, quit."));
    const QCommandLineOption levels(QStringLiteral("levels"),
                                    QStringLiteral("Concurrency levels, e.g. 1,10."),
                                    QStringLiteral("list"));
    const QCommandLineOption requests(QStringList {QStringLiteral("n"), QStringLiteral("requests")},
                                      QStringLiteral("Requests per run."), QStringLiteral("n"));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("en or id."),
                                      QStringLiteral("code"));
    const QCommandLineOption hold(QStringLiteral("hold-ms"),
                                  QStringLiteral("With --autorun: how long each tab is shown."),
                                  QStringLiteral("ms"));
    parser.addOptions({autorun, levels, requests, language, hold});
    parser.addHelpOption();
    parser.process(QStringList {QCoreApplication::applicationFilePath()} + arguments);
    const auto value = [&parser](const QCommandLineOption &option, const char *variable) {
        return parser.isSet(option) ? parser.value(option) : qEnvironmentVariable(variable);
    };
    const QString languageValue = value(language, "SERVERBENCH_LANG");
    const QString levelsValue = value(levels, "SERVERBENCH_LEVELS");
    const QString requestsValue = value(requests, "SERVERBENCH_REQUESTS");
    const QString holdValue = value(hold, "SERVERBENCH_HOLD_MS");

    // Whole numbers, checked here where they enter; the GUI's fields check
    // the level list (LevelList) as they check what a user types.
    const std::optional<qint64> requestCount = requestsValue.isEmpty()
            ? std::nullopt
            : CheckedInteger::parse(requestsValue, 1, INT_MAX);
    const std::optional<qint64> holdMs
            = holdValue.isEmpty() ? std::nullopt : CheckedInteger::parse(holdValue, 0, INT_MAX);
    if (!requestsValue.isEmpty() && !requestCount) {
        QTextStream(stderr) << "serverbench: -n '" << requestsValue
                            << "' is not a whole number >= 1\n";
        return 1;
    }
    if (!holdValue.isEmpty() && !holdMs) {
        QTextStream(stderr) << "serverbench: --hold-ms '" << holdValue
                            << "' is not a whole number >= 0\n";
        return 1;
    }

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/serverbench.svg")));
    MainWindow window;
    if (!languageValue.isEmpty())
        window.setLanguage(languageValue);
    if (!levelsValue.isEmpty())
        window.configPanel()->setLevelsText(levelsValue);
    if (requestCount)
        window.configPanel()->setRequests(*requestCount);
    window.show();
    if (parser.isSet(autorun) || qEnvironmentVariableIntValue("SERVERBENCH_AUTORUN") == 1) {
        auto run = new AutoRun(&window, int(holdMs.value_or(3000)));
        run->start();
    }
    return QApplication::exec();
}
