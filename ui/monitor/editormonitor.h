#pragma once

#include "core/monitor/probetarget.h"
#include "core/monitor/targetstate.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <memory>
#include <utility>

class LatestJob;
class MonitorWidget;
class Prober;
class QLabel;
class QTimer;
class QWidget;
class TopologyDocument;
class TopologyScene;
class TunnelMonitor;

// Monitoring in the editor: probes the open topology's links and sites
// (MonitorTargets::forTopology, plus hosts the admin adds) once the admin
// presses Start in the Monitor dock, and paints their states on the canvas
// through TopologyScene (only the link or site whose state changed). The
// targets follow the document's edits, derived off the GUI thread (LatestJob)
// from a copy of the document — while the dock is hidden and the monitor
// stopped, not at all until the dock is shown or the monitor starts; opening
// another file stops the monitor and clears its history. While stopped the canvas shows no states.
// A link's or site's state is the worst of its own targets
// (TunnelMonitor::linkState/siteState, indexed per link and site).
class EditorMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorMonitor)

public:
    EditorMonitor(TopologyDocument *document, TopologyScene *scene,
                  std::unique_ptr<Prober> prober, QObject *parent = nullptr);
    ~EditorMonitor() override;

    // The dock's content: a line for bad "monitor" overrides, the MonitorWidget.
    QWidget *widget() const { return m_page; }
    MonitorWidget *monitorWidget() const { return m_widget; }
    TunnelMonitor *monitor() const { return m_monitor; }
    const QStringList &targetErrors() const { return m_errors; }

    // Re-derives the targets now, on this thread (edits are coalesced and
    // derived off it otherwise; a derivation still running is then dropped).
    void retarget();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // A row of the dock was double-clicked: the link or site it belongs to.
    void objectActivated(const QString &id);

private:
    void scheduleRetarget();
    void deriveInBackground();
    void setTargets(ProbeTargets targets, const QStringList &errors);
    void onReset();
    void onTargetState(const QString &key);
    void applyAll();
    void touch(int first, int last); // the links and sites of targets [first, last]
    void applyTouched();

    TopologyDocument *m_document;
    QPointer<TopologyScene> m_scene;
    std::unique_ptr<Prober> m_prober;
    TunnelMonitor *m_monitor;
    QPointer<QWidget> m_page;
    MonitorWidget *m_widget;
    QLabel *m_errorLine;
    QTimer *m_retarget;
    LatestJob *m_job;
    int m_generation = 0; // a derivation applies only in the generation it began
    bool m_stale = false; // edits came while nobody looked: derive on show or start
    QStringList m_errors;
    std::pair<int, int> m_inserting; // the run being inserted
    QSet<QString> m_touchedLinks;    // of the targets an edit changed, until targetsChanged
    QSet<QString> m_touchedSites;
};
