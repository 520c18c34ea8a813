#pragma once

#include <QDialog>

class SecretsStore;
class SecretsTableModel;
class TopologyDocument;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

// Generate or enter the pre-shared keys and user passwords the topology
// names, and choose where they are kept for this topology: the secrets file
// (0600, the default) or the OS keychain. Values stay masked until "Show
// values" is ticked.
class SecretsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretsDialog)

public:
    SecretsDialog(TopologyDocument *document, SecretsStore *store, QWidget *parent = nullptr);

    SecretsTableModel *model() const { return m_model; }
    QComboBox *storageBox() const { return m_storage; }
    void generateMissing();
    void generateSelected();

private:
    void updateSummary();
    void updateStorage();

    SecretsStore *m_store;
    SecretsTableModel *m_model;
    QTableView *m_view;
    QComboBox *m_storage;
    QLabel *m_storageNote;
    QCheckBox *m_reveal;
    QLabel *m_summary;
};
