#include "ui/i18n/translations.h"

#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace {
const char kPrefix[] = "routestudio_";
}

Translations::Translations(QString catalogueDir) : m_dir(std::move(catalogueDir)) {}

QStringList Translations::available() const
{
    QStringList codes;
    const QStringList files = QDir(m_dir).entryList(
        {QLatin1String(kPrefix) + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const QString code = f.mid(int(qstrlen(kPrefix))).chopped(3);
        if (!code.isEmpty() && code != QLatin1String(kSourceLanguage))
            codes << code;
    }
    codes.sort();
    codes.prepend(QLatin1String(kSourceLanguage));
    return codes;
}

QString Translations::setting() const
{
    return QSettings().value(QLatin1String(kSettingsKey)).toString();
}

void Translations::setSetting(const QString &code) const
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(kSettingsKey));
    else
        settings.setValue(QLatin1String(kSettingsKey), code);
}

QString Translations::chosen(const QLocale &system) const
{
    const QStringList codes = available();
    const QString stored = setting();
    if (codes.contains(stored))
        return stored;
    // uiLanguages() lists "de-DE" before "de"; either matches our "de".
    const QStringList wanted = system.uiLanguages();
    for (const QString &ui : wanted) {
        const QString language = QLocale(ui).name().section(u'_', 0, 0);
        if (codes.contains(language))
            return language;
    }
    return QLatin1String(kSourceLanguage);
}

QString Translations::install(QCoreApplication *app, const QLocale &system) const
{
    const QString code = chosen(system);
    if (code == QLatin1String(kSourceLanguage))
        return code;
    auto *own = new QTranslator(app);
    if (!own->load(QLatin1String(kPrefix) + code, m_dir)) {
        delete own;
        return QLatin1String(kSourceLanguage);
    }
    QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, file dialogs); missing is not an error.
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + code,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return code;
}

QString Translations::nativeName(const QString &code)
{
    if (code == QLatin1String(kSourceLanguage))
        return QStringLiteral("English");
    const QString name = QLocale(code).nativeLanguageName();
    if (name.isEmpty())
        return code;
    return name.left(1).toUpper() + name.mid(1);
}
