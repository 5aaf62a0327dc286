#include "celleditdelegate.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>
#include <QTimer>

namespace {

// Set while an editor still shows the whole-text selection the view gave it.
constexpr char kFreshProperty[] = "serverbenchFreshEditor";

void dropSelectAll(QLineEdit *editor)
{
    if (!editor->property(kFreshProperty).toBool())
        return;
    editor->setProperty(kFreshProperty, false);
    if (editor->hasSelectedText() && editor->selectedText() == editor->text()) {
        editor->deselect();
        editor->end(false);
    }
}

} // namespace

CellEditDelegate::CellEditDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view), m_view(view)
{ }

QWidget *CellEditDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        // The view selects the editor's text after this returns; undo that
        // once control is back in the event loop, or at the first key, which
        // a key that opened the editor delivers before any timer runs.
        line->setProperty(kFreshProperty, true);
        QTimer::singleShot(0, line, [line = QPointer<QLineEdit>(line)] {
            if (line)
                dropSelectAll(line);
        });
    }
    return editor;
}

bool CellEditDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QLineEdit *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::NoHint);
            moveCurrent(key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
        dropSelectAll(editor);
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void CellEditDelegate::moveCurrent(bool forward)
{
    const QModelIndex current = m_view->currentIndex();
    const QAbstractItemModel *model = m_view->model();
    if (!current.isValid() || !model)
        return;
    const int columns = model->columnCount(current.parent());
    const int rows = model->rowCount(current.parent());
    int row = current.row();
    int column = current.column() + (forward ? 1 : -1);
    if (column >= columns) {
        column = 0;
        ++row;
    } else if (column < 0) {
        column = columns - 1;
        --row;
    }
    // Past the last (first) cell Tab leaves the table, as it does from a
    // cell not being edited: it never wraps round to a cell the student is
    // not looking at, and never traps the focus.
    if (row < 0 || row >= rows) {
        QWidget *next = m_view;
        do {
            next = forward ? next->nextInFocusChain() : next->previousInFocusChain();
        } while (next != m_view
                 && (!(next->focusPolicy() & Qt::TabFocus) || !next->isVisible()
                     || !next->isEnabled() || m_view->isAncestorOf(next)));
        next->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return;
    }
    m_view->setCurrentIndex(model->index(row, column, current.parent()));
    m_view->setFocus(Qt::TabFocusReason);
}
