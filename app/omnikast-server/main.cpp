// omnikast-server: the live-event backend (rooms, chat, moderation, playback sync). All logic is
// in src/server; see docs/PROTOCOL.md.
#include "server/ServerCli.h"

int main(int argc, char** argv) {
    return omk::server::runServerCli(argc, argv);
}
