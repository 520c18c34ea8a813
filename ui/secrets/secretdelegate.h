#pragma once

#include <QStyledItemDelegate>

// Edits a secret in a masked line edit (plain only while values are
// revealed) and refuses values the validator would reject.
class SecretDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretDelegate)

public:
    explicit SecretDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

Q_SIGNALS:
    void rejected(const QString &problem) const;
};
