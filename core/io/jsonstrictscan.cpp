#include "core/io/jsonstrictscan.h"

#include "core/io/jsondocumentparser.h"
#include "core/validation/valuerules.h"

#include <QHash>

namespace {

// A recursive walk over valid JSON (QJsonDocument parsed it already, so its
// nesting depth is bounded and every token is well formed).
class Scanner
{
public:
    Scanner(const QByteArray &bytes, LoadError *error) : m_b(bytes), m_error(error) {}

    bool run()
    {
        skipSpace();
        return value(QString());
    }

private:
    QString where(int offset) const
    {
        int line = 0, column = 0;
        JsonDocumentParser::lineColumn(m_b, offset, &line, &column);
        return QStringLiteral("%1:%2").arg(line).arg(column);
    }

    bool fail(int offset, const QString &path, const QString &message)
    {
        JsonDocumentParser::lineColumn(m_b, offset, &m_error->line, &m_error->column);
        m_error->path = path;
        m_error->message = message;
        return false;
    }

    void skipSpace()
    {
        while (m_i < m_b.size() && QByteArrayView(" \t\r\n").contains(m_b[m_i]))
            ++m_i;
    }

    // The string at m_i (on its opening quote), decoded; m_i ends after it.
    QString string()
    {
        QByteArray raw;
        ++m_i;
        while (m_i < m_b.size() && m_b[m_i] != '"') {
            if (m_b[m_i] == '\\') {
                raw += m_b.mid(m_i, m_b[m_i + 1] == 'u' ? 6 : 2);
                m_i += m_b[m_i + 1] == 'u' ? 6 : 2;
            } else {
                raw += m_b[m_i++];
            }
        }
        ++m_i;
        // Only escapes matter for the checks: \uFEFF, and quotes/backslashes in keys.
        const QString text = QString::fromUtf8(raw);
        QString out;
        for (qsizetype k = 0; k < text.size(); ++k) {
            if (text[k] == u'\\' && k + 1 < text.size()) {
                const QChar e = text[++k];
                if (e == u'u') {
                    out += QChar(char16_t(text.mid(k + 1, 4).toUShort(nullptr, 16)));
                    k += 4;
                } else {
                    out += e;
                }
            } else {
                out += text[k];
            }
        }
        return out;
    }

    bool checkedString(const QString &path, QString *out = nullptr)
    {
        const int start = int(m_i);
        // Raw (QString::fromUtf8 drops a leading BOM, and so does the JSON parser) or \uFEFF.
        const bool rawBom = m_b.mid(m_i + 1, 3) == "\xEF\xBB\xBF";
        const QString s = string();
        if (rawBom || s.startsWith(QChar(0xfeff)))
            return fail(start, path, QStringLiteral("the string starts with U+FEFF (a byte order "
                                                    "mark, invisible); remove it"));
        if (out)
            *out = s;
        return true;
    }

    bool value(const QString &path)
    {
        if (m_i >= m_b.size())
            return true;
        switch (m_b[m_i]) {
        case '{': return object(path);
        case '[': return array(path);
        case '"': return checkedString(path);
        default:
            while (m_i < m_b.size() && !QByteArrayView(",]} \t\r\n").contains(m_b[m_i]))
                ++m_i;
            return true;
        }
    }

    bool object(const QString &path)
    {
        QHash<QString, int> seen;
        ++m_i;
        skipSpace();
        while (m_i < m_b.size() && m_b[m_i] != '}') {
            const int keyAt = int(m_i);
            QString key;
            if (!checkedString(path, &key))
                return false;
            const QString child = path.isEmpty() ? key : path + u'.' + key;
            if (seen.contains(key))
                return fail(keyAt, ValueRules::escapeControls(child),
                            QStringLiteral("the key %1 appears twice in one object, at %2 and %3; "
                                           "keep one")
                                .arg(ValueRules::quote(key), where(seen.value(key)), where(keyAt)));
            seen.insert(key, keyAt);
            skipSpace();
            ++m_i; // ':'
            skipSpace();
            if (!value(child))
                return false;
            skipSpace();
            if (m_i < m_b.size() && m_b[m_i] == ',') {
                ++m_i;
                skipSpace();
            }
        }
        ++m_i;
        return true;
    }

    bool array(const QString &path)
    {
        ++m_i;
        skipSpace();
        for (int n = 0; m_i < m_b.size() && m_b[m_i] != ']'; ++n) {
            if (!value(QStringLiteral("%1[%2]").arg(path).arg(n)))
                return false;
            skipSpace();
            if (m_i < m_b.size() && m_b[m_i] == ',') {
                ++m_i;
                skipSpace();
            }
        }
        ++m_i;
        return true;
    }

    const QByteArray &m_b;
    LoadError *m_error;
    qsizetype m_i = 0;
};

} // namespace

namespace JsonStrictScan {

bool check(const QByteArray &bytes, LoadError *error) { return Scanner(bytes, error).run(); }

} // namespace JsonStrictScan
