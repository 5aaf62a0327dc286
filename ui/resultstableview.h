#pragma once

// ResultsTableView: the results table: sortable through a proxy that sorts by
// the model's numeric SortRole, whole-row selection, and Ctrl+C copying the
// selected rows as tab-separated text (pastes into a spreadsheet). One tab
// stop: Tab leaves it, the arrow keys move inside. GUI thread.

#include <QTableView>

class QSortFilterProxyModel;
class ResultsModel;

class ResultsTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ResultsTableView(ResultsModel *model, QWidget *parent = nullptr);

    QList<int> selectedSourceRows() const;
    QString selectedAsTsv() const;

public slots:
    void copySelection();

signals:
    void runSelected(int sourceRow); // -1 when nothing is selected

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void emitCurrent();
    // Every column to its contents, then the Note column over the room left.
    void fitColumns();
    void fitNote();

    ResultsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};
