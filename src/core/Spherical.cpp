#include "core/Spherical.h"

#include <QStringList>

#include <array>
#include <utility>

namespace omk {
namespace {

template <class E, std::size_t N>
Expected<E> parseName(const std::array<std::pair<const char*, E>, N>& names, const QString& s,
                      const char* what) {
    QStringList valid;
    for (const auto& [name, value] : names) {
        if (s.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) return value;
        valid << QLatin1String(name);
    }
    return fail(QStringLiteral("unknown %1 '%2' (expected one of: %3)")
                    .arg(QLatin1String(what), s, valid.join(QLatin1String(", "))));
}

constexpr std::array kProjections{
    std::pair{"equirect", Projection::Equirect}, std::pair{"equirect180", Projection::Equirect180},
    std::pair{"cubemap", Projection::Cubemap},   std::pair{"eac", Projection::Eac},
    std::pair{"flat", Projection::Flat},
};
constexpr std::array kStereo{
    std::pair{"mono", StereoLayout::Mono},
    std::pair{"top-bottom", StereoLayout::TopBottom},
    std::pair{"side-by-side", StereoLayout::SideBySide},
};
constexpr std::array kEyes{std::pair{"left", Eye::Left}, std::pair{"right", Eye::Right}};

template <class E, std::size_t N>
QString nameOf(const std::array<std::pair<const char*, E>, N>& names, E v) {
    for (const auto& [name, value] : names)
        if (value == v) return QLatin1String(name);
    return QStringLiteral("?");
}

}  // namespace

QString toString(Projection p) {
    return nameOf(kProjections, p);
}
QString toString(StereoLayout s) {
    return nameOf(kStereo, s);
}
QString toString(Eye e) {
    return nameOf(kEyes, e);
}
QString toString(InfoSource s) {
    switch (s) {
        case InfoSource::Default:
            return QStringLiteral("default");
        case InfoSource::Metadata:
            return QStringLiteral("metadata");
        case InfoSource::Override:
            return QStringLiteral("override");
    }
    return QStringLiteral("?");
}

Expected<Projection> parseProjection(const QString& s) {
    return parseName(kProjections, s, "projection");
}
Expected<StereoLayout> parseStereo(const QString& s) {
    return parseName(kStereo, s, "stereo layout");
}
Expected<Eye> parseEye(const QString& s) {
    return parseName(kEyes, s, "eye");
}

}  // namespace omk
