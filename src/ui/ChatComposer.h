#pragma once
// What the chat input does for RoomController: sends, edits and reactions through the session's
// backend (our server's RoomConnection or Dreamkast's chat), the feedback under the input
// (slow mode, rate limits, a refused or failed send; cleared after a while or on the next ack),
// the text of a message the server refused for good given back to the input (returned), and
// @mention completion from who is here. Rich text comes from MessageFormatter.
// Threading: GUI thread.

#include "core/Expected.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace omk::ui {

class RoomSession;

class ChatComposer : public QObject {
    Q_OBJECT

public:
    explicit ChatComposer(RoomSession* session, QObject* parent = nullptr);

    QString inputHint() const { return m_inputHint; }
    // Shown under the input; cleared after clearAfterMs (0: stays until replaced).
    void setInputHint(const QString& hint, int clearAfterMs = 0);
    // A queued request's outcome: true, or false with the error as hint and session error.
    bool check(const omk::Expected<QString>& queued);

    // Sends a chat message (a reply when replyToSeq > 0). False, with inputHint saying why,
    // when it cannot be queued (empty, too long, no room).
    bool send(const QString& text, qint64 replyToSeq);
    bool editMessage(qint64 seq, const QString& text);
    bool react(qint64 seq, const QString& emoji, bool on);
    QStringList completeMention(const QString& prefix) const;
    QString richText(const QString& text) const;

signals:
    void inputHintChanged();
    // A message the server refused for good (the room closed, a ban…): its text, for the input.
    void returned(const QString& text);

private:
    RoomSession* m_session;
    QString m_inputHint;
    QTimer m_hintTimer;
};

}  // namespace omk::ui
