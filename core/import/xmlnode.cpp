#include "core/import/xmlnode.h"

#include "core/import/importlimits.h"

#include <QXmlStreamReader>

const XmlNode *XmlNode::child(const QString &n) const
{
    for (const XmlNode &c : children) {
        if (c.name == n)
            return &c;
    }
    return nullptr;
}

QString XmlNode::value(const QString &n) const
{
    const XmlNode *c = child(n);
    return c ? c->text : QString();
}

QList<const XmlNode *> XmlNode::all(const QString &n) const
{
    QList<const XmlNode *> out;
    for (const XmlNode &c : children) {
        if (c.name == n)
            out << &c;
    }
    return out;
}

namespace XmlNodeReader {

std::optional<XmlNode> read(const QString &text, const QString &file, ImportLog &log)
{
    QXmlStreamReader xml(text);
    xml.setEntityExpansionLimit(0);
    QList<XmlNode> stack;
    std::optional<XmlNode> root;
    const auto fail = [&](const QString &why) {
        log.error({file, int(xml.lineNumber())}, why);
        return std::nullopt;
    };
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            return fail(QStringLiteral("a DTD: entity declarations are refused"));
        case QXmlStreamReader::EntityReference:
            return fail(QStringLiteral("an entity reference: refused"));
        case QXmlStreamReader::StartElement:
            if (stack.size() >= ImportLimits::kMaxSectionDepth)
                return fail(QStringLiteral("elements nested deeper than %1").arg(ImportLimits::kMaxSectionDepth));
            stack.append({xml.name().toString(), {}, {file, int(xml.lineNumber())}, {}});
            break;
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty())
                stack.last().text += xml.text();
            break;
        case QXmlStreamReader::EndElement: {
            XmlNode done = stack.takeLast();
            done.text = done.text.trimmed();
            if (stack.isEmpty())
                root = std::move(done);
            else
                stack.last().children.append(std::move(done));
            break;
        }
        default:
            break;
        }
    }
    if (xml.hasError())
        return fail(QStringLiteral("not well-formed XML: %1").arg(xml.errorString()));
    if (!root)
        return fail(QStringLiteral("no root element"));
    return root;
}

} // namespace XmlNodeReader
