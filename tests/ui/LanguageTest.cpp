// The UI language: switching at run time re-translates QML and C++ strings, is remembered, and
// the chooser (LanguageMenu.qml) follows and drives the singleton.
#include "ui/LanguageController.h"

#include <QtQml/qqmlextensionplugin.h>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <gtest/gtest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(OmnikastPlugin)

namespace {

using omk::ui::LanguageController;

// qsTr's context is the QML file's base name: a snippet "in" Main.qml reads Main's strings.
std::unique_ptr<QObject> createIn(QQmlEngine& engine, const char* file, const QByteArray& qml) {
    QQmlComponent component(&engine);
    component.setData(qml, QUrl(QStringLiteral("file:///omnikast-test/") + QLatin1String(file)));
    std::unique_ptr<QObject> object(component.create());
    EXPECT_TRUE(object) << component.errorString().toStdString();
    return object;
}

class Language : public ::testing::Test {
protected:
    void SetUp() override { QSettings().remove(QStringLiteral("ui/language")); }
    void TearDown() override { QSettings().remove(QStringLiteral("ui/language")); }
};

TEST_F(Language, SwitchingRetranslatesQmlAndCpp) {
    QQmlEngine engine;
    LanguageController language(&engine);
    auto main = createIn(engine, "EventBar.qml",
                         "import QtQml\n"
                         "QtObject { property string text: qsTr(\"Schedule (S)\") }\n");
    auto chat =
        createIn(engine, "ChatPanel.qml",
                 "import QtQml\n"
                 "QtObject { property int n: 1\n"
                 "           property string text: qsTr(\"↓ %n new messages\", \"\", n) }\n");
    ASSERT_TRUE(main && chat);

    language.setLanguage(QStringLiteral("en"));
    EXPECT_EQ(main->property("text").toString(), QStringLiteral("Schedule (S)"));
    // English has a file of its own for the plurals the source spells generically.
    EXPECT_EQ(chat->property("text").toString(), QStringLiteral("↓ 1 new message"));

    language.setLanguage(QStringLiteral("ja"));
    EXPECT_EQ(language.effectiveLanguage(), QStringLiteral("ja"));
    EXPECT_EQ(main->property("text").toString(), QStringLiteral("スケジュール (S)"));
    EXPECT_EQ(chat->property("text").toString(), QStringLiteral("↓ 新着 1 件"));
    EXPECT_EQ(QCoreApplication::translate("omk::ui::EventController",
                                          "Starts in %n minute(s) on %1", nullptr, 5),
              QStringLiteral("5 分後に %1 で開始"));

    language.setLanguage(QStringLiteral("es"));
    EXPECT_EQ(main->property("text").toString(), QStringLiteral("Programa (S)"));
    chat->setProperty("n", 3);
    EXPECT_EQ(chat->property("text").toString(), QStringLiteral("↓ 3 mensajes nuevos"));

    language.setLanguage(QStringLiteral("en"));
    EXPECT_EQ(main->property("text").toString(), QStringLiteral("Schedule (S)"));
}

TEST_F(Language, RememberedAndValidated) {
    {
        LanguageController language;
        EXPECT_EQ(language.language(), QStringLiteral("system"));
        language.setLanguage(QStringLiteral("ja"));
        language.setLanguage(QStringLiteral("fr"));  // not offered: refused, nothing changes
        EXPECT_EQ(language.language(), QStringLiteral("ja"));
    }
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
    LanguageController again;
    EXPECT_EQ(again.language(), QStringLiteral("ja"));

    const QVariantList all = again.availableLanguages();
    ASSERT_EQ(all.size(), 4);
    QStringList codes, names;
    for (const QVariant& v : all) {
        codes << v.toMap().value(QStringLiteral("code")).toString();
        names << v.toMap().value(QStringLiteral("name")).toString();
    }
    EXPECT_EQ(codes, (QStringList{"system", "en", "ja", "es"}));
    EXPECT_EQ(names.at(0), QStringLiteral("システムの言語"));  // shown in the current language
    EXPECT_EQ(names.at(2), QStringLiteral("日本語"));
    EXPECT_EQ(names.at(3), QStringLiteral("Español"));
    again.setLanguage(QStringLiteral("en"));
}

TEST_F(Language, MenuFollowsAndDrivesTheSingleton) {
    QQmlEngine engine;
    QQmlComponent component(&engine, QUrl(QStringLiteral("qrc:/Omnikast/LanguageMenu.qml")));
    std::unique_ptr<QObject> menu(component.create());
    ASSERT_TRUE(menu) << component.errorString().toStdString();
    auto* language = engine.singletonInstance<LanguageController*>(
        qmlTypeId("Omnikast", 1, 0, "LanguageController"));
    ASSERT_TRUE(language);

    EXPECT_EQ(menu->property("count").toInt(), 4);
    EXPECT_EQ(menu->property("currentValue").toString(), QStringLiteral("system"));
    language->setLanguage(QStringLiteral("es"));
    EXPECT_EQ(menu->property("currentValue").toString(), QStringLiteral("es"));
    EXPECT_EQ(menu->property("displayText").toString(), QStringLiteral("Español"));

    // What a click on 日本語 does.
    menu->setProperty("currentIndex", 2);
    QMetaObject::invokeMethod(menu.get(), "activated", Q_ARG(int, 2));
    EXPECT_EQ(language->language(), QStringLiteral("ja"));
    EXPECT_EQ(menu->property("currentValue").toString(), QStringLiteral("ja"));
    language->setLanguage(QStringLiteral("en"));
}

}  // namespace

int main(int argc, char** argv) {
    // No window is shown; the ComboBox only needs a GUI application to exist.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OmnikastTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ui_language_tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
