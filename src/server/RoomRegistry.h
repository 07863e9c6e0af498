#pragma once
// Every room this server holds, loaded from the store at start and created on first join.
// Threading: the server's event-loop thread only.

#include "server/Room.h"
#include "server/RoomStore.h"

#include <QHash>
#include <QString>

#include <memory>

namespace omk::server {

class RoomRegistry {
public:
    RoomRegistry(RoomStore& store, Metrics& metrics, RoomSettings settings, int maxRooms);

    // Loads every stored room and rebuilds its state from its log.
    omk::Expected<void> load();
    Room* find(const QString& name) const;
    // find(), and with a shared store also a room another process created (nullptr: none).
    omk::Expected<Room*> findOrLoad(const QString& name);
    // Creates the room (and its log) if it does not exist yet; refused beyond maxRooms.
    omk::Expected<Room*> findOrCreate(const QString& name, qint64 wallNow);

    int size() const { return int(m_rooms.size()); }
    bool full() const { return m_rooms.size() >= m_maxRooms; }
    int viewers() const;
    RoomStore& store() { return m_store; }

    // Every loaded room, for catching up.
    QList<Room*> all() const;

private:
    omk::Expected<Room*> adopt(const RoomRecord& record);

    RoomStore& m_store;
    Metrics& m_metrics;
    RoomSettings m_settings;
    int m_maxRooms;
    QHash<QString, std::shared_ptr<Room>> m_rooms;
};

}  // namespace omk::server
