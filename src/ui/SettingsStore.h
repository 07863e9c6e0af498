#pragma once
// The one place that reads and writes what the viewer remembers (QSettings with the
// organization/application names main() sets: ~/.config/Omnikast/omnikast.conf on Linux). Every
// key is declared in ui/SettingsKeys.h with its type and default; a value read back goes through
// that declaration's check, so a hand-edited or older file never breaks the program. Owners
// (AppSettings, PlayerController, LanguageController, MyScheduleStore, RoomController,
// EventController) keep the value in memory and call the typed accessors here; none of them
// spells a key.
//
// Threading: GUI thread only (QSettings is reentrant, but the owners it serves are GUI objects).

#include "catalog/Catalog.h"
#include "ui/SettingsKeys.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace omk::ui {

class SettingsStore {
public:
    template <typename T>
    static T read(const settings::Setting<T>& s) {
        return s.read(stored(s.key));
    }
    template <typename T>
    static void write(const settings::Setting<T>& s, const T& value) {
        store(s.key, QVariant::fromValue(value));
    }
    // id is folded (settings::foldId) into one key; an empty id reads the default, writes nothing.
    template <typename T>
    static T read(const settings::SettingFamily<T>& s, const QString& id) {
        return id.isEmpty() ? s.defaultValue : s.read(stored(s.prefix + settings::foldId(id)));
    }
    template <typename T>
    static void write(const settings::SettingFamily<T>& s, const QString& id, const T& value) {
        if (!id.isEmpty()) store(s.prefix + settings::foldId(id), QVariant::fromValue(value));
    }
    // Whether anything is stored under the key (tests, and a reader that wants to know).
    static bool contains(const QString& key);

    // ---- Typed accessors for the keys whose id is built from several parts -------------------

    // The chat's guest name (chat/guestName; default $USER, or "Guest").
    static QString guestName() { return read(settings::kGuestName); }
    static void setGuestName(const QString& name) { write(settings::kGuestName, name); }
    // The sign-in token a server issued to a guest of that name (signin/<hash>); empty: none.
    static QString signInToken(const QString& serverUrl, const QString& guestName);
    static void setSignInToken(const QString& serverUrl, const QString& guestName,
                               const QString& token);
    static QString signInKey(const QString& serverUrl, const QString& guestName);
    // Where a room's unsent messages survive a restart of the app, per server and room
    // (<AppLocalDataLocation>/outbox/<hash>.json; the folder is created). Empty when it cannot be.
    static QString outboxFile(const QString& serverUrl, const QString& room);

    // The stream chosen for an event's channel (streams/<event>|<channel>); 0 when none.
    static int streamChoice(const QString& eventId, const QString& channelId);
    static void setStreamChoice(const QString& eventId, const QString& channelId, int index);
    // Dreamkast's viewer-count endpoint (dreamkast/viewerCountUrl); empty: no viewer counts.
    static QString viewerCountUrl() { return read(settings::kViewerCountUrl); }
    static void setViewerCountUrl(const QString& url) { write(settings::kViewerCountUrl, url); }

    // The key an event's remembered choices go under: its id, or its title when it has none;
    // empty without an event.
    static QString eventKey(const catalog::Catalog* catalog) {
        if (!catalog) return {};
        return catalog->event.id.isEmpty() ? catalog->event.title : catalog->event.id;
    }
    // The sessions starred for an event (myschedule/<event key>).
    static QStringList starredSessions(const QString& eventKey) {
        return read(settings::kStarred, eventKey);
    }
    static void setStarredSessions(const QString& eventKey, const QStringList& ids) {
        write(settings::kStarred, eventKey, ids);
    }

    // The channels starred for an event (starredchannels/<event key>).
    static QStringList starredChannels(const QString& eventKey) {
        return read(settings::kStarredChannels, eventKey);
    }
    static void setStarredChannels(const QString& eventKey, const QStringList& ids) {
        write(settings::kStarredChannels, eventKey, ids);
    }

private:
    // Invalid when nothing is stored.
    static QVariant stored(const QString& key);
    static void store(const QString& key, const QVariant& value);
};

}  // namespace omk::ui
