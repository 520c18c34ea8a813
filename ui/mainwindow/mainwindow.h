#pragma once

#include <QMainWindow>

class EditorDocks;
class EditorSession;
class FileController;
class RecentFiles;
class TopologyScene;
class TopologyView;
class QAction;
class QLabel;
class QMenu;

// The editor window: canvas in the middle, docks around it. Thin: actions
// call the controllers (EditController, FileController); state lives in the
// EditorSession.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(EditorSession *session, RecentFiles *recent, QWidget *parent = nullptr);
    ~MainWindow() override;

    EditorSession *session() const { return m_session; }
    TopologyScene *scene() const { return m_scene; }
    TopologyView *view() const { return m_view; }
    FileController *files() const { return m_files; }
    EditorDocks *docks() const { return m_docks; }
    QAction *action(const QString &objectName) const;
    // Checks the boxes of `folder` (docs/check.md); empty: stops.
    void setCheckFolder(const QString &folder);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions(); // mainwindowactions.cpp, with setIcons()
    void createMenus();
    void setIcons();
    void updateTitle();
    void updateActions();
    void updateStatus();
    void fillRecentMenu();
    void showContextMenu(const QPoint &globalPos, const QPointF &scenePos);
    QPointF newItemPosition() const;
    void addLink();
    void addProfile();
    void nudge(const QPointF &delta);
    void arrange();
    void editSecrets();
    void importBoxes();
    void exportBundles();
    void checkBoxes(bool on);

    EditorSession *m_session;
    RecentFiles *m_recent;
    TopologyScene *m_scene;
    TopologyView *m_view;
    FileController *m_files;
    EditorDocks *m_docks = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_zoom = nullptr;
    QPointF m_contextPos;
    bool m_hasContextPos = false;
};
