#include "ui/secrets/secretsdialog.h"

#include "core/model/secretgenerator.h"
#include "ui/secrets/secretdelegate.h"
#include "ui/secrets/secretsstore.h"
#include "ui/secrets/secretstablemodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

SecretsDialog::SecretsDialog(TopologyDocument *document, SecretsStore *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_model(new SecretsTableModel(document, store, this)),
      m_view(new QTableView(this)), m_reveal(new QCheckBox(tr("&Show values"), this)),
      m_summary(new QLabel(this))
{
    setWindowTitle(tr("Secrets"));
    auto *intro = new QLabel(tr("Pre-shared keys and user passwords are saved apart from the "
                                "topology, in a secrets file readable only by you (mode 0600)."),
                             this);
    intro->setWordWrap(true);
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
    updateSummary();
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
    m_summary->setText(missing == 0 ? tr("Every secret has a value.")
                                    : tr("%n secret(s) missing.", nullptr, missing));
}
