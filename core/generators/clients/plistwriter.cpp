#include "core/generators/clients/plistwriter.h"

#include "core/generators/clients/clientquoting.h"

PlistWriter::PlistWriter()
{
    m_lines << QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
            << QStringLiteral("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                              "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">")
            << QStringLiteral("<plist version=\"1.0\">");
}

void PlistWriter::line(const QString &text) { m_lines << QString(m_depth, QLatin1Char('\t')) + text; }

void PlistWriter::keyLine(const QString &key)
{
    if (!key.isEmpty())
        line(QStringLiteral("<key>%1</key>").arg(ClientQuoting::xml(key)));
}

void PlistWriter::beginDict(const QString &key)
{
    keyLine(key);
    line(QStringLiteral("<dict>"));
    ++m_depth;
}

void PlistWriter::endDict()
{
    --m_depth;
    line(QStringLiteral("</dict>"));
}

void PlistWriter::beginArray(const QString &key)
{
    keyLine(key);
    line(QStringLiteral("<array>"));
    ++m_depth;
}

void PlistWriter::endArray()
{
    --m_depth;
    line(QStringLiteral("</array>"));
}

void PlistWriter::string(const QString &key, const QString &value)
{
    keyLine(key);
    line(QStringLiteral("<string>%1</string>").arg(ClientQuoting::xml(value)));
}

void PlistWriter::integer(const QString &key, qint64 value)
{
    keyLine(key);
    line(QStringLiteral("<integer>%1</integer>").arg(value));
}

void PlistWriter::boolean(const QString &key, bool value)
{
    keyLine(key);
    line(value ? QStringLiteral("<true/>") : QStringLiteral("<false/>"));
}

void PlistWriter::data(const QString &key, const QByteArray &value)
{
    keyLine(key);
    line(QStringLiteral("<data>%1</data>").arg(QString::fromLatin1(value.toBase64())));
}

QByteArray PlistWriter::finish()
{
    m_lines << QStringLiteral("</plist>") << QString();
    return m_lines.join(QLatin1Char('\n')).toUtf8();
}
