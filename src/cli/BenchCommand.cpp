#include "cli/CliOptions.h"
#include "cli/Commands.h"
#include "cli/HeadlessView.h"
#include "cli/OpenPlayer.h"
#include "media/Player.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <sys/resource.h>

namespace omk::cli {
namespace {

double peakResidentMegabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

}  // namespace

int runBench(const QStringList& args) {
    const QString cmd = QStringLiteral("bench");
    auto opts = parseBenchArgs(args);
    if (!opts) return reportFailure(cmd, {}, opts.error().message);

    auto view = HeadlessView::create(opts->size);
    if (!view) return reportFailure(cmd, opts->input, view.error().message);
    (*view)->setSamplingPath(opts->sampling == QLatin1String("cpu") ? render::SamplingPath::Cpu
                             : opts->sampling == QLatin1String("shader")
                                 ? render::SamplingPath::Shader
                                 : render::SamplingPath::Auto);

    media::PlayerOptions playerOptions;
    playerOptions.enableAudio = false;  // audio would pace the demuxer at real time
    media::Player player(playerOptions);
    QString runtimeError;
    QObject::connect(&player, &media::Player::errorOccurred,
                     [&](const QString& message) { runtimeError = message; });
    if (auto r = openAndWait(player, opts->input); !r)
        return reportFailure(cmd, opts->input, r.error().message);
    (*view)->setSpherical(player.spherical());
    player.play();

    const ViewParams viewParams;  // the default view: yaw 0, pitch 0, fov 90
    long long frames = 0;
    long long uploadErrors = 0;
    // Where the time goes: waiting for the decoder, uploading, drawing (until the GPU is done).
    qint64 waitNs = 0, uploadNs = 0, renderNs = 0;
    QElapsedTimer timer, stage;
    timer.start();
    while (opts->frames < 0 || frames < opts->frames) {
        stage.start();
        auto frame = player.takeNextFrame(std::chrono::milliseconds(10000));
        waitNs += stage.nsecsElapsed();
        if (!frame) break;  // end of stream (or a stall longer than the timeout)
        stage.start();
        const bool uploaded = bool((*view)->upload(frame->frame.get()));
        frame.reset();  // hand the decoder its buffer back before drawing
        uploadNs += stage.nsecsElapsed();
        if (!uploaded) {
            ++uploadErrors;
            continue;
        }
        stage.start();
        (*view)->render(viewParams);
        (*view)->finish();
        renderNs += stage.nsecsElapsed();
        ++frames;
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (frames == 0) {
        QCoreApplication::processEvents();
        const QString why =
            runtimeError.isEmpty() ? QStringLiteral("no frame decoded") : runtimeError;
        return reportFailure(cmd, opts->input, why);
    }

    const double fps = static_cast<double>(frames) / seconds;
    const long long dropped = player.droppedFrames() + uploadErrors;
    const double peakMb = peakResidentMegabytes();
    auto perFrameMs = [&](qint64 ns) {
        return static_cast<double>(ns) / 1e6 / static_cast<double>(frames);
    };
    // Where the per-frame pass ran for the last frame: on the CPU (software rasterizers) or in
    // the shaders.
    const QString sampling =
        (*view)->samplesOnCpu() ? QStringLiteral("cpu") : QStringLiteral("shader");
    QTextStream out(stdout);
    if (opts->json) {
        QJsonObject o{
            {QStringLiteral("input"), opts->input},
            {QStringLiteral("frames"), frames},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("fps"), fps},
            {QStringLiteral("dropped_frames"), dropped},
            {QStringLiteral("peak_memory_mb"), peakMb},
            {QStringLiteral("wait_ms_per_frame"), perFrameMs(waitNs)},
            {QStringLiteral("upload_ms_per_frame"), perFrameMs(uploadNs)},
            {QStringLiteral("render_ms_per_frame"), perFrameMs(renderNs)},
            {QStringLiteral("size"),
             QStringLiteral("%1x%2").arg(opts->size.width()).arg(opts->size.height())},
            {QStringLiteral("decoder"), player.decoderName()},
            {QStringLiteral("renderer"), (*view)->rendererDescription()},
            {QStringLiteral("sampling"), sampling},
        };
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        // One figure per line, so scripts can grep them.
        out << "frames: " << frames << "\n"
            << "seconds: " << QString::number(seconds, 'f', 3) << "\n"
            << "fps: " << QString::number(fps, 'f', 2) << "\n"
            << "dropped frames: " << dropped << "\n"
            << "peak memory: " << QString::number(peakMb, 'f', 1) << " MB\n"
            << "decoder: " << player.decoderName() << "\n"
            << "renderer: " << (*view)->rendererDescription() << "\n"
            << "sampling: " << sampling << "\n"
            << "per frame: wait " << QString::number(perFrameMs(waitNs), 'f', 2) << " ms, upload "
            << QString::number(perFrameMs(uploadNs), 'f', 2) << " ms, render "
            << QString::number(perFrameMs(renderNs), 'f', 2) << " ms\n";
    }
    return 0;
}

}  // namespace omk::cli
