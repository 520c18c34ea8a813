#include "core/monitor/metricsserver.h"

#include "core/monitor/metricsexposition.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

const char kBufferProperty[] = "routestudio_request";
const char kAnsweredProperty[] = "routestudio_answered";

} // namespace

MetricsServer::MetricsServer(Provider provider, QObject *parent)
    : QObject(parent), m_provider(std::move(provider)), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &MetricsServer::onNewConnection);
}

MetricsServer::~MetricsServer() { close(); }

bool MetricsServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    close();
    if (!m_server->listen(address, port)) {
        if (error) {
            *error = tr("Cannot listen on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(m_server->errorString());
        }
        return false;
    }
    Q_EMIT listeningChanged(true);
    return true;
}

void MetricsServer::close()
{
    if (!m_server->isListening())
        return;
    m_server->close();
    Q_EMIT listeningChanged(false);
}

bool MetricsServer::isListening() const { return m_server->isListening(); }
quint16 MetricsServer::port() const { return m_server->serverPort(); }
QHostAddress MetricsServer::address() const { return m_server->serverAddress(); }

void MetricsServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections >= kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        idle->start(kIdleTimeoutMs);
        connect(idle, &QTimer::timeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, idle, [idle] { idle->start(kIdleTimeoutMs); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void MetricsServer::onReadyRead(QTcpSocket *socket)
{
    if (socket->property(kAnsweredProperty).toBool()) {
        socket->readAll(); // a body or a pipelined request: ignored, we close
        return;
    }
    QByteArray buffer = socket->property(kBufferProperty).toByteArray();
    buffer += socket->read(kMaxRequestBytes + 1 - buffer.size());
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > kMaxRequestBytes)
            respond(socket, 431, "Request Header Fields Too Large", "request too large\n");
        else
            socket->setProperty(kBufferProperty, buffer);
        return;
    }
    const QByteArray requestLine = buffer.left(buffer.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.") || !parts[1].startsWith('/')) {
        respond(socket, 400, "Bad Request", "bad request\n");
        return;
    }
    const QByteArray &method = parts[0];
    const qsizetype query = parts[1].indexOf('?');
    const QByteArray path = query < 0 ? parts[1] : parts[1].first(query);
    if (path != "/metrics") {
        respond(socket, 404, "Not Found", "not found; try /metrics\n");
        return;
    }
    if (method != "GET" && method != "HEAD") {
        respond(socket, 405, "Method Not Allowed", "method not allowed\n", "Allow: GET, HEAD\r\n");
        return;
    }
    respond(socket, 200, "OK", m_provider(),
            QByteArray("Content-Type: ") + MetricsExposition::kContentType + "\r\n",
            method == "HEAD");
}

void MetricsServer::respond(QTcpSocket *socket, int status, const QByteArray &reason,
                            const QByteArray &body, const QByteArray &extraHeaders, bool headOnly)
{
    socket->setProperty(kAnsweredProperty, true);
    socket->setProperty(kBufferProperty, QVariant());
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    if (!extraHeaders.contains("Content-Type"))
        head += "Content-Type: text/plain; charset=utf-8\r\n";
    head += extraHeaders;
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    if (!headOnly)
        socket->write(body);
    socket->disconnectFromHost(); // after the bytes are written; never blocks
}
