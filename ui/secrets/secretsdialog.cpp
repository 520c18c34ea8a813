#include "ui/secrets/secretsdialog.h"

#include "core/model/secretgenerator.h"
#include "ui/secrets/secretdelegate.h"
#include "ui/secrets/secretsstore.h"
#include "ui/secrets/secretstablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

SecretsDialog::SecretsDialog(TopologyDocument *document, SecretsStore *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_model(new SecretsTableModel(document, store, this)),
      m_view(new QTableView(this)), m_storage(new QComboBox(this)),
      m_storageNote(new QLabel(this)), m_reveal(new QCheckBox(tr("&Show values"), this)),
      m_summary(new QLabel(this))
{
    setWindowTitle(tr("Secrets"));
    auto *intro = new QLabel(tr("Pre-shared keys and user passwords are saved apart from the "
                                "topology: in a secrets file beside it that only you can read "
                                "(mode 0600), or in the OS keychain."),
                             this);
    intro->setWordWrap(true);
    m_storage->addItem(tr("Secrets file beside the topology (0600)"),
                       int(SecretsStore::Storage::File));
    m_storage->addItem(tr("OS keychain"), int(SecretsStore::Storage::Keychain));
    m_storage->setToolTip(tr("Where this topology's secrets are saved; the choice takes "
                             "effect when you save the topology"));
    if (!store->hasKeychain()) {
        if (auto *items = qobject_cast<QStandardItemModel *>(m_storage->model()))
            items->item(1)->setEnabled(false);
    }
    m_storageNote->setWordWrap(true);
    auto *storageForm = new QFormLayout;
    storageForm->addRow(tr("S&tore secrets in:"), m_storage);
    m_view->setModel(m_model);
    auto *delegate = new SecretDelegate(this);
    m_view->setItemDelegateForColumn(SecretsTableModel::ValueColumn, delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->resizeColumnsToContents();
    m_reveal->setToolTip(tr("Show the secrets in clear text"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *missing = buttons->addButton(tr("Generate &Missing"),
                                              QDialogButtonBox::ActionRole);
    missing->setToolTip(tr("Generate a strong value for every secret that has none"));
    QPushButton *selected = buttons->addButton(tr("&Regenerate Selected"),
                                               QDialogButtonBox::ActionRole);
    selected->setToolTip(tr("Replace the selected secrets with new strong values"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(storageForm);
    layout->addWidget(m_storageNote);
    layout->addWidget(m_view);
    layout->addWidget(m_summary);
    layout->addWidget(m_reveal);
    layout->addWidget(buttons);
    resize(760, 420);

    connect(m_reveal, &QCheckBox::toggled, m_model, &SecretsTableModel::setRevealed);
    connect(missing, &QPushButton::clicked, this, &SecretsDialog::generateMissing);
    connect(selected, &QPushButton::clicked, this, &SecretsDialog::generateSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(delegate, &SecretDelegate::rejected, m_summary, &QLabel::setText);
    connect(store, &SecretsStore::changed, this, &SecretsDialog::updateSummary);
    connect(m_storage, &QComboBox::activated, this, [this] {
        m_store->setStorage(SecretsStore::Storage(m_storage->currentData().toInt()));
    });
    connect(store, &SecretsStore::storageChanged, this, &SecretsDialog::updateStorage);
    updateSummary();
    updateStorage();
}

void SecretsDialog::generateMissing()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->hasValue(row))
            m_model->setValue(row, SecretGenerator::generate());
    }
}

void SecretsDialog::generateSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        m_model->setValue(i.row(), SecretGenerator::generate());
}

void SecretsDialog::updateSummary()
{
    int missing = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        missing += m_model->hasValue(row) ? 0 : 1;
    QString text = missing == 0 ? tr("Every secret has a value.")
                                : tr("%n secret(s) missing.", nullptr, missing);
    if (!m_store->keychainProblem().isEmpty())
        text += QLatin1Char(' ') + m_store->keychainProblem();
    m_summary->setText(text);
}

void SecretsDialog::updateStorage()
{
    const bool keychain = m_store->storage() == SecretsStore::Storage::Keychain;
    m_storage->setCurrentIndex(m_storage->findData(int(m_store->storage())));
    if (!m_store->hasKeychain())
        m_storageNote->setText(tr("No OS keychain is available in this session."));
    else
        m_storageNote->setText(keychain ? tr("Saving stores every secret in the OS keychain "
                                             "and deletes the secrets file beside the "
                                             "topology, if there is one.")
                                        : tr("Saving writes the secrets file beside the "
                                             "topology and removes this topology's entries "
                                             "from the OS keychain, if there are any."));
}
