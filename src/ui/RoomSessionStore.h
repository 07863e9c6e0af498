#pragma once
// What a room session keeps between runs of the app: the guest name, the token a server issued
// to a guest (per server and name: a token is only good where it was issued, and a new name is a
// new guest identity), and the file of unsent messages (per server and room).
// Threading: GUI thread.

#include <QString>

namespace omk::ui::RoomSessionStore {

// The remembered guest name; $USER (not root) or "Guest" the first time.
QString guestName();
void setGuestName(const QString& name);

// The token the server issued to `guestName` on `serverUrl`; empty: none yet.
QString signInToken(const QString& serverUrl, const QString& guestName);
void setSignInToken(const QString& serverUrl, const QString& guestName, const QString& token);

// Where the room's outbox survives a restart of the app; empty when the folder cannot be made.
QString outboxFile(const QString& serverUrl, const QString& room);

}  // namespace omk::ui::RoomSessionStore
