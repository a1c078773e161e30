using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
    // An actor's or event's article list is ordered by its page, its structured data and its feed: once is enough.
    private readonly ConcurrentDictionary<string[], Article[]> ordered = new(ReferenceEqualityComparer.Instance);

    public SiteLookup(SiteGraph site)
    {
        this.site = site;
        for (var i = 0; i < site.Articles.Length; i++) position.TryAdd(site.Articles[i].Slug, i);
        foreach (var e in site.Events)
            foreach (var slug in e.Articles.Distinct(StringComparer.Ordinal))
                (eventsByArticle.TryGetValue(slug, out var list) ? list : eventsByArticle[slug] = []).Add(e);
    }

    /// <summary>The site's articles whose slug is listed, in the site's order (newest first); unknown slugs are skipped.</summary>
    public IReadOnlyList<Article> InSiteOrder(ImmutableArray<string> slugs) =>
        slugs.IsDefaultOrEmpty ? [] : ordered.GetOrAdd(ImmutableCollectionsMarshal.AsArray(slugs)!, Order);

    private Article[] Order(string[] slugs)
    {
        var found = new List<int>(slugs.Length);
        foreach (var s in slugs)
            if (position.TryGetValue(s, out var i)) found.Add(i);
        found.Sort();
        var result = new List<Article>(found.Count);
        for (var k = 0; k < found.Count; k++)
            if (k == 0 || found[k] != found[k - 1]) result.Add(site.Articles[found[k]]);
        return [.. result];
    }

    /// <summary>The events an article covers, in the site's event order.</summary>
    public IReadOnlyList<Event> EventsOf(string articleSlug) => eventsByArticle.TryGetValue(articleSlug, out var list) ? list : [];
}
