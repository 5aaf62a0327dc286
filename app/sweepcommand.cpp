// Placeholder until the sweep command lands; replaced by its owner.
#include "commands.h"

#include <QTextStream>

int sweepCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << "serverbench: 'sweep' is not built yet\n";
    return 1;
}
