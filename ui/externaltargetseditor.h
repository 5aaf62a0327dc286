#pragma once

// ExternalTargetsEditor: any number of external targets (label, URL,
// optional launch command), added and removed in a small table; checks each
// row (URL must be http(s) with a host, the launch command's program must
// exist) and says which row is wrong under the table. GUI thread.

#include "sweepconfig.h"

#include <QList>
#include <QWidget>

class FieldErrorLabel;
class QLabel;
class QPushButton;
class QSettings;
class QTableWidget;

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

    void loadSettings(QSettings &settings);
    void saveSettings(QSettings &settings) const;
    void retranslate();

    enum Column { LabelColumn, UrlColumn, CommandColumn, ColumnCount };

signals:
    void changed();

private:
    QString cell(int row, int column) const;
    QString checkRow(int row) const;

    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    FieldErrorLabel *m_error = nullptr;
};
