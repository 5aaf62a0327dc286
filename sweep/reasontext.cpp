#include "reasontext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <vector>

namespace ReasonText {

namespace {

// Indexed by Reason. lupdate reads the texts from here (context
// "ReasonText"); translated() matches saved reasons against them.
constexpr std::array kTemplates {
        QT_TRANSLATE_NOOP("ReasonText", "not started: %1"),
        QT_TRANSLATE_NOOP("ReasonText", "not run: the sweep was cancelled"),
        QT_TRANSLATE_NOOP("ReasonText", "cancelled"),
        QT_TRANSLATE_NOOP("ReasonText", "cancelled (%1 of %2 requests done)"),
        QT_TRANSLATE_NOOP("ReasonText", "cancelled after %1 of %2 repeats"),
        QT_TRANSLATE_NOOP("ReasonText",
                          "exceeded the run time limit of %1 s (%2 of %3 requests done)"),
        QT_TRANSLATE_NOOP("ReasonText", "no request completed (%1)"),
        QT_TRANSLATE_NOOP("ReasonText", "no request completed: %1"),
        QT_TRANSLATE_NOOP("ReasonText",
                          "%1 failed: connect %2, receive %3, length %4, exceptions %5"),
        QT_TRANSLATE_NOOP("ReasonText", "%1 (repeat %2 of %3)"),
        QT_TRANSLATE_NOOP("ReasonText", "the embedded %1 server did not start: %2"),
        QT_TRANSLATE_NOOP("ReasonText",
                          "%1:%2 already accepts connections before '%3' was "
                          "launched (another server is running there)"),
        QT_TRANSLATE_NOOP("ReasonText", "launch command '%1' did not start: %2"),
        QT_TRANSLATE_NOOP("ReasonText",
                          "launch command '%1' was killed before %2:%3 accepted connections%4"),
        QT_TRANSLATE_NOOP("ReasonText",
                          "launch command '%1' exited with code %2 before %3:%4 "
                          "accepted connections%5"),
        QT_TRANSLATE_NOOP("ReasonText", "cancelled while waiting for '%1'"),
        QT_TRANSLATE_NOOP("ReasonText", "launch command '%1' did not open %2:%3 within %4 s%5"),
};
static_assert(kTemplates.size() == size_t(Reason::LaunchNoPort) + 1);

// Replaces %1..%9 by arguments in one left-to-right pass.
QString fill(const QString &text, const QStringList &arguments)
{
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'%' && i + 1 < text.size() && text[i + 1] >= u'1' && text[i + 1] <= u'9') {
            const int index = text[i + 1].digitValue() - 1;
            if (index < arguments.size()) {
                out += arguments.at(index);
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

struct Pattern
{
    const char *text;
    QRegularExpression expression;
    QList<int> order; // the argument number of each capture, in text order
};

const std::vector<Pattern> &patterns()
{
    static const std::vector<Pattern> all = [] {
        std::vector<Pattern> list;
        static const QRegularExpression placeholder(QStringLiteral("%([1-9])"));
        for (const char *text : kTemplates) {
            const QString source = QString::fromLatin1(text);
            QString regex = QStringLiteral("^");
            QList<int> order;
            qsizetype last = 0;
            auto it = placeholder.globalMatch(source);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                regex += QRegularExpression::escape(source.mid(last, match.capturedStart() - last));
                regex += QStringLiteral("(.*)");
                order << match.captured(1).toInt();
                last = match.capturedEnd();
            }
            regex += QRegularExpression::escape(source.mid(last)) + u'$';
            // A reason in a repeat wraps any other: it is tried first, or
            // "no request completed (%1)" would take the repeat into its %1.
            const bool wraps = text == kTemplates[size_t(Reason::InRepeat)];
            list.insert(wraps ? list.begin() : list.end(),
                        {text,
                         QRegularExpression(regex, QRegularExpression::DotMatchesEverythingOption),
                         order});
        }
        return list;
    }();
    return all;
}

} // namespace

QString make(Reason reason, const QStringList &arguments)
{
    return fill(QString::fromLatin1(kTemplates.at(size_t(reason))), arguments);
}

QString translated(const QString &reason)
{
    for (const Pattern &pattern : patterns()) {
        const QRegularExpressionMatch match = pattern.expression.match(reason);
        if (!match.hasMatch())
            continue;
        QStringList arguments;
        for (int i = 0; i < pattern.order.size(); ++i) {
            const int number = pattern.order.at(i);
            if (arguments.size() < number)
                arguments.resize(number);
            // A reason inside a reason ("no request completed: ..." or one
            // in a repeat) is translated too.
            arguments[number - 1] = translated(match.captured(i + 1));
        }
        return fill(QCoreApplication::translate("ReasonText", pattern.text), arguments);
    }
    return reason;
}

} // namespace ReasonText
