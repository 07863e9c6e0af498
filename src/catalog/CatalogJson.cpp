#include "catalog/CatalogJson.h"

#include "catalog/OmnikastCatalogFormat.h"
#include "catalog/ScheduleTime.h"

#include <QJsonArray>

namespace omk::catalog {

QJsonObject catalogToJson(const Catalog& catalog, const QDateTime& at) {
    const QTimeZone& zone = catalog.event.timeZone;
    QJsonObject root = toOmnikastCatalogJson(catalog);
    root.remove(QStringLiteral("omnikast_catalog"));
    root.insert(QStringLiteral("format"), toString(catalog.format));
    root.insert(QStringLiteral("at"), formatInstant(at, zone));

    QJsonArray sessions = root.value(QStringLiteral("sessions")).toArray();
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const Session& s = catalog.sessions.at(i);
        QJsonObject o = sessions.at(i).toObject();
        o.insert(QStringLiteral("end"), formatInstant(s.end(), zone));
        o.insert(QStringLiteral("duration_seconds"), static_cast<qint64>(s.duration.count()));
        o.insert(QStringLiteral("day"), scheduleDay(s.start, catalog.event).toString(Qt::ISODate));
        sessions[i] = o;
    }
    root.insert(QStringLiteral("sessions"), sessions);

    auto idOf = [&](const std::optional<qsizetype>& i) {
        return i ? QJsonValue(catalog.sessions.at(*i).id) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray channels = root.value(QStringLiteral("channels")).toArray();
    for (qsizetype i = 0; i < channels.size(); ++i) {
        const NowNext nn = nowNext(catalog, catalog.channels.at(i).id, at);
        QJsonObject o = channels.at(i).toObject();
        o.insert(QStringLiteral("now"), idOf(nn.now));
        o.insert(QStringLiteral("next"), idOf(nn.next));
        channels[i] = o;
    }
    root.insert(QStringLiteral("channels"), channels);

    QJsonArray days;
    const auto perDay = sessionsPerDay(catalog);
    for (auto it = perDay.begin(); it != perDay.end(); ++it)
        days.append(QJsonObject{{QStringLiteral("date"), it.key().toString(Qt::ISODate)},
                                {QStringLiteral("sessions"), it.value()}});
    root.insert(QStringLiteral("days"), days);
    return root;
}

}  // namespace omk::catalog
