using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// A country's bodies under the names they go by (organizations.yml), found through any of the country's demonyms:
/// "the Coast Guard" of a Philippine article is the Philippine Coast Guard (the country's first demonym is "Filipino"),
/// "a German foreign ministry spokeswoman" speaks for the Federal Foreign Office.
/// </summary>
public class CountryBodyNamesTests
{
    [Fact]
    public void Bare_bodies_of_a_philippine_article_take_the_names_the_bodies_go_by()
    {
        const string text = "Ferry fire off Cebu\n\nA ferry caught fire off Cebu in the Philippines on Sunday. The Philippines sent help: "
            + "seventeen from the Armed Forces and two members of the Coast Guard were hurt, and the National Police opened an inquiry. "
            + "The Coast Guard said the fire began in the engine room. The Philippines will review ferry rules.\n";
        var keys = Extracting.ActorKeys(Extracting.Facts(text, path: "content/articles/a.md"));
        keys.ShouldContain("Philippine Coast Guard");
        keys.ShouldContain("Armed Forces of the Philippines");
        keys.ShouldContain("Philippine National Police");
        keys.ShouldNotContain("Filipino Coast Guard");
    }

    [Fact]
    public void A_german_foreign_ministry_spokeswoman_speaks_for_the_federal_foreign_office()
    {
        const string text = "Hostages freed\n\nTwo Germans held in Mali were freed on Friday, a German foreign ministry spokeswoman said.\n";
        var keys = Extracting.ActorKeys(Extracting.Facts(text, path: "content/articles/a.md"));
        keys.ShouldContain("Federal Foreign Office");
        keys.ShouldNotContain("Ministry of Foreign Affairs of Germany");
    }
}
