using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Normalize;

/// <summary>
/// A byline below a kicker, headline and standfirst ("By Ana Roe in Lima and Tom Dee in Quito"), a byline over an
/// "Updated" line, and a line crediting a colleague ("... contributed to this report.") are page furniture: the
/// journalists are no people of the story.
/// </summary>
public class LateBylineTests
{
    [Fact]
    public void A_byline_below_the_standfirst_is_furniture_and_names_the_author()
    {
        var (a, _) = Normalizing.Text("""
            WORLD | TUESDAY 3 JUNE 2031

            Ferry talks resume in Quito

            Both sides say a deal is close after two years of dispute

            By Carla Menendez in Lima and Tobias Rehn in Quito

            Negotiators from Peru and Ecuador resumed talks on a ferry link on Monday, the two governments said.
            """);
        a.Markdown.ShouldNotContain("Carla Menendez");
        a.Markdown.ShouldNotContain("Tobias Rehn");
        a.Author.ShouldBe("Carla Menendez in Lima and Tobias Rehn in Quito");
        a.Markdown.ShouldContain("Negotiators from Peru");
    }

    [Fact]
    public void A_byline_over_an_updated_line_and_a_contributor_line_are_furniture()
    {
        var (a, _) = Normalizing.Text("""
            Ferry talks resume in Quito

            By Lena Okafor, Harbour News
            Updated 10:02 AM EDT, Tue June 3, 2031

            Negotiators from Peru and Ecuador resumed talks on a ferry link on Monday, the two governments said.

            Harbour News' Pablo Arce in Guayaquil contributed to this report.
            """, path: "content/articles/a.md");
        a.Markdown.ShouldNotContain("Lena Okafor");
        a.Markdown.ShouldNotContain("Pablo Arce");
        a.Markdown.ShouldContain("Negotiators from Peru");
    }

    [Fact]
    public void A_sentence_that_opens_with_by_is_article_text()
    {
        var (a, _) = Normalizing.Text("""
            Ferry talks resume in Quito

            Negotiators from Peru and Ecuador resumed talks on a ferry link on Monday, the two governments said.

            By Monday Night the two delegations had agreed on a timetable for the talks.
            """);
        a.Markdown.ShouldContain("By Monday Night the two delegations");
    }
}
