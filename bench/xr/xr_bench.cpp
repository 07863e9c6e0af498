// VR frame timing: a 4K (3840x1920) equirect H.264 clip, made here with ffmpeg, played through
// the real `omnikast xr` on the active OpenXR runtime at the runtime's recommended view size,
// once with the projection layer (the sphere drawn per eye) and once with the equirect2 layer
// (the picture copied into the runtime's equirect layer, which samples it at display time).
// Reports each eye's render time (with the graphics API waited for after each eye) and the time
// from xrWaitFrame returning to xrEndFrame returning, mean / p95 / max, as ratios of a 90 Hz
// frame (11.1 ms). Without a runtime (XR_RUNTIME_JSON or an active_runtime.json) there is
// nothing to measure: it says why and exits 0, skipped.
//
//   xr_bench [--frames N] [--json]
#include "xr/RuntimeProbe.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

constexpr double kBudgetMs = 1000.0 / 90.0;

struct Row {
    QString layer;
    QJsonObject summary;
};

QString fixed(double v, int decimals = 2) {
    return QString::number(v, 'f', decimals);
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout), err(stderr);
    int frames = 300;
    bool json = false;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--json")) {
            json = true;
        } else if (args[i] == QLatin1String("--frames") && i + 1 < args.size()) {
            frames = args[++i].toInt();
            if (frames < 1) frames = 1;
        } else {
            err << "usage: xr_bench [--frames N] [--json]\n";
            return 1;
        }
    }

    if (auto manifest = omk::xr::findRuntimeManifest(); !manifest) {
        out << "xr_bench: skipped: " << manifest.error().message << "\n";
        return 0;
    }
    auto runtime = omk::xr::probeRuntime();
    if (!runtime) {
        out << "xr_bench: skipped: VR unavailable: " << runtime.error().message << "\n";
        return 0;
    }

    QTemporaryDir dir;
    const QString clip = dir.filePath(QStringLiteral("equirect-4k.mp4"));
    // Long enough that the clip never ends during a run; 30 fps as a live event is.
    const int seconds = frames / 30 + 20;
    if (QProcess::execute(
            QStringLiteral("ffmpeg"),
            {"-v", "error", "-y", "-f", "lavfi", "-i",
             QStringLiteral("testsrc2=size=3840x1920:rate=30:duration=%1").arg(seconds), "-c:v",
             "libx264", "-preset", "ultrafast", "-g", "30", "-pix_fmt", "yuv420p", clip}) != 0) {
        err << "xr_bench: ffmpeg could not make the 4K clip\n";
        return 1;
    }

    std::vector<Row> rows;
    for (const QString& layer : {QStringLiteral("projection"), QStringLiteral("equirect2")}) {
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(QStringLiteral(OMNIKAST_BIN),
                {QStringLiteral("xr"), clip, QStringLiteral("--frames"), QString::number(frames),
                 QStringLiteral("--layer"), layer, QStringLiteral("--json")});
        if (!p.waitForFinished(600000)) {
            p.kill();
            p.waitForFinished();
            err << "xr_bench: `omnikast xr --layer " << layer << "` did not finish\n";
            return 1;
        }
        const QByteArray stdoutText = p.readAllStandardOutput();
        // The summary is the last JSON object (a runtime may print lines of its own).
        const QJsonObject o =
            QJsonDocument::fromJson(stdoutText.mid(stdoutText.indexOf("{\n"))).object();
        if (p.exitCode() != 0 || o.isEmpty()) {
            err << "xr_bench: `omnikast xr --layer " << layer
                << "` failed: " << QString::fromUtf8(p.readAllStandardError()).trimmed() << "\n";
            return 1;
        }
        rows.push_back({layer, o});
    }

    if (json) {
        QJsonArray runs;
        for (const Row& r : rows) {
            QJsonObject o = r.summary;
            o.insert(QStringLiteral("layer_asked"), r.layer);
            runs.append(o);
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("budget_ms"), kBudgetMs},
                                         {QStringLiteral("runs"), runs}})
                   .toJson(QJsonDocument::Indented);
        return 0;
    }
    out << "runtime: " << runtime->runtimeName << " (" << runtime->systemName << ")\n"
        << "clip: 3840x1920 H.264 30 fps (testsrc2), " << frames << " frames per layer\n"
        << "budget: " << fixed(kBudgetMs) << " ms (90 Hz)\n\n";
    out << "| layer asked | layer used | eye size | per-eye render ms (L / R: mean, p95, max) | "
           "wait->end ms (mean, p95, max) | both eyes / budget | wait->end p95 / budget |\n"
        << "|---|---|---|---|---|---|---|\n";
    for (const Row& r : rows) {
        const QJsonObject& o = r.summary;
        auto eye = [&](const char* key, int i) {
            return o.value(QLatin1String(key)).toArray().at(i).toDouble();
        };
        const QString used = o.value(QStringLiteral("layer")).toString();
        const QJsonArray sizes = o.value(QStringLiteral("eye_sizes")).toArray();
        QString eyeSize = sizes.at(0).toString();
        if (used == QLatin1String("equirect2"))
            eyeSize += QStringLiteral(" (image ") +
                       o.value(QStringLiteral("layer_image_size")).toString() + ")";
        // A mono picture is one layer image for both eyes, drawn once.
        const bool oneImage = used == QLatin1String("equirect2");
        const double both =
            eye("eye_render_ms_mean", 0) + (oneImage ? 0 : eye("eye_render_ms_mean", 1));
        const double wait95 = o.value(QStringLiteral("frame_work_ms_p95")).toDouble();
        out << "| " << r.layer << " | " << used << " | " << eyeSize << " | "
            << fixed(eye("eye_render_ms_mean", 0)) << ", " << fixed(eye("eye_render_ms_p95", 0))
            << ", " << fixed(eye("eye_render_ms_max", 0)) << " / "
            << fixed(eye("eye_render_ms_mean", 1)) << ", " << fixed(eye("eye_render_ms_p95", 1))
            << ", " << fixed(eye("eye_render_ms_max", 1)) << " | "
            << fixed(o.value(QStringLiteral("frame_work_ms_mean")).toDouble()) << ", "
            << fixed(wait95) << ", "
            << fixed(o.value(QStringLiteral("frame_work_ms_max")).toDouble()) << " | "
            << fixed(both / kBudgetMs, 3) << " | " << fixed(wait95 / kBudgetMs, 3) << " |\n";
        if (!o.value(QStringLiteral("layer_note")).isNull())
            out << "  (" << o.value(QStringLiteral("layer_note")).toString() << ")\n";
    }
    return 0;
}
