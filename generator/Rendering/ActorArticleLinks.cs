using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>What an article page shows of its actors: links on first mentions, the side panel, the quotes.</summary>
public static class ActorArticleLinks
{
    /// <summary>Every mention that belongs to an actor; the renderer draws the first placeable one per actor.</summary>
    public static IEnumerable<InlineLink> Links(RenderContext ctx, Article article, ArticleFacts facts)
    {
        var index = ctx.Site.ActorIndex;
        foreach (var m in facts.Mentions.OrderBy(m => m.Paragraph).ThenBy(m => m.Start))
            if (index.SlugFor(article.Slug, m.Key) is { } slug)
                yield return new InlineLink(m.Paragraph, m.Start, m.Length, ctx.Urls.Actor(slug), "actor:" + slug, "actor-link actor-" + ActorUrls.KindName(m.Kind));
    }

    /// <summary>The article's actors, most named first.</summary>
    public static IReadOnlyList<ActorChip> Panel(RenderContext ctx, Article article, ArticleFacts facts) =>
        Named(ctx, article, facts).Select(x => new ActorChip(x.Actor.Name, ctx.Urls.Actor(x.Actor.Slug), ActorUrls.KindName(x.Actor.Kind), x.Count)).ToList();

    /// <summary>
    /// The actors an article names with how often it names them, most named first, then by name. Only the article's
    /// own mentions decide the order, so adding another article to the site never reorders this one.
    /// </summary>
    public static IReadOnlyList<(Actor Actor, int Count)> Named(RenderContext ctx, Article article, ArticleFacts facts)
    {
        var index = ctx.Site.ActorIndex;
        return facts.Mentions
            .Select(m => index.SlugFor(article.Slug, m.Key)).OfType<string>()
            .GroupBy(s => s, StringComparer.Ordinal)
            .Select(g => (Actor: index.Find(g.Key), Count: g.Count()))
            .Where(x => x.Actor is not null)
            .OrderByDescending(x => x.Count).ThenBy(x => x.Actor!.Name, StringComparer.Ordinal).ThenBy(x => x.Actor!.Slug, StringComparer.Ordinal)
            .Select(x => (x.Actor!, x.Count))
            .ToList();
    }

    public static IReadOnlyList<QuoteView> Quotes(RenderContext ctx, Article article, ArticleFacts facts) =>
        facts.Quotes.Select(q => View(ctx, article, facts, q)).ToList();

    /// <summary>A quote as shown anywhere: the speaker's page when they are an actor, the sentence it came from.</summary>
    public static QuoteView View(RenderContext ctx, Article article, ArticleFacts facts, QuoteFact q)
    {
        var index = ctx.Site.ActorIndex;
        var actor = q.SpeakerKey is { } key && index.SlugFor(article.Slug, key) is { } slug ? index.Find(slug) : null;
        var sentence = facts.Paragraphs[q.Paragraph].Sentences[q.Sentence];
        return new QuoteView(actor?.Name ?? q.Speaker, actor is null ? null : ctx.Urls.Actor(actor.Slug), Shown(q.Text), article.Title,
            ctx.Urls.Sentence(article.Slug, sentence.Id));
    }

    /// <summary>
    /// A quote as a reader sees it apart from its sentence: one that starts in lower case is part of a sentence of the
    /// speaker's ("told reporters that “all allies are united”"), and it opens with an ellipsis so it does not read as
    /// the whole of what was said. The data files keep the words as quoted.
    /// </summary>
    public static string Shown(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? "\u2026" + text : text;
}
