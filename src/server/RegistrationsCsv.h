#pragma once
// The registrations a ticketing system exports, as `omnikast-server registrations import` reads
// them: CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes), separated by
// commas, semicolons or tabs (whichever the header line uses), in UTF-8 (a BOM is skipped) or
// UTF-16 with its BOM (spreadsheets' "Unicode text"). Three shapes, told apart by the header:
//   minimal: `email` and optionally `name` and `role` (attendee, moderator, admin);
//   Pretix (order positions): "Order code", "Attendee email" (else "Email"), "Attendee name"
//     (or its "Attendee name: Given name"/"…: Family name" parts), "Status";
//   Tito (tickets): "Ticket Email" (else "Order Email"), "Ticket Full Name" (or first + last).
// Rows with no usable address, or cancelled / void / expired / refunded ones, are skipped with a
// warning naming the line; an address twice counts once (the last row wins).
// Threading: pure.

#include "core/Expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace omk::server {

struct Registration {
    QString email;  // normalised
    QString name;   // may be empty
    QString role;   // "attendee", "moderator", "admin" or empty (leave as is)
    int line = 0;   // where it was read (1-based, the header is line 1)
};

struct RegistrationsFile {
    QString format;  // "minimal", "pretix" or "tito"
    QList<Registration> rows;
    QStringList warnings;  // at most kMaxWarnings, then one "… and N more"
    int skipped = 0;
    int duplicates = 0;
};

inline constexpr int kMaxWarnings = 20;
inline constexpr qsizetype kMaxRegistrationsBytes = 256LL * 1024 * 1024;

// source names the input in messages ("tickets.csv").
omk::Expected<RegistrationsFile> readRegistrationsCsv(const QByteArray& bytes,
                                                      const QString& source);

}  // namespace omk::server
