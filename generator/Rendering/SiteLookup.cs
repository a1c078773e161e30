using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>
/// Indexes over the linked site that pages need many times: an article's position, an article's events. Built once
/// per render, so a page asks a dictionary instead of scanning every article or event (which would be quadratic at scale).
/// </summary>
public sealed class SiteLookup
{
    private readonly SiteGraph site;
    private readonly Dictionary<string, int> position = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Event>> eventsByArticle = new(StringComparer.Ordinal);

    public SiteLookup(SiteGraph site)
    {
        this.site = site;
        for (var i = 0; i < site.Articles.Length; i++) position.TryAdd(site.Articles[i].Slug, i);
        foreach (var e in site.Events)
            foreach (var slug in e.Articles.Distinct(StringComparer.Ordinal))
                (eventsByArticle.TryGetValue(slug, out var list) ? list : eventsByArticle[slug] = []).Add(e);
    }

    /// <summary>The site's articles whose slug is listed, in the site's order (newest first); unknown slugs are skipped.</summary>
    public IEnumerable<Article> InSiteOrder(IEnumerable<string> slugs) =>
        slugs.Select(s => position.TryGetValue(s, out var i) ? i : -1).Where(i => i >= 0).Distinct().Order().Select(i => site.Articles[i]);

    /// <summary>The events an article covers, in the site's event order.</summary>
    public IReadOnlyList<Event> EventsOf(string articleSlug) => eventsByArticle.TryGetValue(articleSlug, out var list) ? list : [];
}
