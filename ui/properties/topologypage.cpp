#include "ui/properties/topologypage.h"

#include "ui/document/topologydocument.h"
#include "ui/editor/editcontroller.h"
#include "ui/properties/fieldedit.h"
#include "ui/properties/fieldrules.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

TopologyPage::TopologyPage(EditController *edits, QWidget *parent)
    : QWidget(parent), m_edits(edits), m_name(new FieldEdit(FieldRules::nameProblem, this)),
      m_mtu(new QSpinBox(this))
{
    m_mtu->setRange(574, 1500); // the minimum stands for "automatic"
    m_mtu->setSpecialValueText(tr("automatic"));
    m_mtu->setToolTip(tr("PPP MTU for every tunnel; “automatic” computes it from the "
                         "L2TP/IPsec overhead"));
    auto *hint = new QLabel(tr("Nothing selected. Click a site, link or profile on the canvas, "
                               "or right-click the canvas to add one."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(hint);
    form->addRow(tr("Topology &name:"), m_name);
    form->addRow(tr("&MTU:"), m_mtu);
    connect(m_name, &FieldEdit::committed, this, &TopologyPage::commit);
    connect(m_mtu, &QSpinBox::editingFinished, this, &TopologyPage::commit);
}

void TopologyPage::load()
{
    const Topology &t = m_edits->document()->topology();
    m_name->load(t.name);
    const QSignalBlocker block(m_mtu);
    m_mtu->setValue(t.mtu.value_or(m_mtu->minimum()));
}

void TopologyPage::commit()
{
    const Topology &t = m_edits->document()->topology();
    const std::optional<int> mtu =
        m_mtu->value() == m_mtu->minimum() ? std::nullopt : std::optional<int>(m_mtu->value());
    if (t.name != m_name->text() || t.mtu != mtu)
        m_edits->editProperties(m_name->text(), mtu);
}
