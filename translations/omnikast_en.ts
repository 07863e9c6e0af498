<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnouncementBanner</name>
    <message>
        <source>Announcement from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>📢 Announcement from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the announcement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <source>Caption: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelFinder</name>
    <message>
        <source>Find a room or a talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down choose, Enter switches to the room, Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No starred rooms yet: the ☆ beside a room stars it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelTab</name>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D stars or unstars it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelTabs</name>
    <message>
        <source>Live: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the event&apos;s rooms by name or talk; Ctrl+K or /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a room (Ctrl+K or /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatDelegate</name>
    <message>
        <source>New messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(message deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete message (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin as announcement (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n reactions</source>
        <translation>
            <numerusform>%1, %n reaction</numerusform>
            <numerusform>%1, %n reactions</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>React 👍 (1)  ❤️ (2)  😂 (3)  🎉 (4)  😮 (5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: message deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reacted; press to take it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press to react too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time out %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message numerus="yes">
        <source>%n unsent</source>
        <translation>
            <numerusform>%n unsent</numerusform>
            <numerusform>%n unsent</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect to the chat now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n watching</source>
        <translation>
            <numerusform>%n watching</numerusform>
            <numerusform>%n watching</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n watching; show who is here</source>
        <translation>
            <numerusform>%n watching; show who is here</numerusform>
            <numerusform>%n watching; show who is here</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dreamkast sign-in token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback for everyone, slow mode, announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C hides and shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1; account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatInput</name>
    <message>
        <source>Editing your message (Enter saves, Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Slow mode is on: one message every %n s</source>
        <translation>
            <numerusform>Slow mode is on: one message every %n s</numerusform>
            <numerusform>Slow mode is on: one message every %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Message (Enter to send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message as %1 (Enter to send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends, Tab completes an @mention, Up walks the messages, Esc goes back to the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down move between messages; R replies, E edits your own, 1 to 5 react, Menu for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load earlier messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet. Say hello!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat is not available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new messages</source>
        <translation>
            <numerusform>↓ %n new message</numerusform>
            <numerusform>↓ %n new messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ControlBar</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stereo layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Left and Shift+Right seek 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the picture is mapped onto the sphere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the two eyes are packed in the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F toggles fullscreen, Esc leaves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to live edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumps to what is being streamed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave fullscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <comment>projection: as the file says</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360°</source>
        <comment>projection: equirectangular</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>180°</source>
        <comment>projection: half equirectangular</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cubemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAC</source>
        <comment>projection: equi-angular cubemap</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat</source>
        <comment>projection: an ordinary video</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <comment>stereo: as the file says</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mono</source>
        <comment>stereo: one picture for both eyes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top/bottom</source>
        <comment>stereo: left eye above</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <comment>stereo: left eye on the left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection: auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stereo: auto</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DreamkastTokenPopup</name>
    <message>
        <source>Paste the access token from your Dreamkast sign-in; it is kept in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dreamkast sign-in token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in to Dreamkast&apos;s chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Dreamkast in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or paste the access token from your Dreamkast sign-in; it is kept in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <source>Insert %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Cannot play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the other stream: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventBar</name>
    <message>
        <source>Schedule (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the event&apos;s sessions by day; S opens it, Esc closes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chat (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organize the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organize the event (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On air, channels, sessions, announcements, bans and the audit log; Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch party “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are in the watch party “%1”: its link, or leave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a watch party and send its link, or join one by its link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideBadge</name>
    <message>
        <source>You guide everyone&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following %1&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is guiding the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop guiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your view stops going to the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns your view with the guide&apos;s; you can still look around</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadsetPanel</name>
    <message>
        <source>Omnikast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat for this channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IconButton</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoOverlay</name>
    <message>
        <source>LIVE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffering %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection: %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoder: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[hardware]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[software]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped frames: %1   View: yaw %2° pitch %3° fov %4°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume: muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Loop: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Speed: %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: %1 ms off the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: playing on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Clock offset: %1 ms (rtt %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the user interface</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookMenu</name>
    <message>
        <source>Look and text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light colours (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal text size (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — Omnikast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omnikast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360° video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to look around; + and - zoom, R recenters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModeratorTools</name>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 10 seconds for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 10 seconds for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media to show in this room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement to pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play for everyone in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause for everyone in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the room to this media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The least time between two messages of one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the announcement for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide everyone&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those who follow you turn where you look, as you look around</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoStreamPanel</name>
    <message>
        <source>No stream for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule lists this room but names no video stream for it. Schedules exported from frab or Pretalx carry none: the organisers&apos; own page may stream it, or the event may add a stream later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on air in this room now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another room (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the event&apos;s web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizeAnnouncePage</name>
    <message>
        <source>Shown as a banner over the video to every viewer, or only to one channel&apos;s viewers, until they dismiss it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sees the announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What everyone should know now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizeAuditPage</name>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which changes to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-air switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bans lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3  →  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. ↑/↓ read the entries · Enter shows only the changes by that entry&apos;s person · Show and By pick which changes, by whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose changes to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter shows only the changes by the entry&apos;s person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizeBansPage</name>
    <message>
        <source>Bans and timeouts in force in every room. ↑/↓ pick one, Delete or Backspace lifts it: the person may chat again at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bans and timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the ban of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the timeout of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is banned or timed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizeChannelsPage</name>
    <message>
        <source>New channel&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels, in tab order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n stream</numerusform>
            <numerusform>%n streams</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab %1: %3, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stream yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event has no channels yet: name one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves it, Esc goes back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its tab goes from every viewer&apos;s window. Sessions must be on another channel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑/↓ pick a channel · F2 edit it and its streams · Ctrl+↑/↓ move it in the tab order · H hide it from attendees · Delete remove it. Every viewer sees each change at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden from attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H in the list: its tab, sessions and now/next go from attendees&apos; windows; organizers still see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden from attendees: %2, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizeImportDialog</name>
    <message>
        <source>Re-import the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule&apos;s address (a Pretalx or frab export):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter previews what an import would change; Ctrl+Enter imports the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What an import would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule brings nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (Enter) shows what an import would change. Nothing changes before Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter in the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter. Imports what the preview shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizeOnAirPage</name>
    <message>
        <source>↑/↓ pick a channel · N or Enter: its next session on air · Delete: nothing on air. Every viewer of the channel follows at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels and what is on air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: on air: %2. Next: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: on air: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing on air. Next: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing on air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On air: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session to put on air on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the chosen session on air on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on air on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event has no channels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizePanel</name>
    <message>
        <source>Organize the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizeRoomsPage</name>
    <message>
        <source>↑/↓ pick a room · C close or open it · G signed-in only · S slow mode. Every viewer&apos;s chat follows at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event has no channels yet: add one on the Channels page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: attendees read, only moderators write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only signed-in people write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow mode the room starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S in the list. A moderator may change it in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderators of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address of a new moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter makes them a moderator of this room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one moderates this room yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the role back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. From their next sign-in they chat as an attendee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete takes the role back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizeSessionsPage</name>
    <message>
        <source>Find a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sessions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions, in start order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event has no sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves, Esc goes back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts, year-month-day hours:minutes, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length, hours:minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter in any field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes from every viewer&apos;s schedule and reminders. To keep it shown struck through, cancel it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-import schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I in the list. Shows what would change before anything does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a session · ↓ into the list · Enter or F2 edit it: title, times, channel, speakers (names, separated by commas; a new name adds a speaker), topic · Ctrl+D cancel it or bring it back · Delete remove it · I re-import the schedule. Times are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a session: title, room, speaker or day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers, names separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name the event does not have yet adds a new speaker. Enter saves, Esc goes back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizeStreamFields</name>
    <message>
        <source>Add the main stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a fallback stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is the one viewers open; the others are offered when it fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…/live.m3u8, rtmp://…, srt://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves the stream: viewers of the channel follow at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the address plays, as omnikast check does (Ctrl+T in the address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the picture is mapped onto the sphere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stereo layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the two eyes are packed in the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en, ja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A language tag such as en, ja or pt-BR; empty when it has no speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label viewers pick it by (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What viewers see when a channel offers several streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter in any stream field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stream %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewers watching it switch to the next stream, or to none: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The player no longer offers it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyPopup</name>
    <message>
        <source>Watching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch party “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You host it. Whoever opens this link joins, once signed in; you run its playback for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You host it. Anyone with this link joins; you run its playback for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its host picks what everyone watches; the chat is the party&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party&apos;s link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link works until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a room of your own: everyone who opens its link watches the same moment as you, with a chat of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to open a party of your own. To join one, paste its link below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people with the link, signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>omnikast://…/room/… (a party&apos;s link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party&apos;s link to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinnedBanner</name>
    <message>
        <source>Pinned announcement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin the announcement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Go to channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the session&apos;s channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleCell</name>
    <message>
        <source>Event time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleGrid</name>
    <message>
        <source>%1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter shows the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2–%3, cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, speaker, abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred sessions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my starred sessions as an .ics calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the current time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorter hours (zoom out); Ctrl+wheel zooms too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taller hours (zoom in); Ctrl+wheel zooms too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <source>%1–%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from my schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to this session&apos;s channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the session details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>No captions shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stream has no captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the event&apos;s admins can organize it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPopup</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We mail you a code and a link. No password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, like K7Q-4MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event is for registered attendees: use the address you registered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or we mail you a code and a link. No password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event&apos;s server offers no sign-in: you chat as a guest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamPicker</name>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of this channel&apos;s streams plays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeControl</name>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VrButton</name>
    <message>
        <source>Looking for a VR headset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VR unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave VR and go back to the desktop view (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the stream in the headset, %1 (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit VR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VR headset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VrMirrorBadge</name>
    <message>
        <source>In VR — mirroring the left eye (headset %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In VR — mirroring the left eye</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoIsHerePopup</name>
    <message numerus="yes">
        <source>%n watching</source>
        <translation>
            <numerusform>%n watching</numerusform>
            <numerusform>%n watching</numerusform>
        </translation>
    </message>
    <message>
        <source>People watching</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omk::ui::AccountSession</name>
    <message>
        <source>That code is wrong or has expired. Check the newest mail, or ask for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many tries. Wait %n second and try again.</numerusform>
            <numerusform>Too many tries. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The event&apos;s server cannot send mail right now. Try again in a few minutes, or tell the organizers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask the organizers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were signed out because this sign-in was used on another device. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the event&apos;s server. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the e-mail address you registered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a code to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 may sign in to this event, a code is on its way. Type it here, or open the link in the mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code from the mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the sign-in cannot be kept for next time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the event&apos;s server to renew your sign-in; trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a sign-in link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it opens a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in link is for %1, not for this event&apos;s server (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. You can close this tab and go back to Omnikast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish signing in with %1 in your web browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came back from the browser. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not sign you in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not confirm your e-mail address, so this event cannot tell who you are. Use the e-mail sign-in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your address is not registered for this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in did not finish here. Go back to Omnikast to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the sign-in page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in is kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in is kept in %1, readable only by you (not in the system keyring: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in is kept in the system keyring where there is one, otherwise in %1, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omk::ui::ActionTable</name>
    <message>
        <source>turn left 5°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn right 5°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up 5°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look down 5°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look straight ahead again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause / play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loop on / off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 % slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 % faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>captions on / off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fullscreen on / off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to the video; leave fullscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high contrast on / off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VR headset on / off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel 1 … 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show / hide the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the technical overlay on / off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light / dark colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organize the event (admins)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omk::ui::AdminEditRunner</name>
    <message>
        <source>Wait a moment: the last change of this one is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omk::ui::AuditLogModel</name>
    <message>
        <source>On air switched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a person&apos;s name and account id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omk::ui::BanListModel</name>
    <message>
        <source>Timed out until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · since %2 · by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · since %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omk::ui::ChannelEditModel</name>
    <message>
        <source>Closed: only moderators write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed-in people only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>slow mode %n s</source>
        <translation>
            <numerusform>slow mode %n s</numerusform>
            <numerusform>slow mode %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omk::ui::DreamkastSignIn</name>
    <message>
        <source>This event&apos;s Dreamkast does not say where to sign in. Paste a token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Dreamkast. You can close this tab and go back to Omnikast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to Dreamkast did not finish here. Go back to Omnikast to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish signing in to Dreamkast in your web browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Dreamkast: you can chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came back from the browser. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach Dreamkast&apos;s sign-in. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the sign-in page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dreamkast&apos;s sign-in gave no access token. Paste a token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dreamkast&apos;s sign-in did not sign you in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omk::ui::EventController</name>
    <message numerus="yes">
        <source>Starts in %n minute(s) on %1</source>
        <translation>
            <numerusform>Starts in %n minute on %1</numerusform>
            <numerusform>Starts in %n minutes on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the .ics file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message>
        <source>The schedule was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule was updated: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omk::ui::HeadsetPanelRenderer</name>
    <message>
        <source>no OpenGL context for the panel on this display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the panel&apos;s OpenGL context cannot be made current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt Quick cannot render the panel offscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no panel component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the panel component is not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the panel component has no QML engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the panel must be an Item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omk::ui::ImportPreviewModel</name>
    <message>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New sessions (%n)</source>
        <translation>
            <numerusform>New sessions (%n)</numerusform>
            <numerusform>New sessions (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed sessions (%n)</source>
        <translation>
            <numerusform>Changed sessions (%n)</numerusform>
            <numerusform>Changed sessions (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed sessions (%n)</source>
        <translation>
            <numerusform>Removed sessions (%n)</numerusform>
            <numerusform>Removed sessions (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept (%n)</source>
        <translation>
            <numerusform>Kept (%n)</numerusform>
            <numerusform>Kept (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New rooms (%n)</source>
        <translation>
            <numerusform>New rooms (%n)</numerusform>
            <numerusform>New rooms (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed rooms (%n)</source>
        <translation>
            <numerusform>Changed rooms (%n)</numerusform>
            <numerusform>Changed rooms (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rooms no longer in the schedule (%n)</source>
        <translation>
            <numerusform>Rooms no longer in the schedule (%n)</numerusform>
            <numerusform>Rooms no longer in the schedule (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Speakers and topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On air now: it stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: an import never removes a room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the words of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed here by an organizer: it stays removed, though the schedule changed it since.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omk::ui::LanguageController</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omk::ui::OrganizeChannels</name>
    <message>
        <source>Name the new channel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel&apos;s name holds at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel %1 added. Every viewer sees its tab now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a channel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel&apos;s name holds 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is called %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is tab %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n session(s): move them to another channel or remove them first.</source>
        <translation>
            <numerusform>%1 has %n session: move them to another channel or remove them first.</numerusform>
            <numerusform>%1 has %n sessions: move them to another channel or remove them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the stream&apos;s address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewers of %1 switch to the new stream now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream of %1 was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That channel is not in the event any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the whole address, with https://, rtmp://, srt://… at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is hidden from attendees now: its tab and sessions are gone from their windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees see %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360° (equirectangular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>180° (equirectangular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cubemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAC (equi-angular cubemap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat (an ordinary video)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3D, left eye above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3D, left eye on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a projection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stereo layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A language is a tag such as en, ja, es or pt-BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stream&apos;s label holds at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That stream is not on the channel any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a fallback stream now: the player offers it when stream 1 fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream %1 of %2 saved: its viewers follow at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream 1 of %1 removed: its viewers switch to the next one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream %1 of %2 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream of %1 was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another organizer changed the streams of %1 a moment ago: look at them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omk::ui::OrganizeController</name>
    <message>
        <source>Only the event&apos;s admins can organize it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not switched on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on air on %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On air on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the announcement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An announcement holds at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the event&apos;s server. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in is not an admin of the event any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s catalog has no such channel; the event may have changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s catalog has no such session in this channel; the event may have changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot save changes right now. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a channel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That room is not on this server any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bans could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a ban first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not lifted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may chat in %2 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions are on that channel: move them to another channel or remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone added one of that name a moment ago; the list shows it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the catalog a moment ago. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session is on air: take it off air first (On air tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not take that as an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That role is not held there any more; the list shows who holds what now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s last admin keeps the role: make someone else an admin first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omk::ui::OrganizeImport</name>
    <message>
        <source>How the schedule is imported could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule&apos;s address starts with http:// or https://, like https://pretalx.example/event/schedule/export/schedule.xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule brings nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An import brings %n changes: Apply (Ctrl+Enter) imports them.</source>
        <translation>
            <numerusform>An import brings %n changes: Apply (Ctrl+Enter) imports them.</numerusform>
            <numerusform>An import brings %n changes: Apply (Ctrl+Enter) imports them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview first: Apply imports what the preview shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule changed since the preview: preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog changed since the preview (someone edited it): preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server knows no schedule address: type the schedule&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked automatically every %n min; not checked yet.</source>
        <translation>
            <numerusform>Checked automatically every %n min; not checked yet.</numerusform>
            <numerusform>Checked automatically every %n min; not checked yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>imported as version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked automatically every %n min; last check %1: %2</source>
        <translation>
            <numerusform>Checked automatically every %n min; last check %1: %2</numerusform>
            <numerusform>Checked automatically every %n min; last check %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The schedule brought nothing new: the catalog stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported: version %1 (%n changes)</source>
        <translation>
            <numerusform>Imported: version %1 (%n changes)</numerusform>
            <numerusform>Imported: version %1 (%n changes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omk::ui::OrganizeRooms</name>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>One message every %n s</source>
        <translation>
            <numerusform>One message every %n s</numerusform>
            <numerusform>One message every %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One message every %n min</source>
        <translation>
            <numerusform>One message every %n min</numerusform>
            <numerusform>One message every %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a room first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That channel is not in the event any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed: attendees read, only moderators write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open: everyone may write again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 only signed-in people write now; guests read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 guests may write again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow mode is 0 to %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts without slow mode now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in slow mode now: one message every %n s per person, until a moderator changes it.</source>
        <translation>
            <numerusform>%1 starts in slow mode now: one message every %n s per person, until a moderator changes it.</numerusform>
            <numerusform>%1 starts in slow mode now: one message every %n s per person, until a moderator changes it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room %1 was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who moderates could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the person&apos;s e-mail address, like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moderates this room already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moderates %2 now, from their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not made a moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a moderator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer moderates this room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the role for the whole event; this page takes back roles in this room only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omk::ui::OrganizeSessions</name>
    <message>
        <source>Pick a session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session is not in the event any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title holds 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the start as year-month-day hours:minutes, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (the clocks change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the length as hours:minutes, e.g. 1:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the channel from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved. Every viewer&apos;s schedule shows it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cancelled: struck through in every viewer&apos;s schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back on the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed. Attendees who planned to watch it see it as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A speaker&apos;s name holds at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the topic from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no speakers now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s speakers are %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hidden from attendees)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omk::ui::RoleHolderModel</name>
    <message>
        <source>Admin of the whole event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin of this room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator of every room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator of this room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omk::ui::RoomController</name>
    <message numerus="yes">
        <source>Slow mode: you can send again in %n s</source>
        <translation>
            <numerusform>Slow mode: you can send again in %n s</numerusform>
            <numerusform>Slow mode: you can send again in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too fast: sending again in %n s</source>
        <translation>
            <numerusform>Too fast: sending again in %n s</numerusform>
            <numerusform>Too fast: sending again in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are timed out for %n s</source>
        <translation>
            <numerusform>You are timed out for %n s</numerusform>
            <numerusform>You are timed out for %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet (%1); retrying in %n s</source>
        <translation>
            <numerusform>Not sent yet (%1); retrying in %n s</numerusform>
            <numerusform>Not sent yet (%1); retrying in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>You are banned from this room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only moderators may do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat server %1 is not a ws:// or wss:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s…</source>
        <translation>
            <numerusform>Reconnecting in %n s…</numerusform>
            <numerusform>Reconnecting in %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a chat server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is playing to share with the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Dreamkast to chat (set a token with the key button above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Dreamkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No talk on air on this channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dreamkast&apos;s chat has no edits or reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organizers closed this room&apos;s chat: you can read it, not write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only signed-in people can write here: sign in to chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message is back in the input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omk::ui::RoomPlaybackControl</name>
    <message>
        <source>Playback follows the room; a moderator controls it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omk::ui::ScheduleModel</name>
    <message>
        <source>Session page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omk::ui::StreamTestRun</name>
    <message>
        <source>Type the stream&apos;s address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the test&apos;s files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check ended without a report (exit %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not play: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays: %1; the first picture after %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth a look: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays: %1; the first picture after %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omk::ui::VrController</name>
    <message>
        <source>VR is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VR needs a video to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left VR; back to the desktop view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headset ended the VR session; back to the desktop view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VR runtime went away (%1); back to the desktop view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VR stopped: %1; back to the desktop view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller %1: %2</source>
        <extracomment>%1: the controller command (&quot;play_pause&quot;), %2: why not (&quot;only moderators may&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VR panel is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omk::ui::WatchParty</name>
    <message>
        <source>Signed out: you left “%1”, which is for signed-in people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: a watch party belongs to an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the party a name of 1 to 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a watch party&apos;s link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it opens something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This party is on %1, not on this event&apos;s server (%2): open the link from outside the viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the party…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is invite-only and this link has no invite: ask its host for the link again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is invite-only: sign in to join it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You host “%1”: send its link to whoever should watch with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching together in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is copied: paste it to the people you invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with an account first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
