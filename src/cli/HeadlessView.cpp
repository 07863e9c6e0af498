#include "cli/HeadlessView.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>

namespace omk::cli {

Expected<std::unique_ptr<HeadlessView>> HeadlessView::create(QSize size) {
    std::unique_ptr<HeadlessView> view(new HeadlessView);
    auto ctx = render::EglHeadlessContext::create();
    if (!ctx) return ctx.unexpected();
    view->m_context = std::move(*ctx);
    if (auto r = view->m_context->makeCurrent(); !r) return r.unexpected();
    if (auto r = view->m_renderer.initialize(); !r) return r.unexpected();
    auto target = render::OffscreenTarget::create(size);
    if (!target) return target.unexpected();
    view->m_target = std::move(*target);
    view->m_size = size;
    return view;
}

HeadlessView::~HeadlessView() {
    if (m_context) {
        (void)m_context->makeCurrent();
        m_renderer.release();
        m_target.reset();
    }
}

void HeadlessView::render(const ViewParams& view) {
    m_target->bind();
    m_renderer.render(view, m_size.width(), m_size.height());
}

void HeadlessView::finish() {
    glFinish();
}

QImage HeadlessView::readImage() {
    return m_target->readImage();
}

QString HeadlessView::rendererDescription() const {
    return m_context->description();
}

}  // namespace omk::cli
