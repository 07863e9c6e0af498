#pragma once
// The system keyring (the freedesktop Secret Service: GNOME Keyring, KWallet's bridge, KeePassXC)
// through libsecret: one secret per room server, under the schema "org.omnikast.Credential" with
// the attribute "server" (host:port). Blocking calls: the keyring may ask the person to unlock it
// in a dialog of its own, so these run on CredentialStore's worker thread, never on the GUI's.
// Threading: any one thread at a time (CredentialStore's worker).

#include "core/Expected.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace omk::room::keyring {

// Whether a keyring can be asked at all: a session bus is there (a desktop session, never an
// autolaunched one) and a Secret Service answers on it; OMNIKAST_KEYRING=off says no. The error
// says why not, for the sign-in box.
Expected<bool> reachable();

Expected<std::optional<QByteArray>> lookup(const QString& server);
Expected<bool> store(const QString& server, const QString& label, const QByteArray& secret);
// true: there was one to clear.
Expected<bool> clear(const QString& server);

}  // namespace omk::room::keyring
