<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AnnouncementBanner</name>
    <message>
        <source>Announcement from %1: %2</source>
        <translation>%1 からのお知らせ: %2</translation>
    </message>
    <message>
        <source>📢 Announcement from %1</source>
        <translation>📢 %1 からのお知らせ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss the announcement</source>
        <translation>お知らせを閉じる</translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <source>Caption: %1</source>
        <translation>字幕: %1</translation>
    </message>
</context>
<context>
    <name>ChannelFinder</name>
    <message>
        <source>Find a room or a talk</source>
        <translation>ルームまたはトークを検索</translation>
    </message>
    <message>
        <source>Find a room</source>
        <translation>ルームを探す</translation>
    </message>
    <message>
        <source>Up and Down choose, Enter switches to the room, Esc closes</source>
        <translation>上下で選択、Enter でそのルームへ、Esc で閉じる</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>放送中のみ</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>スター付き</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 件中 %1 件</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>live</source>
        <translation>放送中</translation>
    </message>
    <message>
        <source>no stream</source>
        <translation>配信なし</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>放送中: %1</translation>
    </message>
    <message>
        <source>Nothing on air</source>
        <translation>放送なし</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>%1 にスターを付ける</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>No starred rooms yet: the ☆ beside a room stars it.</source>
        <translation>スター付きのルームはまだありません。ルームの横の ☆ でスターを付けられます。</translation>
    </message>
    <message>
        <source>No room matches.</source>
        <translation>一致するルームはありません。</translation>
    </message>
</context>
<context>
    <name>ChannelTab</name>
    <message>
        <source>Now: %1</source>
        <translation>放送中: %1</translation>
    </message>
    <message>
        <source>Nothing on air</source>
        <translation>放送なし</translation>
    </message>
    <message>
        <source>no stream</source>
        <translation>配信なし</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>%1 にスターを付ける</translation>
    </message>
    <message>
        <source>Next %1: %2</source>
        <translation>次 %1: %2</translation>
    </message>
    <message>
        <source>No stream</source>
        <translation>配信なし</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>スター付き</translation>
    </message>
    <message>
        <source>D stars or unstars it</source>
        <translation>D でスターを付ける / 外す</translation>
    </message>
</context>
<context>
    <name>ChannelTabs</name>
    <message>
        <source>Live: %1 — %2</source>
        <translation>ライブ: %1 — %2</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>ライブ: %1</translation>
    </message>
    <message>
        <source>Earlier channels</source>
        <translation>前のチャンネル</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>Later channels</source>
        <translation>後のチャンネル</translation>
    </message>
    <message>
        <source>Find a room</source>
        <translation>ルームを探す</translation>
    </message>
    <message>
        <source>Search the event&apos;s rooms by name or talk; Ctrl+K or /</source>
        <translation>イベントのルームを名前やトークで検索。Ctrl+K または /</translation>
    </message>
    <message>
        <source>Find a room (Ctrl+K or /)</source>
        <translation>ルームを探す (Ctrl+K または /)</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n ルーム</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatDelegate</name>
    <message>
        <source>New messages</source>
        <translation>新着メッセージ</translation>
    </message>
    <message>
        <source>an earlier message</source>
        <translation>以前のメッセージ</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>(message deleted)</source>
        <translation>(メッセージは削除されました)</translation>
    </message>
    <message>
        <source>Reply (R)</source>
        <translation>返信 (R)</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>テキストをコピー</translation>
    </message>
    <message>
        <source>Delete message (Del)</source>
        <translation>メッセージを削除 (Del)</translation>
    </message>
    <message>
        <source>Pin as announcement (P)</source>
        <translation>お知らせとして固定 (P)</translation>
    </message>
    <message>
        <source>Ban %1</source>
        <translation>%1 を BAN</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(編集済み)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n reactions</source>
        <translation>
            <numerusform>%1、リアクション %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit (E)</source>
        <translation>編集 (E)</translation>
    </message>
    <message>
        <source>React 👍 (1)  ❤️ (2)  😂 (3)  🎉 (4)  😮 (5)</source>
        <translation>リアクション 👍 (1)  ❤️ (2)  😂 (3)  🎉 (4)  😮 (5)</translation>
    </message>
    <message>
        <source>%1: message deleted</source>
        <translation>%1: メッセージは削除されました</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>You reacted; press to take it back</source>
        <translation>リアクション済み。押すと取り消します</translation>
    </message>
    <message>
        <source>Press to react too</source>
        <translation>押してリアクションする</translation>
    </message>
    <message>
        <source>Time out %1…</source>
        <translation>%1 をタイムアウト…</translation>
    </message>
    <message>
        <source>Time out %1</source>
        <translation>%1 をタイムアウト</translation>
    </message>
    <message>
        <source>For 1 minute</source>
        <translation>1 分間</translation>
    </message>
    <message>
        <source>For 5 minutes</source>
        <translation>5 分間</translation>
    </message>
    <message>
        <source>For 15 minutes</source>
        <translation>15 分間</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation>1 日</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message numerus="yes">
        <source>%n unsent</source>
        <translation>
            <numerusform>未送信 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>今すぐ再送</translation>
    </message>
    <message>
        <source>Reconnect to the chat now</source>
        <translation>今すぐチャットに再接続</translation>
    </message>
    <message numerus="yes">
        <source>%n watching</source>
        <translation>
            <numerusform>%n 人が視聴中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n watching; show who is here</source>
        <translation>
            <numerusform>%n 人が視聴中。参加者を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Dreamkast sign-in token</source>
        <translation>Dreamkast のサインイントークン</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Moderator tools</source>
        <translation>モデレーターツール</translation>
    </message>
    <message>
        <source>Playback for everyone, slow mode, announcements</source>
        <translation>全員の再生、スローモード、お知らせ</translation>
    </message>
    <message>
        <source>Hide the chat</source>
        <translation>チャットを隠す</translation>
    </message>
    <message>
        <source>C hides and shows it</source>
        <translation>C で隠す / 表示</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Signed in as %1; account</source>
        <translation>%1 としてサインイン中。アカウント</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
</context>
<context>
    <name>ChatInput</name>
    <message>
        <source>Editing your message (Enter saves, Esc cancels)</source>
        <translation>メッセージを編集中 (Enter で保存、Esc で取り消し)</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>%1 に返信</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>Slow mode is on: one message every %n s</source>
        <translation>
            <numerusform>低速モード: %n 秒に 1 件まで</numerusform>
        </translation>
    </message>
    <message>
        <source>Message (Enter to send)</source>
        <translation>メッセージ (Enter で送信)</translation>
    </message>
    <message>
        <source>Message as %1 (Enter to send)</source>
        <translation>%1 としてメッセージ (Enter で送信)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>チャットメッセージ</translation>
    </message>
    <message>
        <source>Enter sends, Tab completes an @mention, Up walks the messages, Esc goes back to the video</source>
        <translation>Enter で送信、Tab で @メンションを補完、↑ でメッセージを移動、Esc で映像に戻る</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>絵文字を挿入</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>メッセージを送信</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>チャットメッセージ</translation>
    </message>
    <message>
        <source>Up and Down move between messages; R replies, E edits your own, 1 to 5 react, Menu for more</source>
        <translation>↑↓ でメッセージを移動。R で返信、E で自分のメッセージを編集、1〜5 でリアクション、Menu でその他</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Load earlier messages</source>
        <translation>以前のメッセージを読み込む</translation>
    </message>
    <message>
        <source>No messages yet. Say hello!</source>
        <translation>まだメッセージはありません。あいさつしてみましょう！</translation>
    </message>
    <message>
        <source>Chat is not available here</source>
        <translation>ここではチャットを利用できません</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new messages</source>
        <translation>
            <numerusform>↓ 新着 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ControlBar</name>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>再生位置</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>投影法</translation>
    </message>
    <message>
        <source>Stereo layout</source>
        <translation>ステレオ配置</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>全画面</translation>
    </message>
    <message>
        <source>Shift+Left and Shift+Right seek 10 seconds</source>
        <translation>Shift+← と Shift+→ で 10 秒移動</translation>
    </message>
    <message>
        <source>How the picture is mapped onto the sphere</source>
        <translation>映像を球面に投影する方法</translation>
    </message>
    <message>
        <source>How the two eyes are packed in the picture</source>
        <translation>左右の目の映像の配置</translation>
    </message>
    <message>
        <source>Reopen last event</source>
        <translation>前回のイベントを開く</translation>
    </message>
    <message>
        <source>F toggles fullscreen, Esc leaves it</source>
        <translation>F で全画面の切り替え、Esc で解除</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>ライブ配信</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Go to live edge</source>
        <translation>ライブの最新位置へ</translation>
    </message>
    <message>
        <source>Jumps to what is being streamed now</source>
        <translation>いま配信されている位置へ移動します</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Leave fullscreen</source>
        <translation>全画面表示を終了</translation>
    </message>
    <message>
        <source>Auto</source>
        <comment>projection: as the file says</comment>
        <translation>自動</translation>
    </message>
    <message>
        <source>360°</source>
        <comment>projection: equirectangular</comment>
        <translation>360°</translation>
    </message>
    <message>
        <source>180°</source>
        <comment>projection: half equirectangular</comment>
        <translation>180°</translation>
    </message>
    <message>
        <source>Cubemap</source>
        <translation>キューブマップ</translation>
    </message>
    <message>
        <source>EAC</source>
        <comment>projection: equi-angular cubemap</comment>
        <translation>EAC</translation>
    </message>
    <message>
        <source>Flat</source>
        <comment>projection: an ordinary video</comment>
        <translation>平面</translation>
    </message>
    <message>
        <source>Auto</source>
        <comment>stereo: as the file says</comment>
        <translation>自動</translation>
    </message>
    <message>
        <source>Mono</source>
        <comment>stereo: one picture for both eyes</comment>
        <translation>モノ</translation>
    </message>
    <message>
        <source>Top/bottom</source>
        <comment>stereo: left eye above</comment>
        <translation>上下</translation>
    </message>
    <message>
        <source>Side by side</source>
        <comment>stereo: left eye on the left</comment>
        <translation>左右</translation>
    </message>
    <message>
        <source>Projection: auto</source>
        <translation>投影: 自動</translation>
    </message>
    <message>
        <source>Stereo: auto</source>
        <translation>立体視: 自動</translation>
    </message>
</context>
<context>
    <name>DreamkastTokenPopup</name>
    <message>
        <source>Paste the access token from your Dreamkast sign-in; it is kept in the settings file.</source>
        <translation>Dreamkast にサインインしたときのアクセストークンを貼り付けてください。設定ファイルに保存されます。</translation>
    </message>
    <message>
        <source>Dreamkast sign-in token</source>
        <translation>Dreamkast のサインイントークン</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>You are signed in to Dreamkast&apos;s chat.</source>
        <translation>Dreamkast のチャットにサインインしています。</translation>
    </message>
    <message>
        <source>Sign in to Dreamkast in the browser</source>
        <translation>ブラウザーで Dreamkast にサインイン</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Or paste the access token from your Dreamkast sign-in; it is kept in the settings file.</source>
        <translation>または Dreamkast のサインインで得たアクセストークンを貼り付けてください。設定ファイルに保存されます。</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <source>Insert %1</source>
        <translation>%1 を挿入</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Cannot play</source>
        <translation>再生できません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot open the event</source>
        <translation>イベントを開けません</translation>
    </message>
    <message>
        <source>Try the other stream: %1</source>
        <translation>別の配信を試す: %1</translation>
    </message>
</context>
<context>
    <name>EventBar</name>
    <message>
        <source>Schedule (S)</source>
        <translation>スケジュール (S)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Shows the event&apos;s sessions by day; S opens it, Esc closes it</source>
        <translation>イベントのセッションを日ごとに表示。S で開き、Esc で閉じる</translation>
    </message>
    <message>
        <source>Show the chat</source>
        <translation>チャットを表示</translation>
    </message>
    <message>
        <source>Show the chat (C)</source>
        <translation>チャットを表示 (C)</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Organize</source>
        <translation>運営</translation>
    </message>
    <message>
        <source>Organize the event</source>
        <translation>イベントの運営</translation>
    </message>
    <message>
        <source>Organize the event (Ctrl+Shift+O)</source>
        <translation>イベントの運営 (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>On air, channels, sessions, announcements, bans and the audit log; Ctrl+Shift+O</source>
        <translation>放送中、チャンネル、セッション、お知らせ、BAN、変更履歴。Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Watch together</source>
        <translation>一緒に見る</translation>
    </message>
    <message>
        <source>Watch party “%1”</source>
        <translation>ウォッチパーティー「%1」</translation>
    </message>
    <message>
        <source>You are in the watch party “%1”: its link, or leave it</source>
        <translation>ウォッチパーティー「%1」に参加中: リンクの表示、または退出</translation>
    </message>
    <message>
        <source>Open a watch party and send its link, or join one by its link</source>
        <translation>ウォッチパーティーを開いてリンクを送る、またはリンクで参加する</translation>
    </message>
</context>
<context>
    <name>GuideBadge</name>
    <message>
        <source>You guide everyone&apos;s view</source>
        <translation>全員の視点をガイド中</translation>
    </message>
    <message>
        <source>Following %1&apos;s view</source>
        <translation>%1 の視点をフォロー中</translation>
    </message>
    <message>
        <source>%1 is guiding the view</source>
        <translation>%1 が視点をガイドしています</translation>
    </message>
    <message>
        <source>Stop guiding</source>
        <translation>ガイドをやめる</translation>
    </message>
    <message>
        <source>Stop following</source>
        <translation>フォローをやめる</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>フォローする</translation>
    </message>
    <message>
        <source>Your view stops going to the others</source>
        <translation>あなたの視点を他の人に送るのをやめます</translation>
    </message>
    <message>
        <source>Turns your view with the guide&apos;s; you can still look around</source>
        <translation>ガイドの視点に合わせて向きを変えます。自分で見回すこともできます</translation>
    </message>
</context>
<context>
    <name>HeadsetPanel</name>
    <message>
        <source>Omnikast</source>
        <translation>Omnikast</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>放送中: %1</translation>
    </message>
    <message>
        <source>Nothing on air</source>
        <translation>放送なし</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>次: %1</translation>
    </message>
    <message>
        <source>%1: (deleted)</source>
        <translation>%1: (削除済み)</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>まだメッセージはありません</translation>
    </message>
    <message>
        <source>No chat for this channel</source>
        <translation>このチャンネルにはチャットがありません</translation>
    </message>
</context>
<context>
    <name>IconButton</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>InfoOverlay</name>
    <message>
        <source>LIVE %1</source>
        <translation>ライブ %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>  (paused)</source>
        <translation>  (一時停止中)</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>接続が切れました — 再接続中…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>開いています…</translation>
    </message>
    <message>
        <source>Buffering %1%</source>
        <translation>バッファリング中 %1%</translation>
    </message>
    <message>
        <source>Projection: %1 (%2), %3</source>
        <translation>投影法: %1 (%2)、%3</translation>
    </message>
    <message>
        <source>Decoder: %1 %2</source>
        <translation>デコーダー: %1 %2</translation>
    </message>
    <message>
        <source>[hardware]</source>
        <translation>[ハードウェア]</translation>
    </message>
    <message>
        <source>[software]</source>
        <translation>[ソフトウェア]</translation>
    </message>
    <message>
        <source>Dropped frames: %1   View: yaw %2° pitch %3° fov %4°</source>
        <translation>ドロップ: %1   視点: ヨー %2° ピッチ %3° 視野角 %4°</translation>
    </message>
    <message>
        <source>Volume: muted</source>
        <translation>音量: ミュート</translation>
    </message>
    <message>
        <source>Volume: %1%</source>
        <translation>音量: %1%</translation>
    </message>
    <message>
        <source>   Loop: on</source>
        <translation>   ループ: オン</translation>
    </message>
    <message>
        <source>   Speed: %1×</source>
        <translation>   速度: %1×</translation>
    </message>
    <message>
        <source>Sync: %1 ms off the room</source>
        <translation>同期: ルームとの差 %1 ms</translation>
    </message>
    <message>
        <source>Sync: playing on its own</source>
        <translation>同期: 単独で再生中</translation>
    </message>
    <message>
        <source>   Clock offset: %1 ms (rtt %2 ms)</source>
        <translation>   時計のずれ: %1 ms (RTT %2 ms)</translation>
    </message>
    <message>
        <source>Audio: %1</source>
        <translation>音声: %1</translation>
    </message>
    <message>
        <source>Playback information</source>
        <translation>再生情報</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language of the user interface</source>
        <translation>ユーザーインターフェースの言語</translation>
    </message>
</context>
<context>
    <name>LookMenu</name>
    <message>
        <source>Look and text size</source>
        <translation>表示と文字サイズ</translation>
    </message>
    <message>
        <source>Light colours (Ctrl+Shift+L)</source>
        <translation>ライトカラー (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>High contrast (Ctrl+Shift+H)</source>
        <translation>ハイコントラスト (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>文字を大きく (Ctrl+=)</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>文字を小さく (Ctrl+-)</translation>
    </message>
    <message>
        <source>Normal text size (Ctrl+0)</source>
        <translation>標準の文字サイズ (Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — Omnikast</source>
        <translation>%1 — Omnikast</translation>
    </message>
    <message>
        <source>Omnikast</source>
        <translation>Omnikast</translation>
    </message>
    <message>
        <source>360° video</source>
        <translation>360° 映像</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to look around; + and - zoom, R recenters</source>
        <translation>ドラッグまたは矢印キーで見回す。+ と - でズーム、R で正面に戻す</translation>
    </message>
</context>
<context>
    <name>ModeratorTools</name>
    <message>
        <source>Moderator</source>
        <translation>モデレーター</translation>
    </message>
    <message>
        <source>Play for all</source>
        <translation>全員で再生</translation>
    </message>
    <message>
        <source>Pause for all</source>
        <translation>全員で一時停止</translation>
    </message>
    <message>
        <source>−10 s</source>
        <translation>−10 秒</translation>
    </message>
    <message>
        <source>Back 10 seconds for everyone</source>
        <translation>全員 10 秒戻す</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 秒</translation>
    </message>
    <message>
        <source>Forward 10 seconds for everyone</source>
        <translation>全員 10 秒進める</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>Media to show in this room</source>
        <translation>このルームで表示するメディア</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>切り替え</translation>
    </message>
    <message>
        <source>Slow mode:</source>
        <translation>低速モード:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Slow mode</source>
        <translation>低速モード</translation>
    </message>
    <message>
        <source>Announcement to pin</source>
        <translation>固定するお知らせ</translation>
    </message>
    <message>
        <source>Announce</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Moderator tools</source>
        <translation>モデレーターツール</translation>
    </message>
    <message>
        <source>Play for everyone in the room</source>
        <translation>ルームの全員に再生</translation>
    </message>
    <message>
        <source>Pause for everyone in the room</source>
        <translation>ルームの全員の再生を一時停止</translation>
    </message>
    <message>
        <source>Switch the room to this media</source>
        <translation>ルームをこのメディアに切り替える</translation>
    </message>
    <message>
        <source>The least time between two messages of one person</source>
        <translation>同じ人が次のメッセージを送れるまでの最短時間</translation>
    </message>
    <message>
        <source>Pin the announcement for everyone</source>
        <translation>お知らせを全員に固定表示</translation>
    </message>
    <message>
        <source>Guide everyone&apos;s view</source>
        <translation>全員の視点をガイドする</translation>
    </message>
    <message>
        <source>Those who follow you turn where you look, as you look around</source>
        <translation>フォローしている人は、あなたが見回すのに合わせて同じ方向を向きます</translation>
    </message>
</context>
<context>
    <name>NoStreamPanel</name>
    <message>
        <source>No stream for %1</source>
        <translation>%1 の配信はありません</translation>
    </message>
    <message>
        <source>The schedule lists this room but names no video stream for it. Schedules exported from frab or Pretalx carry none: the organisers&apos; own page may stream it, or the event may add a stream later.</source>
        <translation>スケジュールにはこのルームがありますが、映像の配信先は書かれていません。frab や Pretalx から書き出したスケジュールには配信先が含まれません。主催者のウェブページで配信されているか、後から配信が追加されるかもしれません。</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>放送中: %1</translation>
    </message>
    <message>
        <source>Nothing on air in this room now.</source>
        <translation>このルームではいま何も放送されていません。</translation>
    </message>
    <message>
        <source>Schedule (S)</source>
        <translation>スケジュール (S)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Another room (Ctrl+K)</source>
        <translation>別のルーム (Ctrl+K)</translation>
    </message>
    <message>
        <source>Find a room</source>
        <translation>ルームを探す</translation>
    </message>
    <message>
        <source>Open the event&apos;s web page</source>
        <translation>イベントのウェブページを開く</translation>
    </message>
    <message>
        <source>Next %1: %2</source>
        <translation>次 %1: %2</translation>
    </message>
</context>
<context>
    <name>OrganizeAnnouncePage</name>
    <message>
        <source>Shown as a banner over the video to every viewer, or only to one channel&apos;s viewers, until they dismiss it.</source>
        <translation>視聴者全員、または 1 つのチャンネルの視聴者に、映像の上のバナーとして閉じられるまで表示されます。</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>宛先:</translation>
    </message>
    <message>
        <source>Who sees the announcement</source>
        <translation>お知らせを見る人</translation>
    </message>
    <message>
        <source>What everyone should know now</source>
        <translation>いま全員に知らせたいこと</translation>
    </message>
    <message>
        <source>Announcement text</source>
        <translation>お知らせの本文</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends it</source>
        <translation>Ctrl+Enter で送信</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 / %2 文字</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>送信 (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>OrganizeAuditPage</name>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>Which changes to show</source>
        <translation>表示する変更</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>すべての変更</translation>
    </message>
    <message>
        <source>On-air switches</source>
        <translation>放送の切り替え</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Catalog changes</source>
        <translation>カタログの変更</translation>
    </message>
    <message>
        <source>Roles granted</source>
        <translation>付与された役割</translation>
    </message>
    <message>
        <source>Roles revoked</source>
        <translation>取り消された役割</translation>
    </message>
    <message>
        <source>Bans lifted</source>
        <translation>解除された BAN</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation>%1: %2、%3、%4</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3  →  %4</source>
        <translation>%1  ·  %2  ·  %3  →  %4</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>まだ変更はありません。</translation>
    </message>
    <message>
        <source>Newest first. ↑/↓ read the entries · Enter shows only the changes by that entry&apos;s person · Show and By pick which changes, by whom.</source>
        <translation>新しい順。↑/↓ で項目を読む · Enter でその項目の人の変更だけを表示 · 「表示」と「変更者」でどの変更を誰のものか選ぶ。</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>変更者:</translation>
    </message>
    <message>
        <source>Whose changes to show</source>
        <translation>誰の変更を表示するか</translation>
    </message>
    <message>
        <source>Enter shows only the changes by the entry&apos;s person</source>
        <translation>Enter でその項目の人の変更だけを表示</translation>
    </message>
    <message>
        <source>No change matches.</source>
        <translation>該当する変更はありません。</translation>
    </message>
</context>
<context>
    <name>OrganizeBansPage</name>
    <message>
        <source>Bans and timeouts in force in every room. ↑/↓ pick one, Delete or Backspace lifts it: the person may chat again at once.</source>
        <translation>すべてのルームで有効な BAN とタイムアウト。↑/↓ で選び、Delete または Backspace で解除すると、その人はすぐにまたチャットできます。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Bans and timeouts</source>
        <translation>BAN とタイムアウト</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%2 の %1: %3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Lift the ban of %1 in %2</source>
        <translation>%2 での %1 の BAN を解除</translation>
    </message>
    <message>
        <source>Lift the timeout of %1 in %2</source>
        <translation>%2 での %1 のタイムアウトを解除</translation>
    </message>
    <message>
        <source>Nobody is banned or timed out.</source>
        <translation>BAN やタイムアウト中の人はいません。</translation>
    </message>
</context>
<context>
    <name>OrganizeChannelsPage</name>
    <message>
        <source>New channel&apos;s name</source>
        <translation>新しいチャンネルの名前</translation>
    </message>
    <message>
        <source>Enter adds it</source>
        <translation>Enter で追加</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>チャンネルを追加</translation>
    </message>
    <message>
        <source>Channels, in tab order</source>
        <translation>チャンネル (タブの順)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n セッション</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n 配信</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab %1: %3, %2</source>
        <translation>タブ %1: %3、%2</translation>
    </message>
    <message>
        <source>No stream yet</source>
        <translation>配信はまだありません</translation>
    </message>
    <message>
        <source>The event has no channels yet: name one above.</source>
        <translation>イベントにはまだチャンネルがありません。上で名前を付けて追加してください。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>チャンネル名</translation>
    </message>
    <message>
        <source>Enter saves it, Esc goes back to the list</source>
        <translation>Enter で保存、Esc で一覧に戻る</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>前へ移動</translation>
    </message>
    <message>
        <source>Ctrl+↑</source>
        <translation>Ctrl+↑</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>後ろへ移動</translation>
    </message>
    <message>
        <source>Ctrl+↓</source>
        <translation>Ctrl+↓</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 を削除しますか?</translation>
    </message>
    <message>
        <source>Its tab goes from every viewer&apos;s window. Sessions must be on another channel first.</source>
        <translation>全視聴者のウィンドウからタブが消えます。先にセッションを別のチャンネルに移してください。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>↑/↓ pick a channel · F2 edit it and its streams · Ctrl+↑/↓ move it in the tab order · H hide it from attendees · Delete remove it. Every viewer sees each change at once.</source>
        <translation>↑/↓ でチャンネルを選ぶ · F2 でチャンネルとストリームを編集 · Ctrl+↑/↓ でタブの順序を移動 · H で参加者から隠す · Delete で削除。変更はすぐに全視聴者に反映されます。</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Hidden from attendees</source>
        <translation>参加者には非表示</translation>
    </message>
    <message>
        <source>H in the list: its tab, sessions and now/next go from attendees&apos; windows; organizers still see it</source>
        <translation>リストで H: タブ、セッション、現在/次が参加者の画面から消えます。運営者には見えたままです</translation>
    </message>
    <message>
        <source>Hidden from attendees: %2, %1</source>
        <translation>参加者には非表示: %2、%1</translation>
    </message>
</context>
<context>
    <name>OrganizeImportDialog</name>
    <message>
        <source>Re-import the schedule</source>
        <translation>スケジュールを再取り込み</translation>
    </message>
    <message>
        <source>The schedule&apos;s address (a Pretalx or frab export):</source>
        <translation>スケジュールのアドレス (Pretalx または frab のエクスポート):</translation>
    </message>
    <message>
        <source>Schedule address</source>
        <translation>スケジュールのアドレス</translation>
    </message>
    <message>
        <source>Enter previews what an import would change; Ctrl+Enter imports the preview</source>
        <translation>Enter で取り込みによる変更をプレビュー、Ctrl+Enter でプレビューの内容を取り込み</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>What an import would change</source>
        <translation>取り込みによる変更</translation>
    </message>
    <message>
        <source>The schedule brings nothing new.</source>
        <translation>スケジュールに新しい変更はありません。</translation>
    </message>
    <message>
        <source>Preview (Enter) shows what an import would change. Nothing changes before Apply.</source>
        <translation>「プレビュー」(Enter) で取り込みによる変更を表示します。「適用」するまで何も変わりません。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Enter in the address</source>
        <translation>アドレス欄で Enter</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Ctrl+Enter. Imports what the preview shows</source>
        <translation>Ctrl+Enter。プレビューの内容を取り込みます</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>OrganizeOnAirPage</name>
    <message>
        <source>↑/↓ pick a channel · N or Enter: its next session on air · Delete: nothing on air. Every viewer of the channel follows at once.</source>
        <translation>↑/↓ でチャンネルを選択 · N または Enter: 次のセッションを放送 · Delete: 放送なしにする。そのチャンネルの視聴者全員がすぐに切り替わります。</translation>
    </message>
    <message>
        <source>Channels and what is on air</source>
        <translation>チャンネルと放送中の内容</translation>
    </message>
    <message>
        <source>%1: on air: %2. Next: %3</source>
        <translation>%1: 放送中: %2。次: %3</translation>
    </message>
    <message>
        <source>%1: on air: %2</source>
        <translation>%1: 放送中: %2</translation>
    </message>
    <message>
        <source>%1: nothing on air. Next: %2</source>
        <translation>%1: 放送なし。次: %2</translation>
    </message>
    <message>
        <source>%1: nothing on air</source>
        <translation>%1: 放送なし</translation>
    </message>
    <message>
        <source>Switching…</source>
        <translation>切り替え中…</translation>
    </message>
    <message>
        <source>On air: %1</source>
        <translation>放送中: %1</translation>
    </message>
    <message>
        <source>Nothing on air</source>
        <translation>放送なし</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>次: %1</translation>
    </message>
    <message>
        <source>Session to put on air on %1</source>
        <translation>%1 で放送するセッション</translation>
    </message>
    <message>
        <source>Put on air</source>
        <translation>放送する</translation>
    </message>
    <message>
        <source>Put the chosen session on air on %1</source>
        <translation>選んだセッションを %1 で放送する</translation>
    </message>
    <message>
        <source>Off air</source>
        <translation>放送を止める</translation>
    </message>
    <message>
        <source>Nothing on air on %1</source>
        <translation>%1 の放送を止める</translation>
    </message>
    <message>
        <source>This event has no channels.</source>
        <translation>このイベントにはチャンネルがありません。</translation>
    </message>
</context>
<context>
    <name>OrganizePanel</name>
    <message>
        <source>Organize the event</source>
        <translation>イベントの運営</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>放送中</translation>
    </message>
    <message>
        <source>Announce</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>Bans</source>
        <translation>BAN</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>ルーム</translation>
    </message>
</context>
<context>
    <name>OrganizeRoomsPage</name>
    <message>
        <source>↑/↓ pick a room · C close or open it · G signed-in only · S slow mode. Every viewer&apos;s chat follows at once.</source>
        <translation>↑/↓ でルームを選択 · C で閉鎖 / 再開 · G でサインイン済みのみ · S で低速モード。全視聴者のチャットにすぐ反映されます。</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>%2: %1</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>The event has no channels yet: add one on the Channels page.</source>
        <translation>イベントにはまだチャンネルがありません。「チャンネル」ページで追加してください。</translation>
    </message>
    <message>
        <source>Closed: attendees read, only moderators write</source>
        <translation>閉鎖: 参加者は閲覧のみ、書き込みはモデレーターだけ</translation>
    </message>
    <message>
        <source>C in the list</source>
        <translation>一覧で C</translation>
    </message>
    <message>
        <source>Only signed-in people write</source>
        <translation>書き込みはサインイン済みの人だけ</translation>
    </message>
    <message>
        <source>G in the list</source>
        <translation>一覧で G</translation>
    </message>
    <message>
        <source>Slow mode</source>
        <translation>低速モード</translation>
    </message>
    <message>
        <source>Slow mode the room starts with</source>
        <translation>ルームの初期の低速モード</translation>
    </message>
    <message>
        <source>S in the list. A moderator may change it in the room.</source>
        <translation>一覧で S。ルームではモデレーターが変更できます。</translation>
    </message>
    <message>
        <source>Moderators of %1</source>
        <translation>%1 のモデレーター</translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation>モデレーター</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>E-mail address of a new moderator</source>
        <translation>新しいモデレーターのメールアドレス</translation>
    </message>
    <message>
        <source>Enter makes them a moderator of this room</source>
        <translation>Enter でこのルームのモデレーターにします</translation>
    </message>
    <message>
        <source>Make moderator</source>
        <translation>モデレーターにする</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>No one moderates this room yet.</source>
        <translation>このルームにはまだモデレーターがいません。</translation>
    </message>
    <message>
        <source>Take the role back?</source>
        <translation>役割を取り消しますか？</translation>
    </message>
    <message>
        <source>%1: %2. From their next sign-in they chat as an attendee.</source>
        <translation>%1: %2。次回のサインインから参加者としてチャットします。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Delete takes the role back</source>
        <translation>Delete で役割を取り消します</translation>
    </message>
</context>
<context>
    <name>OrganizeSessionsPage</name>
    <message>
        <source>Find a session</source>
        <translation>セッションを検索</translation>
    </message>
    <message>
        <source>%1 of %2 sessions shown</source>
        <translation>%2 件中 %1 件のセッションを表示</translation>
    </message>
    <message>
        <source>Sessions, in start order</source>
        <translation>セッション (開始順)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>中止: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>The event has no sessions.</source>
        <translation>イベントにはセッションがありません。</translation>
    </message>
    <message>
        <source>No session matches.</source>
        <translation>一致するセッションはありません。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Enter saves, Esc goes back to the list</source>
        <translation>Enter で保存、Esc で一覧に戻る</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Starts, year-month-day hours:minutes, in %1</source>
        <translation>開始 (年-月-日 時:分、%1)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Length, hours:minutes</source>
        <translation>長さ (時:分)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Enter in any field</source>
        <translation>どの欄でも Enter</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>復活させる</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>セッションを中止</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 を削除しますか?</translation>
    </message>
    <message>
        <source>It goes from every viewer&apos;s schedule and reminders. To keep it shown struck through, cancel it instead.</source>
        <translation>全視聴者のスケジュールとリマインダーから消えます。取り消し線付きで表示したままにするには、代わりに中止してください。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Re-import schedule…</source>
        <translation>スケジュールを再取り込み…</translation>
    </message>
    <message>
        <source>I in the list. Shows what would change before anything does</source>
        <translation>一覧で I。何かが変わる前に変更内容を表示します</translation>
    </message>
    <message>
        <source>Type to find a session · ↓ into the list · Enter or F2 edit it: title, times, channel, speakers (names, separated by commas; a new name adds a speaker), topic · Ctrl+D cancel it or bring it back · Delete remove it · I re-import the schedule. Times are in %1.</source>
        <translation>入力してセッションを検索 · ↓ でリストへ · Enter または F2 で編集: タイトル、時刻、チャンネル、登壇者 (名前をカンマ区切りで。新しい名前は登壇者として追加)、トピック · Ctrl+D で中止/復活 · Delete で削除 · I でスケジュールを再取り込み。時刻は %1 です。</translation>
    </message>
    <message>
        <source>Find a session: title, room, speaker or day</source>
        <translation>セッションを検索: タイトル、部屋、登壇者、日付</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>登壇者</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>名前 (カンマ区切り)</translation>
    </message>
    <message>
        <source>Speakers, names separated by commas</source>
        <translation>登壇者 (名前をカンマ区切りで)</translation>
    </message>
    <message>
        <source>A name the event does not have yet adds a new speaker. Enter saves, Esc goes back to the list</source>
        <translation>イベントにまだない名前は新しい登壇者として追加されます。Enter で保存、Esc でリストに戻る</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
</context>
<context>
    <name>OrganizeStreamFields</name>
    <message>
        <source>Add the main stream</source>
        <translation>メインストリームを追加</translation>
    </message>
    <message>
        <source>Add a fallback stream</source>
        <translation>予備ストリームを追加</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>ストリーム</translation>
    </message>
    <message>
        <source>Which stream</source>
        <translation>どのストリームか</translation>
    </message>
    <message>
        <source>1 is the one viewers open; the others are offered when it fails</source>
        <translation>1 は視聴者が開くもの。ほかは 1 が失敗したときに提示されます</translation>
    </message>
    <message>
        <source>Remove stream</source>
        <translation>ストリームを削除</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>https://…/live.m3u8, rtmp://…, srt://…</source>
        <translation>https://…/live.m3u8、rtmp://…、srt://…</translation>
    </message>
    <message>
        <source>Stream address</source>
        <translation>ストリームのアドレス</translation>
    </message>
    <message>
        <source>Enter saves the stream: viewers of the channel follow at once</source>
        <translation>Enter でストリームを保存: チャンネルの視聴者はすぐに切り替わります</translation>
    </message>
    <message>
        <source>Stop test</source>
        <translation>テストを中止</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Checks that the address plays, as omnikast check does (Ctrl+T in the address)</source>
        <translation>omnikast check と同じようにアドレスが再生できるか確認します (アドレス欄で Ctrl+T)</translation>
    </message>
    <message>
        <source>Testing the stream</source>
        <translation>ストリームをテスト中</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>映像</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>投影方式</translation>
    </message>
    <message>
        <source>How the picture is mapped onto the sphere</source>
        <translation>映像を球面にどう貼るか</translation>
    </message>
    <message>
        <source>Stereo layout</source>
        <translation>ステレオ配置</translation>
    </message>
    <message>
        <source>How the two eyes are packed in the picture</source>
        <translation>左右の目の映像が画面にどう並んでいるか</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>en, ja…</source>
        <translation>en、ja…</translation>
    </message>
    <message>
        <source>Stream language</source>
        <translation>ストリームの言語</translation>
    </message>
    <message>
        <source>A language tag such as en, ja or pt-BR; empty when it has no speech</source>
        <translation>en、ja、pt-BR などの言語タグ。音声がなければ空欄</translation>
    </message>
    <message>
        <source>Label viewers pick it by (optional)</source>
        <translation>視聴者が選ぶときのラベル (任意)</translation>
    </message>
    <message>
        <source>Stream label</source>
        <translation>ストリームのラベル</translation>
    </message>
    <message>
        <source>What viewers see when a channel offers several streams</source>
        <translation>チャンネルに複数のストリームがあるとき視聴者に表示される名前</translation>
    </message>
    <message>
        <source>Add stream</source>
        <translation>ストリームを追加</translation>
    </message>
    <message>
        <source>Save stream</source>
        <translation>ストリームを保存</translation>
    </message>
    <message>
        <source>Enter in any stream field</source>
        <translation>ストリームのどの欄でも Enter</translation>
    </message>
    <message>
        <source>Remove stream %1?</source>
        <translation>ストリーム %1 を削除しますか?</translation>
    </message>
    <message>
        <source>Viewers watching it switch to the next stream, or to none: %1</source>
        <translation>視聴中の人は次のストリームに切り替わります (なければ映像なし): %1</translation>
    </message>
    <message>
        <source>The player no longer offers it: %1</source>
        <translation>プレーヤーはこれを提示しなくなります: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>PartyPopup</name>
    <message>
        <source>Watching %1</source>
        <translation>%1 を視聴中</translation>
    </message>
    <message>
        <source>Watch together</source>
        <translation>一緒に見る</translation>
    </message>
    <message>
        <source>Watch party “%1”</source>
        <translation>ウォッチパーティー「%1」</translation>
    </message>
    <message>
        <source>You host it. Whoever opens this link joins, once signed in; you run its playback for everyone.</source>
        <translation>あなたがホストです。このリンクを開いた人はサインイン後に参加できます。再生は全員分あなたが操作します。</translation>
    </message>
    <message>
        <source>You host it. Anyone with this link joins; you run its playback for everyone.</source>
        <translation>あなたがホストです。このリンクを持つ人は誰でも参加できます。再生は全員分あなたが操作します。</translation>
    </message>
    <message>
        <source>Its host picks what everyone watches; the chat is the party&apos;s.</source>
        <translation>全員が見るものはホストが選びます。チャットはこのパーティー専用です。</translation>
    </message>
    <message>
        <source>The party&apos;s link</source>
        <translation>パーティーのリンク</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>The link works until %1.</source>
        <translation>このリンクは %1 まで有効です。</translation>
    </message>
    <message>
        <source>Leave the party</source>
        <translation>パーティーから退出</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>サインイン…</translation>
    </message>
    <message>
        <source>Open a room of your own: everyone who opens its link watches the same moment as you, with a chat of its own.</source>
        <translation>自分のルームを開きます。リンクを開いた全員があなたと同じ瞬間を、専用のチャット付きで視聴します。</translation>
    </message>
    <message>
        <source>Sign in to open a party of your own. To join one, paste its link below.</source>
        <translation>自分のパーティーを開くにはサインインしてください。参加するには、下にリンクを貼り付けてください。</translation>
    </message>
    <message>
        <source>The party&apos;s name</source>
        <translation>パーティーの名前</translation>
    </message>
    <message>
        <source>Only people with the link, signed in</source>
        <translation>リンクを持ちサインインした人のみ</translation>
    </message>
    <message>
        <source>Open the party</source>
        <translation>パーティーを開く</translation>
    </message>
    <message>
        <source>omnikast://…/room/… (a party&apos;s link)</source>
        <translation>omnikast://…/room/…（パーティーのリンク）</translation>
    </message>
    <message>
        <source>A party&apos;s link to join</source>
        <translation>参加するパーティーのリンク</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>参加</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>PinnedBanner</name>
    <message>
        <source>Pinned announcement: %1</source>
        <translation>固定されたお知らせ: %1</translation>
    </message>
    <message>
        <source>Unpin the announcement</source>
        <translation>お知らせの固定を解除</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Go to channel</source>
        <translation>チャンネルへ移動</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Go to the session&apos;s channel</source>
        <translation>セッションのチャンネルへ移動</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>リマインダーを閉じる</translation>
    </message>
</context>
<context>
    <name>ScheduleCell</name>
    <message>
        <source>Event time: %1</source>
        <translation>現地時刻: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>中止: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleGrid</name>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1、%2–%3</translation>
    </message>
    <message>
        <source>Enter shows the details</source>
        <translation>Enter で詳細を表示</translation>
    </message>
    <message>
        <source>%1, %2–%3, cancelled</source>
        <translation>%1、%2–%3、中止</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>すべてのトピック</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Search title, speaker, abstract</source>
        <translation>タイトル・登壇者・概要を検索</translation>
    </message>
    <message>
        <source>★ only</source>
        <translation>★ のみ</translation>
    </message>
    <message>
        <source>Export .ics</source>
        <translation>.ics に書き出し</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Export my schedule</source>
        <translation>マイスケジュールを書き出す</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>トピックで絞り込み</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>言語で絞り込み</translation>
    </message>
    <message>
        <source>Session type filter</source>
        <translation>セッションの種類で絞り込み</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>セッションを検索</translation>
    </message>
    <message>
        <source>Starred sessions only</source>
        <translation>スター付きのセッションのみ</translation>
    </message>
    <message>
        <source>Export my starred sessions as an .ics calendar file</source>
        <translation>スター付きのセッションを .ics カレンダーファイルに書き出す</translation>
    </message>
    <message>
        <source>Close the schedule</source>
        <translation>スケジュールを閉じる</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Jump to the current time</source>
        <translation>現在時刻へ移動</translation>
    </message>
    <message>
        <source>Shorter hours (zoom out); Ctrl+wheel zooms too</source>
        <translation>1 時間を低く (縮小)。Ctrl+ホイールでも拡大縮小</translation>
    </message>
    <message>
        <source>Taller hours (zoom in); Ctrl+wheel zooms too</source>
        <translation>1 時間を高く (拡大)。Ctrl+ホイールでも拡大縮小</translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <source>%1–%2 · %3</source>
        <translation>%1–%2 · %3</translation>
    </message>
    <message>
        <source>Event time: %1</source>
        <translation>現地時刻: %1</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ お気に入り</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ お気に入りに追加</translation>
    </message>
    <message>
        <source>Go to channel</source>
        <translation>チャンネルへ移動</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>セッション: %1</translation>
    </message>
    <message>
        <source>Open link: %1</source>
        <translation>リンクを開く: %1</translation>
    </message>
    <message>
        <source>Remove from my schedule</source>
        <translation>マイスケジュールから削除</translation>
    </message>
    <message>
        <source>Add to my schedule</source>
        <translation>マイスケジュールに追加</translation>
    </message>
    <message>
        <source>Go to this session&apos;s channel</source>
        <translation>このセッションのチャンネルへ移動</translation>
    </message>
    <message>
        <source>Close the session details</source>
        <translation>セッションの詳細を閉じる</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>No captions shown: %1</source>
        <translation>字幕は表示されません: %1</translation>
    </message>
    <message>
        <source>This stream has no captions</source>
        <translation>このストリームには字幕がありません</translation>
    </message>
    <message>
        <source>Captions on</source>
        <translation>字幕オン</translation>
    </message>
    <message>
        <source>Captions off</source>
        <translation>字幕オフ</translation>
    </message>
    <message>
        <source>Loop on</source>
        <translation>ループ オン</translation>
    </message>
    <message>
        <source>Loop off</source>
        <translation>ループ オフ</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>ミュート</translation>
    </message>
    <message>
        <source>Volume %1%</source>
        <translation>音量 %1%</translation>
    </message>
    <message>
        <source>Speed %1×</source>
        <translation>速度 %1×</translation>
    </message>
    <message>
        <source>Only the event&apos;s admins can organize it</source>
        <translation>イベントの運営は管理者だけができます</translation>
    </message>
</context>
<context>
    <name>SignInPopup</name>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインイン中</translation>
    </message>
    <message>
        <source>Sign in to this event</source>
        <translation>このイベントにサインイン</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>We mail you a code and a link. No password.</source>
        <translation>コードとリンクをメールでお送りします。パスワードは不要です。</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>you@example.org</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Code, like K7Q-4MX</source>
        <translation>コード (例: K7Q-4MX)</translation>
    </message>
    <message>
        <source>Code from the mail</source>
        <translation>メールに記載のコード</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>コードを送信</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>別のアドレス</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>This event is for registered attendees: use the address you registered with.</source>
        <translation>このイベントは登録者専用です。登録したメールアドレスを使ってください。</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>%1 でサインイン</translation>
    </message>
    <message>
        <source>Opens your web browser</source>
        <translation>ウェブブラウザーが開きます</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Or we mail you a code and a link. No password.</source>
        <translation>または、コードとリンクをメールでお送りします。パスワードは不要です。</translation>
    </message>
    <message>
        <source>This event&apos;s server offers no sign-in: you chat as a guest.</source>
        <translation>このイベントのサーバーにはサインインがありません。ゲストとしてチャットします。</translation>
    </message>
</context>
<context>
    <name>StreamPicker</name>
    <message>
        <source>Stream</source>
        <translation>ストリーム</translation>
    </message>
    <message>
        <source>Which of this channel&apos;s streams plays</source>
        <translation>このチャンネルで再生するストリーム</translation>
    </message>
</context>
<context>
    <name>VolumeControl</name>
    <message>
        <source>Unmute</source>
        <translation>ミュート解除</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>ミュート</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Volume %1 %</source>
        <translation>音量 %1 %</translation>
    </message>
</context>
<context>
    <name>VrButton</name>
    <message>
        <source>Looking for a VR headset…</source>
        <translation>VRヘッドセットを探しています…</translation>
    </message>
    <message>
        <source>VR unavailable: %1</source>
        <translation>VRは使用できません: %1</translation>
    </message>
    <message>
        <source>Leave VR and go back to the desktop view (Ctrl+Shift+V)</source>
        <translation>VRを終了してデスクトップ表示に戻ります (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Show the stream in the headset, %1 (Ctrl+Shift+V)</source>
        <translation>ヘッドセット %1 で配信を表示します (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Exit VR</source>
        <translation>VRを終了</translation>
    </message>
    <message>
        <source>VR</source>
        <translation>VR</translation>
    </message>
    <message>
        <source>VR headset</source>
        <translation>VRヘッドセット</translation>
    </message>
</context>
<context>
    <name>VrMirrorBadge</name>
    <message>
        <source>In VR — mirroring the left eye (headset %1)</source>
        <translation>VR中 — 左目の映像を表示中 (ヘッドセット: %1)</translation>
    </message>
    <message>
        <source>In VR — mirroring the left eye</source>
        <translation>VR中 — 左目の映像を表示中</translation>
    </message>
</context>
<context>
    <name>WhoIsHerePopup</name>
    <message numerus="yes">
        <source>%n watching</source>
        <translation>
            <numerusform>%n 人が視聴中</numerusform>
        </translation>
    </message>
    <message>
        <source>People watching</source>
        <translation>視聴中の人</translation>
    </message>
</context>
<context>
    <name>omk::ui::AccountSession</name>
    <message>
        <source>That code is wrong or has expired. Check the newest mail, or ask for a new code.</source>
        <translation>コードが正しくないか、有効期限が切れています。最新のメールを確認するか、新しいコードを請求してください。</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>試行回数が多すぎます。%n 秒待ってからもう一度試してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The event&apos;s server cannot send mail right now. Try again in a few minutes, or tell the organizers.</source>
        <translation>イベントのサーバーは現在メールを送信できません。数分後にもう一度試すか、主催者に連絡してください。</translation>
    </message>
    <message>
        <source>That is not an e-mail address.</source>
        <translation>メールアドレスではありません。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the organizers.</source>
        <translation>このアカウントは無効になっています。主催者にお問い合わせください。</translation>
    </message>
    <message>
        <source>You were signed out because this sign-in was used on another device. Sign in again.</source>
        <translation>このサインインが別の端末で使われたため、サインアウトしました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Your sign-in has ended. Sign in again.</source>
        <translation>サインインの有効期限が切れました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Cannot reach the event&apos;s server. Check the connection and try again.</source>
        <translation>イベントのサーバーに接続できません。接続を確認してもう一度試してください。</translation>
    </message>
    <message>
        <source>Signing in failed (%1).</source>
        <translation>サインインに失敗しました (%1)。</translation>
    </message>
    <message>
        <source>Type the e-mail address you registered with.</source>
        <translation>登録したメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Sending a code to %1…</source>
        <translation>%1 にコードを送信しています…</translation>
    </message>
    <message>
        <source>If %1 may sign in to this event, a code is on its way. Type it here, or open the link in the mail.</source>
        <translation>%1 がこのイベントにサインインできる場合は、コードを送信しました。ここに入力するか、メールのリンクを開いてください。</translation>
    </message>
    <message>
        <source>Type the code from the mail.</source>
        <translation>メールに記載のコードを入力してください。</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>コードを確認しています…</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in cannot be kept for next time: %1</source>
        <translation>サインインしましたが、次回のために保存できません: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>%1 としてサインインしました。</translation>
    </message>
    <message>
        <source>Cannot reach the event&apos;s server to renew your sign-in; trying again.</source>
        <translation>サインインを更新するためにイベントのサーバーに接続できません。再試行します。</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>サインアウトしました。</translation>
    </message>
    <message>
        <source>That is not a sign-in link: %1</source>
        <translation>サインイン用のリンクではありません: %1</translation>
    </message>
    <message>
        <source>it opens a channel</source>
        <translation>チャンネルを開くリンクです</translation>
    </message>
    <message>
        <source>This sign-in link is for %1, not for this event&apos;s server (%2).</source>
        <translation>このサインインリンクは %1 用で、このイベントのサーバー (%2) 用ではありません。</translation>
    </message>
    <message>
        <source>Signed in. You can close this tab and go back to Omnikast.</source>
        <translation>サインインしました。このタブを閉じて Omnikast に戻ってください。</translation>
    </message>
    <message>
        <source>Finish signing in with %1 in your web browser…</source>
        <translation>ウェブブラウザーで %1 へのサインインを完了してください…</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>サインインはキャンセルされました。</translation>
    </message>
    <message>
        <source>No answer came back from the browser. Try again.</source>
        <translation>ブラウザーから応答がありませんでした。もう一度試してください。</translation>
    </message>
    <message>
        <source>Cannot reach %1. Check the connection and try again.</source>
        <translation>%1 に接続できません。接続を確認してもう一度試してください。</translation>
    </message>
    <message>
        <source>%1 did not sign you in: %2</source>
        <translation>%1 でサインインできませんでした: %2</translation>
    </message>
    <message>
        <source>Checking the sign-in…</source>
        <translation>サインインを確認しています…</translation>
    </message>
    <message>
        <source>%1 did not confirm your e-mail address, so this event cannot tell who you are. Use the e-mail sign-in instead.</source>
        <translation>%1 がメールアドレスを確認していないため、このイベントではあなたを識別できません。代わりにメールでのサインインを使ってください。</translation>
    </message>
    <message>
        <source>Your address is not registered for this event.</source>
        <translation>あなたのアドレスはこのイベントに登録されていません。</translation>
    </message>
    <message>
        <source>Signing in did not finish here. Go back to Omnikast to try again.</source>
        <translation>ここではサインインが完了しませんでした。Omnikast に戻ってもう一度試してください。</translation>
    </message>
    <message>
        <source>Cannot open the sign-in page: %1</source>
        <translation>サインインページを開けません: %1</translation>
    </message>
    <message>
        <source>Your sign-in is kept in the system keyring.</source>
        <translation>サインイン情報はシステムのキーリングに保存されています。</translation>
    </message>
    <message>
        <source>Your sign-in is kept in %1, readable only by you (not in the system keyring: %2).</source>
        <translation>サインイン情報は %1 に保存され、あなただけが読めます（システムのキーリングは使えません: %2）。</translation>
    </message>
    <message>
        <source>Your sign-in is kept in the system keyring where there is one, otherwise in %1, readable only by you.</source>
        <translation>サインイン情報はシステムのキーリングがあればそこに、なければ %1 に保存され、あなただけが読めます。</translation>
    </message>
</context>
<context>
    <name>omk::ui::ActionTable</name>
    <message>
        <source>turn left 5°</source>
        <translation>左へ 5° 回す</translation>
    </message>
    <message>
        <source>turn right 5°</source>
        <translation>右へ 5° 回す</translation>
    </message>
    <message>
        <source>look up 5°</source>
        <translation>上を 5° 見る</translation>
    </message>
    <message>
        <source>look down 5°</source>
        <translation>下を 5° 見る</translation>
    </message>
    <message>
        <source>zoom in</source>
        <translation>ズームイン</translation>
    </message>
    <message>
        <source>zoom out</source>
        <translation>ズームアウト</translation>
    </message>
    <message>
        <source>look straight ahead again</source>
        <translation>正面に戻す</translation>
    </message>
    <message>
        <source>pause / play</source>
        <translation>一時停止 / 再生</translation>
    </message>
    <message>
        <source>back 10 s</source>
        <translation>10 秒戻る</translation>
    </message>
    <message>
        <source>forward 10 s</source>
        <translation>10 秒進む</translation>
    </message>
    <message>
        <source>volume down</source>
        <translation>音量を下げる</translation>
    </message>
    <message>
        <source>volume up</source>
        <translation>音量を上げる</translation>
    </message>
    <message>
        <source>mute</source>
        <translation>ミュート</translation>
    </message>
    <message>
        <source>loop on / off</source>
        <translation>ループ オン / オフ</translation>
    </message>
    <message>
        <source>10 % slower</source>
        <translation>10 % 遅く</translation>
    </message>
    <message>
        <source>10 % faster</source>
        <translation>10 % 速く</translation>
    </message>
    <message>
        <source>normal speed</source>
        <translation>通常の速度</translation>
    </message>
    <message>
        <source>captions on / off</source>
        <translation>字幕 オン / オフ</translation>
    </message>
    <message>
        <source>fullscreen on / off</source>
        <translation>全画面 オン / オフ</translation>
    </message>
    <message>
        <source>back to the video; leave fullscreen</source>
        <translation>ビデオに戻る・全画面を終了</translation>
    </message>
    <message>
        <source>high contrast on / off</source>
        <translation>ハイコントラスト オン / オフ</translation>
    </message>
    <message>
        <source>larger text</source>
        <translation>文字を大きく</translation>
    </message>
    <message>
        <source>smaller text</source>
        <translation>文字を小さく</translation>
    </message>
    <message>
        <source>normal text</source>
        <translation>標準の文字サイズ</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>VR headset on / off</source>
        <translation>VR ヘッドセット オン / オフ</translation>
    </message>
    <message>
        <source>next channel</source>
        <translation>次のチャンネル</translation>
    </message>
    <message>
        <source>previous channel</source>
        <translation>前のチャンネル</translation>
    </message>
    <message>
        <source>channel 1 … 9</source>
        <translation>チャンネル 1 … 9</translation>
    </message>
    <message>
        <source>the schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>show / hide the chat</source>
        <translation>チャットの表示 / 非表示</translation>
    </message>
    <message>
        <source>write a message</source>
        <translation>メッセージを書く</translation>
    </message>
    <message>
        <source>find a room</source>
        <translation>ルームを探す</translation>
    </message>
    <message>
        <source>the technical overlay on / off</source>
        <translation>技術情報オーバーレイの表示 / 非表示</translation>
    </message>
    <message>
        <source>light / dark colours</source>
        <translation>ライト / ダークカラー</translation>
    </message>
    <message>
        <source>organize the event (admins)</source>
        <translation>イベントの運営 (管理者)</translation>
    </message>
</context>
<context>
    <name>omk::ui::AdminEditRunner</name>
    <message>
        <source>Wait a moment: the last change of this one is on its way.</source>
        <translation>少しお待ちください。直前の変更を送信中です。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>omk::ui::AuditLogModel</name>
    <message>
        <source>On air switched</source>
        <translation>放送の切り替え</translation>
    </message>
    <message>
        <source>Announcement sent</source>
        <translation>お知らせの送信</translation>
    </message>
    <message>
        <source>Catalog changed</source>
        <translation>カタログの変更</translation>
    </message>
    <message>
        <source>Role granted</source>
        <translation>役割の付与</translation>
    </message>
    <message>
        <source>Role revoked</source>
        <translation>役割の取り消し</translation>
    </message>
    <message>
        <source>Ban lifted</source>
        <translation>BAN の解除</translation>
    </message>
    <message>
        <source>Channel added</source>
        <translation>チャンネルの追加</translation>
    </message>
    <message>
        <source>Channel changed</source>
        <translation>チャンネルの変更</translation>
    </message>
    <message>
        <source>Channel removed</source>
        <translation>チャンネルの削除</translation>
    </message>
    <message>
        <source>Stream added</source>
        <translation>配信の追加</translation>
    </message>
    <message>
        <source>Stream changed</source>
        <translation>配信の変更</translation>
    </message>
    <message>
        <source>Stream removed</source>
        <translation>配信の削除</translation>
    </message>
    <message>
        <source>Session added</source>
        <translation>セッションの追加</translation>
    </message>
    <message>
        <source>Session changed</source>
        <translation>セッションの変更</translation>
    </message>
    <message>
        <source>Session removed</source>
        <translation>セッションの削除</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a person&apos;s name and account id</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>Speaker added</source>
        <translation>登壇者を追加</translation>
    </message>
    <message>
        <source>Speaker changed</source>
        <translation>登壇者を変更</translation>
    </message>
    <message>
        <source>Speaker removed</source>
        <translation>登壇者を削除</translation>
    </message>
    <message>
        <source>Topic added</source>
        <translation>トピックを追加</translation>
    </message>
    <message>
        <source>Topic changed</source>
        <translation>トピックを変更</translation>
    </message>
    <message>
        <source>Topic removed</source>
        <translation>トピックを削除</translation>
    </message>
</context>
<context>
    <name>omk::ui::BanListModel</name>
    <message>
        <source>Timed out until %1</source>
        <translation>%1 までタイムアウト</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>BAN 中</translation>
    </message>
    <message>
        <source>%1 · since %2 · by %3</source>
        <translation>%1 · %2 から · %3 による</translation>
    </message>
    <message>
        <source>%1 · since %2</source>
        <translation>%1 · %2 から</translation>
    </message>
</context>
<context>
    <name>omk::ui::ChannelEditModel</name>
    <message>
        <source>Closed: only moderators write</source>
        <translation>閉鎖: 書き込みはモデレーターのみ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開放</translation>
    </message>
    <message>
        <source>signed-in people only</source>
        <translation>サインイン済みのみ</translation>
    </message>
    <message numerus="yes">
        <source>slow mode %n s</source>
        <translation>
            <numerusform>低速モード %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>予備</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
</context>
<context>
    <name>omk::ui::DreamkastSignIn</name>
    <message>
        <source>This event&apos;s Dreamkast does not say where to sign in. Paste a token instead.</source>
        <translation>このイベントの Dreamkast はサインイン先を示していません。代わりにトークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>Signed in to Dreamkast. You can close this tab and go back to Omnikast.</source>
        <translation>Dreamkast にサインインしました。このタブを閉じて Omnikast に戻ってください。</translation>
    </message>
    <message>
        <source>Signing in to Dreamkast did not finish here. Go back to Omnikast to try again.</source>
        <translation>Dreamkast へのサインインはここで完了しませんでした。Omnikast に戻ってもう一度お試しください。</translation>
    </message>
    <message>
        <source>Finish signing in to Dreamkast in your web browser…</source>
        <translation>Web ブラウザーで Dreamkast へのサインインを完了してください…</translation>
    </message>
    <message>
        <source>Signed in to Dreamkast: you can chat.</source>
        <translation>Dreamkast にサインインしました。チャットできます。</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>サインインは取り消されました。</translation>
    </message>
    <message>
        <source>No answer came back from the browser. Try again.</source>
        <translation>ブラウザーから応答がありませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot reach Dreamkast&apos;s sign-in. Check the connection and try again.</source>
        <translation>Dreamkast のサインインに接続できません。接続を確認してもう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot open the sign-in page: %1</source>
        <translation>サインインページを開けません: %1</translation>
    </message>
    <message>
        <source>Dreamkast&apos;s sign-in gave no access token. Paste a token instead.</source>
        <translation>Dreamkast のサインインからアクセストークンが返されませんでした。代わりにトークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>Dreamkast&apos;s sign-in did not sign you in: %1</source>
        <translation>Dreamkast のサインインに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>omk::ui::EventController</name>
    <message numerus="yes">
        <source>Starts in %n minute(s) on %1</source>
        <translation>
            <numerusform>%n 分後に %1 で開始</numerusform>
        </translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>ファイルが選択されていません</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>Could not save the .ics file: %1</source>
        <translation>.ics ファイルを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Stream %1</source>
        <translation>ストリーム %1</translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n 件の時間・会場変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n 件の中止</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n 件の追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n 件の内容変更</numerusform>
        </translation>
    </message>
    <message>
        <source>The schedule was updated.</source>
        <translation>スケジュールが更新されました。</translation>
    </message>
    <message>
        <source>The schedule was updated: %1.</source>
        <translation>スケジュールが更新されました: %1。</translation>
    </message>
</context>
<context>
    <name>omk::ui::HeadsetPanelRenderer</name>
    <message>
        <source>no OpenGL context for the panel on this display</source>
        <translation>このディスプレイではパネル用の OpenGL コンテキストを作れません</translation>
    </message>
    <message>
        <source>the panel&apos;s OpenGL context cannot be made current</source>
        <translation>パネルの OpenGL コンテキストを有効にできません</translation>
    </message>
    <message>
        <source>Qt Quick cannot render the panel offscreen</source>
        <translation>Qt Quick がパネルをオフスクリーンで描画できません</translation>
    </message>
    <message>
        <source>no panel component</source>
        <translation>パネルのコンポーネントがありません</translation>
    </message>
    <message>
        <source>the panel component is not ready</source>
        <translation>パネルのコンポーネントの準備ができていません</translation>
    </message>
    <message>
        <source>the panel component has no QML engine</source>
        <translation>パネルのコンポーネントに QML エンジンがありません</translation>
    </message>
    <message>
        <source>the panel must be an Item</source>
        <translation>パネルは Item でなければなりません</translation>
    </message>
</context>
<context>
    <name>omk::ui::ImportPreviewModel</name>
    <message>
        <source>Event details</source>
        <translation>イベントの詳細</translation>
    </message>
    <message numerus="yes">
        <source>New sessions (%n)</source>
        <translation>
            <numerusform>新しいセッション (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed sessions (%n)</source>
        <translation>
            <numerusform>変更されたセッション (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed sessions (%n)</source>
        <translation>
            <numerusform>削除されたセッション (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept (%n)</source>
        <translation>
            <numerusform>そのまま (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New rooms (%n)</source>
        <translation>
            <numerusform>新しいルーム (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed rooms (%n)</source>
        <translation>
            <numerusform>変更されたルーム (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rooms no longer in the schedule (%n)</source>
        <translation>
            <numerusform>スケジュールから消えたルーム (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Speakers and topics</source>
        <translation>登壇者とトピック</translation>
    </message>
    <message>
        <source>On air now: it stays as it is.</source>
        <translation>放送中のため、そのままにします。</translation>
    </message>
    <message>
        <source>Kept: an import never removes a room.</source>
        <translation>残します。取り込みでルームが削除されることはありません。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>room</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>登壇者</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>サブタイトル</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>ウェブページ</translation>
    </message>
    <message>
        <source>links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>streams</source>
        <translation>配信</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>day change</source>
        <translation>日付の切り替わり</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the words of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>変更: %1</translation>
    </message>
    <message>
        <source>Event details changed</source>
        <translation>イベントの詳細が変わりました</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>新規 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>変更 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>削除 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>登壇者</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Removed here by an organizer: it stays removed, though the schedule changed it since.</source>
        <translation>主催者がここで削除しました。スケジュール側で変更されていますが、削除されたままです。</translation>
    </message>
</context>
<context>
    <name>omk::ui::LanguageController</name>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
</context>
<context>
    <name>omk::ui::OrganizeChannels</name>
    <message>
        <source>Name the new channel first.</source>
        <translation>先に新しいチャンネルの名前を入力してください。</translation>
    </message>
    <message>
        <source>A channel&apos;s name holds at most %1 characters.</source>
        <translation>チャンネル名は %1 文字までです。</translation>
    </message>
    <message>
        <source>Channel %1 added. Every viewer sees its tab now.</source>
        <translation>チャンネル %1 を追加しました。全視聴者にタブが表示されます。</translation>
    </message>
    <message>
        <source>%1 was not added</source>
        <translation>%1 は追加できませんでした</translation>
    </message>
    <message>
        <source>Pick a channel first.</source>
        <translation>先にチャンネルを選んでください。</translation>
    </message>
    <message>
        <source>A channel&apos;s name holds 1 to %1 characters.</source>
        <translation>チャンネル名は 1〜%1 文字です。</translation>
    </message>
    <message>
        <source>%1 is called %2 now.</source>
        <translation>%1 の名前を %2 に変更しました。</translation>
    </message>
    <message>
        <source>%1 was not renamed</source>
        <translation>%1 の名前は変更できませんでした</translation>
    </message>
    <message>
        <source>%1 is tab %2 now.</source>
        <translation>%1 はタブ %2 になりました。</translation>
    </message>
    <message>
        <source>%1 was not moved</source>
        <translation>%1 は移動できませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n session(s): move them to another channel or remove them first.</source>
        <translation>
            <numerusform>%1 には %n 件のセッションがあります。先に別のチャンネルに移すか削除してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>%1 was not removed</source>
        <translation>%1 は削除できませんでした</translation>
    </message>
    <message>
        <source>Type the stream&apos;s address first.</source>
        <translation>先に配信のアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Viewers of %1 switch to the new stream now.</source>
        <translation>%1 の視聴者は新しい配信に切り替わります。</translation>
    </message>
    <message>
        <source>The stream of %1 was not changed</source>
        <translation>%1 の配信は変更できませんでした</translation>
    </message>
    <message>
        <source>That channel is not in the event any more.</source>
        <translation>そのチャンネルはもうイベントにありません。</translation>
    </message>
    <message>
        <source>Give the whole address, with https://, rtmp://, srt://… at the start.</source>
        <translation>https://、rtmp://、srt://… で始まる完全なアドレスを入力してください。</translation>
    </message>
    <message>
        <source>%1 is hidden from attendees now: its tab and sessions are gone from their windows.</source>
        <translation>%1 を参加者から隠しました: タブとセッションは参加者の画面から消えました。</translation>
    </message>
    <message>
        <source>Attendees see %1 again.</source>
        <translation>%1 が再び参加者に表示されます。</translation>
    </message>
    <message>
        <source>%1 was not hidden</source>
        <translation>%1 は非表示になりませんでした</translation>
    </message>
    <message>
        <source>%1 was not shown</source>
        <translation>%1 は表示されませんでした</translation>
    </message>
    <message>
        <source>360° (equirectangular)</source>
        <translation>360° (正距円筒)</translation>
    </message>
    <message>
        <source>180° (equirectangular)</source>
        <translation>180° (正距円筒)</translation>
    </message>
    <message>
        <source>Cubemap</source>
        <translation>キューブマップ</translation>
    </message>
    <message>
        <source>EAC (equi-angular cubemap)</source>
        <translation>EAC (等角キューブマップ)</translation>
    </message>
    <message>
        <source>Flat (an ordinary video)</source>
        <translation>平面 (通常の映像)</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>モノ</translation>
    </message>
    <message>
        <source>3D, left eye above</source>
        <translation>3D、左目が上</translation>
    </message>
    <message>
        <source>3D, left eye on the left</source>
        <translation>3D、左目が左</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a projection.</source>
        <translation>「%1」は投影方式ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stereo layout.</source>
        <translation>「%1」はステレオ配置ではありません。</translation>
    </message>
    <message>
        <source>A language is a tag such as en, ja, es or pt-BR.</source>
        <translation>言語は en、ja、es、pt-BR のようなタグで指定します。</translation>
    </message>
    <message>
        <source>A stream&apos;s label holds at most %1 characters.</source>
        <translation>ストリームのラベルは %1 文字までです。</translation>
    </message>
    <message>
        <source>That stream is not on the channel any more.</source>
        <translation>そのストリームはもうチャンネルにありません。</translation>
    </message>
    <message>
        <source>%1 has a fallback stream now: the player offers it when stream 1 fails.</source>
        <translation>%1 に予備ストリームができました: ストリーム 1 が失敗するとプレーヤーが提示します。</translation>
    </message>
    <message>
        <source>Stream %1 of %2 saved: its viewers follow at once.</source>
        <translation>%2 のストリーム %1 を保存しました: 視聴者はすぐに切り替わります。</translation>
    </message>
    <message>
        <source>Stream 1 of %1 removed: its viewers switch to the next one now.</source>
        <translation>%1 のストリーム 1 を削除しました: 視聴者は次のストリームに切り替わります。</translation>
    </message>
    <message>
        <source>Stream %1 of %2 removed.</source>
        <translation>%2 のストリーム %1 を削除しました。</translation>
    </message>
    <message>
        <source>The stream of %1 was not removed</source>
        <translation>%1 のストリームは削除されませんでした</translation>
    </message>
    <message>
        <source>Another organizer changed the streams of %1 a moment ago: look at them again.</source>
        <translation>別の運営者がたった今 %1 のストリームを変更しました。もう一度確認してください。</translation>
    </message>
</context>
<context>
    <name>omk::ui::OrganizeController</name>
    <message>
        <source>Only the event&apos;s admins can organize it.</source>
        <translation>イベントの運営は管理者だけができます。</translation>
    </message>
    <message>
        <source>Not switched on %1: %2</source>
        <translation>%1 は切り替えられませんでした: %2</translation>
    </message>
    <message>
        <source>Nothing on air on %1 now.</source>
        <translation>%1 はいま放送なしです。</translation>
    </message>
    <message>
        <source>On air on %1: %2</source>
        <translation>%1 で放送中: %2</translation>
    </message>
    <message>
        <source>%1 has no next session.</source>
        <translation>%1 に次のセッションはありません。</translation>
    </message>
    <message>
        <source>Write the announcement first.</source>
        <translation>先にお知らせを書いてください。</translation>
    </message>
    <message>
        <source>An announcement holds at most %1 characters.</source>
        <translation>お知らせは %1 文字までです。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>送信できませんでした: %1</translation>
    </message>
    <message>
        <source>Announcement sent.</source>
        <translation>お知らせを送信しました。</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>変更履歴を読めませんでした: %1</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>すべてのチャンネル</translation>
    </message>
    <message>
        <source>Cannot reach the event&apos;s server. Check the connection and try again.</source>
        <translation>イベントのサーバーに接続できません。接続を確認してもう一度試してください。</translation>
    </message>
    <message>
        <source>This sign-in is not an admin of the event any more.</source>
        <translation>このサインインはもうイベントの管理者ではありません。</translation>
    </message>
    <message>
        <source>Your sign-in has ended. Sign in again.</source>
        <translation>サインインの有効期限が切れました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The server&apos;s catalog has no such channel; the event may have changed.</source>
        <translation>サーバーのカタログにそのチャンネルはありません。イベントが変更された可能性があります。</translation>
    </message>
    <message>
        <source>The server&apos;s catalog has no such session in this channel; the event may have changed.</source>
        <translation>サーバーのカタログでは、そのセッションはこのチャンネルにありません。イベントが変更された可能性があります。</translation>
    </message>
    <message>
        <source>The server cannot save changes right now. Try again in a moment.</source>
        <translation>サーバーはいま変更を保存できません。少ししてからもう一度試してください。</translation>
    </message>
    <message>
        <source>Pick a channel first.</source>
        <translation>先にチャンネルを選んでください。</translation>
    </message>
    <message>
        <source>That room is not on this server any more.</source>
        <translation>そのルームはもうこのサーバーにありません。</translation>
    </message>
    <message>
        <source>The bans could not be read: %1</source>
        <translation>BAN の一覧を読めませんでした: %1</translation>
    </message>
    <message>
        <source>Pick a ban first.</source>
        <translation>先に BAN を選んでください。</translation>
    </message>
    <message>
        <source>Not lifted: %1</source>
        <translation>解除できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 may chat in %2 again.</source>
        <translation>%1 は %2 でまたチャットできます。</translation>
    </message>
    <message>
        <source>Sessions are on that channel: move them to another channel or remove them first.</source>
        <translation>そのチャンネルにはセッションがあります。先に別のチャンネルに移すか削除してください。</translation>
    </message>
    <message>
        <source>Someone added one of that name a moment ago; the list shows it now.</source>
        <translation>同じ名前のチャンネルがたった今ほかの人によって追加されました。一覧に表示されています。</translation>
    </message>
    <message>
        <source>Someone else changed the catalog a moment ago. Try again.</source>
        <translation>たった今ほかの人がカタログを変更しました。もう一度試してください。</translation>
    </message>
    <message>
        <source>That session is on air: take it off air first (On air tab).</source>
        <translation>そのセッションは放送中です。先に放送を止めてください (「放送中」タブ)。</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>サーバーに拒否されました: %1</translation>
    </message>
    <message>
        <source>The server does not take that as an e-mail address.</source>
        <translation>サーバーはそれをメールアドレスとして受け付けません。</translation>
    </message>
    <message>
        <source>That role is not held there any more; the list shows who holds what now.</source>
        <translation>その役割はもう付与されていません。現在の役割は一覧のとおりです。</translation>
    </message>
    <message>
        <source>The event&apos;s last admin keeps the role: make someone else an admin first.</source>
        <translation>イベントの最後の管理者の役割は取り消せません。先にほかの人を管理者にしてください。</translation>
    </message>
</context>
<context>
    <name>omk::ui::OrganizeImport</name>
    <message>
        <source>How the schedule is imported could not be read: %1</source>
        <translation>スケジュールの取り込み設定を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The schedule&apos;s address starts with http:// or https://, like https://pretalx.example/event/schedule/export/schedule.xml.</source>
        <translation>スケジュールのアドレスは http:// または https:// で始まります (例: https://pretalx.example/event/schedule/export/schedule.xml)。</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>プレビューできません: %1</translation>
    </message>
    <message>
        <source>The schedule brings nothing new.</source>
        <translation>スケジュールに新しい変更はありません。</translation>
    </message>
    <message numerus="yes">
        <source>An import brings %n changes: Apply (Ctrl+Enter) imports them.</source>
        <translation>
            <numerusform>取り込むと %n 件変わります。「適用」(Ctrl+Enter) で取り込みます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview first: Apply imports what the preview shows.</source>
        <translation>先にプレビューしてください。「適用」はプレビューの内容を取り込みます。</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>取り込めませんでした: %1</translation>
    </message>
    <message>
        <source>The schedule changed since the preview: preview again.</source>
        <translation>プレビューの後にスケジュールが変わりました。もう一度プレビューしてください。</translation>
    </message>
    <message>
        <source>The catalog changed since the preview (someone edited it): preview again.</source>
        <translation>プレビューの後にカタログが変わりました (誰かが編集しました)。もう一度プレビューしてください。</translation>
    </message>
    <message>
        <source>The server knows no schedule address: type the schedule&apos;s address.</source>
        <translation>サーバーにスケジュールのアドレスが設定されていません。アドレスを入力してください。</translation>
    </message>
    <message>
        <source>Not checked automatically.</source>
        <translation>自動では確認しません。</translation>
    </message>
    <message numerus="yes">
        <source>Checked automatically every %n min; not checked yet.</source>
        <translation>
            <numerusform>%n 分ごとに自動で確認します。まだ確認していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>imported as version %1</source>
        <translation>バージョン %1 として取り込み</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checked automatically every %n min; last check %1: %2</source>
        <translation>
            <numerusform>%n 分ごとに自動で確認します。最後の確認 %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The schedule brought nothing new: the catalog stays as it was.</source>
        <translation>スケジュールに新しい変更はありませんでした。カタログはそのままです。</translation>
    </message>
    <message numerus="yes">
        <source>Imported: version %1 (%n changes)</source>
        <translation>
            <numerusform>取り込みました: バージョン %1 (%n 件の変更)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omk::ui::OrganizeRooms</name>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message numerus="yes">
        <source>One message every %n s</source>
        <translation>
            <numerusform>%n 秒に 1 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One message every %n min</source>
        <translation>
            <numerusform>%n 分に 1 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a room first.</source>
        <translation>先にルームを選んでください。</translation>
    </message>
    <message>
        <source>That channel is not in the event any more.</source>
        <translation>そのチャンネルはもうイベントにありません。</translation>
    </message>
    <message>
        <source>%1 is closed: attendees read, only moderators write.</source>
        <translation>%1 を閉鎖しました。参加者は閲覧のみ、書き込みはモデレーターだけです。</translation>
    </message>
    <message>
        <source>%1 is open: everyone may write again.</source>
        <translation>%1 を再開しました。だれでもまた書き込めます。</translation>
    </message>
    <message>
        <source>In %1 only signed-in people write now; guests read.</source>
        <translation>%1 ではサインイン済みの人だけが書き込めます。ゲストは閲覧のみです。</translation>
    </message>
    <message>
        <source>In %1 guests may write again.</source>
        <translation>%1 ではゲストもまた書き込めます。</translation>
    </message>
    <message>
        <source>Slow mode is 0 to %1 seconds.</source>
        <translation>低速モードは 0〜%1 秒です。</translation>
    </message>
    <message>
        <source>%1 starts without slow mode now.</source>
        <translation>%1 は低速モードなしで始まります。</translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in slow mode now: one message every %n s per person, until a moderator changes it.</source>
        <translation>
            <numerusform>%1 は低速モードで始まります。モデレーターが変えるまで、1 人 %n 秒に 1 件です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The room %1 was not changed</source>
        <translation>ルーム %1 は変更できませんでした</translation>
    </message>
    <message>
        <source>Who moderates could not be read: %1</source>
        <translation>モデレーターの一覧を読めませんでした: %1</translation>
    </message>
    <message>
        <source>Type the person&apos;s e-mail address, like name@example.org.</source>
        <translation>その人のメールアドレスを入力してください (例: name@example.org)。</translation>
    </message>
    <message>
        <source>%1 moderates this room already.</source>
        <translation>%1 はすでにこのルームのモデレーターです。</translation>
    </message>
    <message>
        <source>%1 moderates %2 now, from their next sign-in.</source>
        <translation>%1 は次回のサインインから %2 のモデレーターになります。</translation>
    </message>
    <message>
        <source>%1 was not made a moderator</source>
        <translation>%1 をモデレーターにできませんでした</translation>
    </message>
    <message>
        <source>Pick a moderator first.</source>
        <translation>先にモデレーターを選んでください。</translation>
    </message>
    <message>
        <source>%1 no longer moderates this room.</source>
        <translation>%1 はこのルームのモデレーターではなくなりました。</translation>
    </message>
    <message>
        <source>%1 keeps the role</source>
        <translation>%1 の役割は取り消せませんでした</translation>
    </message>
    <message>
        <source>%1 holds the role for the whole event; this page takes back roles in this room only.</source>
        <translation>%1 はイベント全体の役割を持っています。このページで取り消せるのはこのルームの役割だけです。</translation>
    </message>
</context>
<context>
    <name>omk::ui::OrganizeSessions</name>
    <message>
        <source>Pick a session first.</source>
        <translation>先にセッションを選んでください。</translation>
    </message>
    <message>
        <source>That session is not in the event any more.</source>
        <translation>そのセッションはもうイベントにありません。</translation>
    </message>
    <message>
        <source>A title holds 1 to %1 characters.</source>
        <translation>タイトルは 1〜%1 文字です。</translation>
    </message>
    <message>
        <source>Write the start as year-month-day hours:minutes, e.g. %1.</source>
        <translation>開始は 年-月-日 時:分 で入力してください (例: %1)。</translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (the clocks change).</source>
        <translation>%1 は %2 には存在しません (時計の切り替え)。</translation>
    </message>
    <message>
        <source>Write the length as hours:minutes, e.g. 1:30.</source>
        <translation>長さは 時:分 で入力してください (例: 1:30)。</translation>
    </message>
    <message>
        <source>Pick the channel from the list.</source>
        <translation>一覧からチャンネルを選んでください。</translation>
    </message>
    <message>
        <source>%1 saved. Every viewer&apos;s schedule shows it now.</source>
        <translation>%1 を保存しました。全視聴者のスケジュールに反映されます。</translation>
    </message>
    <message>
        <source>%1 was not saved</source>
        <translation>%1 は保存できませんでした</translation>
    </message>
    <message>
        <source>%1 is cancelled: struck through in every viewer&apos;s schedule.</source>
        <translation>%1 を中止しました。全視聴者のスケジュールで取り消し線付きになります。</translation>
    </message>
    <message>
        <source>%1 is back on the schedule.</source>
        <translation>%1 がスケジュールに戻りました。</translation>
    </message>
    <message>
        <source>%1 was not cancelled</source>
        <translation>%1 は中止できませんでした</translation>
    </message>
    <message>
        <source>%1 was not restored</source>
        <translation>%1 は復活できませんでした</translation>
    </message>
    <message>
        <source>%1 removed. Attendees who planned to watch it see it as cancelled.</source>
        <translation>%1 を削除しました。視聴を予定していた参加者には中止として表示されます。</translation>
    </message>
    <message>
        <source>%1 was not removed</source>
        <translation>%1 は削除できませんでした</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>トピックなし</translation>
    </message>
    <message>
        <source>A speaker&apos;s name holds at most %1 characters.</source>
        <translation>登壇者の名前は %1 文字までです。</translation>
    </message>
    <message>
        <source>Pick the topic from the list.</source>
        <translation>トピックはリストから選んでください。</translation>
    </message>
    <message>
        <source>%1 has no speakers now.</source>
        <translation>%1 の登壇者はいなくなりました。</translation>
    </message>
    <message>
        <source>%1&apos;s speakers are %2 now.</source>
        <translation>%1 の登壇者は %2 になりました。</translation>
    </message>
    <message>
        <source>%1 (hidden from attendees)</source>
        <translation>%1 (参加者には非表示)</translation>
    </message>
</context>
<context>
    <name>omk::ui::RoleHolderModel</name>
    <message>
        <source>Admin of the whole event</source>
        <translation>イベント全体の管理者</translation>
    </message>
    <message>
        <source>Admin of this room</source>
        <translation>このルームの管理者</translation>
    </message>
    <message>
        <source>Moderator of every room</source>
        <translation>全ルームのモデレーター</translation>
    </message>
    <message>
        <source>Moderator of this room</source>
        <translation>このルームのモデレーター</translation>
    </message>
</context>
<context>
    <name>omk::ui::RoomController</name>
    <message numerus="yes">
        <source>Slow mode: you can send again in %n s</source>
        <translation>
            <numerusform>低速モード: あと %n 秒で送信できます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too fast: sending again in %n s</source>
        <translation>
            <numerusform>送信が速すぎます: %n 秒後に再送します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are timed out for %n s</source>
        <translation>
            <numerusform>%n 秒間タイムアウト中です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet (%1); retrying in %n s</source>
        <translation>
            <numerusform>未送信 (%1)。%n 秒後に再試行します</numerusform>
        </translation>
    </message>
    <message>
        <source>You are banned from this room</source>
        <translation>このルームから BAN されています</translation>
    </message>
    <message>
        <source>Only moderators may do that</source>
        <translation>この操作はモデレーターのみ可能です</translation>
    </message>
    <message>
        <source>Chat server %1 is not a ws:// or wss:// URL</source>
        <translation>チャットサーバー %1 は ws:// または wss:// の URL ではありません</translation>
    </message>
    <message>
        <source>No chat server</source>
        <translation>チャットサーバーなし</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s…</source>
        <translation>
            <numerusform>%n 秒後に再接続…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>再接続中…</translation>
    </message>
    <message>
        <source>Not connected to a chat server</source>
        <translation>チャットサーバーに接続していません</translation>
    </message>
    <message>
        <source>Nothing is playing to share with the room</source>
        <translation>ルームと共有できる再生中のメディアがありません</translation>
    </message>
    <message>
        <source>Sign in to Dreamkast to chat (set a token with the key button above)</source>
        <translation>チャットするには Dreamkast にサインインしてください (上の鍵ボタンでトークンを設定)</translation>
    </message>
    <message>
        <source>Connected to Dreamkast</source>
        <translation>Dreamkast に接続済み</translation>
    </message>
    <message>
        <source>No talk on air on this channel</source>
        <translation>このチャンネルで放送中のトークはありません</translation>
    </message>
    <message>
        <source>Dreamkast&apos;s chat has no edits or reactions</source>
        <translation>Dreamkast のチャットでは編集やリアクションはできません</translation>
    </message>
    <message>
        <source>The organizers closed this room&apos;s chat: you can read it, not write</source>
        <translation>主催者がこのルームのチャットを閉鎖しました。閲覧はできますが書き込めません</translation>
    </message>
    <message>
        <source>Only signed-in people can write here: sign in to chat</source>
        <translation>ここに書き込めるのはサインイン済みの人だけです。チャットするにはサインインしてください</translation>
    </message>
    <message>
        <source>Your message is back in the input.</source>
        <translation>メッセージを入力欄に戻しました。</translation>
    </message>
</context>
<context>
    <name>omk::ui::RoomPlaybackControl</name>
    <message>
        <source>Playback follows the room; a moderator controls it</source>
        <translation>再生はルームに従います（操作はモデレーター）</translation>
    </message>
</context>
<context>
    <name>omk::ui::ScheduleModel</name>
    <message>
        <source>Session page</source>
        <translation>セッションページ</translation>
    </message>
</context>
<context>
    <name>omk::ui::StreamTestRun</name>
    <message>
        <source>Type the stream&apos;s address first.</source>
        <translation>先に配信のアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Cannot write the test&apos;s files: %1</source>
        <translation>テスト用のファイルを書き込めません: %1</translation>
    </message>
    <message>
        <source>The check could not start: %1</source>
        <translation>チェックを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 をテストしています…</translation>
    </message>
    <message>
        <source>The check ended without a report (exit %1).</source>
        <translation>チェックは結果を返さずに終了しました (終了コード %1)。</translation>
    </message>
    <message>
        <source>Does not play: %1</source>
        <translation>再生できません: %1</translation>
    </message>
    <message>
        <source>%1×%2 %3</source>
        <translation>%1×%2 %3</translation>
    </message>
    <message>
        <source>at %1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>(live)</source>
        <translation>(ライブ)</translation>
    </message>
    <message>
        <source>Plays: %1; the first picture after %2 s.</source>
        <translation>再生できます: %1。最初の映像まで %2 秒。</translation>
    </message>
    <message>
        <source>Worth a look: %1</source>
        <translation>確認をおすすめします: %1</translation>
    </message>
    <message>
        <source>Plays: %1; the first picture after %2 ms.</source>
        <translation>再生できます: %1。最初の映像まで %2 ミリ秒。</translation>
    </message>
</context>
<context>
    <name>omk::ui::VrController</name>
    <message>
        <source>VR is unavailable: %1</source>
        <translation>VRは使用できません: %1</translation>
    </message>
    <message>
        <source>VR needs a video to show</source>
        <translation>VRには表示する映像が必要です</translation>
    </message>
    <message>
        <source>Left VR; back to the desktop view</source>
        <translation>VRを終了しました。デスクトップ表示に戻ります</translation>
    </message>
    <message>
        <source>The headset ended the VR session; back to the desktop view</source>
        <translation>ヘッドセットがVRセッションを終了しました。デスクトップ表示に戻ります</translation>
    </message>
    <message>
        <source>The VR runtime went away (%1); back to the desktop view</source>
        <translation>VRランタイムが終了しました (%1)。デスクトップ表示に戻ります</translation>
    </message>
    <message>
        <source>VR stopped: %1; back to the desktop view</source>
        <translation>VRが停止しました: %1。デスクトップ表示に戻ります</translation>
    </message>
    <message>
        <source>Controller %1: %2</source>
        <extracomment>%1: the controller command (&quot;play_pause&quot;), %2: why not (&quot;only moderators may&quot;)</extracomment>
        <translation>コントローラー %1: %2</translation>
    </message>
    <message>
        <source>not available here</source>
        <translation>ここでは使えません</translation>
    </message>
    <message>
        <source>The VR panel is not available: %1</source>
        <translation>VR パネルは使えません: %1</translation>
    </message>
</context>
<context>
    <name>omk::ui::WatchParty</name>
    <message>
        <source>Signed out: you left “%1”, which is for signed-in people.</source>
        <translation>サインアウトしたため、サインインした人向けの「%1」から退出しました。</translation>
    </message>
    <message>
        <source>Sign in first: a watch party belongs to an account.</source>
        <translation>先にサインインしてください。ウォッチパーティーはアカウントに属します。</translation>
    </message>
    <message>
        <source>Give the party a name of 1 to 80 characters.</source>
        <translation>パーティーに 1〜80 文字の名前を付けてください。</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>「%1」を開いています…</translation>
    </message>
    <message>
        <source>That is not a watch party&apos;s link: %1</source>
        <translation>ウォッチパーティーのリンクではありません: %1</translation>
    </message>
    <message>
        <source>it opens something else</source>
        <translation>別のものを開くリンクです</translation>
    </message>
    <message>
        <source>This party is on %1, not on this event&apos;s server (%2): open the link from outside the viewer.</source>
        <translation>このパーティーは %1 にあり、このイベントのサーバー (%2) ではありません。ビューアーの外からリンクを開いてください。</translation>
    </message>
    <message>
        <source>Looking for the party…</source>
        <translation>パーティーを探しています…</translation>
    </message>
    <message>
        <source>“%1” is invite-only and this link has no invite: ask its host for the link again.</source>
        <translation>「%1」は招待制ですが、このリンクには招待が含まれていません。ホストにもう一度リンクを頼んでください。</translation>
    </message>
    <message>
        <source>“%1” is invite-only: sign in to join it.</source>
        <translation>「%1」は招待制です。参加するにはサインインしてください。</translation>
    </message>
    <message>
        <source>Joining “%1”…</source>
        <translation>「%1」に参加しています…</translation>
    </message>
    <message>
        <source>You host “%1”: send its link to whoever should watch with you.</source>
        <translation>「%1」のホストです。一緒に見たい人にリンクを送ってください。</translation>
    </message>
    <message>
        <source>Watching together in “%1”.</source>
        <translation>「%1」で一緒に視聴中です。</translation>
    </message>
    <message>
        <source>The link is copied: paste it to the people you invite.</source>
        <translation>リンクをコピーしました。招待する人に貼り付けて送ってください。</translation>
    </message>
    <message>
        <source>Sign in with an account first: %1</source>
        <translation>先にアカウントでサインインしてください: %1</translation>
    </message>
    <message>
        <source>The server refused (%1).</source>
        <translation>サーバーが拒否しました (%1)。</translation>
    </message>
</context>
</TS>
