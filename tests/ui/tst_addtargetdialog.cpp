// The external-target dialog as a student fills it in: each field's reason
// appears under it as it is typed and OK waits for a valid form; the working
// directory is folded into the launch command and read back when a row is
// edited; "Try it" launches a Python server and shows its status line and
// headers. And the targets table: typing a URL then Tab moves on without
// opening the next cell, so nothing typed afterwards overwrites a value.

#include "addtargetdialog.h"
#include "externaltarget.h"
#include "externaltargetseditor.h"
#include "studentserverscript.h"
#include "testports.h"
#include "uitestenv.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

namespace {

template<typename T> T *child(const QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QPushButton *okButton(const AddTargetDialog &dialog)
{
    return child<QDialogButtonBox>(dialog, "dialogButtons")->button(QDialogButtonBox::Ok);
}

} // namespace

class tst_AddTargetDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reasonsUnderFieldsAndOk();
    void commandFolding_data();
    void commandFolding();
    void tryItShowsStatusLine();
    void addAndEditThroughTheEditor();
    void tabInTableKeepsTheUrl();
    void fullValuesInTooltips();

private:
    QTemporaryDir m_home;
    QTemporaryDir m_work;
    bool m_python = false;
};

void tst_AddTargetDialog::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_work.isValid());
    UiTestEnv::isolate(m_home);
    m_python = !QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty();
    // A folder with a space and a quote, as a student's may have.
    QVERIFY(QDir(m_work.path()).mkpath(QStringLiteral("tugas 'saya'")));
    QVERIFY(StudentServerScript::write(m_work.filePath(QStringLiteral("tugas 'saya'/server.py")),
                                       "ok\n"));
}

void tst_AddTargetDialog::reasonsUnderFieldsAndOk()
{
    AddTargetDialog dialog;
    dialog.setOtherLabels({QStringLiteral("async-python")});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto label = child<QLineEdit>(dialog, "labelEdit");
    auto url = child<QLineEdit>(dialog, "urlEdit");
    auto command = child<QLineEdit>(dialog, "commandEdit");
    auto directory = child<QLineEdit>(dialog, "directoryEdit");
    auto labelError = child<QLabel>(dialog, "labelError");
    auto urlError = child<QLabel>(dialog, "urlError");
    auto commandError = child<QLabel>(dialog, "commandError");
    auto directoryError = child<QLabel>(dialog, "directoryError");
    QPushButton *ok = okButton(dialog);

    // Empty form: the URL is missing, and OK says no.
    QVERIFY(!ok->isEnabled());
    QVERIFY(urlError->isVisible());

    QTest::keyClicks(url, QStringLiteral("htp:/nowhere"));
    QVERIFY(urlError->isVisible());
    QVERIFY2(urlError->text().contains(QStringLiteral("is not a valid http:// URL")),
             qPrintable(urlError->text()));
    QVERIFY(!ok->isEnabled());
    retype(url, QStringLiteral("http://127.0.0.1:8080"));
    QVERIFY(!urlError->isVisible());
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.url(), QStringLiteral("http://127.0.0.1:8080/")); // as --target takes it
    QCOMPARE(dialog.label(), QStringLiteral("127.0.0.1:8080")); // the empty label's default

    QTest::keyClicks(label, QStringLiteral("a/b"));
    QVERIFY(labelError->isVisible());
    QVERIFY(labelError->text().contains(u'/'));
    QVERIFY(!ok->isEnabled());
    retype(label, QStringLiteral("async-python"));
    QVERIFY2(labelError->text().contains(QStringLiteral("async-python")),
             qPrintable(labelError->text()));
    QVERIFY(!ok->isEnabled());
    retype(label, QStringLiteral("thread-python"));
    QVERIFY(!labelError->isVisible());
    QVERIFY(ok->isEnabled());

    // The launch command meets --launch's check, shortly after typing stops.
    QTest::keyClicks(command, QStringLiteral("no-such-server-xyz --port 8080"));
    QVERIFY(!ok->isEnabled()); // not checked yet
    QTRY_VERIFY(commandError->isVisible());
    QVERIFY2(commandError->text().contains(
                     QStringLiteral("launch command \"no-such-server-xyz\" not found")),
             qPrintable(commandError->text()));
    QVERIFY(!ok->isEnabled());
    retype(command, QStringLiteral("exec python3 'server.py"));
    QTRY_VERIFY(commandError->text().contains(QStringLiteral("not a valid shell")));
    retype(command, QStringLiteral("exec python3 server_async_http.py 8080"));
    QTRY_VERIFY(ok->isEnabled());
    QVERIFY(!commandError->isVisible());

    QTest::keyClicks(directory, m_work.filePath(QStringLiteral("missing")));
    QVERIFY(directoryError->isVisible());
    QVERIFY(directoryError->text().contains(QStringLiteral("missing")));
    QVERIFY(!ok->isEnabled());
    retype(directory, m_work.filePath(QStringLiteral("tugas 'saya'")));
    QTRY_VERIFY(ok->isEnabled());
    QVERIFY(!directoryError->isVisible());
    QCOMPARE(
            dialog.command(),
            QStringLiteral("cd '%1/tugas '\\''saya'\\''' && exec python3 server_async_http.py 8080")
                    .arg(m_work.path()));
    // The folded command is one the sweep accepts.
    QCOMPARE(ExternalTarget::checkCommand(dialog.command()), QString());

    // A directory without a command has nothing to start in it.
    command->clear();
    QTRY_VERIFY(directoryError->isVisible());
    QVERIFY(!ok->isEnabled());
}

void tst_AddTargetDialog::commandFolding_data()
{
    QTest::addColumn<QString>("directory");
    QTest::addColumn<QString>("command");
    QTest::newRow("plain") << QStringLiteral("/srv/tugas")
                           << QStringLiteral("exec python3 server_async_http.py");
    QTest::newRow("space") << QStringLiteral("/home/budi/Tugas 9")
                           << QStringLiteral("python3 server.py 8080");
    QTest::newRow("quote") << QStringLiteral("/home/budi/it's") << QStringLiteral("./server");
    QTest::newRow("ampersands") << QStringLiteral("/a && b")
                                << QStringLiteral("cd x && exec python3 s.py");
}

void tst_AddTargetDialog::commandFolding()
{
    QFETCH(QString, directory);
    QFETCH(QString, command);
    const QString full = AddTargetDialog::composeCommand(directory, command);
    QVERIFY(full.startsWith(QStringLiteral("cd '")));
    QString backDirectory;
    QString backCommand;
    QVERIFY(AddTargetDialog::splitCommand(full, &backDirectory, &backCommand));
    QCOMPARE(backDirectory, directory);
    QCOMPARE(backCommand, command);
    // Commands the dialog did not write stay whole.
    QVERIFY(!AddTargetDialog::splitCommand(command, &backDirectory, &backCommand));
    QCOMPARE(AddTargetDialog::composeCommand(QString(), command), command);
}

void tst_AddTargetDialog::tryItShowsStatusLine()
{
    if (!m_python)
        QSKIP("python3 is not installed");
    const quint16 port = TestPorts::freePort();
    QVERIFY(port != 0);
    AddTargetDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(dialog, "labelEdit"), QStringLiteral("tugas"));
    QTest::keyClicks(child<QLineEdit>(dialog, "urlEdit"),
                     QStringLiteral("http://127.0.0.1:%1/").arg(port));
    QTest::keyClicks(child<QLineEdit>(dialog, "commandEdit"),
                     QStringLiteral("exec python3 server.py %1").arg(port));
    QTest::keyClicks(child<QLineEdit>(dialog, "directoryEdit"),
                     m_work.filePath(QStringLiteral("tugas 'saya'")));
    auto tryButton = child<QPushButton>(dialog, "tryButton");
    QTRY_VERIFY(okButton(dialog)->isEnabled());
    QVERIFY(tryButton->isEnabled());

    QSignalSpy finished(dialog.probe(), &TargetProbe::finished);
    QTest::mouseClick(tryButton, Qt::LeftButton);
    QVERIFY(dialog.probe()->isRunning());
    QVERIFY(!okButton(dialog)->isEnabled()); // not while the server runs
    QVERIFY(finished.wait(60000));

    const QString output = child<QPlainTextEdit>(dialog, "probeOutput")->toPlainText();
    QVERIFY2(output.startsWith(QStringLiteral("HTTP/1.0 200 OK\n")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("Content-Type: text/plain")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("Server: BaseHTTP")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral(" ms")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("\"GET / HTTP/1.0\" 200")), qPrintable(output));
    QVERIFY(child<QLabel>(dialog, "tryStatus")
                    ->text()
                    .startsWith(QStringLiteral("HTTP/1.0 200 OK")));
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(tryButton->text(), QStringLiteral("Try it"));
    // The launched server was stopped again.
    QVERIFY(!ExternalTarget::portAccepts(QStringLiteral("127.0.0.1"), port, 500));

    // A closed port says so.
    const quint16 closed = TestPorts::freePort();
    retype(child<QLineEdit>(dialog, "urlEdit"), QStringLiteral("http://127.0.0.1:%1/").arg(closed));
    child<QLineEdit>(dialog, "directoryEdit")->clear();
    child<QLineEdit>(dialog, "commandEdit")->clear();
    QTRY_VERIFY(tryButton->isEnabled() && okButton(dialog)->isEnabled());
    QTest::mouseClick(tryButton, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY2(child<QLabel>(dialog, "tryStatus")->text().contains(QStringLiteral("refused")),
             qPrintable(child<QLabel>(dialog, "tryStatus")->text()));
}

void tst_AddTargetDialog::addAndEditThroughTheEditor()
{
    ExternalTargetsEditor editor;
    editor.addTarget(QStringLiteral("first"), QStringLiteral("http://127.0.0.1:8081/"));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy changed(&editor, &ExternalTargetsEditor::changed);

    QTest::mouseClick(child<QPushButton>(editor, "addExternalButton"), Qt::LeftButton);
    auto *dialog = editor.findChild<AddTargetDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(child<QLineEdit>(*dialog, "labelEdit"), QStringLiteral("first"));
    QTest::keyClicks(child<QLineEdit>(*dialog, "urlEdit"), QStringLiteral("http://127.0.0.1:8082"));
    QVERIFY(!okButton(*dialog)->isEnabled()); // "first" is taken
    retype(child<QLineEdit>(*dialog, "labelEdit"), QStringLiteral("second"));
    QTest::keyClicks(child<QLineEdit>(*dialog, "commandEdit"),
                     QStringLiteral("exec python3 server.py 8082"));
    QTest::keyClicks(child<QLineEdit>(*dialog, "directoryEdit"),
                     m_work.filePath(QStringLiteral("tugas 'saya'")));
    QTRY_VERIFY(okButton(*dialog)->isEnabled());
    QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
    QTRY_VERIFY(!editor.findChild<AddTargetDialog *>()); // closed and deleted

    QCOMPARE(editor.rowCount(), 2);
    QVERIFY(!changed.isEmpty());
    const QList<SweepTarget> targets = editor.targets();
    QCOMPARE(targets.at(1).label, QStringLiteral("second"));
    QCOMPARE(targets.at(1).url, QUrl(QStringLiteral("http://127.0.0.1:8082/")));
    QVERIFY(targets.at(1).launchCommand.startsWith(QStringLiteral("cd '")));
    QCOMPARE(editor.check(), QString());

    // Edit…: the row comes back into the form, the directory split out.
    auto *table = child<QTableWidget>(editor, "externalTable");
    table->setCurrentCell(1, ExternalTargetsEditor::UrlColumn);
    QTest::mouseClick(child<QPushButton>(editor, "editExternalButton"), Qt::LeftButton);
    dialog = editor.findChild<AddTargetDialog *>();
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(*dialog, "labelEdit")->text(), QStringLiteral("second"));
    QCOMPARE(child<QLineEdit>(*dialog, "commandEdit")->text(),
             QStringLiteral("exec python3 server.py 8082"));
    QCOMPARE(child<QLineEdit>(*dialog, "directoryEdit")->text(),
             m_work.filePath(QStringLiteral("tugas 'saya'")));
    QVERIFY(okButton(*dialog)->isEnabled()); // its own label is not "taken"
    retype(child<QLineEdit>(*dialog, "urlEdit"), QStringLiteral("http://127.0.0.1:9000/x"));
    QTRY_VERIFY(okButton(*dialog)->isEnabled());
    QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
    QCOMPARE(editor.rowCount(), 2);
    QCOMPARE(editor.targets().at(1).url, QUrl(QStringLiteral("http://127.0.0.1:9000/x")));
    QTRY_VERIFY(!editor.findChild<AddTargetDialog *>());

    // Cancel changes nothing.
    QTest::mouseClick(child<QPushButton>(editor, "editExternalButton"), Qt::LeftButton);
    dialog = editor.findChild<AddTargetDialog *>();
    QVERIFY(dialog);
    retype(child<QLineEdit>(*dialog, "urlEdit"), QStringLiteral("http://example.invalid/"));
    dialog->reject();
    QCOMPARE(editor.targets().at(1).url, QUrl(QStringLiteral("http://127.0.0.1:9000/x")));
}

void tst_AddTargetDialog::tabInTableKeepsTheUrl()
{
    ExternalTargetsEditor editor;
    const QString command = QStringLiteral("exec python3 server.py 8080");
    editor.addTarget(QStringLiteral("py"), QStringLiteral("http://127.0.0.1:1/"), command);
    editor.addTarget(QStringLiteral("other"), QStringLiteral("http://127.0.0.1:2/"));
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    auto *table = child<QTableWidget>(editor, "externalTable");
    table->setFocus();
    table->setCurrentCell(0, ExternalTargetsEditor::UrlColumn);

    // Type a URL over the old one (F2 opens the cell), then Tab.
    QTest::keyClick(table, Qt::Key_F2);
    auto *cellEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(cellEditor);
    QTRY_COMPARE(cellEditor->selectedText(), QString()); // nothing to overwrite by accident
    cellEditor->clear();
    QTest::keyClicks(cellEditor, QStringLiteral("http://127.0.0.1:8080/"));
    QTest::keyClick(cellEditor, Qt::Key_Tab);
    QCOMPARE(table->item(0, ExternalTargetsEditor::UrlColumn)->text(),
             QStringLiteral("http://127.0.0.1:8080/"));
    // Tab moved to the command cell without opening it.
    QCOMPARE(table->currentRow(), 0);
    QCOMPARE(table->currentColumn(), int(ExternalTargetsEditor::CommandColumn));
    QTRY_COMPARE(QApplication::focusWidget(), table);

    // Typing on adds to the command; the URL and the command stay.
    QTest::keyClick(table, ' '); // opens the cell, as any key does
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("--quiet"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(table->item(0, ExternalTargetsEditor::CommandColumn)->text(),
             command + QStringLiteral(" --quiet"));
    QCOMPARE(table->item(0, ExternalTargetsEditor::UrlColumn)->text(),
             QStringLiteral("http://127.0.0.1:8080/"));
    // Past the row's last cell, Tab goes on to the next row's first cell.
    QCOMPARE(table->currentRow(), 1);
    QCOMPARE(table->currentColumn(), int(ExternalTargetsEditor::LabelColumn));
    QCOMPARE(table->item(1, ExternalTargetsEditor::LabelColumn)->text(), QStringLiteral("other"));

    // Shift+Tab goes back, again without opening a cell.
    QTest::keyClick(table, Qt::Key_F2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(table->currentRow(), 0);
    QCOMPARE(table->currentColumn(), int(ExternalTargetsEditor::CommandColumn));
    QTRY_COMPARE(QApplication::focusWidget(), table);
    QCOMPARE(table->item(1, ExternalTargetsEditor::LabelColumn)->text(), QStringLiteral("other"));
    QCOMPARE(editor.check(), QString());

    // The table is one Tab stop: Tab from a cell not being edited leaves it,
    // and so does Tab in the last cell being edited; neither wraps round.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != table);
    QVERIFY(!table->isAncestorOf(QApplication::focusWidget()));
    table->setFocus();
    table->setCurrentCell(1, ExternalTargetsEditor::CommandColumn);
    QTest::keyClick(table, Qt::Key_F2);
    QVERIFY(table->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(QApplication::focusWidget() != table
                && !table->isAncestorOf(QApplication::focusWidget()));
}

void tst_AddTargetDialog::fullValuesInTooltips()
{
    ExternalTargetsEditor editor;
    const QString url = QStringLiteral("http://127.0.0.1:8080/a/very/long/path/to/the/page.html");
    const QString command
            = QStringLiteral("cd '/home/budi/Tugas Pemrograman Jaringan/minggu 9' && exec python3 "
                             "server_async_http.py 8080");
    editor.addTarget(QStringLiteral("async"), url, command);
    editor.resize(520, 200);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *table = child<QTableWidget>(editor, "externalTable");
    QCOMPARE(table->model()->index(0, ExternalTargetsEditor::UrlColumn).data(Qt::ToolTipRole),
             QVariant(url));
    QCOMPARE(table->model()->index(0, ExternalTargetsEditor::CommandColumn).data(Qt::ToolTipRole),
             QVariant(command));
    // Edited in place, the tooltip follows.
    table->item(0, ExternalTargetsEditor::LabelColumn)->setText(QStringLiteral("async 2"));
    QCOMPARE(table->model()->index(0, ExternalTargetsEditor::LabelColumn).data(Qt::ToolTipRole),
             QVariant(QStringLiteral("async 2")));
    // The columns share the width: no horizontal scrolling for these values.
    QTRY_VERIFY(!table->horizontalScrollBar()->isVisible());
    QVERIFY(table->columnWidth(ExternalTargetsEditor::UrlColumn) > 100);
    QVERIFY(table->columnWidth(ExternalTargetsEditor::CommandColumn) > 100);
}

QTEST_MAIN(tst_AddTargetDialog)
#include "tst_addtargetdialog.moc"
