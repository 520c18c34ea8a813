#include "ui/properties/profilepage.h"

#include "core/routes/routepush.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editcontroller.h"
#include "ui/properties/fieldedit.h"
#include "ui/properties/fieldrules.h"

#include <QComboBox>
#include <QFormLayout>

ProfilePage::ProfilePage(EditController *edits, QWidget *parent)
    : QWidget(parent), m_edits(edits),
      m_id(new FieldEdit(
          [this](const QString &t) {
              if (t != m_profile.id && m_edits->document()->topology().profile(t))
                  return tr("Another profile already has the id “%1”.").arg(t);
              return FieldRules::idProblem(t);
          },
          this)),
      m_hub(new QComboBox(this)), m_backupHub(new QComboBox(this)), m_tunnel(new QComboBox(this)),
      m_routes(new FieldEdit(FieldRules::prefixListProblem, this)),
      m_push(new QComboBox(this)), m_from(new QComboBox(this)),
      m_domain(new FieldEdit(FieldRules::dnsDomainProblem, this)),
      m_secret(new FieldEdit(FieldRules::secretNameProblem, this)),
      m_users(new FieldEdit(FieldRules::userListProblem, this))
{
    m_tunnel->addItem(tr("Split tunnel (only the routes below)"), int(TunnelMode::Split));
    m_tunnel->addItem(tr("Full tunnel (all traffic)"), int(TunnelMode::Full));
    m_routes->setPlaceholderText(tr("empty: every LAN reachable through the hub"));
    m_routes->setFieldToolTip(tr("Prefixes installed on the client after connecting"));
    // routePush: absent = the default (on for split tunnels), else the stored bool.
    m_push->addItem(tr("Default (on for a split tunnel)"), QString());
    m_push->addItem(tr("On: the hub answers DHCPINFORM with these routes"), true);
    m_push->addItem(tr("Off: clients get DNS and domain only"), false);
    // routesFrom: absent = the default (the hub's where it answers), else the word.
    m_from->addItem(tr("Default (the hub's where it answers)"), QString());
    m_from->addItem(tr("Hub: its answer replaces these routes"), RoutePush::word(RoutePush::RoutesFrom::Hub));
    m_from->addItem(tr("Profile: these routes only"), RoutePush::word(RoutePush::RoutesFrom::Profile));
    m_from->addItem(tr("Both: the hub's and these"), RoutePush::word(RoutePush::RoutesFrom::Both));
    m_from->setToolTip(tr("Which routes RouteStudio Connect installs after connecting"));
    m_domain->setFieldToolTip(tr("DNS domain the hub gives clients (DHCP option 15); empty: the "
                                 "topology's"));
    m_users->setPlaceholderText(tr("alice, bob"));
    m_secret->setFieldToolTip(tr("Name of the pre-shared key in the secrets file"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Hub:"), m_hub);
    form->addRow(tr("&Backup hub:"), m_backupHub);
    m_backupHub->setObjectName(QStringLiteral("backupHub"));
    m_backupHub->setToolTip(tr("A second hub that serves the same users: clients try it when the "
                               "hub does not answer"));
    form->addRow(tr("&Tunnel:"), m_tunnel);
    form->addRow(tr("&Routes:"), m_routes);
    form->addRow(tr("Route p&ush:"), m_push);
    form->addRow(tr("Connect's routes &from:"), m_from);
    form->addRow(tr("DNS do&main:"), m_domain);
    form->addRow(tr("&PSK name:"), m_secret);
    form->addRow(tr("&Users:"), m_users);

    connect(m_id, &FieldEdit::committed, this,
            [this](const QString &t) { apply([t](Profile &p) { p.id = t; }); });
    connect(m_routes, &FieldEdit::committed, this, [this](const QString &t) {
        apply([t](Profile &p) { p.routes = FieldRules::prefixes(t); });
    });
    connect(m_secret, &FieldEdit::committed, this,
            [this](const QString &t) { apply([t](Profile &p) { p.secret = t; }); });
    connect(m_users, &FieldEdit::committed, this, [this](const QString &t) {
        apply([t](Profile &p) { p.users = FieldRules::splitList(t); });
    });
    connect(m_push, qOverload<int>(&QComboBox::activated), this, [this] {
        const QVariant v = m_push->currentData();
        apply([v](Profile &p) {
            if (v.typeId() == QMetaType::Bool)
                p.extra.insert(QLatin1String(RoutePush::kRoutePushField), v.toBool());
            else
                p.extra.remove(QLatin1String(RoutePush::kRoutePushField));
        });
    });
    connect(m_from, qOverload<int>(&QComboBox::activated), this, [this] {
        const QString word = m_from->currentData().toString();
        apply([word](Profile &p) {
            if (word.isEmpty())
                p.extra.remove(QLatin1String(RoutePush::kRoutesFromField));
            else
                p.extra.insert(QLatin1String(RoutePush::kRoutesFromField), word);
        });
    });
    connect(m_domain, &FieldEdit::committed, this, [this](const QString &t) {
        apply([t](Profile &p) {
            if (t.isEmpty())
                p.extra.remove(QLatin1String(RoutePush::kDnsDomainField));
            else
                p.extra.insert(QLatin1String(RoutePush::kDnsDomainField), t);
        });
    });
    connect(m_hub, qOverload<int>(&QComboBox::activated), this, [this] {
        const QString id = m_hub->currentData().toString();
        apply([id](Profile &p) { p.hub = id; });
    });
    connect(m_backupHub, qOverload<int>(&QComboBox::activated), this, [this] {
        const QString id = m_backupHub->currentData().toString();
        apply([id](Profile &p) { p.backupHub = id; });
    });
    connect(m_tunnel, qOverload<int>(&QComboBox::activated), this, [this] {
        const auto mode = TunnelMode(m_tunnel->currentData().toInt());
        apply([mode](Profile &p) { p.tunnel = mode; });
    });
}

void ProfilePage::load(const Profile &profile)
{
    m_profile = profile;
    m_id->load(profile.id);
    m_hub->clear();
    m_backupHub->clear();
    m_backupHub->addItem(tr("None"), QString());
    for (const Site &s : m_edits->document()->topology().sites) {
        if (s.isHub()) {
            m_hub->addItem(s.id, s.id);
            m_backupHub->addItem(s.id, s.id);
        }
    }
    for (QComboBox *box : {m_hub, m_backupHub}) {
        const QString id = box == m_hub ? profile.hub : profile.backupHub;
        if (box->findData(id) < 0)
            box->addItem(tr("%1 (missing)").arg(id), id);
        box->setCurrentIndex(box->findData(id));
    }
    m_tunnel->setCurrentIndex(m_tunnel->findData(int(profile.tunnel)));
    m_routes->load(FieldRules::joinPrefixes(profile.routes));
    loadRoutePush(profile);
    m_secret->load(profile.secret);
    m_users->load(profile.users.join(QStringLiteral(", ")));
}

void ProfilePage::loadRoutePush(const Profile &profile)
{
    const Topology &t = m_edits->document()->topology();
    const QJsonValue push = profile.extra.value(QLatin1String(RoutePush::kRoutePushField));
    m_push->setCurrentIndex(push.isBool() ? m_push->findData(push.toBool()) : 0);
    const Site *hub = t.site(profile.hub);
    const bool canPush = hub && RoutePush::platformCanPush(hub->platform);
    m_push->setToolTip(canPush ? tr("A Linux hub's dnsmasq answers the DHCPINFORM that Windows sends "
                                    "after connecting with this profile's routes (options 121/249)")
                               : tr("Hub %1's platform cannot answer DHCPINFORM: clients get the "
                                    "routes from RouteStudio Connect only")
                                     .arg(profile.hub));
    const int from = m_from->findData(profile.extra.value(QLatin1String(RoutePush::kRoutesFromField)).toString());
    m_from->setCurrentIndex(from > 0 ? from : 0);
    const QJsonValue domain = profile.extra.value(QLatin1String(RoutePush::kDnsDomainField));
    m_domain->load(domain.isString() ? domain.toString() : QString());
    const QJsonValue topologyDomain = t.extra.value(QLatin1String(RoutePush::kDnsDomainField));
    m_domain->setPlaceholderText(topologyDomain.isString()
                                     ? tr("topology's: %1").arg(topologyDomain.toString())
                                     : tr("none"));
}

void ProfilePage::apply(const std::function<void(Profile &)> &change)
{
    Profile after = m_profile;
    change(after);
    m_edits->editProfile(m_profile.id, after);
}
