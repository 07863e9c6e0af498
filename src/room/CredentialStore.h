#pragma once
// Where the viewer keeps its sign-ins between runs: per room server (host:port), the account's
// e-mail, name, id and refresh token. Today a file readable only by the user
// ($XDG_DATA_HOME/omnikast/credentials.json, mode 0600, written atomically); where() says so,
// for the sign-in box. (The system keyring through libsecret is issue 18's next step.)
// Threading: GUI thread.

#include <QString>

#include <optional>

namespace omk::room {

struct StoredCredential {
    QString email;
    QString name;
    QString accountId;
    QString refreshToken;
};

class CredentialStore {
public:
    // dir: where the file lives; empty: $XDG_DATA_HOME/omnikast.
    explicit CredentialStore(QString dir = {});

    std::optional<StoredCredential> load(const QString& server) const;
    // Returns false (and error() says why) when the file cannot be written.
    bool save(const QString& server, const StoredCredential& c);
    bool remove(const QString& server);
    // A sentence for people: where the sign-in is kept.
    QString where() const;
    QString path() const { return m_path; }
    QString error() const { return m_error; }

private:
    QString m_path;
    QString m_error;
};

}  // namespace omk::room
