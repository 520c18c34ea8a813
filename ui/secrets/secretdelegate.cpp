#include "ui/secrets/secretdelegate.h"

#include "ui/secrets/secretstablemodel.h"

#include <QLineEdit>

SecretDelegate::SecretDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *SecretDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &index) const
{
    auto *edit = new QLineEdit(parent);
    const auto *model = qobject_cast<const SecretsTableModel *>(index.model());
    edit->setEchoMode(model && model->isRevealed() ? QLineEdit::Normal
                                                   : QLineEdit::Password);
    edit->setPlaceholderText(tr("8–128 characters"));
    return edit;
}

void SecretDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    const QString text = static_cast<QLineEdit *>(editor)->text();
    if (text.isEmpty())
        return;
    const QString problem = SecretsTableModel::valueProblem(text);
    if (!problem.isEmpty()) {
        Q_EMIT rejected(problem);
        return;
    }
    model->setData(index, text);
}
