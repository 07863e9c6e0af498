#include "cli/CliOptions.h"
#include "cli/Commands.h"
#include "cli/HeadlessView.h"
#include "media/FrameGrabber.h"

#include <QFileInfo>
#include <QImageWriter>

namespace omk::cli {

int runSnapshot(const QStringList& args) {
    const QString cmd = QStringLiteral("snapshot");
    auto opts = parseSnapshotArgs(args);
    if (!opts) return reportFailure(cmd, {}, opts.error().message);

    auto grabber = media::FrameGrabber::open(opts->input, media::OpenOptions{});
    if (!grabber) return reportFailure(cmd, opts->input, grabber.error().message);
    auto frame = grabber->frameAt(opts->at);
    if (!frame) return reportFailure(cmd, opts->input, frame.error().message);

    auto view = HeadlessView::create(opts->size);
    if (!view) return reportFailure(cmd, opts->input, view.error().message);
    (*view)->setSpherical(applyOverride(grabber->spherical(), opts->override));
    if (auto r = (*view)->upload(frame->frame.get()); !r)
        return reportFailure(cmd, opts->input, r.error().message);
    (*view)->render(opts->view);
    const QImage image = (*view)->readImage();

    QImageWriter writer(opts->output, "png");
    if (!writer.write(image)) return reportFailure(cmd, opts->output, writer.errorString());
    return 0;
}

}  // namespace omk::cli
