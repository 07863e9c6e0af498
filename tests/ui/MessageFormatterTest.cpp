// MessageFormatter: a chat message as rich text (escaping, links, @mentions of this user) and
// @mention completion, as pure functions.
#include "ui/MessageFormatter.h"

#include <gtest/gtest.h>

namespace {

using omk::ui::MessageFormatter::completeMention;
using omk::ui::MessageFormatter::richText;

TEST(MessageFormatter, EscapesMarkup) {
    EXPECT_EQ(richText(QStringLiteral("<script>"), {}), QStringLiteral("&lt;script&gt;"));
    EXPECT_EQ(richText(QStringLiteral("a & b \"c\""), QStringLiteral("bob")),
              QStringLiteral("a &amp; b &quot;c&quot;"));
}

TEST(MessageFormatter, LinksAreClickableWithoutTrailingPunctuation) {
    EXPECT_EQ(richText(QStringLiteral("see https://example.org/a?x=1&y=2."), {}),
              QStringLiteral("see <a href=\"https://example.org/a?x=1&amp;y=2\">"
                             "https://example.org/a?x=1&amp;y=2</a>."));
    EXPECT_EQ(richText(QStringLiteral("(http://h/p) and ftp://no"), {}),
              QStringLiteral("(<a href=\"http://h/p\">http://h/p</a>) and ftp://no"));
}

TEST(MessageFormatter, HighlightsMentionsOfMeOnly) {
    const QString mark = QStringLiteral("<b><font color=\"#ffcc4d\">@bob</font></b>");
    EXPECT_EQ(richText(QStringLiteral("hi @bob and @alice"), QStringLiteral("bob")),
              QStringLiteral("hi ") + mark + QStringLiteral(" and @alice"));
    // Case-insensitive; the mark spells the name as this user does.
    EXPECT_EQ(richText(QStringLiteral("@BOB!"), QStringLiteral("bob")), mark + u'!');
    EXPECT_EQ(richText(QStringLiteral("hi @bob"), {}), QStringLiteral("hi @bob"));
    // A mention inside a link stays part of the link.
    EXPECT_EQ(richText(QStringLiteral("https://h/@bob"), QStringLiteral("bob")),
              QStringLiteral("<a href=\"https://h/@bob\">https://h/@bob</a>"));
}

TEST(MessageFormatter, HighlightsEscapedNames) {
    EXPECT_EQ(richText(QStringLiteral("@a<b"), QStringLiteral("a<b")),
              QStringLiteral("<b><font color=\"#ffcc4d\">@a&lt;b</font></b>"));
}

TEST(MessageFormatter, CompletesMentionsByPrefix) {
    const QStringList names{QStringLiteral("bob"), QStringLiteral("Alice"), QStringLiteral("Bea"),
                            QStringLiteral("bob"), QStringLiteral("carol")};
    EXPECT_EQ(completeMention(names, QStringLiteral("B")),
              (QStringList{QStringLiteral("Bea"), QStringLiteral("bob")}));
    EXPECT_EQ(completeMention(names, QStringLiteral("x")), QStringList());
    EXPECT_EQ(completeMention(names, QString()).size(), 4);
}

TEST(MessageFormatter, CompletesAtMostEight) {
    QStringList names;
    for (int i = 9; i >= 0; --i) names << QStringLiteral("user%1").arg(i);
    const QStringList out = completeMention(names, QStringLiteral("user"));
    ASSERT_EQ(out.size(), 8);
    // The first eight found, sorted.
    EXPECT_EQ(out.first(), QStringLiteral("user2"));
    EXPECT_EQ(out.last(), QStringLiteral("user9"));
}

}  // namespace
