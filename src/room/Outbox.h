#pragma once
// Sends not yet acknowledged by the server, in the order they were made. Each keeps its client
// message id (cid), so resending after a reconnect is safe: the server stores a cid once and
// answers a repeat with the original ack. Optionally mirrored to a JSON file so an app restart
// still delivers them.
// Threading: not thread-safe; owned by RoomConnection's thread.

#include "core/Expected.h"
#include "protocol/EventType.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace omk::room {

struct OutboxItem {
    QString cid;
    protocol::EventType type = protocol::EventType::ChatMessage;
    QJsonObject data;
    qint64 notBeforeMs = 0;  // a refusal with retry_after_ms holds the item until then
};

class Outbox {
public:
    // file empty: in memory only.
    explicit Outbox(QString file = {});

    // Reads the file written by an earlier run (missing file: nothing to load).
    omk::Expected<void> load();
    omk::Expected<void> add(OutboxItem item);
    // True when the cid was waiting.
    bool remove(const QString& cid);
    OutboxItem* find(const QString& cid);
    const QList<OutboxItem>& items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }
    omk::Expected<void> save() const;

private:
    QString m_file;
    QList<OutboxItem> m_items;
};

}  // namespace omk::room
