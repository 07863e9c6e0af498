#pragma once
// The Organize view's audit log: GET /admin/audit's entries (newest first) as rows — when, who,
// what (the action, e.g. onair.switch), on what, and the detail in short — and everyone seen
// doing something in the entries read so far, for the page's "By:" filter: a list read for one
// person's changes only keeps the others offered.
// Threading: GUI thread.

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QHash>
#include <QJsonArray>
#include <QVariantList>

namespace omk::ui {

class AuditLogModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by OrganizeController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Whose changes can be shown: [{value: "", text: "Everyone"}, then {value: the actor's id,
    // text: the name, else the id} for everyone seen in the entries read so far, by name].
    Q_PROPERTY(QVariantList actors READ actors NOTIFY actorsChanged)

public:
    enum Role {
        WhenRole = Qt::UserRole + 1,  // local date and time, as text
        ActorRole,                    // the name, else the account id
        ActionRole,
        TargetRole,
        DetailRole,       // the detail object, compact JSON, cut at 200 characters
        ActionLabelRole,  // the action in words ("On air switched"), the id when unknown
        ActorIdRole,      // the account id (an invite's u_…, cli:USER)
    };
    Q_ENUM(Role)

    explicit AuditLogModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The rows; the actors they name join the ones seen before (a name seen later wins).
    void setEntries(const QJsonArray& entries);
    // No rows and nobody seen: another server's log is about to be read.
    void clear();
    QString action(int row) const;
    // The row's actor's id, as refreshAudit() takes it; empty for no row.
    Q_INVOKABLE QString actorId(int row) const;
    QVariantList actors() const;
    static QString actionLabel(const QString& action);

signals:
    void countChanged();
    void actorsChanged();

private:
    struct Row {
        QString when{}, actor{}, actorId{}, action{}, target{}, detail{};
    };
    struct Actor {
        QString id{}, text{};
    };
    void sortActors();

    QList<Row> m_rows;
    QHash<QString, QString> m_actorNames;  // every actor seen: id → name (empty: none known)
    QList<Actor> m_actors;                 // the same, as offered, by name
};

}  // namespace omk::ui
