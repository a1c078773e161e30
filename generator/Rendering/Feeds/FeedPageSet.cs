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

        // Actor and event feeds are made when they are written: a large site has tens of thousands of them.
        foreach (var actor in site.Actors)
            yield return OutputFile.Deferred($"actors/{actor.Slug}/feed.xml", () => Utf8.Bytes(AtomFeed.Render(ctx, $"{actor.Name} · {s.Title}",
                $"Articles in {s.Title} that mention {actor.Name}.", ctx.Urls.ActorFeed(actor.Slug), ctx.Urls.Actor(actor.Slug), ctx.Lookup.InSiteOrder(actor.Articles))));
        foreach (var ev in site.Events)
            yield return OutputFile.Deferred($"events/{ev.Slug}/feed.xml", () => Utf8.Bytes(AtomFeed.Render(ctx, $"{ev.Title} · {s.Title}",
                $"Articles in {s.Title} about {ev.Title}.", ctx.Urls.EventFeed(ev.Slug), ctx.Urls.Event(ev.Slug), ctx.Lookup.InSiteOrder(ev.Articles))));
    }

    private static OutputFile Feed(string path, string xml) => new(path, Utf8.Bytes(xml));
}
