#include "replay/CameraPath.h"

#include "protocol/FieldReader.h"

#include <QFile>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace omk::replay {

namespace {
constexpr int kMaxKeyframes = 100000;
constexpr double kMaxSeconds = 1e9;
constexpr double kMaxYaw = 1e6;  // degrees: spins, but never a value that loses precision
}  // namespace

CameraPath::CameraPath() : m_keys{CameraKeyframe{}} {}

Expected<CameraPath> CameraPath::parse(const QByteArray& json) {
    auto parsed = protocol::parseFrameObject(json);
    if (!parsed) return parsed.unexpected();
    const QJsonObject o = *parsed;
    protocol::FieldReader r(o, QString());
    r.allowOnly({"version", "interpolation", "keyframes"});
    const auto version = r.integer("version", true, 1, 1000000);
    const QString interpolation =
        r.string("interpolation", false, 16).value_or(QStringLiteral("linear"));
    if (!r.ok()) return fail(r.error());
    if (*version != 1)
        return fail(QStringLiteral("version: camera path version %1 is not 1").arg(*version));
    CameraPath path;
    if (interpolation == QLatin1String("smooth"))
        path.m_smooth = true;
    else if (interpolation != QLatin1String("linear"))
        return fail(QStringLiteral("interpolation: expected \"linear\" or \"smooth\""));

    const QJsonValue keys = o.value(QStringLiteral("keyframes"));
    if (!keys.isArray()) return fail(QStringLiteral("keyframes: expected an array"));
    const QJsonArray array = keys.toArray();
    if (array.isEmpty()) return fail(QStringLiteral("keyframes: expected at least one"));
    if (array.size() > kMaxKeyframes)
        return fail(QStringLiteral("keyframes: more than %1").arg(kMaxKeyframes));
    path.m_keys.clear();
    CameraKeyframe prev;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("keyframes[%1].").arg(i);
        if (!array.at(i).isObject())
            return fail(where.chopped(1) + QStringLiteral(": expected an object"));
        const QJsonObject k = array.at(i).toObject();
        protocol::FieldReader kr(k, where);
        kr.allowOnly({"t", "yaw", "pitch", "fov"});
        CameraKeyframe key;
        key.t = kr.number("t", true, 0, kMaxSeconds).value_or(0);
        key.yaw = kr.number("yaw", false, -kMaxYaw, kMaxYaw).value_or(prev.yaw);
        key.pitch = kr.number("pitch", false, -90, 90).value_or(prev.pitch);
        key.fov = kr.number("fov", false, 1, 179).value_or(prev.fov);
        if (!kr.ok()) return fail(kr.error());
        if (i > 0 && key.t < prev.t)
            return fail(where + QStringLiteral("t: %1 is before the previous keyframe's %2")
                                    .arg(key.t)
                                    .arg(prev.t));
        path.m_keys.append(key);
        prev = key;
    }
    return path;
}

Expected<CameraPath> CameraPath::load(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return fail(file + QStringLiteral(": ") + f.errorString());
    auto path = parse(f.read(16 * 1024 * 1024));
    if (!path) return fail(file + QStringLiteral(": ") + path.error().message);
    return path;
}

ViewParams CameraPath::at(double seconds) const {
    ViewParams v;
    const auto after = std::upper_bound(m_keys.begin(), m_keys.end(), seconds,
                                        [](double s, const CameraKeyframe& k) { return s < k.t; });
    const CameraKeyframe* a = nullptr;
    const CameraKeyframe* b = nullptr;
    if (after == m_keys.begin()) {
        a = b = &m_keys.front();
    } else if (after == m_keys.end()) {
        a = b = &m_keys.back();
    } else {
        a = &*(after - 1);
        b = &*after;
    }
    double f = b->t > a->t ? (seconds - a->t) / (b->t - a->t) : 0;
    f = std::clamp(f, 0.0, 1.0);
    if (m_smooth) f = f * f * (3 - 2 * f);  // smoothstep: eases in and out of each keyframe
    v.yaw = a->yaw + (b->yaw - a->yaw) * f;
    v.pitch = a->pitch + (b->pitch - a->pitch) * f;
    v.fov = a->fov + (b->fov - a->fov) * f;
    return v;
}

}  // namespace omk::replay
