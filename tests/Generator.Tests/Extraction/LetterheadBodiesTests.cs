using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// A release's letterhead heads the page and stays in its text: the state body it names is an actor, with its country,
/// whether the body names the country itself or the country stands on a line of its own (in capitals or not).
/// </summary>
public class LetterheadBodiesTests
{
    private const string Body = "\n\nPRESS RELEASE\n\nThe Minister received the Ambassador of Peru on Tuesday to discuss fisheries and the renewal of a trade agreement between the two countries.\n\nThe two sides agreed to meet again in the spring.\n";

    [Fact]
    public void A_body_naming_its_country_in_the_letterhead_is_found()
    {
        var facts = Extracting.Facts("Ministry of Foreign Affairs of the Republic of Latvia" + Body, path: "content/articles/a.md");
        var keys = Extracting.ActorKeys(facts);
        keys.ShouldContain("Ministry of Foreign Affairs of Latvia");
        keys.ShouldContain("Peru");
    }

    [Fact]
    public void A_ministry_under_its_country_line_is_that_country_s_foreign_ministry()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts("REPUBLIC OF GHANA\nMinistry of Regional Integration and Foreign Affairs" + Body, path: "content/articles/a.md"));
        keys.ShouldContain("Ministry of Foreign Affairs of Ghana");
        keys.ShouldContain("Ghana");
        keys.ShouldNotContain(k => k.Contains("Integration"));
    }

    [Fact]
    public void A_ministry_of_several_portfolios_takes_the_one_a_country_s_body_is_known_by()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts("Kingdom of Norway\nMinistry of Foreign Affairs, Trade and Norwegians Overseas" + Body, path: "content/articles/a.md"));
        keys.ShouldContain("Ministry of Foreign Affairs of Norway");
    }

    [Fact]
    public void A_ministry_no_country_s_body_is_known_by_keeps_its_own_name()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts("Republic of Malawi\nMinistry of Lands and Housing" + Body, path: "content/articles/a.md"));
        keys.ShouldContain("Ministry of Lands and Housing of Malawi");
    }

    [Fact]
    public void The_letterhead_is_the_title_and_the_lead_is_what_follows()
    {
        var (article, _) = Normalizing.Text("Ministry of Foreign Affairs of the Republic of Latvia" + Body, "content/articles/a.md");
        article.Title.ShouldBe("Ministry of Foreign Affairs of the Republic of Latvia");
        article.Markdown.ShouldStartWith("Ministry of Foreign Affairs of the Republic of Latvia");
        article.Summary.ShouldNotBeNull();
        article.Summary!.ShouldNotContain("Ministry");
    }
}
