#pragma once

#include <QObject>

class EditorMonitor;
class EditorSession;
class FindingsController;
class FindingsPanel;
class ObjectListPanel;
class PreviewPanel;
class PropertyPanel;
class QDockWidget;
class QMainWindow;
class QMenu;
class TopologyScene;
class TopologyView;
struct Finding;

// The docks around the canvas and their wiring: properties, lists, findings
// (with the canvas markers), preview. Selection flows from the canvas to the
// property page; activating a list row or a finding selects on the canvas.
class EditorDocks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorDocks)

public:
    EditorDocks(QMainWindow *window, EditorSession *session, TopologyScene *scene,
                TopologyView *view);

    PropertyPanel *properties() const { return m_properties; }
    FindingsPanel *findingsPanel() const { return m_findingsPanel; }
    FindingsController *findings() const { return m_findings; }
    PreviewPanel *preview() const { return m_preview; }
    ObjectListPanel *siteList() const { return m_sites; }
    EditorMonitor *monitor() const { return m_monitor; }
    void addToggleActions(QMenu *menu) const;
    void selectAndShow(const QStringList &ids);

private:
    QDockWidget *dock(const QString &title, const char *name, QWidget *content,
                      Qt::DockWidgetArea area);
    void showFinding(const Finding &finding);

    QMainWindow *m_window;
    EditorSession *m_session;
    TopologyScene *m_scene;
    TopologyView *m_view;
    PropertyPanel *m_properties;
    FindingsController *m_findings;
    FindingsPanel *m_findingsPanel;
    PreviewPanel *m_preview;
    ObjectListPanel *m_sites;
    EditorMonitor *m_monitor;
    QList<QDockWidget *> m_docks;
};
