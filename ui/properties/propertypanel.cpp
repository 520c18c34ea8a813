#include "ui/properties/propertypanel.h"

#include "ui/document/topologydocument.h"
#include "ui/editor/editcontroller.h"
#include "ui/properties/linkpage.h"
#include "ui/properties/profilepage.h"
#include "ui/properties/sitepage.h"
#include "ui/properties/topologypage.h"

#include <QLabel>

PropertyPanel::PropertyPanel(EditController *edits, QWidget *parent)
    : QStackedWidget(parent), m_edits(edits), m_topology(new TopologyPage(edits, this)),
      m_site(new SitePage(edits, this)), m_link(new LinkPage(edits, this)),
      m_profile(new ProfilePage(edits, this)), m_many(new QLabel(this))
{
    m_many->setAlignment(Qt::AlignCenter);
    m_many->setWordWrap(true);
    for (QWidget *w : {static_cast<QWidget *>(m_topology), static_cast<QWidget *>(m_site),
                       static_cast<QWidget *>(m_link), static_cast<QWidget *>(m_profile),
                       static_cast<QWidget *>(m_many)})
        addWidget(w);
    TopologyDocument *doc = edits->document();
    connect(doc, &TopologyDocument::siteRenamed, this, [this](const QString &o, const QString &n) {
        if (m_kind == Kind::Site && m_id == o)
            m_id = n;
    });
    connect(doc, &TopologyDocument::linkChanged, this, [this](const QString &o, const QString &n) {
        if (m_kind == Kind::Link && m_id == o)
            m_id = n;
    });
    connect(doc, &TopologyDocument::profileChanged, this,
            [this](const QString &o, const QString &n) {
                if (m_kind == Kind::Profile && m_id == o)
                    m_id = n;
            });
    connect(doc, &TopologyDocument::changed, this, &PropertyPanel::reload);
    // Size the dock by the page on show, not by the widest page: hidden pages are
    // Ignored by QStackedLayout's size calculation.
    connect(this, &QStackedWidget::currentChanged, this, &PropertyPanel::fitToCurrentPage);
    reload();
    fitToCurrentPage();
}

void PropertyPanel::fitToCurrentPage()
{
    for (int i = 0; i < count(); ++i) {
        const auto policy = i == currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        widget(i)->setSizePolicy(policy, policy);
    }
    updateGeometry();
}

void PropertyPanel::showSelection(const CanvasSelection &selection)
{
    m_id.clear();
    if (selection.isEmpty()) {
        m_kind = Kind::None;
    } else if (selection.size() > 1) {
        m_kind = Kind::Many;
        m_many->setText(tr("%n objects selected.", nullptr, selection.size()));
    } else if (!selection.sites.isEmpty()) {
        m_kind = Kind::Site;
        m_id = selection.sites.first();
    } else if (!selection.links.isEmpty()) {
        m_kind = Kind::Link;
        m_id = selection.links.first();
    } else {
        m_kind = Kind::Profile;
        m_id = selection.profiles.first();
    }
    reload();
}

void PropertyPanel::reload()
{
    const Topology &t = m_edits->document()->topology();
    if (m_kind == Kind::Site) {
        if (const Site *s = t.site(m_id)) {
            m_site->load(*s);
            setCurrentWidget(m_site);
            return;
        }
    } else if (m_kind == Kind::Link) {
        if (const Link *l = t.link(m_id)) {
            m_link->load(*l);
            setCurrentWidget(m_link);
            return;
        }
    } else if (m_kind == Kind::Profile) {
        if (const Profile *p = t.profile(m_id)) {
            m_profile->load(*p);
            setCurrentWidget(m_profile);
            return;
        }
    } else if (m_kind == Kind::Many) {
        setCurrentWidget(m_many);
        return;
    }
    m_kind = Kind::None;
    m_topology->load();
    setCurrentWidget(m_topology);
}
