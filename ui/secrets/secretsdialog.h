#pragma once

#include <QDialog>

class SecretsStore;
class SecretsTableModel;
class TopologyDocument;
class QCheckBox;
class QLabel;
class QTableView;

// Generate or enter the pre-shared keys and user passwords the topology
// names. Values stay masked until "Show values" is ticked.
class SecretsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretsDialog)

public:
    SecretsDialog(TopologyDocument *document, SecretsStore *store, QWidget *parent = nullptr);

    SecretsTableModel *model() const { return m_model; }
    void generateMissing();
    void generateSelected();

private:
    void updateSummary();

    SecretsStore *m_store;
    SecretsTableModel *m_model;
    QTableView *m_view;
    QCheckBox *m_reveal;
    QLabel *m_summary;
};
