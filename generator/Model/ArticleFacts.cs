using System.Collections.Immutable;

namespace BriefingSite.Model;

/// <summary>
/// What extraction found in one article, with positions into its <see cref="Paragraphs"/>. Depends only on the
/// article and the extraction knowledge, so it can be cached by content hash.
/// </summary>
public sealed record ArticleFacts(
    string ArticleSlug,
    ImmutableArray<DocParagraph> Paragraphs,
    ImmutableArray<ActorMention> Mentions,
    ImmutableArray<QuoteFact> Quotes,
    ImmutableArray<EventMention> Events)
{
    public static ArticleFacts Empty(string slug, ImmutableArray<DocParagraph> paragraphs) => new(slug, paragraphs, [], [], []);
}
