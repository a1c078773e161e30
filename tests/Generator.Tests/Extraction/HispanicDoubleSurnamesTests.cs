using BriefingSite.Model;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// Spanish names with two family names are found whole: a common Spanish given name opens them (words.yml givenNames),
/// and a family name that is also a city's ("Lyon", "Boston") is the first family name, not a place.
/// </summary>
public class HispanicDoubleSurnamesTests
{
    private static List<string> People(string text) =>
        Extracting.Facts("Wildfire talks\n\n" + text, path: "content/articles/a.md").Mentions.Where(m => m.Kind == ActorKind.Person).Select(m => m.Key).Distinct().ToList();

    [Fact]
    public void A_titled_name_opening_with_a_spanish_given_name_is_whole()
    {
        People("The plan was signed by Peru's Transport Minister Carolina Ugarteche Salas on Friday. Ugarteche said crews were ready.")
            .ShouldBe(["Carolina Ugarteche Salas"]);
        People("Peru's Transport Minister, Carolina Ugarteche Salas, said on Friday that crews were ready.").ShouldBe(["Carolina Ugarteche Salas"]);
    }

    [Fact]
    public void A_city_between_a_given_name_and_a_family_name_is_the_first_family_name()
    {
        People("\"We are ready,\" Andeswind Cargo chief executive Tomás Lyon Ferrer told the magazine. Lyon Ferrer declined to give figures.")
            .ShouldBe(["Tomás Lyon Ferrer"]);
    }

    [Fact]
    public void A_city_after_a_name_of_its_own_stays_a_place()
    {
        People("Visitors from Lyon Airport said the flights were late, according to Ana Ferrer.").ShouldBe(["Ana Ferrer"]);
    }
}
