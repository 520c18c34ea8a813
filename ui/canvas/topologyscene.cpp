#include "ui/canvas/topologyscene.h"

#include "ui/canvas/autolayout.h"
#include "ui/canvas/detaillevel.h"
#include "ui/canvas/linkitem.h"
#include "ui/canvas/profileitem.h"
#include "ui/canvas/siteitem.h"
#include "ui/document/topologydocument.h"

#include <QGraphicsSceneMouseEvent>
#include <QLineF>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kBspDepth = 8; // bench/editor
constexpr int kMarksPerSlice = 1000; // ~5 ms of tooltips and repaints

} // namespace

TopologyScene::TopologyScene(TopologyDocument *document, QObject *parent)
    : QGraphicsScene(parent), m_document(document)
{
    setItemIndexMethod(BspTreeIndex);
    // Qt picks log2(items) levels: 14 for 5,000 sites, whose long links then
    // sit in thousands of leaves that every overview frame walks (8 ms a
    // frame). 8 levels (256 leaves) keep a 100 % view's query small.
    setBspTreeDepth(kBspDepth);
    setBackgroundBrush(QColor(0xf4, 0xf6, 0xf9));
    m_markSlices.setSingleShot(true);
    m_markSlices.setInterval(0);
    connect(&m_markSlices, &QTimer::timeout, this, &TopologyScene::applyMarks);
    connect(document, &TopologyDocument::resetDone, this, &TopologyScene::rebuild);
    connect(document, &TopologyDocument::siteAdded, this, &TopologyScene::addSite);
    connect(document, &TopologyDocument::siteRemoved, this, &TopologyScene::removeSite);
    connect(document, &TopologyDocument::siteChanged, this, &TopologyScene::updateSite);
    connect(document, &TopologyDocument::siteRenamed, this, &TopologyScene::renameSite);
    connect(document, &TopologyDocument::siteMoved, this, &TopologyScene::moveSite);
    connect(document, &TopologyDocument::linkAdded, this, &TopologyScene::addLink);
    connect(document, &TopologyDocument::linkRemoved, this, &TopologyScene::removeLink);
    connect(document, &TopologyDocument::linkChanged, this, &TopologyScene::updateLink);
    connect(document, &TopologyDocument::profileAdded, this, &TopologyScene::addProfile);
    connect(document, &TopologyDocument::profileRemoved, this, &TopologyScene::removeProfile);
    connect(document, &TopologyDocument::profileChanged, this, &TopologyScene::updateProfile);
    rebuild();
}

TopologyScene::~TopologyScene()
{
    // Links hold raw pointers to their ends; the scene deletes items in any order.
    for (LinkItem *l : std::as_const(m_links))
        l->detach();
}

QPointF TopologyScene::sitePosition(const QString &id) const
{
    if (const auto p = m_document->position(id))
        return *p;
    return m_autoPositions.value(id);
}

void TopologyScene::rebuild()
{
    clearSelection();
    for (LinkItem *l : std::as_const(m_links))
        l->detach();
    clear();
    m_sites.clear();
    m_links.clear();
    m_profiles.clear();
    m_backupProfiles.clear();
    // The marks were another document's: this one's come with its validation.
    m_marks.clear();
    m_unapplied.clear();
    m_overviewStale = true;
    const Topology &t = m_document->topology();
    m_autoPositions.clear();
    bool missing = false;
    for (const Site &s : t.sites)
        missing = missing || !t.layout.contains(s.id);
    if (missing) {
        const QMap<QString, QPointF> arranged = AutoLayout::arrange(t);
        for (auto it = arranged.cbegin(); it != arranged.cend(); ++it)
            m_autoPositions.insert(it.key(), it.value());
    }
    // From the topology's lists: looking each id up again would be O(n²).
    m_rebuilding = true;
    for (const Site &s : t.sites)
        addSiteItem(s);
    m_rebuilding = false;
    for (const Link &l : t.links)
        addLinkItem(l);
    for (const Profile &p : t.profiles)
        addProfileItem(p);
    const QRectF before = sceneRect();
    setSceneRect(itemsBoundingRect().adjusted(-600, -400, 600, 400));
    if (m_overview)
        invalidate(before | sceneRect(), BackgroundLayer);
}

void TopologyScene::addSite(const QString &id)
{
    if (const Site *site = m_document->topology().site(id))
        addSiteItem(*site);
}

void TopologyScene::addSiteItem(const Site &site)
{
    const QString &id = site.id;
    if (m_sites.contains(id))
        return;
    auto *item = new SiteItem(site);
    item->setMonitorState(m_siteStates.value(id, TargetState::Unknown));
    item->setPos(sitePosition(id));
    addItemInMode(item);
    m_sites.insert(id, item);
    if (m_marks.contains(id))
        applyMark(id);
    if (!m_rebuilding)
        growSceneRect(item);
    // Links or profiles whose site was missing attach now (empty while rebuilding).
    if (!m_links.isEmpty()) {
        for (const Link &l : m_document->topology().links) {
            if (l.touches(id) && m_links.contains(l.id))
                updateLink(l.id, l.id);
        }
    }
    for (const auto *chips : {&m_profiles, &m_backupProfiles}) {
        for (ProfileItem *p : *chips) {
            if (p->hubId() == id) {
                arrangeProfiles(id);
                return;
            }
        }
    }
}

void TopologyScene::removeSite(const QString &id)
{
    SiteItem *item = m_sites.take(id);
    if (!item)
        return;
    const QList<LinkItem *> links = item->links();
    for (LinkItem *l : links)
        l->detach();
    DetailLevel::changed(item);
    for (const auto *chips : {&m_profiles, &m_backupProfiles}) {
        for (ProfileItem *p : *chips) {
            if (p->parentItem() == item) {
                p->setParentItem(nullptr);
                p->hide();
            }
        }
    }
    delete item;
}

void TopologyScene::updateSite(const QString &id)
{
    SiteItem *item = m_sites.value(id);
    const Site *site = m_document->topology().site(id);
    if (!item || !site)
        return;
    item->setSite(*site);
    arrangeProfiles(id);
}

void TopologyScene::renameSite(const QString &oldId, const QString &newId)
{
    if (SiteItem *item = m_sites.take(oldId)) {
        m_sites.insert(newId, item);
        if (m_autoPositions.contains(oldId))
            m_autoPositions.insert(newId, m_autoPositions.take(oldId));
        updateSite(newId);
        applyMark(newId);
    }
}

void TopologyScene::moveSite(const QString &id)
{
    if (SiteItem *item = m_sites.value(id)) {
        item->setPos(sitePosition(id));
        growSceneRect(item);
    }
}

void TopologyScene::growSceneRect(const QGraphicsItem *item)
{
    // The canvas reaches a margin beyond every card; it grows with the
    // document (O(1) per change) and is recomputed on rebuild.
    const QRectF wanted = item->sceneBoundingRect().adjusted(-600, -400, 600, 400);
    if (!sceneRect().contains(wanted))
        setSceneRect(sceneRect() | wanted);
}

void TopologyScene::addLink(const QString &id)
{
    if (const Link *link = m_document->topology().link(id))
        addLinkItem(*link);
}

void TopologyScene::addLinkItem(const Link &link)
{
    if (m_links.contains(link.id))
        return;
    SiteItem *from = m_sites.value(link.from);
    SiteItem *to = m_sites.value(link.to);
    auto *item = new LinkItem(link, from, to);
    item->setVisible(from && to);
    item->setMonitorState(m_linkStates.value(link.id, TargetState::Unknown));
    addItemInMode(item);
    m_links.insert(link.id, item);
    if (m_marks.contains(link.id))
        applyMark(link.id);
}

void TopologyScene::removeLink(const QString &id)
{
    if (LinkItem *item = m_links.take(id)) {
        DetailLevel::changed(item);
        delete item;
    }
}

void TopologyScene::addItemInMode(QGraphicsItem *item)
{
    item->setFlag(QGraphicsItem::ItemHasNoContents, m_overview);
    addItem(item);
    DetailLevel::changed(item);
}

void TopologyScene::setOverview(bool on)
{
    if (on == m_overview)
        return;
    m_overview = on;
    m_overviewStale = true; // items changed in detail without saying so
    // No repaint here: the zoom that changes the mode repaints everything.
    for (SiteItem *item : std::as_const(m_sites))
        item->setFlag(QGraphicsItem::ItemHasNoContents, on);
    for (LinkItem *item : std::as_const(m_links))
        item->setFlag(QGraphicsItem::ItemHasNoContents, on);
    for (ProfileItem *item : std::as_const(m_profiles))
        item->setFlag(QGraphicsItem::ItemHasNoContents, on);
    for (ProfileItem *item : std::as_const(m_backupProfiles))
        item->setFlag(QGraphicsItem::ItemHasNoContents, on);
}

const OverviewPainter::Shapes &TopologyScene::overviewShapes() const
{
    if (m_overviewStale) {
        m_overviewShapes = OverviewPainter::shapesOf(*this);
        m_overviewStale = false;
        ++m_overviewBuilds;
    }
    return m_overviewShapes;
}

void TopologyScene::setSiteMonitorState(const QString &siteId, TargetState state)
{
    m_siteStates.insert(siteId, state);
    if (SiteItem *item = m_sites.value(siteId))
        item->setMonitorState(state);
}

void TopologyScene::setLinkMonitorState(const QString &linkId, TargetState state)
{
    m_linkStates.insert(linkId, state);
    if (LinkItem *item = m_links.value(linkId))
        item->setMonitorState(state);
}

TargetState TopologyScene::siteMonitorState(const QString &siteId) const
{
    return m_siteStates.value(siteId, TargetState::Unknown);
}

TargetState TopologyScene::linkMonitorState(const QString &linkId) const
{
    return m_linkStates.value(linkId, TargetState::Unknown);
}

void TopologyScene::clearMonitorStates()
{
    for (SiteItem *item : std::as_const(m_sites))
        item->setMonitorState(TargetState::Unknown);
    for (LinkItem *item : std::as_const(m_links))
        item->setMonitorState(TargetState::Unknown);
    m_siteStates.clear();
    m_linkStates.clear();
}

void TopologyScene::updateLink(const QString &oldId, const QString &newId)
{
    LinkItem *item = m_links.take(oldId);
    const Link *link = m_document->topology().link(newId);
    if (!item || !link)
        return;
    m_links.insert(newId, item);
    SiteItem *from = m_sites.value(link->from);
    SiteItem *to = m_sites.value(link->to);
    item->setLink(*link, from, to);
    item->setVisible(from && to);
    if (oldId != newId)
        applyMark(newId);
}

void TopologyScene::addProfile(const QString &id)
{
    if (const Profile *profile = m_document->topology().profile(id))
        addProfileItem(*profile);
}

void TopologyScene::addProfileItem(const Profile &profile)
{
    if (m_profiles.contains(profile.id))
        return;
    auto *item = new ProfileItem(profile);
    m_profiles.insert(profile.id, item);
    addItemInMode(item);
    syncBackupChip(profile);
    if (m_marks.contains(profile.id))
        applyMark(profile.id);
    arrangeProfiles(profile.hub);
}

// Makes, moves or removes the backup chip of `profile` to match its backupHub.
void TopologyScene::syncBackupChip(const Profile &profile)
{
    ProfileItem *item = m_backupProfiles.value(profile.id);
    const QString oldHub = item ? item->hubId() : QString();
    const QString &hub = profile.backupHub == profile.hub ? QString() : profile.backupHub;
    if (hub.isEmpty()) {
        if (item) {
            m_backupProfiles.remove(profile.id);
            DetailLevel::changed(item);
            delete item;
            arrangeProfiles(oldHub);
        }
        return;
    }
    if (!item) {
        item = new ProfileItem(profile, true);
        item->setFlag(QGraphicsItem::ItemHasNoContents, m_overview);
        m_backupProfiles.insert(profile.id, item);
        addItemInMode(item);
    } else {
        item->setProfile(profile);
    }
    item->setMark(m_marks.value(profile.id));
    if (!oldHub.isEmpty() && oldHub != hub)
        arrangeProfiles(oldHub);
    arrangeProfiles(hub);
}

void TopologyScene::removeProfile(const QString &id)
{
    if (ProfileItem *backup = m_backupProfiles.take(id)) {
        const QString hub = backup->hubId();
        DetailLevel::changed(backup);
        delete backup;
        arrangeProfiles(hub);
    }
    ProfileItem *item = m_profiles.take(id);
    if (!item)
        return;
    const QString hub = item->hubId();
    DetailLevel::changed(item);
    delete item;
    arrangeProfiles(hub);
}

void TopologyScene::updateProfile(const QString &oldId, const QString &newId)
{
    ProfileItem *item = m_profiles.take(oldId);
    const Profile *profile = m_document->topology().profile(newId);
    if (!item || !profile)
        return;
    m_profiles.insert(newId, item);
    if (oldId != newId) {
        if (ProfileItem *backup = m_backupProfiles.take(oldId))
            m_backupProfiles.insert(newId, backup);
    }
    syncBackupChip(*profile);
    const QString oldHub = item->hubId();
    item->setProfile(*profile);
    if (oldHub != profile->hub)
        arrangeProfiles(oldHub);
    arrangeProfiles(profile->hub);
    if (oldId != newId)
        applyMark(newId);
}

void TopologyScene::arrangeProfiles(const QString &hubId)
{
    SiteItem *hub = m_sites.value(hubId);
    qreal y = hub ? hub->cardRect().bottom() + ProfileItem::kTop : 0;
    QRectF chips;
    for (const Profile &p : m_document->topology().profiles) {
        ProfileItem *item = nullptr;
        if (p.hub == hubId)
            item = m_profiles.value(p.id);
        else if (p.backupHub == hubId)
            item = m_backupProfiles.value(p.id);
        if (!item)
            continue;
        item->setParentItem(hub);
        item->setVisible(hub != nullptr);
        if (hub) {
            item->setPos(hub->cardRect().left() + 12, y);
            chips |= item->mapRectToParent(item->boundingRect());
            y += ProfileItem::kHeight + ProfileItem::kGap;
        }
    }
    if (hub) {
        // A little air around the chips: a link leaving downwards starts
        // below them, not on their border.
        hub->setChipArea(chips.isEmpty() ? QRectF() : chips.adjusted(-4, -4, 4, 4));
        DetailLevel::changed(hub); // its chips, at their new places
    }
}

void TopologyScene::setFindings(const QList<Finding> &findings)
{
    setMarks(FindingMarking::byObject(findings));
}

void TopologyScene::setMarks(const FindingMarks &marks)
{
    const QStringList changed = FindingMarking::changedIds(m_marks, marks);
    m_marks = marks;
    for (const QString &id : changed)
        m_unapplied.insert(id);
    applyMarks();
}

void TopologyScene::applyMarks()
{
    int slice = 0;
    for (auto it = m_unapplied.begin(); it != m_unapplied.end() && slice < kMarksPerSlice;
         ++slice) {
        applyMark(*it);
        it = m_unapplied.erase(it);
    }
    if (!m_unapplied.isEmpty())
        m_markSlices.start();
}

void TopologyScene::applyMark(const QString &id)
{
    const FindingMark mark = m_marks.value(id);
    if (SiteItem *s = m_sites.value(id)) {
        s->setMark(mark);
        ++m_markUpdates;
    }
    if (LinkItem *l = m_links.value(id)) {
        l->setMark(mark);
        ++m_markUpdates;
    }
    if (ProfileItem *p = m_profiles.value(id)) {
        p->setMark(mark);
        ++m_markUpdates;
    }
    if (ProfileItem *p = m_backupProfiles.value(id))
        p->setMark(mark);
}

CanvasSelection TopologyScene::selection() const
{
    CanvasSelection out;
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items) {
        if (auto *s = qgraphicsitem_cast<SiteItem *>(item))
            out.sites << s->siteId();
        else if (auto *l = qgraphicsitem_cast<LinkItem *>(item))
            out.links << l->linkId();
        else if (auto *p = qgraphicsitem_cast<ProfileItem *>(item))
            out.profiles << p->profileId();
    }
    out.sites.sort();
    out.links.sort();
    out.profiles.sort();
    out.profiles.removeDuplicates(); // a profile's chip and its backup chip
    return out;
}

QRectF TopologyScene::selectObjects(const QStringList &ids)
{
    QList<QGraphicsItem *> items;
    for (const QString &id : ids) {
        if (SiteItem *s = m_sites.value(id))
            items << s;
        if (LinkItem *l = m_links.value(id))
            items << l;
        if (ProfileItem *p = m_profiles.value(id))
            items << p;
    }
    QRectF rect;
    QSignalBlocker block(this);
    clearSelection();
    for (QGraphicsItem *item : std::as_const(items)) {
        item->setSelected(true);
        rect |= item->sceneBoundingRect();
    }
    block.unblock();
    Q_EMIT selectionChanged();
    return rect;
}

void TopologyScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    m_pressPositions.clear();
    if (event->button() != Qt::LeftButton)
        return;
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items) {
        if (auto *s = qgraphicsitem_cast<SiteItem *>(item))
            m_pressPositions.insert(s->siteId(), s->pos());
    }
}

void TopologyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    MoveSitesCommand::Positions before, after;
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it) {
        SiteItem *s = m_sites.value(it.key());
        if (s && s->pos() != it.value()) {
            before.insert(it.key(), m_document->position(it.key()));
            after.insert(it.key(), s->pos());
        }
    }
    m_pressPositions.clear();
    if (!after.isEmpty())
        Q_EMIT moveRequested(before, after);
}

QPointF TopologyScene::freePosition(const QPointF &near) const
{
    // A new card: SiteItem's width, a few lines high, with a margin around it.
    const QRectF card(-SiteItem::kWidth / 2 - 24, -60, SiteItem::kWidth + 48, 180);
    QList<QRectF> taken;
    for (const SiteItem *item : m_sites)
        taken.append(item->mapRectToScene(item->extentRect()));
    const auto isFree = [&taken, &card](const QPointF &p) {
        const QRectF r = card.translated(p);
        return std::none_of(taken.cbegin(), taken.cend(),
                            [&r](const QRectF &t) { return t.intersects(r); });
    };
    const qreal dx = card.width(), dy = card.height();
    for (int ring = 0; ring <= 12; ++ring) {
        QPointF best;
        qreal bestDistance = -1;
        for (int i = -ring; i <= ring; ++i) {
            for (int j = -ring; j <= ring; ++j) {
                if (std::max(std::abs(i), std::abs(j)) != ring)
                    continue; // only this ring
                const QPointF p = near + QPointF(i * dx, j * dy);
                const qreal d = QLineF(p, near).length();
                if (isFree(p) && (bestDistance < 0 || d < bestDistance)) {
                    best = p;
                    bestDistance = d;
                }
            }
        }
        if (bestDistance >= 0)
            return best;
    }
    return near; // a crowded canvas: the centre, as before
}
