// sb-ab: the `serverbench ab` command alone (app/abcommand.cpp without the
// GUI), so bench/client.sh and the engine tests can run it even while the
// rest of the application is being built.
#include "commands.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("serverbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SERVERBENCH_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.value(0) != u"ab") // "sb-ab ab ..." works like "serverbench ab ..."
        arguments.prepend(QStringLiteral("ab"));
    return abCommand(arguments);
}
