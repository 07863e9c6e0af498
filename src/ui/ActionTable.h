#pragma once
// The viewer window's key bindings, declared once: each action's id, its key sequences, a
// translatable description, its group and when it is enabled. Shortcuts.qml instantiates its
// Shortcuts from this table (through ActionModel), `omnikast --help` prints its key list from
// it, and a test checks the user guide's and the README's key tables against it.
// A row with `repeat` N stands for N bindings: "%1" in its sequence becomes 1..N and the
// handler gets the argument 0..N-1 (Alt+1..Alt+9: channel 1..9).
//
// Threading: the table is immutable data, readable from any thread.

#include <QList>
#include <QString>
#include <QStringList>

namespace omk::ui {

struct Action {
    enum class Group { Player, Window, Vr, Event, Room };
    // When the binding is live; the window decides what each means (Shortcuts.qml).
    enum class When {
        Always,
        Event,            // an event is shown (not plain media)
        EventNoSchedule,  // an event, with the schedule closed
        ChatServer,       // the event has a chat server
        ChatIdle,         // the chat is shown and its input is not being written in
    };

    const char* id;
    // Portable key sequence texts; "std:ZoomIn" / "std:ZoomOut" name a platform standard key.
    QStringList sequences;
    const char* description;  // QT_TRANSLATE_NOOP("omk::ui::ActionTable", ...)
    Group group;
    When when = When::Always;
    int repeat = 1;
    // How many of `sequences` are shown in help and docs; the rest are aliases. 0: all.
    int shown = 0;
};

// Every action of the window, in help order.
const QList<Action>& actionTable();

// One binding per row: `repeat` rows expanded, "%1" filled in.
struct ActionBinding {
    const Action* action;
    QStringList sequences;
    int argument;  // 0..repeat-1; 0 for plain rows
};
QList<ActionBinding> actionBindings();

QString groupName(Action::Group group);
QString whenName(Action::When when);
// The description in the current UI language.
QString actionDescription(const Action& action);

// The keys as the user guide writes them: arrows as ←→↑↓, Return as Enter, standard keys
// resolved ("Ctrl++"); aliases left out; a repeated row as its first and last ("Alt+1",
// "Alt+9").
QStringList documentedKeys(const Action& action);

// The key list of `omnikast --help`: one paragraph per group, wrapped at `width` columns.
QString keyHelpText(int width = 92);

}  // namespace omk::ui
