#pragma once
// Which Dreamkast chat a room shows: for an event whose catalog came from Dreamkast and no
// server of ours, the channel's on-air talk (OnAirFollower), else the talk the schedule has on
// it now; the endpoints from the one Dreamkast endpoint rule (catalog/DreamkastEndpoints.h) and
// the attendee's token (AppSettings). RoomSession restarts when the target changes.
// Threading: GUI thread.

#include <QString>
#include <QUrl>

#include <optional>

namespace omk::ui {

class EventController;

struct DreamkastTarget {
    QUrl api, cable;
    QString eventAbbr;
    qint64 talk = 0;  // 0: nothing on air on the channel
    QString token;
    bool operator==(const DreamkastTarget&) const = default;
};

// The Dreamkast chat channel `room` of `event` should show; nullopt: not a Dreamkast event (or
// `serverUrl` is set: our server wins).
std::optional<DreamkastTarget> resolveDreamkastTarget(EventController* event,
                                                      const QString& serverUrl,
                                                      const QString& room);

}  // namespace omk::ui
