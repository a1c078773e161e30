using BriefingSite.Normalize;
using BriefingSite.Rendering;

namespace BriefingSite.Tests.Hardening;

/// <summary>Found by the escaping property (shrunk to <c>".'''q</c>): two apostrophes in a row must not turn into a double quote.</summary>
public class ApostropheEscapeTests
{
    private static readonly MarkdownRenderer Markdown = new();

    [Theory]
    [InlineData("\".'''q")]
    [InlineData("the ''quoted'' word")]
    [InlineData("rock 'n' roll isn''t it")]
    public void Apostrophes_in_a_row_read_back_as_written(string text)
    {
        var escaped = MarkdownText.Escape(text);
        Typography.Fold(Markdown.ReadDocument(escaped).ShouldHaveSingleItem().Text).ShouldBe(Typography.Fold(text));
    }
}
