#include "core/import/secretencoding.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QStringDecoder>

namespace SecretEncoding {

std::optional<QString> decode(const QString &written)
{
    QByteArray bytes;
    if (written.startsWith(QLatin1String("0x"))) {
        static const QRegularExpression hex(QRegularExpression::anchoredPattern(QStringLiteral("(?:[0-9A-Fa-f]{2})+")));
        if (!hex.match(written.mid(2)).hasMatch())
            return std::nullopt;
        bytes = QByteArray::fromHex(written.mid(2).toLatin1());
    } else if (written.startsWith(QLatin1String("0s"))) {
        const auto r = QByteArray::fromBase64Encoding(written.mid(2).toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!r)
            return std::nullopt;
        bytes = *r;
    } else {
        return written;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError() || text.isEmpty())
        return std::nullopt;
    for (const QChar c : text) {
        if (!c.isPrint())
            return std::nullopt;
    }
    return text;
}

} // namespace SecretEncoding
