#include "core/import/textsource.h"

#include "core/import/importlimits.h"

#include <QStringDecoder>

namespace TextSource {

std::optional<QString> decode(const QByteArray &bytes, const QString &file, SourcePlace *where,
                              QString *why)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == '\n') {
            ++line;
            lineStart = i + 1;
            continue;
        }
        if (i - lineStart > ImportLimits::kMaxLineLength) {
            *where = {file, line};
            *why = QStringLiteral("line longer than %1 bytes").arg(ImportLimits::kMaxLineLength);
            return std::nullopt;
        }
        if ((c < 0x20 && c != '\t' && c != '\r' && c != '\f') || c == 0x7f) {
            *where = {file, line};
            *why = QStringLiteral("binary content (byte 0x%1): not a text file")
                       .arg(c, 2, 16, QLatin1Char('0'));
            return std::nullopt;
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        // Find the line of the first invalid sequence for the message.
        int bad = 1;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= bytes.size(); ++i) {
            if (i == bytes.size() || bytes.at(i) == '\n') {
                QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
                (void)QString(d(bytes.mid(start, i - start)));
                if (d.hasError())
                    break;
                ++bad;
                start = i + 1;
            }
        }
        *where = {file, bad};
        *why = QStringLiteral("not valid UTF-8: not a text file");
        return std::nullopt;
    }
    return text;
}

} // namespace TextSource
