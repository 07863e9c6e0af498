#include "ui/IcsWriter.h"

#include <QTimeZone>

namespace omk::ui {

namespace {

QByteArray utcStamp(const QDateTime& t) {
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

// Folds one content line: at most 75 octets a line, continuation lines start with a space
// (which counts towards their 75). Cuts only before a UTF-8 lead byte.
void appendFolded(QByteArray& out, const QByteArray& line) {
    qsizetype pos = 0;
    qsizetype limit = 75;
    while (line.size() - pos > limit) {
        qsizetype cut = pos + limit;
        while (cut > pos && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80) --cut;
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        limit = 74;
    }
    out += line.mid(pos);
    out += "\r\n";
}

void property(QByteArray& out, const char* name, const QString& text) {
    if (text.isEmpty()) return;
    appendFolded(out, QByteArray(name) + ':' + escapeIcsText(text).toUtf8());
}

}  // namespace

QString escapeIcsText(const QString& text) {
    QString r;
    r.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u',' || c == u';') {
            r += u'\\';
            r += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n') ++i;
            r += QStringLiteral("\\n");
        } else if (c == u'\n') {
            r += QStringLiteral("\\n");
        } else if (c.unicode() < 0x20 && c != u'\t') {
            // Control characters are not allowed in TEXT values.
        } else {
            r += c;
        }
    }
    return r;
}

QByteArray toIcs(const catalog::Catalog& catalog, const QStringList& sessionIds,
                 const QDateTime& stamp) {
    QByteArray out;
    appendFolded(out, "BEGIN:VCALENDAR");
    appendFolded(out, "VERSION:2.0");
    appendFolded(out, "PRODID:-//Omnikast//My schedule//EN");
    appendFolded(out, "CALSCALE:GREGORIAN");
    property(out, "X-WR-CALNAME", catalog.event.title);
    const QString domain =
        catalog.event.id.isEmpty() ? QStringLiteral("omnikast") : catalog.event.id;
    for (const catalog::Session& s : catalog.sessions) {
        if (!sessionIds.contains(s.id)) continue;
        appendFolded(out, "BEGIN:VEVENT");
        // A stable UID lets calendars update instead of duplicating on a second export.
        property(out, "UID", s.id + u'@' + domain + QStringLiteral(".omnikast"));
        appendFolded(out, "DTSTAMP:" + utcStamp(stamp));
        appendFolded(out, "DTSTART:" + utcStamp(s.start));
        appendFolded(out, "DTEND:" + utcStamp(s.end()));
        property(out, "SUMMARY", s.title);
        if (const catalog::Channel* c = catalog.channel(s.channelId))
            property(out, "LOCATION", c->name);
        property(out, "DESCRIPTION", s.abstract.isEmpty() ? s.description : s.abstract);
        // URL is a URI value, not TEXT: no escaping.
        if (!s.url.isEmpty()) appendFolded(out, "URL:" + s.url.toUtf8());
        appendFolded(out, "END:VEVENT");
    }
    appendFolded(out, "END:VCALENDAR");
    return out;
}

}  // namespace omk::ui
