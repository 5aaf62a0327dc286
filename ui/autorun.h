#pragma once

// AutoRun: drives a MainWindow without a user, for scripts/screenshot.sh and
// demos: fills the window's screen, clicks Run Sweep, and when the sweep ends
// shows the Results tab, then the Charts tab, printing one line on stdout at
// each step ("serverbench-autorun: results|charts|done") so a script can take
// its screenshots, then closes the window. GUI thread.

#include <QObject>

class MainWindow;

class AutoRun : public QObject
{
    Q_OBJECT
public:
    explicit AutoRun(MainWindow *window, int holdMs = 3000);

    void start();

private:
    void step(const QString &name);
    void onFinished();

    MainWindow *m_window = nullptr;
    int m_holdMs = 3000;
};
