#include "ui/i18n/languagemenu.h"

#include <QActionGroup>
#include <QMessageBox>

LanguageMenu::LanguageMenu(Translations translations, QWidget *parent)
    : QMenu(tr("&Language"), parent), m_translations(std::move(translations)),
      m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString current = m_translations.setting();
    auto add = [this, &current](const QString &code, const QString &text) {
        QAction *a = addAction(text);
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == current);
        m_group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(QString(), tr("&System Language"));
    addSeparator();
    for (const QString &code : m_translations.available())
        add(code, Translations::nativeName(code));
    if (!m_group->checkedAction())
        actionFor(QString())->setChecked(true);
}

QAction *LanguageMenu::actionFor(const QString &code) const
{
    const QList<QAction *> all = m_group->actions();
    for (QAction *a : all) {
        if (a->data().toString() == code)
            return a;
    }
    return nullptr;
}

void LanguageMenu::choose(const QString &code)
{
    if (code == m_translations.setting())
        return;
    m_translations.setSetting(code);
    Q_EMIT languageChosen(code);
    // Window-modal but not blocking: the choice is already stored.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("The new language is used the next time you start %1.")
                                    .arg(QCoreApplication::applicationName()),
                                QMessageBox::Ok, parentWidget());
    box->setObjectName(QStringLiteral("languageNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
