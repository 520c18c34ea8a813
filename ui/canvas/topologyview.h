#pragma once

#include <QGraphicsView>

// The canvas: wheel zoom around the cursor, pan with the middle button or
// Space + drag, rubber-band selection with the left button, fit to view.
class TopologyView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyView)

public:
    explicit TopologyView(QWidget *parent = nullptr);

    qreal zoom() const { return transform().m11(); }
    void zoomBy(qreal factor);
    void zoomIn() { zoomBy(1.25); }
    void zoomOut() { zoomBy(0.8); }
    void resetZoom();
    void fitAll();
    // Fits now when the view has its size, else as soon as it gets one.
    void requestFit();
    void centerOnRect(const QRectF &rect);
    // The smallest zoom the wheel and zoomOut() reach: 5 %, or half the scale
    // that shows the whole scene when that is lower (a large topology), so a
    // fitted overview is never below it and zooming out and back in from
    // there moves in even steps.
    qreal minimumZoom() const;

Q_SIGNALS:
    void zoomChanged(qreal zoom);
    void contextMenuRequested(const QPoint &globalPos, const QPointF &scenePos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    // Puts the scene in overview mode (DetailLevel) when `overview`.
    void syncOverview(bool overview);

    bool m_middlePan = false;
    bool m_spacePan = false;
    bool m_fitPending = false;
};
