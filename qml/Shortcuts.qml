// The window's keys: one Shortcut per row of the action table (ActionModel, in C++: ids, keys,
// descriptions, when each applies), dispatched here by action id to the window's parts.
// Playback goes through RoomPlaybackControl (the room-vs-local rule); notices come out as
// notice().
import QtQuick
import QtQuick.Window
import Omnikast

Item {
    id: keys
    // The window (Main.qml): its eventMode, chatVisible, visibility and toggleFullScreen().
    required property var window
    required property VideoView video
    required property PlayerController player
    required property EventController event
    required property RoomController room
    required property VrController vr
    required property RoomPlaybackControl playback
    required property InfoOverlay overlay
    required property Loader chat
    required property Loader schedule
    required property ChannelFinder finder
    required property OrganizePanel organizer

    signal notice(string text)
    // Any key of the table was used (the control bar comes back to show what it did).
    signal activity()

    // Whether a binding is live; the names are ActionTable's Action::When.
    function live(when) {
        switch (when) {
        case "event": return keys.window.eventMode
        case "eventNoSchedule": return keys.window.eventMode && !keys.schedule.active
        case "chatServer": return keys.room.serverUrl.length > 0
        // Not while writing: Enter then sends (the input gets it, not the shortcut).
        case "chatIdle": return keys.chat.active && keys.chat.item !== null
                                && !keys.chat.item.inputField.activeFocus
        default: return true
        }
    }

    function trigger(id, argument) {
        keys.activity()
        switch (id) {
        case "view.turnLeft": keys.video.turn(-5, 0); break
        case "view.turnRight": keys.video.turn(5, 0); break
        case "view.turnUp": keys.video.turn(0, 5); break
        case "view.turnDown": keys.video.turn(0, -5); break
        case "view.zoomIn": keys.video.zoomBy(1); break
        case "view.zoomOut": keys.video.zoomBy(-1); break
        case "view.recenter": keys.video.recenter(); break
        case "player.togglePause": keys.playback.togglePause(); break
        case "player.back": keys.playback.seekRelative(-10); break
        case "player.forward": keys.playback.seekRelative(10); break
        case "player.volumeDown": keys.player.adjustVolume(-5); keys.noticeVolume(); break
        case "player.volumeUp": keys.player.adjustVolume(5); keys.noticeVolume(); break
        case "player.mute": keys.player.toggleMute(); keys.noticeVolume(); break
        case "player.loop": keys.player.toggleLoop(); keys.notice(keys.player.loop ? qsTr("Loop on") : qsTr("Loop off")); break
        case "player.slower": keys.player.scaleRate(1 / 1.1); keys.noticeSpeed(); break
        case "player.faster": keys.player.scaleRate(1.1); keys.noticeSpeed(); break
        case "player.normalSpeed": keys.player.resetRate(); keys.noticeSpeed(); break
        case "player.captions": keys.toggleCaptions(); break
        case "window.fullScreen": keys.window.toggleFullScreen(); break
        case "window.back": keys.back(); break
        case "window.overlayDetail": keys.overlay.detailed = !keys.overlay.detailed; break
        case "window.highContrast": Theme.toggleHighContrast(); break
        case "window.lightScheme": Theme.toggleLight(); break
        case "window.textLarger": Theme.increaseText(); break
        case "window.textSmaller": Theme.decreaseText(); break
        case "window.textNormal": Theme.resetText(); break
        case "window.quit": Qt.quit(); break
        case "vr.toggle": keys.vr.toggle(); break
        case "event.nextChannel": keys.event.nextChannel(); break
        case "event.previousChannel": keys.event.previousChannel(); break
        case "event.selectChannel": keys.event.selectChannel(argument); break
        case "event.schedule": keys.schedule.active = true; break
        case "event.findChannel": keys.finder.open(); break
        case "event.organize":
            if (keys.organizer.organize.available) keys.organizer.open()
            else keys.notice(qsTr("Only the event's admins can organize it"))
            break
        // Through the setting, so the window's binding to it stays (the chat's own hide button
        // and the bar's show button use it too).
        case "room.toggleChat": AppSettings.chatVisible = !AppSettings.chatVisible; break
        case "room.writeMessage": keys.chat.item.focusInput(); break
        default: console.warn("Shortcuts: no handler for", id)
        }
    }

    // What a key changed, said on screen (the technical overlay is off while watching).
    function noticeVolume() {
        keys.notice(keys.player.muted ? qsTr("Muted") : qsTr("Volume %1%").arg(keys.player.volume))
    }
    function noticeSpeed() { keys.notice(qsTr("Speed %1×").arg(keys.player.rate.toFixed(2))) }

    function toggleCaptions() {
        if (!keys.player.hasCaptions) {
            keys.notice(keys.player.captionStatus.length > 0
                        ? qsTr("No captions shown: %1").arg(keys.player.captionStatus)
                        : qsTr("This stream has no captions"))
            return
        }
        keys.player.toggleCaptions()
        keys.notice(keys.player.captionsEnabled ? qsTr("Captions on") : qsTr("Captions off"))
    }

    // Esc: out of the chat, then the schedule, then fullscreen.
    function back() {
        if (keys.chat.item && keys.chat.item.hasFocus()) {
            if (!keys.chat.item.handleEscape()) keys.video.forceActiveFocus()
        }
        else if (keys.schedule.active) { keys.schedule.active = false; keys.video.forceActiveFocus() }
        else if (keys.window.visibility === Window.FullScreen) keys.window.visibility = Window.Windowed
    }

    Repeater {
        model: ActionModel {}
        delegate: Item {
            id: binding
            required property string actionId
            required property var sequences
            required property string when
            required property int argument
            Shortcut {
                sequences: binding.sequences
                enabled: keys.live(binding.when)
                onActivated: keys.trigger(binding.actionId, binding.argument)
            }
        }
    }
}
