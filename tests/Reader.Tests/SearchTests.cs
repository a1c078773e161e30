using BriefingSite.Cli;
using BriefingSite.ReaderTests.Support;
using Microsoft.Playwright;

namespace BriefingSite.ReaderTests;

/// <summary>Search in the browser on a small site of its own: typo tolerance, lazy index loading, keyboard, no-JS fallback.</summary>
[Collection(PublishedSiteCollection.Name)]
public sealed class SearchTests(PublishedSite shared) : IAsyncLifetime
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "briefing-search-" + Guid.NewGuid().ToString("N")[..12]);
    private StaticSiteServer? server;

    private static readonly (string File, string Text)[] Articles =
    [
        ("kyiv.md", "---\ntitle: Zelenskyy and Rutte meet in Kyiv\ndate: 2025-03-04\nsummary: The Ukrainian president asked for more air defence.\n---\nThey met in Kyiv.\n"),
        ("oslo.md", "---\ntitle: Stoltenberg returns to Oslo politics\ndate: 2025-02-04\n---\nThe former secretary general became finance minister.\n"),
        ("grain.md", "---\ntitle: Grain corridor reopens\ndate: 2025-01-10\nsummary: Ships left Odesa under new insurance terms.\n---\nShips left Odesa.\n"),
    ];

    public async Task InitializeAsync()
    {
        var content = Path.Combine(root, "content");
        Directory.CreateDirectory(Path.Combine(content, "articles"));
        File.WriteAllText(Path.Combine(content, "site.yml"), "title: Search Test\n");
        foreach (var (file, text) in Articles) File.WriteAllText(Path.Combine(content, "articles", file), text);
        var report = BuildPipeline.Run(new BuildOptions(content, Path.Combine(root, "out"), "/news/", RepoPaths.Theme));
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        server = await StaticSiteServer.StartAsync(Path.Combine(root, "out"), "/news/");
    }

    public async Task DisposeAsync()
    {
        if (server is not null) await server.DisposeAsync();
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }

    private string SearchUrl => server!.Origin + "/news/search/";

    [NeedsToolFact("chromium")]
    public async Task Misspelt_names_find_their_articles_and_nonsense_finds_nothing()
    {
        var page = await shared.NewPageAsync();
        await PublishedSite.OpenAsync(page, SearchUrl);
        var box = page.GetByRole(AriaRole.Searchbox);
        foreach (var (query, expected) in new[]
        {
            ("Zelensky", "Zelenskyy and Rutte meet in Kyiv"),
            ("zelenskiy", "Zelenskyy and Rutte meet in Kyiv"),
            ("Stoltenburg", "Stoltenberg returns to Oslo politics"),
            ("odesa insurance", "Grain corridor reopens"),
            ("Rute Kyiv", "Zelenskyy and Rutte meet in Kyiv"),
        })
        {
            await Search(page, query);
            (await page.Locator("#search-results a").First.InnerTextAsync()).ShouldBe(expected, query);
        }
        await Search(page, "xyzzy");
        (await page.Locator("#search-status").InnerTextAsync()).ShouldStartWith("No results");
        (await page.Locator("#search-results li").CountAsync()).ShouldBe(0);
        await page.Context.CloseAsync();
    }

    [NeedsToolFact("chromium")]
    public async Task Index_is_fetched_only_once_the_reader_starts_searching_and_results_follow_the_url()
    {
        var page = await shared.NewPageAsync();
        var fetched = new List<string>();
        page.Request += (_, r) => { if (r.Url.EndsWith("/news/search/index.json", StringComparison.Ordinal)) fetched.Add(r.Url); };
        await PublishedSite.OpenAsync(page, SearchUrl);
        await Task.Delay(500);
        fetched.ShouldBeEmpty();
        await page.GetByRole(AriaRole.Searchbox).FocusAsync();
        for (var i = 0; i < 100 && fetched.Count == 0; i++) await Task.Delay(100);
        await Task.Delay(300);
        fetched.Count.ShouldBe(1);

        await PublishedSite.OpenAsync(page, SearchUrl + "?q=grain");
        await page.Locator("#search-results a").First.WaitForAsync();
        (await page.GetByRole(AriaRole.Searchbox).InputValueAsync()).ShouldBe("grain");
        (await page.Locator("#search-results a").First.GetAttributeAsync("href")).ShouldBe("/news/articles/grain-corridor-reopens/");
        await page.Context.CloseAsync();
    }

    [NeedsToolFact("chromium")]
    public async Task Arrow_keys_move_through_results_and_escape_returns_to_the_box()
    {
        var page = await shared.NewPageAsync();
        await PublishedSite.OpenAsync(page, SearchUrl);
        var box = page.GetByRole(AriaRole.Searchbox);
        await Search(page, "s");
        var count = await page.Locator("#search-results a").CountAsync();
        count.ShouldBeGreaterThan(1, "the query 's' should match several titles by prefix");
        await box.PressAsync("ArrowDown");
        (await Focused(page)).ShouldBe(await page.Locator("#search-results a").Nth(0).InnerTextAsync());
        await page.Keyboard.PressAsync("ArrowDown");
        (await Focused(page)).ShouldBe(await page.Locator("#search-results a").Nth(1).InnerTextAsync());
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("search-input");
        await box.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Escape");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("search-input");
        await page.Context.CloseAsync();
    }

    [NeedsToolFact("chromium")]
    public async Task Without_javascript_the_search_page_explains_and_links_onwards()
    {
        var page = await shared.NewPageAsync(javaScript: false);
        await PublishedSite.OpenAsync(page, SearchUrl + "?q=grain");
        var note = page.Locator(".search-nojs");
        (await note.IsVisibleAsync()).ShouldBeTrue();
        (await note.InnerTextAsync()).ShouldContain("needs JavaScript");
        (await note.GetByRole(AriaRole.Link, new() { Name = "all briefings" }).GetAttributeAsync("href")).ShouldBe("/news/articles/");
        await PublishedSite.ScreenshotAsync(page, "search-without-javascript");
        await page.Context.CloseAsync();
    }

    /// <summary>Types a query and waits until the status line reports on that query (results are debounced).</summary>
    private static async Task Search(IPage page, string query)
    {
        await page.GetByRole(AriaRole.Searchbox).FillAsync(query);
        await page.Locator("#search-status").Filter(new() { HasText = "“" + query + "”" }).WaitForAsync();
    }

    private static Task<string> Focused(IPage page) => page.EvaluateAsync<string>("() => document.activeElement.textContent");
}
