#include "languagemanager.h"

#include "uilog.h"

#include <QCoreApplication>
#include <QLocale>

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) { }

LanguageManager::~LanguageManager()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Indonesian ? QStringLiteral("id")
                                                               : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &code)
{
    const QString language = languages().contains(code) ? code : QStringLiteral("en");
    if (language == m_language)
        return true;
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    if (!m_translator.load(QStringLiteral(":/i18n/serverbench_") + language)) {
        qCWarning(lcUi) << "no translation for" << language;
        m_language = QStringLiteral("en");
        return false;
    }
    m_installed = QCoreApplication::installTranslator(&m_translator);
    m_language = language;
    return m_installed;
}
