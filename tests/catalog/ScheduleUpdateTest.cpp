// A schedule fetched again while open: what changed, and talks the export dropped kept as
// cancelled until they come back.
#include "catalog/ScheduleUpdate.h"

#include <gtest/gtest.h>

using namespace omk::catalog;

namespace {

Session talk(const char* id, const char* channel, int minutes, const char* title = nullptr) {
    Session s;
    s.id = QString::fromLatin1(id);
    s.title = title ? QString::fromLatin1(title) : s.id;
    s.channelId = QString::fromLatin1(channel);
    s.start = QDateTime(QDate(2026, 12, 6), QTime(10, 0), QTimeZone::utc()).addSecs(minutes * 60);
    s.duration = std::chrono::minutes(30);
    return s;
}

Catalog schedule(QList<Session> sessions) {
    Catalog c;
    c.channels = {Channel{QStringLiteral("a"), QStringLiteral("A"), {}, {}},
                  Channel{QStringLiteral("b"), QStringLiteral("B"), {}, {}}};
    c.sessions = std::move(sessions);
    sortSessions(c);
    return c;
}

const Session* find(const Catalog& c, const char* id) {
    for (const Session& s : c.sessions)
        if (s.id == QLatin1String(id)) return &s;
    return nullptr;
}

}  // namespace

TEST(ScheduleUpdate, CountsMovesEditsNewAndCancelledTalks) {
    const Catalog before =
        schedule({talk("1", "a", 0), talk("2", "a", 60), talk("3", "b", 0), talk("4", "b", 60)});
    Catalog after = schedule({talk("1", "b", 0), talk("3", "b", 0, "3, retitled"),
                              talk("4", "b", 60), talk("5", "a", 90)});
    const ScheduleChanges changes = carryOver(before, after);
    EXPECT_EQ(changes, (ScheduleChanges{1, 1, 1, 1}));  // added, moved, cancelled, edited
    ASSERT_EQ(after.sessions.size(), 5);
    ASSERT_TRUE(find(after, "2"));
    EXPECT_TRUE(find(after, "2")->cancelled);
    EXPECT_EQ(after.sessions.at(2).id, QStringLiteral("2")) << "kept in the schedule's order";
    EXPECT_FALSE(find(after, "1")->cancelled);

    // The same export again: nothing new; the cancelled talk stays cancelled, not counted twice.
    Catalog again = schedule({talk("1", "b", 0), talk("3", "b", 0, "3, retitled"),
                              talk("4", "b", 60), talk("5", "a", 90)});
    EXPECT_FALSE(carryOver(after, again).any());
    EXPECT_TRUE(find(again, "2")->cancelled);

    // It comes back: no longer cancelled, counted as new.
    Catalog back =
        schedule({talk("1", "b", 0), talk("2", "a", 60), talk("3", "b", 0, "3, retitled"),
                  talk("4", "b", 60), talk("5", "a", 90)});
    EXPECT_EQ(carryOver(again, back).added, 1);
    EXPECT_FALSE(find(back, "2")->cancelled);
}

TEST(ScheduleUpdate, ATalkOfARoomTheUpdateDroppedGoesWithIt) {
    const Catalog before = schedule({talk("1", "a", 0), talk("2", "b", 0)});
    Catalog after = schedule({talk("1", "a", 0)});
    after.channels.removeLast();  // room b is gone
    const ScheduleChanges changes = carryOver(before, after);
    EXPECT_EQ(changes.cancelled, 0);
    EXPECT_EQ(after.sessions.size(), 1);
}
