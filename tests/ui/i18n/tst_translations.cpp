#include "ui/editor/editorsession.h"
#include "ui/files/recentfiles.h"
#include "ui/i18n/languagemenu.h"
#include "ui/i18n/translations.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

// The language the editor speaks: the ui/language setting wins, else the
// system's UI languages, else English; the compiled-in catalogues and Qt's own
// are installed before the window is built, so its menus come up translated.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void available();
    void chosen_data();
    void chosen();
    void mainWindowSpeaks_data();
    void mainWindowSpeaks();
    void qtOwnStringsFollow();
    void languageMenuStoresChoice();

private:
    static QStringList menuTitles(const QMainWindow &window);
    static QMessageBox *findNotice();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RouteStudioTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
}

void TestTranslations::cleanup()
{
    const QList<QTranslator *> installed = qApp->findChildren<QTranslator *>();
    for (QTranslator *t : installed) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QSettings().clear();
}

void TestTranslations::available()
{
    QCOMPARE(Translations().available(),
             QStringList({QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
    QCOMPARE(Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(Translations::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
    QCOMPARE(Translations::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    // A folder without catalogues offers the source language only.
    QCOMPARE(Translations(QStringLiteral(":/no-such-dir")).available(),
             QStringList({QStringLiteral("en")}));
}

void TestTranslations::chosen_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("system German") << QString() << "de_DE" << "de";
    QTest::newRow("system Swiss German") << QString() << "de_CH" << "de";
    QTest::newRow("system French") << QString() << "fr_FR" << "fr";
    QTest::newRow("system Canadian French") << QString() << "fr_CA" << "fr";
    QTest::newRow("system English") << QString() << "en_GB" << "en";
    QTest::newRow("system without catalogue") << QString() << "ja_JP" << "en";
    QTest::newRow("C locale") << QString() << "C" << "en";
    QTest::newRow("setting wins over system") << "fr" << "de_DE" << "fr";
    QTest::newRow("English setting on German system") << "en" << "de_DE" << "en";
    QTest::newRow("unknown setting falls back") << "xx" << "de_AT" << "de";
}

void TestTranslations::chosen()
{
    QFETCH(QString, setting);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    const Translations translations;
    translations.setSetting(setting);
    QCOMPARE(translations.setting(), setting);
    QCOMPARE(translations.chosen(QLocale(system)), expected);
}

void TestTranslations::mainWindowSpeaks_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("installed");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("saveText");
    QTest::addColumn<QString>("addHubTip");
    const QStringList german{"&Datei", "&Bearbeiten", "&Einfügen", "&Ansicht", "E&instellungen",
                             "&Hilfe"};
    const QStringList french{"&Fichier", "&Édition", "&Insertion", "Afficha&ge", "&Paramètres",
                             "&Aide"};
    const QStringList english{"&File", "&Edit", "&Insert", "&View", "&Settings", "&Help"};
    QTest::newRow("German by setting")
        << "de" << "en_US" << "de" << german << "&Speichern"
        << "Einen Standort mit L2TP/IPsec-Server hinzufügen";
    QTest::newRow("German by system locale")
        << QString() << "de_DE" << "de" << german << "&Speichern"
        << "Einen Standort mit L2TP/IPsec-Server hinzufügen";
    QTest::newRow("French by setting")
        << "fr" << "de_DE" << "fr" << french << "&Enregistrer"
        << "Ajouter un site serveur L2TP/IPsec";
    QTest::newRow("English fallback")
        << QString() << "ja_JP" << "en" << english << "&Save" << "Add an L2TP/IPsec server site";
    QTest::newRow("English by setting")
        << "en" << "fr_FR" << "en" << english << "&Save" << "Add an L2TP/IPsec server site";
}

void TestTranslations::mainWindowSpeaks()
{
    QFETCH(QString, setting);
    QFETCH(QString, system);
    QFETCH(QString, installed);
    QFETCH(QStringList, menus);
    QFETCH(QString, saveText);
    QFETCH(QString, addHubTip);

    const Translations translations;
    translations.setSetting(setting);
    QCOMPARE(translations.install(qApp, QLocale(system)), installed);

    EditorSession session;
    RecentFiles recent;
    MainWindow window(&session, &recent);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(menuTitles(window), menus);
    QCOMPARE(window.action(QStringLiteral("fileSave"))->text(), saveText);
    QCOMPARE(window.action(QStringLiteral("addHub"))->statusTip(), addHubTip);
    // In every language the whole toolbar fits a 1400 px window: nothing is
    // pushed into the overflow menu.
    window.resize(1400, 900);
    auto *tools = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(tools);
    QTRY_COMPARE(tools->width(), 1400);
    for (QAction *a : tools->actions()) {
        if (a->isSeparator())
            continue;
        QWidget *button = tools->widgetForAction(a);
        QVERIFY2(button && button->isVisible(),
                 qPrintable(QStringLiteral("“%1” overflows the toolbar").arg(a->iconText())));
    }
    // The language menu is in the window, and marks the stored choice.
    auto *languages = window.findChild<LanguageMenu *>();
    QVERIFY(languages);
    QVERIFY(languages->actionFor(setting));
    QVERIFY(languages->actionFor(setting)->isChecked());
}

void TestTranslations::qtOwnStringsFollow()
{
    // Standard buttons come from Qt's catalogue (qt6-translations-l10n).
    QCOMPARE(Translations().install(qApp, QLocale(QStringLiteral("de_DE"))), QStringLiteral("de"));
    QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("t"),
                    QMessageBox::Cancel);
    QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("Abbrechen"));
}

void TestTranslations::languageMenuStoresChoice()
{
    LanguageMenu menu{Translations()};
    QStringList texts;
    const QList<QAction *> actions = menu.actions();
    for (const QAction *a : actions) {
        if (!a->isSeparator())
            texts << a->text();
    }
    QCOMPARE(texts, QStringList({"&System Language", "English", "Deutsch", "Français"}));
    QVERIFY(menu.actionFor(QString())->isChecked());

    QSignalSpy chosen(&menu, &LanguageMenu::languageChosen);
    menu.actionFor(QStringLiteral("fr"))->trigger();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toString(), QStringLiteral("fr"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
    QVERIFY(menu.actionFor(QStringLiteral("fr"))->isChecked());
    // It tells the user when the change applies, without blocking.
    QMessageBox *notice = nullptr;
    QTRY_VERIFY((notice = findNotice()) != nullptr);
    QVERIFY(notice->text().contains(QLatin1String("next time")));
    notice->close();

    QTRY_VERIFY(!findNotice()); // closed and gone

    menu.actionFor(QString())->trigger();
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    QCOMPARE(chosen.size(), 2);
    QTRY_VERIFY((notice = findNotice()) != nullptr);
    notice->close();
    // Picking the current choice again changes nothing and says nothing.
    menu.actionFor(QString())->trigger();
    QCOMPARE(chosen.size(), 2);
}

QStringList TestTranslations::menuTitles(const QMainWindow &window)
{
    QStringList titles;
    const QList<QAction *> top = window.menuBar()->actions();
    for (const QAction *a : top)
        titles << a->text();
    return titles;
}

QMessageBox *TestTranslations::findNotice()
{
    const QWidgetList top = QApplication::topLevelWidgets();
    for (QWidget *w : top) {
        if (w->objectName() == QLatin1String("languageNotice") && w->isVisible())
            return qobject_cast<QMessageBox *>(w);
    }
    return nullptr;
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
