#pragma once
// The window's renderer without a window: an EGL surfaceless context, the sphere renderer and an
// offscreen framebuffer. `snapshot` and `bench` draw through it (later also the replay mode).
//
// Threading: everything here belongs to the thread that called create().

#include "core/Expected.h"
#include "core/Spherical.h"
#include "render/EglContext.h"
#include "render/OffscreenTarget.h"
#include "render/SphereRenderer.h"

#include <QImage>
#include <QSize>

#include <memory>

namespace omk::cli {

class HeadlessView {
public:
    static Expected<std::unique_ptr<HeadlessView>> create(QSize size);
    ~HeadlessView();

    Expected<void> upload(const AVFrame* frame) { return m_renderer.upload(frame); }
    void setSpherical(const SphericalInfo& info) { m_renderer.setSpherical(info); }
    void setSamplingPath(render::SamplingPath path) { m_renderer.setSamplingPath(path); }
    bool samplesOnCpu() const { return m_renderer.samplesOnCpu(); }
    void render(const ViewParams& view);
    // Waits until the GPU (or llvmpipe) finished drawing, so timings count real work.
    void finish();
    QImage readImage();
    QString rendererDescription() const;

private:
    HeadlessView() = default;
    std::unique_ptr<render::EglHeadlessContext> m_context;
    render::SphereRenderer m_renderer;
    std::unique_ptr<render::OffscreenTarget> m_target;
    QSize m_size;
};

}  // namespace omk::cli
