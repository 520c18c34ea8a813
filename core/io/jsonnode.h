#pragma once

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

// A JSON value whose object members keep the order they were added in.
// QJsonObject sorts its keys; the file format wants a stable, readable order.
class JsonNode
{
public:
    JsonNode() = default;
    JsonNode(const QJsonValue &scalarOrTree); // objects inside are written with sorted keys
    static JsonNode object();
    static JsonNode array();

    JsonNode &add(const QString &key, const JsonNode &value); // object member
    JsonNode &append(const JsonNode &value);                  // array item
    bool isEmptyContainer() const;

    // Pretty form: two-space indent, arrays of scalars on one line, LF, trailing newline.
    QByteArray toPrettyJson() const;

private:
    enum class Kind { Scalar, Array, Object };
    void write(QByteArray &out, int indent) const;
    bool isInlineArray() const;

    Kind m_kind = Kind::Scalar;
    QJsonValue m_scalar;
    QList<JsonNode> m_items;
    QList<QPair<QString, JsonNode>> m_members;
};
