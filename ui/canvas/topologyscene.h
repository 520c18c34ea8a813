#pragma once

#include "core/monitor/targetstate.h"
#include "core/validation/finding.h"
#include "ui/canvas/canvasselection.h"
#include "ui/canvas/findingmarks.h"
#include "ui/canvas/overviewpainter.h"
#include "ui/commands/movesitescommand.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <QTimer>

class TopologyDocument;
struct Site;
struct Link;
struct Profile;
class SiteItem;
class LinkItem;
class ProfileItem;

// Draws a TopologyDocument. It follows the document's signals and never
// changes the document: a finished drag is reported as moveRequested() and
// the editor turns it into an undo command.
class TopologyScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyScene)

public:
    explicit TopologyScene(TopologyDocument *document, QObject *parent = nullptr);
    ~TopologyScene() override;

    SiteItem *siteItem(const QString &id) const { return m_sites.value(id); }
    LinkItem *linkItem(const QString &id) const { return m_links.value(id); }
    ProfileItem *profileItem(const QString &id) const { return m_profiles.value(id); }
    ProfileItem *backupProfileItem(const QString &id) const { return m_backupProfiles.value(id); }
    const QHash<QString, SiteItem *> &siteItems() const { return m_sites; }
    const QHash<QString, LinkItem *> &linkItems() const { return m_links; }
    const QHash<QString, ProfileItem *> &profileItems() const { return m_profiles; }
    int siteCount() const { return int(m_sites.size()); }
    int linkCount() const { return int(m_links.size()); }
    int profileCount() const { return int(m_profiles.size()); }

    // Where a site is drawn: its layout position, or the automatic one.
    QPointF sitePosition(const QString &id) const;
    // The position nearest `near` where a new site card overlaps no card (and
    // no profile chips) already drawn: `near` itself, else the closest free
    // spot on rings of grid positions around it.
    QPointF freePosition(const QPointF &near) const;

    void setFindings(const QList<Finding> &findings);
    // Shows these marks: only the items whose mark changes are touched, a
    // thousand at a time (the rest in later turns of the event loop), so a
    // new file's tens of thousands of marks never hold up a frame.
    void setMarks(const FindingMarks &marks);
    bool hasUnappliedMarks() const { return !m_unapplied.isEmpty(); }
    // How many items have been given a mark since the scene was made (tests).
    int markUpdates() const { return m_markUpdates; }
    CanvasSelection selection() const;
    // Monitor states (docs/monitoring.md), kept across rebuilds; only the
    // item whose state changes repaints. Unknown draws the item as usual.
    void setSiteMonitorState(const QString &siteId, TargetState state);
    void setLinkMonitorState(const QString &linkId, TargetState state);
    TargetState siteMonitorState(const QString &siteId) const;
    TargetState linkMonitorState(const QString &linkId) const;
    void clearMonitorStates();
    // Overview mode (DetailLevel): set by a TopologyView at overview zoom.
    // The items get ItemHasNoContents (Qt's painting skips them; they stay
    // selectable, movable and hit-testable) and the view draws them batched
    // (OverviewPainter); what an item shows changing repaints its area.
    // Painting the scene at a detailed scale in this mode shows no items.
    void setOverview(bool on);
    bool isOverview() const { return m_overview; }
    // The overview's shapes of every item, made again only after an item
    // changed what the overview shows (DetailLevel::changed says so): a zoom
    // frame at overview zoom draws them without walking 20,000 items.
    const OverviewPainter::Shapes &overviewShapes() const;
    void overviewChanged() { m_overviewStale = true; }
    int overviewBuilds() const { return m_overviewBuilds; } // tests
    // Selects the objects with these ids (sites, links, profiles); returns
    // the scene rectangle around them (empty when none is known).
    QRectF selectObjects(const QStringList &ids);

Q_SIGNALS:
    void moveRequested(const MoveSitesCommand::Positions &before,
                       const MoveSitesCommand::Positions &after);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void rebuild();
    void addSite(const QString &id);
    void addSiteItem(const Site &site);
    void removeSite(const QString &id);
    void updateSite(const QString &id);
    void renameSite(const QString &oldId, const QString &newId);
    void moveSite(const QString &id);
    void addLink(const QString &id);
    void addLinkItem(const Link &link);
    void removeLink(const QString &id);
    void updateLink(const QString &oldId, const QString &newId);
    void addProfile(const QString &id);
    void addProfileItem(const Profile &profile);
    void removeProfile(const QString &id);
    void updateProfile(const QString &oldId, const QString &newId);
    void arrangeProfiles(const QString &hubId);
    void applyMarks();
    void applyMark(const QString &id);
    void growSceneRect(const QGraphicsItem *item);
    void addItemInMode(QGraphicsItem *item);

    TopologyDocument *m_document;
    QHash<QString, SiteItem *> m_sites;
    QHash<QString, LinkItem *> m_links;
    QHash<QString, ProfileItem *> m_profiles;
    // The second chip of a profile with a backup hub, under that hub (by profile id).
    QHash<QString, ProfileItem *> m_backupProfiles;
    void syncBackupChip(const Profile &profile);
    QHash<QString, QPointF> m_autoPositions;
    FindingMarks m_marks;
    QSet<QString> m_unapplied; // ids whose item does not show m_marks yet
    QTimer m_markSlices;
    int m_markUpdates = 0;
    QHash<QString, TargetState> m_siteStates;
    QHash<QString, TargetState> m_linkStates;
    QHash<QString, QPointF> m_pressPositions;
    bool m_rebuilding = false;
    bool m_overview = false;
    mutable OverviewPainter::Shapes m_overviewShapes;
    mutable bool m_overviewStale = true;
    mutable int m_overviewBuilds = 0;
};
