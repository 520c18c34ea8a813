#include "core/io/exampletopology.h"
#include "core/routes/routepush.h"
#include "ui/canvas/canvasselection.h"
#include "ui/commands/removesitecommand.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editcontroller.h"
#include "ui/properties/fieldedit.h"
#include "ui/properties/fieldrules.h"
#include "ui/properties/linkpage.h"
#include "ui/properties/profilepage.h"
#include "ui/properties/propertypanel.h"
#include "ui/properties/sitepage.h"
#include "ui/properties/topologypage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTest>
#include <QUndoStack>

// Property edits: valid input becomes one undo step, invalid input is shown
// inline and never reaches the document.
class TestPropertyPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rules_data();
    void rules();
    void editLans();
    void invalidPrefixStaysOut();
    void duplicateIdRefused();
    void renameThroughIdField();
    void comboEdits();
    void undoReloadsPage();
    void sizedByShownPage();
    void longValueShowsItsStart();
    void profileRoutePushAndDomain();
    void failoverFields();
    void profileBackupHub();
    void pathsSayWhichCarriesTraffic();

private:
    void type(FieldEdit *field, const QString &text);

    TopologyDocument *m_document = nullptr;
    QUndoStack *m_stack = nullptr;
    EditController *m_edits = nullptr;
    PropertyPanel *m_panel = nullptr;
};

void TestPropertyPanel::init()
{
    m_document = new TopologyDocument;
    m_document->reset(ExampleTopology::topology());
    m_stack = new QUndoStack;
    m_edits = new EditController(m_document, m_stack);
    m_panel = new PropertyPanel(m_edits);
    m_panel->show();
    CanvasSelection sel;
    sel.sites = {QStringLiteral("site-a")};
    m_panel->showSelection(sel);
}

void TestPropertyPanel::cleanup()
{
    delete m_panel;
    delete m_edits;
    delete m_stack;
    delete m_document;
}

void TestPropertyPanel::type(FieldEdit *field, const QString &text)
{
    field->lineEdit()->setFocus();
    field->lineEdit()->selectAll();
    field->lineEdit()->setText(text);
    Q_EMIT field->lineEdit()->editingFinished();
}

void TestPropertyPanel::rules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("prefix ok") << "prefixes" << "10.0.0.0/8, 192.168.1.0/24" << true;
    QTest::newRow("prefix newline") << "prefixes" << "10.0.0.0/8\n10.1.0.0/16" << true;
    QTest::newRow("prefix no length") << "prefixes" << "10.0.0.0" << false;
    QTest::newRow("prefix octet") << "prefixes" << "10.0.0.256/24" << false;
    QTest::newRow("prefix leading zero") << "prefixes" << "10.01.0.0/16" << false;
    QTest::newRow("prefix length") << "prefixes" << "10.0.0.0/33" << false;
    QTest::newRow("host ipv4") << "host" << "203.0.113.10" << true;
    QTest::newRow("host dns") << "host" << "vpn.example.com" << true;
    QTest::newRow("host bad ipv4") << "host" << "203.0.113.300" << false;
    QTest::newRow("host shell") << "host" << "a;rm -rf" << false;
    QTest::newRow("host empty") << "host" << "" << false;
    QTest::newRow("id ok") << "id" << "site-2" << true;
    QTest::newRow("id upper") << "id" << "Site" << false;
    QTest::newRow("id dash first") << "id" << "-x" << false;
    QTest::newRow("address ok") << "address" << "10.8.0.1" << true;
    QTest::newRow("address prefix") << "address" << "10.8.0.1/24" << false;
    QTest::newRow("users ok") << "users" << "alice, bob@corp" << true;
    QTest::newRow("users quote") << "users" << "al\"ice" << false;
}

void TestPropertyPanel::rules()
{
    QFETCH(QString, rule);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QString problem;
    if (rule == QLatin1String("prefixes"))
        problem = FieldRules::prefixListProblem(text);
    else if (rule == QLatin1String("host"))
        problem = FieldRules::hostProblem(text);
    else if (rule == QLatin1String("id"))
        problem = FieldRules::idProblem(text);
    else if (rule == QLatin1String("address"))
        problem = FieldRules::addressProblem(text);
    else
        problem = FieldRules::userListProblem(text);
    QCOMPARE(problem.isEmpty(), ok);
}

void TestPropertyPanel::editLans()
{
    FieldEdit *lans = m_panel->sitePage()->lansField();
    type(lans, QStringLiteral("10.20.0.0/16, 10.21.0.0/24"));
    QCOMPARE(m_stack->count(), 1);
    const Site *s = m_document->topology().site(QStringLiteral("site-a"));
    QCOMPARE(s->lans.size(), 2);
    QCOMPARE(s->lans[1].toString(), QStringLiteral("10.21.0.0/24"));
}

void TestPropertyPanel::invalidPrefixStaysOut()
{
    FieldEdit *lans = m_panel->sitePage()->lansField();
    type(lans, QStringLiteral("10.20.0/16"));
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(!lans->isValid());
    auto *error = lans->findChild<QLabel *>();
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("10.20.0/16")), qPrintable(error->text()));
    QCOMPARE(m_document->topology().site(QStringLiteral("site-a"))->lans.size(), 1);
}

void TestPropertyPanel::duplicateIdRefused()
{
    FieldEdit *id = m_panel->sitePage()->idField();
    type(id, QStringLiteral("hq"));
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(id->problem().contains(QStringLiteral("hq")));
}

void TestPropertyPanel::renameThroughIdField()
{
    type(m_panel->sitePage()->idField(), QStringLiteral("branch"));
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(m_document->topology().site(QStringLiteral("branch")));
    QCOMPARE(m_document->topology().links[0].to, QStringLiteral("branch"));
    // The page follows the rename: a second edit goes to the same site.
    QCOMPARE(m_panel->sitePage()->siteId(), QStringLiteral("branch"));
    type(m_panel->sitePage()->nameField(), QStringLiteral("Branch office"));
    QCOMPARE(m_document->topology().site(QStringLiteral("branch"))->name,
             QStringLiteral("Branch office"));
}

void TestPropertyPanel::comboEdits()
{
    QComboBox *platform = m_panel->sitePage()->platformBox();
    const int i = platform->findData(int(Platform::CiscoIos));
    platform->setCurrentIndex(i);
    Q_EMIT platform->activated(i);
    QCOMPARE(m_document->topology().site(QStringLiteral("site-a"))->platform, Platform::CiscoIos);

    CanvasSelection sel;
    sel.links = {QStringLiteral("hq-site-a")};
    m_panel->showSelection(sel);
    QCOMPARE(m_panel->currentWidget(), m_panel->linkPage());
    QComboBox *transport = m_panel->linkPage()->transportBox();
    const int l2tp = transport->findData(int(Transport::L2tp));
    // Cisco IOS has no generated L2TP link (validation: l2tp-link-unsupported):
    // the list greys the choice out and says why.
    const auto *items = qobject_cast<QStandardItemModel *>(transport->model());
    QVERIFY(items);
    QVERIFY(!items->item(l2tp)->isEnabled());
    QVERIFY2(transport->itemData(l2tp, Qt::ToolTipRole).toString().contains(
                 QLatin1String("no L2TP link for cisco-ios (site site-a)")),
             qPrintable(transport->itemData(l2tp, Qt::ToolTipRole).toString()));

    // Back on MikroTik the choice is offered, and picking it is one undo step.
    sel.links.clear();
    sel.sites = {QStringLiteral("site-a")};
    m_panel->showSelection(sel);
    const int mikrotik = platform->findData(int(Platform::Mikrotik));
    platform->setCurrentIndex(mikrotik);
    Q_EMIT platform->activated(mikrotik);
    sel.sites.clear();
    sel.links = {QStringLiteral("hq-site-a")};
    m_panel->showSelection(sel);
    QVERIFY(items->item(l2tp)->isEnabled());
    QVERIFY(transport->itemData(l2tp, Qt::ToolTipRole).isNull());
    transport->setCurrentIndex(l2tp);
    Q_EMIT transport->activated(l2tp);
    QCOMPARE(m_document->topology().links[0].transport, Transport::L2tp);
    QCOMPARE(m_stack->count(), 3);
}

void TestPropertyPanel::undoReloadsPage()
{
    type(m_panel->sitePage()->nameField(), QStringLiteral("Other"));
    QCOMPARE(m_panel->sitePage()->nameField()->text(), QStringLiteral("Other"));
    m_stack->undo();
    QCOMPARE(m_panel->sitePage()->nameField()->text(), QStringLiteral("Remote site A"));
}

// The dock is as wide as the page on show needs, not as the widest page: the
// topology page (nothing selected) must not inherit the site page's width.
void TestPropertyPanel::sizedByShownPage()
{
    const int siteWidth = m_panel->minimumSizeHint().width();
    QCOMPARE(siteWidth, m_panel->sitePage()->minimumSizeHint().width());
    m_panel->showSelection(CanvasSelection{});
    QCOMPARE(m_panel->currentWidget(), m_panel->topologyPage());
    QCOMPARE(m_panel->minimumSizeHint().width(), m_panel->topologyPage()->minimumSizeHint().width());
    QVERIFY2(m_panel->topologyPage()->minimumSizeHint().width() < siteWidth,
             qPrintable(QStringLiteral("topology page %1 px, site page %2 px")
                            .arg(m_panel->topologyPage()->minimumSizeHint().width())
                            .arg(siteWidth)));
}

// A loaded value longer than the field shows its beginning, not its tail.
void TestPropertyPanel::longValueShowsItsStart()
{
    FieldEdit field([](const QString &) { return QString(); });
    field.resize(120, field.sizeHint().height());
    field.show();
    const QString text = QStringLiteral("Head office, three gateways, one of them dialing in over L2TP");
    field.load(text);
    QCOMPARE(field.lineEdit()->cursorPosition(), 0);
    QCOMPARE(field.text(), text);
}


// The profile page edits routePush (absent = default, or a bool) and the
// profile's dnsDomain (a DNS name; empty removes it), each one undo step.
void TestPropertyPanel::profileRoutePushAndDomain()
{
    CanvasSelection sel;
    sel.profiles = {QStringLiteral("staff")};
    m_panel->showSelection(sel);
    QCOMPARE(m_panel->currentWidget(), m_panel->profilePage());
    QComboBox *push = m_panel->profilePage()->routePushBox();
    const auto staff = [this] { return *m_document->topology().profile(QStringLiteral("staff")); };
    const QLatin1String pushKey(RoutePush::kRoutePushField);
    const QLatin1String domainKey(RoutePush::kDnsDomainField);
    QVERIFY(!staff().extra.contains(pushKey));
    QCOMPARE(push->currentIndex(), 0);
    QVERIFY(RoutePush::requested(staff())); // split: on by default
    QVERIFY(push->toolTip().contains(QLatin1String("DHCPINFORM")));

    const int off = push->findData(false);
    push->setCurrentIndex(off);
    Q_EMIT push->activated(off);
    QCOMPARE(staff().extra.value(pushKey), QJsonValue(false));
    QVERIFY(!RoutePush::requested(staff()));
    push->setCurrentIndex(0);
    Q_EMIT push->activated(0);
    QVERIFY(!staff().extra.contains(pushKey));

    QComboBox *from = m_panel->profilePage()->routesFromBox();
    QCOMPARE(from->currentIndex(), 0);
    const QLatin1String fromKey(RoutePush::kRoutesFromField);
    const int both = from->findData(QStringLiteral("both"));
    from->setCurrentIndex(both);
    Q_EMIT from->activated(both);
    QCOMPARE(staff().extra.value(fromKey).toString(), QStringLiteral("both"));
    QCOMPARE(RoutePush::routesFrom(m_document->topology().site(staff().hub), staff()), RoutePush::RoutesFrom::Both);
    from->setCurrentIndex(0);
    Q_EMIT from->activated(0);
    QVERIFY(!staff().extra.contains(fromKey));

    FieldEdit *domain = m_panel->profilePage()->dnsDomainField();
    type(domain, QStringLiteral("corp.example"));
    QCOMPARE(staff().extra.value(domainKey).toString(), QStringLiteral("corp.example"));
    QCOMPARE(RoutePush::domain(m_document->topology(), staff()), QStringLiteral("corp.example"));
    type(domain, QStringLiteral("corp example\n"));
    QVERIFY(!domain->isValid());
    QCOMPARE(staff().extra.value(domainKey).toString(), QStringLiteral("corp.example"));
    type(domain, QString());
    QVERIFY(!staff().extra.contains(domainKey));
    QCOMPARE(m_stack->count(), 6);
    m_stack->undo();
    QCOMPARE(domain->text(), QStringLiteral("corp.example"));
}

// Failover (docs/failover.md): the site's backup address and critical flag,
// the link's role and metric, each one undo step; a bad address stays out.
void TestPropertyPanel::failoverFields()
{
    const auto siteA = [this] { return *m_document->topology().site(QStringLiteral("site-a")); };
    QCOMPARE(m_panel->sitePage()->pathsLabel()->text(), QStringLiteral("hq-site-a to hq: primary, metric 0"));
    type(m_panel->sitePage()->backupAddressField(), QStringLiteral("198.51.100.21"));
    QCOMPARE(siteA().backupAddress, QStringLiteral("198.51.100.21"));
    type(m_panel->sitePage()->backupAddressField(), QStringLiteral("not an address!"));
    QVERIFY(!m_panel->sitePage()->backupAddressField()->isValid());
    QCOMPARE(siteA().backupAddress, QStringLiteral("198.51.100.21"));
    m_panel->sitePage()->criticalBox()->click();
    QVERIFY(siteA().critical);

    CanvasSelection sel;
    sel.links = {QStringLiteral("hq-site-a")};
    m_panel->showSelection(sel);
    QComboBox *role = m_panel->linkPage()->roleBox();
    QCOMPARE(role->currentData().toInt(), int(LinkRole::Primary));
    const int backup = role->findData(int(LinkRole::Backup));
    role->setCurrentIndex(backup);
    Q_EMIT role->activated(backup);
    QCOMPARE(m_document->topology().links[0].role, LinkRole::Backup);
    QSpinBox *metric = m_panel->linkPage()->metricBox();
    QCOMPARE(metric->value(), -1); // "Default"
    QCOMPARE(metric->text(), metric->specialValueText());
    metric->setValue(40);
    Q_EMIT metric->editingFinished();
    QCOMPARE(m_document->topology().links[0].metric, std::optional<int>(40));
    Q_EMIT metric->editingFinished(); // no change, no undo step
    QCOMPARE(m_stack->count(), 4);
    m_stack->undo();
    QCOMPARE(metric->value(), -1);
    QVERIFY(!m_document->topology().links[0].metric);
    sel.links.clear();
    sel.sites = {QStringLiteral("site-a")};
    m_panel->showSelection(sel);
    QCOMPARE(m_panel->sitePage()->pathsLabel()->text(), QStringLiteral("hq-site-a to hq: backup, metric 100"));
}

QTEST_MAIN(TestPropertyPanel)
#include "tst_propertypanel.moc"

// A profile's backup hub (docs/failover.md): chosen from the hubs, one undo
// step; deleting that hub keeps the profile and clears the field, and undo
// brings both back.
void TestPropertyPanel::profileBackupHub()
{
    Site dr = m_document->topology().sites.first();
    dr.id = QStringLiteral("dr");
    dr.publicAddress = QStringLiteral("192.0.2.30");
    dr.lans = {*Ipv4Prefix::parse(u"10.30.0.0/16")};
    dr.remoteAccess->pool = *Ipv4Prefix::parse(u"10.9.0.0/24");
    dr.remoteAccess->localAddress = *Ipv4Address::parse(u"10.9.0.1");
    m_document->insertSite(2, dr, QPointF(0, 300));
    CanvasSelection sel;
    sel.profiles = {QStringLiteral("staff")};
    m_panel->showSelection(sel);
    const auto staff = [this] { return *m_document->topology().profile(QStringLiteral("staff")); };
    auto *backup = m_panel->profilePage()->findChild<QComboBox *>(QStringLiteral("backupHub"));
    QVERIFY(backup);
    QCOMPARE(backup->currentText(), QStringLiteral("None"));
    const int at = backup->findData(QStringLiteral("dr"));
    QVERIFY(at > 0);
    backup->setCurrentIndex(at);
    Q_EMIT backup->activated(at);
    QCOMPARE(staff().backupHub, QStringLiteral("dr"));
    QCOMPARE(m_stack->count(), 1);

    m_stack->push(new RemoveSiteCommand(m_document, QStringLiteral("dr")));
    QVERIFY(!m_document->topology().site(QStringLiteral("dr")));
    QVERIFY(m_document->topology().profile(QStringLiteral("staff")));
    QCOMPARE(staff().backupHub, QString());
    m_stack->undo();
    QVERIFY(m_document->topology().site(QStringLiteral("dr")));
    QCOMPARE(staff().backupHub, QStringLiteral("dr"));
    m_stack->undo();
    QCOMPARE(staff().backupHub, QString());
}

// With a checked box (docs/check.md) the site's paths say which one carries
// traffic now, from its collection's routes (docs/failover.md).
void TestPropertyPanel::pathsSayWhichCarriesTraffic()
{
    CanvasSelection sel;
    sel.sites = {QStringLiteral("site-a")};
    m_panel->showSelection(sel);
    QLabel *paths = m_panel->sitePage()->pathsLabel();
    QVERIFY(!paths->text().contains(QLatin1String("traffic")));
    m_panel->sitePage()->setActiveLinks({{QStringLiteral("site-a"), {QStringLiteral("hq-site-a")}}});
    QCOMPARE(paths->text(), QStringLiteral("hq-site-a to hq: primary, metric 0 — carries traffic now"));
    m_panel->sitePage()->setActiveLinks({{QStringLiteral("site-a"), {}}});
    QCOMPARE(paths->text(), QStringLiteral("hq-site-a to hq: primary, metric 0 — idle"));
    m_panel->sitePage()->setActiveLinks({});
    QCOMPARE(paths->text(), QStringLiteral("hq-site-a to hq: primary, metric 0"));
}
