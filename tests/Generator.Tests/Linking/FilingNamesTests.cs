using BriefingSite.Linking;
using BriefingSite.Model;

namespace BriefingSite.Tests.Linking;

/// <summary>The names reference works file a country's institutions under, offered as aliases. Invented institutions.</summary>
public class FilingNamesTests
{
    private static readonly Dictionary<string, string> Countries = new(StringComparer.Ordinal)
    {
        ["Moldova"] = "Moldova", ["Republic of Moldova"] = "Moldova", ["United States"] = "United States",
    };

    [Fact]
    public void A_body_of_a_country_is_also_filed_with_the_country_in_brackets() =>
        FilingNames.Of("Ministry of Fisheries of Moldova", ActorKind.Organization, Countries).ShouldBe(["Ministry of Fisheries (Moldova)"]);

    [Fact]
    public void The_country_is_named_by_its_own_name_when_the_body_uses_another() =>
        FilingNames.Of("Ministry of Fisheries of the Republic of Moldova", ActorKind.Organization, Countries).ShouldBe(["Ministry of Fisheries (Moldova)"]);

    [Fact]
    public void A_US_body_is_also_filed_under_United_States() =>
        FilingNames.Of("U.S. Board of Tariffs", ActorKind.Organization, Countries).ShouldBe(["United States Board of Tariffs"]);

    [Fact]
    public void Names_ending_in_no_country_and_people_get_nothing()
    {
        FilingNames.Of("University of Tirgu Lapus", ActorKind.Organization, Countries).ShouldBeEmpty();
        FilingNames.Of("Institute of Moldova", ActorKind.Person, Countries).ShouldBeEmpty();
    }
}
