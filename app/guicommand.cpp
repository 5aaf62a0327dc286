// The GUI: installs the translation (MainWindow's LanguageManager, from the
// saved or system language), shows the main window and runs the event loop.
// --autorun (or SERVERBENCH_AUTORUN=1) runs one sweep unattended, for
// scripts/screenshot.sh. Each option also has an environment variable
// (SERVERBENCH_LEVELS, SERVERBENCH_REQUESTS, SERVERBENCH_LANG,
// SERVERBENCH_HOLD_MS) for scripts that start the GUI indirectly.
#include "commands.h"

#include "autorun.h"
#include "configpanel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

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

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/serverbench.svg")));
    MainWindow window;
    if (!languageValue.isEmpty())
        window.setLanguage(languageValue);
    if (!levelsValue.isEmpty())
        window.configPanel()->setLevelsText(levelsValue);
    if (!requestsValue.isEmpty())
        window.configPanel()->setRequests(requestsValue.toLongLong());
    window.show();
    if (parser.isSet(autorun) || qEnvironmentVariableIntValue("SERVERBENCH_AUTORUN") == 1) {
        auto run = new AutoRun(&window, holdValue.isEmpty() ? 3000 : holdValue.toInt());
        run->start();
    }
    return QApplication::exec();
}
