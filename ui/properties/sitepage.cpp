#include "ui/properties/sitepage.h"

#include "core/routes/route.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editcontroller.h"
#include "ui/properties/fieldedit.h"
#include "ui/properties/fieldrules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace {

QString platformLabel(Platform p)
{
    switch (p) {
    case Platform::LinuxStrongswan:
        return SitePage::tr("Linux (strongSwan + xl2tpd)");
    case Platform::CiscoIos:
        return SitePage::tr("Cisco IOS");
    case Platform::Mikrotik:
        return SitePage::tr("MikroTik RouterOS");
    case Platform::Pfsense:
        return SitePage::tr("pfSense");
    }
    return {};
}

} // namespace

SitePage::SitePage(EditController *edits, QWidget *parent)
    : QWidget(parent), m_edits(edits),
      m_id(new FieldEdit(
          [this](const QString &t) {
              if (t != m_site.id && m_edits->document()->topology().site(t))
                  return tr("Another site already has the id “%1”.").arg(t);
              return FieldRules::idProblem(t);
          },
          this)),
      m_name(new FieldEdit(FieldRules::nameProblem, this)), m_role(new QComboBox(this)),
      m_platform(new QComboBox(this)), m_address(new FieldEdit(FieldRules::hostProblem, this)),
      m_lans(new FieldEdit(FieldRules::prefixListProblem, this)),
      m_backupAddress(new FieldEdit(
          [](const QString &t) { return t.isEmpty() ? QString() : FieldRules::hostProblem(t); }, this)),
      m_critical(new QCheckBox(tr("&Critical: must have a second path"), this)),
      m_paths(new QLabel(this)),
      m_remote(new QGroupBox(tr("Remote access (L2TP/IPsec server)"), this)),
      m_pool(new FieldEdit(FieldRules::prefixProblem, this)),
      m_local(new FieldEdit(FieldRules::addressProblem, this)),
      m_dns(new FieldEdit(FieldRules::addressListProblem, this))
{
    m_role->addItem(tr("Hub (L2TP/IPsec server, route owner)"), int(SiteRole::Hub));
    m_role->addItem(tr("Gateway (remote site)"), int(SiteRole::Gateway));
    for (Platform p : {Platform::LinuxStrongswan, Platform::CiscoIos, Platform::Mikrotik,
                       Platform::Pfsense})
        m_platform->addItem(platformLabel(p), int(p));
    m_id->setFieldToolTip(tr("Stable id used in file names and configs"));
    m_address->setPlaceholderText(tr("203.0.113.10 or vpn.example.com"));
    m_lans->setPlaceholderText(tr("10.20.0.0/16, 10.21.0.0/24"));
    m_lans->setFieldToolTip(tr("The site's LAN prefixes, separated by commas"));
    m_backupAddress->setPlaceholderText(tr("none (one uplink)"));
    m_backupAddress->setFieldToolTip(tr("The address of a second uplink: this site's end of a backup link uses it"));
    m_critical->setToolTip(tr("Validation warns while the site has only one path"));
    m_pool->setPlaceholderText(tr("10.8.0.0/24"));
    m_pool->setFieldToolTip(tr("Addresses handed to remote-access clients"));
    m_local->setPlaceholderText(tr("10.8.0.1"));
    m_dns->setPlaceholderText(tr("10.10.0.53"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(tr("Public &address:"), m_address);
    form->addRow(tr("&LANs:"), m_lans);
    form->addRow(tr("&Backup address:"), m_backupAddress);
    form->addRow(QString(), m_critical);
    m_paths->setTextFormat(Qt::PlainText);
    m_paths->setWordWrap(true);
    form->addRow(tr("Paths:"), m_paths);
    auto *remote = new QFormLayout(m_remote);
    remote->addRow(tr("Client p&ool:"), m_pool);
    remote->addRow(tr("&Server address:"), m_local);
    remote->addRow(tr("&DNS servers:"), m_dns);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_remote);
    layout->addStretch();

    connect(m_id, &FieldEdit::committed, this,
            [this](const QString &t) { apply([t](Site &s) { s.id = t; }); });
    connect(m_name, &FieldEdit::committed, this,
            [this](const QString &t) { apply([t](Site &s) { s.name = t; }); });
    connect(m_address, &FieldEdit::committed, this,
            [this](const QString &t) { apply([t](Site &s) { s.publicAddress = t; }); });
    connect(m_backupAddress, &FieldEdit::committed, this,
            [this](const QString &t) { apply([t](Site &s) { s.backupAddress = t; }); });
    connect(m_critical, &QCheckBox::clicked, this,
            [this](bool on) { apply([on](Site &s) { s.critical = on; }); });
    connect(m_lans, &FieldEdit::committed, this, [this](const QString &t) {
        apply([t](Site &s) { s.lans = FieldRules::prefixes(t); });
    });
    connect(m_pool, &FieldEdit::committed, this, [this](const QString &t) {
        apply([t](Site &s) {
            if (!s.remoteAccess)
                s.remoteAccess = RemoteAccess();
            s.remoteAccess->pool = *Ipv4Prefix::parse(t);
        });
    });
    connect(m_local, &FieldEdit::committed, this, [this](const QString &t) {
        apply([t](Site &s) {
            if (!s.remoteAccess)
                s.remoteAccess = RemoteAccess();
            s.remoteAccess->localAddress = *Ipv4Address::parse(t);
        });
    });
    connect(m_dns, &FieldEdit::committed, this, [this](const QString &t) {
        apply([t](Site &s) {
            if (!s.remoteAccess)
                s.remoteAccess = RemoteAccess();
            s.remoteAccess->dns = FieldRules::addresses(t);
        });
    });
    connect(m_role, qOverload<int>(&QComboBox::activated), this, [this] {
        const auto role = SiteRole(m_role->currentData().toInt());
        apply([role](Site &s) {
            s.role = role;
            if (role == SiteRole::Gateway)
                s.remoteAccess.reset();
        });
    });
    connect(m_platform, qOverload<int>(&QComboBox::activated), this, [this] {
        const auto platform = Platform(m_platform->currentData().toInt());
        apply([platform](Site &s) { s.platform = platform; });
    });
}

void SitePage::load(const Site &site)
{
    m_site = site;
    m_id->load(site.id);
    m_name->load(site.name);
    m_role->setCurrentIndex(m_role->findData(int(site.role)));
    m_platform->setCurrentIndex(m_platform->findData(int(site.platform)));
    m_address->load(site.publicAddress);
    m_lans->load(FieldRules::joinPrefixes(site.lans));
    m_backupAddress->load(site.backupAddress);
    m_critical->setChecked(site.critical);
    showPaths(site);
    m_remote->setVisible(site.isHub());
    const RemoteAccess ra = site.remoteAccess.value_or(RemoteAccess());
    const bool hasPool = site.remoteAccess && ra.pool.length() > 0;
    m_pool->load(hasPool ? ra.pool.toString() : QString());
    m_local->load(ra.localAddress.value() ? ra.localAddress.toString() : QString());
    m_dns->load(FieldRules::joinAddresses(ra.dns));
}

// Each link of the site, its role and its routes' metric (docs/failover.md);
// a hub with a fleet lists the first few.
void SitePage::showPaths(const Site &site)
{
    constexpr int kShown = 8;
    const auto active = m_active.constFind(site.id);
    const bool checked = active != m_active.cend();
    QStringList lines;
    int more = 0;
    for (const Link &l : m_edits->document()->topology().links) {
        if (!l.touches(site.id))
            continue;
        if (lines.size() == kShown) {
            ++more;
            continue;
        }
        const int metric = Route::metricFor(l, false);
        QString line = (l.isBackup() ? tr("%1 to %2: backup, metric %3") : tr("%1 to %2: primary, metric %3"))
                           .arg(l.id, l.otherEnd(site.id))
                           .arg(metric);
        if (checked)
            line += active->contains(l.id) ? tr(" — carries traffic now") : tr(" — idle");
        lines << line;
    }
    if (more > 0)
        lines << tr("… and %n more", nullptr, more);
    m_paths->setText(lines.isEmpty() ? tr("none: the site has no link") : lines.join(u'\n'));
}

void SitePage::setActiveLinks(const QMap<QString, QSet<QString>> &active)
{
    m_active = active;
    if (!m_site.id.isEmpty())
        showPaths(m_site);
}

void SitePage::apply(const std::function<void(Site &)> &change)
{
    Site after = m_site;
    change(after);
    m_edits->editSite(m_site.id, after);
}
