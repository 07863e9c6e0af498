#pragma once
// E-mail addresses as accounts are keyed: trimmed and lower-cased, exactly one '@', a dot in the
// domain, no spaces or control characters (so an address can never add a mail header), at most
// 254 characters (RFC 5321's path limit).

#include "core/Expected.h"

#include <QString>

namespace omk::server {

omk::Expected<QString> normaliseEmail(const QString& input);

}  // namespace omk::server
