#pragma once
// Every key the viewer remembers between runs, declared once: its on-disk name, its type, its
// default and how a stored value is checked when read back. SettingsStore is the one reader and
// writer; nothing else spells a key or touches QSettings. The key strings are the file format of
// users' ~/.config/Omnikast/omnikast.conf: never rename one.
//
// A Setting is one key; a SettingFamily is one key per id (an event, a channel, a server), its
// id folded so that '/' (QSettings' group separator) cannot split it.
//
// Threading: plain data and pure functions; any thread.

#include "core/Spherical.h"

#include <QRect>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace omk::ui::settings {

// What a stored value means, or nothing when it is unusable (a hand edit, an older version):
// the default is then used instead. A parser may also clamp a usable value into range.
template <typename T>
using Parser = std::optional<T> (*)(const QVariant& stored);

template <typename T>
struct Setting {
    QString key;
    T defaultValue;
    Parser<T> parse;
    // Where the default depends on the machine ($USER, the desktop): it wins over defaultValue.
    T (*machineDefault)() = nullptr;

    T fallback() const { return machineDefault ? machineDefault() : defaultValue; }
    // A stored value (invalid: nothing stored) as the value the program uses.
    T read(const QVariant& stored) const {
        if (!stored.isValid()) return fallback();
        return parse(stored).value_or(fallback());
    }
};

template <typename T>
struct SettingFamily {
    QString prefix;  // "<group>/"; the key is prefix + the folded id
    T defaultValue;
    Parser<T> parse;

    T read(const QVariant& stored) const {
        if (!stored.isValid()) return defaultValue;
        return parse(stored).value_or(defaultValue);
    }
};

// '/' would split a key into QSettings groups; ids are opaque, so it becomes '_'.
QString foldId(const QString& id);

// The parsers. A number is never QVariant's own conversion, which reads "abc" as 0.
std::optional<double> parseNumber(const QVariant& stored);
std::optional<int> parseInt(const QVariant& stored);
std::optional<bool> parseBool(const QVariant& stored);
std::optional<QString> parseString(const QVariant& stored);
std::optional<QString> parseNonEmpty(const QVariant& stored);
std::optional<QStringList> parseStringList(const QVariant& stored);
std::optional<double> parseFov(const QVariant& stored);
std::optional<int> parseChatWidth(const QVariant& stored);
std::optional<double> parseTextScale(const QVariant& stored);
std::optional<QRect> parseGeometry(const QVariant& stored);
// One line of at most 4096 characters (a file path or URL).
std::optional<QString> parseSource(const QVariant& stored);
// One line of visible ASCII (what an HTTP header can carry).
std::optional<QString> parseToken(const QVariant& stored);
std::optional<int> parseVolume(const QVariant& stored);
std::optional<double> parseScheduleZoom(const QVariant& stored);
// "dark" or "light" (Theme's colour schemes; high contrast is a setting of its own).
std::optional<QString> parseColorScheme(const QVariant& stored);

// Machine defaults.
// Qt 6.4 has no high-contrast hint of its own; GTK's high-contrast themes name themselves in
// GTK_THEME, which is the one hint a Linux desktop leaves us.
bool desktopPrefersHighContrast();
// $USER, unless it is empty or root: then "Guest".
QString defaultGuestName();

// Limits the parsers apply.
inline constexpr double kDefaultFov = 90.0;
inline constexpr int kDefaultChatWidth = 340, kMinChatWidth = 260, kMaxChatWidth = 4000;
inline constexpr double kMinTextScale = 0.75, kMaxTextScale = 2.0;
inline constexpr int kMinWindowSide = 320, kMaxWindowSide = 16384;
// The schedule's zoom: pixels per minute (an hour is 60 of them).
inline constexpr double kDefaultScheduleZoom = 2.0, kMinScheduleZoom = 0.75, kMaxScheduleZoom = 8.0;

// ---- The table -------------------------------------------------------------------------------

// Window state (AppSettings).
// The last event opened (a catalog file or http(s) URL) and its channel.
inline const Setting<QString> kLastEvent{QStringLiteral("session/lastEvent"), {}, parseSource};
inline const Setting<QString> kLastChannel{QStringLiteral("session/lastChannel"), {}, parseSource};
// The streams list it was opened with (--streams), if any.
inline const Setting<QString> kLastEventStreams{
    QStringLiteral("session/lastEventStreams"), {}, parseSource};
// The field of view for plain media, degrees.
inline const Setting<double> kFov{QStringLiteral("view/fov"), kDefaultFov, parseFov};
inline const Setting<int> kChatWidth{QStringLiteral("chat/width"), kDefaultChatWidth,
                                     parseChatWidth};
inline const Setting<bool> kChatVisible{QStringLiteral("chat/visible"), true, parseBool};
inline const Setting<double> kScheduleZoom{QStringLiteral("schedule/pxPerMinute"),
                                           kDefaultScheduleZoom, parseScheduleZoom};
// Null: none saved or unusable; the window keeps its default.
inline const Setting<QRect> kWindowGeometry{QStringLiteral("window/geometry"), {}, parseGeometry};
inline const Setting<bool> kFullScreen{QStringLiteral("window/fullScreen"), false, parseBool};
inline const Setting<bool> kHighContrast{QStringLiteral("theme/highContrast"), false, parseBool,
                                         desktopPrefersHighContrast};
// The window's colours: "dark" (a player's usual look) or "light".
inline const Setting<QString> kColorScheme{QStringLiteral("theme/scheme"), QStringLiteral("dark"),
                                           parseColorScheme};
inline const Setting<double> kTextScale{QStringLiteral("theme/textScale"), 1.0, parseTextScale};
// Dreamkast's chat bearer token (OMNIKAST_DREAMKAST_TOKEN wins over it; AppSettings).
inline const Setting<QString> kDreamkastToken{QStringLiteral("dreamkast/token"), {}, parseToken};
// The Dreamkast API origin that token was made for (empty: any; AppSettings).
inline const Setting<QString> kDreamkastTokenHost{
    QStringLiteral("dreamkast/tokenHost"), {}, parseSource};

// The UI language (LanguageController): "system" or a language code it knows.
inline const Setting<QString> kLanguage{QStringLiteral("ui/language"), QStringLiteral("system"),
                                        parseNonEmpty};

// Playback (PlayerController): volume 0..100, mute, captions.
inline const Setting<int> kVolume{QStringLiteral("player/volume"), 100, parseVolume};
inline const Setting<bool> kMuted{QStringLiteral("player/muted"), false, parseBool};
inline const Setting<bool> kCaptions{QStringLiteral("player/captions"), true, parseBool};

// The chat (RoomController): the guest name, and per server and name the sign-in token the
// server issued (key signin/<first 12 hex of SHA-1(server URL + '\n' + guest name)>).
inline const Setting<QString> kGuestName{
    QStringLiteral("chat/guestName"), {}, parseNonEmpty, defaultGuestName};
inline const SettingFamily<QString> kSignInToken{QStringLiteral("signin/"), {}, parseString};

// Events (EventController, MyScheduleStore).
// Dreamkast's viewer-count endpoint (dreamkast-weaver as CloudNative Days runs it); empty: none.
inline const Setting<QString> kViewerCountUrl{
    QStringLiteral("dreamkast/viewerCountUrl"),
    QStringLiteral("https://dkw.cloudnativedays.jp/query"), parseString};
// The stream chosen per channel: streams/<event id>|<channel id>.
inline const SettingFamily<int> kStreamChoice{QStringLiteral("streams/"), 0, parseInt};
// The starred sessions per event: myschedule/<event id, or title when it has none>.
inline const SettingFamily<QStringList> kStarred{
    QStringLiteral("myschedule/"), {}, parseStringList};
// The starred channels (rooms) per event, by channel id: starredchannels/<event key>.
inline const SettingFamily<QStringList> kStarredChannels{
    QStringLiteral("starredchannels/"), {}, parseStringList};

}  // namespace omk::ui::settings
