#pragma once

// ReportText: the report's words in its language: Indonesian ("id", the
// seed's) by default, English with "en". Pure, any thread.

#include <QString>

class ReportText
{
public:
    static bool isEnglish(const QString &lang)
    {
        return lang.compare(u"en", Qt::CaseInsensitive) == 0;
    }
    static QString pick(const QString &lang, const char16_t *indonesian, const char16_t *english)
    {
        return QString::fromUtf16(isEnglish(lang) ? english : indonesian);
    }
};
