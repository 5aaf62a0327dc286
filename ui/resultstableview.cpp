#include "resultstableview.h"

#include "resultsmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QSortFilterProxyModel>

#include <algorithm>

ResultsTableView::ResultsTableView(ResultsModel *model, QWidget *parent)
    : QTableView(parent), m_model(model)
{
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ResultsModel::SortRole);
    setModel(m_proxy);
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder); // keep the run order until the user sorts
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    // QTableView walks its cells with Tab and wraps around: a trap for the
    // keyboard. The arrow keys move inside.
    setTabKeyNavigation(false);
    // Interactive, fitted when rows come (fitColumns): the user may still
    // widen a column, and the Note column is not squeezed to nothing as a
    // stretched last section is once the others fill the view.
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);

    auto copy = new QAction(tr("Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ResultsTableView::copySelection);
    addAction(copy);
    setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResultsTableView::emitCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ResultsTableView::emitCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ResultsTableView::fitColumns);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ResultsTableView::fitColumns);
    connect(m_proxy, &QAbstractItemModel::headerDataChanged, this, &ResultsTableView::fitColumns);
    fitColumns();
}

void ResultsTableView::fitColumns()
{
    resizeColumnsToContents();
    fitNote();
}

void ResultsTableView::fitNote()
{
    QHeaderView *header = horizontalHeader();
    int others = 0;
    for (int column = 0; column < ResultsModel::Note; ++column) {
        if (!header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    // A long note gets about 60 characters on screen (its tip has it all);
    // a short one its own width; either way at least the room left.
    const int content = std::min(sizeHintForColumn(ResultsModel::Note),
                                 fontMetrics().averageCharWidth() * 60);
    const int width = std::max(
            {content, header->sectionSizeHint(ResultsModel::Note), viewport()->width() - others});
    header->resizeSection(ResultsModel::Note, width);
}

void ResultsTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitNote();
}

QList<int> ResultsTableView::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString ResultsTableView::selectedAsTsv() const
{
    return m_model->toTsv(selectedSourceRows());
}

void ResultsTableView::copySelection()
{
    QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    QApplication::clipboard()->setText(m_model->toTsv(rows));
}

void ResultsTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void ResultsTableView::emitCurrent()
{
    const QModelIndexList selected = selectionModel()->selectedRows();
    emit runSelected(selected.isEmpty() ? -1 : m_proxy->mapToSource(selected.first()).row());
}
