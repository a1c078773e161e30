using System.Text;
using BriefingSite.Rendering;

namespace BriefingSite.Tests.Rendering;

/// <summary>A page is written straight to UTF-8 and put in its layout by a marker: the bytes are those of the page's text.</summary>
public class PageBytesTests
{
    public sealed record Entry(string Name);

    public sealed record Model(string Title, IReadOnlyList<Entry> Entries);

    private const string Page = "<h1>{{Title}}</h1><ul>{{#each Entries}}<li>{{Name}}</li>{{/each}}</ul>";

    [Fact]
    public void A_large_page_of_many_scripts_is_the_utf8_of_its_text()
    {
        // Names of two, three and four bytes a character, many chunks long, so that characters and surrogate pairs fall on the
        // writer's buffer and chunk boundaries somewhere.
        string[] names = ["Zoë Ångström", "Ирина Волкова", "李小龙", "Ngozi 😀 Okafor", "a"];
        var entries = Enumerable.Range(0, 40_000).Select(i => new Entry(names[i % names.Length] + i)).ToList();
        var model = new Model("Café & Co", entries);
        var expected = "<title>Café &amp; Co</title><main><h1>Café &amp; Co</h1><ul>" + string.Concat(entries.Select(e => $"<li>{e.Name}</li>")) + "</ul></main>\n";

        foreach (var interpret in new[] { false, true })
            WithTheme("<title>{{Page.Title}}</title><main>{{{Content}}}</main>\n", Page, theme =>
            {
                var bytes = new HandlebarsTemplateEngine(theme, interpret).RenderPage("list", model);
                bytes.ShouldBe(Encoding.UTF8.GetBytes(expected));
                bytes.Length.ShouldBeGreaterThan(1 << 20);
            });
    }

    [Fact]
    public void A_layout_of_many_scripts_around_the_content_is_the_utf8_of_its_text()
    {
        foreach (var interpret in new[] { false, true })
            WithTheme("<title>{{Page.Title}} 😀</title><main>{{{Content}}}</main><footer>Ирина 李</footer>", Page, theme =>
            {
                var bytes = new HandlebarsTemplateEngine(theme, interpret).RenderPage("list", new Model("Zoë", [new Entry("Ngozi 😀")]));
                bytes.ShouldBe(Encoding.UTF8.GetBytes("<title>Zoë 😀</title><main><h1>Zoë</h1><ul><li>Ngozi 😀</li></ul></main><footer>Ирина 李</footer>"));
            });
    }

    [Theory]
    [InlineData("<main>{{{Content}}}</main><footer>{{{Content}}}</footer>", "<main>[C]</main><footer>[C]</footer>")]
    [InlineData("<main>{{Content}}</main>", "<main>&lt;h1&gt;T&lt;/h1&gt;&lt;ul&gt;&lt;li&gt;Ann&lt;/li&gt;&lt;/ul&gt;</main>")]
    [InlineData("<p>{{Page.Title}} only</p>", "<p>T only</p>")]
    public void A_layout_that_shows_the_content_twice_escaped_or_not_at_all_gets_the_content_itself(string layout, string expected)
    {
        WithTheme(layout, Page, theme =>
        {
            var html = Encoding.UTF8.GetString(new HandlebarsTemplateEngine(theme).RenderPage("list", new Model("T", [new Entry("Ann")])));
            html.ShouldBe(expected.Replace("[C]", "<h1>T</h1><ul><li>Ann</li></ul>"));
        });
    }

    [Fact]
    public void An_empty_page_is_empty_content_to_its_layout()
    {
        WithTheme("{{#if Content}}<main>{{{Content}}}</main>{{else}}<p>nothing</p>{{/if}}", "{{#if Title}}{{Title}}{{/if}}", theme =>
        {
            var engine = new HandlebarsTemplateEngine(theme);
            Encoding.UTF8.GetString(engine.RenderPage("list", new Model("", []))).ShouldBe("<p>nothing</p>");
            Encoding.UTF8.GetString(engine.RenderPage("list", new Model("T", []))).ShouldBe("<main>T</main>");
        });
    }

    private static void WithTheme(string layout, string page, Action<string> test)
    {
        var theme = Path.Combine(Path.GetTempPath(), "briefing-theme-" + Guid.NewGuid().ToString("N")[..10]);
        try
        {
            Directory.CreateDirectory(Path.Combine(theme, "layouts"));
            Directory.CreateDirectory(Path.Combine(theme, "pages"));
            File.WriteAllText(Path.Combine(theme, "layouts", "base.hbs"), layout);
            File.WriteAllText(Path.Combine(theme, "pages", "list.hbs"), page);
            test(theme);
        }
        finally
        {
            if (Directory.Exists(theme)) Directory.Delete(theme, recursive: true);
        }
    }
}
