// Placeholder until the ab command lands; replaced by its owner.
#include "commands.h"

#include <QTextStream>

int abCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << "serverbench: 'ab' is not built yet\n";
    return 1;
}
