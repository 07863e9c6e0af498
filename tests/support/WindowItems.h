#pragma once
// Finding the window's parts in window tests: items by objectName through the visual tree (a
// Loader's or a Popup's items are not QObject children of the window), and the screenshots the
// tests take for the docs: always into the test's own folder, and into docs/images when asked
// (OMNIKAST_UPDATE_DOCS_IMAGES=1), so an ordinary run leaves the tree as it was.

#include <gtest/gtest.h>

#include <QImage>
#include <QList>
#include <QQuickItem>
#include <QString>

namespace omk::ui::test {

// The first item named objectName below root (depth first), or nullptr.
inline QQuickItem* findNamed(QQuickItem* root, const QString& objectName) {
    if (!root) return nullptr;
    if (root->objectName() == objectName) return root;
    for (QQuickItem* child : root->childItems())
        if (QQuickItem* found = findNamed(child, objectName)) return found;
    return nullptr;
}

// Every item named objectName below item, depth first.
inline void collectNamed(QQuickItem* item, const QString& objectName, QList<QQuickItem*>* out) {
    if (item->objectName() == objectName) out->append(item);
    for (QQuickItem* child : item->childItems()) collectNamed(child, objectName, out);
}

// Saves a screenshot as dir/name, and as docsDir/name under OMNIKAST_UPDATE_DOCS_IMAGES=1.
inline void saveShot(const QImage& image, const QString& dir, const QString& docsDir,
                     const QString& name) {
    ASSERT_FALSE(image.isNull());
    EXPECT_TRUE(image.save(dir + u'/' + name));
    if (qEnvironmentVariable("OMNIKAST_UPDATE_DOCS_IMAGES") == QLatin1String("1")) {
        EXPECT_TRUE(image.save(docsDir + u'/' + name));
    }
}

}  // namespace omk::ui::test
