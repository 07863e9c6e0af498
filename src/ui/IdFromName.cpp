#include "ui/IdFromName.h"

#include <QRegularExpression>

namespace omk::ui {

namespace {
constexpr int kMaxIdChars = 40;
}  // namespace

QString idFromName(const QString& name, const std::function<bool(const QString&)>& taken,
                   const QString& fallback) {
    static const QRegularExpression notWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString base = name.normalized(QString::NormalizationForm_KC)
                       .toLower()
                       .replace(notWord, QStringLiteral("-"))
                       .left(kMaxIdChars);
    while (base.startsWith(u'-')) base.remove(0, 1);
    while (base.endsWith(u'-')) base.chop(1);
    if (base.isEmpty()) base = fallback;
    QString id = base;
    for (int n = 2; taken && taken(id); ++n) id = base + u'-' + QString::number(n);
    return id;
}

}  // namespace omk::ui
