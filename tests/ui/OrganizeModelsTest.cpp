// The Organize view's models without a window: the on-air board's rows (every channel, its
// sessions in start order without the cancelled ones, what is on air and what comes next: the
// session after the one on air, or with nothing on air the first that has not ended), an
// update in place when only the board changed, the audit log's rows from GET /admin/audit, the
// channel list (tab order, counts, a rename in place), a new channel's id, and the session list
// (start order, times in the event's zone, the filter, an edit in place, speakers typed by name
// and a new speaker's id), the rooms' rules and who moderates a room, and the schedule's
// re-import: a preview's changes as rows in sections with their words, the server's status and
// answers in sentences.
// Runs in ui_event_tests.
#include "protocol/ChannelRoom.h"
#include "room/AdminClient.h"
#include "ui/AuditLogModel.h"
#include "ui/BanListModel.h"
#include "ui/ChannelEditModel.h"
#include "ui/IdFromName.h"
#include "ui/ImportPreviewModel.h"
#include "ui/OnAirBoardModel.h"
#include "ui/OrganizeChannels.h"
#include "ui/OrganizeImport.h"
#include "ui/OrganizeRooms.h"
#include "ui/OrganizeSessions.h"
#include "ui/SessionEditModel.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <algorithm>

using namespace omk;
using namespace omk::ui;

namespace {

QDateTime at(const char* text) {
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate);
}

catalog::Session session(const char* id, const char* channel, const char* start, int minutes,
                         bool cancelled = false) {
    catalog::Session s;
    s.id = QLatin1String(id);
    s.title = QStringLiteral("Talk ") + QLatin1String(id);
    s.channelId = QLatin1String(channel);
    s.start = at(start);
    s.duration = std::chrono::minutes(minutes);
    s.cancelled = cancelled;
    return s;
}

catalog::Catalog twoRooms() {
    catalog::Catalog c;
    c.channels = {{QStringLiteral("a"), QStringLiteral("Hall A"), {}, {}},
                  {QStringLiteral("b"), QStringLiteral("Hall B"), {}, {}}};
    // Out of order on purpose; b2 is cancelled.
    c.sessions = {session("a2", "a", "2026-12-07T11:00:00Z", 30),
                  session("a1", "a", "2026-12-07T10:00:00Z", 30),
                  session("a3", "a", "2026-12-07T12:00:00Z", 30),
                  session("b1", "b", "2026-12-07T10:00:00Z", 30),
                  session("b2", "b", "2026-12-07T11:00:00Z", 30, true)};
    return c;
}

QVariant role(const OnAirBoardModel& m, int row, OnAirBoardModel::Role r) {
    return m.data(m.index(row), r);
}

}  // namespace

TEST(OnAirBoardModel, NextIsAfterWhatIsOnAirOrTheFirstNotEnded) {
    const catalog::Catalog c = twoRooms();
    OnAirBoardModel m;
    m.update(&c, {}, at("2026-12-07T10:45:00Z"));
    ASSERT_EQ(m.rowCount(), 2);
    EXPECT_EQ(role(m, 0, OnAirBoardModel::NameRole).toString(), QStringLiteral("Hall A"));
    EXPECT_EQ(role(m, 0, OnAirBoardModel::SessionIdsRole).toStringList(),
              (QStringList{"a1", "a2", "a3"}));
    EXPECT_EQ(role(m, 1, OnAirBoardModel::SessionIdsRole).toStringList(), (QStringList{"b1"}))
        << "the cancelled one is left out";
    // Nothing on air at 10:45: a1 has ended, so a2 is next; b1 has ended and nothing follows.
    EXPECT_EQ(role(m, 0, OnAirBoardModel::OnAirSessionRole).toString(), QString());
    EXPECT_EQ(m.nextSession(0), QStringLiteral("a2"));
    EXPECT_EQ(role(m, 0, OnAirBoardModel::NextTitleRole).toString(), QStringLiteral("Talk a2"));
    EXPECT_EQ(m.nextSession(1), QString());

    // a1 still on air (the talk ran late): next is a2; a3 on air: nothing after it.
    QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&m, &QAbstractItemModel::dataChanged);
    m.update(&c, {{QStringLiteral("a"), QStringLiteral("a1")}}, at("2026-12-07T10:45:00Z"));
    EXPECT_EQ(resets.count(), 0) << "the same channels: rows change in place";
    ASSERT_EQ(changes.count(), 1) << "only the row that changed";
    EXPECT_EQ(changes.at(0).at(0).value<QModelIndex>().row(), 0);
    EXPECT_EQ(role(m, 0, OnAirBoardModel::OnAirTitleRole).toString(), QStringLiteral("Talk a1"));
    EXPECT_EQ(m.nextSession(0), QStringLiteral("a2"));
    m.update(&c, {{QStringLiteral("a"), QStringLiteral("a3")}}, at("2026-12-07T10:45:00Z"));
    EXPECT_EQ(m.nextSession(0), QString());

    // A session the catalog no longer has still shows, by its id.
    m.update(&c, {{QStringLiteral("b"), QStringLiteral("gone")}}, at("2026-12-07T10:45:00Z"));
    EXPECT_EQ(role(m, 1, OnAirBoardModel::OnAirTitleRole).toString(), QStringLiteral("gone"));

    // Pending marks one channel; a new catalog with other channels resets.
    m.setPending(QStringLiteral("b"), true);
    EXPECT_TRUE(role(m, 1, OnAirBoardModel::PendingRole).toBool());
    EXPECT_FALSE(role(m, 0, OnAirBoardModel::PendingRole).toBool());
    catalog::Catalog one;
    one.channels = {{QStringLiteral("z"), QStringLiteral("Zed"), {}, {}}};
    m.update(&one, {}, at("2026-12-07T10:45:00Z"));
    EXPECT_EQ(resets.count(), 1);
    EXPECT_EQ(m.rowCount(), 1);
    EXPECT_EQ(m.channelId(0), QStringLiteral("z"));
    EXPECT_EQ(m.channelId(5), QString());
    m.update(nullptr, {}, at("2026-12-07T10:45:00Z"));
    EXPECT_EQ(m.rowCount(), 0);
}

TEST(AuditLogModel, RowsFromTheAdminApisEntries) {
    AuditLogModel m;
    m.setEntries(QJsonArray{QJsonObject{{"id", "2"},
                                        {"at_ms", 1765100000000.0},
                                        {"actor", "u_1"},
                                        {"actor_name", "Ada"},
                                        {"action", "onair.switch"},
                                        {"target", "main"},
                                        {"detail", QJsonObject{{"session", "s1"}}}},
                            QJsonObject{{"id", "1"},
                                        {"at_ms", 1765000000000.0},
                                        {"actor", "cli:root"},
                                        {"action", "role.grant"},
                                        {"target", "bob@example.org"},
                                        {"detail", QJsonObject{{"note", QString(300, u'x')}}}}});
    ASSERT_EQ(m.rowCount(), 2);
    EXPECT_EQ(m.action(0), QStringLiteral("onair.switch"));
    EXPECT_EQ(m.data(m.index(0), AuditLogModel::ActorRole).toString(), QStringLiteral("Ada"));
    EXPECT_EQ(m.data(m.index(1), AuditLogModel::ActorRole).toString(), QStringLiteral("cli:root"))
        << "no name: the id";
    EXPECT_EQ(m.data(m.index(0), AuditLogModel::DetailRole).toString(),
              QStringLiteral(R"({"session":"s1"})"));
    EXPECT_EQ(m.data(m.index(1), AuditLogModel::DetailRole).toString().size(), 200);
    EXPECT_FALSE(m.data(m.index(0), AuditLogModel::WhenRole).toString().isEmpty());
    EXPECT_EQ(m.actorId(0), QStringLiteral("u_1"));
    // Everyone seen, by name (else the id), after "Everyone"; kept when a list names fewer.
    const auto actors = [&] {
        QStringList out;
        for (const QVariant& a : m.actors())
            out.append(QStringLiteral("%1=%2").arg(a.toMap()[QStringLiteral("value")].toString(),
                                                   a.toMap()[QStringLiteral("text")].toString()));
        return out;
    };
    EXPECT_EQ(actors(), (QStringList{QStringLiteral("=Everyone"), QStringLiteral("u_1=Ada"),
                                     QStringLiteral("cli:root=cli:root")}));
    m.setEntries({});
    EXPECT_EQ(m.rowCount(), 0);
    EXPECT_EQ(m.actors().size(), 3);
    // Two people of one name are told apart by their ids.
    m.setEntries(QJsonArray{
        QJsonObject{{"id", "3"}, {"actor", "u_2"}, {"actor_name", "Ada"}, {"action", "ban.lift"}}});
    EXPECT_EQ(actors(),
              (QStringList{QStringLiteral("=Everyone"), QStringLiteral("u_1=Ada (u_1)"),
                           QStringLiteral("u_2=Ada (u_2)"), QStringLiteral("cli:root=cli:root")}));
    // Another server's log: nobody from this one is offered.
    QSignalSpy actorsChanged(&m, &AuditLogModel::actorsChanged);
    m.clear();
    EXPECT_EQ(m.rowCount(), 0);
    EXPECT_EQ(actors(), QStringList{QStringLiteral("=Everyone")});
    EXPECT_EQ(actorsChanged.size(), 1);
}

TEST(ChannelEditModel, RowsInTabOrderWithTheirCountsAndARenameUpdatesOneRowInPlace) {
    catalog::Catalog c = twoRooms();
    c.channels[1].streams = {
        catalog::Stream{QStringLiteral("https://x/b.m3u8"), QStringLiteral("hls"), {}, {}, {}, {}},
        catalog::Stream{QStringLiteral("rtmp://x/b"), QStringLiteral("rtmp"), {}, {}, {}, {}}};
    ChannelEditModel model;
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.update(&c);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.channelId(0), QStringLiteral("a"));
    EXPECT_TRUE(model.stream(0, 0).isEmpty());
    EXPECT_EQ(model.stream(1, 0).value(QStringLiteral("url")).toString(),
              QStringLiteral("https://x/b.m3u8"));
    EXPECT_EQ(model.streamCount(1), 2);
    int sessionsOnA = 0;
    for (const auto& s : c.sessions) sessionsOnA += s.channelId == QLatin1String("a");
    EXPECT_EQ(model.sessionCount(0), sessionsOnA);
    EXPECT_EQ(model.rowOf(QStringLiteral("b")), 1);
    EXPECT_EQ(model.rowOf(QStringLiteral("zz")), -1);
    EXPECT_EQ(resets.size(), 1);

    c.channels[1].name = QStringLiteral("Hall B (new)");
    model.update(&c);
    EXPECT_EQ(resets.size(), 1) << "same channels: no reset";
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.first().at(0).value<QModelIndex>().row(), 1);
    EXPECT_EQ(model.name(1), QStringLiteral("Hall B (new)"));

    std::swap(c.channels[0], c.channels[1]);
    model.update(&c);
    EXPECT_EQ(resets.size(), 2) << "a new order is a new list";
    EXPECT_EQ(model.channelId(0), QStringLiteral("b"));

    model.setPending(QStringLiteral("a"), true);
    EXPECT_TRUE(model.pending(1));
    EXPECT_TRUE(model.data(model.index(1), ChannelEditModel::PendingRole).toBool());
    model.setPending(QStringLiteral("a"), false);
    EXPECT_FALSE(model.pending(1));
}

TEST(OrganizeChannels, ANewChannelsIdIsItsNameInLowerCaseMadeUnique) {
    OrganizeChannels channels([]() -> room::AdminClient* { return nullptr; },
                              [](const room::AdminReply&) { return QString(); });
    catalog::Catalog c = twoRooms();
    c.channels.append({QStringLiteral("overflow-hall"), QStringLiteral("Overflow"), {}, {}});
    channels.update(&c);
    EXPECT_EQ(channels.idFor(QStringLiteral("Saal 1")), QStringLiteral("saal-1"));
    EXPECT_EQ(channels.idFor(QStringLiteral("  Überflow: Hall B!  ")),
              QStringLiteral("überflow-hall-b"));
    EXPECT_EQ(channels.idFor(QStringLiteral("Overflow Hall")), QStringLiteral("overflow-hall-2"));
    EXPECT_EQ(channels.idFor(QStringLiteral("A")), QStringLiteral("a-2"));
    EXPECT_EQ(channels.idFor(QStringLiteral("第1会場")), QStringLiteral("第1会場"));
    EXPECT_EQ(channels.idFor(QStringLiteral("!!!")), QStringLiteral("channel"));
    // Without a client nothing is sent, and nothing is said to be on its way.
    QSignalSpy started(&channels, &OrganizeChannels::started);
    QSignalSpy reported(&channels, &OrganizeChannels::reported);
    channels.add(QStringLiteral(""));
    ASSERT_EQ(reported.size(), 1);
    EXPECT_TRUE(reported.first().at(1).toBool());
    channels.add(QStringLiteral("New"));
    channels.remove(QStringLiteral("a"));  // it has sessions: refused here, before any request
    EXPECT_EQ(started.size(), 0);
    EXPECT_EQ(reported.size(), 2);
    EXPECT_TRUE(reported.last().at(0).toString().contains(QStringLiteral("Hall A")));
    // Channels are named by id: one that went meanwhile is said to be gone.
    channels.rename(QStringLiteral("gone"), QStringLiteral("Back"));
    EXPECT_EQ(reported.size(), 3);
    EXPECT_TRUE(reported.last().at(1).toBool());
    // An address without a scheme plays nowhere (b has no stream: this one would be its first).
    channels.saveStream(QStringLiteral("b"), 0,
                        {{QStringLiteral("url"), QStringLiteral("example.com/live.m3u8")}});
    EXPECT_EQ(reported.size(), 4);
    EXPECT_TRUE(reported.last().at(0).toString().contains(QStringLiteral("https://")));
    EXPECT_EQ(started.size(), 0);
}

// A stream is named by its place in its channel's list: a save or a removal checks that the
// stream shown is still there, and only fields the organizer changed are checked (a stream with
// an odd language from an import still takes a new address).
TEST(OrganizeChannels, AStreamIsSavedOnlyWhileItIsStillWhereItWasAndOnlyChangesAreChecked) {
    room::AdminClient client;  // no server: a request is tried and answered "no_server"
    OrganizeChannels channels([&]() -> room::AdminClient* { return &client; },
                              [](const room::AdminReply& r) { return r.errorCode; });
    catalog::Catalog c = twoRooms();
    catalog::Stream main;
    main.url = QStringLiteral("https://cdn.example/a.m3u8");
    main.protocol = QStringLiteral("hls");
    main.language = QStringLiteral("x-old");
    catalog::Stream fallback;
    fallback.url = QStringLiteral("srt://backup.example:9000");
    fallback.protocol = QStringLiteral("srt");
    c.channels[0].streams = {main, fallback};
    c.channels[1].hidden = true;
    channels.update(&c);
    ChannelEditModel* model = channels.model();
    EXPECT_EQ(model->streamNames(0),
              (QStringList{QStringLiteral("1. Main"), QStringLiteral("2. Fallback")}));
    EXPECT_EQ(model->stream(0, 1).value(QStringLiteral("url")).toString(), fallback.url);
    EXPECT_TRUE(model->hidden(1));
    EXPECT_FALSE(model->hidden(0));
    QSignalSpy started(&channels, &OrganizeChannels::started);
    QSignalSpy reported(&channels, &OrganizeChannels::reported);
    const auto typed = [](const catalog::Stream& s, const QString& url) {
        return QVariantMap{{QStringLiteral("url"), url},
                           {QStringLiteral("projection"), QStringLiteral("equirect")},
                           {QStringLiteral("stereo"), QStringLiteral("mono")},
                           {QStringLiteral("language"), s.language},
                           {QStringLiteral("label"), s.label}};
    };

    // A new address for the main stream: its untouched "x-old" is not judged.
    channels.beginStreamEdit(QStringLiteral("a"), 0);
    channels.saveStream(QStringLiteral("a"), 0, typed(main, QStringLiteral("https://cdn2/a.m3u8")));
    EXPECT_EQ(started.size(), 1);
    // A language typed that is no tag is refused before anything is sent.
    QVariantMap bad = typed(fallback, fallback.url);
    bad.insert(QStringLiteral("language"), QStringLiteral("japanese!"));
    channels.beginStreamEdit(QStringLiteral("a"), 1);
    channels.saveStream(QStringLiteral("a"), 1, bad);
    EXPECT_EQ(started.size(), 1);
    EXPECT_TRUE(reported.last().at(0).toString().contains(QStringLiteral("pt-BR")));
    // Another organizer removed the main stream meanwhile: the fallback moved to place 0, and
    // place 1 is empty. The save and the removal say so and send nothing.
    channels.beginStreamEdit(QStringLiteral("a"), 1);
    c.channels[0].streams = {fallback};
    channels.update(&c);
    channels.saveStream(QStringLiteral("a"), 1,
                        typed(fallback, QStringLiteral("srt://backup2.example:9000")));
    EXPECT_EQ(started.size(), 1);
    EXPECT_TRUE(reported.last().at(0).toString().contains(QStringLiteral("a moment ago")));
    channels.removeStream(QStringLiteral("a"), 0, main.url);
    EXPECT_EQ(started.size(), 1);
    EXPECT_TRUE(reported.last().at(0).toString().contains(QStringLiteral("a moment ago")));
    // Nothing typed differs: nothing is sent, nothing said.
    const qsizetype said = reported.size();
    channels.beginStreamEdit(QStringLiteral("a"), 0);
    channels.saveStream(QStringLiteral("a"), 0, typed(fallback, fallback.url));
    EXPECT_EQ(started.size(), 1);
    EXPECT_EQ(reported.size(), said);
}

TEST(SessionEditModel, StartOrderTimesInTheEventsZoneAFilterAndAnEditInPlace) {
    catalog::Catalog c = twoRooms();
    c.event.timeZone = QTimeZone("Europe/Berlin");
    SessionEditModel model;
    model.update(&c);
    ASSERT_EQ(model.total(), int(c.sessions.size()));
    // Start order, whatever the catalog's order.
    QDateTime previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString start = model.fields(row)[QStringLiteral("start")].toString();
        const QDateTime at = QDateTime::fromString(start, QStringLiteral("yyyy-MM-dd HH:mm"));
        ASSERT_TRUE(at.isValid()) << start.toStdString();
        if (previous.isValid()) {
            EXPECT_LE(previous, at);
        }
        previous = at;
    }
    // Shown in the event's zone: 10:00 UTC in December is 11:00 in Berlin.
    const auto& first = c.sessions.at(1);  // a1, 10:00 UTC, 30 minutes
    EXPECT_EQ(model.fields(0)[QStringLiteral("start")].toString(),
              QStringLiteral("2026-12-07 11:00"));
    EXPECT_EQ(model.sessionId(0), QStringLiteral("a1")) << "same start: the catalog's order";
    EXPECT_EQ(model.fields(0)[QStringLiteral("duration")].toString(), QStringLiteral("0:30"));
    EXPECT_EQ(first.id, QStringLiteral("a1"));

    // Every word must match the title, the channel's name, the id or the day.
    model.setFilter(QStringLiteral("hall b"));
    int onB = 0;
    for (const auto& s : c.sessions) onB += s.channelId == QLatin1String("b");
    EXPECT_EQ(model.rowCount(), onB);
    model.setFilter(QStringLiteral("Talk a1"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.sessionId(0), QStringLiteral("a1"));

    // A retitled session updates its row in place; one that no longer matches leaves the list.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    for (auto& s : c.sessions)
        if (s.id == QLatin1String("a1")) s.title = QStringLiteral("Talk a1 (moved indoors)");
    model.update(&c);
    EXPECT_EQ(resets.size(), 0);
    EXPECT_EQ(changes.size(), 1);
    EXPECT_EQ(model.fields(0)[QStringLiteral("title")].toString(),
              QStringLiteral("Talk a1 (moved indoors)"));
    for (auto& s : c.sessions)
        if (s.id == QLatin1String("a1")) s.title = QStringLiteral("Opening");
    model.update(&c);
    EXPECT_EQ(model.rowCount(), 0);
    // The day as the Starts field shows it finds it too.
    model.setFilter(QStringLiteral("2026-12-07 Hall"));
    EXPECT_EQ(model.rowCount(), int(c.sessions.size()));
    // Sessions a schedule update kept only for the attendees (the source dropped them) are
    // left out of the organizer's list.
    model.setFilter(QString());
    for (auto& s : c.sessions)
        if (s.id == QLatin1String("a1")) s.keptByUpdate = s.cancelled = true;
    model.update(&c);
    EXPECT_EQ(model.total(), int(c.sessions.size()) - 1);
    EXPECT_EQ(model.rowOf(QStringLiteral("a1")), -1);
}

TEST(OrganizeSessions, TypedTimesAreTheEventsAClockChangeGapIsRefusedAndUntouchedFieldsStay) {
    OrganizeSessions sessions([]() -> room::AdminClient* { return nullptr; },
                              [](const room::AdminReply&) { return QString(); });
    catalog::Catalog c = twoRooms();
    c.event.timeZone = QTimeZone("Europe/Berlin");
    c.sessions[1].title = QStringLiteral("Talk  a1 \n(imported)");  // spacing as imported
    sessions.update(&c);
    QSignalSpy reported(&sessions, &OrganizeSessions::reported);
    const QVariantMap a1 = sessions.model()->fieldsOf(QStringLiteral("a1"));
    const QString a1Speakers = a1[QStringLiteral("speakers")].toString();
    const QString a1Topic = a1[QStringLiteral("topic")].toString();
    sessions.beginEdit(QStringLiteral("a1"));
    // Nothing typed: nothing is sent, not even the imported title "tidied".
    sessions.save(QStringLiteral("a1"), a1[QStringLiteral("title")].toString(),
                  a1[QStringLiteral("start")].toString(), a1[QStringLiteral("duration")].toString(),
                  QStringLiteral("a"), a1Speakers, a1Topic);
    ASSERT_EQ(reported.size(), 1);
    EXPECT_EQ(reported.last().at(0).toString(), QStringLiteral("Nothing changed."));
    EXPECT_FALSE(reported.last().at(1).toBool());
    // 02:30 on the last Sunday of March does not exist in Berlin.
    sessions.save(QStringLiteral("a1"), a1[QStringLiteral("title")].toString(),
                  QStringLiteral("2027-03-28 02:30"), a1[QStringLiteral("duration")].toString(),
                  QStringLiteral("a"), a1Speakers, a1Topic);
    ASSERT_EQ(reported.size(), 2);
    EXPECT_TRUE(reported.last().at(1).toBool());
    EXPECT_TRUE(reported.last().at(0).toString().contains(QStringLiteral("Europe/Berlin")))
        << reported.last().at(0).toString().toStdString();
    for (const char* bad :
         {"tonight", "2027-03-28T10:00", "2027-02-30 10:00", "2027-03-28 25:00"}) {
        sessions.save(QStringLiteral("a1"), a1[QStringLiteral("title")].toString(),
                      QLatin1String(bad), a1[QStringLiteral("duration")].toString(),
                      QStringLiteral("a"), a1Speakers, a1Topic);
        EXPECT_TRUE(reported.last().at(0).toString().contains(QStringLiteral("year-month-day")))
            << bad;
    }
    for (const char* bad : {"0:00", "soon", "9000:00"}) {
        sessions.save(QStringLiteral("a1"), a1[QStringLiteral("title")].toString(),
                      a1[QStringLiteral("start")].toString(), QLatin1String(bad),
                      QStringLiteral("a"), a1Speakers, a1Topic);
        EXPECT_TRUE(reported.last().at(0).toString().contains(QStringLiteral("hours:minutes")))
            << bad;
    }
    sessions.save(QStringLiteral("a1"), a1[QStringLiteral("title")].toString(),
                  a1[QStringLiteral("start")].toString(), a1[QStringLiteral("duration")].toString(),
                  QStringLiteral("nowhere"), a1Speakers, a1Topic);
    EXPECT_TRUE(reported.last().at(0).toString().contains(QStringLiteral("channel")));
}

TEST(OrganizeSessions, SpeakersAreTypedByNameMatchedInAnyCaseAndANewNameGetsANewUniqueId) {
    catalog::Catalog c = twoRooms();
    const auto speaker = [](const char* id, const char* name) {
        catalog::Speaker p;
        p.id = QLatin1String(id);
        p.name = QLatin1String(name);
        return p;
    };
    // Two speakers of one name; one whose name has a comma of its own.
    c.speakers = {speaker("ada", "Ada Lovelace"), speaker("grace", "Grace Hopper"),
                  speaker("ada-lovelace", "Ada Lovelace"), speaker("smith", "Smith, John"),
                  speaker("bob", "Bob")};
    c.topics = {catalog::Topic{QStringLiteral("music"), QStringLiteral("Music"), QString()}};
    c.sessions[1].speakerIds = {QStringLiteral("grace"), QStringLiteral("ada-lovelace")};  // a1
    c.sessions[1].topicId = QStringLiteral("music");

    // The fields carry the speakers' names joined, in the session's order, and the topic's id;
    // the filter finds a session by a speaker's name.
    SessionEditModel model;
    model.update(&c);
    const QVariantMap a1 = model.fieldsOf(QStringLiteral("a1"));
    EXPECT_EQ(a1[QStringLiteral("speakers")].toString(),
              QStringLiteral("Grace Hopper, Ada Lovelace"));
    EXPECT_EQ(a1[QStringLiteral("speakerIds")].toStringList(),
              (QStringList{QStringLiteral("grace"), QStringLiteral("ada-lovelace")}));
    EXPECT_EQ(a1[QStringLiteral("topic")].toString(), QStringLiteral("music"));
    EXPECT_EQ(model.fieldsOf(QStringLiteral("a2"))[QStringLiteral("speakers")].toString(),
              QString());
    EXPECT_EQ(
        model.data(model.index(model.rowOf(QStringLiteral("a1"))), SessionEditModel::SpeakersRole)
            .toString(),
        QStringLiteral("Grace Hopper, Ada Lovelace"));
    model.setFilter(QStringLiteral("hopper"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.sessionId(0), QStringLiteral("a1"));

    // Any case and spacing; of two of one name, the one the session has; empty names and
    // repeats left out; new names are new speakers with ids of their own ("ada" is taken).
    const QStringList current{QStringLiteral("grace"), QStringLiteral("ada-lovelace")};
    const TypedSpeakers typed = OrganizeSessions::typedSpeakers(
        QStringLiteral("  grace HOPPER, ada  lovelace,, Bob, New Person, new person, Grace "
                       "Hopper, Ada"),
        c.speakers, current);
    EXPECT_EQ(typed.ids, (QStringList{QStringLiteral("grace"), QStringLiteral("ada-lovelace"),
                                      QStringLiteral("bob"), QStringLiteral("new-person"),
                                      QStringLiteral("ada-2")}));
    EXPECT_EQ(typed.names, (QStringList{QStringLiteral("Grace Hopper"),
                                        QStringLiteral("Ada Lovelace"), QStringLiteral("Bob"),
                                        QStringLiteral("New Person"), QStringLiteral("Ada")}));
    ASSERT_EQ(typed.added.size(), 2);
    EXPECT_EQ(typed.added.at(0).id, QStringLiteral("new-person"));
    EXPECT_EQ(typed.added.at(0).name, QStringLiteral("New Person"));
    EXPECT_EQ(typed.added.at(1).id, QStringLiteral("ada-2"));
    // Not the session's: the first of that name.
    EXPECT_EQ(OrganizeSessions::typedSpeakers(QStringLiteral("ADA LOVELACE"), c.speakers).ids,
              QStringList{QStringLiteral("ada")});
    // A name with its own comma is one speaker, not two new ones.
    const TypedSpeakers comma =
        OrganizeSessions::typedSpeakers(QStringLiteral("Bob, smith,  john"), c.speakers);
    EXPECT_EQ(comma.ids, (QStringList{QStringLiteral("bob"), QStringLiteral("smith")}));
    EXPECT_TRUE(comma.added.isEmpty());
    EXPECT_TRUE(OrganizeSessions::typedSpeakers(QStringLiteral(" , "), c.speakers).ids.isEmpty());
    // The ids, as a new channel's are made.
    const auto taken = [&](const QString& id) {
        return std::any_of(c.speakers.cbegin(), c.speakers.cend(),
                           [&](const catalog::Speaker& p) { return p.id == id; });
    };
    EXPECT_EQ(idFromName(QStringLiteral("Grace Hopper"), taken, QStringLiteral("speaker")),
              QStringLiteral("grace-hopper"));
    EXPECT_EQ(idFromName(QStringLiteral("Ada Lovelace"), taken, QStringLiteral("speaker")),
              QStringLiteral("ada-lovelace-2"));
    EXPECT_EQ(idFromName(QStringLiteral("!!!"), taken, QStringLiteral("speaker")),
              QStringLiteral("speaker"));

    // Saving: the same names in another case or spacing change nothing; the topic is one of the
    // choices ("No topic" first).
    OrganizeSessions sessions([]() -> room::AdminClient* { return nullptr; },
                              [](const room::AdminReply&) { return QString(); });
    sessions.update(&c);
    ASSERT_EQ(sessions.topicChoices().size(), 2);
    EXPECT_EQ(sessions.topicChoices().at(0).toMap()[QStringLiteral("id")].toString(), QString());
    EXPECT_EQ(sessions.topicChoices().at(1).toMap()[QStringLiteral("name")].toString(),
              QStringLiteral("Music"));
    QSignalSpy reported(&sessions, &OrganizeSessions::reported);
    QSignalSpy started(&sessions, &OrganizeSessions::started);
    sessions.beginEdit(QStringLiteral("a1"));
    const QString title = a1[QStringLiteral("title")].toString();
    const QString start = a1[QStringLiteral("start")].toString();
    const QString length = a1[QStringLiteral("duration")].toString();
    sessions.save(QStringLiteral("a1"), title, start, length, QStringLiteral("a"),
                  QStringLiteral("grace hopper,Ada   Lovelace"), QStringLiteral("music"));
    ASSERT_EQ(reported.size(), 1);
    EXPECT_EQ(reported.last().at(0).toString(), QStringLiteral("Nothing changed."));
    sessions.save(QStringLiteral("a1"), title, start, length, QStringLiteral("a"),
                  a1[QStringLiteral("speakers")].toString(), QStringLiteral("nowhere"));
    ASSERT_EQ(reported.size(), 2);
    EXPECT_TRUE(reported.last().at(1).toBool());
    EXPECT_TRUE(reported.last().at(0).toString().contains(QStringLiteral("topic")));
    // A new speaker and no topic pass the checks; without a client nothing is sent.
    sessions.save(QStringLiteral("a1"), title, start, length, QStringLiteral("a"),
                  QStringLiteral("Grace Hopper, Someone New"), QString());
    EXPECT_EQ(reported.size(), 2);
    EXPECT_EQ(started.size(), 0);
}

TEST(ChannelEditModel, EachRowCarriesItsRoomsRulesInWordsAndAChangedRuleUpdatesItInPlace) {
    catalog::Catalog c = twoRooms();
    ChannelEditModel model;
    model.update(&c);
    EXPECT_TRUE(model.roomRules(0).isDefault());
    EXPECT_EQ(model.data(model.index(0), ChannelEditModel::RoomRulesTextRole).toString(),
              QStringLiteral("Open"));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    c.channels[1].room = catalog::RoomRules{true, 30, true};
    model.update(&c);
    EXPECT_EQ(resets.size(), 0);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.first().at(0).value<QModelIndex>().row(), 1);
    EXPECT_TRUE(model.data(model.index(1), ChannelEditModel::ClosedRole).toBool());
    EXPECT_TRUE(model.data(model.index(1), ChannelEditModel::SignedInOnlyRole).toBool());
    EXPECT_EQ(model.data(model.index(1), ChannelEditModel::SlowModeSecondsRole).toInt(), 30);
    const QString words =
        model.data(model.index(1), ChannelEditModel::RoomRulesTextRole).toString();
    EXPECT_TRUE(words.startsWith(QStringLiteral("Closed"))) << words.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("signed-in"))) << words.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("30 s"))) << words.toStdString();
}

TEST(RoleHolderModel, ARoomsOwnModeratorsByAddressThenThoseOfTheWholeEvent) {
    const auto holder = [](const char* email, const char* role, const char* room) {
        return QJsonObject{{QStringLiteral("account"), QStringLiteral("a_") + QLatin1String(email)},
                           {QStringLiteral("email"), QLatin1String(email)},
                           {QStringLiteral("name"), QString()},
                           {QStringLiteral("role"), QLatin1String(role)},
                           {QStringLiteral("room"), QLatin1String(room)}};
    };
    RoleHolderModel model;
    model.setRoles(QJsonArray{holder("zoe@example.org", "moderator", "a"),
                              holder("ada@example.org", "admin", "*"),
                              holder("bob@example.org", "moderator", "b"),
                              holder("Carl@example.org", "moderator", "a")},
                   QStringLiteral("a"));
    ASSERT_EQ(model.rowCount(), 3) << "b's moderator is not a's";
    EXPECT_EQ(model.email(0), QStringLiteral("Carl@example.org"));
    EXPECT_EQ(model.email(1), QStringLiteral("zoe@example.org"));
    EXPECT_EQ(model.email(2), QStringLiteral("ada@example.org"));
    EXPECT_TRUE(model.data(model.index(2), RoleHolderModel::EventWideRole).toBool());
    EXPECT_EQ(model.data(model.index(0), RoleHolderModel::DetailRole).toString(),
              QStringLiteral("Moderator of this room"));
    EXPECT_EQ(model.rowOf(QStringLiteral("carl@example.org"), QStringLiteral("a")), 0);
    EXPECT_EQ(model.rowOf(QStringLiteral("bob@example.org"), QStringLiteral("b")), -1);
    EXPECT_EQ(model.roleRoom(2), QStringLiteral("*"));
}

TEST(BanListModel, ABanSaysWhoseChannelsRoomItIsIn) {
    BanListModel model;
    const QString saal = omk::protocol::roomOfChannel(QStringLiteral("Saal 1"));
    model.setEntries(QJsonArray{QJsonObject{{QStringLiteral("room"), saal},
                                            {QStringLiteral("user"), QStringLiteral("g_x")},
                                            {QStringLiteral("kind"), QStringLiteral("ban")}}});
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.data(model.index(0), BanListModel::RoomNameRole).toString(), saal);
    model.setRoomNames({{saal, QStringLiteral("Saal 1")}});
    EXPECT_EQ(model.data(model.index(0), BanListModel::RoomNameRole).toString(),
              QStringLiteral("Saal 1"));
    EXPECT_EQ(model.room(0), saal);  // a lift names the room's id
}

TEST(OrganizeRooms, SlowModeChoicesAndWhatIsRefusedBeforeAnyRequest) {
    ChannelEditModel channels;
    catalog::Catalog c = twoRooms();
    channels.update(&c);
    OrganizeRooms rooms([]() -> room::AdminClient* { return nullptr; },
                        [](const room::AdminReply&) { return QString(); }, &channels);
    const QVariantList choices = rooms.slowModeChoices();
    ASSERT_GE(choices.size(), 4);
    EXPECT_EQ(choices.first().toMap().value(QStringLiteral("seconds")).toInt(), 0);
    EXPECT_EQ(rooms.slowModeChoiceOf(0), 0);
    EXPECT_EQ(
        choices.at(rooms.slowModeChoiceOf(30)).toMap().value(QStringLiteral("seconds")).toInt(),
        30);
    // A value set elsewhere (45 s) shows as the nearest choice not above it.
    EXPECT_EQ(
        choices.at(rooms.slowModeChoiceOf(45)).toMap().value(QStringLiteral("seconds")).toInt(),
        30);

    QSignalSpy started(&rooms, &OrganizeRooms::started);
    QSignalSpy reported(&rooms, &OrganizeRooms::reported);
    rooms.setClosed(QStringLiteral("gone"), true);
    ASSERT_EQ(reported.size(), 1);
    EXPECT_TRUE(reported.last().at(1).toBool());
    rooms.setClosed(QStringLiteral("a"), false);  // open already: nothing to send, nothing said
    EXPECT_EQ(reported.size(), 1);
    rooms.setSlowMode(QStringLiteral("a"), 7200);
    EXPECT_EQ(reported.size(), 2);
    EXPECT_TRUE(reported.last().at(0).toString().contains(QStringLiteral("3600")));
    rooms.grantModerator(QStringLiteral("a"), QStringLiteral("not an address"));
    EXPECT_EQ(reported.size(), 3);
    EXPECT_TRUE(reported.last().at(0).toString().contains(QStringLiteral("e-mail")));
    rooms.revoke(QString(), QStringLiteral("moderator"), QStringLiteral("a"));  // no one picked
    EXPECT_EQ(reported.size(), 4);
    // A role for the whole event is not taken back from a room's page.
    rooms.revoke(QStringLiteral("ada@example.org"), QStringLiteral("admin"), QStringLiteral("*"));
    EXPECT_EQ(reported.size(), 5);
    EXPECT_TRUE(reported.last().at(0).toString().contains(QStringLiteral("whole event")));
    EXPECT_EQ(started.size(), 0);
}

TEST(ImportPreviewModel, APreviewsChangesAreRowsInSectionsWithTheirWords) {
    const QJsonObject changes = QJsonDocument::fromJson(R"({
        "event": ["title", "time_zone"],
        "channels": {"added": [{"id": "c", "title": "Hall C"}],
                     "changed": [{"id": "a", "title": "Hall A", "fields": ["name"]}],
                     "kept": [{"id": "b", "title": "Hall B", "reason": "not_in_schedule"}]},
        "sessions": {
            "added": [{"id": "n1", "title": "New talk", "channel": "c",
                       "start": "2026-12-07T09:00:00Z"}],
            "changed": [{"id": "a1", "title": "Talk a1, retitled", "channel": "a",
                         "start": "2026-12-07T11:00:00Z",
                         "fields": ["title", "start", "channel", "start"]}],
            "removed": [{"id": "a3", "title": "Talk a3", "channel": "a",
                         "start": "2026-12-07T12:00:00Z"}],
            "kept": [{"id": "a2", "title": "Talk a2", "reason": "on_air"},
                     {"id": "b2", "title": "Talk b2", "reason": "removed_here"}]},
        "speakers": {"added": [{"id": "s1", "title": "Ada"}, {"id": "s2", "title": "Grace"}],
                     "removed": [{"id": "s3", "title": "Alan"}]}
    })")
                                    .object();
    ASSERT_FALSE(changes.isEmpty());
    ImportPreviewModel model;
    QSignalSpy counts(&model, &ImportPreviewModel::countChanged);
    const QHash<QString, QString> names{{QStringLiteral("a"), QStringLiteral("Hall A")},
                                        {QStringLiteral("b"), QStringLiteral("Hall B")}};
    model.setChanges(changes, names, QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    EXPECT_EQ(counts.size(), 1);
    ASSERT_EQ(model.rowCount(), 10);
    const QHash<int, QByteArray> roles = model.roleNames();
    EXPECT_EQ(roles.value(ImportPreviewModel::SectionRole), "section");
    EXPECT_EQ(roles.value(ImportPreviewModel::TitleRole), "title");
    EXPECT_EQ(roles.value(ImportPreviewModel::DetailRole), "detail");
    const auto heading = [&](int row) {
        return model.data(model.index(row), ImportPreviewModel::SectionRole).toString();
    };

    // In the list's order: the event, sessions (new, changed, removed, kept), rooms, people.
    const QList<ImportPreviewModel::Section> order{
        ImportPreviewModel::EventDetails,    ImportPreviewModel::NewSessions,
        ImportPreviewModel::ChangedSessions, ImportPreviewModel::RemovedSessions,
        ImportPreviewModel::KeptSessions,    ImportPreviewModel::KeptSessions,
        ImportPreviewModel::NewRooms,        ImportPreviewModel::ChangedRooms,
        ImportPreviewModel::LeftRooms,       ImportPreviewModel::People};
    for (int row = 0; row < model.rowCount(); ++row) EXPECT_EQ(model.section(row), order.at(row));
    EXPECT_EQ(model.rowsIn(ImportPreviewModel::NewSessions), 1);
    EXPECT_EQ(model.rowsIn(ImportPreviewModel::ChangedSessions), 1);
    EXPECT_EQ(model.rowsIn(ImportPreviewModel::KeptSessions), 2);
    EXPECT_EQ(model.rowsIn(ImportPreviewModel::SectionCount), 0);

    EXPECT_EQ(model.title(0), QStringLiteral("Event details changed"));
    EXPECT_EQ(model.detail(0), QStringLiteral("title, time zone"));
    // A new session in a new room: the room by the name the schedule gives it; the time in the
    // event's zone.
    EXPECT_EQ(heading(1), QStringLiteral("New sessions (1)"));
    EXPECT_EQ(model.title(1), QStringLiteral("New talk"));
    EXPECT_TRUE(model.detail(1).contains(QStringLiteral("10:00"))) << model.detail(1).toStdString();
    EXPECT_TRUE(model.detail(1).endsWith(QStringLiteral("Hall C")))
        << model.detail(1).toStdString();
    // A changed one: which fields, in words, once each.
    EXPECT_EQ(heading(2), QStringLiteral("Changed sessions (1)"));
    EXPECT_EQ(model.data(model.index(2), ImportPreviewModel::ItemIdRole).toString(),
              QStringLiteral("a1"));
    EXPECT_TRUE(model.detail(2).startsWith(QStringLiteral("Changed: title, time, room · ")))
        << model.detail(2).toStdString();
    EXPECT_TRUE(model.detail(2).endsWith(QStringLiteral("12:00, Hall A")))
        << model.detail(2).toStdString();
    EXPECT_EQ(heading(3), QStringLiteral("Removed sessions (1)"));
    // Kept, and why.
    EXPECT_EQ(heading(4), QStringLiteral("Kept (2)"));
    EXPECT_EQ(heading(5), heading(4)) << "one section for both";
    EXPECT_TRUE(model.detail(4).contains(QStringLiteral("On air")))
        << model.detail(4).toStdString();
    EXPECT_TRUE(model.detail(5).contains(QStringLiteral("stays removed")))
        << model.detail(5).toStdString();
    EXPECT_EQ(heading(6), QStringLiteral("New rooms (1)"));
    EXPECT_EQ(model.detail(7), QStringLiteral("Changed: name"));
    EXPECT_EQ(heading(8), QStringLiteral("Rooms no longer in the schedule (1)"));
    EXPECT_TRUE(model.detail(8).contains(QStringLiteral("never removes a room")))
        << model.detail(8).toStdString();
    EXPECT_EQ(model.title(9), QStringLiteral("Speakers"));
    EXPECT_EQ(model.detail(9), QStringLiteral("2 new, 1 removed"));

    // Every new, changed and removed item, and the event as one: kept ones are no change.
    EXPECT_EQ(ImportPreviewModel::changeCount(changes), 1 + 2 + 3 + 3);
    EXPECT_EQ(ImportPreviewModel::changeCount({}), 0);

    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.rowsIn(ImportPreviewModel::NewSessions), 0);
    EXPECT_EQ(counts.size(), 2);
}

TEST(OrganizeImport, TheServersStatusAndAnswersInWordsAndWhatIsRefusedBeforeAnyRequest) {
    const QString url = QStringLiteral("https://pretalx.example/con/schedule/export/schedule.xml");
    EXPECT_EQ(OrganizeImport::statusSentence(QJsonObject{{QStringLiteral("url"), QString()},
                                                         {QStringLiteral("every_minutes"), 5}},
                                             QTimeZone::utc()),
              QStringLiteral("Not checked automatically."));
    EXPECT_EQ(OrganizeImport::statusSentence(
                  QJsonObject{{QStringLiteral("url"), url}, {QStringLiteral("every_minutes"), 0}},
                  QTimeZone::utc()),
              QStringLiteral("Not checked automatically."));
    EXPECT_EQ(OrganizeImport::statusSentence(QJsonObject{{QStringLiteral("url"), url},
                                                         {QStringLiteral("every_minutes"), 5},
                                                         {QStringLiteral("last"), QJsonValue()}},
                                             QTimeZone::utc()),
              QStringLiteral("Checked automatically every 5 min; not checked yet."));
    // 14:05 UTC is said as the event's time: 23:05 in Tokyo.
    const qint64 at =
        QDateTime(QDate(2026, 12, 7), QTime(14, 5), QTimeZone::utc()).toMSecsSinceEpoch();
    const auto checked = [&](QJsonObject last) {
        last.insert(QStringLiteral("checked_ms"), at);
        return OrganizeImport::statusSentence(QJsonObject{{QStringLiteral("url"), url},
                                                          {QStringLiteral("every_minutes"), 5},
                                                          {QStringLiteral("last"), last}},
                                              QTimeZone("Asia/Tokyo"));
    };
    EXPECT_EQ(checked({{QStringLiteral("result"), QStringLiteral("applied")},
                       {QStringLiteral("version"), 12}}),
              QStringLiteral(
                  "Checked automatically every 5 min; last check 23:05: imported as version 12"));
    EXPECT_EQ(checked({{QStringLiteral("result"), QStringLiteral("unchanged")}}),
              QStringLiteral("Checked automatically every 5 min; last check 23:05: nothing new"));
    EXPECT_EQ(checked({{QStringLiteral("result"), QStringLiteral("failed")},
                       {QStringLiteral("message"), QStringLiteral("HTTP 404 from the host")}}),
              QStringLiteral("Checked automatically every 5 min; last check 23:05: failed: HTTP "
                             "404 from the host"));

    // The import's answer: its version and how many changes it brought.
    const QJsonObject answer =
        QJsonDocument::fromJson(R"({"version": 8, "etag": "\"8-ab\"", "unchanged": false,
            "changes": {"sessions": {"added": [{"id": "n"}], "changed": [{"id": "a"}],
                                     "kept": [{"id": "k", "reason": "on_air"}]},
                        "topics": {"removed": [{"id": "t"}]}}})")
            .object();
    EXPECT_EQ(OrganizeImport::appliedSentence(answer),
              QStringLiteral("Imported: version 8 (3 changes)"));
    EXPECT_TRUE(OrganizeImport::appliedSentence(QJsonObject{{QStringLiteral("version"), 8},
                                                            {QStringLiteral("unchanged"), true}})
                    .contains(QStringLiteral("nothing new")));

    // Refusals: a schedule or catalog changed since the preview says to preview again; the
    // schedule's own trouble is the server's sentence; the rest as the Organize view says it.
    OrganizeImport importer([]() -> room::AdminClient* { return nullptr; },
                            [](const room::AdminReply&) { return QStringLiteral("described"); });
    const auto refusal = [&](const char* code, const char* message) {
        return importer.refusal(
            room::AdminReply{false, {}, QLatin1String(code), QLatin1String(message)});
    };
    EXPECT_EQ(refusal("source_changed", "x"),
              QStringLiteral("The schedule changed since the preview: preview again."));
    EXPECT_EQ(refusal("version_conflict", "x"),
              QStringLiteral(
                  "The catalog changed since the preview (someone edited it): preview again."));
    EXPECT_EQ(refusal("schedule_unreachable", "Cannot reach pretalx.example: timed out"),
              QStringLiteral("Cannot reach pretalx.example: timed out"));
    EXPECT_EQ(refusal("schedule_unreadable", "line 3: not a frab schedule"),
              QStringLiteral("line 3: not a frab schedule"));
    EXPECT_EQ(refusal("bad_request", "url: not an http(s) address"),
              QStringLiteral("url: not an http(s) address"));
    EXPECT_EQ(refusal("forbidden", "x"), QStringLiteral("described"));

    // Before any request: an address that is not http(s), an import without a preview.
    QSignalSpy started(&importer, &OrganizeImport::started);
    QSignalSpy reported(&importer, &OrganizeImport::reported);
    EXPECT_FALSE(importer.canApply());
    importer.setUrl(QStringLiteral("ftp://pretalx.example/schedule.xml"));
    importer.preview();
    ASSERT_EQ(reported.size(), 1);
    EXPECT_TRUE(reported.last().at(1).toBool());
    EXPECT_TRUE(reported.last().at(0).toString().contains(QStringLiteral("https://")));
    importer.apply();
    ASSERT_EQ(reported.size(), 2);
    EXPECT_TRUE(reported.last().at(1).toBool());
    EXPECT_TRUE(reported.last().at(0).toString().startsWith(QStringLiteral("Preview first")));
    // Not an admin (no client): nothing is sent.
    importer.setUrl(url);
    importer.preview();
    EXPECT_EQ(started.size(), 0);
    EXPECT_FALSE(importer.busy());
    EXPECT_FALSE(importer.previewed());
}
