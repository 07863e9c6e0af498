<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ChannelTabs</name>
    <message>
        <source>LIVE</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>現在: %1</translation>
    </message>
    <message>
        <source>Nothing on air</source>
        <translation>放送なし</translation>
    </message>
    <message>
        <source>Next %1: %2</source>
        <translation>次 %1: %2</translation>
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
        <source>Time out %1 for 5 minutes</source>
        <translation>%1 を 5 分間タイムアウト</translation>
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
</context>
<context>
    <name>ChatPanel</name>
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
        <source>Moderate</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Moderator tools</source>
        <translation>モデレーターツール</translation>
    </message>
    <message>
        <source>Unpin the announcement</source>
        <translation>お知らせの固定を解除</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>チャットメッセージ</translation>
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
    <message>
        <source>Replying to %1</source>
        <translation>%1 に返信</translation>
    </message>
    <message numerus="yes">
        <source>Slow mode is on: one message every %n s</source>
        <translation>
            <numerusform>低速モード: %n 秒に 1 件まで</numerusform>
        </translation>
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
        <source>Insert an emoji</source>
        <translation>絵文字を挿入</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
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
        <source>Editing your message (Enter saves, Esc cancels)</source>
        <translation>メッセージを編集中 (Enter で保存、Esc で取り消し)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
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
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
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
        <source>Playback follows the room; a moderator controls it</source>
        <translation>再生はルームに従います（操作はモデレーター）</translation>
    </message>
    <message>
        <source>Schedule (S)</source>
        <translation>スケジュール (S)</translation>
    </message>
    <message>
        <source>Cannot open the event</source>
        <translation>イベントを開けません</translation>
    </message>
    <message>
        <source>Cannot play</source>
        <translation>再生できません</translation>
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
        <source>Saved %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Event time: %1</source>
        <translation>現地時刻: %1</translation>
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
</context>
<context>
    <name>omk::ui</name>
    <message>
        <source>Not connected to a chat server</source>
        <translation>チャットサーバーに接続していません</translation>
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
</context>
<context>
    <name>omk::ui::LanguageController</name>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
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
</context>
<context>
    <name>omk::ui::ScheduleModel</name>
    <message>
        <source>Session page</source>
        <translation>セッションページ</translation>
    </message>
</context>
</TS>
