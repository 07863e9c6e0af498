#include "ui/AuditLogModel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace omk::ui {

AuditLogModel::AuditLogModel(QObject* parent) : QAbstractListModel(parent) {}

int AuditLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size()) return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
        case WhenRole:
            return r.when;
        case ActorRole:
            return r.actor;
        case ActionRole:
        case Qt::DisplayRole:
            return r.action;
        case TargetRole:
            return r.target;
        case DetailRole:
            return r.detail;
        case ActionLabelRole:
            return actionLabel(r.action);
        default:
            return {};
    }
}

QHash<int, QByteArray> AuditLogModel::roleNames() const {
    return {{WhenRole, "when"},     {ActorRole, "actor"},   {ActionRole, "action"},
            {TargetRole, "target"}, {DetailRole, "detail"}, {ActionLabelRole, "actionLabel"}};
}

void AuditLogModel::setEntries(const QJsonArray& entries) {
    QList<Row> rows;
    const QLocale locale;
    for (const QJsonValue& v : entries) {
        const QJsonObject e = v.toObject();
        const QDateTime at =
            QDateTime::fromMSecsSinceEpoch(e.value(QLatin1String("at_ms")).toInteger())
                .toLocalTime();
        QString actor = e.value(QLatin1String("actor_name")).toString();
        if (actor.isEmpty()) actor = e.value(QLatin1String("actor")).toString();
        QString detail =
            QString::fromUtf8(QJsonDocument(e.value(QLatin1String("detail")).toObject())
                                  .toJson(QJsonDocument::Compact));
        if (detail == QLatin1String("{}")) detail.clear();
        if (detail.size() > 200) detail = detail.left(199) + u'…';
        rows.append(Row{locale.toString(at, QLocale::ShortFormat), actor,
                        e.value(QLatin1String("action")).toString(),
                        e.value(QLatin1String("target")).toString(), detail});
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

QString AuditLogModel::actionLabel(const QString& action) {
    if (action == QLatin1String("onair.switch")) return tr("On air switched");
    if (action == QLatin1String("announcement.post")) return tr("Announcement sent");
    if (action == QLatin1String("catalog.replace")) return tr("Catalog changed");
    if (action == QLatin1String("channel.add")) return tr("Channel added");
    if (action == QLatin1String("channel.change")) return tr("Channel changed");
    if (action == QLatin1String("channel.remove")) return tr("Channel removed");
    if (action == QLatin1String("stream.add")) return tr("Stream added");
    if (action == QLatin1String("stream.change")) return tr("Stream changed");
    if (action == QLatin1String("stream.remove")) return tr("Stream removed");
    if (action == QLatin1String("session.add")) return tr("Session added");
    if (action == QLatin1String("session.change")) return tr("Session changed");
    if (action == QLatin1String("session.remove")) return tr("Session removed");
    if (action == QLatin1String("role.grant")) return tr("Role granted");
    if (action == QLatin1String("role.revoke")) return tr("Role revoked");
    if (action == QLatin1String("ban.lift")) return tr("Ban lifted");
    return action;
}

QString AuditLogModel::action(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).action : QString();
}

}  // namespace omk::ui
