#include "ui/SettingsKeys.h"

#include <algorithm>
#include <cmath>

namespace omk::ui::settings {

QString foldId(const QString& id) {
    return QString(id).replace(u'/', u'_');
}

std::optional<double> parseNumber(const QVariant& stored) {
    bool ok = false;
    const double v = stored.toDouble(&ok);
    if (!ok || !std::isfinite(v)) return std::nullopt;
    return v;
}

std::optional<int> parseInt(const QVariant& stored) {
    bool ok = false;
    const int v = stored.toInt(&ok);
    if (!ok) return std::nullopt;
    return v;
}

std::optional<bool> parseBool(const QVariant& stored) {
    const QString s = stored.toString().trimmed().toLower();
    if (s == QLatin1String("true") || s == QLatin1String("1")) return true;
    if (s == QLatin1String("false") || s == QLatin1String("0")) return false;
    return std::nullopt;
}

std::optional<QString> parseString(const QVariant& stored) {
    if (!stored.canConvert<QString>()) return std::nullopt;
    return stored.toString();
}

std::optional<QString> parseNonEmpty(const QVariant& stored) {
    const auto s = parseString(stored);
    if (!s || s->trimmed().isEmpty()) return std::nullopt;
    return s;
}

std::optional<QStringList> parseStringList(const QVariant& stored) {
    // An INI file stores a one-item list as a plain string; toStringList reads both.
    return stored.toStringList();
}

std::optional<double> parseFov(const QVariant& stored) {
    const auto v = parseNumber(stored);
    if (!v) return std::nullopt;
    return std::clamp(*v, kMinFov, kMaxFov);
}

std::optional<double> parseScheduleZoom(const QVariant& stored) {
    const auto v = parseNumber(stored);
    if (!v) return std::nullopt;
    return std::clamp(*v, kMinScheduleZoom, kMaxScheduleZoom);
}

std::optional<int> parseChatWidth(const QVariant& stored) {
    const auto v = parseNumber(stored);
    // A negative or absurd width is not a narrower panel but a broken value: the default.
    if (!v || *v <= 0 || *v > kMaxChatWidth) return std::nullopt;
    return std::max(kMinChatWidth, static_cast<int>(std::lround(*v)));
}

std::optional<double> parseTextScale(const QVariant& stored) {
    const auto v = parseNumber(stored);
    if (!v || *v <= 0) return std::nullopt;
    return std::clamp(std::round(*v * 20) / 20, kMinTextScale, kMaxTextScale);
}

std::optional<QRect> parseGeometry(const QVariant& stored) {
    const QRect r = stored.toRect();
    const bool sane = r.width() >= kMinWindowSide && r.height() >= kMinWindowSide * 3 / 4 &&
                      r.width() <= kMaxWindowSide && r.height() <= kMaxWindowSide &&
                      std::abs(r.x()) <= kMaxWindowSide && std::abs(r.y()) <= kMaxWindowSide;
    if (!sane) return std::nullopt;
    return r;
}

std::optional<QString> parseSource(const QVariant& stored) {
    const QString s = stored.toString().trimmed();
    if (s.size() > 4096 || s.contains(u'\n') || s.contains(u'\r')) return std::nullopt;
    return s;
}

std::optional<QString> parseToken(const QVariant& stored) {
    const QString s = stored.toString().trimmed();
    if (s.size() > 8192) return std::nullopt;
    for (const QChar c : s)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) return std::nullopt;
    return s;
}

std::optional<int> parseVolume(const QVariant& stored) {
    const auto v = parseNumber(stored);
    if (!v) return std::nullopt;
    // Clamped as a double first: a huge stored number would not fit an int.
    return static_cast<int>(std::clamp(*v, 0.0, 100.0));
}

std::optional<QString> parseColorScheme(const QVariant& stored) {
    const QString s = stored.toString();
    if (s == QLatin1String("dark") || s == QLatin1String("light")) return s;
    return std::nullopt;
}

bool desktopPrefersHighContrast() {
    return qEnvironmentVariable("GTK_THEME")
        .contains(QLatin1String("HighContrast"), Qt::CaseInsensitive);
}

QString defaultGuestName() {
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() || user == QLatin1String("root") ? QStringLiteral("Guest") : user;
}

}  // namespace omk::ui::settings
