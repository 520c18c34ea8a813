#include "ui/properties/profilepage.h"

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
      m_hub(new QComboBox(this)), m_tunnel(new QComboBox(this)),
      m_routes(new FieldEdit(FieldRules::prefixListProblem, this)),
      m_secret(new FieldEdit(FieldRules::secretNameProblem, this)),
      m_users(new FieldEdit(FieldRules::userListProblem, this))
{
    m_tunnel->addItem(tr("Split tunnel (only the routes below)"), int(TunnelMode::Split));
    m_tunnel->addItem(tr("Full tunnel (all traffic)"), int(TunnelMode::Full));
    m_routes->setPlaceholderText(tr("empty: every LAN reachable through the hub"));
    m_routes->setFieldToolTip(tr("Prefixes installed on the client after connecting"));
    m_users->setPlaceholderText(tr("alice, bob"));
    m_secret->setFieldToolTip(tr("Name of the pre-shared key in the secrets file"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Hub:"), m_hub);
    form->addRow(tr("&Tunnel:"), m_tunnel);
    form->addRow(tr("&Routes:"), m_routes);
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
    connect(m_hub, qOverload<int>(&QComboBox::activated), this, [this] {
        const QString id = m_hub->currentData().toString();
        apply([id](Profile &p) { p.hub = id; });
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
    for (const Site &s : m_edits->document()->topology().sites) {
        if (s.isHub())
            m_hub->addItem(s.id, s.id);
    }
    if (m_hub->findData(profile.hub) < 0)
        m_hub->addItem(tr("%1 (missing)").arg(profile.hub), profile.hub);
    m_hub->setCurrentIndex(m_hub->findData(profile.hub));
    m_tunnel->setCurrentIndex(m_tunnel->findData(int(profile.tunnel)));
    m_routes->load(FieldRules::joinPrefixes(profile.routes));
    m_secret->load(profile.secret);
    m_users->load(profile.users.join(QStringLiteral(", ")));
}

void ProfilePage::apply(const std::function<void(Profile &)> &change)
{
    Profile after = m_profile;
    change(after);
    m_edits->editProfile(m_profile.id, after);
}
