#pragma once
// Error codes (the "code" of an error message) and WebSocket close codes; docs/PROTOCOL.md lists
// what each means and what a client should do.

namespace omk::protocol {

namespace error {
inline constexpr const char* kBadJson = "bad_json";
inline constexpr const char* kBadMessage = "bad_message";
inline constexpr const char* kTooLarge = "too_large";
inline constexpr const char* kBinaryFrame = "binary_frame";
inline constexpr const char* kUnsupportedProtocol = "unsupported_protocol";
inline constexpr const char* kAuthRequired = "auth_required";
inline constexpr const char* kAlreadySignedIn = "already_signed_in";
inline constexpr const char* kAuthInvalid = "auth_invalid";
inline constexpr const char* kTokenExpired = "token_expired";
inline constexpr const char* kTokenAlgorithm = "token_algorithm";
// A registered-only event: guests, and accounts not on the registration list, may not sign in.
inline constexpr const char* kRegistrationRequired = "registration_required";
inline constexpr const char* kAccountDisabled = "account_disabled";
inline constexpr const char* kForbidden = "forbidden";
inline constexpr const char* kNotJoined = "not_joined";
inline constexpr const char* kBanned = "banned";
inline constexpr const char* kTimedOut = "timed_out";
inline constexpr const char* kRateLimited = "rate_limited";
inline constexpr const char* kSlowMode = "slow_mode";
// The organizers' room rules (catalog channels[].room): closed to attendees, or guests read only.
inline constexpr const char* kRoomClosed = "room_closed";
inline constexpr const char* kSignInRequired = "sign_in_required";
inline constexpr const char* kNotFound = "not_found";
// A watch party's room that is invite-only, joined by someone who has not redeemed its invite.
inline constexpr const char* kNotInvited = "not_invited";
inline constexpr const char* kRoomLimit = "room_limit";
inline constexpr const char* kTooManyConnections = "too_many_connections";
inline constexpr const char* kStorage = "storage";
}  // namespace error

namespace close {
inline constexpr int kGoingAway = 1001;         // server shutting down: reconnect and resume
inline constexpr int kTooBig = 1009;            // a frame above the hard cap (4x max_frame_bytes)
inline constexpr int kAbuse = 4000;             // too many malformed or refused frames
inline constexpr int kAuthFailed = 4001;        // hello refused (bad, expired or unsigned token)
inline constexpr int kAuthTimeout = 4002;       // no hello in time
inline constexpr int kHeartbeatTimeout = 4003;  // nothing heard from the peer in time
inline constexpr int kSlowConsumer = 4004;      // the client does not read what it is sent
inline constexpr int kTooManyConnections = 4029;
}  // namespace close

}  // namespace omk::protocol
