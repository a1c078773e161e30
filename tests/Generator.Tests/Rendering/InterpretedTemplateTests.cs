using System.Text;
using BriefingSite.Rendering;

namespace BriefingSite.Tests.Rendering;

public class InterpretedTemplateTests
{
    public sealed record Item(string Name, bool Lead);

    public sealed record Model(string Title, IReadOnlyList<Item> Items, string Kind);

    [Fact]
    public void Interpreted_and_compiled_templates_render_the_same_escaped_html()
    {
        var theme = Path.Combine(Path.GetTempPath(), "briefing-theme-" + Guid.NewGuid().ToString("N")[..10]);
        try
        {
            Write(theme, "layouts/base.hbs", "<title>{{Page.Title}}</title>{{#if Has.list}}<nav>list</nav>{{/if}}<main>{{{Content}}}</main>");
            Write(theme, "partials/item.hbs", "<li{{#if Lead}} class=\"lead\"{{/if}}>{{Name}}</li>");
            Write(theme, "pages/list.hbs",
                "<h1>{{Title}}</h1><p>{{count Items}} items</p>{{#if (eq Kind \"actor\")}}<b>actors</b>{{else}}<i>other</i>{{/if}}" +
                "<ul>{{#each Items}}{{> item}}{{/each}}</ul>{{Missing}}");
            var model = new Model("<script>x</script> & Co", [new Item("Anna \"A\" <b>", true), new Item("Jon", false)], "actor");

            var compiled = Encoding.UTF8.GetString(new HandlebarsTemplateEngine(theme).RenderPage("list", model));
            var interpreted = Encoding.UTF8.GetString(new HandlebarsTemplateEngine(theme, interpret: true).RenderPage("list", model));

            interpreted.ShouldBe(compiled);
            interpreted.ShouldContain("<title>&lt;script&gt;x&lt;/script&gt; &amp; Co</title><nav>list</nav>");
            interpreted.ShouldContain("<p>2 items</p><b>actors</b>");
            interpreted.ShouldContain("<li class=\"lead\">Anna &quot;A&quot; &lt;b&gt;</li><li>Jon</li>");
            interpreted.ShouldNotContain("<script>");
        }
        finally
        {
            if (Directory.Exists(theme)) Directory.Delete(theme, recursive: true);
        }
    }

    [Fact]
    public void An_adaptive_engine_interprets_a_few_pages_then_compiles_and_renders_the_same_bytes()
    {
        var theme = Path.Combine(Path.GetTempPath(), "briefing-theme-" + Guid.NewGuid().ToString("N")[..10]);
        try
        {
            Write(theme, "layouts/base.hbs", "<title>{{Page.Title}}</title><main>{{{Content}}}</main>");
            Write(theme, "partials/item.hbs", "<li>{{Name}}</li>");
            Write(theme, "pages/list.hbs", "<h1>{{Title}}</h1><ul>{{#each Items}}{{> item}}{{/each}}</ul>");
            var model = new Model("<i>T</i>", [new Item("Anna & Jon", true)], "actor");
            var expected = new HandlebarsTemplateEngine(theme).RenderPage("list", model);

            var engine = HandlebarsTemplateEngine.Adaptive(theme, articles: HandlebarsTemplateEngine.InterpretUpTo);
            for (var i = 0; i < HandlebarsTemplateEngine.CompileAfter - 1; i++)
                engine.RenderPage("list", model).ShouldBe(expected);
            engine.Compiled.ShouldBeFalse(); // a rebuild of a few pages never compiles
            // The templates are compiled in the background once enough pages were rendered: keep rendering until they are used.
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (!engine.Compiled && DateTime.UtcNow < deadline)
                engine.RenderPage("list", model).ShouldBe(expected);
            engine.Compiled.ShouldBeTrue();
            engine.RenderPage("list", model).ShouldBe(expected);

            // A large site compiles at once, in the background, and renders the same bytes meanwhile.
            var large = HandlebarsTemplateEngine.Adaptive(theme, articles: HandlebarsTemplateEngine.InterpretUpTo + 1);
            deadline = DateTime.UtcNow.AddMinutes(2);
            do large.RenderPage("list", model).ShouldBe(expected);
            while (!large.Compiled && DateTime.UtcNow < deadline);
            large.Compiled.ShouldBeTrue();
        }
        finally
        {
            if (Directory.Exists(theme)) Directory.Delete(theme, recursive: true);
        }
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
