#pragma once
// A generated event the shape of a big congress's frab export (long room names in several
// languages, most rooms without a stream, thousands of sessions), for the window at real size.
#include "catalog/OmnikastCatalogFormat.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QSaveFile>
#include <QString>

#include <algorithm>
#include <chrono>

namespace omk::ui::test {

// Room names as big congresses have them: long, in German, Japanese and Spanish; one with an
// accent to find by its plain spelling.
inline QString roomName(int i) {
    switch (i % 4) {
        case 0:
            return QStringLiteral("Saal %1 Zürich Konferenzzentrum").arg(i + 1);
        case 1:
            return QStringLiteral("会議室 %1 国際交流センター").arg(i + 1);
        case 2:
            return QStringLiteral("Sala %1 de Conferencias Internacionales").arg(i + 1);
        default:
            return QStringLiteral("Workshop-Raum %1").arg(i + 1);
    }
}

// A generated event at path: rooms 1, 4, 7, … (i % 3 == 1) have `media` as their stream; every room
// has a session on now and the sessions add up to `sessions`.
inline QString writeLargeEvent(const QString& path, int rooms, int sessions, const QString& media) {
    omk::catalog::Catalog c;
    c.format = omk::catalog::Format::Omnikast;
    c.event.id = QStringLiteral("big-%1").arg(rooms);
    c.event.title = QStringLiteral("Large Congress (%1 rooms)").arg(rooms);
    c.event.url = QStringLiteral("https://congress.example.org/streams");
    // Every room's first talk is on now; the others follow it every 30 minutes, and those that
    // would start after midnight come before it instead, so every talk starts today at any hour.
    const int perRoom = std::max(1, sessions / rooms);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime dayStart(now.date(), QTime(0, 0), Qt::UTC);
    const QDateTime start = std::max(now.addSecs(-15 * 60), dayStart);
    const int fitAfter = int((start.secsTo(dayStart.addDays(1)) + 30 * 60 - 1) / (30 * 60));
    const auto slot = [&](int k) {
        return k < fitAfter ? start.addSecs(qint64(k) * 30 * 60)
                            : start.addSecs(-qint64(perRoom - k) * 30 * 60);
    };
    c.event.firstDay = c.event.lastDay = start.date();
    for (int i = 0; i < rooms; ++i) {
        omk::catalog::Channel ch{QStringLiteral("room-%1").arg(i), roomName(i), {}, {}};
        if (i % 3 == 1)
            ch.streams = {{media, QStringLiteral("file"), omk::Projection::Equirect,
                           omk::StereoLayout::Mono, QStringLiteral("en"), QStringLiteral("360°")}};
        c.channels.append(ch);
    }
    for (int k = 0; k < perRoom; ++k) {
        for (int i = 0; i < rooms && c.sessions.size() < sessions; ++i) {
            omk::catalog::Session s;
            s.id = QStringLiteral("s-%1-%2").arg(i).arg(k);
            s.title = QStringLiteral("Talk %1 in room %2 about distributed 360° video")
                          .arg(k + 1)
                          .arg(i + 1);
            s.channelId = c.channels.at(i).id;
            s.start = slot(k);
            s.duration = std::chrono::minutes(30);
            c.sessions.append(s);
        }
    }
    std::stable_sort(c.sessions.begin(), c.sessions.end(),
                     [](const auto& a, const auto& b) { return a.start < b.start; });
    QSaveFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(omk::catalog::writeOmnikastCatalog(c));
    EXPECT_TRUE(f.commit());
    return path;
}

}  // namespace omk::ui::test
