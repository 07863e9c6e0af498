// CableClient over a real WebSocket on loopback, against FakeDreamkastCable (a test double:
// Dreamkast's Rails stack cannot run here).
#include "FakeDreamkastCable.h"
#include "TestLoop.h"
#include "cable/CableClient.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QSignalSpy>

using namespace omk::cable;
using namespace std::chrono_literals;
using ::testing::HasSubstr;

namespace {

CableClient::Options quick() {
    CableClient::Options o;
    o.staleThreshold = 5s;  // never reached while the double pings
    o.reconnectBase = 20ms;
    o.reconnectMax = 200ms;
    o.subscribeRetry = 5s;
    return o;
}

const QJsonObject kParams{{QStringLiteral("eventAbbr"), QStringLiteral("cndt2026")}};

}  // namespace

TEST(CableClient, SubscribesAfterWelcomeAndReceivesBroadcasts) {
    ensureApp();
    FakeDreamkastCable server;
    server.setPingInterval(100);
    CableClient client;
    client.setOptions(quick());
    const QString id = client.subscribe(QStringLiteral("OnAirChannel"), kParams);
    QSignalSpy confirmed(&client, &CableClient::confirmed);
    QSignalSpy received(&client, &CableClient::received);
    ASSERT_TRUE(client.open(server.url()));
    ASSERT_TRUE(waitFor([&] { return confirmed.count() == 1; }));
    EXPECT_EQ(client.state(), CableClient::State::Connected);
    EXPECT_EQ(client.statusText(), QStringLiteral("connected"));
    EXPECT_TRUE(client.isConfirmed(id));
    EXPECT_EQ(server.subscribes, QStringList{id});
    EXPECT_EQ(server.lastSubprotocol, QStringLiteral("actioncable-v1-json"));
    EXPECT_EQ(server.lastOrigin, QStringLiteral("http://127.0.0.1:%1").arg(server.url().port()));

    server.broadcast(id, QJsonObject{{QStringLiteral("1"), QJsonObject{{"id", 2}}}});
    // Another channel's broadcast is nobody's business here.
    server.broadcast(QStringLiteral(R"({"channel":"ChatChannel"})"), QJsonObject{});
    ASSERT_TRUE(waitFor([&] { return received.count() == 1; }));
    EXPECT_EQ(received.at(0).at(0).toString(), id);
    EXPECT_EQ(received.at(0).at(1).toJsonValue()["1"]["id"].toInt(), 2);
}

TEST(CableClient, ReconnectsAndSubscribesAgainWhenTheServerDropsTheSocket) {
    ensureApp();
    FakeDreamkastCable server;
    server.setPingInterval(100);
    CableClient client;
    client.setOptions(quick());
    const QString id = client.subscribe(QStringLiteral("OnAirChannel"), kParams);
    QSignalSpy confirmed(&client, &CableClient::confirmed);
    QSignalSpy errors(&client, &CableClient::errorOccurred);
    ASSERT_TRUE(client.open(server.url()));
    ASSERT_TRUE(waitFor([&] { return confirmed.count() == 1; }));

    server.dropAll();
    ASSERT_TRUE(waitFor([&] { return client.state() == CableClient::State::Reconnecting; }));
    ASSERT_TRUE(waitFor([&] { return confirmed.count() == 2; }));
    EXPECT_EQ(server.connections, 2);
    EXPECT_EQ(server.subscribes, (QStringList{id, id}));
    EXPECT_EQ(client.state(), CableClient::State::Connected);
    ASSERT_GE(errors.count(), 1);
    EXPECT_THAT(errors.first().at(0).toString().toStdString(), HasSubstr("reconnecting in"));
}

TEST(CableClient, NoPingForTheStaleThresholdReconnects) {
    ensureApp();
    FakeDreamkastCable server;
    server.setPingInterval(0);  // the link looks open but nothing arrives
    CableClient client;
    CableClient::Options o = quick();
    o.staleThreshold = 300ms;
    client.setOptions(o);
    client.subscribe(QStringLiteral("OnAirChannel"), kParams);
    QSignalSpy errors(&client, &CableClient::errorOccurred);
    ASSERT_TRUE(client.open(server.url()));
    ASSERT_TRUE(waitFor([&] { return server.connections >= 2 && server.subscribes.size() >= 2; }));
    ASSERT_GE(errors.count(), 1);
    EXPECT_THAT(errors.first().at(0).toString().toStdString(), HasSubstr("no ping"));
}

TEST(CableClient, PingsKeepAQuietLinkOpen) {
    ensureApp();
    FakeDreamkastCable server;
    server.setPingInterval(50);
    CableClient client;
    CableClient::Options o = quick();
    o.staleThreshold = 1500ms;
    client.setOptions(o);
    client.subscribe(QStringLiteral("OnAirChannel"), kParams);
    QSignalSpy confirmed(&client, &CableClient::confirmed);
    ASSERT_TRUE(client.open(server.url()));
    ASSERT_TRUE(waitFor([&] { return confirmed.count() == 1; }));
    // Several stale thresholds of nothing but pings.
    spin(2500ms);
    EXPECT_EQ(server.connections, 1);
    EXPECT_EQ(client.state(), CableClient::State::Connected);
}

TEST(CableClient, RejectedSubscriptionIsAnError) {
    ensureApp();
    FakeDreamkastCable server;
    server.setPingInterval(100);
    server.rejectSubscriptions = true;
    CableClient client;
    client.setOptions(quick());
    const QString id = client.subscribe(QStringLiteral("OnAirChannel"), kParams);
    QSignalSpy rejected(&client, &CableClient::rejected);
    QSignalSpy errors(&client, &CableClient::errorOccurred);
    ASSERT_TRUE(client.open(server.url()));
    ASSERT_TRUE(waitFor([&] { return rejected.count() == 1; }));
    EXPECT_EQ(rejected.first().at(0).toString(), id);
    ASSERT_EQ(errors.count(), 1);
    EXPECT_THAT(errors.first().at(0).toString().toStdString(),
                HasSubstr("refused the subscription"));
    EXPECT_FALSE(client.isConfirmed(id));
}

TEST(CableClient, DisconnectFrameDecidesWhetherToComeBack) {
    ensureApp();
    FakeDreamkastCable server;
    server.setPingInterval(100);
    CableClient client;
    client.setOptions(quick());
    client.subscribe(QStringLiteral("OnAirChannel"), kParams);
    QSignalSpy confirmed(&client, &CableClient::confirmed);
    QSignalSpy errors(&client, &CableClient::errorOccurred);
    ASSERT_TRUE(client.open(server.url()));
    ASSERT_TRUE(waitFor([&] { return confirmed.count() == 1; }));

    server.sendRaw(R"({"type":"disconnect","reason":"server_restart","reconnect":true})");
    ASSERT_TRUE(waitFor([&] { return confirmed.count() == 2; }));
    EXPECT_EQ(server.connections, 2);

    server.sendRaw(R"({"type":"disconnect","reason":"unauthorized","reconnect":false})");
    ASSERT_TRUE(waitFor([&] { return client.state() == CableClient::State::Offline; }));
    EXPECT_THAT(errors.last().at(0).toString().toStdString(), HasSubstr("unauthorized"));
    spin(300ms);  // several reconnect delays: none is tried
    EXPECT_EQ(server.connections, 2);
    EXPECT_EQ(client.statusText(), QStringLiteral("offline"));
}

TEST(CableClient, GarbageFramesAreReportedAndTheLinkStays) {
    ensureApp();
    FakeDreamkastCable server;
    server.setPingInterval(100);
    CableClient client;
    client.setOptions(quick());
    const QString id = client.subscribe(QStringLiteral("OnAirChannel"), kParams);
    QSignalSpy confirmed(&client, &CableClient::confirmed);
    QSignalSpy received(&client, &CableClient::received);
    QSignalSpy errors(&client, &CableClient::errorOccurred);
    ASSERT_TRUE(client.open(server.url()));
    ASSERT_TRUE(waitFor([&] { return confirmed.count() == 1; }));
    server.sendRaw("{\"identifier\": 5, \"message\": {}}");
    server.sendRaw("}}}");
    server.broadcast(id, QJsonArray{1});
    ASSERT_TRUE(waitFor([&] { return received.count() == 1; }));
    EXPECT_EQ(errors.count(), 2);
    EXPECT_EQ(server.connections, 1);
}

TEST(CableClient, RefusesUrlsItCannotOpen) {
    ensureApp();
    CableClient client;
    auto r = client.open(QUrl(QStringLiteral("ftp://example.org/cable")));
    ASSERT_FALSE(r);
    EXPECT_THAT(r.error().message.toStdString(), HasSubstr("not a ws://"));
    EXPECT_FALSE(client.open(QUrl(QStringLiteral("ws:///cable"))));
    EXPECT_EQ(client.state(), CableClient::State::Offline);
}

TEST(CableClient, AnUnreachableServerIsRetriedWithACountdown) {
    ensureApp();
    quint16 port = 0;
    {
        FakeDreamkastCable gone;  // a port that was just free
        port = quint16(gone.url().port());
    }
    CableClient client;
    CableClient::Options o = quick();
    o.reconnectBase = 1500ms;
    o.reconnectMax = 1500ms;
    client.setOptions(o);
    QSignalSpy errors(&client, &CableClient::errorOccurred);
    ASSERT_TRUE(client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/cable").arg(port))));
    ASSERT_TRUE(waitFor([&] { return errors.count() >= 1; }));
    EXPECT_EQ(client.state(), CableClient::State::Reconnecting);
    EXPECT_THAT(client.statusText().toStdString(), HasSubstr("reconnecting in"));
    EXPECT_GE(client.reconnectInSeconds(), 1);
}
