// Placeholder until the serve command lands; replaced by its owner.
#include "commands.h"

#include <QTextStream>

int serveCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << "serverbench: 'serve' is not built yet\n";
    return 1;
}
