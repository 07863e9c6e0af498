#include "media/DemoClip.h"

#include "media/ClipWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QLinearGradient>
#include <QPainter>

#include <cmath>
#include <cstdio>
#include <numbers>
#include <vector>

namespace omk::media {

namespace {

constexpr int kWidth = 2048, kHeight = 1024, kFps = 30, kSeconds = 10;

// Equirectangular position of a direction: yaw 0 is the frame's centre, positive yaw is right,
// positive pitch is up (the conventions in core/Spherical.h).
QPointF toFrame(double yawDeg, double pitchDeg) {
    return {(yawDeg + 180.0) / 360.0 * kWidth, (90.0 - pitchDeg) / 180.0 * kHeight};
}

void drawLabel(QPainter& p, const QString& text, QPointF at, int pixelSize, QColor color) {
    QFont font(QStringLiteral("Sans"));
    font.setPixelSize(pixelSize);
    font.setBold(true);
    p.setFont(font);
    const QRectF box(at.x() - 400, at.y() - pixelSize, 800, 2 * pixelSize);
    p.setPen(QColor(0, 0, 0, 160));
    p.drawText(box.translated(3, 3), Qt::AlignCenter, text);
    p.setPen(color);
    p.drawText(box, Qt::AlignCenter, text);
}

QImage background() {
    QImage img(kWidth, kHeight, QImage::Format_RGB32);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, kHeight / 2.0);
    sky.setColorAt(0, QColor(20, 40, 110));
    sky.setColorAt(1, QColor(150, 200, 245));
    p.fillRect(QRectF(0, 0, kWidth, kHeight / 2.0), sky);
    QLinearGradient ground(0, kHeight / 2.0, 0, kHeight);
    ground.setColorAt(0, QColor(110, 150, 70));
    ground.setColorAt(1, QColor(40, 60, 25));
    p.fillRect(QRectF(0, kHeight / 2.0, kWidth, kHeight / 2.0), ground);

    p.setPen(QPen(QColor(255, 255, 255, 90), 2));
    for (int yaw = -180; yaw <= 180; yaw += 30) {
        const double x = toFrame(yaw, 0).x();
        p.drawLine(QPointF(x, 0), QPointF(x, kHeight));
    }
    for (int pitch = -60; pitch <= 60; pitch += 30) {
        const double y = toFrame(0, pitch).y();
        p.drawLine(QPointF(0, y), QPointF(kWidth, y));
    }
    p.setPen(QPen(QColor(255, 240, 200), 4));
    p.drawLine(QPointF(0, kHeight / 2.0), QPointF(kWidth, kHeight / 2.0));

    const QColor white(255, 255, 255);
    drawLabel(p, QStringLiteral("FRONT"), toFrame(0, 12), 96, QColor(255, 230, 80));
    drawLabel(p, QStringLiteral("RIGHT"), toFrame(90, 12), 96, white);
    drawLabel(p, QStringLiteral("LEFT"), toFrame(-90, 12), 96, white);
    // BACK straddles the seam, so it is drawn at both edges.
    drawLabel(p, QStringLiteral("BACK"), toFrame(-180, 12), 96, white);
    drawLabel(p, QStringLiteral("BACK"), toFrame(180, 12), 96, white);
    for (int yaw = -180; yaw < 180; yaw += 90) {
        drawLabel(p, QStringLiteral("UP"), toFrame(yaw + 45, 78), 64, white);
        drawLabel(p, QStringLiteral("DOWN"), toFrame(yaw + 45, -78), 64, white);
    }
    for (int yaw = -150; yaw <= 180; yaw += 30)
        drawLabel(p, QString::number(yaw) + QChar(0x00B0), toFrame(yaw, -4), 24,
                  QColor(255, 255, 255, 200));
    return img;
}

QImage frameAt(const QImage& bg, int index) {
    QImage img = bg.copy();
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const double t = double(index) / kFps;
    // One orbit of the horizon in the clip's length, bobbing up and down.
    const double yaw = std::fmod(t / kSeconds * 360.0, 360.0) - 180.0;
    const QPointF ball = toFrame(yaw, 20 * std::sin(t * std::numbers::pi));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(230, 60, 40));
    p.drawEllipse(ball, 40, 40);
    if (ball.x() < 40) p.drawEllipse(ball + QPointF(kWidth, 0), 40, 40);
    const int cs = int(std::lround(t * 100));
    drawLabel(p, QStringLiteral("%1.%2 s").arg(cs / 100).arg(cs % 100, 2, 10, QLatin1Char('0')),
              toFrame(0, -20), 72, QColor(255, 255, 255));
    return img;
}

// A soft 220 Hz tone with a brighter tick at the start of every second, so A/V sync is audible.
std::vector<float> audioFor(int firstSample, int count) {
    std::vector<float> out(size_t(count) * ClipWriter::kChannels);
    const double sr = ClipWriter::kSampleRate;
    for (int i = 0; i < count; ++i) {
        const double t = (firstSample + i) / sr;
        const double sinceTick = std::fmod(t, 1.0);
        double v = 0.05 * std::sin(2 * std::numbers::pi * 220 * t);
        if (sinceTick < 0.05)
            v += 0.3 * std::exp(-sinceTick * 80) * std::sin(2 * std::numbers::pi * 1000 * t);
        out[size_t(i) * 2] = out[size_t(i) * 2 + 1] = float(v);
    }
    return out;
}

Expected<void> generate(const QString& path) {
    SphericalInfo meta;  // equirect, mono
    auto writer = ClipWriter::open(path, kWidth, kHeight, kFps, true, &meta);
    if (!writer) return writer.unexpected();
    const QImage bg = background();
    const int samplesPerFrame = ClipWriter::kSampleRate / kFps;
    for (int i = 0; i < kFps * kSeconds; ++i) {
        if (auto r = (*writer)->writeVideo(frameAt(bg, i)); !r) return r;
        const auto pcm = audioFor(i * samplesPerFrame, samplesPerFrame);
        if (auto r = (*writer)->writeAudio(pcm.data(), samplesPerFrame); !r) return r;
    }
    return (*writer)->finish();
}

}  // namespace

Expected<QString> ensureDemoClip(const QString& dir) {
    const QString path = QDir(dir).filePath(QString::fromLatin1(kDemoClipName));
    if (QFile::exists(path)) return path;
    // The labels need Qt's font database, which exists only with a QGuiApplication.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return fail(
            QStringLiteral("%1: generating the demo clip needs a QGuiApplication").arg(path));
    if (!QDir().mkpath(dir)) return fail(QStringLiteral("%1: cannot create directory").arg(dir));
    // Another process may be generating it too; unique temp names keep them apart and the
    // rename makes the finished file appear whole.
    const QString temp =
        QStringLiteral("%1.%2.part.mp4").arg(path).arg(QCoreApplication::applicationPid());
    auto made = generate(temp);
    if (!made) {
        QFile::remove(temp);
        return made.unexpected();
    }
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) !=
        0) {
        QFile::remove(temp);
        return fail(QStringLiteral("%1: cannot rename the generated clip into place").arg(path));
    }
    return path;
}

}  // namespace omk::media
