#include "ui/properties/linkpage.h"

#include "core/model/enums.h"
#include "core/model/platformsupport.h"
#include "core/routes/route.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editcontroller.h"
#include "ui/properties/fieldedit.h"
#include "ui/properties/fieldrules.h"

#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QStandardItemModel>

LinkPage::LinkPage(EditController *edits, QWidget *parent)
    : QWidget(parent), m_edits(edits),
      m_id(new FieldEdit(
          [this](const QString &t) {
              if (t != m_link.id && m_edits->document()->topology().link(t))
                  return tr("Another link already has the id “%1”.").arg(t);
              return FieldRules::idProblem(t);
          },
          this)),
      m_from(new QComboBox(this)), m_to(new QComboBox(this)), m_transport(new QComboBox(this)),
      m_ike(new QComboBox(this)), m_secret(new FieldEdit(FieldRules::secretNameProblem, this)),
      m_role(new QComboBox(this)), m_metric(new QSpinBox(this))
{
    m_role->addItem(tr("Primary path"), int(LinkRole::Primary));
    m_role->addItem(tr("Backup path (higher metric)"), int(LinkRole::Backup));
    m_metric->setRange(-1, Link::kMaxMetric);
    m_metric->setSpecialValueText(tr("Default"));
    m_metric->setToolTip(tr("Metric of the link's routes, lower wins; Default: %1 for a primary, %2 "
                            "for a backup")
                             .arg(0)
                             .arg(Route::kBackupMetric));
    m_transport->addItem(tr("Route-based IPsec"), int(Transport::Ipsec));
    m_transport->addItem(tr("L2TP/IPsec (gateway dials the hub)"), int(Transport::L2tp));
    m_ike->addItem(QStringLiteral("IKEv2"), int(IkeVersion::Ikev2));
    m_ike->addItem(QStringLiteral("IKEv1"), int(IkeVersion::Ikev1));
    m_secret->setFieldToolTip(tr("Name of the pre-shared key in the secrets file"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("T&ransport:"), m_transport);
    form->addRow(tr("&IKE:"), m_ike);
    form->addRow(tr("&PSK name:"), m_secret);
    form->addRow(tr("Ro&le:"), m_role);
    form->addRow(tr("&Metric:"), m_metric);

    connect(m_id, &FieldEdit::committed, this,
            [this](const QString &t) { apply([t](Link &l) { l.id = t; }); });
    connect(m_secret, &FieldEdit::committed, this,
            [this](const QString &t) { apply([t](Link &l) { l.secret = t; }); });
    connect(m_from, qOverload<int>(&QComboBox::activated), this, [this] {
        const QString id = m_from->currentData().toString();
        apply([id](Link &l) { l.from = id; });
    });
    connect(m_to, qOverload<int>(&QComboBox::activated), this, [this] {
        const QString id = m_to->currentData().toString();
        apply([id](Link &l) { l.to = id; });
    });
    connect(m_transport, qOverload<int>(&QComboBox::activated), this, [this] {
        const auto t = Transport(m_transport->currentData().toInt());
        apply([t](Link &l) { l.transport = t; });
    });
    connect(m_role, qOverload<int>(&QComboBox::activated), this, [this] {
        const auto r = LinkRole(m_role->currentData().toInt());
        apply([r](Link &l) { l.role = r; });
    });
    // One undoable edit when typing ends, not one per arrow step or digit.
    connect(m_metric, &QSpinBox::editingFinished, this, [this] {
        const int v = m_metric->value();
        const std::optional<int> metric = v < 0 ? std::nullopt : std::optional<int>(v);
        if (metric != m_link.metric)
            apply([metric](Link &l) { l.metric = metric; });
    });
    connect(m_ike, qOverload<int>(&QComboBox::activated), this, [this] {
        const auto v = IkeVersion(m_ike->currentData().toInt());
        apply([v](Link &l) { l.ike = v; });
    });
}

void LinkPage::fillSites(QComboBox *box, const QString &current)
{
    box->clear();
    for (const Site &s : m_edits->document()->topology().sites)
        box->addItem(s.name.isEmpty() ? s.id : QStringLiteral("%1 (%2)").arg(s.id, s.name), s.id);
    int i = box->findData(current);
    if (i < 0) {
        box->addItem(tr("%1 (missing)").arg(current), current);
        i = box->count() - 1;
    }
    box->setCurrentIndex(i);
}

void LinkPage::load(const Link &link)
{
    m_link = link;
    m_id->load(link.id);
    fillSites(m_from, link.from);
    fillSites(m_to, link.to);
    m_transport->setCurrentIndex(m_transport->findData(int(link.transport)));
    offerL2tpOnlyWhereGenerated(link);
    m_ike->setCurrentIndex(m_ike->findData(int(link.ike)));
    m_secret->load(link.secret);
    m_role->setCurrentIndex(m_role->findData(int(link.role)));
    m_metric->setValue(link.metric.value_or(-1));
}

// The same rule as validation's l2tp-link-unsupported: an end whose platform has
// no generated L2TP link greys the choice out and says why. A file that already
// has such a link keeps showing it; the finding explains.
void LinkPage::offerL2tpOnlyWhereGenerated(const Link &link)
{
    QString why;
    for (const QString &end : {link.from, link.to}) {
        const Site *s = m_edits->document()->topology().site(end);
        if (s && !PlatformSupport::generatesL2tpLink(s->platform)) {
            why = tr("RouteStudio generates no L2TP link for %1 (site %2): use route-based IPsec")
                      .arg(Enums::toString(s->platform), s->id);
            break;
        }
    }
    const int i = m_transport->findData(int(Transport::L2tp));
    auto *model = qobject_cast<QStandardItemModel *>(m_transport->model());
    if (model && i >= 0)
        model->item(i)->setEnabled(why.isEmpty());
    m_transport->setItemData(i, why.isEmpty() ? QVariant() : QVariant(why), Qt::ToolTipRole);
}

void LinkPage::apply(const std::function<void(Link &)> &change)
{
    Link after = m_link;
    change(after);
    m_edits->editLink(m_link.id, after);
}
