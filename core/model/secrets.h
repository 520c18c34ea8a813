#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

// Pre-shared keys and user passwords, kept apart from the topology (file mode 0600).
struct Secrets
{
    QMap<QString, QString> psk;   // name -> key
    QMap<QString, QString> users; // user name -> password
    QJsonObject extra;
};
