#include "fielderrorlabel.h"

FieldErrorLabel::FieldErrorLabel(QWidget *parent) : QLabel(parent)
{
    setStyleSheet(QStringLiteral("color: #b00020;"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void FieldErrorLabel::setText(const QString &text)
{
    QLabel::setText(text);
    setVisible(!text.isEmpty());
}
