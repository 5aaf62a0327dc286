#pragma once

// The headless commands. Each takes the arguments after the program name
// (arguments[0] is the command's name), parses them with QCommandLineParser
// and returns the process exit code: 0 when it ran, 1 on a usage error (one
// line on stderr). The QCoreApplication/QApplication already exists.

#include <QStringList>

int serveCommand(const QStringList &arguments);
int abCommand(const QStringList &arguments);
int sweepCommand(const QStringList &arguments);
int guiCommand(const QStringList &arguments);
