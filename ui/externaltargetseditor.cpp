#include "externaltargetseditor.h"

#include "addtargetdialog.h"
#include "celleditdelegate.h"
#include "fielderrorlabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPersistentModelIndex>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

ExternalTargetsEditor::ExternalTargetsEditor(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("externalTable"));
    m_table->setItemDelegate(new CellEditDelegate(m_table));
    // One Tab stop, as the results table: arrow keys move between cells, and
    // Tab in a cell being edited goes to the next cell (CellEditDelegate).
    m_table->setTabKeyNavigation(false);
    // Labels are short; URLs and commands share the rest, elided in the
    // middle (host and path stay visible) with the whole value as tooltip,
    // so the table never needs a horizontal scroll bar.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(LabelColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CommandColumn, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(90);
    m_table->setMaximumHeight(150);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addExternalButton"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editExternalButton"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeExternalButton"));
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("externalError"));

    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, [this] { openDialog(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openDialog(m_table->currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        removeRow(row >= 0 ? row : m_table->rowCount() - 1);
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        {
            const QSignalBlocker blocker(m_table);
            item->setToolTip(item->text());
        }
        emit changed();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this,
            &ExternalTargetsEditor::updateButtons);
    retranslate();
}

QString ExternalTargetsEditor::cell(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QList<SweepTarget> ExternalTargetsEditor::targets() const
{
    QList<SweepTarget> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QUrl url(cell(row, UrlColumn), QUrl::StrictMode);
        QString label = cell(row, LabelColumn);
        if (label.isEmpty()) // as --target URL names it: host:port
            label = url.port() >= 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
        list << SweepTarget::external(label, url, cell(row, CommandColumn));
    }
    return list;
}

int ExternalTargetsEditor::rowCount() const
{
    return m_table->rowCount();
}

void ExternalTargetsEditor::setRow(int row, const QString &label, const QString &url,
                                   const QString &command)
{
    const QSignalBlocker blocker(m_table);
    const QString values[ColumnCount] = {label, url, command};
    for (int column = 0; column < ColumnCount; ++column) {
        auto *item = new QTableWidgetItem(values[column]);
        item->setToolTip(values[column]);
        m_table->setItem(row, column, item);
    }
}

void ExternalTargetsEditor::addTarget(const QString &label, const QString &url,
                                      const QString &command)
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
    }
    setRow(row, label, url, command);
    updateButtons();
    emit changed();
}

void ExternalTargetsEditor::removeRow(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->removeRow(row);
    updateButtons();
    emit changed();
}

QStringList ExternalTargetsEditor::labelsExcept(int row) const
{
    QStringList labels;
    const QList<SweepTarget> all = targets();
    for (int other = 0; other < all.size(); ++other) {
        if (other != row)
            labels << all.at(other).label;
    }
    return labels;
}

AddTargetDialog *ExternalTargetsEditor::openDialog(int row)
{
    auto *dialog = new AddTargetDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLaunchTimeout(m_launchTimeoutSec);
    const bool editing = row >= 0 && row < m_table->rowCount();
    dialog->setOtherLabels(labelsExcept(editing ? row : -1));
    if (editing)
        dialog->setTarget(cell(row, LabelColumn), cell(row, UrlColumn), cell(row, CommandColumn));
    // The row, wherever it is when OK comes (the dialog is window-modal, but
    // a load of settings could still move it).
    const QPersistentModelIndex index(editing ? m_table->model()->index(row, 0) : QModelIndex());
    connect(dialog, &QDialog::accepted, this, [this, dialog, editing, index] {
        if (!editing) {
            addTarget(dialog->label(), dialog->url(), dialog->command());
            m_table->setCurrentCell(m_table->rowCount() - 1, LabelColumn);
        } else if (index.isValid()) {
            setRow(index.row(), dialog->label(), dialog->url(), dialog->command());
            emit changed();
        }
    });
    dialog->open();
    return dialog;
}

QString ExternalTargetsEditor::checkRow(int row) const
{
    // The dialog's checks, so a row typed in place meets the same rules.
    QString problem = AddTargetDialog::urlProblem(cell(row, UrlColumn));
    if (problem.isEmpty()) {
        QStringList before;
        for (int other = 0; other < row; ++other)
            before << cell(other, LabelColumn);
        problem = AddTargetDialog::labelProblem(cell(row, LabelColumn), before);
    }
    if (problem.isEmpty())
        problem = AddTargetDialog::commandProblem(cell(row, CommandColumn));
    return problem.isEmpty() ? QString() : tr("Row %1: %2").arg(row + 1).arg(problem);
}

QString ExternalTargetsEditor::check()
{
    QString problem;
    for (int row = 0; row < m_table->rowCount() && problem.isEmpty(); ++row)
        problem = checkRow(row);
    m_error->setText(problem);
    return problem;
}

void ExternalTargetsEditor::updateButtons()
{
    const int row = m_table->currentRow();
    m_edit->setEnabled(row >= 0 && row < m_table->rowCount());
    m_remove->setEnabled(m_table->rowCount() > 0);
}

void ExternalTargetsEditor::loadSettings(QSettings &settings)
{
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
    }
    const int size = settings.beginReadArray(QStringLiteral("targets/external"));
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        addTarget(settings.value(QStringLiteral("label")).toString(),
                  settings.value(QStringLiteral("url")).toString(),
                  settings.value(QStringLiteral("command")).toString());
    }
    settings.endArray();
    updateButtons();
}

void ExternalTargetsEditor::saveSettings(QSettings &settings) const
{
    settings.beginWriteArray(QStringLiteral("targets/external"), m_table->rowCount());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        settings.setArrayIndex(row);
        settings.setValue(QStringLiteral("label"), cell(row, LabelColumn));
        settings.setValue(QStringLiteral("url"), cell(row, UrlColumn));
        settings.setValue(QStringLiteral("command"), cell(row, CommandColumn));
    }
    settings.endArray();
}

void ExternalTargetsEditor::retranslate()
{
    m_title->setText(tr("External targets (any HTTP/1.x URL):"));
    m_table->setHorizontalHeaderLabels({tr("Label"), tr("URL"), tr("Launch command")});
    m_table->horizontalHeaderItem(CommandColumn)
            ->setToolTip(tr("Optional: a command that starts the server before its runs"));
    m_add->setText(tr("Add…"));
    m_add->setToolTip(tr("Add a target: its URL, an optional launch command, and a test fetch"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove"));
    updateButtons();
}
