using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Normalize;

/// <summary>
/// A chart's legend copied with the page ("██ Harbour Party - 41 seats"): a colour swatch and its label are the page's
/// picture, not the article's text, so the parties it lists are not named by the article.
/// </summary>
public class LegendLineTests
{
    [Fact]
    public void Swatch_lines_of_a_chart_legend_are_furniture()
    {
        var (a, _) = Normalizing.Text("""
            Harbour Party wins the Tarnvik council vote

            ██ Harbour Party - 41 seats

            ██ Valley Greens - 12 seats

            ■ Independents: 3

            The Harbour Party won a majority on the Tarnvik council on Sunday, its leader Maja Lind said.
            """);
        a.Markdown.ShouldNotContain("Valley Greens");
        a.Markdown.ShouldNotContain("Independents");
        a.Markdown.ShouldContain("The Harbour Party won a majority");
    }
}
