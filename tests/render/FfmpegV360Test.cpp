// Cross-checks the cubemap and EAC layouts against FFmpeg itself: an equirect direction pattern is
// converted by the ffmpeg CLI's v360 filter, and rendering the result must show the same
// directions as rendering the equirect original.
#include "render/ProjectionMath.h"
#include "render/TestPattern.h"
#include "support/RenderFixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <cstring>

namespace omk::render::test {
namespace {

// Runs `ffmpeg` to convert a w x h RGBA equirect frame with v360; returns the output frame.
media::AvFramePtr convertWithV360(const AVFrame* in, const char* output, int outW, int outH,
                                  QString* error) {
    const QString dir = QStringLiteral(OMNIKAST_TEST_TMP);
    QDir().mkpath(dir);
    // One file per layout: ctest runs the layouts as parallel processes, and a shared input
    // file was rewritten under another's ffmpeg (a truncated read, a failed test).
    const QString inPath = dir + QStringLiteral("/v360_in_%1.rgba").arg(QLatin1String(output));
    const QString outPath = dir + QStringLiteral("/v360_out_%1.rgba").arg(QLatin1String(output));
    QFile inFile(inPath);
    if (!inFile.open(QIODevice::WriteOnly)) return *error = inFile.errorString(), nullptr;
    for (int y = 0; y < in->height; ++y)
        inFile.write(reinterpret_cast<const char*>(in->data[0] + y * in->linesize[0]),
                     in->width * 4);
    inFile.close();
    QProcess ffmpeg;
    ffmpeg.start(
        QStringLiteral(OMNIKAST_FFMPEG),
        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"),
         QStringLiteral("rawvideo"), QStringLiteral("-pix_fmt"), QStringLiteral("rgba"),
         QStringLiteral("-s"), QStringLiteral("%1x%2").arg(in->width).arg(in->height),
         QStringLiteral("-i"), inPath, QStringLiteral("-vf"),
         QStringLiteral("v360=input=e:output=%1:w=%2:h=%3:interp=near")
             .arg(QLatin1String(output))
             .arg(outW)
             .arg(outH),
         QStringLiteral("-f"), QStringLiteral("rawvideo"), QStringLiteral("-pix_fmt"),
         QStringLiteral("rgba"), outPath});
    if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitCode() != 0)
        return *error = QString::fromUtf8(ffmpeg.readAllStandardError()), nullptr;
    QFile outFile(outPath);
    if (!outFile.open(QIODevice::ReadOnly)) return *error = outFile.errorString(), nullptr;
    const QByteArray data = outFile.readAll();
    if (data.size() != qsizetype(outW) * outH * 4)
        return *error = QStringLiteral("unexpected output size %1").arg(data.size()), nullptr;
    media::AvFramePtr f = media::makeFrame();
    f->format = AV_PIX_FMT_RGBA;
    f->width = outW;
    f->height = outH;
    if (av_frame_get_buffer(f.get(), 0) < 0) return nullptr;
    for (int y = 0; y < outH; ++y)
        std::memcpy(f->data[0] + y * f->linesize[0], data.constData() + y * outW * 4,
                    size_t(outW) * 4);
    return f;
}

class FfmpegV360 : public RenderFixture, public ::testing::WithParamInterface<Projection> {};

TEST_P(FfmpegV360, LayoutMatchesFfmpeg) {
    auto equirect = directionPattern(Projection::Equirect, StereoLayout::Mono, 1024, 512);
    ASSERT_TRUE(equirect);
    QString error;
    auto cube = convertWithV360(equirect.get(), GetParam() == Projection::Eac ? "eac" : "c3x2", 768,
                                512, &error);
    ASSERT_TRUE(cube) << error.toStdString();
    ASSERT_TRUE(m_renderer.upload(cube.get()));
    SphericalInfo info;
    info.projection = GetParam();
    m_renderer.setSpherical(info);
    constexpr int kW = 96, kH = 64;
    for (double yaw : {0.0, 90.0, -90.0, 180.0, 30.0})
        for (double pitch : {0.0, 85.0, -85.0, 40.0}) {
            const ViewParams view{.yaw = yaw, .pitch = pitch, .roll = 0, .fov = 100};
            const QImage img = renderView(view, kW, kH);
            int bad = 0;
            for (int y = 2; y < kH; y += 6)
                for (int x = 2; x < kW; x += 6) {
                    const QVector3D want =
                        viewDirection(view, pixelNdcX(x, kW), pixelNdcY(y, kH), double(kW) / kH);
                    // FFmpeg's EAC pads faces by 2 px and nearest sampling adds half a texel.
                    const double err = angleBetweenDeg(decodeDirection(img.pixel(x, y)), want);
                    if (err > 3.0 && ++bad <= 3)
                        ADD_FAILURE() << "yaw " << yaw << " pitch " << pitch << " pixel " << x
                                      << "," << y << " off by " << err << " deg";
                }
        }
}

INSTANTIATE_TEST_SUITE_P(All, FfmpegV360, ::testing::Values(Projection::Cubemap, Projection::Eac),
                         [](const ::testing::TestParamInfo<Projection>& i) {
                             return toString(i.param).toStdString();
                         });

}  // namespace
}  // namespace omk::render::test
