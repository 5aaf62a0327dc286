#pragma once

// ConfigPanel: everything a sweep needs, as the user sets it: the two
// embedded targets, the external ones, and the load (levels, n, keep-alive,
// engine and the locust engine's workers, timeout, ab -r) and the report's title and author.
// Checks each field where it is typed (a red line under it) and the whole config with
// SweepConfig::validate(); remembers it all in QSettings. GUI thread.

#include "embeddedserver.h"
#include "sweepconfig.h"

#include <QWidget>

class EmbeddedTargetEditor;
class ExternalTargetsEditor;
class FieldErrorLabel;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

class ConfigPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConfigPanel(QWidget *parent = nullptr);

    SweepConfig config() const;
    // "" when the config can run, else the first reason (field-level first).
    QString problem() const { return m_problem; }
    ServerOptions serverOptions(ServerModel model) const;
    EmbeddedTargetEditor *embeddedEditor(ServerModel model) const;
    ExternalTargetsEditor *externalEditor() const { return m_externals; }

    void setLevelsText(const QString &text);
    void setRequests(qint64 requests);
    // Shows config in the fields (targets, load, title, author), as the
    // GUI's command line gives it; what has no field here is not shown.
    void setConfig(const SweepConfig &config);

    void loadSettings(QSettings &settings);
    void saveSettings(QSettings &settings) const;
    void retranslate();

public slots:
    // Re-runs every check (also the port probes) and emits problemChanged.
    void revalidate();

signals:
    void problemChanged(const QString &problem);

private:
    bool isLocust() const;
    void showEngineFields();
    // The locust fields' reason, from SweepConfig::validate() as the command line gets it.
    QString locustProblem() const;

    EmbeddedTargetEditor *m_async = nullptr;
    EmbeddedTargetEditor *m_thread = nullptr;
    EmbeddedTargetEditor *m_pool = nullptr;
    EmbeddedTargetEditor *m_reactor = nullptr;
    ExternalTargetsEditor *m_externals = nullptr;
    QGroupBox *m_targetsBox = nullptr;
    QGroupBox *m_loadBox = nullptr;
    QGroupBox *m_reportBox = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_authorLabel = nullptr;
    QLineEdit *m_author = nullptr;
    QLabel *m_levelsLabel = nullptr;
    QLineEdit *m_levels = nullptr;
    FieldErrorLabel *m_levelsError = nullptr;
    QLabel *m_requestsLabel = nullptr;
    QSpinBox *m_requests = nullptr;
    QLabel *m_repeatsLabel = nullptr;
    QSpinBox *m_repeats = nullptr;
    QCheckBox *m_keepAlive = nullptr;
    QLabel *m_engineLabel = nullptr;
    QComboBox *m_engine = nullptr;
    // The locust engine's rows, shown only while it is the engine: the other
    // engines ignore them, and the panel stays short for the common case.
    QFormLayout *m_loadForm = nullptr;
    QLabel *m_locustWorkersLabel = nullptr;
    QSpinBox *m_locustWorkers = nullptr;
    QLabel *m_locustMasterBindLabel = nullptr;
    QLineEdit *m_locustMasterBind = nullptr;
    FieldErrorLabel *m_locustMasterBindError = nullptr;
    QLabel *m_locustWaitLabel = nullptr;
    QDoubleSpinBox *m_locustWait = nullptr;
    QLabel *m_timeoutLabel = nullptr;
    QDoubleSpinBox *m_timeout = nullptr;
    QCheckBox *m_receiveErrors = nullptr; // ab -r
    FieldErrorLabel *m_configError = nullptr;
    QString m_problem;
};
