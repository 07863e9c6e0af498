#include "ui/EventSource.h"

#include "catalog/DreamkastSite.h"
#include "catalog/Importer.h"
#include "catalog/OmnikastCatalogFormat.h"

#include <QSaveFile>
#include <QUrl>

namespace omk::ui {

namespace {

bool hasCatalogSuffix(const QString& path) {
    return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ||
           path.endsWith(QStringLiteral(".xml"), Qt::CaseInsensitive);
}

}  // namespace

QString roomServerFor(const QString& eventSource) {
    const QUrl url(eventSource);
    const bool secure = url.scheme() == QLatin1String("https");
    if (!url.isValid() || !(secure || url.scheme() == QLatin1String("http")) ||
        !url.path().endsWith(QLatin1String("/catalog.json")))
        return {};
    QUrl ws;
    ws.setScheme(secure ? QStringLiteral("wss") : QStringLiteral("ws"));
    ws.setHost(url.host());
    if (url.port() > 0) ws.setPort(url.port());
    ws.setPath(url.path().chopped(int(qstrlen("catalog.json"))) + QStringLiteral("ws"));
    return ws.toString();
}

bool isEventSource(const QString& input) {
    const QUrl url(input);
    const QString scheme = url.scheme().toLower();
    // dreamkast:HOST/ABBR, or an event's page (https://HOST/ABBR: one name, no file suffix —
    // media addresses carry one, .m3u8, .mpd, .mp4).
    if (catalog::parseDreamkastAddress(input, true)) return true;
    if (scheme == QStringLiteral("http") || scheme == QStringLiteral("https"))
        return hasCatalogSuffix(url.path());
    // By name alone: media never ends in .json/.xml, and a broken catalog must be reported as
    // one ("...days[1].date: expected a date"), not as undecodable media.
    return hasCatalogSuffix(url.isLocalFile() ? url.toLocalFile() : input);
}

Expected<QString> writeDemoEvent(const QString& dir, const QString& clipPath,
                                 const QDateTime& now) {
    using namespace std::chrono;
    catalog::Catalog c;
    c.event.id = QStringLiteral("omnikast-demo");
    c.event.title = QStringLiteral("Omnikast Demo Event");
    // The catalog names its zone by IANA id; a system zone without one falls back to UTC.
    const QTimeZone system = QTimeZone::systemTimeZone();
    c.event.timeZone = QTimeZone::isTimeZoneIdAvailable(system.id()) ? system : QTimeZone::utc();
    const QString url = QUrl::fromLocalFile(clipPath).toString();
    const catalog::Stream stream{url,
                                 QStringLiteral("file"),
                                 Projection::Equirect,
                                 StereoLayout::Mono,
                                 QStringLiteral("en"),
                                 QStringLiteral("360°")};
    c.channels = {{QStringLiteral("main"), QStringLiteral("Main stage"), {}, {stream}},
                  {QStringLiteral("workshop"), QStringLiteral("Workshop room"), {}, {stream}}};
    c.topics = {{QStringLiteral("video"), QStringLiteral("Video"), QStringLiteral("#3366ff")},
                {QStringLiteral("vr"), QStringLiteral("VR"), QStringLiteral("#33aa55")}};
    c.speakers = {{QStringLiteral("ada"), QStringLiteral("Ada Sphere"), {}, {}, {}, {}},
                  {QStringLiteral("eq"), QStringLiteral("Eq Rectangular"), {}, {}, {}, {}}};
    // Half-hour slots from an hour ago, aligned to the half hour so the grid looks tidy.
    const QDateTime local = now.toTimeZone(c.event.timeZone);
    QDateTime slot =
        local.addSecs(-(local.time().minute() % 30) * 60 - local.time().second() - 3600);
    const QStringList mainTitles = {"Welcome to 360°", "Stitching in real time",
                                    "Spatial audio for everyone", "Lightning talks",
                                    "Closing panel"};
    const QStringList workshopTitles = {"Hands-on: your first 360° stream",
                                        "Projection formats, explained", "Open Q&A",
                                        "Build a VR viewer", "Wrap-up"};
    for (int i = 0; i < mainTitles.size(); ++i) {
        const QDateTime start = slot.addSecs(i * 1800);
        catalog::Session m;
        m.id = QStringLiteral("main-%1").arg(i + 1);
        m.title = mainTitles.at(i);
        m.channelId = QStringLiteral("main");
        m.topicId = QStringLiteral("video");
        m.language = QStringLiteral("en");
        m.type = QStringLiteral("talk");
        m.abstract = QStringLiteral("A demo session of the generated Omnikast demo event.");
        m.start = start;
        m.duration = minutes(30);
        m.speakerIds = {QStringLiteral("ada")};
        c.sessions.append(m);
        catalog::Session w = m;
        w.id = QStringLiteral("workshop-%1").arg(i + 1);
        w.title = workshopTitles.at(i);
        w.channelId = QStringLiteral("workshop");
        w.topicId = QStringLiteral("vr");
        w.type = QStringLiteral("workshop");
        w.language = i % 2 ? QStringLiteral("ja") : QStringLiteral("en");
        w.speakerIds = {QStringLiteral("eq")};
        c.sessions.append(w);
    }
    c.event.firstDay = c.event.lastDay = local.date();
    const QString path = dir + QStringLiteral("/omnikast-demo-event.json");
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return fail(path + QStringLiteral(": ") + f.errorString());
    f.write(catalog::writeOmnikastCatalog(c));
    if (!f.commit()) return fail(path + QStringLiteral(": ") + f.errorString());
    return path;
}

}  // namespace omk::ui
