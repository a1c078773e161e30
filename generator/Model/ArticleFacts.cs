using System.Collections.Immutable;

namespace BriefingSite.Model;

/// <summary>What extraction found in one article, with positions into its <see cref="Paragraphs"/>. Depends only on the article, so it can be cached by content.</summary>
public sealed record ArticleFacts(
    string ArticleSlug,
    ImmutableArray<DocParagraph> Paragraphs);
