#include "ui/BrowserOpener.h"

#include <QDesktopServices>

namespace omk::ui {

namespace {

room::OidcLogin::Opener& opener() {
    static room::OidcLogin::Opener o = [](const QUrl& url) {
        return QDesktopServices::openUrl(url);
    };
    return o;
}

}  // namespace

const room::OidcLogin::Opener& browserOpener() {
    return opener();
}

void setBrowserOpener(room::OidcLogin::Opener o) {
    opener() = o ? std::move(o) : [](const QUrl& url) { return QDesktopServices::openUrl(url); };
}

}  // namespace omk::ui
