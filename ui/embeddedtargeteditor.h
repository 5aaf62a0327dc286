#pragma once

// EmbeddedTargetEditor: one embedded server as a sweep target: on/off, its
// port and its knobs (response body size, simulated work per request, and
// the pool's worker threads or the reactor's event loops), with
// a red line under the fields when the port cannot be bound. GUI thread.

#include "embeddedserver.h"
#include "sweepconfig.h"

#include <QWidget>

class FieldErrorLabel;
class QCheckBox;
class QLabel;
class QSettings;
class QSpinBox;

class EmbeddedTargetEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EmbeddedTargetEditor(ServerModel model, QWidget *parent = nullptr);

    ServerModel model() const { return m_model; }
    bool isChecked() const;
    void setChecked(bool on);
    ServerOptions options() const;
    // Shows options' port and knobs (the pool's threads or the reactor's
    // loops, for those two); a value past a field's range shows its limit.
    void setOptions(const ServerOptions &options);
    SweepTarget target() const;
    // Field-level check: "" or why this target cannot run (the port is taken).
    QString check();

    void loadSettings(QSettings &settings);
    void saveSettings(QSettings &settings) const;
    void retranslate();

signals:
    void changed();

private:
    QString settingsGroup() const;
    bool hasThreadsKnob() const;
    bool enabledByDefault() const;

    ServerModel m_model = ServerModel::EventDriven;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_portLabel = nullptr;
    QLabel *m_bodyLabel = nullptr;
    QLabel *m_workLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QSpinBox *m_body = nullptr;
    QSpinBox *m_work = nullptr;
    QLabel *m_threadsLabel = nullptr; // pool: worker threads; reactor: event loops
    QSpinBox *m_threads = nullptr; // 0 = the model's default
    FieldErrorLabel *m_error = nullptr;
};
