using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>What an article page shows of its events: a link where the text first names each one, and the side panel.</summary>
public static class EventArticleLinks
{
    public static IEnumerable<InlineLink> Links(RenderContext ctx, Article article, ArticleFacts facts)
    {
        foreach (var e in ctx.Lookup.EventsOf(article.Slug))
            foreach (var c in e.Coverage)
                if (c.ArticleSlug == article.Slug)
                    foreach (var s in c.Spans)
                        yield return new InlineLink(s.Paragraph, s.Start, s.Length, EventCards.Url(ctx.Urls, e.Slug), "event:" + e.Slug, "event-link");
    }

    public static IReadOnlyList<EventChip> Panel(RenderContext ctx, Article article, ArticleFacts facts) =>
        ctx.Lookup.EventsOf(article.Slug)
            .Select(e => new EventChip(e.Title, EventCards.Url(ctx.Urls, e.Slug), e.Date?.ToDisplay(), EventCards.StatusLabel(e)))
            .ToList();
}
