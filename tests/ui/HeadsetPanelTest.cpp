// The in-headset panel's renderer under Xvfb with real GL: a QML scene rendered offscreen the
// right way up, rendered again when it changes, and clicks and hovers at panel coordinates.
#include "ui/HeadsetPanelRenderer.h"

#include <gtest/gtest.h>

#include <QColor>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

#include <cstdlib>
#include <memory>

using omk::ui::HeadsetPanelRenderer;

namespace {

// Red top-left quarter, a button on the left half, blue on the right half.
constexpr char kScene[] = R"(
import QtQuick
Item {
    property int clicks: 0
    property color rightColor: "blue"
    property bool hovered: hoverArea.containsMouse
    Rectangle { x: 0; y: 0; width: parent.width / 2; height: parent.height; color: "green"
        MouseArea { anchors.fill: parent; onClicked: clicks += 1 }
        Rectangle { width: parent.width / 2; height: parent.height / 2; color: "red" }
    }
    Rectangle { x: parent.width / 2; width: parent.width / 2; height: parent.height; color: rightColor
        MouseArea { id: hoverArea; anchors.fill: parent; hoverEnabled: true }
    }
}
)";

bool near(const QColor& a, const QColor& b) {
    return std::abs(a.red() - b.red()) <= 2 && std::abs(a.green() - b.green()) <= 2 &&
           std::abs(a.blue() - b.blue()) <= 2 && std::abs(a.alpha() - b.alpha()) <= 2;
}

class HeadsetPanel : public ::testing::Test {
protected:
    void SetUp() override {
        component = std::make_unique<QQmlComponent>(&engine);
        component->setData(kScene, QUrl());
        ASSERT_TRUE(component->isReady()) << component->errorString().toStdString();
        auto r = panel.setComponent(component.get());
        ASSERT_TRUE(r) << r.error().message.toStdString();
    }
    QColor at(const QImage& image, double u, double v) const {
        return image.pixelColor(int(u * (image.width() - 1)), int(v * (image.height() - 1)));
    }

    QQmlEngine engine;
    std::unique_ptr<QQmlComponent> component;
    HeadsetPanelRenderer panel{QSize(320, 200)};
};

TEST_F(HeadsetPanel, RendersTheSceneTheRightWayUp) {
    const QImage image = panel.image();
    ASSERT_EQ(image.size(), QSize(320, 200));
    EXPECT_TRUE(near(at(image, 0.1, 0.1), QColor("red")))
        << at(image, 0.1, 0.1).name().toStdString();
    EXPECT_TRUE(near(at(image, 0.1, 0.9), QColor("green")));
    EXPECT_TRUE(near(at(image, 0.4, 0.1), QColor("green")));
    EXPECT_TRUE(near(at(image, 0.8, 0.5), QColor("blue")));
}

TEST_F(HeadsetPanel, AChangeIsRenderedAgainAndAnnounced) {
    QSignalSpy changed(&panel, &HeadsetPanelRenderer::imageChanged);
    panel.rootItem()->setProperty("rightColor", QColor("yellow"));
    ASSERT_TRUE(changed.wait(2000));
    const QImage image = changed.last().at(0).value<QImage>();
    EXPECT_TRUE(near(at(image, 0.8, 0.5), QColor("yellow")));
    EXPECT_TRUE(near(at(panel.image(), 0.8, 0.5), QColor("yellow")));
}

TEST_F(HeadsetPanel, ClicksLandWhereTheyPoint) {
    panel.click(QPointF(0.25, 0.5));
    EXPECT_EQ(panel.rootItem()->property("clicks").toInt(), 1);
    panel.click(QPointF(0.75, 0.5));  // the right half has no click handler
    panel.click(QPointF(1.5, 0.5));   // off the panel
    EXPECT_EQ(panel.rootItem()->property("clicks").toInt(), 1);
    panel.click(QPointF(0.1, 0.9));
    EXPECT_EQ(panel.rootItem()->property("clicks").toInt(), 2);
}

TEST_F(HeadsetPanel, HoverFollowsThePointer) {
    EXPECT_FALSE(panel.rootItem()->property("hovered").toBool());
    panel.hover(QPointF(0.8, 0.5));
    EXPECT_TRUE(panel.rootItem()->property("hovered").toBool());
    panel.hover(QPointF(0.2, 0.5));
    EXPECT_FALSE(panel.rootItem()->property("hovered").toBool());
}

TEST(HeadsetPanelErrors, ANonItemOrBrokenComponentIsRefusedWithAReason) {
    QQmlEngine engine;
    HeadsetPanelRenderer panel(QSize(64, 64));
    QQmlComponent notAnItem(&engine);
    notAnItem.setData("import QtQml\nQtObject {}", QUrl());
    auto r = panel.setComponent(&notAnItem);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("Item")))
        << r.error().message.toStdString();
    QQmlComponent broken(&engine);
    broken.setData("import QtQuick\nItem { width: }", QUrl());
    r = panel.setComponent(&broken);
    ASSERT_FALSE(r);
    EXPECT_FALSE(r.error().message.isEmpty());
    EXPECT_TRUE(panel.image().isNull());
    EXPECT_FALSE(panel.setComponent(nullptr));
}

}  // namespace

int main(int argc, char** argv) {
    QQuickWindow::setGraphicsApi(QSGRendererInterface::OpenGL);
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
