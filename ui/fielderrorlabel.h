#pragma once

// FieldErrorLabel: the red line under an input field that says what is wrong
// with it; hidden while there is nothing to say. GUI thread.

#include <QLabel>

class FieldErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit FieldErrorLabel(QWidget *parent = nullptr);

    void setText(const QString &text); // hides itself when empty
};
