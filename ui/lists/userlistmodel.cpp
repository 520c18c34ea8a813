#include "ui/lists/userlistmodel.h"

#include "ui/document/topologydocument.h"
#include "ui/secrets/secretsstore.h"

#include <QMap>

UserListModel::UserListModel(TopologyDocument *document, SecretsStore *secrets, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_secrets(secrets)
{
    connect(document, &TopologyDocument::resetDone, this, &UserListModel::rebuild);
    connect(document, &TopologyDocument::profileAdded, this, &UserListModel::rebuild);
    connect(document, &TopologyDocument::profileRemoved, this, &UserListModel::rebuild);
    connect(document, &TopologyDocument::profileChanged, this, &UserListModel::rebuild);
    connect(secrets, &SecretsStore::changed, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, PasswordColumn), index(rowCount() - 1, PasswordColumn));
    });
    rebuild();
}

void UserListModel::rebuild()
{
    QMap<QString, QStringList> users;
    for (const Profile &p : m_document->topology().profiles) {
        for (const QString &u : p.users)
            users[u] << p.id;
    }
    beginResetModel();
    m_rows.clear();
    for (auto it = users.cbegin(); it != users.cend(); ++it)
        m_rows.append(Row{it.key(), it.value()});
    endResetModel();
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.profiles.value(0);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case UserColumn:
        return r.user;
    case ProfilesColumn:
        return r.profiles.join(QStringLiteral(", "));
    case PasswordColumn:
        return m_secrets->secrets().users.contains(r.user) ? tr("set") : tr("missing");
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserColumn:
        return tr("User");
    case ProfilesColumn:
        return tr("Profiles");
    case PasswordColumn:
        return tr("Password");
    }
    return {};
}
