using System.Text.Json;
using BriefingSite.Cli;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// Names with two surnames ("Isabela Ortiz Calderón", later "Ortiz"): one person across articles that write the name
/// with or without the second surname, known also by the given name and first surname. Invented names.
/// </summary>
public class PersonNameFormTests
{
    private const string Spec = """
        === site.yml ===
        title: Island Desk
        === articles/resigns.md ===
        ---
        date: 2031-05-01
        ---
        # Governor resigns

        Governor Isabela Ortiz Calderón announced her resignation on Monday. Ortiz said she would leave office on Friday.
        === articles/hands-over.md ===
        ---
        date: 2031-05-03
        ---
        # Power handed over

        Former governor Isabela Ortiz handed power to the secretary of state on Friday, officials said.
        """;

    [Fact]
    public void A_name_without_its_second_surname_is_the_same_person_known_by_given_name_and_first_surname()
    {
        using var site = new TestSite(Spec);
        BuildPipeline.Run(new BuildOptions(site.Content, site.Output, ThemeDir: TestSite.Theme)).Succeeded.ShouldBeTrue();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "api", "actors.json")));
        var people = json.RootElement.EnumerateArray().Where(a => a.GetProperty("kind").GetString() == "person").ToList();
        var person = people.ShouldHaveSingleItem();
        person.GetProperty("name").GetString().ShouldBe("Isabela Ortiz Calderón");
        person.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ShouldContain("Isabela Ortiz");
        person.GetProperty("articles").GetArrayLength().ShouldBe(2);
    }

    private const string MiddleNameSpec = """
        === site.yml ===
        title: Dairy Desk
        === articles/hearing.md ===
        ---
        date: 2031-06-01
        ---
        # Hearing opens

        Trade Secretary Daniel Kiprotich Mutua attended the hearing on Monday and told reporters the ministry would wait.
        === articles/review.md ===
        ---
        date: 2031-06-04
        ---
        # What the papers say

        The morning paper quotes Trade Secretary Daniel Mutua as saying that nobody wins a trade war.
        """;

    [Fact]
    public void A_name_without_its_middle_name_is_the_same_person()
    {
        using var site = new TestSite(MiddleNameSpec);
        BuildPipeline.Run(new BuildOptions(site.Content, site.Output, ThemeDir: TestSite.Theme)).Succeeded.ShouldBeTrue();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "api", "actors.json")));
        var person = json.RootElement.EnumerateArray().Where(a => a.GetProperty("kind").GetString() == "person").ShouldHaveSingleItem();
        person.GetProperty("name").GetString().ShouldBe("Daniel Kiprotich Mutua");
        person.GetProperty("articles").GetArrayLength().ShouldBe(2);
    }
}
