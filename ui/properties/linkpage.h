#pragma once

#include "core/model/link.h"

#include <QWidget>
#include <functional>

class EditController;
class FieldEdit;
class QComboBox;
class QSpinBox;

// Edits one link: id, ends, transport, IKE version, the PSK's name, and its
// failover role and metric (docs/failover.md).
class LinkPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkPage)

public:
    explicit LinkPage(EditController *edits, QWidget *parent = nullptr);

    void load(const Link &link);
    const QString &linkId() const { return m_link.id; }
    QComboBox *transportBox() const { return m_transport; }
    FieldEdit *secretField() const { return m_secret; }
    QComboBox *roleBox() const { return m_role; }
    QSpinBox *metricBox() const { return m_metric; }

private:
    void apply(const std::function<void(Link &)> &change);
    void fillSites(QComboBox *box, const QString &current);
    void offerL2tpOnlyWhereGenerated(const Link &link);

    EditController *m_edits;
    Link m_link;
    FieldEdit *m_id;
    QComboBox *m_from;
    QComboBox *m_to;
    QComboBox *m_transport;
    QComboBox *m_ike;
    FieldEdit *m_secret;
    QComboBox *m_role;
    QSpinBox *m_metric; // -1: the role's default
};
