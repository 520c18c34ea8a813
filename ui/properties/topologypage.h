#pragma once

#include <QWidget>

class EditController;
class FieldEdit;
class QSpinBox;

// The topology's own properties (name, MTU), shown when nothing is selected.
class TopologyPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyPage)

public:
    explicit TopologyPage(EditController *edits, QWidget *parent = nullptr);
    void load();
    QSpinBox *mtuBox() const { return m_mtu; }

private:
    void commit();

    EditController *m_edits;
    FieldEdit *m_name;
    QSpinBox *m_mtu;
};
