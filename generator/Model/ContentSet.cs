using System.Collections.Immutable;
using BriefingSite.Incremental;

namespace BriefingSite.Model;

/// <summary>Everything read from the content folder, sorted by path.</summary>
public sealed record ContentSet(
    SiteSettings Settings,
    ImmutableArray<RawArticle> Articles,
    ImmutableArray<ContentFile> ActorFiles,
    ImmutableArray<ContentFile> EventFiles)
{
    /// <summary>Stamps of the article files (no links) as they were before reading, sorted by path; empty unless asked for.</summary>
    public ImmutableArray<FileStamp> ArticleStamps { get; init; } = [];

    /// <summary>Article files left unread because the reader was told they had not changed (relative paths, sorted).</summary>
    public ImmutableArray<string> UnreadArticles { get; init; } = [];
}
