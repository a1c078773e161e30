using System.Text.Json;
using BriefingSite.Cli;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// A one-word name read as a person in one article ("Varnotek said") and found as an organization in another
/// ("Varnotek's chief executive") is one organization with one page, not a person and a second "-organization" page.
/// A person's surname keeps being the person when the site names them in full. Invented names.
/// </summary>
public class OneWordNameKindTests
{
    private const string Spec = """
        === site.yml ===
        title: Markets Desk
        === articles/results.md ===
        ---
        date: 2031-05-01
        ---
        # Results

        Varnotek's chief executive presented the annual results in Oslo on Monday.
        === articles/appeal.md ===
        ---
        date: 2031-05-03
        ---
        # Appeal

        "We will appeal the fine," Varnotek said in a statement on Wednesday.
        """;

    [Fact]
    public void A_one_word_speaker_that_is_an_organization_elsewhere_on_the_site_is_that_organization()
    {
        using var site = new TestSite(Spec);
        BuildPipeline.Run(new BuildOptions(site.Content, site.Output, ThemeDir: TestSite.Theme)).Succeeded.ShouldBeTrue();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "api", "actors.json")));
        var named = json.RootElement.EnumerateArray().Where(a => a.GetProperty("name").GetString() == "Varnotek").ToList();
        var actor = named.ShouldHaveSingleItem();
        actor.GetProperty("kind").GetString().ShouldBe("organization");
        actor.GetProperty("slug").GetString().ShouldBe("varnotek");
        actor.GetProperty("articles").GetArrayLength().ShouldBe(2);
        using var articles = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "api", "articles.json")));
        var quote = articles.RootElement.EnumerateArray().SelectMany(a => a.GetProperty("quotes").EnumerateArray()).ShouldHaveSingleItem();
        quote.GetProperty("actor").GetString().ShouldBe("varnotek");
    }
}
