using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// "Senate minority leader Ann Roe": an office of a country's body written after the body's bare name (titles.yml
/// bodyOffices) names the body too, as the article's country's body.
/// </summary>
public class BodyOfficesTests
{
    private const string Text = "Budget vote\n\nThe United States budget passed on Friday. Senate minority leader Orla Penwick called the United States "
        + "plan reckless, and Senate Majority Leader Tobin Ashgrove said the United States could not wait.\n";

    [Fact]
    public void A_body_named_before_its_office_is_the_countrys_body()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(Text, path: "content/articles/a.md"));
        keys.ShouldContain("U.S. Senate");
        keys.ShouldContain("Orla Penwick");
        keys.ShouldContain("Tobin Ashgrove");
    }

    [Fact]
    public void Members_named_after_the_body_are_meant_not_the_body()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts("Budget vote\n\nThe United States budget passed. Senate aides in the United States said the United States plan would pass.\n", path: "content/articles/a.md"));
        keys.ShouldNotContain("U.S. Senate");
    }
}
