#include "ui/AuditLogModel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <utility>

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
        case ActorIdRole:
            return r.actorId;
        default:
            return {};
    }
}

QHash<int, QByteArray> AuditLogModel::roleNames() const {
    return {{WhenRole, "when"},      {ActorRole, "actor"},   {ActionRole, "action"},
            {TargetRole, "target"},  {DetailRole, "detail"}, {ActionLabelRole, "actionLabel"},
            {ActorIdRole, "actorId"}};
}

void AuditLogModel::setEntries(const QJsonArray& entries) {
    QList<Row> rows;
    const QLocale locale;
    bool actorsSeen = false;  // one more, or a new name
    QSet<QString> named;      // actors whose name these entries gave already
    for (const QJsonValue& v : entries) {
        const QJsonObject e = v.toObject();
        const QDateTime at =
            QDateTime::fromMSecsSinceEpoch(e.value(QLatin1String("at_ms")).toInteger())
                .toLocalTime();
        const QString actorId = e.value(QLatin1String("actor")).toString();
        const QString actorName = e.value(QLatin1String("actor_name")).toString();
        const QString actor = actorName.isEmpty() ? actorId : actorName;
        // Newest first: an actor's first name in these entries is the one they go by now.
        if (!actorId.isEmpty() && !named.contains(actorId)) {
            const auto known = m_actorNames.find(actorId);
            if (known == m_actorNames.end()) {
                m_actorNames.insert(actorId, actorName);
                actorsSeen = true;
            } else if (!actorName.isEmpty() && *known != actorName) {
                *known = actorName;
                actorsSeen = true;
            }
            if (!actorName.isEmpty()) named.insert(actorId);
        }
        QString detail =
            QString::fromUtf8(QJsonDocument(e.value(QLatin1String("detail")).toObject())
                                  .toJson(QJsonDocument::Compact));
        if (detail == QLatin1String("{}")) detail.clear();
        if (detail.size() > 200) detail = detail.left(199) + u'…';
        rows.append(Row{locale.toString(at, QLocale::ShortFormat), actor, actorId,
                        e.value(QLatin1String("action")).toString(),
                        e.value(QLatin1String("target")).toString(), detail});
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
    if (actorsSeen) {
        sortActors();
        emit actorsChanged();
    }
}

void AuditLogModel::clear() {
    const bool hadActors = !m_actorNames.isEmpty();
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_actorNames.clear();
    m_actors.clear();
    emit countChanged();
    if (hadActors) emit actorsChanged();
}

void AuditLogModel::sortActors() {
    QHash<QString, int> named;  // how many actors have each name
    for (const QString& name : std::as_const(m_actorNames))
        if (!name.isEmpty()) ++named[name];
    m_actors.clear();
    for (auto it = m_actorNames.cbegin(); it != m_actorNames.cend(); ++it) {
        const QString& name = it.value();
        QString text = name;
        if (name.isEmpty())
            text = it.key();
        else if (named.value(name) > 1)  // two people of one name, told apart by their ids
            text = tr("%1 (%2)", "a person's name and account id").arg(name, it.key());
        m_actors.append(Actor{it.key(), text});
    }
    std::sort(m_actors.begin(), m_actors.end(), [](const Actor& a, const Actor& b) {
        const int order = a.text.compare(b.text, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.id < b.id;
    });
}

QVariantList AuditLogModel::actors() const {
    QVariantList out{QVariantMap{{QStringLiteral("value"), QString()},
                                 {QStringLiteral("text"), tr("Everyone")}}};
    for (const Actor& a : m_actors)
        out.append(QVariantMap{{QStringLiteral("value"), a.id}, {QStringLiteral("text"), a.text}});
    return out;
}

QString AuditLogModel::actorId(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).actorId : QString();
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
    if (action == QLatin1String("speaker.add")) return tr("Speaker added");
    if (action == QLatin1String("speaker.change")) return tr("Speaker changed");
    if (action == QLatin1String("speaker.remove")) return tr("Speaker removed");
    if (action == QLatin1String("topic.add")) return tr("Topic added");
    if (action == QLatin1String("topic.change")) return tr("Topic changed");
    if (action == QLatin1String("topic.remove")) return tr("Topic removed");
    if (action == QLatin1String("role.grant")) return tr("Role granted");
    if (action == QLatin1String("role.revoke")) return tr("Role revoked");
    if (action == QLatin1String("ban.lift")) return tr("Ban lifted");
    return action;
}

QString AuditLogModel::action(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).action : QString();
}

}  // namespace omk::ui
