#include "addtargetdialog.h"

#include "externaltarget.h"
#include "reasontext.h"

#include "fielderrorlabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace {

// checkCommand runs /bin/sh twice: wait for a pause in the typing.
constexpr int kCommandCheckDelayMs = 300;

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString milliseconds(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 2 : 1);
}

} // namespace

AddTargetDialog::AddTargetDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("addTargetDialog"));
    m_labelLabel = new QLabel(this);
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_labelError = new FieldErrorLabel(this);
    m_labelError->setObjectName(QStringLiteral("labelError"));
    m_urlLabel = new QLabel(this);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_urlError = new FieldErrorLabel(this);
    m_urlError->setObjectName(QStringLiteral("urlError"));
    m_commandLabel = new QLabel(this);
    m_command = new QLineEdit(this);
    m_command->setObjectName(QStringLiteral("commandEdit"));
    m_commandHint = new QLabel(this);
    m_commandHint->setWordWrap(true);
    m_commandHint->setEnabled(false); // greyed: a hint, not a value
    m_commandError = new FieldErrorLabel(this);
    m_commandError->setObjectName(QStringLiteral("commandError"));
    m_directoryLabel = new QLabel(this);
    m_directory = new QLineEdit(this);
    m_directory->setObjectName(QStringLiteral("directoryEdit"));
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_directoryError = new FieldErrorLabel(this);
    m_directoryError->setObjectName(QStringLiteral("directoryError"));
    m_try = new QPushButton(this);
    m_try->setObjectName(QStringLiteral("tryButton"));
    m_tryStatus = new QLabel(this);
    m_tryStatus->setObjectName(QStringLiteral("tryStatus"));
    m_tryStatus->setWordWrap(true);
    m_tryStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("probeOutput"));
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setMinimumHeight(140);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("dialogButtons"));
    m_commandTimer = new QTimer(this);
    m_commandTimer->setSingleShot(true);
    m_commandTimer->setInterval(kCommandCheckDelayMs);
    m_probe = new TargetProbe(this);

    auto directoryRow = new QHBoxLayout;
    directoryRow->addWidget(m_directory, 1);
    directoryRow->addWidget(m_browse);
    auto form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_labelLabel, m_label);
    form->addRow(m_labelError);
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_urlError);
    form->addRow(m_commandLabel, m_command);
    form->addRow(m_commandHint);
    form->addRow(m_commandError);
    form->addRow(m_directoryLabel, directoryRow);
    form->addRow(m_directoryError);
    auto tryRow = new QHBoxLayout;
    tryRow->addWidget(m_try);
    tryRow->addWidget(m_tryStatus, 1);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(tryRow);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_buttons);

    connect(m_label, &QLineEdit::textChanged, this, &AddTargetDialog::revalidate);
    connect(m_url, &QLineEdit::textChanged, this, &AddTargetDialog::revalidate);
    for (QLineEdit *edit : {m_command, m_directory}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_commandChecked = false;
            m_commandTimer->start();
            revalidate();
        });
    }
    connect(m_commandTimer, &QTimer::timeout, this, &AddTargetDialog::checkCommandNow);
    connect(m_browse, &QPushButton::clicked, this, &AddTargetDialog::browse);
    connect(m_try, &QPushButton::clicked, this, &AddTargetDialog::tryIt);
    connect(m_probe, &TargetProbe::stageChanged, this, &AddTargetDialog::showStage);
    connect(m_probe, &TargetProbe::finished, this, &AddTargetDialog::showProbeResult);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    setWindowTitle(tr("Add external target"));
    resize(620, 520);
    revalidate();
}

QString AddTargetDialog::labelProblem(const QString &label, const QStringList &otherLabels)
{
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        return {}; // the URL's host:port names it, as with --target URL
    if (trimmed.contains(u'/'))
        return tr("A label cannot contain \"/\" (it names the report's files)");
    // Two labels with one file-name key would write the same files; the
    // sweep refuses them (SweepConfig::validate), so say it here.
    const QString key = SweepTarget::safeKey(trimmed);
    for (const QString &other : otherLabels) {
        if (!other.trimmed().isEmpty() && SweepTarget::safeKey(other.trimmed()) == key)
            return tr("Another target is labelled \"%1\": labels must differ").arg(other.trimmed());
    }
    return {};
}

QString AddTargetDialog::urlProblem(const QString &url)
{
    const QString text = url.trimmed();
    if (text.isEmpty())
        return tr("Enter the server's URL, e.g. http://127.0.0.1:8080/");
    // The sweep's check (--target parses strictly, SweepConfig::validate
    // wants http or https with a host); https itself is the engine's
    // business, which the configuration panel checks.
    SweepConfig config = SweepConfig::defaults();
    config.engine = EngineKind::Qnam;
    config.targets
            = {SweepTarget::external(QStringLiteral("target"), QUrl(text, QUrl::StrictMode))};
    if (!QUrl(text, QUrl::StrictMode).isValid() || !config.validate().isEmpty())
        return tr("\"%1\" is not a valid http:// URL").arg(text);
    return {};
}

QString AddTargetDialog::commandProblem(const QString &command)
{
    if (command.trimmed().isEmpty())
        return {};
    return ExternalTarget::checkCommand(command); // the same check as --launch
}

QString AddTargetDialog::composeCommand(const QString &directory, const QString &command)
{
    const QString dir = directory.trimmed();
    const QString cmd = command.trimmed();
    if (dir.isEmpty() || cmd.isEmpty())
        return cmd;
    return QStringLiteral("cd ") + shellQuote(dir) + QStringLiteral(" && ") + cmd;
}

bool AddTargetDialog::splitCommand(const QString &full, QString *directory, QString *command)
{
    static const QRegularExpression composed(QStringLiteral(R"(^cd '((?:[^']|'\\'')*)' && (.+)$)"),
                                             QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = composed.match(full.trimmed());
    if (!match.hasMatch())
        return false;
    *directory = match.captured(1).replace(QStringLiteral("'\\''"), QStringLiteral("'"));
    *command = match.captured(2);
    return true;
}

void AddTargetDialog::setTarget(const QString &label, const QString &url, const QString &command)
{
    QString directory;
    QString bare = command;
    if (!splitCommand(command, &directory, &bare))
        bare = command;
    m_label->setText(label);
    m_url->setText(url);
    m_command->setText(bare);
    m_directory->setText(directory);
    setWindowTitle(tr("Edit external target"));
    checkCommandNow(); // an existing row is checked at once, not after a pause
}

void AddTargetDialog::setOtherLabels(const QStringList &labels)
{
    m_otherLabels = labels;
    revalidate();
}

QString AddTargetDialog::label() const
{
    const QString trimmed = m_label->text().trimmed();
    if (!trimmed.isEmpty())
        return trimmed;
    const QUrl parsed(url(), QUrl::StrictMode);
    return parsed.port() >= 0 ? parsed.host() + u':' + QString::number(parsed.port())
                              : parsed.host();
}

QString AddTargetDialog::url() const
{
    QUrl parsed(m_url->text().trimmed(), QUrl::StrictMode);
    if (parsed.isValid() && !parsed.host().isEmpty() && parsed.path().isEmpty())
        parsed.setPath(QStringLiteral("/")); // as --target does
    return parsed.isValid() ? parsed.toString() : m_url->text().trimmed();
}

QString AddTargetDialog::workingDirectory() const
{
    return m_directory->text().trimmed();
}

QString AddTargetDialog::command() const
{
    return composeCommand(workingDirectory(), m_command->text());
}

SweepTarget AddTargetDialog::target() const
{
    return SweepTarget::external(label(), QUrl(url(), QUrl::StrictMode), command());
}

bool AddTargetDialog::isValid() const
{
    return m_commandChecked && m_labelError->text().isEmpty() && m_urlError->text().isEmpty()
            && m_commandError->text().isEmpty() && m_directoryError->text().isEmpty();
}

void AddTargetDialog::checkCommandNow()
{
    m_commandTimer->stop();
    const QString full = command();
    if (full != m_checkedCommand || !m_commandChecked) {
        m_commandProblem = commandProblem(full);
        m_checkedCommand = full;
    }
    m_commandChecked = true;
    revalidate();
}

void AddTargetDialog::revalidate()
{
    m_labelError->setText(labelProblem(m_label->text(), m_otherLabels));
    m_urlError->setText(urlProblem(m_url->text()));
    QString directoryProblem;
    const QString directory = workingDirectory();
    if (!directory.isEmpty()) {
        if (!QFileInfo(directory).isDir())
            directoryProblem = tr("There is no folder \"%1\"").arg(directory);
        else if (m_command->text().trimmed().isEmpty())
            directoryProblem = tr("A working directory needs a launch command to start in it");
    }
    m_directoryError->setText(directoryProblem);
    // A stale reason would point at text that is no longer there.
    m_commandError->setText(m_commandChecked && directoryProblem.isEmpty() ? m_commandProblem
                                                                           : QString());
    updateButtons();
}

void AddTargetDialog::updateButtons()
{
    const bool running = m_probe->isRunning();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isValid() && !running);
    // Try it needs what the probe needs; the label is only the report's.
    m_try->setEnabled(running
                      || (m_commandChecked && m_urlError->text().isEmpty()
                          && m_commandError->text().isEmpty()
                          && m_directoryError->text().isEmpty()));
    m_try->setText(running ? tr("Stop") : tr("Try it"));
    for (QWidget *field : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_command),
                           static_cast<QWidget *>(m_directory), static_cast<QWidget *>(m_browse)})
        field->setEnabled(!running);
}

void AddTargetDialog::browse()
{
    const QString start = workingDirectory().isEmpty() ? QDir::homePath() : workingDirectory();
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Working directory"), start);
    if (!chosen.isEmpty())
        m_directory->setText(QDir::toNativeSeparators(chosen));
}

void AddTargetDialog::tryIt()
{
    if (m_probe->isRunning()) {
        m_probe->cancel();
        m_tryStatus->setText(tr("Stopping…"));
        return;
    }
    m_output->clear();
    m_tryStatus->setStyleSheet(QString());
    if (!m_probe->start(target(), m_launchTimeoutSec))
        return;
    m_tryStatus->setText(tr("Connecting…"));
    updateButtons();
}

void AddTargetDialog::showStage(TargetProbe::Stage stage)
{
    switch (stage) {
    case TargetProbe::Stage::Launching:
        m_tryStatus->setText(tr("Starting the launch command and waiting for its port (at most "
                                "%1 s)…")
                                     .arg(m_launchTimeoutSec));
        break;
    case TargetProbe::Stage::Fetching:
        m_tryStatus->setText(tr("Sending GET %1…").arg(url()));
        break;
    case TargetProbe::Stage::Stopping:
        m_tryStatus->setText(tr("Stopping the launch command…"));
        break;
    }
}

void AddTargetDialog::showProbeResult()
{
    const TargetProbe::Result result = m_probe->result();
    QStringList lines;
    if (result.ok) {
        m_tryStatus->setStyleSheet(QString());
        m_tryStatus->setText(
                tr("%1 in %2 ms").arg(result.statusLine, milliseconds(result.totalMs)));
        lines << result.statusLine;
        for (const auto &header : result.headers)
            lines << header.first + QStringLiteral(": ") + header.second;
        lines << QString();
        lines << tr("Connected in %1 ms, header %2 ms after the request, whole response in "
                    "%3 ms (body: %4 bytes)")
                         .arg(milliseconds(result.connectMs), milliseconds(result.headerMs),
                              milliseconds(result.totalMs))
                         .arg(result.bodyBytes);
        if (!result.bodyComplete)
            lines << tr("(the body had not ended when the probe stopped reading)");
    } else {
        m_tryStatus->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_tryStatus->setText(tr("Failed: %1").arg(ReasonText::translated(result.error)));
        lines << tr("Failed: %1").arg(ReasonText::translated(result.error));
    }
    if (result.launchMs >= 0)
        lines << tr("The launch command (pid %1) accepted connections after %2 ms and has been "
                    "stopped again.")
                         .arg(result.launchedPid)
                         .arg(milliseconds(result.launchMs));
    if (!result.serverOutput.isEmpty())
        lines << QString() << tr("Output of the launch command:") << result.serverOutput;
    m_output->setPlainText(lines.join(u'\n'));
    updateButtons();
}

void AddTargetDialog::done(int result)
{
    m_probe->cancel(); // the probe stops its launch command before it goes
    QDialog::done(result);
}

void AddTargetDialog::retranslate()
{
    // Qt ships no Indonesian strings for its standard buttons.
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_labelLabel->setText(tr("&Label:"));
    m_labelLabel->setBuddy(m_label);
    m_label->setPlaceholderText(tr("e.g. python-async (empty: the URL's host:port)"));
    m_label->setToolTip(tr("Names the target's rows, charts and files in the report"));
    m_urlLabel->setText(tr("&URL:"));
    m_urlLabel->setBuddy(m_url);
    m_url->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080/"));
    m_commandLabel->setText(tr("Launch &command:"));
    m_commandLabel->setBuddy(m_command);
    m_command->setPlaceholderText(tr("optional, e.g. exec python3 server_async_http.py 8080"));
    m_commandHint->setText(tr("Optional. Run with /bin/sh -c before the target's runs and stopped "
                              "after them; the sweep waits until the URL's port accepts. Leave "
                              "it empty for a server that is already running."));
    m_directoryLabel->setText(tr("&Working directory:"));
    m_directoryLabel->setBuddy(m_directory);
    m_directory->setPlaceholderText(tr("optional: the folder the command starts in"));
    m_browse->setText(tr("Browse…"));
    m_try->setToolTip(tr("Start the launch command, send one GET to the URL, show the answer, "
                         "then stop the command"));
    m_output->setPlaceholderText(
            tr("Try it shows the server's status line, headers and response time here."));
    updateButtons();
}
