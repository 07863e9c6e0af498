#pragma once
// The sign-in mail: the link that opens the viewer signed in, and the same code to type, in the
// reader's language (en, ja, es; English otherwise), as plain text and HTML.
// Threading: pure.

#include "server/Mailer.h"

#include <QString>

namespace omk::server {

struct SignInMailFacts {
    QString to;
    QString lang;       // en, ja, es
    QString eventName;  // may be empty
    QString code;       // as typed: "K7Q-4MX"
    QString link;       // omnikast://host:port/signin?email=…&code=…
    int minutes = 15;   // how long the code lasts
};

MailMessage signInMail(const SignInMailFacts& f);

// "en", "ja" or "es" from an explicit choice or an Accept-Language header; "en" otherwise.
QString mailLanguage(const QString& requested, const QString& acceptLanguage);

}  // namespace omk::server
