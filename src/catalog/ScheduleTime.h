#pragma once
// Time rules of schedules: frab durations, instants written in the many ways upstream formats
// write them, which schedule day an instant belongs to, and what is on a channel now and next.

#include "catalog/Catalog.h"
#include "core/Expected.h"

#include <QMap>

#include <chrono>
#include <optional>

namespace omk::catalog {

// No session lasts longer; a longer one is a broken export (and would overflow date maths).
constexpr std::chrono::hours kMaxSessionDuration{24 * 366};

// "HH:MM" (hours may exceed 23), "H:MM:SS", and Pretalx's "D:HH:MM" for sessions of a day or
// more. A three-part value is ambiguous; it is read as D:HH:MM only when that is well-formed
// (D ≥ 1, HH < 24) and the text came from a frab/Pretalx export, otherwise as H:MM:SS.
enum class ThreePartDuration { HoursMinutesSeconds, DaysHoursMinutesIfValid };
Expected<std::chrono::seconds> parseDuration(
    QStringView text, ThreePartDuration style = ThreePartDuration::HoursMinutesSeconds);
// "HH:MM", or "HH:MM:SS" when there are seconds; parseDuration reads it back.
QString formatDuration(std::chrono::seconds d);

// The length of [start, end); fails when end is before start or too far after it.
Expected<std::chrono::seconds> durationBetween(const QDateTime& start, const QDateTime& end);

// A local wall-clock time "HH:MM" or "HH:MM:SS" (00:00–23:59).
Expected<QTime> parseClockTime(QStringView text);

// ISO 8601 with or without an offset (without: local time in `zone`), with or without
// milliseconds, or RFC 2822 ("Sat, 23 Jan 2021 09:00:00 GMT", as Dreamkast's examples write).
Expected<QDateTime> parseInstant(const QString& text, const QTimeZone& zone);
// ISO 8601 with the offset `zone` has at that instant ("2026-10-25T02:30:00+01:00").
QString formatInstant(const QDateTime& instant, const QTimeZone& zone);

// The wall-clock time `local` on `date` in `zone`, moved to the next calendar day when it falls
// before `dayChange` (a 01:00 talk on a Pretalx day that runs 04:00–03:59).
// Fails for a wall-clock time that the zone skips (spring forward).
Expected<QDateTime> instantOnScheduleDay(QDate date, QTime local, QTime dayChange,
                                         const QTimeZone& zone);
// The schedule day an instant belongs to, in the event's zone.
QDate scheduleDay(const QDateTime& instant, const Event& event);

// The sessions of each schedule day (indices into catalog.sessions), ordered by day.
QMap<QDate, int> sessionsPerDay(const Catalog& catalog);

// What a channel shows at `at`: `now` runs (start ≤ at < end; the latest started wins when
// sessions overlap), `next` is the first to start after `at`. Indices into catalog.sessions.
struct NowNext {
    std::optional<qsizetype> now;
    std::optional<qsizetype> next;
};
NowNext nowNext(const Catalog& catalog, const QString& channelId, const QDateTime& at);

}  // namespace omk::catalog
