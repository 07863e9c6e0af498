#include "room/SecretKeyring.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>
#include <utility>

// GLib's headers name struct members "signals", a keyword macro of Qt's.
#undef signals
#include <libsecret/secret.h>

namespace omk::room::keyring {

namespace {

const SecretSchema* schema() {
    static const SecretSchema s = {
        "org.omnikast.Credential",
        SECRET_SCHEMA_NONE,
        {{"server", SECRET_SCHEMA_ATTRIBUTE_STRING}, {nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING}},
        0,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr};
    return &s;
}

struct HashTableFree {
    void operator()(GHashTable* t) const { g_hash_table_unref(t); }
};
using Attributes = std::unique_ptr<GHashTable, HashTableFree>;

struct ErrorFree {
    void operator()(GError* e) const { g_error_free(e); }
};
using GErrorPtr = std::unique_ptr<GError, ErrorFree>;

Attributes attributesFor(const QString& server) {
    Attributes a(g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free));
    g_hash_table_insert(a.get(), g_strdup("server"), g_strdup(server.toUtf8().constData()));
    return a;
}

Unexpected keyringError(GError* raw) {
    const GErrorPtr e(raw);
    return fail("keyring",
                QCoreApplication::translate("SecretKeyring", "the system keyring said: %1")
                    .arg(e ? QString::fromUtf8(e->message)
                           : QCoreApplication::translate("SecretKeyring", "it did not unlock")));
}

}  // namespace

Expected<bool> reachable() {
    if (qEnvironmentVariable("OMNIKAST_KEYRING") == QLatin1String("off"))
        return fail("keyring_off",
                    QCoreApplication::translate("SecretKeyring", "OMNIKAST_KEYRING=off"));
    // Only a session that has a bus: GLib would otherwise start one of its own (autolaunch).
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
        (runtime.isEmpty() || !QFileInfo::exists(runtime + QStringLiteral("/bus"))))
        return fail("no_session_bus",
                    QCoreApplication::translate("SecretKeyring", "no desktop session bus"));
    GError* error = nullptr;
    SecretService* service = secret_service_get_sync(SECRET_SERVICE_OPEN_SESSION, nullptr, &error);
    if (!service) return keyringError(error);
    g_object_unref(service);
    return true;
}

Expected<std::optional<QByteArray>> lookup(const QString& server) {
    GError* error = nullptr;
    const Attributes a = attributesFor(server);
    gchar* secret = secret_password_lookupv_sync(schema(), a.get(), nullptr, &error);
    if (error) return keyringError(error);
    if (!secret) return std::optional<QByteArray>();
    QByteArray value(secret);
    secret_password_free(secret);
    return std::optional<QByteArray>(std::move(value));
}

Expected<bool> store(const QString& server, const QString& label, const QByteArray& secret) {
    GError* error = nullptr;
    const Attributes a = attributesFor(server);
    if (!secret_password_storev_sync(schema(), a.get(), SECRET_COLLECTION_DEFAULT,
                                     label.toUtf8().constData(), secret.constData(), nullptr,
                                     &error))
        return keyringError(error);
    return true;
}

Expected<bool> clear(const QString& server) {
    // Locked items are searched too (a plain clear skips them silently, and a sign-out would
    // look done); the keyring is asked to unlock them, and where it cannot, that is the error.
    GError* error = nullptr;
    SecretService* service = secret_service_get_sync(SECRET_SERVICE_OPEN_SESSION, nullptr, &error);
    if (!service) return keyringError(error);
    const Attributes a = attributesFor(server);
    GList* items = secret_service_search_sync(
        service, schema(), a.get(),
        static_cast<SecretSearchFlags>(SECRET_SEARCH_ALL | SECRET_SEARCH_UNLOCK), nullptr, &error);
    g_object_unref(service);
    if (error) return keyringError(error);
    bool removed = false;
    Expected<bool> result = false;
    for (GList* l = items; l; l = l->next) {
        auto* item = static_cast<SecretItem*>(l->data);
        if (secret_item_get_locked(item)) {
            result = fail("keyring_locked", QCoreApplication::translate(
                                                "SecretKeyring", "the system keyring is locked"));
            continue;
        }
        if (secret_item_delete_sync(item, nullptr, &error))
            removed = true;
        else
            result = keyringError(std::exchange(error, nullptr));
    }
    g_list_free_full(items, g_object_unref);
    if (!result) return result;
    return removed;
}

}  // namespace omk::room::keyring
