#pragma once
// One structured line per record: `event=NAME key=value …`, so logs grep and parse alike.

#include <QLoggingCategory>
#include <QString>

#include <initializer_list>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace omk::server {

using LogField = std::pair<const char*, QString>;
// Values with spaces, quotes or '=' are quoted so a line stays one record.
QString logLine(const char* event, std::initializer_list<LogField> fields);

}  // namespace omk::server
