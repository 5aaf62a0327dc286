#include "scrollwheelguard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QWheelEvent>

ScrollWheelGuard::ScrollWheelGuard(QScrollArea *area) : QObject(area), m_area(area) { }

void ScrollWheelGuard::install(QScrollArea *area)
{
    auto guard = area->findChild<ScrollWheelGuard *>(QString(), Qt::FindDirectChildrenOnly);
    if (!guard)
        guard = new ScrollWheelGuard(area);
    QList<QWidget *> fields;
    for (QAbstractSpinBox *box : area->findChildren<QAbstractSpinBox *>())
        fields << box;
    for (QComboBox *box : area->findChildren<QComboBox *>())
        fields << box;
    for (QWidget *field : std::as_const(fields)) {
        // WheelFocus (the spin boxes' default) would let the wheel take the
        // focus and then the value; a click or Tab still does.
        if (field->focusPolicy() == Qt::WheelFocus)
            field->setFocusPolicy(Qt::StrongFocus);
        field->removeEventFilter(guard); // installed once, however often called
        field->installEventFilter(guard);
    }
}

bool ScrollWheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel)
        return false;
    auto field = qobject_cast<QWidget *>(watched);
    if (!field || field->hasFocus())
        return false;
    QCoreApplication::sendEvent(m_area->verticalScrollBar(), event);
    return true;
}
