#pragma once
// The window's key bindings (ActionTable) as a list model for QML: one row per binding, with
// the action's id, its key sequences (strings, or a QKeySequence::StandardKey as an int, as
// Shortcut.sequences takes them), the translated description, the group, when it is enabled
// and the argument a repeated row passes (Alt+1..9: 0..8). Shortcuts.qml makes a Shortcut of
// each row and dispatches by id. Descriptions follow a language switch.
//
// Threading: GUI thread.

#include "ui/ActionTable.h"

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>

namespace omk::ui {

class ActionModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SequencesRole,
        DescriptionRole,
        GroupRole,
        WhenRole,
        ArgumentRole,
    };
    Q_ENUM(Role)

    explicit ActionModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A sequence text as Shortcut.sequences takes it ("std:ZoomIn" becomes the StandardKey).
    static QVariant shortcutSequence(const QString& sequence);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QList<ActionBinding> m_rows;
};

}  // namespace omk::ui
