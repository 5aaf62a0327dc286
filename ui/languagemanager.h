#pragma once

// LanguageManager: installs the translation of the chosen language ("en" or
// "id") from the embedded .qm files; installing one makes Qt send every
// widget a LanguageChange event, which retranslates the window live.
// GUI thread.

#include <QObject>
#include <QString>
#include <QTranslator>

class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // "id" when the system speaks Indonesian, else "en".
    static QString systemLanguage();
    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("id")}; }

    QString language() const { return m_language; }
    bool setLanguage(const QString &code);

private:
    QTranslator m_translator;
    bool m_installed = false;
    QString m_language;
};
