#include "server/SignInMail.h"

#include <QStringList>

namespace omk::server {

namespace {

struct Texts {
    const char* subject;   // %1 event or "Omnikast"
    const char* greeting;  // (no args)
    const char* linkLine;  // (no args)
    const char* codeLine;  // (no args)
    const char* expiry;    // %1 minutes
    const char* notYou;    // (no args)
    const char* button;    // (no args)
};

const Texts kEnglish{
    "Your sign-in code for %1",
    "Someone (we hope you) asked to sign in to %1 with this address.",
    "Open this link on the computer where Omnikast runs:",
    "Or type this code in Omnikast's sign-in box:",
    "The code works once, for %1 minutes.",
    "If it was not you, ignore this mail: nobody can sign in without the code.",
    "Sign in to Omnikast",
};
const Texts kJapanese{
    "%1 のサインインコード",
    "このアドレスで %1 へのサインインが要求されました。",
    "Omnikast を使っているコンピューターでこのリンクを開いてください:",
    "または、Omnikast のサインイン画面にこのコードを入力してください:",
    "このコードは %1 分間、1 回だけ使えます。",
    "心当たりがない場合は、このメールを無視してください。コードがなければ誰もサインインできません"
    "。",
    "Omnikast にサインイン",
};
const Texts kSpanish{
    "Tu código de acceso para %1",
    "Alguien (esperamos que tú) pidió entrar en %1 con esta dirección.",
    "Abre este enlace en el ordenador donde usas Omnikast:",
    "O escribe este código en la ventana de acceso de Omnikast:",
    "El código sirve una vez, durante %1 minutos.",
    "Si no fuiste tú, ignora este correo: nadie puede entrar sin el código.",
    "Entrar en Omnikast",
};

const Texts& textsFor(const QString& lang) {
    if (lang == QLatin1String("ja")) return kJapanese;
    if (lang == QLatin1String("es")) return kSpanish;
    return kEnglish;
}

QString tr(const char* s) {
    return QString::fromUtf8(s);
}

}  // namespace

QString mailLanguage(const QString& requested, const QString& acceptLanguage) {
    static const QStringList kKnown{QStringLiteral("en"), QStringLiteral("ja"),
                                    QStringLiteral("es")};
    const QString r = requested.trimmed().left(2).toLower();
    if (kKnown.contains(r)) return r;
    for (const QString& part : acceptLanguage.split(u',')) {
        const QString tag = part.section(u';', 0, 0).trimmed().left(2).toLower();
        if (kKnown.contains(tag)) return tag;
    }
    return QStringLiteral("en");
}

MailMessage signInMail(const SignInMailFacts& f) {
    const Texts& t = textsFor(f.lang);
    const QString event = f.eventName.isEmpty() ? QStringLiteral("Omnikast") : f.eventName;
    MailMessage m;
    m.to = f.to;
    m.subject = tr(t.subject).arg(event);
    const QString minutes = tr(t.expiry).arg(f.minutes);
    m.text = tr(t.greeting).arg(event) + QStringLiteral("\r\n\r\n") + tr(t.linkLine) +
             QStringLiteral("\r\n") + f.link + QStringLiteral("\r\n\r\n") + tr(t.codeLine) +
             QStringLiteral("\r\n\r\n    ") + f.code + QStringLiteral("\r\n\r\n") + minutes +
             QStringLiteral("\r\n") + tr(t.notYou) + QStringLiteral("\r\n");
    const QString link = f.link.toHtmlEscaped();
    m.html =
        QStringLiteral(
            "<!DOCTYPE html><html lang=\"%1\"><body style=\"font-family:sans-serif\">"
            "<p>%2</p><p><a href=\"%3\" style=\"display:inline-block;padding:10px "
            "16px;background:#2563eb;color:#fff;border-radius:6px;"
            "text-decoration:none\">%4</a></p><p>%5</p>"
            "<p style=\"font-size:24px;font-family:monospace;letter-spacing:3px\">"
            "%6</p><p>%7<br>%8</p></body></html>")
            .arg(f.lang.toHtmlEscaped(), tr(t.greeting).arg(event).toHtmlEscaped(), link,
                 tr(t.button).toHtmlEscaped(), tr(t.codeLine).toHtmlEscaped(),
                 f.code.toHtmlEscaped(), minutes.toHtmlEscaped(), tr(t.notYou).toHtmlEscaped());
    return m;
}

}  // namespace omk::server
