#pragma once
// Shared by the Probe/Metadata/Grabber/BadInput/DemoClip tests: generated media and an MP4 box
// editor that injects spherical metadata the way Google's spatial-media tool does.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <optional>
#include <vector>

namespace omk::media::testing {

inline QString tmpPath(const QString& name) {
    QDir().mkpath(QStringLiteral(OMNIKAST_TEST_TMP));
    return QStringLiteral(OMNIKAST_TEST_TMP "/") + name;
}

// Runs the ffmpeg CLI with `args` (already quoted where needed) writing `name` in the test
// directory, once per build tree. Returns the path, or empty on failure.
inline QString ffmpegMake(const QString& name, const QString& args) {
    const QString path = tmpPath(name);
    if (QFile::exists(path)) return path;
    // Parallel ctest processes may make the same file: each writes its own, rename is atomic.
    const QString part = path + QStringLiteral(".part%1.").arg(QCoreApplication::applicationPid()) +
                         name.section(QLatin1Char('.'), -1);
    const QString cmd = QStringLiteral("\"%1\" -nostdin -v error -y %2 \"%3\" && mv \"%3\" \"%4\"")
                            .arg(QStringLiteral(OMNIKAST_FFMPEG), args, part, path);
    if (std::system(cmd.toLocal8Bit().constData()) != 0) return {};
    return path;
}

// A 2 s, 25 fps testsrc2 clip with B-frames, moov at the end (so boxes can be added to it
// without moving any sample), one keyframe a second.
inline QString testsrcClip(const QString& name = QStringLiteral("grab-2s-25fps.mp4")) {
    return ffmpegMake(name, QStringLiteral("-f lavfi -i testsrc2=size=320x160:rate=25:duration=2 "
                                           "-c:v libx264 -preset veryfast -g 25 -bf 2 "
                                           "-pix_fmt yuv420p"));
}

inline QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString& path, const QByteArray& data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// --- MP4 boxes -----------------------------------------------------------------------------

inline void putU32(QByteArray& b, uint32_t v) {
    b.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
}
inline uint32_t getU32(const QByteArray& b, qsizetype at) {
    const auto* p = reinterpret_cast<const uint8_t*>(b.constData() + at);
    return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3];
}

inline QByteArray box(const char type[4], const QByteArray& payload) {
    QByteArray b;
    putU32(b, uint32_t(8 + payload.size()));
    b.append(type, 4).append(payload);
    return b;
}
inline QByteArray fullBox(const char type[4], const QByteArray& payload) {
    QByteArray p(4, '\0');  // version 0, flags 0
    return box(type, p + payload);
}

struct BoxRef {
    qsizetype offset = 0, size = 0;
};

// Finds the first child of type `type` among the boxes in [begin, end). 32-bit sizes only, which
// is all ffmpeg writes for small clips.
inline std::optional<BoxRef> findChild(const QByteArray& b, qsizetype begin, qsizetype end,
                                       const char type[4]) {
    for (qsizetype at = begin; at + 8 <= end;) {
        const qsizetype size = getU32(b, at);
        if (size < 8 || at + size > end) return std::nullopt;
        if (b.mid(at + 4, 4) == QByteArray(type, 4)) return BoxRef{at, size};
        at += size;
    }
    return std::nullopt;
}

// Appends `insert` as the last child of the box at path (e.g. {"moov","trak"}), growing the
// size of every box on the path. `skip` gives bytes between a box's header and its children
// for boxes that have fields first (stsd: 8, a visual sample entry: 78).
inline bool appendToBox(QByteArray& file, const QStringList& path, const QByteArray& insert) {
    std::vector<BoxRef> chain;
    qsizetype begin = 0, end = file.size();
    for (const QString& type : path) {
        const QByteArray t = type.toLatin1();
        auto found = findChild(file, begin, end, t.constData());
        if (!found) return false;
        chain.push_back(*found);
        qsizetype skip = 8;
        if (t == "stsd") skip += 8;
        if (t == "avc1" || t == "hvc1") skip += 78;
        begin = found->offset + skip;
        end = found->offset + found->size;
    }
    const BoxRef last = chain.back();
    file.insert(last.offset + last.size, insert);
    for (const BoxRef& r : chain) {
        QByteArray size;
        putU32(size, uint32_t(r.size + insert.size()));
        file.replace(r.offset, 4, size);
    }
    return true;
}

// Spherical Video V2: st3d (stereo_mode 1 = top-bottom, 2 = left-right) and
// sv3d{svhd, proj{prhd, equi}}; bounds are 0.32 fixed point, angles degrees.
inline QByteArray st3dBox(uint8_t mode) {
    return fullBox("st3d", QByteArray(1, char(mode)));
}
inline QByteArray sv3dBox(double yaw, double pitch, double roll, uint32_t left = 0,
                          uint32_t right = 0) {
    QByteArray prhd, equi;
    putU32(prhd, uint32_t(int32_t(yaw * 65536)));
    putU32(prhd, uint32_t(int32_t(pitch * 65536)));
    putU32(prhd, uint32_t(int32_t(roll * 65536)));
    putU32(equi, 0);  // top
    putU32(equi, 0);  // bottom
    putU32(equi, left);
    putU32(equi, right);
    const QByteArray proj = box("proj", fullBox("prhd", prhd) + fullBox("equi", equi));
    return box("sv3d", fullBox("svhd", QByteArray("omnikast-tests", 15)) + proj);
}

// Spherical Video V1: the XMP document in a uuid box inside the video trak.
inline QByteArray v1UuidBox(const QString& stereoMode, int heading) {
    static const unsigned char kUuid[16] = {0xff, 0xcc, 0x82, 0x63, 0xf8, 0x55, 0x4a, 0x93,
                                            0x88, 0x14, 0x58, 0x7a, 0x02, 0x52, 0x1f, 0xdd};
    const QString xmp =
        QStringLiteral(
            "<?xml version=\"1.0\"?><rdf:SphericalVideo\n"
            "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n"
            "xmlns:GSpherical=\"http://ns.google.com/videos/1.0/spherical/\">"
            "<GSpherical:Spherical>true</GSpherical:Spherical>"
            "<GSpherical:Stitched>true</GSpherical:Stitched>"
            "<GSpherical:StitchingSoftware>Omnikast tests</GSpherical:StitchingSoftware>"
            "<GSpherical:ProjectionType>equirectangular</GSpherical:ProjectionType>"
            "<GSpherical:StereoMode>%1</GSpherical:StereoMode>"
            "<GSpherical:InitialViewHeadingDegrees>%2</GSpherical:InitialViewHeadingDegrees>"
            "</rdf:SphericalVideo>")
            .arg(stereoMode)
            .arg(heading);
    return box("uuid", QByteArray(reinterpret_cast<const char*>(kUuid), 16) + xmp.toUtf8());
}

}  // namespace omk::media::testing
