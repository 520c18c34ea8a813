#include "core/io/jsonstrictscan.h"

#include "core/io/jsondocumentparser.h"
#include "core/validation/valuerules.h"

#include <QHash>

namespace {

// Where a value sits, as a chain up to the document's root: the text
// ("sites[3].name") is made only for an error, not for every value (a
// fleet's file has hundreds of thousands).
struct Path
{
    const Path *parent = nullptr; // nullptr: the root, whose text is empty
    const QString *key = nullptr; // a member of an object, or else
    int index = 0;                // an element of an array

    QString text() const
    {
        if (!parent)
            return QString();
        const QString up = parent->text();
        if (key)
            return up.isEmpty() ? *key : up + u'.' + *key;
        return QStringLiteral("%1[%2]").arg(up).arg(index);
    }
};

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The escapes of a JSON string's raw bytes decoded. Only escapes matter for
// the checks: \uFEFF, and quotes/backslashes in keys.
QString decode(QByteArrayView raw)
{
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

// A recursive walk over valid JSON (QJsonDocument parsed it already, so its
// nesting depth is bounded and every token is well formed).
class Scanner
{
public:
    Scanner(const QByteArray &bytes, LoadError *error) : m_b(bytes), m_error(error) {}

    bool run()
    {
        skipSpace();
        return value(Path());
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
        while (m_i < m_b.size() && isSpace(m_b[m_i]))
            ++m_i;
    }

    // The string at m_i (on its opening quote): its raw bytes, m_i after it.
    QByteArrayView string(bool *escaped)
    {
        const qsizetype start = ++m_i;
        *escaped = false;
        while (m_i < m_b.size() && m_b[m_i] != '"') {
            if (m_b[m_i] == '\\') {
                *escaped = true;
                m_i += m_b[m_i + 1] == 'u' ? 6 : 2;
            } else {
                ++m_i;
            }
        }
        const QByteArrayView raw(m_b.constData() + start, qMin(m_i, m_b.size()) - start);
        ++m_i;
        return raw;
    }

    // A string whose first character is no U+FEFF; its decoded text in *out for a key.
    bool checkedString(const Path &path, QString *out = nullptr)
    {
        const int start = int(m_i);
        bool escaped = false;
        const QByteArrayView raw = string(&escaped);
        // Raw (QString::fromUtf8 drops a leading BOM, and so does the JSON parser) or \uFEFF.
        // Without escapes the raw bytes are the text: U+FEFF can only be EF BB BF.
        bool bom = raw.startsWith("\xEF\xBB\xBF");
        if (escaped || out) {
            const QString s = escaped ? decode(raw) : QString::fromUtf8(raw);
            bom = bom || s.startsWith(QChar(0xfeff));
            if (out)
                *out = s;
        }
        if (bom)
            return fail(start, path.text(),
                        QStringLiteral("the string starts with U+FEFF (a byte order "
                                       "mark, invisible); remove it"));
        return true;
    }

    bool value(const Path &path)
    {
        if (m_i >= m_b.size())
            return true;
        switch (m_b[m_i]) {
        case '{': return object(path);
        case '[': return array(path);
        case '"': return checkedString(path);
        default:
            while (m_i < m_b.size() && !isSpace(m_b[m_i]) && m_b[m_i] != ','
                   && m_b[m_i] != ']' && m_b[m_i] != '}')
                ++m_i;
            return true;
        }
    }

    bool object(const Path &path)
    {
        QHash<QString, int> seen;
        ++m_i;
        skipSpace();
        while (m_i < m_b.size() && m_b[m_i] != '}') {
            const int keyAt = int(m_i);
            QString key;
            if (!checkedString(path, &key))
                return false;
            const Path child{&path, &key, 0};
            const auto first = seen.constFind(key);
            if (first != seen.cend())
                return fail(keyAt, ValueRules::escapeControls(child.text()),
                            QStringLiteral("the key %1 appears twice in one object, at %2 and %3; "
                                           "keep one")
                                .arg(ValueRules::quote(key), where(*first), where(keyAt)));
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

    bool array(const Path &path)
    {
        ++m_i;
        skipSpace();
        for (int n = 0; m_i < m_b.size() && m_b[m_i] != ']'; ++n) {
            if (!value(Path{&path, nullptr, n}))
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
