#pragma once

#include "core/model/topology.h"

#include <QObject>
#include <QPointF>
#include <QString>

// The editor's model: the core Topology value plus fine-grained change
// signals. The edit methods are called ONLY by the undo commands (ui/commands);
// everything else reads topology() and follows the signals.
class TopologyDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyDocument)

public:
    explicit TopologyDocument(QObject *parent = nullptr);

    const Topology &topology() const { return m_topology; }
    // Grows with every edit but a move (what contentChanged follows), before
    // its signals: equal revisions, equal content for validation and generation.
    quint64 contentRevision() const { return m_contentRevision; }

    // Replaces the whole document (open, new, recovery): emits reset().
    void reset(const Topology &topology);

    // --- edits, for undo commands only ---
    void insertSite(int index, const Site &site, const std::optional<QPointF> &position);
    Site removeSite(const QString &id); // links and profiles must be gone first
    void replaceSite(const QString &id, const Site &site); // same id
    void renameSite(const QString &oldId, const QString &newId); // and every reference
    void setSitePosition(const QString &id, const std::optional<QPointF> &position);

    void insertLink(int index, const Link &link);
    Link removeLink(const QString &id);
    void replaceLink(const QString &id, const Link &link); // id may change

    void insertProfile(int index, const Profile &profile);
    Profile removeProfile(const QString &id);
    void replaceProfile(const QString &id, const Profile &profile); // id may change

    void setProperties(const QString &name, const std::optional<int> &mtu);

    // --- lookups ---
    int linkIndex(const QString &id) const;
    int profileIndex(const QString &id) const;
    std::optional<QPointF> position(const QString &siteId) const;
    QString uniqueId(const QString &stem) const; // unused among sites, links and profiles

Q_SIGNALS:
    void resetDone();
    void siteAdded(const QString &id);
    void siteRemoved(const QString &id);
    void siteChanged(const QString &id);
    void siteRenamed(const QString &oldId, const QString &newId);
    void siteMoved(const QString &id);
    void linkAdded(const QString &id);
    void linkRemoved(const QString &id);
    void linkChanged(const QString &oldId, const QString &newId);
    void profileAdded(const QString &id);
    void profileRemoved(const QString &id);
    void profileChanged(const QString &oldId, const QString &newId);
    void propertiesChanged();
    // After any of the above but a move: what validation, generation and the
    // monitor read (none of them reads the layout, which is only drawn).
    void contentChanged();
    // After any of the above, a move too: for autosave and the window title.
    void changed();

private:
    enum class Edit { Content, Layout };
    void edited(Edit edit);

    Topology m_topology;
    quint64 m_contentRevision = 0;
};
