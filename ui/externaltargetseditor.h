#pragma once

// ExternalTargetsEditor: any number of external targets (label, URL,
// optional launch command) in a small table. Add… and Edit… open the
// AddTargetDialog (fields checked as typed, "Try it"); cells stay editable in
// place, Tab moving to the next cell (CellEditDelegate). Checks each row with
// the dialog's checks and says which row is wrong under the table. GUI thread.

#include "sweepconfig.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class AddTargetDialog;
class FieldErrorLabel;
class QLabel;
class QPushButton;
class QSettings;
class QTableWidget;
class QTableWidgetItem;

class ExternalTargetsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ExternalTargetsEditor(QWidget *parent = nullptr);

    QList<SweepTarget> targets() const;
    int rowCount() const;
    void addTarget(const QString &label, const QString &url, const QString &command = {});
    void removeRow(int row);
    // Field-level check of every row: "" or the first row's problem.
    QString check();
    // Opens the dialog (not modal to the application: returns at once) to
    // add a row, or to edit row `row`; OK writes it into the table.
    AddTargetDialog *openDialog(int row = -1);
    void setLaunchTimeout(double seconds) { m_launchTimeoutSec = seconds; }

    void loadSettings(QSettings &settings);
    void saveSettings(QSettings &settings) const;
    void retranslate();

    enum Column { LabelColumn, UrlColumn, CommandColumn, ColumnCount };

signals:
    void changed();

private:
    QString cell(int row, int column) const;
    QString checkRow(int row) const;
    QStringList labelsExcept(int row) const;
    void setRow(int row, const QString &label, const QString &url, const QString &command);
    void updateButtons();

    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    FieldErrorLabel *m_error = nullptr;
    double m_launchTimeoutSec = SweepConfig().launchTimeoutSec;
};
