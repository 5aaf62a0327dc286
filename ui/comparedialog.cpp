#include "comparedialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// What an item keeps of its entry, so retranslate() can write its text again.
constexpr int kPathRole = Qt::UserRole;
constexpr int kReadableRole = Qt::UserRole + 1;
constexpr int kSummaryRole = Qt::UserRole + 2;
constexpr int kCancelledRole = Qt::UserRole + 3;
constexpr int kFileNameRole = Qt::UserRole + 4;

} // namespace

CompareDialog::CompareDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("compareDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("compareList"));
    m_intro->setBuddy(m_list);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setWordWrap(true);
    m_addFile = new QPushButton(this);
    m_addFile->setObjectName(QStringLiteral("addFileButton"));
    m_addFile->setAutoDefault(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("compareButton"));

    connect(m_addFile, &QPushButton::clicked, this, &CompareDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &CompareDialog::updateButtons);

    auto bottom = new QHBoxLayout;
    bottom->addWidget(m_addFile);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addLayout(bottom);

    for (const SweepStore::Entry &entry : SweepStore::list({}, kMaxListed))
        addEntry(entry);
    retranslate();
    resize(640, 420);
}

QListWidgetItem *CompareDialog::addEntry(const SweepStore::Entry &entry, int row)
{
    auto item = new QListWidgetItem;
    item->setData(kPathRole, entry.path);
    item->setData(kReadableRole, entry.readable);
    // An unreadable file stays visible with its reason instead of vanishing.
    // Selectable: the keyboard's current row shows, and Space checks it.
    item->setFlags(entry.readable
                           ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                           : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (entry.readable) {
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(entry.path);
    } else {
        item->setToolTip(entry.error);
    }
    item->setData(kSummaryRole, entry.summary());
    item->setData(kCancelledRole, entry.cancelled);
    item->setData(kFileNameRole, entry.fileName);
    m_list->insertItem(row < 0 ? m_list->count() : row, item);
    return item;
}

QListWidgetItem *CompareDialog::itemOf(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kPathRole).toString() == absolute)
            return m_list->item(i);
    }
    return nullptr;
}

bool CompareDialog::addFile(const QString &path)
{
    QListWidgetItem *item = itemOf(path);
    if (!item) {
        // On top, where the user looks after choosing it.
        item = addEntry(SweepStore::entry(path), 0);
        retranslate();
    }
    m_list->setCurrentItem(item);
    const bool readable = item->data(kReadableRole).toBool();
    if (readable) {
        item->setCheckState(Qt::Checked);
        m_status->clear();
    } else {
        m_status->setText(tr("Cannot compare %1: %2").arg(path, item->toolTip()));
    }
    updateButtons();
    return readable;
}

void CompareDialog::setChecked(const QString &path, bool checked)
{
    if (QListWidgetItem *item = itemOf(path); item && item->data(kReadableRole).toBool())
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QStringList CompareDialog::checkedPaths() const
{
    QStringList paths;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->data(kReadableRole).toBool() && item->checkState() == Qt::Checked)
            paths << item->data(kPathRole).toString();
    }
    return paths;
}

void CompareDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add a saved sweep"),
                                                      SweepStore::defaultDirectory(),
                                                      tr("Saved sweeps (*.json)"));
    if (!path.isEmpty())
        addFile(path);
}

void CompareDialog::updateButtons()
{
    const qsizetype checked = checkedPaths().size();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(checked >= 2);
    ok->setToolTip(checked >= 2 ? QString() : tr("Check two or more sweeps to compare them"));
}

void CompareDialog::retranslate()
{
    setWindowTitle(tr("Compare saved sweeps"));
    m_intro->setText(tr("Check two or more &sweeps to overlay them in the results table, the "
                        "charts and the report. Each target is named after its sweep: its "
                        "title, or when it started."));
    m_addFile->setText(tr("&Add file..."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Compare"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    const QSignalBlocker blocker(m_list); // texts only: no itemChanged for the buttons
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString summary = item->data(kSummaryRole).toString();
        if (!item->data(kReadableRole).toBool())
            item->setText(tr("%1 (cannot be read)").arg(item->data(kFileNameRole).toString()));
        else if (item->data(kCancelledRole).toBool())
            item->setText(tr("%1 (cancelled)").arg(summary));
        else
            item->setText(summary);
    }
    if (m_list->count() == 0)
        m_status->setText(tr("No saved sweeps yet: every sweep you run is saved, or add a file."));
    updateButtons();
}

void CompareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
