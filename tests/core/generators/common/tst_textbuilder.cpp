#include "core/generators/common/textbuilder.h"

#include <QTest>

// TextBuilder::singleLine looks at four characters at a time: every character
// that could end a line is replaced wherever it sits, and nothing else is.
class TestTextBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replacesLineBreakersAtEveryPlace_data()
    {
        QTest::addColumn<QChar>("c");
        QTest::addColumn<bool>("replaced");
        QTest::newRow("NUL") << QChar(0x00) << true;
        QTest::newRow("tab") << QChar(u'\t') << true;
        QTest::newRow("LF") << QChar(u'\n') << true;
        QTest::newRow("CR") << QChar(u'\r') << true;
        QTest::newRow("US 0x1f") << QChar(0x1f) << true;
        QTest::newRow("space") << QChar(u' ') << false;
        QTest::newRow("tilde 0x7e") << QChar(u'~') << false;
        QTest::newRow("DEL 0x7f") << QChar(0x7f) << true;
        QTest::newRow("NEL 0x85") << QChar(0x85) << true;
        QTest::newRow("e acute") << QChar(0xe9) << false;
        QTest::newRow("line separator") << QChar(QChar::LineSeparator) << true;
        QTest::newRow("paragraph separator") << QChar(QChar::ParagraphSeparator) << true;
        QTest::newRow("CJK") << QChar(0x4e2d) << false;
        QTest::newRow("0x8020") << QChar(0x8020) << false;
        QTest::newRow("high surrogate") << QChar(0xd83d) << false;
    }

    void replacesLineBreakersAtEveryPlace()
    {
        QFETCH(QChar, c);
        QFETCH(bool, replaced);
        for (int length = 1; length <= 13; ++length) {
            for (int at = 0; at < length; ++at) {
                QString text(length, u'a');
                text[at] = c;
                QString expected = text;
                if (replaced)
                    expected[at] = u'?';
                QCOMPARE(TextBuilder::singleLine(text), expected);
            }
        }
    }

    void printableAsciiIsKept()
    {
        QString all;
        for (char16_t c = 0x20; c < 0x7f; ++c)
            all += QChar(c);
        QCOMPARE(TextBuilder::singleLine(all), all);
        QCOMPARE(TextBuilder::singleLine(QString()), QString());
    }

    void linesAreIndented()
    {
        TextBuilder b(2);
        b.open(QStringLiteral("a")).line(QStringLiteral("b")).line().close().line(QStringLiteral("c"));
        QCOMPARE(b.text(), QStringLiteral("a {\n  b\n\n}\nc\n"));
    }
};

QTEST_GUILESS_MAIN(TestTextBuilder)
#include "tst_textbuilder.moc"
