#pragma once

#include <QHostAddress>
#include <QObject>
#include <functional>

class QTcpServer;
class QTcpSocket;

// A small HTTP/1.1 responder for Prometheus: GET (or HEAD) /metrics answers
// with the text the provider returns; any other path is 404, any other method
// 405. Requests are read without blocking, capped at kMaxRequestBytes (431
// beyond), and a client that sends nothing for kIdleTimeoutMs is dropped.
// Every response closes the connection. It listens on loopback unless the
// caller passes another address; it is off until listen() is called.
class MetricsServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsServer)

public:
    static constexpr quint16 kDefaultPort = 9569;
    static constexpr int kMaxRequestBytes = 8192;
    static constexpr int kIdleTimeoutMs = 5000;
    static constexpr int kMaxConnections = 16;

    using Provider = std::function<QByteArray()>;

    explicit MetricsServer(Provider provider, QObject *parent = nullptr);
    ~MetricsServer() override;

    // Port 0 picks a free port (see port()). False with a sentence on failure.
    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                quint16 port = kDefaultPort, QString *error = nullptr);
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;

Q_SIGNALS:
    void listeningChanged(bool listening);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body,
                 const QByteArray &extraHeaders = QByteArray(), bool headOnly = false);

    Provider m_provider;
    QTcpServer *m_server;
    int m_connections = 0;
};
