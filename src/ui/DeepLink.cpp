#include "ui/DeepLink.h"

#include "protocol/FieldReader.h"

#include <algorithm>

#include <QUrl>
#include <QUrlQuery>

#include <cmath>

namespace omk::ui {

namespace {

constexpr QLatin1StringView kScheme{"omnikast://"};
// Far above any real link; keeps a pasted megabyte from reaching the URL parser.
constexpr qsizetype kMaxLinkLength = 2048;
// A week: longer than any stream, short enough that the seconds stay exact as a double.
constexpr double kMaxStartSeconds = 7 * 24 * 3600.0;

Unexpected bad(QString why) {
    // Parts of the link are quoted back; a line break in them must not split the error.
    for (QChar& c : why)
        if (c.category() == QChar::Other_Control) c = u'?';
    return fail(why);
}

Expected<double> parseStart(const QString& value) {
    bool ok = false;
    const double t = value.toDouble(&ok);
    // toDouble also takes "inf", "nan" and exponents; a link says plain seconds.
    for (QChar c : value)
        if (!c.isDigit() && c != u'.') ok = false;
    if (!ok || !std::isfinite(t))
        return bad(QStringLiteral("t must be a number of seconds, not \"%1\"").arg(value.left(32)));
    if (t > kMaxStartSeconds)
        return bad(QStringLiteral("t=%1 is more than a week").arg(value.left(32)));
    return t;
}

}  // namespace

bool isDeepLink(const QString& argument) {
    return argument.startsWith(kScheme, Qt::CaseInsensitive);
}

Expected<DeepLink> parseDeepLink(const QString& link) {
    if (!isDeepLink(link))
        return bad(QStringLiteral("expected omnikast://HOST[:PORT]/event/CHANNEL or /room/ROOM"));
    if (link.size() > kMaxLinkLength)
        return bad(QStringLiteral("longer than %1 characters").arg(kMaxLinkLength));
    const QUrl url(link, QUrl::StrictMode);
    if (!url.isValid()) return bad(url.errorString());
    if (!url.userInfo().isEmpty())
        return bad(QStringLiteral("a link carries no user name or password"));
    if (url.host().isEmpty()) return bad(QStringLiteral("no server host"));
    // QUrl gives -1 for no port and rejects ports above 65535; 0 cannot be connected to.
    if (url.port() == 0) return bad(QStringLiteral("port 0"));

    QUrl catalog;
    catalog.setScheme(QStringLiteral("http"));
    catalog.setHost(url.host());
    if (url.port() > 0) catalog.setPort(url.port());
    catalog.setPath(QStringLiteral("/catalog.json"));

    if (url.path() == QLatin1String("/signin")) {
        const QUrlQuery query(url);
        DeepLink out;
        out.catalogUrl = catalog.toString(QUrl::FullyEncoded);
        out.signInEmail =
            query.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded).trimmed();
        out.signInCode = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).trimmed();
        if (out.signInEmail.isEmpty() || !out.signInEmail.contains(u'@') ||
            out.signInEmail.size() > 320)
            return bad(QStringLiteral("a sign-in link needs email=ADDRESS"));
        if (out.signInCode.isEmpty() || out.signInCode.size() > 16)
            return bad(QStringLiteral("a sign-in link needs code=CODE"));
        for (QChar c : out.signInCode)
            if (!c.isLetterOrNumber() && c != u'-')
                return bad(QStringLiteral("the sign-in code holds letters and digits only"));
        return out;
    }

    // Split the encoded path so that an encoded "/" inside CHANNEL stays part of it.
    const QStringList parts = url.path(QUrl::FullyEncoded).split(u'/');
    const bool room = parts.size() == 3 && parts.at(1) == QLatin1String("room");
    if (parts.size() != 3 || !parts.at(0).isEmpty() ||
        (parts.at(1) != QLatin1String("event") && !room))
        return bad(
            QStringLiteral("expected the path /event/CHANNEL, /room/ROOM or /signin, got \"%1\"")
                .arg(url.path().left(64)));
    if (room) {
        DeepLink out;
        out.catalogUrl = catalog.toString(QUrl::FullyEncoded);
        out.partyRoom = QUrl::fromPercentEncoding(parts.at(2).toUtf8());
        if (!protocol::isIdentifier(out.partyRoom))
            return bad(QStringLiteral("the room must be 1-64 letters, digits or ASCII signs"));
        const QStringList invites =
            QUrlQuery(url).allQueryItemValues(QStringLiteral("invite"), QUrl::FullyDecoded);
        if (invites.size() > 1) return bad(QStringLiteral("invite is given more than once"));
        if (!invites.isEmpty()) {
            out.partyInvite = invites.first();
            // The server's invites are base64url; a longer or stranger one was mangled on the way.
            const bool clean =
                std::all_of(out.partyInvite.cbegin(), out.partyInvite.cend(), [](QChar c) {
                    return c.unicode() < 128 && (c.isLetterOrNumber() || c == u'-' || c == u'_');
                });
            if (out.partyInvite.isEmpty() || out.partyInvite.size() > 256 || !clean)
                return bad(QStringLiteral(
                    "the invite was cut or changed on the way: ask the host for the link again"));
        }
        return out;
    }
    const QString channel = QUrl::fromPercentEncoding(parts.at(2).toUtf8());
    // A channel's id as the catalog has it: frab and Pretalx rooms are named as people write
    // them ("Saal 1", "会議室 3"); its chat room has an id of its own (protocol/ChannelRoom).
    const bool control = std::any_of(channel.cbegin(), channel.cend(),
                                     [](QChar c) { return c.category() == QChar::Other_Control; });
    if (channel.trimmed().isEmpty() || channel.size() > 256 || control)
        return bad(
            QStringLiteral("the channel must be 1-256 characters, not only spaces, and "
                           "no control characters"));

    DeepLink out;
    out.channelId = channel;
    const QUrlQuery query(url);
    const QStringList starts = query.allQueryItemValues(QStringLiteral("t"), QUrl::FullyDecoded);
    if (starts.size() > 1) return bad(QStringLiteral("t is given more than once"));
    if (starts.size() == 1) {
        auto t = parseStart(starts.first());
        if (!t) return t.unexpected();
        out.startSeconds = *t;
    }

    out.catalogUrl = catalog.toString(QUrl::FullyEncoded);
    return out;
}

}  // namespace omk::ui
