#include "core/io/jsonnode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Qt's own escaping and number formatting for one scalar.
QByteArray scalarText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace

JsonNode::JsonNode(const QJsonValue &value)
{
    if (value.isArray()) {
        m_kind = Kind::Array;
        for (const QJsonValue &item : value.toArray())
            m_items.append(JsonNode(item));
    } else if (value.isObject()) {
        m_kind = Kind::Object;
        const QJsonObject obj = value.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            m_members.append({it.key(), JsonNode(it.value())});
    } else {
        m_scalar = value;
    }
}

JsonNode JsonNode::object()
{
    JsonNode n;
    n.m_kind = Kind::Object;
    return n;
}

JsonNode JsonNode::array()
{
    JsonNode n;
    n.m_kind = Kind::Array;
    return n;
}

JsonNode &JsonNode::add(const QString &key, const JsonNode &value)
{
    m_members.append({key, value});
    return *this;
}

JsonNode &JsonNode::append(const JsonNode &value)
{
    m_items.append(value);
    return *this;
}

bool JsonNode::isEmptyContainer() const
{
    return (m_kind == Kind::Array && m_items.isEmpty())
           || (m_kind == Kind::Object && m_members.isEmpty());
}

bool JsonNode::isInlineArray() const
{
    for (const JsonNode &item : m_items) {
        if (item.m_kind != Kind::Scalar)
            return false;
    }
    return true;
}

QByteArray JsonNode::toPrettyJson() const
{
    QByteArray out;
    write(out, 0);
    out += '\n';
    return out;
}

void JsonNode::write(QByteArray &out, int indent) const
{
    const QByteArray pad(indent + 2, ' ');
    switch (m_kind) {
    case Kind::Scalar:
        out += scalarText(m_scalar);
        return;
    case Kind::Array:
        if (isInlineArray()) {
            out += '[';
            for (int i = 0; i < m_items.size(); ++i)
                out += (i ? ", " : "") + scalarText(m_items[i].m_scalar);
            out += ']';
            return;
        }
        out += "[\n";
        for (int i = 0; i < m_items.size(); ++i) {
            out += pad;
            m_items[i].write(out, indent + 2);
            out += i + 1 < m_items.size() ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ') + ']';
        return;
    case Kind::Object:
        if (m_members.isEmpty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        for (int i = 0; i < m_members.size(); ++i) {
            out += pad + scalarText(m_members[i].first) + ": ";
            m_members[i].second.write(out, indent + 2);
            out += i + 1 < m_members.size() ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ') + '}';
        return;
    }
}
