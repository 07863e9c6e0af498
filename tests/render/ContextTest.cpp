#include "support/RenderFixture.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/glcorearb.h>

namespace omk::render::test {
namespace {

TEST(EglHeadlessContextTest, CreatesCoreContextAndDescribesIt) {
    auto ctx = EglHeadlessContext::create();
    ASSERT_TRUE(ctx) << ctx.error().message.toStdString();
    ASSERT_TRUE((*ctx)->makeCurrent());
    const QString d = (*ctx)->description();
    EXPECT_TRUE(d.contains(QStringLiteral("OpenGL"))) << d.toStdString();
    GLint major = 0, minor = 0;
    glGetIntegerv(GL_MAJOR_VERSION, &major);
    glGetIntegerv(GL_MINOR_VERSION, &minor);
    EXPECT_GE(major * 10 + minor, 33);
}

TEST(OffscreenTargetTest, ReadImageIsTopDown) {
    auto ctx = EglHeadlessContext::create();
    ASSERT_TRUE(ctx) << ctx.error().message.toStdString();
    auto target = OffscreenTarget::create(8, 4);
    ASSERT_TRUE(target) << target.error().message.toStdString();
    (*target)->bind();
    glClearColor(0, 0, 1, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    // GL's y runs up: the scissored top half is the image's first rows.
    glEnable(GL_SCISSOR_TEST);
    glScissor(0, 2, 8, 2);
    glClearColor(1, 0, 0, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    glDisable(GL_SCISSOR_TEST);
    const QImage img = (*target)->readImage();
    ASSERT_EQ(img.format(), QImage::Format_RGBA8888);
    EXPECT_EQ(img.pixel(3, 0), qRgb(255, 0, 0));
    EXPECT_EQ(img.pixel(3, 3), qRgb(0, 0, 255));
}

TEST_F(RenderFixture, RendersBlackWithoutFrame) {
    EXPECT_FALSE(m_renderer.hasFrame());
    const QImage img = renderView(ViewParams{}, 16, 8);
    EXPECT_EQ(img.pixel(8, 4), qRgb(0, 0, 0));
}

}  // namespace
}  // namespace omk::render::test
