using System.Text.Json;
using BriefingSite.ReaderTests.Support;
using Microsoft.Playwright;

namespace BriefingSite.ReaderTests;

/// <summary>axe-core, injected into every kind of page, in the light and the dark colour scheme: no violations.</summary>
[Collection(PublishedSiteCollection.Name)]
public class AccessibilityTests(PublishedSite site)
{
    [NeedsToolFact("chromium", "axe-core")]
    public async Task Every_page_kind_has_no_axe_violations_in_light_or_dark_mode()
    {
        var problems = new List<string>();
        var checkedPages = 0;
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await site.NewPageAsync(scheme);
            foreach (var path in site.PageKinds().Append("search/?q=nato").Concat(ActorWithTimeline()))
            {
                await PublishedSite.OpenAsync(page, site.Url(path));
                if (path.StartsWith("search/", StringComparison.Ordinal) && path.Contains('?'))
                    await page.Locator("#search-results li").First.WaitForAsync();
                await page.AddScriptTagAsync(new() { Path = RepoPaths.AxeScript });
                var json = await page.EvaluateAsync<string>("""
                    async () => {
                      const r = await axe.run(document, { resultTypes: ['violations'] });
                      return JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' ')) })));
                    }
                    """);
                checkedPages++;
                foreach (var v in JsonDocument.Parse(json).RootElement.EnumerateArray())
                    problems.Add($"{scheme} /{path}: {v.GetProperty("id")} ({v.GetProperty("impact")}) {v.GetProperty("help")}: "
                        + string.Join(" | ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString())));
            }
            await PublishedSite.ScreenshotAsync(page, $"axe-last-page-{scheme.ToString().ToLowerInvariant()}");
            await page.Context.CloseAsync();
        }
        checkedPages.ShouldBeGreaterThanOrEqualTo(2 * 6);
        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    /// <summary>The actor page with the longest timeline: the first actor page of the site may have none.</summary>
    private IEnumerable<string> ActorWithTimeline() =>
        site.Site.Events.SelectMany(e => e.Actors).GroupBy(a => a, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(1).Select(g => $"actors/{g.Key}/");
}
