// ExportFolderDialog: a typed folder that does not exist is created and
// accepted; a typed file keeps the dialog open with the reason.

#include "exportfolderdialog.h"
#include "uitestenv.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

class tst_ExportFolderDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiTestEnv::isolate(m_home); }
    void createsTypedFolder();
    void refusesAFile();

private:
    QTemporaryDir m_home;
};

void tst_ExportFolderDialog::createsTypedFolder()
{
    QTemporaryDir dir;
    ExportFolderDialog dialog(nullptr, dir.path());
    dialog.show();
    auto edit = dialog.findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(edit);
    edit->setText(QStringLiteral("tugas9/laporan"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.folder(), dir.filePath(QStringLiteral("tugas9/laporan")));
    QVERIFY(QFileInfo(dialog.folder()).isDir());
}

void tst_ExportFolderDialog::refusesAFile()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    ExportFolderDialog dialog(nullptr, dir.path());
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))
            ->setText(QStringLiteral("notes.txt"));
    QString warning;
    QTimer::singleShot(0, this, [&warning] {
        if (auto box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            warning = box->text();
            box->accept();
        }
    });
    dialog.accept();
    QVERIFY2(warning.contains(QStringLiteral("is a file, not a folder")), qPrintable(warning));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.folder().isEmpty());
}

QTEST_MAIN(tst_ExportFolderDialog)
#include "tst_exportfolderdialog.moc"
