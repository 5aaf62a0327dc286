#include "externaltargetseditor.h"

#include "externaltarget.h"

#include "fielderrorlabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(90);
    m_table->setMaximumHeight(150);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addExternalButton"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeExternalButton"));
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("externalError"));

    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addTarget(tr("external%1").arg(m_table->rowCount() + 1),
                  QStringLiteral("http://127.0.0.1:8080/"));
        m_table->editItem(m_table->item(m_table->rowCount() - 1, UrlColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        removeRow(row >= 0 ? row : m_table->rowCount() - 1);
    });
    connect(m_table, &QTableWidget::itemChanged, this, &ExternalTargetsEditor::changed);
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
        if (label.isEmpty())
            label = url.host();
        list << SweepTarget::external(label, url, cell(row, CommandColumn));
    }
    return list;
}

int ExternalTargetsEditor::rowCount() const
{
    return m_table->rowCount();
}

void ExternalTargetsEditor::addTarget(const QString &label, const QString &url,
                                      const QString &command)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, LabelColumn, new QTableWidgetItem(label));
    m_table->setItem(row, UrlColumn, new QTableWidgetItem(url));
    m_table->setItem(row, CommandColumn, new QTableWidgetItem(command));
    m_remove->setEnabled(true);
    emit changed();
}

void ExternalTargetsEditor::removeRow(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->removeRow(row);
    m_remove->setEnabled(m_table->rowCount() > 0);
    emit changed();
}

QString ExternalTargetsEditor::checkRow(int row) const
{
    const QString text = cell(row, UrlColumn);
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (text.isEmpty() || !url.isValid() || (scheme != u"http" && scheme != u"https")
        || url.host().isEmpty())
        return tr("Row %1: \"%2\" is not a valid http:// URL").arg(row + 1).arg(text);
    if (cell(row, LabelColumn).contains(u'/'))
        return tr("Row %1: a label cannot contain \"/\" (it names the report's files)")
                .arg(row + 1);
    const QString command = cell(row, CommandColumn);
    if (!command.isEmpty()) {
        // The sweep's own check, so the GUI accepts what --launch accepts.
        const QString problem = ExternalTarget::checkCommand(command);
        if (!problem.isEmpty())
            return tr("Row %1: %2").arg(row + 1).arg(problem);
    }
    for (int other = 0; other < row; ++other) {
        if (!cell(row, LabelColumn).isEmpty() && cell(other, LabelColumn) == cell(row, LabelColumn))
            return tr("Row %1: label \"%2\" is used twice")
                    .arg(row + 1)
                    .arg(cell(row, LabelColumn));
    }
    return {};
}

QString ExternalTargetsEditor::check()
{
    QString problem;
    for (int row = 0; row < m_table->rowCount() && problem.isEmpty(); ++row)
        problem = checkRow(row);
    m_error->setText(problem);
    return problem;
}

void ExternalTargetsEditor::loadSettings(QSettings &settings)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    const int size = settings.beginReadArray(QStringLiteral("targets/external"));
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        addTarget(settings.value(QStringLiteral("label")).toString(),
                  settings.value(QStringLiteral("url")).toString(),
                  settings.value(QStringLiteral("command")).toString());
    }
    settings.endArray();
    m_remove->setEnabled(m_table->rowCount() > 0);
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
    m_add->setText(tr("Add"));
    m_remove->setText(tr("Remove"));
    m_remove->setEnabled(m_table->rowCount() > 0);
}
