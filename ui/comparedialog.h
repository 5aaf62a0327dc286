#pragma once

// CompareDialog: File > Compare saved sweeps. Lists the saved sweeps
// (SweepStore) with their summaries and a check box each, plus "Add file…"
// for a sweep saved elsewhere; OK ("Compare") needs two or more checked.
// MainWindow loads and merges the checked files (SweepComparison). GUI
// thread.

#include "sweepstore.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    // The newest saved sweeps, at most this many (older ones: Add file…).
    static constexpr int kMaxListed = 20;

    explicit CompareDialog(QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // Lists the file (checked) or checks it when listed already; an
    // unreadable file is listed, unchecked, with its reason. False when it
    // cannot be read.
    bool addFile(const QString &path);
    void setChecked(const QString &path, bool checked);
    QStringList checkedPaths() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QListWidgetItem *addEntry(const SweepStore::Entry &entry, int row = -1);
    QListWidgetItem *itemOf(const QString &path) const;
    void chooseFile();
    void updateButtons();
    void retranslate();

    QLabel *m_intro = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_addFile = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
