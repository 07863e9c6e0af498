// The window's action table: every binding unique and described, every action handled by
// Shortcuts.qml, and the user guide's and the README's key tables agreeing with it.
#include "ui/ActionModel.h"
#include "ui/ActionTable.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QKeySequence>
#include <QRegularExpression>
#include <QSet>

namespace {

using omk::ui::Action;
using omk::ui::ActionModel;

QString readSource(const char* relative) {
    QFile f(QStringLiteral(OMNIKAST_SOURCE_DIR "/") + QLatin1String(relative));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << relative;
    return QString::fromUtf8(f.readAll());
}

// The backquoted keys in the first column of a markdown file's key tables (those whose header
// starts "| key"): "`Shift+←` / `Shift+→`" gives Shift+← and Shift+→.
QSet<QString> documentedTableKeys(const QString& markdown) {
    QSet<QString> keys;
    bool inKeyTable = false;
    static const QRegularExpression tick(QStringLiteral("`([^`]+)`"));
    for (const QString& line : markdown.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char('|'))) {
            inKeyTable = false;
            continue;
        }
        if (line.startsWith(QLatin1String("| key"))) {
            inKeyTable = true;
            continue;
        }
        if (!inKeyTable) continue;
        const QString first = line.section(QLatin1Char('|'), 1, 1);
        for (auto it = tick.globalMatch(first); it.hasNext();) keys.insert(it.next().captured(1));
    }
    return keys;
}

// Keys in the docs' tables that are not the window's shortcuts: focus moves between controls,
// and keys the schedule's list and the chat panel handle themselves.
const QSet<QString> kHandledElsewhere = {
    QStringLiteral("Tab"),  QStringLiteral("Shift+Tab"), QStringLiteral("↑"),
    QStringLiteral("E"),    QStringLiteral("1"),         QStringLiteral("5"),
    QStringLiteral("Menu"), QStringLiteral("Shift+F10"), QStringLiteral("Del"),
    QStringLiteral("P"),    QStringLiteral("Shift+←/→"),
};

QSet<QString> tableKeys() {
    QSet<QString> keys;
    for (const Action& a : omk::ui::actionTable())
        for (const QString& k : omk::ui::documentedKeys(a)) keys.insert(k);
    return keys;
}

}  // namespace

TEST(ActionTable, NoSequenceIsBoundTwice) {
    // Every binding is a window shortcut: one sequence, one action, whatever the context.
    QHash<QString, QString> owner;
    for (const auto& b : omk::ui::actionBindings()) {
        for (const QString& seq : b.sequences) {
            const QString id = QString::fromLatin1(b.action->id);
            EXPECT_FALSE(owner.contains(seq))
                << seq.toStdString() << ": " << owner.value(seq).toStdString() << " and "
                << id.toStdString();
            owner.insert(seq, id);
        }
    }
    EXPECT_GE(owner.size(), 40);
}

TEST(ActionTable, EveryActionHasAnIdAndAnEnglishDescription) {
    QSet<QString> ids;
    for (const Action& a : omk::ui::actionTable()) {
        const QString id = QString::fromLatin1(a.id);
        EXPECT_FALSE(ids.contains(id)) << a.id;
        ids.insert(id);
        EXPECT_FALSE(a.sequences.isEmpty()) << a.id;
        ASSERT_NE(a.description, nullptr) << a.id;
        // No translator is installed: the description is the English source text.
        EXPECT_FALSE(omk::ui::actionDescription(a).trimmed().isEmpty()) << a.id;
        EXPECT_FALSE(omk::ui::groupName(a.group).isEmpty()) << a.id;
        EXPECT_FALSE(omk::ui::whenName(a.when).isEmpty()) << a.id;
    }
}

TEST(ActionTable, RepeatedRowsExpandWithTheirArgument) {
    QStringList channelKeys;
    QList<int> arguments;
    for (const auto& b : omk::ui::actionBindings()) {
        if (QLatin1String(b.action->id) != QLatin1String("event.selectChannel")) continue;
        channelKeys += b.sequences;
        arguments.append(b.argument);
    }
    EXPECT_EQ(channelKeys, (QStringList{"Alt+1", "Alt+2", "Alt+3", "Alt+4", "Alt+5", "Alt+6",
                                        "Alt+7", "Alt+8", "Alt+9"}));
    EXPECT_EQ(arguments, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8}));
}

TEST(ActionTable, ModelRowsAreTheBindings) {
    ActionModel model;
    const auto bindings = omk::ui::actionBindings();
    ASSERT_EQ(model.rowCount(), bindings.size());
    const QHash<int, QByteArray> roles = model.roleNames();
    EXPECT_EQ(roles.value(ActionModel::IdRole), "actionId");
    EXPECT_EQ(roles.value(ActionModel::SequencesRole), "sequences");
    EXPECT_EQ(roles.value(ActionModel::DescriptionRole), "description");
    for (int i = 0; i < model.rowCount(); ++i) {
        const QModelIndex index = model.index(i);
        EXPECT_EQ(model.data(index, ActionModel::IdRole).toString(),
                  QLatin1String(bindings.at(i).action->id));
        EXPECT_EQ(model.data(index, ActionModel::SequencesRole).toList().size(),
                  bindings.at(i).sequences.size());
        EXPECT_EQ(model.data(index, ActionModel::ArgumentRole).toInt(), bindings.at(i).argument);
    }
    // Standard keys go to Shortcut.sequences as the StandardKey value, as QML's StandardKey.
    EXPECT_EQ(ActionModel::shortcutSequence(QStringLiteral("std:ZoomIn")).toInt(),
              int(QKeySequence::ZoomIn));
    EXPECT_EQ(ActionModel::shortcutSequence(QStringLiteral("Ctrl+=")).toString(),
              QStringLiteral("Ctrl+="));
}

TEST(ActionTable, ShortcutsQmlHandlesEveryAction) {
    const QString qml = readSource("qml/Shortcuts.qml");
    for (const Action& a : omk::ui::actionTable())
        EXPECT_TRUE(qml.contains(QStringLiteral("case \"%1\":").arg(QLatin1String(a.id))))
            << "qml/Shortcuts.qml has no handler for " << a.id;
    for (const char* when : {"event", "eventNoSchedule", "chatServer", "chatIdle"})
        EXPECT_TRUE(qml.contains(QStringLiteral("case \"%1\":").arg(QLatin1String(when)))) << when;
}

TEST(ActionTable, TheUserGuideListsExactlyTheTablesKeys) {
    const QSet<QString> guide = documentedTableKeys(readSource("docs/USER-GUIDE.md"));
    const QSet<QString> table = tableKeys();
    for (const QString& key : table)
        EXPECT_TRUE(guide.contains(key))
            << "docs/USER-GUIDE.md's key tables do not name " << key.toStdString();
    for (const QString& key : guide)
        EXPECT_TRUE(table.contains(key) || kHandledElsewhere.contains(key))
            << "docs/USER-GUIDE.md names " << key.toStdString() << ", which is no action";
}

TEST(ActionTable, TheReadmeNamesOnlyTheTablesKeys) {
    const QSet<QString> readme = documentedTableKeys(readSource("README.md"));
    EXPECT_GE(readme.size(), 15);
    const QSet<QString> table = tableKeys();
    for (const QString& key : readme)
        EXPECT_TRUE(table.contains(key) || kHandledElsewhere.contains(key))
            << "README.md names " << key.toStdString() << ", which is no action";
}

TEST(ActionTable, HelpListsEveryAction) {
    const QString help = omk::ui::keyHelpText();
    for (const Action& a : omk::ui::actionTable())
        EXPECT_TRUE(help.contains(omk::ui::actionDescription(a))) << a.id;
    EXPECT_TRUE(help.contains(QStringLiteral("Alt+1..Alt+9 channel 1 … 9"))) << help.toStdString();
    EXPECT_TRUE(help.contains(QStringLiteral("Shift+Left back 10 s"))) << help.toStdString();
    for (const QString& line : help.split(QLatin1Char('\n')))
        EXPECT_LE(line.size(), 92) << line.toStdString();
}
