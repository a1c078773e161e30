using System.Text.RegularExpressions;
using BriefingSite.ReaderTests.Support;
using Microsoft.Playwright;

namespace BriefingSite.ReaderTests;

/// <summary>A reader's path through the published site under /briefing/: what they click and what they see.</summary>
[Collection(PublishedSiteCollection.Name)]
public class ReaderJourneyTests(PublishedSite site)
{
    [NeedsToolFact("chromium")]
    public async Task Reader_goes_from_home_to_an_article_its_actor_an_event_the_timeline_and_finds_a_misspelt_name()
    {
        var page = await site.NewPageAsync();

        // Home: the site's name, navigation, and the latest briefings.
        await PublishedSite.OpenAsync(page, site.BaseUrl);
        (await page.TitleAsync()).ShouldBe(site.Site.Settings.Title);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        (await nav.GetByRole(AriaRole.Link, new() { Name = "Briefings" }).IsVisibleAsync()).ShouldBeTrue();
        (await nav.GetByRole(AriaRole.Link, new() { Name = "Search" }).IsVisibleAsync()).ShouldBeTrue();
        var newest = site.Site.Articles[0];
        await PublishedSite.ScreenshotAsync(page, "01-home");

        // Article: reached by clicking its card; heading, source line, breadcrumbs and the way on.
        await page.GetByRole(AriaRole.Link, new() { Name = newest.Title, Exact = true }).First.ClickAsync();
        await PublishedSite.ArriveAsync(page, site.Url($"articles/{newest.Slug}/"));
        (await page.Locator("h1").InnerTextAsync()).ShouldBe(newest.Title);
        (await page.Locator("nav[aria-label=Breadcrumb]").InnerTextAsync()).ShouldContain("Briefings");
        (await page.Locator(".attribution").InnerTextAsync()).ShouldStartWith("Source:");
        if (site.Site.Articles.Length > 1)
            (await page.Locator("nav.prev-next a").CountAsync()).ShouldBeGreaterThan(0);
        await PublishedSite.ScreenshotAsync(page, "02-article");

        // Actor: from the article's "Who's who" panel, when the site knows actors.
        var actor = site.Site.Actors.FirstOrDefault(a => a.Articles.Contains(newest.Slug));
        if (actor is not null)
        {
            await page.Locator("aside").GetByRole(AriaRole.Link, new() { Name = actor.Name, Exact = true }).First.ClickAsync();
            await PublishedSite.ArriveAsync(page, site.Url($"actors/{actor.Slug}/"));
            (await page.Locator("h1").InnerTextAsync()).ShouldContain(actor.Name);
            (await page.Locator("head link[type='application/atom+xml']").CountAsync()).ShouldBe(2, "site feed and the actor's own feed");
            await PublishedSite.ScreenshotAsync(page, "03-actor");
        }

        // Event: one the site lists, reached from the Events section.
        var ev = site.Site.Events.FirstOrDefault();
        if (ev is not null)
        {
            await nav.GetByRole(AriaRole.Link, new() { Name = "Events" }).ClickAsync();
            await PublishedSite.ArriveAsync(page, site.Url("events/"));
            await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = ev.Title, Exact = true }).First.ClickAsync();
            await PublishedSite.ArriveAsync(page, site.Url($"events/{ev.Slug}/"));
            (await page.Locator("h1").InnerTextAsync()).ShouldContain(ev.Title);
            await PublishedSite.ScreenshotAsync(page, "04-event");
        }

        // Timeline: from the header, when the theme renders one.
        if (File.Exists(Path.Combine(site.Output, "timeline", "index.html")))
        {
            await nav.GetByRole(AriaRole.Link, new() { Name = "Timeline" }).ClickAsync();
            await PublishedSite.ArriveAsync(page, site.Url("timeline/"));
            (await page.Locator("h1").InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();
            await PublishedSite.ScreenshotAsync(page, "05-timeline");
        }

        // Search: a name typed with a letter missing still finds it.
        await nav.GetByRole(AriaRole.Link, new() { Name = "Search" }).ClickAsync();
        await PublishedSite.ArriveAsync(page, site.Url("search/"));
        var (query, expected) = Misspelt(site, actor);
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search briefings" });
        await box.FillAsync(query);
        var hit = page.Locator("#search-results").GetByRole(AriaRole.Link, new() { Name = expected, Exact = true });
        await hit.First.WaitForAsync();
        (await page.Locator("#search-status").InnerTextAsync()).ShouldMatch(@"^\d+ results? for");
        await PublishedSite.ScreenshotAsync(page, "06-search");

        // Keyboard: arrow down from the box reaches the first result; Enter follows it.
        await box.PressAsync("ArrowDown");
        (await page.EvaluateAsync<string>("() => document.activeElement.closest('#search-results') ? 'results' : 'elsewhere'")).ShouldBe("results");
        var target = await page.EvaluateAsync<string>("() => document.activeElement.href");
        var label = await page.EvaluateAsync<string>("() => document.activeElement.textContent");
        target.ShouldMatch("/briefing/(articles|actors|events)/");
        await page.Keyboard.PressAsync("Enter");
        await PublishedSite.ArriveAsync(page, target);
        await page.Locator("h1").Filter(new() { HasText = label }).WaitForAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>An actor's name (or, before actors exist, a name in an article title) with one letter dropped.</summary>
    private static (string Query, string Expected) Misspelt(PublishedSite site, BriefingSite.Model.Actor? actor)
    {
        if (actor is not null)
        {
            var word = actor.Name.Split(' ').OrderByDescending(w => w.Length).First();
            return (Drop(word), actor.Name);
        }
        var article = site.Site.Articles.First(a => a.Title.Split(' ').Any(w => w.Length >= 6 && char.IsUpper(w[0])));
        var name = article.Title.Split(' ').Where(w => w.Length >= 6 && char.IsUpper(w[0])).OrderByDescending(w => w.Length).First();
        return (Drop(name.Trim(',', '.', ':', '\'')), article.Title);
    }

    private static string Drop(string word) => word.Length < 5 ? word : word.Remove(word.Length - 2, 1);
}
