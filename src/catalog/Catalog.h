#pragma once
// The event catalog: what an attendee can watch. Plain value types, filled by the importers
// (frab/Pretalx schedule.json and schedule.xml, Dreamkast, Omnikast's own file) and read by the
// CLI and, later, the UI.
//
// Naming, because upstream formats disagree: a Channel is a live room (a frab "room", a
// Dreamkast "track"); a Topic is a subject area (a frab "track", a Dreamkast "talkCategory").

#include "core/Spherical.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <chrono>
#include <optional>

namespace omk::catalog {

enum class Format { FrabJson, FrabXml, Dreamkast, Omnikast };

struct Link {
    QString title;
    QString url;
    QString type;  // frab reference type: slides, paper, web, video…; may be empty
    bool operator==(const Link&) const = default;
};

// One way to watch a channel. Only Omnikast's own catalog file carries these.
struct Stream {
    QString url;
    QString protocol;  // hls, dash, rtmp, rtsp, srt, webrtc, file
    Projection projection = Projection::Equirect;
    StereoLayout stereo = StereoLayout::Mono;
    QString language;  // BCP 47 tag, e.g. "en", "ja"; empty: unknown
    QString label;     // shown when a channel offers several streams
    bool operator==(const Stream&) const = default;
};

// How a channel's chat room runs, set by the organizers (docs/ADMIN.md "Rooms"): closed (only
// moderators and admins write; attendees read), a slow mode the room starts with (a moderator's
// mod.slow_mode overrides it), and writing for signed-in people only (guests read).
struct RoomRules {
    bool closed = false;
    int slowModeSeconds = 0;  // 0: off; at most kMaxSlowModeSeconds
    bool signedInOnly = false;
    static constexpr int kMaxSlowModeSeconds = 3600;
    bool isDefault() const { return *this == RoomRules{}; }
    bool operator==(const RoomRules&) const = default;
};

struct Channel {
    QString id;  // unique within the catalog
    QString name;
    QString description;
    QList<Stream> streams;
    RoomRules room{};  // a default initializer: brace-initialized channels may leave it out
    // Kept from attendees' tabs, schedule and now/next (a room being set up, one closed for the
    // day); organizers still see and edit it. Not access control: its streams are in the catalog.
    bool hidden = false;
    bool operator==(const Channel&) const = default;
};

struct Topic {
    QString id;
    QString name;
    QString color;  // "#rrggbb" or empty
    bool operator==(const Topic&) const = default;
};

struct Speaker {
    QString id;
    QString name;
    QString biography;
    QString organisation;
    QString avatarUrl;
    QList<Link> links;
    bool operator==(const Speaker&) const = default;
};

struct Session {
    QString id;
    QString title;
    QString subtitle;
    QString channelId;
    QString topicId;   // empty: no topic
    QString language;  // empty: unknown
    QString type;      // talk, workshop, …
    QString abstract;
    QString description;
    QDateTime start;  // an absolute instant (carries its offset)
    std::chrono::seconds duration{0};
    QStringList speakerIds;
    QList<Link> links;
    QString url;
    // Taken off the schedule while the event was open (a re-fetch no longer lists it): shown
    // struck through, never on now/next or in reminders (ScheduleUpdate.h).
    bool cancelled = false;
    // Not in the source any more: kept (cancelled) by a schedule update for the attendees who
    // planned to watch it (ScheduleUpdate.h); the organizer's session list leaves it out.
    bool keptByUpdate = false;

    QDateTime end() const { return start.addSecs(duration.count()); }
    bool operator==(const Session&) const = default;
};

struct Event {
    QString id;
    QString title;
    QString acronym;
    QString description;
    QString url;
    QTimeZone timeZone = QTimeZone::utc();  // where the event happens; times show in it
    QDate firstDay, lastDay;
    // When one schedule day turns into the next, local time: Pretalx days run 04:00–03:59, so a
    // talk at 01:00 still belongs to the day before.
    QTime dayChange{0, 0};
    bool operator==(const Event&) const = default;
};

// Where a source pushes live changes: only a Dreamkast-shaped file names these (its optional
// "cable_url" and "weaver_url", DreamkastImporter.h); EventController fills in defaults.
struct LiveEndpoints {
    QString cableUrl;  // ActionCable endpoint, ws(s)://host/cable; empty: not named
    // dreamkast-weaver's GraphQL endpoint; nullopt: not named, "": viewer counts off.
    std::optional<QString> viewerCountUrl;
    bool operator==(const LiveEndpoints&) const = default;
};

struct Catalog {
    Format format = Format::Omnikast;  // which importer made it
    Event event;
    LiveEndpoints live;
    QList<Channel> channels;  // in display order: one tab each
    QList<Topic> topics;
    QList<Speaker> speakers;
    QList<Session> sessions;  // sorted by start, then channel order

    const Channel* channel(const QString& id) const;
    const Topic* topic(const QString& id) const;
    const Speaker* speaker(const QString& id) const;
    // Contents only: the format a catalog came from does not make it a different catalog.
    bool sameContent(const Catalog& other) const;
};

QString toString(Format f);

// The catalog's one session order: by start, then channel order, then title.
void sortSessions(Catalog& catalog);

// The catalog as attendees see it: hidden channels and their sessions left out.
Catalog withoutHidden(Catalog catalog);
bool hasHidden(const Catalog& catalog);

}  // namespace omk::catalog
