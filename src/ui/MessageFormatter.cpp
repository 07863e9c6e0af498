#include "ui/MessageFormatter.h"

#include <QRegularExpression>
#include <QStringView>

namespace omk::ui::MessageFormatter {

QString richText(const QString& text, const QString& me) {
    // Links first, on the raw text, so an escaped "&amp;" never ends up inside an href.
    static const QRegularExpression link(
        QStringLiteral(R"((https?://[^\s<>"]+[^\s<>".,;:!?)\]]))"));
    QString out;
    qsizetype at = 0;
    auto plain = [&](QStringView part) {
        QString escaped = part.toString().toHtmlEscaped();
        if (!me.isEmpty()) {
            const QString mention = u'@' + me.toHtmlEscaped();
            escaped.replace(mention,
                            QStringLiteral("<b><font color=\"#ffcc4d\">") + mention +
                                QStringLiteral("</font></b>"),
                            Qt::CaseInsensitive);
        }
        out += escaped;
    };
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        plain(QStringView(text).mid(at, m.capturedStart() - at));
        const QString url = m.captured(1).toHtmlEscaped();
        out += QStringLiteral("<a href=\"%1\">%1</a>").arg(url);
        at = m.capturedEnd();
    }
    plain(QStringView(text).mid(at));
    return out;
}

QStringList completeMention(const QStringList& names, const QString& prefix) {
    QStringList out;
    for (const QString& name : names) {
        if (name.startsWith(prefix, Qt::CaseInsensitive) && !out.contains(name)) out.append(name);
        if (out.size() == 8) break;
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

}  // namespace omk::ui::MessageFormatter
