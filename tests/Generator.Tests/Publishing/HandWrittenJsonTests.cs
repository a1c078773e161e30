using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BriefingSite.Rendering;
using BriefingSite.Rendering.Search;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Publishing;

/// <summary>
/// api/events.json and search/index.json are written field by field: their bytes must be those the serializer gives for the
/// anonymous and object-typed rows they were once made of, on text that needs escaping (quotes, accents, '&lt;', '&amp;').
/// </summary>
public class HandWrittenJsonTests
{
    private const string Spec = """
        === articles/a.md ===
        ---
        title: "Ministers \"agree\" on <grain> & fuel"
        date: 2025-06-24
        summary: Élodie Marchetti said the Zürich talks would resume.
        ---
        Dutch Foreign Minister Élodie Marchetti met Polish Foreign Minister Anna Kowalski in Zürich on Tuesday. "We agree," said Marchetti.

        The summit in Vilnius on 14 July will discuss grain & fuel, Kowalski said.
        === articles/b.md ===
        ---
        title: Short one
        ---
        Polish Foreign Minister Anna Kowalski held talks with Élodie Marchetti in Warsaw on Monday. Kowalski said the talks went well.
        === articles/c.txt ===
        2025-06-26
        Summit in Vilnius set for July

        VILNIUS (Wire) – Leaders will meet at the summit in Vilnius on 14 July, Lithuanian President Gitanas Nausėda said on Thursday.
        """;

    [Fact]
    public void Events_api_is_what_the_serializer_wrote_for_its_rows()
    {
        using var site = new TestSite(Spec);
        var report = site.Build("https://example.org/briefing/");
        report.Succeeded.ShouldBeTrue();
        var graph = report.Site!;
        graph.Events.Length.ShouldBeGreaterThan(0);
        var urls = new SiteUrls(graph.Settings);
        var rows = graph.Events.Select(e => new
        {
            slug = e.Slug,
            title = e.Title,
            date = e.Date?.ToString(),
            status = EventCards.StatusLabel(e),
            place = e.Place,
            actors = e.Actors,
            articles = e.Articles,
            url = urls.Absolute(EventCards.Url(urls, e.Slug)),
        });
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        site.ReadOutput("api/events.json").ShouldBe(JsonSerializer.Serialize(rows, options) + "\n");
    }

    [Fact]
    public void Search_index_is_what_the_serializer_wrote_for_its_rows()
    {
        using var site = new TestSite(Spec);
        var report = site.Build("/briefing/");
        report.Succeeded.ShouldBeTrue();
        var graph = report.Site!;
        var doc = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["v"] = 1,
            ["articles"] = graph.Articles.Select(a => new object?[] { a.Slug, a.Title, a.Date?.ToString() ?? "", SearchIndex.Clip(a.Summary, a.Title) }).ToList(),
            ["actors"] = graph.Actors.Select(x => new object[] { x.Slug, x.Name, x.Kind.ToString().ToLowerInvariant(), x.Aliases.ToArray() }).ToList(),
            ["events"] = graph.Events.Select(e => new object[] { e.Slug, e.Title, e.Date?.ToString() ?? "" }).ToList(),
        };
        graph.Actors.ShouldContain(a => !a.Aliases.IsEmpty);
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var expected = JsonSerializer.Serialize(doc, options) + "\n";
        Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(site.Output, "search", "index.json"))).ShouldBe(expected);
    }
}
