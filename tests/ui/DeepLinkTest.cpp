// omnikast:// links: what a valid one opens, a one-line error for every way one can be bad,
// and the EventController hook that opens the link's channel.
#include "ui/DeepLink.h"
#include "ui/EventController.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

namespace {

using omk::ui::isDeepLink;
using omk::ui::parseDeepLink;

std::string errorOf(const QString& link) {
    auto r = parseDeepLink(link);
    EXPECT_FALSE(r) << link.toStdString();
    return r ? std::string() : r.error().message.toStdString();
}

TEST(DeepLink, HostPortChannelAndStart) {
    auto link =
        parseDeepLink(QStringLiteral("omnikast://events.example.org:8480/event/track-a?t=90"));
    ASSERT_TRUE(link) << link.error().message.toStdString();
    EXPECT_EQ(link->catalogUrl, QStringLiteral("http://events.example.org:8480/catalog.json"));
    EXPECT_EQ(link->channelId, QStringLiteral("track-a"));
    ASSERT_TRUE(link->startSeconds);
    EXPECT_DOUBLE_EQ(*link->startSeconds, 90.0);
}

TEST(DeepLink, WithoutPortOrStart) {
    auto link = parseDeepLink(QStringLiteral("omnikast://localhost/event/main"));
    ASSERT_TRUE(link) << link.error().message.toStdString();
    // No port: the catalog URL reads as the link does, so http's own 80.
    EXPECT_EQ(link->catalogUrl, QStringLiteral("http://localhost/catalog.json"));
    EXPECT_EQ(link->channelId, QStringLiteral("main"));
    EXPECT_FALSE(link->startSeconds);
}

TEST(DeepLink, SchemeAndHostAreCaseInsensitive) {
    EXPECT_TRUE(isDeepLink(QStringLiteral("OmniKast://x/event/a")));
    auto link = parseDeepLink(QStringLiteral("OMNIKAST://Events.Example.ORG/event/Room1"));
    ASSERT_TRUE(link) << link.error().message.toStdString();
    EXPECT_EQ(link->catalogUrl, QStringLiteral("http://events.example.org/catalog.json"));
    EXPECT_EQ(link->channelId, QStringLiteral("Room1"));  // ids are case-sensitive
}

TEST(DeepLink, Ipv6Host) {
    auto link = parseDeepLink(QStringLiteral("omnikast://[::1]:9000/event/a?t=1.5"));
    ASSERT_TRUE(link) << link.error().message.toStdString();
    EXPECT_EQ(link->catalogUrl, QStringLiteral("http://[::1]:9000/catalog.json"));
    EXPECT_DOUBLE_EQ(*link->startSeconds, 1.5);
}

TEST(DeepLink, PercentEncodedChannelAndUnknownKeys) {
    auto link = parseDeepLink(QStringLiteral("omnikast://h/event/hall%2F1?lang=ja&t=0#ignored"));
    ASSERT_TRUE(link) << link.error().message.toStdString();
    EXPECT_EQ(link->channelId, QStringLiteral("hall/1"));
    EXPECT_DOUBLE_EQ(*link->startSeconds, 0.0);
}

TEST(DeepLink, NotALink) {
    EXPECT_FALSE(isDeepLink(QStringLiteral("http://h/catalog.json")));
    EXPECT_FALSE(isDeepLink(QStringLiteral("omnikast:/h/event/a")));
    EXPECT_NE(errorOf(QStringLiteral("https://h/event/a")).find("expected omnikast://"),
              std::string::npos);
}

TEST(DeepLink, MalformedLinksSayWhy) {
    EXPECT_NE(errorOf(QStringLiteral("omnikast:///event/a")).find("no server host"),
              std::string::npos);
    EXPECT_NE(errorOf(QStringLiteral("omnikast://h:0/event/a")).find("port 0"), std::string::npos);
    EXPECT_NE(errorOf(QStringLiteral("omnikast://h:99999/event/a")), "");
    EXPECT_NE(errorOf(QStringLiteral("omnikast://h:port/event/a")), "");
    EXPECT_NE(errorOf(QStringLiteral("omnikast://u:p@h/event/a")).find("user name"),
              std::string::npos);
    for (const char* path : {"", "/", "/event", "/channel/a", "/event/a/b", "/x/event/a"})
        EXPECT_NE(
            errorOf(QStringLiteral("omnikast://h") + QLatin1String(path)).find("/event/CHANNEL"),
            std::string::npos)
            << path;
    EXPECT_NE(errorOf(QStringLiteral("omnikast://h/event/")).find("channel"), std::string::npos);
    EXPECT_NE(errorOf(QStringLiteral("omnikast://h/event/%20")).find("channel"), std::string::npos);
    EXPECT_NE(errorOf(QStringLiteral("omnikast://h/event/") + QString(257, u'a')).find("channel"),
              std::string::npos);
    EXPECT_NE(errorOf(QStringLiteral("omnikast://h/event/a%0Ab")).find("channel"),
              std::string::npos);
}

// frab and Pretalx name rooms as people write them: their channels' links work too.
TEST(DeepLink, ChannelsNamedAsPeopleWriteThem) {
    for (const auto& [path, channel] : {std::pair{"Saal%201", "Saal 1"},
                                        std::pair{"%E4%BC%9A%E8%AD%B0%E5%AE%A4%203", "会議室 3"}}) {
        auto link = parseDeepLink(QStringLiteral("omnikast://h/event/") + QLatin1String(path));
        ASSERT_TRUE(link) << path;
        EXPECT_EQ(link->channelId, QString::fromUtf8(channel));
    }
}

TEST(DeepLink, BadStartTimes) {
    for (const char* t : {"", "-1", "abc", "1e3", "inf", "nan", "1:30", "999999999"})
        EXPECT_NE(errorOf(QStringLiteral("omnikast://h/event/a?t=") + QLatin1String(t)).find("t"),
                  std::string::npos)
            << t;
    EXPECT_NE(errorOf(QStringLiteral("omnikast://h/event/a?t=1&t=2")).find("more than once"),
              std::string::npos);
}

TEST(DeepLink, ErrorsAreOneLine) {
    const QString huge = QStringLiteral("omnikast://h/event/a?x=") + QString(5000, u'x');
    const std::string e = errorOf(huge);
    EXPECT_NE(e.find("longer than"), std::string::npos);
    for (const char* link :
         {"omnikast://h/event/a b", "omnikast://h\n/event/a", "omnikast://h/event/a?t=\n"})
        EXPECT_EQ(errorOf(QString::fromLatin1(link)).find('\n'), std::string::npos) << link;
}

}  // namespace

// The hook a link opens through: EventController.preferredChannel picks the link's channel once
// the catalog is there, whichever of the two comes first, and only once.

namespace {

omk::catalog::Catalog threeChannels() {
    omk::catalog::Catalog c;
    c.event.title = QStringLiteral("Linked");
    for (const char* id : {"a", "b", "c"}) {
        omk::catalog::Channel ch;
        ch.id = QString::fromLatin1(id);
        ch.name = ch.id.toUpper();
        omk::catalog::Stream stream;
        stream.url = QStringLiteral("file:///%1.mp4").arg(ch.id);
        ch.streams.append(stream);
        c.channels.append(ch);
    }
    return c;
}

struct App {
    int argc = 1;
    char name[16] = "deep_link_tests";
    char* argv[1] = {name};
    QCoreApplication app{argc, argv};
};

TEST(DeepLinkChannel, PreferredBeforeTheCatalogLoads) {
    App app;
    omk::ui::EventController ec;
    ec.setDesktopNotifications(false);
    ec.setPreferredChannel(QStringLiteral("c"));
    ec.setCatalog(threeChannels());
    EXPECT_EQ(ec.currentChannelId(), QStringLiteral("c"));
    EXPECT_EQ(ec.streamUrl(), QStringLiteral("file:///c.mp4"));
    // Once: the viewer moves on, a reload keeps what is being watched.
    ec.selectChannel(0);
    ec.setCatalog(threeChannels());
    EXPECT_EQ(ec.currentChannelId(), QStringLiteral("a"));
}

TEST(DeepLinkChannel, PreferredAfterTheCatalogLoads) {
    App app;
    omk::ui::EventController ec;
    ec.setDesktopNotifications(false);
    ec.setCatalog(threeChannels());
    EXPECT_EQ(ec.currentChannelId(), QStringLiteral("a"));
    ec.setPreferredChannel(QStringLiteral("b"));
    EXPECT_EQ(ec.currentChannelId(), QStringLiteral("b"));
}

TEST(DeepLinkChannel, UnknownChannelOpensTheFirst) {
    App app;
    omk::ui::EventController ec;
    ec.setDesktopNotifications(false);
    ec.setPreferredChannel(QStringLiteral("nope"));
    ec.setCatalog(threeChannels());
    EXPECT_EQ(ec.currentChannelId(), QStringLiteral("a"));
}

}  // namespace

TEST(DeepLink, TheSignInMailsLinkOpensTheServersEventWithItsAddressAndCode) {
    auto r = parseDeepLink(QStringLiteral(
        "omnikast://events.example.org:8480/signin?email=ana%40example.es&code=K7Q4MX"));
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_TRUE(r->isSignIn());
    EXPECT_EQ(r->catalogUrl, QStringLiteral("http://events.example.org:8480/catalog.json"));
    EXPECT_EQ(r->signInEmail, QStringLiteral("ana@example.es"));
    EXPECT_EQ(r->signInCode, QStringLiteral("K7Q4MX"));
    EXPECT_TRUE(r->channelId.isEmpty());
    EXPECT_NE(errorOf(QStringLiteral("omnikast://h:1/signin?code=K7Q4MX")).find("email"),
              std::string::npos);
    EXPECT_NE(errorOf(QStringLiteral("omnikast://h:1/signin?email=a%40b.c")).find("code"),
              std::string::npos);
    EXPECT_NE(errorOf(QStringLiteral("omnikast://h:1/signin?email=a%40b.c&code=%3Cscript%3E"))
                  .find("letters and digits"),
              std::string::npos);
}

TEST(DeepLink, AWatchPartysLinkNamesItsRoomAndInvite) {
    auto r = parseDeepLink(
        QStringLiteral("omnikast://party.example:8443/room/p-0123456789abcdef?invite=Ab-9_zQ"));
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_TRUE(r->isParty());
    EXPECT_FALSE(r->isSignIn());
    EXPECT_EQ(r->catalogUrl, QStringLiteral("http://party.example:8443/catalog.json"));
    EXPECT_EQ(r->partyRoom, QStringLiteral("p-0123456789abcdef"));
    EXPECT_EQ(r->partyInvite, QStringLiteral("Ab-9_zQ"));
    EXPECT_TRUE(r->channelId.isEmpty());
    // A public party's link has no invite.
    auto open = parseDeepLink(QStringLiteral("omnikast://h/room/p-0123456789abcdef"));
    ASSERT_TRUE(open) << open.error().message.toStdString();
    EXPECT_TRUE(open->partyInvite.isEmpty());

    EXPECT_NE(errorOf(QStringLiteral("omnikast://h/room/")).find("room"), std::string::npos);
    EXPECT_NE(errorOf(QStringLiteral("omnikast://h/room/a%20b")).find("room"), std::string::npos);
    EXPECT_NE(errorOf(QStringLiteral("omnikast://h/room/") + QString(65, u'a')).find("room"),
              std::string::npos);
    for (const char* invite : {"", "a%20b", "%E4%BC%9A", "a%0Ab"})
        EXPECT_NE(errorOf(QStringLiteral("omnikast://h/room/p-1?invite=") + QLatin1String(invite))
                      .find("ask the host"),
                  std::string::npos)
            << invite;
    EXPECT_NE(
        errorOf(QStringLiteral("omnikast://h/room/p-1?invite=a&invite=b")).find("more than once"),
        std::string::npos);
}
