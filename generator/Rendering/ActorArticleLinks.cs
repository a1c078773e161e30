using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>What an article page shows of its actors: links on first mentions, the side panel, the quotes.</summary>
public static class ActorArticleLinks
{
    public static IEnumerable<InlineLink> Links(RenderContext ctx, Article article, ArticleFacts facts) => [];

    public static IReadOnlyList<ActorChip> Panel(RenderContext ctx, Article article, ArticleFacts facts) => [];

    public static IReadOnlyList<QuoteView> Quotes(RenderContext ctx, Article article, ArticleFacts facts) => [];
}
