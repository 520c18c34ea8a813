#pragma once

#include "ui/canvas/canvasselection.h"

#include <QStackedWidget>

class EditController;
class LinkPage;
class ProfilePage;
class SitePage;
class TopologyPage;
class QLabel;

// The property dock's content: the page for the one selected object (site,
// link, profile), the topology's own page when nothing is selected. Reloads
// from the document after every change, so undo shows at once.
class PropertyPanel final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertyPanel)

public:
    explicit PropertyPanel(EditController *edits, QWidget *parent = nullptr);

    void showSelection(const CanvasSelection &selection);
    SitePage *sitePage() const { return m_site; }
    LinkPage *linkPage() const { return m_link; }
    ProfilePage *profilePage() const { return m_profile; }
    TopologyPage *topologyPage() const { return m_topology; }

private:
    enum class Kind { None, Site, Link, Profile, Many };
    void reload();
    void fitToCurrentPage();

    EditController *m_edits;
    TopologyPage *m_topology;
    SitePage *m_site;
    LinkPage *m_link;
    ProfilePage *m_profile;
    QLabel *m_many;
    Kind m_kind = Kind::None;
    QString m_id;
};
