#pragma once
// Where the viewer keeps its sign-ins between runs, per room server (host:port): in the system
// keyring (room/SecretKeyring, libsecret) where a desktop session has one, otherwise in a file
// only the user may read (room/CredentialFile); keeping() says which, and why not the keyring.
// A sign-in found in the file once a keyring is there moves into the keyring. A keyring that
// refuses (locked, the person said no) is not asked again in this run: that sign-in stays in the
// file, which is read first (it is the newer), and a sign-out it could not carry out is marked in
// the file so the keyring's copy does not come back.
//
// Calls return at once; the keyring may ask the person to unlock it in a dialog of its own, so the
// work runs, in the order asked, on a worker thread of the store's, and load()'s and save()'s
// answers come back on the store's thread. Destroying the store finishes what was asked first
// (at most 10 s).
// Threading: the object lives on one thread (the GUI's); its keyring and file calls run on its
// own worker thread, one at a time. One store per folder and process (the viewer's window has
// one): two stores on one folder would each rewrite the file in turn.

#include "room/CredentialFile.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace omk::room {

class CredentialStore : public QObject {
    Q_OBJECT
public:
    enum class Keeping { Unknown, Keyring, File };

    // dir: where the file lives; empty: $XDG_DATA_HOME/omnikast.
    explicit CredentialStore(QString dir = {}, QObject* parent = nullptr);
    ~CredentialStore() override;

    using Loaded = std::function<void(std::optional<StoredCredential>)>;
    // error: empty when kept.
    using Saved = std::function<void(QString error)>;

    void load(const QString& server, Loaded done);
    void save(const QString& server, const StoredCredential& c, Saved done = {});
    // Saves only where a sign-in for the server is still kept (a renewal that ends after a
    // sign-out must not bring the sign-in back).
    void replace(const QString& server, const StoredCredential& c);
    void remove(const QString& server);

    Keeping keeping() const { return m_keeping; }
    // Why the file and not the keyring (no session bus, no Secret Service, what it refused).
    QString keyringWhyNot() const { return m_whyNot; }
    QString filePath() const { return m_filePath; }

signals:
    void keepingChanged();

private:
    struct Worker;
    void run(std::function<void(Worker&)> job);

    std::shared_ptr<Worker> m_worker;
    QThread* m_thread = nullptr;
    QString m_filePath;
    Keeping m_keeping = Keeping::Unknown;
    QString m_whyNot;
};

}  // namespace omk::room
