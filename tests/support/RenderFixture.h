#pragma once
// Each render test gets its own headless GL context; there is no skipping: CI has Mesa, so a
// missing context is a failure with EGL's reason.

#include "render/EglContext.h"
#include "render/OffscreenTarget.h"
#include "render/SphereRenderer.h"

#include <gtest/gtest.h>

#include <QImage>

#include <memory>

namespace omk::render::test {

class RenderFixture : public ::testing::Test {
protected:
    void SetUp() override {
        auto ctx = EglHeadlessContext::create();
        ASSERT_TRUE(ctx) << ctx.error().message.toStdString();
        m_context = std::move(ctx).value();
        auto init = m_renderer.initialize();
        ASSERT_TRUE(init) << init.error().message.toStdString();
    }

    void TearDown() override {
        m_target.reset();
        if (m_context) m_renderer.release();
    }

    QImage renderView(const ViewParams& view, int width, int height) {
        if (!m_target || m_target->size() != QSize(width, height)) {
            auto t = OffscreenTarget::create(width, height);
            EXPECT_TRUE(t) << t.error().message.toStdString();
            if (!t) return {};
            m_target = std::move(t).value();
        }
        m_target->bind();
        m_renderer.render(view, width, height);
        return m_target->readImage();
    }

    // Declared first so it outlives the GL objects below.
    std::unique_ptr<EglHeadlessContext> m_context;
    SphereRenderer m_renderer;
    std::unique_ptr<OffscreenTarget> m_target;
};

}  // namespace omk::render::test
