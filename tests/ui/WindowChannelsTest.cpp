// The window at real conference size, under Xvfb: generated events of 1, 5, 40 and 150 rooms
// with 2,000 sessions (the shape of a big congress's frab export: long room names in several
// languages, most rooms without a stream). Every visible tab keeps a readable width, the strip
// scrolls, the channel finder finds a room by a substring, a room without a stream says why and
// shows no transport, a still picture shows no transport and a live stream a LIVE pill instead
// of a seek bar. Screenshots of these states go to docs/images when OMNIKAST_UPDATE_DOCS_IMAGES=1.
#include "catalog/OmnikastCatalogFormat.h"
#include "support/LargeEvent.h"
#include "support/LiveHls.h"
#include "support/TestClip.h"
#include "support/WindowItems.h"
#include "ui/EventController.h"
#include "ui/LanguageController.h"
#include "ui/PlayerController.h"
#include "ui/ScheduleModel.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QImage>
#include <QPropertyAnimation>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <algorithm>
#include <functional>
#include <iostream>
#include <mutex>
#include <vector>

namespace {

QString channelsDir() {
    const QString dir = QStringLiteral(OMNIKAST_TEST_TMP "/ui-channels");
    QDir().mkpath(dir);
    return dir;
}

QString clip() {
    return omk::ui::test::encodeClip(channelsDir() + QStringLiteral("/room.mp4"),
                                     QStringLiteral("testsrc2=size=512x256:rate=25:duration=4"));
}

using omk::ui::test::roomName;

QString writeEvent(int rooms, int sessions, const QString& name) {
    return omk::ui::test::writeLargeEvent(channelsDir() + u'/' + name, rooms, sessions,
                                          QUrl::fromLocalFile(clip()).toString());
}

using omk::ui::test::collectNamed;
using omk::ui::test::findNamed;

void saveShot(const QImage& image, const QString& name) {
    omk::ui::test::saveShot(image, channelsDir(), QStringLiteral(OMNIKAST_DOCS_IMAGES), name);
}

// Whether an item and all its ancestors are visible (what a user can see, not only the flag).
bool shown(QQuickItem* item) {
    return item && item->isVisible() && item->width() > 0 && item->height() > 0;
}

class Window {
public:
    explicit Window(const QVariantMap& properties) {
        m_engine.setInitialProperties(properties);
        m_engine.load(QUrl(QStringLiteral("qrc:/Omnikast/Main.qml")));
        if (!m_engine.rootObjects().isEmpty())
            window = qobject_cast<QQuickWindow*>(m_engine.rootObjects().first());
        if (window) {
            event = window->property("eventController").value<omk::ui::EventController*>();
            player = window->property("playerController").value<omk::ui::PlayerController*>();
        }
    }
    bool show(int width = 1280, int height = 720) {
        if (!window) return false;
        window->resize(width, height);
        if (!QTest::qWaitForWindowExposed(window)) return false;
        window->requestActivate();
        (void)QTest::qWaitForWindowActive(window, 3000);
        QTest::qWait(300);  // layouts settle on the next polish
        return true;
    }
    QQuickItem* item(const char* name) const {
        return findNamed(window->contentItem(), QString::fromLatin1(name));
    }
    QObject* finder() const { return window->findChild<QObject*>(QStringLiteral("channelFinder")); }

    QQuickWindow* window = nullptr;
    omk::ui::EventController* event = nullptr;
    omk::ui::PlayerController* player = nullptr;

private:
    QQmlApplicationEngine m_engine;
};

QVariantMap eventProperties(const QString& path) {
    return {{QStringLiteral("source"), QString()}, {QStringLiteral("eventSource"), path}};
}

}  // namespace

TEST(WindowChannels, TabsStayReadableAndTheStripScrollsAtAnyCount) {
    for (const int rooms : {1, 5, 40, 150}) {
        SCOPED_TRACE(std::to_string(rooms) + " rooms");
        Window w(
            eventProperties(writeEvent(rooms, 2000, QStringLiteral("rooms-%1.json").arg(rooms))));
        ASSERT_NE(w.event, nullptr);
        ASSERT_TRUE(QTest::qWaitFor([&] { return w.event->loaded(); }, 10000))
            << w.event->errorString().toStdString();
        ASSERT_TRUE(w.show());
        QQuickItem* strip = w.item("channelStrip");
        ASSERT_NE(strip, nullptr);
        const QQuickItem* bar = strip->parentItem()->parentItem();
        const double minWidth = bar->property("minTabWidth").toDouble();
        ASSERT_GT(minWidth, 100);

        // Every tab in view is at least the minimum width, and its name label is wide enough
        // for the room name's first word: nothing is squeezed to a sliver.
        QList<QQuickItem*> tabs;
        collectNamed(strip, QStringLiteral("channelTab"), &tabs);
        const double left = strip->property("contentX").toDouble();
        int inView = 0;
        for (QQuickItem* tab : std::as_const(tabs)) {
            if (!tab->isVisible() || tab->x() + tab->width() <= left ||
                tab->x() >= left + strip->width())
                continue;
            ++inView;
            EXPECT_GE(tab->width(), minWidth - 0.5);
            QQuickItem* label = findNamed(tab, QStringLiteral("channelTabName"));
            ASSERT_NE(label, nullptr);
            // "3  Sala 3 de …": the number (Alt+3) and the name's first word.
            const QString text = label->property("text").toString();
            static const QRegularExpression head(QStringLiteral("^(\\d+  )?\\S+"));
            const QString prefix = head.match(text).captured(0);
            ASSERT_FALSE(prefix.isEmpty());
            const QFontMetricsF metrics(label->property("font").value<QFont>());
            // The word and the ellipsis an elided label ends in.
            EXPECT_GE(label->width() + 0.5, metrics.horizontalAdvance(prefix + QChar(0x2026)))
                << "\"" << text.toStdString() << "\" is elided inside its first word";
        }
        EXPECT_GE(inView, std::min(rooms, 3));

        const bool overflows = strip->property("contentWidth").toDouble() > strip->width() + 1;
        // One room never scrolls; forty at this width always do. (Five share the width, and
        // scroll a little only where a long first word makes a tab wider than its share.)
        if (rooms == 1) {
            EXPECT_FALSE(overflows);
        }
        if (rooms >= 40) {
            EXPECT_TRUE(overflows);
        }
        QQuickItem* forward = w.item("tabsForward");
        ASSERT_NE(forward, nullptr);
        EXPECT_EQ(forward->isVisible(), overflows);
        if (overflows) {
            // A mouse wheel over the strip turns it sideways.
            const QPointF at = strip->mapToScene(QPointF(strip->width() / 2, strip->height() / 2));
            QWheelEvent wheel(at, at, QPoint(), QPoint(0, -360), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(w.window, &wheel);
            EXPECT_TRUE(QTest::qWaitFor(
                [&] { return strip->property("contentX").toDouble() > left + 10; }, 2000));
            // And stays where the user put it: the current tab does not pull it back.
            const double scrolled = strip->property("contentX").toDouble();
            QTest::qWait(400);
            EXPECT_DOUBLE_EQ(strip->property("contentX").toDouble(), scrolled);
            // The last room, picked from outside the strip, is scrolled into view.
            w.event->selectChannel(rooms - 1);
            ASSERT_TRUE(QTest::qWaitFor(
                [&] {
                    auto* current = strip->property("currentItem").value<QQuickItem*>();
                    const double x = strip->property("contentX").toDouble();
                    return current && current->x() >= x - 0.5 &&
                           current->x() + current->width() <= x + strip->width() + 0.5;
                },
                3000));
        }
        // The keys still pick rooms at any count.
        if (rooms >= 9) {
            QTest::keyClick(w.window, Qt::Key_9, Qt::AltModifier);
            EXPECT_EQ(w.event->currentChannel(), 8);
            QTest::keyClick(w.window, Qt::Key_Tab, Qt::ControlModifier);
            EXPECT_EQ(w.event->currentChannel(), 9);
        }
        if (rooms == 150) saveShot(w.window->grabWindow(), QStringLiteral("channels-150.png"));
    }
}

TEST(WindowChannels, TheFinderFindsARoomBySubstringAndFilters) {
    Window w(eventProperties(writeEvent(150, 2000, QStringLiteral("finder-150.json"))));
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.event && w.event->loaded(); }, 10000));
    ASSERT_TRUE(w.show());
    QObject* finder = w.finder();
    ASSERT_NE(finder, nullptr);

    // Ctrl+K opens it with the cursor in the search field; a plain spelling finds "Zürich".
    QTest::keyClick(w.window, Qt::Key_K, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return finder->property("opened").toBool(); }, 3000));
    auto* filtered = finder->property("filtered").value<QObject*>();
    ASSERT_NE(filtered, nullptr);
    EXPECT_EQ(filtered->property("count").toInt(), 150);
    for (const char c : std::string("saal 101 zurich")) QTest::keyClick(w.window, c);
    EXPECT_EQ(finder->property("query").toString(), QStringLiteral("saal 101 zurich"));
    ASSERT_EQ(filtered->property("count").toInt(), 1);
    saveShot(w.window->grabWindow(), QStringLiteral("channel-finder.png"));
    QTest::keyClick(w.window, Qt::Key_Return);
    EXPECT_EQ(w.event->currentChannel(), 100);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !finder->property("visible").toBool(); }, 3000));

    // "/" opens it too; "Live now" keeps the rooms with a stream and a session on now (one in
    // three here), and rooms with a stream come first.
    QTest::keyClick(w.window, Qt::Key_Slash);
    ASSERT_TRUE(QTest::qWaitFor([&] { return finder->property("opened").toBool(); }, 3000));
    EXPECT_TRUE(finder->property("query").toString().isEmpty());
    auto* model = qobject_cast<QAbstractItemModel*>(filtered);
    ASSERT_NE(model, nullptr);
    EXPECT_TRUE(model->index(0, 0).data(omk::ui::ChannelListModel::HasStreamRole).toBool());
    EXPECT_EQ(model->index(0, 0).data(omk::ui::ChannelListModel::ChannelIndexRole).toInt(), 1);
    QQuickItem* liveOnly = w.item("finderLiveOnly");
    if (!liveOnly)
        liveOnly = findNamed(qvariant_cast<QQuickItem*>(finder->property("contentItem")),
                             QStringLiteral("finderLiveOnly"));
    ASSERT_NE(liveOnly, nullptr);
    liveOnly->setProperty("checked", true);
    EXPECT_EQ(filtered->property("count").toInt(), 50);

    // A starred room is the only one under "Starred".
    liveOnly->setProperty("checked", false);
    w.event->starredChannels()->toggle(QStringLiteral("room-7"));
    QQuickItem* starredOnly = findNamed(qvariant_cast<QQuickItem*>(finder->property("contentItem")),
                                        QStringLiteral("finderStarredOnly"));
    ASSERT_NE(starredOnly, nullptr);
    starredOnly->setProperty("checked", true);
    ASSERT_EQ(filtered->property("count").toInt(), 1);
    EXPECT_EQ(model->index(0, 0).data(omk::ui::ChannelListModel::ChannelIdRole).toString(),
              QStringLiteral("room-7"));
    w.event->starredChannels()->toggle(QStringLiteral("room-7"));
    EXPECT_EQ(filtered->property("count").toInt(), 0);
    QTest::keyClick(w.window, Qt::Key_Escape);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !finder->property("visible").toBool(); }, 3000));
    // The keys are the video's again.
    QQuickItem* video = w.item("videoView");
    ASSERT_NE(video, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return video->hasActiveFocus(); }, 2000));

    // The star on a tab stars its room by a click, without switching to it.
    const int current = w.event->currentChannel();
    QList<QQuickItem*> stars;
    collectNamed(w.item("channelStrip"), QStringLiteral("channelTabStar"), &stars);
    ASSERT_FALSE(stars.isEmpty());
    QQuickItem* star = nullptr;
    for (QQuickItem* s : std::as_const(stars))
        if (s->isVisible() && s->mapToScene(QPointF(0, 0)).x() > 0) star = star ? star : s;
    ASSERT_NE(star, nullptr);
    QQuickItem* starTab = star;
    while (starTab && starTab->objectName() != QLatin1String("channelTab"))
        starTab = starTab->parentItem();
    ASSERT_NE(starTab, nullptr);
    const QString starredId = starTab->property("channelId").toString();
    const QPointF centre = star->mapToScene(QPointF(star->width() / 2, star->height() / 2));
    QTest::mouseClick(w.window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return w.event->starredChannels()->isStarred(starredId); }, 2000));
    EXPECT_EQ(w.event->currentChannel(), current);
    w.event->starredChannels()->setStarred(starredId, false);

    // Tab reaches the strip at the current room; Right moves to the next room, not the view.
    auto* currentTab = w.item("channelStrip")->property("currentItem").value<QQuickItem*>();
    ASSERT_NE(currentTab, nullptr);
    currentTab->forceActiveFocus(Qt::TabFocusReason);
    const double yaw = video->property("yaw").toDouble();
    QTest::keyClick(w.window, Qt::Key_Right);
    EXPECT_FALSE(currentTab->hasActiveFocus());
    EXPECT_DOUBLE_EQ(video->property("yaw").toDouble(), yaw);
    QTest::keyClick(w.window, Qt::Key_Return);
    EXPECT_EQ(w.event->currentChannel(), current + 1);
}

TEST(WindowChannels, ARoomWithoutAStreamSaysWhyAndShowsNoTransport) {
    omk::ui::LanguageController language;
    const QString before = language.language();
    const QString path = writeEvent(5, 60, QStringLiteral("rooms-5-nostream.json"));
    for (const char* lang : {"en", "ja", "es"}) {
        SCOPED_TRACE(lang);
        language.setLanguage(QString::fromLatin1(lang));
        Window w(eventProperties(path));
        ASSERT_TRUE(QTest::qWaitFor([&] { return w.event && w.event->loaded(); }, 10000));
        ASSERT_TRUE(w.show());
        // Room 1 (index 0) has no stream.
        ASSERT_EQ(w.event->currentChannel(), 0);
        QQuickItem* panel = w.item("noStreamPanel");
        ASSERT_NE(panel, nullptr);
        EXPECT_TRUE(shown(panel));
        QQuickItem* text = w.item("noStreamText");
        ASSERT_NE(text, nullptr);
        EXPECT_FALSE(text->property("text").toString().isEmpty());
        QQuickItem* title = w.item("noStreamTitle");
        ASSERT_NE(title, nullptr);
        EXPECT_TRUE(title->property("text").toString().contains(roomName(0)));
        QQuickItem* now = w.item("noStreamNow");
        ASSERT_NE(now, nullptr);
        EXPECT_TRUE(now->property("text").toString().contains(QStringLiteral("Talk 1 in room 1")))
            << now->property("text").toString().toStdString();
        EXPECT_TRUE(shown(w.item("noStreamWeb")));
        QQuickItem* play = w.item("playButton");
        QQuickItem* seek = w.item("seekSlider");
        ASSERT_NE(play, nullptr);
        ASSERT_NE(seek, nullptr);
        EXPECT_FALSE(play->isVisible());
        EXPECT_FALSE(seek->isVisible());
        saveShot(w.window->grabWindow(), QStringLiteral("no-stream-%1.png").arg(lang));

        // Room 2 has one: the panel goes, the transport comes back.
        QTest::keyClick(w.window, Qt::Key_2, Qt::AltModifier);
        EXPECT_EQ(w.event->currentChannel(), 1);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !panel->isVisible(); }, 3000));
        EXPECT_TRUE(QTest::qWaitFor([&] { return play->isVisible() && seek->isVisible(); }, 5000));
    }
    language.setLanguage(before);
}

// The on-screen controller fades out while a video plays untouched and comes back when the
// mouse moves, as mpv's and VLC's do.
TEST(WindowChannels, TheControlBarFadesWhileWatchingAndComesBackOnAMouseMove) {
    const QString path =
        omk::ui::test::encodeClip(channelsDir() + QStringLiteral("/long.mp4"),
                                  QStringLiteral("testsrc2=size=512x256:rate=25:duration=20"));
    Window w({{QStringLiteral("source"), path}});
    ASSERT_NE(w.player, nullptr);
    ASSERT_TRUE(w.show());
    QQuickItem* bar = w.item("controlBar");
    ASSERT_NE(bar, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.player->loading() && !w.player->paused(); }, 10000))
        << w.player->errorString().toStdString();
    EXPECT_DOUBLE_EQ(bar->opacity(), 1.0);
    EXPECT_TRUE(QTest::qWaitFor([&] { return bar->opacity() < 0.01; }, 6000))
        << "the bar stays while nothing moves";
    QTest::mouseMove(w.window, QPoint(w.window->width() / 2, w.window->height() / 3));
    EXPECT_TRUE(QTest::qWaitFor([&] { return bar->opacity() > 0.99; }, 2000));
    // Paused, it stays.
    w.player->pause();
    QTest::qWait(3500);
    EXPECT_GT(bar->opacity(), 0.99);
}

TEST(WindowChannels, AStillPictureShowsNoTransport) {
    const QString path = channelsDir() + QStringLiteral("/still.png");
    QImage img(1024, 512, QImage::Format_RGB32);
    img.fill(QColor(30, 90, 160));
    ASSERT_TRUE(img.save(path));
    Window w({{QStringLiteral("source"), path}});
    ASSERT_NE(w.player, nullptr);
    ASSERT_TRUE(w.show());
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.player->still(); }, 10000))
        << w.player->errorString().toStdString();
    QQuickItem* play = w.item("playButton");
    QQuickItem* seek = w.item("seekSlider");
    ASSERT_NE(play, nullptr);
    ASSERT_NE(seek, nullptr);
    EXPECT_FALSE(play->isVisible());
    EXPECT_FALSE(seek->isVisible());

    // The technical overlay is off while watching; I shows it, I again hides it.
    QQuickItem* overlay = w.item("infoOverlay");
    ASSERT_NE(overlay, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !overlay->isVisible(); }, 3000));
    QTest::keyClick(w.window, Qt::Key_I);
    EXPECT_TRUE(overlay->isVisible());
    QTest::keyClick(w.window, Qt::Key_I);
    EXPECT_FALSE(overlay->isVisible());
}

TEST(WindowChannels, ALiveStreamShowsLiveAndGoToLiveEdgeInsteadOfASeekBar) {
    using namespace omk::media::testing;
    const QString dir = makeHls(QStringLiteral("channels-live-hls"), 30);
    ASSERT_FALSE(dir.isEmpty());
    const LivePlaylist live(dir, 4, std::chrono::milliseconds(1000), 6);
    omk::test::HttpTestServer http(hlsOrigin([&](const QString& p) { return live.serve(p); }));
    ASSERT_TRUE(http.ok());
    Window w({{QStringLiteral("source"), http.url(QStringLiteral("live.m3u8"))}});
    ASSERT_NE(w.player, nullptr);
    ASSERT_TRUE(w.show());
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.player->live(); }, 15000))
        << w.player->errorString().toStdString();
    QQuickItem* pill = w.item("livePill");
    QQuickItem* edge = w.item("liveEdgeButton");
    QQuickItem* seek = w.item("seekSlider");
    ASSERT_NE(pill, nullptr);
    ASSERT_NE(edge, nullptr);
    ASSERT_NE(seek, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return pill->isVisible() && edge->isVisible(); }, 3000));
    EXPECT_FALSE(seek->isVisible());
    saveShot(w.window->grabWindow(), QStringLiteral("live-controls.png"));
}

// A congress as it publishes: a frab schedule without streams and, apart from it, the C3VOC
// streams list, both over HTTP. The matched rooms play their (flat) streams, a room with a
// translation offers it in the stream menu, and the room no stream matched keeps the empty state.
TEST(WindowChannels, ASchedulePlusItsStreamsListPlaysEveryMatchedRoom) {
    using namespace omk::media::testing;
    const QString hls = makeHls(QStringLiteral("channels-streams-hls"), 6);
    ASSERT_FALSE(hls.isEmpty());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QByteArray rooms;
    const char* names[] = {"Saal 1", "Saal 2", "Foyer"};
    for (int r = 0; r < 3; ++r)
        rooms += QStringLiteral(
                     R"(<room name="%1"><event guid="00000000-0000-4000-8000-00000000000%2" id="%2">
<date>%3T00:00:00Z</date><start>00:00</start><duration>23:00</duration><room>%1</room>
<title>All day in %1</title></event></room>)")
                     .arg(QLatin1String(names[r]))
                     .arg(r + 1)
                     .arg(today.toString(Qt::ISODate))
                     .toUtf8();
    const QByteArray schedule =
        QStringLiteral(R"(<?xml version="1.0" encoding="utf-8"?><schedule><version>1</version>
<conference><acronym>streamcon</acronym><title>Stream Con</title><start>%1</start><end>%1</end>
<days>1</days><time_zone_name>UTC</time_zone_name></conference>
<day index="1" date="%1" start="%1T00:00:00Z" end="%1T23:59:00Z">)")
            .arg(today.toString(Qt::ISODate))
            .toUtf8() +
        rooms + "</day></schedule>";
    omk::test::HttpTestServer http;
    auto stream = [&](const char* slug, const char* display, bool translated, const char* file) {
        return QStringLiteral(R"({"slug": "%1", "display": "%2", "type": "video",
            "isTranslated": %3, "urls": {"hls": {"display": "HLS", "url": "%4"}}})")
            .arg(QLatin1String(slug), QLatin1String(display),
                 QLatin1String(translated ? "true" : "false"),
                 http.url(QStringLiteral("hls/") + QLatin1String(file)));
    };
    const QByteArray streams =
        (QStringLiteral(R"([{"slug": "streamcon", "groups": [{"group": "Live", "rooms": [
        {"slug": "saal1", "schedulename": "Saal 1", "display": "Saal 1", "streams": [%1, %2]},
        {"slug": "s2", "schedulename": "Saal 2", "display": "Saal 2", "streams": [%3]}]}]}])")
             .arg(stream("hd-native", "Saal 1 HD", false, "out.m3u8"),
                  stream("hd-translated", "Saal 1 HD (Translated)", true, "out.m3u8?t=1"),
                  stream("hd-native", "Saal 2 HD", false, "out.m3u8?room=2")))
            .toUtf8();
    auto origin =
        hlsOrigin([&](const QString& p) { return serveDir(hls, p.section(u'?', 0, 0).mid(4)); });
    http.setHandler([&](const omk::test::HttpRequest& request) {
        if (request.path == QLatin1String("/schedule.xml"))
            return omk::test::HttpResponse::withStatus(200, schedule, "application/xml");
        if (request.path == QLatin1String("/streams/v2.json"))
            return omk::test::HttpResponse::withStatus(200, streams, "application/json");
        return origin(request);
    });
    ASSERT_TRUE(http.ok());
    Window w({{QStringLiteral("source"), QString()},
              {QStringLiteral("eventSource"), http.url(QStringLiteral("schedule.xml"))},
              {QStringLiteral("eventStreams"), http.url(QStringLiteral("streams/v2.json"))}});
    ASSERT_NE(w.event, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.event->loaded(); }, 15000))
        << w.event->errorString().toStdString();
    ASSERT_TRUE(w.show());
    ASSERT_EQ(w.event->channels()->rowCount(), 3);
    ASSERT_EQ(w.event->currentChannel(), 0);
    EXPECT_EQ(w.event->streamProjection(), QStringLiteral("flat"));
    EXPECT_EQ(w.event->streamChoices().size(), 2) << "the original and its translation";
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.player->presentedFrames() > 0; }, 15000))
        << w.player->errorString().toStdString();

    // The translation, from the stream menu's choices.
    w.event->selectStream(1);
    EXPECT_TRUE(w.event->streamUrl().endsWith(QLatin1String("out.m3u8?t=1")));
    QTest::keyClick(w.window, Qt::Key_2, Qt::AltModifier);
    ASSERT_EQ(w.event->currentChannel(), 1);
    EXPECT_TRUE(w.event->streamUrl().endsWith(QLatin1String("?room=2")));
    QTest::keyClick(w.window, Qt::Key_3, Qt::AltModifier);
    ASSERT_EQ(w.event->currentChannel(), 2);
    EXPECT_TRUE(w.event->streamUrl().isEmpty()) << "the Foyer is in no stream's room";
    EXPECT_TRUE(QTest::qWaitFor([&] { return shown(w.item("noStreamPanel")); }, 3000));
}

// The user guide's pictures of a large event in the other two languages (English ones come from
// the tests above): the 150-room strip, the room finder, and a live stream's controls.
TEST(WindowChannels, ScreenshotsOfALargeEventInJapaneseAndSpanish) {
    using namespace omk::media::testing;
    omk::ui::LanguageController language;
    const QString before = language.language();
    const QString event = writeEvent(150, 2000, QStringLiteral("rooms-150-shots.json"));
    const QString dir = makeHls(QStringLiteral("channels-live-hls"), 30);
    ASSERT_FALSE(dir.isEmpty());
    const LivePlaylist live(dir, 4, std::chrono::milliseconds(1000), 6);
    omk::test::HttpTestServer http(hlsOrigin([&](const QString& p) { return live.serve(p); }));
    ASSERT_TRUE(http.ok());
    for (const char* lang : {"ja", "es"}) {
        SCOPED_TRACE(lang);
        language.setLanguage(QString::fromLatin1(lang));
        {
            Window w(eventProperties(event));
            ASSERT_TRUE(QTest::qWaitFor([&] { return w.event && w.event->loaded(); }, 10000));
            ASSERT_TRUE(w.show());
            QTest::qWait(300);
            saveShot(w.window->grabWindow(), QStringLiteral("channels-150-%1.png").arg(lang));
            QTest::keyClick(w.window, Qt::Key_K, Qt::ControlModifier);
            ASSERT_TRUE(
                QTest::qWaitFor([&] { return w.finder()->property("opened").toBool(); }, 3000));
            for (const char c : std::string("saal 10")) QTest::keyClick(w.window, c);
            QTest::qWait(200);
            saveShot(w.window->grabWindow(), QStringLiteral("channel-finder-%1.png").arg(lang));
        }
        Window w({{QStringLiteral("source"), http.url(QStringLiteral("live.m3u8"))}});
        ASSERT_TRUE(w.show());
        ASSERT_TRUE(QTest::qWaitFor([&] { return w.player->live(); }, 15000))
            << w.player->errorString().toStdString();
        QQuickItem* edge = w.item("liveEdgeButton");
        ASSERT_NE(edge, nullptr);
        ASSERT_TRUE(QTest::qWaitFor([&] { return edge->isVisible(); }, 3000));
        EXPECT_NE(edge->property("text").toString(), QStringLiteral("Go to live edge"))
            << "translated";
        saveShot(w.window->grabWindow(), QStringLiteral("live-controls-%1.png").arg(lang));
    }
    language.setLanguage(before);
}

TEST(WindowChannels, AFailingStreamSaysWhyAndOffersTheOtherStream) {
    omk::catalog::Catalog c;
    c.event.id = QStringLiteral("fallback-test");
    c.event.title = QStringLiteral("Fallback");
    const QString missing = channelsDir() + QStringLiteral("/no-such-stream.mp4");
    const QString backup = QUrl::fromLocalFile(clip()).toString();
    c.channels = {{QStringLiteral("main"),
                   QStringLiteral("Main hall"),
                   {},
                   {{QUrl::fromLocalFile(missing).toString(), QStringLiteral("file"),
                     omk::Projection::Equirect, omk::StereoLayout::Mono, QStringLiteral("en"),
                     QStringLiteral("Primary")},
                    {backup, QStringLiteral("file"), omk::Projection::Equirect,
                     omk::StereoLayout::Mono, QStringLiteral("en"), QStringLiteral("Backup")}}}};
    const QString path = channelsDir() + QStringLiteral("/fallback.json");
    {
        QSaveFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(omk::catalog::writeOmnikastCatalog(c));
        ASSERT_TRUE(f.commit());
    }
    Window w(eventProperties(path));
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.event && w.event->loaded(); }, 10000));
    ASSERT_TRUE(w.show());
    w.event->selectStream(0);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return w.window->property("errorVisible").toBool(); }, 10000));
    EXPECT_TRUE(w.player->errorString().contains(QStringLiteral("no-such-stream")))
        << w.player->errorString().toStdString();
    QQuickItem* fallback = w.item("fallbackStreamButton");
    ASSERT_NE(fallback, nullptr);
    ASSERT_TRUE(fallback->isVisible());
    EXPECT_TRUE(fallback->property("text").toString().contains(QStringLiteral("Backup")));
    const QPointF centre =
        fallback->mapToScene(QPointF(fallback->width() / 2, fallback->height() / 2));
    QTest::mouseClick(w.window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    EXPECT_TRUE(QTest::qWaitFor([&] { return w.event->currentStream() == 1; }, 3000));
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return !w.window->property("errorVisible").toBool(); }, 10000))
        << w.player->errorString().toStdString();
}

// The schedule of a 150-room day: it opens fast, makes only the sessions near the view, keeps
// the room names above their columns while it scrolls sideways (the last column is reachable),
// zooms, and its frame times while scrolling are reported (a figure for docs/PERFORMANCE.md,
// not an assertion).
TEST(WindowChannels, TheScheduleOf150RoomsScrollsWithStickyRoomNames) {
    Window w(eventProperties(writeEvent(150, 2000, QStringLiteral("schedule-150.json"))));
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.event && w.event->loaded(); }, 10000));
    ASSERT_TRUE(w.show());
    QSignalSpy swapped(w.window, &QQuickWindow::frameSwapped);
    QElapsedTimer opening;
    opening.start();
    QTest::keyClick(w.window, Qt::Key_S);
    ASSERT_TRUE(w.window->property("scheduleVisible").toBool());
    swapped.clear();
    ASSERT_TRUE(swapped.wait(5000));
    const qint64 openMs = opening.elapsed();

    QQuickItem* grid = w.item("scheduleGrid");
    ASSERT_NE(grid, nullptr);
    auto* flick = grid->property("flick").value<QQuickItem*>();
    ASSERT_NE(flick, nullptr);
    const int total = w.event->schedule()->count();
    const int made = grid->property("cellsMade").toInt();
    EXPECT_GT(total, 500);
    EXPECT_GT(made, 0);
    EXPECT_LT(made, total / 3) << "cells are made for the whole day, not for the view";

    // Sideways to the last room: its name sits above its column, inside the header.
    const double contentWidth = flick->property("contentWidth").toDouble();
    flick->setProperty("contentX", contentWidth - flick->width());
    QTest::qWait(100);
    QList<QQuickItem*> headers;
    collectNamed(grid, QStringLiteral("scheduleRoomHeader"), &headers);
    ASSERT_EQ(headers.size(), 150);
    QQuickItem* last = headers.last();
    EXPECT_EQ(last->property("text").toString(), roomName(149));
    EXPECT_TRUE(last->isVisible());
    const QPointF lastLeft = last->mapToScene(QPointF(0, 0));
    const QPointF gridLeft = flick->mapToScene(QPointF(0, 0));
    const QPointF gridRight = flick->mapToScene(QPointF(flick->width(), 0));
    EXPECT_GE(lastLeft.x(), gridLeft.x() - 0.5);
    EXPECT_LE(lastLeft.x() + last->width(), gridRight.x() + 0.5);
    EXPECT_FALSE(headers.first()->isVisible());  // scrolled out to the left
    EXPECT_GT(grid->property("cellsMade").toInt(), 0);

    // Zoom: Ctrl+wheel over the grid makes the hours taller (it does not scroll).
    const double before = grid->property("pxPerMinute").toDouble();
    const QPointF over = flick->mapToScene(QPointF(flick->width() / 2, flick->height() / 2));
    // The pointer goes there first, as a hand on a mouse would: a wheel turned somewhere else
    // than the pointer can land on the tooltip of the cell the pointer rests on.
    QTest::mouseMove(w.window, over.toPoint());
    QWheelEvent zoom(over, over, QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                     Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(w.window, &zoom);
    EXPECT_NEAR(grid->property("pxPerMinute").toDouble(), before * 1.25, 1e-6);
    saveShot(w.window->grabWindow(), QStringLiteral("schedule-150.png"));

    // Frame times while the grid scrolls back across the day for two seconds (an animation, as
    // a flick would): the intervals between swapped frames.
    std::mutex stampsMutex;
    std::vector<qint64> stamps;
    QElapsedTimer clock;
    clock.start();
    const auto stamp = QObject::connect(
        w.window, &QQuickWindow::frameSwapped, w.window,
        [&] {
            std::lock_guard lock(stampsMutex);
            stamps.push_back(clock.nsecsElapsed());
        },
        Qt::DirectConnection);
    QPropertyAnimation scroll(flick, "contentX");
    scroll.setStartValue(flick->property("contentX"));
    scroll.setEndValue(0.0);
    scroll.setDuration(2000);
    scroll.start();
    QTest::qWait(2300);
    QObject::disconnect(stamp);
    std::vector<double> frames;
    {
        std::lock_guard lock(stampsMutex);
        for (size_t i = 1; i < stamps.size(); ++i)
            frames.push_back((stamps[i] - stamps[i - 1]) / 1e6);
    }
    ASSERT_GE(frames.size(), 10u) << "the grid hardly repainted while scrolling";
    EXPECT_DOUBLE_EQ(flick->property("contentX").toDouble(), 0.0);
    const long late =
        std::count_if(frames.begin(), frames.end(), [](double ms) { return ms > 25.0; });
    std::sort(frames.begin(), frames.end());
    const double median = frames.at(frames.size() / 2);
    const double p95 = frames.at(frames.size() * 95 / 100);
    std::cout << "[ figures  ] schedule of 150 rooms, " << total << " sessions that day: opened in "
              << openMs << " ms; " << made
              << " cells made at first; scrolling for 2 s: " << frames.size() + 1
              << " frames, interval median " << median << " ms, 95th percentile " << p95
              << " ms, worst " << frames.back() << " ms, " << late
              << " over 25 ms (1280x720, llvmpipe)" << std::endl;
    RecordProperty("schedule_open_ms", int(openMs));
    RecordProperty("scroll_frame_median_us", int(median * 1000));
    RecordProperty("scroll_frame_p95_us", int(p95 * 1000));
    RecordProperty("scroll_frames_over_25ms", int(late));
}
