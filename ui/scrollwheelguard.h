#pragma once

// ScrollWheelGuard: keeps the mouse wheel scrolling a scroll area's page
// instead of changing whichever spin box or combo box passes under the
// cursor on the way: a field's value changes by wheel only once the field
// has the focus (a click or Tab). Without it, scrolling down the config
// panel silently rewrote n, the repeats and the engine. GUI thread.

#include <QObject>

class QScrollArea;

class ScrollWheelGuard : public QObject
{
    Q_OBJECT
public:
    // Guards every spin box and combo box inside area now; the guard is a
    // child of area. Call it again after adding such fields.
    static void install(QScrollArea *area);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ScrollWheelGuard(QScrollArea *area);

    QScrollArea *m_area;
};
