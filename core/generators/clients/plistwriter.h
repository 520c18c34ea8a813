#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Writes an XML property list (Apple's plist 1.0 DTD), indented with tabs like
// Apple's own tools. Strings are XML-escaped; data is base64.
class PlistWriter
{
public:
    PlistWriter();

    void beginDict(const QString &key = QString());
    void endDict();
    void beginArray(const QString &key);
    void endArray();
    void string(const QString &key, const QString &value);
    void integer(const QString &key, qint64 value);
    void boolean(const QString &key, bool value);
    void data(const QString &key, const QByteArray &value);

    QByteArray finish();

private:
    void keyLine(const QString &key);
    void line(const QString &text);

    QStringList m_lines;
    int m_depth = 0;
};
