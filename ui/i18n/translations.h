#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

// Which language the GUI speaks, and loading it. The apps' own catalogues are
// compiled from translations/*.ts into the binary (":/i18n/routestudio_<lang>.qm");
// Qt's catalogue for standard dialogs and buttons (qtbase_<lang>.qm) comes from
// QLibraryInfo::TranslationsPath (Debian: qt6-translations-l10n).
//
// The choice is the QSettings key "ui/language": a language code ("de"), or
// empty/absent for "follow the system" (QLocale::system().uiLanguages(), which
// honours LANGUAGE, LC_ALL, LC_MESSAGES and LANG). English is the source language.
class Translations final
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    static constexpr char kSettingsKey[] = "ui/language";
    static constexpr char kSourceLanguage[] = "en";

    explicit Translations(QString catalogueDir = QStringLiteral(":/i18n"));

    // Language codes with a catalogue, plus English; English first, the rest sorted.
    QStringList available() const;
    // The stored setting: a code, or empty for "system".
    QString setting() const;
    void setSetting(const QString &code) const; // empty = system
    // The language to use: the setting if it names an available language, else
    // the first system UI language that is available, else English.
    QString chosen(const QLocale &system = QLocale::system()) const;
    // Installs the catalogues of chosen() into the application (translators are
    // its children) and returns the language actually installed: "en" when
    // chosen() is English or its catalogue cannot be loaded.
    QString install(QCoreApplication *app, const QLocale &system = QLocale::system()) const;

    // A language's name in that language ("Deutsch", "Français").
    static QString nativeName(const QString &code);

private:
    QString m_dir;
};
