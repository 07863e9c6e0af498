#include "server/Log.h"

Q_LOGGING_CATEGORY(lcServer, "omnikast.server", QtInfoMsg)

namespace omk::server {

QString logLine(const char* event, std::initializer_list<LogField> fields) {
    QString line = QStringLiteral("event=") + QLatin1String(event);
    for (const auto& [key, value] : fields) {
        line += u' ' + QLatin1String(key) + u'=';
        const bool quote = value.isEmpty() || value.contains(u' ') || value.contains(u'"') ||
                           value.contains(u'=') || value.contains(u'\n');
        if (!quote) {
            line += value;
            continue;
        }
        QString v = value;
        v.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        v.replace(u'\n', QStringLiteral("\\n"));
        line += u'"' + v + u'"';
    }
    return line;
}

}  // namespace omk::server
