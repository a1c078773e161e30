using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>A demonym glued to a word of likeness ("Soviet-style", "Western-type") describes a manner and names no country (CountryReadings.Likeness).</summary>
public class CountryLikenessTests
{
    [Fact]
    public void A_demonym_before_style_names_no_country()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Inquiry attacked\n\nSenator Rhea Vance called the inquiry a Cuban-style show trial and said it would fail.\n", path: "content/articles/a.md"));
        keys.ShouldNotContain("Cuba");
        keys.ShouldContain("Rhea Vance");
    }

    [Fact]
    public void The_same_demonym_elsewhere_still_names_the_country()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Inquiry attacked\n\nSenator Rhea Vance said the Cuban government would answer the inquiry's questions.\n", path: "content/articles/a.md"));
        keys.ShouldContain("Cuba");
    }
}
