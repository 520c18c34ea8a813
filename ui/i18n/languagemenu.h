#pragma once

#include "ui/i18n/translations.h"

#include <QMenu>

class QActionGroup;

// "Language" submenu: System / English / Deutsch / Français ... Choosing one
// stores it (Translations::setSetting) and says that it applies at the next
// start: the windows are built once, in the language installed at startup.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(Translations translations, QWidget *parent = nullptr);

    // The action for a code ("" = system), for tests and shortcuts.
    QAction *actionFor(const QString &code) const;

Q_SIGNALS:
    void languageChosen(const QString &code);

private:
    void choose(const QString &code);

    Translations m_translations;
    QActionGroup *m_group;
};
