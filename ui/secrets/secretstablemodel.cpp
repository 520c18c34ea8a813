#include "ui/secrets/secretstablemodel.h"

#include "ui/document/topologydocument.h"
#include "ui/secrets/secretsstore.h"

#include <QColor>
#include <QMap>
#include <QRegularExpression>

SecretsTableModel::SecretsTableModel(TopologyDocument *document, SecretsStore *store,
                                     QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_store(store)
{
    rebuild();
}

void SecretsTableModel::rebuild()
{
    QMap<QString, QStringList> psks;
    QMap<QString, QStringList> users;
    const Topology &t = m_document->topology();
    for (const Link &l : t.links) {
        if (!l.secret.isEmpty())
            psks[l.secret] << tr("link %1").arg(l.id);
    }
    for (const Profile &p : t.profiles) {
        if (!p.secret.isEmpty())
            psks[p.secret] << tr("profile %1").arg(p.id);
        for (const QString &u : p.users)
            users[u] << tr("profile %1").arg(p.id);
    }
    const Secrets &s = m_store->secrets();
    for (auto it = s.psk.cbegin(); it != s.psk.cend(); ++it)
        psks[it.key()];
    for (auto it = s.users.cbegin(); it != s.users.cend(); ++it)
        users[it.key()];
    beginResetModel();
    m_rows.clear();
    for (auto it = psks.cbegin(); it != psks.cend(); ++it)
        m_rows.append(Row{Kind::Psk, it.key(), it.value()});
    for (auto it = users.cbegin(); it != users.cend(); ++it)
        m_rows.append(Row{Kind::Password, it.key(), it.value()});
    endResetModel();
}

void SecretsTableModel::setRevealed(bool revealed)
{
    m_revealed = revealed;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ValueColumn), index(rowCount() - 1, ValueColumn));
}

QString SecretsTableModel::value(const Row &row) const
{
    const Secrets &s = m_store->secrets();
    return row.kind == Kind::Psk ? s.psk.value(row.name) : s.users.value(row.name);
}

bool SecretsTableModel::hasValue(int row) const { return !value(m_rows.at(row)).isEmpty(); }

void SecretsTableModel::setValue(int row, const QString &v)
{
    const Row &r = m_rows.at(row);
    if (r.kind == Kind::Psk)
        m_store->setPsk(r.name, v);
    else
        m_store->setPassword(r.name, v);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString SecretsTableModel::valueProblem(const QString &value)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_.:+=@%^~!/-]{8,128}")));
    if (re.match(value).hasMatch())
        return {};
    return tr("Use 8–128 characters: letters, digits and - _ . : + = @ % ^ ~ ! /");
}

int SecretsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SecretsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecretsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const QString v = value(r);
    if (role == Qt::EditRole && index.column() == ValueColumn)
        return m_revealed ? v : QString();
    if (role == Qt::ToolTipRole && index.column() == ValueColumn)
        return v.isEmpty() ? tr("Not set: generate it or double-click to enter it")
                           : tr("Double-click to enter a new value");
    if (role == Qt::ForegroundRole && index.column() == ValueColumn && v.isEmpty())
        return QColor(0xc6, 0x28, 0x28);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return r.kind == Kind::Psk ? tr("Pre-shared key") : tr("User password");
    case NameColumn:
        return r.name;
    case UsedByColumn:
        return r.usedBy.isEmpty() ? tr("(unused)") : r.usedBy.join(QStringLiteral(", "));
    case ValueColumn:
        if (v.isEmpty())
            return tr("missing");
        return m_revealed ? v : QString(qMin<qsizetype>(v.size(), 16), QChar(0x2022));
    }
    return {};
}

bool SecretsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ValueColumn)
        return false;
    const QString v = value.toString();
    if (!valueProblem(v).isEmpty())
        return false;
    setValue(index.row(), v);
    return true;
}

Qt::ItemFlags SecretsTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == ValueColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SecretsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case UsedByColumn:
        return tr("Used by");
    case ValueColumn:
        return tr("Value");
    }
    return {};
}
