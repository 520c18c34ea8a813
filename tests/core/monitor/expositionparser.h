#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

// A strict reader of the Prometheus text exposition format 0.0.4, for tests:
// every sample must belong to a family announced by HELP and TYPE first,
// label values are unescaped, values parsed as floats. Errors name the line.
struct ExpositionParser
{
    struct Sample
    {
        QString name;
        QMap<QString, QString> labels;
        double value = 0;
    };

    QMap<QString, QString> help;
    QMap<QString, QString> type;
    QList<Sample> samples;
    QString error;

    bool parse(const QByteArray &bytes)
    {
        const QString text = QString::fromUtf8(bytes);
        if (!text.endsWith(u'\n'))
            return fail(0, QStringLiteral("no final line feed"));
        const QStringList lines = text.split(u'\n');
        for (int i = 0; i + 1 < lines.size(); ++i) {
            const QString &line = lines[i];
            if (line.startsWith(QLatin1String("# HELP "))) {
                const QString rest = line.mid(7);
                help.insert(rest.section(u' ', 0, 0), rest.section(u' ', 1));
            } else if (line.startsWith(QLatin1String("# TYPE "))) {
                const QStringList parts = line.mid(7).split(u' ');
                if (parts.size() != 2 || !help.contains(parts[0]))
                    return fail(i, QStringLiteral("TYPE without HELP first"));
                if (!QStringList{"counter", "gauge", "histogram", "summary", "untyped"}.contains(parts[1]))
                    return fail(i, QStringLiteral("unknown type"));
                type.insert(parts[0], parts[1]);
            } else if (line.startsWith(u'#')) {
                continue;
            } else if (!parseSample(line, i)) {
                return false;
            }
        }
        return true;
    }

    QList<Sample> find(const QString &name) const
    {
        QList<Sample> out;
        for (const Sample &s : samples) {
            if (s.name == name)
                out.append(s);
        }
        return out;
    }

private:
    bool fail(int line, const QString &why)
    {
        error = QStringLiteral("line %1: %2").arg(line + 1).arg(why);
        return false;
    }

    static bool isNameChar(QChar c, bool first)
    {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u':'
               || (!first && c >= u'0' && c <= u'9');
    }

    bool parseSample(const QString &line, int n)
    {
        Sample s;
        int i = 0;
        while (i < line.size() && isNameChar(line[i], i == 0))
            ++i;
        s.name = line.left(i);
        if (s.name.isEmpty())
            return fail(n, QStringLiteral("no metric name"));
        if (!type.contains(s.name))
            return fail(n, QStringLiteral("sample of %1 before its TYPE").arg(s.name));
        if (i < line.size() && line[i] == u'{') {
            ++i;
            while (i < line.size() && line[i] != u'}') {
                const int start = i;
                while (i < line.size() && isNameChar(line[i], i == start))
                    ++i;
                const QString label = line.mid(start, i - start);
                if (label.isEmpty() || i + 1 >= line.size() || line[i] != u'=' || line[i + 1] != u'"')
                    return fail(n, QStringLiteral("bad label"));
                i += 2;
                QString value;
                for (; i < line.size() && line[i] != u'"'; ++i) {
                    if (line[i] != u'\\') {
                        value += line[i];
                        continue;
                    }
                    if (++i >= line.size())
                        return fail(n, QStringLiteral("dangling escape"));
                    if (line[i] == u'n')
                        value += u'\n';
                    else if (line[i] == u'\\' || line[i] == u'"')
                        value += line[i];
                    else
                        return fail(n, QStringLiteral("bad escape \\%1").arg(line[i]));
                }
                if (i >= line.size())
                    return fail(n, QStringLiteral("unterminated label value"));
                ++i; // closing quote
                if (s.labels.contains(label))
                    return fail(n, QStringLiteral("duplicate label %1").arg(label));
                s.labels.insert(label, value);
                if (i < line.size() && line[i] == u',')
                    ++i;
            }
            if (i >= line.size())
                return fail(n, QStringLiteral("unterminated label set"));
            ++i;
        }
        if (i >= line.size() || line[i] != u' ')
            return fail(n, QStringLiteral("no space before the value"));
        const QStringList rest = line.mid(i + 1).split(u' ');
        if (rest.isEmpty() || rest.size() > 2)
            return fail(n, QStringLiteral("bad value field"));
        const QString v = rest[0];
        bool ok = true;
        if (v == QLatin1String("NaN"))
            s.value = qQNaN();
        else if (v == QLatin1String("+Inf"))
            s.value = qInf();
        else if (v == QLatin1String("-Inf"))
            s.value = -qInf();
        else
            s.value = v.toDouble(&ok);
        if (!ok)
            return fail(n, QStringLiteral("value %1 is not a float").arg(v));
        samples.append(s);
        return true;
    }
};
