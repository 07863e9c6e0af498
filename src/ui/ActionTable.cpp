#include "ui/ActionTable.h"

#include <QCoreApplication>

namespace omk::ui {

namespace {

using G = Action::Group;
using W = Action::When;

}  // namespace

const QList<Action>& actionTable() {
    // mpv/VLC habits: arrows look around (Shift+arrows seek), Space pauses, F fullscreen.
    static const QList<Action> table = {
        {"view.turnLeft",
         {"Left"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "turn left 5°"),
         G::Player},
        {"view.turnRight",
         {"Right"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "turn right 5°"),
         G::Player},
        {"view.turnUp", {"Up"}, QT_TRANSLATE_NOOP("omk::ui::ActionTable", "look up 5°"), G::Player},
        {"view.turnDown",
         {"Down"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "look down 5°"),
         G::Player},
        {"view.zoomIn",
         {"+", "="},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "zoom in"),
         G::Player},
        {"view.zoomOut", {"-"}, QT_TRANSLATE_NOOP("omk::ui::ActionTable", "zoom out"), G::Player},
        {"view.recenter",
         {"R"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "look straight ahead again"),
         G::Player},
        {"player.togglePause",
         {"Space"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "pause / play"),
         G::Player},
        {"player.back",
         {"Shift+Left"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "back 10 s"),
         G::Player},
        {"player.forward",
         {"Shift+Right"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "forward 10 s"),
         G::Player},
        {"player.volumeDown",
         {"9"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "volume down"),
         G::Player},
        {"player.volumeUp",
         {"0"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "volume up"),
         G::Player},
        {"player.mute", {"M"}, QT_TRANSLATE_NOOP("omk::ui::ActionTable", "mute"), G::Player},
        {"player.loop",
         {"L"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "loop on / off"),
         G::Player},
        {"player.slower",
         {"["},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "10 % slower"),
         G::Player},
        {"player.faster",
         {"]"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "10 % faster"),
         G::Player},
        {"player.normalSpeed",
         {"Backspace"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "normal speed"),
         G::Player},
        {"player.captions",
         {"V"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "captions on / off"),
         G::Player},
        {"window.fullScreen",
         {"F"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "fullscreen on / off"),
         G::Window},
        {"window.back",
         {"Esc"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "back to the video; leave fullscreen"),
         G::Window},
        {"window.overlayDetail",
         {"I"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "the technical overlay on / off"),
         G::Window},
        // Accessibility: high contrast and the text size, remembered (Theme, AppSettings).
        {"window.highContrast",
         {"Ctrl+Shift+H"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "high contrast on / off"),
         G::Window},
        {"window.lightScheme",
         {"Ctrl+Shift+L"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "light / dark colours"),
         G::Window},
        {"window.textLarger",
         {"std:ZoomIn", "Ctrl+="},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "larger text"),
         G::Window},
        {"window.textSmaller",
         {"std:ZoomOut", "Ctrl+-"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "smaller text"),
         G::Window},
        {"window.textNormal",
         {"Ctrl+0"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "normal text"),
         G::Window},
        {"window.quit", {"Q"}, QT_TRANSLATE_NOOP("omk::ui::ActionTable", "quit"), G::Window},
        {"vr.toggle",
         {"Ctrl+Shift+V"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "VR headset on / off"),
         G::Vr},
        // Event mode: channels by keyboard (browser-tab habits) and the schedule on S.
        {"event.nextChannel",
         {"Ctrl+Tab"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "next channel"),
         G::Event,
         W::Event},
        {"event.previousChannel",
         {"Ctrl+Shift+Tab", "Ctrl+Backtab", "Ctrl+Shift+Backtab"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "previous channel"),
         G::Event,
         W::Event,
         1,
         1},
        {"event.selectChannel",
         {"Alt+%1"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "channel 1 … 9"),
         G::Event,
         W::Event,
         9},
        {"event.findChannel",
         {"Ctrl+K", "/"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "find a room"),
         G::Event,
         W::Event},
        {"event.organize",
         {"Ctrl+Shift+O"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "organize the event (admins)"),
         G::Event,
         W::Event},
        {"event.schedule",
         {"S"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "the schedule"),
         G::Event,
         W::EventNoSchedule},
        // Chat: C shows/hides it, Enter writes a message (not while writing: Enter then sends).
        {"room.toggleChat",
         {"C"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "show / hide the chat"),
         G::Room,
         W::ChatServer},
        {"room.writeMessage",
         {"Return", "Enter"},
         QT_TRANSLATE_NOOP("omk::ui::ActionTable", "write a message"),
         G::Room,
         W::ChatIdle,
         1,
         1},
    };
    return table;
}

QList<ActionBinding> actionBindings() {
    QList<ActionBinding> rows;
    for (const Action& a : actionTable()) {
        for (int i = 0; i < a.repeat; ++i) {
            QStringList sequences = a.sequences;
            if (a.repeat > 1)
                for (QString& s : sequences) s = s.arg(i + 1);
            rows.append({&a, sequences, i});
        }
    }
    return rows;
}

QString groupName(Action::Group group) {
    switch (group) {
        case G::Player:
            return QStringLiteral("player");
        case G::Window:
            return QStringLiteral("window");
        case G::Vr:
            return QStringLiteral("vr");
        case G::Event:
            return QStringLiteral("event");
        case G::Room:
            return QStringLiteral("room");
    }
    return {};
}

QString whenName(Action::When when) {
    switch (when) {
        case W::Always:
            return QStringLiteral("always");
        case W::Event:
            return QStringLiteral("event");
        case W::EventNoSchedule:
            return QStringLiteral("eventNoSchedule");
        case W::ChatServer:
            return QStringLiteral("chatServer");
        case W::ChatIdle:
            return QStringLiteral("chatIdle");
    }
    return {};
}

QString actionDescription(const Action& action) {
    return QCoreApplication::translate("omk::ui::ActionTable", action.description);
}

namespace {

// One sequence as the guide writes it.
QString documentedKey(QString seq) {
    // Standard keys as X11 and Wayland bind them (QKeySequence::keyBindings needs a GUI app).
    if (seq == QLatin1String("std:ZoomIn")) return QStringLiteral("Ctrl++");
    if (seq == QLatin1String("std:ZoomOut")) return QStringLiteral("Ctrl+-");
    if (seq == QLatin1String("Return")) return QStringLiteral("Enter");
    static const QList<std::pair<const char*, const char*>> arrows = {
        {"Left", "←"}, {"Right", "→"}, {"Up", "↑"}, {"Down", "↓"}};
    for (const auto& [name, glyph] : arrows) {
        const QString n = QString::fromLatin1(name);
        if (seq == n || seq.endsWith(QLatin1Char('+') + n))
            return seq.left(seq.size() - n.size()) + QString::fromUtf8(glyph);
    }
    return seq;
}

}  // namespace

QStringList documentedKeys(const Action& action) {
    const int shown = action.shown > 0 ? action.shown : int(action.sequences.size());
    QStringList keys;
    for (int i = 0; i < shown; ++i) {
        const QString seq = action.sequences.at(i);
        const QStringList expanded =
            action.repeat > 1 ? QStringList{seq.arg(1), seq.arg(action.repeat)} : QStringList{seq};
        for (const QString& s : expanded) {
            const QString key = documentedKey(s);
            if (!keys.contains(key)) keys.append(key);
        }
    }
    return keys;
}

QString keyHelpText(int width) {
    static const QList<std::pair<G, const char*>> groups = {{G::Player, "Keys"},
                                                            {G::Window, "Window"},
                                                            {G::Vr, "VR"},
                                                            {G::Event, "Event"},
                                                            {G::Room, "Chat"}};
    QString out;
    for (const auto& [group, title] : groups) {
        const QString head = QString::fromLatin1(title) + QLatin1String(": ");
        const QString indent(head.size(), QLatin1Char(' '));
        QString line = head;
        bool first = true;
        for (const Action& a : actionTable()) {
            if (a.group != group) continue;
            QStringList keys = documentedKeys(a);
            // Help goes to any terminal: arrows by name, a repeated row as a range.
            for (QString& k : keys)
                k = k.replace(QStringLiteral("←"), QStringLiteral("Left"))
                        .replace(QStringLiteral("→"), QStringLiteral("Right"))
                        .replace(QStringLiteral("↑"), QStringLiteral("Up"))
                        .replace(QStringLiteral("↓"), QStringLiteral("Down"));
            const QString item = (a.repeat > 1 ? keys.join(QStringLiteral("..")) : keys.join('/')) +
                                 QLatin1Char(' ') + actionDescription(a);
            const QString sep = first ? QString() : QStringLiteral(", ");
            if (!first && line.size() + sep.size() + item.size() > width) {
                out += line + QLatin1String(",\n");
                line = indent + item;
            } else {
                line += sep + item;
            }
            first = false;
        }
        out += line + QLatin1Char('\n');
    }
    return out;
}

}  // namespace omk::ui
