#include "catalog/DreamkastLive.h"

#include "catalog/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUrl>

#include <cmath>

namespace omk::catalog {

namespace {

const QString kOnAirSource = QStringLiteral("OnAirChannel broadcast");
const QString kWeaverSource = QStringLiteral("viewerCount reply");

bool playableUrl(const QString& text) {
    const QUrl u(text);
    if (!u.isValid() || u.host().isEmpty()) return false;
    const QString s = u.scheme().toLower();
    return s == QLatin1String("http") || s == QLatin1String("https") ||
           s == QLatin1String("rtmp") || s == QLatin1String("rtsp") || s == QLatin1String("srt");
}

}  // namespace

Expected<QHash<QString, OnAirTalk>> parseDreamkastOnAir(const QJsonValue& message) {
    JsonReader r(kOnAirSource);
    const JsonNode root{message, QStringLiteral("message")};
    const QJsonObject tracks = r.object(root, Need::Required);
    if (!r.ok()) return r.unexpected();
    QHash<QString, OnAirTalk> out;
    for (auto it = tracks.begin(); it != tracks.end() && r.ok(); ++it) {
        const JsonNode n = JsonReader::member(root, it.key());
        if (n.missing()) continue;  // an explicit null: nothing on air there
        r.object(n, Need::Required);
        if (!r.ok()) break;
        const JsonNode onAir = JsonReader::field(n, QStringLiteral("onAir"));
        if (!onAir.missing() && !onAir.value.isBool()) {
            r.fail(onAir,
                   QStringLiteral("expected a boolean, got %1").arg(jsonTypeName(onAir.value)));
            break;
        }
        if (onAir.value == QJsonValue(false)) continue;
        OnAirTalk t;
        t.talkId = r.text(n, QStringLiteral("id"), Need::Required);
        t.title = r.text(n, QStringLiteral("title"));
        const JsonNode trackNode = JsonReader::field(n, QStringLiteral("trackId"));
        const QString trackId = r.text(trackNode);
        const QString videoId = r.text(n, QStringLiteral("videoId"));
        if (!r.ok()) break;
        if (it.key().isEmpty()) {
            r.fail(n, QStringLiteral("empty track id"));
            break;
        }
        // A talk with no id cannot be matched to the catalog or told from the next one.
        if (t.talkId.isEmpty()) {
            r.fail(JsonReader::field(n, QStringLiteral("id")), QStringLiteral("empty talk id"));
            break;
        }
        // dreamkast-ui refuses a talk filed under another track ("something wrong with backend").
        if (!trackId.isEmpty() && trackId != it.key()) {
            r.fail(trackNode, QStringLiteral("talk is listed under track %1 but says track %2")
                                  .arg(it.key().left(40), trackId.left(40)));
            break;
        }
        if (playableUrl(videoId)) t.streamUrl = videoId;
        out.insert(it.key(), std::move(t));
    }
    if (!r.ok()) return r.unexpected();
    return out;
}

QByteArray weaverViewerCountRequest(const QString& confName) {
    const QJsonObject body{
        {QStringLiteral("operationName"), QStringLiteral("GetViewerCount")},
        {QStringLiteral("query"),
         QStringLiteral("query GetViewerCount($confName: ConfName!) { viewerCount(confName: "
                        "$confName) { trackName count } }")},
        {QStringLiteral("variables"), QJsonObject{{QStringLiteral("confName"), confName}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Expected<QHash<QString, int>> parseWeaverViewerCounts(const QByteArray& body) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QStringLiteral("%1: not JSON: %2 at byte %3")
                        .arg(kWeaverSource, error.errorString())
                        .arg(error.offset));
    if (!doc.isObject()) return fail(kWeaverSource + QStringLiteral(": not a JSON object"));
    JsonReader r(kWeaverSource);
    const JsonNode root{doc.object(), QStringLiteral("reply")};
    const JsonNode errors = JsonReader::field(root, QStringLiteral("errors"));
    const QJsonArray errorList = r.array(errors);
    if (!r.ok()) return r.unexpected();
    if (!errorList.isEmpty()) {
        const QString first =
            errorList.first().toObject().value(QStringLiteral("message")).toString();
        return fail(QStringLiteral("%1: the server answered with an error: %2")
                        .arg(kWeaverSource,
                             first.isEmpty() ? QStringLiteral("(no message)") : first.left(200)));
    }
    const JsonNode data = JsonReader::field(root, QStringLiteral("data"));
    r.object(data, Need::Required);
    const JsonNode list = JsonReader::field(data, QStringLiteral("viewerCount"));
    const QJsonArray a = r.array(list, Need::Required);
    QHash<QString, int> out;
    for (qsizetype i = 0; i < a.size() && r.ok(); ++i) {
        const JsonNode n = JsonReader::index(list, i);
        r.object(n, Need::Required);
        const QString track = r.text(n, QStringLiteral("trackName"), Need::Required);
        const JsonNode countNode = JsonReader::field(n, QStringLiteral("count"));
        const std::optional<double> count = r.number(countNode, Need::Required);
        if (!r.ok()) break;
        if (*count < 0 || *count > 1e9 || *count != std::floor(*count)) {
            r.fail(countNode, QStringLiteral("expected a viewer count, got %1").arg(*count));
            break;
        }
        out.insert(track, int(*count));
    }
    if (!r.ok()) return r.unexpected();
    return out;
}

}  // namespace omk::catalog
