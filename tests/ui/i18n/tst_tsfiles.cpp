#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

// Every committed translation is complete and safe to ship: no unfinished or
// empty message, the same %1..%99 placeholders as the source (and %n in plural
// messages), one keyboard accelerator where the source has one, "[*]" kept, the
// template's messages all present, and two plural forms (German, French).
// Problems are reported as "file: context: “source”: what".
namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;      // "unfinished", "vanished", "obsolete" or empty
    QStringList forms; // the translation, or each numerus form
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            out.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context,
                        QString(),
                        xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                        QString(),
                        {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        m.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.forms << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
            out.messages << m;
        }
    }
    if (xml.hasError())
        out.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9][0-9]?)"));
    QSet<QString> out;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        out.insert(QLatin1Char('%') + it.next().captured(1));
    return out;
}

int accelerators(const QString &text)
{
    int n = 0;
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        if (text[i + 1].isLetterOrNumber())
            ++n;
    }
    return n;
}

QStringList check(const QString &fileName, const TsFile &ts, const TsFile &tmpl)
{
    QStringList problems;
    auto report = [&](const Message &m, const QString &what) {
        problems << QStringLiteral("%1: %2: “%3”: %4").arg(fileName, m.context, m.source, what);
    };
    if (!ts.error.isEmpty())
        return {fileName + QStringLiteral(": unreadable: ") + ts.error};
    if (ts.language.isEmpty())
        return {fileName + QStringLiteral(": no language attribute")};

    QSet<QString> present;
    for (const Message &m : ts.messages) {
        present.insert(m.context + u'\x1f' + m.source);
        if (!m.type.isEmpty()) {
            report(m, QStringLiteral("translation is %1").arg(m.type));
            continue;
        }
        if (m.numerus && m.forms.size() != 2)
            report(m, QStringLiteral("%1 plural forms, expected 2").arg(m.forms.size()));
        const QSet<QString> wanted = placeholders(m.source);
        bool hasN = false;
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty()) {
                report(m, QStringLiteral("empty translation"));
                continue;
            }
            hasN = hasN || form.contains(QLatin1String("%n"));
            const QSet<QString> got = placeholders(form);
            if (got != wanted) {
                QStringList w(wanted.begin(), wanted.end()), g(got.begin(), got.end());
                w.sort();
                g.sort();
                report(m, QStringLiteral("placeholders %1 in “%2”, source has %3")
                              .arg(g.join(u' '), form, w.join(u' ')));
            }
            const int want = accelerators(m.source) > 0 ? 1 : 0;
            if (accelerators(form) != want)
                report(m, QStringLiteral("“%1” has %2 accelerators, expected %3")
                              .arg(form)
                              .arg(accelerators(form))
                              .arg(want));
            if (m.source.contains(QLatin1String("[*]")) && !form.contains(QLatin1String("[*]")))
                report(m, QStringLiteral("“%1” lost the [*] modified marker").arg(form));
        }
        if (m.numerus && m.source.contains(QLatin1String("%n")) && !hasN)
            report(m, QStringLiteral("no plural form shows %n"));
    }
    for (const Message &m : tmpl.messages) {
        if (!present.contains(m.context + u'\x1f' + m.source))
            report(m, QStringLiteral("missing (it is in the template; run update_translations)"));
    }
    return problems;
}

const QString kDir = QStringLiteral(ROUTESTUDIO_SOURCE_DIR "/translations");
const QString kFixtures = QStringLiteral(ROUTESTUDIO_TEST_DATA "/translations");

} // namespace

class TestTsFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void templateHasNoLanguage();
    void shippedFilesAreComplete_data();
    void shippedFilesAreComplete();
    void checkerFindsEveryKindOfProblem();
};

void TestTsFiles::templateHasNoLanguage()
{
    const TsFile tmpl = readTs(kDir + QStringLiteral("/routestudio.ts"));
    QVERIFY2(tmpl.error.isEmpty(), qPrintable(tmpl.error));
    QVERIFY(tmpl.language.isEmpty());
    QVERIFY(tmpl.messages.size() > 100);
}

void TestTsFiles::shippedFilesAreComplete_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files =
        QDir(kDir).entryList({QStringLiteral("routestudio_*.ts")}, QDir::Files, QDir::Name);
    QVERIFY(files.contains(QStringLiteral("routestudio_de.ts")));
    QVERIFY(files.contains(QStringLiteral("routestudio_fr.ts")));
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TestTsFiles::shippedFilesAreComplete()
{
    QFETCH(QString, file);
    const TsFile tmpl = readTs(kDir + QStringLiteral("/routestudio.ts"));
    const TsFile ts = readTs(kDir + u'/' + file);
    QCOMPARE(ts.language, file.mid(12).chopped(3)); // routestudio_<lang>.ts
    const QStringList problems = check(file, ts, tmpl);
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size()) + problems.join(u'\n')));
}

void TestTsFiles::checkerFindsEveryKindOfProblem()
{
    // A fixture with one message per defect (tests/data/translations/broken_de.ts).
    const TsFile tmpl = readTs(kFixtures + QStringLiteral("/template.ts"));
    const TsFile ts = readTs(kFixtures + QStringLiteral("/broken_de.ts"));
    const QStringList problems = check(QStringLiteral("broken_de.ts"), ts, tmpl);
    const QStringList expected{
        "broken_de.ts: Ctx: “Open”: translation is unfinished",
        "broken_de.ts: Ctx: “Close”: empty translation",
        "broken_de.ts: Ctx: “Copy %1 to %2”: placeholders %1 in “%1 kopieren”, source has %1 %2",
        "broken_de.ts: Ctx: “&File”: “Datei” has 0 accelerators, expected 1",
        "broken_de.ts: Ctx: “%1[*] — App”: “%1 — App” lost the [*] modified marker",
        "broken_de.ts: Ctx: “%n file(s)”: 1 plural forms, expected 2",
        "broken_de.ts: Ctx: “%n item(s)”: no plural form shows %n",
        "broken_de.ts: Ctx: “Gone”: translation is vanished",
        "broken_de.ts: Ctx: “Only in template”: missing (it is in the template; run "
        "update_translations)",
    };
    QCOMPARE(problems, expected);
    // The good message in the fixture raises nothing.
    for (const QString &p : problems)
        QVERIFY(!p.contains(QLatin1String("“Save”")));
}

QTEST_GUILESS_MAIN(TestTsFiles)
#include "tst_tsfiles.moc"
