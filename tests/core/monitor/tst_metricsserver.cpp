#include "core/monitor/metricsexposition.h"
#include "core/monitor/metricsserver.h"
#include "core/monitor/monitortargets.h"
#include "core/monitor/tunnelmonitor.h"
#include "expositionparser.h"
#include "fakeprober.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace {

Ipv4Address ip(const char *text) { return *Ipv4Address::parse(QString::fromLatin1(text)); }

struct Reply
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

Reply fetch(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &verb = "GET")
{
    QNetworkRequest request(url);
    QNetworkReply *reply = nam.sendCustomRequest(request, verb);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000))
        return Reply{};
    Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll()};
    reply->deleteLater();
    return r;
}

// Sends raw bytes and returns the response's status line. Waits in the event
// loop: the server answers from this very thread.
QByteArray rawStatus(quint16 port, const QByteArray &request)
{
    QTcpSocket s;
    QByteArray all;
    QObject::connect(&s, &QTcpSocket::readyRead, &s, [&] { all += s.readAll(); });
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return s.state() == QAbstractSocket::ConnectedState; }, 3000))
        return "no connection";
    s.write(request);
    if (!QTest::qWaitFor([&] { return s.state() == QAbstractSocket::UnconnectedState; }, 5000))
        return "server did not close the connection";
    all += s.readAll();
    return all.left(all.indexOf("\r\n"));
}

} // namespace

class TestMetricsServer : public QObject
{
    Q_OBJECT

private:
    FakeProber m_prober;
    TunnelMonitor *m_monitor = nullptr;
    MetricsServer *m_server = nullptr;
    QMap<QString, int> m_routes;
    QMap<QString, int> m_checks;
    QUrl m_url;

private Q_SLOTS:
    void initTestCase()
    {
        m_monitor = new TunnelMonitor(&m_prober, this);
        ProbeTarget a = MonitorTargets::host(ip("10.20.0.1"), QStringLiteral("site-a LAN"));
        a.key = QStringLiteral("a");
        a.link = QStringLiteral("hq-site-a");
        ProbeTarget b = MonitorTargets::host(ip("10.8.0.1"), QStringLiteral("odd \"name\" \\ with\nnewline"));
        b.key = QStringLiteral("b");
        b.profile = QStringLiteral("staff");
        ProbeTarget c = MonitorTargets::host(ip("10.30.0.1"), QStringLiteral("never answered"));
        c.key = QStringLiteral("c");
        c.link = QStringLiteral("hq-site-b");
        m_monitor->setTargets({a, b, c});
        m_prober.script[a.address.value()] = {ProbeResult::reply(20.0), ProbeResult::reply(30.0)};
        m_prober.script[b.address.value()] = {ProbeResult::reply(40.0), ProbeResult::lost(QStringLiteral("t"))};
        m_monitor->probeNow();
        QTRY_COMPARE(m_monitor->history().records().size(), 2);
        m_monitor->probeNow();
        QTRY_COMPARE(m_monitor->history().records().size(), 4);
        m_routes.insert(QStringLiteral("staff"), 2);
        m_checks = {{QStringLiteral("hq"), 3}, {QStringLiteral("site-a"), 0}};
        m_server = new MetricsServer(
            [this] { return MetricsExposition::render(*m_monitor, m_routes, m_checks); }, this);
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(m_server->port()));
    }

    void offUntilListenAndLoopbackByDefault()
    {
        MetricsServer server([] { return QByteArray(); });
        QVERIFY(!server.isListening());
        QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));
        QCOMPARE(server.address(), QHostAddress(QHostAddress::LocalHost));
        server.close();
        QVERIFY(!server.isListening());
        QString error;
        QVERIFY(!server.listen(QHostAddress(QStringLiteral("192.0.2.1")), 0, &error));
        QVERIFY2(error.contains(QStringLiteral("192.0.2.1")), qPrintable(error));
    }

    void scrapeParses()
    {
        QNetworkAccessManager nam;
        const Reply r = fetch(nam, m_url);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray(MetricsExposition::kContentType));
        ExpositionParser p;
        QVERIFY2(p.parse(r.body), qPrintable(p.error + "\n" + r.body));
        for (const char *name : {"routestudio_tunnel_up", "routestudio_rtt_seconds", "routestudio_loss_ratio",
                                 "routestudio_routes_installed", "routestudio_check_failures"}) {
            QCOMPARE(p.type.value(QLatin1String(name)), QStringLiteral("gauge"));
            QVERIFY(!p.help.value(QLatin1String(name)).isEmpty());
        }

        const auto up = p.find(QStringLiteral("routestudio_tunnel_up"));
        QCOMPARE(up.size(), 2); // hq-site-b has no sample yet
        QCOMPARE(up[0].labels.value(QStringLiteral("link")), QStringLiteral("hq-site-a"));
        QCOMPARE(up[0].value, 1.0);
        QCOMPARE(up[1].labels.value(QStringLiteral("profile")), QStringLiteral("staff"));
        QCOMPARE(up[1].value, 0.0); // one of two lost: loss 0.5 reaches downLoss
        const auto rtt = p.find(QStringLiteral("routestudio_rtt_seconds"));
        QCOMPARE(rtt.size(), 2);
        QCOMPARE(rtt[0].labels.value(QStringLiteral("target")), QStringLiteral("site-a LAN"));
        QCOMPARE(rtt[0].labels.value(QStringLiteral("address")), QStringLiteral("10.20.0.1"));
        QVERIFY(qAbs(rtt[0].value - 0.025) < 1e-12);
        QCOMPARE(rtt[1].labels.value(QStringLiteral("target")), QStringLiteral("odd \"name\" \\ with\nnewline"));
        QVERIFY(qAbs(rtt[1].value - 0.040) < 1e-12);
        const auto loss = p.find(QStringLiteral("routestudio_loss_ratio"));
        QCOMPARE(loss.size(), 2);
        QCOMPARE(loss[0].value, 0.0);
        QCOMPARE(loss[1].value, 0.5);
        const auto routes = p.find(QStringLiteral("routestudio_routes_installed"));
        QCOMPARE(routes.size(), 1);
        QCOMPARE(routes[0].labels, (QMap<QString, QString>{{"profile", "staff"}}));
        QCOMPARE(routes[0].value, 2.0);
        // Faults `check` named per box (docs/check.md), 0 for a box that passes.
        const auto checks = p.find(QStringLiteral("routestudio_check_failures"));
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks[0].labels, (QMap<QString, QString>{{"site", "hq"}}));
        QCOMPARE(checks[0].value, 3.0);
        QCOMPARE(checks[1].value, 0.0);
    }

    void headHasNoBody()
    {
        QNetworkAccessManager nam;
        const Reply r = fetch(nam, m_url, "HEAD");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("other path") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray("HTTP/1.1 404 Not Found");
        QTest::newRow("prefix path") << QByteArray("GET /metricsx HTTP/1.1\r\n\r\n") << QByteArray("HTTP/1.1 404 Not Found");
        QTest::newRow("post") << QByteArray("POST /metrics HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi")
                              << QByteArray("HTTP/1.1 405 Method Not Allowed");
        QTest::newRow("delete") << QByteArray("DELETE /metrics HTTP/1.1\r\n\r\n") << QByteArray("HTTP/1.1 405 Method Not Allowed");
        QTest::newRow("garbage") << QByteArray("hello\r\n\r\n") << QByteArray("HTTP/1.1 400 Bad Request");
        QTest::newRow("http/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << QByteArray("HTTP/1.1 400 Bad Request");
        QTest::newRow("too large") << (QByteArray("GET /metrics HTTP/1.1\r\nX: ") + QByteArray(MetricsServer::kMaxRequestBytes, 'a'))
                                   << QByteArray("HTTP/1.1 431 Request Header Fields Too Large");
        QTest::newRow("query is fine") << QByteArray("GET /metrics?x=1 HTTP/1.0\r\n\r\n") << QByteArray("HTTP/1.1 200 OK");
    }

    void refusals()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        QCOMPARE(rawStatus(m_server->port(), request), status);
    }

    void silentClientIsDropped()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(s.waitForConnected(3000));
        s.write("GET /metrics HTTP/1.1\r\n"); // never finishes the header
        // Meanwhile the server keeps answering others: nothing blocks.
        QNetworkAccessManager nam;
        QCOMPARE(fetch(nam, m_url).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(s.state(), QAbstractSocket::UnconnectedState,
                                  MetricsServer::kIdleTimeoutMs + 3000);
    }

    void labelEscaping_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << "hq" << "hq";
        QTest::newRow("quote") << "a\"b" << "a\\\"b";
        QTest::newRow("backslash") << "a\\b" << "a\\\\b";
        QTest::newRow("newline") << "a\nb" << "a\\nb";
        QTest::newRow("unicode") << "Büro" << "Büro";
    }

    void labelEscaping()
    {
        QFETCH(QString, raw);
        QFETCH(QString, escaped);
        QCOMPARE(MetricsExposition::escapeLabelValue(raw), escaped);
    }

    void values_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << "0";
        QTest::newRow("one") << 1.0 << "1";
        QTest::newRow("ms") << 0.0123 << "0.0123";
        QTest::newRow("nan") << qQNaN() << "NaN";
        QTest::newRow("inf") << qInf() << "+Inf";
    }

    void values()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(MetricsExposition::formatValue(value), text);
    }
};

QTEST_GUILESS_MAIN(TestMetricsServer)
#include "tst_metricsserver.moc"
