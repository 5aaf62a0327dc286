#pragma once

// CellEditDelegate: text cells edited in place the way a form is filled in:
// Tab (Shift+Tab) keeps what was typed and moves to the next (previous) cell
// without opening it, and an editor opens with the cursor after the text, so
// the next key adds to the value instead of replacing it. Qt's default opens
// the next cell with its whole text selected, and a student typing on after
// Tab silently lost the launch command. The delegate belongs to one view
// (its parent). GUI thread.

#include <QStyledItemDelegate>

class QAbstractItemView;

class CellEditDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CellEditDelegate(QAbstractItemView *view);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void moveCurrent(bool forward);

    QAbstractItemView *m_view = nullptr;
};
