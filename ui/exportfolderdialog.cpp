#include "exportfolderdialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>

ExportFolderDialog::ExportFolderDialog(QWidget *parent, const QString &start)
    : QFileDialog(parent, tr("Export the report into"), start)
{
    setObjectName(QStringLiteral("exportFolderDialog"));
    // The widget dialog: a native one would not let accept() create the
    // folder first.
    setOption(QFileDialog::DontUseNativeDialog);
    setOption(QFileDialog::ShowDirsOnly);
    setFileMode(QFileDialog::Directory);
    setAcceptMode(QFileDialog::AcceptSave);
    setLabelText(QFileDialog::Accept, tr("&Export Here"));
    setLabelText(QFileDialog::FileName, tr("Folder (created if missing):"));
}

QString ExportFolderDialog::folder() const
{
    return m_folder;
}

void ExportFolderDialog::accept()
{
    QString path;
    if (auto edit = findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
        path = edit->text().trimmed();
    if (path.startsWith(u"~/"))
        path = QDir::homePath() + path.mid(1);
    path = path.isEmpty() ? directory().absolutePath()
                          : QDir::cleanPath(directory().absoluteFilePath(path));
    const QFileInfo info(path);
    if (info.exists() && !info.isDir()) {
        QMessageBox::warning(this, windowTitle(), tr("%1 is a file, not a folder.").arg(path));
        return;
    }
    if (!info.exists() && !QDir().mkpath(path)) {
        QMessageBox::warning(this, windowTitle(), tr("Cannot create the folder %1.").arg(path));
        return;
    }
    m_folder = path;
    QDialog::accept(); // QFileDialog::accept() would refuse a folder it just saw missing
}
