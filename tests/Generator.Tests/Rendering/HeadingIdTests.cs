using BriefingSite.Rendering;

namespace BriefingSite.Tests.Rendering;

public class HeadingIdTests
{
    [Theory]
    [InlineData("## Main", "h-main")]
    [InlineData("## p-0", "h-p-0")]
    [InlineData("## s-1-0", "h-s-1-0")]
    public void Heading_ids_never_collide_with_the_pages_own_ids(string heading, string expected)
    {
        var html = new MarkdownRenderer().Render("Opening paragraph.\n\n" + heading + "\n\nMore text.\n");
        html.ShouldContain($"id=\"{expected}\"");
        html.ShouldNotContain("id=\"main\"");
    }
}
