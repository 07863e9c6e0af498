#include "catalog/ScheduleTime.h"

#include <QRegularExpression>

#include <cstdlib>

namespace omk::catalog {
namespace {

QString quoted(QStringView text) {
    // Keep messages one short line even when the input is not.
    QString t = text.left(40).toString();
    if (text.size() > 40) t += QStringLiteral("…");
    return QLatin1Char('"') + t + QLatin1Char('"');
}

}  // namespace

namespace {

Expected<std::chrono::seconds> atMostMax(std::chrono::seconds d, QStringView text) {
    if (d > kMaxSessionDuration)
        return fail(QStringLiteral("duration %1 is longer than the %2 days a session may last")
                        .arg(quoted(text))
                        .arg(kMaxSessionDuration.count() / 24));
    return d;
}

Expected<std::chrono::seconds> parseDurationText(QStringView text, ThreePartDuration style);

}  // namespace

Expected<std::chrono::seconds> parseDuration(QStringView text, ThreePartDuration style) {
    auto d = parseDurationText(text, style);
    if (!d) return d;
    return atMostMax(*d, text);
}

Expected<std::chrono::seconds> durationBetween(const QDateTime& start, const QDateTime& end) {
    if (end < start) return fail(QStringLiteral("ends before it starts"));
    const std::chrono::seconds d(start.secsTo(end));
    if (d > kMaxSessionDuration)
        return fail(QStringLiteral("ends more than %1 days after it starts")
                        .arg(kMaxSessionDuration.count() / 24));
    return d;
}

namespace {

Expected<std::chrono::seconds> parseDurationText(QStringView text, ThreePartDuration style) {
    static const QRegularExpression two(QStringLiteral("^(\\d{1,6}):(\\d{2})$"));
    static const QRegularExpression three(QStringLiteral("^(\\d{1,6}):(\\d{2}):(\\d{2})$"));
    const QString t = text.trimmed().toString();
    using std::chrono::seconds;
    if (auto m = two.match(t); m.hasMatch()) {
        const int h = m.captured(1).toInt(), min = m.captured(2).toInt();
        if (min < 60) return seconds(h * 3600LL + min * 60LL);
    } else if (auto m3 = three.match(t); m3.hasMatch()) {
        const int a = m3.captured(1).toInt(), b = m3.captured(2).toInt(),
                  c = m3.captured(3).toInt();
        if (style == ThreePartDuration::DaysHoursMinutesIfValid && a >= 1 && b < 24 && c < 60)
            return seconds(a * 86400LL + b * 3600LL + c * 60LL);
        if (b < 60 && c < 60) return seconds(a * 3600LL + b * 60LL + c);
    }
    return fail(QStringLiteral("expected a duration HH:MM, got %1").arg(quoted(text)));
}

}  // namespace

QString formatDuration(std::chrono::seconds d) {
    const long long s = d.count() < 0 ? 0 : d.count();
    QString out = QStringLiteral("%1:%2")
                      .arg(s / 3600, 2, 10, QLatin1Char('0'))
                      .arg(s / 60 % 60, 2, 10, QLatin1Char('0'));
    if (s % 60) out += QStringLiteral(":%1").arg(s % 60, 2, 10, QLatin1Char('0'));
    return out;
}

Expected<QTime> parseClockTime(QStringView text) {
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    const auto m = re.match(text.trimmed().toString());
    if (m.hasMatch()) {
        const QTime t(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (t.isValid()) return t;
    }
    return fail(QStringLiteral("expected HH:MM, got %1").arg(quoted(text)));
}

Expected<QDateTime> parseInstant(const QString& text, const QTimeZone& zone) {
    const QString t = text.trimmed();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid()) dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid()) {
        // Qt's RFC 2822 parser wants a numeric offset; HTTP-style dates end in "GMT".
        static const QRegularExpression utcName(QStringLiteral("\\s+(GMT|UTC|UT|Z)$"));
        dt = QDateTime::fromString(QString(t).replace(utcName, QStringLiteral(" +0000")),
                                   Qt::RFC2822Date);
    }
    if (!dt.isValid() || !t.contains(QLatin1Char(':')))
        return fail(QStringLiteral("expected an ISO 8601 date-time, got %1").arg(quoted(t)));
    // Real UTC offsets run from -12:00 to +14:00; Qt reads any up to ±99:59, but has no zone
    // for them (the event's zone would be invalid, and its times unreadable).
    if (dt.timeSpec() == Qt::OffsetFromUTC && std::abs(dt.offsetFromUtc()) > 14 * 3600)
        return fail(QStringLiteral("%1 has a UTC offset beyond ±14:00").arg(quoted(t)));
    // Qt reads an ISO time without offset as local time of this machine; the schedule means
    // the event's zone.
    if (dt.timeSpec() == Qt::LocalTime) dt = QDateTime(dt.date(), dt.time(), zone);
    if (!dt.isValid())
        return fail(
            QStringLiteral("%1 does not exist in %2").arg(quoted(t), QString::fromUtf8(zone.id())));
    // Schedules are minute-grained; whole seconds keep every written form exact.
    return dt.addMSecs(-dt.time().msec());
}

QString formatInstant(const QDateTime& instant, const QTimeZone& zone) {
    QDateTime local = instant.toTimeZone(zone);
    // ISO 8601 offsets have no seconds, but local mean time before ~1900 does (Berlin:
    // +00:53:28); such instants are written in UTC so they read back exactly.
    if (local.offsetFromUtc() % 60 != 0) local = instant.toUTC();
    // Qt writes "Z" for UTC; an explicit offset reads the same for every zone.
    const int offset = local.offsetFromUtc();
    const int abs = offset < 0 ? -offset : offset;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QLatin1Char(offset < 0 ? '-' : '+') +
           QStringLiteral("%1:%2")
               .arg(abs / 3600, 2, 10, QLatin1Char('0'))
               .arg(abs / 60 % 60, 2, 10, QLatin1Char('0'));
}

Expected<QDateTime> instantOnScheduleDay(QDate date, QTime local, QTime dayChange,
                                         const QTimeZone& zone) {
    const QDate day = local < dayChange ? date.addDays(1) : date;
    const QDateTime dt(day, local, zone);
    if (!dt.isValid())
        return fail(QStringLiteral("%1 %2 does not exist in %3")
                        .arg(day.toString(Qt::ISODate), local.toString(QStringLiteral("HH:mm")),
                             QString::fromUtf8(zone.id())));
    return dt;
}

QDate scheduleDay(const QDateTime& instant, const Event& event) {
    const QDateTime local = instant.toTimeZone(event.timeZone);
    return local.time() < event.dayChange ? local.date().addDays(-1) : local.date();
}

QMap<QDate, int> sessionsPerDay(const Catalog& catalog) {
    QMap<QDate, int> days;
    for (const Session& s : catalog.sessions) ++days[scheduleDay(s.start, catalog.event)];
    return days;
}

NowNext nowNext(const Catalog& catalog, const QString& channelId, const QDateTime& at) {
    NowNext r;
    for (qsizetype i = 0; i < catalog.sessions.size(); ++i) {
        const Session& s = catalog.sessions.at(i);
        if (s.channelId != channelId || s.cancelled) continue;
        if (s.start <= at && at < s.end()) {
            if (!r.now || catalog.sessions.at(*r.now).start <= s.start) r.now = i;
        } else if (s.start > at) {
            if (!r.next || s.start < catalog.sessions.at(*r.next).start) r.next = i;
        }
    }
    return r;
}

}  // namespace omk::catalog
