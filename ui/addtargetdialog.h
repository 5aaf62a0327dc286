#pragma once

// AddTargetDialog: one external target filled in as a form (label, URL,
// launch command, working directory), each field checked as it is typed
// with the reason under it, the sweep's own checks behind every reason; "Try
// it" launches and fetches the target once (TargetProbe) and shows the
// status line, headers and times. OK stays disabled while a field is wrong.
// Adds a target or edits an existing row. GUI thread.

#include "sweepconfig.h"
#include "targetprobe.h"

#include <QDialog>
#include <QStringList>

class FieldErrorLabel;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

class AddTargetDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddTargetDialog(QWidget *parent = nullptr);

    // Fills the form from a row; a command of the form `cd 'DIR' && CMD`
    // (as this dialog writes it) shows DIR as the working directory.
    void setTarget(const QString &label, const QString &url, const QString &command);
    // Labels of the other targets: a label must differ from them.
    void setOtherLabels(const QStringList &labels);
    void setLaunchTimeout(double seconds) { m_launchTimeoutSec = seconds; }

    QString label() const;
    QString url() const; // as the sweep takes it: "/" added when the path is empty
    QString workingDirectory() const;
    QString command() const; // the launch command, working directory folded in
    SweepTarget target() const;
    // Every field checked (the launch command's check runs shortly after typing).
    bool isValid() const;
    TargetProbe *probe() const { return m_probe; }

    // The field checks, shared with the targets table: "" or why not.
    static QString labelProblem(const QString &label, const QStringList &otherLabels);
    static QString urlProblem(const QString &url);
    static QString commandProblem(const QString &command);
    // The working directory is folded into the one launch command the sweep
    // runs (SweepTarget has no directory of its own): `cd 'DIR' && CMD`.
    static QString composeCommand(const QString &directory, const QString &command);
    static bool splitCommand(const QString &full, QString *directory, QString *command);

protected:
    void done(int result) override;

private:
    void revalidate();
    void checkCommandNow();
    void updateButtons();
    void browse();
    void tryIt();
    void showStage(TargetProbe::Stage stage);
    void showProbeResult();
    void retranslate();

    QLabel *m_labelLabel = nullptr;
    QLineEdit *m_label = nullptr;
    FieldErrorLabel *m_labelError = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_url = nullptr;
    FieldErrorLabel *m_urlError = nullptr;
    QLabel *m_commandLabel = nullptr;
    QLineEdit *m_command = nullptr;
    QLabel *m_commandHint = nullptr;
    FieldErrorLabel *m_commandError = nullptr;
    QLabel *m_directoryLabel = nullptr;
    QLineEdit *m_directory = nullptr;
    QPushButton *m_browse = nullptr;
    FieldErrorLabel *m_directoryError = nullptr;
    QPushButton *m_try = nullptr;
    QLabel *m_tryStatus = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_commandTimer = nullptr;
    TargetProbe *m_probe = nullptr;

    QStringList m_otherLabels;
    double m_launchTimeoutSec = SweepConfig().launchTimeoutSec;
    bool m_commandChecked = true; // false while the command's check waits for the timer
    QString m_checkedCommand; // the command m_commandProblem is about
    QString m_commandProblem;
};
