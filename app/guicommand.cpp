// Placeholder until the gui command lands; replaced by its owner.
#include "commands.h"

#include <QTextStream>

int guiCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << "serverbench: 'gui' is not built yet\n";
    return 1;
}
