#include "core/import/boxsourceloader.h"
#include "core/import/importreport.h"
#include "core/import/importrun.h"
#include "tests/core/import/importtesttree.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

// The import report of the hand-written two-box fixture, compared with
// tests/data/import/two-box.report.txt (ROUTESTUDIO_UPDATE_GOLDEN=1 rewrites it).
class TestImportReport : public QObject
{
    Q_OBJECT

    static ImportRun twoBoxes()
    {
        QList<SourceTree> trees;
        for (const char *box : {"hq", "branch"}) {
            QString error;
            auto t = BoxSourceLoader::load(QStringLiteral(ROUTESTUDIO_TEST_DATA "/import/two-box/") + QLatin1String(box), &error);
            if (!t)
                qFatal("%s", qPrintable(error));
            trees.append(*t);
        }
        return ImportRun::run(trees);
    }

private Q_SLOTS:
    void golden()
    {
        const QString text = ImportReport::text(twoBoxes());
        ImportTestTree::golden(text, QStringLiteral(ROUTESTUDIO_TEST_DATA "/import/two-box.report.txt"));
    }

    void everyStatementIsAccountedFor()
    {
        // Each "key = value" line of the swanctl files gets at least one note at its line.
        const ImportRun run = twoBoxes();
        const BoxScan &hq = run.boxes.constFirst();
        QSet<QString> noted;
        for (const ImportNote &n : hq.log.notes())
            noted.insert(n.place.toString());
        for (const QString &file : hq.formats.keys()) {
            if (hq.formats.value(file) != u"swanctl.conf")
                continue;
            QFile f(QStringLiteral(ROUTESTUDIO_TEST_DATA "/import/two-box/hq/") + file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
            for (int i = 0; i < lines.size(); ++i) {
                const QString l = lines.at(i).trimmed();
                if (l.contains(u'=') && !l.startsWith(u'#'))
                    QVERIFY2(noted.contains(QStringLiteral("%1:%2").arg(file).arg(i + 1)),
                             qPrintable(QStringLiteral("%1:%2 %3").arg(file).arg(i + 1).arg(l)));
            }
        }
    }

    void escapesWhatItEchoes()
    {
        QCOMPARE(ImportReport::escaped(QStringLiteral("a\x1b[31mb\u202e")), QStringLiteral("a\\u001b[31mb\\u202e"));
    }

    void json()
    {
        const QJsonObject o = ImportReport::json(twoBoxes());
        const QJsonArray boxes = o.value(QStringLiteral("boxes")).toArray();
        QCOMPARE(boxes.size(), 2);
        QCOMPARE(boxes.at(0).toObject().value(QStringLiteral("site")).toString(), QStringLiteral("hq"));
        QVERIFY(!boxes.at(0).toObject().value(QStringLiteral("notes")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportReport)
#include "tst_importreport.moc"
