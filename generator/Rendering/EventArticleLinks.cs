using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>What an article page shows of its events: links in the text and the side panel.</summary>
public static class EventArticleLinks
{
    public static IEnumerable<InlineLink> Links(RenderContext ctx, Article article, ArticleFacts facts) => [];

    public static IReadOnlyList<EventChip> Panel(RenderContext ctx, Article article, ArticleFacts facts) => [];
}
