#pragma once

#include <QAbstractTableModel>

class SecretsStore;
class TopologyDocument;

// Every secret the topology names (link and profile PSKs, user passwords)
// plus any stored one no longer named. Values are masked unless revealed;
// editing the value column stores the new secret.
class SecretsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretsTableModel)

public:
    enum Column { KindColumn, NameColumn, UsedByColumn, ValueColumn, ColumnCount };
    enum class Kind { Psk, Password };

    SecretsTableModel(TopologyDocument *document, SecretsStore *store, QObject *parent = nullptr);

    void setRevealed(bool revealed);
    bool isRevealed() const { return m_revealed; }
    void rebuild();
    Kind kind(int row) const { return m_rows.at(row).kind; }
    QString name(int row) const { return m_rows.at(row).name; }
    bool hasValue(int row) const;
    void setValue(int row, const QString &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString valueProblem(const QString &value); // the validator's PSK/password rule

private:
    struct Row
    {
        Kind kind;
        QString name;
        QStringList usedBy;
    };
    QString value(const Row &row) const;

    TopologyDocument *m_document;
    SecretsStore *m_store;
    QList<Row> m_rows;
    bool m_revealed = false;
};
