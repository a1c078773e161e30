using System.Collections.Concurrent;
using System.Collections.Immutable;
using BriefingSite.Model;

namespace BriefingSite.Rendering.Feeds;

/// <summary>
/// Atom feeds: <c>feed.xml</c> for the whole site, <c>actors/&lt;slug&gt;/feed.xml</c> per actor and
/// <c>events/&lt;slug&gt;/feed.xml</c> per event, each listing the articles that cover it, newest first.
/// </summary>
public sealed class FeedPageSet : IPageSet
{
    public IEnumerable<OutputFile> Render(RenderContext ctx)
    {
        var site = ctx.Site;
        var s = site.Settings;
        yield return Feed("feed.xml", AtomFeed.Render(ctx, s.Title, s.Description, ctx.Urls.Feed, ctx.Urls.Home, site.Articles));

        // Actor and event feeds are made when they are written, and only when what they list changed: a large site has
        // tens of thousands of them. They share their entries' texts.
        var entries = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var actor in site.Actors)
            yield return Feed(ctx, entries, $"actors/{actor.Slug}/feed.xml", $"{actor.Name} · {s.Title}", $"Articles in {s.Title} that mention {actor.Name}.",
                ctx.Urls.ActorFeed(actor.Slug), ctx.Urls.Actor(actor.Slug), actor.Articles);
        foreach (var ev in site.Events)
            yield return Feed(ctx, entries, $"events/{ev.Slug}/feed.xml", $"{ev.Title} · {s.Title}", $"Articles in {s.Title} about {ev.Title}.",
                ctx.Urls.EventFeed(ev.Slug), ctx.Urls.Event(ev.Slug), ev.Articles);
    }

    /// <summary>A feed of some articles, fingerprinted by the site settings, its texts and the keys of the entries it shows.</summary>
    private static OutputFile Feed(RenderContext ctx, ConcurrentDictionary<string, byte[]> entryTexts, string path, string title, string subtitle, string selfUrl, string pageUrl, ImmutableArray<string> slugs)
    {
        var entries = ctx.Lookup.InSiteOrder(slugs).Take(AtomFeed.MaxEntries).ToList();
        var print = ArticleKeys.Hash(["feed", ctx.Keys.Site, title, subtitle, selfUrl, pageUrl, .. entries.Select(ctx.Keys.Of)]);
        return ctx.Page(path, print, () => AtomFeed.Render(ctx, title, subtitle, selfUrl, pageUrl, entries, entryTexts));
    }

    private static OutputFile Feed(string path, byte[] xml) => new(path, xml);
}
