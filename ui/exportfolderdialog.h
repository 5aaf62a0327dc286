#pragma once

// ExportFolderDialog: picks the folder a report is written into. Unlike
// QFileDialog's folder mode, a typed path that does not exist yet is created
// (with its parents) and accepted, so "~/tugas9/laporan" works in one step;
// a path that cannot be created keeps the dialog open with the reason.
// GUI thread.

#include <QFileDialog>

class ExportFolderDialog : public QFileDialog
{
    Q_OBJECT
public:
    explicit ExportFolderDialog(QWidget *parent = nullptr, const QString &start = {});

    QString folder() const;

public slots:
    void accept() override;

private:
    QString m_folder;
};
