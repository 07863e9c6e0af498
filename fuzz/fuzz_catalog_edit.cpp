// Fuzzes the catalog's fine-grained edits (server/CatalogEdit.h): the first byte picks the part
// and the operation (modulo 15: 0-8 channel, stream, session × add, change, remove, as before
// speakers and topics; 9-14 speaker, topic × add, change, remove), the first line is the path's
// {…} segments ("/"-separated), the rest the body. The edit is read, made on a small catalog and
// the result checked as a whole catalog is (server/CatalogRequests.h). An edit or an error with a
// code, never a crash or a hang; an edit made adds or removes exactly one part of its kind, and a
// change keeps the count.
#include "server/CatalogEdit.h"
#include "server/CatalogRequests.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

namespace {

const QJsonObject& smallCatalog() {
    static const QJsonObject c = QJsonDocument::fromJson(R"({
  "omnikast_catalog": 1,
  "event": {"title": "Fuzz", "time_zone": "UTC"},
  "channels": [
    {"id": "main", "name": "Main", "streams": [{"url": "https://a/1.m3u8", "protocol": "hls"},
                                                {"url": "rtmp://a/2", "protocol": "rtmp"}]},
    {"id": "dome", "name": "Dome"}
  ],
  "topics": [{"id": "t1", "name": "Talks", "color": "#336699"}],
  "speakers": [{"id": "p1", "name": "Ada", "organisation": "Engines"}],
  "sessions": [
    {"id": "s1", "title": "One", "channel": "main", "topic": "t1", "speakers": ["p1"],
     "start": "2026-07-03T20:00:00Z", "duration": "01:00"}
  ]
})")
                                     .object();
    return c;
}

qsizetype countOf(const QJsonObject& root, omk::server::CatalogEdit::Part part,
                  const QString& channel) {
    using Part = omk::server::CatalogEdit::Part;
    const QJsonArray channels = root.value(QStringLiteral("channels")).toArray();
    switch (part) {
        case Part::Channel:
            return channels.size();
        case Part::Session:
            return root.value(QStringLiteral("sessions")).toArray().size();
        case Part::Speaker:
            return root.value(QStringLiteral("speakers")).toArray().size();
        case Part::Topic:
            return root.value(QStringLiteral("topics")).toArray().size();
        case Part::Stream:
            for (const auto& c : channels)
                if (c.toObject().value(QStringLiteral("id")).toString() == channel)
                    return c.toObject().value(QStringLiteral("streams")).toArray().size();
            return -1;
    }
    return -1;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace omk::server;
    using Part = CatalogEdit::Part;
    using Op = CatalogEdit::Op;
    if (size < 1) return 0;
    // The corpus's first bytes (0-8) keep their meaning; the parts added later come after them.
    const int pick = data[0] % 15;
    const auto part = static_cast<Part>(pick < 9 ? pick % 3 : 3 + (pick - 9) % 2);
    const auto op = static_cast<Op>(pick < 9 ? pick / 3 : (pick - 9) / 2);
    const QByteArray rest(reinterpret_cast<const char*>(data + 1),
                          static_cast<qsizetype>(size - 1));
    const qsizetype newline = rest.indexOf('\n');
    const QStringList pathIds =
        QString::fromUtf8(newline < 0 ? rest : rest.left(newline)).split(u'/');
    const QByteArray body = newline < 0 ? QByteArray() : rest.mid(newline + 1);

    const auto edit = readCatalogEdit(part, op, pathIds, body);
    if (!edit) {
        if (edit.error().code.isEmpty() || edit.error().message.isEmpty()) std::abort();
        return 0;
    }
    if (edit->fields.contains(QStringLiteral("position"))) std::abort();
    if (op != Op::Add && edit->id.isEmpty()) std::abort();
    const QJsonObject& before = smallCatalog();
    const auto made = applyCatalogEdit(before, *edit);
    if (!made) {
        if (made.error().code.isEmpty() || made.error().message.isEmpty()) std::abort();
        return 0;
    }
    const qsizetype was = countOf(before, part, edit->id);
    const qsizetype now = countOf(*made, part, edit->id);
    const qsizetype expected = op == Op::Add ? was + 1 : op == Op::Remove ? was - 1 : was;
    if (now != expected) std::abort();
    const auto checked = readCatalogPut(QJsonDocument(*made).toJson(QJsonDocument::Compact));
    if (!checked && checked.error().code.isEmpty()) std::abort();
    (void)auditAction(*edit);
    return 0;
}
