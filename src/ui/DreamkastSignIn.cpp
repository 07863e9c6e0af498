#include "ui/DreamkastSignIn.h"

#include "catalog/DreamkastEndpoints.h"
#include "ui/AppSettings.h"
#include "ui/BrowserOpener.h"
#include "ui/DreamkastTarget.h"
#include "ui/EventController.h"

namespace omk::ui {

namespace {

// The same rule as the chat's: a Dreamkast event, its API's host.
std::optional<QUrl> apiOf(EventController* event) {
    const auto target = resolveDreamkastTarget(event, {}, {});
    if (!target) return std::nullopt;
    return target->api;
}

std::optional<catalog::DreamkastSignIn> signInFor(EventController* event) {
    const auto api = apiOf(event);
    if (!api) return std::nullopt;
    const catalog::DreamkastSignIn s = catalog::dreamkastSignIn(*api);
    if (!s.usable()) return std::nullopt;
    return s;
}

}  // namespace

DreamkastSignIn::DreamkastSignIn(QObject* parent) : QObject(parent) {
    connect(AppSettings::instance(), &AppSettings::dreamkastTokenChanged, this,
            &DreamkastSignIn::tokenChanged);
}

QString DreamkastSignIn::token() const {
    return AppSettings::instance()->dreamkastTokenForApi(m_apiOrigin);
}

void DreamkastSignIn::useToken(const QString& token) {
    AppSettings::instance()->setDreamkastTokenFor(token, m_apiOrigin);
}

void DreamkastSignIn::signOut() {
    AppSettings::instance()->setDreamkastToken({});
}

DreamkastSignIn::~DreamkastSignIn() {
    delete m_login;  // its listener closes; no answer comes back to a dead object
}

void DreamkastSignIn::setEvent(EventController* event) {
    if (event == m_event) return;
    disconnect(m_catalogConnection);
    m_event = event;
    if (m_event)
        m_catalogConnection =
            connect(m_event, &EventController::catalogChanged, this, &DreamkastSignIn::update);
    emit eventChanged();
    update();
}

void DreamkastSignIn::update() {
    const bool now = signInFor(m_event).has_value();
    const auto api = apiOf(m_event);
    const QString origin = api ? catalog::dreamkastOrigin(*api) : QString();
    if (now == m_available && origin == m_apiOrigin) return;
    m_available = now;
    m_apiOrigin = origin;
    emit availableChanged();
    emit tokenChanged();
}

void DreamkastSignIn::say(const QString& text, bool error) {
    m_message = text;
    m_messageIsError = error;
    emit messageChanged();
    if (error) emit errorOccurred(text);
}

void DreamkastSignIn::signIn() {
    if (m_login) return;
    const auto config = signInFor(m_event);
    if (!config) {
        say(tr("This event's Dreamkast does not say where to sign in. Paste a token instead."),
            true);
        return;
    }
    m_login = new room::OidcLogin(
        config->issuer, config->clientId, browserOpener(),
        tr("Signed in to Dreamkast. You can close this tab and go back to Omnikast."),
        tr("Signing in to Dreamkast did not finish here. Go back to Omnikast to try again."), this);
    m_login->setAudience(config->audience);
    m_login->setRedirectPort(config->redirectPort);
    emit inBrowserChanged();
    say(tr("Finish signing in to Dreamkast in your web browser…"), false);
    m_login->start([this](const room::OidcOutcome& o) {
        // Called from inside the flow: it is deleted once the call has returned.
        m_login->deleteLater();
        m_login = nullptr;
        emit inBrowserChanged();
        ended(o);
    });
}

void DreamkastSignIn::ended(const room::OidcOutcome& o) {
    if (o.ok && !o.accessToken.isEmpty()) {
        AppSettings::instance()->setDreamkastTokenFor(o.accessToken, m_apiOrigin);
        say(tr("Signed in to Dreamkast: you can chat."), false);
        return;
    }
    if (o.errorCode == QLatin1String("cancelled"))
        say(tr("Signing in was cancelled."), false);
    else if (o.errorCode == QLatin1String("timeout"))
        say(tr("No answer came back from the browser. Try again."), true);
    else if (o.errorCode == QLatin1String("network"))
        say(tr("Cannot reach Dreamkast's sign-in. Check the connection and try again."), true);
    else if (o.errorCode == QLatin1String("browser"))
        say(tr("Cannot open the sign-in page: %1").arg(o.message), true);
    else if (o.ok)
        say(tr("Dreamkast's sign-in gave no access token. Paste a token instead."), true);
    else
        say(tr("Dreamkast's sign-in did not sign you in: %1").arg(o.message), true);
}

void DreamkastSignIn::cancel() {
    if (m_login) m_login->cancel();
}

}  // namespace omk::ui
