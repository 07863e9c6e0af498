#pragma once
// The one way the viewer opens a sign-in page in the system browser (QDesktopServices), for every
// browser sign-in it runs (AccountSession: the event's server; DreamkastSignIn: Dreamkast's chat).
// Tests put a scripted browser here. Threading: GUI thread.

#include "room/OidcLogin.h"

namespace omk::ui {

const room::OidcLogin::Opener& browserOpener();
// nullptr: the system browser again.
void setBrowserOpener(room::OidcLogin::Opener opener);

}  // namespace omk::ui
