#pragma once
// "Sign in to Dreamkast" for Dreamkast's chat (docs/DREAMKAST.md "Token"): the browser flow of
// room/OidcLogin at the event host's Auth0 tenant (catalog/DreamkastEndpoints' dreamkastSignIn),
// asking for an access token for Dreamkast's API; the token it ends in is the one the chat posts
// with (AppSettings.dreamkastToken), as a pasted one was. Where the host's tenant is not known,
// available is false and the token is pasted. Threading: GUI thread.

#include "room/OidcLogin.h"

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>

namespace omk::ui {

class EventController;

class DreamkastSignIn : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("ui/EventController.h")
    Q_PROPERTY(omk::ui::EventController* event READ event WRITE setEvent NOTIFY eventChanged)
    // The event is Dreamkast's and its host's sign-in is known.
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    // The event's Dreamkast API origin, which a token is kept for (empty: not a Dreamkast event).
    Q_PROPERTY(QString apiOrigin READ apiOrigin NOTIFY availableChanged)
    // The token this event's Dreamkast gets (AppSettings' rule), and whether there is one.
    Q_PROPERTY(QString token READ token NOTIFY tokenChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY tokenChanged)
    // Waiting for the person to finish in the browser.
    Q_PROPERTY(bool inBrowser READ inBrowser NOTIFY inBrowserChanged)
    // What it says now: progress, or why the last try failed (messageIsError).
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)

public:
    explicit DreamkastSignIn(QObject* parent = nullptr);
    ~DreamkastSignIn() override;

    EventController* event() const { return m_event; }
    void setEvent(EventController* event);
    bool available() const { return m_available; }
    QString apiOrigin() const { return m_apiOrigin; }
    QString token() const;
    bool signedIn() const { return !token().isEmpty(); }
    bool inBrowser() const { return m_login != nullptr; }
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }

    Q_INVOKABLE void signIn();
    Q_INVOKABLE void cancel();
    // A pasted token, kept for this event's Dreamkast.
    Q_INVOKABLE void useToken(const QString& token);
    Q_INVOKABLE void signOut();

signals:
    void eventChanged();
    void availableChanged();
    void inBrowserChanged();
    void tokenChanged();
    void messageChanged();
    // The one error signal: a sign-in failed, in words.
    void errorOccurred(const QString& message);

private:
    void update();
    void say(const QString& text, bool error);
    void ended(const room::OidcOutcome& outcome);

    QPointer<EventController> m_event;
    QMetaObject::Connection m_catalogConnection;
    room::OidcLogin* m_login = nullptr;
    bool m_available = false;
    QString m_apiOrigin;
    QString m_message;
    bool m_messageIsError = false;
};

}  // namespace omk::ui
