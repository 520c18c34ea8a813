#pragma once

#include <QAbstractTableModel>
#include <QStringList>

class SecretsStore;
class TopologyDocument;

// Every user named by a profile: the profiles that list them and whether a
// password is stored (never the password itself). The id role gives the
// first profile, so activating a user selects that profile on the canvas.
class UserListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserListModel)

public:
    enum Column { UserColumn, ProfilesColumn, PasswordColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    UserListModel(TopologyDocument *document, SecretsStore *secrets, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString user;
        QStringList profiles;
    };
    void rebuild();

    TopologyDocument *m_document;
    SecretsStore *m_secrets;
    QList<Row> m_rows;
};
