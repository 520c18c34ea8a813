#pragma once

#include "core/import/importlog.h"
#include "core/import/sourceplace.h"

#include <QList>
#include <QString>
#include <optional>

// One element of an XML file with its text and its child elements.
struct XmlNode
{
    QString name;
    QString text; // the element's own text, trimmed
    SourcePlace place;
    QList<XmlNode> children;

    const XmlNode *child(const QString &name) const;
    QString value(const QString &name) const; // a child's text, or empty
    QList<const XmlNode *> all(const QString &name) const;
};

// Reads an XML file into elements with QXmlStreamReader, refusing what a
// configuration file never needs and a hostile one uses: a DTD (so no entity
// declarations, no expansion), references to undeclared entities, elements
// nested deeper than ImportLimits::kMaxSectionDepth. nullopt after logging
// the error with its line.
namespace XmlNodeReader {

std::optional<XmlNode> read(const QString &text, const QString &file, ImportLog &log);

} // namespace XmlNodeReader
