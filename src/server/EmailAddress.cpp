#include "server/EmailAddress.h"

namespace omk::server {

omk::Expected<QString> normaliseEmail(const QString& input) {
    const QString e = input.trimmed().toLower();
    if (e.isEmpty()) return omk::fail(QStringLiteral("no e-mail address"));
    if (e.size() > 254) return omk::fail(QStringLiteral("the e-mail address is too long"));
    for (const QChar c : e)
        if (c.unicode() < 0x21 || c.unicode() == 0x7f || c == u',' || c == u';' || c == u'<' ||
            c == u'>' || c == u'"' || c == u'(' || c == u')' || c == u'\\' || c == u'[' ||
            c == u']' || c.isSpace() || c.category() == QChar::Other_Format)
            return omk::fail(QStringLiteral("not an e-mail address: it holds \"%1\"")
                                 .arg(c.isPrint() ? QString(c) : QStringLiteral("a control")));
    const qsizetype at = e.indexOf(u'@');
    if (at <= 0 || at != e.lastIndexOf(u'@') || at > 64)
        return omk::fail(QStringLiteral("not an e-mail address (name@domain)"));
    const QString domain = e.mid(at + 1);
    if (domain.size() < 3 || !domain.contains(u'.') || domain.startsWith(u'.') ||
        domain.endsWith(u'.') || domain.contains(QLatin1String("..")))
        return omk::fail(QStringLiteral("not an e-mail address: \"%1\" is not a mail domain")
                             .arg(domain.left(64)));
    return e;
}

}  // namespace omk::server
