using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>The home page's "what is new": the most recent articles, and the actors and events that appeared or came back with them.</summary>
public sealed record WhatsNew(
    string Date,
    string DateIso,
    IReadOnlyList<NamedLink> Articles,
    IReadOnlyList<NamedLink> NewActors,
    IReadOnlyList<NamedLink> ReturningActors,
    IReadOnlyList<NamedLink> NewEvents,
    IReadOnlyList<NamedLink> ReturningEvents)
{
    public bool HasActors => NewActors.Count + ReturningActors.Count > 0;
    public bool HasEvents => NewEvents.Count + ReturningEvents.Count > 0;
}

/// <summary>A name and the page it links to.</summary>
public sealed record NamedLink(string Name, string Url);

/// <summary>
/// Builds <see cref="WhatsNew"/> from the content alone (never from the previous build), so the same content always
/// renders the same home page: the latest articles are those of the newest date, and an actor or event is new when
/// only those articles speak of it.
/// </summary>
public static class WhatsNewSection
{
    private const int MaxArticles = 5;
    private const int MaxNames = 12;

    public static WhatsNew? Of(RenderContext ctx)
    {
        var site = ctx.Site;
        if (site.Articles.IsEmpty || site.Articles[0].Date is not { } newest) return null;
        var latest = site.Articles.TakeWhile(a => a.Date == newest).Take(MaxArticles).ToList();
        var slugs = latest.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);

        var actors = site.Actors.Where(a => a.Articles.Any(s => slugs.Contains(s))).ToList();
        var events = site.Events.Where(e => e.Articles.Any(s => slugs.Contains(s))).ToList();
        bool OnlyLatest(IEnumerable<string> articles) => articles.All(s => slugs.Contains(s));
        NamedLink ActorLink(Actor a) => new(a.Name, ctx.Urls.Actor(a.Slug));
        NamedLink EventLink(Event e) => new(e.Title, EventCards.Url(ctx.Urls, e.Slug));

        return new WhatsNew(
            newest.ToDisplay(),
            newest.ToString(),
            latest.Select(a => new NamedLink(a.Title, ctx.Urls.Article(a.Slug))).ToList(),
            Names(actors.Where(a => OnlyLatest(a.Articles)), a => a.Name).Select(ActorLink).ToList(),
            Names(actors.Where(a => !OnlyLatest(a.Articles)), a => a.Name).Select(ActorLink).ToList(),
            Names(events.Where(e => OnlyLatest(e.Articles)), e => e.Title).Select(EventLink).ToList(),
            Names(events.Where(e => !OnlyLatest(e.Articles)), e => e.Title).Select(EventLink).ToList());
    }

    /// <summary>The most talked-about first (by number of articles), then by name; a handful at most.</summary>
    private static IEnumerable<T> Names<T>(IEnumerable<T> items, Func<T, string> name) where T : class =>
        items.OrderByDescending(i => i is Actor a ? a.Articles.Length : i is Event e ? e.Articles.Length : 0)
            .ThenBy(name, StringComparer.Ordinal)
            .Take(MaxNames);
}
