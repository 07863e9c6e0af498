#pragma once
// The Organize view's audit log: GET /admin/audit's entries (newest first) as rows — when, who,
// what (the action, e.g. onair.switch), on what, and the detail in short.
// Threading: GUI thread.

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QJsonArray>

namespace omk::ui {

class AuditLogModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by OrganizeController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        WhenRole = Qt::UserRole + 1,  // local date and time, as text
        ActorRole,                    // the name, else the account id
        ActionRole,
        TargetRole,
        DetailRole,       // the detail object, compact JSON, cut at 200 characters
        ActionLabelRole,  // the action in words ("On air switched"), the id when unknown
    };
    Q_ENUM(Role)

    explicit AuditLogModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setEntries(const QJsonArray& entries);
    QString action(int row) const;
    static QString actionLabel(const QString& action);

signals:
    void countChanged();

private:
    struct Row {
        QString when, actor, action, target, detail;
    };
    QList<Row> m_rows;
};

}  // namespace omk::ui
