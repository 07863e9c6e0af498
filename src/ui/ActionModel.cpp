#include "ui/ActionModel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QKeySequence>

namespace omk::ui {

ActionModel::ActionModel(QObject* parent) : QAbstractListModel(parent), m_rows(actionBindings()) {
    // A language switch sends LanguageChange to the application: descriptions follow it.
    if (QCoreApplication::instance()) QCoreApplication::instance()->installEventFilter(this);
}

int ActionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ActionModel::shortcutSequence(const QString& sequence) {
    if (sequence == QLatin1String("std:ZoomIn")) return int(QKeySequence::ZoomIn);
    if (sequence == QLatin1String("std:ZoomOut")) return int(QKeySequence::ZoomOut);
    return sequence;
}

QVariant ActionModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const ActionBinding& row = m_rows.at(index.row());
    switch (role) {
        case IdRole:
            return QString::fromLatin1(row.action->id);
        case SequencesRole: {
            QVariantList list;
            for (const QString& s : row.sequences) list.append(shortcutSequence(s));
            return list;
        }
        case Qt::DisplayRole:
        case DescriptionRole:
            return actionDescription(*row.action);
        case GroupRole:
            return groupName(row.action->group);
        case WhenRole:
            return whenName(row.action->when);
        case ArgumentRole:
            return row.argument;
    }
    return {};
}

QHash<int, QByteArray> ActionModel::roleNames() const {
    return {{IdRole, "actionId"}, {SequencesRole, "sequences"}, {DescriptionRole, "description"},
            {GroupRole, "group"}, {WhenRole, "when"},           {ArgumentRole, "argument"}};
}

bool ActionModel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange &&
        !m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {DescriptionRole});
    return QAbstractListModel::eventFilter(watched, event);
}

}  // namespace omk::ui
