#pragma once

// EmbeddedModelsIntro: what the four embedded servers are, one line each, as
// the empty Live and Charts tabs explain them: written once so the two tabs
// (and their translations) cannot drift apart. GUI thread (tr()).

#include <QCoreApplication>
#include <QString>

class EmbeddedModelsIntro
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddedModelsIntro)

public:
    static QString html();
};
